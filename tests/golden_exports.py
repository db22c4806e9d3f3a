"""Per-field scores of golden export expectations (tests/test_exports_dev*.py): rows are
(id, waves, steps, signatures, text deadlines), each signature a tuple in SIGNATURE_FIELDS order."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.models import Task

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
