"""Expectations for a nineteenth set of exports (tests/fixtures/exports/dev16, 8 exports, 24 tasks), both
formats (en dashes and doubled spaces in waves, CRLF, list markers in HTML items, bullets and '1) ' steps),
in KOMBIT's own projects (KP, Serviceplatformen, NemLog-in, Digital Post, one file in English), written with
these expectations from the texts alone before the parser was run on them: signatures said as 'til
underskrift', 'underskrives af', 'skal signeres af', 'Få X underskrevet af Y', 'i underskrevet stand',
'skrive under på', 'godkendes af ... i NemLog-in', 'must be signed by', 'Have X sign'; recipients by
'sendes retur til', 'returneres til', 'send ... til', 'returned to', 'send it back to'; text deadlines
'senest 30 dage før go-live', 'inden for 10 arbejdsdage efter modtagelsen', 'senest 2 uger efter
opstart', 'no later than 3 weeks before go-live', 'within 10 working days of receipt', a deadline in a
paragraph of its own, and tasks that send or fill in a paper nobody signs ('Der skal ikke underskrives
noget').

Run before any parser change (main 7391d92): 22 of 24 tasks as expected; fields: signature.steps 15/16,
signature.received_step 15/16 (KPT 2: 'Fuldmagten fra KOMBIT findes i NemLog-in' is no receiving step),
deadline.about 23/24 (NLT 3). That expectation was then corrected to the convention dev12 and dev15
hold, not to the parser's output alone: a noun phrase keeps what modifies it ('Kontaktoplysningerne i
NemLog-in skal opdateres': 'kontaktoplysningerne i NemLog-in', as dev15's 'koncertkalenderen for
foråret'). After the s33 parser changes: 24 of 24.

`python tests/test_exports_golden_sets.py dev16 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev16"
# Conventions as in dev13.py-dev15.py: a signed paper is named in its singular indefinite form (a short word
# for a compound an earlier sentence brings in is that compound: 'en systemoversigt ... Oversigten'), its
# signer as written; the party that gets the original is the recipient; a paper approved in NemLog-in is a
# signature, a fuldmagt given to a party has it as recipient; 'steps' receive (fetch, download, find), sign
# or send the paper, not one that fills it in; in English the leading article is no part of a name; an
# about that is no signed paper keeps its form as written; 'efter opstart' is the anchor 'start'.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_KP, _SP, _NL, _DP = ("KP - Bølge 4", "Serviceplatformen - Bølge 2", "NemLog-in - Bølge 1",
                      "Digital Post - Bølge 5")
GOLDEN = {
    "md-kp-til-underskrift.md.txt": [
        ("16101", [_KP], 3,
         [("tilslutningsaftale", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("16102", [_KP], 3,
         [("testgodkendelse", "testlederen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "testgodkendelse")]),
        ("16103", [_KP], 2, [], [(2, "uger", "start", "tilmeldingen")]),
    ],
    "tsv-kp-returneres.tsv.txt": [
        ("KPT 1", [_KP], 3,
         [("databehandleraftale", "databeskyttelsesrådgiveren", "pensionsleverandøren", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "databehandleraftale")]),
        ("KPT 2", [_KP], 2,
         [("fuldmagt", "kommunens NemLog-in-administrator", "KOMBIT", [1, 2], 1, 2, None)],
         [(-14, "dage", "go-live", "fuldmagt")]),
        ("KPT 3", [_KP], 3, [], [(-5, "arbejdsdage", "go-live", "sagslisten")]),
    ],
    "md-sp-underskrives-af.md.txt": [
        ("16201", [_SP], 3,
         [("serviceaftale", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "serviceaftale")]),
        ("16202", [_SP], 2, [], [(-6, "uger", "go-live", "anmodningen om tilslutning")]),
        ("16203", [_SP], 3,
         [("certifikatansøgning", "sikkerhedschefen", "Digitaliseringsstyrelsen", [2, 3], None, 2, 3)],
         [(-5, "arbejdsdage", "go-live", "certifikatansøgning")]),
    ],
    "tsv-sp-signeres.tsv.txt": [
        ("SPT 1", [_SP], 3,
         [("adgangsaftale", "stadsdirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-20, "dage", "go-live", "adgangsaftale")]),
        ("SPT 2", [_SP], 2, [], [(2, "uger", "start", "testrapporten")]),
        ("SPT 3", [_SP], 3,
         [("sikkerhedserklæring", "digitaliseringschefen", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "sikkerhedserklæring")]),
    ],
    "md-nl-nemlogin.md.txt": [
        ("16301", [_NL], 2,
         [("fuldmagt", "kommunens NemLog-in administrator", "KOMBIT", [1, 2], 1, 2, None)],
         [(-10, "arbejdsdage", "go-live", "fuldmagt")]),
        ("16302", [_NL], 2, [], [(-3, "uger", "go-live", "oprettelsen")]),
        ("16303", [_NL], 3,
         [("tiltrædelseserklæring", "kommunaldirektøren", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tiltrædelseserklæring")]),
    ],
    "tsv-nl-faa-underskrevet.tsv.txt": [
        ("NLT 1", [_NL], 3,
         [("brugeraftale", "borgmesteren", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(-2, "uger", "go-live", "brugeraftale")]),
        ("NLT 2", [_NL], 3,
         [("leverandørkontrakt", "indkøbschefen", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(10, "dage", "modtagelse", "leverandørkontrakt")]),
        ("NLT 3", [_NL], 2, [], [(-1, "måneder", "go-live", "kontaktoplysningerne i NemLog-in")]),
    ],
    "md-dp-english.md.txt": [
        ("16401", [_DP], 3,
         [("connection agreement", "municipal director", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "connection agreement")]),
        ("16402", [_DP], 2, [], [(-5, "arbejdsdage", "go-live", "test report")]),
        ("16403", [_DP], 3,
         [("data processing agreement", "data protection officer", "supplier", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "data processing agreement")]),
    ],
    "tsv-dp-stand.tsv.txt": [
        ("DPT 1", [_DP], 3,
         [("tilslutningsaftale", "direktøren for borgerservice", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("DPT 2", [_DP], 2, [], [(2, "uger", "start", "funktionspostkasserne")]),
        ("DPT 3", [_DP], 3,
         [("systemoversigt", "it-chefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "systemoversigt")]),
    ],
}

# task id -> words each of its text deadlines keeps as written
TEXTS = {
    "16101": ["senest 30 dage før go-live"], "16102": ["inden for 10 arbejdsdage efter modtagelsen"],
    "16103": ["senest 2 uger efter opstart"], "KPT 1": ["senest 3 uger før go-live"],
    "KPT 2": ["senest 14 dage før go-live"], "KPT 3": ["senest 5 arbejdsdage før go-live"],
    "16201": ["senest 4 uger før go-live"], "16202": ["senest 6 uger før go-live"],
    "16203": ["senest 5 arbejdsdage før go-live"], "SPT 1": ["senest 20 dage før go-live"],
    "SPT 2": ["senest 2 uger efter opstart"], "SPT 3": ["inden for 5 arbejdsdage efter modtagelsen"],
    "16301": ["senest 10 arbejdsdage før go-live"], "16302": ["senest 3 uger før go-live"],
    "16303": ["senest 30 dage før go-live"], "NLT 1": ["senest 2 uger før go-live"],
    "NLT 2": ["senest 10 dage efter modtagelsen"], "NLT 3": ["senest 1 måned før go-live"],
    "16401": ["no later than 3 weeks before go-live"],
    "16402": ["no later than 5 working days before go-live"],
    "16403": ["within 10 working days of receipt"], "DPT 1": ["senest 30 dage før go-live"],
    "DPT 2": ["senest 2 uger efter opstart"], "DPT 3": ["inden for 10 arbejdsdage efter modtagelsen"],
}
