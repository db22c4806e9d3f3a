"""Whether data lies in or outside a region ('må data behandles uden for EU?') by where the task puts it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from knowledge.fold import ascii_fold
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import _NEGATION, _ONLY
from knowledge.retrieval import rank_passages, title_keys

_OUTSIDE = r"uden\s*for|outside(?:\s+of)?"
_INSIDE = r"inden\s*for|within|inside|i|in"
_MAY = re.compile(r"\b(?:må|maa|kan|may|can|allowed|permitted|tilladt)\b", re.I)
_CLAUSE_START = re.compile(r".*[.;:!?(]|.*,\s", re.S)  # where the clause before a region begins


@cache
def _regions() -> tuple[dict[str, frozenset[str]], re.Pattern, tuple[str, ...]]:
    """Each region name (folded) with the countries it spans, the pattern of a region after its
    preposition, and the beginnings of words that make a sentence one about where data is kept."""
    path = Path(__file__).parents[2] / "regions.txt"
    members: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    where: tuple[str, ...] = ()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@where:"):
            where = tuple(ascii_fold(w) for w in line.split(":", 1)[1].split())
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        said, _, spans = rest.partition("=")
        members[code] = spans.split() or [code]
        names.update((ascii_fold(n.strip().casefold()), code) for n in said.split(",") if n.strip())
    spans: dict[str, frozenset[str]] = {}

    def span(code: str) -> frozenset[str]:
        if code not in spans:
            spans[code] = frozenset().union(*(span(m) if m != code else {m} for m in members[code]))
        return spans[code]

    by_name = {name: span(code) for name, code in names.items()}
    longest_first = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in longest_first)
    pattern = re.compile(rf"\b(?P<prep>{_OUTSIDE}|{_INSIDE})\s+(?:the\s+|det\s+)?(?P<name>{alternatives})"
                         r"(?![\w/-])", re.I)
    return by_name, pattern, where


@cache
def _everywhere() -> frozenset[str]:
    by_name, _, _ = _regions()
    return frozenset().union(*by_name.values())


@cache
def _eea_only() -> frozenset[str]:
    """The countries of the EØS outside the EU, which 'EU/EØS' adds to what a question calls 'EU'."""
    by_name, _, _ = _regions()
    return by_name[ascii_fold("eøs")] - by_name["eu"]


def _abroad(folded: str) -> re.Match | None:
    """'i udlandet', 'abroad': outside Denmark, said without a region's name."""
    return re.search(r"\b(?:i\s+udlandet|udenlands|abroad|overseas)\b", folded)


def _places(text: str) -> list[tuple[frozenset[str], bool, re.Match, frozenset[str]]]:
    """The regions a text puts data in: each as the countries it may lie in, whether the text says 'kun'
    ('kun i EU/EØS', 'udelukkende i Danmark'), the match and the countries named. 'Må ikke overføres
    uden for EU' puts it in the EU; 'ikke i USA' anywhere but the USA."""
    by_name, pattern, _ = _regions()
    folded = ascii_fold(text.casefold())
    out = []
    for m in pattern.finditer(folded):
        clause = _CLAUSE_START.sub("", folded[:m.start()])
        named = region = by_name[re.sub(r"\s+", " ", m.group("name"))]
        outside = bool(re.fullmatch(_OUTSIDE, m.group("prep")))
        if bool(_NEGATION.search(clause)) != outside:
            region = _everywhere() - region
        out.append((region, bool(_ONLY.search(clause)), m, named))
    if (m := _abroad(folded)) is not None:
        named = by_name["danmark"]
        out.append((_everywhere() - named, False, m, named))
    return out


def _about_where(text: str) -> bool:
    """Whether a text speaks of where data is kept: 'hosting', 'datacenter', 'behandles', 'ligger'."""
    _, _, where = _regions()
    return any(w.startswith(where) for w in re.findall(r"\w+", ascii_fold(text.casefold())))


def _spoken(q, t) -> str:
    """A question word as typed, folded: with the English typed for its Danish reading ('outside')."""
    return ascii_fold(f"{t.surface} {q.typed.get(t.surface, '')}".casefold())


def _verdict(asked: frozenset[str], kept: frozenset[str], *, allowed: bool) -> bool | None:
    """Whether data kept in `kept` lies in `asked` (yes when all of it does, no when none does); or, asked
    whether it may lie there (`allowed`) of a place it may only lie in, whether all of `asked` is allowed:
    'må data ligge i Tyskland?' - 'kun i EU' (Ja), not 'må data ligge i EU?' - 'kun i Danmark'."""
    if (asked <= kept) if allowed else (kept <= asked):
        return True
    return False if not kept & asked else None


def _region(ctx: Context) -> list[Candidate]:
    """'Må data i X behandles uden for EU?' - 'Behandlingssted: kun i EU/EØS': the task on X that says
    where its data is kept settles it (Nej), and 'ligger X i EU?' - 'datacenter i Danmark' (Ja). Only
    when every place the task names for the data gives the same verdict, or one said with 'kun' does."""
    q = ctx.q
    typed = q.asked or q.text  # an English question's 'outside the EU', not its Danish reading
    if not q.yesno or _NEGATION.search(typed) or not _about_where(typed):
        return []
    asked_places = _places(typed)
    if len(asked_places) != 1:
        return []
    asked, _, m, named = asked_places[0]
    if not named & _eea_only():  # 'uden for EU?' is answered by 'kun i EU/EØS': Norway is not asked of
        asked = asked - _eea_only()
    phrase = set(re.findall(r"\w+", m.group(0)))
    placed = {t.pos for t in q.tokens if set(re.findall(r"\w+", _spoken(q, t))) & phrase}
    # the words of keeping data ('hostes', 'behandles') are read by the sentence's place, not the task's
    keeping = {t.pos for t in q.content() if _about_where(_spoken(q, t))}
    rest = [t for t in q.content() if t.pos not in placed | keeping]
    if not rest:  # 'ligger data i EU?' names no thing whose data it asks of
        return []
    hits = [h for h in rank_passages(ctx.index, q, tasks=q.tasks or None, skip=placed, limit=10,
                                     min_coverage=0.3) if _allowed(ctx, h.task)]
    for task in dict.fromkeys(h.task for h in hits):
        inside = {t.pos for t in rest if any(ctx.index.task_has(task, k) for k in t.keys)}
        if sum(t.weight for t in rest if t.pos in inside) < 0.7 * sum(t.weight for t in rest):
            continue
        if (found := _settled_in(ctx, task, asked, rest, may=bool(_MAY.search(typed)))) is not None:
            yes, said = found
            for t in q.tokens:
                if t.pos in placed:
                    t.match = max(t.match, 1.0)  # a region no task names is understood: not where it is
            return [Candidate("yesno", f"{verdict_head(ctx, holds_true=yes)} {said}", [task],
                              inside | placed | keeping | q.ref_positions(), prior=0.95, read=placed)]
    return []


def _settled_in(ctx: Context, task: int, asked: frozenset[str], rest: list, *,
                may: bool) -> tuple[bool, str] | None:
    """The verdict the task's sentences on where the thing asked of (`rest`) is kept give, with the
    sentence; None when they name no such place or disagree."""
    verdicts: list[tuple[bool | None, bool, str]] = []
    title = title_keys(ctx.index.tasks[task].title)
    untitled = [t for t in rest if not set(t.keys) & title]  # the words the sentence itself must say
    for pid in ctx.index.task_passage_ids(task):
        said = ITEM.sub("", ctx.index.passages[pid].text)
        if not _about_where(said) or not _of_thing_asked(ctx, pid, untitled):
            continue
        # a place said without 'kun' tells where data is, not where it may be: 'må X ligge i Tyskland?'
        # is not settled by 'X hostes i Danmark'
        verdicts += [(_verdict(asked, kept - (_eea_only() - asked), allowed=may and only)
                      if only or not may else None, only, said)
                     for kept, only, _, _ in _places(said)]
    decided = {v for v, _, _ in verdicts if v is not None}
    if len(decided) != 1:
        return None
    yes = decided.pop()
    if any(v is None for v, _, _ in verdicts) and not any(only for v, only, _ in verdicts if v is yes):
        return None  # 'hosting i EU' leaves 'i Danmark?' open unless another says 'kun i Danmark'
    return yes, next(said for v, _, said in verdicts if v is yes)


def _of_thing_asked(ctx: Context, pid: int, rest: list) -> bool:
    """Whether a sentence says the thing whose place is asked ('Ligger supporten i Indien?' is not
    settled by 'Data om udlån hostes i Danmark' in the same task): most of the question's other words the
    task's title does not say ('Serverdrift: kun i EU' in the task titled by the system asked of)."""
    if not rest:
        return True
    said = sum(t.weight for t in rest if any(ctx.index.passage_has(pid, k) for k in t.keys))
    return said >= _SAID_SHARE * sum(t.weight for t in rest)


_SAID_SHARE = 0.5  # of the question's words on the thing, by weight, the settling sentence says
