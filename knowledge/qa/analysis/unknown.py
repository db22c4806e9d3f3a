"""A word the tasks do not contain: read as another form, a compound's part, or a misspelling."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from rapidfuzz.distance import OSA, Levenshtein

from knowledge.file_formats import asks_file_format, format_passages
from knowledge.fold import (
    GENERIC_KEYS,
    ascii_fold,
    glossary_knows,
    is_stop,
    key,
    loose,
)
from knowledge.general_figures import ASKS_TYPICAL, general_passages
from knowledge.index import Index
from knowledge.lexicon import (
    CONCEPTS,
)
from knowledge.morphology import (
    LINKS,
    derivations,
    particle_base,
    short_stem_keys,
    syncope_keys,
    synonym_compound,
)
from knowledge.qa.analysis.compounds import (
    _SHORT_PARTICLES,
    HEAD_MATCH,
    _asked_of_known,
    _split_misspelt,
    compound_head,
    compound_starts,
    keys_beginning,
    split_compound,
)
from knowledge.qa.analysis.known import _known_key
from knowledge.qa.analysis.tokens import Question, Token
from knowledge.qa.types.kinds import Expect
from knowledge.qa.types.places import ADDRESS_KEY, street_address_passages


def _match_unknown(index: Index, q: Question, tok: Token) -> None:
    """A word the tasks do not contain: the end of a compound ('aftalen' -> 'serviceaftalen'),
    else a misspelling ('prsime' -> 'prisme'), else unknown (match 0)."""
    if _asks_named_format(index, q, tok) or _another_form(index, q, tok) or _letter_slipped(index, q, tok) \
            or _in_compound(index, tok):
        return
    # In an English question a short lowercase word the glossary lacks is most often an English
    # word ('main', 'stay', 'points'), not a misspelt Danish one ('mail', 'star', 'print'), and an
    # English compound ('letterhead') is not made of Danish parts.
    english = q.lang == "en" and tok.surface.isascii() and tok.surface.islower()
    if _by_parts(index, q, tok, english=english):
        return
    if english and tok.surface not in q.typed and _cognate(index, tok):
        return
    _misspelt(index, q, tok, english=english)


def _letter_slipped(index: Index, q: Question, tok: Token) -> bool:
    """Whether a long Danish word was read as the one word the tasks write with a letter more or less
    ('smeddedagen' for 'Smededagen', 'kræmerdagen' for 'Kræmmerdagen', 'skilene' for 'skiltene'): a
    letter doubled, dropped or added by a slip of the hand. Read before the word's parts, which make a
    compound of the slip ('smedde' + 'dagen' is any day; 'skil' + 'op' a particle verb)."""
    word = loose(ascii_fold(tok.surface.casefold()))
    if q.lang != "da" or _is_name(q, tok) or len(word) < SLIP_MIN or not word.isalpha():
        return False
    if glossary_knows(tok.key) or tok.key in CONCEPTS:
        return False  # a real word the tasks lack ('regning') is no slip of one they have (`_by_parts`)
    near = {index.words[w] for n in (len(word) - 1, len(word) + 1)
            for w in index.word_blocks.get((word[0], n), ())
            if OSA.distance(word, w, score_cutoff=1) <= 1}
    if len(near) != 1:  # none, or two words as near: the rest of the question cannot tell them apart here
        return False
    tok.key, tok.alts, tok.match = near.pop(), (), SLIP_MATCH
    tok.concepts = CONCEPTS.get(tok.key, frozenset())
    q.concepts |= tok.concepts
    return True


SLIP_MIN = 7  # letters of a word read as a slip: a shorter one a letter longer is as often another word
SLIP_MATCH = 0.9  # as sure as index.correct's one letter off


def _asks_named_format(index: Index, q: Question, tok: Token) -> bool:
    """Whether the word asks for a file format ('filformat', 'formatet') the tasks name without the word:
    the name of a format says it ('udfyldes som csv-fil'), as a person's name says 'hvem', so the word is
    known wherever a task names one (retrieval credits it to those passages: `format_passages`); likewise
    'typisk' where a task gives a figure for most municipalities ('De fleste kommuner har ...')."""
    others = [t.surface for t in q.tokens if t.pos != tok.pos]
    if not (asks_file_format(tok.surface, others) and format_passages(index)) and \
            not (ASKS_TYPICAL.fullmatch(tok.surface) and general_passages(index)) and \
            not (q.expects is Expect.PLACE and tok.key == ADDRESS_KEY and street_address_passages(index)):
        return False  # (and 'adressen' of a place question where a task gives a street address)
    tok.match = 1.0
    return True


def _cognate(index: Index, tok: Token) -> bool:
    """An English word the glossary lacks, read as the Danish word of the same origin the tasks write: the
    same first four letters and two letters off at most, plural -s aside ('patrols' -> 'patrulje', 'visual'
    -> 'visuelt'). Loanwords keep their beginning; an English word that only ends like a Danish one does not
    ('main' is no 'mail'), and a word under five letters is too short to tell."""
    found: dict[str, int] = {}
    for base in cognate_bases(tok):
        for n in range(len(base) - 1, len(base) + 3):
            for k in index.blocks.get((base[0], n), ()):
                d = cognate_distance(base, k)
                if d is not None and k not in GENERIC_KEYS:
                    found[k] = min(d, found.get(k, d))
    if not found:
        return False
    ranked = sorted(found, key=lambda k: (found[k], -index.df(k)))
    return _read_as(tok, ranked[:4], match=COGNATE_MATCH)


def cognate_bases(tok: Token) -> list[str]:
    """The English word as a cognate is looked for: as written and without a plural -s (none for a word
    the glossary knows, whose Danish reading is its meaning, or one too short to tell)."""
    word = loose(ascii_fold(tok.surface.casefold()))
    if not word.isalpha() or glossary_knows(tok.key):
        return []
    bases = dict.fromkeys([word, *([word[:-1]] if word.endswith("s") else [])])
    return [b for b in bases if len(b) >= COGNATE_MIN]


def cognate_distance(base: str, k: str) -> int | None:
    """How many letters a key differs from an English word it may be the cognate of (None: no cognate)."""
    if k[:4] != base[:4] or not len(base) - 1 <= len(k) <= len(base) + 2:
        return None
    d = OSA.distance(base, k, score_cutoff=COGNATE_LETTERS)
    return d if d <= COGNATE_LETTERS else None


COGNATE_MIN = 5  # letters of an English word read as a Danish cognate
COGNATE_LETTERS = 2  # letters it may differ by
COGNATE_MATCH = 0.75  # as sure as a misspelling two letters off


def _another_form(index: Index, q: Question, tok: Token) -> bool:
    """Whether the word was read as another form of it the tasks write: a variant, its e dropped,
    another word of its root, or the verb without its particle."""
    variants = index.variants(tok.key)
    if _is_name(q, tok):  # a name is no longer or shorter word it begins as ('Containering', 'container')
        variants = [v for v in variants if _typo_of_written(index, tok.surface, v)]
    if variants:
        return _read_as(tok, variants, match=0.85)
    # 'regel' -> the tasks' 'reglerne': one word, its e dropped. Only a Danish word in -el: a noun in -er or
    # -en keys as its stem, which may be any word's, and an English word is read through the glossary's
    # Danish one, which says less surely that the question asks what the tasks' word says (both made
    # confident wrong answers on held-out sets, counted)
    twins = [k for k in syncope_keys(tok.surface.casefold(), tok.key) if k in index.postings
             and k.endswith("l") and q.lang == "da"]
    if twins:  # (not the compounds the twin heads: 'handeler', a slip for the tasks' 'Handler', is no
        return _read_as(tok, twins, match=0.85)  # 'sagsbehandler')
    # 'træ' (or 'tree') -> the tasks' 'træerne': one word of a short stem, whose endings the stemmer keeps
    shorts = [k for k in short_stem_keys(tok.surface.casefold()) if k in index.postings]
    if shorts:
        return _read_as(tok, shorts, match=0.85)
    # (a root of three letters is any short word's: 'læringen' is no 'Lars')
    derived = [k for k in derivations(tok.surface.casefold()) if k in index.postings and len(k) > 3]
    if _is_name(q, tok):  # a name is no word of the same root ('Parkering' is not 'park')
        derived = [k for k in derived if _typo_of_written(index, tok.surface, k)]
    if derived:  # 'eje' -> 'ejer', 'udstede' -> 'udsteder': another word of the same root
        derived.sort(key=lambda k: -index.df(k))
        own = tok.key
        tok.key, *rest = derived[:4]
        # ... and a compound the tasks write the word itself in ('flytningen' -> 'overflytningen')
        tok.alts, tok.match = (*rest, *index.compounds(own)), 0.85
        return True
    base = particle_base(tok.surface.casefold())
    if base and base in index.postings and base not in GENERIC_KEYS and not index.kinds(tok.key):
        # (not a word the tasks write as the head of compounds naming kinds of it, 'udvalg' in
        # 'miljøudvalget': it is read as those, `_in_compound`, not as what is left without a particle:
        # 'valg')
        tok.key, tok.alts, tok.match = base, (), 0.8  # 'tilsendt' is sent: 'send'
        return True
    return False


def _read_as(tok: Token, found: list[str], *, match: float) -> bool:
    """Reads the word as the first key found, the others its alternatives, matched so surely."""
    tok.key, *rest = found
    tok.alts, tok.match = tuple(rest), match
    return True


def _in_compound(index: Index, tok: Token) -> bool:
    """Whether the word was read as a part of compounds the tasks write: their head or their first part."""
    # (a verb with a particle of two letters too, which compounds leaves out: 'melder' -> 'anmeldes')
    compounds = index.compounds(tok.key) + [k for p in _SHORT_PARTICLES
                                            if (k := p + tok.key) in index.postings]
    if compounds:
        return _read_as(tok, compounds, match=0.8)
    short = _short_head_compounds(index, tok.key, tok.surface)
    if short:  # 'pose' (key 'pos') in the tasks' 'doseringspose': a short head, kept to real compounds
        return _read_as(tok, short, match=0.8)
    begun = _begun(index, tok.key)
    if begun:  # 'stikprøve' (also for 'spot check') in the tasks' 'stikprøvekontrol'
        return _read_as(tok, begun, match=0.8)
    return False


def _by_parts(index: Index, q: Question, tok: Token, *, english: bool) -> bool:
    """Whether a Danish word was read by the parts of a compound the tasks have, or settled as a real
    word they lack."""
    first = None if english or q.lang != "da" else _short_first_part(index, tok.surface)
    if first:  # 'urne' in the tasks' 'urnenedsættelse' and 'urnegravsted'
        return _read_as(tok, first, match=0.8)
    synonym = None if english else synonym_compound(tok.surface, lambda k: _known_key(index, k))
    if synonym:  # 'bestillingsskemaet' -> 'bestillingsblanket': the head said in the tasks' word,
        tok.key, tok.alts, tok.match = synonym[0], synonym[1:], 0.85  # which may stand alone too
        return True
    parts = None if english else split_compound(index, tok.surface.casefold())
    if parts:  # 'datadelingsaftalen' -> 'aftal' (the head), 'datadeling'
        tok.key, tok.alts, tok.match = parts[1], (parts[0],), 0.8
        return True
    asked = None if english else _asked_of_known(index, tok.surface.casefold())
    if asked:  # 'ansøgningsfristen' -> 'ansøgning', and the head asks a deadline ('frist': when)
        tok.key, tok.alts, tok.match = asked[0], (), 0.8
        q.concepts |= CONCEPTS[asked[1]]  # (the token names the thing; the head only frames the question)
        return True
    if q.lang == "da" and (glossary_knows(tok.key) or tok.key in CONCEPTS):
        tok.match = 0.0  # a real word the tasks lack ('regning') is no misspelling of one they have
        _by_head(index, q, tok)
        return True
    return False


def _misspelt(index: Index, q: Question, tok: Token, *, english: bool) -> None:
    """A misspelling of a word the tasks write, or of a compound's first part, else unknown (match 0)."""
    # The stemmer may cut a misspelt name differently from the right one ('Kuips' -> 'kuip',
    # 'Kupis' -> 'kupis'), so the word as typed is tried too.
    fixed = _nearest_reading(index.correct(tok.key, typed=tok.surface) or index.correct(
        loose(ascii_fold(tok.surface.casefold())), typed=tok.surface), index.correct_word(tok.surface))
    if fixed and english and len(tok.surface) < ENGLISH_TYPO_MIN and not _swapped(tok.key, fixed[0]):
        fixed = None  # one letter off a Danish word is another word; two swapped letters a typo
    if fixed and fixed[1] < NAME_TYPO_MATCH and _is_name(q, tok) and len(tok.surface) < NAME_TYPO_LONG:
        fixed = None  # a name two letters off a shorter one the tasks write is another ('Skolemad')
    if fixed and _is_name(q, tok) and not _typo_of_written(index, tok.surface, fixed[0]):
        fixed = None  # near only by its stem: 'Klubnet' ('klubn') is no 'klub', a name of its own
    if fixed and CONCEPTS.get(fixed[0]) and not _typo_of_written(index, tok.surface, fixed[0]):
        # a word read as a concept changes what the question asks ('samtlige' a list): only a word near one
        # the tasks write is a misspelling of it, not one near its stem ('salte' -> 'salt' ~ 'samt')
        fixed = None
    if fixed:
        tok.key, tok.match, others = fixed
        tok.alts = tuple(others)
        tok.concepts = CONCEPTS.get(tok.key, frozenset())
        q.concepts |= tok.concepts
    elif not english and (parts := _split_misspelt(index, tok.surface.casefold())):
        tok.key, tok.alts, tok.match = parts[1], (parts[0],), 0.75  # 'superbrugerrkurset'
    else:
        tok.match = 0.0
        _by_head(index, q, tok)  # after spelling: 'tilslutingsaftalen' is a typo, not some 'aftale'


def _nearest_reading(by_stem, by_word):
    """The reading of a misspelt word: its stem's nearest key, else its nearest written word's key. When
    both are as near and differ, the word's comes first and the stem's is kept as a reading just as close:
    a stem cut from a misspelling may meet another word's stem ('gudie' -> 'gudi' ~ 'guid' of 'guidet')
    where the word as typed is one letter off the word the tasks write ('Guide er ...')."""
    if by_stem is None or by_word is None or by_word[1] < by_stem[1] or by_word[0] == by_stem[0]:
        return by_stem or by_word
    return by_word[0], by_word[1], [by_stem[0], *(k for k in by_word[2] if k != by_stem[0])]


def _by_head(index: Index, q: Question, tok: Token) -> None:
    """'vejkurset' is a 'kursus' of some kind: a Danish compound the tasks lack, found by its head and
    trusted as a part (a lowercase word of a Danish question only)."""
    if q.lang != "da" or not tok.surface.islower():
        return
    head = compound_head(index, tok.surface.casefold())
    if head:
        tok.key, tok.alts, tok.match = head, (), HEAD_MATCH
        return
    # 'fælles' is the first part of 'fælleskommunal': a compound the tasks have that begins with it
    first = compound_starts(index, tok.surface.casefold())
    if first:
        tok.key, tok.alts, tok.match = first[0], tuple(first[1:]), HEAD_MATCH


def _short_head_compounds(index: Index, k: str, surface: str, *, limit: int = 4) -> list[str]:
    """Known compounds ending in a word whose key is three letters ('pose' -> 'pos' in 'doseringspos'),
    which index.compounds leaves alone as too short to tell a head from a word's ending: only those whose
    first part (without a linking -s-/-e-) is at least four letters and begins another key the tasks
    write ('dosering' in 'doseringsrull'), so the first part is a word of its own, not a stem ('dis|pos')."""
    if len(k) != 3 or not k.isalpha() or len(surface) < 4 or not surface.isalpha() or k in GENERIC_KEYS:
        return []
    rk = k[::-1]
    at = bisect_left(index.reversed_keys, rk)
    found = []
    while at < len(index.reversed_keys) and index.reversed_keys[at].startswith(rk) and len(found) < 50:
        compound = index.reversed_keys[at][::-1]
        at += 1
        first = compound[:-len(k)]
        firsts = [first] + ([first[:-1]] if first[-1:] in ("s", "e") else [])
        if any(len(f) >= 4 and (f in index.postings or any(o != compound for o in islice(
                keys_beginning(index, f), 3))) for f in firsts):
            found.append(compound)
    return sorted(found, key=lambda f: -index.df(f))[:limit]


def _begun(index: Index, k: str) -> list[str]:
    """Known keys of compounds that begin with `k` (at least six letters, the rest at least four),
    most frequent first: a word the tasks use only as the first part of a compound."""
    if len(k) < 6 or not k.isalpha():
        return []
    found = [o for o in islice(keys_beginning(index, k), 50) if len(o) >= len(k) + 4]
    return sorted(found, key=lambda o: -index.df(o))[:8]


# A short word that begins compounds: four or five letters (shorter ones begin too many words by chance)
_SHORT_FIRST = (4, 5)


def _short_first_part(index: Index, surface: str, *, limit: int = 4) -> list[str]:
    """Known keys of compounds that begin with a short lowercase word the tasks write only in them ('urne' ->
    'urnenedsættelse', 'urnegravsted'), which `_begun` leaves alone as too short to tell a first part from a
    word's beginning: only those whose rest (after a linking -s-/-e-) is a key the tasks write of its own
    ('gravsted'), so the word is a part, not a stem ('bil|ag')."""
    if not surface.isalpha() or not surface.islower() or is_stop(surface) or key(surface) in GENERIC_KEYS:
        return []
    folded = loose(ascii_fold(surface))
    found: dict[str, None] = {}
    for base in dict.fromkeys([folded, *(folded[:-len(e)] for e in _INFLECTED if folded.endswith(e))]):
        if not _SHORT_FIRST[0] <= len(base) <= _SHORT_FIRST[1]:
            continue
        for k in islice(keys_beginning(index, base), 50):
            if any(len(r) >= 4 and r in index.postings for r in unlinked(k[len(base):])):
                found.setdefault(k, None)
    return sorted(found, key=lambda f: -index.df(f))[:limit]


def unlinked(rest: str) -> list[str]:
    """What follows a compound's first part, as written and, after a linking -s- or -e-, without it
    ('sgravsted': 'sgravsted', 'gravsted')."""
    return [rest] + ([rest[1:]] if rest[:1] in LINKS else [])


# A noun's definite and plural endings, cut to find the word it begins compounds as ('asken', 'urner')
_INFLECTED = ("erne", "ene", "en", "et", "er", "n", "r")


# A name (a capitalised word inside the question) is corrected two letters off only from this length.
NAME_TYPO_LONG = 10
NAME_TYPO_MATCH = 0.8  # index.correct's 0.75: two letters off


def _is_name(q: Question, tok: Token) -> bool:
    return tok.pos > 0 and tok.surface[:1].isupper() and not tok.surface.isupper()


def _typo_of_written(index: Index, surface: str, target: str) -> bool:
    """Whether `surface` as typed is one letter off (two from NAME_TYPO_LONG letters, as for names
    elsewhere: 'Driftnet' is no 'driften') a word the tasks write with the key `target`: a misspelt
    name is near the name as written ('Prsime', 'Prisme'), not only near its stem, which cuts
    another name's ending away ('Klubnet' -> 'klubn' ~ 'klub')."""
    typed = loose(ascii_fold(_POSSESSIVE.sub("", surface.casefold())))  # 'Brix's' is Brix
    if not typed:
        return False
    limit = 1 if len(typed) < NAME_TYPO_LONG else 2
    if OSA.distance(typed, target, score_cutoff=limit) <= limit:
        return True  # near the key itself (the index keeps no written form of a word under five letters)
    return any(index.words.get(w) == target and OSA.distance(typed, w, score_cutoff=limit) <= limit
               for n in range(len(typed) - limit, len(typed) + limit + 1)
               for w in index.word_blocks.get((typed[0], n), ()))


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# Below this length, an unknown lowercase word of an English question is corrected only for two
# swapped letters ('prsime' -> 'prisme'), not for one letter off ('main' -> 'mail').
ENGLISH_TYPO_MIN = 7


def _swapped(typed: str, known: str) -> bool:
    return OSA.distance(typed, known) == 1 and Levenshtein.distance(typed, known) == 2
