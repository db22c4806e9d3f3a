"""Yes/no questions: "Ja"/"Nej" with the evidence when the text settles it ('er 433 obligatorisk?',
'skal borgmesteren underskrive serviceaftalen?', 'skal der underskrives noget i 1212?'), and an
honest "det står ikke i opgaven" when it does not."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, keys
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.messages import text
from knowledge.wording import say, task_label

_NEGATION = re.compile(r"\b(ikke|ingen|intet|aldrig|hverken|not|no|never|none|neither|cannot|can't|"
                       r"don't|doesn't|isn't|aren't|won't)\b", re.I)
_ONLY = re.compile(r"\b(kun|alene|udelukkende|only|solely)\b", re.I)
_ALSO = re.compile(r"\b(både|også|begge|samt|both|also|as well)\b", re.I)
# 'Er det Netcompany, der ...' / 'Is it the supplier who ...': the party the question puts forward.
_CLEFT = re.compile(r"^\W*(?:er|var|is|was)\s+(?:det|it)\s+(.+?),?\s+(?:der|som|who|that)\b", re.I)


def yes_no(ctx: Context) -> list[Candidate]:
    """Structured verdicts: a task's priority, whether it has something to sign, and who signs."""
    q = ctx.q
    if not q.yesno:
        return []
    out = []
    if q.has("priority"):
        out += _priority(ctx)
    if q.has("sign"):
        out += _signature(ctx)
    return out


def _priority(ctx: Context) -> list[Candidate]:
    q = ctx.q
    handled = q.concept_positions("priority", "task", "status", "what")
    tasks, via = scope(ctx, handled)
    asked = {k for t in q.tokens if "priority" in t.concepts for k in t.keys} - {"prioritet", "priorit"}
    tasks = [t for t in tasks if ctx.task(t).priority]
    if len(tasks) != 1 or not asked:
        return []
    task = ctx.task(tasks[0])
    have = set(keys(task.priority))
    verdict = "yes_priority" if asked & have else "no_priority"
    said = text(verdict, ctx.lang, task=task.id, priority=task.priority)
    return [Candidate("yesno", said, tasks, handled | via, prior=1.0)]


def _signature(ctx: Context) -> list[Candidate]:
    q, index = ctx.q, ctx.index
    handled = q.concept_positions("sign", "task", "what", "status")
    naming = [t for t in q.content() if not t.concepts and t.pos not in handled]
    tasks = list(q.tasks)
    documents: set[int] = set()
    if not tasks:  # the task whose signed document the question names, else its words
        hits = [(s, {t.pos for t in naming if any(k in e.keys for k in t.keys)})
                for s, e in enumerate(index.signatures)]
        hits = [(s, h) for s, h in hits if h]
        if hits:
            best = max(len(h) for _, h in hits)
            tasks = list(dict.fromkeys(index.signatures[s].task for s, h in hits if len(h) == best))
        else:
            tasks, via = scope(ctx, handled)
            handled |= via
    if len(tasks) != 1:
        return []
    t = tasks[0]
    sids = index.task_signatures.get(t, ())
    if not sids:
        said = text("no_signature", ctx.lang, task=ctx.task(t).id)
        return [Candidate("yesno", said, tasks, handled | {n.pos for n in naming}, prior=0.95)]
    doc_hits = {s: {n.pos for n in naming if _names(n, index.signatures[s].signature.document)} for s in sids}
    named_docs = [s for s, h in doc_hits.items() if h]
    documents = set().union(*doc_hits.values()) if named_docs else set()
    parties = [n for n in naming if n.pos not in documents and n.pos not in q.project_pos]
    chosen = named_docs or list(sids)
    if not parties:
        lines = [f"{index.signatures[s].signature.document}: {index.signatures[s].signature.signer}"
                 for s in chosen]
        said = text("yes_signature", ctx.lang, task=task_label(ctx.task(t))) + "\n" + "\n".join(lines)
        return [Candidate("yesno", said, tasks, handled | documents, prior=0.95)]
    if len(chosen) != 1:
        return []
    sig = index.signatures[chosen[0]].signature
    signer_keys = content_keys(sig.signer)
    match = any(k in signer_keys for p in parties for k in p.keys)
    for p in parties:  # a party the tasks never name ('borgmesteren') is understood: it is not the signer
        p.match = max(p.match, 1.0 if not match else p.match)
    said = text("yes_signer" if match else "no_signer", ctx.lang,
                document=sig.document[:1].upper() + sig.document[1:], signer=sig.signer)
    explained = handled | documents | {p.pos for p in parties}
    return [Candidate("yesno", said, tasks, explained, prior=0.95)]


def _names(tok, document: str) -> bool:
    doc = content_keys(document)
    return any(k in doc or any(d.endswith(k) and len(k) >= 4 for d in doc) for k in tok.keys)


def settle(ctx: Context, evidence: Candidate) -> Candidate:
    """A yes/no verdict on the evidence a normal answer would give: 'Nej' when the text says the
    opposite (a negation the question lacks, 'kun' against 'både', another party than the one the
    question puts forward), else 'Ja'; the evidence is quoted either way."""
    if evidence.kind == "yesno":
        return evidence
    question, said = ctx.q.text, evidence.text
    framing = say("says", ctx.lang)
    if framing and said.startswith(framing):  # 'The task says: ' is said once, by the verdict
        said = said[len(framing):]
    flip = bool(_NEGATION.search(_main_clause(question))) != bool(_NEGATION.search(_main_clause(said)))
    if _ONLY.search(question) and _ALSO.search(said) and not _ONLY.search(said):
        flip = True
    if (m := _CLEFT.match(question)) and not content_keys(m.group(1)) & content_keys(said):
        flip = True
    verdict = text("no" if flip else "yes", ctx.lang)
    head = text("yes_no_evidence", ctx.lang, verdict=verdict)
    return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                     prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)


# Where a subordinate clause starts: its negation says nothing about the main statement
# ('Egne breve bruges, når en sag ... ikke er dækket af ...' is a yes).
_SUBORDINATE = re.compile(r",?\s+\b(når|hvis|fordi|som|så|mens|da|when|if|because|which|unless)\b", re.I)


def _main_clause(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    first = re.sub(r"^\s*\d{1,2}[.)]\s+", "", first)
    return _SUBORDINATE.split(first, maxsplit=1)[0]
