"""English questions read as the Danish tasks say things (s50): a short noun ending in a vowel ('træ', 'sø',
'kø') is found in the inflections the stemmer leaves whole ('træerne', 'søerne', 'køen'); 'binding period' is
the Danish 'bindingsperiode' and a '(personal) data breach' the 'brud på persondatasikkerheden' of a data
processing agreement; 'where is X hosted?' is not answered by a sentence about X that names no place of the
deed; an English noun in -ation read as a Danish verb joins the next word through its noun ('anonymisation
report': 'anonymisere' -> 'anonymiseringsrapport')."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.morphology import short_stem_keys
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="8801", title="PARK 2 Registrering af bytræer", project="Grønne områder", priority="Obligatorisk",
         description="Træerne registreres af parkafdelingen i Trækortet og beskæres af en entreprenør "
                     "hvert tredje år. Søerne i parkerne tjekkes af miljøteamet hver måned."),
    Task(id="8802", title="PARK 3 Tilslutningsaftale for Trækortet", project="Grønne områder",
         priority="Obligatorisk",
         description="Aftalens vilkår:\n- Bindingsperiode: 3 år\n- Pris: 12.000 kr. om året\n"
                     "- Brud på persondatasikkerheden: meldes til kommunen inden for 24 timer"),
    Task(id="8803", title="PARK 4 Fotoregistrering", project="Grønne områder", priority="Valgfri",
         description="Trækortet er et fælles system til at registrere kommunens træer og buske. Fotos af "
                     "skader uploades af parkbetjentene. Indberetningen sendes som en XML-fil til "
                     "Miljøstyrelsen hvert kvartal. Trækortet driftes hele døgnet, og fotos af skaderne "
                     "gemmes i Fotoarkivet."),
]


WORKS = [
    Task(id="8805", title="VAND 6 Målere i pumpehusene", project="Vandværk", priority="Obligatorisk",
         description="Leverandøren anonymiserer målerdata og sender en anonymiseringsrapport. "
                     "Anonymiseringsrapporten godkendes af driftschefen. Anlægslisten sendes til forsyningen "
                     "senest 1. marts."),
    Task(id="8806", title="VAND 7 Udskiftning", project="Vandværk", priority="Valgfri",
         description="Målerne udskiftes af vandværkets montører hvert sjette år."),
]


def test_an_english_noun_read_as_a_danish_verb_joins_the_next_word_through_its_verbal_noun():
    q = analyse(index_for(KnowledgeBase(WORKS)), "Who approves the anonymisation report?")
    assert "anonymiseringsrapport" in q.text, q.text


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(TASKS)


@pytest.fixture(scope="module")
def index(kb):
    return index_for(kb)


@pytest.mark.parametrize(("short", "inflected"), [("træ", "træerne"), ("sø", "søerne")])
def test_a_short_noun_ending_in_a_vowel_reaches_its_inflected_forms(index, short, inflected):
    # the question's word is read as the form the tasks write (knowledge.morphology.short_stem_keys)
    assert key(inflected) in index.postings and key(short) not in index.postings
    assert key(inflected) in short_stem_keys(short)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who registers the trees?", "parkafdelingen"),
    ("How often are the lakes checked?", "hver måned"),  # a control: answered before stop 50 too
    ("What is the binding period for Trækortet?", "3 år"),
    ("Within how many hours must a personal data breach be reported?", "24 timer"),
])
def test_english_words_are_read_as_the_danish_tasks_say_them(kb, question, expected):
    a = answer(kb, question)
    assert a.found and expected in a.answer, a.answer


def test_where_a_system_is_hosted_is_not_answered_by_a_sentence_that_names_no_place_of_it(kb):
    # 'Fotoarkivet' is where the photos are kept, in the clause beside the one that says Trækortet is run
    # (the code before stop 50 quoted that sentence as the English question's answer)
    a = answer(kb, "Where is Trækortet hosted?")
    assert not a.found, a.answer
