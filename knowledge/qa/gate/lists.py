"""Whether an answer is a step the task has, not one item of a list of others."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, question_keys
from knowledge.index import Index
from knowledge.passages import ITEM
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import label_parts, said
from knowledge.qa.types import Expect


def _no_such_step(index: Index, q: Question, c: Candidate) -> bool:
    """Whether the step asked for ('trin 4') is past the last step of every task the answer is from."""
    return bool(q.step and q.step > 0 and c.tasks and
                all(len(index.tasks[t].method_steps) < q.step for t in c.tasks[:3]))


def not_a_step(q: Question, c: Candidate) -> bool:
    """Whether a question of what step N (or the last step) says is answered by a line that is no step
    ('hvad står der i trin 2?' - 'Alle skabe står i Bogkassen ...', 'sidste trin i lån af X?' - 'Et lån: 10
    X'): only the step itself says it; who or when a step names may be said elsewhere."""
    return q.step is not None and q.expects is Expect.ANY and c.kind in ("passage", "fact") and \
        not _STEP_LINE.match(said(c.text))


# a step as quoted: '3. Send listen', '2) Tjek lyset', 'Trin 2: ...'
_STEP_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s|(?:trin|step)\s+\d{1,2}\b)", re.IGNORECASE)


# A label and a list of items on one line: 'Involverede parter: KOMBIT, ESDH-leverandøren'.
_LABELLED_LIST = re.compile(r"^[^:\n]{2,40}:\s*(?P<items>[^.\n:]+,[^.\n:]+)$")


def _listed_among_others(q: Question, c: Candidate) -> bool:
    """'Hvad hedder ESDH-leverandøren?' is not answered by 'Involverede parter: ESDH-leverandøren, KOMBIT':
    the thing asked about stands as one item of a list; the other items are not its name."""
    m = _LABELLED_LIST.match(said(c.text).strip())
    if m is None:
        return False
    asked = question_keys(q.text, q.held)
    items = [content_keys(i) for i in m.group("items").split(",")]
    return any(i and i <= asked for i in items)


# What a list says each entry must hold, its items after dashes: 'For hvert show skal listen indeholde: -
# fuglens navn - art - ansvarlig falkoner' (on one line or one item a line).
_DASHED_LIST = re.compile(r"^[^:\n]{2,80}:\s*(?P<items>(?:\s*-\s+[^\n:]+){2,})$")


def field_of_a_list(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvem er falkonererne på flyvelisten?' is not answered by 'For hvert show skal listen indeholde: -
    fuglens navn - art - ansvarlig falkoner', nor by its item '- ansvarlig falkoner' alone: the role asked
    stands as one field of what a list holds, an item that names no one (no capital, no number), so the
    list says what is written there, not who."""
    if q.expects not in (Expect.NAME, Expect.PARTY) or c.kind in ("title", "overview", "list"):
        return False
    asked = set().union(*(t.keys for t in q.tokens if t.role == "word"))
    text = said(c.text).strip()
    if ITEM.match(text) and "\n" not in text and len(c.tasks) == 1:
        # an item quoted alone: the list it is an item of, which the task's passage keeps whole
        text = next((p.whole for pid in index.task_passage_ids(c.tasks[0])
                     if (p := index.passages[pid]).whole and p.text.strip() == text), text)
    return _field_named(text, asked)


def _field_named(text: str, asked: set[str]) -> bool:
    """Whether a dashed list after a colon holds an asked word in an item that names no one."""
    m = _DASHED_LIST.match(re.sub(r"\n\s*(?=-\s)", " ", text))
    if m is None:
        return False
    items = [i.strip() for i in re.split(r"(?:^|\s)-\s+", m.group("items")) if i.strip()]
    return any(content_keys(i) & asked and not re.search(r"[A-ZÆØÅ\d]", i) and
               not (_CLAUSE.search(i) and not _RELATIVE.search(i)) for i in items)


# an item that says a rule, not a field to fill in: a clause with its modal or copula ('- kun kommunens
# ovnmester må tænde smelteovnen')
# (a field may be named by a relative clause: '- navn på den lærer, der er ansvarlig for klassen')
_RELATIVE = re.compile(r"\b(?:der|som|who|that)\s+(?:\w+\s+)?(?:er|har|kan|skal|må|is|are|has|can|must)\b",
                       re.I)
_CLAUSE = re.compile(r"\b(?:må|skal|kan|bør|vil|er|har|bliver|may|must|can|should|is|are|has)\b", re.I)


def one_label_of_many(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvilke dokumenter er der i STYL 1?' is not answered by 'Dokument: stylteplan' where the task has a
    line 'Dokument: serviceaftale ...' too: a plural 'hvilke' answered by label lines, one label of which
    the answer's task writes again with a value the answer leaves out, gives one of them as all."""
    if not _PLURAL_WHICH.match(q.text) or c.kind not in ("passage", "fact") or len(c.tasks) != 1:
        return False
    given = [m for part in label_parts(said(c.text).strip()) if (m := _LABEL_VALUE.match(part.strip()))]
    if not given or any(m.group(2).count(",") >= 2 for m in given):
        return False  # ('Felter: 6 (adresse, placering, ...)' gives a whole list under its label)
    labels = {_label_key(m.group(1)) for m in given}  # ('Dokument' and 'Dokumenter' are one label)
    values = {m.group(2).strip().casefold() for m in given}
    for pid in index.task_passage_ids(c.tasks[0]):
        for part in label_parts(index.passages.text_of(pid).strip()):
            if (m := _LABEL_VALUE.match(part.strip())) and _label_key(m.group(1)) in labels and \
                    m.group(2).strip().casefold() not in values:
                return True
    return False


def _label_key(label: str) -> frozenset[str]:
    return frozenset(content_keys(label)) or frozenset({label.casefold()})


_PLURAL_WHICH = re.compile(r"^\W*hvilke\b", re.I)  # 'hvilke', not 'hvilken'/'hvilket': more than one asked
# a label line: a short label of words, a colon, its value ('Dokument: stylteplan')
_LABEL_VALUE = re.compile(r"^[•*-]?\s*([A-ZÆØÅ][\wæøå -]{1,30}):[ \t]+(\S[^\n]*)$")
