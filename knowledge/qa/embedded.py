"""A yes/no question asked inside another ('ved du, om webinaret er obligatorisk?', 'er det rigtigt,
at borgerne skal betale?', 'do you know if the shop is open on Saturdays?') is read as the direct
question it embeds ('er webinaret obligatorisk?'): the frame asks nothing of the tasks, and the
embedded clause has the subordinate word order no yes/no reading knows."""

from __future__ import annotations

import re

# The frames: asking whether someone knows, whether a claim is right. Not 'er det et krav, at ...'
# (a question of necessity, read as such) nor 'kan du sende mig ...' (a request for a value).
_DA_FRAME = re.compile(r"^\W*(?:(?:hej|hejsa|godmorgen)\W+)?(?:"
                       r"(?:ved|veed)\s+(?:du|i|nogen|man)(?:\s+\w+)?|"
                       r"kan\s+(?:du|i|nogen)\s+(?:fortælle|sige|oplyse|svare\s+på)(?:\s+(?:mig|os))?|"
                       r"jeg\s+(?:vil\s+gerne\s+vide|er\s+i\s+tvivl|spekulerer\s+på|undrer\s+mig\s+over)|"
                       r"er\s+du\s+sikker\s+på)\s*,?\s+om\s+"
                       r"|^\W*(?:er\s+det\s+(?:rigtigt|korrekt|sandt|sådan)|passer\s+det|stemmer\s+det)"
                       r"\s*,?\s+at\s+", re.IGNORECASE)
_EN_FRAME = re.compile(r"^\W*(?:(?:hi|hello|hey)\W+)?(?:"
                       r"(?:do|does)\s+(?:you|anyone|anybody)\s+know|"
                       r"(?:can|could)\s+(?:you|someone|anyone)\s+(?:tell\s+me|check|confirm)|"
                       r"i\s+(?:wonder|was\s+wondering|would\s+like\s+to\s+know)|i'd\s+like\s+to\s+know|"
                       r"any\s+idea)\s*,?\s+(?:if|whether)\s+"
                       r"|^\W*is\s+it\s+(?:true|correct|right|the\s+case)\s*,?\s+that\s+", re.IGNORECASE)

# The finite verbs that open a direct question when put first; an adverb between subject and verb
# in a Danish subordinate clause ('om vi ikke skal ...') stays after the subject
_DA_FINITE = frozenset("er var skal skulle kan kunne må måtte bør burde vil ville har havde får fik "
                       "bliver blev behøver gælder findes".split())
_DA_ADVERBS = frozenset("ikke også altid aldrig kun selv allerede stadig nødvendigvis heller".split())
_DA_PRESENT = re.compile(r"[a-zæøå]{3,}(?:er|rer|ar|or|ør|år|es)$")
_EN_FINITE = frozenset("is are was were can could must should shall will would may might does do did".split())
_EN_LEXICAL = frozenset("has have needs need".split())  # verbs of necessity before 'to'

_MOST_SUBJECT = 6  # words before the verb: a longer run is no subject this reading can trust


def direct_question(text: str) -> str:
    """The direct yes/no question an embedded one asks, or the text as it is."""
    m = _DA_FRAME.match(text)
    if m:
        return _invert(text[m.end():], _danish_verb) or text
    m = _EN_FRAME.match(text)
    if m:
        return _invert(text[m.end():], _english_verb) or text
    return text


def _invert(clause: str, find_verb) -> str | None:
    words = clause.split()
    found = find_verb(words)
    if found is None:
        return None
    at, lead = found
    verb = lead or words[at]
    rest = words[:at] + words[at + (0 if lead else 1):]
    return " ".join([verb[:1].upper() + verb[1:], *rest])


def _danish_verb(words: list[str]) -> tuple[int, str] | None:
    """The clause's finite verb: a modal or auxiliary first ('om alle skoler skal ...': 'skoler' is
    no verb), else a word in the present tense or passive ('om webinaret holdes på dansk')."""
    plain = [w.casefold().strip(",") for w in words[:_MOST_SUBJECT + 1]]
    for test in (lambda i: plain[i] in _DA_FINITE,
                 lambda i: bool(_DA_PRESENT.fullmatch(plain[i])) and words[i][:1].islower()):
        for i in range(1, len(plain)):
            if plain[i] not in _DA_ADVERBS and test(i):
                return i, ""
    return None


def _english_verb(words: list[str]) -> tuple[int, str] | None:
    """An auxiliary ('if the shop is open'); 'have to'/'need to' take 'do' ('if we have to buy X' is
    'do we have to buy X')."""
    for i, word in enumerate(words[:_MOST_SUBJECT + 1]):
        plain = word.casefold()
        if not i:
            continue
        if plain in _EN_LEXICAL and i + 1 < len(words) and words[i + 1].casefold() == "to":
            return i, "does" if plain.endswith("s") else "do"
        if plain in _EN_FINITE:
            return i, ""
    return None
