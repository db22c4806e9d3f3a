"""Review findings of stop 45 (reva): an English noun after 're' is no verb done again, a noun's
Danish is not guessed from a look-alike verb, and a time phrase after 'bruges til' is no reason."""
from functools import lru_cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa import english as E
from knowledge.qa.english.words import _derived_noun
from knowledge.qa.pipeline import answer


def _task(code: str, title: str, text: str) -> str:
    return "\n".join("\t".join(r) for r in [
        ("*Opgavetitel", f"({code}) {title}"), ("*Projekt", "Gennemgang"),
        ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
        ("Slutdato (fra Go-Live)", "-20"), ("Mål", "Opgaven er løst."), ("*Beskrivelse", text),
        ("Metode og fremgangsmåde", "1) Gør det 2) Tjek det")]) + "\n"


def _kb(*texts: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *(parse_text("\n".join(texts)) if texts else [])])


@lru_cache(maxsize=1)
def _seed_index():
    return index_for(_kb())


# A1: 're' + a noun is a word of its own ('reunion' is no 'union again')
def test_re_before_a_noun_is_no_repetition():
    index = _seed_index()
    for word in ("reunion", "reorganisation", "reassessment"):
        assert "igen" not in E.danish(index, f"When is the {word} of the staff?")[0]


def test_re_before_a_verb_is_still_again():
    index = _seed_index()
    assert "installere igen" in E.danish(index, "Who will reinstall the printer?")[0]
    assert "teste igen" in E.danish(index, "Who must re-test the forms?")[0]


def test_a_noun_after_re_does_not_answer_from_its_look_alike():
    k = _kb(_task("REV 1", "Besked til personalet",
                  "<p>Fagforeningen orienteres om den nye mødeplan senest 10 dage før go-live.</p>"))
    assert not answer(k, "When is the reunion?").found


# A2: a noun's Danish is not guessed from a look-alike verb ('signal' is no 'sign') nor with a
# particle in front ('udmåling' is a benefit's calculation, no measurement)
_BENEFIT = _task("REV 2", "Ydelser i det nye system",
                 "<p>Udmålingen af hjælpen foretages af rådgiveren. Underskrivelsen af aftalen foretages af "
                 "direktøren. Udskiftningen af skærmene foretages af IT-supporten.</p>")


def test_a_noun_is_not_derived_from_a_particle_or_an_al_ending():
    index = index_for(_kb(_BENEFIT))
    assert _derived_noun(index, "measurement") is None
    assert _derived_noun(index, "signal") is None
    assert "udmåling" not in E.danish(index, "Who takes the measurement?")[0]


def test_a_look_alike_noun_does_not_answer():
    k = _kb(_BENEFIT)
    for question in ("Who does the measurement?", "Who sends the signal?"):
        assert not answer(k, question).found, question


def test_a_particle_noun_listed_as_data_still_answers():
    a = answer(_kb(_BENEFIT), "Who does the replacement of the screens?")
    assert a.found and "IT-supporten" in a.answer


# A3: 'bruges til' + a time says how long, no purpose
_PHASE_OUT = _task("REV 3", "Udfasning af de gamle værktøjer",
                   "<p>Det gamle arkivsystem bruges frem til 1. maj. Den gamle kalender bruges til og med "
                   "30. juni. Den nye app benyttes for første gang ved go-live. Formularen bruges til at "
                   "melde nye borgere ind.</p>")


def test_a_time_after_bruges_til_is_no_reason():
    from knowledge.qa.types import Expect
    from knowledge.qa.types.values import _VALUE
    reason = _VALUE[Expect.REASON]
    for sentence in ("Arkivet bruges frem til 1. maj.", "Kalenderen bruges til og med 30. juni.",
                     "Appen benyttes for første gang ved go-live.", "Listen anvendes til den 15. august.",
                     "The tool is used for the first time in May."):
        assert not reason.search(sentence), sentence
    for sentence in ("Formularen bruges til at melde borgere ind.",
                     "Feltet anvendes af teamet til fakturering.", "The form is used to register citizens."):
        assert reason.search(sentence), sentence


def test_why_a_thing_is_used_until_a_date_is_not_answered():
    k = _kb(_PHASE_OUT)
    for question in ("hvorfor bruges det gamle arkivsystem?", "hvorfor bruges den gamle kalender?",
                     "hvorfor benyttes den nye app?"):
        assert not answer(k, question).found, question
    a = answer(k, "hvorfor bruges formularen?")
    assert a.found and "melde nye borgere ind" in a.answer
