"""The message tables (knowledge/qa/messages/da.py and en.py): one table per language with the same
keys and the same values to fill in, so a message exists in both languages and fills alike."""

from __future__ import annotations

import string

from knowledge.qa.messages import da, en, text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_every_message():
    assert set(da.TEXTS) == set(en.TEXTS)


def test_a_message_takes_the_same_values_in_both_languages():
    differ = {key for key in da.TEXTS if _fields(da.TEXTS[key]) != _fields(en.TEXTS[key])}
    assert not differ, sorted(differ)


def test_an_unknown_language_is_worded_in_danish():
    assert text("progress_now_started", "de") == text("progress_now_started", "da") != \
        text("progress_now_started", "en")


def test_every_subcommand_is_described_in_both_languages():
    from bot.cli.slash import registry
    from handlers.replies import help_reply

    subs = registry().subcommands
    assert subs and all(sub.describe("da") != sub.describe("en") for sub in subs)
    danish, english = help_reply(registry()).text, help_reply(registry(), "en").text
    assert danish.startswith("Det kan du skrive til klik-bot: ") and english.startswith("What you can write")
    assert "standard 14, højst 365" in next(sub.summary for sub in subs if sub.names[0] == "due")


def test_no_message_is_defined_twice():
    # the tables grow in sections (`TEXTS |= {...}`): a key reused by a later section would silently
    # replace the earlier message for the code that still uses it
    import ast
    import collections
    from pathlib import Path

    for table in (da, en):
        tree = ast.parse(Path(table.__file__).read_text(encoding="utf-8"))
        keys = collections.Counter(k.value for node in ast.walk(tree) if isinstance(node, ast.Dict)
                                   for k in node.keys if isinstance(k, ast.Constant))
        assert not [k for k, n in keys.items() if n > 1], table.__name__


def test_a_count_of_one_takes_the_singular():
    from knowledge.qa.messages import counted

    assert counted("home_more_tasks", "da", 1, left=1) == "…og 1 opgave mere: `/klik list mine`."
    assert counted("home_more_tasks", "da", 2, left=2) == "…og 2 opgaver mere: `/klik list mine`."
    assert counted("duecmd_text", "en", 1, n=1) == "1 task is due or overdue"
    assert counted("missing_value", "da", 1, what="x") == text("missing_value", "da", what="x")  # no '_1'

