"""Golden expectations for an eighth set of exports (tests/fixtures/exports/dev5), both formats, written (with
these expectations) before the parser was changed for them: papers that are 'påtegnes' (endorsed),
'kvitteres' (countersigned), 'godkendes elektronisk', signed after 'skrive under på', 'signere',
'sendes til underskrift hos', 'kræver underskrift af', 'Få X underskrevet af Y'; recipients after
'retursendes til', 'sendes tilbage til', 'uploades til', 'i hænde'; a step that fetches the paper after
logging on; deadlines 'ikke senere end', 'Fristen er ...' and 'Sidste frist for returnering er ...'
(about the paper of the sentence before), 'i ugen før X', 'inden X' after a signer, months, 'opgavens
slutdato' and 'opgavens start'; method steps as '1) ' lines, inline '1) ... 2) ...', paragraphs and
HTML lists; facts as '- ', '• ', '* ' lines, HTML list items with their own markers and a table; Word
dashes (en and em, doubled space) in waves, curly quotes, NBSP and &nbsp;, CRLF; malformed variants.

`python tests/test_exports_golden_sets.py dev5 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev5"
# Conventions as in dev4.py; a paper endorsed ('påtegnes') or countersigned
# ('kvitteres af', 'kvitterer på') by a person is signed by them; an approval of a test result by a
# named person is tracked as one (knowledge/approvals.py: 'testresultatet' names a thing, where 'testen'
# is an activity; this file first said no signature, against that rule); a deadline whose sentence
# names no paper but an act on it ('Sidste frist for
# returnering', 'Fristen er ...') or a person is about the paper of the sentence before; 'i ugen før
# X' is one week before X; 'opgavens slutdato' and 'opgavens start' are the task's end and start.
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-sp-paategning-crlf.md.txt": [
        ("8701", ["Serviceplatformen - Bølge 4"], 3,
         [("tilslutningsaftale", "it-chefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-15, "arbejdsdage", "go-live", "tilslutningsaftale")]),
        ("8702", ["Serviceplatformen - Bølge 4"], 3,
         [],
         [(3, "uger", "opstartsmødet", "certifikatet")]),
        ("8703", ["Serviceplatformen - Bølge 4"], 3,
         [("serviceaftale", "digitaliseringschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "serviceaftale")]),
    ],
    "tsv-nemlogin-skrive-under.tsv.txt": [
        ("NL 71", ["NemLog-in - Bølge 3"], 3,
         [("brugeradministrationsaftale", "kommunaldirektøren", "Digitaliseringsstyrelsen", [1, 2, 3],
           1, 2, 3)],
         [(-2, "uger", "go-live", "brugeradministrationsaftale")]),
        ("NL 72", ["NemLog-in - Bølge 3"], 2,
         [("fuldmagt", "kommunens NemLog-in administrator", None, [2], None, 2, None)],
         [(0, "dage", "opstartsmødet", "fuldmagt")]),
        ("NL 73", ["NemLog-in - Bølge 3"], 3,
         [],
         [(-1, "uger", "go-live", "testen")]),
    ],
    "md-dp-i-underskrevet-stand.md.txt": [
        ("8711", ["Digital Post - Bølge 6"], 3,
         [("aftale", "direktøren for Borgerservice", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(20, "arbejdsdage", "modtagelse", "aftale")]),
        ("8712", ["Digital Post - Bølge 6"], 3,
         [],
         [(-5, "arbejdsdage", "go-live", "postkasserne")]),
    ],
    "tsv-ksd-kvitteres-og-godkendes.tsv.txt": [
        ("KSD 121", ["KSD - Bølge 7"], 3,
         [("databehandleraftale", "jobcenterchefen", "KMD", [1, 2, 3], 1, 2, None)],
         [(-1, "måneder", "go-live", "databehandleraftale")]),
        ("KSD 122", ["KSD - Bølge 7"], 3,
         [("serviceaftale", "ydelseschefen", "KMD", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "serviceaftale")]),
        ("KSD 123", ["KSD - Bølge 7"], 3,
         [],
         [(-3, "uger", "konverteringen", "konverteringsdata")]),
    ],
    "md-ky-signere-og-afsnit.md.txt": [
        ("8721", ["KY - Bølge 10"], 3,
         [("bemyndigelse", "ydelseschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-10, "arbejdsdage", "go-live", "bemyndigelse")]),
        ("8722", ["KY - Bølge 10"], 2,
         [],
         [(-6, "uger", "første testkørsel", "stamdata")]),
        ("8723", ["KY - Bølge 10"], 3,
         [("samarbejdsaftale", "kommunaldirektøren", "Netcompany", [1, 2, 3], 1, 2, 3)],
         [(2, "uger", "modtagelse", "samarbejdsaftale")]),
    ],
    "tsv-kp-paategning-og-tabel.tsv.txt": [
        ("KP 131", ["KP - Bølge 9"], 3,
         [("revisionserklæring", "økonomichefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-8, "uger", "go-live", "revisionserklæring")]),
        ("KP 132", ["KP - Bølge 9"], 2,
         [],
         [(-1, "uger", "testen", "pensionsdata")]),
    ],
    "md-sts-ikke-senere-end.md.txt": [
        ("8731", ["Støttesystemerne - Bølge 10"], 3,
         [("tilslutningsaftale", "informationssikkerhedschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "tilslutningsaftale")]),
        ("8732", ["Støttesystemerne - Bølge 10"], 2,
         [],
         [(3, "måneder", "go-live", "rollerne")]),
    ],
    "tsv-dp-afsendererklaering-crlf.tsv.txt": [
        ("DP 41", ["Digital Post - Bølge 6"], 3,
         [("afsendererklæring", "direktøren for Digitalisering", "Digitaliseringsstyrelsen", [2, 3],
           None, 2, 3)],
         [(-4, "uger", "go-live", "afsendererklæring")]),
        ("DP 42", ["Digital Post - Bølge 6"], 3,
         [("testresultat", "projektlederen", None, [], None, None, None)],
         [(2, "uger", "go-live", "testen")]),
    ],
    "md-ky-sidste-frist.md.txt": [
        ("8741", ["KY - Bølge 10"], 3,
         [("fuldmagt", "borgmesteren", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "fuldmagt")]),
        ("8742", ["KY - Bølge 10"], 2,
         [],
         [(-4, "uger", "uddannelsesstart", "tilmeldingen")]),
    ],
    "tsv-sapa-start-og-slut.tsv.txt": [
        ("SAPA 51", ["SAPA - Bølge 6"], 3,
         [("tiltrædelseserklæring", "social- og sundhedsdirektøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-5, "arbejdsdage", "slut", "tiltrædelseserklæring")]),
        ("SAPA 52", ["SAPA - Bølge 6"], 2,
         [],
         [(3, "uger", "start", "rolleplanen")]),
    ],
    # A second batch, committed with its baseline before the parser was changed for it: recipients
    # after 'skal tilgå X', 'skal ligge hos X', 'skal være modtaget hos X', 'fremsendes til X's
    # kontraktenhed', 'videresendes til', 'indberettes til', 'overdrages til', 'send en scannet kopi til
    # X pr. mail', a signing system that sends it on ('sendes automatisk fra Penneo til KMD'); signing
    # as 'sætter sin underskrift på', 'forsynes med X's signatur', 'kræver en underskrift fra',
    # 'godkendes ved underskrift af', 'skal have X's underskrift', 'tiltrædes', 'accepteres af'; the
    # act on the paper as the deadline's subject ('Overdragelsen skal ske ...', 'Accepten skal
    # foreligge ...'); a step that checks the recipient got it is none of the signature's steps.
    "md-kp-tilgaa-og-ligge-hos.md.txt": [
        ("8751", ["KP - Bølge 10"], 3,
         [("samarbejdsaftale", "pensionschefen", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)],
         [(-25, "arbejdsdage", "go-live", "samarbejdsaftale")]),
        ("8752", ["KP - Bølge 10"], 3,
         [("sikkerhedsbilag", "kommunaldirektøren", "KMD", [1, 2, 3], 1, 2, 3)],
         [(0, "dage", "konverteringen", "sikkerhedsbilag")]),
    ],
    "tsv-ky-modtaget-hos-og-fremsendes.tsv.txt": [
        ("KY 81", ["KY - Bølge 11"], 3,
         [("tilslutningserklæring", "ydelseschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "tilslutningserklæring")]),
        ("KY 82", ["KY - Bølge 11"], 3,
         [("instruks", "den dataansvarlige direktør", "Netcompany", [2, 3], None, 2, 3)],
         [(14, "dage", "kontraktens underskrift", "instruks")]),
    ],
    "md-ksd-penneo-og-scannet.md.txt": [
        ("8761", ["KSD - Bølge 8"], 3,
         [("fuldmagt", "jobcenterchefen", "KMD", [1, 2], 1, 2, None)],
         [(4, "uger", "start", "fuldmagt")]),
        ("8762", ["KSD - Bølge 8"], 3,
         [("sikkerhedserklæring", "informationssikkerhedschefen", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "sikkerhedserklæring")]),
    ],
    "tsv-sp-overdrages-og-indberettes.tsv.txt": [
        ("SP 31", ["Serviceplatformen - Bølge 5"], 3,
         [("anvendelsesaftale", "it-direktøren", "KOMBIT", [1, 2, 3], 1, 2, 3)],
         [(-10, "arbejdsdage", "go-live", "anvendelsesaftale")]),
        ("SP 32", ["Serviceplatformen - Bølge 5"], 3,
         [("administratorerklæring", "digitaliseringschefen", "Netcompany", [2, 3], None, 2, 3)],
         [(1, "uger", "opstartsmødet", "administratorerklæring")]),
    ],
    "md-sts-sign-off-og-accept.md.txt": [
        ("8771", ["Støttesystemerne - Bølge 11"], 2,
         [("anvendelsesvilkår", "it-chefen", None, [2], None, 2, None)],
         [(-2, "uger", "go-live", "anvendelsesvilkår")]),
        ("8772", ["Støttesystemerne - Bølge 11"], 3,
         [],
         [(-8, "uger", "go-live", "opbygningen")]),
    ],
}
