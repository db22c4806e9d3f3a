"""Per-field scores of golden export expectations (tests/test_exports_dev*.py): rows are
(id, waves, steps, signatures, text deadlines), each signature a tuple in SIGNATURE_FIELDS order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from knowledge.models import Task
from knowledge.parse import parse_file

SIGNATURE_FIELDS = ("document", "signer", "recipient", "steps", "received_step", "signed_step",
                    "returned_step")


def signatures(task: Task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures]


def deadlines(task: Task) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines]


def score(pairs: Iterable[tuple[tuple | None, tuple]]) -> dict[str, list[int]]:
    """Per field, [right, expected] over (got row or None, wanted row) pairs: each expected signature
    matched by document, each of its fields; each expected deadline matched by days+unit+anchor, and
    its about; signatures and deadlines found that are not expected (false positives)."""
    tally: dict[str, list[int]] = {}

    def add(key: str, ok: bool) -> None:
        tally.setdefault(key, [0, 0])
        tally[key][0] += ok
        tally[key][1] += 1

    for have, want in pairs:
        have = have or (None,) * 5
        add("steps", have[2] == want[2])
        add("waves", have[1] == want[1])
        sigs = {s[0]: s for s in have[3] or []}
        for sig in want[3]:
            found = sigs.get(sig[0])
            add("signature.document", found is not None)
            for i, field in enumerate(SIGNATURE_FIELDS[1:], start=1):
                add(f"signature.{field}", found is not None and found[i] == sig[i])
        extra = [s for s in sigs if s not in {w[0] for w in want[3]}]
        tally.setdefault("signature.false_positive", [0, 0])[0] += len(extra)
        found_deadlines = list(have[4] or [])
        for d in want[4]:
            match = next((h for h in found_deadlines if h[:3] == d[:3]), None)
            add("deadline.days+unit+anchor", match is not None)
            add("deadline.about", match is not None and match[3] == d[3])
            if match:
                found_deadlines.remove(match)
        tally.setdefault("deadline.false_positive", [0, 0])[0] += len(found_deadlines)
    return tally


class GoldenSet:
    """A folder of exports and what each must yield (tests/test_exports_dev2.py, dev3): the checks and
    the per-field figures every such set shares, so a new set is its table and nothing more."""

    def __init__(self, directory: Path, golden: dict[str, list[tuple]]):
        self.directory, self.golden = directory, golden
        self.files = sorted(p.name for p in directory.iterdir())

    def got(self, name: str) -> list[tuple]:
        return [(t.id, t.waves, len(t.method_steps), signatures(t), deadlines(t))
                for t in parse_file(self.directory / name)]

    def check_layout(self) -> None:
        """Every file has an entry, both formats are there, and each file holds several tasks."""
        assert sorted(self.golden) == self.files and len(self.files) >= 8
        assert {f.split("-")[0] for f in self.files} == {"md", "tsv"}
        assert all(len(tasks) >= 2 for tasks in self.golden.values())

    def check_file(self, name: str) -> None:
        # the order of a task's deadlines is the order of its texts: not asserted
        assert [_comparable(t) for t in self.got(name)] == [_comparable(t) for t in self.golden[name]]

    def check_clean_values(self) -> None:
        """No list marker, doubled marker or no-break space stays in a fact, a step or a description."""
        for name in self.files:
            for task in parse_file(self.directory / name):
                facts = [v for f in task.facts for v in (f.subject, f.value)]
                for value in [*facts, *(s.text for s in task.method_steps)]:
                    assert not value.lstrip().startswith(("- ", "• ", "* ")), (name, task.id, value)
                for value in [*facts, *(s.text for s in task.method_steps), task.description]:
                    assert not any(twice in value for twice in ("- - ", "- • ", "• ")), (name, task.id, value)
                    assert "\u00a0" not in value and "&nbsp;" not in value, (name, task.id, value)

    def check_deadline_texts(self, name: str, texts: dict[str, list[str]]) -> None:
        """Each text deadline keeps its words as written: `texts` maps a task id to phrases that must
        each be (part of) one of its deadlines' text."""
        for task in parse_file(self.directory / name):
            got = [" ".join(d.text.split()) for d in task.text_deadlines]
            for words in texts.get(task.id, []):
                assert any(words in text for text in got), (task.id, words, got)

    def check_one_wave_per_name(self) -> None:
        """The waves across the set are exactly the golden ones: 'KY - Bølge 3' and 'KY – Bølge 3' are one."""
        waves = {w for name in self.files for task in parse_file(self.directory / name) for w in task.waves}
        assert waves == {w for rows in self.golden.values() for row in rows for w in row[1]}

    def check_malformed(self, db: Path, tmp_path: Path, name: str) -> None:
        """Each broken copy of export `name` (broken_variants) is refused naming file, task and line, and
        a store holding another of the set's exports is left as it was."""
        variants = broken_variants((self.directory / name).read_text(encoding="utf-8"))
        other = self.files[1] if name == self.files[0] else self.files[0]
        check_refused(db, tmp_path, self.directory, name, variants, other=other)

    def score(self) -> dict[str, list[int]]:
        """Per field, [right, expected]."""
        return score((got.get(w[0]), w) for name in self.files
                     for got in [{t[0]: t for t in self.got(name)}] for w in self.golden[name])

    def main(self, argv: list[str]) -> None:
        """`python tests/test_exports_devN.py [-v]`: the per-field figures, with -v each task that differs."""
        if "-v" in argv:
            for name in self.files:
                for got, want in zip(self.got(name), self.golden[name], strict=False):
                    if _comparable(got) != _comparable(want):
                        print(f"{name} {want[0]}\n  got  {got[3]} {got[4]}\n  want {want[3]} {want[4]}")
        for key, (right, total) in self.score().items():
            print(f"  {key:30} {right}/{total}" if total else f"  {key:30} {right}")


def _comparable(row: tuple) -> tuple:
    return (*row[:4], sorted(row[4]))


def check_refused(db: Path, tmp_path: Path, directory: Path, name: str, variants: list[tuple[str, str]],
                  *, other: str) -> None:
    """Each broken copy of export `name` is refused naming file, task and line, and the store (holding
    export `other`) is left byte for byte as it was."""
    from click.testing import CliRunner

    from bot.cli import cli

    runner = CliRunner()
    runner.invoke(cli, ["import", str(directory / other)])
    before = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    for what, broken in variants:
        path = tmp_path / f"{what}-{name}"
        path.write_text(broken, encoding="utf-8", newline="")
        result = runner.invoke(cli, ["import", str(path)])
        assert result.exit_code == 1, (what, result.output)
        named = rf"{re.escape(path.name)}: opgave «[^»]+», linje \d+: "
        assert re.search(named, result.output), (what, result.output)
        assert {p.name: p.read_bytes() for p in db.parent.iterdir()} == before


def broken_variants(text: str) -> list[tuple[str, str]]:
    """(what was broken, the broken text): the last task's title line lost, a second, different id
    in the first task, and the file cut inside the last HTML list or inside the last label."""
    lines = text.split("\n")
    titles = [i for i, line in enumerate(lines) if line.startswith(("## ", "*Opgavetitel\t"))]
    out = [("titel", "\n".join(lines[:titles[-1]] + lines[titles[-1] + 1:]))]
    first_id = next((i for i, line in enumerate(lines) if line.startswith("**Master-opgave ID**")), None)
    if first_id is not None:
        out.append(("to-id", "\n".join([*lines[:first_id + 1], "", "**Master-opgave ID** 99999",
                                        *lines[first_id + 1:]])))
    if "<li>" in text:
        out.append(("afkortet", text[:text.rfind("<li>") + 6]))
    elif "**Resultat**" in text:  # cut inside the last field's label: '**Resu'
        out.append(("afkortet", text[:text.rfind("**Resultat**") + 6]))
    else:  # a tab-separated export without '<li>' (its lists written ' 1. a 2. b'): 'Resu'
        out.append(("afkortet", text[:text.rfind("\nResultat\t") + 5]))
    return out


def cut_in_last_task(directory: Path, name: str) -> list[tuple[str, str]]:
    """The file cut at a line end inside its last task: after its description, and after its goal (an
    export that stopped while it was written; no HTML is left open)."""
    text = (directory / name).read_bytes().decode("utf-8")
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    out = []
    for label in ("*Beskrivelse\t", "**Beskrivelse**", "Mål\t", "**Mål**"):
        at = max((i for i, line in enumerate(lines) if line.startswith(label)), default=None)
        if at is not None:
            what = "afkortet-efter-" + label.strip("*\t").lower()
            out.append((what, nl.join(lines[:at + 1]) + nl))
    return out
