"""The list filter by signature: tasks whose paper is signed, by document, signer or recipient."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import content_keys, key
from knowledge.index import names_kind
from knowledge.language import DECIDING_BODY, document_lemma
from knowledge.qa.candidate import Context
from knowledge.qa.intents.list_filters.criteria import By, Filter, Note
from knowledge.roles import names_whole


def signature_filter(ctx: Context, handled: set[int]) -> Filter | None:
    """Tasks with a document to sign; those whose document, signer or recipient the question names
    ('underskrift af borgmesteren', 'databehandleraftale', 'retur til KOMBIT') when it names one."""
    index, q = ctx.index, ctx.q
    paper = sent_paper(q)
    if not q.has("sign") and paper is None:
        return None
    # 'et dokument, der skal underskrives': the word for any paper names what is signed, not which one
    # (nor does the paper asked sent on: 'hvilke aftaler skal sendes til X?')
    pos = q.concept_positions("sign") | {t.pos for t in q.tokens if t.key in _ANY_PAPER} | \
        ({paper} if paper is not None else set())
    entries = list(index.signatures)  # a project or wave named is a filter of its own
    naming = [t for t in q.content()
              if not t.concepts and t.pos not in handled and t.pos != paper and t.match > 0]
    matches: dict[int, set[int]] = {}
    signing = _signing_positions(q)  # 'hvilke opgaver skal X underskrive?': X is who signs
    named_keys = {k for t in naming for k in t.keys}
    signs_only = _SIGNS.search(q.text) is not None and _APPROVES.search(q.text) is None
    for n, entry in enumerate(entries):
        sig = entry.signature  # what is signed, by whom, to whom: not the steps' verbs ('sendes')
        if signs_only and _only_approved(index, entry):
            continue  # 'hvilke opgaver underskriver X?' - 'Vagtplanen ... godkendes af X':
            # X approves, signs nothing
        # ('hvilke aftaler skal sendes til X?' names the recipient only: not who signs, 'underskrives af X')
        said = _party_keys("", "", sig.recipient or "") if paper is not None else \
            _party_keys(sig.document, sig.signer, sig.recipient or "")
        signer = _party_keys("", sig.signer, "")
        hit = {t.pos for t in naming
               if any(_names_kind(k, signer if t.pos in signing else said) for k in t.keys)}
        if hit and names_whole(f"{sig.document} {sig.signer}", named_keys) and names_whole(q.text, said):
            matches[n] = hit
    # (a signer no task writes, 'af borgmesteren', signs none of them: no list of all signed tasks)
    named_signer = [t for t in q.content() if t.pos in signing and not t.concepts and t.pos not in handled]
    if named_signer and not any(matches[n] & signing for n in matches):
        # 'hvilke opgaver skal KOMBIT underskrive?' when KOMBIT signs nothing (it receives): none
        shown = " ".join(t.surface for t in named_signer)
        return Filter(By.SIGNED_BY, shown, set(), pos | {t.pos for t in named_signer})
    if matches:
        best = max(q.coverage(h) for h in matches.values())
        chosen = [n for n, h in matches.items() if q.coverage(h) >= best - 1e-9]
        said = set().union(*(matches[n] for n in chosen))
        shown = " ".join(q.tokens[p].surface for p in sorted(said))
        # 'sendes retur til X i underskrevet stand': the words of sending it on name the recipient
        said |= {t.pos for t in q.tokens if t.key in _SENDING}
        entries = [entries[n] for n in chosen]
        return Filter(By.SIGNED_BY, shown, {e.task for e in entries}, pos | said,
                      notes=_signature_notes(entries))
    if paper is not None and naming:
        # 'hvilke aftaler skal sendes til badeklubben?' when no signed paper goes there: none, not all
        shown = " ".join(t.surface for t in naming)
        return Filter(By.SIGNED_BY, shown, set(), pos | {t.pos for t in naming})
    sending = {t.pos for t in q.tokens if t.key in _SENDING}
    if sending:  # 'hvilke opgaver skal vi returnere noget underskrevet i?': a signed document goes back
        entries = [e for e in entries if e.signature.recipient]
    # (a task whose paper a deciding body adopts, 'Reglementet vedtages af udvalget', is not signed, and yet
    # it does not have nothing to sign: its negation leaves it out too; an officer's approval of a thing
    # stays no signature, 'Regelsættet godkendes af fagchefen')
    approved = index.kept("adopted_by_a_body", None, lambda: {
        t for t, task in enumerate(index.tasks)
        if any(s.approval and DECIDING_BODY.search(s.signer) for s in task.signatures)})  # (once per index)
    return Filter(By.SIGNATURE, "", {e.task for e in entries}, pos | sending, notes=_signature_notes(entries),
                  borderline=approved - {e.task for e in entries})


def sent_paper(q) -> int | None:
    """The position of the paper asked for when the question asks for papers of a kind the tasks sign sent
    on ('hvilke aftaler skal sendes til KOMBIT?', 'hvilke kontrakter skal returneres til X?'), with no word
    of signing: the signed papers sent to the recipient named answer it, whatever each is called (a
    'fuldmagt' sent to Udbetaling Danmark is among the 'aftaler' asked). Not 'hvilke dokumenter ...': any
    paper is also one nobody signs (a map, a list), which the signatures do not hold."""
    if q.has("sign") or not any(t.key in _SENDING for t in q.tokens):
        return None
    return next((t.pos for t in q.tokens[:3] if t.surface.islower() and
                 (lemma := document_lemma(t.surface)) is not None and key(lemma) not in _ANY_PAPER), None)


# A question that asks who signs, in words of signing, not of approving
_SIGNS = re.compile(r"\b(?:underskriv\w*|underskrev\w*|underskrift\w*|signer\w*|sign|signs|signed|signing|"
                    r"skriver?\s+under|skrive\s+under)\b", re.I)
_APPROVES = re.compile(r"\b(?:godkend\w*|approv\w*|accept\w*)", re.I)


def _only_approved(index, entry) -> bool:
    """Whether the task's sentences that name a signature's document (its steps too) say it is
    approved ('Vagtplanen laves af X og godkendes af Y') and none says it is signed: no evidence that
    its signer signs anything. Judged once per index."""
    sig = entry.signature
    if sig.source is not None:
        return False

    def judge() -> bool:
        doc = content_keys(sig.document)
        said = [index.passages[pid].text for pid in index.task_passage_ids(entry.task)
                if doc & content_keys(index.passages[pid].text)]
        return any(_APPROVES.search(t) for t in said) and not any(_SIGNS.search(t) for t in said)
    return index.kept("list_only_approved", (entry.task, sig.document), judge)


def _signing_positions(q) -> set[int]:
    """The words that name who signs: right before the sign verb ('skal KOMBIT underskrive') or after
    'af'/'fra'/'by' ('underskrives af direktøren', 'underskrift fra X', 'signed by X')."""
    out: set[int] = set()
    for t in q.tokens:
        if "sign" not in t.concepts:
            continue
        before = t.pos - 1  # a named party ('KOMBIT', 'indkøbschefen'), not a verb ('kræver underskrift')
        if before >= 0 and _SIGN_VERB.match(t.surface) and q.tokens[before].role == "word" and \
                not q.tokens[before].concepts and _PARTY_NOUN.search(q.tokens[before].surface):
            out.add(before)
        after = t.pos + 1
        if after + 1 < len(q.tokens) and q.tokens[after].surface.casefold() in ("af", "fra", "by"):
            out.add(after + 1)
    return out


_SIGN_VERB = re.compile(r"^(underskriv(e|er)|signer(e|er)|sign|skrive)$", re.I)
_PARTY_NOUN = re.compile(r"^[A-ZÆØÅ]{2,}$|(en|et|erne|ne)$")


def _names_kind(k: str, said: frozenset[str]) -> bool:
    """Whether the question's key names one of the signature's words or a kind of it: 'en aftale' the
    'Tilslutningsaftale', 'en direktør' the 'kommunaldirektøren' (read as Index.kinds reads a compound)."""
    return k in said or any(names_kind(w, k) for w in said)


@lru_cache(maxsize=8192)
def _party_keys(document: str, signer: str, recipient: str) -> frozenset[str]:
    return frozenset(content_keys(f"{document} {signer} {recipient}"))


_ANY_PAPER = frozenset(key(w) for w in "dokument dokumentet dokumenter dokumenterne document documents "
                       "papir papiret papirer paper papers noget something".split())
_SENDING = frozenset(key(w) for w in "sende sendes retur returneres returnere return returned stand".split())


def _signature_notes(entries) -> dict[int, list[Note]]:
    notes: dict[int, list[Note]] = {}
    for e in entries:
        said = {"document": e.signature.document, "signer": e.signature.signer}
        notes.setdefault(e.task, []).append(("note_signature", said))
    return notes
