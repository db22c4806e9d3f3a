"""Expectations for a thirty-third set of exports (tests/fixtures/exports/dev30, 8 exports, 16 tasks), both
formats, in projects no earlier set used (Vintertjeneste, Legepladser, Sprogscreening, Torvehandel), written
as other authors would: signatures worded without the usual verbs ('påtegnes af', 'kvitteres for af',
'attesteres af', 'godkendes digitalt i NemLog-in af', 'sendes i underskrevet stand', a paper that 'skal
forsynes med underskrift' with its signer in a sentence of its own); signers and recipients that are units
('Center for Natur og Fritid', 'Center for Dagtilbud', 'Kultur- og Fritidsforvaltningen', 'Teknisk
Forvaltning'), roles ('chefen for Vej og Park', 'materielgårdens leder', 'torvefogeden') and firms ('Nordic
Snow ApS', 'Dansk Legepladsinspektion A/S', 'PayTorv A/S'); text deadlines in unusual forms ('senest ugen før
go-live', 'i løbet af de første 14 dage efter idriftsættelse', 'inden kvartalets udgang', 'to måneder
forinden' after a sentence naming the event, 'tidligst 5 arbejdsdage efter', 'Det skal ske senest ...' whose
about is the paper before).
Written by the s47 parse helper on 2026-12-06 from the task texts alone, before the parser was run on them and
before any parser change of session 47.

Conventions as in dev28.py and dev29.py; in addition 'idriftsættelse(n)' is go-live, 'ugen før' one week,
'i løbet af de første N dage efter X' N days after X, 'inden kvartalets udgang' a deadline at that event (0
days, anchor as written), 'N forinden' counts back from the event the sentences before name, and 'tidligst'
is an earliest day (KINDS).

Run before any parser change (main 5ad1454): 11 of 16 tasks as expected; signature.document 9/9, signer
8/9 ('attesteres af Center for Dagtilbud' gave 'kommunen': 'tilbud' read as a paper), steps 8/9, received 8/9,
signed 7/9 (a step 'Forsyn lejeaftalen med underskrift' / 'Få skemaet forsynet med X's underskrift' signed
nothing), recipient and returned 9/9, 0 false signatures; deadline days+unit+anchor 14/16, about 14/16 ('to
måneder forinden' after a sentence or clause naming go-live gave no deadline), 0 false deadlines.
After the s47 parser changes (tests/test_parse_s47.py): 16 of 16; no expectation changed.

`python tests/test_exports_golden_sets.py dev30 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev30"
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_VT, _LP = "Vintertjeneste - Bølge 1", "Legepladser - Bølge 2"
_SS, _TH = "Sprogscreening - Bølge 1", "Torvehandel - Bølge 3"
GOLDEN = {
    "md-vt-paategnes.md.txt": [
        ("3001", [_VT], 4,
         [("entreprenørkontrakt", "chefen for Vej og Park", "Nordic Snow ApS", [1, 2, 3], 1, 2, 3)],
         [(-1, "uger", "go-live", "entreprenørkontrakt")]),
        ("3002", [_VT], 3, [], [(-2, "måneder", "go-live", "vagtplanen")]),
    ],
    "tsv-vt-kvitteres.tsv.txt": [
        ("VTT 1", [_VT], 4,
         [("overdragelsesprotokol", "materielgårdens leder", "entreprenøren", [1, 2, 3], 1, 2, 3)],
         [(14, "dage", "go-live", "overdragelsesprotokol")]),
        ("VTT 2", [_VT], 3, [], [(0, "dage", "kvartalets udgang", "ruteplanen")]),
    ],
    "md-lp-nemlogin.md.txt": [
        ("3011", [_LP], 4,
         [("databehandleraftale", "Center for Natur og Fritid", "Dansk Legepladsinspektion A/S", [1, 2, 3],
           1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "databehandleraftale")]),
        ("3012", [_LP], 3, [], [(5, "arbejdsdage", "go-live", "registreringen af fejl")]),
    ],
    "tsv-lp-forsynes.tsv.txt": [
        ("LPT 1", [_LP], 4,
         [("tilsynsskema", "legepladsinspektøren", "Teknisk Forvaltning", [2, 3], None, 2, 3)],
         [(-1, "uger", "go-live", "tilsynsskema")]),
        ("LPT 2", [_LP], 3, [], [(14, "dage", "go-live", "skiltene")]),
    ],
    "md-ss-attesteres.md.txt": [
        ("3021", [_SS], 4,
         [("licensaftale", "Center for Dagtilbud", "Sprogdata A/S", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "kvartalets udgang", "licensaftale")]),
        ("3022", [_SS], 3, [], [(-1, "uger", "go-live", "e-læringen")]),
    ],
    "tsv-ss-underskrevet-stand.tsv.txt": [
        ("SST 1", [_SS], 4,
         [("tilslutningsaftale", "dagtilbudschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-2, "måneder", "go-live", "tilslutningsaftale")]),
        ("SST 2", [_SS], 3, [], [(5, "arbejdsdage", "modtagelse", "overførsel")]),
    ],
    "md-th-forsynes.md.txt": [
        ("3031", [_TH], 4,
         [("lejeaftale", "Kultur- og Fritidsforvaltningen", "Torvegruppen ApS", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "lejeaftale")]),
        ("3032", [_TH], 3, [], [(0, "dage", "kvartalets udgang", "stadepladsregister")]),
    ],
    "tsv-th-firma.tsv.txt": [
        ("THT 1", [_TH], 4,
         [("betalingsaftale", "økonomichefen", "PayTorv A/S", [1, 2, 3], 1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "betalingsaftale")]),
        ("THT 2", [_TH], 4,
         [("udleveringsblanket", "torvefogeden", "Torvegruppen ApS", [1, 2, 3], 1, 2, 3)],
         [(14, "dage", "overtagelsen", "udleveringsblanket")]),
    ],
}

# task id -> words each of its text deadlines keeps as written
TEXTS = {
    "3001": ["senest ugen før go-live"], "3002": ["to måneder forinden"],
    "VTT 1": ["i løbet af de første 14 dage efter idriftsættelse"], "VTT 2": ["inden kvartalets udgang"],
    "3011": ["senest 10 arbejdsdage efter modtagelsen"], "3012": ["tidligst ske 5 arbejdsdage efter go-live"],
    "LPT 1": ["senest ugen før go-live"], "LPT 2": ["i løbet af de første 14 dage efter idriftsættelsen"],
    "3021": ["inden kvartalets udgang"], "3022": ["senest ugen før go-live"],
    "SST 1": ["senest to måneder forinden"], "SST 2": ["tidligst begynde 5 arbejdsdage efter modtagelsen"],
    "3031": ["senest 3 uger før go-live"], "3032": ["inden kvartalets udgang"],
    "THT 1": ["senest 5 arbejdsdage efter modtagelsen"],
    "THT 2": ["i løbet af de første 14 dage efter overtagelsen"],
}

# each text deadline that is an earliest day or a period's end, by its days, unit and anchor
KINDS = {"3012": {(5, "arbejdsdage", "go-live"): "earliest"},
         "SST 2": {(5, "arbejdsdage", "modtagelse"): "earliest"}}
