"""No lexicon word may take the stem key of a common word of another meaning ('billet ~ ticket' would
read a question's 'ticket' as 'bil', car): every Danish word of glossary.txt and english.txt is checked
against the words of the repository's task texts (held-out sets left out) and the stop words."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from knowledge.collisions import LEXICONS, allowed, by_key, collisions, lexicon_entries, same_word
from knowledge.fold import DANISH_STOP, GENERIC, _glossary, ascii_fold, loose, words

_TESTS = Path(__file__).parent


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, set[str]]:
    """The words two task files or more write (a word of one file may be a name or a typo), with the
    stop and framing words, by stem key."""
    files = [p for p in _TESTS.rglob("*") if p.is_file() and not p.relative_to(_TESTS).parts[0].startswith(
        "heldout") and ("tasks" in p.parts or "exports" in p.parts)]
    seen: Counter[str] = Counter()
    for path in files:
        seen.update(set(words(path.read_text(encoding="utf-8", errors="replace"))))
    return by_key({w for w, n in seen.items() if n >= 2} | DANISH_STOP | GENERIC)


def _flagged(paths=LEXICONS, *, ok: dict[str, str] | None = None) -> list[str]:
    whole = _glossary().whole  # English words the glossary keys as written ('order', not 'ord')
    ok = allowed() if ok is None else ok
    return [f"{e.where()}: '{e.word}' is keyed like {', '.join(clash[:5])}"
            for e in lexicon_entries(paths) if e.word not in ok and loose(ascii_fold(e.word)) not in whole
            for clash in [collisions(e, _vocabulary())] if clash]


def test_no_lexicon_word_is_keyed_like_another_word():
    flagged = _flagged()
    assert not flagged, ("a lexicon word shares its stem key with a word of another meaning; drop the line, "
                         "or add the word to knowledge/qa/collisions_allowed.txt with the reason it is "
                         "harmless:\n" + "\n".join(flagged))


def test_every_allowed_word_is_a_lexicon_word():
    known = {e.word for e in lexicon_entries()}
    assert not sorted(set(allowed()) - known)


@pytest.mark.parametrize("line", ["billet ~ ticket", "farlig ~ dangerous", "længde ~ length", "svær ~ hard",
                                  "sidde ~ sit", "mad ~ food", "vægt ~ weight", "plæne ~ lawn"])
def test_a_colliding_line_is_refused(tmp_path, line):
    lexicon = tmp_path / "english.txt"
    lexicon.write_text(f"# a line someone adds\n{line}\n", encoding="utf-8")
    flagged = _flagged([lexicon], ok={})  # (some of these words stand in the allowed list, measured)
    assert flagged and flagged[0].startswith("english.txt:2: ")


@pytest.mark.parametrize("line", ["afdeling ~ department", "udbud ~ tender", "modtage ~ receive",
                                  "kørsel ~ driving", "deltage ~ take part"])
def test_a_word_with_its_own_forms_only_is_kept(tmp_path, line):
    lexicon = tmp_path / "english.txt"
    lexicon.write_text(line + "\n", encoding="utf-8")
    assert not _flagged([lexicon], ok={})


@pytest.mark.parametrize(("line", "twin"), [("gæld ~ debt", "gælde"), ("vinde ~ win", "vind"),
                                            ("bevis ~ proof", "bevise")])
def test_a_line_with_one_of_two_twins_is_refused(tmp_path, line, twin):
    lexicon = tmp_path / "english.txt"
    lexicon.write_text(line + "\n", encoding="utf-8")
    flagged = _flagged([lexicon], ok={})
    assert flagged and flagged[0].endswith(twin)


def test_a_line_with_both_twins_is_kept(tmp_path):
    lexicon = tmp_path / "glossary.txt"
    lexicon.write_text("bevise = beviser, bevis\n", encoding="utf-8")
    assert not _flagged([lexicon], ok={})


def test_a_new_colliding_word_is_refused_by_the_real_lists(tmp_path):
    lexicon = tmp_path / "glossary.txt"
    lexicon.write_text("fremtidig ≈ kommende\n", encoding="utf-8")  # 'kommende' is keyed 'kom'
    assert _flagged([lexicon]) == ["glossary.txt:1: 'kommende' is keyed like kom"]


@pytest.mark.parametrize(("word", "entry", "same"), [
    ("billetter", "billet", True), ("udbuddet", "udbud", True), ("modtagelse", "modtage", True),
    ("kørslen", "kørsel", True), ("luk", "lukke", True), ("deltagere", "deltage", True),
    ("bil", "billet", False), ("side", "sidde", False), ("længe", "længde", False),
    ("leve", "levere", False), ("får", "farlig", False)])
def test_same_word(word, entry, same):
    assert same_word(word, entry) is same
