"""Golden tests: every field of both shipped seed tasks, with values read from the seed texts."""

from __future__ import annotations

import pytest

from knowledge.base import load_seeds
from knowledge.models import (
    ChecklistItem,
    ChecklistSubstep,
    Fact,
    Link,
    MethodStep,
    Signature,
    Task,
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Task]:
    return {t.id: t for t in load_seeds()}


@pytest.fixture(scope="module")
def t433(seeds) -> Task:
    return seeds["433"]


@pytest.fixture(scope="module")
def e8b(seeds) -> Task:
    return seeds["eFaktura 8b"]


def test_exactly_the_two_seeds_ship(seeds):
    assert sorted(seeds) == ["433", "eFaktura 8b"]


# ---------------------------------------------------------------- 433 (markdown-like export)

def test_433_header_fields(t433):
    assert t433.id == "433"
    assert t433.code is None  # '(Finans)' is not at the start of the title
    assert t433.title == ("SA 06 (Finans) Klargør bogføringssystem til KY – opfølgning på "
                          "forvaltningsansvarlig (B3)")
    assert t433.project == "KY"
    assert t433.phase == "Fase 2.1: Planlægning"
    assert t433.theme == "It-miljø og infrastruktur"
    assert t433.priority == "Prioritet 1"
    assert t433.sts_infrastructure is True
    assert t433.duration_days == 5
    assert t433.end_offset_days == -144
    assert t433.start_offset_days == -38
    assert t433.waves == ["KY - Bølge 3"]
    assert t433.publication_status == "Publiceret"
    assert t433.source_format == "markdown"
    assert t433.source_file == "ky-433-sa06-finans.md.txt"


def test_433_goal_unescapes_markdown(t433):
    assert t433.goal == (
        "Kommunen sikrer, at bogføringssystemet er teknisk klar til at modtage finansbilag fra KY "
        "(via snitfladen SF1590_A), og modtage KYs Finanssortiment fra det fælleskommune "
        "Klassifikationssystem.")


def test_433_description_is_clean_text(t433):
    d = t433.description
    paragraphs = d.split("\n\n")
    assert paragraphs[0].startswith("Det er kommunens opgave at følge op på om forvaltningsansvarlige")
    assert paragraphs[0].endswith("klargøring af bogføringssystemet i relation til KY.")
    assert ("- KMD Opus Økonomi: KMD\n- Kvantum: (Københavns Kommune)\n- Prisme: Fujitsu (undtaget er "
            "Kolding Kommune, der har hjemtaget forvaltningsansvaret)\n- ØS-Indsigt: Ejerkredsen"
            ) in paragraphs
    # the flattened 'Nr / Opgave / Status' table is written out as readable lines
    assert "1. Basis konfiguration af bogføringssystemet (status: Gennemført)" in d
    assert "3. Etablering af rute på Serviceplatformen – Finansbilag (status: Ej gennemført)" in d
    assert "3.1. Ruten bestilles af den forvaltningsansvarlig (ej gennemført)" in d
    assert "her: https://digitaliseringskataloget.dk/. Se detaljeret vejledning" in d
    assert "- SF1590_A ØiR - Afsend økonomipostering til ØiR (Finans) – Implementeringsopgaven" in d
    assert paragraphs[-1] == (
        "1. På digitaliseringskataloget sitet find da snitfladen for ØiR SF1590_A. Kan findes ved at "
        "søge på SF1590 A\n2. På siden for SF1590 A download dokumentation, der ligger under beskrivelse\n"
        "3. Åbn .zip filen og åbn undermappen SF1590 A Teknisk Spec.\n4. Åbn dokumentet 'SF 1590_A ØiR - "
        "Afsend økonomipostering til ØiR (finans) - Implementeringsopgaven'")
    for markup in ("**", "\\_", "<", "Nr\n", "OpgaveStatus", "  "):
        assert markup not in d


def test_433_method_steps(t433):
    assert t433.method_steps == [MethodStep(number=n, text=t) for n, t in enumerate([
        "Læs opgaven og stil eventuelle spørgsmål via besked i KLIK",
        'Påfør ansvarlig og udfører på opgaven og opdater udførelsesstatus på KLIK-opgaven til "påbegyndt"',
        "Kontakt kommunens systemansvarlig for bogføringssystemet, der har kontakten til kommunens "
        "leverandør/forvaltningsansvarlig for bogføringssystemet. KOMBIT programleder kan eventuelt "
        "henvise til kommunens systemansvarlige for bogføringssystemet.",
        "Modtag blanket fra forvaltningsansvarlig til underskrift og udpeg underskriftsberettigede "
        "(systemansvarlig for bogføringssystemet)",
        "Returner blanketten til forvaltningsansvarlig i underskrevet stand snarest muligt efter "
        "modtagelse og senest jf. data på blanketten. Først når forvaltningsansvarlig har modtaget "
        "blanketten i underskrevet stand, kan forvaltningsansvarlig bestille ruten",
        "Få bekræftet, at forvaltningsansvarlig har etableret rute på Serviceplatformen via de "
        "kommunikationskanaler, som forvaltningsansvarlig almindeligvis bruger fx kunde-web/-net eller mail",
        'Opdater udførelsesstatus på KLIK-opgaven til "fuldført".',
    ], 1)]


def test_433_lookalike_letter_is_latin(t433):
    assert "udpeg underskriftsberettigede" in t433.step(4).text
    assert "г" not in t433.model_dump_json()


def test_433_checklist(t433):
    assert t433.checklist == [
        ChecklistItem(number=1, title="Basis konfiguration af bogføringssystemet",
                      text="Gør det muligt at modtage finansbilag", status="Gennemført"),
        ChecklistItem(number=2, title="Etablering af rute på Serviceplatformen – Sortiment",
                      text="Gør det muligt at modtage finassortimenter i bogføringssystemet fra "
                           "Klassifikation",
                      status="Gennemført"),
        ChecklistItem(
            number=3, title="Etablering af rute på Serviceplatformen – Finansbilag",
            text="Gør det muligt at sende finansbilag fra KY til bogføringssystemet.\n"
                 "I forbindelse med etablering af rute skal følgende ske:",
            status="Ej gennemført",
            substeps=[
                ChecklistSubstep(number=1, text="Ruten bestilles af den forvaltningsansvarlig",
                                 status="ej gennemført"),
                ChecklistSubstep(number=2, text="Kommunen skal underskrive en bestillingsformular, som den "
                                 "forvaltningsansvarlig fremsender, og som kommunen skal returneres til "
                                 "forvaltningsansvarlige for videre behandling.", status="ej gennemført"),
            ]),
    ]


def test_433_facts(t433):
    assert t433.facts == [
        Fact(subject="KMD Opus Økonomi", value="KMD", context="forvaltningsansvarlig"),
        Fact(subject="Kvantum", value="Københavns Kommune", context="forvaltningsansvarlig"),
        Fact(subject="Prisme", value="Fujitsu (undtaget er Kolding Kommune, der har hjemtaget "
             "forvaltningsansvaret)", context="forvaltningsansvarlig"),
        Fact(subject="ØS-Indsigt", value="Ejerkredsen", context="forvaltningsansvarlig"),
    ]


def test_433_signature(t433):
    assert t433.signatures == [Signature(
        document="bestillingsformular",
        signer="underskriftsberettigede (systemansvarlig for bogføringssystemet)",
        recipient="forvaltningsansvarlig", steps=[4, 5], received_step=4, signed_step=5, returned_step=5)]
    # step 5 returns the form «i underskrevet stand»: no other step signs it, so it is signed and sent there


def test_433_people_links_and_the_rest(t433):
    assert t433.result == ("Opgaven kan markeres som fuldført, når kommunen har fået bekræftet, at "
                           "forvaltningsansvarlig har etableret ruten.")
    assert t433.recommended_executor == "Systemansvarlige for bogføringssystemet"
    assert t433.executor_comment is None
    assert t433.recommended_responsible is None
    assert t433.involved_parties == "Forvaltningsansvarlig/Kommunens ERP-leverandør"
    assert t433.related_tasks == []
    assert t433.links == [Link(url="https://digitaliseringskataloget.dk/")]
    assert t433.extra == {}


# ---------------------------------------------------------------- eFaktura 8b (tab-separated export)

def test_8b_header_fields(e8b):
    assert e8b.id == "eFaktura 8b"
    assert e8b.code == "eFaktura 8b"
    assert e8b.title == "(eFaktura 8b) Serviceaftaler og vejledning fra Ejerkredsen og EG"
    assert e8b.project == "KP Videreudvikling"
    assert e8b.priority == "Obligatorisk"  # the label's ': Obligatorisk på kritisk vej, ...' is its help
    for absent in ("phase", "theme", "sts_infrastructure", "duration_days", "end_offset_days",
                   "start_offset_days", "involved_parties", "publication_status"):
        assert getattr(e8b, absent) is None, absent
    assert e8b.waves == []
    assert e8b.source_format == "tsv"
    assert e8b.source_file == "kp-efaktura-8b.tsv.txt"


def test_8b_goal_and_result(e8b):
    assert e8b.goal == ("Målet er, at I er orienteret om Ejerkredsens / EGs overordnede plan for at "
                        "understøtte jeres etablering af eFaktura-snitfladen mellem ØS Indsigt og KP")
    assert e8b.result == ("Resultatet er, at I får videresendt eFaktura relateret KP, så I kan behandle "
                          "eFaktura i KP.")


def test_8b_description_html_becomes_paragraphs(e8b):
    paragraphs = e8b.description.split("\n\n")
    assert paragraphs[0] == ("DENNE OPGAVE ER SÆRLIG FOR JER, SOM HAR EJERKREDSSEN OG EG SOM ERP-LEVERANDØR "
                             "OG ALTSÅ BENYTTER ØS INDSIGT.")
    assert ("For at I kan modtage eFaktura i KP, er der en række forudsætninger udenfor KP, som skal på "
            "plads. Denne opgave vedr. det, som relaterer sig til jeres ERP-løsning (økonomisystem)."
            ) in paragraphs
    # the unclosed <ul> with inline ' - ' items becomes one item per line
    assert ("- udsende serviceaftaler til underskrift på én gang til samtlige kommuner, der benytter ØS "
            "Indsigt\n- udarbejde en vejledning ift. etablering og opsætning\n- indkalde til et webinar, "
            "hvor alle informeres samlet") in paragraphs
    assert "EG planlægger at:" in paragraphs
    # the continuation line after the Beskrivelse row belongs to the description
    assert paragraphs[-1] == ("Anbefalet ansvarlig: KP-systemansvarlig eller systemansvarlige for "
                              "bogføringssystemet")
    assert len(paragraphs) == 12  # 10 <p>, the list, the continuation line
    assert "<" not in e8b.description and "  " not in e8b.description


def test_8b_method_steps(e8b):
    assert e8b.method_steps == [MethodStep(number=n, text=t) for n, t in enumerate([
        "Jeres Systemansvarlige for bogføringssystemet, og evt. andre relevante som fx ØiR koordinator "
        "skal orienteres jf. beskrivelsen af denne KLIK-opgave.",
        "Jeres aftaleadministrator skal desuden orienteres om, at der på et tidspunkt vil komme en "
        "serviceaftale til underskrift, som vedr. etablering af eFaktura-snitfladen mellem ØS Indsigt og KP.",
        "Når relevante er orienteret om, at I skal afvente Ejer kredsen / EG ift. serviceaftale, vejledning "
        "og indkaldelse til webinar, kan I markere denne opgave som fuldført.",
    ], 1)]


def test_8b_people(e8b):
    assert e8b.recommended_executor == (
        "Systemansvarlig for kommunens bogføringssystem eller anden, som varetager dialogen med jeres "
        "ERP-leverandør omkring serviceaftaler, opsætning i ERP-løsningen mv.. Desuden jeres "
        "aftaleadministrator, som vil få en serviceaftale til underskrift.")
    assert e8b.executor_comment == ("Det kan desuden være relevant at inddrage jeres ØiR koordinator samt "
                                    "jeres økonomiafdeling i denne opgave.")
    assert e8b.recommended_responsible == "KP-systemansvarlig eller systemansvarlig for bogføringssystemet"


def test_8b_related_signature_and_the_rest(e8b):
    assert e8b.related_tasks == ["eFaktura 7"]
    assert e8b.signatures == [Signature(document="serviceaftale", signer="aftaleadministrator",
                                        recipient="ERP-leverandør", steps=[2])]
    # step 2 only tells the aftaleadministrator the agreement will come: not a receive or sign step
    assert (e8b.signatures[0].received_step, e8b.signatures[0].signed_step) == (None, None)
    assert e8b.checklist == []
    assert e8b.facts == []  # its only list ('EG planlægger at:') has no 'X: Y' items
    assert e8b.links == []
    assert e8b.extra == {}


def test_seeds_are_fresh_copies_each_time():
    first = load_seeds()
    first[0].title = "ændret"
    assert load_seeds()[0].title != "ændret"
