"""Export variants: line endings, blank lines, unknown labels, missing fields, several tasks per file,
other step counts and other wordings of facts and signatures."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_texts import MD_SEED, TSV_SEED, parse_one

from knowledge.errors import ParseError
from knowledge.models import ChecklistItem, Fact, Link, MethodStep, Signature, Task
from knowledge.parse import MARKDOWN, TSV, detect_format, method_steps_from, parse_file, parse_text
from knowledge.signatures import extract_signatures
from knowledge.text import fix_lookalikes, html_to_text, split_numbered, strip_markdown, tidy

FIXTURES = Path(__file__).parent / "fixtures" / "exports"


def _same(a, b, *, but: set[str] = frozenset()):
    skip = {"source_file", *but}
    assert a.model_dump(exclude=skip) == b.model_dump(exclude=skip)


# ---------------------------------------------------------------- seeds, reshaped

@pytest.mark.parametrize("seed", [MD_SEED, TSV_SEED], ids=["markdown", "tsv"])
@pytest.mark.parametrize("reshape", [
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="windows-line-endings"),
    pytest.param(lambda t: t.replace("\n", "\r"), id="old-mac-line-endings"),
    pytest.param(lambda t: "\ufeff" + t, id="byte-order-mark"),
    pytest.param(lambda t: t.replace("\n\n", "\n\n\n\n") + "\n\n\n", id="extra-blank-lines"),
    pytest.param(lambda t: t.replace("\n", "  \n"), id="trailing-spaces"),
    pytest.param(lambda t: t.replace(" ", "\u00a0", 5), id="non-breaking-spaces"),
    pytest.param(lambda t: t.replace("\n- ", "\n* "), id="asterisk-bullets"),
])
def test_reshaped_seed_parses_the_same(seed, reshape):
    _same(parse_one(reshape(seed)), parse_one(seed))


def test_format_is_detected_by_content_not_name():
    assert detect_format(MD_SEED) == MARKDOWN
    assert detect_format(TSV_SEED) == TSV


def test_unknown_markdown_label_is_kept_in_extra():
    text = MD_SEED.replace("**Prioritet** Prioritet 1",
                           "**Prioritet** Prioritet 1\n\n**Ansvarligt kontor** Økonomi")
    task = parse_one(text)
    assert task.extra == {"Ansvarligt kontor": "Økonomi"}
    _same(task, parse_one(MD_SEED), but={"extra"})


def test_unknown_tsv_label_is_kept_in_extra():
    text = TSV_SEED.replace("*Projekt\t", "Kilde\tKLIK-udtræk maj\n*Projekt\t")
    task = parse_one(text)
    assert task.extra == {"Kilde": "KLIK-udtræk maj"}
    _same(task, parse_one(TSV_SEED), but={"extra"})


def test_bold_phrases_inside_a_text_are_not_labels():
    text = MD_SEED.replace("Klargøringen består af", "**Bemærk:** fristen er fast.\n\nKlargøringen består af")
    task = parse_one(text)
    assert "Bemærk: fristen er fast." in task.description
    assert task.extra == {}
    assert len(task.checklist) == 3


def test_missing_optional_fields_are_none():
    lines = [line for line in MD_SEED.split("\n")
             if not line.startswith(("**Fase**", "**Bølger**", "**Slutdato", "**Tema**"))]
    task = parse_one("\n".join(lines))
    assert (task.phase, task.theme, task.waves, task.end_offset_days) == (None, None, [], None)
    _same(task, parse_one(MD_SEED), but={"phase", "theme", "waves", "end_offset_days"})


def test_tsv_without_method_has_no_steps_but_keeps_the_rest():
    lines = [line for line in TSV_SEED.split("\n") if not line.startswith("Metode")]
    task = parse_one("\n".join(lines))
    assert task.method_steps == []
    assert task.signatures[0].steps == []  # the signing is still in the description
    assert task.related_tasks == ["eFaktura 7"]


def test_markdown_file_with_several_tasks_returns_them_in_order():
    second = MD_SEED.replace("**Master-opgave ID** 433", "**Master-opgave ID** 434").replace(
        "## SA 06 (Finans)", "## SA 07 (Finans)")
    tasks = parse_text(MD_SEED + "\n" + second)
    assert [t.id for t in tasks] == ["433", "434"]
    assert tasks[0].publication_status == tasks[1].publication_status == "Publiceret"
    assert len(tasks[1].method_steps) == 7


# ---------------------------------------------------------------- own exports (tests/fixtures/exports)

def test_markdown_two_tasks_with_windows_line_endings():
    assert b"\r\n" in (FIXTURES / "md-two-tasks-crlf.md.txt").read_bytes()
    first, second = parse_file(FIXTURES / "md-two-tasks-crlf.md.txt")
    assert (first.id, first.project, first.priority) == ("512", "KY", "Prioritet 2")
    assert first.sts_infrastructure is False
    assert (first.phase, first.theme) == ("Fase 1.2: Forberedelse", "Jura og aftaler")
    assert (first.duration_days, first.end_offset_days, first.start_offset_days) == (10, -200, -20)
    assert first.waves == ["KY - Bølge 1", "KY - Bølge 2"]
    assert first.extra == {"Opgavetype": "Standardopgave"}
    assert "personoplysninger i KY_TEST." in first.description
    assert [s.text for s in first.method_steps] == [
        "Læs aftaleudkastet", "Få juridisk godkendelse i kommunen",
        "Få databehandleraftalen underskrevet af kommunaldirektøren",
        "Returner databehandleraftalen til KOMBIT i underskrevet stand"]
    assert first.facts == [
        Fact(subject="Netcompany", value="Jens Hansen & Co.", context="kontaktperson hos leverandørerne"),
        Fact(subject="Systematic", value="Hanne Holm", context="kontaktperson hos leverandørerne")]
    assert first.signatures == [Signature(document="databehandleraftale", signer="kommunaldirektøren",
                                          recipient="KOMBIT", steps=[3, 4], signed_step=3, returned_step=4)]
    assert first.links == [Link(url="https://www.kombit.dk/databehandling",
                                label="vejledningen om databehandleraftaler")]
    assert first.publication_status == "Kladde"  # from its '## PUBLICERING' section
    assert (second.id, second.priority) == ("513", "Prioritet 3")
    assert second.result == "Medarbejderne kender tidsplanen."
    assert second.method_steps == [MethodStep(number=1, text="Send orienteringsmail til medarbejderne"),
                                   MethodStep(number=2, text="Hold et informationsmøde")]
    assert (second.phase, second.waves, second.description, second.signatures) == (None, [], "", [])


def test_tsv_with_unknown_labels_html_entities_and_links():
    (task,) = parse_file(FIXTURES / "tsv-unknown-labels.tsv.txt")
    assert (task.id, task.code) == ("771", "SAG 3c")
    assert task.priority == "Obligatorisk på kritisk vej"
    assert task.end_offset_days == -60  # written with a Unicode minus
    assert task.extra == {"Ansvarlig enhed": "Digitaliseringsenheden"}
    assert "på kommunens vegne" in task.description  # &aring;
    assert task.facts == [
        Fact(subject="e-Boks", value="Lise Berg", context="kontaktpersoner hos postleverandørerne"),
        Fact(subject="Digital Post", value="Ole Dam", context="kontaktpersoner hos postleverandørerne")]
    assert len(task.method_steps) == 5
    assert task.signatures == [Signature(document="fuldmagt", signer="borgmesteren", recipient="KOMBIT",
                                         steps=[2, 3], signed_step=2, returned_step=3)]
    assert task.links == [Link(url="https://digst.dk/digital-post", label="Digitaliseringsstyrelsens side")]


def test_tsv_two_tasks_without_master_ids_use_their_codes():
    first, second = parse_file(FIXTURES / "tsv-two-tasks-crlf.tsv.txt")
    assert (first.id, second.id) == ("SAG 12a", "SAG 12b")
    assert first.related_tasks == ["SAG 11", "SAG 13", "SAG 14"]
    assert second.related_tasks == ["SAG 12a"]
    # inline '1. ... 2. ...' items; 'den 3. maj' inside step 4 does not split it
    assert [s.text for s in first.method_steps][3:] == [
        "Send bekræftelse den 3. maj til KOMBIT", "Luk opgaven", "Meld tilbage i KLIK"]
    assert len(first.method_steps) == 6
    assert [s.text for s in second.method_steps] == ["Find gamle brugere", "Slet dem"]
    assert second.description == "Gamle brugere i det gamle system skal slettes."


def test_markdown_without_heading_and_with_other_checklist_statuses():
    (task,) = parse_file(FIXTURES / "md-checklist-no-heading.md.txt")
    assert (task.id, task.title, task.theme) == ("610", "SA 20 (Finans) Opsæt kontoplan", None)
    assert task.checklist == [
        ChecklistItem(number=1, title="Kontoplan oprettet", text="Kontoplanen er oprettet i ERP-systemet",
                      status="Påbegyndt"),
        ChecklistItem(number=2, title="Konteringsregler", status="Ikke påbegyndt")]
    assert task.description.endswith("Derefter er opgaven færdig.")
    assert [s.text for s in task.method_steps] == ["Opret kontoplanen", "Indlæs konteringsregler",
                                                   "Test en postering"]


# ---------------------------------------------------------------- wording rules

def test_signature_sent_by_someone_is_not_signed_by_them():
    text = TSV_SEED.split("\n*Beskrivelse")[0] + (
        "\n*Beskrivelse\t<p>Leverandøren skal sende kontrakten til underskrift hos kommunen.</p>"
        " <p>Kontrakten underskrives af økonomichefen.</p>")
    (sig,) = parse_one(text).signatures
    assert (sig.document, sig.signer, sig.recipient) == ("kontrakt", "økonomichefen", "leverandøren")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Blanketten skal underskrives af både borgmesteren og kommunaldirektøren og sendes retur til KOMBIT.",
     ("blanket", "borgmesteren og kommunaldirektøren", "KOMBIT")),
    ("Direktøren underskriver aftalen og returnerer den til leverandøren.",
     ("aftale", "direktøren", "leverandøren")),
    ("Kommunens underskriftsberettigede skal underskrive samtykkeerklæringen.",
     ("samtykkeerklæring", "underskriftsberettigede", None)),
    ("Husk at signere databehandleraftalen.", ("databehandleraftale", "kommunen", None)),
    ("Jeres IT-chef, som vil få en tillægsaftale til underskrift, skal orienteres.",
     ("tillægsaftale", "IT-chef", None)),
])
def test_signature_wordings(sentence, expected):
    (sig,) = extract_signatures(Task(id="1", title="t", description=sentence))
    assert (sig.document, sig.signer, sig.recipient) == expected


def test_spreadsheet_quoted_tsv_cells():
    text = TSV_SEED.replace("*Projekt\tKP Videreudvikling", '*Projekt\t"KP ""Videre"" udvikling"')
    text = text.replace("Resultat\tResultatet er,", 'Resultat\t"Resultatet\ner,').replace(
        "behandle eFaktura i KP.", 'behandle eFaktura i KP."')
    task = parse_one(text)
    assert task.project == 'KP "Videre" udvikling'
    assert task.result.startswith("Resultatet\ner, at I får") and task.result.endswith("i KP.")


def test_no_signature_without_signing_words():
    text = TSV_SEED.split("\n*Beskrivelse")[0] + "\n*Beskrivelse\tSend aftalen retur til KOMBIT."
    assert parse_one(text).signatures == []


def test_list_without_colon_items_gives_no_facts():
    text = MD_SEED.replace("- KMD Opus Økonomi: KMD", "- KMD Opus Økonomi")
    text = text.replace("- Kvantum: (", "- Kvantum (")
    assert [f.subject for f in parse_one(text).facts] == []  # half the items no longer read 'X: Y'


# ---------------------------------------------------------------- text helpers

def test_lookalikes_only_inside_latin_words():
    assert fix_lookalikes("udpeг оg Ѕkat") == "udpeg og Skat"
    assert fix_lookalikes("Москва и привет") == "Москва и привет"
    assert fix_lookalikes("αβγ δ") == "αβγ δ"


def test_markdown_and_entities_are_stripped():
    assert strip_markdown(r"SF1590\_A *kursiv* **fed** &amp; <https://x.dk/>") == "SF1590_A kursiv fed & https://x.dk/"


def test_html_lists_and_paragraphs():
    html = "<p>Intro:</p><ul><li>a</li><li>b</li></ul><p>Slut</p>"
    assert html_to_text(html) == "Intro:\n\n- a\n- b\n\nSlut"
    assert html_to_text("<ol><li>Først</li><li>Så</li></ol>") == "1. Først\n2. Så"
    assert html_to_text("<p>x &amp; y</p> <ul> - a - b <p>z</p>") == "x & y\n\n- a\n- b\n\nz"


def test_numbered_runs_must_count_from_one():
    assert split_numbered("1. a den 3. maj 2. b") == [(1, "a den 3. maj"), (2, "b")]
    assert split_numbered("Se punkt 2. nedenfor") == []


def test_tidy_whitespace():
    assert tidy("  a   b \n\n\n\n c\t d  ") == "a b\n\nc d"


def test_html_table_checklist_in_tab_separated_export():
    text = ("*Opgavetitel\t(X 1) Test\n*Beskrivelse\t<p>To opgaver:</p><table><tr><th>Nr</th><th>Opgave</th>"
            "<th>Status</th></tr><tr><td>1</td><td><b>Første</b><br>Tekst et</td><td>Gennemført</td></tr>"
            "<tr><td>2</td><td><b>Anden</b></td><td>Ej gennemført</td></tr></table><p>Slut.</p>\n")
    task = parse_one(text)
    assert task.checklist == [ChecklistItem(number=1, title="Første", text="Tekst et", status="Gennemført"),
                              ChecklistItem(number=2, title="Anden", status="Ej gennemført")]
    assert task.description == ("To opgaver:\n\n1. Første (status: Gennemført)\nTekst et\n\n"
                                "2. Anden (status: Ej gennemført)\n\nSlut.")


def test_an_empty_numbered_step_is_not_glued_onto_the_step_before():
    steps = method_steps_from("1. Modtag aftalen\n2. Underskriv aftalen\n3. Returnér aftalen\n4.")
    assert [s.text for s in steps] == ["Modtag aftalen", "Underskriv aftalen", "Returnér aftalen"]
    # an empty number whose text follows on the next line keeps that text as its own step
    steps = method_steps_from("1. Modtag aftalen\n2.\nUnderskriv aftalen")
    assert [(s.number, s.text) for s in steps] == [(1, "Modtag aftalen"), (2, "Underskriv aftalen")]


@pytest.mark.parametrize(("title", "task_id"), [
    ("Serviceaftaler og vejledning fra Ejerkredsen og EG (eFaktura 8b)", "eFaktura 8b"),
    ("Tilslutning til Frøbanken (FRB 1)", "FRB 1"),
    ("Tilslutning til Frøbanken (KP – 3)", "KP - 3"),
])
def test_a_code_last_in_the_title_is_the_id_of_a_task_without_one(title, task_id):
    task = parse_one(TSV_SEED.replace(
        "(eFaktura 8b) Serviceaftaler og vejledning fra Ejerkredsen og EG", title))
    assert (task.id, task.code, task.title) == (task_id, task_id, title)


@pytest.mark.parametrize("ending", ["(B3)", "(Fase 2)", "(bølge 2)", "(valgfri)", "(2027)"])
def test_a_wave_or_a_word_last_in_the_title_is_no_code(ending):
    text = TSV_SEED.replace("(eFaktura 8b) Serviceaftaler og vejledning fra Ejerkredsen og EG",
                            f"Serviceaftaler og vejledning {ending}")
    with pytest.raises(ParseError, match="hverken et Master-opgave ID eller en kode"):
        parse_text(text, source="x")


def test_a_master_id_keeps_the_wave_last_in_the_title_out_of_the_code():
    task = parse_one(MD_SEED)
    assert task.id == "433" and task.code is None and task.title.endswith("(B3)")
