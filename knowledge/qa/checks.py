"""Checks that keep a confident wrong answer out, on every candidate: a name the question writes
must stand in the answer's task; 'hvem redigerer X?' needs a sentence that says who edits, not any
sentence about X; 'hvem er projektleder?' needs one that names who holds the role."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.types import Expect


def check(index: Index, q: Question, candidates: list[Candidate]) -> None:
    """Lower the prior of (or unexplain words in) candidates that do not answer what was asked."""
    deed, role = _asked_deed(q), _asked_role(q)
    for c in candidates:
        _check_names(index, q, c)
        if deed is not None and c.kind in ("passage", "fact") and not set(deed.keys) & content_keys(c.text):
            c.prior *= 0.6  # 'hvem redigerer brevhovedet?' is not answered by the rules for the letterhead
        if role is not None and c.kind == "passage" and not _holder_named(c.text, set(role.keys)):
            c.prior *= 0.6  # 'hvem er KP-systemansvarlig?' is not 'KOMBIT kender de KP-systemansvarlige'


def _asked_deed(q: Question) -> Token | None:
    """The verb of 'hvem (kan) redigerer/opsætte X?', 'who approves X?': the answer must say who does it."""
    if q.expects is not Expect.PARTY or not q.tokens or q.tokens[0].key not in ("hvem", "who"):
        return None
    for t in q.tokens[1:]:
        if t.weight <= 0 and not t.concepts:
            continue  # 'kan', 'skal'
        verb_like = t.surface.islower() and t.surface.endswith(("r", "e", "s")) and t.role == "word"
        return t if verb_like and not t.concepts else None
    return None


_IDENTITY = re.compile(r"^\W*(hvem|who)\s+(er|var|is|was)\b", re.IGNORECASE)


# 'hvem er systemansvarlig i vores kommune?': who holds a role in the asker's own organisation is
# not in tasks written for every municipality (the workspace's assignments may know it).
_LOCAL = re.compile(r"\b(i|hos|in|at)\s+(vores|vor|our)\s+(kommune|organisation|forvaltning|afdeling|"
                    r"municipality|organi[sz]ation|council)\b|\bhos os\b", re.IGNORECASE)


def local_holder(q: Question) -> bool:
    return q.expects is Expect.PARTY and bool(_IDENTITY.match(q.text)) and bool(_LOCAL.search(q.text))


def _asked_role(q: Question) -> Token | None:
    """The role of 'hvem er projektleder for X?': the answer must name who holds it."""
    if q.expects is not Expect.PARTY or not _IDENTITY.match(q.text) or _LOCAL.search(q.text):
        return None
    named = [t for t in q.content() if not t.concepts and t.role == "word" and t.pos not in q.project_pos]
    return named[0] if named else None


_WORDS = re.compile(r"[\w-]+")
_THEN_IS = re.compile(r"^(?:\s+[\w-]+){0,3}?\s*(?::|–|\ber\b|\bis\b)", re.IGNORECASE)
# 'Sofie Dam er projektleder', 'Sofie Dam (sd@kombit.dk), produktejer for X' (not 'Det er ...')
_IS_BEFORE = re.compile(r"(?<!\bdet )(?<!\bden )(?<!\bder )\b(?:er|is)\s+(?:[\w-]+\s+){0,2}$|"
                        r"[),]\s*(?:[\w-]+\s+)?$", re.IGNORECASE)


def _holder_named(text: str, role: set[str]) -> bool:
    """'Projektleder i KOMBIT er Sofie Dam', 'Kontakt: ...', 'Sofie Dam er projektleder': the text says
    who holds the role, not only that the role exists ('KOMBIT kender de systemansvarlige')."""
    for m in _WORDS.finditer(text):
        if not content_keys(m.group(0)) & role:
            continue
        if _THEN_IS.match(text[m.end():]) or _IS_BEFORE.search(text[:m.start()]):
            return True
    return False


def _check_names(index: Index, q: Question, c: Candidate) -> None:
    """A name the question writes ('ArkivAflever') counts as explained only when the answer or its
    task says it, not when a part of it ('arkiv') matched."""
    for t in q.tokens:
        if t.pos not in c.explained or not t.alts or t.match < 1 or not t.surface[:1].isupper() or t.pos == 0:
            continue
        if t.key not in index.postings:
            continue
        if not any(index.passage_has(p, t.key) for task in c.tasks[:3] for p in index.task_passage_ids(task)):
            c.explained = c.explained - {t.pos}
