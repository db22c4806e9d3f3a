"""Words that name a role or an organisation ('arkivchef', 'leverandøren', 'kontaktperson'), read alike
by the export parser (a fact's label) and by question answering (who a question or a passage names)."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import key

# A role or organisation in Danish or English: '-ansvarlig', '-chef', 'leverandør', 'KOMBIT'.
ROLE = re.compile(
    r"ansvarlig|chef|direktør|administrator|leder|koordinator|konsulent|rådgiver|repræsentant|"
    r"ejer|medarbejder|behandler|jurist|arkitekt|leverandør|sekretariat|afdeling|forvaltning|kommunen|"
    r"kommunens|styrelse|myndighed|helpdesk|support|team|enhed|bruger|udvalg|kontor|gruppe|center|centret|"
    r"bestyrelse|byråd|direktion|ledelse|revisor|arkivar|bibliotekar|sekretær|assistent|specialist|ingeniør|"
    r"analytiker|visitator|controller|atør|plejerske|lærer|pædagog|formand|personale|borgmester|manager|officer|owner|supplier|vendor|department|agency|council|municipality|"
    # professions named by what they are trained in ('en klinisk diætist', 'en certificeret inspektør')
    r"diætist|terapeut|psykolog|inspektør|tekniker|montør|chauffør|advokat|læge|"
    # trades ('vagtelektrikeren', 'mekanikeren', 'vagtmesteren', 'driftsgartneren', 'livredderen'; not
    # 'entreprenør', 'instruktør' nor 'forening', which the tasks write as a party's kind beside its name
    # more often than as who does a thing: they raised confident wrong answers)
    r"elektriker|mekaniker|vagtmester|gartner|tømrer|livredder|konservator|registrator|"
    # experts and bodies that do a task's work ('bygningssagkyndig', 'laboratoriet')
    r"sagkyndig|laboratori|"
    # workers by their trade ('skovarbejderne', 'vejarbejdere'; not the verb 'samarbejder')
    r"(?<=\w{3})(?<!sam)arbejder|"
    # the police, to whom a thing is reported ('anmeldes til politiet')
    r"politi|police")


def names_role(word: str) -> bool:
    """Whether a word names a role or an organisation ('arkivchef', 'leverandøren', 'kontaktperson')."""
    return bool(ROLE.search(word.casefold())) or word.casefold().endswith(("person", "personen"))


# The nouns that ask for a person's position, Danish and English ('hvilken stilling har X?').
POSITION_NOUN = re.compile(r"(stilling|stillingsbetegnelse|jobtitel|titel|position|job title|title)"
                           r"(en|er|erne|s)?", re.I)
_WORD = r"[^\W\d_][\w-]*"
_NAME = r"[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*"
# a lower-case word before a name ('jurist Maria Holt'); a name, a comma and up to three words after it
_BEFORE_NAME = re.compile(rf"(?<![\w-])([a-zæøå][\w-]*)\s+({_NAME})")
_AFTER_NAME = re.compile(rf"({_NAME}),\s+((?:{_WORD}\s+){{0,2}}{_WORD})")


# A title in apposition before a person's whole name: a lowercase noun after an article or a genitive and
# up to two adjectives ('den pensionerede falkoner Poul Vingesen', 'kommunens nye kok Anna Berg'). The
# article makes the word a noun naming the person, whatever trade it is: no list of roles holds every
# trade a task may write. (Adjective-like endings are no title: 'den tidligere Poul Vingesen'.)
_APPOSED_BEFORE = re.compile(r"(?:^|(?<![\w-]))(?:den|det|vores|jeres|deres|[a-zæøå]{3,}(?:ens|ets))\s+"
                             r"(?:[a-zæøå][\w-]*e\s+){0,2}$", re.I)
_APPOSED_NAME = re.compile(r"[ \t]+[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?[ \t]+[A-ZÆØÅ][a-zæøå]+")
_NO_TITLE = re.compile(r"(?:ere|ede|ige|ske|ende|ne)$")
_APPOSED_REACH = 60  # an article and two adjectives fit in this much text before the title


def adjective_like(word: str) -> bool:
    """Whether a word ends as an adjective or participle does ('tidligere', 'pensionerede'): no title."""
    return _NO_TITLE.search(word) is not None


def titles_name(text: str, start: int, end: int) -> bool:
    """Whether the lowercase word text[start:end] is a title in apposition before a person's whole name."""
    word = text[start:end]
    return len(word) >= 4 and word[:1].islower() and _APPOSED_NAME.match(text, end) is not None and \
        not adjective_like(word) and \
        _APPOSED_BEFORE.search(text, max(0, start - _APPOSED_REACH), start) is not None


def role_of(name: str, text: str) -> str | None:
    """The role word a text writes beside a person's whole name: right before it ('jurist Maria Holt') or
    after it and a comma ('Hanne Vestergaard, børnetandplejens overtandlæge'); None when it writes none."""
    if name.endswith(("s", "'", "’")) and name not in text:
        name = name.rstrip("'’")[:-1] if name.endswith("s") else name.rstrip("'’")  # 'Hanne Vestergaards'
    for m in _BEFORE_NAME.finditer(text):
        if m.group(2).startswith(name) and \
                (names_role(m.group(1)) or titles_name(text, m.start(1), m.end(1))):
            return m.group(1)
    for m in _AFTER_NAME.finditer(text):
        if m.group(1).endswith(name) and m.group(2)[:1].islower() and names_role(m.group(2).split()[-1]):
            return m.group(2)
    return None


# 'Kultur- og fritidschef', 'park-, vej- og naturchefen': modifiers whose head is written once, on the last
_ELIDED = re.compile(r"((?:\b\w+-,?\s+)+)(?:og|eller|&)\s+(\w+)", re.I)


@lru_cache(maxsize=8192)
def elided_heads(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The compounds of a text that share their head with elided modifiers before them, each with the
    keys of those modifiers: 'Kultur- og fritidschef' -> (('fritidschef', {'kultur'}),). The whole
    coordination names one party (the head of culture and leisure), so a question naming only
    'fritidschefen' does not name it."""
    out = []
    for m in _ELIDED.finditer(text):
        mods = frozenset(key(w.casefold()) for w in re.findall(r"\w+(?=-)", m.group(1)))
        out.append((key(m.group(2).casefold()), mods))
    return tuple(out)


def names_whole(text: str, named: set[str] | frozenset[str]) -> bool:
    """Whether the keys a question names say a party of the text whole: a compound written with elided
    modifiers before it ('Park- og vejchef') is named only together with them ('vejchefen' alone is
    another role). True when the text has no such compound among the keys named."""
    return all(mods <= named for head, mods in elided_heads(text) if head in named)
