"""Relations a sentence states without their word: 'systemet FleetPilot fra Kørselsdata Nord ApS' says who
supplies FleetPilot, 'data gemmes hos Hetzner' who hosts them, 'Data slettes efter 13 måneder' how long
they are kept. The index files such a sentence under the relation's key too, so 'hvem leverer
FleetPilot?', 'hvem hoster data?' and 'hvor længe gemmes data?' find it as they find 'FleetPilot leveres
af ...'."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.lexicon import number_alternation
from knowledge.units import length_pattern

# A company form ends a firm's name ('Tilsynsdata ApS', 'Nordlys Belysning A/S').
_FORM = r"(?:ApS|A/S|I/S|P/S|K/S|IVS|A\.m\.b\.a\.|GmbH|AB|AS|Ltd\.?|Inc\.?|Oy)"
_NAME = r"[A-ZÆØÅ][\w&.-]*(?:\s+(?:[A-ZÆØÅ][\w&-]*|&|og))*"
# '<product> fra <firm>': a product said by its name, its version or in quotes, mid-sentence (after a
# word of the sentence, not opening it: 'Data fra CPR ...' names a source, not a supplier); the firm
# with its company form, or a product named after a common noun ('systemet X fra Netcompany')
_SUPPLIED = re.compile(
    rf"(?:[a-zæøå]\w*\s+[A-ZÆØÅ][\w-]*(?:\s+\d[\d.]*)?|\d[\d.]*|[”“\"»])\s+fra\s+(?P<who>{_NAME}\s+{_FORM})(?!\w)|"
    rf"\b(?:systemet|løsningen|appen|applikationen|programmet|platformen|portalen|modulet|softwaren|"
    rf"værktøjet)\s+[A-ZÆØÅ][\w-]*(?:\s+\d[\d.]*)?\s+fra\s+(?P<who2>{_NAME})")
# '<data> gemmes/opbevares/lagres/hostes hos <firm>': who holds them
_HELD = re.compile(r"\b(?:gemmes|opbevares|lagres|hostes|placeres|ligger|afvikles|driftes|kører)\s+"
                   r"(?:\w+\s+){0,2}?hos\s+[A-ZÆØÅ]")

# '<data> slettes/makuleres efter 13 måneder', '... slettes 30 dage efter idriftsættelsen': a thing deleted
# after a time is kept that long, which is what 'hvor længe gemmes/opbevares X?' asks
# (the number words up to twelve, as this reader has always read them: without 'elleve')
_DELETED_COUNT = number_alternation(1, 12, english=False, without=("elleve",))
# or a value line naming the deletion by its noun ('Sletning af data: 90 dage efter ophør', 'Sletning: efter
# 30 dage'), which says the same time
# The value line counts from a moment ('efter 30 dage', '90 dage efter ophør'): a bare length ('Sletning af
# data: 3 dage' under 'Tidsforbrug for kommunen:') is the effort of deleting, not how long data are kept
_DELETED_AFTER = re.compile(
    r"\b(?:slettes|makuleres|kasseres|destrueres|anonymiseres)\s+(?:\w+\s+){0,3}?"
    rf"(?:efter\s+(?:\w+\s+)?)?(?:\d+(?:[,.]\d+)?|{_DELETED_COUNT})\s+"
    rf"(?:{length_pattern()})\b|"
    r"\bsletning(?:\s+af\s+\w+)?\s*:\s*"
    rf"(?:efter\s+(?:\w+\s+)?(?:\d+(?:[,.]\d+)?|{_DELETED_COUNT})\s+(?:{length_pattern()})\b|"
    rf"(?:\d+(?:[,.]\d+)?|{_DELETED_COUNT})\s+(?:{length_pattern()})\s+efter\s+\w)", re.IGNORECASE)

SUPPLIER = key("leverandør")
HOST = key("drifte")
KEPT = key("gemme")


def suppliers(text: str) -> list[str]:
    """The firms the text names as a product's supplier by 'fra' ('DoorKey 3.4 fra Låsehuset Danmark ApS')."""
    return [m.group("who") or m.group("who2") for m in _SUPPLIED.finditer(text)] if " fra " in text else []


def implied_keys(text: str) -> set[str]:
    """The keys of the relations the text states without their word."""
    found = set()
    if " fra " in text and _SUPPLIED.search(text):
        found.add(SUPPLIER)
    if " hos " in text and _HELD.search(text):
        found.add(HOST)
    if _DELETED_AFTER.search(text):
        found.add(KEPT)
    return found
