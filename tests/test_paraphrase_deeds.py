"""Paraphrases that name a task's deed another way: the title's deed said as a definite noun in the
text ('Indberetningen sker hver måned' in the task 'Indberetning af rygestopdata') says it of the
title's object; a question asking when the state the task ends in holds ('hvornår skal kortlaget være
offentliggjort?' - Resultat 'Kortlaget er offentliggjort') is answered by the task's own end; and a
deed done to another thing ('Lønudgiften afholdes af kommunen') does not say who does the asked deed
to the thing the question names ('hvem holder kurset?'). Tasks and questions written for this test."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.analysis import analyse
from knowledge.qa.checks import asked_deed, other_object
from knowledge.qa.pipeline import answer
from knowledge.retrieval import rank_passages, title_object

EXPORT = """## HUN 02 (Data) Registrering af hundeejere

**Master-opgave ID** 7711

**Opgavetitel** HUN 02 (Data) Registrering af hundeejere

**Projekt** Hundeskat

**Slutdato (fra Go-Live)** -20

**Beskrivelse** Oplysninger om hundeejerne hentes fra Hunderegistret. Registreringen foretages hver uge
af borgerservice. Kontingentet til hundeklubberne afholdes af kommunen, mens kurset er gratis.
Hundetræneren Mads Borg holder kurset for hundeejerne i Idrætshallen.

**Resultat** Hundeejerne er registreret.

## HUN 03 (Kommunikation) Orientering af dyrlægerne

**Master-opgave ID** 7712

**Opgavetitel** HUN 03 (Kommunikation) Orientering af dyrlægerne

**Projekt** Hundeskat

**Slutdato (fra Go-Live)** -10

**Beskrivelse** Kommunen sender et brev til dyrlægerne i kommunen. Brevet godkendes af
kommunikationschefen.

**Resultat** Dyrlægerne er orienteret om den nye ordning.
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(EXPORT))


def test_the_titles_deed_as_a_definite_noun_says_it_of_the_titles_object():
    index = index_for(_kb())
    weekly = next(pid for pid, p in enumerate(index.passages) if p.text.startswith("Registreringen"))
    assert key("hundeejere") in title_object(index, weekly)
    q = analyse(index, "hvor ofte registreres hundeejerne?")
    hits = rank_passages(index, q, limit=5, min_coverage=0.4)
    assert weekly in {h.pid for h in hits}
    reply = answer(_kb(), "hvor ofte registreres hundeejerne?")
    assert reply.found and "hver uge" in reply.answer


def test_a_sentence_that_does_not_name_the_titles_deed_refers_to_nothing():
    index = index_for(_kb())
    letter = next(pid for pid, p in enumerate(index.passages) if p.text.startswith("Kommunen sender"))
    assert not title_object(index, letter)


def test_the_state_the_task_ends_in_is_reached_by_its_end():
    reply = answer(_kb(), "hvornår skal dyrlægerne være orienteret?")
    assert reply.found and "10 dage" in reply.answer and reply.sources == ["7712"]


def test_a_state_its_result_does_not_say_gets_no_task_date():
    reply = answer(_kb(), "hvornår skal brevet være læst af dyrlægerne?")
    assert not reply.found or "10 dage" not in reply.answer


def test_a_deed_done_to_another_thing_does_not_say_who_does_the_asked_one():
    index = index_for(_kb())
    q = analyse(index, "hvem afholder kurset for hundeejerne?")
    verb = asked_deed(q)
    assert verb is not None
    said = "Kontingentet til hundeklubberne afholdes af kommunen, mens kurset er gratis."
    paid = deeds(said, set(verb.keys))
    assert paid and all(other_object(q, verb, d) for d in paid)
    reply = answer(_kb(), "hvem afholder kurset for hundeejerne?")
    assert "Kontingentet" not in reply.answer


def test_the_asked_thing_or_a_verb_sharing_its_subject_is_no_other_object():
    index = index_for(_kb())
    q = analyse(index, "hvem godkender brevet til dyrlægerne?")
    verb = asked_deed(q)
    said = deeds("Brevet godkendes af kommunikationschefen.", set(verb.keys))
    assert said and not any(other_object(q, verb, d) for d in said)
    joined = deeds("Brevet skrives af Eva og godkendes af kommunikationschefen.", set(verb.keys))
    assert joined and not any(other_object(q, verb, d) for d in joined)
    reply = answer(_kb(), "hvem godkender brevet til dyrlægerne?")
    assert reply.found and "kommunikationschefen" in reply.answer


DUTIES = """## HUN 05 (Teknik) Opsætning af hundeportalen

**Master-opgave ID** 7713

**Opgavetitel** HUN 05 (Teknik) Opsætning af hundeportalen

**Projekt** Hundeskat

**Mål** Hundeejerne kan selv melde deres hund til og fra, så borgerservice får færre opkald.

**Beskrivelse** Portalen konfigureres af kommunens webredaktør. Driften varetages af underleverandøren
Vovdata ApS. Velkomstteksten skal godkendes af kommunikationsafdelingen, når den er gennemgået af
juristen. Testen af portalen ledes af projektlederen. Beviset for gennemført kursus udstedes af
Hundeakademiet.
"""


def _duties() -> KnowledgeBase:
    return KnowledgeBase(parse_text(DUTIES))


def test_a_duty_done_to_another_thing_does_not_say_who_does_the_asked_one():
    reply = answer(_duties(), "hvem står for gennemgangen af velkomstteksten?")
    assert "Vovdata" not in reply.answer
    assert not reply.found or "juristen" in reply.answer
    reply = answer(_duties(), "hvem står for godkendelsen af velkomstteksten?")  # the noun is the deed
    assert reply.found and "kommunikationsafdelingen" in reply.answer
    reply = answer(_duties(), "hvem står for driften af hundeportalen?")
    assert reply.found and "Vovdata" in reply.answer


def test_other_verbs_for_the_same_deed():
    for question, doer in (("hvem sætter hundeportalen op?", "webredaktør"),  # konfigureres
                           ("hvem står i spidsen for testen af portalen?", "projektlederen"),  # ledes
                           ("hvem udsteder certifikatet for gennemført kursus?", "Hundeakademiet")):
        reply = answer(_duties(), question)
        assert reply.found and doer in reply.answer, question


def test_what_a_thing_is_for_is_asked_as_its_purpose():
    from knowledge.qa.analysis import expected
    from knowledge.qa.types import Expect
    assert expected("hvad bruges hundeportalen til?") is Expect.REASON
    assert expected("hvad er meningen med hundeportalen?") is Expect.REASON
    assert expected("hvad bruger vi til at melde hunde?") is not Expect.REASON
    reply = answer(_duties(), "hvad er meningen med hundeportalen?")
    assert reply.found and "færre opkald" in reply.answer


def test_a_definite_role_right_before_a_name_says_who_holds_it():
    reply = answer(_duties(), "hvem er underleverandør på hundeportalen?")
    assert reply.found and "Vovdata" in reply.answer


DEADLINE = """## HUN 07 (Kommunikation) Ansøgning om hundeskilte

**Master-opgave ID** 7714

**Opgavetitel** HUN 07 (Kommunikation) Ansøgning om hundeskilte

**Projekt** Hundeskat

**Beskrivelse** Ansøgninger om hundeskilte skal være modtaget senest 1. april. Skiltene udleveres på
biblioteket.
"""


def test_a_compound_of_a_known_thing_and_a_deadline_word_asks_the_things_deadline():
    kb = KnowledgeBase(parse_text(DEADLINE))
    q = analyse(index_for(kb), "hvornår er ansøgningsfristen for hundeskilte?")
    asked = next(t for t in q.tokens if t.surface == "ansøgningsfristen")
    assert asked.match > 0 and "when" in q.concepts
    reply = answer(kb, "hvornår er ansøgningsfristen for hundeskilte?")
    assert reply.found and "1. april" in reply.answer
    # a compound whose head asks no time is a word the tasks lack, not its modifier
    assert not answer(kb, "hvad er ansøgningsnummeret for hundeskilte?").found


ACTIVE = """## HUN 09 (Indkøb) Skilte og kontrakter

**Master-opgave ID** 7715

**Opgavetitel** HUN 09 (Indkøb) Skilte og kontrakter

**Projekt** Hundeskat

**Beskrivelse** Skiltene er af metal, som kommunen selv bestiller. Kontrakten sendes til Vovdata, hvor Eva
Holm kontrasignerer den. Kommunen pakker arkivkasserne; Scanhuset henter kasserne og scanner dem.
"""


def test_an_active_verbs_object_is_any_other_word_of_its_sentence():
    index = index_for(KnowledgeBase(parse_text(ACTIVE)))
    for question, said in (("hvem bestiller skiltene?", "Skiltene er af metal, som kommunen selv bestiller."),
                           ("hvem kontrasignerer kontrakten?", "Kontrakten sendes til Vovdata, hvor Eva Holm "
                                                                "kontrasignerer den."),
                           ("hvem henter arkivkasserne?", "Scanhuset henter kasserne og scanner dem.")):
        q = analyse(index, question)
        verb = asked_deed(q)
        assert verb is not None, question
        found = deeds(said, set(verb.keys))
        assert found and not any(other_object(q, verb, d, said) for d in found), question
