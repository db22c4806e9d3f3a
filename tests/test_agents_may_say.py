"""`may_say` never rules out a text whose deeds name the verb: the cheap test before `deeds`."""

from pathlib import Path

import pytest

from knowledge.base import load_seeds
from knowledge.fold import key
from knowledge.index import build
from knowledge.parse import parse_file
from knowledge.qa.agents import _WORD, deeds, may_say, verb_key

_EXPORTS = sorted(Path(__file__).parent.joinpath("questions").glob("*/tasks/*.txt"))[:40]


def _texts() -> list[str]:
    tasks = load_seeds() + [t for p in _EXPORTS for t in parse_file(p)]
    index = build(tasks)
    return [index.passages[pid].text for pid in range(len(index.passages))]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_every_deed_found_passes_the_test(texts):
    seen = 0
    for text in texts:
        verbs = {key(w.casefold()) for w in _WORD.findall(text)}
        for deed in deeds(text, verbs):
            seen += 1
            assert may_say(text, {verb_key(deed)}), (text, deed)
    assert seen > 200  # passives, clefts, charges and active verbs were all read


@pytest.mark.parametrize("text, verb", [
    ("Rutinen sættes op af leverandøren.", "opsættes"),
    ("Kommunen står for indlæsningen.", "varetages"),
    ("Aftalen underskrives af direktøren.", "underskrives"),
])
def test_particle_and_charge_verbs(text, verb):
    assert may_say(text, {key(verb)})
    assert any(verb_key(d) == key(verb) for d in deeds(text))


def test_a_text_without_the_verb_is_ruled_out():
    assert not may_say("Aftalen underskrives af direktøren.", {key("leverer")})
