"""Whether a task widens a limit it sets: 'Lejeperiode: 3 dage. Sommerferien er undtaget, hvor busserne kan
lejes i 2 uger.', 'Kanoer pr. gruppe: højst 4. Til sommerlejre kan der lånes flere efter aftale.' A limit
followed by an exception, an extension or a 'but/unless' is no hard limit: a count or length above it is
not denied by it."""

from __future__ import annotations

import re

from knowledge.qa.candidate import Context

# an exception or an extension anywhere in the task: 'undtaget', 'kan forlænges', 'efter aftale',
# 'dispensation', 'medmindre'; 'except', 'extended', 'by agreement', 'unless'. Not everyday words that
# widen nothing by themselves ('skal dog altid afleveres rengjorte', 'afdelinger med flere lokationer')
_WIDENS = re.compile(
    r"\b(?:undtag\w*|forlæng\w*|efter\s+(?:nærmere\s+)?aftale|aftales?\s+særskilt|"
    r"dispensation\w*|medmindre|except\w*|extend\w*|extension\w*|by\s+(?:prior\s+)?agreement|unless|"
    r"kan\s+(?:også\s+)?få\s+\w+\s+\w+\s+til)\b", re.I)
# in the limit's own sentence, after the limit: 'Låneperiode: 7 dage, men ...'
_BUT = re.compile(r"\b(?:men|but)\b", re.I)
# the word said not to happen, or part of the bound itself: 'kan ikke forlænges', 'ikke flere end 3'
_DENIED = re.compile(r"\b(?:ikke|aldrig|not|never|cannot|no)\s+(?:\w+\s+){0,2}$", re.I)


def _widening(text: str) -> bool:
    return any(not _DENIED.search(text[:m.start()]) for m in _WIDENS.finditer(text))


def widens(ctx: Context, task: int, said: str) -> bool:
    """The task says an exception to or an extension of the limit the sentence sets (in the sentence or in
    any other of its sentences), so a value above that limit is not denied by it."""
    if _BUT.search(said) or _widening(said):
        return True
    # (the index holds the task's passages already: no second reading of its text per question)
    return any(_widening(ctx.index.passages[pid].text) for pid in ctx.index.task_passage_ids(task))
