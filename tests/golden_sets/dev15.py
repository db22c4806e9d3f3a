"""Expectations for an eighteenth set of exports (tests/fixtures/exports/dev15, 8 exports, 30 tasks), both
formats (one with an en dash in its wave), in domains no other set uses (Vintertjeneste, Musikskole,
Kolonihaver, Badevand), written with these expectations before the parser was run on them: papers with
names no other set has ('kommissorium', 'kravspecifikation', 'lejeoverenskomst', 'vedtægter', 'allonge',
'hensigtsskrivelse', 'prøvetagningsprogram', 'badevandsprofiler', 'leverancebeskrivelse'); the step that
receives a paper said in new ways ('indhentes fra', 'kommer retur fra', 'modtages fra', 'tilgår', 'ligger
klar i', 'foreligger i', 'Tag imod', 'kommer fra ... via Digital Post') beside a step that only mentions
it ('Orientér driftslederne om, at kommissoriet er på vej', 'Læs aftalen igennem'); the signing step and
the signer in new verbs and forms ('underskrives digitalt af', 'godkendes i NemLog-in af', 'kontrasigneres
af', 'påtegnes af', 'attesteres af', 'accepteres af', 'tiltrædes af X ved underskrift', 'forsynes med X's
underskrift', 'Underskrivelsen af X foretages af Y', 'bliver underskrevet af', 'X sætter sin underskrift
på', 'X skriver under' with no object); deadlines about the paper by a pronoun ('Den skal være X i
hænde'), by the act ('Godkendelsen skal ske', 'Påtegningen skal foreligge', 'Signeringen skal være sket',
'Accepten skal ligge hos'), by a bare 'Fristen er', with the deadline first ('Senest 30 dage før go-live
skal allongen være underskrevet'), and a step's own deadline ('Send informationsbrevet til grundejerne
senest 14 dage før go-live'); papers that are sent, filled in or written but not signed ('sendes til
vejmesteren til orientering', 'Skriv informationsbrevet', 'Det skal være udfyldt').

Not yet in golden_sets.NAMES: 29 of 30 pass since branch s32-parse, which re-applied the s31-sig parser
changes (e6f3e0f) narrower: a short word stands for a compound only where a sentence just before brings it
in with 'en'/'et'; a plural in -er is cut only after two consonants the last a stop or s; the readings of
'Den'/'Det', 'Fristen for X' and papers sent by another party were not needed and stay out. Left: 15401
('Badevandsprofilerne opdateres hvert år. Profilerne skal attesteres af ...' gives 'profil'): reading a
previous sentence's subject as the compound a short word stands for lowered a held-out parse figure.
`python tests/test_exports_golden_sets.py dev15 -v` after adding it to NAMES shows it.

`python tests/test_exports_golden_sets.py dev15 [-v]` prints the per-field figures."""

from __future__ import annotations

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "dev15"
# Conventions as in dev13.py and dev14.py: a signed paper is named in its singular indefinite form, its signer
# as written (as the signing step names it; two signers joined by 'og'); the party that gets the original is
# the recipient; a paper approved is a signature; 'steps' are the steps that receive, sign or send the paper
# (not one that fills it in, reads it or tells others about it); a fuldmagt given to a party has it as
# recipient (as dev11 NS 711); an about that is no signed paper keeps its
# form as written.
# Run before any parser change (main a339c81): 16 of 30 tasks as expected; fields: signature.document 13/20,
# signature.steps 7/20, signature.received_step 7/20, deadline.about 23/31. One expectation was then
# corrected to a convention dev12 already holds, not to the parser's output alone: a noun phrase keeps what
# modifies it (MST 3: 'koncertkalenderen for foråret', as dev12's 'bilag 2 med kontaktoplysninger').
# file -> [(id, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
_VT, _MS, _KH, _BV = ("Vintertjeneste - Bølge 1", "Musikskole - Bølge 2", "Kolonihaver - Bølge 1",
                      "Badevand - Bølge 3")
GOLDEN = {
    "md-vt-indhentes.md.txt": [
        ("15101", [_VT], 3,
         [("rammekontrakt", "vej- og parkchefen", "Vognmandsforeningen", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "rammekontrakt")]),
        ("15102", [_VT], 4,
         [("kommissorium", "teknisk direktør", "KOMBIT", [2, 3, 4], 2, 3, 4)],
         [(20, "arbejdsdage", "modtagelse", "kommissorium")]),
        ("15103", [_VT], 2, [], [(-2, "uger", "go-live", "lagerlisten")]),
        ("15104", [_VT], 3,
         [("databehandleraftale", "databeskyttelsesrådgiveren", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-10, "dage", "go-live", "databehandleraftale")]),
    ],
    "tsv-vt-kommer-retur.tsv.txt": [
        ("VTT 1", [_VT], 3,
         [("kravspecifikation", "flådechefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-8, "uger", "go-live", "kravspecifikation")]),
        ("VTT 2", [_VT], 2, [], [(-3, "uger", "go-live", "vagtplanen")]),
        ("VTT 3", [_VT], 3,
         [("tilslutningserklæring", "kommunaldirektøren", "Vejdirektoratet", [1, 2, 3], 1, 2, 3)],
         [(-4, "uger", "go-live", "tilslutningserklæring")]),
        ("VTT 4", [_VT], 2, [], [(-14, "dage", "go-live", "informationsbrevet")]),
    ],
    "md-ms-foreligger.md.txt": [
        ("15201", [_MS], 3,
         [("lejeoverenskomst", "musikskolelederen", "Kulturhuset", [1, 2, 3], 1, 2, 3)],
         [(-1, "måneder", "go-live", "lejeoverenskomst")]),
        ("15202", [_MS], 2,
         [("vedtægt", "formanden for forældrerådet og musikskolelederen", None, [2], None, 2, None)],
         [(10, "arbejdsdage", "go-live", "vedtægt")]),
        ("15203", [_MS], 2, [], [(-5, "arbejdsdage", "go-live", "elevlisterne")]),
        ("15204", [_MS], 2,
         [("fuldmagt", "kommunens NemLog-in-administrator", "KOMBIT", [1, 2], 1, 2, None)],
         [(-3, "uger", "go-live", "fuldmagt")]),
    ],
    "tsv-ms-navneord.tsv.txt": [
        ("MST 1", [_MS], 3,
         [("samarbejdsaftale", "børne- og ungedirektøren", "skoleafdelingen", [1, 2, 3], 1, 2, 3)],
         [(-2, "uger", "go-live", "samarbejdsaftale")]),
        ("MST 2", [_MS], 3,
         [("udlånskontrakt", "afdelingslederen", None, [2], None, 2, None)],
         [(-1, "uger", "go-live", "udlånskontrakt")]),
        ("MST 3", [_MS], 2, [], [(-6, "uger", "go-live", "koncertkalenderen for foråret")]),
        ("MST 4", [_MS], 3,
         [("hensigtsskrivelse", "kultur- og fritidschefen", "Kulturskolerådet", [1, 2, 3], 1, 2, 3)],
         [(15, "dage", "modtagelse", "hensigtsskrivelse")]),
    ],
    "md-kh-passiv.md.txt": [
        ("15301", [_KH], 3,
         [("allonge", "borgmesteren og kommunaldirektøren", "Kolonihaveforbundet", [1, 2, 3], 1, 2, 3)],
         [(-30, "dage", "go-live", "allonge")]),
        ("15302", [_KH], 2, [], [(5, "arbejdsdage", "go-live", "ventelisten")]),
        ("15303", [_KH], 4,
         [("databehandleraftale", "juristchefen", "leverandøren", [1, 3, 4], 1, 3, 4)],
         [(-2, "uger", "go-live", "databehandleraftale")]),
        ("15304", [_KH], 2, [], [(-4, "uger", "go-live", "bedømmelsesskemaet")]),
    ],
    "tsv-kh-modtages-fra.tsv.txt": [
        ("KHT 1", [_KH], 3,
         [("kreditoraftale", "økonomichefen", "pengeinstituttet", [1, 2, 3], 1, 2, 3)],
         [(-6, "uger", "go-live", "kreditoraftale")]),
        ("KHT 2", [_KH], 3,
         [("prøvetagningsprogram", "miljøchefen", "laboratoriet", [1, 2, 3], 1, 2, 3)],
         [(10, "arbejdsdage", "modtagelse", "prøvetagningsprogram")]),
        ("KHT 3", [_KH], 2, [], [(2, "uger", "go-live", "nøglelisten")]),
    ],
    "md-bv-attesteres.md.txt": [
        ("15401", [_BV], 3,
         [("badevandsprofil", "natur- og miljøchefen", None, [2], None, 2, None)],
         [(-4, "uger", "go-live", "badevandsprofil")]),
        ("15402", [_BV], 3,
         [("aftale", "sundhedschefen", "Livredderforeningen", [1, 2, 3], 1, 2, 3)],
         [(-3, "uger", "go-live", "aftale")]),
        ("15403", [_BV], 2, [],
         [(-8, "uger", "go-live", "bestillingen"), (-1, "uger", "go-live", "skiltene")]),
        ("15404", [_BV], 3,
         [("analyseaftale", "miljøchefen", "laboratoriet", [1, 2, 3], 1, 2, 3)],
         [(5, "arbejdsdage", "modtagelse", "analyseaftale")]),
    ],
    "tsv-bv-accepteres.tsv.txt": [
        ("BVT 1", [_BV], 3,
         [("leverancebeskrivelse", "kommunikationschefen", "leverandøren", [1, 2, 3], 1, 2, 3)],
         [(-10, "dage", "go-live", "leverancebeskrivelse")]),
        ("BVT 2", [_BV], 3,
         [("tilslutningsaftale", "kommunaldirektøren", "Miljøstyrelsen", [1, 2, 3], 1, 2, 3)],
         [(-5, "uger", "go-live", "tilslutningsaftale")]),
        ("BVT 3", [_BV], 2, [], [(-2, "uger", "go-live", "telefonlisten")]),
    ],
}

# task id -> words each of its text deadlines keeps as written
TEXTS = {
    "15101": ["senest 6 uger før go-live"], "15102": ["senest 20 arbejdsdage efter modtagelsen"],
    "15103": ["senest 2 uger før go-live"], "15104": ["senest 10 dage før go-live"],
    "VTT 1": ["senest 8 uger før go-live"], "VTT 2": ["senest 3 uger før go-live"],
    "VTT 3": ["4 uger før go-live"], "VTT 4": ["senest 14 dage før go-live"],
    "15201": ["senest 1 måned før go-live"], "15202": ["senest 10 arbejdsdage efter go-live"],
    "15203": ["senest 5 arbejdsdage før go-live"], "15204": ["senest 3 uger før go-live"],
    "MST 1": ["senest 2 uger før go-live"], "MST 2": ["senest 1 uge før go-live"],
    "MST 3": ["senest 6 uger før go-live"], "MST 4": ["senest 15 dage efter modtagelsen"],
    "15301": ["30 dage før go-live"], "15302": ["senest 5 arbejdsdage efter go-live"],
    "15303": ["senest 2 uger før go-live"], "15304": ["senest 4 uger før go-live"],
    "KHT 1": ["senest 6 uger før go-live"], "KHT 2": ["inden for 10 arbejdsdage efter modtagelsen"],
    "KHT 3": ["senest 2 uger efter go-live"],
    "15401": ["senest 4 uger før go-live"], "15402": ["senest 3 uger før go-live"],
    "15403": ["senest 8 uger før go-live", "senest 1 uge før go-live"],
    "15404": ["senest 5 arbejdsdage efter modtagelsen"],
    "BVT 1": ["senest 10 dage før go-live"], "BVT 2": ["senest 5 uger før go-live"],
    "BVT 3": ["senest 2 uger før go-live"],
}
