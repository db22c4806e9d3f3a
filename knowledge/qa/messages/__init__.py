"""The wording of answers, one module per language (`da.py`, `en.py`) with the same keys; intents
return data and name a message, the edge words it."""

from __future__ import annotations

from knowledge.qa.messages import da, en

_LANGS = {"da": da.TEXTS, "en": en.TEXTS}


def text(name: str, lang: str, /, **values) -> str:
    """The message `name` in `lang` (Danish when the language is not known)."""
    template = _LANGS.get(lang, da.TEXTS)[name]
    return template.format(**values) if values else template


def missing_value(kind: str, lang: str) -> str:
    """'Opgaverne oplyser ikke nogen mailadresse.'"""
    return text("missing_value", lang, what=text(f"value_{kind}", lang))
