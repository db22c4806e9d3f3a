"""Whether a task has something to sign, and who signs it."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.language import US
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.analysis import unlinked
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.english import read_alike
from knowledge.qa.intents.signatures import paper_naming_keys
from knowledge.qa.intents.yesno.parties import _other_than, _others_too, _party_elsewhere
from knowledge.qa.intents.yesno.words import _BEFORE_AFTER, _EXPLETIVE, _MANNER, _PARTY_WORD, _POINTS_BACK
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.roles import names_role
from knowledge.wording import quote, task_label


def _signing_subordinate(q) -> bool:
    """Whether the question's words of signing all stand in a clause after 'før/efter/når', while
    another verb asks the question."""
    m = _BEFORE_AFTER.search(q.text)
    if m is None or m.start() == 0:
        return False
    start = len(re.findall(r"\w+", q.text[:m.start()]))  # tokens before the clause, roughly
    first = _first_signing(q)
    return first is not None and first >= start


def _signing_clause_end(q) -> int | None:
    """The first position of a 'før/efter/når' clause after the question's word of signing, if any."""
    first = _first_signing(q)
    if first is None:
        return None
    return next((t.pos for t in q.tokens if t.pos > first and _BEFORE_AFTER.fullmatch(t.surface)), None)


def _first_signing(q) -> int | None:
    """The position of the question's first word of signing, if any."""
    return next((t.pos for t in q.tokens if "sign" in t.concepts), None)


# 'den underskrevne aftale', 'være underskrevet senest ...', 'the signed agreement': signing as a state
_SIGNED = re.compile(r"^(underskrevne?|underskrevet|signerede?|signeret|signed)$", re.I)


def _signed_state(q) -> bool:
    """Whether every word of signing in the question is a participle not followed by its agent ('af',
    'by'): the question asks what is done with a signed document or when, not who signs it."""
    signs = [t for t in q.tokens if "sign" in t.concepts]
    return bool(signs) and all(
        _SIGNED.match(t.surface) and not (t.pos + 1 < len(q.tokens)
                                          and q.tokens[t.pos + 1].surface.casefold() in ("af", "by"))
        for t in signs)


# The means a thing is signed with, not a signer: 'på papir', 'med MitID (Erhverv)', 'on paper' (the platform
# it is signed in, 'i NemLog-in', is read by its place in the question: _signed_where)
_MEANS = re.compile(r"\b(?:på|i|on|in)\s+(?:\w+\s+)?(?:papir\w*|paper)\b|"
                    r"\b(?:med|via|with|using)\s+(?:sit\s+|sin\s+|their\s+)?(?:MitID|NemID|e-?signatur\w*|"
                    r"digital\s+signatur\w*|pen)\b", re.I)

_SIGN_KEY = key("underskrive")

# 'signeres i NemLog-in', 'underskrives digitalt via portalen', 'signed in Penneo': where or through what a
# paper is signed; a signer follows 'af'/'by' or is the subject, never 'i'/'via'
_WHERE_SIGNED = frozenset("i via gennem in through".split())


def _signed_where(q, parties) -> bool:
    """Whether a party the question puts forward is the place or system a paper is signed in: right after
    'i'/'via'/'in', which follows a word of signing (a manner word may stand between)."""
    words = [t.surface.casefold() for t in q.tokens]
    for p in parties:
        if p.pos < 2 or words[p.pos - 1] not in _WHERE_SIGNED:
            continue
        before = [q.tokens[i] for i in range(max(0, p.pos - 3), p.pos - 1)]
        if any("sign" in t.concepts for t in before):
            return True
    return False

_WITH = frozenset("med til hos with to".split())


def _signature(ctx: Context) -> list[Candidate]:
    """'Skal aftalen underskrives (af X)?': the task's signatures settle whether its document is signed,
    and by whom."""
    q, index = ctx.q, ctx.index
    handled = q.concept_positions("sign", "task", "what", "status")
    naming = [t for t in q.content() if not t.concepts and t.pos not in handled]
    tasks, handled = _signed_tasks(ctx, handled, naming)
    if len(tasks) != 1:
        return []
    t = tasks[0]
    sids = index.task_signatures.get(t, ())
    if not sids:
        return _nothing_signed(ctx, tasks, handled | {n.pos for n in naming})
    named = _named_documents(q, index, naming, sids)
    if named is None:
        return []  # 'skal bilag 2 underskrives?' is not settled by who signs bilag 1
    named_docs, documents, numbered = named
    parties = [n for n in naming if n.pos not in documents | numbered and n.pos not in q.project_pos]
    if (later := _signing_clause_end(q)) is not None and parties:
        # 'skal aftalen underskrives, før appen tages i brug?' asks when it is signed: the clause's words
        # name no signer, and who signs does not settle the order (the sentence that says it does)
        parties = [n for n in parties if n.pos < later]
        if not parties:
            return []
    chosen = named_docs or list(sids)
    # 'en aftale med lønleverandøren': the other party of the document, not who signs it
    counterparts = {n.pos for n in parties if n.pos > 0 and q.tokens[n.pos - 1].surface.casefold() in _WITH}
    counterparts |= _on_behalf_of(q)  # 'på borgmesterens vegne': the one signed for, not the signer
    counterparts |= _document_qualifier(q, documents, {n.pos for n in parties})
    counterparts |= _task_topic(q, {n.pos for n in parties})  # 'opgaven om QR-skilte': what it is about
    parties = [n for n in parties if n.pos not in counterparts]
    if _EXPLETIVE.match(q.text):
        parties = []  # 'skal der underskrives noget, når X ...?' asks whether anything is signed, not by whom
    documents |= counterparts
    denied = len(chosen) == 1 and _signing_denied(ctx, t, index.signatures[chosen[0]].signature.document)
    if denied:
        # 'Testrapporten godkendes af X. Den skal ikke underskrives.': the text denies what was read as a
        # signature ('Få testrapporten godkendt af X')
        head = text("yes_no_evidence", ctx.lang, verdict=text("no", ctx.lang))
        return [Candidate("yesno", f"{head} {denied}", tasks, handled | documents | {n.pos for n in naming},
                          prior=0.95)]
    return _signers(ctx, tasks, chosen, parties, handled | documents)


def _signed_tasks(ctx: Context, handled: set[int], naming: list) -> tuple[list[int], set[int]]:
    """The tasks the question asks of (the one whose signed document it names, else its words), and the
    positions that found them."""
    q, index = ctx.q, ctx.index
    tasks = list(q.tasks)
    if not tasks:  # the task whose signed document the question names, else its words
        allowed = [(s, e) for s, e in enumerate(index.signatures) if q.allows(e.task)]
        signing = {e.task for _, e in allowed}
        keys = {t.pos: paper_naming_keys(index, t, signing) for t in naming}
        hits = [(s, {t.pos for t in naming if any(k in e.keys for k in keys[t.pos])}) for s, e in allowed]
        hits = [(s, h) for s, h in hits if h]
        if hits:
            best = max(len(h) for _, h in hits)
            tasks = list(dict.fromkeys(index.signatures[s].task for s, h in hits if len(h) == best))
            if len(tasks) > 1:  # the task that says more of the question ('... til fjernprint')
                said = {t: sum(any(index.task_has(t, k) for k in n.keys) for n in naming)
                        for t in tasks}
                tasks = [t for t in tasks if said[t] == max(said.values())]
            if len(tasks) > 1:
                tasks = _of_paper_named(index, q, hits, tasks, naming)
            titled, via = scope(ctx, handled)
            named = {p for s, h in hits if len(h) == best for p in h}  # the words that found the paper
            if len(titled) == 1 and titled != tasks and len(via - handled) > best and all(
                    any(index.task_has(titled[0], k) for k in q.tokens[p].keys) for p in named):
                # ('Kan fuldmagten underskrives digitalt?' stays with the task whose fuldmagt it is)
                # 'kræver tilmeldingen til X en underskrift?': the task titled on the tilmelding, though
                # another task about X has a paper to sign
                tasks, handled = titled, handled | via
            elif (named_by := _found_by_signer(index, q, hits, best)) and \
                    len(titled := scope(ctx, handled | named_by)[0]) == 1 and titled[0] not in tasks and \
                    _unsigned_said(ctx, titled[0]):
                # 'Skal kommunaldirektøren underskrive kapselreglementet?': the party is another task's
                # signer, the paper's word names the task asked of (one with nothing to sign)
                tasks, handled = titled, handled | scope(ctx, handled | named_by)[1]
        else:
            tasks, via = scope(ctx, handled)
            handled |= via
    return tasks, handled


def _found_by_signer(index, q, hits: list[tuple[int, set[int]]], best: int) -> set[int]:
    """The positions that found the best papers when each is a party ('kommunaldirektøren') naming none
    of those papers: the papers were found by who signs them, not by what they are; else empty."""
    found = [(s, h) for s, h in hits if len(h) == best]
    named = {p for _, h in found for p in h}
    if any(not names_role(q.tokens[p].surface) for p in named) or any(
            _names(q.tokens[p], index.signatures[s].signature.document) for s, h in found for p in h):
        return set()
    return named


def _of_paper_named(index, q, hits: list[tuple[int, set[int]]], tasks: list[int], naming: list) -> list[int]:
    """Of tasks found by as many question words, the one whose signed paper a word names: in 'Skal
    kommunaldirektøren skrive under på trugaftalen?' the party is what the question puts to the test
    (another task's signer), the paper says which task; unchanged unless exactly one task is left, and
    only when that task says every other thing the question names ('databehandleraftalen for KriseLink'
    is not the databehandleraftale of a task that never names KriseLink)."""
    papers = {index.signatures[s].task for s, h in hits if index.signatures[s].task in tasks
              and any(_names(q.tokens[p], index.signatures[s].signature.document) for p in h)}
    if len(papers) != 1:
        return tasks
    task = next(iter(papers))
    unsaid = [n for n in naming if not any(index.task_has(task, k) for k in n.keys)]
    return [task] if all(names_role(n.surface) for n in unsaid) else tasks


def _unsigned_said(ctx: Context, t: int) -> bool:
    """Whether the task says its paper is settled without a signature: who adopts it ('Reglementet vedtages
    af udvalget'), or that nothing is signed; not a task that only names the paper ('Journalsystemet får en
    databehandleraftale'), which leaves who signs it unsaid."""
    index = ctx.index
    return _adoption(ctx, t) is not None or any(
        index.passage_has(p, _SIGN_KEY) and _NO_SIGNING.search(index.passages[p].text)
        for p in index.task_passage_ids(t))


def _nothing_signed(ctx: Context, tasks: list[int], explained: set[int]) -> list[Candidate]:
    """A 'Nej' for a task the signature reader found nothing to sign in: the sentence saying nothing is
    signed, else the task's lack of a signature (none when its text speaks of signing otherwise)."""
    index, t = ctx.index, tasks[0]
    if index.task_has(t, _SIGN_KEY):
        # 'Det er ikke nødvendigt at underskrive noget': the sentence that says so settles it
        said = next((_with_antecedent(index, t, p) for p in index.task_passage_ids(t)
                     if index.passage_has(p, _SIGN_KEY) and _NO_SIGNING.search(index.passages[p].text)), None)
        if said is None:
            return []  # the text speaks of signing what the signature reader did not catch: no 'Nej'
        head = text("yes_no_evidence", ctx.lang, verdict=text("no", ctx.lang))
        return [Candidate("yesno", f"{head} {said}", tasks, explained, prior=0.95)]
    said = text("no_signature", ctx.lang, task=ctx.task(t).id)
    if adopted := _adoption(ctx, t):
        # 'Reglementet vedtages af kultur- og byminderudvalget': who settles the paper, though no one signs it
        said += "\n" + text("approver_note", ctx.lang, sentence=quote(adopted, ctx.lang))
    return [Candidate("yesno", said, tasks, explained, prior=0.95)]


def _adoption(ctx: Context, t: int) -> str | None:
    """The task's sentence naming who approves or adopts its paper (a signature read as an approval,
    which the index keeps no entry of), else None."""
    index = ctx.index
    for sig in ctx.task(t).signatures:
        who = content_keys(sig.signer)
        if not sig.approval or not who:
            continue
        return next((ITEM.sub("", index.passages[p].text) for p in index.task_passage_ids(t)
                     if index.passages[p].field not in ("title", "fact", "step")
                     and all(index.passage_has(p, k) for k in who)), None)
    return None


def _named_documents(q, index, naming: list, sids) -> tuple[list[int], set[int], set[int]] | None:
    """The task's signed documents the question names, the positions naming them and their numbers
    ('bilag 2'); None when a number names none of them."""
    doc_hits = {s: {n.pos for n in naming if _names(n, index.signatures[s].signature.document)} for s in sids}
    named_docs = [s for s, h in doc_hits.items() if h]
    exact = [s for s in named_docs
             if any(key(index.signatures[s].signature.document) in n.keys for n in naming)]
    if len(named_docs) > 1 and len(exact) == 1:
        named_docs = exact  # 'aftalen' is the task's 'aftale', not its 'databehandleraftale'
    documents = set().union(*doc_hits.values()) if named_docs else set()
    numbered = {n.pos for n in naming if n.surface.isdigit() and n.pos - 1 in documents}  # 'bilag 2'
    if numbered and not all(re.search(rf"\b{q.tokens[p].surface}\b", index.signatures[s].signature.document)
                            for p in numbered for s in named_docs):
        return None
    return named_docs, documents, numbered


def _signers(ctx: Context, tasks: list[int], chosen: list[int], parties: list,
             explained: set[int]) -> list[Candidate]:
    """Who signs the chosen documents, against the parties the question puts forward (`explained`: the
    positions handled and naming the documents)."""
    q, index, t = ctx.q, ctx.index, tasks[0]
    if parties and len(chosen) == 1 and all(n.surface.casefold() in US for n in parties) and \
            index.signatures[chosen[0]].signature.signer.casefold() in US:
        parties = []  # 'skal kommunen underskrive ...?' - the municipality signs: Ja
    if not parties:
        lines = [f"{index.signatures[s].signature.document}: {index.signatures[s].signature.signer}"
                 for s in chosen]
        said = text("yes_signature", ctx.lang, task=task_label(ctx.task(t))) + "\n" + "\n".join(lines)
        return [Candidate("yesno", said, tasks, explained, prior=0.95)]
    if len(chosen) == 1 and index.signatures[chosen[0]].signature.signer.casefold() in US:
        # 'Underskriv aftalen' names no signer but the municipality: the mayor may or may not be it
        said = text("signer_not_named", ctx.lang, document=index.signatures[chosen[0]].signature.document)
        for p in parties:  # understood, whether the tasks name it or not: it is what is not settled
            p.match = max(p.match, 1.0)
        return [Candidate("yesno", said, tasks, explained | {p.pos for p in parties}, prior=0.95,
                          found=False)]
    if len(chosen) != 1 or not read_alike(index, q, parties) or _other_than(q) or \
            any(_MANNER.fullmatch(p.surface.casefold()) for p in parties) or _MEANS.search(q.text) or \
            _signed_where(q, parties):
        # 'underskrives digitalt?', 'signeres i NemLog-in?' ask how or where it is signed, not by whom
        # 'the same person' is no signer; 'må andre end X underskrive?' is settled by the sentence
        # that names an alternative (_deed), not by who signs
        return []
    if not q.tasks and _party_elsewhere(index, q, {p.pos for p in parties}, t):
        # 'skal Movia underskrive en databehandleraftale?' - Movia is another task's party: that task's
        # paper, not this one's, is what the question may be about
        return []
    return _signer_named(ctx, tasks, index.signatures[chosen[0]].signature, parties, explained)


def _signer_named(ctx: Context, tasks: list[int], sig, parties: list, explained: set[int]) -> list[Candidate]:
    """'Ja' when the document's signer is the party the question puts forward, else 'Nej' (with the
    party's part when it approves the document)."""
    q = ctx.q
    signer_keys = content_keys(sig.signer)
    # 'Børne- og Ungeudvalget' is not 'børne- og ungedirektøren': when only a word before the party's role
    # or body word is the signer's, that role or body word is another than the signer's
    signers = [p for p in parties if set(p.keys) & signer_keys]
    headed = [(p, _another_of_head(p, sig.signer)) for p in signers if p.read_by_head or _read_by_first(p)]
    if any(other is None for _, other in headed):
        return []  # 'kommunaldirektøren?' - 'direktøren': which director signs, the text does not say
    signers = [p for p in signers if (p, True) not in headed]
    match = bool(signers) and (any(_PARTY_WORD.search(p.surface) for p in signers) or not any(
        _PARTY_WORD.search(p.surface) for p in parties if p not in signers))
    if match and _others_too(q.text, {k for p in parties for k in p.keys}, sig.signer):
        match = False  # 'er det kun økonomichefen, der ...?' - 'økonomichefen og HR-chefen'
    for p in parties:  # a party the tasks never name ('borgmesteren') is understood: it is not the signer
        p.match = max(p.match, 1.0 if not match else p.match)
    said = text("yes_signer" if match else "no_signer", ctx.lang,
                document=sig.document[:1].upper() + sig.document[1:], signer=sig.signer)
    if not match and (approves := _approval_of(ctx, tasks[0], parties, sig.document)):
        # 'skal DPO'en underskrive?' - 'Nej – ... af direktøren', and the DPO's part: it approves
        said += "\n" + text("approver_note", ctx.lang, sentence=quote(approves, ctx.lang))
    explained = explained | {p.pos for p in parties} | q.project_pos  # 'the Tandpleje agreement'
    return [Candidate("yesno", said, tasks, explained, prior=0.95)]


def _another_of_head(party, signer: str) -> bool | None:
    """For a party the tasks know only by its last part ('kommunaldirektøren' read as 'direktør'), whether
    the signer is another of that kind: one with its own qualifier ('direktøren for Ejendomme og Energi',
    'teknikdirektøren'); None when the signer is the bare kind ('direktøren': which one, it does not say);
    False when it says the party's own first part too and its kind ('direktøren for Teknik' for
    'teknikdirektøren'); True when it says only the first part: 'skolelederne' are not 'direktøren for
    Skole og Dagtilbud', whose kind is another."""
    own = party.own_key
    heads = [k for k in party.keys if own.endswith(k) and k != own]
    if not heads and _read_by_first(party):
        # 'naturlederne' read as 'natur' alone: its kind ('leder') is the rest, which the signer must say too
        kind = own[len(party.key):]
        kinds = tuple(unlinked(kind)) if len(kind) > 4 else (kind,)  # 'beredskab-s-chef'
        return not any(k.endswith(kinds) for k in content_keys(signer))
    if not heads:
        return False
    head = max(heads, key=len)
    modifiers = {k for k in party.keys if k != head and own.startswith(k)}
    said = content_keys(signer)
    if modifiers & said:
        return not any(k.endswith(head) for k in said)
    for m in re.finditer(r"[\wæøåÆØÅ-]+", signer):
        k = key(m.group(0).casefold())
        if not k.endswith(head):
            continue
        if k != head or _QUALIFIED.match(signer, m.end()):
            return True
        return None
    return False


def _read_by_first(party) -> bool:
    """Whether the word was read only as the first part of its compound ('naturlederne' as 'natur'), the
    rest a kind of its own (three letters at least): the tasks know the first part, not the whole."""
    own = party.own_key
    return own != party.key and own.startswith(party.key) and len(own) - len(party.key) >= 3


# A kind of party made one by what follows it: 'direktøren for Ejendomme og Energi', 'chefen i Borgerservice'
_QUALIFIED = re.compile(r"\s+(?:for|i|hos|ved|på|over|of|at)\s+(?:[a-zæøå-]+\s+)?[A-ZÆØÅ]")


# 'databehandleraftalen for Boksen', 'kontrakten om lejen': what the document is about, not who signs it
_ABOUT = frozenset("for om vedrørende vedr about regarding".split())


def _document_qualifier(q, documents: set[int], parties: set[int]) -> set[int]:
    """The positions of a word that says which document, right after the document and its preposition
    ('Skal databehandleraftalen for Boksen underskrives?' names no signer: Boksen is the system)."""
    words = [t.surface.casefold() for t in q.tokens]
    return {p for p in parties if p >= 2 and words[p - 1] in _ABOUT and p - 2 in documents}


def _task_topic(q, parties: set[int]) -> set[int]:
    """The positions of what a task is said to be about: 'Kræver opgaven om QR-skilte en underskrift?' names
    no signer; the words after 'opgaven om' up to the next word of no weight are the task's topic."""
    words = [t.surface.casefold() for t in q.tokens]
    out: set[int] = set()
    for i in range(1, len(words)):
        if words[i] in _ABOUT and "task" in q.tokens[i - 1].concepts:
            j = i + 1
            while j < len(words) and j in parties:
                out.add(j)
                j += 1
    return out


def _on_behalf_of(q) -> set[int]:
    """The positions of the one a signer acts for: 'på borgmesterens vegne', 'on behalf of the mayor'."""
    words = [t.surface.casefold() for t in q.tokens]
    out: set[int] = set()
    for i, w in enumerate(words):
        if w == "vegne" and "på" in words[max(0, i - 4):i]:
            start = max(j for j in range(max(0, i - 4), i) if words[j] == "på")
            out |= set(range(start + 1, i))
        elif w == "behalf" and i + 1 < len(words) and words[i + 1] == "of":
            out |= set(range(i + 2, min(i + 5, len(words))))
    return out


def _signing_denied(ctx: Context, task: int, document: str) -> str | None:
    """The task's sentence saying the document is not to be signed ('Testrapporten skal ikke
    underskrives', or 'Den skal ikke underskrives' after a sentence naming it), else None."""
    doc = content_keys(document)
    index = ctx.index
    for pid in index.task_passage_ids(task):
        said = ITEM.sub("", index.passages[pid].text)
        m = _NOT_SIGNED.search(said)
        if m is None or _NO_SIGNING_ANY.search(said) or _IF.search(said, 0, m.start()) or \
                _DENIED_MANNER.match(said, m.end()):
            # ('Den kan ikke underskrives digitalt' denies a way of signing, not the signing)
            # ('Borgmesteren skal ikke underskrive aftalen' denies a party, not the signing; 'Hvis bilaget
            # ikke underskrives, ...' says what follows)
            continue
        said = _with_antecedent(index, task, pid)  # 'Den skal ikke ...' with what 'Den' points back to
        if doc and any(same_thing(k, content_keys(said)) for k in doc):
            return said
    return None


def _with_antecedent(index, task: int, pid: int) -> str:
    """The passage's sentence, after the sentence of the same field it points back to ('Evalueringen
    godkendes af X. Den skal ikke underskrives.') when it opens with a pronoun."""
    said = ITEM.sub("", index.passages[pid].text)
    if _POINTS_BACK.match(said) and pid - 1 in index.task_passage_ids(task) and \
            index.passages[pid - 1].field == index.passages[pid].field:
        return f"{ITEM.sub('', index.passages[pid - 1].text)} {said}"
    return said


# A paper that is not to be signed at all, by anyone: 'Den skal ikke underskrives', 'kræver ingen underskrift'
_NOT_SIGNED = re.compile(r"\b(?:ikke|aldrig|not|never)\s+(?:\w+\s+)?(?:underskrives|signeres|skrives\s+under|"
                         r"be\s+signed)\b(?!\s+(?:af|by)\b)|\b(?:kræver|krævet|behøver)\s+(?:ikke\s+(?:en\s+)?|"
                         r"ingen\s+)(?:underskrift|signatur)", re.I)
_IF = re.compile(r"\b(?:hvis|når|medmindre|if|when|unless)\b", re.I)
# A way of signing right after the denied signing: 'kan ikke underskrives digitalt', '... i NemLog-in'
_DENIED_MANNER = re.compile(r"\s+(?:(?:digital|elektronisk|fysisk|manuel)t?\b|"
                            r"(?:digital|electronic|physical)ly\b|"
                            r"(?:på|i|via|med|on|in|with)\s+(?:\w+\s+)?(?:papir|paper|NemLog-?in|MitID|NemID|"
                            r"Signeringsportal|Penneo|DocuSign))", re.I)
# 'Der skal ikke underskrives noget': nothing at all, which says nothing of a paper the task names
_NO_SIGNING_ANY = re.compile(r"\b(?:noget|intet|nothing|anything)\b", re.I)

_APPROVES = re.compile(r"\b(godkend\w*|approv\w*)", re.I)


def _approval_of(ctx: Context, task: int, parties, document: str) -> str | None:
    """The task's sentence in which the party the question puts forward approves the document (the
    approver who does not sign), else None."""
    doc = content_keys(document)
    titled = title_positions(ctx.index, ctx.q, task)  # 'for Tandplejeløsningen' names the task, no party
    parties = [p for p in parties if p.pos not in titled]
    for pid in ctx.index.task_passage_ids(task):
        said = ITEM.sub("", ctx.index.passages[pid].text)
        said_keys = content_keys(said)
        if parties and _APPROVES.search(said) and any(same_thing(k, said_keys) for k in doc) and all(
                set(p.keys) & said_keys or any(same_thing(k, said_keys) for k in p.keys) for p in parties):
            return said
    return None


# A sentence that says nothing is to be signed: 'Det er ikke nødvendigt at underskrive noget', 'Der skal
# ikke underskrives noget i denne opgave', 'Intet skal underskrives'
# ('Der er ikke noget, der skal underskrives', '... skrives under på noget i forbindelse med opgaven'; the
# comma only before the negative's 'der/som' ('ingen aftale, der'), never after an if-clause: 'Hvis I ikke vil
# deltage, skal afmeldingen underskrives af X' denies no signing)
_NO_SIGNING = re.compile(r"\b(?:ikke|intet|ingen)\b(?:\s+(?!(?:hvis|når|if|when)\b)\w+|"
                         r",\s+(?:der|som)\b){0,4}?\s+"
                         r"(?:underskriv\w*|underskrift\w*|signer\w*|skrive[sr]?\s+under)(?:\s+\w+){0,7}\s*"
                         r"(?:[.]?\s*$|[,;]\s+(?:og|men)\s)", re.I)


def _names(tok, document: str) -> bool:
    doc = content_keys(document)
    return any(k in doc or any(d.endswith(k) and len(k) >= 4 for d in doc) for k in tok.keys)
