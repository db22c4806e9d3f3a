"""What a text deadline is about when the sentence does not open with it (issue 8, `about`): a passive
verb before its subject ('Senest ... afleveres testplanen', 'skal der udpeges en kontaktperson'), a party's
verb and its object ('Leverandøren sender en testrapport senest ...'), 'har N dage til at <verb> X', past
an aside, a relative clause or an opening condition, 'Det er et krav, at X ...', 'X sker/foregår
senest ...', a deadline at go-live itself ('inden go-live', 0 days), and what is no thing at all."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Senest 3 uger før go-live afleveres testplanen til KOMBIT.", (-3, "testplanen")),
    ("Inden for 10 arbejdsdage efter modtagelsen returneres blanketten til leverandøren.",
     (10, "blanketten")),
    ("Tilmelding til uddannelsen sker senest 4 uger før go-live.", (-4, "tilmelding til uddannelsen")),
    ("Indmeldingen af superbrugere foregår i KLIK senest 6 uger før go-live.",
     (-6, "indmeldingen af superbrugere")),
    ("Leverandøren sender en testrapport senest 5 dage efter testen.", (5, "testrapport")),
    ("KMD fremsender testdata senest 2 uger før testen.", (-2, "testdata")),
    ("Kommunen har 14 dage efter modtagelsen til at returnere aftalen.", (14, "aftalen")),
    ("Aftalen, som skal underskrives af direktøren, skal returneres senest 30 dage før go-live.",
     (-30, "aftalen")),
    ("Det er et krav, at oversigten er indsendt senest 10 arbejdsdage før go-live.", (-10, "oversigten")),
    ("Testrapporten (se bilag) skal være KOMBIT i hænde senest 5 arbejdsdage efter testen.",
     (5, "testrapporten")),
    ("Senest 6 uger før go-live skal der udpeges en kontaktperson.", (-6, "kontaktperson")),
    ("Hvis kommunen ønsker rådgivning, skal anmodningen sendes senest 8 uger før go-live.",
     (-8, "anmodningen")),
    ("Alle medarbejdere skal have gennemført e-læringen senest en uge før go-live.", (-1, "e-læringen")),
    ("Superbrugerne skal have gennemført uddannelsen inden go-live.", (0, "uddannelsen")),
    ("Den underskrevne aftale skal sendes retur til KOMBIT senest ved go-live.", (0, "underskrevne aftale")),
    # not things: a duration, a plural noun that looks like a verb
    ("Testen varer fem arbejdsdage og afsluttes senest 14 dage før go-live.", (-14, None)),
    ("Gamle abonnementer lukkes senest 2 uger efter go-live.", (2, "gamle abonnementer")),
])
def test_what_the_deadline_is_about(sentence, expected):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.about) == expected


@pytest.mark.parametrize("sentence", [
    "I ugerne før go-live er der travlt.",
    "Kurset holdes før go-live.",
    "Start i god tid før go-live.",
    "Før kommunen kan tages i brug af KY, skal kommunen tiltræde kontrakten.",
    "Lige før go-live sendes en nyhedsmail.",
])
def test_go_live_without_a_number_is_a_deadline_only_when_it_demands_something_by_then(sentence):
    assert sentence_deadlines(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dokumentet skal være returneret senest 30 dage før go-live.", "tilslutningsaftale"),
    ("Det underskrevne dokument sendes senest 14 dage før go-live.", "tilslutningsaftale"),
    ("Kommunen skal returnere den senest 30 dage før go-live.", "tilslutningsaftale"),
    ("Senest 14 dage efter, at aftalen er modtaget, skal den returneres.", "tilslutningsaftale"),
])
def test_a_word_for_any_paper_or_a_pronoun_is_the_tasks_signed_paper(sentence, expected):
    [deadline] = sentence_deadlines(sentence, documents={"tilslutningsaftale"})
    assert deadline.about == expected


def test_a_pronoun_after_a_fronted_deadline_is_what_its_anchor_names():
    [deadline] = sentence_deadlines("Senest 14 dage efter, at testplanen er modtaget, skal den godkendes.")
    assert (deadline.days, deadline.anchor, deadline.about) == (14, "modtagelse", "testplanen")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kommunen skal senest 30 dage før go-live have returneret aftalen.", "aftalen"),
    ("KOMBIT skal senest 14 dage før go-live have modtaget listen over superbrugere.",
     "listen over superbrugere"),
    ("Det er kommunens ansvar, at testplanen er godkendt senest 3 uger før go-live.", "testplanen"),
    ("Vi anbefaler, at konverteringsplanen er færdig senest 8 uger før go-live.", "konverteringsplanen"),
    ("Man skal huske at indsende testrapporten senest 5 arbejdsdage efter testen.", "testrapporten"),
    ("Opgaven omfatter en beredskabsplan, som skal foreligge senest 2 uger før go-live.", "beredskabsplan"),
    ("Leverandøren skal inden for 5 arbejdsdage efter modtagelsen bekræfte bestillingen.", "bestillingen"),
    ("En underskrevet kopi af aftalen skal uploades i KLIK senest 3 uger før go-live.",
     "underskrevet kopi af aftalen"),
    ("Senest 30 dage før go-live skal den underskrevne aftale være returneret.", "underskrevne aftale"),
    ("Svar senest 3 uger efter, at opgaven er startet.", None),  # the 'at' clause is the anchor
])
def test_a_deadline_inside_the_sentence_is_about_the_thing_its_clause_names(sentence, expected):
    [deadline] = sentence_deadlines(sentence)
    assert deadline.about == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kontaktlisten opdateres senest den 1. november.", "kontaktlisten"),
    ("Senest den 15. marts 2027 skal beredskabsplanen være opdateret.", "beredskabsplanen"),
    ("Kommunen skal returnere den senest 1. november 2027.", "samarbejdsaftale"),  # 'den' is the paper
])
def test_den_before_a_date_is_no_pronoun_for_the_paper_named_before(sentence, expected):
    """'senest den 1. november' in a sentence about something else is not about the task's signed paper."""
    (deadline,) = sentence_deadlines(sentence, documents={"samarbejdsaftale"}, last="samarbejdsaftale")
    assert deadline.about == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Oprydningen tager typisk 3 uger og bør være afsluttet senest 2 uger før konverteringen.",
     "oprydningen"),
    ("Testen varer en dag og skal være gennemført senest 10 dage før go-live.", "testen"),
    ("Uddannelsen af superbrugere kræver tid og skal være afsluttet senest 1 uge før go-live.",
     "uddannelsen af superbrugere"),
])
def test_two_verbs_of_one_subject_the_deadline_is_about_the_subject_not_the_first_verbs_object(
        sentence, expected):
    (deadline,) = sentence_deadlines(sentence)
    assert deadline.about == expected
