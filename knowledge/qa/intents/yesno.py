"""Yes/no questions: "Ja"/"Nej" with the evidence when the text settles it ('er 433 obligatorisk?',
'skal borgmesteren underskrive serviceaftalen?', 'skal der underskrives noget i 1212?'), and an
honest "det står ikke i opgaven" when it does not."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, is_stop, key, keys
from knowledge.language import US
from knowledge.passages import ITEM
from knowledge.qa.agents import OTHER_THAN, deeds, has_alternative, is_agent, same_thing, verb_key
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.english import read_alike
from knowledge.qa.messages import text
from knowledge.qa.types import Expect, asked_value, holds
from knowledge.retrieval import rank_passages
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
    if q.has("sign") and not _signing_subordinate(q):
        out += _signature(ctx)
    return out + _deed(ctx) + _count(ctx)


# 'Skal DPO'en læse bilagene, før aftalen underskrives?' asks about reading, not about who signs.
_BEFORE_AFTER = re.compile(r"\b(før|inden|efter|når|before|after|when|once|until|indtil)\b", re.I)


def _signing_subordinate(q) -> bool:
    """Whether the question's words of signing all stand in a clause after 'før/efter/når', while
    another verb asks the question."""
    m = _BEFORE_AFTER.search(q.text)
    if m is None or m.start() == 0:
        return False
    start = len(re.findall(r"\w+", q.text[:m.start()]))  # tokens before the clause, roughly
    signs = [t.pos for t in q.tokens if "sign" in t.concepts]
    return bool(signs) and min(signs) >= start


def _count(ctx: Context) -> list[Candidate]:
    """'Skal vi udpege tre superbrugere?': the sentence that counts them settles it."""
    q, index = ctx.q, ctx.index
    asked = _counts(q.text)
    if not asked:
        return []
    numbers = {t.pos for t in q.tokens if t.surface.isdigit() or t.surface.casefold() in _NUMBERS}
    ranked = rank_passages(index, q, tasks=q.tasks or None, skip=numbers, limit=10, min_coverage=0.5)
    hits = [h for h in ranked if q.allows(h.task)]
    for hit in hits:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if not asked.keys() & _counts(said).keys():
            continue
        verdict = text("no" if other_count(q.text, said) else "yes", ctx.lang)
        head = text("yes_no_evidence", ctx.lang, verdict=verdict)
        for p in numbers:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)  # a number the text lacks is still understood
        explained = hit.explained | numbers | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
        return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95)]
    return []


def _deed(ctx: Context) -> list[Candidate]:
    """'Er det leverandøren, der godkender aftalen?', 'Skal borgmesteren godkende aftalen?': the task
    sentence saying who does it to what ('Aftalen godkendes af ...') settles it either way."""
    q, index = ctx.q, ctx.index
    asked = _who_does(q, index)
    if asked is None or _NEGATION.search(_main_clause(q.text)):
        return []
    verb, party_pos, party = asked
    if q.tasks or (q.project_tasks is None and q.wave_tasks is None):
        hits = rank_passages(index, q, tasks=q.tasks or None, limit=20, min_coverage=0.3)
    else:
        hits = [h for h in rank_passages(index, q, skip=q.project_pos, limit=40, min_coverage=0.3)
                if q.allows(h.task)][:20]
    other_than = bool(OTHER_THAN.search(q.text))
    best: tuple[float, Candidate] | None = None
    for hit in hits:
        said = index.passages[hit.pid].text
        for deed in deeds(said, set(verb.keys)):
            objs = [t for t in q.content() if t is not verb and t.pos not in party_pos
                    and any(same_thing(k, deed.obj_keys) for k in t.keys)]
            if verb_key(deed) not in verb.keys or not objs:
                continue
            agent = is_agent(party, deed)
            yes = (not agent or has_alternative(deed)) if other_than else agent
            head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if yes else "no", ctx.lang))
            explained = (party_pos | {verb.pos} | {t.pos for t in objs} | hit.explained | q.project_pos
                         | {t.pos for t in q.tokens if t.role == "ref"})
            cand = Candidate("yesno", f"{head} {ITEM.sub('', said)}", [hit.task], explained, prior=0.95)
            # 'må andre end X underskrive?': the sentence that names an alternative settles it
            rank = cand.score(q) + (0.05 if other_than and has_alternative(deed) else 0.0)
            if best is None or rank > best[0]:
                best = (rank, cand)
    return [best[1]] if best else []


_MODALS = frozenset("skal kan må bør vil skulle kunne burde maa boer".split())
_CLEFT_WORDS = _MODALS | {"der", "som", "who", "that"}


def _who_does(q, index) -> tuple[object, set[int], set[str]] | None:
    """The verb and the party of 'Er det X, der V ...?' or 'Skal X V ...?', else None. An English
    party left as typed ('the same person') cannot be compared with the Danish text's agent."""
    if (m := _CLEFT.match(q.text)) is not None:
        party = content_keys(m.group(1)) - _NOT_A_PARTY
        party_pos = {t.pos for t in q.content() if t.key in party}
        after = [t for t in q.tokens if t.pos > max(party_pos, default=0) and t.surface.isalpha()
                 and t.surface.casefold() not in _CLEFT_WORDS and (t.weight > 0 or t.concepts)]
        verb = after[0] if after else None
    elif (passive := _passive_asked(q)) is not None:  # 'Skal aftalen underskrives af borgmesteren?'
        verb, party_pos = passive
        party = _party_keys(q, party_pos)
    elif q.tokens and q.tokens[0].surface.casefold() in _MODALS:
        verb = next((t for t in q.tokens[2:] if t.surface.islower() and t.surface.endswith("e")
                     and len(t.surface) > 3 and t.role != "ref"), None)
        party_pos = {t.pos for t in q.tokens[1:verb.pos] if t.role != "ref"} if verb else set()
        party = _party_keys(q, party_pos)
    elif len(q.tokens) > 2 and q.tokens[0].surface.casefold().endswith("r") and q.tokens[0].weight > 0:
        verb, party_pos = q.tokens[0], {1}  # 'Godkender leverandøren aftalen?'
        party = _party_keys(q, party_pos)
    else:
        return None
    if verb is None or not party or not read_alike(index, q, [q.tokens[p] for p in party_pos]):
        return None
    return verb, party_pos, party


def _passive_asked(q):
    """'... underskrives af borgmesteren?': the passive verb and the words after 'af'."""
    for t in q.tokens[1:-1]:
        passive = t.surface.casefold().endswith(("es", "s", "ed"))
        if passive and q.tokens[t.pos + 1].surface.casefold() in ("af", "by"):
            after = {u.pos for u in q.tokens[t.pos + 2:] if u.weight > 0 and u.pos not in q.project_pos}
            return (t, after) if after else None
    return None


# 'vi', 'we': the asking municipality
_WE = frozenset("vi we os us jeg".split())


def _party_keys(q, positions: set[int]) -> set[str]:
    keys: set[str] = set()
    for p in positions:
        tok = q.tokens[p]
        if tok.surface.casefold() in _WE:
            keys.add("kommun")
        elif tok.weight > 0:
            keys |= content_keys(tok.surface)
    return keys - _NOT_A_PARTY


_SIGN_KEY = key("underskrive")
_NOT_A_PARTY = frozenset(key(w) for w in ("selv", "også", "andre", "anden", "nogen", "alene", "kun", "also"))


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
                for s, e in enumerate(index.signatures) if q.allows(e.task)]
        hits = [(s, h) for s, h in hits if h]
        if hits:
            best = max(len(h) for _, h in hits)
            tasks = list(dict.fromkeys(index.signatures[s].task for s, h in hits if len(h) == best))
            if len(tasks) > 1:  # the task that says more of the question ('... til fjernprint')
                said = {t: sum(any(t in index.task_postings.get(k, ()) for k in n.keys) for n in naming)
                        for t in tasks}
                tasks = [t for t in tasks if said[t] == max(said.values())]
        else:
            tasks, via = scope(ctx, handled)
            handled |= via
    if len(tasks) != 1:
        return []
    t = tasks[0]
    sids = index.task_signatures.get(t, ())
    if not sids and any(index.passage_has(p, _SIGN_KEY) for p in index.task_passage_ids(t)):
        return []  # the text speaks of signing what the signature reader did not catch: no 'Nej'
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
    if len(chosen) == 1 and index.signatures[chosen[0]].signature.signer.casefold() in US:
        # 'Underskriv aftalen' names no signer but the municipality: the mayor may or may not be it
        said = text("signer_not_named", ctx.lang, document=index.signatures[chosen[0]].signature.document)
        for p in parties:  # understood, whether the tasks name it or not: it is what is not settled
            p.match = max(p.match, 1.0)
        return [Candidate("yesno", said, tasks, handled | documents | {p.pos for p in parties}, prior=0.95,
                          found=False)]
    if len(chosen) != 1 or not read_alike(index, q, parties):  # 'the same person' is no signer
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


_NUMBERS = {w: n for n, ws in enumerate(["", "", "to two", "tre three", "fire four", "fem five", "seks six",
                                          "syv seven", "otte eight", "ni nine", "ti ten", "elleve eleven",
                                          "tolv twelve"]) for w in ws.split()}
_COUNTED = re.compile(r"\b(?:(højst|maks\w*|op til|ikke mere end|mindst|minimum|at most|up to|at least)\s+)?"
                      r"(\d+|" + "|".join(_NUMBERS) + r")\s+([a-zæøå-]{3,})", re.I)
_AT_MOST = ("højst", "maks", "op til", "ikke mere end", "at most", "up to")


def _counts(said: str) -> dict[str, tuple[int, str]]:
    """'to testbrugere og højst fem produktionsbrugere' -> {testbruger: (2, ''), produktionsbruger:
    (5, 'højst')}"""
    out = {}
    for m in _COUNTED.finditer(said):
        before = said[:m.start()].split()
        if is_stop(m.group(3).casefold()) or (before and before[-1][:1].isupper() and m.group(2).isdigit()):
            continue  # 'Context Handler 2 fra nu af': a version, not a count
        n = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS[m.group(2).casefold()]
        out[key(m.group(3).casefold())] = (n, (m.group(1) or "").casefold())
    return out


def other_count(question: str, said: str) -> bool:
    """Whether the text counts what the question counts and gives another number (a 'højst fem' allows
    four, a 'mindst tre' allows four)."""
    text_counts = _counts(said)
    for noun, (asked, _) in _counts(question).items():
        if noun not in text_counts:
            continue
        n, bound = text_counts[noun]
        ok = asked <= n if bound.startswith(_AT_MOST) else asked >= n if bound else asked == n
        if not ok:
            return True
    return False


YES_THRESHOLD = 0.7


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
    inner = asked_value(ascii_fold(question))
    if _counts(question) and not _counts(said):
        inner = Expect.COUNT  # 'må vi have tre administratorer?' is not settled by a line without a number
    if inner is not Expect.ANY and not holds(inner, said, question):
        # 'er der en frist for X?' is not settled by a sentence about X without a deadline
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    if _other_agent(question, said):
        # 'kan vi selv sætte X op?' is not settled by 'X sættes op af leverandøren'
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    flip = bool(_NEGATION.search(_main_clause(question))) != bool(_NEGATION.search(_main_clause(said)))
    if _ONLY.search(question) and _ALSO.search(said) and not _ONLY.search(said):
        flip = True
    if (m := _CLEFT.match(question)) and not content_keys(m.group(1)) & content_keys(said):
        flip = True
    if other_count(question, said):
        flip = True  # 'skal vi oprette tre testbrugere?' - 'to testbrugere'
    if not flip and evidence.score(ctx.q) < YES_THRESHOLD:
        # a Ja read off evidence that explains only part of the question is a guess
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    verdict = text("no" if flip else "yes", ctx.lang)
    head = text("yes_no_evidence", ctx.lang, verdict=verdict)
    return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                     prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)


# The asker as the subject of a yes/no question ('kan vi selv ...', 'skal jeg ...', 'can we ...').
_ASKER = re.compile(r"^\W*\w+\s+(vi|jeg|i|we)\b", re.I)
_BY = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+(?:\w+\s+)?af\s+([\w-]+)|"
                 r"\b[a-z]{3,}ed\s+by\s+(?:the\s+)?([\w-]+)", re.I)


def _other_agent(question: str, said: str) -> bool:
    """Whether the question asks whether we do something the evidence says another party does."""
    if not _ASKER.match(question) or not (m := _BY.search(_main_clause(said))):
        return False
    agent = (m.group(1) or m.group(2)).casefold()
    return agent not in US and not content_keys(agent) & content_keys(question)


# Where a subordinate clause starts: its negation says nothing about the main statement
# ('Egne breve bruges, når en sag ... ikke er dækket af ...' is a yes).
_SUBORDINATE = re.compile(r",?\s+\b(når|hvis|fordi|som|så|mens|da|when|if|because|which|unless)\b", re.I)


def _main_clause(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    first = re.sub(r"^\s*\d{1,2}[.)]\s+", "", first)
    return _SUBORDINATE.split(first, maxsplit=1)[0]
