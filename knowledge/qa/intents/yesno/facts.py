"""A fact's value in a list of the task ('Hosting: Skyhavn') against the one the question names."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions


def _fact(ctx: Context) -> list[Candidate]:
    """'Er det Nordlys IT, der står for hosting?' against 'Hosting: Skyhavn', 'skal brevene trykkes i
    farver?' against 'Tryk: sort/hvid': a 'Key: value' line of the text settles whether the value the
    question puts forward is the one given."""
    index, q = ctx.index, ctx.q
    if not index.facts:
        return []
    refs = q.ref_positions()
    best: tuple[float, Candidate] | None = None
    for tok in q.content():
        if tok.weight < 0.5 or tok.pos in refs:
            continue
        for fid in {f for k in tok.name_keys for f in index.fact_subjects.get(k, ())[:50]}:
            entry = index.facts[fid]
            if not q.allows(entry.task):
                continue
            cand = _fact_verdict(ctx, entry, tok, refs)
            if cand is not None and (best is None or cand.score(q) > best[0]):
                best = (cand.score(q), cand)
    return [best[1]] if best else []


def _fact_verdict(ctx: Context, entry, subject, refs: set[int]) -> Candidate | None:
    index, q = ctx.index, ctx.q
    titled = title_positions(index, q, entry.task)
    context = {t.pos for t in q.content() if set(t.keys) & set(entry.context)}
    known = refs | titled | context | {subject.pos}
    claim = [t for t in q.content() if t.pos not in known and t.weight > 0.1 and not t.concepts
             and t.surface.casefold() not in _RELATION_VERBS]
    if not claim or len(claim) > 3:
        return None
    value = set(entry.value)
    names = all(t.pos > 0 and t.surface[:1].isupper() for t in claim)
    if names and not _NAME_IN_VALUE.search(entry.fact.value):
        return None  # 'is there a fee for the Toad Night?' - 'Pris: 1.360 kr. pr. måned' names no one
    if names:  # a party or system: the value names it or another one
        if any(set(t.keys) & value for t in claim):
            yes = all(set(t.keys) & value for t in claim)
            if not yes:
                return None
        elif not _other_values(index, entry) & {k for t in claim for k in t.keys} and \
                any(index.task_has(entry.task, k) for t in claim for k in t.keys):
            return None  # named elsewhere in the task, not as another value of the list: not settled
        elif not _other_values(index, entry) & {k for t in claim for k in t.keys} and \
                any(index.task_postings.get(k) for t in claim for k in t.keys):
            return None  # 'Er KMD leverandør af Kørselsportalen?': a name other tasks are about
        else:
            yes = False
    elif len(claim) == 1 and _ATTRIBUTE.search(q.text[:_start(q, claim[0])]) and \
            not any(index.task_has(entry.task, k) for k in claim[0].keys):
        yes = False  # 'trykkes i farver': the value given for the key is another, the word is nowhere
    else:
        return None
    for t in claim:  # understood, whether the tasks use the word or not: the value settles it
        t.match = max(t.match, 1.0)
    fact = entry.fact
    head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if yes else "no", ctx.lang))
    relation = {t.pos for t in q.content() if t.pos not in known and t not in claim}
    explained = {subject.pos} | {t.pos for t in claim} | refs | titled | context | relation
    return Candidate("yesno", f"{head} {fact.subject}: {fact.value}", [entry.task], explained, prior=0.95)


# a value that names a party or a thing: a word with a capital ('Skyhavn', 'Nordlys IT'), not an amount
_NAME_IN_VALUE = re.compile(r"(?<![\w.])[A-ZÆØÅ][\wæøåÆØÅ-]")
# 'der står for hosting', 'who handles support': the relation between party and key, not a claim
_RELATION_VERBS = frozenset("står stå står tager varetager sørger har leverer handles runs provides does "
                            "is are".split())
# 'i farver', 'på papir', 'som PDF', 'in colour': the value a question puts forward for an attribute
_ATTRIBUTE = re.compile(r"\b(i|på|som|med|in|on|as|with)\s+$", re.I)


def _start(q, tok) -> int:
    """Where a token starts in the question text (its first occurrence after the words before it)."""
    at = 0
    for t in q.tokens[:tok.pos + 1]:
        found = q.text.find(t.surface, at)
        at = found if found >= 0 else at
        if t is not tok:
            at += len(t.surface)
    return at


def _other_values(index, entry) -> set[str]:
    """The values of the other lines of the same list ('Drift: Nordlys IT' beside 'Hosting: Skyhavn')."""
    return {k for p in index.task_passage_ids(entry.task) if index.passages[p].field == "fact"
            for k in content_keys(index.passages[p].text.split(":", 1)[-1])} - set(entry.value)
