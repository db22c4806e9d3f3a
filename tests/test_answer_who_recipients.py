"""Who does a deed and who only receives it: 'Netic konverterer data' names the doer first in its
sentence; 'X eksporteres og afleveres til kommunens arkiv' and 'X sendes via Digital Post' name no doer
of 'hvem eksporterer/sender X?' (the archive receives, Digital Post is the channel), while 'hvem skal X
afleveres til?' is answered by the recipient. 'for sent' (too late) is no form of 'sende'; 'hvem skal
kontaktes om X?' asks whom to contact, and 'hvem er leverandør af X?' asks the relation, not a role X.
The tasks and questions are written for this test."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.fold import content_keys
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.checks import asked_deed, asked_role
from knowledge.qa.gate import exact
from knowledge.qa.intents.deed import deed
from knowledge.qa.intents.own_work import Own, own_intent
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_MD = """## (HV 1) Afvikling af det gamle havnesystem

**Master-opgave ID** 6601

**Projekt** Havneregister

**Bølger** Havneregister - Bølge 1

**Beskrivelse** Det gamle havnesystem lukkes ved go-live.
Logdata fra havnesystemet udtrækkes og afleveres til kommunens arkiv.
Kajdata konverteres af Havnedata ApS. Beboerbrevet sendes via Digital Post.
Kommer logdataene for sent, kan de ikke arkiveres.

**Metode og fremgangsmåde** 1. Udtræk logdata
2. Send beboerbrevet

**Anbefalet udfører** Havnefoged

## (HV 2) Opsætning af bådpladser

**Master-opgave ID** 6602

**Projekt** Havneregister

**Bølger** Havneregister - Bølge 1

**Beskrivelse** Havnekontoret opsætter selv bådpladserne i registret.
Indberetningerne til Havnestatistikken sendes til Danmarks Statistik.
Det er havnefogederne, der indberetter, men fra go-live sker det fra registret.
Der er en gyldig databehandleraftale, og indberetningen til Havnestatistikken fortsætter.
Spørgsmål om kontrakten rettes til KOMBITs kontraktansvarlige, Mads Lind.
Søkort A/S, der er leverandør af kortmodulet, leverer kortene.

**Metode og fremgangsmåde** 1. Opsæt bådpladserne
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(_MD))


def test_a_name_first_in_its_sentence_is_the_doer_of_the_asked_verb():
    assert holds(Expect.PARTY, "Havnekontoret opsætter selv bådpladserne.", "Hvem opsætter bådpladserne?")
    # a passive's subject is what is done to, not who does it
    assert not holds(Expect.PARTY, "Kajerne opsættes i registret.", "Hvem opsætter kajerne?")


def test_a_recipient_or_a_channel_is_no_doer():
    said = "Logdata fra havnesystemet udtrækkes og afleveres til kommunens arkiv."
    assert not holds(Expect.PARTY, said, "Hvem udtrækker logdata?")
    assert holds(Expect.PARTY, said, "Hvem skal logdata afleveres til?")  # the recipient is asked
    assert not holds(Expect.PARTY, "Beboerbrevet sendes via Digital Post.", "Hvem sender beboerbrevet?")
    assert holds(Expect.PARTY, "Beboerbrevet sendes af havnefogeden.", "Hvem sender beboerbrevet?")


def test_doer_questions_answered_or_honestly_not():
    kb = _kb()
    done = answer(kb, "Hvem opsætter bådpladserne?")
    assert done.found and "Havnekontoret" in done.answer
    assert not answer(kb, "Hvem udtrækker logdata fra havnesystemet?").found
    assert not answer(kb, "Hvem sender beboerbrevet?").found
    sent = answer(kb, "Hvem skal logdata fra havnesystemet afleveres til?")
    assert sent.found and "arkiv" in sent.answer


def test_too_late_is_no_sending():
    assert "send" not in content_keys("Kommer logdataene for sent, kan de ikke arkiveres.")
    assert "send" in content_keys("Logdata sendes til arkivet.")


def test_contact_and_relation_questions():
    kb = _kb()
    index = index_for(kb)
    assert asked_deed(analyse(index, "Hvem skal kontaktes om kontrakten?")) is None
    assert asked_role(analyse(index, "Hvem er leverandør af kortmodulet?")) is None
    contact = answer(kb, "Hvem skal kontaktes om kontrakten for bådpladserne?")
    assert contact.found and "Mads Lind" in contact.answer
    supplier = answer(kb, "Hvem er leverandør af kortmodulet?")
    assert supplier.found and "Søkort" in supplier.answer


def test_the_recommended_role_is_asked_of_the_task_not_the_workspace():
    assert own_intent("Hvem er anbefalet ansvarlig for HV 2?") is not Own.ASSIGNED
    assert own_intent("Hvem er ansvarlig for HV 2?") is Own.ASSIGNED
    assert own_intent("Hvem er tildelt HV 2?") is Own.ASSIGNED


def test_a_role_inside_a_compound_of_a_thing_is_no_party():
    said = "Der er en gyldig databehandleraftale, og indberetningen fortsætter."
    assert not holds(Expect.PARTY, said, "Hvem indberetter?")
    assert holds(Expect.PARTY, "Aftalen godkendes af databehandlerens jurist.", "Hvem godkender aftalen?")


def test_a_cleft_without_its_object_does_what_the_sentence_before_names():
    reply = answer(_kb(), "Hvem indberetter til Havnestatistikken?")
    assert reply.found and "havnefogederne" in reply.answer
    assert "Danmarks Statistik" not in reply.answer  # the recipient is no doer


def test_whom_at_the_organisation_is_the_more_exact_recipient():
    q = analyse(index_for(_kb()), "Hvem skal testrapporten sendes til?")
    specific = Candidate("passage", "Testrapporten sendes til KOMBITs testkoordinator.", [0], set())
    plain = Candidate("passage", "2. Send testrapporten til KOMBIT", [0], set())
    assert exact(q, specific) and not exact(q, plain)
    doer = analyse(index_for(_kb()), "Hvem sender testrapporten?")
    assert not exact(doer, specific)  # who sends it is asked, not whom to


def test_a_title_deed_needs_the_question_to_ask_a_deed():
    index = index_for(_kb())
    ctx = Context(index=index, q=analyse(index, "Hvem afvikler det gamle havnesystem?"), golive=None)
    assert any("Havnefoged" in c.text for c in deed(ctx))
    # 'have' is no deed: the title's 'Afvikling' read as the verb gave the executor to whoever gets it
    asked = analyse(index, "Hvem skal have afviklingen af det gamle havnesystem?")
    ctx = Context(index=index, q=asked, golive=None)
    assert deed(ctx) == []


def test_what_happens_to_a_thing_is_no_what_if():
    reply = answer(_kb(), "Hvad sker der med det gamle havnesystem efter go-live?")
    assert "arkiveres" not in reply.answer  # the consequence of late log data is not what happens to it
    late = answer(_kb(), "Hvad sker der, hvis logdataene kommer for sent?")
    assert late.found and "arkiveres" in late.answer
    at = answer(_kb(), "Hvad sker der ved go-live med det gamle havnesystem?")
    assert "arkiveres" not in at.answer  # 'ved go-live' is no condition ('ved en forsinkelse' is)


def test_a_duty_for_a_deed_noun_is_answered_by_who_does_the_deed():
    md = _MD + """
## (HV 3) Oplæring i havneregistret

**Master-opgave ID** 6603

**Projekt** Havneregister

**Bølger** Havneregister - Bølge 1

**Beskrivelse** Havnepersonalet oplæres af superbrugerne.
Bådejerlisten godkendes af havnechefen.
Havnefogeden kortlægger kajpladserne.

**Anbefalet ansvarlig** Havnedirektør
"""
    kb = KnowledgeBase(parse_text(md))
    for question, who in (("Hvem står for oplæringen af havnepersonalet?", "superbrugerne"),
                          ("Hvem står for godkendelsen af bådejerlisten?", "havnechefen"),
                          ("Hvem tager sig af kortlægningen af kajpladserne?", "Havnefogeden")):
        reply = answer(kb, question)
        assert reply.found and who in reply.answer, question
    # who answers for it is the task's responsible, not who does it
    reply = answer(kb, "Hvem er ansvarlig for kortlægningen af kajpladserne?")
    assert "Havnedirektør" in reply.answer and "Havnefogeden" not in reply.answer
