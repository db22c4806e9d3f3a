"""How much each word of a question matters, its concepts and the keys it may match."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from knowledge.fold import (
    GENERIC_KEYS,
    ascii_fold,
    fallback_keys,
    is_stop,
    key,
    loose,
)
from knowledge.index import Index
from knowledge.lexicon import (
    CONCEPTS,
    FOLDED_HOMOGRAPHS,
    FRAMING,
    RELATION_KEYS,
    RELATIONS,
)
from knowledge.morphology import derivations, short_verb_keys, syncope_keys
from knowledge.qa.analysis.known import _known
from knowledge.qa.analysis.tokens import CONCEPT_WEIGHT, RARE_TASKS, Question, Token
from knowledge.qa.analysis.unknown import _match_unknown


def _modifier_of(index: Index, short: str, k: str) -> bool:
    """Whether a shorter key is the first part of a compound that names a person by a role, not another
    form of the word: the rest ('chef' of 'beredskabschef', after a linking -s- or -e-) is a role word.
    'Beredskabets uddannelseskoordinator' is no 'beredskabschef' (while the 'forbrug' of a
    'forbrugsloft' may well be what a sentence about it says)."""
    if not k.startswith(short) or len(k) - len(short) < _MIN_HEAD:
        return False
    rest = k[len(short):]
    tails = [rest] + ([rest[1:]] if rest[0] in "se" and len(rest) > _MIN_HEAD else [])
    return any(len(t) >= _MIN_HEAD and _ROLE_HEAD.fullmatch(t) for t in tails)


_MIN_HEAD = 4  # 'chef'; a shorter rest is an ending ('ing' of 'udbetaling')
# the keys of the heads that make a compound name a person by a role
_ROLE_HEAD = re.compile(r"chef|leder|led|direktor|ansvar\w*|konsulen\w*|koordinator|medarbejd\w*|"
                        r"administrator|sekretar|inspektor")


# Things named in two letters, typed lower case as often as not ('på køkkenets pc?'): words, not noise
_SHORT_NOUNS = frozenset({"pc", "tv", "id", "cd"})


def _weigh(index: Index, q: Question, tok: Token) -> None:
    """A word's concepts, key, alternatives, match and weight, or its role as a stop word."""
    shouting = _concepts_read(index, q, tok)
    if (is_stop(tok.surface.casefold()) and not shouting) or (tok.concepts and tok.concepts <= FRAMING):
        tok.role = "stop"
        return
    known, others = _known_form(index, tok)
    named = shouting or (tok.pos > 0 and tok.surface[:1].isupper())
    if not tok.concepts and tok.key in GENERIC_KEYS and not named:  # 'Context Handler' is a name
        if known:
            tok.weight = 0.1  # a framing verb the text happens to use ("tager", "finder")
        else:
            tok.role = "stop"
        return
    if not known and not tok.concepts:
        _match_unknown(index, q, tok)
        if tok.match == 0 and others:  # not the word in a compound or another form: its glossary form's
            tok.key, tok.alts, tok.match = others[0], tuple(others[1:]), 1.0
            _match_unknown(index, q, tok)
        known = tok.match > 0
        _note_spelling(index, q, tok)
    if tok.concepts:
        tok.weight = CONCEPT_WEIGHT
        related = [k for c in tok.concepts & RELATIONS for k in RELATION_KEYS[c] if k != tok.key]
        tok.alts = (*tok.alts, *(k for k in related if k in index.postings and k not in tok.alts))
        return
    short = len(tok.surface) <= 2 and tok.surface.casefold() not in _SHORT_NOUNS
    if short and not shouting and not tok.surface.isdigit() and tok.key not in index.projects:
        tok.role = "stop"
        return
    if known:
        _weigh_known(index, tok)
    else:
        # A word the tasks never use: a name ('SAP', 'Løn' after 'Opus') weighs more than a
        # lowercase word, which may just be a verb the lexicon lacks. English weighs like Danish:
        # the glossary holds the general words of both, so an English word it lacks is as likely
        # a subject the tasks lack ('main phone number') as a Danish one.
        tok.weight, tok.match = (1.2 if named else 0.8), 0.0


# how many letters a misspelt word may be off the tasks' word it was read as, to stand for it in checks
_SPELLING_OFF = 2


def _note_spelling(index: Index, q: Question, tok: Token) -> None:
    """A word read as one the tasks write a letter or two off ('testcaes', 'deltagre'): the tasks' word is
    kept, for the checks that read the question's own words ('hvor mange testcaes' counts 'testcases')."""
    if not 0 < tok.match < 1 or tok.key == tok.own_key or tok.read_by_head:
        return
    written = index.written_form(tok.key, tok.surface)
    if written and OSA.distance(written, loose(ascii_fold(tok.surface.casefold()))) <= _SPELLING_OFF:
        q.spelled[tok.pos] = written


def _concepts_read(index: Index, q: Question, tok: Token) -> bool:
    """The word's concepts, added to the question's; whether it is written in capitals as a name."""
    tok.concepts = CONCEPTS.get(tok.key, frozenset())
    if tok.surface.casefold() in FOLDED_HOMOGRAPHS:
        tok.concepts = frozenset()  # 'skal skurene males?' is no question of the goal ('mål')
    q.concepts |= tok.concepts
    shouting = tok.surface.isupper() and len(tok.surface) >= 2  # "OS Indsigt": a name, not "os"
    if tok.pos > 0 and tok.surface[:1].isupper() and tok.key in index.fact_subjects:
        shouting = True  # a system named like a stop word ('for Some?')
    return shouting


def _known_form(index: Index, tok: Token) -> tuple[bool, tuple[str, ...]]:
    """Whether the tasks know the word (as a name's genitive or by its glossary form, which then becomes
    its key), and the glossary's forms of a word they do not know."""
    known = _known(index, tok.key)
    if not known and (own := _name_genitive(index, tok)):
        tok.key, known = own, True  # 'Rasmus Dues mail': the stemmer keeps a short name's -s
    others = () if known else fallback_keys(tok.key)
    # a word of its own root the tasks write comes before the glossary's one-way form ('underviser' is
    # the tasks' 'undervisningen' before it is any 'uddannelse')
    if others and not _derived_known(index, tok) and (found := [k for k in others if k in index.postings]):
        tok.key, *rest = found  # 'koster' -> 'meromkostning' when the tasks say that
        tok.alts = tuple(rest)
        known = True
    return known, others


def _weigh_known(index: Index, tok: Token) -> None:
    """A known word's weight by its rarity, and its other forms and readings the tasks write."""
    tok.weight = min(1.0, max(0.3, index.idf(tok.key)))
    tok.alts = (*tok.alts, *(v for v in index.variants(tok.key) if not _modifier_of(index, v, tok.key)))
    # ... and the form with or without a noun's unstressed e, which one task may write and another
    # not ('reglerne' / 'regel')
    tok.alts = (*tok.alts, *(k for k in syncope_keys(tok.surface.casefold(), tok.key)
                             if k in index.postings and k not in tok.alts))
    # ... and another form of a verb of a short root, which the stemmer keys apart ('ejer' / 'ejes')
    tok.alts = (*tok.alts, *(k for k in short_verb_keys(tok.surface.casefold())
                             if k in index.postings and k not in tok.alts))
    # the glossary's everyday reading of a word the tasks rarely use: 'stopper' is 'stop' and may be
    # 'opsige' ('hvem skriver under på, at vi stopper kontrakten?') where one task says 'stoppes' in
    # another sense; a word many tasks use already finds what it means there
    if len(index.task_postings.get(tok.key, ())) <= max(RARE_TASKS, len(index.tasks) // 50):
        tok.alts = (*tok.alts, *(k for k in fallback_keys(tok.key) if k in index.postings
                                 and k != tok.key and k not in tok.alts))


def _derived_known(index: Index, tok: Token) -> bool:
    """Whether the tasks write another word of the token's root ('underviser' -> 'undervisning')."""
    return tok.surface.islower() and any(len(k) > 3 and k in index.postings
                                         for k in derivations(tok.surface.casefold()))


def _name_genitive(index: Index, tok: Token) -> str | None:
    """The key of a capitalised word's genitive without its -s ('Dues' -> 'due', 'Bays' -> 'bay') when the
    tasks have that name and not the word as written (None otherwise)."""
    word = tok.surface
    if tok.pos == 0 or not word[:1].isupper() or not word.endswith("s") or len(word) < 3:
        return None
    own = key(word[:-1].casefold())
    return own if own in index.postings else None
