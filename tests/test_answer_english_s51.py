"""English questions read as the Danish tasks say things (s51): a 'box' is a 'kasse' before a form's
'felt', a thing's 'placement' its 'placering', a 'workshop' a 'værksted'; the noun
'sign(s)' is a 'skilt' in a noun's place (after a determiner, a count word, or a determiner and an
abbreviation), while 'who signs' stays the verb and 'signed' is never the noun; an English word keyed like
a Danish word of another meaning ('rules' like 'rulles') is rendered ('regel'). Not kept (the s51 review):
'size' as 'størrelse', keyed like the adjective 'stor' and so weightless."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

_HARBOUR = ("Havnen sætter værktøjskasser op på kajen. Kasselisten godkendes af havnefogeden og sendes "
            "til Lystrup Marine senest 20 dage før go-live. Værktøjskasserne findes i to størrelser: 60"
            " liter og 120 liter. Placeringen af kasserne godkendes af teknisk udvalg. Værkstedet for "
            "frivillige holdes i Bådehuset på Nordmolen. Der sættes 14 skilte op langs kajen, og hvert "
            "skilt koster 450 kr. Et QR-skilt på hver kasse viser, hvem der har nøglen.")
TASKS = [
    Task(id="7701", title="HAVN 3 Værktøjskasser på kajen", project="Fælles Havnedrift",
         priority="Obligatorisk", description=_HARBOUR),
    Task(id="7702", title="HAVN 4 Aftale om Kajportalen", project="Fælles Havnedrift",
         priority="Obligatorisk",
         description="Aftalen om Kajportalen underskrives af havnedirektøren og sendes retur til KOMBIT "
                     "senest 40 dage før go-live."),
]


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(TASKS)


@pytest.mark.parametrize(("question", "expected"), [
    ("Who approves the box list?", "havnefogeden"),
    ("Who approves the placement of the boxes?", "teknisk udvalg"),
    ("Where is the workshop for volunteers held?", "Bådehuset"),
    ("What does each sign cost?", "450 kr"),
])
def test_english_words_are_read_as_the_danish_tasks_say_them(kb, question, expected):
    a = answer(kb, question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize(("question", "reading"), [
    ("How many signs are put up along the quay?", "hvor mange skilt"),  # after a count word
    ("What is on the QR signs?", "QR skilt"),  # after a determiner and an abbreviation
    ("What does each sign cost?", "hver skilt"),
    ("Who signs the agreement about Kajportalen?", "hvem underskriver"),  # a control: the verb stays
])
def test_the_noun_sign_is_read_as_skilt_where_a_noun_stands(kb, question, reading):
    q = analyse(index_for(kb), question)
    assert reading in q.text, q.text


def test_who_signs_is_still_answered_with_the_signer(kb):
    # a control: answered before s51 too
    a = answer(kb, "Who signs the agreement about Kajportalen?")
    assert a.found and "havnedirektøren" in a.answer, a.answer


_BATHING = [
    Task(id="6601", title="BADE 2 Udlånsregler for badestolene", project="Fælles Badeliv",
         priority="Obligatorisk",
         description="Kommunen låner rullestole til badegæster, og stolene rulles ned til vandet af "
                     "livredderne. Udlånsreglerne vedtages af kultur- og fritidsudvalget og sendes til Hasle "
                     "Badeudstyr senest 5 uger før go-live. Hasle Badeudstyr lægger reglerne ind i Badebogen "
                     "inden for 7 arbejdsdage efter modtagelsen."),
]


@pytest.mark.parametrize(("question", "expected"), [
    # 'rules' keys as 'rul', like the task's 'rulles', which no task writes as 'rule(s)': read as 'regel'
    ("Who adopts the lending rules?", "kultur- og fritidsudvalget"),
    ("When must the lending rules be sent to Hasle Badeudstyr?", "5 uger"),
])
def test_an_english_word_keyed_like_a_danish_word_of_another_meaning_is_rendered(question, expected):
    a = answer(KnowledgeBase(_BATHING), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", ["What size is the sign?", "What size are the signs?"])
def test_a_size_the_tasks_do_not_give_is_not_answered_with_another_sentence_on_the_thing(question):
    # the s51 review: 'size' read as 'størrelse' keyed like 'stor' and weighed nothing, so any sentence on
    # the sign answered (taken back); a size the text gives in centimetres is not read as one either
    tasks = [Task(id="6630", title="BUS 6 Skilte ved stoppestederne", project="Fælles Busser",
                  priority="Obligatorisk",
                  description="Skiltene sættes op af vejafdelingen. Kontrakten om skiltene underskrives af "
                              "borgmesteren.")]
    a = answer(KnowledgeBase(tasks), question)
    assert not a.found, a.answer


def test_an_english_word_the_tasks_write_as_typed_stays_as_typed(kb):
    # a control: 'workshop' and 'test' stand in Danish texts too; a word the tasks write is no false friend
    tasks = [Task(id="6610", title="KURS 1 Workshop om Badebogen", project="Fælles Badeliv",
                  priority="Valgfri",
                  description="Workshoppen holdes i Rådhushallen.")]
    q = analyse(index_for(KnowledgeBase(tasks)), "Where is the workshop held?")
    assert "workshop" in q.text.casefold(), q.text


def test_a_participle_is_not_read_as_its_bases_noun():
    # a control (passes before s51 too): the 'skilt' line must not reach a participle through its base
    # tasks that say nothing of signing: 'signed' stays the verb's participle, never the noun 'skilt'
    tasks = [Task(id="6620", title="VEJ 2 Nye vejskilte", project="Fælles Veje", priority="Valgfri",
                  description="Vejskiltene opsættes af vejafdelingen.")]
    q = analyse(index_for(KnowledgeBase(tasks)), "Which tasks are signed by the mayor?")
    assert "skilt" not in q.text, q.text


def test_a_doers_noun_after_a_count_word_stays_the_doer():
    # a control (passes before s51 too): a count word's noun place keeps a doer's noun ('bestiller')
    tasks = [Task(id="6630", title="TOLK 2 Brugere i Tolkeportalen", project="Fælles Tolkning",
                  priority="Obligatorisk",
                  description="Kommunen kan oprette op til 40 bestillere i Tolkeportalen.")]
    a = answer(KnowledgeBase(tasks), "How many bookers can we create in Tolkeportalen?")
    assert a.found and "40" in a.answer, a.answer
