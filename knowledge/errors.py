"""Errors a user can fix: the message says what was wrong and what to type instead."""


class KlikError(Exception):
    """A problem caused by input; its message is shown to the user as it is (Danish)."""


class UnknownTask(KlikError):
    """A task reference matched no task; carries the closest known ids for 'mente du ...'."""

    def __init__(self, ref: str, suggestions: list[str]):
        self.ref = ref
        self.suggestions = suggestions
        from knowledge.qa.messages import text  # at the first one: a `klik` start loads none of knowledge.qa

        hint = text("cli_did_you_mean", "da", names=or_list(suggestions)) if suggestions else ""
        super().__init__(text("unknown_task", "da", ref=echo(ref), hint=hint))


class ParseError(KlikError):
    """An export file could not be read as a KLIK task."""


def or_list(items: list[str]) -> str:
    quoted = [f"«{i}»" for i in items]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " eller " + quoted[-1]


ECHO_LIMIT = 60


def echo(text: str, *, limit: int = ECHO_LIMIT) -> str:
    """User input quoted back in a message, «like this», clipped so a pasted page is not repeated."""
    text = " ".join(text.split())
    return f"«{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}»"
