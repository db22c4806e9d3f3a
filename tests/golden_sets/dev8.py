"""Expectations for an eleventh set of exports (tests/fixtures/exports/dev8), both formats, written (with
these expectations) before the parser was changed for them: a signer in a 'tegner' construction ('X
tegner kommunen og underskriver Y', 'X, der tegner kommunen i denne sag'); a signer with its place
('afdelingschefen i Økonomiafdelingen', 'chefen i Center for Arbejdsmarked', 'lederen i Pensionsteamet');
a power of attorney created for a party and approved by someone ('oprette en fuldmagt til X i NemLog-in
... godkendes af Y', 'Der oprettes en fuldmagt til X', 'opretter i NemLog-in en fuldmagt til X, som
skal godkendes af Y'); a recipient and a deadline in one ('skal være X i hænde senest ...', 'skal tilgå
X', 'skal ligge hos X', 'skal være modtaget af/hos X'); 'Kombit' in mixed and lower case; recipients
'indsendes til', 'oversendes til', 'videresendes til', 'fremsendes elektronisk til'; signed steps
worded 'Aftalen underskrives', 'Aftalen skrives under af X', 'Indhent lederens underskrift', 'Forelæg
X til underskrift', 'Sørg for, at X underskriver', 'Bed X om at godkende'; deadlines in every unit,
before and after go-live, after receipt and other anchors, numbers in words; Word dashes in waves.

`python tests/test_exports_golden_sets.py dev8 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev8"
# Conventions as in dev7.py. A power of attorney created for a party and approved by
# someone is signed by whoever approves it, with the party it is for as its recipient; the step that
# approves it signs it. (First written with the step that creates it among its steps; corrected before
# any parser change for it to the convention of dev4.py and
# tests/test_signature_wordings_more.py: 'Opret fuldmagten', like 'Udfyld blanketten', is none of them.
# A request to approve it sent as a paper of its own ('Send godkendelsesanmodningen til X') is not it.)
# A signer who 'tegner kommunen' and signs is the signer. A name keeps its place ('i Økonomiafdelingen').
# 'Kombit' in any case is KOMBIT. The party in whose hands the paper must be ('være X i hænde', 'tilgå
# X', 'ligge hos X') is its recipient.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-ky-tegner-kommunen.md.txt": [
        ("6811", ["KY - Bølge 15"], 3,
         [("tillægsaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "tillægsaftale")]),
        ("6812", ["KY - Bølge 15"], 4,
         [("erklæring", "afdelingschefen i Økonomiafdelingen", "KOMBIT", [3, 4], None, 3, 4)],
         [(10, "arbejdsdage", "opstartsmødet", "erklæring")]),
        ("6813", ["KY - Bølge 15"], 2,
         [],
         [(-2, "uger", "go-live", "testen"), (5, "arbejdsdage", "testens afslutning", "resultatet")]),
    ],
    "tsv-nemlogin-opret-fuldmagt.tsv.txt": [
        ("NL 381", ["NemLog-in - Bølge 7"], 3,
         # first written 'den tegningsberettigede': an adjective alone loses its article, as 'den
         # dataansvarlige' -> 'dataansvarlige' in tests/test_signature_step_wordings.py
         [("fuldmagt", "tegningsberettigede", "KOMBIT", [3], None, 3, None)],
         [(-10, "arbejdsdage", "go-live", "fuldmagt")]),
        ("NL 382", ["NemLog-in - Bølge 7"], 3,
         [("fuldmagt", "kommunens tegningsberettigede", "Udbetaling Danmark", [2], None, 2, None)],
         [(3, "uger", "modtagelse", "fuldmagt")]),
        ("NL 383", ["NemLog-in - Bølge 7"], 2,
         [],
         [(-1, "måneder", "go-live", "brugerne")]),
    ],
    "md-ksd-ydelsescentret-i-haende.md.txt": [
        ("6821", ["KSD - Bølge 12"], 4,
         [("databehandleraftale", "afdelingslederen i Ydelsescentret", "KMD", [1, 2, 3, 4], 1, 3, 4)],
         [(15, "dage", "modtagelse", "databehandleraftale")]),
        ("6822", ["KSD - Bølge 12"], 3,
         [("bemyndigelse", "chefen i Center for Arbejdsmarked", "KOMBIT", [2, 3], None, 2, 3)],
         [(-4, "uger", "første testperiode", "bemyndigelse")]),
        ("6823", ["KSD - Bølge 12"], 2,
         [],
         # first written 'superbrugerne'; the convention is the object of the perfect ('Superbrugerne skal
         # have gennemført uddannelsen' is about the training: knowledge/deadlines.py _MUST_HAVE)
         [(-6, "arbejdsdage", "go-live", "uddannelsen")]),
    ],
    "tsv-kp-indsendes-tilgaa.tsv.txt": [
        ("KP 381", ["KP - Bølge 14"], 3,
         [("samarbejdsaftale", "pensionschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-20, "arbejdsdage", "go-live", "samarbejdsaftale")]),
        ("KP 382", ["KP - Bølge 14"], 3,
         [("ledelseserklæring", "økonomidirektøren", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(2, "måneder", "go-live", "ledelseserklæring")]),
        ("KP 383", ["KP - Bølge 14"], 2,
         [],
         [(10, "arbejdsdage", "første udbetaling", "afstemningen")]),
    ],
    "md-sp-kombit-blandet.md.txt": [
        ("6831", ["Serviceplatformen - Bølge 9"], 3,
         [("tilslutningsaftale", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("6832", ["Serviceplatformen - Bølge 9"], 3,
         [("anvendelseserklæring", "direktøren i Teknik og Miljø", "KOMBIT", [2, 3], None, 2, 3)],
         [(-1, "uger", "første test", "anvendelseserklæring")]),
        ("6833", ["Serviceplatformen - Bølge 9"], 2,
         [],
         [(-14, "dage", "udløb", "certifikatet")]),
    ],
    "tsv-dp-modtages-til-underskrift.tsv.txt": [
        ("DP 381", ["Digital Post - Bølge 11"], 3,
         [("afsenderaftale", "borgmesteren og kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "afsenderaftale")]),
        ("DP 382", ["Digital Post - Bølge 11"], 3,
         [("erklæring", "digitaliseringschefen", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "erklæring")]),
        ("DP 383", ["Digital Post - Bølge 11"], 2,
         [],
         [(-3, "uger", "første forsendelse", "funktionspostkasserne")]),
    ],
    "md-sapa-oprette-fuldmagt.md.txt": [
        ("6861", ["SAPA - Bølge 9"], 3,
         [("fuldmagt", "kommunaldirektøren", "Netcompany", [2, 3], None, 2, None)],
         [(-2, "uger", "første test", "fuldmagt")]),
        ("6862", ["SAPA - Bølge 9"], 3,
         [("tiltrædelseserklæring", "social- og sundhedschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(45, "dage", "modtagelse", "tiltrædelseserklæring")]),
        ("6863", ["SAPA - Bølge 9"], 2,
         [],
         [(-5, "arbejdsdage", "go-live", "sagsbehandlerne")]),
    ],
    "tsv-sts-tegner-og-blanket.tsv.txt": [
        ("STS 381", ["Støttesystemerne - Bølge 14"], 3,
         [("rammeaftale", "vicekommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-8, "uger", "go-live", "rammeaftale")]),
        ("STS 382", ["Støttesystemerne - Bølge 14"], 3,
         [("udpegningsblanket", "direktøren i Center for Digitalisering", "KOMBIT", [2, 3], None, 2, 3)],
         [(10, "arbejdsdage", "start", "udpegningsblanket")]),
        ("STS 383", ["Støttesystemerne - Bølge 14"], 2,
         [],
         [(3, "uger", "go-live", "rollerne")]),
    ],
    "md-kp-skrives-under-af.md.txt": [
        ("6871", ["KP - Bølge 14"], 3,
         [("indberetningsaftale", "ydelseschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(30, "dage", "modtagelse", "indberetningsaftale")]),
        ("6872", ["KP - Bølge 14"], 3,
         [("kontrolskema", "lederen i Pensionsteamet", "KOMBIT", [2, 3], None, 2, 3)],
         [(2, "uger", "go-live", "kontrolskema")]),
        ("6873", ["KP - Bølge 14"], 2,
         [],
         [(5, "arbejdsdage", "første udbetaling", "fejllisten")]),
    ],
    "tsv-ky-ligge-hos-og-fremsend.tsv.txt": [
        ("KY 391", ["KY - Bølge 15"], 3,
         [("dataudvekslingsaftale", "kommunens dataansvarlige", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(-5, "uger", "go-live", "dataudvekslingsaftale")]),
        ("KY 392", ["KY - Bølge 15"], 3,
         [("testgodkendelse", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(7, "arbejdsdage", "testens afslutning", "testgodkendelse")]),
        ("KY 393", ["KY - Bølge 15"], 2,
         [],
         [(-2, "måneder", "go-live", "ydelseskoderne")]),
    ],
    "md-nemlogin-fuldmagt-kmd.md.txt": [
        ("6881", ["NemLog-in - Bølge 7"], 3,
         [("fuldmagt", "den tegningsberettigede direktør", "KMD", [3], None, 3, None)],
         [(-20, "dage", "go-live", "fuldmagt")]),
        ("6882", ["NemLog-in - Bølge 7"], 3,
         # the step's naming first ('kommunens X' is no fuller naming), as 7222 in dev7.py
         [("erklæring", "it-sikkerhedschefen", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(-1, "måneder", "go-live", "erklæring")]),
        ("6883", ["NemLog-in - Bølge 7"], 2,
         [],
         [(10, "dage", "go-live", "medarbejdersignaturerne")]),
    ],
    "tsv-sapa-kombit-smaa-bogstaver.tsv.txt": [
        ("SAPA 391", ["SAPA - Bølge 9"], 3,
         [("databehandleraftale", "direktøren for Børn og Unge", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(4, "uger", "modtagelse", "databehandleraftale")]),
        ("SAPA 392", ["SAPA - Bølge 9"], 3,
         [("servicebeskrivelse", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-14, "arbejdsdage", "go-live", "servicebeskrivelse")]),
        ("SAPA 393", ["SAPA - Bølge 9"], 2,
         [],
         [(3, "dage", "go-live", "sagerne")]),
    ],
    # A second batch, committed with its baseline before the parser was changed for it: 'forsynes med
    # underskrift fra X', 'i underskrevet form', 'Der skal indhentes underskrift fra X på Y', 'kræver
    # underskrift fra X', 'sendes til underskrift hos X', 'godkendes og underskrives af X', 'X, som tegner
    # kommunen, underskriver'; recipients 'tilbagesendes til', 'retur til afsender', 'X skal modtage',
    # 'skal tilbage til X', 'på Kombits supportportal'; signers 'i Ydelsesservice', 'i HR og Personale';
    # deadlines 'forud for', 'mindst', 'fra modtagelse af', 'Frist:', 'hverdage', own anchors.
    "md-ky-underskrevet-form.md.txt": [
        ("6891", ["KY - Bølge 16"], 3,
         [("snitfladeaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-25, "arbejdsdage", "go-live", "snitfladeaftale")]),
        ("6892", ["KY - Bølge 16"], 3,
         [("risikovurdering", "informationssikkerhedschefen", "KOMBIT", [2, 3], None, 2, 3)],
         []),
        ("6893", ["KY - Bølge 16"], 2,
         [],
         [(-10, "arbejdsdage", "go-live", "testcasene")]),
    ],
    "tsv-ksd-tilbagesendes.tsv.txt": [
        ("KSD 401", ["KSD - Bølge 13"], 3,
         [("samtykkeerklæring", "socialdirektøren", "KMD", [1, 2, 3], 1, 2, 3)],
         [(1, "måneder", "modtagelse", "samtykkeerklæring")]),
        ("KSD 402", ["KSD - Bølge 13"], 3,
         [("bestillingsblanket", "sektionslederen i Ydelsesservice", "KOMBIT", [2, 3], None, 2, 3)],
         [(-15, "arbejdsdage", "første testdag", "bestillingsblanket")]),
        ("KSD 403", ["KSD - Bølge 13"], 2,
         [],
         [(-1, "uger", "konverteringen", "gamle sager")]),
    ],
    "md-dp-sendes-til-underskrift.md.txt": [
        ("6894", ["Digital Post - Bølge 12"], 4,
         [("printaftale", "borgerservicechefen", "printleverandøren", [1, 2, 3, 4], 1, 3, 4)],
         [(-20, "dage", "første forsendelse", "printaftale")]),
        ("6895", ["Digital Post - Bølge 12"], 3,
         [("tilslutningserklæring", "digitaliseringschefen", "Digitaliseringsstyrelsen", [2, 3], None, 2, 3)],
         [(-6, "uger", "go-live", "tilslutningserklæring")]),
        ("6896", ["Digital Post - Bølge 12"], 2,
         [],
         [(10, "dage", "modtagelse", "testforsendelserne")]),
    ],
    "tsv-sp-underskrift-fra.tsv.txt": [
        ("SP 401", ["Serviceplatformen - Bølge 10"], 3,
         [("aftale", "direktøren for Borgerservice og Digitalisering", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "aftale")]),
        ("SP 402", ["Serviceplatformen - Bølge 10"], 3,
         [("serviceaftale", "it-direktøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(5, "uger", "start", "serviceaftale")]),
        ("SP 403", ["Serviceplatformen - Bølge 10"], 2,
         [],
         [(3, "måneder", "go-live", "certifikaterne")]),
    ],
    "tsv-kp-sektionsleder-i.tsv.txt": [
        ("KP 401", ["KP - Bølge 15"], 3,
         [("udbetalingsaftale", "afdelingschefen i Pensionsafdelingen", "Udbetaling Danmark", [1, 2, 3], 1, 2,
           3)],
         [(20, "dage", "modtagelse", "udbetalingsaftale")]),
        ("KP 402", ["KP - Bølge 15"], 3,
         # first written 'kommunens tegningsberettigede': the step's naming first, 'kommunens' alone makes no
         # fuller naming (the convention of 6882 above and dev2.py)
         [("fuldmagt", "tegningsberettigede", "Udbetaling Danmark", [3], None, 3, None)],
         [(-2, "uger", "go-live", "fuldmagt")]),
        ("KP 403", ["KP - Bølge 15"], 2,
         [],
         [(4, "arbejdsdage", "kørslen", "første kørsel")]),
    ],
    "md-sts-tegner-og-i-haende.md.txt": [
        ("6897", ["Støttesystemerne - Bølge 15"], 3,
         [("tiltrædelseserklæring", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-2, "måneder", "go-live", "tiltrædelseserklæring")]),
        ("6898", ["Støttesystemerne - Bølge 15"], 3,
         [("blanket", "chefen i HR og Personale", "KOMBIT", [2, 3], None, 2, 3)],
         [(10, "arbejdsdage", "opstartsmødet", "blanket")]),
        ("6899", ["Støttesystemerne - Bølge 15"], 2,
         [],
         [(-3, "uger", "kursusstart", "tilmeldingen til kurset")]),
    ],
    # A third batch, committed with its baseline before the parser was changed for it: signing steps
    # 'Sørg for underskrift fra X', 'Underskriv og returnér', 'Lad X signere', 'Præsentér X for Y, som
    # godkender det', 'X sætter sin underskrift på', 'Underskrivelse af aftalen (X)', 'Erklæringen skrives
    # under'; recipients 'KOMBIT skal have aftalen retur', 'fremsendes i underskrevet stand til', 'lægges i
    # KLIK, hvor KOMBIT henter den', 'sendes med almindelig post til', 'retur til os', 'modtaget hos'.
    "md-ksd-sorg-for-underskrift.md.txt": [
        ("6901", ["KSD - Bølge 14"], 3,
         [("serviceaftale", "jobcenterchefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(3, "uger", "modtagelse", "serviceaftale")]),
        ("6902", ["KSD - Bølge 14"], 3,
         # first written 'instruks': the one compound the task names with that ending is the paper
         # (signatures._full_names: 'Rapporten' of the one 'testrapport'), here the title's
         [("databehandlerinstruks", "kommunens dataansvarlige direktør", "Netcompany", [2], None, 2, 2)],
         [(-10, "arbejdsdage", "første test", "databehandlerinstruks")]),
        ("6903", ["KSD - Bølge 14"], 2,
         [],
         [(5, "arbejdsdage", "go-live", "gamle brugere")]),
    ],
    "tsv-ky-lad-signere-og-laeg.tsv.txt": [
        ("KY 411", ["KY - Bølge 16"], 3,
         [("tilslutningsaftale", "kommunaldirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("KY 412", ["KY - Bølge 16"], 3,
         [("bilag 4", "ydelseschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(2, "uger", "opstartsmødet", "bilag 4")]),
        ("KY 413", ["KY - Bølge 16"], 2,
         [],
         [(-5, "uger", "go-live", "testmiljøet")]),
    ],
    "md-sapa-saetter-underskrift.md.txt": [
        ("6904", ["SAPA - Bølge 10"], 3,
         [("samarbejdsaftale", "borgmesteren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-8, "uger", "go-live", "samarbejdsaftale")]),
        ("6905", ["SAPA - Bølge 10"], 3,
         [("fortrolighedserklæring", "superbrugerne", "KOMBIT", [1, 2, 3], None, 2, 3)],
         [(7, "dage", "uddannelsen", "fortrolighedserklæring")]),
        ("6906", ["SAPA - Bølge 10"], 2,
         [],
         [(-4, "uger", "konverteringen", "datavasken")]),
    ],
    "tsv-dp-underskrivelse-og-post.tsv.txt": [
        ("DP 411", ["Digital Post - Bølge 13"], 3,
         [("fjernprintaftale", "kommunaldirektøren", "KMD", [2, 3], None, 2, 3)],
         [(15, "dage", "modtagelse", "fjernprintaftale")]),
        ("DP 412", ["Digital Post - Bølge 13"], 3,
         [("afsendererklæring", "borgerservicechefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "afsendererklæring")]),
        ("DP 413", ["Digital Post - Bølge 13"], 2,
         [],
         [(2, "uger", "go-live", "postkasserne")]),
    ],
    # A fourth batch, committed with its baseline before the parser was changed for it: 'Underskrift
    # indhentes fra X', 'X skal underskrive', 'forelægges X, der underskriver den', 'Signering (X)', 'Få X
    # til at skrive under', 'tiltrædes af'; recipients 'jeres konsulent fra KOMBIT', 'Udbetaling Danmarks
    # kontraktteam', 'tilbage til afsender', 'Kommunen returnerer ... til', 'Sørg for, at aftalen kommer
    # retur til', 'Det er KOMBIT, der skal have X'.
    "md-kp-konsulent-fra-kombit.md.txt": [
        ("6911", ["KP - Bølge 16"], 3,
         [("dataaftale", "pensionschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-12, "arbejdsdage", "go-live", "dataaftale")]),
        ("6912", ["KP - Bølge 16"], 3,
         [("driftsbilag", "økonomichefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(6, "uger", "opstartsmødet", "driftsbilag")]),
        ("6913", ["KP - Bølge 16"], 2,
         [],
         [(-7, "arbejdsdage", "go-live", "regressionstesten")]),
    ],
    "tsv-sts-forelaegges-der-underskriver.tsv.txt": [
        ("STS 421", ["Støttesystemerne - Bølge 16"], 3,
         [("aftale", "kommunaldirektøren", "KMD", [1, 2, 3], 1, 2, 3)],
         [(3, "uger", "modtagelse", "aftale")]),
        ("STS 422", ["Støttesystemerne - Bølge 16"], 3,
         [("tilslutningsaftale", "direktøren for Økonomi og IT", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-1, "måneder", "go-live", "tilslutningsaftale")]),
        ("STS 423", ["Støttesystemerne - Bølge 16"], 2,
         [],
         [(6, "uger", "go-live", "ubrugte roller")]),
    ],
    "tsv-sp-signering-label.tsv.txt": [
        ("SP 421", ["Serviceplatformen - Bølge 11"], 3,
         [("anvendelsesaftale", "digitaliseringschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(2, "uger", "modtagelse", "anvendelsesaftale")]),
        ("SP 422", ["Serviceplatformen - Bølge 11"], 3,
         [("bemyndigelse", "lederen af Borgerservice", "KOMBIT", [2, 3], None, 2, 3)],
         [(-10, "dage", "første opslag", "bemyndigelse")]),
        ("SP 423", ["Serviceplatformen - Bølge 11"], 2,
         [],
         [(5, "arbejdsdage", "første opslag", "opslagene")]),
    ],
    # A fifth batch, committed with its baseline before the parser was changed for it: a unit named with a
    # place ('i Jobcenter Vest'), a paper no word list knows ('refusionsopgørelsen'), signers without
    # articles ('både borgmester og kommunaldirektør'); deadlines 'kalenderdage', 'efter idriftsættelsen',
    # 'allersenest', 'inden 3 uger efter', two deadlines in one sentence ('... efter modtagelse – dog
    # senest 2 uger før go-live').
    "md-ydelse-kalenderdage.md.txt": [
        ("6921", ["Ydelsesrefusion - Bølge 4"], 3,
         [("refusionsaftale", "afdelingschefen i Jobcenter Vest", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "refusionsaftale"), (-2, "uger", "go-live", "refusionsaftale")]),
        ("6922", ["Ydelsesrefusion - Bølge 4"], 2,
         [],
         [(14, "dage", "go-live", "konteringsreglerne")]),
        ("6923", ["Ydelsesrefusion - Bølge 4"], 3,
         [("refusionsopgørelse", "borgmester og kommunaldirektør", "revisionen", [2, 3], None, 2, 3)],
         [(-1, "uger", "opstartsmødet", "refusionsopgørelse")]),
    ],
    "tsv-bu-allersenest.tsv.txt": [
        ("BU 431", ["Barselsudligning - Bølge 5"], 3,
         [("udligningsaftale", "HR-chefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "udligningsaftale")]),
        ("BU 432", ["Barselsudligning - Bølge 5"], 2,
         [],
         [(3, "uger", "go-live", "lønoplysningerne")]),
        ("BU 433", ["Barselsudligning - Bølge 5"], 3,
         [("samtykkeerklæring", "lønchefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(2, "måneder", "go-live", "samtykkeerklæring")]),
    ],
}
# Each deadline's text as written: the part of the sentence it is read from holds these words.
TEXTS = {
    "6811": ["senest 3 uger før go-live"], "6812": ["senest 10 arbejdsdage efter opstartsmødet"],
    "6813": ["senest 2 uger før go-live", "senest 5 arbejdsdage efter testens afslutning"],
    "NL 381": ["senest 10 arbejdsdage før go-live"], "NL 382": ["3 uger efter modtagelsen"],
    "NL 383": ["senest 1 måned før go-live"], "6821": ["senest 15 dage efter modtagelsen"],
    "6822": ["senest 4 uger før første testperiode"], "6823": ["senest 6 arbejdsdage før go-live"],
    "KP 381": ["senest 20 arbejdsdage før go-live"], "KP 382": ["senest 2 måneder efter go-live"],
    "KP 383": ["inden for 10 arbejdsdage efter den første udbetaling"],
    "6831": ["30 dage før go-live"], "6832": ["senest 1 uge før første test"],
    "6833": ["senest 14 dage før udløb"], "DP 381": ["senest 6 uger før go-live"],
    "DP 382": ["inden for 5 arbejdsdage efter modtagelsen"],
    "DP 383": ["senest 3 uger inden første forsendelse"],
    "6861": ["senest 2 uger før første test"], "6862": ["senest 45 dage efter modtagelsen"],
    "6863": ["senest 5 arbejdsdage før go-live"], "STS 381": ["senest 8 uger før go-live"],
    "STS 382": ["senest 10 arbejdsdage efter opgavens start"], "STS 383": ["inden for 3 uger efter go-live"],
    "6871": ["senest 30 dage efter modtagelsen"], "6872": ["senest 2 uger efter go-live"],
    "6873": ["senest 5 arbejdsdage efter første udbetaling"], "KY 391": ["senest 5 uger før go-live"],
    "KY 392": ["senest 7 arbejdsdage efter testens afslutning"], "KY 393": ["senest 2 måneder før go-live"],
    "6881": ["senest 20 dage før go-live"], "6882": ["senest 1 måned før go-live"],
    "6883": ["senest 10 dage efter go-live"], "SAPA 391": ["senest fire uger efter modtagelsen"],
    "SAPA 392": ["senest 14 arbejdsdage før go-live"], "SAPA 393": ["senest tre dage efter go-live"],
    "6891": ["senest 25 arbejdsdage forud for go-live"], "6893": ["mindst 10 arbejdsdage før go-live"],
    "KSD 401": ["senest 1 måned efter modtagelsen"], "KSD 402": ["15 arbejdsdage før første testdag"],
    "KSD 403": ["senest en uge inden konverteringen"], "6894": ["senest 20 dage før første forsendelse"],
    "6895": ["senest 6 uger før go-live"], "6896": ["senest 10 dage fra modtagelse"],
    "SP 401": ["senest 4 uger før go-live"], "SP 402": ["senest 5 uger efter opgavens start"],
    "SP 403": ["senest 3 måneder efter go-live"], "KP 401": ["senest 20 dage efter modtagelsen"],
    "KP 402": ["senest 2 uger før go-live"], "KP 403": ["inden for 4 hverdage efter kørslen"],
    "6897": ["senest 2 måneder før go-live"], "6898": ["senest 10 arbejdsdage efter opstartsmødet"],
    "6899": ["senest 3 uger før kursusstart"],
    "6901": ["senest 3 uger efter modtagelsen"], "6902": ["senest 10 arbejdsdage før første test"],
    "6903": ["senest 5 hverdage efter go-live"], "KY 411": ["senest 30 dage før go-live"],
    "KY 412": ["senest 2 uger efter opstartsmødet"], "KY 413": ["senest fem uger før go-live"],
    "6904": ["senest 8 uger før go-live"], "6905": ["inden for 7 dage efter uddannelsen"],
    "6906": ["senest 4 uger inden konverteringen"], "DP 411": ["senest 15 dage efter modtagelsen"],
    "DP 412": ["senest 3 uger før go-live"], "DP 413": ["senest 2 uger efter go-live"],
    "6911": ["senest 12 arbejdsdage før go-live"], "6912": ["senest 6 uger efter opstartsmødet"],
    "6913": ["senest 7 arbejdsdage før go-live"], "STS 421": ["senest 3 uger efter modtagelsen"],
    "STS 422": ["senest 1 måned før go-live"], "STS 423": ["senest 6 uger efter go-live"],
    "SP 421": ["senest 2 uger efter modtagelsen"], "SP 422": ["senest 10 dage før første opslag"],
    "SP 423": ["inden for 5 arbejdsdage efter første opslag"],
    "6921": ["10 arbejdsdage efter modtagelse", "senest 2 uger før go-live"],
    "6922": ["senest 14 kalenderdage efter idriftsættelsen"], "6923": ["senest 1 uge før opstartsmødet"],
    "BU 431": ["allersenest 3 uger før go-live"], "BU 432": ["inden 3 uger efter go-live"],
    "BU 433": ["senest to måneder efter idriftsættelsen"],
}


# Broken copies beyond golden_exports.broken_variants: one id for two tasks, an id with a letter for a
# digit, a heading emptied, a title row that lost its tab, a file cut inside a list item, one code for two
# tasks. Each is refused naming file, task and line, and the store is left as it was.
MD, TSV = "md-ky-tegner-kommunen.md.txt", "tsv-nemlogin-opret-fuldmagt.tsv.txt"
MORE_BROKEN = (MD, TSV)
MORE_BROKEN_OTHER = "md-kp-skrives-under-af.md.txt"  # the export the store holds meanwhile


def more_broken(name: str) -> list[tuple[str, str]]:
    text = (DIRECTORY / name).read_text(encoding="utf-8")
    if name == MD:
        return [("dobbelt-id", text.replace("**Master-opgave ID** 6812", "**Master-opgave ID** 6811")),
                ("id-med-bogstav", text.replace("**Master-opgave ID** 6812", "**Master-opgave ID** 68l2")),
                ("tom-overskrift", text.replace("## KY 382 (Økonomi) Erklæring om kontoplan", "## "))]
    return [("titel-uden-tab", text.replace("*Opgavetitel\t(NL 382)", "*Opgavetitel (NL 382)")),
            ("afkortet-i-punkt", text[:text.find("<li>Bed kommunens") + 12]),
            ("samme-kode", text.replace("(NL 382)", "(NL 381)"))]
