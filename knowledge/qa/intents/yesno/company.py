"""Leave asked to be alone ('må man være alene i klokketårnet?') against a rule that there must always be at
least two people at the place or deed ('Der skal altid være mindst 2 personer i tårnet ad gangen'): one is
fewer than the least, so it is denied; a rule on fewer than two, or on another place, settles nothing."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.ages import alone_positions
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits, _scoped_passages
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import _LEAVE_ASKED, _NUMBERS
from knowledge.qa.titles import title_positions

# the least number of people a rule demands: 'mindst 2 personer', 'altid to voksne', 'min. 3 frivillige'
_LEAST_PEOPLE = re.compile(r"\b(?:mindst|minimum|min\.|altid|always|at\s+least)\s+(?P<n>\d{1,2}|[a-zæøå]+)\s+"
                           r"(?:personer|voksne|mennesker|deltagere|frivillige|medarbejdere|ansatte|people|"
                           r"persons|adults)\b", re.I)
_CONDITION = re.compile(r"\b(?:hvis|når|medmindre|if|when|unless)\b", re.I)


def _least(said: str) -> int | None:
    """The least number of people the sentence demands, when two or more."""
    m = _LEAST_PEOPLE.search(said)
    if m is None or _CONDITION.search(said):
        return None
    word = m.group("n").casefold()
    n = int(word) if word.isdigit() else _NUMBERS.get(word)
    return n if n is not None and n >= 2 else None


def alone_denied(ctx: Context) -> list[Candidate]:
    """'Må man være alene i klokketårnet?' - 'Der skal altid være mindst 2 personer i tårnet ad gangen': a
    sentence of the tasks the question finds that demands two or more people, where every other word of
    the question is the sentence's (a compound by its head: 'klokketårnet', 'tårnet') or its title's."""
    q, index = ctx.q, ctx.index
    alone = alone_positions(q)
    if not alone or not _LEAVE_ASKED.search(q.text):
        return []
    hits = _allowed_hits(q, index, skip=alone, limit=10, min_coverage=0.3)
    for hit in hits + _scoped_passages(ctx, hits, alone | q.ref_positions()):
        said = ITEM.sub("", index.passages[hit.pid].text)
        if _least(said) is None:
            continue
        said_keys = content_keys(said)
        titled = title_positions(index, q, hit.task)
        known = alone | q.ref_positions() | titled
        words = [t for t in q.content() if t.pos not in known and t.weight >= 0.3 and t.role == "word"]
        if not (words or titled) or not all(any(same_thing(k, said_keys) for k in t.keys) for t in words):
            continue  # the rule is on another place or deed
        for p in alone:  # 'alene' the text lacks is still understood: the least number says it
            q.tokens[p].match = max(q.tokens[p].match, 1.0)
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=False)} {said}", [hit.task],
                          known | {t.pos for t in words}, prior=0.95, read=alone)]
    return []
