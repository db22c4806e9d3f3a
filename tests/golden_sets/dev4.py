"""Golden expectations for a seventh set of exports (tests/fixtures/exports/dev4), both formats, written (with
these expectations) before the parser was changed for them: a signer who 'skal have underskrevet'
the paper, 'kræver sign-off fra', 'give sign-off på', 'kræver godkendelse fra' (a paper) next to the
same words for a test (no signature), the signer in a sentence of its own ('Det er X, der godkender
den', 'Den, der underskriver, er X', 'Underskriver er X', 'Underskriften skal gives af X', 'Accepten
foretages af X', 'Herefter underskriver X aftalen'), the recipient before the paper ('Til KMD skal
kommunen sende ...', 'Udbetaling Danmark skal have aftalen retur', 'KOMBIT skal modtage ...', 'X's
testleder skal have den'), 'ingen underskrift' and a field for digital signatures (no signature);
deadlines 'senest ugen før', 'N hverdage', 'to uger efter', 'fire uger før', 'inden go-live', 'samme
dag som', 'Det skal ske inden ...' after the sentence that names the paper; list markers inside
HTML list items, Word dashes in waves, CRLF; malformed variants of each file.

`python tests/test_exports_golden_sets.py dev4 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev4"
# Conventions as in dev3.py; 'sign-off' on a paper is its signature, 'godkendelse fra'
# a body is signing when a paper is approved and no signature when a test or an activity is; a
# committee that approves before someone else signs is not the signer; 'samme dag som X' and
# 'inden X' are 0 days from X; a signer named once keeps its words ('kommunens KY-systemejer', as
# 'kommunens tegningsberettigede' in test_exports_dev.py); the party that 'skal have' the paper is
# its recipient, as the one told when it is approved.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-ky-skal-have-underskrevet.md.txt": [
        ("8601", ["KY - Bølge 9"], 3,
         [("tilslutningsaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-1, "uger", "go-live", "tilslutningsaftale")]),
        ("8602", ["KY - Bølge 9"], 4,
         [("testrapport", "kommunens KY-systemejer", "KOMBIT", [2, 3, 4], 2, 3, 4)],
         [(5, "arbejdsdage", "testens afslutning", "testrapport")]),
        ("8603", ["KY - Bølge 9"], 3,
         [],
         [(2, "uger", "opstartsmødet", "tilmeldingen"), (0, "dage", "go-live", "e-læringen")]),
    ],
    "tsv-kp-godkendelse-fra.tsv.txt": [
        ("KP 94", ["KP - Bølge 8"], 3,
         [("databehandleraftale", "direktionen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-10, "arbejdsdage", "go-live", "databehandleraftale")]),
        ("KP 95", ["KP - Bølge 8"], 3,
         [("fuldmagt", "kommunens NemLog-in administrator", "leverandøren", [2, 3], None, 2, None)],
         [(0, "dage", "opstartsmødet", "fuldmagt")]),
        ("KP 96", ["KP - Bølge 8"], 2,
         [],
         [(3, "arbejdsdage", "testens afslutning", "testresultaterne")]),
    ],
    "md-dp-underskriften-gives-af.md.txt": [
        ("8611", ["Digital Post - Bølge 5"], 3,
         [("afsenderaftale", "kommunens tegningsberettigede", "Digitaliseringsstyrelsen", [1, 2, 3],
           1, 2, 3)],
         [(-3, "uger", "go-live", "afsenderaftale")]),
        ("8612", ["Digital Post - Bølge 5"], 3,
         [],
         [(10, "arbejdsdage", "opstartsmødet", "kontaktpunktslisten"),
          (0, "dage", "go-live", "kontaktpunkterne")]),
        ("8613", ["Digital Post - Bølge 5"], 3,
         [("tillæg", "digitaliseringschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(2, "uger", "modtagelse", "tillæg")]),
    ],
    "tsv-ksd-modtager-foerst.tsv.txt": [
        ("KSD 94", ["KSD - Bølge 6"], 3,
         [("bemyndigelse", "sygedagpengechefen", "KMD", [2, 3], None, 2, 3)],
         [(-4, "uger", "konverteringen", "bemyndigelse")]),
        ("KSD 95", ["KSD - Bølge 6"], 4,
         [("aftale", "direktøren for Social og Beskæftigelse", "KOMBIT", [1, 2, 3, 4], 1, 3, 4)],
         [(15, "arbejdsdage", "modtagelse", "aftale")]),
        ("KSD 96", ["KSD - Bølge 6"], 3,
         [],
         [(-6, "uger", "go-live", "brevskabelonerne")]),
    ],
    "md-sp-sign-off-testplan.md.txt": [
        ("8621", ["Serviceplatformen - Bølge 3"], 3,
         [("tilslutningsaftale", "it-direktøren", "Serviceplatformen", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "go-live", "tilslutningsaftale")]),
        ("8622", ["Serviceplatformen - Bølge 3"], 4,
         [("testplan", "kommunens testansvarlige", "leverandøren", [1, 3, 4], 1, 3, 4)],
         [(10, "dage", "modtagelse", "testplan")]),
        ("8623", ["Serviceplatformen - Bølge 3"], 3,
         [],
         [(-1, "uger", "testen", "certifikatet")]),
    ],
    "tsv-nemlogin-accept-og-udpegning.tsv.txt": [
        ("NL 60", ["NemLog-in - Bølge 2"], 3,
         [("tilslutningsvilkår", "stadsdirektøren", None, [2, 3], None, 2, None)],
         [(-20, "arbejdsdage", "go-live", "tilslutningsvilkår")]),
        ("NL 61", ["NemLog-in - Bølge 2"], 2,
         [],
         [(2, "uger", "start", "udpegningen")]),
    ],
    "md-sapa-udvalg-og-borgmester.md.txt": [
        ("8631", ["SAPA - Bølge 5"], 3,
         [("aftale", "borgmesteren", "KOMBIT", [1, 2, 3], None, 2, 3)],
         [(-30, "dage", "go-live", "aftale")]),
        ("8632", ["SAPA - Bølge 5"], 2,
         [],
         [(-1, "uger", "uddannelsesstart", "rollefordelingen")]),
    ],
    "tsv-sts-underskriver-er.tsv.txt": [
        ("STS 94", ["Støttesystemerne - Bølge 9"], 3,
         [("databehandleraftale", "kommunens dataansvarlige direktør", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "go-live", "databehandleraftale")]),
        ("STS 95", ["Støttesystemerne - Bølge 9"], 3,
         [],
         [(-3, "uger", "go-live", "organisationsdata")]),
        ("STS 96", ["Støttesystemerne - Bølge 9"], 3,
         [("organisationsstruktur", "HR-direktøren", "KOMBIT", [2, 3], None, 2, 3)],
         [(-5, "arbejdsdage", "go-live", "organisationsstruktur")]),
    ],
    "md-ydelsesrefusion-hverdage.md.txt": [
        ("8641", ["Ydelsesrefusion - Bølge 2"], 3,
         [("fuldmagt", "økonomichefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-8, "arbejdsdage", "første opgørelse", "fuldmagt")]),
        ("8642", ["Ydelsesrefusion - Bølge 2"], 2,
         [],
         [(2, "arbejdsdage", "modtagelse", "kontrollen")]),
    ],
    "tsv-ky-ordbilleder-fra-word.tsv.txt": [
        ("KY 34", ["KY - Bølge 9"], 3,
         [("oversigt", "kommunaldirektøren", "KOMBIT", [2, 3], None, 2, 3)],
         [(-4, "uger", "go-live", "oversigt")]),
        ("KY 35", ["KY - Bølge 9"], 3,
         [("testgodkendelse", "ydelseschefen", "KOMBIT", [2, 3], None, 2, 3)],
         [(5, "arbejdsdage", "testens afslutning", "testgodkendelse")]),
    ],
}
