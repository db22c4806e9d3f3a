"""Expectations for a twenty-first set of exports (tests/fixtures/exports/dev18, 8 exports, 22 tasks), both
formats (en and em dashes in waves, CRLF, '1) ', 'Trin 1: ' and '- ' steps, '1) ' inside HTML items), in KP,
KY, KSD, SAPA and Støttesystemerne, written by kind from the parser's weak fields on held-out checks (which
step receives and which signs a paper, who it goes back to, signers with long titles and two signers, the
about of a text deadline) with these expectations from the texts alone before the parser was run on them:
recipients by 'returneres til X's kontraktteam', 'uploades til kundeportalen' (the portal's owner named
before), 'indsendes via KOMBIT's kundeportal', 'afleveres hos leverandørens kundeansvarlige', 'sendes retur
til', 'foreligge hos'; signers 'chefen for Borgerservice og Pension', 'både direktøren for Beskæftigelse og
Sundhed og kommunaldirektøren', 'lederen af Digitalisering og IT', 'i fællesskab af borgmesteren og
kommunaldirektøren', 'Social- og Sundhedsdirektøren og sygedagpengechefen', 'Efter underskrift af X', 'skal
skrives under af'; a paper received in step 2 or 3 after steps that do something else; deadlines 'Aftalen
skal være underskrevet senest 30 dage før go-live', 'Det skal ske senest', 'skal uploades senest 10
arbejdsdage efter modtagelsen', '10 hverdage', 'inden 4 uger efter modtagelsen', 'senest 1 måned efter
opstartsmødet', '4 uger før idriftsættelsen', anchors in their own words ('første kørsel', 'første
testkørsel', 'konverteringen', 'testens start', 'undervisningsstart', 'uddannelsen'); tasks with no paper
signed whose deadline is about data, accounts or templates.

Run before any parser change (main 503b0a8): 18 of 22 tasks as expected; fields: steps 22/22, waves 22/22,
signature.document 14/15, signer 13/15, recipient 13/15, steps 13/15, received_step 14/15, signed_step 13/15,
returned_step 14/15, false positives 0; deadline.days+unit+anchor 22/22, deadline.about 21/22, one deadline
not expected ('Før konverteringen skal ...', a same-day deadline by dev10's convention: that expectation was
corrected, 19 of 22 then). Missed: a signer after 'både X og Y, hvorefter' and a portal named before as
KOMBIT's taken as the recipient ('kundeportalen'); 'skal skrives under af' on a paper 'til underskrift'
(no signature, and its deadline's about the short 'skrivelsen'); 'Indhent begge underskrifter' as no
signing step. After the s35 parser changes (each a kind, with probes of other wordings beside it): 22 of 22;
the held-out parsing checks stayed at 3362/3488 with the same misses per field, and every question set scored
as before (none of these kinds is among the held-out misses).

`python tests/test_exports_golden_sets.py dev18 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev18"
# Conventions as in dev13.py-dev17.py: a signed paper in its singular indefinite form, its signer as written
# (two signers joined by 'og'); the party that gets the original is the recipient (an organisation's portal
# or team is the organisation); 'steps' receive, sign or send the paper, not one that prepares or reads it;
# an about that is no signed paper keeps its form as written; an anchor in its own words keeps them without
# a leading article.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_KP, _KY, _KSD, _SAPA, _STS = ("KP - Bølge 4", "KY - Bølge 4", "KSD - Bølge 3", "SAPA - Bølge 3",
                               "Støttesystemerne - Bølge 2")
GOLDEN = {
    "md-kp-returneres.md.txt": [
        ("18101", [_KP], 3,
         [("tilslutningsaftale", "chefen for Borgerservice og Pension", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("18102", [_KP], 3,
         [("databehandleraftale", "direktøren for Beskæftigelse og Sundhed og kommunaldirektøren", "KOMBIT",
           [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "databehandleraftale")]),
        # 'Før konverteringen skal ... renses' is a deadline on the day itself (as dev10's 'før go-live'): one
        # expectation corrected to that convention after the first run
        ("18103", [_KP], 3, [],
         [(0, "dage", "konverteringen", "pensionssager"), (-2, "uger", "første kørsel", "datavasken")]),
    ],
    "tsv-kp-indsendes.tsv.txt": [
        ("KPX 1", [_KP], 3,
         [("sikkerhedserklæring", "stadsdirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-15, "arbejdsdage", "go-live", "sikkerhedserklæring")]),
        ("KPX 2", [_KP], 3,
         [("ændringsaftale", "pensionschefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(4, "uger", "modtagelse", "ændringsaftale")]),
        ("KPX 3", [_KP], 2, [], [(-5, "arbejdsdage", "undervisningsstart", "e-læringsmodulet")]),
    ],
    "md-sapa-sendes-retur.md.txt": [
        ("18301", [_SAPA], 4,
         [("leveranceaftale", "direktøren for Børn og Unge", "KOMBIT", [2, 3, 4], 2, 3, 4)],
         [(-6, "uger", "go-live", "leveranceaftale")]),
        ("18302", [_SAPA], 3,
         [("adgangsaftale", "lederen af Digitalisering og IT", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "adgangsaftale")]),
        ("18303", [_SAPA], 2, [], [(-1, "uger", "konverteringen", "organisationsdata")]),
    ],
    "tsv-sapa-uploades.tsv.txt": [
        ("SAP 1", [_SAPA], 3,
         [("bilag", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(20, "dage", "modtagelse", "bilag")]),
        ("SAP 2", [_SAPA], 3,
         [("overdragelseserklæring", "borgmesteren og kommunaldirektøren", "KOMBIT", [2, 3], None, 2, 3)],
         [(-2, "måneder", "go-live", "overdragelseserklæring")]),
        ("SAP 3", [_SAPA], 2, [], [(-3, "arbejdsdage", "testens start", "testdata")]),
    ],
    "md-ky-indsendes.md.txt": [
        ("18501", [_KY], 3,
         [("serviceaftale", "chefen for Økonomi og Ydelser", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-14, "dage", "go-live", "serviceaftale")]),
        ("18502", [_KY], 3,
         [("tillæg", "kommunens databeskyttelsesansvarlige", "KMD", [1, 2, 3], 1, 2, 3)],
         [(3, "uger", "modtagelse", "tillæg")]),
        ("18503", [_KY], 3, [], [(10, "arbejdsdage", "start", "brevskabelonerne")]),
    ],
    "tsv-ksd-afleveres.tsv.txt": [
        ("KSX 1", [_KSD], 3,
         [("driftsaftale", "it-chefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-5, "arbejdsdage", "første testkørsel", "driftsaftale")]),
        ("KSX 2", [_KSD], 3,
         [("videregivelsesaftale", "Social- og Sundhedsdirektøren og sygedagpengechefen",
           "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(1, "måneder", "opstartsmødet", "videregivelsesaftale")]),
        ("KSX 3", [_KSD], 2, [], [(-2, "uger", "uddannelsen", "brugeroprettelser")]),
    ],
    "md-sts-afleveres.md.txt": [
        ("18701", [_STS], 5,
         [("tilslutningserklæring", "kommunens it-sikkerhedschef", "KOMBIT", [3, 4, 5], 3, 4, 5)],
         [(-3, "uger", "go-live", "tilslutningserklæring")]),
        ("18702", [_STS], 2, [], [(30, "dage", "go-live", "nedlæggelsen af de gamle brugerkonti")]),
    ],
    "tsv-kp-sendes-retur.tsv.txt": [
        ("KPR 1", [_KP], 3,
         [("bekræftelsesskrivelse", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(7, "arbejdsdage", "modtagelse", "bekræftelsesskrivelse")]),
        ("KPR 2", [_KP], 3,
         [("supportaftale", "økonomichefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "supportaftale")]),
    ],
}

# task id -> words each of its text deadlines keeps as written
TEXTS = {
    "18101": ["senest 30 dage før go-live"], "18102": ["senest 10 arbejdsdage efter modtagelsen"],
    "18103": ["senest 2 uger før den første kørsel"], "KPX 1": ["senest 15 arbejdsdage før go-live"],
    "KPX 2": ["inden 4 uger efter modtagelsen"], "KPX 3": ["senest 5 arbejdsdage før undervisningsstart"],
    "18301": ["senest 6 uger før go-live"], "18302": ["senest 10 hverdage efter modtagelsen"],
    "18303": ["senest 1 uge før konverteringen"], "SAP 1": ["senest 20 dage efter modtagelsen"],
    "SAP 2": ["senest to måneder før go-live"], "SAP 3": ["senest 3 arbejdsdage før testens start"],
    "18501": ["senest 14 dage før go-live"], "18502": ["inden for 3 uger efter modtagelsen"],
    "18503": ["senest 10 arbejdsdage efter opgavestart"],
    "KSX 1": ["senest 5 arbejdsdage før den første testkørsel"],
    "KSX 2": ["senest 1 måned efter opstartsmødet"], "KSX 3": ["senest 2 uger før uddannelsen"],
    "18701": ["senest 3 uger før go-live"], "18702": ["senest 30 dage efter go-live"],
    "KPR 1": ["senest 7 arbejdsdage efter modtagelsen"], "KPR 2": ["senest 4 uger før idriftsættelsen"],
}
