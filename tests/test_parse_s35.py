"""Parser kinds of session 35 (dev18): a paper of any name 'skal skrives under af X' is signed; a step
'Indhent begge underskrifter' after one naming the paper signs it; two signers whose first has a long title
keep all their words; 'af kommunen ved underskrift af X' is signed by X; a bare place ('kundeportalen') goes
to the party the task names as its owner; 'har N dage til at underskrive og returnere den' signs and is about
the paper the opening clause names; 'skal have udfyldt og returneret X' is about X; a verb after a
deadline's anchor ends it; a subject said with 'fra X' is what a deadline is about; an anchor in its own
words loses the article before its adjective; what an imperative of signing is done to is a paper."""

from __future__ import annotations

import pytest
from test_parse_s34 import _signatures, _task

from knowledge.deadlines import sentence_deadlines
from knowledge.language import name_after


def test_a_paper_of_any_name_written_under_by_a_role_is_signed():
    got = _signatures("Kommunen modtager en bekræftelsesskrivelse til underskrift. Skrivelsen skal skrives "
                      "under af pensionschefen og sendes retur til KOMBIT.",
                      ["Modtag bekræftelsesskrivelsen", "Pensionschefen skriver under",
                       "Send skrivelsen retur til KOMBIT"])
    assert got == [("bekræftelsesskrivelse", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)]


def test_getting_both_signatures_is_the_signing_step():
    got = _signatures("Videregivelsesaftalen skal underskrives af it-chefen og sygedagpengechefen. Den "
                      "underskrevne aftale sendes til Udbetaling Danmark.",
                      ["Modtag videregivelsesaftalen fra Udbetaling Danmark", "Indhent begge underskrifter",
                       "Send aftalen til Udbetaling Danmark"])
    assert got == [("videregivelsesaftale", "it-chefen og sygedagpengechefen", "Udbetaling Danmark",
                    [1, 2, 3], 1, 2, 3)]


@pytest.mark.parametrize("signers", [
    "direktøren for Beskæftigelse og Sundhed og kommunaldirektøren",
    "kommunaldirektøren og direktøren for Beskæftigelse og Sundhed",
    "direktøren for Børn og Unge og økonomichefen",
])
def test_two_signers_with_a_long_title_keep_every_word(signers):
    assert name_after(f"{signers}, hvorefter den sendes") == signers
    got = _signatures(f"Aftalen skal underskrives af både {signers}.", ["Modtag aftalen"])
    assert [row[1] for row in got] == [signers]


def test_the_municipality_signing_by_a_role_is_signed_by_the_role():
    got = _signatures("KOMBIT fremsender en ændringsaftale. Ændringsaftalen tiltrædes af kommunen ved "
                      "underskrift af direktøren for Social og Sundhed.", ["Modtag ændringsaftalen"])
    assert [row[1] for row in got] == ["direktøren for Social og Sundhed"]


def test_a_place_named_as_a_partys_elsewhere_is_that_party():
    got = _signatures("Databehandleraftalen ligger i KOMBIT's kundeportal. Aftalen underskrives af "
                      "it-chefen, hvorefter den underskrevne aftale uploades til kundeportalen.",
                      ["Hent databehandleraftalen i kundeportalen",
                       "Upload den underskrevne aftale til kundeportalen"])
    assert got == [("databehandleraftale", "it-chefen", "KOMBIT", [1, 2], 1, 2, 2)]


def test_a_place_with_no_owner_named_stays_as_written():
    got = _signatures("Aftalen underskrives af it-chefen og uploades til kundeportalen.", ["Modtag aftalen"])
    assert [row[2] for row in got] == ["kundeportalen"]


def test_time_to_sign_and_return_it_signs_and_is_about_the_paper():
    task = _task("Når aftalen om drift er modtaget, har kommunen 10 arbejdsdage til at underskrive og "
                 "returnere den.", ["Modtag aftalen om drift"])
    assert [s.document for s in task.signatures] == ["aftale"]
    assert [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines] == \
        [(10, "arbejdsdage", "modtagelse", "aftale")]


def test_two_participles_share_their_object():
    task = _task("Kommunen skal have udfyldt og returneret spørgeskemaet senest 10 dage efter modtagelsen.",
                 ["Udfyld skemaet"])
    assert [d.about for d in task.text_deadlines] == ["spørgeskemaet"]


def test_a_verb_after_the_anchor_is_no_part_of_it():
    [deadline] = sentence_deadlines("Kommunen skal inden for 2 uger efter opstartsmødet udarbejde en "
                                    "tidsplan for konverteringen.")
    got = (deadline.days, deadline.anchor, deadline.about)
    assert got == (2, "opstartsmødet", "tidsplan for konverteringen")


def test_a_subject_said_with_where_it_comes_from_is_what_the_deadline_is_about():
    [deadline] = sentence_deadlines("Data fra det gamle system skal være eksporteret senest 14 dage før "
                                    "konverteringen.")
    got = (deadline.days, deadline.anchor, deadline.about)
    assert got == (-14, "konverteringen", "data fra det gamle system")


def test_an_anchor_in_its_own_words_keeps_no_article_before_its_adjective():
    [deadline] = sentence_deadlines("Leverandøren skal have modtaget bestillingen senest 3 uger før den "
                                    "planlagte konvertering.")
    assert (deadline.days, deadline.anchor) == (-3, "planlagte konvertering")


def test_what_an_imperative_of_signing_is_done_to_is_a_paper():
    got = _signatures("Kommunen skal returnere den underskrevne ansvarsfordeling til KOMBIT.",
                      ["Underskriv ansvarsfordelingen", "Returnér ansvarsfordelingen"])
    assert got == [("ansvarsfordeling", "kommunen", "KOMBIT", [1, 2], None, 1, 2)]


@pytest.mark.parametrize("step", ["Underskriv digitalt med MitID Erhverv", "Underskriv i Penneo",
                                  "Underskriv på vegne af kommunen", "Signér med NemID",
                                  "Underskriv modtagelsen af velkomstpakken"])
def test_an_imperative_of_signing_with_no_paper_after_it_signs_nothing(step):
    assert _signatures("Kommunen modtager en velkomstpakke.", [step]) == []
