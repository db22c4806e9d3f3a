"""A user's mistake is worded where it is shown, in the user's language: a KlikError raised by the bot
names a message-table entry (KlikError.said) and str() is only its Danish."""

import pytest

from bot.snooze import parse_period
from handlers.replies import error_text
from knowledge.errors import KlikError, UnknownTask


def test_a_bot_error_is_worded_in_the_language_it_is_shown_in():
    with pytest.raises(KlikError) as caught:
        parse_period("om lidt")
    error = caught.value
    assert str(error).startswith("Jeg forstår ikke «om lidt»")
    assert error.text("en").startswith("I do not understand «om lidt»")
    assert error_text(error, "en").startswith("I do not understand")
    assert error_text(error).startswith("Jeg forstår ikke")


def test_an_unknown_task_and_its_hint_are_worded_together():
    error = UnknownTask("4333", ["433", "434"])
    assert "I know no task called «4333»" in error.text("en") and "Did you mean" in error.text("en")
    assert "Jeg kender ingen opgave der hedder «4333»" in str(error) and "Mente du" in str(error)


def test_a_text_already_worded_is_shown_as_it_is():
    assert KlikError("Kun på dansk.").text("en") == "Kun på dansk." == str(KlikError("Kun på dansk."))


def test_an_export_refused_is_worded_in_the_reader_s_language_naming_task_and_line():
    from knowledge.errors import ParseError
    from knowledge.parse import parse_text

    with pytest.raises(ParseError) as caught:
        parse_text("**Master-opgave ID** 433\n**Opgavetitel** Test\n**STS-opgave** måske\n")
    error = caught.value
    assert str(error) == ("opgave «433», linje 3: Feltet «STS-opgave» skal være «Ja» eller «Nej», "
                          "men er «måske».")
    assert error.text("en") == ("task «433», line 3: The field «STS-opgave» must be «Ja» or «Nej», "
                                "but is «måske».")


def test_an_import_refused_lists_each_problem_in_the_reader_s_language(tmp_path):
    import pickle

    from bot.catalog import _parse_all
    from knowledge.errors import ParseError

    task = "## Test af sprog\n**Master-opgave ID** 433\n**Opgavetitel** Test af sprog\n"
    (tmp_path / "a.md").write_text(task, encoding="utf-8")
    (tmp_path / "b.md").write_text(task, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        _parse_all([tmp_path / "a.md", tmp_path / "b.md"])
    error = pickle.loads(pickle.dumps(caught.value))  # a file parsed in a worker process comes back pickled
    assert str(error).startswith("Intet blev importeret.\n- ") and "findes også i" in str(error)
    assert error.text("en").startswith("Nothing was imported.\n- ") and "is also in" in error.text("en")
    assert "b.md: " in error.text("en") and "«433», line" in error.text("en")
