"""A glossary variant the Danish stemmer cuts to another Danish word keeps its meaning only as written."""

from __future__ import annotations

import pytest

from knowledge.fold import key


@pytest.mark.parametrize(
    ("danish", "english", "form"),
    [("bil", "bill", "regning"), ("let", "letter", "brev"), ("ord", "order", "bestille")],
)
def test_a_danish_word_is_not_the_english_variant_it_stems_like(danish: str, english: str, form: str) -> None:
    assert key(english) == key(form)
    assert key(danish) != key(form)


def test_a_cut_short_variant_is_still_read_in_its_listed_forms() -> None:
    assert key("letters") == key("brev")
    assert key("orders") == key("ordered") == key("bestille")


def test_variants_with_a_long_stem_still_fold_by_stem() -> None:
    assert key("signs") == key("underskrive")
    assert key("koster") == key("betale")
