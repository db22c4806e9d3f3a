"""Signatures put together from a task's mentions: one per document, with signer, recipient and steps."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.approvals import SIGN_HINT, approved_things, stems
from knowledge.extract import sentences, texts
from knowledge.fold import key
from knowledge.language import (
    ARTICLES,
    COMPOUND_ONLY,
    GENERIC_DOCS,
    PARTIES,
    ROLE_ENDINGS,
    STOP_WORDS,
    US,
    document_lemma,
    words,
)
from knowledge.models import Signature, Task
from knowledge.signatures.common import _SIGNED, _THINGS, Mention, _lemma
from knowledge.signatures.cues import _APPROVAL_HINT, _CUE, _cue_act
from knowledge.signatures.documents import _DOC_NUMBER
from knowledge.signatures.mentions import mentions
from knowledge.signatures.parties import (
    _PERSON,
    _PLACE,
    _at_organisation,
    _is_us,
    _owner,
    _party,
    _party_name,
)
from knowledge.signatures.steps import _returned_step, _signed_step

_SIGN_HINT = SIGN_HINT  # any verb of signing: what it is done to is a paper


def extract_signatures(task: Task) -> list[Signature]:
    """Documents the text says must be signed or approved: what, by whom, to whom, in which steps.
    A thing that is not a paper counts when a named approver approves it (knowledge/approvals.py)."""
    said = [text for _, text in texts(task)]
    things = approved_things(said) if any(map(_APPROVAL_HINT.search, said)) else None
    if signed := approved_things(said, signed=True) if any(map(_SIGN_HINT.search, said)) else None:
        things = {**signed, **(things or {})}
    token, signed_token = _THINGS.set(things), _SIGNED.set(frozenset((signed or {}).values()))
    try:
        found = _signatures(task)
        # 'Bestillingen signeres': a word that is a paper only in a compound ('bestilling', 'rapport') is
        # one here, so 'Modtag bestillingen' and 'den underskrevne bestilling' speak of it too: read again.
        papers = {s.document for s in found if " " not in s.document and not document_lemma(s.document)
                  and document_lemma(s.document, loose=True) == s.document}
        # 'Udarbejd en datakvalitetsplan ... Få planen ledelsesgodkendt': the head alone is the one
        # compound signed in the task
        heads = _compound_heads(found, said)
        drafts = _drafts(found, said) | _compound_names(found, said)
        if not papers and not heads and not drafts:
            return found
        forms = {w.group(0).casefold().strip(".'’"): heads.get(lemma, lemma)
                 for text in said for w in words(text)
                 if (lemma := document_lemma(w.group(0), loose=True)) in papers | heads.keys()}
        forms |= {w.group(0).casefold().strip(".'’"): heads[head] for text in said for w in words(text)
                  if not document_lemma(w.group(0), loose=True)
                  and (head := next((h for h in stems(w.group(0)) if h in heads), None))}
        _THINGS.set({**(things or {}), **forms, **drafts})
        return _signatures(task)
    finally:
        _THINGS.reset(token)
        _SIGNED.reset(signed_token)


# 'Skriv et udkast til badereglementet': the draft of a paper, which 'udkastet' then speaks of
_DRAFT_OF = re.compile(r"\budkast(?:et)?\s+til\s+(?:(?:den|det|de|et|en|kommunens|jeres)\s+)?([\w-]+)", re.I)
_DRAFT = re.compile(r"udkast(?:et|ene)?", re.I)


def _drafts(found: list[Signature], said: list[str]) -> dict[str, str]:
    """{'udkastet': 'badereglement'}: a draft of the one signed paper it is said to be a draft of ('Skriv et
    udkast til badereglementet. Forelæg udkastet for udvalget') is that paper on its way to being signed."""
    signed = {s.document for s in found}
    papers = {paper for text in said if "udkast" in text.casefold() for m in _DRAFT_OF.finditer(text)
              if (paper := _lemma(m.group(1), loose=True)) in signed}
    if len(papers) != 1:
        return {}
    paper = papers.pop()
    return {w.group(0).casefold(): paper for text in said for w in words(text)
            if _DRAFT.fullmatch(w.group(0))}


def _compound_names(found: list[Signature], said: list[str]) -> dict[str, str]:
    """{'ydelsesskabelonen': 'skabelon'}: a thing approved by its head alone ('Skabelonen skal godkendes af
    X') that the task names in full in one compound ('Frontit sender en ydelsesskabelon'): the compound's
    forms speak of it ('Modtag ydelsesskabelonen fra Frontit')."""
    things = [s.document for s in found if s.approval and " " not in s.document and len(s.document) >= 5]
    out: dict[str, str] = {}
    for thing in things:
        forms = {w.group(0).casefold(): min(full) for text in said for w in words(text)
                 if (full := {st for st in stems(w.group(0))
                              if st.endswith(thing) and len(st) > len(thing) + 2})}
        # one compound: its name in full (two are two kinds of it); one someone signs or adopts itself
        # ('Anvisningsreglerne vedtages af byrådet. Reglerne skal godkendes af ældrechefen') is another thing
        if len(set(forms.values())) == 1 and not any(
                _CUE.search(sentence) for text in said for sentence in sentences(text)
                if any(w.group(0).casefold() in forms for w in words(sentence))):
            out |= dict.fromkeys(forms, thing)
    return out


def _compound_heads(found: list[Signature], said: list[str]) -> dict[str, str]:
    """{'plan': 'datakvalitetsplan', 'resultat': 'testresultat'}: a head that is a paper only in a
    compound, or the head of a thing approved, for the one signed compound that ends with it."""
    heads: dict[str, list[str]] = {}
    # a thing approved, or a paper no word list knows that is signed ('Refusionsopgørelsen kræver
    # underskrift af X ... Send opgørelsen til revisionen')
    things = [s.document for s in found
              if (s.approval or s.document in _SIGNED.get()) and " " not in s.document]
    for head in {stem for text in said for w in words(text) for stem in stems(w.group(0))} if things else ():
        for doc in things:
            if len(head) >= 4 and doc.endswith(head) and len(doc) > len(head) + 2:
                heads.setdefault(head, []).append(doc)  # 'resultatet' of the one 'testresultat'
    for signature in found:
        doc = signature.document
        for head in COMPOUND_ONLY:
            if " " not in doc and doc.endswith(head) and len(doc) > len(head) + 2:
                heads.setdefault(head, []).append(doc)
    return {head: docs[0] for head, docs in heads.items() if len(set(docs)) == 1}


def _signatures(task: Task) -> list[Signature]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions(task):
        groups.setdefault(mention.document, []).append(mention)
    unnamed = [m.signer for m in groups.pop("", [])]  # 'Adgangen godkendes af X': who, not what
    _given_by_its_maker(groups)
    _merge_generic(groups, set().union(*map(_paper_lemmas, (text for _, text in texts(task)))))
    for doc, ms in groups.items():
        # a paper the task has someone sign on its own is signed there; 'Send de underskrevne dokumenter'
        # names no signer, and 'Få aftalen og bilag 1 underskrevet af X' still says who signs bilag 1
        if any(m.signing and not m.joined and m.signer and m.signer.casefold() not in US for m in ms):
            groups[doc] = [m for m in ms if not (m.signing and m.joined)]
    # in the order the task first speaks of them: a merged generic word ('blanketten' of the
    # 'bankoplysningsblanket') is re-keyed at the end of the dict, not where the task names it
    groups = dict(sorted(groups.items(), key=lambda item: min(m.order for m in item[1])))
    # A paper only named in a condition ('kan først åbnes, når aftalen er godkendt af X'), which no step
    # handles and nobody sends, is signed in another task: nothing to track here.
    found = [_signature(doc, ms) for doc, ms in groups.items() if any(m.signing for m in ms)
             and any(not m.condition or m.step is not None or m.recipient for m in ms)]
    # 'Kommunen skal tiltræde kontrakten' in a task that has a paper to sign for it: the municipality
    # accedes by signing that paper ('via en underskrevet tilslutningsaftale'), not a second paper.
    accession = {doc for doc, ms in groups.items()
                 if all(m.spans and m.spans[0].casefold().startswith("tiltr") for m in ms if m.signing)}
    if len(found) > 1:
        found = [s for s in found if not (s.document in accession and s.signer.casefold() in US)] or found
    # 'Tilslutningen kræver en underskrift fra direktionen' in a task with a 'tilslutningsaftale': the
    # activity is done by signing that paper (a signed noun of doing, approvals.py), not a second paper
    signed_names = _SIGNED.get()
    found = [s for s in found if not (s.document in signed_names and any(
        o.document != s.document and o.document.startswith(s.document) for o in found))]
    # 'De to dokumenter underskrives af forskellige personer' with nothing more: which paper, by whom
    # and when is unknown, and a reminder about it would be a guess.
    found = [s for s in found if s.document not in GENERIC_DOCS or s.steps or s.recipient
             or s.signer.casefold() not in US]
    said = [text for _, text in texts(task)]
    found = [s for s in found if not _not_ours(s, said)]
    if len(found) == 1 and found[0].signer.casefold() in US and unnamed:
        found[0].signer = unnamed[0]  # the task's one approval: the text says who approves
    _full_names(found, [text for _, text in texts(task)])
    if len(found) == 1:
        _labelled_recipient(found[0], [text for _, text in texts(task)])
    _proper_names(found, [text for _, text in texts(task)])
    _at_its_organisation(found, [text for _, text in texts(task)])
    _at_its_owner(found, [text for _, text in texts(task)])
    _spelled_as_known(found, [text for _, text in texts(task)])
    return found


# An authority acting as one: 'Kortlægningsplanen skal godkendes af Miljøstyrelsen', 'Dispensation gives af
# fredningsnævnet', 'Boopgørelser godkendes af skifteretten', 'Lægeskift godkendes af regionen'. Its permit
# or approval is its decision, not a paper the municipality signs or has signed for a counterpart; unless
# the paper then goes on to someone ('underskrives af regionen og sendes til KOMBIT').
_AUTHORITY = re.compile(r"(?:styrelse|ministeri|nævn|retten\b|politi|tilsyn|^region(?:en)?\b)", re.I)
# The council deciding as the authority it is ('Lokalplaner vedtages af kommunalbestyrelsen') is no signing
# the task asks for, unless a step has it sign or the paper goes to a counterpart ('Forelæg handleplanen for
# kommunalbestyrelsen ... send den til KOMBIT')
_COUNCIL = re.compile(r"^(?:kommunalbestyrelse|byråd|borgerrepræsentation)(?:n|en|et)?$", re.I)
# A body that decides at its meetings ('Økonomiudvalget', 'Social- og Sundhedsudvalget', 'direktionen')
_A_BODY = re.compile(r"(?:udvalg|byråd|bestyrelse|borgerrepræsentation|direktion|styregruppe|ledelse)\w*$",
                     re.I)
# 'Lægeerklæringer underskrives af den praktiserende læge ... Kommunen skal ikke selv underskrive noget'
_WE_SIGN_NOTHING = re.compile(r"\b(?:kommunen|i|vi)\s+skal\s+ikke\s+(?:selv\s+)?(?:underskrive|signere)\b",
                              re.I)


def _not_ours(signature: Signature, said: list[str]) -> bool:
    """Whether a signing the text describes is no signature of this task: an authority's decision, the
    council's as authority, or another's paper when the text says the municipality signs nothing."""
    signer, recipient = signature.signer, signature.recipient
    # ('Tilsynskonsulenten skriver under' is a person, who signs for the municipality, not an authority)
    person = any(stem.endswith(ROLE_ENDINGS) for stem in stems(signer.split()[-1]))
    if _AUTHORITY.search(signer) and not person and (recipient is None or key(recipient) == key(signer)):
        return True
    if _COUNCIL.match(signer) and (recipient is None and signature.signed_step is None or (
            signature.approval and recipient is not None and _AUTHORITY.search(recipient))):
        return True  # (a thing it adopts and reports to an authority is its decision, made known, even
        # when a step lays it before the council: 'Forelæg regulativet for kommunalbestyrelsen')
    return not signature.steps and recipient is None and signer.casefold() not in US and \
        any(_WE_SIGN_NOTHING.search(text) for text in said)


_UNIT_OF = re.compile(r"(?:sekretariat|afdeling|team|servicedesk|support|enhed|kontor|center|centret)\w*$")


def _at_its_organisation(found: list[Signature], said: list[str]) -> None:
    """'Mail erklæringerne til SAPA-sekretariatet' in a step and 'til SAPA-sekretariatet hos KOMBIT' in the
    description: a unit or person the task names at an organisation is that organisation's, as
    'SAPA-sekretariatet hos KOMBIT' is KOMBIT (_at_organisation)."""
    for signature in found:
        name = signature.recipient
        last = (name or "").split()[-1:] or [""]
        if not name or (name[:1].isupper() and "-" not in name) or not (
                _PERSON.search(last[0]) or _UNIT_OF.search(last[0].casefold())):
            continue  # 'Digitaliseringsstyrelsen', 'leverandøren' are parties by their own names
        for text in said:
            # 'konsulenten' in a step, 'jeres konsulent fra KOMBIT' in the description: any form of the word
            stem = re.escape(re.sub(r"(?:en|et|ne|n)$", "", name)) if " " not in name else re.escape(name)
            m = re.search(rf"(?<![\w-])(?i:{stem})\w*\s+(?:hos|i|fra|ved)\s+(?=[A-ZÆØÅ])", text)
            org = _party(_party_name(text[m.end():]) or "") if m else ""
            if org and not _is_us(org) and org.casefold() != name.casefold():
                signature.recipient = org
                break


def _at_its_owner(found: list[Signature], said: list[str]) -> None:
    """'Upload aftalen til kundeportalen' and 'KOMBIT's kundeportal' elsewhere in the task: a place the task
    names as one party's is that party's, as 'KOMBIT's kundeportal' is KOMBIT (_owner); a place no text
    gives an owner stays as written."""
    for signature in found:
        name = signature.recipient or ""
        if " " in name or not re.fullmatch(rf"{_PLACE}(?:en|et|n)", name, re.I):
            continue
        stem = re.escape(re.sub(r"(?:en|et|n)$", "", name))
        owners = {_owner(m.group(0)) for text in said
                  for m in re.finditer(rf"\b[\w-]+(?:'s|’s|s)\s+(?i:{stem})\b", text)}
        owners = {o for o in owners if o and " " not in o and not _is_us(o)}
        if len(owners) == 1:
            signature.recipient = owners.pop()


def _spelled_as_known(found: list[Signature], said: list[str]) -> None:
    """'Kombit', 'kombit', 'Kmd': a party written in another case is the one party, spelled as it names
    itself (language.PARTIES) or as the task writes it elsewhere in capitals ('KOMBIT'), so a recipient
    is one name in every task and every reminder."""
    for signature in found:
        name = signature.recipient
        if not name or not name.isalpha() or name.isupper():
            continue  # 'ERP-leverandør' is no party's own spelling
        known = PARTIES.get(name.casefold())
        if known is None and any(re.search(rf"\b{re.escape(name.upper())}\b", text) for text in said):
            known = name.upper()
        signature.recipient = known or name


# 'Modtager: KOMBIT', 'Modtageren er KOMBIT', 'Sendes til: KMD': who gets the paper, said as a label
_RECIPIENT_LABEL = re.compile(r"^\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?"
                              r"(?:modtager(?:en)?|(?:sendes|returneres|indsendes|afleveres)\s+til)"
                              r"\s*(?::|\ber\b)\s*(?P<who>\S.*)$", re.I | re.M)


def _labelled_recipient(signature: Signature, said: list[str]) -> None:
    """A label that names who receives the task's one signed paper ('Modtager: KOMBIT' beside 'Underskriver:
    kommunaldirektøren') says it more plainly than a system it is uploaded in; it counts in a text that
    also speaks of the paper or of signing it ('Modtager: borgerne' in a list of letters does not)."""
    for text in said:
        if not (m := _RECIPIENT_LABEL.search(text)) or not (_CUE.search(text) or any(
                _lemma(w.group(0), loose=True) == signature.document for w in words(text))):
            continue
        who = m["who"].strip(" .")
        name = _at_organisation(_owner(_party_name(who)), who)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            signature.recipient = name
            return


def _proper_names(found: list[Signature], said: list[str]) -> None:
    """'Netcompany skal have instruksen' read with its first letter lowered ('leverandøren' is right for
    'Leverandøren skal have ...'): a recipient or signer the texts write capitalised inside a sentence ('til
    Netcompany', 'forelægges Økonomiudvalget') is a proper name and keeps its capital."""
    for signature in found:
        signer = signature.signer
        if signer[:1].islower() and signer.casefold() not in US and _written_capitalised(signer, said):
            signature.signer = signer[:1].upper() + signer[1:]
        name = signature.recipient
        if not name or not name[:1].islower():
            continue
        if re.fullmatch(r"[a-zæøå]+(?<!s)\s+[A-ZÆØÅ][\w-]*", name) and name.split()[0] not in US | ARTICLES:
            signature.recipient = name[:1].upper() + name[1:]  # 'Udbetaling Danmark' first in a sentence
            continue
        if _written_capitalised(name, said):
            signature.recipient = name[:1].upper() + name[1:]


def _written_capitalised(name: str, said: list[str]) -> bool:
    proper = re.escape(name[:1].upper() + name[1:])
    return any(re.search(rf"(?<=[\w,]\s){proper}\b", text) for text in said)


def _full_names(found: list[Signature], said: list[str]) -> None:
    """'Udarbejd en testrapport. Rapporten godkendes af chefen': the paper signed by its short name is
    the one compound the task names with that ending ('testrapport', 'bestillingsblanket')."""
    short = [s for s in found if " " not in s.document]
    if not short:
        return
    lemmas = set().union(*map(_paper_lemmas, said))
    taken = {s.document for s in found}
    for signature in short:
        longer = [d for d in lemmas if d != signature.document and d.endswith(signature.document)]
        if len(longer) == 1 and longer[0] not in taken:
            signature.document = longer[0]


@lru_cache(maxsize=2048)  # pure, and exports repeat their texts from task to task
def _paper_lemmas(text: str) -> frozenset[str]:
    """Every paper a text names, by its lemma ('testrapporten' -> 'testrapport')."""
    return frozenset(lemma for w in words(text) if (lemma := document_lemma(w.group(0), loose=True)))


def _given_by_its_maker(groups: dict[str, list[Mention]]) -> None:
    """A power of attorney nobody is said to sign or approve, that a named role makes for a party, is given
    by that role in the step that makes it ('Opret fuldmagten til KOMBIT'): making it in NemLog-in is
    giving it. One that someone approves is signed by them, and making it is no step of it (dev8)."""
    for ms in groups.values():
        maker = next((m.made_by for m in ms if m.made_by), None)
        if maker is None or any(m.signing for m in ms):
            continue
        for m in ms:
            if m.made_by or m.made_in:
                m.signing, m.signer, m.spans = True, maker, ["opretter"]
                m.step, m.act = m.made_in, "sign" if m.made_in else None


def _merge_generic(groups: dict[str, list[Mention]], named_papers: set[str] = frozenset()) -> None:
    """'blanketten' in one step and 'bestillingsblanket' in another are the same paper when the task
    names only one specific document; 'begge aftaler' are each of the task's agreements. A generic word
    is not another paper's ('Udfyld bestillingsblanketten ... Blanketten underskrives af X' next to
    'godkende testbrevene'): when the task names a paper of that kind that is not among those signed,
    the word is that paper (named in full later, _full_names)."""
    _merge_numbered(groups)
    signed = [doc for doc, ms in groups.items() if any(m.signing for m in ms)]
    _merge_endings(groups, signed)
    _merge_generic_words(groups, signed, named_papers)


def _merge_numbered(groups: dict[str, list[Mention]]) -> None:
    """'begge bilag' are each of 'bilag 1' and 'bilag 2'; 'bilaget' is the one numbered bilag."""
    for base in [doc for doc in groups if " " not in doc]:  # 'begge bilag' of 'bilag 1' and 'bilag 2'
        numbered = [d for d in groups
                    if d.startswith(base + " ") and _DOC_NUMBER.fullmatch(d[len(base) + 1:])]
        if not numbered:
            continue
        for m in groups.pop(base):
            for target in numbered if m.plural or len(numbered) == 1 else []:
                groups[target].append(Mention(**{**m.__dict__, "document": target}))
            if not m.plural and len(numbered) > 1:
                groups.setdefault(base, []).append(m)  # which of them is not said


def _merge_endings(groups: dict[str, list[Mention]], signed: list[str]) -> None:
    """A word that ends one signed paper's name is that paper: 'erklæringen' of 'samtykkeerklæring'."""
    for short in [doc for doc in groups if doc not in GENERIC_DOCS]:
        longer = [d for d in signed if d != short and d.endswith(short)] or \
            ([d for d in groups if d != short and d.endswith(short)] if short in signed else [])
        if len(longer) == 1:  # 'erklæringen' of the one 'samtykkeerklæring'
            groups[longer[0]] += [Mention(**{**m.__dict__, "document": longer[0]}) for m in groups.pop(short)]


def _merge_generic_words(groups: dict[str, list[Mention]], signed: list[str], named_papers: set[str]) -> None:
    """A generic word ('blanketten', 'aftalen') is the one specific paper, unless another signs it."""
    specific = [doc for doc, ms in groups.items() if doc not in GENERIC_DOCS and any(m.signing for m in ms)]
    for generic in [doc for doc in groups if doc in GENERIC_DOCS]:
        ending = [d for d in specific if d.endswith(generic)]
        named = [d for d in groups if d not in GENERIC_DOCS and d.endswith(generic)]
        if generic in signed and len(named) == 1 and not any(d.endswith(generic) for d in specific):
            ending = named  # 'Modtag tilslutningsaftalen', 'Underskriv aftalen': the one paper
        if not ending and any(p != generic and p.endswith(generic) and p not in groups for p in named_papers):
            continue  # 'blanketten' of the 'bestillingsblanket' the task names, not of the one 'testbrev'
        # 'Blanketten underskrives af økonomichefen. Fuldmagten underskrives af direktøren': a generic word
        # signed by another than the one specific paper is a paper of its own, not that one
        # (also when the one specific paper ends with the word: 'Aftalen underskrives af kultur- og
        # fritidschefen. Databehandleraftalen underskrives af databeskyttelsesrådgiveren' are two papers;
        # not 'aftalerne', which are the specific ones: 'Samarbejdsaftalerne ... Få aftalerne underskrevet')
        own = len(specific) == 1 and (not ending or (ending == specific and not any(
            m.plural for m in groups[generic]))) and _signed_by_another(groups[generic], groups[specific[0]])
        # 'Få aftalen underskrevet af teknik- og miljødirektøren ... Få databehandleraftalen underskrevet af
        # kommunaldirektøren ... Upload aftalerne': the singular word signed by another is a paper of its
        # own, and 'aftalerne' are both papers
        both = not own and len(specific) == 1 and ending == specific and _signed_by_another(
            [m for m in groups[generic] if not m.plural], groups[specific[0]])
        for m in groups.pop(generic):
            # 'blanketten' of the one form, unless the one paper it names is another ('aftalen' of the one
            # 'tilslutningsaftale', not of the 'kontrakt' acceded to)
            if own or (both and not m.plural):
                targets = []
            elif both:
                groups.setdefault(generic, []).append(m)
                targets = specific
            elif not ending and named and not m.plural:
                # 'Blanketten underskrives af X' where the task names forms ('samtykkeblanket') but the one
                # paper signed otherwise is no form ('teksten' approved): the form, not that paper
                targets = named if len(named) == 1 else []
            elif m.plural and not m.signing and not ending and all(map(_only_approved, specific)):
                # 'X sender dokumenter til kommunens ESDH-system' beside 'Få regelsættet godkendt': papers
                # are not the thing approved, which is no paper
                targets = []
            elif (len(specific) == 1 and ending in ([], specific)) or (m.plural and not ending):
                targets = specific  # 'blanketten' of the one form; 'de to dokumenter' of all of them
            else:
                targets = ending if m.plural or len(ending) == 1 else []
            if not targets:
                groups.setdefault(generic, []).append(m)
                continue
            for target in targets:
                groups[target].append(Mention(**{**m.__dict__, "document": target}))


def _only_approved(thing: str) -> bool:
    """'regelsæt', 'opsætning': a thing the task has approved that is no paper (not signed, no paper word)."""
    return thing in (_THINGS.get() or {}).values() and thing not in _SIGNED.get() \
        and not document_lemma(thing, loose=True)


_OUR_WORDS = frozenset({"kommunen", "kommunens", "den", "det"})  # ('kommunens X' and 'kommunens Y' differ)


def _signed_by_another(generic: list[Mention], specific: list[Mention]) -> bool:
    """The generic word is signed by someone named, and the specific paper by others only."""
    def who(ms: list[Mention]) -> set[str]:
        return {m.signer.casefold() for m in ms if m.signing and m.signer and m.signer.casefold() not in US}
    def words(names: set[str]) -> set[str]:  # ('lederen' is 'lederen i Sundhedsafdelingen' said short)
        return {key(w) for name in names for w in re.findall(r"[\wæøå]{3,}", name) if w not in _OUR_WORDS}
    return bool(who(generic)) and bool(who(specific)) and not words(who(generic)) & words(who(specific))


def _signature(document: str, mentions: list[Mention]) -> Signature:
    mentions = sorted(mentions, key=lambda m: m.order)
    signers = [m.signer for m in mentions if m.signer and m.signing]
    # 'Erklæringen skal godkendes af kommunalbestyrelsen. Herefter skal borgmesteren underskrive den', 'Send
    # aftalen til godkendelse hos DPO'en' and 'Få aftalen underskrevet af skolechefen': of a paper one party
    # approves and another signs, the signer is who signs it ('Accepter aftalen som tegningsberettiget' by
    # the same party named two ways is kept)
    acted = [(m.signer, {_cue_act(span) for span in m.spans})
             for m in mentions if m.signer and m.signing and m.spans]
    # (a cue whose act is not read, None, says no signing: 'Planen er godkendt af udvalget' in the result)
    signing = {who for who, acts in acted if acts - {"approve", None} and who.casefold() not in US}
    approving = {who for who, acts in acted if "approve" in acts} - signing
    if signing and approving and not any(_same_party(a, s) for a in approving for s in signing):
        signers = [s for s in signers if s not in approving] or signers
    specific = _fullest([s for s in signers if s.casefold() not in US])
    signer = _with_article(_jointly(specific) or (specific or signers or ["kommunen"])[0])
    # 'Send kontrakten til revisionen. Revisionen påtegner kontrakten': the signer is not where it ends
    # 'Erklæringen tilgår musikskolen pr. mail' in the step that takes it in: where it arrives is the
    # municipality, not where it goes (but 'modtages fra KOMBIT' names the other party)
    # a body's meeting step is where a body approves it; a person who signs does not sit in it
    if not _A_BODY.search(signer):
        mentions = [m for m in mentions if m.act != "meeting"]
    recipients = sorted(((m.recipient, m.order) for m in mentions if m.recipient
                         and not stems(m.recipient[2].split()[-1]) & stems(signer.split()[-1])
                         and not (m.act == "receive" and m.step is not None and m.recipient[0] < 2)),
                        key=lambda r: (r[0][0], r[0][1], r[1]))
    return Signature(
        document=document,
        signer=signer,
        recipient=next((r[0][2] for r in recipients if not r[0][2].casefold().startswith("afsender")),
                       recipients[0][0][2] if recipients else None),
        steps=sorted({m.step for m in mentions if m.step is not None}),
        received_step=min((m.step for m in mentions if m.step and (m.act == "receive" or m.receives)),
                          default=None),
        signed_step=(signed := _signed_step(mentions, signer)),
        returned_step=_returned_step(mentions, signed, signer),
        approval=document in (_THINGS.get() or {}).values() and not document_lemma(document, loose=True)
        and document not in _SIGNED.get(),
    )


def _same_party(one: str, other: str) -> bool:
    """'tegningsberettiget' and 'kommunens tegningsberettigede': one party, named two ways."""
    a, b = one.split()[-1].casefold(), other.split()[-1].casefold()
    return bool(stems(a) & stems(b)) or key(a) == key(b)


def _with_article(signer: str) -> str:
    """'juridiske chef' (read from 'Den juridiske chef skriver under') -> 'den juridiske chef': a definite
    adjective before a noun keeps the article it needs."""
    first, *rest = signer.split()
    if rest and re.fullmatch(r"[a-zæøå-]*[a-zæøå]e", first) and rest[0][:1].isalpha() \
            and rest[0].casefold() not in STOP_WORDS | {"og", "eller"} \
            and first.casefold() not in ARTICLES | {"alle"}:
        return f"den {signer}"
    return signer


def _jointly(signers: list[str]) -> str | None:
    """'Borgmesteren underskriver' and 'Kommunaldirektøren underskriver' in two steps, 'skal underskrives af
    både borgmester og kommunaldirektør' in the description: the naming of them all, when one says it."""
    single = {s for s in signers if not re.search(r"\s(?:og|samt)\s", s)}
    if len(single) < 2:
        return None
    for joint in (s for s in signers if re.search(r"\s(?:og|samt)\s", s)):
        parts = [stems(p.split()[-1]) for p in re.split(r"\s+(?:og|samt)\s+|,\s*", joint) if p.split()]
        if all(any(stems(s.split()[-1]) & part for part in parts) for s in single):
            return joint
    return None


def _fullest(signers: list[str]) -> list[str]:
    """The signers, the first one named in full: 'administratoren' in a step and 'kommunens NemLog-in
    administrator' in the description are one role, said best by the longer naming."""
    if signers and len(signers[0].split()) > 1:
        # 'Den dataansvarlige direktør underskriver' read as 'dataansvarlige direktør': a definite
        # adjective without its article is a naming cut short; one that says it whole is better
        cut_short = re.fullmatch(r"[a-zæøå-]+e", signers[0].split()[0])
        whole = [s for s in signers[1:] if s.endswith(" " + signers[0])] if cut_short else []
        # 'NemLog-in administratoren' in a step, 'kommunens NemLog-in administrator' in the description: the
        # same words before the same person word, said more fully
        first = signers[0].split()
        whole = whole or [s for s in signers[1:] if len(s.split()) > len(first)
                          and stems(s.split()[-1]) & stems(first[-1])
                          and all(w in s.split()[:-1] for w in first[:-1])]
        return whole[:1] + signers
    if not signers:
        return signers
    head = stems(signers[0])
    fuller = [s for s in signers[1:] if stems(_person_word(s)) & head
              and [w for w in s.split()[:-1] if w.casefold() not in US | ARTICLES]]  # not just 'kommunens'
    # 'afdelingslederen' in a step, 'afdelingslederen for Borgerservice' in the description: a leader named
    # with the unit it leads ('den systemansvarlige for Opus' is responsible for a system, and stays short)
    fuller = fuller or [s for s in signers[1:] if (named := _OF_UNIT.split(s, maxsplit=1)) and len(named) > 1
                        and _LEADER.search(named[0]) and stems(named[0].split()[-1]) & head]
    # 'direktøren' in a step, 'ældre- og sundhedsdirektøren' in the description: the compound it heads
    own = key(signers[0].casefold())
    fuller = fuller or [s for s in signers[1:] if len(own) >= 4 and (k := key(_person_word(s).casefold()))
                        and len(k) > len(own) + 2 and k.endswith(own)]

    return fuller[:1] + signers if fuller else signers


_OF_UNIT = re.compile(r"\s+(?:for|i|hos|ved|på)\s+(?=\S)", re.I)
# ('formanden for Idrætsrådet', 'forstanderen for Ungdomsskolen': a chair or head leads it too)
_LEADER = re.compile(r"(?:leder|chef|direktør|formand|forstander)(?:en)?$", re.I)


def _person_word(name: str) -> str:
    """'lederen i Pensionsteamet', 'direktøren for Økonomi og IT' -> 'lederen', 'direktøren': the word that
    names the person, before the unit or the department (named by two areas, or a word for a unit: 'lederen
    for Familieafdelingen') that says which one; 'den systemansvarlige for Ydelsesindeks' names a system one
    is responsible for, and stays whole."""
    return re.split(r"\s+(?:i|for(?=\s+[A-ZÆØÅ]\w*\s+og\s+[A-ZÆØÅ])"
                    r"|for(?=\s+[A-ZÆØÅ]\w*(?:afdeling|sekretariat|kontor|center|centret|enhed)\w*\b))\s+",
                    name, maxsplit=1)[0].split()[-1]
