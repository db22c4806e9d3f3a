"""Facts, signatures and links read from a task's Danish text by rules on its language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from knowledge.models import Fact, Link, Signature, Task
from knowledge.text import one_line

# ---------------------------------------------------------------- facts from "X: Y" lists

_ITEM = re.compile(r"[-•*]\s+(.+)$")
_PAIR = re.compile(r"([^:]{1,60}?):\s+(.+)$")
_CONTEXT_SUBJECT = re.compile(
    r"(?:(?:den|det|de|jeres|kommunens)\s+)?((?:[\w/-]+\s+){0,3}?[\w/-]+)\s+"
    r"(?:er|hedder|kan være|findes|ligger)\b", re.I)


def extract_facts(text: str) -> list[Fact]:
    """Facts from bullet lists whose items read 'X: Y', with the context their introduction
    names: 'Forvaltningsansvarlig er ... ERP-leverandøren:' + '- Prisme: Fujitsu' gives
    Fact('Prisme', 'Fujitsu', context='forvaltningsansvarlig')."""
    facts: list[Fact] = []
    for intro, items in _lists(text):
        pairs = [m for item in items if (m := _PAIR.match(item)) and len(m.group(1).split()) <= 6]
        if len(pairs) < 2 or len(pairs) * 2 <= len(items):  # most items must read 'X: Y'
            continue
        context = list_context(intro)
        facts += [Fact(subject=one_line(m.group(1)), value=_unwrap(one_line(m.group(2))), context=context)
                  for m in pairs]
    return facts


def _lists(text: str) -> Iterator[tuple[str, list[str]]]:
    """(introduction, items) for each bullet list; the introduction is the text line above it."""
    intro, items = "", []
    for line in [*text.split("\n"), ""]:
        if m := _ITEM.match(line):
            items.append(m.group(1))
            continue
        if items:
            yield intro, items
            items = []
        if line.strip():
            intro = line
    return


def list_context(intro: str) -> str:
    """What a list's values are, from its introduction: the subject of its last sentence
    ('Forvaltningsansvarlig er ...:' -> 'forvaltningsansvarlig'), else the sentence itself."""
    sentence = sentences(intro)[-1] if intro.strip() else ""
    sentence = sentence.rstrip(" :")
    m = _CONTEXT_SUBJECT.match(sentence)
    return _lower_first(m.group(1) if m else sentence)


def _unwrap(value: str) -> str:
    """'(Københavns Kommune)' -> 'Københavns Kommune': a value wholly in parentheses."""
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        return value[1:-1].strip()
    return value


def _lower_first(text: str) -> str:
    """'Forvaltningsansvarlig' -> 'forvaltningsansvarlig', but 'KOMBIT' and 'ERP-leverandør' stay."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentences(text: str) -> list[str]:
    """Sentences of one text; 'jf. beskrivelsen' and 'mv. Desuden' are split only before a capital."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"«])|\n+", text)
    return [one_line(p) for p in parts if p.strip()]


# ---------------------------------------------------------------- links

_URL = re.compile(r"https?://[^\s<>()\[\]\"'«»]+")


def extract_links(raw: str) -> list[Link]:
    """Every URL once, with its label when the text gives one ('[label](url)' or '<a>label</a>')."""
    labels: dict[str, str | None] = {}
    for m in re.finditer(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", raw):
        labels.setdefault(m.group(2), one_line(m.group(1)))
    for m in re.finditer(r"<a\b[^>]*href=[\"'](https?://[^\"']+)[\"'][^>]*>(.*?)</a>", raw, re.I | re.S):
        labels.setdefault(m.group(1), one_line(re.sub(r"<[^>]+>", "", m.group(2))) or None)
    for m in _URL.finditer(raw):
        labels.setdefault(m.group(0).rstrip(".,;:!?"), None)
    return [Link(url=url, label=label) for url, label in labels.items()]


# ---------------------------------------------------------------- signatures

# The things one signs, by the last part of the (compound) word: 'bestillingsformular',
# 'serviceaftale', 'databehandleraftale', 'blanket'.
_DOC_HEADS = ("aftale", "formular", "blanket", "kontrakt", "fuldmagt", "erklæring", "dokument",
              "skema", "ansøgning", "tillæg", "protokol", "samtykke", "attest", "accept")
_GENERIC_DOCS = {"blanket", "formular", "dokument", "skema", "aftale"}
_ENDINGS = ("", "en", "n", "et", "t", "er", "r", "erne", "rne", "ne", "ene", "s", "ens", "ets")
_SIGNING = re.compile(r"\b(?:underskriv\w*|underskrift\w*|underskrevet|skrive\s+under|signer\w*)\b", re.I)
_GENERIC_SIGNERS = {"i", "vi", "du", "man", "kommunen", "jer"}
_NAME = r"[^\W\d_][\w/-]*"  # a word that starts with a letter: 'ERP-leverandør', not '-'
_ROLE = rf"(?:(?:jeres|kommunens|den|de|din|en)\s+)?({_NAME}(?:\s+for\s+{_NAME})?)"
_SEND_VERBS = r"(?:sende[rs]?|sendt|fremsende[rs]?|udsende[rs]?|videresende[rs]?)"
_RETURN = re.compile(r"\b(?:returner\w*|send\w*(?:\s+[\w-]+){0,2}?\s+(?:retur|tilbage)|indsend\w*"
                     r"|aflever\w*)\b"
                     rf"(?:\s+[\w-]+){{0,4}}?\s+til\s+(?:(?:den|jeres|kommunens|de)\s+)?({_NAME})", re.I)
_FROM = re.compile(rf"\b(?:modtag\w*|få|får)\b(?:\s+[\w-]+){{0,2}}?\s+fra\s+"
                   rf"(?:(?:den|jeres|de)\s+)?({_NAME})", re.I)
_BETWEEN = re.compile(rf"\bmellem\s+(?:jer|os|kommunen)\s+og\s+(?:(?:jeres|kommunens|den)\s+)?({_NAME})",
                      re.I)


@dataclass
class _Mention:
    order: int  # position in the task's texts: method steps first
    document: str
    step: int | None
    signer: str | None
    recipient: tuple[int, str] | None  # (rank: 0 returned to, 1 sent from, 2 counterpart, role)
    signing: bool = True
    act: str | None = None  # "receive" or "sign": what doing this step does to the document


def document_lemma(word: str) -> str | None:
    """'blanketten' -> 'blanket', 'serviceaftaler' -> 'serviceaftale'; None for a word that is not
    a document ('aftaleadministrator', 'underskriftsberettigede')."""
    low = word.casefold()
    for head in _DOC_HEADS:
        idx = low.rfind(head)
        if idx < 0:
            continue
        rest = low[idx + len(head):]
        if rest.startswith(head[-1]) and head[-1] not in "aeiouyæøå":
            rest = rest[1:]  # doubled consonant: 'blanketten'
        if rest in _ENDINGS:
            return low[: idx + len(head)]
    return None


def extract_signatures(task: Task) -> list[Signature]:
    """Documents the text says must be signed: what, by whom, to whom, in which method steps."""
    said = [(step, s) for step, text in _texts(task) for s in sentences(text)]
    mentions = [m for order, (step, s) in enumerate(said) if (m := _mention(s, step, order))]
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.document, []).append(m)
    _merge_generic(groups)
    return [_signature(doc, ms) for doc, ms in groups.items() if any(m.signing for m in ms)]


def _texts(task: Task) -> Iterator[tuple[int | None, str]]:
    """Method steps first: their wording is the most precise about who does what."""
    for step in task.method_steps:
        yield step.number, step.text
    for item in task.checklist:
        yield None, "\n".join([item.text, *(s.text for s in item.substeps)])
    for text in (task.description, task.goal, task.result, task.recommended_executor,
                 task.executor_comment, task.recommended_responsible):
        if text:
            yield None, text


def _mention(sentence: str, step: int | None, order: int) -> _Mention | None:
    """A sentence about signing a document, or about returning one ('Send fuldmagten retur til
    KOMBIT'), which counts only for a document that is signed somewhere in the task."""
    anchors = list(_SIGNING.finditer(sentence)) or list(_RETURN.finditer(sentence))
    if not anchors:
        return None
    docs = [(m.start(), lemma) for m in re.finditer(r"[\w-]+", sentence)
            if (lemma := document_lemma(m.group(0)))]
    if not docs:
        return None
    near = min(docs, key=lambda d: min(abs(d[0] - a.start()) for a in anchors))[1]
    return _Mention(order=order, document=near, step=step, signer=_signer(sentence),
                    recipient=_recipient(sentence), signing=bool(_SIGNING.search(sentence)),
                    act=_act(sentence))


_RECEIVE_ACT = re.compile(r"\b(?:modtag|modtager|få|hent)\b", re.I)
_SIGN_ACT = re.compile(r"\b(?:underskriv|underskriver|skriv\s+under|signer|underskrevet\s+(?:stand|af))\b",
                       re.I)


def _act(sentence: str) -> str | None:
    """An imperative step that returns or signs the document signs it; one that receives it marks
    its arrival. 'orienteres om, at der vil komme en aftale til underskrift' does neither."""
    if _RETURN.search(sentence) or _SIGN_ACT.search(sentence):
        return "sign"
    if _RECEIVE_ACT.search(sentence):
        return "receive"
    return None


def _signer(sentence: str) -> str | None:
    if m := re.search(r"\bunderskriftsberettige\w*(?:\s*\([^)]*\))?", sentence, re.I):
        return m.group(0)
    if m := re.search(r"\b(?:underskrives|underskrevet|skrives\s+under|signeres)\s+af\s+(?:(både|enten)\s+)?"
                      + _ROLE + r"(?:\s+(og|eller)\s+" + _ROLE + ")?", sentence, re.I):
        # 'af både borgmesteren og direktøren' names two; a plain 'og' may start a new clause
        both = m.group(1) and m.group(3)
        return _role(m.group(2)) + (f" {m.group(3)} {_role(m.group(4))}" if both else "")
    if m := re.search(_ROLE + r",?\s+som\s+(?:vil\s+|skal\s+)?(?:få|får|modtager)\b", sentence, re.I):
        return _role(m.group(1))
    subject = re.match(r"(?:(?:desuden|derefter|herefter|så)\s+)?" + _ROLE + r"\s+(skal|vil|må|bør|kan|"
                       r"underskriver)\b(.*)", sentence, re.I)
    # 'Leverandøren skal sende blanketten til underskrift': the subject sends, it does not sign.
    # A document as subject ('Aftalen skal ...') says nothing about who signs.
    if subject and not re.search(rf"\b{_SEND_VERBS}\b", subject.group(3).split(",")[0], re.I) \
            and not document_lemma(subject.group(1).split()[-1]):
        return _role(subject.group(1))
    return None


def _recipient(sentence: str) -> tuple[int, str] | None:
    for rank, pattern in enumerate((_RETURN, _FROM, _BETWEEN)):
        if m := pattern.search(sentence):
            return rank, _role(m.group(1))
    if m := re.match(_ROLE + rf"\s+(?:skal\s+|vil\s+)?{_SEND_VERBS}\b", sentence, re.I):
        return 1, _role(m.group(1))
    return None


def _role(text: str) -> str:
    return _lower_first(one_line(text))


def _merge_generic(groups: dict[str, list[_Mention]]) -> None:
    """'blanketten' in one step and 'bestillingsformular' in another are the same paper when the
    task names only one specific document; a generic word then joins it."""
    specific = [doc for doc in groups if doc not in _GENERIC_DOCS]
    for generic in [doc for doc in groups if doc in _GENERIC_DOCS]:
        targets = specific if len(specific) == 1 else [d for d in specific if d.endswith(generic)]
        if len(targets) == 1:
            for m in groups.pop(generic):
                m.document = targets[0]
                groups[targets[0]].append(m)


def _signature(document: str, mentions: list[_Mention]) -> Signature:
    mentions = sorted(mentions, key=lambda m: m.order)
    signers = [m.signer for m in mentions if m.signer]
    specific = [s for s in signers if s.casefold() not in _GENERIC_SIGNERS]
    recipients = sorted((m.recipient for m in mentions if m.recipient), key=lambda r: r[0])
    return Signature(
        document=document,
        signer=(specific or signers or ["kommunen"])[0],
        recipient=recipients[0][1] if recipients else None,
        steps=sorted({m.step for m in mentions if m.step is not None}),
        received_step=min((m.step for m in mentions if m.step and m.act == "receive"), default=None),
        signed_step=max((m.step for m in mentions if m.step and m.act == "sign"), default=None),
    )
