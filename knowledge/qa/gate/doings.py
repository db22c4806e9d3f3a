"""Whether a count, price, time or place is said of the deed the question asks about, not of another."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import says_deed
from knowledge.qa.gate.clauses import _CLAUSES
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.words import _task_text
from knowledge.qa.types import Expect, holds
from knowledge.qa.types.places import asks_sited

# The kinds of value a deed has: how many are done, what it costs, when and where it is done
_DEED_VALUES = frozenset({Expect.COUNT, Expect.PRICE, Expect.TIME, Expect.PLACE, Expect.FREQUENCY})
# The values the task's other sentences say a deed's value of, when the value's own does not say it: a
# place (held-out counts: for counts this lost right answers, 'Der skal være 12 ... ' of the asked deed)
_COUNTED_DEEDS = frozenset({Expect.PLACE})
_MODALS = frozenset("skal skulle kan kunne må måtte bør burde vil ville".split())
_QUESTION_WORDS = frozenset("hvor hvornår".split())


def asked_doing(q: Question) -> Token | None:
    """The verb of a Danish value question: the one after its modal and subject ('hvor mange isvagter
    skal uddannes?', 'hvor længe skal vi gemme X?', 'hvornår skal fakturaen for et lokale være betalt?')
    or a passive right after 'hvor'/'hvornår' ('hvor hostes X?'); none for a corrected or guessed word,
    nor a stop word ('er', 'have', 'ligge'), which asks no deed of its own."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if tok.surface.casefold() not in _MODALS:
            continue
        for t in toks[i + 1:]:
            if t.surface.casefold() in _CLAUSE_OPENERS:
                return None  # '... have for at få X': the modal's verb was a stop word ('have', 'være')
            if t.weight <= 0 and t.role == "stop":
                continue  # 'vi', 'der', 'højst', 'være'
            if toks[t.pos - 1].surface.casefold() in _NOUN_BEFORE:
                continue  # 'et lokale', 'for borgerne': a noun of the subject or a complement
            if t.surface.casefold() in _ADVERBS:
                continue
            if t.surface.casefold().endswith(_SUBJECT_ENDINGS):
                continue  # 'skal isvagterne uddannes'
            return t if _verb_like(t) else None
        return None
    if len(toks) > 1 and toks[0].key in _QUESTION_WORDS and toks[1].surface.endswith("es"):
        return toks[1] if _verb_like(toks[1]) else None
    return None


# Words a noun follows (an article, a possessive, a preposition), and the endings of a definite or plural
# subject between a modal and its verb ('skal fakturaen ... betales', 'skal isvagterne uddannes')
_NOUN_BEFORE = frozenset("en et den det de hver hvert sin sit sine min mit mine vores jeres deres for på "
                         "af til i om med hos fra under over ved pr".split())
_SUBJECT_ENDINGS = ("en", "et", "ene", "er", "erne")  # (not a verb in -ne: låne, åbne, tjene)
# Adverbs between a modal and its verb ('må der højst bruges', 'skal senest sendes')
_ADVERBS = frozenset("højst mindst senest tidligst først også altid normalt typisk ca cirka samlet helst "
                     "allerede igen".split())


# Words that open a clause of its own after the modal's verb ('for at få licensen', 'når ... sendes')
_CLAUSE_OPENERS = frozenset("at når hvis før efter inden som".split())
# Verbs too general to be a deed of their own ('hvor meget skal vi få?'): any value is what one gets
_GENERAL = frozenset("få gøre give tage komme gå stå ligge bruge sætte".split())


def _verb_like(t: Token) -> bool:
    """A word in a verb's form, read as written ('uddannes', 'gemme', 'betalt'), of a deed of its own (a
    signing is read by its concept in any form, 'underskrives' - 'underskrevet': gate.signing's)."""
    return t.surface.casefold() not in _GENERAL and "sign" not in t.concepts and t.role == "word" and \
        t.weight > 0 and t.match == 1 and t.surface.islower() and t.surface.isalpha() and \
        t.surface.endswith(("e", "å", "es", "t", "et"))


def _value_of_another_doing(index: Index, q: Question, c: Candidate, text: str) -> bool:
    """'Hvornår skal hegnet leveres?' is not answered by 'Hegnet leveres af X, og fakturaen sendes 30 dage
    efter leveringen': the value stands in the clause of another deed, and the asked one's is not given. A
    place is another deed's also when its sentence does not say the asked verb and the task says it
    elsewhere. A sentence that does not say the asked verb may say it in other words ('gemmes' for
    'opbevares'), and a time, count or price is often given without it ('Frist: 1. marts'): those are left
    alone."""
    if q.lang not in ("da", "en") or q.yesno or q.expects not in _DEED_VALUES or len(c.tasks) != 1:
        return False
    sited = q.expects is Expect.PLACE and asks_sited(ascii_fold(q.asked.casefold()))
    if q.lang == "en" and not sited:
        return False  # an English question's verb is a rendering: a time, count or price is left to its
        # words ('be sent to KOMBIT' - 'send den til KOMBIT senest ...'), and so is where a course is held
        # ('deltager i et kursus ... i Vejle'); 'where is X hosted?' asks where a thing is, as in Danish
    verb = asked_doing(q)
    if verb is None:
        return False
    clauses = _CLAUSES.split(text)
    valued = [clause for clause in clauses if holds(q.expects, clause, q.text)]
    if not valued or any(_says(verb, clause) for clause in valued):
        return False
    if any(_says(verb, clause) for clause in clauses if clause not in valued):
        return True  # the deed in one clause, the value in another's
    if q.expects in _TIMED_DEEDS and all(_another_passive(clause) for clause in valued) and \
            _valued_elsewhere(index, q, c, verb, text):
        return True  # 'hvor længe kan man leje maskinen?' - 'Skader skal meldes inden for 3 arbejdsdage':
        # the time of another deed, said by its own verb, where the task gives the asked deed's elsewhere
    # (a count's whole text: the intro of the list it counts may say it, 'Følgende felter udfyldes:'; a
    # title that says the deed makes every value of the task the deed's: 'Konvertering af byggesager')
    task = index.tasks[c.tasks[0]]
    return q.expects in _COUNTED_DEEDS and not _says(verb, said(c.text)) and \
        not _says(verb, task.title) and any(index.task_has(c.tasks[0], k) for k in verb.keys)


# the values a deed's own verb says: how long or when it is done, how many days (not a place: see above)
_TIMED_DEEDS = frozenset({Expect.TIME, Expect.COUNT})
# a passive verb of a deed ('meldes', 'mailes', 'skrives'), not an adjective or a genitive in -es
_PASSIVE = re.compile(r"\b(?!(?:fælles|ellers|des|dages|hverdages|arbejdsdages|uges|timers|års)\b)"
                      r"[a-zæøå]{3,}es\b")


def _valued_elsewhere(index: Index, q: Question, c: Candidate, verb: Token, text: str) -> bool:
    """Whether another sentence of the answer's task says the asked deed with a value of the kind asked
    ('Maskinen kan lejes i op til 4 dage'): the deed's own value is there, so a value said by another verb
    is another deed's (a task that gives none may give it by the next deed: signing, then sending)."""
    own = text.strip()
    return any(s.strip() != own and _says(verb, s) and holds(q.expects, s, q.text)
               for s in _SENTENCE.split(_task_text(index, c)))


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def _another_passive(clause: str) -> bool:
    """Whether the clause says a deed by a passive verb of its own ('Skader skal meldes inden for ...')."""
    return bool(_PASSIVE.search(clause))


def _says(verb: Token, text: str) -> bool:
    return says_deed(verb, text) or _in_compound(verb, text)


def _in_compound(verb: Token, text: str) -> bool:
    """The verb's stem inside a compound of the text ('betal' in 'Egenbetaling: 0 kr.')."""
    return any(len(k) >= 4 and k in s for k in verb.keys for s in content_keys(text))
