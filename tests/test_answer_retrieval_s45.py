"""Retrieval finds the passage a question means when it writes the word in another form than the task
(s45): a noun whose unstressed e before a last l, n or r comes and goes ('regel' / 'reglerne', 'register'
/ 'registret', 'artikel' / 'artiklerne'), which the stemmer keys apart (for a word the tasks lack, a Danish
noun in -el only). A sentence opened by an adverb of sequence ('Herefter ...') is not read with the
sentence before it (review: it names its own deed and doer)."""

import pytest

from knowledge.fold import key
from knowledge.models import Task
from knowledge.morphology import syncope_keys
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer
from knowledge.retrieval import continues

TASKS = [
    Task(id="8801", title="SHEL 1 Overnatning i kommunens shelters", project="Shelterpladser",
         priority="Obligatorisk",
         description="Reglerne for overnatning udarbejdes af naturvejlederen. Registret over shelterne "
                     "opdateres af parkafdelingen hver måned. Numrene på pladserne står på et skilt ved "
                     "p-pladsen. Bålpladsen ryddes af en frivillig forening."),
    Task(id="8802", title="SHEL 2 Vedligehold af bålpladser", project="Shelterpladser", priority="Valgfri",
         description="Brænde leveres af skovfogeden hver fredag. Når brændet er leveret, tjekkes bålpladsen "
                     "for affald. Herefter låses brændeskuret af en skovhjælper. Vandposten ved søen lukkes "
                     "om vinteren. Et kort over stierne og den lokale natur hænges op i shelteret."),
]


@pytest.mark.parametrize(("word", "other"), [
    ("regel", "reglerne"), ("reglerne", "regel"), ("register", "registret"), ("registret", "register"),
    ("mønster", "mønstrene"), ("cykel", "cyklerne"), ("titlen", "titel"), ("artikel", "artiklerne"),
])
def test_a_noun_with_and_without_its_unstressed_e_is_one_word(word, other):
    # (a noun in -el shares its forms' key since s49: 'regel', 'reglerne' -> 'regl')
    others = syncope_keys(word, key(word))
    assert key(other) == key(word) or key(other) in others, others


@pytest.mark.parametrize(("verb", "other"), [
    ("vandre", "vand"), ("vandrer", "vand"), ("ændre", "ænder"), ("ordner", "ord"), ("sikret", "sikker"),
    ("bygninger", "bygning"), ("borgere", "borg"),
])
def test_a_verb_or_a_plain_plural_is_no_noun_with_its_e_dropped(verb, other):
    # 'vandrer' is no 'vander' (key 'vand'), 'ordner' no 'orden' (key 'ord'); 'bygninger' has no e to put back
    assert key(other) not in syncope_keys(verb, key(verb)), syncope_keys(verb, key(verb))


@pytest.mark.parametrize(("question", "words"), [
    ("hvem udarbejder en regel om overnatning?", ["naturvejlederen"]),
    ("hvem opdaterer registeret over shelterne?", ["parkafdelingen"]),
])
def test_the_other_form_of_the_noun_finds_the_passage(kb, question, words):
    got = answer(kb, question)
    assert got.found and all(w in got.answer.casefold() for w in words), got.answer


def test_a_word_of_another_root_is_not_joined(index):
    q = analyse(index, "hvor kan man vandre ved søen?")
    read = [(tok.key, *tok.alts) for tok in q.content()]
    assert all("vand" not in keys for keys in read), read


def test_an_adverb_of_sequence_does_not_continue_the_sentence_before(index):
    def opening(word: str) -> list[int]:
        return [pid for pid in range(len(index.passages)) if index.passages.text_of(pid).startswith(word)]

    assert opening("Herefter") and not any(continues(index.passages, pid) for pid in opening("Herefter"))
    assert opening("Vandposten") and not any(continues(index.passages, pid) for pid in opening("Vandposten"))


