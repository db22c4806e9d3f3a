"""What a text deadline concerns, named as the task writes the thing without a definite ending that changed
its stem: 'kurset' is the 'kursus' the task names ('Grundkursus i ...'), 'overførslen' the 'overførsel',
'vagtlederne' the 'vagtledere' (texts written for these tests)."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task
from test_parse_signatures_s40 import _deadlines


@pytest.mark.parametrize(("paragraphs", "about"), [
    (("Kommunen tilbydes et grundkursus i Havnevagt for sine havnefogeder.",
      "Havnefogederne skal have gennemført kurset senest 9 dage før go-live."), "kursus"),
    (("Kommunen kan bestille en overførsel af de gamle bådpladsdata.",
      "Overførslen kan tidligst ske 3 uger efter go-live."), "overførsel"),
    (("Hver havn udpeger to vagtledere.", "Tilmeld vagtlederne senest 11 arbejdsdage før go-live."),
     "vagtledere"),
])
def test_a_definite_noun_whose_stem_changed_is_named_as_the_task_writes_it(paragraphs, about):
    assert [d[3] for d in _deadlines(_task(*paragraphs))] == [about]


@pytest.mark.parametrize(("paragraphs", "about"), [
    # controls (they pass on the code before too): no bare form in the task, so the word as written; an
    # ending that keeps the stem stays
    (("Havnefogederne skal have gennemført kurset senest 9 dage før go-live.",), "kurset"),
    (("Kommunen udfylder bådpladsaftalen.",
      "Bådpladsaftalen sendes til Havnevagt senest 14 dage før go-live."), "bådpladsaftalen"),
])
def test_other_definite_nouns_keep_their_words(paragraphs, about):
    assert [d[3] for d in _deadlines(_task(*paragraphs))] == [about]
