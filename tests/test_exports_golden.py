"""Golden tests: the exports in tests/fixtures/exports/more, in both formats, modelled on public
KOMBIT material (KY, KP, KSD, Digital Post, Serviceplatformen, NemLog-in, databehandleraftaler,
tilslutningsaftaler), several tasks per file in varied wording. Each must yield its signatures and
text deadlines, clean values and one wave per name; every malformed variant is refused naming file,
task and line."""

from __future__ import annotations

import re
from pathlib import Path

import golden_exports
import pytest
from click.testing import CliRunner

from bot.catalog import load_knowledge
from bot.cli import cli
from bot.store import Store
from knowledge.dates import golive_key
from knowledge.parse import parse_file

MORE = Path(__file__).parent / "fixtures" / "exports" / "more"
FILES = sorted(p.name for p in MORE.iterdir())
# file -> [(id, project, waves, method steps,
#           [(document, signer, recipient, steps, received_step, signed_step, returned_step)],
#           [(days, unit, anchor, about)])]
GOLDEN = {
    "md-digital-post-crlf.md.txt": [
        ('3021', 'Digital Post', ['Digital Post - Bølge 2'], 3,
         [],
         [(-10, 'arbejdsdage', 'go-live', 'postkasserne')]),
        ('3022', 'Digital Post', ['Digital Post - Bølge 2'], 3,
         [('tilslutningsaftale', 'kommunaldirektøren', 'Digitaliseringsstyrelsen', [1, 2, 3], 1, 2, 3)],
         [(14, 'dage', 'modtagelse', 'tilslutningsaftale')]),
    ],
    "md-ksd-test.md.txt": [
        ('5030', 'KSD', ['KSD - Bølge 5'], 3,
         [('testplan', 'testansvarlige', 'KMD', [1, 3], 1, 3, None)],
         [(-3, 'uger', 'testperioden starter', 'testplan')]),
        ('5031', 'KSD', ['KSD - Bølge 5'], 3,
         [],
         [(2, 'arbejdsdage', 'de er fundet', 'fejl')]),
    ],
    "md-ky-boelge4-aftaler.md.txt": [
        ('2101', 'KY', ['KY - Bølge 4'], 4,
         [('tilslutningsaftale', 'borgmesteren og kommunaldirektøren', 'KOMBIT', [1, 3, 4], 1, 3, 4)],
         [(-45, 'dage', 'go-live', 'tilslutningsaftale')]),
        ('2102', 'KY', ['KY - Bølge 4'], 4,
         [('databehandleraftale', 'kommunens databeskyttelsesansvarlige direktør', 'KOMBIT', [1, 3], 1, 3,
           None)],
         [(10, 'arbejdsdage', 'modtagelse', 'databehandleraftale')]),
        ('2103', 'KY', ['KY - Bølge 4'], 3,
         [],
         [(-8, 'uger', 'go-live', 'navnene')]),
    ],
    "md-nemlogin-fra-word.md.txt": [
        ('1501', 'Støttesystemerne', ['Støttesystemerne - Bølge 1'], 3,
         [('tilslutningsvilkår', 'ledelsesrepræsentanten', None, [2], None, 2, None)],
         [(-15, 'dage', 'go-live', 'tilslutningsvilkår')]),
        ('1502', 'Støttesystemerne', ['Støttesystemerne - Bølge 1'], 2,
         [],
         [(3, 'uger', 'start', 'navnene')]),
    ],
    "md-sdi-tilslutning.md.txt": [
        ('7002', 'Serviceplatformen', ['SDI - Bølge 1'], 3,
         [('tilslutningsaftale', 'direktionen', 'KOMBIT', [1, 3], None, 1, 3),
          ('tillæg', 'it-sikkerhedschefen', 'KOMBIT', [2, 3], None, 2, 3)],
         [(-4, 'uger', 'go-live', 'tillæg og tilslutningsaftale')]),
        ('7003', 'Serviceplatformen', ['SDI - Bølge 1'], 2,
         [],
         []),
    ],
    "md-ydelsesrefusion.md.txt": [
        ('6105', 'Ydelsesrefusion', ['Ydelsesrefusion - Bølge 1'], 4,
         [('bestillingsskema', 'systemejeren', 'leverandøren', [1, 2, 3], 1, 2, 3)],
         [(7, 'arbejdsdage', 'modtagelse', 'bestillingsskema')]),
        ('6106', 'Ydelsesrefusion', ['Ydelsesrefusion - Bølge 1'], 2,
         [],
         [(-14, 'dage', 'go-live', None)]),
    ],
    "tsv-beskedfordeler.tsv.txt": [
        ('BF 3', 'Støttesystemerne', ['Støttesystemerne - Bølge 3'], 3,
         [('abonnementsaftale', 'kommunens serviceaftaleadministrator', 'leverandøren', [2], None, 2, None)],
         [(5, 'arbejdsdage', 'leverandøren har fået aftalen', 'abonnementsaftale')]),
        ('BF 4', 'Støttesystemerne', ['Støttesystemerne - Bølge 3'], 2,
         [],
         [(2, 'uger', 'go-live', 'gamle abonnementer')]),
    ],
    "tsv-databehandleraftaler.tsv.txt": [
        ('4101', 'KY', ['KY - Bølge 2', 'KY - Bølge 3'], 3,
         [('databehandleraftale', 'it-chefen', 'Netcompany', [1, 2, 3], 1, 2, 3)],
         [(20, 'dage', 'modtagelse', 'databehandleraftale')]),
        ('4102', 'KY', ['KY - Bølge 2'], 3,
         [],
         [(1, 'måneder', 'go-live', 'fortegnelsen')]),
    ],
    "tsv-kp-fuldmagt-test.tsv.txt": [
        ('KP 11', 'KP', ['KP - Bølge 3'], 4,
         [('fuldmagt', 'kommunens NemLog-in administrator', 'KOMBIT', [2, 3, 4], 2, 3, None)],
         [(-5, 'uger', 'go-live', 'fuldmagt')]),
        ('KP 12', 'KP', ['KP - Bølge 3'], 5,
         [('testrapport', 'pensionschefen', 'KOMBIT', [4, 5], None, 4, 5)],
         [(-2, 'uger', 'go-live', 'testrapport')]),
    ],
    "tsv-serviceplatformen.tsv.txt": [
        ('SP 31', 'Serviceplatformen', ['KSD - Bølge 5'], 3,
         [('serviceaftale', 'kommunens serviceaftaleadministrator', None, [3], None, 3, None)],
         [(-6, 'uger', 'go-live', 'serviceaftale')]),
        ('SP 32', 'Serviceplatformen', ['KSD - Bølge 5'], 4,
         [],
         [(-2, 'måneder', 'go-live', 'funktionscertifikatet')]),
    ],
    "tsv-stoettesystemer.tsv.txt": [
        ('STS 20', 'Støttesystemerne', ['Støttesystemerne - Bølge 2'], 3,
         [('samtykkeerklæring', 'stadsdirektøren', 'KOMBIT', [1, 2, 3], 1, 2, 3)],
         [(-30, 'dage', 'go-live', 'samtykkeerklæring')]),
        ('STS 21', 'Støttesystemerne', ['Støttesystemerne - Bølge 2'], 2,
         [],
         [(-4, 'uger', 'go-live', 'organisationsenhederne')]),
    ],
    # Written for issue 8's second round, before the parser read them: approvals of things that are
    # not papers, appendices of a data-processing agreement, deadlines whose subject is in another
    # table cell, another sentence of the list item or the object of an imperative, week numbers.
    "md-adgangsstyring-fra-word.md.txt": [
        ('8201', 'Støttesystemerne', ['Støttesystemerne - Bølge 4'], 4,
         [('privilegiegruppe', 'informationssikkerhedsansvarlige', None, [3], None, 3, None)],
         [(4, 'dage', 'uge 12', 'opsætningen')]),
        ('8202', 'Støttesystemerne', ['Støttesystemerne - Bølge 4'], 3,
         [('regelsæt', 'fagchefen for myndighedsområdet', None, [2, 3], None, 2, None)],
         [(-6, 'uger', 'go-live', 'regelsæt'), (-2, 'uger', 'go-live', 'regelsæt')]),
    ],
    "md-beskedfordeler-fra-word.md.txt": [
        ('7301', 'Støttesystemerne', ['Støttesystemerne - Bølge 3'], 3,
         [('dataafgrænsning', 'dataansvarlige', None, [3], None, 3, None)],
         [(-3, 'uger', 'go-live', 'dataafgrænsning')]),
        ('7302', 'Støttesystemerne', ['Støttesystemerne - Bølge 3'], 2,
         [],
         [(5, 'arbejdsdage', 'go-live', 'listen over afmeldte abonnementer'),
          (3, 'dage', 'uge 47', 'afmeldingen')]),
    ],
    "md-sygedagpenge-databehandling.md.txt": [
        ('5201', 'KSD', ['KSD - Bølge 6'], 4,
         [('bilag 1', 'jobcenterchefen', 'KOMBIT', [1, 3, 4], 1, 3, 4)],
         [(-20, 'dage', 'go-live', 'bilag 1')]),
        ('5202', 'KSD', ['KSD - Bølge 6'], 3,
         [],
         [(-14, 'dage', 'go-live', 'testprotokollen'), (0, 'dage', 'uge 2', 'testdata')]),
        ('5203', 'KSD', ['KSD - Bølge 6'], 3,
         [('bilag 3', 'social- og sundhedsdirektøren', 'KOMBIT', [1, 2, 3], 1, 2, 3)],
         [(10, 'arbejdsdage', 'modtagelse', 'bilag 3')]),
    ],
    "tsv-kle-opmaerkning.tsv.txt": [
        ('KLE 4', 'KLE', ['KLE - Bølge 1'], 4,
         [('mappingtabel', 'stadsarkivaren', 'leverandøren', [3, 4], None, 3, 4)],
         [(4, 'dage', 'uge 40', 'mappingtabel')]),
        ('KLE 5', 'KLE', ['KLE - Bølge 1'], 3,
         [],
         [(10, 'arbejdsdage', 'go-live', 'stikprøverapport'), (20, 'arbejdsdage', 'go-live', 'fejlliste')]),
    ],
    "tsv-ydelsesindeks.tsv.txt": [
        ('YI 3', 'Ydelsesindeks', ['Ydelsesindeks - Bølge 1'], 4,
         [('rollekonfiguration', 'systemansvarlige', 'KOMBIT', [2, 3], None, 2, 3)],
         [(4, 'dage', 'uge 6', 'oversigten over kontaktpersoner')]),
        ('YI 4', 'Ydelsesindeks', ['Ydelsesindeks - Bølge 1'], 3,
         [],
         [(-14, 'dage', 'go-live', 'ydelseskataloget'), (-30, 'dage', 'go-live', 'ydelseskatalog'),
          (5, 'arbejdsdage', 'go-live', 'kontrolrapport')]),
    ],
    # Written for issue 8's third round, before the parser read them: signing in steps phrased "Skriv
    # under", "Underskriv og indscan", "Få underskrift fra"; a step that sends or uploads the signed
    # paper; recipients as "KOMBIT's postkasse", "til leverandøren via ...", "indsendes i KLIK";
    # deadlines whose subject is a step's object or the sentence before.
    "md-kp-skriv-under.md.txt": [
        ('9101', 'KP', ['KP - Bølge 4'], 3,
         [('samarbejdsaftale', 'pensionschefen', 'KOMBIT', [1, 2, 3], 1, 2, 3)],
         [(-21, 'dage', 'go-live', 'samarbejdsaftale')]),
        ('9102', 'KP', ['KP - Bølge 4'], 3,
         [('ansøgning', 'afdelingslederen', 'leverandøren', [2, 3], None, 2, 3)],
         [(-10, 'arbejdsdage', 'testperioden starter', 'ansøgning')]),
    ],
    "tsv-dp-indscan.tsv.txt": [
        ('DP 14', 'Digital Post', ['Digital Post - Bølge 3'], 3,
         [('erklæring', 'kommunens digitaliseringschef', 'KLIK', [1, 2, 3], 1, 2, 3)],
         [(-3, 'uger', 'go-live', 'erklæring')]),
        ('DP 15', 'Digital Post', ['Digital Post - Bølge 3'], 4,
         [('fuldmagtserklæring', 'direktøren', 'leverandøren', [1, 2, 3], 1, 2, 3)],
         [(5, 'arbejdsdage', 'go-live', 'listen over fjernprintbrugere')]),
    ],
    "md-ksd-faa-underskrift.md.txt": [
        ('5040', 'KSD', ['KSD - Bølge 6'], 3,
         [('tillæg', 'socialdirektøren', 'KOMBIT', [1, 2, 3], 1, 2, 3)],
         [(-4, 'uger', 'go-live', 'tillæg')]),
        ('5041', 'KSD', ['KSD - Bølge 6'], 3,
         [('kvittering', 'sygedagpengechefen', 'KLIK', [2, 3], None, 2, 3)],
         [(5, 'arbejdsdage', 'prøvekørslen', 'kvittering')]),
    ],
}
# Week-number deadlines ('senest fredag i uge 12'): (week, weekday 1-7 or None for the week, year or None)
WEEKS = {
    ("md-adgangsstyring-fra-word.md.txt", "8201"): [(12, 5, None)],
    ("md-beskedfordeler-fra-word.md.txt", "7302"): [(47, 4, None)],
    ("md-sygedagpenge-databehandling.md.txt", "5202"): [(2, 1, 2027)],
    ("tsv-kle-opmaerkning.tsv.txt", "KLE 4"): [(40, None, None)],
    ("tsv-ydelsesindeks.tsv.txt", "YI 3"): [(6, None, None)],
}
_MARKER = re.compile(r"^(?:[-•*–]\s|\d{1,2}[.)]\s)")


@pytest.mark.parametrize("name", sorted({f for f, _ in WEEKS}))
def test_week_number_deadlines_keep_week_day_and_year(name):
    got = {t.id: [(d.week, d.weekday, d.year) for d in t.text_deadlines if d.week]
           for t in parse_file(MORE / name)}
    assert {i: w for (f, i), w in WEEKS.items() if f == name} == {i: w for i, w in got.items() if w}


def test_every_file_has_a_golden_entry_and_both_formats_are_there():
    assert sorted(GOLDEN) == FILES and len(FILES) >= 10
    assert {f.split("-")[0] for f in FILES} == {"md", "tsv"}
    assert all(len(tasks) >= 2 for tasks in GOLDEN.values())


@pytest.mark.parametrize("name", FILES)
def test_each_export_yields_what_it_says(name):
    tasks = parse_file(MORE / name)
    got = [(t.id, t.project, t.waves, len(t.method_steps),
            [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
             for s in t.signatures],
            [(d.days, d.unit.value, d.anchor, d.about) for d in t.text_deadlines]) for t in tasks]
    assert got == GOLDEN[name]
    for t in tasks:
        said = " ".join((t.description + " " + " ".join(s.text for s in t.method_steps)).split())
        assert all(d.text in said for d in t.text_deadlines)


@pytest.mark.parametrize("name", FILES)
def test_clean_values(name):
    for t in parse_file(MORE / name):
        values = [f.subject for f in t.facts] + [f.value for f in t.facts] + [s.text for s in t.method_steps]
        assert not [v for v in values if _MARKER.match(v)], t.id
        assert not re.search(r"[\x00-\x08\u200b\u202a-\u202e\u2066-\u2069]", t.model_dump_json()), t.id
        assert all("–" not in w and "—" not in w for w in t.waves)


def test_all_files_import_together_with_one_wave_per_name(db):
    result = CliRunner().invoke(cli, ["import", *(str(MORE / f) for f in FILES)])
    assert result.exit_code == 0, result.output
    kb = load_knowledge(Store(db))
    waves = {w for t in kb.tasks for w in t.waves}
    assert len(waves) == len({golive_key(w) for w in waves})
    assert sum(len(t.signatures) for t in kb.tasks) >= 14


def _variants(text: str) -> list[tuple[str, str]]:
    """(what was broken, the broken text): the last task's title line or heading lost, a number
    field garbled, and the file cut inside an HTML list."""
    out = []
    lines = text.split("\n")
    title = max(i for i, line in enumerate(lines) if line.startswith(("## ", "*Opgavetitel\t")))
    if title > 0:
        out.append(("titel", "\n".join(lines[:title] + lines[title + 1:])))
    if cut := text.rfind("<li>"):
        if cut > 0:
            out.append(("afkortet", text[:cut + 6]))
    return out


@pytest.mark.parametrize("name", FILES)
def test_malformed_variants_are_refused_naming_file_task_and_line(db, tmp_path, name):
    variants = _variants((MORE / name).read_text(encoding="utf-8"))
    other = FILES[0] if name != FILES[0] else FILES[1]  # a store holding another export
    golden_exports.check_refused(db, tmp_path, MORE, name, variants, other=other)
