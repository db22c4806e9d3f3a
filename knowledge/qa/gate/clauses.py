"""The clause of an answer that speaks of what is asked, and a count said in another clause."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.language import PRICED_ON_CLAUSES
from knowledge.morphology import kin
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import clause_of, written_as_verb
from knowledge.qa.gate.reading import label_parts
from knowledge.qa.slots import counted_keys, counts_in
from knowledge.qa.types import PLAIN, Expect, holds


def _counted_in_another_clause(q: Question, text: str) -> bool:
    """'Hvor mange besøg giver et vintermedlemskab?' is not answered by 'Et vintermedlemskab koster 600 kr.,
    og et klippekort med 10 besøg koster 350 kr.': as with a price, the count stands in the clause of
    another thing, and the clause of the thing asked about counts nothing of what is asked."""
    clauses = _CLAUSES.split(text)
    unit = counted_keys(q) if len(clauses) >= 2 else set()
    holder = [t for t in _thing_words(q) if not set(t.keys) & unit]
    if not unit or not holder:
        return False
    counting = [c for c in clauses if counts_in(unit, c)]
    return bool(counting) and not any(_speaks_of(c, holder) for c in counting) and \
        any(_speaks_of(c, holder) for c in clauses if c not in counting)


def _thing_words(q: Question) -> list[Token]:
    """The words that name the thing a value is asked of: heavy enough, not the project's name, not the
    word asking for the value ('koster', 'prisen')."""
    return [t for t in q.content() if t.weight >= _PRICED_WEIGHT and t.role == "word"
            and t.pos not in q.project_pos and not _PRICE_WORD.match(ascii_fold(t.surface.casefold()))]


def _speaks_of(clause: str, asked: list[Token]) -> int:
    """How many of the asked words the clause says."""
    return len(_said_words(clause, asked))


def own_clause(q: Question, c: Candidate) -> str:
    """The answer's text, cut to the clause that gives the asked value of the asked thing when another
    clause gives a value of the same kind of another thing ('Licensen koster 38.000 kr. om året, og et
    kursus koster 2.400 kr. pr. deltager' for 'hvad koster licensen?'; '... rette kritiske fejl inden for 2
    arbejdsdage og øvrige fejl inden for 10 arbejdsdage' for the critical ones): the other value would read
    as an answer too. The whole text when no one clause is the asked one's."""
    text = c.text
    if q.expects is Expect.PARTY and not q.yesno and c.kind == "passage" and "\n" not in text and \
            (verb := _who_verb(q)) is not None:
        return clause_of(verb, text)  # '... underskrives af A, mens Y godkendes af B': B signs nothing
    if q.expects not in _CUT_KINDS or q.yesno or q.lang != "da" or c.kind not in ("passage", "count") or \
            "\n" in text or _COUNT_SAID.match(text):
        return text  # (a count's own words may open it: '3 kantiner – ...')
    labelled = label_parts(text)  # ('Opbevaring af logfiler: 13 måneder Svartid: højst 48 timer')
    asked = _thing_words(q)
    for clauses in ([labelled] if len(labelled) > 1 else [_CLAUSES.split(text), _AND_VALUE.split(text)]):
        valued = [clause for clause in clauses if holds(q.expects, clause, q.text)]
        if len(valued) < 2:
            continue
        if any(_speaks_of(clause, asked) for clause in clauses if clause not in valued):
            return text  # (the asked thing said in a clause without the value: that clause may name it)
        said = {clause: _said_words(clause, asked) for clause in valued}
        own = max(valued, key=lambda clause: len(said[clause]))
        others = [o for o in valued if o not in (own, clauses[0])]
        if clauses is not labelled and not all(_OWN_SUBJECT.match(o) for o in others):
            return text  # (', og 300 kr. for hver ekstra' goes on about the same thing: no other one)
        # every other clause says less of what is asked, and nothing the chosen one leaves out ('øvrige
        # fejl' against 'Leverandøren skal rette kritiske fejl ...' for the other errors: not this one)
        if not said[own] or any(said[o] == said[own] or not said[o] <= said[own] for o in valued if o != own):
            return text
        own = own.strip().rstrip(".,;")
        return own if len(labelled) > 1 else own[:1].upper() + own[1:] + "."
    return text


def _who_verb(q: Question) -> Token | None:
    """The verb of 'hvem (skal) underskrive X?', 'who approves X?': the first word after 'hvem' that is
    written as a verb (a concept's word too: signing is a deed of its own)."""
    if not q.tokens or q.tokens[0].key not in ("hvem", "who"):
        return None
    for t in q.tokens[1:]:
        if t.weight <= 0 and not t.concepts:
            continue  # 'kan', 'skal'
        return t if written_as_verb(t) else None
    return None


def _said_words(clause: str, asked: list[Token]) -> frozenset[int]:
    """The positions of the asked words the clause says."""
    keys = content_keys(clause)
    return frozenset(t.pos for t in asked if _said_as(t.keys, keys))


# A clause that names its own thing first: 'et kursus koster ...', 'den anden licens ...'
_OWN_SUBJECT = re.compile(r"\s*(?:en|et|den|det|de|hver|hvert)\s+[^\W\d_]", re.I)
# The count an answer opens with before the sentence it quotes: '2 – ', '3 kantiner – '
_COUNT_SAID = re.compile(r"\d+\s+(?:\S+\s+)?–\s")
# 'X inden for 2 dage og Y inden for 10 dage': two values joined by 'og' without a comma, each with its thing
_AND_VALUE = re.compile(r"(?<=\w)\s+og\s+(?=[a-zæøå])")


# The kinds of value a sentence is cut to its clause for: a value, a count, a time, a place
_CUT_KINDS = PLAIN | {Expect.COUNT, Expect.TIME, Expect.PLACE}


# The clauses of a sentence as the gate reads them (the name doings, prices and which import)
_CLAUSES = PRICED_ON_CLAUSES


def _said_as(keys, held) -> bool:
    """Whether a word is said among `held`: itself, a compound's part ('lokalet' for 'mødelokalet'), a
    derivation of its stem ('montering' for 'montere') or the noun of its adjective ('om året' for
    'årlige')."""
    held = set(held)
    return kin(set(keys), held) or any(len(k) >= 4 and h.startswith(k) for k in keys for h in held) or \
        any(k.endswith("lig") and k[:-3] in held for k in keys)


# The words that ask for a price, not for what is priced (ascii-folded)
_PRICE_WORD = re.compile(r"(koste|pris|betal|beloeb|gebyr|udgift|omkostning|takst|cost|price|fee)\w*$")


# A word this heavy names the thing priced (a rare word of the tasks, or one none has)
_PRICED_WEIGHT = 0.5
