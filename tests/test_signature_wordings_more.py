"""Signatures and deadlines in wordings found while writing the fourth set of exports (issue 8): the
paper arriving said without an imperative ('Aftalen modtages fra KOMBIT', 'KOMBIT sender aftalen til
kommunen', 'Erklæringen hentes i KLIK', 'Når erklæringen er modtaget, ...'); where it goes ('skal være
KOMBIT i hænde', 'være modtaget af KOMBIT' names no signer, 'Vedhæft ... i KLIK', 'Læg ... i
leverandørens kundeportal', 'afleveres til projektlederen hos KOMBIT', 'Aftalen skal retur til
KOMBIT'); who signs ('Underskriv aftalen (it-chefen)', 'Bed X om at godkende', 'X logger på ... og
tiltræder', 'borgmester og kommunaldirektør', 'it-chefen eller en anden underskriftsberettiget leder');
what is signed ('tiltrædes', 'bekræftes ... med MitID', 'Der skal underskrives en aftale', a short
name for the one compound, 'sedlen'); which step signs and which sends it on (a step that sends it
signs it when none else does, a copy archived does not, 'Modtag kontrakten retur' returns it); what
is no signature at all; and what a deadline concerns when the sentence says it otherwise."""

from __future__ import annotations

import pytest
from test_signature_step_wordings import TASK

from knowledge.parse import parse_text


def _task(description: str, steps: list[str]):
    text = TASK.format(description=description,
                       steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    return task


# (description, method steps, (document, signer, recipient, steps, received_step, signed_step, returned_step))
CASES = [
    ("Aftalen skal underskrives af direktøren.",
     ["KOMBIT sender aftalen til kommunen", "Direktøren underskriver aftalen",
      "Aftalen sendes retur til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Aftalen modtages fra KOMBIT og skal underskrives af borgmesteren.",
     ["Aftalen modtages fra KOMBIT", "Borgmesteren underskriver aftalen", "Aftalen skal retur til KOMBIT"],
     ("aftale", "borgmesteren", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Erklæringen underskrives af kommunaldirektøren.",
     ["Når erklæringen er modtaget, læses den igennem", "Erklæringen underskrives",
      "Erklæringen sendes til KOMBIT's projektleder"],
     ("erklæring", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Erklæringen skal underskrives af direktøren.",
     ["Erklæringen hentes i KLIK", "Erklæringen underskrives", "Erklæringen indsendes i KLIK"],
     ("erklæring", "direktøren", "KLIK", [1, 2, 3], 1, 2, 3)),
    ("Blanketten skal underskrives af økonomichefen og sendes til KMD.",
     ["Udfyld blanketten", "Send blanketten til KMD"],
     ("blanket", "økonomichefen", "KMD", [2], None, 2, 2)),
    ("Kommunen skal give KOMBIT fuldmagt.",
     ["Modtag fuldmagten i KLIK", "Få fuldmagten underskrevet af kommunaldirektøren",
      "Vedhæft den underskrevne fuldmagt i KLIK", "Gem en kopi af den underskrevne fuldmagt i ESDH"],
     ("fuldmagt", "kommunaldirektøren", "KLIK", [1, 2, 3, 4], 1, 2, 3)),
    ("Leverandøren skal have en underskrevet bestillingsseddel.",
     ["Udfyld bestillingssedlen", "Sedlen underskrives af afdelingschefen",
      "Læg sedlen i leverandørens kundeportal"],
     ("bestillingsseddel", "afdelingschefen", "leverandøren", [2, 3], None, 2, 3)),
    ("Kontrakten skal påtegnes af revisionen.",
     ["Send kontrakten til revisionen", "Revisionen påtegner kontrakten",
      "Modtag kontrakten retur fra revisionen"],
     ("kontrakt", "revisionen", None, [1, 2, 3], None, 2, 3)),
    ("Testprotokollen signeres af testlederen og afleveres til projektlederen hos KOMBIT.",
     ["Udfør testen", "Testlederen signerer protokollen"],
     ("testprotokol", "testlederen", "KOMBIT", [2], None, 2, None)),
    ("Underskrevet tilslutningserklæring skal være KOMBIT i hænde senest 4 uger før go-live.",
     ["Hent tilslutningserklæringen på kombit.dk", "Få erklæringen underskrevet af direktionen",
      "Send erklæringen til klik@kombit.dk"],
     ("tilslutningserklæring", "direktionen", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Aftalen skal i underskrevet stand være modtaget af KOMBIT senest 1 måned før go-live.",
     ["Find aftalen i KLIK", "Print, underskriv og scan aftalen", "Upload aftalen i KLIK"],
     ("aftale", "kommunen", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Bestillingen skal underskrives.",
     ["Modtag bestillingen", "Underskriv bestillingen (it-chefen)", "Send bestillingen retur"],
     ("bestilling", "it-chefen", None, [1, 2, 3], 1, 2, 3)),
    ("Aftalen skal underskrives.",
     ["Modtag aftalen", "Skriv under på aftalen (pensionschefen)", "Send aftalen retur til KOMBIT"],
     ("aftale", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Underskrives af direktøren", "Returneres til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Signering i Penneo", "Upload til KLIK"],
     ("aftale", "direktøren", "KLIK", [1, 2, 3], 1, 2, 3)),
    ("Der skal underskrives en aftale med KOMBIT.",
     ["Aftalen modtages i Digital Post", "Godkendelse af aftalen (direktøren)",
      "Aftalen returneres via Digital Post"],
     ("aftale", "direktøren", None, [1, 2, 3], 1, 2, 3)),
    ("Rammeaftalen tiltrædes af direktøren for Børn og Unge med en digital signatur.",
     ["Modtag rammeaftalen fra KOMBIT til underskrift", "Forelæg aftalen for direktøren for Børn og Unge",
      "Send aftalen retur til KOMBIT, når den er tiltrådt"],
     ("rammeaftale", "direktøren for Børn og Unge", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Serviceaftalen bekræftes af kommunens lokale administrator med MitID Erhverv.",
     ["Opret serviceaftalen", "Bekræft serviceaftalen med MitID"],
     ("serviceaftale", "kommunens lokale administrator", None, [2], None, 2, None)),
    ("Det kræver en fuldmagt, som oprettes i NemLog-in og godkendes af kommunens tegningsberettigede.",
     ["Opret fuldmagten", "Bed kommunens tegningsberettigede om at godkende fuldmagten"],
     ("fuldmagt", "kommunens tegningsberettigede", None, [2], None, 2, None)),
    ("Tilslutningen sker ved, at kommunens NemLog-in administrator tiltræder tilslutningsvilkårene.",
     ["Administratoren logger på portalen og tiltræder vilkårene med MitID Erhverv"],
     ("tilslutningsvilkår", "kommunens NemLog-in administrator", None, [1], None, 1, None)),
    ("Tilslutningsaftalen skal underskrives af både borgmester og kommunaldirektør.",
     ["Download tilslutningsaftalen", "Borgmester og kommunaldirektør skriver under",
      "Indsend aftalen i underskrevet stand via KLIK til KOMBIT"],
     ("tilslutningsaftale", "borgmester og kommunaldirektør", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    ("Kommunen udarbejder en testrapport.",
     ["Skriv testrapporten", "Få rapporten godkendt af sygedagpengechefen", "Send rapporten til KMD"],
     ("testrapport", "sygedagpengechefen", "KMD", [2, 3], None, 2, 3)),
    ("Blanketten skal sendes til leverandøren.",
     ["Udfyld bestillingsblanketten", "Få blanketten underskrevet af it-chefen eller en anden "
      "underskriftsberettiget leder", "Upload den underskrevne blanket til leverandørens supportportal"],
     ("bestillingsblanket", "it-chefen eller en anden underskriftsberettiget leder", "leverandøren", [2, 3],
      None, 2, 3)),
    ("Databehandlerinstruksen underskrives af jobcenterchefen og sendes til leverandøren.",
     ["Udfyld instruksen", "Underskriv instruksen", "Send instruksen"],
     ("databehandlerinstruks", "jobcenterchefen", "leverandøren", [2, 3], None, 2, 3)),
    ("Strukturen i Fælles Organisation skal godkendes af HR-direktøren.",
     ["Få strukturen godkendt af HR-direktøren", "Send godkendelsen til KOMBIT"],
     ("struktur", "HR-direktøren", "KOMBIT", [1, 2], None, 1, 2)),
    ("Vilkårene accepteres af direktøren.",
     ["Direktøren accepterer vilkårene",
      "Den lokale it-medarbejder opsætter forbindelsen og sender en testbesked"],
     ("vilkår", "direktøren", None, [1], None, 1, None)),
]


@pytest.mark.parametrize(("description", "steps", "expected"), CASES)
def test_signature_in_other_words(description, steps, expected):
    task = _task(description, steps)
    assert [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures] == [expected]


# (description, method steps, recipient)
RECIPIENTS = [
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Underskriv aftalen", "Aftalen lægges i KLIK"], "KLIK"),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Underskriv aftalen", "Send KOMBIT den underskrevne aftale"], "KOMBIT"),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen fra Netcompany", "Underskriv aftalen", "Giv leverandøren den underskrevne aftale"],
     "leverandøren"),
    ("Aftalen underskrives af direktøren, hvorefter KOMBIT skal have den retur.", ["Modtag aftalen"],
     "KOMBIT"),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Underskriv aftalen", "Send den underskrevne aftale retur til os"], "KOMBIT"),
    ("Aftalen skal underskrives af direktøren.",
     ["Modtag aftalen", "Underskriv aftalen", "Send den til jeres kontaktperson hos KOMBIT"],
     "KOMBIT"),  # a person at an organisation: the organisation, as 'KOMBIT's testleder' (golden_sets/dev3)
]


@pytest.mark.parametrize(("description", "steps", "recipient"), RECIPIENTS)
def test_recipient_said_otherwise(description, steps, recipient):
    assert [s.recipient for s in _task(description, steps).signatures] == [recipient]


# Words that look like signing but ask nobody to sign anything in this task
NOT_SIGNATURES = [
    ("Brugeradministratorerne godkender fremover nye brugere i NemLog-in.", ["Udpeg administratorerne"]),
    ("Leverandøren godkender skabelonerne løbende.", ["Tilpas skabelonerne"]),
    ("I KP godkender sagsbehandleren selv pensionsberegningen, før pensionen udbetales.",
     ["Planlæg undervisningen"]),
    ("Kontaktpunktet kan først åbnes, når aftalen er godkendt af Digitaliseringsstyrelsen.",
     ["Åbn kontaktpunktet"]),
    ("Kommunen skal oplyse KOMBIT om, hvem der er underskriftsberettiget.",
     ["Find kommunens underskriftsberettigede", "Send navnene til KOMBIT"]),
    ("Kun godkendte afsendersystemer kan sende fjernprint.", ["Log på med MitID Erhverv"]),
    ("Udbetaling Danmark bekræfter modtagelsen pr. mail.", ["Send oversigten til Udbetaling Danmark"]),
    ("Godkendelse af ansøgningen om pension sker i KP.", ["Undervis sagsbehandlerne"]),
    ("Tidligere skulle blanketten underskrives af lederen, men det er ikke længere nødvendigt.",
     ["Udfyld blanketten i KLIK"]),
    ("Direktøren skal orienteres om, at aftalen er underskrevet af KOMBIT.", ["Orientér direktøren"]),
    ("Brugeren tiltræder vilkårene første gang, hun logger på.", ["Opret brugerne"]),
    ("Systemet bekræfter automatisk modtagelsen af ansøgningen.", ["Test flowet"]),
    ("Leverandøren har allerede underskrevet kontrakten med KOMBIT.", ["Læs kontrakten"]),
]


@pytest.mark.parametrize(("description", "steps"), NOT_SIGNATURES)
def test_no_signature(description, steps):
    assert _task(description, steps).signatures == []


def test_acceding_to_a_contract_by_signing_an_agreement_is_one_signature():
    task = _task("Kommunen skal tiltræde den fælleskommunale kontrakt. Kommunen har tiltrådt kontrakten, "
                 "når tilslutningsaftalen er underskrevet.",
                 ["Modtag tilslutningsaftalen", "Få aftalen underskrevet af borgmesteren",
                  "Send aftalen til KOMBIT"])
    assert [s.document for s in task.signatures] == ["tilslutningsaftale"]


# (description, method steps, [(days, unit, anchor, about)])
DEADLINES = [
    ("Leverandøren fremsender en serviceaftale, som sygedagpengechefen skal skrive under på. Fristen for "
     "underskrift er 14 dage før go-live.",
     ["Modtag serviceaftalen", "Send aftalen tilbage til leverandøren"],
     [(-14, "dage", "go-live", "serviceaftale")]),
    ("Fuldmagten underskrives af borgmesteren.<ul><li>Den sendes til Udbetaling Danmark.</li>"
     "<li>Frist: 6 uger før go-live.</li></ul>", ["Udfyld fuldmagten"],
     [(-6, "uger", "go-live", "fuldmagt")]),
    ("Leverandøren skal have listen over anvendersystemer senest 1 måned før go-live.", ["Find systemerne"],
     [(-1, "måneder", "go-live", "listen over anvendersystemer")]),
    ("Testplanen udarbejdes af projektlederen, og fagchefen skriver under på den. Planen skal i underskrevet "
     "stand sendes til leverandøren senest 3 uger før teststart.", ["Udarbejd testplanen"],
     [(-3, "uger", "teststart", "testplan")]),
    ("Bilag B skal godkendes af databeskyttelsesrådgiveren.",
     ["Upload det godkendte bilag til KLIK senest 15 arbejdsdage efter modtagelsen af aftalen"],
     [(15, "arbejdsdage", "modtagelse", "bilag B")]),
    ("Der skal ske en oprydning i de gamle data, og den skal være afsluttet senest 14 dage efter go-live.",
     ["Ryd op"], [(14, "dage", "go-live", "oprydning")]),
    ("Husk at lukke de gamle snitflader senest 5 dage efter go-live.", ["Luk snitfladerne"],
     [(5, "dage", "go-live", "gamle snitflader")]),
    ("Senest 10 arbejdsdage før go-live skal alle brugere have fået tildelt roller.", ["Tildel roller"],
     [(-10, "arbejdsdage", "go-live", "brugere")]),
    ("Kommunen skal have testet integrationen med ESDH-systemet senest 6 uger før go-live.", ["Test"],
     [(-6, "uger", "go-live", "integrationen")]),
    ("Oprettelse af brugere i KY skal ske senest 2 uger før go-live.", ["Opret brugerne"],
     [(-2, "uger", "go-live", "oprettelse af brugere i KY")]),
    ("Aftalen skal returneres senest 14 dage før den planlagte go-live-dato.", ["Returnér aftalen"],
     [(-14, "dage", "go-live", "aftalen")]),
    ("Senest 10 dage før bølgens go-live skal listen sendes.", ["Lav listen"],
     [(-10, "dage", "go-live", "listen")]),
    ("Brugerne oprettes senest 1 uge før systemet går i drift.", ["Opret brugerne"],
     [(-1, "uger", "go-live", "brugerne")]),
    ("Listen sendes senest 30 dage forinden go-live.", ["Lav listen"], [(-30, "dage", "go-live", "listen")]),
    ("Aftalen returneres senest go-live - 4 uger.", ["Returnér aftalen"],
     [(-4, "uger", "go-live", "aftalen")]),
    ("Send listen 3 dage efter testens start.", ["Lav listen"], [(3, "dage", "testens start", "listen")]),
    ("Husk, at brugerne skal være oprettet senest 5 dage før go-live.", ["Opret brugerne"],
     [(-5, "dage", "go-live", "brugerne")]),
    ("Det er vigtigt, at testen er gennemført senest 2 uger før go-live.", ["Test"],
     [(-2, "uger", "go-live", "testen")]),
    ("Det anbefales at påbegynde arbejdet senest 8 uger før go-live.", ["Begynd"],
     [(-8, "uger", "go-live", "arbejdet")]),
    ("Kommunen forventes at have udfyldt skemaet senest 14 dage før go-live.", ["Udfyld skemaet"],
     [(-14, "dage", "go-live", "skemaet")]),
    ("Fristen for indmelding af superbrugere er 6 uger før go-live.", ["Meld ind"],
     [(-6, "uger", "go-live", "indmelding af superbrugere")]),
    ("Senest 3 uger før go-live sender KOMBIT en testplan.", ["Læs planen"],
     [(-3, "uger", "go-live", "testplan")]),
    ("Når testen er godkendt, skal resultatet meldes til KOMBIT inden for 5 arbejdsdage.", ["Test"],
     [(5, "arbejdsdage", "testen er godkendt", "resultatet")]),
    ("Leverandøren har 5 arbejdsdage til at svare. Opgaven tager typisk 10 arbejdsdage.", ["Vent"], []),
    ("Når leverandøren har sendt testprintet, skal kommunen give besked om fejl inden for 5 arbejdsdage.",
     ["Kontrollér printet"], [(5, "arbejdsdage", "leverandøren har sendt testprintet", "besked om fejl")]),
    ("Kommunen skal afholde en workshop senest 4 uger før go-live.", ["Inviter"],
     [(-4, "uger", "go-live", "workshop")]),
]


@pytest.mark.parametrize(("description", "steps", "expected"), DEADLINES)
def test_deadline_about_the_signed_paper(description, steps, expected):
    task = _task(description, steps)
    assert [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines] == expected


@pytest.mark.parametrize(("description", "signer"), [
    ("Tilslutningsaftalen underskrives af direktøren for børn og unge.", "direktøren for børn og unge"),
    ("Aftalen underskrives af chefen for Sundhed og Omsorg efter høring af DPO.",
     "chefen for Sundhed og Omsorg"),
    ("Aftalen underskrives af direktøren for økonomi og sendes til KOMBIT.", "direktøren for økonomi"),
])
def test_a_signers_area_in_two_words_is_kept_whole(description, signer):
    """'direktøren for børn og unge' is one role: the 'og' joins the halves of its area, not two signers,
    and an 'og' before a verb still ends the name."""
    task = _task(description, ["Hent aftalen", "Få aftalen underskrevet", "Send aftalen til KOMBIT"])
    assert [s.signer for s in task.signatures] == [signer]
