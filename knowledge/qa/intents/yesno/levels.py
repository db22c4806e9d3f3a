"""A level the question puts its deed at ('..., når det blæser 18 m/s?', 'må ovnen åbnes, når den er 100
grader varm?') against the level past which the task allows none of it ('Ingen besøg, når vinden er over 15
m/s', 'Ovnen må først åbnes, når den er under 80 grader'): past it is denied; within it the sentence does
not settle (it bounds the deed, it does not grant it). The unit ties the level asked to the level bounded
(m/s is a wind, cm a depth), so the question's words of the condition ('blæser') need not be the task's."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key, keys
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import DENIAL_WORDS
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.titles import title_positions
from knowledge.retrieval import title_keys

# a measure: a number and a unit of a physical level (not a count, a time or an amount)
_UNIT = r"(?P<unit>m/s|km/t|km/h|cm|mm|meter|grader|°\s*c|°)"
_NUMBER = r"(?P<n>\d{1,4}(?:[.,]\d+)?)"
_LEVEL = re.compile(rf"(?<![\d.,]){_NUMBER}\s*{_UNIT}(?![\w/])", re.I)
# the bound a sentence sets on a level: 'over 15 m/s', 'under 80 grader', 'mindst 15 cm'
_BOUND = re.compile(rf"\b(?P<dir>over|mere\s+end|højere\s+end|above|more\s+than|under|mindre\s+end|"
                    rf"lavere\s+end|below|less\s+than|mindst|minimum|at\s+least|højst|maksimalt|at\s+most)\s+"
                    rf"{_NUMBER}\s*{_UNIT}(?![\w/])", re.I)
_ABOVE = ("over", "mere", "højere", "above", "more", "mindst", "minimum")
_INCLUSIVE = ("mindst", "minimum", "højst", "maksimalt")  # (and 'at least', 'at most')
# a sentence that bans the deed past the level ('Ingen besøg, når ...', 'Der må ikke sejles, når ...') or
# allows it only on one side ('må først åbnes, når ...', 'kun når ...')
_BAN = re.compile(rf"\b(?:{DENIAL_WORDS}|aflyses|aflyst|cancelled)\b", re.I)
_ONLY = re.compile(r"\b(?:først|kun|only)\b", re.I)
# 'Ingen besøg, ...': the thing banned, a noun right after 'Ingen'
_BANNED = re.compile(r"^\W*(?:ingen|no)\s+([\wæøå-]+)", re.I)
# where the question's condition opens: 'når det blæser 18 m/s', 'hvis vandstanden er 50 cm'
_CONDITION = re.compile(r"\b(?:når|hvis|ved|mens|with|when|if|while)\b", re.I)
_SAME_UNIT = {"meter": "m", "°c": "°", "grader": "°", "km/h": "km/t"}


def _unit(word: str) -> str:
    folded = re.sub(r"\s+", "", word.casefold())
    return _SAME_UNIT.get(folded, folded)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _levels(question: str) -> list[re.Match[str]]:
    """The levels the question puts its deed at: a measure in its condition ('når det blæser 18 m/s', 'hvis
    vandstanden er 50 cm'), not one it asks of the thing itself ('må en stadeplads være 4 x 5 meter?')."""
    return [m for m in _LEVEL.finditer(question) if _CONDITION.search(question, 0, m.start())]


def _asked_level(question: str) -> tuple[float, str] | None:
    """The one level the question puts forward: its value and unit."""
    found = _levels(question)
    if len(found) != 1:
        return None
    return _number(found[0].group("n")), _unit(found[0].group("unit"))


def level_units(question: str) -> set[str]:
    """The keys of the units the question's levels are in ('grader' of 'når den er 100 grader'): no thing
    it counts."""
    return {key(m.group("unit").casefold()) for m in _levels(question)}


def _condition(q, value: float) -> set[int]:
    """The positions of the question's condition that puts the level: from its 'når'/'hvis' before the
    level's number to the end ('..., når det blæser 18 m/s?')."""
    numbers = [t.pos for t in q.tokens if _is_number(t.surface) and _number(t.surface) == value]
    if not numbers:
        return set()
    opens = [t.pos for t in q.tokens[:numbers[0]] if _CONDITION.fullmatch(t.surface)]
    return set(range(opens[-1] if opens else numbers[0], len(q.tokens)))


def _is_number(word: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}(?:[.,]\d+)?", word))


def _outside(value: float, bound: float, *, above: bool, inclusive: bool) -> bool:
    """Whether the value lies outside the side of the bound ('over 15': above, 'højst 15': inclusive)."""
    if above:
        return value < bound if inclusive else value <= bound
    return value > bound if inclusive else value >= bound


def _denies(said: str, value: float, unit: str) -> bool:
    """Whether the sentence bans the deed at the asked level: a ban past its bound ('Ingen besøg, når vinden
    er over 15 m/s': 18 is past it) or a leave only on one side ('må først åbnes, når den er under 80
    grader', 'kræver mindst 15 cm sne': 100 is not under it, 10 not at least 15)."""
    for m in _BOUND.finditer(said):
        if _unit(m.group("unit")) != unit:
            continue
        bound, word = _number(m.group("n")), m.group("dir").casefold().split()
        inclusive = word[0] in _INCLUSIVE or word[-1] in ("least", "most")
        above = word[0] in _ABOVE or word[-1] == "least"
        before = said[:m.start()]
        if inclusive or _ONLY.search(before):  # allowed only on the bound's side
            if _outside(value, bound, above=above, inclusive=inclusive):
                return True
        elif _BAN.search(before) and not _outside(value, bound, above=above, inclusive=False):
            return True  # banned past the bound
    return False


def within_level(question: str, said: str) -> bool:
    """Whether the sentence bounds the question's level in its unit and the level lies on the allowed side
    ('Må vi bade, når vandet er 18 grader?' - 'Der må ikke bades, når vandet er under 16 grader'; 'når det
    blæser 10 m/s?' - 'Ingen bål, når det blæser over 10 m/s'): its ban does not reach the asked level, and
    a bound does not grant the deed, so the sentence settles neither way."""
    asked = _asked_level(question)
    if asked is None:
        return False
    value, unit = asked
    bounded = any(_unit(m.group("unit")) == unit for m in _BOUND.finditer(said))
    return bounded and not _denies(said, value, unit)


def past_level(ctx: Context) -> list[Candidate]:
    """'Er der rundvisning i fyrtårnet, når det blæser 18 m/s?' - 'Ingen besøg, når vinden er over 15 m/s':
    a sentence of the first tasks the question finds that bans the deed at the asked level settles a Nej,
    when each word of the question outside its condition is the sentence's or its task's, or the sentence
    bans all of what its task regulates ('Ingen besøg' in 'Besøgsreglementet')."""
    q, index = ctx.q, ctx.index
    asked = _asked_level(q.text)
    if asked is None:
        return []
    value, unit = asked
    condition = _condition(q, value)
    hits = _allowed_hits(q, index, skip=condition, limit=15, min_coverage=0.3)
    found = list(dict.fromkeys(h.task for h in hits))[:_TASKS_READ]
    for task in list(dict.fromkeys(found + _siblings(index, found[:1])))[:_TASKS_READ + _FEW_TASKS]:
        for pid in index.task_passage_ids(task):
            said = ITEM.sub("", index.passages[pid].text)
            if _LEVEL.search(said) and _denies(said, value, unit) and \
                    (explained := _tied(ctx, task, said, condition)) is not None:
                for p in condition:  # the condition's words are the level's, which the unit ties to the bound
                    q.tokens[p].match = max(q.tokens[p].match, 1.0)
                head = verdict_head(ctx, holds_true=False)
                return [Candidate("yesno", f"{head} {said}", [task], explained, prior=0.95,
                                  read=condition)]
    return []


_TASKS_READ = 5  # the tasks whose rules are read: the question's own are among the first it finds
_FEW_TASKS = 12  # and those of the first one's project, when it is this small: its rules are read through


def _siblings(index, tasks: list[int]) -> list[int]:
    """The tasks of the small project of the first task found ('Ingen besøg, når vinden er over 15 m/s' in
    the project's rule for visits, for 'rundvisning i fyrtårnet' found in the project's task on a tour)."""
    if not tasks or not index.tasks[tasks[0]].project:
        return []
    project = index.tasks[tasks[0]].project
    siblings = index.projects.get(" ".join(keys(project)), [])
    return list(siblings) if len(siblings) <= _FEW_TASKS else []


def _tied(ctx: Context, task: int, said: str, condition: set[int]) -> set[int] | None:
    """The question's positions the sentence settles: every word outside the condition is the sentence's
    or its task's, or the sentence bans all of what its task regulates; None when one is neither."""
    q, index = ctx.q, ctx.index
    said_keys = content_keys(said)
    banned = _BANNED.match(said)
    general = banned is not None and any(
        k in title or any(len(k) >= 4 and t.startswith(k) for t in title)
        for title in (title_keys(index.tasks[task].title),) for k in content_keys(banned.group(1)))
    words = [t for t in q.content() if t.pos not in condition and t.weight >= 0.3 and t.role == "word"]
    for t in words:
        if not (set(t.keys) & said_keys or any(index.task_has(task, k) for k in t.keys) or
                (general and t.match > 0)):
            return None
    return condition | {t.pos for t in words} | title_positions(index, q, task)
