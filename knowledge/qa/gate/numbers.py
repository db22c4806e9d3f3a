"""Whether an answer speaks of the number the question names ('trin 3', '2 uger')."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.names import _YES
from knowledge.qa.gate.reading import _UNIT, _sentences
from knowledge.qa.gate.words import _TIME_WORDS, _says_asked, _task_text
from knowledge.qa.types import Expect, holds, is_number

# A numbered thing: 'bilag 4', 'bølge 2', 'fase 3', 'trin 1, 3 og 4', 'trin 1-3'; not an amount
# ('senest 6 uger', 'mindst 2 brugere').
_NUMBERED = re.compile(r"\b(?!(?:senest|inden|mindst|højst|maks\w*|over|under|til|for|efter|før|ca|cirka|"
                       r"omkring|end|than|least|most|within|about|op|kun|only|har|have|has|er|is)\b)"
                       r"(?P<word>[^\W\d_]{3,})\s+(?P<n>\d{1,3}(?:\s*(?:,|-|–|og|and|or|eller)\s*\d{1,3})*)\b")
_AMOUNT = re.compile(r"\s+" + _UNIT.pattern, re.I)


# (the number's thousands may follow: 'koste 8.000 kr.', where the numbered word's number reads '8')
_MONEY_AFTER = re.compile(r"(?:[.,]\d{3})*\s*(?:kr\b|kroner\b|dkk\b)", re.I)


def _same_number(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvem underskriver bilag 4?' is not answered by what the tasks say of bilag 1 and bilag 3: a
    numbered thing the question names must be the one the answer speaks of, when it speaks of its
    kind, or its task must name it ('Context Handler 2' in a task that also speaks of Context Handler 1).
    A 'Nej' compares numbers itself ('Nej – prioritet 2'); a 'Ja' about another one is no Ja."""
    if q.yesno and not _YES.match(c.text):
        return True
    refs = {t.key for t in q.tokens if t.role == "ref"}
    for m in _NUMBERED.finditer(q.text):
        if _AMOUNT.match(q.text, m.end()) or _MONEY_AFTER.match(q.text, m.end()):
            continue  # 'fase 3 uger før go-live': an amount of time; 'koste 30 kr.' one of money, compared
        if content_keys(m.group("word")) & refs:
            continue  # 'SKK 09' names the task asked about; a list of its related tasks names others
        key, asked = content_keys(m.group("word")), _numbers(m.group("n"))  # 'bølge 2 og 3': either
        for text in (c.text, _task_text(index, c)):  # 'Bilaget signeres af ...' in the task about bilag 3
            spoken = [_numbers(x.group("n")) for x in _NUMBERED.finditer(text)
                      if content_keys(x.group("word")) & key]
            if spoken:
                break
        if spoken and not any(asked & numbers for numbers in spoken) and \
                not _task_says(index, c, m.group(0)):
            return False
    for m in _LETTERED.finditer(q.text):  # 'A-post' is not 'B-post', 'bilag A' not 'bilag B'
        key, letter = content_keys(m.group("word") or m.group("noun")), m.group("letter") or m.group("last")
        for text in (c.text, _task_text(index, c)):
            spoken = {x.group("letter") or x.group("last") for x in _LETTERED.finditer(text)
                      if content_keys(x.group("word") or x.group("noun")) & key}
            if spoken:
                break
        if spoken and letter not in spoken and not _task_says(index, c, m.group(0)):
            return False
    return True


# A thing named by a capital letter: 'A-post', 'bilag B'.
_LETTERED = re.compile(r"\b(?P<letter>[A-ZÆØÅ])-(?P<word>[a-zæøå]{3,})\b|"
                       r"\b(?P<noun>[a-zæøå]{3,})\s+(?P<last>[A-ZÆØÅ])\b(?![\w/&-]|\.\w)")  # not 'A/S'


def _task_says(index: Index, c: Candidate, phrase: str) -> bool:
    said = re.compile(r"\b" + r"\W{0,2}".join(map(re.escape, phrase.split())) + r"(?!\d)", re.I)
    return any(said.search(index.passages[p].text) for t in c.tasks[:3] for p in index.task_passage_ids(t))


# between a list's members, and a range's ends (compiled once, not per question)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|og|and|or|eller)\s*")
_RANGE_DASH = re.compile(r"\s*[-–]\s*")


def _numbers(listed: str) -> set[int]:
    """'1, 3 og 4' -> {1, 3, 4}; '1-3' -> {1, 2, 3}."""
    out: set[int] = set()
    for part in _LIST_SEPARATOR.split(listed):
        ends = [int(x) for x in _RANGE_DASH.split(part) if x.isdigit()]
        out |= set(range(ends[0], ends[-1] + 1)) if ends else set()
    return out


def _counted_beside(q: Question, text: str) -> bool:
    """'Hvor mange samtykker skal migreres?' is not answered by 'Efter migreringen kontrollerer kommunen
    en stikprøve på 25 samtykker': a word the question asks with stands in every sentence with a count
    only in what the count is done after or before, not in what is counted or done."""
    if q.expects is not Expect.COUNT:
        return False
    own = content_keys(" ".join(m.group(0) for m in _EVENT.finditer(q.text)))
    asked = {t.key for t in q.tokens if t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos
             and not is_number(t.surface) and t.key not in own} - _TIME_WORDS
    counted = [s for s in _sentences(text.strip()) if holds(Expect.COUNT, s, q.text)]
    return bool(counted) and all(any(_beside_only(s, a) for a in asked) for s in counted)


# What a count is done after or before: 'efter migreringen', 'når testen er godkendt'.
_EVENT = re.compile(r"\b(?:efter,? at|når|så snart|after|once)\b[^,.;:!?\n]*|"
                    r"\b(?:før|efter|inden|forud for|before|after|prior to)\s+"
                    r"(?:(?:den|det|de|the)\s+)?[\wæøå-]+", re.I)


def _beside_only(sentence: str, asked: str) -> bool:
    # (an event clause that holds the count is what is counted: 'Løjperne køres først, når der ligger
    # mindst 15 cm sne' counts the snow of its 'når' clause)
    events = [m.group(0) for m in _EVENT.finditer(sentence) if not _DIGIT.search(m.group(0))]
    beside = content_keys(" ".join(events))
    rest = content_keys(_EVENT.sub(lambda m: m.group(0) if _DIGIT.search(m.group(0)) else " ", sentence))
    return _says_asked(beside, {asked}) and not _says_asked(rest, {asked})


_DIGIT = re.compile(r"\d")
