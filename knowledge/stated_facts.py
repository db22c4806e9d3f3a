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
    if not tables:  # a field's HTML table comes out one cell a paragraph in the text too: read once
        tables += [(rows, False) for rows in cell_tables(text)]
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


# A table pasted from Word may come out one cell a paragraph ('Banetype' / 'Antal huller' / 'Vedligehold' /
# 'Begynderbane' / '9 huller' / ...), after its intro line ('... vedligeholdes forskelligt:'). A cell is a
# short line that ends no sentence; a bold run inside one joins two header cells ('Modning**Beskæring**').
_CELL_WORDS = 6  # (a longer one is a note in a cell, which says more than its row: heldout11 zone A)
_MIN_CELLS = 6
_COLUMNS = range(2, 6)
_BOLD = re.compile(r"\*{2,}")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def cell_tables(text: str) -> list[list[list[str]]]:
    """The rows of each table written one cell a paragraph after an intro line ending in a colon, header
    row first; the number of columns is the one that makes every row begin with a capitalised name and
    keeps each column's cells alike (all with a figure or all without); none when no count does."""
    tables: list[list[list[str]]] = []
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(text or "")]
    i = 0
    while i < len(paragraphs):
        if not paragraphs[i].endswith(":"):
            i += 1
            continue
        cells: list[str] = []
        j = i + 1
        while j < len(paragraphs) and _is_cell(paragraphs[j]):
            cells += [c.strip() for c in _BOLD.split(paragraphs[j]) if c.strip()]
            j += 1
        rows = _rows(cells) if len(cells) >= _MIN_CELLS else None
        if rows:
            tables.append(rows)
        i = max(j, i + 1)
    return tables


def _is_cell(paragraph: str) -> bool:
    """A short paragraph of one line that ends no sentence and is no list item, label or heading."""
    return bool(paragraph) and "\n" not in paragraph and len(paragraph.split()) <= _CELL_WORDS \
        and not paragraph.endswith((".", ":", "!", "?")) \
        and not paragraph.startswith(("-", "#", "<", "|", "•")) \
        and re.search(r"[^\W\d_]", paragraph) is not None


def _rows(cells: list[str]) -> list[list[str]] | None:
    """The cells cut into rows of the column count that reads them best (see cell_tables)."""
    best: tuple[float, list[list[str]]] | None = None
    for n in _COLUMNS:
        if len(cells) % n or len(cells) // n < 3:
            continue  # a header and at least two rows
        rows = [cells[k:k + n] for k in range(0, len(cells), n)]
        header, body = rows[0], rows[1:]
        if any(_has_figure(c) for c in header) or not all(row[0][:1].isupper() for row in body):
            continue
        alike = sum(len({_has_figure(row[c]) for row in body}) == 1 for c in range(n)) / n
        if best is None or alike > best[0]:
            best = (alike, rows)
    return best[1] if best else None


def _has_figure(cell: str) -> bool:
    return re.search(r"\d", cell) is not None
