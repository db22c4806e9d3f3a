"""What a question would otherwise pay on its first use is paid before it (s51): the opposites and the
passages naming a file format are read with the index, the English one-way and long-name tables by
english.load(); the words every check stems or judges again are memoised, and the how-often patterns
compiled once. None of it changes an answer (the question sets' answers were compared byte for byte)."""

import re

from knowledge.base import KnowledgeBase
from knowledge.fold import is_stop, stem_key
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa import claimed_values, english, opposites
from knowledge.qa.english import rendering, words
from knowledge.qa.pipeline import answer
from knowledge.qa.types.yesno import is_yes_no

TASKS = [
    Task(id="7701", title="HAVN 1 Tilmelding af bådpladser", project="Lystbådehavn", priority="Obligatorisk",
         description="Tilmeldingen sendes som en CSV-fil til havnefogeden. Bommen åbner kl. 6 og lukker "
                     "kl. 22. Slæbestedet renses hver uge af havnens folk."),
    Task(id="7702", title="HAVN 2 Vinteropbevaring", project="Lystbådehavn", priority="Valgfri",
         description="Bådene tages på land af kranføreren i oktober."),
]


def _fresh_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(list(TASKS))


def test_the_opposites_are_read_when_the_index_is_built():
    opposites._pairs.cache_clear()
    index_for(_fresh_kb())
    assert opposites._pairs.cache_info().currsize == 2  # events and states, as the checks ask for them


def test_the_passages_naming_a_file_format_are_read_with_the_index_and_still_answer():
    kb = _fresh_kb()
    index = index_for(kb)
    assert "file_formats" in index.__dict__  # before any question asks for a format
    reply = answer(kb, "hvilket filformat skal tilmeldingen sendes i?")
    assert reply.found and "CSV" in reply.answer


def test_english_load_reads_the_one_way_and_long_name_tables():
    rendering._one_way.cache_clear()
    words._longer_names.cache_clear()
    english.load()
    assert rendering._one_way.cache_info().currsize == 1
    assert words._longer_names.cache_info().currsize == 1


def test_a_word_stemmed_or_judged_again_is_not_worked_out_again():
    for memoised, argument in ((stem_key, "bådpladserne"), (is_stop, "havnefogeden"),
                               (is_yes_no, "aabner bommen kl. 6?")):
        memoised.cache_clear()
        first = memoised(argument)
        assert memoised(argument) == first
        assert memoised.cache_info().hits == 1


def test_the_how_often_patterns_are_compiled_once_and_read_as_before():
    assert all(isinstance(pattern, re.Pattern) for _, pattern in claimed_values._OFTEN)
    assert claimed_values.stated("Slæbestedet renses hver uge.")["often"] == {7}
    assert claimed_values.stated("It is checked every day and yearly.")["often"] == {1, 365}
    assert "often" not in claimed_values.stated("Bådene tages på land af kranføreren i oktober.")
