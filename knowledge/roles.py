"""Words that name a role or an organisation ('arkivchef', 'leverandøren', 'kontaktperson'), read alike
by the export parser (a fact's label) and by question answering (who a question or a passage names)."""

from __future__ import annotations

import re

# A role or organisation in Danish or English: '-ansvarlig', '-chef', 'leverandør', 'KOMBIT'.
ROLE = re.compile(
    r"ansvarlig|chef|direktør|administrator|leder|koordinator|konsulent|rådgiver|repræsentant|"
    r"ejer|medarbejder|behandler|jurist|arkitekt|leverandør|sekretariat|afdeling|forvaltning|kommunen|"
    r"kommunens|styrelse|myndighed|helpdesk|support|team|enhed|bruger|udvalg|kontor|gruppe|center|centret|"
    r"bestyrelse|byråd|direktion|ledelse|revisor|arkivar|bibliotekar|sekretær|assistent|specialist|ingeniør|"
    r"analytiker|visitator|controller|atør|plejerske|lærer|pædagog|formand|personale|borgmester|manager|officer|owner|supplier|vendor|department|agency|council|municipality|"
    # professions named by what they are trained in ('en klinisk diætist', 'en certificeret inspektør')
    r"diætist|terapeut|psykolog|inspektør|tekniker|montør|chauffør|advokat|læge")


def names_role(word: str) -> bool:
    """Whether a word names a role or an organisation ('arkivchef', 'leverandøren', 'kontaktperson')."""
    return bool(ROLE.search(word.casefold())) or word.casefold().endswith(("person", "personen"))
