"""Two words of a question the tasks write as one compound: side by side, said apart, or verb and object."""

from __future__ import annotations

from itertools import islice

from knowledge.fold import (
    ascii_fold,
    glossary_form,
    is_stop,
    key,
    loose,
)
from knowledge.index import Index
from knowledge.lexicon import (
    CONCEPTS,
    FRAMING,
)
from knowledge.morphology import derivations
from knowledge.qa.analysis.compounds import keys_beginning
from knowledge.qa.analysis.known import DEED_ENDINGS
from knowledge.qa.analysis.tokens import Question, Token
from knowledge.qa.analysis.unknown import COGNATE_MATCH, cognate_bases, cognate_distance


def _join_compounds(index: Index, q: Question, spans) -> None:
    """Two words the tasks write as one compound: 'test report', 'refund file', 'training
    coordinator', 'sender system' (after the glossary: 'test rapport', 'refusion fil', ...),
    'print løsningen' -> 'testrapport', 'refusionsfil', 'uddannelseskoordinator', 'afsendersystem',
    'printløsning', with a linking -s- or -e-. The head keeps its own key as an alternative (a
    'service' may be meant alone), the modifier does not: 'printing' alone is not 'printing service'."""
    toks = q.tokens
    for i in range(len(toks) - 1):
        first, second = toks[i], toks[i + 1]
        if first.role != "word" or second.role != "word" or spans[i + 1][1] - spans[i][2] > 1:
            continue
        if not all(t.surface.isalpha() and len(t.key) > 2 and not is_stop(t.surface)
                   and not CONCEPTS.get(t.key, frozenset()) & FRAMING for t in (first, second)):
            continue
        if (first.surface[:1].isupper() and second.surface[:1].isupper()) or first.key in index.projects \
                or second.key in index.projects:
            continue  # a name written in words ('Digital Post', 'Context Handler') stays as written
        joined = _compound(index, first, second)
        if joined:  # the head alone may still be meant ('service'), the modifier alone is not
            first.key, first.alts = joined, ()
            second.key, second.alts = joined, (second.key, *second.alts)
    _join_described(index, q, spans)
    _join_deed(index, q)


def join_read_forms(index: Index, q: Question, spans) -> None:
    """Two words the tasks write as one compound, one of them known only once read as an English word's
    Danish cognate: 'school patrol' -> 'skole' + 'patrulje', the tasks' 'skolepatruljen'. The join above
    sees the words as typed; this one sees them as read."""
    toks = q.tokens
    for i in range(len(toks) - 1):
        first, second = toks[i], toks[i + 1]
        if first.role != "word" or second.role != "word" or spans[i + 1][1] - spans[i][2] > 1:
            continue
        if first.weight <= 0 or second.weight <= 0 or first.key == second.key or first.match == 0:
            continue
        if first.surface[:1].isupper() and second.surface[:1].isupper():
            continue  # a name written in words stays as written
        if second.match == 0 and q.lang == "en" and second.surface not in q.typed:
            # ... or whose head is an English word's cognate only there: 'harbour patrol' -> 'havnepatruljen'
            joined = _compound_with_cognate(index, first.key, cognate_bases(second))
            if joined:
                first.key, first.alts = joined, ()
                second.key, second.alts, second.match = joined, (), COGNATE_MATCH
            continue
        read = [t for t in (first, second) if 0 < t.match < 1]
        if second.match == 0 or not read or not all(_read_as_cognate(q, t) for t in read):
            continue
        joined = _compound_read(index, first, second)
        if joined:
            first.key, first.alts = joined, ()
            second.key, second.alts = joined, (second.key, *second.alts)


def _read_as_cognate(q: Question, t: Token) -> bool:
    """Whether a word was read as the Danish cognate of an English word left as typed (not a misspelling of
    a Danish word, whose join with its neighbour made confident wrong answers on a held-out set, counted)."""
    return q.lang == "en" and t.surface not in q.typed and any(
        cognate_distance(b, t.key) is not None for b in cognate_bases(t))


def _compound_with_cognate(index: Index, modifier: str, bases: list[str]) -> str | None:
    """The known key of a compound of the modifier's key and a head that is a cognate of the English word."""
    for link in ("", "s", "e"):
        start = modifier + link
        for k in islice(keys_beginning(index, start), 50):
            if any(cognate_distance(b, k[len(start):]) is not None for b in bases):
                return k
    return None


def _compound_read(index: Index, first: Token, second: Token) -> str | None:
    """The known key of the compound of two words as read (their keys), with a linking -s- or -e-."""
    for joined in (first.key + link + second.key for link in ("", "s", "e")):
        if joined in index.postings:
            return joined
    return None


# The prepositions by which Danish says a compound's two parts apart: 'aftalen om tilslutning' is the
# 'tilslutningsaftale', 'ansvarlig for driften' the 'driftsansvarlig', 'rettigheder til adgang' the
# 'adgangsrettigheder', 'overførslen af data' the 'dataoverførsel', 'listen over deltagere' the
# 'deltagerliste', 'aftalen med leverandøren' the 'leverandøraftale', 'fejl i systemet' the 'systemfejl'
_COMPOUND_PREPOSITIONS = frozenset("for om til af over med i på".split())


def _join_described(index: Index, q: Question, spans) -> None:
    """A compound the tasks write, said in its parts the other way round: the head, a preposition and
    the modifier ('ansvarlig for dataene' -> 'dataansvarlig', 'kurset for superbrugerne' ->
    'superbrugerkurset', 'aftalen om tilslutning' -> 'tilslutningsaftalen'), a possessive or 'alle'
    between them too ('listen over vores deltagere' -> 'deltagerlisten'). Only when the tasks have the
    compound and no passage writes both words: then both are read as the compound, the head keeping its
    own key as an alternative (as above). A list word frames a question and weighs nothing, so it is left
    as it is and its modifier alone is read as the list, keeping its own key as well ('listen over
    deltagerne' may be answered by a sentence of 'deltagerne'; any 'list' would be any list, 'Prislisten')."""
    toks = q.tokens
    for i in range(len(toks) - 2):
        head = toks[i]
        if toks[i + 1].surface.casefold() not in _COMPOUND_PREPOSITIONS:
            continue
        at = i + 2
        while at < len(toks) - 1 and toks[at].surface.casefold() in _BETWEEN_PARTS:
            at += 1
        modifier = toks[at]
        listing = _list_word(head)
        if (head.role != "word" and not listing) or modifier.role != "word" or head.key == modifier.key or \
                any(spans[j + 1][1] - spans[j][2] > 1 for j in range(i, at)):
            continue
        if not _plain_word(modifier) or not (listing or _plain_word(head)):
            continue
        if head.key in index.projects or modifier.key in index.projects:
            continue
        joined = _described_compound(index, modifier, head) or \
            (None if listing else _by_modifiers_head(index, modifier, head))
        if not joined or _said_apart(index, head, modifier):
            continue
        if listing:
            modifier.key, modifier.alts = joined, (modifier.key, *modifier.alts)
        else:
            modifier.key, modifier.alts = joined, ()
            head.key, head.alts = joined, (head.key, *head.alts)


# Words that may stand between a compound's head and its modifier said apart ('listen over vores deltagere',
# 'oversigten over alle de huse'): possessives and quantifiers, which name no part
_BETWEEN_PARTS = frozenset("vores jeres deres alle samtlige de".split())


def _plain_word(t: Token) -> bool:
    """A lowercase word of letters that is no stop word and frames nothing: a compound's part."""
    return t.surface.isalpha() and t.surface.islower() and len(t.key) > 2 and not is_stop(t.surface) \
        and not CONCEPTS.get(t.key, frozenset()) & FRAMING


def _list_word(t: Token) -> bool:
    """A lowercase word that only says 'a list' ('listen', 'oversigten'): it frames a question of which
    things, and may be the head of a list the tasks name by what it lists ('deltagerlisten')."""
    return t.surface.isalpha() and t.surface.islower() and CONCEPTS.get(t.key, frozenset()) == {"list"}


def _join_deed(index: Index, q: Question) -> None:
    """A verb and its object the tasks write as one compound, the object before the deed's noun ('hvornår
    slynges honningen?' -> 'Honningslyngning sker i august', 'hvem tømmer containerne?' ->
    'Containertømning …'). Only when the tasks have the compound and no passage writes the verb with the
    object: then both are read as the compound, the verb keeping its own key as an alternative."""
    words = [t for t in q.tokens if t.role == "word" and t.surface.isalpha() and t.surface.islower()
             and len(t.key) > 2 and not is_stop(t.surface) and not CONCEPTS.get(t.key, frozenset()) & FRAMING
             and t.key not in index.projects]
    for verb in words:
        deeds = [d for d in derivations(verb.surface.casefold()) if d.endswith(DEED_ENDINGS) and len(d) >= 5]
        if not deeds:
            continue
        for obj in words:
            if obj is verb or obj.key == verb.key:
                continue
            joined = _deed_compound(index, obj, deeds)
            if joined and not _said_apart(index, verb, obj):
                obj.key, obj.alts = joined, ()
                verb.key, verb.alts = joined, (verb.key, *verb.alts)
                break


def _deed_compound(index: Index, obj: Token, deeds: list[str]) -> str | None:
    """The key of the compound the tasks write of the object (as written, or without its noun ending),
    a linking -s- or -e- or none, and one of the deed's nouns; None when they have none."""
    for base in _noun_bases(obj.surface.casefold()):
        for link in ("", "s", "e"):
            for deed in deeds:
                joined = key(base + link + deed)
                if joined in index.postings:
                    return joined
    return None


# The endings of a noun's definite or plural form, cut to find the form it takes before another word
# ('superbrugerne' -> 'superbruger', 'driften' -> 'drift', 'dataene' -> 'data')
_NOUN_ENDINGS = ("erne", "ene", "ne", "en", "et", "e")


def _described_compound(index: Index, modifier: Token, head: Token) -> str | None:
    """The key of the compound the tasks write of the modifier (as written, or without its noun
    ending) and the head as written, with a linking -s- or -e- or none; None when they have none. A list
    word is any list word as a head ('oversigten over deltagerne' -> 'deltageroversigten')."""
    tails = (head.surface.casefold(), *(_LIST_HEADS if _list_word(head) else ()))
    for tail in dict.fromkeys(tails):
        for base in _noun_bases(modifier.surface.casefold()):
            for link in ("", "s", "e"):
                joined = key(base + link + tail)
                if joined in index.postings and joined not in (head.key, modifier.key):
                    return joined
    return None


def _by_modifiers_head(index: Index, modifier: Token, head: Token) -> str | None:
    """The compound a task writes of the head and the modifier's own head, where that task names the
    modifier too: 'aftalen om pindsvinehusene' -> 'Husaftalen' of the task that lends 'pindsvinehuse',
    'planen over isblokkene' -> 'Blokplanen' of the task that places 'isblokke'. Only where every task that
    writes the compound names the modifier: another task's 'Kasseaftalen' of 'vinkasser' is no 'aftalen om
    fuglekasserne', and the joined word would not tell them apart."""
    tail = head.surface.casefold()
    for base in _noun_bases(modifier.surface.casefold()):
        for part in _heads_of(base):
            for link in ("", "s", "e"):
                joined = key(part + link + tail)
                if joined not in index.postings or joined in (head.key, modifier.key):
                    continue
                writers = set(index.task_postings.get(joined, ()))
                if writers and writers <= set(index.task_postings.get(modifier.key, ())):
                    return joined
    return None


# a compound's own head is this long at least ('hus' of 'pindsvinehus'), after a modifier as long
_OWN_HEAD = 3


def _heads_of(base: str) -> list[str]:
    """The ends of a noun's base that may be its compound's head, longest first, each also without a doubled
    last consonant ('isblokk' -> 'blokk', 'blok')."""
    out: list[str] = []
    for cut in range(_OWN_HEAD, len(base) - _OWN_HEAD + 1):
        part = base[cut:]
        out.append(part)
        if len(part) > _OWN_HEAD and part[-1] == part[-2] and part[-1] not in "aeiouyæøå":
            out.append(part[:-1])
    return out


# the heads by which the tasks name a list by what it lists ('deltagerlisten', 'baneoversigten')
_LIST_HEADS = ("liste", "oversigt")


def _noun_bases(word: str) -> dict[str, None]:
    """A casefolded noun as written and without each noun ending it has, in that order."""
    return dict.fromkeys([word] + [word[:-len(e)] for e in _NOUN_ENDINGS
                                   if word.endswith(e) and len(word) - len(e) >= 3])


def _said_apart(index: Index, head: Token, modifier: Token) -> bool:
    """Whether some passage of the tasks writes both words on their own: then the question may mean
    them so ('skal kommunen afholde udgifterne til transport?' where a task says just that)."""
    heads = index.postings.get(head.key)
    mods = index.postings.get(modifier.key)
    return bool(heads and mods and set(heads) & set(mods))


def _compound(index: Index, first: Token, second: Token) -> str | None:
    """The known key of the compound of two words, or of a longer compound ending with it."""
    modifiers = dict.fromkeys(m for m in (first.key, glossary_form(first.key),
                                          loose(ascii_fold(first.surface.casefold()))) if m)
    heads = dict.fromkeys(h for h in (second.key, loose(ascii_fold(second.surface.casefold()))) if h)
    tried = [m + link + h for m in modifiers for link in ("", "s", "e") for h in heads]
    for joined in tried:
        if joined in index.postings:
            return joined
    for joined in tried:
        longer = index.compounds(joined, limit=1)
        if longer:
            return longer[0]
    return None
