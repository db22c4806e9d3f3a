"""Whether a count, price or measure is the one asked: a total, not a part, a unit's or another's."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.index import Index
from knowledge.morphology import in_compound, kin
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.events import _OPEN_ASKED
from knowledge.qa.gate.reading import _QUOTING, said
from knowledge.qa.hours import HOURS_SPAN
from knowledge.qa.types import AMOUNT
from knowledge.retrieval import title_keys
from knowledge.units import length_pattern


def _table_without_asked(index: Index, q: Question, c: Candidate) -> bool:
    """A whole table quoted for a typed question ('| Udstyr | Leveringstid | | Lynlader | 14 uger |')
    answers it only when it names the thing asked about: a word of the question it does not hold (nor
    its task's title) names another thing, whose value the table does not give."""
    text = said(c.text)
    if not is_table(text) or len(c.tasks) != 1:
        return False
    held = content_keys(text) | title_keys(index.tasks[c.tasks[0]].title) | table_lead(index, c)
    return any(t.weight > 0.1 and t.role == "word" and t.pos not in c.explained
               and not any(in_compound(k, held) for k in t.keys) and not _hours_cells(t.surface, text)
               for t in q.content())


def _hours_cells(word: str, text: str) -> bool:
    """Whether the question's word asks the hours a thing is open ('åben', 'åbningstid', 'open') and the
    table's cells give hours ('| kort rute | kl. 9-15 |'): the word names the kind of value the cells
    hold, no other thing, though a table of hours need not write it."""
    return _OPEN_ASKED.fullmatch(ascii_fold(word.casefold())) is not None and \
        _HOURS_CELL.search(text) is not None


# a cell that is a span of hours: '| kl. 9-15 |', '| 10.00-16.00 |'
_HOURS_CELL = re.compile(r"\|\s*" + HOURS_SPAN + r"\s*\|", re.I)


_TABLE_BARS = 6  # a table flattened into one passage: two rows of cells at least


def is_table(text: str) -> bool:
    """Whether the text is a table flattened into one passage ('Type | Sommer | Vinter Havnebad | ...')."""
    return text.count("|") >= _TABLE_BARS


def table_lead(index: Index, c: Candidate) -> set[str]:
    """The keys of the line that leads into a table c quotes whole ('Rengøringsfrekvens efter type:' over
    'Type | Sommer | Vinter'): it says what every cell is (how often a toilet is cleaned), so a word of
    the question it holds names no other thing. The passage before the table's own, in the same field;
    none when c quotes no table of one task."""
    text = said(c.text)
    if not is_table(text) or len(c.tasks) != 1:
        return set()
    ids = index.task_passage_ids(c.tasks[0])
    for pid in ids:
        passage = index.passages[pid]
        if is_table(passage.text) and passage.text.strip() in text:
            lead = index.passages[pid - 1] if pid - 1 in ids else None
            if lead is not None and lead.field == passage.field and not is_table(lead.text):
                # only what the lead says before an exception or an aside: 'Badene renses efter denne plan,
                # bortset fra i vinterferien (hvor tit de males, aftales med X):' holds no painting
                return set(content_keys(_LEAD_ASIDE.split(lead.text, maxsplit=1)[0]))
            return set()
    return set()


# where a table's lead line turns to what the table does not hold: an exception, a denial, an aside
_LEAD_ASIDE = re.compile(r"[(,;]|\b(?:bortset|undtagen|ikke|ingen|men|except|not)\b", re.I)
# A total asked or said: 'i alt', 'samlet', 'tilsammen', 'in total'
_TOTAL = re.compile(r"\b(?:i\s+alt|samlet|samlede|tilsammen|totalt|in\s+total|altogether|total)\b", re.I)
# a number and the word after it: '12 senge', 'mindst 4 og højst 6 senge' (the word after the last)
_COUNTED = re.compile(r"\b\d+\s+(?:(?:og|eller|til|-)\s+(?:\w+\s+)?\d+\s+)?([\wæøåÆØÅ-]+)")


def _part_of_total(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvor mange senge er der i alt?' asks a total: a sentence that counts the asked things of one part
    ('Sovesalen har 12 senge') is not it when another sentence of its task counts them of another part
    ('Familieværelserne har mindst 4 og højst 6 senge') and neither says a total."""
    if c.kind not in _QUOTING | {"count"} or len(c.tasks) != 1 or not _TOTAL.search(q.text):
        return False
    text = said(c.text)
    if _TOTAL.search(text) or _COUNT_LABEL.search(text):
        return False  # ('Antal marker: 3 græskarmarker': the label says the number of them all)
    asked = {k for t in q.content() if t.role == "word" for k in t.keys}
    nouns = {k for m in _COUNTED.finditer(text) for k in content_keys(m.group(1))} & asked
    if not nouns or (asked - nouns) & content_keys(text):
        return False  # 'hvor mange senge er der i alt i sovesalen?': the part asked is the sentence's
    counted = [pid for pid in index.task_passage_ids(c.tasks[0])
               if any(content_keys(m.group(1)) & nouns for m in _COUNTED.finditer(index.passages[pid].text))]
    return len(counted) >= 2 and not any(_TOTAL.search(index.passages[pid].text) for pid in counted)


# a line labelled with the number of a thing, none per another: 'Antal marker: 3', 'Number of boats: 4'
# (not 'Antal: 40 par pr. lån')
_COUNT_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?:antal|number\s+of)\b"
                          r"(?![^\n]*\b(?:pr\.?|per|hver|hvert|each)(?!\w))[^:\n]{0,40}:", re.I | re.M)
# an amount per unit: '2.000 kr. pr. spærre', '50 kr. stykket', '450 kr. per eftersyn'
_PER_UNIT = re.compile(r"\s*(?:pr\.?|per|for hver|stykket|each|apiece)(?!\w)", re.I)


def _per_unit_for_total(q: Question, c: Candidate) -> bool:
    """'Hvor mange penge er der i alt til tilskud?' asks a total: a sentence whose every amount is one
    per unit ('et tilskud på 2.000 kr. pr. spærre') and that says no total does not give it."""
    if c.kind not in _QUOTING or not _TOTAL.search(q.text):
        return False
    text = said(c.text)
    amounts = list(AMOUNT.finditer(text))
    return bool(amounts) and not _TOTAL.search(text) and all(_PER_UNIT.match(text[m.end():]) for m in amounts)


def _measure_of_another(q: Question, c: Candidate) -> bool:
    """The size a sentence gives a thing ('et webinar på 2 timer') is that thing's: when every measure of
    the unit the question asks in ('hvor mange timer ...?') belongs to a thing the question does not name,
    and the thing it does name stands beside it ('og en e-læringspakke'), the sentence does not measure it."""
    if c.kind not in _QUOTING | {"count"} or q.yesno:
        return False
    unit = _UNIT_ASKED.search(q.text)
    if unit is None:
        return False
    text = said(c.text).split("\n", 1)[0]
    asked_unit = set(content_keys(unit.group(1))) if unit.group(1) else set()
    measures = [m for m in _MEASURED.finditer(text)
                if not asked_unit or set(content_keys(m.group("unit"))) & asked_unit]
    if not measures:
        return False
    asked = {k for t in q.content() if t.weight >= 0.5 and t.role == "word" for k in t.keys} - asked_unit
    owners = [set(content_keys(_subject_of_predicate(text, m) or m.group("owner"))) for m in measures]
    if any(kin(owner, asked) for owner in owners):
        return False
    rest = set(content_keys(_MEASURED.sub(" ", text)))
    return bool(asked) and kin(asked, rest)


def _subject_of_predicate(text: str, measure: re.Match) -> str | None:
    """The subject a measured noun is said to be ('Burstævnet er et gratis arrangement på 3 timer': the
    arrangement is the tournament, so the hours are its), or None when the noun stands on its own."""
    m = _PREDICATE.match(text[:measure.start()])
    return m.group("subject") if m else None


# 'Burstævnet er et gratis arrangement ', 'Turen er en morgentur ': a subject, 'er', an article, an adjective
_PREDICATE = re.compile(r"^\W*(?P<subject>[^\W\d_][\w-]{2,})\s+er\s+(?:en|et)\s+(?:[^\W\d_]+\s+)?$", re.I)
# 'hvor mange timer ...', 'hvor mange dage ...', 'how many hours ...': the unit asked in (any, for 'hvor lang
# tid ...?')
_UNIT_ASKED = re.compile(r"\b(?:hvor mange|how many)\s+(" + length_pattern() + r")\b|"
                         r"\b(?:hvor lang tid|hvor længe|how long)\b()", re.I)
# 'et webinar på 2 timer', 'a course of 3 hours': a thing and its measure
_MEASURED = re.compile(r"\b(?P<owner>[^\W\d_][\w-]{2,})\s+(?:på|af|of|lasting)\s+(?:ca\.?\s+|cirka\s+)?"
                       r"(?:\d+(?:[.,]\d+)?|[a-zæøå]+)\s+(?P<unit>" + length_pattern() + r")\b", re.I)
