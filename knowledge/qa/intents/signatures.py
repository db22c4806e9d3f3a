"""Who signs which document, and which tasks need a signature."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.language import GENERIC_DOCS, US, document_lemma
from knowledge.morphology import compounds_with, kin
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context, in_main_clause
from knowledge.qa.checks import clause_naming
from knowledge.qa.intents.deadlines import attached
from knowledge.qa.messages import text as message
from knowledge.qa.types import Expect, holds
from knowledge.wording import bullets, join, steps_text, task_label


def signatures(ctx: Context) -> list[Candidate]:
    """'hvem skal underskrive serviceaftalen i efaktra 8b?', 'hvilke opgaver kræver underskrift?'"""
    index, q = ctx.index, ctx.q
    # 'hvem skal have streamingaftalen?': who gets a paper signed in a task, though the question never
    # says signing (answered only for the paper it names, below)
    holder = not q.has("sign") and _asks_holder(q)
    recipient = _asks_recipient(q) or holder
    if not (q.has("sign") or holder) or q.has("consequence") or \
            not (holder or in_main_clause(q, "sign") or recipient):
        return []  # 'hvad sker der, hvis aftalen ikke underskrives?' asks for the consequence
    if q.expects is Expect.TIME and not q.has("which", "list"):
        return []  # 'hvornår skal aftalen være underskrevet?' asks by when (intents.deadlines), not who
    if not q.tasks and q.has("which", "list") and q.has("task"):
        return []  # 'hvilke opgaver kræver underskrift?' is a list across tasks (intents.listing)
    sign_pos = q.concept_positions("sign", "who", "which", "list", "task", "status")
    sids: list[int] = []
    explained_extra: set[int] = set()
    if q.tasks:
        sids = [s for t in q.tasks for s in index.task_signatures.get(t, [])]
        if not sids:
            names = join([index.tasks[t].id for t in q.tasks], ctx.lang)
            text = message("signs_none", ctx.lang, tasks=names)
            return [Candidate("signature", text, q.tasks, sign_pos, prior=0.9)]
    else:
        sids = [s for s, e in enumerate(index.signatures) if q.allows(e.task)]
        sign_pos |= q.project_pos
    if recipient:  # 'hvem skal have printaftalen retur, når den er skrevet under?': who gets it
        sids = _with_recipient(index, q, sids)
    if not sids:
        return []
    kind_only: set[int] = set()
    any_paper = _any_paper(q.content())
    others = [t for t in q.content() if not t.concepts and t.pos not in q.ref_positions() | any_paper]
    scoped = bool(q.tasks) or q.project_tasks is not None
    generic = any(index.signatures[s].signature.document in GENERIC_DOCS for s in sids)
    if scoped and not others and not generic:
        # (only of a named task or project: 'skal dokumentet underskrives?' names one paper, not every
        # signature of every task)
        # (only when no other word may narrow the papers to one: 'skal godkendes eller underskrives' would
        # leave the signed ones out)
        # (a paper the task calls only 'aftalen' says not which paper the question asks for)
        kind_only |= any_paper
    sign_pos |= kind_only
    naming, matches = _named_matches(index, q, sids, unnamed=kind_only)
    sids, matches = _of_named_paper(ctx, sids, matches, naming)
    sids = _of_named_party(ctx, sids, naming)
    if holder and not (matches and any(document_lemma(t.surface) for t in naming)):
        return []  # 'hvem skal have adgang?': no signed paper named
    if not sids:
        return []  # 'hvem skal underskrive fortrolighedserklæringen?' where no signature is of that paper
    if matches:
        best = max(q.coverage(h) for h in matches.values())
        sids = [s for s, h in matches.items() if q.coverage(h) >= best - 1e-9]
        explained_extra = set().union(*(matches[s] for s in sids))
    elif not q.tasks and naming and not q.has("which", "list") and len(index.signatures) > 1:
        return []  # "hvem skal underskrive X?" about an X no signature mentions
    asks_signer = q.expects is Expect.PARTY and not [  # not 'hvem sendes den underskrevne aftale til?'
        t for t in q.content() if t.weight > 0.1 and t.pos not in sign_pos | explained_extra | q.project_pos]
    if asks_signer and len(sids) == 1 and not _signer_stated(ctx, index.signatures[sids[0]]):
        # 'Underskriv integrationsaftalen' says that it is signed, not by whom: 'hvem' is not answered
        entry = index.signatures[sids[0]]
        said = message("signer_not_named", ctx.lang, document=entry.signature.document)
        said += _evidence_line(ctx, entry)
        return [Candidate("signature", said, [entry.task], sign_pos | explained_extra, found=False)]
    return _signatures_answer(ctx, sids, sign_pos | explained_extra)


def _with_recipient(index, q, sids: list[int]) -> list[int]:
    """The signatures that say who gets the paper back, that one not the party the question names
    ('hvem modtager aftalen med X?' is not answered by X)."""
    asked = {k for t in q.content() for k in t.keys}
    return [s for s in sids if index.signatures[s].signature.recipient
            and not content_keys(index.signatures[s].signature.recipient) <= asked]


def _any_paper(naming: list) -> set[int]:
    """The positions of the words that name no paper but any ('hvilke dokumenter skal underskrives i
    X?', 'which document needs a signature?'): every signature's document is one, so each answers them
    as the signature's own words do."""
    return {t.pos for t in naming if not t.concepts and document_lemma(t.surface) in _ANY_PAPER}


# a document, a paper, a document of any kind: not 'aftale' or 'blanket', which say what kind of paper
_ANY_PAPER = frozenset({"dokument", "papir", "dokumentation"})


def _named_matches(index, q, sids: list[int], *, unnamed: set[int]) -> tuple[list, dict[int, set[int]]]:
    """The question's naming words (not concepts, not the project: q.allows chose its signatures
    already, nor the `unnamed` positions, words that name no one paper), and the signatures whose
    document, signer or receiver they name ("serviceaftalen") -> the positions of those words."""
    naming = [t for t in q.content() if not t.concepts and t.pos not in q.project_pos | unnamed]
    matches: dict[int, set[int]] = {}
    # 'hvilke aftaler ...': a databehandleraftale is one too (the head of its compound); each of the
    # signatures' keys is compared with each question word once, not once per signature
    all_keys = {k for s in sids for k in index.signatures[s].keys}
    said_by = {k: compounds_with(k, all_keys) for t in naming for k in t.keys}
    signing = {index.signatures[s].task for s in sids}
    naming_keys = {t.pos: paper_naming_keys(index, t, signing) for t in naming}
    for s in sids:
        keys = index.signatures[s].keys
        hit = {t.pos for t in naming if any(not said_by[k].isdisjoint(keys) for k in naming_keys[t.pos])}
        if hit:
            matches[s] = hit
    return naming, matches


def paper_naming_keys(index, token, signing: set[int]) -> tuple[str, ...]:
    """The keys by which a question word names a paper of the `signing` tasks. A compound's first part
    alone ('toilet' of 'toiletdagen', 'fuglekas' of 'fuglekasseværkstedet') names no paper when a task
    with none of those papers writes the compound or its head: the question asks of that task's day or
    workshop, not of another task's 'Toiletskema' that shares only the first part."""
    own = token.own_key
    firsts = {k for k in token.alts if own.startswith(k) and not own.endswith(k)}
    if not firsts:
        return token.keys
    rest = tuple(k for k in token.keys if k not in firsts)
    elsewhere = any(t not in signing for k in rest for t in index.task_postings.get(k, ()))
    return rest if elsewhere else token.keys


def _signatures_answer(ctx: Context, sids: list[int], explained: set[int]) -> list[Candidate]:
    """The chosen signatures as one line with its evidence, or a list after an intro (each with its task
    when they are of several tasks)."""
    index = ctx.index
    several = len({index.signatures[s].task for s in sids}) > 1
    lines = [_signature_line(ctx, index.signatures[s], with_task=several) for s in sids]
    tasks = list(dict.fromkeys(index.signatures[s].task for s in sids))
    if len(lines) == 1:
        text = lines[0] + _evidence_line(ctx, index.signatures[sids[0]])
    else:
        text = _intro(ctx, tasks, n=len(lines)) + "\n" + bullets(lines, lang=ctx.lang)
    return [Candidate("signature", text, tasks, explained)]


def _of_named_paper(ctx: Context, sids: list[int], matches: dict[int, set[int]],
                    naming: list) -> tuple[list[int], dict[int, set[int]]]:
    """The question names a paper ('snitfladeaftalen', 'kontrakten'): the signatures of that paper,
    not the other papers of the same task (whose title and steps may name it too), nor any paper of
    a task that never names it. A signature whose own document is another one counts only when its
    task's words name the paper ('instruksen' for the task 'Instruks for ...' whose paper is 'Bilag 1')."""
    papers = [t for t in naming if document_lemma(t.surface)]
    if not papers or ctx.q.has("which", "list"):  # 'hvilke aftaler ...?' asks for every paper of the kind
        return sids, matches
    index = ctx.index
    # the paper by the word the question writes ('kontrakten'), before the words the glossary reads
    # it as ('aftale'): a contract is not the data processing agreement of the same task
    own = {s: {t.pos for t in papers if _is_paper(index, index.signatures[s], (t.own_key,))} for s in sids}
    if not any(own.values()):
        own = {s: {t.pos for t in papers if _is_paper(index, index.signatures[s], t.keys)} for s in sids}
    if not any(own.values()):
        keep = [s for s in sids if all(t.pos in matches.get(s, ()) for t in papers)]
        return keep, {s: h for s, h in matches.items() if s in keep}
    most = max(len(o) for o in own.values())
    keep = [s for s in sids if len(own[s]) == most]
    # the paper itself before one called by its head in the same task: 'databehandleraftalen' is not the
    # 'Aftalen' the task has signed by another
    exact = [s for s in keep if any(k in content_keys(index.signatures[s].signature.document)
                                    for t in papers for k in t.keys)]
    keep = [s for s in keep if s in exact or index.signatures[s].task not in
            {index.signatures[e].task for e in exact}]
    # 'snitfladeaftalen til lønsystemet': what the task says of the paper elsewhere ('Leverandøren af
    # kommunens lønsystem sender en snitfladeaftale') tells which paper it is
    for s in keep:
        entry = index.signatures[s]
        doc = content_keys(entry.signature.document)
        pids = [p for p in index.task_passage_ids(entry.task) if any(index.passage_has(p, k) for k in doc)]
        first = min(own[s])  # a word joined to the paper by a preposition says which paper
        said = {t.pos for t in naming if t.weight >= 0.5 and attached(ctx.q, first, t.pos)
                and any(index.passage_has(p, k) for p in pids for k in t.keys)}
        matches[s] = matches.get(s, set()) | own[s] | said
    return keep, {s: h for s, h in matches.items() if s in keep}


def _of_named_party(ctx: Context, sids: list[int], naming: list) -> list[int]:
    """The question names a party or thing by its name ('... med Nets'): only the signatures of tasks
    that write that name; another supplier's agreement is not the one asked about."""
    index = ctx.index
    names = [t for t in naming if t.pos > 0 and t.surface[:1].isupper() and t.match >= 1
             and not document_lemma(t.surface)]
    return [s for s in sids if all(any(index.task_has(index.signatures[s].task, k) for k in t.name_keys)
                                   for t in names)]


def _is_paper(index, entry, asked: tuple[str, ...]) -> bool:
    """Whether the signature is of the paper the question names: the same paper, or a paper called by
    its head ('aftale') in a task that names the asked one ('databehandleraftalen') somewhere; 'Aftalen
    med Nets' in a task that never writes 'databehandleraftale' is some other agreement."""
    if not _same_paper(asked, entry.signature.document):
        return False
    doc = content_keys(entry.signature.document)
    return any(a in doc or any(a.endswith(d) and index.task_has(entry.task, a) for d in doc) or
               not any(a.endswith(d) for d in doc) for a in asked)


def _same_paper(asked: tuple[str, ...], document: str) -> bool:
    """'snitfladeaftalen' names the paper 'snitfladeaftale'; 'aftalen' names it too (its head), and a
    paper called 'aftale' is named by 'databehandleraftalen'."""
    doc = content_keys(document)
    return any(a == d or (min(len(a), len(d)) >= 4 and (a.endswith(d) or d.endswith(a)))
               for a in asked for d in doc)


def _intro(ctx: Context, tasks: list[int], *, n: int) -> str:
    """'Opgave 433 kræver 2 underskrifter:' (several documents of one task), '3 opgaver kræver
    underskrift:'."""
    if len(tasks) == 1:
        return message("signs_one_task", ctx.lang, task=ctx.task(tasks[0]).id, n=n)
    return message("signs_tasks", ctx.lang, n=len(tasks))


def _signer_stated(ctx: Context, entry) -> bool:
    """Whether the task names the signer: a signer other than the municipality itself, or 'kommunen'
    written in a sentence about signing the document ('Kommunen skal underskrive en bestillingsformular')."""
    sig = entry.signature
    if sig.signer.casefold() not in US or sig.source is not None:
        return True
    index = ctx.index
    if entry.evidence is not None and holds(Expect.PARTY, index.passages[entry.evidence].text, ctx.q.text):
        return True  # the quoted sentence names a party the reader did not take as the signer
    document = content_keys(sig.document)
    for pid in index.task_passage_ids(entry.task):
        passage = index.passages[pid].text
        said = {w.casefold() for w in re.findall(r"\w+", passage)}
        if said & _WE and _SIGNS.search(passage) and kin(content_keys(passage), document):
            return True
    return False


# The municipality as the text addresses it ('i' is also the preposition 'in').
_WE = US - {"i"}
_SIGNS = re.compile(r"underskri\w*|signer\w*|skrive\w* under|sign\w*", re.I)


def _evidence_line(ctx: Context, entry) -> str:
    """The task's own sentence about the signature, so the wording can be checked."""
    if entry.evidence is None:
        return ""
    said = ITEM.sub("", ctx.index.passages[entry.evidence].text)
    said = clause_naming(entry.signature.signer, said)  # not the other clause's party for another deed
    return "\n" + message("signs_evidence", ctx.lang, said=said)


def _signature_line(ctx: Context, entry, *, with_task: bool) -> str:
    sig, lang = entry.signature, ctx.lang
    task = ctx.task(entry.task)
    steps = steps_text(sig.steps, lang)
    line = message("signs_line_to" if sig.recipient else "signs_line", lang, document=sig.document,
                   signer=sig.signer, recipient=sig.recipient)
    line = line[:1].upper() + line[1:]  # 'Serviceaftalen skal ...' (an English line opens with a quote)
    if steps:
        line += f" ({steps})"
    line += "."
    return f"{task_label(task)}: {line}" if with_task else line


# 'hvem skal have X retur', 'hvem sendes X til', 'who receives X': the main clause asks who gets the
# signed document, though the signing is in a clause of its own ('..., når den er skrevet under?').
_RECEIVES = re.compile(r"\b(retur|tilbage|sendes|sende|send|returneres|returnere|modtager|modtage|"
                       r"returned|sent|receives?|gets?|back)\b", re.I)
_CLAUSE = re.compile(r"\b(når|hvis|efter at|så snart|when|if|after|once)\b", re.I)


# 'hvem skal have X', 'hvem får X', 'who gets X' (not a copy of it: 'hvem får en kopi af X?')
_HOLDER = re.compile(r"^\W*(?:hvem\s+(?:skal\s+|vil\s+)?(?:have|få|får)|who\s+(?:should\s+|will\s+)?"
                     r"(?:gets?|have|has))\b", re.I)
_A_COPY = re.compile(r"\b(?:kopi\w*|cc|copy|copies)\b", re.I)


def _asks_holder(q) -> bool:
    return q.expects is Expect.PARTY and not q.yesno and bool(_HOLDER.match(q.text)) and \
        not _A_COPY.search(q.text)


def _asks_recipient(q) -> bool:
    if q.expects not in (Expect.PARTY, Expect.PLACE):
        return False
    main = _CLAUSE.split(q.text, maxsplit=1)[0]
    return bool(_RECEIVES.search(main))
