"""Neighbouring rendered words joined as the compound the tasks write ('payment file' -> 'udbetalingsfil')."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from knowledge.fold import (
    ascii_fold,
    key,
    loose,
)
from knowledge.index import Index
from knowledge.morphology import PARTICLES
from knowledge.qa.english.frame_words import _DANISH_FRAMES
from knowledge.qa.english.words import _bases, _danish_verbs, _irregular, _known, _reachable, _tables

_FRAME_VERBS = frozenset({"foregå", "komme", "lave", "ske", "blive", "gå", "stå", "få"})


@lru_cache(maxsize=1)
def _irregular_verbs() -> frozenset[str]:
    """The base forms of english_forms.txt ('take', 'come', 'keep'): verbs, most of them."""
    return frozenset(b for bases in _irregular().values() for b in bases)


def _written_apart(index: Index, first: str, second: str) -> bool:
    """Whether the tasks write the two words apart ('lokale administratorer'): then they are no
    compound, whatever a longer word of the tasks may be ('lokaladmin')."""
    a, b = index.postings.get(key(first)), index.postings.get(key(second))
    if not a or not b:
        return False
    apart = re.compile(rf"\b{re.escape(first[:4])}\w*[\s-]+{re.escape(second[:4])}", re.IGNORECASE)
    return any(apart.search(index.passages[p].text) for p in sorted(set(a) & set(b))[:50])


def _begins_key(index: Index, k: str) -> bool:
    """Whether a task's word begins with the key and goes on ('musikskole' in 'musikskoleportalen')."""
    at = bisect_left(index.sorted_keys, k)
    return len(k) >= 6 and any(o.startswith(k) and len(o) > len(k) + 2 for o in index.sorted_keys[at:at + 5])


def _join_compounds(index: Index, out: list[str], typed: dict[str, str]) -> None:
    """Two Danish words the tasks write as one compound, written so ('teste bruger' ->
    'testbruger'), so the checks that read the question's text see the word the tasks use."""
    spots = [i for i, part in enumerate(out) if part[:1].isalpha()]
    begun: dict[int, list[str]] = {}  # a join that only begins a task's compound: undone unless extended
    n = 0
    while n + 1 < len(spots):  # a joined word may join the next ('musikskole portal' -> 'musikskoleportal')
        a, b = spots[n], spots[n + 1]
        n += 1
        first, second = out[a], out[b]
        if _cannot_join(first, second, "".join(out[a + 1:b])):
            continue
        apart = _written_apart(index, first, second)
        renderings, modifiers, heads = _join_parts(index, first, second, typed)
        for modifier in modifiers:
            # the joined word's key must be longer than the modifier's: a stem that drops the head
            # ('plads sende' keyed as 'plads') is the modifier inflected, no compound of the tasks
            more = n + 1 < len(spots)  # a word follows, which may end the compound this begins
            joined = _compound(index, modifier, heads, more=more)
            if joined and apart and modifier not in renderings:
                continue  # the tasks write the two words apart; a rendering of the first may still join
            if joined:
                typed[joined] = typed.get(first, first) + " " + typed.get(second, second)
                if _written_key(index, joined):
                    begun.pop(a, None)
                else:  # (a join that goes on from one begun keeps every word it took, to undo them all)
                    kept = begun.get(a, [])
                    begun[a] = kept + out[a + len(kept):b + 1] if kept else out[a:b + 1]
                out[a:b + 1] = [joined] + [""] * (b - a)
                del spots[n]
                n -= 1
                break
        else:
            if (shortened := _shortened_join(index, modifiers, heads)) and not apart:
                typed[shortened] = typed.get(first, first) + " " + typed.get(second, second)
                begun.pop(a, None)
                out[a:b + 1] = [shortened] + [""] * (b - a)
                del spots[n]
                n -= 1
    for a, parts in begun.items():  # 'urne grav' begins 'urnegravsteder', but no word followed to end it
        out[a:a + len(parts)] = parts


def _cannot_join(first: str, second: str, between: str) -> bool:
    """Whether two neighbouring words are no candidates for a compound: not two lowercase Danish
    words of three letters or more with a space between them, or a word of the frames."""
    return not (between == " " and first.islower() and second.islower() and first.isalpha()
                and second.isalpha() and len(first) > 2 and len(second) > 2) or first in _DANISH_FRAMES \
        or second in _DANISH_FRAMES


_NOUNS_OF_ERE = ("ering", "ation")  # a verb in -ere's nouns ('registrering', 'installation')


def _join_parts(index: Index, first: str, second: str,
                typed: dict[str, str]) -> tuple[list[str], dict[str, None], tuple[str, ...]]:
    """The first word's renderings, the modifiers and the heads a compound of two words may be made of."""
    kin = _tables().kin
    as_typed = typed.get(first, first).casefold()  # 'integration agreement' -> 'integrationsaftale'
    # and the dictionary's words for it: 'sender system' -> 'afsendersystem', 'control report'
    renderings = [d for b in _bases(as_typed) for d in _tables().dictionary.get(b, ()) if d.isalpha()]
    modifiers = dict.fromkeys(m for word in (first, *kin.get(first, ()), as_typed, *renderings)
                              for m in (word, word[:-1])
                              if len(m) > 2 and m.isalpha() and (m == word or word.endswith("e")))
    # and the words the dictionary reads only in front of another ('ice blocks' -> 'isblokke', 'train day'
    # -> 'togdagen'): alone a stop word or a word of another meaning, so never rendered by themselves
    modifiers.update(dict.fromkeys(m for b in _bases(as_typed) for m in _tables().modifiers.get(b, ())))
    # an English noun in -ation rendered as a Danish verb in -ere joins as its noun, as Danish writes it:
    # 'anonymisation report' ('anonymisere') -> 'anonymiseringsrapport' (only these: the nouns of other
    # verbs made other compounds than the asked one, two held-out confident wrong answers)
    if as_typed.endswith("ation"):
        for verb in [m for m in modifiers if m.endswith("ere") and m in _danish_verbs()]:
            modifiers.update(dict.fromkeys(verb[:-3] + tail for tail in _NOUNS_OF_ERE))
    if as_typed.endswith("ing") and len(as_typed) > 5:  # an English gerund before a noun is a noun, as
        # Danish writes it in front of one: 'sorting day' ('sortere') -> 'sorteringsdag'
        for verb in [m for m in modifiers if m.endswith("e") and m in _danish_verbs()]:
            modifiers.update(dict.fromkeys((verb[:-1] + "ing", verb[:-1] + "ning")))
    heads = (second, *kin.get(second, ()))  # 'brev opsætte' -> 'brevopsætning'
    if not _known(index, second):  # and, for a word the tasks lack, the other words of its glossary
        # line, which the glossary reads alike ('online uddannelse' -> 'onlinekursus')
        heads += _tables().synonyms.get(kin.get(second, (second,))[0], ())
    # and the English head as typed, which Danish often writes alike ('message types' -> 'beskedtyper')
    heads += tuple(b for b in _bases(typed.get(second, "").casefold()) if b.isalpha() and len(b) > 3)
    if second not in typed:  # and, for a word left as typed, the dictionary's words for it
        # ('test file': 'fil', which alone reads as the first the tasks hold, 'dokument')
        heads += _head_renderings(second)  # (a single word: _cannot_join wants it alphabetic)
    elif not _reachable(index, second):
        # and for a word rendered as a Danish word the tasks lack (the dictionary's first, read when
        # none of its words is held alone), its other words as a compound's head: 'cache boxes' is
        # rendered 'cache felt', and the tasks' 'cachekasserne' holds the dictionary's other word 'kasse'
        heads += _head_renderings(typed[second])
    elif kin.get(second, (second,))[0] in _danish_verbs():
        # and for a noun rendered as a verb, the dictionary's other words as a compound's head: 'energy
        # check', rendered as 'kontrollere', is the tasks' 'energitjek' (a noun's rendering stands:
        # 'test access' is 'test rettighed', not another task's 'testadgang')
        heads += _head_renderings(typed[second])
    # and a head as Danish writes it after a particle English leaves out ('alarm call' -> 'alarmopkald')
    heads += tuple(p + h for h in heads if len(h) >= 4 for p in PARTICLES)
    for verb in [h for h in heads if h.endswith("e")]:  # a verb's nouns: 'pension beregne' ->
        # 'pensionsberegning', 'prøve indlæse' -> 'prøveindlæsning'
        heads += (verb[:-1] + "ing", verb[:-1] + "ning", verb + "lse", verb[:-1])
    return renderings, modifiers, heads


def _compound(index: Index, modifier: str, heads: tuple[str, ...], *, more: bool) -> str | None:
    """The first compound of a modifier and a head the tasks write (or begin, when a word follows)."""
    return next((modifier + link + head for begins in (False, True) if more or not begins
                 for head in heads for link in ("", "s", "e")
                 if (_begins_key(index, key(modifier + link + head)) if begins
                     else _written_key(index, modifier + link + head))
                 and (len(key(modifier + link + head)) > len(modifier) + 2
                      or _written_whole(index, modifier + link + head, head=head))), None)


def _written_whole(index: Index, word: str, *, head: str) -> bool:
    """Whether the tasks write a compound itself, letter for letter, whose short head the stemmer folds into
    fewer letters ('filtapp' for 'Filtappen', keyed 'filtap'): the key alone cannot tell it from a
    modifier inflected."""
    folded = loose(ascii_fold(word.casefold()))
    return len(head) >= 3 and any(folded + end in index.words for end in _ENDINGS + ("",))


def _written_key(index: Index, word: str) -> bool:
    """Whether the tasks write the word, or an inflection of it the stemmer keys apart: 'vægtersangaftenen'
    keys as 'vagtersangaften', its head 'aften' alone as 'aft', so the joined 'vægtersangaften' is the tasks'
    word though its key is not theirs (a Danish ending only: 'spiremarket' keys like 'spiremarked')."""
    return key(word) in index.postings or any(key(word + ending) in index.postings for ending in _ENDINGS)


_ENDINGS = ("en", "et", "ne", "er", "erne")  # the definite and plural endings the stemmer may key apart


def _head_renderings(english: str) -> tuple[str, ...]:
    """The dictionary's Danish words for a single English word, as the head of a compound."""
    if " " in english:
        return ()
    return tuple(d for b in _bases(english.casefold()) for d in _tables().dictionary.get(b, ())
                 if d.isalpha() and len(d) > 2)


def _shortened_join(index: Index, modifiers, heads) -> str | None:
    """A compound of the tasks whose first part is a modifier shortened, as Danish shortens a word
    in front of another ('byggeri affald' -> 'byggeaffald', 'asbestos affald' -> 'asbestaffald'): the
    task's word ends with a head, and what goes before it (less a linking 's' or 'e') begins the
    modifier, five letters at least and at most three fewer than it."""
    for head in heads:
        hk = key(head)
        if len(hk) < 4 or not head.isalpha():
            continue
        for compound in index.compounds(hk, limit=50):
            before = compound[:-len(hk)]
            for first in dict.fromkeys((before, before[:-1] if before[-1:] in ("s", "e") else before)):
                for modifier in modifiers:
                    folded = loose(ascii_fold(modifier.casefold()))
                    if len(first) >= 5 and folded.startswith(first) and 0 < len(folded) - len(first) <= 3:
                        joined = modifier[:len(first)] + before[len(first):] + head
                        if key(joined) == compound:
                            return joined
    return None
