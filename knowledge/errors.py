"""Errors a user can fix: the message says what was wrong and what to type instead."""


class KlikError(Exception):
    """A problem caused by input; its message is shown to the user as it is (Danish)."""


class UnknownTask(KlikError):
    """A task reference matched no task; carries the closest known ids for 'mente du ...'."""

    def __init__(self, ref: str, suggestions: list[str]):
        self.ref = ref
        self.suggestions = suggestions
        hint = f" Mente du {or_list(suggestions)}?" if suggestions else ""
        super().__init__(f"Jeg kender ingen opgave der hedder {echo(ref)}.{hint}")


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
