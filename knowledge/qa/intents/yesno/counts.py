"""Counts: what the text counts and how many, against the number the question puts forward."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, is_stop, key
from knowledge.qa.agents import same_thing
from knowledge.qa.intents.yesno.words import _AT_MOST, _COMPARED, _DEMANDED, _MODALS, _NUMBERS, YES_THRESHOLD
from knowledge.units import SINGULAR, unit_of, unit_pattern

_COUNTED = re.compile(r"\b(?:(højst|maks\w*|op til|ikke mere end|mindst|minimum|at most|up to|at least)\s+"
                      r"(?:[a-zæøå]{3,}\s+)?)?"
                      r"(\d{1,3}(?:\.\d{3})+|\d+|flere|several|multiple|" + "|".join(_NUMBERS)
                      + r"|(?:en|et|one)(?=\s+(?:"  # "en måneds varsel": the genitive too
                      + unit_pattern("day week month year hour", forms=(SINGULAR,)) + r")s?\b))"
                      r"\s+([a-zæøå-]{3,}|år\b|km\b)", re.I)  # ('8 km' is counted as '8 meter' is)
_SEVERAL = ("flere", "several", "multiple")


def _counts(said: str, *, attributive: bool = False) -> dict[str, tuple[int, str]]:
    """'to testbrugere og højst fem produktionsbrugere' -> {testbruger: (2, ''), produktionsbruger:
    (5, 'højst')}"""
    out = {}
    for noun, n, bound, _, attributed in _each_count(said, attributive=attributive):
        if attributed:
            out.setdefault(noun, (n, bound))  # '30 overførte kort': kort counted
        else:
            out[noun] = (n, bound)
    return out


def _each_count(said: str, *, attributive: bool = False):
    """Every count of the text in order, as (noun, n, bound, start, whether the noun follows the counted
    adjective)."""
    for m in _COUNTED.finditer(said):
        before = said[:m.start()].split()
        # (a bound between the name and the number makes it a count: 'til Vognløb mindst 14 dage')
        if is_stop(m.group(3).casefold()) or (before and before[-1][:1].isupper() and m.group(2)[:1].isdigit()
                                              and not m.group(1) and not before[-1].endswith(":")
                                              and before[-1].casefold() not in _MODALS | _OPENERS):
            continue  # 'Context Handler 2 fra nu af': a version, not a count ('Stedfortræder: 1 person' is)
        if before and before[-1].casefold() in ("opgave", "opgaven", "task", "trin", "step", "bølge", "wave"):
            continue  # 'er task 611 infrastruktur ...': a task's number, not a count
        digits = m.group(2).replace(".", "")  # '5.000 rækker'
        n = int(digits) if digits.isdigit() else _NUMBERS.get(m.group(2).casefold(), 1)
        bound = (m.group(1) or "").casefold()
        if m.group(2).casefold() in _SEVERAL:
            n, bound = 2, "flere"  # 'flere gange': more than once
        yield key(m.group(3).casefold()), n, bound, m.start(), False
        noun = _NOUN_AFTER.match(said, m.end()) if attributive and _ATTRIBUTIVE.search(m.group(3)) else None
        if noun and not is_stop(noun.group(1).casefold()):
            yield key(noun.group(1).casefold()), n, bound, m.start(), True


# An adjective or participle before the counted noun: 'overførte', 'godkendte', 'nye', 'faste', 'digitale'
_ATTRIBUTIVE = re.compile(r"(?:[^e]te|[^e]de|ede|nye|ige|iske|ske|lige|ale|ile|ære|ste)$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-zæøå][a-zæøå-]{2,})\b")

stated_counts = _counts

# A question's first word before its count: 'Må 50 medarbejdere ...?', 'Er 12 deltagere nok?' (no name)
_OPENERS = frozenset("er må kan skal har får bliver is are can may must do does".split())


def counted_as(noun: str, counts: dict) -> str | None:
    """The text's counted noun that is the question's: the same, or a compound with it as its head
    ('to distrikter' - 'mindst tre hjemmeplejedistrikter')."""
    if noun in counts:
        return noun
    return next((c for c in counts if len(noun) >= 4 and c.endswith(noun)), None)


# A question of what must be done: 'Skal ...?', 'Must ...?', 'Do we have to ...?'
_MUST_ASKED = re.compile(r"^\W*(?:skal|must|shall|(?:do|does)\s+\w+\s+(?:have|need)\s+to)\b", re.I)


def other_count(question: str, said: str) -> bool:
    """Whether the text counts what the question counts and gives another number (a 'højst fem' allows
    four, a 'mindst tre' allows four)."""
    text_counts = _counts(said)
    for noun, (asked, asked_bound) in _counts(question).items():
        if (noun := counted_as(noun, text_counts)) is None:
            continue
        n, bound = text_counts[noun]
        if (own := _count_of_claim(question, said, noun)) is not None and own[0] == asked:
            n, bound = own  # the count said of the question's own words, not the sentence's last
        if asked_bound == "flere":  # 'flere gange?' holds for 'to gange', 'højst tre', not for 'én gang'
            ok = n >= 2
        elif asked_bound and bound and _MUST_ASKED.match(question) and _DEMANDED.search(said):
            # 'skal lodsejerne varsles mindst 7 dage før?' - 'skal varsles mindst 14 dage før': the rule
            # asked is another rule (7 days' notice would break it), whichever way the numbers lie
            ok = n == asked and bound.startswith(_AT_MOST) == asked_bound.startswith(_AT_MOST)
        elif asked_bound:  # 'mindst fem' holds for 'otte' and 'mindst seks', 'højst fem' for 'tre'
            ok = n <= asked if asked_bound.startswith(_AT_MOST) else n >= asked
            ok = ok and (not bound or bound.startswith(_AT_MOST) == asked_bound.startswith(_AT_MOST))
        else:
            ok = asked <= n if bound.startswith(_AT_MOST) else asked >= n if bound else asked == n
        if not ok:
            return True
    return False


def _count_of_claim(question: str, said: str, noun: str) -> tuple[int, str] | None:
    """Of a sentence that counts the noun more than once ('Kontrakten løber i 4 år med mulighed for
    forlængelse i 2 år'), the count whose words before it (back to the count before) share the most
    words with the question; None when it counts the noun once, or no count's words stand out. (Only a
    count that agrees with the question's is taken from it: words after a count may be its own too, '...
    og kan derefter opsiges med tre måneders varsel'.)"""
    found = [(n, bound, start) for k, n, bound, start, _ in _each_count(said) if k == noun]
    if len({(n, bound) for n, bound, _ in found}) < 2:
        return None
    asked = content_keys(question) - {noun} - set(_NUMBERS)
    ends = [0] + [start for _, _, start in found[:-1]]
    shared = [sum(same_thing(k, content_keys(said[end:start])) for k in asked)
              for end, (_, _, start) in zip(ends, found, strict=True)]
    best = max(shared)
    if best == 0 or shared.count(best) > 1:
        return None
    n, bound, _ = found[shared.index(best)]
    return n, bound


# A group a sentence bounds by a number in a relative or 'med' phrase: 'Brønde, der forsyner færre end 10
# husstande, ...', 'Kommuner med over 20 vandværker ...', 'Vandværker, der leverer mere end 17.000 m³ ...'
# (right after 'med': 'aftalen med leverandøren over 3 år' bounds no group)
_GROUP_BOUND = re.compile(r"\b(?:(?:der|som|that|who|which)\s+(?:[\wæøå-]+\s+){0,3}?|(?:med|with)\s+)"
                          r"(?P<dir>færre\s+end|mindre\s+end|flere\s+end|mere\s+end|ældre\s+end|yngre\s+end|"
                          r"nyere\s+end|over|under|op\s+til|højst|mindst|fewer\s+than|less\s+than|more\s+than|"
                          r"older\s+than|younger\s+than|newer\s+than|up\s+to|at\s+most|at\s+least)\s+"
                          r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s*(?P<unit>[^\s,.;:?!()]+)", re.I)
_ASKED_BOUND = re.compile(_GROUP_BOUND.pattern.replace(
    r"(?:(?:der|som|that|who|which)\s+(?:[\wæøå-]+\s+){0,3}?|(?:med|with)\s+)", r"(?:|(?<=\w\s))", 1), re.I)
_A_NUMBER = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s*(?P<unit>[^\s,.;:?!()]+)")
# an age bounds a group as an amount does: 'hjælpemidler, der er ældre end 2 år' are those over 2 years
_BELOW = ("færre", "mindre", "under", "fewer", "less", "yngre", "nyere", "younger", "newer")
_UP_TO = ("op", "højst", "up", "at most")
_ABOVE = ("flere", "mere", "over", "more", "ældre", "older")


def _in_group(question: str, said: str) -> bool | None:
    """Whether the number the question gives a thing ('et vandværk, der leverer 5.000 m³') falls inside the
    group the sentence bounds by a number of the same thing ('mere end 17.000 m³'); None when the sentence
    bounds no group by it or the question asks with a bound of its own ('flere end 20?')."""
    bounds = [(m.group("dir").casefold(), int(m.group("n").replace(".", "")), m.group("unit").casefold())
              for m in _GROUP_BOUND.finditer(said)]
    if not bounds:
        return None
    # ('bookinger ældre end 2 år?' bounds its group as the sentence's relative clause does)
    asked = [(m.group("dir").casefold(), int(m.group("n").replace(".", "")), m.group("unit").casefold())
             for m in _ASKED_BOUND.finditer(question)]
    if asked:  # 'kan foreninger med under 25 medlemmer ...?' asks of the very group the sentence bounds
        return True if all(a in bounds for a in asked) else None
    units = {key(unit) for _, _, unit in bounds}
    # ('flere end 20?' asks with a bound of its own; 'mindst to standere' for a kommune med 60.000
    # indbyggere bounds another thing than the group's)
    if _COMPARED.search(question) or any(bound and noun in units
                                         for noun, (_, bound) in _counts(question).items()):
        return None
    for m in _A_NUMBER.finditer(question):
        n, unit = int(m.group("n").replace(".", "")), m.group("unit").casefold()
        for direction, limit, said_unit in bounds:
            if unit != said_unit and not (content_keys(unit) & content_keys(said_unit)):
                continue
            if direction.startswith(_BELOW):
                return n < limit
            if direction.startswith(_UP_TO):
                return n <= limit
            return n > limit if direction.startswith(_ABOVE) else n >= limit
    return None


def _counted_in_group(question: str, said: str) -> bool | None:
    """Inside the group a sentence bounds ('Kommuner med over 50.000 indbyggere skal have mindst to
    standere'), whether the question counts what the group must have as the sentence does: False for
    another count ('én stander' for a kommune med 60.000 indbyggere), None when it counts another thing."""
    inner_q, inner_s = _without_group(question, said), _GROUP_BOUND.sub(" ", said)
    if other_count(inner_q, inner_s):
        return False
    return None if _counted_otherwise(inner_q, inner_s) else True


def _without_group(question: str, said: str) -> str:
    """The question without the numbers of the things the sentence bounds its group by ('en kommune med
    60.000 indbyggere' for 'Kommuner med over 50.000 indbyggere ...')."""
    units = {m.group("unit").casefold() for m in _GROUP_BOUND.finditer(said)}
    return _A_NUMBER.sub(lambda m: " " if m.group("unit").casefold() in units else m.group(0),
                         _GROUP_BOUND.sub(" ", question))


def claim_said(q, said: str, handled: set[int]) -> bool:
    """Whether the sentence itself (not the passages around it) says the question's words besides those
    `handled` (the number, the task's naming): a Nej read off another number holds only then, as a Ja
    must ('udpeg mindst 2 og højst 8 tilsynskonsulenter' denies no 'skal mindst én tilsynskonsulent have
    en sundhedsfaglig uddannelse?')."""
    keys = content_keys(said)
    own = handled | {t.pos for t in q.content() if any(k in keys or same_thing(k, keys) for k in t.keys)}
    return q.coverage(own) >= YES_THRESHOLD


def _counted_otherwise(question: str, said: str) -> bool:
    """Whether the question counts a thing and the text counts only others: a 'Ja' would rest on words,
    not on the numbers asked about."""
    asked, counted = _counts(question), _counts(said, attributive=True)
    # 'tre superbrugere' is not settled by 'de tre kursusdage', whatever the numbers
    return bool(asked and counted and not any(same_thing(a, set(counted)) for a in asked))


# A whole against each one: 'for hele kommunen', 'i alt', 'in total' - 'pr. svømmehal', 'per user'
_WHOLE = re.compile(r"\b(?:for|til|i|in|for\s+the)\s+(?:hele|alle|whole|all)\s+(?P<noun>[\wæøå-]{3,})|"
                    r"\b(?:i\s+alt|samlet|in\s+total|altogether)\b", re.I)
_PER = re.compile(r"\b(?:pr\.?|per|for\s+hver[t]?|each)\s+(?P<noun>[\wæøå-]{3,})", re.I)


def _per_one_not_whole(question: str, said: str) -> bool:
    """Whether the question asks of a whole ('6.000 kr. om året for hele kommunen?') what the sentence
    says of each one of another thing ('6.000 kr. pr. svømmehal om året')."""
    whole, per = _WHOLE.search(question), _PER.search(said)
    if whole is None or per is None or _PER.search(question):
        return False
    noun = whole.group("noun")
    return not (noun and any(same_thing(k, content_keys(per.group("noun"))) for k in content_keys(noun)))


# A count for each span of time: 'pr. uge', 'om måneden', 'per year', 'a week'
_PER_SPAN = re.compile(r"\b(?:pr\.?|per|om|a|each)\s+([a-zæøå]+)", re.I)


def _spans(text: str) -> set[str]:
    """The units of time a text counts each span of ('pr. uge' -> {'week'})."""
    return {unit.name for m in _PER_SPAN.finditer(text) if (unit := unit_of(m.group(1).casefold()))}


def other_span(question: str, said: str) -> bool:
    """Whether the sentence bounds a count for each span of one unit of time and the question asks of
    another ('3 bookinger om måneden?' - 'højst 2 bookinger pr. borger pr. uge'): the most in a week says
    nothing of a month. (An exact count, 'fire gange om året', still compares with 'to gange om måneden'.)
    A bound for no span of time at all ('højst 2 seler pr. lån', 'højst 3 instrumenter pr. familie') says how
    many at a time, nothing of how many over a year: the question's 'om året' is another span too."""
    asked, told = _spans(question), _spans(said)
    # (a bound for no span and no one thing, 'højst 3 gange', is the most in all: it bounds a year too)
    return bool(asked) and not asked & told and any(b in said.casefold() for b in _AT_MOST) and \
        (bool(told) or _PER_ONE.search(said) is not None)


# a bound of each one thing or each time ('pr. lån', 'per familie', 'for hver tur', 'ad gangen')
_PER_ONE = re.compile(r"\b(?:pr\.|per|for\s+hver[t]?|ad\s+gangen|om\s+gangen|at\s+a\s+time)(?=\s|$)", re.I)
