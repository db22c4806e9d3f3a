"""An answer does not depend on the order a set of keys is walked in (Python's string hashing differs per
process): a word with several keys ('OCES3-systemcertifikat') narrows the asked noun whichever key comes
first. Text and question written for this test."""

from __future__ import annotations

import pytest

from knowledge.qa.gate import which
from knowledge.qa.gate.words import _TEXT_WORD


@pytest.mark.parametrize("order", [("3", "oces", "systemcertifikat"), ("systemcertifikat", "oces", "3")])
def test_a_compound_key_narrows_the_noun_in_any_order(monkeypatch, order):
    real = which.content_keys

    def ordered(text: str):
        keys = real(text)
        return dict.fromkeys(k for k in order if k in keys) | dict.fromkeys(keys) if len(keys) > 1 else keys

    monkeypatch.setattr(which, "content_keys", ordered)
    text = "Kommunens it-afdeling bestiller et OCES3-systemcertifikat til integrationen."
    words = list(_TEXT_WORD.finditer(text))
    at = next(i for i, w in enumerate(words) if w.group(0).startswith("OCES3"))
    assert which._narrowed(text, words, at, "certifikat", {"certifikat", "udlejning"})
