"""Facts stated as a labelled line of their own, outside a bulleted list, or as a table row of a label
and its value, whose label names a party: 'Leverandør: Rambøll', 'Support: KOMBIT's servicedesk'.
(A list of 'X: Y' items is read by knowledge.extract.)"""

from __future__ import annotations

import re

from knowledge.models import Fact
from knowledge.readers.fields import field_for
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
