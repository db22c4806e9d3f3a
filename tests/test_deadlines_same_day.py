"""Deadlines at an event itself ('samme dag som opstartsmødet') and a second deadline at go-live in a
clause after a first deadline ('..., og superbrugerne skal have gennemført e-læringen inden go-live')."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Fuldmagten skal være godkendt samme dag som opstartsmødet.",
     [(0, "dage", "opstartsmødet", "fuldmagten")]),
    ("Listen skal sendes senest samme dag som konverteringen.", [(0, "dage", "konverteringen", "listen")]),
    ("Tilmeldingen skal ske senest to uger efter opstartsmødet, og superbrugerne skal have gennemført "
     "e-læringen inden go-live.",
     [(2, "uger", "opstartsmødet", "tilmeldingen"), (0, "dage", "go-live", "e-læringen")]),
    # a condition after a deadline is no second deadline
    ("Tilmeldingen skal ske senest to uger efter opstartsmødet, og før go-live kan kurset ikke flyttes.",
     [(2, "uger", "opstartsmødet", "tilmeldingen")]),
])
def test_deadlines(sentence, expected):
    got = [(d.days, d.unit.value, d.anchor, d.about) for d in sentence_deadlines(sentence)]
    assert got == expected


def test_a_pronoun_after_an_adverb_and_a_passive_is_the_paper_just_named():
    from knowledge.deadlines import extract_deadlines
    from knowledge.models import Task
    from knowledge.signatures import extract_signatures
    task = Task(id="1", title="t",
                description="Skemaet udfyldes af systemejeren og underskrives af it-chefen. "
                "Derefter uploades det i KLIK senest 5 arbejdsdage før testen.")
    task.signatures = extract_signatures(task)
    assert [(d.days, d.anchor, d.about) for d in extract_deadlines(task)] == [(-5, "testen", "skema")]
