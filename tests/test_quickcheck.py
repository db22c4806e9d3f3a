import re
import sys

import pytest

from knowledge.quickcheck import literal_stems, may_find
from knowledge.signatures.cues import _CUE_HINT


def test_every_character_the_regex_takes_for_a_stem_letter_lowers_to_it():
    letters = sorted({c for stem in literal_stems(_CUE_HINT) for c in stem})
    everything = "".join(chr(n) for n in range(sys.maxunicode + 1) if not 0xD800 <= n <= 0xDFFF)
    for letter in letters:
        for m in re.finditer(re.escape(letter), everything, re.I):
            assert may_find(m.group(0), (letter,)), (letter, hex(ord(m.group(0))))


@pytest.mark.parametrize("text", ["Aftalen UNDERSKRIVES af chefen", "SıGNERES", "Godkendes", "PÅTEGNES",
                                  "tıltrædes", "Ingen handling her", ""])
def test_may_find_agrees_with_the_regex(text):
    stems = literal_stems(_CUE_HINT)
    assert may_find(text, stems) == bool(_CUE_HINT.search(text))


def test_only_plain_stems():
    with pytest.raises(ValueError):
        literal_stems(re.compile(r"\bikke\b", re.I))
    with pytest.raises(ValueError):
        literal_stems(re.compile(r"godkend|accept"))
