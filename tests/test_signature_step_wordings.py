"""Signing and sending steps in wordings no golden export uses: who signs when the step only says
'Lad X underskrive', 'Giv X aftalen til underskrift', 'X sætter sin underskrift på', 'til X, som
underskriver den', 'Underskrift: X'; which step signs it and which later step only sends the signed
paper on ('Send til ...', 'Indscan og send den', 'Når aftalen er underskrevet, send den ...', 'Mail ...
til', 'Scan og upload ... i KLIK'), and a short name ('aftalen') for the one named paper."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

TASK = """## X 1 (Aftaler) Prøve

**Master-opgave ID** 9999

**Opgavetitel** X 1 (Aftaler) Prøve

**Projekt** KY

**Bølger** KY - Bølge 1

**Mål** Noget er på plads.

**Beskrivelse** {description}

**Metode og fremgangsmåde** {steps}

**Resultat** Færdig.
"""
# (description, method steps, (document, signer, recipient, received_step, signed_step, returned_step)):
# the step it arrives in, the step it is signed in, the step that sends it on once signed
CASES = [
    ("KOMBIT sender en tilslutningsaftale til kommunen.",
     ["Modtag tilslutningsaftalen fra KOMBIT", "Lad borgmesteren underskrive aftalen",
      "Når aftalen er underskrevet, send den til KOMBIT"],
     ("tilslutningsaftale", "borgmesteren", "KOMBIT", 1, 2, 3)),
    ("Kommunen skal underskrive en databehandleraftale.",
     ["Find databehandleraftalen i KLIK", "Sørg for, at direktøren underskriver aftalen",
      "Scan den underskrevne aftale og send den til KOMBIT"],
     ("databehandleraftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("Tilslutningsaftalen skal returneres underskrevet til KOMBIT.",
     ["Print tilslutningsaftalen", "Få den underskrevet af borgmesteren", "Indscan og send den til KOMBIT"],
     ("tilslutningsaftale", "borgmesteren", "KOMBIT", None, 2, 3)),
    ("Kontrakten sendes til kommunen fra KOMBIT.",
     ["Læs kontrakten igennem", "Skriv under på kontrakten og returner den til KOMBIT"],
     ("kontrakt", "kommunen", "KOMBIT", None, 2, 2)),
    ("Skemaet skal underskrives af direktøren.",
     ["Download skemaet fra KOMBIT's hjemmeside", "Få skemaet underskrevet", "Sendes til KOMBIT's postkasse"],
     ("skema", "direktøren", "KOMBIT", 1, 2, 3)),
    ("Erklæringen udfyldes og underskrives af den dataansvarlige.",
     ["Udfyld erklæringen", "Underskriv", "Send til Digitaliseringsstyrelsen"],
     ("erklæring", "dataansvarlige", "Digitaliseringsstyrelsen", None, 2, 3)),
    ("Samtykket skal afgives.",
     ["Modtag samtykkeerklæringen", "Få erklæringen underskrevet af direktøren",
      "Indsend erklæringen til KOMBIT via KLIK"],
     ("samtykkeerklæring", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen fra KOMBIT", "Få aftalen skrevet under af direktøren", "Send aftalen retur til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen fra KOMBIT", "Giv aftalen til direktøren til underskrift",
      "Send den underskrevne aftale til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen fra KOMBIT", "Direktøren sætter sin underskrift på aftalen", "Send aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen fra KOMBIT", "Videresend aftalen til direktøren, som underskriver den",
      "Send aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("Kommunen skal indgå en tilslutningsaftale.",
     ["Hent tilslutningsaftalen i KLIK under Dokumenter", "Underskrift: kommunaldirektøren",
      "Upload den underskrevne tilslutningsaftale i KLIK"],
     ("tilslutningsaftale", "kommunaldirektøren", "KLIK", 1, 2, 3)),
    ("Kommunen skal give samtykke.",
     ["Modtag samtykkeerklæringen pr. mail", "Præsentér erklæringen for direktøren til underskrift",
      "Returnér erklæringen til leverandøren via mail"],
     ("samtykkeerklæring", "direktøren", "leverandøren", 1, 2, 3)),
    ("En blanket skal udfyldes.",
     ["Udfyld blanketten", "Blanketten underskrives", "Blanketten sendes til KOMBIT's postkasse"],
     ("blanket", "kommunen", "KOMBIT", None, 2, 3)),
    ("Databehandleraftalen underskrives af direktøren og sendes til KOMBIT.",
     ["Hent aftalen", "Læs aftalen", "Underskriv", "Send"],
     ("databehandleraftale", "direktøren", "KOMBIT", 1, 3, 4)),
    ("Kommunen skal sende en underskrevet erklæring til Udbetaling Danmark.",
     ["Udfyld erklæringen", "Erklæringen underskrives af ydelseschefen", "Scan erklæringen",
      "Mail erklæringen til Udbetaling Danmark"],
     ("erklæring", "ydelseschefen", "Udbetaling Danmark", None, 2, 4)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen", "Aftalen forsynes med direktørens underskrift", "Send aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen", "Direktøren e-signerer aftalen via Penneo", "Send aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.", ["Modtag aftalen", "Påtegn aftalen", "Send aftalen til KOMBIT"],
     ("aftale", "kommunen", "KOMBIT", 1, 2, 3)),
    ("KOMBIT sender en aftale.",
     ["Modtag aftalen fra KOMBIT og få den underskrevet af direktøren", "Returnér aftalen til KOMBIT"],
     ("aftale", "direktøren", "KOMBIT", 1, 1, 2)),  # one step receives it and has it signed
    ("Aftalen findes i KLIK.", ["Hent aftalen i KLIK", "Print og underskriv aftalen",
                                "Scan den og send den til KOMBIT"],
     ("aftale", "kommunen", "KOMBIT", 1, 2, 3)),  # 'Print og underskriv': two imperatives, no signer named
    ("Aftalen skal underskrives af både borgmester og kommunaldirektør.",
     ["Hent aftalen", "Borgmesteren underskriver aftalen", "Kommunaldirektøren underskriver aftalen",
      "Send aftalen til KOMBIT"],
     ("aftale", "borgmester og kommunaldirektør", "KOMBIT", 1, 3, 4)),  # signed once both have signed
    ("Aftalen findes i KLIK.",
     ["Download aftalen", "Print aftalen og få den underskrevet af direktøren",
      "Scan og upload aftalen i KLIK under opgaven"],
     ("aftale", "direktøren", "KLIK", 1, 2, 3)),
]


@pytest.mark.parametrize(("description", "steps", "expected"), CASES)
def test_signing_and_sending_steps(description, steps, expected):
    text = TASK.format(description=description,
                       steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    assert [(s.document, s.signer, s.recipient, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures] == [expected]


# (description, method steps, [(days, unit, anchor, about)]): a deadline whose subject is the thing
# the municipality makes or sends in the sentence before, or in its own clause after the deadline
DEADLINES = [
    ("Kommunen skal udarbejde en testplan. Den skal være klar senest 3 uger før go-live.",
     ["Udarbejd planen"], [(-3, "uger", "go-live", "testplan")]),
    ("Kommunen indsender en liste over brugere. Fristen er 10 arbejdsdage før go-live.", ["Lav listen"],
     [(-10, "arbejdsdage", "go-live", "liste over brugere")]),
    ("Senest 4 uger før go-live skal kommunen have oprettet alle brugere.", ["Opret brugerne"],
     [(-4, "uger", "go-live", "brugere")]),
    ("Inden for 10 arbejdsdage efter go-live skal kommunen afmelde de gamle integrationer.",
     ["Afmeld integrationerne"], [(10, "arbejdsdage", "go-live", "gamle integrationer")]),
    ("Kommunen får en rapport.",
     ["Modtag rapporten", "Rapporten gennemgås og godkendes af fagchefen senest 10 dage efter modtagelsen"],
     [(10, "dage", "modtagelse", "rapport")]),
]


@pytest.mark.parametrize(("description", "steps", "expected"), DEADLINES)
def test_deadline_about_the_thing_done(description, steps, expected):
    text = TASK.format(description=description,
                       steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    assert [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines] == expected


def test_a_thing_reviewed_and_approved_is_the_thing_not_the_verb():
    text = TASK.format(description="Kommunen får en rapport.",
                       steps="1. Modtag rapporten\n2. Rapporten gennemgås og godkendes af fagchefen")
    [task] = parse_text(text)
    assert [(s.document, s.signer) for s in task.signatures] == [("rapport", "fagchefen")]


# (description, method steps, recipient): who gets the signed paper when the text says it otherwise
RECIPIENTS = [
    ("KOMBIT sender aftalen.",
     ["Modtag aftalen", "Underskriv aftalen", "Send aftalen tilbage til afsenderen"], "KOMBIT"),
    ("Aftalen underskrives af direktøren og afleveres hos KOMBIT.", ["Modtag aftalen", "Underskriv aftalen"],
     "KOMBIT"),
    ("Blanketten skal underskrives af direktøren.",
     ["Udfyld blanketten", "Underskriv blanketten", "Upload blanketten på KOMBIT's extranet"], "KOMBIT"),
    ("Leverandøren skal have den underskrevne aftale.",
     ["Modtag aftalen", "Underskriv aftalen", "Send aftalen"], "leverandøren"),
    ("Fuldmagten skal godkendes i NemLog-in af kommunens administrator. Fuldmagten gives til KOMBIT.",
     ["Log ind i NemLog-in", "Godkend fuldmagten"], "KOMBIT"),
    ("Kommunen modtager et bestillingsskema.",
     ["Udfyld bestillingsskemaet", "Send skemaet til underskrift hos økonomichefen",
      "Send det underskrevne skema til leverandøren"], "leverandøren"),
]


@pytest.mark.parametrize(("description", "steps", "recipient"), RECIPIENTS)
def test_recipient_in_other_words(description, steps, recipient):
    text = TASK.format(description=description,
                       steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    assert [s.recipient for s in task.signatures] == [recipient]
