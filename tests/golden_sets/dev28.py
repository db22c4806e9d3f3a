"""Expectations for a thirty-first set of exports (tests/fixtures/exports/dev28, 8 exports, 20 tasks), both
formats, in projects no earlier set used (Rottebekæmpelse, Vielser, Ungdomsskole, Plejeboliger), written for
the kinds the held-out parse figures still miss (a deadline's 'about', the signer, a signature stated as an
approval, the recipient) in wordings no earlier set used: approvals ('forelægges X til godkendelse', 'kræver
X's godkendelse', 'kræver godkendelse fra X', 'X giver den endelige godkendelse af aftalen', 'godkendes i
direktionen'), the signer in other sentence shapes ('Det påhviler X at underskrive aftalen', 'X sætter sin
underskrift på aftalen', 'skal forsynes med X's underskrift', 'underskrives på kommunens vegne af X', 'X
skriver under på Y', 'med underskrift fra X', 'Som underskriver af Y optræder X'), recipients after other
verbs ('går retur til', 'videresendes til', 'overdrages til', 'uploades til KOMBITs aftaleportal', 'sendes med
posten til', 'tilbagesendes til', 'hvorefter X får den tilbage', 'sendes pr. e-mail til', 'indsendes til X via
X's portal'), and deadlines whose 'about' is a word for the act on the paper ('Fristen for underskrift er',
'Returneringen skal ske', 'Underskriften skal foreligge', 'Svarfristen er N dage fra modtagelsen', 'Der er
frist for indsendelse af aftalen', 'Senest N efter modtagelsen skal aftalen være returneret') or a thing done
('Kortlægningen skal foreligge', 'Tilmeldingen lukker N uger før go-live').
Written by the s44 parse helper on 2026-12-05 from the task texts alone, before the parser was run on them
and before any parser change of session 44.

Run before any parser change (main 0b2cb2a): 18 of 20 tasks as expected; signature.document 13/13, signer
11/13 ('Det påhviler kommunaldirektøren at underskrive aftalen' and 'Som underskriver af snitfladeaftalen
optræder direktøren for Sundhed og Omsorg' gave 'kommunen'), recipient 13/13, steps/received/signed/returned
13/13, 0 false positives; deadline days+unit+anchor 20/20, about 20/20.
After the s44 parser changes (knowledge/signer_shapes.py; other wordings of each kind in
tests/test_parse_s44.py): 20 of 20 tasks as expected.

`python tests/test_exports_golden_sets.py dev28 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev28"
# Conventions as in dev13.py-dev27.py: a signed paper in its singular indefinite form; a body that approves a
# paper is its signer (dev20); the party that gets the original is the recipient; 'steps' receive, sign or
# send the paper (drafting or filling it in is none of them; laying it before a body that approves it is its
# signing); a deadline counted from the receipt has the anchor 'modtagelse'; a deadline on an act done to the
# signed paper (its signing, return, sending) is about the paper; an about that is no signed paper keeps its
# form as written.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_RB1, _VI2 = "Rottebekæmpelse - Bølge 1", "Vielser - Bølge 2"
_US1, _PB3 = "Ungdomsskole - Bølge 1", "Plejeboliger - Bølge 3"
GOLDEN = {
    "md-rb-forelaegges.md.txt": [
        ("2801", [_RB1], 4,
         [("samarbejdsaftale", "teknik- og miljøudvalget", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "samarbejdsaftale")]),
        ("2802", [_RB1], 4,
         [("databehandleraftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(15, "arbejdsdage", "modtagelse", "databehandleraftale")]),
        ("2803", [_RB1], 3, [], [(-2, "måneder", "go-live", "kortlægningen")]),
    ],
    "md-vi-forsynes.md.txt": [
        ("2811", [_VI2], 4,
         [("fuldmagt", "borgmesteren", "leverandøren", [2, 3], None, 2, 3)],
         [(-3, "uger", "go-live", "fuldmagt")]),
        ("2812", [_VI2], 4,
         [("tilslutningsaftale", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "tilslutningsaftale")]),
        ("2813", [_VI2], 3, [], [(-14, "dage", "go-live", "vielseskalenderen")]),
    ],
    "md-us-paa-vegne.md.txt": [
        ("2821", [_US1], 4,
         [("kontrakt", "skolechefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-5, "uger", "go-live", "kontrakt")]),
        ("2822", [_US1], 4,
         [("samarbejdsaftale", "ungdomsskolebestyrelsen", "gymnasiet", [2, 3], None, 2, 3)],
         [(-6, "uger", "go-live", "samarbejdsaftale")]),
        ("2823", [_US1], 3, [], [(-3, "uger", "go-live", "holdene")]),
    ],
    "md-pb-skriver-under.md.txt": [
        ("2831", [_PB3], 4,
         [("databehandleraftale", "ældrechefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-20, "dage", "go-live", "databehandleraftale")]),
        ("2832", [_PB3], 4,
         [("anvisningsaftale", "social- og sundhedsudvalget", "boligorganisationen", [1, 2, 3], 1, 2, 3)],
         [(30, "dage", "modtagelse", "anvisningsaftale")]),
        ("2833", [_PB3], 3, [], [(-10, "arbejdsdage", "go-live", "overførsel")]),
    ],
    "tsv-rb-kraever-godkendelse.tsv.txt": [
        ("RBT 1", [_RB1], 4,
         [("kontrakt", "borgmesteren", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-2, "uger", "go-live", "kontrakt")]),
        ("RBT 2", [_RB1], 3, [], [(-1, "måneder", "go-live", "indkøbet")]),
    ],
    "tsv-vi-endelige-godkendelse.tsv.txt": [
        ("VIT 1", [_VI2], 4,
         [("anvendelsesaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(8, "arbejdsdage", "modtagelse", "anvendelsesaftale")]),
        ("VIT 2", [_VI2], 3, [], [(-7, "dage", "go-live", "vielserne")]),
    ],
    "tsv-us-underskrift-fra.tsv.txt": [
        ("UST 1", [_US1], 4,
         [("licensaftale", "ungdomsskolelederen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(12, "arbejdsdage", "modtagelse", "licensaftale")]),
        ("UST 2", [_US1], 4,
         [("driftsaftale", "direktionen", "leverandøren", [2, 3], None, 2, 3)],
         [(-5, "uger", "go-live", "driftsaftale")]),
    ],
    "tsv-pb-optraeder.tsv.txt": [
        ("PBT 1", [_PB3], 4,
         [("snitfladeaftale", "direktøren for Sundhed og Omsorg", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(10, "dage", "modtagelse", "snitfladeaftale")]),
        ("PBT 2", [_PB3], 3, [], [(-3, "uger", "go-live", "tilmeldingen")]),
    ],
}
