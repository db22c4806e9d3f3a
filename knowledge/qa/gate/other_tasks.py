"""Whether an answer speaks of another task's thing, found by words other tasks hold."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.morphology import tails
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.named import kind_named
from knowledge.qa.gate.numbers import _counted_beside
from knowledge.qa.gate.reading import _QUOTING, _sentences, said
from knowledge.qa.gate.things import _done_to_another, _time_of_other_name
from knowledge.qa.gate.totals import table_lead
from knowledge.qa.gate.words import _DEFINITE_END, _shares, _task_has, _task_text, _title_keys, _title_lists
from knowledge.qa.slots import other_member, other_ordinal
from knowledge.qa.types import Expect, is_number


def _of_another(index: Index, q: Question, c: Candidate) -> bool:
    """The task's sentence gives the value asked for of another thing than the one asked about: a
    sibling compound, another one of a series, a count done only after what the question asks about,
    a time of a name in a relative clause (slots.py)."""
    if c.kind not in _QUOTING | {"count"} or q.yesno:
        return False
    text = said(c.text)
    return other_member(index, q, text, lambda: _task_text(index, c), lambda: _title_keys(index, c)) or \
        other_ordinal(q, text) or _counted_beside(q, text) or _time_of_other_name(q, text) or \
        _done_to_another(q, text, _title_keys(index, c), beside=_title_lists(index, c),
                         before=lambda sentence: _sentences_before(index, c, sentence)) or \
        _word_of_other_tasks(index, q, c)


def _sentences_before(index: Index, c: Candidate, sentence: str) -> list[str]:
    """The three sentences of the answer's task text before the given one, in their order (none when it
    is not found there)."""
    whole = _task_text(index, c)
    at = whole.find(sentence.strip())
    if at <= 0:
        return []
    return [s for s in _sentences(whole[:at].rstrip()) if s.strip()][-3:]


# A word weighs this much when few tasks use it (_TELLING), or when hardly any does (_RARE); one that
# several tasks use (_TITLED) tells another project's topic when that project titles it and the answer's
# project never says it.
_TITLED = 0.4
_TELLING = 0.6
_RARE = 0.9


def _word_of_other_tasks(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår sender KOMBIT anmodningerne om kontaktstrukturen?' is not answered by 'KOMBIT sender
    anmodningerne ud i uge 9' in a task that never speaks of a kontaktstruktur: a telling word of the
    question that neither the answer nor its task says makes the question another task's, when that
    task's title has it or the word is one hardly any task uses. (Only for a value asked for, not a time:
    _time_of_asked reads the asker's own words for an event; a word no task has is the not-found path's.)"""
    if q.expects is Expect.ANY or not c.tasks:
        return False
    evidence = content_keys(c.text) | table_lead(index, c)  # a table's lead says what its cells are
    for t in q.tokens:
        if t.role != "word" or t.weight < _TITLED or t.match < 1 or t.concepts or t.pos in q.project_pos \
                or is_number(t.surface) or t.pos in c.explained:
            continue
        if _shares(evidence, set(t.keys)) or _task_has(index, c, t) or _closing_verb(q, t):
            continue  # (the asker's closing verb tells no task's topic: 'skal bruges?')
        if _head_in_project(index, c, t, evidence, by_task=q.expects is Expect.PARTY):
            continue  # 'portalen' in a task of the project whose other task is titled 'refusionsportalen'
        if kind_named(index, c.tasks, t, evidence, in_task=True):
            continue  # 'systemet' of a task that names Lanternebogen, 'det fælles bookingsystem'
        if t.weight < _TELLING and (not _DEFINITE_END.search(t.surface) or _project_has(index, c, t)):
            continue  # a thing several tasks name ('forslagene') tells another project's topic only, not
            # the asker's verb ('finder'), nor what any project says ('kommunen')
        if _titles_other(index, c, t) or (t.weight >= _RARE and q.expects is not Expect.TIME
                                          and q.lang == "da"):
            return True  # (an English word's rarity is that of the Danish word read for it, a guess
            # among its renderings: it tells another task's topic only where that task titles it)
    return False


_MODAL = re.compile(r"\b(skal|kan|må|bør|vil|skulle|kunne|shall|should|must|can|will)\b", re.I)


def _project_has(index: Index, c: Candidate, t: Token) -> bool:
    """Whether a task of the answer's project says the word."""
    project = index.tasks[c.tasks[0]].project
    return any(index.tasks[task].project == project
               for k in t.keys for task in index.task_postings.get(k, ()))


def _closing_verb(q: Question, t: Token) -> bool:
    """'... skal stikprøven omfatte?', '... skal bruges?': the infinitive (active or passive) that ends a
    question with a modal is the asker's verb, no thing another task is about."""
    last = max((x.pos for x in q.tokens if x.role == "word"), default=-1)
    return t.pos == last and t.surface.islower() and t.surface.endswith(("e", "es")) and \
        _MODAL.search(q.text) is not None


def _head_in_project(index: Index, c: Candidate, t: Token, evidence: set[str], *,
                     by_task: bool = False) -> bool:
    """Whether the evidence says the word's compound head alone ('portalen' for 'refusionsportalen') and
    only tasks of the evidence's own project title the word: the project's thing, said short."""
    heads = {h for h in evidence if len(h) >= 4 and any(k != h and k.endswith(h) for k in t.keys)}
    if not heads and by_task:  # (who: or its task says the head alone, 'licenserne' in the project's task
        # that checks them; a value's sentence may give other things' values too, so only a party)
        word = t.surface.casefold()
        heads = {h for tail in tails(word) for h in content_keys(tail)
                 if len(h) >= 4 and index.task_has(c.tasks[0], h)}
    if not heads:
        return False
    project = index.tasks[c.tasks[0]].project
    titled = {index.passage_task[pid] for k in t.keys for pid in index.postings.get(k, ())
              if index.passages.field_of(pid) == "title"}
    return bool(project) and bool(titled) and all(index.tasks[task].project == project for task in titled)


def _titles_other(index: Index, c: Candidate, t: Token) -> bool:
    """Whether the word stands in the title of a task the answer is not from: what that task is about
    (not as a word of a firm's name there: 'systemet' is not what 'Aftale med Tornekrat Systemer' is
    about)."""
    return any(index.passages.field_of(pid) == "title" and index.passage_task[pid] not in c.tasks
               and not _in_name_only(index.passages.text_of(pid), set(t.keys))
               for k in t.keys for pid in index.postings.get(k, ()))


# a capitalised word after another inside a title, past its first word: a word of a name ('med Tornekrat
# Systemer')
_NAME_WORD = re.compile(r"(?<=\S)\s+(?-i:[A-ZÆØÅ])[a-zæøå][\wæøå-]*\s+"
                        r"(?P<word>(?-i:[A-ZÆØÅ])[a-zæøå][\wæøå-]*)")


def _in_name_only(title: str, keys: set[str]) -> bool:
    """Whether every word of the title with one of the keys is a later word of a name in capitals."""
    start = re.sub(r"^\W*(?:\(?[A-ZÆØÅ]{2,}[ _-]?\d+\)?\s+)?", "", title)  # (a task code first)
    named = {m.start("word") for m in _NAME_WORD.finditer(start)}
    hits = [m.start() for m in re.finditer(r"[\wæøåÆØÅ-]+", start) if content_keys(m.group(0)) & keys]
    return bool(hits) and all(h in named for h in hits)
