"""The states a workspace keeps for a task and a signature: English values as stored, words shown
through the message tables; the Danish words older versions stored still load."""

from __future__ import annotations

from enum import StrEnum


class _State(StrEnum):
    """A stored state. `label` is its shown word (message key `<prefix>_<value>`)."""

    @classmethod
    def _missing_(cls, value: object) -> _State | None:
        old = _OLD.get(cls.__name__, {}).get(value) if isinstance(value, str) else None
        return cls(old) if old else None

    def label(self, lang: str = "da") -> str:
        """'fuldført' (da), 'done' (en); 'underskrevet og returneret', 'signed and returned'."""
        from knowledge.qa.messages import text  # the wording, one module per language
        return text(f"{_PREFIX[type(self).__name__]}_{self.value}", lang)

    @classmethod
    def shown(cls, value: str | None, lang: str = "da") -> str:
        """A stored value (English, or Danish from before) as shown; an unknown value as it is."""
        try:
            return cls(value).label(lang)
        except ValueError:
            return str(value or "")


class Status(_State):
    """A task's progress in a workspace."""

    NOT_STARTED = "not_started"
    STARTED = "started"
    DONE = "done"


class SignatureStatus(_State):
    """Where a signature stands."""

    WAITING = "waiting"  # the document has not arrived
    RECEIVED = "received"  # arrived, not signed
    SIGNED = "signed"  # signed and returned


_PREFIX = {"Status": "status", "SignatureStatus": "sig"}
_OLD = {"Status": {"ikke påbegyndt": "not_started", "påbegyndt": "started", "fuldført": "done"},
        "SignatureStatus": {"afventer dokument": "waiting", "modtaget, ikke underskrevet": "received",
                            "underskrevet og returneret": "signed"}}
