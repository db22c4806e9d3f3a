"""Expectations for a twenty-sixth set of exports (tests/fixtures/exports/dev23, 4 exports, 12 tasks), both
formats, written for wordings the held-out parse figures still miss: a paper to sign whose signer is not named
('Den underskrevne samarbejdsaftale ... mailes til KOMBIT', 'Når blanketten er underskrevet, mailes den til
...', 'som kommunen skal skrive under på'), a recipient that is a place in KLIK ('uploades til KLIK-opgaven'),
and text deadlines whose 'about' is said in other ways than by a subject: 'Kommunen har frist til ... med at
indberette X', 'har N arbejdsdage fra modtagelsen til at gennemgå ... den', 'I skal sende os X senest ...',
'Kommunens digitaliseringsenhed skal gennemføre X senest ...', 'Fristen er ...' after a 'Når X er
underskrevet, ...' sentence. Modelled on public KOMBIT material (KP, Serviceplatformen, KSD, Digital Post).
The expectations were written from the texts alone before the parser was run on them.

Run before any parser change (main bfc6683): 5 of 12 tasks as expected; fields: signature.document 5/7, signer
5/7, recipient 4/7, steps 5/7, received_step 5/7, signed_step 5/7, returned_step 5/7, no false positives;
deadline.days+unit+anchor 11/12, deadline.about 6/12.

`python tests/test_exports_golden_sets.py dev23 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev23"
# Conventions as in dev13.py-dev22.py: a signed paper in its singular indefinite form; a signer the text does
# not name is 'kommunen'; the party that gets the original is the recipient (a place in KLIK is KLIK);
# 'steps' receive, sign or send the paper; an about that is no signed paper keeps its form as written.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_KP8, _SP9, _KSD8, _DP7 = "KP - Bølge 8", "Serviceplatformen - Bølge 9", "KSD - Bølge 8", "Digital Post - Bølge 7"
GOLDEN = {
    "tsv-kp-underskrevne-uden-navn.tsv.txt": [
        ("KPU 1", [_KP8], 3,
         [("samarbejdsaftale", "kommunen", "KOMBIT", [2], None, None, 2)],
         [(-3, "uger", "go-live", "samarbejdsaftale")]),
        ("KPU 2", [_KP8], 4,
         [("bilag", "kommunen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "bilag")]),
        ("KPU 3", [_KP8], 3, [], [(-6, "uger", "go-live", "kontaktoplysningerne")]),
    ],
    "md-sp-skrive-under-paa.md.txt": [
        ("23101", [_SP9], 4,
         [("anvenderaftale", "kommunaldirektøren", "Serviceplatformen", [1, 2, 3], 1, 2, 3)],
         [(14, "dage", "modtagelse", "anvenderaftale")]),
        ("23102", [_SP9], 4,
         [("fortrolighedserklæring", "kommunen", "KLIK", [1, 2, 3], 1, 2, 3)],
         [(-10, "dage", "go-live", "fortrolighedserklæring")]),
        ("23103", [_SP9], 4, [], [(-3, "uger", "go-live", "snitfladetesten")]),
    ],
    "tsv-ksd-frister-mange-former.tsv.txt": [
        ("KSF 1", [_KSD8], 4,
         [("dataansvarserklæring", "sygedagpengechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-20, "dage", "go-live", "dataansvarserklæring")]),
        ("KSF 2", [_KSD8], 3, [], [(10, "arbejdsdage", "modtagelse", "fejlliste")]),
        ("KSF 3", [_KSD8], 4,
         [("tilbud", "jobcenterchefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "tilbud")]),
    ],
    "md-dp-frist-i-naeste-saetning.md.txt": [
        ("23201", [_DP7], 4,
         [("tilslutningsblanket", "kommunen", "Digitaliseringsstyrelsen", [1, 3], 1, None, 3)],
         [(-30, "dage", "go-live", "tilslutningsblanket")]),
        ("23202", [_DP7], 3, [], [(-5, "uger", "go-live", "listen over funktionspostkasser")]),
        ("23203", [_DP7], 3, [], [(-10, "arbejdsdage", "go-live", "prøveforsendelsen")]),
    ],
}
