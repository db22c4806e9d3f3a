"""Ages: the age a question gives a person ('en 16-årig', 'et barn på 10 år') and the ages a sentence
allows ('fyldt 18 år', 'mellem 6 og 17 år', 'under 25 år'), so one is compared with the other and never
with a count of years ('udstedes for 5 år')."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.language import ROLE_ENDINGS
from knowledge.qa.claimed_values import DENIED
from knowledge.roles import names_role

# The people a question gives an age with 'på N år' ('en borger på 40 år'); 'en aftale på 3 år' is a
# length of time. Roles ('medarbejder', 'lejer') are read by names_role. Reviewed like the glossary:
# general words for people, never one taken from a question.
_HOLDERS = frozenset(key(w) for w in (
    "borger borgeren ansøger ansøgeren barn barnet børn unge ung elev eleven deltager deltageren "
    "person personen pensionist pensionisten kvinde mand dreng pige patient patienten modtager "
    "modtageren lejer ansat kandidat kandidaten frivillig citizen applicant child pupil student "
    "participant").split())

_N = r"(\d{1,3})"
# 'en 16-årig', 'et 10 år gammelt barn', 'a 16-year-old', 'fylder 18 år', 'en borger på 40 år'
_ASKED = re.compile(rf"\b{_N}\s*-\s*årig\w*|\b{_N}\s+år\s+gam(?:mel|le|melt)\b|"
                    rf"\b{_N}[- ]years?[- ]old\b|\b(?:fylder|fyldt|aged?)\s+{_N}(?:\s+år)?\b|"
                    rf"\b([\wæøå]+)\s+(?:på|of)\s+{_N}\s+(?:år|years)\b(?!\s+(?:før|efter|siden|ad\s+gangen))|"
                    # an age itself judged too young or old: 'er 10 år for ungt til ...?', 'is 10 too young?'
                    rf"\b{_N}\s+(?:år\s+|years?\s+)?(?=(?:for\s+(?:ung|gammel)|too\s+(?:young|old))\w*\b)",
                    re.I)
# A sentence's bound on who may: (lowest age, highest age), either end open
_BOUNDS = (
    (re.compile(rf"\b(?:mellem|fra)\s+{_N}\s+(?:og|til)\s+{_N}\s+år\b", re.I), lambda a, b: (a, b)),
    (re.compile(rf"\b(?:between|from)\s+{_N}\s+(?:and|to)\s+{_N}\s+years\b", re.I), lambda a, b: (a, b)),
    (re.compile(rf"\bfyldt\s+{_N}\s+år\b|\b(?:at\s+least|mindst)\s+{_N}\s+(?:år|years)\s+(?:gam|old)|"
                rf"\b{_N}\s+(?:år|years)\s+(?:eller|or)\s+(?:ældre|derover|older|over)\b", re.I),
     lambda *n: (next(x for x in n if x is not None), None)),
    # the lowest age alone: 'Alder: fra 14 år sammen med en voksen', 'Mindstealder: 10 år' (never a time
    # from then: 'fra 2 år efter')
    (re.compile(rf"\bfra\s+{_N}\s+år\b(?!\s+(?:og|til|efter|før|siden|frem)\b)(?!\s*-)|"
                rf"\b(?:mindstealder\w*|minimumsalder\w*|aldersgrænse\w*)\s*:?\s*(?:er\s+)?(?:på\s+)?{_N}\s+år\b",
                re.I),
     lambda *n: (next(x for x in n if x is not None), None)),
    # only as what one must be: 'Børn under 15 år skal have samtykke' says who needs it, not who may
    (re.compile(rf"\b(?:være|be)\s+(?:under|yngre\s+end|younger\s+than)\s+{_N}\s+(?:år|years)\b", re.I),
     lambda n: (None, n - 1)),
    (re.compile(rf"\b(?:være|be)\s+(?:over|ældre\s+end|older\s+than)\s+{_N}\s+(?:år|years)\b", re.I),
     lambda n: (n + 1, None)),
)


def _holder(word: str) -> bool:
    """A word for a person ('borger', 'instruktør', 'medarbejder'), who may have an age."""
    low = word.casefold()
    return names_role(low) or low.endswith(ROLE_ENDINGS) or key(low) in _HOLDERS


# an age written in a word, one with 'årig': 'en seksårig', 'et tiårigt barn'
_AGE_WORDS = {w: n for n, w in enumerate(("et to tre fire fem seks syv otte ni ti elleve tolv tretten "
                                          "fjorten femten seksten sytten atten nitten tyve").split(), 1)}
_ASKED_WORD = re.compile(r"\b(" + "|".join(_AGE_WORDS) + r")årig\w*", re.I)


def asked_age(question: str) -> int | None:
    """The one age the question gives a person, or None."""
    ages = {_AGE_WORDS[m.group(1).casefold()] for m in _ASKED_WORD.finditer(question)}
    for m in _ASKED.finditer(question):
        if m.group(5) is not None:
            if not _holder(m.group(5)):
                continue  # 'en aftale på 3 år' gives no one an age
            ages.add(int(m.group(6)))
        else:
            ages.add(int(next(g for g in (*m.groups()[:4], m.group(7)) if g is not None)))
    return ages.pop() if len(ages) == 1 else None


# the question's frame: whether the one is too young or too old ('er en tiårig for ung til ...?', 'too old
# to ...?'), which asks whether the bound denies it, the opposite of whether it may ('gammel nok' asks that)
_TOO = re.compile(r"\b(?:for|too)\s+(?P<side>ung|unge|ungt|young|gammel|gamle|gammelt|old)\b", re.I)


def asked_too(question: str) -> str | None:
    """'young' when the question asks whether one is too young ('for ung'), 'old' when too old, or None."""
    sides = {"young" if m.group("side").casefold().startswith(("ung", "young")) else "old"
             for m in _TOO.finditer(question)}
    return sides.pop() if len(sides) == 1 else None


def too_far(age: int, bound: tuple[int | None, int | None], side: str) -> bool:
    """Whether the age lies past the bound on the side asked: under its least age ('young') or over its
    greatest ('old')."""
    low, high = bound
    if side == "young":
        return low is not None and age < low
    return high is not None and age > high


def too_positions(q) -> set[int]:
    """The question's words of its frame ('for ung', 'too old'), when it has one."""
    if asked_too(q.text) is None:
        return set()
    pairs = zip(q.tokens, q.tokens[1:], strict=False)
    return {p for a, b in pairs if _TOO.fullmatch(f"{a.surface} {b.surface}") for p in (a.pos, b.pos)}


# 'børn under 10 år', 'unge under 18 år': a group younger than an age, not one age
_UNDER = re.compile(rf"\b([\wæøå]+)\s+(?:under|yngre\s+end)\s+{_N}\s+år\b", re.I)
# 'alene', 'uden en voksen': the asked one is without company, which a bound never allows for the too young
# (never 'selv': 'kan en borger selv søge?' asks of no company)
_ALONE = frozenset(key(w) for w in ("alene", "alone", "uledsaget", "uledsagede"))


def asked_under(question: str) -> int | None:
    """The age a group the question asks of is under ('må børn under 10 år ...?': 10), or None."""
    ages = {int(m.group(2)) for m in _UNDER.finditer(question) if _holder(m.group(1))}
    return ages.pop() if len(ages) == 1 else None


def denied_under(said: str) -> int | None:
    """The age under which a sentence denies a group the deed ('Sandpladser uden afspærring kan ikke bookes
    til børn under 12 år', 'Børn under 8 år må ikke deltage': 12, 8), or None: a group under an age in a
    sentence that denies (a bound that allows, 'fra 12 år', is age_bound's)."""
    if not DENIED.search(said):
        return None
    ages = {int(m.group(2)) for m in _UNDER.finditer(said) if _holder(m.group(1))}
    return ages.pop() if len(ages) == 1 else None


def under_positions(q, age: int) -> set[int]:
    """The question's words that give the group's age ('børn under 10 år')."""
    words = {key(m.group(1).casefold()) for m in _UNDER.finditer(q.text)} | {"under", "yngre", "end", "år"}
    return {t.pos for t in q.tokens if key(t.surface.casefold()) in words or t.surface == str(age)}


def alone_positions(q) -> set[int]:
    """The question's words that ask of one without company ('alene'): an age below the bound denies it
    with or without company."""
    return {t.pos for t in q.tokens if key(t.surface.casefold()) in _ALONE}


# a price or discount tier, never who may: 'får rabat', 'betaler halv pris', '40 kr.', 'gratis for børn'
_PRICE = re.compile(r"\b(?:kr|rabat\w*|pris\w*|betale\w*|gratis|entr[ée]\w*|gebyr\w*|billet\w*)\b", re.I)


def _clause(said: str, m) -> str:
    """The sentence part the match stands in, between the marks around it."""
    start = max(said.rfind(c, 0, m.start()) for c in ".;:") + 1
    ends = [i for i in (said.find(c, m.end()) for c in ".;") if i >= 0]
    return said[start:min(ends) if ends else len(said)]


def age_bound(said: str) -> tuple[int | None, int | None] | None:
    """The ages a sentence allows, or None when it states no age bound or more than one."""
    found = []
    for pattern, bound in _BOUNDS:
        for m in pattern.finditer(said):
            if pattern is _BOUNDS[3][0] and m.group(1) is not None and _PRICE.search(_clause(said, m)):
                continue  # 'Pensionister fra 65 år får rabat', 'Entré: 40 kr. for voksne fra 18 år': a price
            numbers = [int(g) for g in m.groups() if g is not None]
            found.append((m.start(), bound(*numbers)))
    if not found:
        return None
    # one bound may be said twice; two different bounds leave it open
    bounds = {b for _, b in found}
    return bounds.pop() if len(bounds) == 1 else None


def within(age: int, bound: tuple[int | None, int | None]) -> bool:
    low, high = bound
    return (low is None or age >= low) and (high is None or age <= high)


def age_positions(q, age: int) -> set[int]:
    """The question's words that give the age (its `asked_age`): the number, 'årig', 'år', 'gammel',
    'fylder', and the one it is the age of ('en borger på 40 år': whoever the sentence bounds, the asker
    means)."""
    words = {"år", "årig", "årige", "gammel", "gamle", "gammelt", "fylder", "fyldt", "year", "years",
             "old", "aged", "age"}
    holders = {key(m.group(5).casefold()) for m in _ASKED.finditer(q.text) if m.group(5)}
    return {t.pos for t in q.tokens if t.surface.casefold() in words or t.surface == str(age)
            or key(t.surface.casefold()) in holders or _ASKED_WORD.fullmatch(t.surface)}
