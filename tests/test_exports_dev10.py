"""Golden tests on a thirteenth set of exports (tests/fixtures/exports/dev10, 28 exports, 84 tasks), both
formats, written with these expectations before the parser was run on them: signers named in new
constructions ('Kommunens underskrift foretages af X', 'underskriften foretages af X', 'X skal skrive
under', 'X skal skrive aftalen under', 'påtegnes af X', 'kvitteres af X', 'medunderskrives af X',
'Underskrivelsen varetages af X', 'X står for underskriften', 'X sætter sit navn under', 'Kommunens
underskriver er X', 'forsynes med X's underskrift / signatur', 'skal bære X's underskrift'); recipients
'sendes (returneres) i underskrevet stand til X'; deadlines in new wording ('i løbet af de første N uger
efter', 'N hverdage før', 'senest N måneder inden opstart', 'ugen før go-live', 'senest måneden før', 'dagen
før konverteringen', numbers as words: 'fem', 'ti', 'tyve', 'fjorten', 'seks', 'en uge'), deadlines in a
table cell or a parenthesis, what a deadline is about said in another sentence; and fixed dates ('senest 1.
april 2027', 'inden 15. marts', 'senest den 15. januar 2027', 'senest 01.03.2027'), kept as a deadline whose
anchor is the date as Danes write it, with `date` only when the text gives the year. Plans and habits with a
date are no deadline ('Kurset afholdes 12. april 2027', 'Go-live er planlagt til 1. maj 2027', 'sendes
normalt den 1. i måneden').

`python tests/test_exports_dev10.py [-v]` prints the per-field figures (as tests/test_exports_dev.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import golden_exports  # noqa: E402

from knowledge.parse import parse_file  # noqa: E402

DEV10 = Path(__file__).parent / "fixtures" / "exports" / "dev10"
# Conventions as in test_exports_dev9.py. A fixed date is `days` 0 at an anchor that is the date ('1. april
# 2027', '15. marts': 'senest', 'inden' and 'den' are not part of it); a deadline in a table cell is about its
# row's first cell, in lower case; 'i løbet af de første N uger efter X' is due N weeks after X.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-ky-foretages-af.md.txt": [
        ("7801", ["KY - Bølge 21"], 3,
         [("tilslutningsaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-5, "uger", "go-live", "tilslutningsaftale")]),
        ("7802", ["KY - Bølge 21"], 2,
         [],
         [(2, "uger", "go-live", "afvigelser")]),
        ("7803", ["KY - Bølge 21"], 2,
         [],
         [(0, "dage", "1. april 2027", "brugeroversigten")]),
    ],
    "tsv-kp-hverdage-og-maaneder.tsv.txt": [
        ("KP 611", ["KP - Bølge 19"], 3,
         [("fuldmagt", "pensionschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-8, "arbejdsdage", "go-live", "fuldmagt")]),
        ("KP 612", ["KP - Bølge 19"], 2,
         [],
         [(-2, "måneder", "start", "pensionsberegningerne")]),
        ("KP 613", ["KP - Bølge 19"], 2,
         [],
         []),
    ],
    "md-dp-skal-skrive-under.md.txt": [
        ("7811", ["Digital Post - Bølge 16"], 3,
         [("afsenderaftale", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-1, "uger", "go-live", "afsenderaftale")]),
        ("7812", ["Digital Post - Bølge 16"], 2,
         [],
         [(-5, "arbejdsdage", "første forsendelse", "testen")]),
        ("7813", ["Digital Post - Bølge 16"], 2,
         [],
         [(0, "dage", "15. marts", "spørgeskemaet")]),
    ],
    "tsv-sapa-kvitteres.tsv.txt": [
        ("SAPA 611", ["SAPA - Bølge 13"], 3,
         [("leveranceerklæring", "afdelingslederen for Familieafdelingen", "leverandøren", [1, 2, 3],
           1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "leveranceerklæring")]),
        ("SAPA 612", ["SAPA - Bølge 13"], 2,
         [],
         [(3, "uger", "opstartsmødet", "e-læringen")]),
        ("SAPA 613", ["SAPA - Bølge 13"], 2,
         [],
         [(14, "dage", "start", "kontaktpersoner")]),
    ],
    "md-ksd-medunderskrives-dato.md.txt": [
        ("7821", ["KSD - Bølge 17"], 3,
         [("samarbejdsaftale", "jobcenterchefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "1. februar 2027", "samarbejdsaftale")]),
        ("7822", ["KSD - Bølge 17"], 2,
         [],
         [(10, "arbejdsdage", "modtagelse", "fejl")]),
        ("7823", ["KSD - Bølge 17"], 2,
         [],
         []),
    ],
    "tsv-sp-underskriften-foretages.tsv.txt": [
        ("SP 611", ["Serviceplatformen - Bølge 14"], 3,
         [("anvendelsesaftale", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "anvendelsesaftale")]),
        ("SP 612", ["Serviceplatformen - Bølge 14"], 2,
         [],
         [(0, "dage", "30. juni 2027", "certifikatet")]),
        ("SP 613", ["Serviceplatformen - Bølge 14"], 2,
         [],
         [(-2, "uger", "go-live", "test af opslag"), (10, "arbejdsdage", "go-live", "test af indberetning")]),
    ],
    "md-nl-paategnes-og-dato.md.txt": [
        ("7831", ["NemLog-in - Bølge 10"], 3,
         [("brugeradministrationsaftale", "digitaliseringschefen", "Digitaliseringsstyrelsen", [1, 2, 3],
           1, 2, 3)],
         [(0, "dage", "15. januar 2027", "brugeradministrationsaftale")]),
        ("7832", ["NemLog-in - Bølge 10"], 2,
         [],
         [(-14, "dage", "go-live", "oprydningen")]),
        ("7833", ["NemLog-in - Bølge 10"], 2,
         [],
         []),
    ],
    "tsv-sts-hverdage-efter.tsv.txt": [
        ("STS 611", ["Støttesystemerne - Bølge 18"], 3,
         [("databehandleraftale", "dataansvarlige", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(12, "arbejdsdage", "modtagelse", "databehandleraftale")]),
        ("STS 612", ["Støttesystemerne - Bølge 18"], 2,
         [],
         [(-3, "arbejdsdage", "go-live", "rollerne")]),
        ("STS 613", ["Støttesystemerne - Bølge 18"], 2,
         [],
         []),
    ],
    "md-ky-ord-for-tal.md.txt": [
        ("7841", ["KY - Bølge 22"], 3,
         [("erklæring", "økonomichefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(-20, "arbejdsdage", "go-live", "erklæring")]),
        ("7842", ["KY - Bølge 22"], 2,
         [],
         [(6, "dage", "prøvekørslen", "resultatet"), (1, "uger", "godkendelsen", "fejl")]),
        ("7843", ["KY - Bølge 22"], 2,
         [],
         [(-3, "måneder", "go-live", "superbrugerne")]),
    ],
    "tsv-dp-dato-uden-aar.tsv.txt": [
        ("DP 621", ["Digital Post - Bølge 17"], 3,
         [("erklæring", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "1. september 2027", "erklæring")]),
        ("DP 622", ["Digital Post - Bølge 17"], 2,
         [],
         [(0, "dage", "1. december", "gennemgangen")]),
        ("DP 623", ["Digital Post - Bølge 17"], 2,
         [],
         []),
    ],
    "md-ksd-tabel-og-parentes.md.txt": [
        ("7851", ["KSD - Bølge 18"], 3,
         [("serviceaftale", "ydelseschefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "serviceaftale")]),
        ("7852", ["KSD - Bølge 18"], 3,
         [],
         [(-4, "uger", "go-live", "testdata"), (5, "arbejdsdage", "testens afslutning", "testrapport")]),
        ("7853", ["KSD - Bølge 18"], 2,
         [],
         []),
    ],
    "tsv-yr-skal-skrive-under.tsv.txt": [
        ("YR 611", ["Ydelsesrefusion - Bølge 6"], 3,
         [("refusionsaftale", "økonomidirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "refusionsaftale")]),
        ("YR 612", ["Ydelsesrefusion - Bølge 6"], 2,
         [],
         [(10, "arbejdsdage", "go-live", "første afstemning")]),
        ("YR 613", ["Ydelsesrefusion - Bølge 6"], 2,
         [("revisorerklæring", "kommunens revisor", "Udbetaling Danmark", [2], None, 2, 2)],
         [(0, "dage", "31. marts 2027", "revisorerklæring")]),
    ],
    "md-sapa-varetages-af.md.txt": [
        ("7861", ["SAPA - Bølge 14"], 3,
         [("tiltrædelseserklæring", "socialdirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-1, "måneder", "go-live", "tiltrædelseserklæring")]),
        ("7862", ["SAPA - Bølge 14"], 3,
         [],
         [(-1, "dage", "konverteringen", "datavasken"), (3, "dage", "konverteringen", "fejllisten")]),
        ("7863", ["SAPA - Bølge 14"], 2,
         [],
         []),
    ],
    "tsv-kp-staar-for-underskriften.tsv.txt": [
        ("KP 621", ["KP - Bølge 20"], 3,
         [("aftale", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "1. marts 2027", "aftale")]),
        ("KP 622", ["KP - Bølge 20"], 2,
         [],
         [(14, "dage", "opstartsmødet", "indberetningen")]),
        ("KP 623", ["KP - Bølge 20"], 2,
         [],
         []),
    ],
    "md-sp-signatur-og-maaned.md.txt": [
        ("7871", ["Serviceplatformen - Bølge 15"], 3,
         [("tilslutningsaftale", "it-chefen", "KLIK", [1, 2, 3], 1, 2, 3)],
         [(-2, "uger", "go-live", "tilslutningsaftale")]),
        ("7872", ["Serviceplatformen - Bølge 15"], 2,
         [],
         [(-1, "måneder", "go-live", "testen")]),
        ("7873", ["Serviceplatformen - Bølge 15"], 2,
         [],
         [(0, "dage", "go-live", "overvågningen af snitfladerne")]),
    ],
    "tsv-bu-navn-under.tsv.txt": [
        ("BU 611", ["Barselsudligning - Bølge 7"], 4,
         [("tilmeldingsblanket", "HR-chefen", "Udbetaling Danmark", [1, 3, 4], 1, 3, 4)],
         [(2, "uger", "modtagelse", "tilmeldingsblanket")]),
        ("BU 612", ["Barselsudligning - Bølge 7"], 2,
         [],
         [(-10, "arbejdsdage", "go-live", "lønoplysningerne for de seneste tre måneder")]),
        ("BU 613", ["Barselsudligning - Bølge 7"], 2,
         [],
         [(0, "dage", "1. november", "første udligning")]),
    ],
    "md-flis-kommunens-underskriver.md.txt": [
        ("7881", ["FLIS - Bølge 4"], 3,
         [("leveranceaftale", "økonomidirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(21, "dage", "modtagelse", "leveranceaftale")]),
        ("7882", ["FLIS - Bølge 4"], 2,
         [],
         [(3, "uger", "første dataleverance", "afvigelser")]),
        ("7883", ["FLIS - Bølge 4"], 2,
         [],
         [(-2, "måneder", "go-live", "dataansvarlig for FLIS")]),
    ],
    "tsv-sdp-blanket-og-dato.tsv.txt": [
        ("SDP 611", ["Sygedagpenge - Bølge 3"], 3,
         [("blanket", "sygedagpengechefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "14. februar 2027", "blanket")]),
        ("SDP 612", ["Sygedagpenge - Bølge 3"], 2,
         [],
         [(5, "arbejdsdage", "konverteringen", "sagerne")]),
        ("SDP 613", ["Sygedagpenge - Bølge 3"], 2,
         [],
         []),
    ],
    # A second batch (6 exports, 18 tasks), committed with its baseline before the parser was changed for it:
    # 'på vegne af kommunen af X', 'Underskrivende part for kommunen er X', 'sætte sin signatur på',
    # 'returneres med X's underskrift til Y', 'Signeringen sker ved X', 'sendes retur, når den er underskrevet
    # af X'; 'med en frist på N arbejdsdage fra modtagelsen', 'tidligst' (no deadline), 'Fristen for at ... er
    # <date>', 'pr. <date>', 'Deadline: 15.04.2027', 'senest fredag den 4. juni 2027', 'N måneder forud for',
    # a three-column table, a duration ('bevares i 12 måneder efter go-live') and '48 timer' (no unit).
    "md-ky-paa-vegne-af.md.txt": [
        ("7891", ["KY - Bølge 23"], 3,
         [("aftale", "økonomichefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "aftale")]),
        ("7892", ["KY - Bølge 23"], 2,
         [],
         [(-2, "uger", "go-live", "testen")]),
        ("7893", ["KY - Bølge 23"], 2,
         [],
         [(0, "dage", "1. marts 2027", "kontaktpersoner")]),
    ],
    "tsv-ksd-signatur-paa.tsv.txt": [
        ("KSD 631", ["KSD - Bølge 19"], 3,
         [("fuldmagt", "jobcenterchefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "fuldmagt")]),
        ("KSD 632", ["KSD - Bølge 19"], 2,
         [],
         [(0, "dage", "1. juni 2027", "lukningen")]),
        ("KSD 633", ["KSD - Bølge 19"], 2,
         [],
         []),
    ],
    "md-dp-returneres-med-underskrift.md.txt": [
        ("7901", ["Digital Post - Bølge 18"], 3,
         [("tilslutningsblanket", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "tilslutningsblanket")]),
        ("7902", ["Digital Post - Bølge 18"], 3,
         [],
         [(1, "uger", "modtagelse", "testresultatet")]),
        ("7903", ["Digital Post - Bølge 18"], 2,
         [],
         [(0, "dage", "15. april 2027", None)]),
    ],
    "tsv-sapa-signeringen-sker.tsv.txt": [
        ("SAPA 631", ["SAPA - Bølge 15"], 2,
         [("databehandleraftale", "databeskyttelsesrådgiveren", "Netcompany", [1, 2], 1, 2, None)],
         [(-20, "arbejdsdage", "go-live", "databehandleraftale")]),
        ("SAPA 632", ["SAPA - Bølge 15"], 3,
         [],
         [(5, "arbejdsdage", "konverteringen", "stikprøver")]),
        ("SAPA 633", ["SAPA - Bølge 15"], 2,
         [],
         []),
    ],
    "md-sp-naar-underskrevet.md.txt": [
        ("7911", ["Serviceplatformen - Bølge 16"], 3,
         [("tilslutningsaftale", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(2, "uger", "modtagelse", "tilslutningsaftale")]),
        ("7912", ["Serviceplatformen - Bølge 16"], 3,
         [],
         [(0, "dage", "4. juni 2027", "systemcertifikatet")]),
        ("7913", ["Serviceplatformen - Bølge 16"], 2,
         [],
         [(-2, "måneder", "go-live", "adgang")]),
    ],
    "tsv-kp-underskrivende-part.tsv.txt": [
        ("KP 631", ["KP - Bølge 21"], 3,
         [("samarbejdsaftale", "pensionschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "samarbejdsaftale")]),
        ("KP 632", ["KP - Bølge 21"], 2,
         [],
         [(-30, "dage", "go-live", "kontrol af adresser"), (-14, "dage", "go-live", "kontrol af bankkonti")]),
        ("KP 633", ["KP - Bølge 21"], 2,
         [],
         []),
    ],
    # A third batch (4 exports, 12 tasks), committed with its baseline before the parser was changed for
    # it: 'efter underskrift fremsendes til X', 'godkendes og underskrives digitalt af X og mailes i
    # underskrevet stand til supporten hos Y', 'Få X til at underskrive', 'via KLIK til KOMBIT', a paper's
    # deadline said as 'Underskriften skal ske senest ...'; deadlines fronted without 'senest', 'når der er
    # 14 dage til go-live', 'med mindst N arbejdsdages varsel før', 'Fristen er fastsat til ...', a bracket
    # with more after the anchor, 'finder sted fire uger før' (none), 'inden udgangen af marts 2027',
    # 'ultimo juni 2027'. A signer named by an adjective has no article ('systemansvarlige'), as before.
    "md-ky-naar-der-er.md.txt": [
        ("7921", ["KY - Bølge 24"], 3,
         [("tillæg", "kommunaldirektøren", "KMD", [1, 2, 3], 1, 2, 3)],
         []),
        ("7922", ["KY - Bølge 24"], 3,
         [("testplan", "styregruppen", None, [2], None, 2, None)],
         [(-3, "uger", "go-live", "testplan"), (-14, "dage", "go-live", "arbejdet med testdata")]),
        ("7923", ["KY - Bølge 24"], 2,
         [],
         [(0, "dage", "31. marts 2027", "afstemningen")]),
    ],
    "tsv-nl-mailes-i-underskrevet-stand.tsv.txt": [
        ("NL 641", ["NemLog-in - Bølge 11"], 3,
         [("erklæring", "systemansvarlige", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "erklæring")]),
        ("NL 642", ["NemLog-in - Bølge 11"], 2,
         [],
         [(-10, "arbejdsdage", "go-live", "spærringen")]),
        ("NL 643", ["NemLog-in - Bølge 11"], 2,
         [],
         []),
    ],
    "md-dp-faa-til-at-underskrive.md.txt": [
        ("7931", ["Digital Post - Bølge 19"], 3,
         [("aftale", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-5, "uger", "go-live", "aftale")]),
        ("7932", ["Digital Post - Bølge 19"], 3,
         [],
         [(-2, "uger", "første masseforsendelse", "testen")]),
        ("7933", ["Digital Post - Bølge 19"], 2,
         [],
         [(-6, "uger", "go-live", "postansvarlig")]),
    ],
    "tsv-ksd-efter-underskrift.tsv.txt": [
        ("KSD 641", ["KSD - Bølge 20"], 3,
         [("aftale", "ydelseschefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "konverteringen", "aftale")]),
        ("KSD 642", ["KSD - Bølge 20"], 2,
         [],
         [(-2, "uger", "go-live", "adgang")]),
        ("KSD 643", ["KSD - Bølge 20"], 2,
         [],
         [(0, "dage", "30. juni 2027", "evalueringsskemaet")]),
    ],
}
TEXTS = {
    "7801": ["senest fem uger før go-live"],
    "7802": ["i løbet af de første to uger efter go-live"],
    "7803": ["senest 1. april 2027"],
    "KP 611": ["senest 8 hverdage før go-live"],
    "KP 612": ["senest to måneder inden opstart"],
    "7811": ["ugen før go-live"],
    "7812": ["fem arbejdsdage før første forsendelse"],
    "7813": ["inden 15. marts"],
    "SAPA 611": ["inden for fem arbejdsdage efter modtagelsen"],
    "SAPA 612": ["i løbet af de første tre uger efter opstartsmødet"],
    "SAPA 613": ["14 dage efter opgavens start"],
    "7821": ["senest 1. februar 2027"],
    "7822": ["senest ti arbejdsdage efter modtagelsen"],
    "SP 611": ["tre uger før go-live"],
    "SP 612": ["senest 30. juni 2027"],
    "SP 613": ["2 uger før go-live", "10 arbejdsdage efter go-live"],
    "7831": ["senest den 15. januar 2027"],
    "7832": ["senest fjorten dage før go-live"],
    "STS 611": ["inden for 12 hverdage efter modtagelsen"],
    "STS 612": ["senest tre hverdage før go-live"],
    "7841": ["senest tyve arbejdsdage før go-live"],
    "7842": ["senest seks dage efter prøvekørslen", "inden for en uge efter godkendelsen"],
    "7843": ["tre måneder før go-live"],
    "DP 621": ["senest 1. september 2027"],
    "DP 622": ["inden den 1. december"],
    "7851": ["senest 6 uger før go-live"],
    "7852": ["4 uger før go-live", "5 arbejdsdage efter testens afslutning"],
    "YR 611": ["senest 30 dage før go-live"],
    "YR 612": ["i løbet af de første 10 arbejdsdage efter go-live"],
    "YR 613": ["inden 31. marts 2027"],
    "7861": ["senest en måned før go-live"],
    "7862": ["dagen før konverteringen", "senest 3 dage efter konverteringen"],
    "KP 621": ["senest 01.03.2027"],
    "KP 622": ["inden for de første fjorten dage efter opstartsmødet"],
    "7871": ["senest to uger før go-live"],
    "7872": ["senest måneden før go-live"],
    "7873": ["senest ved go-live"],
    "BU 611": ["inden for to uger efter modtagelsen"],
    "BU 612": ["senest 10 hverdage før go-live"],
    "BU 613": ["inden 1. november"],
    "7881": ["senest 21 dage efter modtagelsen"],
    "7882": ["inden for de første 3 uger efter den første dataleverance"],
    "7883": ["senest 2 måneder før go-live"],
    "SDP 611": ["senest 14.02.2027"],
    "SDP 612": ["i løbet af de første fem arbejdsdage efter konverteringen"],
    "7891": ["10 arbejdsdage fra modtagelsen"],
    "7892": ["senest 2 uger før go-live"],
    "7893": ["1. marts 2027"],
    "KSD 631": ["3 uger før go-live"],
    "KSD 632": ["pr. 1. juni 2027"],
    "7901": ["senest 4 uger før go-live"],
    "7902": ["senest en uge efter"],
    "7903": ["15.04.2027"],
    "SAPA 631": ["20 arbejdsdage før go-live"],
    "SAPA 632": ["senest fem hverdage efter konverteringen"],
    "7911": ["senest to uger efter modtagelsen"],
    "7912": ["senest fredag den 4. juni 2027"],
    "7913": ["to måneder forud for go-live"],
    "KP 631": ["senest 6 uger før go-live"],
    "KP 632": ["30 dage før go-live", "14 dage før go-live"],
    "7922": ["Tre uger før go-live", "når der er 14 dage til go-live"],
    "7923": ["inden udgangen af marts 2027"],
    "NL 641": ["10 arbejdsdage efter modtagelsen"],
    "NL 642": ["10 arbejdsdages varsel før go-live"],
    "7931": ["senest 5 uger før go-live"],
    "7932": ["Senest 2 uger før første masseforsendelse"],
    "7933": ["senest 6 uger før go-live"],
    "KSD 641": ["senest 3 uger før konverteringen"],
    "KSD 642": ["senest to uger før go-live"],
    "KSD 643": ["ultimo juni 2027"],
}
SET = golden_exports.GoldenSet(DEV10, GOLDEN)
FILES = SET.files


def test_every_file_has_a_golden_entry_and_both_formats_are_there():
    SET.check_layout()
    assert len(FILES) >= 28
    assert sorted(TEXTS) == sorted(row[0] for rows in GOLDEN.values() for row in rows if row[4])


@pytest.mark.parametrize("name", FILES)
def test_each_export_yields_what_it_says(name):
    SET.check_file(name)


@pytest.mark.parametrize("name", FILES)
def test_each_deadline_keeps_its_text_as_written(name):
    SET.check_deadline_texts(name, TEXTS)


def test_one_wave_per_name_across_the_set():
    SET.check_one_wave_per_name()


def test_no_list_marker_or_control_character_stays_in_values():
    SET.check_clean_values()


def test_a_fixed_date_has_its_date_only_when_the_text_gives_the_year():
    """'senest 1. april 2027' is dated; 'inden 15. marts' keeps its words, no date (no year is said)."""
    dated = {}
    for name in FILES:
        for task in parse_file(DEV10 / name):
            for d in task.text_deadlines:
                if d.anchor[:1].isdigit():
                    dated[(task.id, d.anchor)] = d.fixed_date
    assert dated == {
        ("7803", "1. april 2027"): date(2027, 4, 1), ("7813", "15. marts"): None,
        ("7821", "1. februar 2027"): date(2027, 2, 1), ("SP 612", "30. juni 2027"): date(2027, 6, 30),
        ("7831", "15. januar 2027"): date(2027, 1, 15), ("DP 621", "1. september 2027"): date(2027, 9, 1),
        ("DP 622", "1. december"): None, ("YR 613", "31. marts 2027"): date(2027, 3, 31),
        ("KP 621", "1. marts 2027"): date(2027, 3, 1), ("BU 613", "1. november"): None,
        ("SDP 611", "14. februar 2027"): date(2027, 2, 14),
        ("7893", "1. marts 2027"): date(2027, 3, 1), ("KSD 632", "1. juni 2027"): date(2027, 6, 1),
        ("7903", "15. april 2027"): date(2027, 4, 15), ("7912", "4. juni 2027"): date(2027, 6, 4),
        ("7923", "31. marts 2027"): date(2027, 3, 31), ("KSD 643", "30. juni 2027"): date(2027, 6, 30)}


@pytest.mark.parametrize("name", FILES)
def test_malformed_variants_are_refused_naming_file_task_and_line(db, tmp_path, name):
    SET.check_malformed(db, tmp_path, name)


def _cut_in_last_task(name: str) -> list[tuple[str, str]]:
    """The file cut at a line end inside its last task: after its description, and after its goal (an
    export that stopped while it was written; no HTML is left open)."""
    text = (DEV10 / name).read_bytes().decode("utf-8")
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    out = []
    for label in ("*Beskrivelse\t", "**Beskrivelse**", "Mål\t", "**Mål**"):
        at = max((i for i, line in enumerate(lines) if line.startswith(label)), default=None)
        if at is not None:
            what = "afkortet-efter-" + label.strip("*\t").lower()
            out.append((what, nl.join(lines[:at + 1]) + nl))
    return out


@pytest.mark.parametrize("name", FILES)
def test_an_export_cut_inside_its_last_task_is_refused(db, tmp_path, name):
    """A file that ends inside its last task (no Metode, no Resultat where every other task has them) is
    refused naming file, task and line, and the store is left as it was (issue 8, item 4)."""
    other = FILES[1] if name == FILES[0] else FILES[0]
    golden_exports.check_refused(db, tmp_path, DEV10, name, _cut_in_last_task(name), other=other)


if __name__ == "__main__":
    SET.main(sys.argv)
