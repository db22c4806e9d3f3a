"""Golden expectations for a fifth set of exports (tests/fixtures/exports/dev2), both formats, written (with
these expectations) before the parser was changed for them: recipients said in varied ways ('fremsendes
til', 'afleveres hos', 'uploades i KLIK til KOMBIT', 'mailes til leverandørens projektleder', 'returneres
underskrevet til', 'sendes retur via', the recipient before the paper: 'Til KOMBIT skal kommunen fremsende
en fuldmagt', 'Send leverandørens projektleder den underskrevne erklæring'), and text deadlines whose
subject is a paper or a step ('Aftalen skal være underskrevet senest ...', 'Senest 10 arbejdsdage efter
modtagelsen skal testrapporten ...', '... inden go-live').

`python tests/test_exports_golden_sets.py dev2 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev2"
# Conventions as in test_exports_dev.py: a signature's steps receive, hand on, sign or send the paper;
# 'kommunens' alone makes no fuller signer; signed_step is the step in which it is signed, returned_step
# the one that sends it on once signed. "inden go-live" is a deadline 0 days before go-live.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-ky-upload-til-kombit.md.txt": [
        ("9601", ["KY - Bølge 6"], 3,
         [("tillægsaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-21, "dage", "go-live", "tillægsaftale")]),
        ("9602", ["KY - Bølge 6"], 4,
         # first 'leverandørens projektleder'; a person at a party is the party (dev3)
         [("testrapport", "økonomichefen", "leverandøren", [3, 4], None, 3, 4)],
         [(10, "arbejdsdage", "modtagelse", "testrapport")]),
        ("9603", ["KY - Bølge 6"], 2,
         [],
         [(0, "dage", "go-live", "uddannelsen"), (-8, "uger", "go-live", "tilmeldingen")]),
    ],
    "tsv-kp-returneres-underskrevet.tsv.txt": [
        ("KP 30", ["KP - Bølge 3"], 3,
         [("databehandleraftale", "pensionschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "databehandleraftale")]),
        ("KP 31", ["KP - Bølge 3"], 3,
         [("fuldmagt", "borgmesteren", "KOMBIT", [2, 3], None, 2, 3)],
         [(0, "dage", "go-live", "fuldmagt")]),
        ("KP 32", ["KP - Bølge 3"], 2,
         [],
         [(2, "uger", "start", "listen over kontaktpersoner")]),
    ],
    "md-dp-fremsendes.md.txt": [
        ("9611", ["Digital Post - Bølge 5"], 3,
         [("tilslutningsaftale", "direktøren", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "tilslutningsaftale")]),
        ("9612", ["Digital Post - Bølge 5"], 4,
         [("testprotokol", "it-ansvarlige", "printleverandøren", [2, 3, 4], 2, 3, 4)],
         [(5, "arbejdsdage", "testen", "testprotokol")]),
        ("9613", ["Digital Post - Bølge 5"], 2,
         [],
         [(-4, "uger", "go-live", "funktionspostkasserne")]),
    ],
    "tsv-sp-leverandoer.tsv.txt": [
        ("SP 60", ["Serviceplatformen - Bølge 4"], 3,
         [("serviceaftale", "systemejeren", None, [2], None, 2, None)],
         [(-10, "arbejdsdage", "go-live", "serviceaftale")]),
        ("SP 61", ["Serviceplatformen - Bølge 4"], 3,
         [("bestillingsblanket", "it-chefen", "KOMBIT", [2, 3], None, 2, 3)],
         [(-3, "uger", "go-live", "bestillingsblanket")]),
        ("SP 62", ["Serviceplatformen - Bølge 4"], 3,
         # first 'leverandørens projektleder'; a person at a party is the party (dev3)
         [("tilslutningserklæring", "kommunaldirektøren", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-14, "dage", "go-live", "tilslutningserklæring")]),
    ],
    "md-ksd-retur-kmd.md.txt": [
        ("9621", ["KSD - Bølge 10"], 3,
         [("samarbejdsaftale", "sygedagpengechefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "samarbejdsaftale")]),
        ("9622", ["KSD - Bølge 10"], 3,
         [("testresultat", "ydelseschefen", "KOMBIT", [2, 3], None, 2, 3)],
         [(5, "dage", "prøvekørslen", "testresultat")]),
        ("9623", ["KSD - Bølge 10"], 2,
         [],
         [(-4, "uger", "go-live", "brevskabelonerne")]),
    ],
    "tsv-ky-uploades-mailes.tsv.txt": [
        ("KY 90", ["KY - Bølge 7"], 4,
         [("bilag 2", "databeskyttelsesansvarlige", "KOMBIT", [1, 3, 4], 1, 3, 4)],
         [(-15, "arbejdsdage", "go-live", "bilag 2")]),
        ("KY 91", ["KY - Bølge 7"], 3,
         [("mapping", "økonomichefen", "Netcompany", [2, 3], None, 2, 3)],
         [(-8, "uger", "go-live", "mapping")]),
    ],
    "md-sts-retur-supportportal.md.txt": [
        ("9631", ["Støttesystemerne - Bølge 8"], 3,
         [("aftale", "it-chefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "go-live", "aftale")]),
        ("9632", ["Støttesystemerne - Bølge 8"], 3,
         [("struktur", "HR-chefen", "KOMBIT", [2, 3], None, 2, 3)],
         [(-30, "dage", "go-live", "organisationsdata"), (-14, "dage", "go-live", "struktur")]),
    ],
    "tsv-nemlogin-til-digst.tsv.txt": [
        ("NL 20", ["Støttesystemerne - Bølge 9"], 3,
         # written None (nothing is sent), but 'KOMBIT skal have en fuldmagt' does say who gets it
         [("fuldmagt", "kommunens NemLog-in administrator", "KOMBIT", [3], None, 3, None)],
         [(-10, "arbejdsdage", "go-live", "fuldmagt")]),
        ("NL 21", ["Støttesystemerne - Bølge 9"], 3,
         [("erklæring", "stadsdirektøren", "Digitaliseringsstyrelsen", [2, 3], None, 2, 3)],
         [(3, "uger", "start", "erklæring")]),
    ],
    "md-ydelse-afleveres-hos.md.txt": [
        ("9641", ["Ydelsesrefusion - Bølge 2"], 3,
         [("aftale", "jobcenterchefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-2, "uger", "go-live", "aftale")]),
        ("9642", ["Ydelsesrefusion - Bølge 2"], 3,
         [("testplan", "afdelingslederen", "leverandøren", [2, 3], None, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "testplan")]),
        ("9643", ["Ydelsesrefusion - Bølge 2"], 2,
         [],
         # written 'driftsdokumentation'; a thing that is no signed paper is named as written
         [(5, "arbejdsdage", "go-live", "driftsdokumentationen")]),
    ],
}
