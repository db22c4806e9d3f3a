"""Signatures stated as data rather than sentences: a table with a column for the document and one for
who signs it ('Dokument | Underskrives af | Sendes til | Frist'), and labelled lines ('Underskriver:
borgmesteren', 'Sendes til: KOMBIT') that say who signs the task's paper and who gets it."""

from __future__ import annotations

import re

from knowledge.approvals import stems
from knowledge.language import GENERIC_DOCS, ROLE_ENDINGS, US, document_lemma, lower_first, words
from knowledge.models import Signature, Task

# What a column holds, by its header
_DOC_HEADER = re.compile(r"\b(?:dokument\w*|aftale\w*|bilag\w*|blanket\w*|papir\w*|erklæring\w*"
                         r"|leverance\w*)\b", re.I)
_SIGNER_HEADER = re.compile(r"underskriv|underskrift|underskrives|signer|signatur|godkend|tiltræd", re.I)
_RECIPIENT_HEADER = re.compile(r"sendes\s+til|send\s+til|modtager|returner\w*\s+til|afleveres|indsendes"
                               r"|til\s+hvem", re.I)
# 'Underskriver: borgmesteren', 'Sendes til: KOMBIT': a label and its value on one line
# A label opens a line or follows a sentence ('... skal underskrives. Underskriver: Kommunaldirektør.');
# its value ends the line or the sentence
_LABEL_START = r"(?:^|(?<=[.!?]\s))(?:[-•*]\s+)?"
_LABEL_VALUE = r"\s*:\s*(?P<value>\S[^\n]{0,80}?)\s*(?:\.(?=\s)|$)"
_SIGNER_LABEL = re.compile(_LABEL_START + r"(?:underskriver|underskrives\s+af|signeres\s+af|godkendes\s+af"
                           r"|underskriftsberettiget|tiltrædes\s+af)" + _LABEL_VALUE, re.I | re.M)
_RECIPIENT_LABEL = re.compile(_LABEL_START + r"(?:modtager|sendes\s+til|returneres\s+til|afleveres\s+til"
                              r"|indsendes\s+til)" + _LABEL_VALUE, re.I | re.M)
_NUMBER = re.compile(r"\d{1,3}[a-z]?|[A-Z]|[IVX]{1,4}")


def add_stated_signatures(task: Task, rows: list[list[str]]) -> None:
    """Fill in `task.signatures` from the task's tables and labelled lines: a paper a table row names
    with its signer is a signature (taking the steps of a generic one, 'Få dokumenterne underskrevet');
    a labelled signer or recipient fills in the task's one paper where its text left them out."""
    generic = next((s for s in task.signatures if s.document in GENERIC_DOCS), None)
    added = False
    for document, signer, recipient in _table_signatures(rows):
        added = _merge(task, document, signer, recipient, generic) or added
    if added and generic is not None:  # 'dokumenterne' were the papers the table names
        task.signatures = [s for s in task.signatures if s is not generic]
    if len(task.signatures) == 1:
        only = task.signatures[0]
        if only.signer.casefold() in US and (m := _SIGNER_LABEL.search(task.description)):
            only.signer = _value(m["value"]) or only.signer
        if only.recipient is None and (m := _RECIPIENT_LABEL.search(task.description)):
            only.recipient = _party(m["value"])


def _table_signatures(rows: list[list[str]]) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    columns: dict[str, int] | None = None
    for row in rows:
        header = _columns(row)
        if header is not None:
            columns = header
            continue
        if columns is None or len(row) <= max(columns.values()):
            continue
        document = _document(row[columns["document"]])
        signer = _value(row[columns["signer"]])
        recipient = _party(row[columns["recipient"]]) if "recipient" in columns else None
        if document and signer and not document_lemma(signer.split()[-1]):
            out.append((document, signer, recipient or None))
    return out


def _columns(row: list[str]) -> dict[str, int] | None:
    """{'document': i, 'signer': j, 'recipient': k} when `row` is a header that names them."""
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        if len(cell.split()) > 5:
            return None  # a header names columns; a long cell is data
        if "signer" not in found and _SIGNER_HEADER.search(cell):
            found["signer"] = i
        elif "recipient" not in found and _RECIPIENT_HEADER.search(cell):
            found["recipient"] = i
        elif "document" not in found and _DOC_HEADER.search(cell):
            found["document"] = i
    return found if {"document", "signer"} <= found.keys() else None


def _document(cell: str) -> str | None:
    """'Bilag 1 (instruks)' -> 'bilag 1', 'Tilslutningsaftale' -> 'tilslutningsaftale'."""
    tokens = [w.group(0) for w in words(cell)]
    for i, token in enumerate(tokens):
        if lemma := document_lemma(token, loose=True):
            if i + 1 < len(tokens) and _NUMBER.fullmatch(tokens[i + 1]):
                return f"{lemma} {tokens[i + 1]}"
            return lemma
    return None


def _value(cell: str) -> str | None:
    value = " ".join(re.split(r"\s+[–—-]\s+|[.;]\s*$", cell.strip())[0].split())
    if not value or value in {"-", "–"} or any(c.isdigit() for c in value) or \
            value.casefold() in {"ingen", "ikke relevant", "n/a", "ja", "nej", "x"}:
        return None  # a status or a date, not a name
    return lower_first(value)


def _party(cell: str) -> str | None:
    """A recipient as a cell or label writes it: 'Netcompany', 'Udbetaling Danmark' and 'KOMBIT' are
    names and keep their capital; 'Leverandøren' and 'Projektlederen' are roles ('leverandøren')."""
    value = _value(cell)
    if value is None:
        return None
    raw = " ".join(re.split(r"\s+[–—-]\s+|[.;]\s*$", cell.strip())[0].split())
    first = raw.split()[0].casefold()
    role = first.startswith(("leverandør", "kommune")) or any(
        stem.endswith(ROLE_ENDINGS) for stem in stems(first))
    return value if role else raw


def _merge(task: Task, document: str, signer: str, recipient: str | None,
           generic: Signature | None) -> bool:
    """The table's paper and signer into the task's signatures: fill in what the text left out, or
    add the paper with the steps of the generic signature the text spoke of. True when added."""
    same = next((s for s in task.signatures if s.document == document), None)
    if same is not None:
        if same.signer.casefold() in US:
            same.signer = signer
        same.recipient = same.recipient or recipient
        return False
    task.signatures.append(Signature(
        document=document, signer=signer, recipient=recipient or (generic.recipient if generic else None),
        steps=list(generic.steps) if generic else [],
        received_step=generic.received_step if generic else None,
        signed_step=generic.signed_step if generic else None,
        returned_step=generic.returned_step if generic else None))
    return True
