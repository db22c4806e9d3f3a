"""A Danish noun or adjective in consonant + '-el' loses its e before an ending ('cykel' - 'cyklen',
'cykler'; 'regel' - 'reglerne'; 'enkel' - 'enkle'): its forms share one key, so a question that writes
the word as the dictionary does (an English question's 'bikes' read as 'cykel') finds the text's forms."""

import pytest

from knowledge.fold import key
from knowledge.models import Task
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="7601", title="CY 9 Cykelparkering", project="Cykler", priority="Obligatorisk",
         description="Cyklerne fjernes af entreprenøren Hjulhuset ApS. Reglerne for parkering står i artiklen."),
]


@pytest.mark.parametrize("base, forms", [
    ("cykel", ("cyklen", "cykler", "cyklerne")),
    ("regel", ("reglen", "regler", "reglerne")),
    ("titel", ("titlen", "titler")),
    ("artikel", ("artiklen", "artikler")),
    ("enkel", ("enkle", "enkelt")),
    ("kørsel", ("kørslen", "kørsler")),
])
def test_forms_of_an_el_word_share_its_key(base, forms):
    assert all(key(f) == key(base) for f in forms), [(f, key(f), key(base)) for f in (base, *forms)]


def test_other_words_keep_their_keys():
    assert key("del") != key("dl")
    assert key("nøgle") == key("nøglen")
    assert key("hotel") == key("hoteller")


@pytest.mark.parametrize("question", ["hvem fjerner cykel?", "who removes the bikes?"])
def test_a_question_in_the_dictionary_form_finds_the_texts_forms(kb, question):
    a = answer(kb, question)
    assert a.found and "Hjulhuset" in a.answer, a.answer
