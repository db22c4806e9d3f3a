"""Errors a user can fix: the message says what was wrong and what to type instead."""

from __future__ import annotations


class Said:
    """A message-table entry not yet worded: its name and values, worded in the reader's language where
    it is shown. A value may be a Said too, or a list of them (or of texts), worded one a line ('- ...')."""

    def __init__(self, name: str, /, **values):
        self.name, self.values = name, values

    def text(self, lang: str = "da") -> str:
        from knowledge.qa.messages import text  # at the first one: a `klik` start loads none of knowledge.qa

        return text(self.name, lang, **{k: _worded(v, lang) for k, v in self.values.items()})


def _worded(value, lang: str):
    if isinstance(value, Said):
        return value.text(lang)
    if isinstance(value, list):
        return "\n".join(f"- {_worded(v, lang)}" for v in value)
    return value


class KlikError(Exception):
    """A problem caused by input. Raised as KlikError.said(name, **values), its message is a message-table
    entry worded at the edge in the user's language (text(lang)); str() is the Danish. A KlikError of
    a text already worded shows that text in every language."""

    said_as: Said | None = None

    @classmethod
    def said(cls, name: str, /, **values) -> KlikError:
        error = cls(name)
        error.said_as = Said(name, **values)
        return error

    def text(self, lang: str = "da") -> str:
        if self.said_as is not None:
            return self.said_as.text(lang)
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return self.text("da")

    def as_value(self) -> Said | str:
        """This error as a value of another message (the file or task and line before what is wrong)."""
        return self.said_as if self.said_as is not None else self.text()


class UnknownTask(KlikError):
    """A task reference matched no task; carries the closest known ids for 'mente du ...'."""

    def __init__(self, ref: str, suggestions: list[str]):
        super().__init__(ref)
        self.ref = ref
        self.suggestions = suggestions
        hint = Said("cli_did_you_mean", names=or_list(suggestions)) if suggestions else ""
        self.said_as = Said("unknown_task", ref=echo(ref), hint=hint)


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
