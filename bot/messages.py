"""The bot's words, from the message tables (knowledge/qa/messages), imported at the first one: a `klik`
start that words nothing (`klik --help`) loads none of knowledge.qa."""

from __future__ import annotations


def message(name: str, lang: str = "da", /, **values) -> str:
    """The message `name` in `lang` (Danish by default)."""
    from knowledge.qa.messages import text

    return text(name, lang, **values)


def counted_message(name: str, count: int, lang: str = "da", /, **values) -> str:
    """`message`, or its singular `name_1` when `count` is one ('1 opgave', '2 opgaver'); as lazy."""
    from knowledge.qa.messages import counted

    return counted(name, lang, count, **values)
