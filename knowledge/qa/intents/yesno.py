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
from knowledge.qa.intents import costs
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.qa.types import Expect, asked_value, holds
from knowledge.retrieval import rank_passages
from knowledge.wording import label, say, task_label

_NEGATION = re.compile(r"\b(ikke|ej|ingen|intet|aldrig|hverken|not|no|never|none|neither|cannot|can't|"
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
    if q.has("sign"):  # 'is signing required?': required to sign, not the task's priority
        for t in q.tokens:
            if t.key in _REQUIRED and t.concepts <= {"priority"}:
                t.weight, t.role, t.concepts = 0.0, "stop", frozenset()
        q.concepts = set().union(*(t.concepts for t in q.tokens)) | (q.concepts - {"priority"})
    if q.has("skip"):  # 'kan vi springe X over?': the verdicts below answer whether X is done
        return _skip_priority(ctx) or _skip_passage(ctx)
    if q.has("priority"):
        out += _priority(ctx)
    if q.has("sign") and not _signing_subordinate(q):
        out += _signature(ctx)
    return out + _deed(ctx) + _count(ctx) + _fact(ctx) + costs.cost(ctx, verdict_head)


def _skip_passage(ctx: Context) -> list[Candidate]:
    """'Kan vi springe testen over i BOLIG 5?': the sentence of the task that says to do it settles it
    ('Nej'), unless it says the thing is optional or not needed ('Ja')."""
    q, index = ctx.q, ctx.index
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, limit=5, min_coverage=YES_THRESHOLD)
            if q.allows(h.task) and index.passages[h.pid].field not in ("title", "fact")]
    if not hits:
        return []
    hit = hits[0]
    said = ITEM.sub("", index.passages[hit.pid].text)
    optional = bool(_NEGATION.search(_main_clause(said)) or _OPTIONAL.search(said))
    explained = hit.explained | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
    return [Candidate("yesno", f"{verdict_head(ctx, holds_true=not optional)} {said}", [hit.task], explained,
                      prior=0.9)]


def _skip_priority(ctx: Context) -> list[Candidate]:
    """'Kan vi springe BP 07 over?': a question about the task itself is settled by its priority on the
    obligatory / optional scale ('Nej' for 'Obligatorisk', 'Ja' for 'Valgfri')."""
    q = ctx.q
    handled = q.concept_positions("task", "status", "what") | {t.pos for t in q.tokens if t.role == "ref"}
    tasks, via = scope(ctx, handled)
    # the question names the task itself (by reference or title), not a thing done in it
    if len(tasks) != 1 or any(t.pos not in handled | q.project_pos | title_positions(ctx.index, q, tasks[0])
                              for t in q.content()):
        return []
    task = ctx.task(tasks[0])
    have = set(keys(task.priority or ""))
    if not have & (_CLASSES | _OPTIONAL_CLASSES):
        return []
    optional = bool(have & _OPTIONAL_CLASSES) and not have & _CRITICAL
    said = text("yes_priority" if optional else "no_priority", ctx.lang, task=task.id, priority=task.priority)
    return [Candidate("yesno", said, tasks, handled | via, prior=1.0)]


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
    if names:  # a party or system: the value names it or another one
        if any(set(t.keys) & value for t in claim):
            yes = all(set(t.keys) & value for t in claim)
            if not yes:
                return None
        elif not _other_values(index, entry) & {k for t in claim for k in t.keys} and \
                any(index.task_has(entry.task, k) for t in claim for k in t.keys):
            return None  # named elsewhere in the task, not as another value of the list: not settled
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
        said_keys = content_keys(said)
        for deed in deeds(said, set(verb.keys)):
            if deed.verb[:1].isupper() and not said.lstrip().startswith(deed.verb):
                continue  # 'sender Printcenter Nord ...': a name inside a sentence is no verb
            objs = [t for t in q.content() if t is not verb and t.pos not in party_pos
                    and any(same_thing(k, deed.obj_keys) for k in t.keys)]
            if not objs and _PRONOUN.search(deed.obj):  # '..., men den skal godkendes af X': the noun before
                objs = [t for t in q.content() if t is not verb and t.pos not in party_pos
                        and t.role == "word" and any(same_thing(k, said_keys) for k in t.keys)]
            if verb_key(deed) not in verb.keys or not objs:
                continue
            agent = is_agent(party, deed)
            yes = (not agent or has_alternative(deed)) if other_than else agent
            if yes and (other_count(q.text, said) or other_side(q.text, said)):
                yes = False  # 'skal kommunen udtage ti udlån?' - 'Kommunen udtager otte udlån'
            head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if yes else "no", ctx.lang))
            explained = (party_pos | {verb.pos} | {t.pos for t in objs} | hit.explained | q.project_pos
                         | {t.pos for t in q.tokens if t.role == "ref"})
            unnamed = not yes and not other_than and _unnamed_supplier(q, party_pos, said)
            if unnamed:  # 'Er det Netcompany, der opretter X?' - 'Leverandøren opretter X': may be them
                head = text("not_settled", ctx.lang)
            cand = Candidate("yesno", f"{head} {ITEM.sub('', said)}", [hit.task], explained, prior=0.95,
                             found=not unnamed)
            # 'må andre end X underskrive?': the sentence that names an alternative settles it
            rank = cand.score(q) + (0.05 if other_than and has_alternative(deed) else 0.0)
            rank += 0.01 if yes else 0.0  # a sentence naming the party as the doer beats one naming another
            if best is None or rank > best[0]:
                best = (rank, cand)
    return [best[1]] if best else []


_LEVERANDOR = re.compile(r"\b(\w*leverandør\w*|supplier|vendor)\b", re.I)


def _unnamed_supplier(q, party_pos: set[int], said: str) -> bool:
    """The question names a company ('Netcompany') the sentence does not, and the sentence's doer is
    only 'leverandøren': it may be that company, so the text does not settle it."""
    named = any(q.tokens[p].surface[:1].isupper() and p > 0 for p in party_pos)
    said_keys = content_keys(said)
    return named and bool(_LEVERANDOR.search(said)) and not any(
        k in said_keys for p in party_pos for k in q.tokens[p].keys)


_MODALS = frozenset("skal kan må bør vil skulle kunne burde maa boer".split())
# An object that only points back to a noun before it: '..., men den skal godkendes af ...'.
_PRONOUN = re.compile(r"(?:^|\s)(den|det|de|dem|disse|denne|dette|it|they|them)$", re.I)
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
_WITH = frozenset("med til hos with to".split())
_NOT_A_PARTY = frozenset(key(w) for w in ("selv", "også", "andre", "anden", "nogen", "alene", "kun", "also"))


def _priority(ctx: Context) -> list[Candidate]:
    q = ctx.q
    handled = q.concept_positions("priority", "task", "status", "what")
    tasks, via = scope(ctx, handled)
    asked = {k for t in q.tokens if "priority" in t.concepts for k in t.keys} - {"prioritet", "priorit"}
    critical = [t for t in q.tokens if set(t.keys) & _CRITICAL]  # 'obligatorisk på kritisk vej'
    asked |= {k for t in critical for k in t.keys if k in _CRITICAL}
    for t in critical:  # understood whether the tasks use the words or not: the priority settles it
        for word in q.tokens[t.pos:t.pos + 2]:
            if word is not t and word.key not in ("vej", "path"):
                continue
            word.match = max(word.match, 1.0)
            handled.add(word.pos)
    number = _priority_number(q)
    tasks = [t for t in tasks if ctx.task(t).priority]
    if len(tasks) != 1 or not (asked or number):
        return []
    task = ctx.task(tasks[0])
    have = set(keys(task.priority))
    if number:  # 'har 7003 prioritet 1?': the number decides
        handled |= {t.pos for t in q.tokens if t.surface == number}
        yes = number in re.findall(r"\d+", task.priority)
    else:  # 'obligatorisk' holds for 'Obligatorisk på kritisk vej', not the other way round
        yes = asked <= have or (bool(asked & have) and not asked & _CRITICAL)
    # 'er 8804 obligatorisk?' when its priority is 'Prioritet 2', 'prioritet 1?' when it is 'Valgfri':
    # the two scales say nothing of each other
    other_scale = not re.search(r"\d", task.priority) if number else not have & _CLASSES
    if not number and other_scale and have & _OPTIONAL_CLASSES and asked & _REQUIRING:
        other_scale, yes = False, False  # 'er BP 07 obligatorisk?' - 'Anbefalet' recommends, no more
    if other_scale:
        said = f"{text('not_settled', ctx.lang)}\n{label('priority', ctx.lang)}: {task.priority}"
        return [Candidate("yesno", said, tasks, handled | via, prior=1.0, found=False)]
    verdict = "yes_priority" if yes else "no_priority"
    said = text(verdict, ctx.lang, task=task.id, priority=task.priority)
    return [Candidate("yesno", said, tasks, handled | via, prior=1.0)]


_REQUIRED = frozenset(key(w) for w in ("required", "requires", "require", "påkrævet", "krævet", "kræves",
                                       "nødvendigt", "necessary", "needed"))
_CRITICAL = frozenset(key(w) for w in ("kritisk", "kritiske", "critical"))
# The words of the obligatory / optional scale ('Obligatorisk på kritisk vej', 'Obligatorisk', 'Valgfri')
_CLASSES = frozenset(key(w) for w in ("obligatorisk", "valgfri", "kritisk"))
_REQUIRING = frozenset(key(w) for w in ("obligatorisk", "kritisk", "mandatory", "critical", "required"))
# The classes of that scale a task may be left out of ('Anbefalet' recommends, it does not require)
_OPTIONAL_CLASSES = frozenset(key(w) for w in ("valgfri", "anbefalet", "optional", "recommended"))


def _priority_number(q) -> str | None:
    """'prioritet 1', 'priority 2': the number the question puts forward."""
    for t in q.tokens[1:]:
        if t.surface.isdigit() and "priority" in q.tokens[t.pos - 1].concepts:
            return t.surface
    return None


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
                said = {t: sum(any(index.task_has(t, k) for k in n.keys) for n in naming)
                        for t in tasks}
                tasks = [t for t in tasks if said[t] == max(said.values())]
        else:
            tasks, via = scope(ctx, handled)
            handled |= via
    if len(tasks) != 1:
        return []
    t = tasks[0]
    sids = index.task_signatures.get(t, ())
    if not sids and index.task_has(t, _SIGN_KEY):
        return []  # the text speaks of signing what the signature reader did not catch: no 'Nej'
    if not sids:
        said = text("no_signature", ctx.lang, task=ctx.task(t).id)
        return [Candidate("yesno", said, tasks, handled | {n.pos for n in naming}, prior=0.95)]
    doc_hits = {s: {n.pos for n in naming if _names(n, index.signatures[s].signature.document)} for s in sids}
    named_docs = [s for s, h in doc_hits.items() if h]
    documents = set().union(*doc_hits.values()) if named_docs else set()
    parties = [n for n in naming if n.pos not in documents and n.pos not in q.project_pos]
    chosen = named_docs or list(sids)
    # 'en aftale med lønleverandøren': the other party of the document, not who signs it
    counterparts = {n.pos for n in parties if n.pos > 0 and q.tokens[n.pos - 1].surface.casefold() in _WITH}
    parties = [n for n in parties if n.pos not in counterparts]
    documents |= counterparts
    if parties and len(chosen) == 1 and all(n.surface.casefold() in US for n in parties) and \
            index.signatures[chosen[0]].signature.signer.casefold() in US:
        parties = []  # 'skal kommunen underskrive ...?' - the municipality signs: Ja
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
    if len(chosen) != 1 or not read_alike(index, q, parties) or OTHER_THAN.search(q.text):
        # 'the same person' is no signer; 'må andre end X underskrive?' is settled by the sentence
        # that names an alternative (_deed), not by who signs
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
                      r"(\d+|" + "|".join(_NUMBERS) + r"|(?:en|et|one)(?=\s+(?:uge|dag|måned|år|time|"
                      r"week|day|month|year|hour)\b))\s+([a-zæøå-]{3,}|år\b)", re.I)
_AT_MOST = ("højst", "maks", "op til", "ikke mere end", "at most", "up to")


def _counts(said: str) -> dict[str, tuple[int, str]]:
    """'to testbrugere og højst fem produktionsbrugere' -> {testbruger: (2, ''), produktionsbruger:
    (5, 'højst')}"""
    out = {}
    for m in _COUNTED.finditer(said):
        before = said[:m.start()].split()
        if is_stop(m.group(3).casefold()) or (before and before[-1][:1].isupper() and m.group(2).isdigit()
                                              and not before[-1].endswith(":")):
            continue  # 'Context Handler 2 fra nu af': a version, not a count ('Stedfortræder: 1 person' is)
        n = int(m.group(2)) if m.group(2).isdigit() else _NUMBERS.get(m.group(2).casefold(), 1)
        out[key(m.group(3).casefold())] = (n, (m.group(1) or "").casefold())
    return out


stated_counts = _counts


def other_count(question: str, said: str) -> bool:
    """Whether the text counts what the question counts and gives another number (a 'højst fem' allows
    four, a 'mindst tre' allows four)."""
    text_counts = _counts(said)
    for noun, (asked, asked_bound) in _counts(question).items():
        if noun not in text_counts:
            continue
        n, bound = text_counts[noun]
        if asked_bound:  # 'mindst fem' holds for 'otte' and 'mindst seks', 'højst fem' for 'tre'
            ok = n <= asked if asked_bound.startswith(_AT_MOST) else n >= asked
            ok = ok and (not bound or bound.startswith(_AT_MOST) == asked_bound.startswith(_AT_MOST))
        else:
            ok = asked <= n if bound.startswith(_AT_MOST) else asked >= n if bound else asked == n
        if not ok:
            return True
    return False


# 'før go-live', 'efter modtagelsen', 'before go-live': the side of a moment a deadline is on
_SIDE = re.compile(r"\b(før|inden|efter|before|after|prior to)\s+(?:at\s+)?([\wæøå-]+)", re.I)
_BEFORE = ("før", "inden", "before", "prior to")


def other_side(question: str, said: str) -> bool:
    """Whether the text puts the deadline on the other side of the moment the question names ('skal
    abonnementerne lukkes før go-live?' - 'senest 2 uger efter go-live')."""
    said_sides = {key(m.group(2).casefold()): m.group(1).casefold().startswith(_BEFORE)
                  for m in _SIDE.finditer(said)}
    for m in _SIDE.finditer(question):
        moment = key(m.group(2).casefold())
        if moment in said_sides and said_sides[moment] != m.group(1).casefold().startswith(_BEFORE):
            return True
    return False


YES_THRESHOLD = 0.7

# Words that only frame a yes/no question as one of necessity or permission: 'er det nødvendigt at
# sende X?', 'behøver vi X?', 'har vi lov til at X?', 'is it required to X?' ask whether X is to be
# done, which the sentence saying to do X settles. 'Gælder det (også) for X, at ...' frames X likewise.
_NEED = frozenset("nødvendigt nødvendig nødvendige nødvendigvis behøver behøve behøves nødt pligt forpligtet "
                  "forpligtede påkrævet påkrævede krævet lov tilladt tilladelse muligt ok okay "
                  "necessary required needed need needs allowed permitted".split())
_NEED_IF_FOLLOWED = frozenset("krav gælder".split())  # 'et krav, at X', 'gælder det for X'
# Words asking whether a thing may be left out: 'kan vi springe testen over?', 'må vi undlade X?',
# 'can we skip X?'. The sentence saying to do X answers it with a 'Nej'.
_SKIP = frozenset("springe spring springer springes undlade undlader undlades droppe dropper droppes drop "
                  "slippe slipper skippe skip skipped omit ignorere ignore".split())
# A text that says a thing is left to the municipality ('Kommunen kan vælge at ...', 'valgfri'): no
# answer to whether it must be done.
_OPTIONAL = re.compile(r"\b(valgfri\w*|frivillig\w*|kan vælge|kan selv vælge|ikke et krav|er ikke "
                       r"nødvendig\w*|optional|not required|may choose)\b", re.I)
_MUST = re.compile(r"^\W*(skal|must|shall|have to|has to)\b|\b(nødvendig\w*|behøve\w*|nødt|påkrævet|krav|"
                   r"required|necessary|need\w*)\b", re.I)


def frame(q) -> None:
    """Take the words that frame a yes/no question (necessity, permission, leaving out) out of what it
    is about; a question of leaving a thing out is marked 'skip', and in a 'hvad sker der, hvis vi
    springer X over?' the leaving out is a negation."""
    conditional = q.has("if") or q.has("consequence")
    if not (q.yesno or conditional):
        return
    for t in q.tokens:
        word = t.surface.casefold()
        after = q.tokens[t.pos + 1].surface.casefold() if t.pos + 1 < len(q.tokens) else ""
        skip = word in _SKIP
        need = q.yesno and (word in _NEED or (word in _NEED_IF_FOLLOWED and after in ("at", "om", "det",
                                                                                     "dette")))
        if not (skip or need):
            continue
        t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
        if skip and q.yesno and not conditional:
            q.concepts.add("skip")
        elif skip:
            t.concepts = frozenset({"negation"})
            q.concepts.add("negation")


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
    if _unknown_claim(ctx.q, evidence):
        # 'skal brevene trykkes i farver?' is not settled by a line about printing that never says 'farver'
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    if _other_agent(question, said):
        # 'kan vi selv sætte X op?' is not settled by 'X sættes op af leverandøren'
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    # whether the text says the opposite of the question's claim, read without its own negation
    flip = bool(_NEGATION.search(_main_clause(said)))
    if _MUST.search(question) and _OPTIONAL.search(said):
        flip = True  # 'skal vi holde lokal undervisning?' - 'Kommunen kan vælge at holde ...'
    if _ONLY.search(question) and _ALSO.search(said) and not _ONLY.search(said):
        flip = True
    if reversed_order(question, said):
        flip = True  # 'må X ske, før Y?' - 'Y skal ske, før X kan ske'
    if (m := _CLEFT.match(question)) and not content_keys(m.group(1)) & content_keys(said):
        if m.group(1)[:1].isupper() and _LEVERANDOR.search(said):
            # 'Er det Netcompany, der ...?' - 'Leverandøren af ESDH-systemet ...': it may be them
            return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                             evidence.explained, prior=evidence.prior, found=False)
        flip = True
    if other_count(question, said):
        flip = True  # 'skal vi oprette tre testbrugere?' - 'to testbrugere'
    if other_side(question, said):
        flip = True  # 'skal abonnementerne lukkes før go-live?' - 'senest 2 uger efter go-live'
    if not flip and ctx.q.coverage(evidence.explained - evidence.titled) * evidence.prior < YES_THRESHOLD:
        # a Ja read off evidence that explains only part of the question is a guess
        return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                         evidence.explained, prior=evidence.prior, found=False)
    verdict = text(_verdict(ctx.q, question, holds_true=not flip), ctx.lang)
    head = text("yes_no_evidence", ctx.lang, verdict=verdict)
    return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                     prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)


def verdict_head(ctx: Context, *, holds_true: bool) -> str:
    """'Ja – opgaven siger:' (or 'Nej', 'Jo') for a claim that holds or not."""
    verdict = text(_verdict(ctx.q, ctx.q.text, holds_true=holds_true), ctx.lang)
    return text("yes_no_evidence", ctx.lang, verdict=verdict)


def _verdict(q, question: str, *, holds_true: bool) -> str:
    """The word a Dane answers with: 'Ja'/'Nej' to whether the claim holds; to 'kan vi springe X over?'
    'Nej' when X is to be done; to a negated question ('er det ikke X, der ...?', 'skal vi ikke ...?')
    'Jo' when the claim holds and 'Nej' when it does not."""
    if q.has("skip"):
        return "no" if holds_true else "yes"
    if _NEGATION.search(_main_clause(question)):
        return "yes_to_negated" if holds_true else "no"
    return "yes" if holds_true else "no"


# 'før', 'inden', 'efter': the order of two things a question or a sentence puts
_ORDER = re.compile(r"\b(før|inden|forud for|efter|before|prior to|after)\b", re.I)


def reversed_order(question: str, said: str) -> bool:
    """Whether the text puts the two things the question orders the other way round: 'må
    integrationen sættes i produktion, før aftalen er underskrevet?' - 'Aftalen skal underskrives, før
    integrationen kan sættes i produktion'."""
    asked, stated = _ordered(question), _ordered(said)
    if asked is None or stated is None:
        return False
    (first_q, then_q), (first_s, then_s) = asked, stated
    straight = len(first_q & first_s) + len(then_q & then_s)
    crossed = len(first_q & then_s) + len(then_q & first_s)
    return crossed >= 2 and crossed > straight and bool(first_q & then_s) and bool(then_q & first_s)


def _ordered(text: str) -> tuple[set[str], set[str]] | None:
    """The keys of what comes first and of what comes then, around one 'før/efter' of a sentence."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    found = list(_ORDER.finditer(line))
    if len(found) != 1 or found[0].start() == 0:
        return None
    m = found[0]
    main, sub = content_keys(line[:m.start()]), content_keys(line[m.end():])
    if not main or not sub:
        return None
    # 'X, før Y': X comes first; 'X, efter Y': Y comes first
    return (main, sub) if m.group(1).casefold() in ("før", "inden", "forud for", "before", "prior to") \
        else (sub, main)


def _unknown_claim(q, evidence: Candidate) -> bool:
    """Whether the question claims something with a word the tasks never use (a telling one, not a
    party a verdict intent already compared): no sentence of theirs can settle it either way."""
    return any(t.match == 0 and t.weight >= 0.5 and t.pos not in evidence.explained for t in q.content())


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
