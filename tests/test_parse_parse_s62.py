"""Session 62, the export parser (texts written for these tests: a library's book bus, a beach cleaning).
A paragraph that is all bold, as a word processor saves a heading ('<p><b>Metode og fremgangsmåde</b></p>'
then the steps), is the label of the field below it; a bold word that only opens a paragraph is emphasis
and stays in the text."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_HEAD = ("## BOGB 2 Bogbussens nye ruter\n\n**Master-opgave ID** 5521\n\n"
         "**Opgavetitel** BOGB 2 Bogbussens nye ruter\n\n"
         "**Projekt** Fælles Bogbusser\n\n**Bølger** Bogbus - Bølge 2\n\n")


def _task(body: str):
    [task] = parse_text(_HEAD + body + "\n\n**Resultat** Ruterne er lagt.\n")
    return task


@pytest.mark.parametrize("label", [
    "<p><b>Metode og fremgangsmåde</b></p>\t<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
    "<p><b>Metode og fremgangsmåde</b></p>\n<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
    "<div><strong>Metode og fremgangsmåde</strong></div>\n<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
])
def test_a_paragraph_all_in_bold_is_the_method_heading(label):
    task = _task("**Beskrivelse** Bogbussen kører nye ruter fra foråret.\n\n" + label)
    assert [s.text for s in task.method_steps][:1] == ["Tegn ruterne"]
    assert len(task.method_steps) == 3
    assert "Tegn ruterne" not in task.description
    [signature] = task.signatures
    assert signature.signed_step == 2


def test_a_bold_word_opening_a_paragraph_stays_in_the_text():
    task = _task("**Beskrivelse** Bogbussen kører nye ruter fra foråret.\n\n"
                 "<p><b>Vigtigt</b> husk at rydde stoppestederne for sne.</p>\n\n"
                 "**Metode og fremgangsmåde** 1. Tegn ruterne\n2. Opdater status i KLIK")
    assert "husk at rydde stoppestederne" in task.description
    assert len(task.method_steps) == 2


# Signatures (a beach cleaning)

def _signatures(description: str, steps: str = "1. Planlæg arbejdet\n2. Opdater status i KLIK"):
    text = ("## STRD 4 Strandrensning\n\n**Master-opgave ID** 6402\n\n"
            "**Opgavetitel** STRD 4 Strandrensning\n\n"
            "**Projekt** Fælles Strande\n\n"
            f"**Beskrivelse** {description}\n\n**Metode og fremgangsmåde** {steps}\n\n"
            "**Resultat** Opgaven er løst.\n")
    [task] = parse_text(text)
    return {s.document: s for s in task.signatures}


@pytest.mark.parametrize("second", ["bilag 2", "databehandleraftalen"])
def test_papers_joined_in_one_signing_step_share_its_signer_and_steps(second):
    found = _signatures("Kommunen skal indgå en rensningsaftale med Tangvask ApS.",
                        "1. Find rensningsaftalen i Digital Post\n"
                        f"2. Få rensningsaftalen og {second} underskrevet af strandfogeden\n"
                        "3. Send de underskrevne dokumenter retur til Tangvask ApS")
    other = "bilag 2" if second.startswith("bilag") else "databehandleraftale"
    assert set(found) == {"rensningsaftale", other}
    assert found[other].signer == "strandfogeden"
    assert (found[other].signed_step, found[other].returned_step) == (2, 3)
    assert found[other].recipient == "Tangvask ApS"


def test_a_joined_paper_signed_on_its_own_by_another_keeps_that_signer():
    found = _signatures("Rensningsaftalen og databehandleraftalen skal underskrives af strandfogeden. "
                        "Databehandleraftalen skal desuden godkendes af DPO'en.",
                        "1. Få aftalerne underskrevet\n2. Send de underskrevne dokumenter til Tangvask ApS")
    assert found["rensningsaftale"].signer == "strandfogeden"
    assert found["databehandleraftale"].signer == "DPO'en"


def test_let_someone_fill_in_and_sign_names_that_someone():
    found = _signatures("Kommunen bruger Tangvask ApS til rensningen.",
                        "1. Find skemaet\n2. Lad havnefogeden udfylde og underskrive skemaet\n"
                        "3. Send skemaet til Tangvask ApS")
    assert found["skema"].signer == "havnefogeden"
    assert found["skema"].signed_step == 2


def test_plural_paper_words_are_no_thing_approved_that_is_no_paper():
    found = _signatures("Tangvask ApS sender dokumenter fra strandportalen til kommunens ESDH-system. "
                        "Tangfilteret skal godkendes af strandfogeden, før det bliver aktivt.",
                        "1. Opret tangfilteret i strandportalen\n"
                        "2. Få tangfilteret godkendt af strandfogeden")
    assert found["tangfilter"].recipient is None
    assert found["tangfilter"].signer == "strandfogeden"


def test_after_an_indefinite_determiner_the_noun_is_approved_not_its_adjective():
    found = _signatures("Hvert lokalt rensningsprogram skal godkendes af strandfogeden og sendes til "
                        "Tangvask ApS.")
    assert list(found) == ["rensningsprogram"]


def test_a_quoted_field_name_approves_nothing():
    found = _signatures('Godkendelsen sker ved, at strandfogeden sætter flueben i feltet "Godkendt af '
                        'strandfoged" i strandportalen.')
    assert found == {}


def test_a_thing_a_body_adopts_and_another_sentence_sends_on_is_tracked():
    found = _signatures("Ruterne vedtages af teknik- og miljøudvalget. De vedtagne ruter sendes til Tangvask "
                        "ApS senest 14 dage før go-live.",
                        "1. Tegn ruterne\n2. Få ruterne vedtaget i teknik- og miljøudvalget\n"
                        "3. Send ruterne til Tangvask ApS")
    [signature] = found.values()
    assert signature.signer == "teknik- og miljøudvalget"
    assert signature.recipient == "Tangvask ApS"
    assert (signature.signed_step, signature.returned_step) == (2, 3)


def test_a_body_adopting_what_goes_on_for_consultation_only_is_its_decision():
    found = _signatures("Ruterne vedtages af teknik- og miljøudvalget.",
                        "1. Tegn ruterne\n2. Få ruterne vedtaget i teknik- og miljøudvalget\n"
                        "3. Send ruterne til høring")
    assert found == {}


def test_a_bare_noun_after_til_says_what_for_not_who_gets_the_paper():
    found = _signatures("Kommunen sender en strandliste med de strande, der er godkendt til hundeluftning. "
                        "Strandlisten skal godkendes af strandfogeden og sendes til Tangvask ApS.",
                        "1. Udfyld strandlisten\n2. Få listen godkendt af strandfogeden\n"
                        "3. Send listen til Tangvask ApS")
    assert found["strandliste"].recipient == "Tangvask ApS"


def test_a_role_without_article_still_gets_the_paper():
    found = _signatures("Strandlisten skal godkendes af strandfogeden og sendes til driftschef.")
    assert found["strandliste"].recipient == "driftschef"


def test_a_draft_of_the_paper_is_the_paper_on_its_way():
    found = _signatures("Strandreglementet vedtages af teknik- og miljøudvalget og sendes til Tangvask ApS.",
                        "1. Skriv et udkast til strandreglementet\n"
                        "2. Forelæg udkastet for teknik- og miljøudvalget\n"
                        "3. Send det vedtagne reglement til Tangvask ApS")
    assert found["strandreglement"].signed_step == 2
    assert found["strandreglement"].returned_step == 3


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Hver tilsynskonsulent skal skrive under på en tavshedserklæring.", "hver tilsynskonsulent"),
    ("Tilsynskonsulenten skal underskrive en tavshedserklæring.", "tilsynskonsulenten"),
    ("Alle afdelingsledere skal underskrive en tavshedserklæring.", "alle afdelingsledere"),
])
def test_a_role_signs_even_when_its_word_holds_an_authority_or_a_quantifier(sentence, signer):
    found = _signatures(sentence)
    assert found["tavshedserklæring"].signer == signer


def test_an_authority_still_decides_on_its_own():
    assert _signatures("Planen skal godkendes af Arbejdstilsynet.") == {}


def test_a_systems_name_in_a_deadlines_anchor_is_not_the_thing_approved():
    text = ("## STRD 4 Strandrensning\n\n**Master-opgave ID** 6402\n\n"
            "**Opgavetitel** STRD 4 Strandrensning\n\n"
            "**Projekt** Fælles Strande\n\n"
            "**Beskrivelse** Hvert lokalt strandkort skal godkendes af strandfogeden. Opmålingen skal være "
            "afsluttet senest 3 uger før Tangvask begynder at hente data fra Strandkort.\n\n"
            "**Metode og fremgangsmåde** 1. Tegn strandkortene\n2. Få hvert strandkort godkendt af "
            "strandfogeden\n\n**Resultat** Opgaven er løst.\n")
    [task] = parse_text(text)
    assert [s.document for s in task.signatures] == ["strandkort"]
    [deadline] = task.text_deadlines
    assert deadline.days == -3
    assert deadline.about == "opmålingen"


def test_a_thing_approved_by_its_head_is_the_one_compound_the_task_names_in_full():
    found = _signatures("Tangvask ApS sender hver kommune en zoneskabelon, hvor kommunen angiver strandenes "
                        "zoner. Der kan oprettes højst 40 zoner pr. strand. Hvis kommunen ikke angiver en "
                        "længde, bruges standardlængden på 100 meter. "
                        "Skabelonen skal godkendes af strandfogeden, før den returneres til Tangvask ApS.",
                        "1. Modtag zoneskabelonen fra Tangvask ApS\n2. Udfyld zonerne\n"
                        "3. Få skabelonen godkendt af strandfogeden\n4. Returnér skabelonen til Tangvask ApS")
    [signature] = found.values()
    assert (signature.received_step, signature.signed_step, signature.returned_step) == (1, 3, 4)


def test_two_compounds_of_the_head_are_two_kinds_and_join_nothing():
    found = _signatures("Tangvask ApS sender en zoneskabelon og en ruteskabelon. Skabelonen skal godkendes "
                        "af strandfogeden, før den returneres til Tangvask ApS.",
                        "1. Modtag zoneskabelonen fra Tangvask ApS\n2. Udfyld zonerne\n"
                        "3. Få skabelonen godkendt af strandfogeden\n4. Returnér skabelonen til Tangvask ApS")
    [signature] = found.values()
    assert signature.received_step is None


@pytest.mark.parametrize("description", [
    "Følgende skal underskrives af strandfogeden og sendes til Tangvask ApS:\n\n- Rensningsaftalen\n"
    "- Databehandleraftalen (bilag 2)\n- Bilag 3 (prisark)",
    "<p>Følgende dokumenter skal underskrives af strandfogeden og sendes til Tangvask ApS:</p>"
    "<ul><li>Rensningsaftalen</li><li>Databehandleraftalen</li><li>Bilag 3</li></ul>",
    "Nedenstående skal underskrives af strandfogeden og sendes til Tangvask ApS: rensningsaftalen og "
    "databehandleraftalen og bilag 3.",
])
def test_a_signing_that_points_to_a_list_signs_each_paper_listed(description):
    found = _signatures(description)
    assert set(found) == {"rensningsaftale", "databehandleraftale", "bilag 3"}
    assert {(s.signer, s.recipient) for s in found.values()} == {("strandfogeden", "Tangvask ApS")}


def test_a_list_of_papers_takes_the_steps_that_handle_them():
    found = _signatures("Følgende dokumenter skal underskrives af strandfogeden:\n- Rensningsaftale\n"
                        "- Databehandleraftale",
                        "1. Find dokumenterne i Digital Post\n"
                        "2. Få dokumenterne underskrevet af strandfogeden\n3. Send dem til Tangvask ApS")
    assert set(found) == {"rensningsaftale", "databehandleraftale"}
    assert {(s.received_step, s.signed_step, s.returned_step) for s in found.values()} == {(1, 2, 3)}


def test_a_list_of_no_papers_after_a_colon_signs_none_of_them():
    found = _signatures("Følgende skal være på plads, før strandfogeden underskriver:\n"
                        "- Strandene er ryddet\n- Skiltene er sat op")
    assert not {"strandene", "skiltene", "strand", "skilt"} & set(found)
