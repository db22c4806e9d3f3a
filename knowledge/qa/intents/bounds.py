"""What happens when a bound a task sets is crossed: 'hvad sker der, hvis der står 5 personer ved
båndsaven?' is answered by the task's rule 'Højst 4 personer ved båndsaven ad gangen': the task says no
more than that so many are not allowed. Only when the count the question puts does cross the bound (5 > 4
for 'højst', 1 < 2 for 'mindst'), and the rule speaks of what the condition names; read from the
passages the index holds for the condition's words, never from all tasks' text."""

from __future__ import annotations

import os
import re

from knowledge.fold import content_keys
from knowledge.lexicon import number_alternation, number_words
from knowledge.qa.analysis.compounds import is_head
from knowledge.qa.candidate import Candidate, Context
from knowledge.retrieval import title_keys
from knowledge.wording import quote, say

# the condition a what-if question puts, after its 'hvis' / 'if'
_CONDITION = re.compile(r"\b(?:hvis|if)\b(?P<cond>[^?]*)", re.I)
# a count in the condition: how it compares ('mere end 8', 'under 10') and its value; 'en'/'et' only after
# 'kun' ('kun én person', 'kun er én'), else it is an article ('til et hold')
_NUMBER = r"\d+|" + number_alternation(2, 100, english=True) + r"|én|ét|one"
_ASKED = re.compile(r"(?:(?P<more>mere end|flere end|over|more than)\s+|(?P<less>færre end|mindre end|under|"
                    r"fewer than|less than)\s+|(?:kun|only|bare)\s+(?:\w+\s+)?)?"
                    r"(?P<n>" + _NUMBER + r")(?=\s)|"
                    r"(?:kun|only|bare)\s+(?:\w+\s+)?(?P<one>en|et)(?=\s)", re.I)
_VALUES = {**number_words(1, 100, english=True)}
# a bound a rule sets: at most or at least a number
_UPPER = r"højst|maks(?:imalt|imum)?|max\.?|op til|ikke (?:mere|flere) end|at most|no more than|up to"
_LOWER = r"mindst|minimum|min\.|at least"
_BOUND = re.compile(rf"\b(?:(?P<upper>{_UPPER})|(?P<lower>{_LOWER}))\s+(?P<n>\d+)\b"
                    r"(?:\s+(?P<noun>[^\W\d_][\w-]*))?", re.I)
# what the condition counts: the word after its count ('5 personer', '15 deltagere', '200 kr')
_COUNTED = re.compile(r"\s*(?P<noun>[^\W\d_][\w-]*)(?:\s+(?P<verb>[^\W\d_][\w-]*))?")
# a Danish finite verb in the present ('tilmelder', 'står', 'kommer'): what the counted ones do
_PRESENT = re.compile(r"[a-zæøå]{2,}(?:er|ar|år|ør)$")
# (at most this many passages are read for a bound: the condition's words' own)
_MOST = 200


def bound_crossed(ctx: Context, handled: set[int], tasks: list[int] | None = None) -> Candidate | None:
    """The rule whose bound the question's condition crosses, as the answer (None: none, or two rules)."""
    cond = _CONDITION.search(ctx.q.text)
    asked = _ASKED.search(cond.group("cond")) if cond else None
    if asked is None:
        return None
    value = _value(asked)
    if value is None:
        return None
    said = content_keys(_ASKED.sub(" ", cond.group("cond")))
    counted = _COUNTED.match(cond.group("cond"), asked.end())
    if counted is None:
        return None  # (a count of nothing named: which bound counts it is not said)
    best: list[tuple[int, int]] = []
    for pid in _passages(ctx, said, tasks):
        text = ctx.index.passages.text_of(pid)
        if not any(_crosses(b, asked, value) and _same_noun(b, counted) for b in _BOUND.finditer(text)):
            continue
        shared = len(said & content_keys(text))
        if shared:
            best.append((shared, pid))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[1][0] == best[0][0]
                    and ctx.index.passage_task[best[1][1]] != ctx.index.passage_task[best[0][1]]):
        return None  # (two tasks' rules as near: which one is asked is not said)
    pid = best[0][1]
    task = ctx.index.passage_task[pid]
    # (the count's own words, 'kun én', are read here: the rule's bound says them, in its own number)
    count = {t.pos for t in ctx.q.tokens if t.surface.casefold() in asked.group(0).casefold().split()}
    # the counted ones' own act right after them ('15 deltagere tilmelder sig'): how they come to be so
    # many, which the bound on them answers
    verb = (counted.group("verb") or "").casefold()
    if _PRESENT.fullmatch(verb):
        acted = [t.pos for t in ctx.q.tokens if t.surface.casefold() == verb]
        count |= set(acted) | {t.pos for t in ctx.q.tokens
                               if acted and t.pos == acted[0] + 1 and t.surface.casefold() == "sig"}
    return Candidate("consequence", say("says", ctx.lang) + quote(ctx.index.passages.text_of(pid), ctx.lang),
                     [task], handled | count | _explained(ctx, pid, task), prior=0.9, read=count)


def _value(asked: re.Match[str]) -> int | None:
    if asked.group("one"):
        return 1
    n = asked.group("n").casefold()
    return int(n) if n.isdigit() else {"én": 1, "ét": 1}.get(n, _VALUES.get(n))


def _crosses(bound: re.Match[str], asked: re.Match[str], value: int) -> bool:
    """Whether the asked count lies beyond the bound: more than 'højst 4', fewer than 'mindst 2'."""
    limit = int(bound.group("n"))
    if bound.group("upper"):
        return value >= limit if asked.group("more") else (value > limit and not asked.group("less"))
    return value <= limit if asked.group("less") else (value < limit and not asked.group("more"))


def _same_noun(bound: re.Match[str], counted: re.Match[str]) -> bool:
    """Whether the bound counts what the condition counts: 'højst 12 deltagere' of '15 deltagere', not
    'højst 4 personer' of '200 kr' (nor a bound of nothing named)."""
    noun = bound.group("noun")
    if not noun:
        return False
    a, b = noun.casefold(), counted.group("noun").casefold()
    if content_keys(a) & content_keys(b):
        return True
    # one noun in two numbers ('én voksen', '2 voksne'; 'person', 'personer'): the stem before the ending
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared >= min(len(a), len(b)) - 2


def _passages(ctx: Context, said: set[str], tasks: list[int] | None) -> list[int]:
    """The passages with a word of the condition (of the named tasks, when the question names some)."""
    index = ctx.index
    pids = sorted({p for k in said for p in index.postings.get(k, ())})[:_MOST]
    return [p for p in pids if not tasks or index.passage_task[p] in tasks]


def _explained(ctx: Context, pid: int, task: int) -> set[int]:
    """The question's words the rule or its task's title says (a compound by its head: 'klokketårnet' is
    the rule's 'tårnet')."""
    index = ctx.index
    written = content_keys(index.passages.text_of(pid)) | title_keys(index.tasks[task].title)
    return {t.pos for t in ctx.q.tokens
            if set(t.keys) & written or any(is_head(w, k) for k in t.keys for w in written)}
