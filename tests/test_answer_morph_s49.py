"""A noun in unstressed -el is one key in all its forms (s49): the stemmer keys 'regel' apart from 'regler',
'hjælpemiddel' from 'hjælpemidler', so an English question's 'rules' (read as 'regel') missed the tasks'
'reglerne'. A stressed -el keeps its e in every form and its own key ('tabel' - 'tabellen' is no 'tablet');
the collision check reads the dropped e as one word's forms. A short e-less key ('regl', 'cykl') does not
look for compounds that begin with the word written whole: 'cykl' found 'cykelsti' and 'regl' 'regelmæssig'
(review s49), so a compound is read by its head."""

import pytest

from knowledge.collisions import same_word
from knowledge.fold import key
from knowledge.models import Task
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="7701", title="SVØM 2 Ordensregler i svømmehallen", project="Svømmehaller",
         priority="Obligatorisk",
         description="Ordensreglerne for svømmehallen vedtages af idrætsudvalget. Hver badegæst skal have "
                     "et armbånd med en nøglechip. Livredderne tjekker bassinets klorindhold hver time."),
    Task(id="7702", title="SVØM 3 Udlån af hjælpemidler", project="Svømmehaller", priority="Valgfri",
         description="Hjælpemidlerne til svømning, fx flydebælter og plader, udleveres i receptionen af "
                     "kassemedarbejderen. Tabellen over åbningstider hænges op af halinspektøren."),
    Task(id="7703", title="SVØM 4 Sauna", project="Svømmehaller", priority="Valgfri",
         description="Saunaen åbner kl. 7. Regelsættet for saunaen godkendes af halchefen, og reglerne "
                     "hænges op ved døren."),
]


@pytest.mark.parametrize(("word", "other"), [
    ("regel", "reglerne"), ("ordensregel", "ordensreglerne"), ("hjælpemiddel", "hjælpemidlerne"),
    ("vinkel", "vinklen"), ("onkel", "onkler"), ("himmel", "himlen"), ("eksempel", "eksemplerne"),
    ("seddel", "sedlen"), ("kabel", "kablerne"),
])
def test_a_noun_in_unstressed_el_is_one_key_in_all_its_forms(word, other):
    assert key(word) == key(other)


@pytest.mark.parametrize(("word", "forms", "other"), [
    ("tabel", ["tabellen", "tabeller"], "tablet"), ("model", ["modellen", "modeller"], "modul"),
    ("fordel", ["fordele", "fordelen"], "ford"), ("hotel", ["hotellet"], "hotline"),
    ("solcelle", ["solcellerne"], "solcl"), ("andel", ["andelen"], "andlen"),
])
def test_a_stressed_el_keeps_its_e_and_its_own_key(word, forms, other):
    # 'tabellen', 'modeller', 'fordele' keep the e: keyed without it, 'tabel' would be 'tablet'
    assert all(key(f) == key(word) for f in forms) and key(word) != key(other)


def test_a_compound_of_a_stressed_el_keeps_its_e():
    assert key("prismodellen") == key("prismodel") != "prismodl"
    assert key("datafordeleren") == key("datafordeler") != "datafordl"


def test_the_collision_check_reads_the_dropped_e_as_one_words_forms():
    assert same_word("reglerne", "regel") and same_word("hjælpemidler", "hjælpemiddel")
    assert same_word("cyklen", "cykel") and not same_word("tabellen", "tablet")


@pytest.mark.parametrize(("question", "words"), [
    ("Who adopts the rules for the swimming pool?", ["idrætsudvalget"]),
    ("hvem vedtager en ordensregel for svømmehallen?", ["idrætsudvalget"]),
    ("hvem udleverer et hjælpemiddel til svømning?", ["kassemedarbejderen"]),
])
def test_the_question_finds_the_other_form(kb, question, words):
    got = answer(kb, question)
    assert got.found and all(w in got.answer.casefold() for w in words), got.answer


# one task whose words stand in one form only (the titles above give 'regler', 'hjælpemidler' the code
# before s49 also found): there the question's other form found nothing before s49
ONE_FORM = [
    Task(id="7704", title="SVØM 5 Drift af svømmehallen", project="Svømmehaller", priority="Obligatorisk",
         description="Ordensreglerne vedtages af idrætsudvalget. Åbningstiderne vedtages af halchefen. "
                     "Hjælpemidlerne udleveres af kassemedarbejderen. Armbåndene udleveres af livredderen. "
                     "Sedlerne med saunatider skrives af badeassistenten. "
                     "Skiltene skrives af halinspektøren."),
]


@pytest.mark.parametrize(("question", "word"), [
    ("Who adopts the rules?", "idrætsudvalget"),
    ("Who hands out the aids?", "kassemedarbejderen"),
    ("hvem udleverer et hjælpemiddel?", "kassemedarbejderen"),
    ("hvem skriver en seddel?", "badeassistenten"),
])
def test_the_question_finds_the_only_other_form(question, word):
    from knowledge.base import KnowledgeBase
    got = answer(KnowledgeBase(tasks=ONE_FORM), question)
    assert got.found and word in got.answer.casefold(), got.answer



def test_a_short_el_key_finds_no_compound_that_begins_with_the_word(index):
    # 'Regelsættet' begins with 'regel' written whole; 'regl' is no beginning of it (nor of 'regelmæssigt')
    assert key("regelsættet") not in index.variants(key("regel"))
