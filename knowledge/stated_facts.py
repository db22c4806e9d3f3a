"""Facts stated as a labelled line of their own, outside a bulleted list, or as a table row of a label
and its value, whose label names a party: 'Leverandør: Rambøll', 'Support: KOMBIT's servicedesk'.
(A list of 'X: Y' items is read by knowledge.extract.)"""

from __future__ import annotations

import re

from knowledge.models import Fact
from knowledge.readers.fields import field_for
from knowledge.readers.tables import table_rows
from knowledge.roles import names_role
from knowledge.text import one_line

# 'Leverandør: Rambøll' on a line of its own: a short label (no sentence: at most four words, no
# full stop), a colon and a value; bulleted lines are lists (knowledge.extract).
_LABELLED = re.compile(r"^(?P<label>[A-ZÆØÅ][\wæøåÆØÅ'’/-]*(?:[ \t]+[\wæøåÆØÅ'’/-]+){0,3}):[ \t]+"
                       r"(?P<value>[^\n]{2,200})$", re.M)
# A label that names who: a role ('Leverandør', 'Ansvarlig', 'Kontaktperson'), a contact or support
# line, or the agent of a passive ('Leveres af', 'Godkendes af').
_PARTY_LABEL = re.compile(r"^(kontakt\w*|support|helpdesk)\b|\b(af|by)$", re.I)
# 'Kontakt hos KOMBIT', 'Ansvarlig i kommunen': a label qualified by whose it is stays a sentence of the
# text; as a fact its role alone would answer for every party ('kontaktperson hos leverandøren').
_QUALIFIED = re.compile(r"\s(hos|i|for|ved|på|til|in|at)\s", re.I)


def names_party(label: str) -> bool:
    """Whether a label says its value is a party."""
    label = label.strip()
    return bool(_PARTY_LABEL.search(label)) or any(names_role(w) for w in label.split()[:2])


def _party_value(value: str) -> bool:
    """A value that is a party's name or role, nothing else: a few words, no mail, number or date
    (those are the contact values and deadlines a question may ask for and the line may not give)."""
    return len(value.split()) <= 6 and not re.search(r"[@\d]", value)


def label_facts(text: str, rows: list[list[str]] = ()) -> list[Fact]:
    """'Leverandør: Rambøll' -> Fact('Leverandør', 'Rambøll', context=''); a table row of two cells
    ('Leverandør | Netcompany' under 'Oplysning | Værdi') is such a line too."""
    pairs = [(m.group("label"), m.group("value")) for m in _LABELLED.finditer(text)]
    pairs += [(row[0], row[1]) for row in rows if len(row) == 2]
    return [Fact(subject=label, value=one_line(value).rstrip("."), context="") for label, value in pairs
            if names_party(label) and not _QUALIFIED.search(label)
            and field_for(label) is None  # 'Anbefalet ansvarlig: X' is the task's field
            and _party_value(value)]


def table_facts(fragments: list[str], text: str) -> list[Fact]:
    """A table under a header row ('System | Ansvarlig enhed | Kontakt'): each row's first cell is a
    subject and each other cell its value, in the context of its column's header ('GIS' -> 'Teknik og
    Miljø' as 'ansvarlig enhed'). HTML tables of the raw fields and pipe tables of the text ('| Data |
    Leverandør | Frekvens |') both; a table of two columns only with a marked header ('<th>Data</th>
    <th>Leveres af</th>'), and not for the rows label_facts reads ('Leverandør | Netcompany')."""
    tables = [(table_rows("<table" + part), "<th" in part.casefold()) for fragment in fragments
              for part in re.split(r"(?i)<table\b", fragment)[1:]]
    tables += [(rows, False) for rows in _pipe_tables(text)]
    out: list[Fact] = []
    for rows, headed in tables:
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        if len(header) < (2 if headed else 3) or not body or any(len(row) != len(header) for row in body):
            continue  # a table without a header over every column says nothing per column
        if len(header) > 2 and all(re.fullmatch(r"\W*\d{1,3}\W*", row[0]) for row in body):
            header, body = header[1:], [row[1:] for row in body]  # 'Nr | Service | Anvendes til'
        if len(header) < 2 or any(not re.search(r"[^\W\d_]", row[0]) for row in body):
            continue  # a row is named by a word ('GIS', 'Bilag 1'), not by a number alone
        if len(header) == 2:
            body = [row for row in body if not names_party(row[0])]
        out += [Fact(subject=row[0], value=one_line(cell).rstrip("."), context=name.casefold())
                for row in body for name, cell in zip(header[1:], row[1:], strict=True)
                if cell.strip() and len(row[0].split()) <= 6]
    return out


def _pipe_tables(text: str) -> list[list[list[str]]]:
    """The rows of each run of '| a | b |' lines in a text, separator lines ('|---|') left out."""
    tables: list[list[list[str]]] = []
    run: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if line.startswith("|") and line.endswith("|") and line.count("|") >= 3:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                run.append(cells)
        elif run:
            tables.append(run)
            run = []
    return tables
