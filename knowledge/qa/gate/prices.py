"""Whether a price answer prices the thing asked about, not another thing."""

from __future__ import annotations

import re
from itertools import chain

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.clauses import (
    _CLAUSES,
    _PRICE_WORD,
    _PRICED_WEIGHT,
    _said_as,
    _speaks_of,
    _thing_words,
)
from knowledge.qa.gate.deeds import _QUANTIFIER
from knowledge.qa.gate.reading import _QUOTING, said
from knowledge.qa.types import Expect, holds, is_number
from knowledge.retrieval import title_keys


def _price_of_another(index: Index, q: Question, c: Candidate) -> bool:
    """A sentence's price is the price of what it names. A word of the question that neither the sentence
    nor its task's title holds makes it another's: a word no task has ('en hovedret med glutenfri kost' -
    'En hovedret koster ...'), a number it does not give ('for en kommune med 80.000 indbyggere' - 'for
    kommuner under 50.000 indbyggere'), or any word when the sentence names what it prices and that is no
    word of the question ('en natriumpære' - 'Et armatur koster ...'). A sentence that names nothing
    priced ('Deltagelse er gratis') is about its paragraph's thing, and is not judged here; nor is an
    English question, whose words are matched to the Danish text by meaning."""
    if c.kind not in _QUOTING or len(c.tasks) != 1 or q.yesno or q.lang != "da":
        return False
    text = said(c.text).split("\n", 1)[0]
    held = content_keys(text) | title_keys(index.tasks[c.tasks[0]].title)
    missing = [t for t in _priced_asked(index, q, c.tasks[0])
               if not _said_as(t.keys, held) and not _adjective_of(t.surface, held)]
    if not missing:
        return _priced_in_another_clause(q, text) or _priced_name_of_another(index, q, c.tasks[0], text) \
            or _priced_deed_of_asked(q, text) \
            or _priced_for_another(q, text, title_keys(index.tasks[c.tasks[0]].title)) \
            or _unit_price_of_another(index, q, c.tasks[0], text)
    if any(t.match == 0 or is_number(t.surface) for t in missing):
        return True
    priced = {k for m in chain(_PRICED.finditer(text), _PRICE_OF.finditer(text))
              for k in content_keys(m.group(1))}
    if not priced:  # ('Byttebasen leveres af X og koster ...': the name it opens with is what it prices)
        return _priced_name_of_another(index, q, c.tasks[0], text)
    asked = {k for t in q.content() for k in t.keys}
    return not any(_said_as((k,), asked) for k in priced)


def _priced_asked(index: Index, q: Question, task: int) -> list[Token]:
    """The question's words that name the thing whose price it asks: heavy words, not the project, not a
    price word, not the task's name, not the deed after 'at' ('hvad koster det at købe en stander?' asks
    the price of a stander; the buying is how, not what)."""
    return [t for t in q.content() if t.weight >= _PRICED_WEIGHT and t.role == "word"
            and t.pos not in q.project_pos and not _PRICE_WORD.match(ascii_fold(t.surface.casefold()))
            and not (t.pos > 0 and q.tokens[t.pos - 1].surface.casefold() in ("at", "to"))  # 'at leje'
            and not _task_name(index, task, t)]


def _unit_price_of_another(index: Index, q: Question, task: int, text: str) -> bool:
    """'En tavle koster 2.400 kr.' is the price of one tavle: not of another thing the question asks
    about ('hvad koster et vejbump?') that the sentence does not write and only its task's title holds
    (a task about signs at speed bumps prices its signs, not the bumps)."""
    priced = {k for m in _UNIT_PRICED.finditer(text) for k in content_keys(m.group(1) or m.group(2))}
    if not priced:
        return False
    asked = _priced_asked(index, q, task)
    written = content_keys(text)
    if not asked or any(_said_as(t.keys, written) for t in asked):
        return False
    # the thing priced may be one the question names by the task's own name ('hvad koster et lån af
    # sandværktøj?' - 'Et lån koster 350 kr.' in 'Lån af sandværktøj'): left out of `asked`, still asked
    named = {a for t in q.content() if t.role == "word" and t.pos not in q.project_pos for a in t.keys}
    return not any(_said_as((k,), named) for k in priced)


def _priced_deed_of_asked(q: Question, text: str) -> bool:
    """'Installationen af skærmene koster 1.200 kr.', 'Lejen af en kabine koster 50 kr.': the price of a deed
    done to the asked thing (or a part of it), not of the thing the question prices ('hvad koster en
    skærm?'), unless the question names that deed too ('hvad koster installationen?')."""
    asked = {k for t in q.content() if t.role == "word" for k in t.keys}
    deeds = list(_PRICED_OF_THING.finditer(text))
    # 'Abonnementet koster 129 kr., og montering af en GPS-enhed koster 750 kr.': the asked thing's own price
    # is there too (not the object of a priced deed, 'Installationen af skærmene koster ...')
    if any(_said_as(content_keys(m.group(1)), asked) for m in _PRICED.finditer(text)
           if not any(d.start() <= m.start() < d.end() for d in deeds)):
        return False
    for m in deeds:
        head = m.group(1)
        if _PRICE_WORD.match(ascii_fold(head.casefold())) or _QUANTIFIER.fullmatch(head):
            continue  # 'Prisen af ...', 'Hver af skærmene koster ...': the thing's own price
        if not _said_as(content_keys(head), asked):
            return True
    return False


# A noun and what it is done to before the price: 'Installationen af skærmene koster', 'Leje af en kabine
# koster'
# (a noun: not a passive's verb, 'Byttebasen leveres af Byttenet og koster ...', nor a clause joined on)
_PRICED_OF_THING = re.compile(r"\b(?![a-zæøå]+es\b)([^\W\d_][\w-]{2,})\s+af\s+"
                              r"(?:(?!(?:og|eller|samt|men)\b)[\w-]+\s+){1,3}?(?:koster|kostede)\b", re.I)
# What one of a kind costs: 'En tavle koster ...', 'Et armatur koster ...' (an item's unit price)
# (or the thing a sentence opens with, bought or rented for its amount: 'Printerne købes for 4.500 kr.')
_UNIT_PRICED = re.compile(r"\b(?:en|et|hver)\s+([^\W\d_][\w-]{2,})\s+(?:koster|kostede)\b|"
                          r"^([A-ZÆØÅ][^\W\d_]{2,}(?:ne|erne))\s+(?:købes|lejes|leases|koster)\b", re.I)


def _priced_in_another_clause(q: Question, text: str) -> bool:
    """A sentence of two clauses, the amount in one and the thing asked about in the other ('Etableringen
    koster 185.000 kr., og driften betales med et fast beløb pr. sensor' for 'hvad koster driften?'):
    the amount is the price of the other clause's thing, and the asked one's price is not given."""
    clauses = _CLAUSES.split(text)
    if len(clauses) < 2:
        return False
    asked = _thing_words(q)
    if not asked:
        return False
    with_amount = [c for c in clauses if holds(Expect.PRICE, c)]
    return bool(with_amount) and not any(_speaks_of(c, asked) for c in with_amount) and \
        any(_speaks_of(c, asked) for c in clauses if c not in with_amount)


def _priced_for_another(q: Question, text: str, title: set[str]) -> bool:
    """'Kontingentet for ungdomsklub er 150 kr.' is the fee for ungdomsklub: not for a thing of the
    question the sentence (or its task's title) does not write ('ungeklubben', held only by a shared
    head such as 'klub'). Only a clause that gives the amount says what it prices ('pris på
    forespørgsel' prices nothing)."""
    priced = {k for clause in _CLAUSES.split(text) if holds(Expect.PRICE, clause)
              for m in _PRICE_OF.finditer(clause) for k in content_keys(m.group(1))}
    if not priced:
        return False
    asked = [t for t in q.content() if t.weight >= _PRICED_WEIGHT and t.role == "word"
             and not _PRICE_WORD.match(ascii_fold(t.surface.casefold()))]
    written = content_keys(text) | title
    absent = [t for t in asked if not any(h == k or h.startswith(k) for k in t.keys for h in written)]
    return bool(absent) and not any(_said_as((k,), {a for t in asked for a in t.keys}) for k in priced)


def _priced_name_of_another(index: Index, q: Question, task: int, text: str) -> bool:
    """A sentence that prices a named thing ('Venneportalen leveres af X og koster 1.900 kr.') gives
    the price of that thing: not of another the question asks about ('hvad koster en besøgsven?'), whose
    word only the task's title or project holds. A common noun as subject ('Kontrakten ... koster') is
    the asked thing's paper, and is not judged here."""
    first = _FIRST_WORD.match(text)
    if first is None or not _PRICE_VERB.search(text.split(",", 1)[0]):
        return False
    name = first.group(0).strip()
    own = key(name.casefold())
    body = "\n".join(index.passages[p].text for p in index.task_passage_ids(task)
                     if index.passages[p].field != "title")  # (a title capitalises its first word)
    if not any(key(w.casefold()) == own for w in _MID_SENTENCE_NAME.findall(body)):
        return False  # a name is written with a capital inside a sentence too ('Tag Venneportalen i brug')
    named = set(content_keys(name))
    asked = [t for t in q.content() if t.weight >= _PRICED_WEIGHT and t.role == "word"
             and not _PRICE_WORD.match(ascii_fold(t.surface.casefold()))]
    return bool(asked) and not any(_said_as(t.keys, named) or _said_as(named, set(t.keys)) for t in asked)


_FIRST_WORD = re.compile(r"^\W*[A-ZÆØÅ][\wæøåÆØÅ-]+")
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-zæøå0-9,] )[A-ZÆØÅ][\wæøåÆØÅ-]+")
_PRICE_VERB = re.compile(r"\b(koster|kostede|costs?)\b", re.I)


def _adjective_of(word: str, held: set[str]) -> bool:
    """Whether an adjective in '-lig' is said by its noun ('årlig' by 'pr. år', 'månedlig' by 'måned')."""
    m = re.fullmatch(r"(\w{2,}?)lig[et]?", word.casefold())
    return bool(m) and key(m.group(1)) in held


def _task_name(index: Index, task: int, tok: Token) -> bool:
    """Whether a question's word is a name the task writes with a capital ('PlayCheck', 'Acadre' as typed
    'acadre'): what the task is about, priced under another word ('Licensen koster ...')."""
    if not any(index.task_has(task, k) for k in tok.keys):
        return False
    # (passages apart by a blank line: a passage's first word is capitalised as a sentence's is, also
    # after a step without a full stop)
    text = "\n\n".join(index.passages[p].text for p in index.task_passage_ids(task))
    return any(w[:1].isupper() and set(content_keys(w)) & set(tok.keys)
               for w in _NAME_WORD.findall(text))


_NAME_WORD = re.compile(r"(?<![.:!?\n•]\s)(?<!^)\b[A-ZÆØÅ][\wæøåÆØÅ-]+")


# ... or the word after a price noun ('Kontingentet for ungdomsklub er 150 kr.', 'prisen på en tur')
_PRICE_OF = re.compile(r"\b(?:pris\w*|kontingent\w*|gebyr\w*|takst\w*|egenbetaling\w*)\s+(?:for|på|af)\s+"
                       r"([^\W\d_][\w-]{2,})", re.I)


# What a sentence prices: the word before its 'koster' ('Et armatur koster 3 450 kr.')
# (not an adverb of time that opens the clause: 'derefter koster en plade ...' prices the plade)
_PRICED = re.compile(r"\b(?!(?:derefter|herefter|dernæst|nu|så|også|ellers)\b)([^\W\d_][\w-]{2,})\s+"
                     r"(?:koster|kostede)\b", re.I)
