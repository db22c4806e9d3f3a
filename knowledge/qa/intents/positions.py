"""A named person's position: 'hvilken stilling har Maria Holt?', 'hvad er Hanne Vestergaards stilling?'
- the role word the text writes beside the name ('jurist Maria Holt', 'Hanne Vestergaard, børnetandplejens
overtandlæge')."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.roles import POSITION_NOUN as _POSITION
from knowledge.roles import role_of
from knowledge.wording import quote

# a person's name in the question: two or more capitalised words, a genitive -s on the last
_PERSON = re.compile(r"(?<!^)(?<![.?!]\s)\b([A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)+?)(?:s|'s|’s|'|’)?\b")


def positions(ctx: Context) -> list[Candidate]:
    q = ctx.q
    asked = [t for t in q.tokens if _POSITION.fullmatch(t.surface.casefold())]
    if not asked or q.yesno:
        return []
    out = []
    for m in _PERSON.finditer(q.text):
        name = m.group(1)  # ('Hanne Vestergaards stilling': the genitive's -s may belong to the match)
        bare = name[:-1] if name.endswith("s") else None
        out += _beside(ctx, name, asked[0]) or (_beside(ctx, bare, asked[0]) if bare else [])
    return out


def _beside(ctx: Context, name: str, asked) -> list[Candidate]:
    """The passages that write the whole name with a role word right before it ('jurist Maria Holt') or
    after it and a comma ('Hanne Vestergaard, børnetandplejens overtandlæge')."""
    index, q = ctx.index, ctx.q
    parts = name.split()
    keys = [content_keys(p) for p in parts]
    if not all(keys):
        return []
    pids = set.intersection(*({p for k in ks for p in index.postings.get(k, ())} for ks in keys))
    out = []
    for pid in sorted(pids):
        task = index.passage_task[pid]
        text = ITEM.sub("", index.passages[pid].text)
        if not q.allows(task) or name not in text:
            continue
        role = role_of(name, text)
        if role is None:
            continue
        said = content_keys(text)
        explained = {t.pos for t in q.content() if set(t.keys) & said} | {asked.pos} | \
            {t.pos for t in q.tokens if t.surface.rstrip("s'’") in parts}
        noun = _POSITION.match(asked.surface.casefold()).group(1)  # 'Stilling for X: jurist', as a fact line
        line = f"{noun.capitalize()} for {name}: {role}\n"
        out.append(Candidate("fact", line + quote(text, ctx.lang), [task], explained, prior=0.92))
    return out
