"""The values a yes/no question puts forward and a task sentence states, by kind: a week ('uge 36'), a
date ('1. april'), a year, a clock time, how often ('dagligt', 'hver måned') and a duration ('to uger',
'fem arbejdsdage'), so 'skal testen ske i uge 40?' is settled by 'Testen gennemføres i uge 36'."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.dates import MONTHS_DA, MONTHS_EN
from knowledge.fold import content_keys
from knowledge.lexicon import number_words, ordinal_words
from knowledge.qa.earliest import before_earliest
from knowledge.units import length_pattern, unit_of, unit_pattern

# Number words, Danish and English, as values ('fem arbejdsdage'); yesno counts with them too
NUMBER_WORDS = number_words(0, 12)
_MONTH = {m.casefold(): i + 1 for i, m in enumerate(MONTHS_DA)} | {m.casefold(): i + 1
                                                                   for i, m in enumerate(MONTHS_EN)}
_WEEK = re.compile(r"\b(?:uge|week)\s+(\d{1,2})\b", re.I)
# A month named after a preposition, without a day ('pløjes i marts', 'in April'); not 'may', a modal
_IN_MONTH = re.compile(r"\b(?:i|in|during|om|fra|til|from|until|by)\s+("
                       + "|".join(m for m in _MONTH if m != "may") + r")\b", re.I)
_DATE = re.compile(r"\b(\d{1,2})\.?\s+(" + "|".join(_MONTH) + r")\b", re.I)
_YEAR = re.compile(r"(?<![\d.,])\b((?:19|20)\d{2})\b(?![\d,]|[.,]\d)")
_CLOCK = re.compile(r"\b(?:kl\.?|klokken|at)\s*(\d{1,2})(?:[.:](\d{2}))?\b", re.I)
# How often, as one value: 1 day, 7 a week, 30 a month, 91 a quarter, 365 a year
# (compiled here, not per call: every answer's text is read for them)
_OFTEN = tuple((days, re.compile(r"\b(?:" + pattern + r")\b", re.I)) for days, pattern in (
    (1, r"daglig\w*|hver\s+dag|dagligt|daily|every\s+day"),
    (7, r"ugentlig\w*|hver\s+uge|weekly|every\s+week"),
    (30, r"månedlig\w*|hver\s+måned|monthly|every\s+month"),
    (91, r"kvartalsvis\w*|hvert\s+kvartal|quarterly|every\s+quarter"),
    (365, r"årlig\w*|hvert\s+år|yearly|annually|every\s+year")))
# How often, every so many: 'hvert tredje år', 'hver anden uge', 'every second month'
_NTH = {**ordinal_words(2, 6, english=True), "other": 2}
_UNIT_DAYS = {"dag": 1, "day": 1, "uge": 7, "week": 7, "måned": 30, "month": 30, "kvartal": 91, "quarter": 91,
              "år": 365, "year": 365}
_EVERY_NTH = re.compile(r"\b(?:hver|hvert|every)\s+(" + "|".join(_NTH) + r"|\d{1,2}\.)\s+("
                        + "|".join(_UNIT_DAYS) + r")\b", re.I)
# A length: a number and a unit of knowledge/units.py ('fem arbejdsdage', '2 weeks', '20 minutter'), read
# in days; an hour or a minute counted by a word for one is no length ('en time' is also an appointment);
# 'whole' before a week or a month changes no length ('i en hel uge', 'to hele måneder', 'for a full week';
# not 'en hel dag', which says all day rather than how many hours)
_WHOLE = r"(?:(?:hel[et]?|whole|full|entire)\s+(?=(?:" + unit_pattern("week month") + r")\b))?"
_DURATION = re.compile(r"\b(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+" + _WHOLE + r"("
                       + unit_pattern("working_day day week month") + r")\b|"
                       r"\b(\d{1,3}|" + "|".join(w for w, n in NUMBER_WORDS.items() if n != 1) + r")\s+("
                       + unit_pattern("hour minute") + r")\b", re.I)


# Days of the week: 'mandag', 'tirsdage og torsdage', 'mandag til fredag', 'hverdage', 'i weekenden',
# 'alle ugens dage' (0 is Monday); 'on Saturdays' too
DAY_NAMES = {"mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
             "sunday": 6}
_DAY = r"(" + "|".join(DAY_NAMES) + r")(?:e|en|s)?"
_DAY_RANGE = re.compile(rf"\b{_DAY}\s*(?:til|[-–]|to|through)\s*{_DAY}\b", re.I)
_DAY_NAME = re.compile(rf"\b{_DAY}\b", re.I)
_DAY_GROUPS = ((frozenset(range(7)), re.compile(r"\b(alle ugens (?:syv )?dage|alle dage|hele ugen|"
                                                  r"(?:syv|7) dage om ugen|every day of the week|all week)\b",
                                                  re.I)),
               (frozenset(range(5)), re.compile(r"\b(hverdage?n?e?|weekdays?|working days?)\b", re.I)),
               (frozenset({5, 6}), re.compile(r"\b(weekend\w*)\b", re.I)))


def _weekdays(text: str) -> set[int]:
    """The days of the week the text names, a range ('mandag til fredag') as every day in it."""
    days: set[int] = set()
    text = _DURATION.sub(" ", text)  # 'inden for 5 hverdage' is a length, no days of the week
    for m in _DAY_RANGE.finditer(text):
        first, last = DAY_NAMES[m.group(1).casefold()], DAY_NAMES[m.group(2).casefold()]
        days |= set(range(first, last + 1)) if first <= last else set()
    text = _DAY_RANGE.sub(" ", text)
    days |= {DAY_NAMES[m.group(1).casefold()] for m in _DAY_NAME.finditer(text)}
    for group, pattern in _DAY_GROUPS:
        if pattern.search(text):
            days |= group
    return days


# A share: '50 %', '25 procent', '10 pct.'
_PERCENT = re.compile(r"\b(\d{1,3}(?:,\d+)?)\s*(?:%|procent\b|pct\b\.?|per ?cent\b)", re.I)


# An amount of money: '45.000 kr.', '1.500 kroner', 'DKK 250'
# (thousands apart by a point or, written in English, a comma: '18,000 kr.'; a Danish decimal comma has no
# three decimals)
_AMOUNT = re.compile(r"\b(?:(?:dkk|kr\.?)\s*(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+)|"
                     r"(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+)(?:,\d+|,-)?\s*(?:kr\b\.?|kroner\b|dkk\b))", re.I)


# Whether a price includes VAT: 'inkl. moms', 'med moms' (True) against 'ekskl. moms', 'uden moms', 'plus
# moms' (False)
_VAT = ((True, re.compile(r"\b(?:inkl\.?|inklusive?|incl\.?|including|inclusive\s+of|med)\s+(?:moms|vat)\b|"
                          r"\bmoms\s+(?:er\s+)?(?:inkluderet|indregnet|included)\b", re.I)),
        (False, re.compile(r"\b(?:ekskl\.?|eksklusive?|excl\.?|excluding|exclusive\s+of|uden|plus|tillagt|"
                           r"ex\.?)\s+(?:moms|vat)\b|\+\s*moms\b", re.I)))


def _languages() -> dict[str, int]:
    """Each name of a language (languages.txt), Danish or English, -> the language's line number."""
    out: dict[str, int] = {}
    lines = Path(__file__).with_name("languages.txt").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            out.update({w.strip().casefold(): n for w in line.split(",") if w.strip()})
    return out


_LANGUAGE = _languages()
_LANG_NAME = "|".join(sorted(map(re.escape, _LANGUAGE), key=len, reverse=True))
# The languages a thing is in: 'på dansk og engelsk', 'kun på dansk', 'in English', 'oversat til arabisk'
_IN_LANGUAGE = re.compile(rf"\b(?:på|in|into|til)\s+(?:både\s+|both\s+)?((?:{_LANG_NAME})"
                          rf"(?:\s*(?:,|og|eller|and|or)\s*(?:{_LANG_NAME}))*)\b", re.I)


# How a paper is signed or sent: on paper against digitally ('på papir' - 'kun digitalt med MitID Erhverv')
_MEANS = (("paper", re.compile(r"\bpå\s+papir\b|\bpapirform\w*|\bfysisk\s+underskr\w*|\bpå\s+print\b|"
                               r"\bon\s+paper\b|\bin\s+paper\s+form\b|\bby\s+hand\b", re.I)),
          ("digital", re.compile(r"\bdigitalt\b|\belektronisk(?:t)?\b|\bMitID\b|\bNemID\b|\bdigitally\b|"
                                 r"\belectronically\b|\be-?signatur\w*|\bdigital\s+signatur\w*", re.I)))
# The way a thing is sent, written after the word that makes it one ('via Digital Post', 'med almindelig
# post'): another one in the sentence about the same thing is a 'Nej' ('sendes gavekortene med Digital
# Post?' - 'Gavekortet sendes med almindelig post'). (A file format, 'som en CSV-fil', cost a held-out
# answer as a value: a task names a format without 'som' as often as with it.)
_BY = r"\b(?:via|med|gennem|over|pr\.?|per|by|through|using|with)\s+(?:en\s+|et\s+|a\s+|an\s+)?"
_CHANNELS = (("digital_post", re.compile(_BY + r"(?:digital\s+post|e-?boks)\b", re.I)),
             ("post", re.compile(_BY + r"(?:(?:almindelig|fysisk|ordinary|regular)\s+post(?:en)?|posten|brev|"
                                 r"snail\s*mail|post)\b", re.I)),
             ("secure_mail", re.compile(_BY + r"(?:sikker|krypteret|secure|encrypted)\s+(?:e-?)?mail\b",
                                        re.I)),
             ("mail", re.compile(_BY + r"(?:almindelig\s+|normal\s+|ordinary\s+)?(?:e-?)?mail\b", re.I)),
             ("serviceplatformen", re.compile(_BY + r"serviceplatform\w*", re.I)),
             ("sftp", re.compile(_BY + r"s?ftp\b", re.I)))
_ONLY_MEANS = re.compile(r"\b(?:kun|alene|udelukkende|only|solely)\b", re.I)


# Which side of go-live: 'før go-live', 'senest 30 dage efter idriftsættelsen', 'before go-live'
_SIDE = re.compile(r"\b(før|inden|efter|before|after|prior\s+to)\s+(?:the\s+)?(go-?live|idriftsættelse\w*)\b",
                   re.I)


def stated(text: str) -> dict[str, set]:
    """The values of each kind a text states."""
    out: dict[str, set] = {}
    _said_in_words(text, out)
    _said_of_the_calendar(text, out)
    for m in _AMOUNT.finditer(text):
        out.setdefault("amount", set()).add(int(re.sub(r"[.,]", "", m.group(1) or m.group(2))))
    _said_how_often(text, out)
    for m in _PERCENT.finditer(text):
        out.setdefault("percent", set()).add(float(m.group(1).replace(",", ".")))
    _said_lengths(text, out)
    _said_rates(text, out)
    return out


# The span of time a price is for: 'pr. måned', 'per kvartal', 'om året', 'per year' (read where a text
# states an amount or speaks of paying: 'betales Paddebogen pr. måned?' - '940 kr. pr. kvartal')
_RATE = re.compile(r"\b(?:(?:pr\.?|per)\s+(dag|uge|måned|kvartal|år|day|week|month|quarter|year)|"
                   r"om\s+(dag|uge|måned|kvartal|år)(?:en|et)?)\b", re.I)
# the words of a thing paid ('gebyr', 'licens', 'fee')
_FEE_NOUN = (r"(?:betal|kost|pris|gebyr|afgift|kontingent|leje|licens|fee|charge|price|cost|payment|rent|"
             r"licen[cs]e)")


def _span_word(ending: str) -> str:
    """The adverb or adjective of a span of time, one group per kind ('månedligt', 'kvartalsvis', 'monthly'),
    the Danish -lig with `ending`."""
    return rf"\b(?:(dag|uge|måned|år)lig{ending}|(kvartal)svis|(dai|week|month|quarter|year)ly)"


# an adverb of the span: 'betales månedligt', 'paid monthly' (an English 'per month' is read as the glossary's
# 'månedlig'); not an adjective of the thing paid ('det årlige gebyr', 'et årligt gebyr', 'a yearly fee')
_RATE_ADVERB = re.compile(_span_word("t?") + r"\b(?!\s+" + _FEE_NOUN + r"\w*)", re.I)
# the span an adjective gives the thing paid ('et årligt gebyr på 300 kr.', 'a monthly fee'): in a text the
# fee is paid so often, which answers a question asking another span ('betales gebyret månedligt?')
_FEE_SPAN = re.compile(_span_word("[te]?") + r"\s+" + _FEE_NOUN, re.I)


def _fee_rates(said: str) -> dict[str, set]:
    """The spans the text's adjectives give its fees, as how many of them make a year ({'rate': {1}})."""
    rates = {_per_year(m) for m in _FEE_SPAN.finditer(said)}
    return {"rate": rates} if rates else {}


_PAID = re.compile(r"\b(?:betal\w*|kost\w*|pris\w*|gebyr\w*|afregn\w*|fakturer\w*|pay\w*|paid|cost\w*|"
                   r"price\w*|fee\w*|charge\w*|billed|invoic\w*)\b", re.I)


_DAILY = {"dai": "day"}  # ('daily' is the one English adverb not made by adding '-ly' to its span)
_PER_YEAR = {"dag": 365, "day": 365, "uge": 52, "week": 52, "måned": 12, "month": 12, "kvartal": 4,
             "quarter": 4, "år": 1, "year": 1}


def _said_rates(text: str, out: dict[str, set]) -> None:
    """The spans of time a text's price is for (as how many of them make a year), added to `out`."""
    if "amount" not in out and not _PAID.search(text):
        return
    for m in (*_RATE.finditer(text), *_RATE_ADVERB.finditer(text)):
        out.setdefault("rate", set()).add(_per_year(m))


def _per_year(m: re.Match[str]) -> int:
    """How many of a matched span of time make a year ('månedligt', 'pr. måned': 12)."""
    span = next(g for g in m.groups() if g).casefold()
    return _PER_YEAR[_DAILY.get(span, span)]


def _rate_differs(asked: dict[str, set], have: dict[str, set]) -> bool | None:
    """Whether the price the sentence states is for another span of time than the question's ('pr.
    måned?' - '940 kr. pr. kvartal'; '3.000 kr. om året?' - '250 kr. pr. måned' is the same price); None
    when the spans agree and the question puts an amount too (which then settles it)."""
    if asked["rate"] & have["rate"]:
        return None if "amount" in asked else False
    if "amount" in asked and "amount" in have and len(have["rate"]) == 1:
        yearly = {a * n for a in have["amount"] for n in have["rate"]}
        return not any(a * n in yearly for a in asked["amount"] for n in asked["rate"])
    return True


def _said_in_words(text: str, out: dict[str, set]) -> None:
    """The side of go-live, languages, means, VAT and channels a text states, added to `out`."""
    for m in _SIDE.finditer(text):
        out.setdefault("side", set()).add(m.group(1).casefold().startswith(("efter", "after")))
    for m in _IN_LANGUAGE.finditer(text):
        out.setdefault("language", set()).update(
            _LANGUAGE[w.casefold()] for w in re.findall(_LANG_NAME, m.group(1), re.I))
    for means, pattern in _MEANS:
        if pattern.search(text):
            out.setdefault("means", set()).add(means)
    for included, pattern in _VAT:
        if pattern.search(text):
            out.setdefault("vat", set()).add(included)
    for channel, pattern in _CHANNELS:
        if pattern.search(text):
            out.setdefault("channel", set()).add(channel)


def _said_of_the_calendar(text: str, out: dict[str, set]) -> None:
    """The dates, weeks, months, years and clock times a text states, added to `out`."""
    dates = list(_DATE.finditer(text))
    for m in dates:
        out.setdefault("date", set()).add((int(m.group(1)), _MONTH[m.group(2).casefold()]))
    for m in _WEEK.finditer(text):
        out.setdefault("week", set()).add(int(m.group(1)))
    for m in _IN_MONTH.finditer(text):
        out.setdefault("month", set()).add(_MONTH[m.group(1).casefold()])
    for m in _YEAR.finditer(text):
        out.setdefault("year", set()).add(int(m.group(1)))
    for m in _CLOCK.finditer(text):
        if m.group(1).isdigit() and int(m.group(1)) <= 24:
            out.setdefault("clock", set()).add((int(m.group(1)), int(m.group(2) or 0)))


def _said_how_often(text: str, out: dict[str, set]) -> None:
    """How often (days apart) and on which weekdays a text says a thing happens, added to `out`."""
    for days, pattern in _OFTEN:
        if pattern.search(text):
            out.setdefault("often", set()).add(days)
    for m in _EVERY_NTH.finditer(text):  # 'hvert tredje år': three years apart
        nth, unit = m.group(1).casefold().rstrip("."), m.group(2).casefold()
        n = int(nth) if nth.isdigit() else _NTH[nth]
        out.setdefault("often", set()).add(n * _UNIT_DAYS[unit])
    if days := _weekdays(text):
        out["weekday"] = days


def _said_lengths(text: str, out: dict[str, set]) -> None:
    """The offsets from an event and the durations (in days) a text states, added to `out`."""
    for m in _ONE_UNIT_BEFORE.finditer(text):  # 'dagen før', 'ugen inden': one unit before or after
        out.setdefault("offset", set()).add(float(_ONE_UNIT[m.group(1).casefold()]))
    for m in _DURATION.finditer(text):
        number, unit = m.group(1) or m.group(3), m.group(2) or m.group(4)
        n = int(number) if number.isdigit() else NUMBER_WORDS[number.casefold()]
        # (to a minute's precision: '20 minutter' is not '30 minutter', though both are 0.0 days to one place)
        days = round(n * unit_of(unit).days, 4)
        # 'senest 30 dage før go-live' is when, 'varer tre dage' how long: only alike ones compare
        anchored = bool(_OFFSET.match(text, m.end()))
        kind = "offset" if anchored or _WITHIN.search(text[:m.start()]) else "duration"
        out.setdefault(kind, set()).add(days)
        if kind == "offset" and not anchored:
            # 'reagere inden for 4 timer': a deadline from no named event, so also the length allowed
            out.setdefault("duration", set()).add(days)
        if kind == "offset" and _FOR_A_SPAN.search(text[:m.start()]):
            # 'registrere i mindst fire uger før go-live': a stretch that ends before go-live, so a length too
            out.setdefault("duration", set()).add(days)
        if _ALLOWS.match(text, m.end()) or (_AFTER.match(text, m.end()) and _WITHIN.search(text[:m.start()])):
            # 'har vi 60 dage til at registrere?' - 'inden for 30 dage efter opsætningen': time given to do it
            out.setdefault("allowed", set()).add(days)


def compared(question: str, said: str) -> tuple[bool, str] | None:
    """(True, kind) when the sentence states the value the question puts forward, (False, kind) when it
    states only another value of that kind, None when it states none of the kinds the question asks."""
    if (early := before_earliest(question, said)) is not None:
        return not early, "offset"  # 'ved go-live?' - 'tidligst 30 dage efter go-live': too early
    asked, have = stated(question), stated(said)
    if (beyond := past_date_bound(question, said)) is not None:
        return (False, "date") if beyond else None  # 'efter 1. september?' - 'Sidste udlånsdag: 1. september'
    if "month" in asked and (within := month_in_period(question, said)) is not None:
        return within, "month"  # 'i april?' - 'i perioden 15. juni til 31. oktober'
    if "vat" in asked and "vat" in have and not asked["vat"] & have["vat"]:
        return False, "vat"  # 'er de 12.500 kr. inkl. moms?' - '12.500 kr. ekskl. moms': the amount is not it
    if "rate" in asked and "rate" not in have:
        have = {**have, **_fee_rates(said)}  # 'betales gebyret månedligt?' - 'et årligt gebyr på 300 kr.'
    if "rate" in asked and "rate" in have and (differs := _rate_differs(asked, have)) is not None:
        return not differs, "rate"
    for kind in ("amount", "date", "month", "week", "clock", "often", "weekday", "percent", "year", "offset",
                 "duration", "allowed", "side", "vat", "language", "means", "channel"):
        if kind not in asked or kind not in have:
            continue
        if kind == "allowed" and (_bound_in(question) or not _allowed_deed_said(question, said)):
            continue  # 'har vi 10 dage til at gennemføre kurset?' - 'Certifikatet udstedes inden for 10 dage'
        if kind == "offset" and _ENOUGH.search(question) and (within := _in_time(question, said)) is not None:
            return within, kind
        if kind == "amount" and not _BOUND.search(question) and (bound := _AMOUNT_BOUND.search(said)):
            return _within_amount_bound(question, said, bound, asked[kind], have[kind]), kind
        if kind == "means" and not asked[kind] & have[kind] and not _ONLY_MEANS.search(said):
            continue  # 'kan den underskrives på papir?' - 'Den underskrives digitalt': papir not ruled out
        if kind == "weekday":  # 'er der åbent i weekenden?' - 'alle ugens dage': every day asked is one said
            return asked[kind] <= have[kind], kind
        if kind == "percent" and _SHARE_BOUND.search(question + " " + said):
            continue  # 'må ikke komme under 25 procent': a bound, not the share itself
        if kind == "duration" and not _BOUND.search(question) and len(have[kind]) == 1 and \
                (bound := _bound_in(said)):
            # 'gæsteadgang i 60 dage?' - 'gæsteadgang i op til 30 dage': within the one bound, or past it
            limit = next(iter(have[kind]))
            at_most = bound.group(1).casefold().startswith(_AT_MOST)
            within = all(v <= limit if at_most else v >= limit for v in asked[kind])
            if within and not _MAY_ASK.search(question):
                continue  # 'skal testen vare tre dage?' - 'højst fem dage': allowed, not demanded
            return within, kind
        if kind == "clock" and not asked[kind] & have[kind] and (spans := _clock_spans(said)):
            # 'står bommene åbne kl. 8?' - 'åbne fra kl. 7 til kl. 23': a time inside the stretch is in it
            return all(any(_within(t, low, high) for low, high in spans) for t in asked[kind]), kind
        if kind == "clock" and not asked[kind] & have[kind] and _before_latest(asked[kind], said):
            continue  # 'må standene være åbne kl. 17?' - 'må være åbne til kl. 18': earlier is no other time
        if kind in ("duration", "offset", "amount") and _bound_in(question + " " + said):
            continue  # 'højst fem dage', 'mindst to uger': a bound, which yesno's counts compare
        return bool(asked[kind] & have[kind]), kind
    if (measure := compared_measure(question, said)) is not None:
        return measure, "measure"  # 'må en isblok veje 150 kg?' - 'hver isblok vejer højst 120 kg'
    return None


# A date the question puts its deed after or before ('efter 1. september 2031', 'before 3 May'), and a date
# a sentence bounds on one side ('Sidste udlånsdag: 1. september 2031', 'senest den 3. maj', 'tidligst 3.
# maj', 'Første dag: ...'): a bound word, a few words or a colon, then the date
_ON_DATE = r"(?P<day>\d{1,2})\.?\s+(?P<month>" + "|".join(_MONTH) + r")\b(?:\s+(?P<year>(?:19|20)\d{2})\b)?"
_ASKED_SIDE = re.compile(r"\b(?P<side>efter|senere\s+end|after|later\s+than|før|inden|tidligere\s+end|before|"
                         r"earlier\s+than|prior\s+to)\s+(?:den\s+|the\s+)?" + _ON_DATE, re.I)
_DATE_BOUND = re.compile(r"\b(?P<bound>sidste|senest|til\s+og\s+med|indtil|last|latest|until|"
                         r"no\s+later\s+than|første|tidligst|fra\s+og\s+med|first|earliest|no\s+earlier\s+than)\b"
                         r"(?:\s+[\wæøå-]+){0,3}?\s*:?\s+(?:den\s+|the\s+)?" + _ON_DATE, re.I)
_AFTER_SIDE = ("efter", "senere", "after", "later")
_EARLIEST_BOUND = ("første", "tidligst", "fra", "first", "earliest", "no earlier")


_Day = tuple[int | None, int, int]  # (year or None, month, day): in the order dates compare


def _day(m: re.Match[str]) -> _Day:
    return (int(m.group("year")) if m.group("year") else None, _MONTH[m.group("month").casefold()],
            int(m.group("day")))


def _on_or_past(date: _Day, bound: _Day, *, after: bool) -> bool:
    """Whether a date is at or past the bound on the asked side (a year only one of them says is theirs)."""
    if date[0] is None or bound[0] is None:
        date, bound = date[1:], bound[1:]
    return date >= bound if after else date <= bound


def past_date_bound(question: str, said: str) -> bool | None:
    """For a question that puts its deed after (or before) a date, against a sentence that bounds a date on
    the other side (the last day, 'senest'; the first day, 'tidligst'): True when the asked side lies past
    the bound ('efter 1. september?' - 'Sidste udlånsdag: 1. september': none is left), False when it does
    not (the bound does not grant the deed on the days left, nor is the same date its answer); None when
    the question puts no such side or the sentence bounds no date against it."""
    asked = [(m.group("side").casefold().split()[0] in _AFTER_SIDE, _day(m))
             for m in _ASKED_SIDE.finditer(question)]
    if len(asked) != 1:
        return None
    after, date = asked[0]
    bounds = [_day(m) for m in _DATE_BOUND.finditer(said)
              if (not re.sub(r"\s+", " ", m.group("bound").casefold()).startswith(_EARLIEST_BOUND)) == after]
    if not bounds:
        return None  # (a latest date for 'før ...?', a plain date: read as before)
    return all(_on_or_past(date, bound, after=after) for bound in bounds)


def _within_amount_bound(question: str, said: str, bound: re.Match, asked: set, have: set) -> bool:
    """Whether the amounts asked are within the bound the sentence sets ('må et måltid koste 30 kr.?' - 'må
    højst koste 35 kr.'); the bound is the amount it stands before ('2,50 kr. pr. måned, dog mindst
    12.000 kr.': 12.000)."""
    bounded = stated(said[bound.start():bound.end() + 24]).get("amount") or have
    if _NAMES_BOUND.search(question):  # 'er mindsteprisen 10.000 kr.?' asks for the bound itself
        return bool(asked & bounded)
    if asked & (have - bounded):
        return True  # '3,75 kr. pr. km?' - '3,75 kr. pr. km, dog mindst 30 kr. pr. tur
    limit = max(bounded) if bound.group(1).casefold() in _AT_MOST else min(bounded)
    return all(v <= limit if bound.group(1).casefold() in _AT_MOST else v >= limit for v in asked)


def _before_latest(asked: set[tuple[int, int]], said: str) -> bool:
    """Whether every hour asked is before the latest hour a sentence allows ('til kl. 18', 'until 6 pm'),
    where nothing in it denies ('Ingen musik efter kl. 22', 'ikke ... til kl. 8' turn the bound around)."""
    if DENIED.search(said):
        return False
    latest = [(int(m.group(1)), int(m.group(2) or 0)) for m in _UNTIL_CLOCK.finditer(said)]
    return bool(latest) and all(t <= max(latest) for t in asked)


# the latest hour of a stretch: 'til kl. 18', 'indtil kl. 21.30' (a span 'fra ... til' is read above)
_UNTIL_CLOCK = re.compile(r"\b(?:til|indtil|until)\s+(?:kl\.?|klokken)\s*(\d{1,2})(?:[.:](\d{2}))?\b", re.I)
# the words that deny a deed ('ikke', 'ingen', 'forbudt'): the one negation the readers of a ban share
# (ages.denied_under, yesno/levels' ban, gate/why's denied use), each adding only its own words
DENIAL_WORDS = r"ikke|ingen|aldrig|forbudt|not|no|never"
DENIED = re.compile(rf"\b(?:{DENIAL_WORDS})\b", re.I)


# A stretch of the day: 'fra kl. 7 til kl. 23', 'mellem kl. 22 og kl. 5', 'kl. 8-16'
_CLOCK_SPAN = re.compile(r"\b(?:(?:fra|mellem|from|between)\s+(?:kl\.?|klokken)?\s*(\d{1,2})(?:[.:](\d{2}))?"
                         r"\s+(?:til|og|to|and)\s+|(?:kl\.?|klokken)\s*(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*)"
                         r"(?:kl\.?|klokken)?\s*(\d{1,2})(?:[.:](\d{2}))?\b", re.I)


def _clock_spans(said: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    for m in _CLOCK_SPAN.finditer(said):
        h1, m1 = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        low, high = (int(h1), int(m1 or 0)), (int(m.group(5)), int(m.group(6) or 0))
        if max(low[0], high[0]) <= 24:
            out.append((low, high))
    return out


def _within(t: tuple[int, int], low: tuple[int, int], high: tuple[int, int]) -> bool:
    """Whether a time of day is in the stretch from low to high (one past midnight too: 22 to 5)."""
    return low <= t <= high if low <= high else t >= low or t <= high


# A question of what is allowed: 'kan/må vi ...?', 'er det nok ...?', 'can we ...?'
_MAY_ASK = re.compile(r"^\W*(?:kan|må|can|may|could)\b|\b(?:nok|tilladt|lov|enough|allowed|ok|okay)\b", re.I)
_SHARE_BOUND = re.compile(r"\b(højst|maks\w*|op til|mindst|minimum|under|over|mere end|mindre end|at most|"
                          r"up to|at least|below|above|more than|less than)\s+\d{1,3}(?:,\d+)?\s*"
                          r"(?:%|procent\b|pct\b|per ?cent\b)", re.I)
def _in_time(question: str, said: str) -> bool | None:
    """'Er det nok at sende den 60 dage før go-live?' - 'senest 45 dage før go-live': a deadline is met
    by any time on its side of it (earlier before, sooner after or within); None when the sentence sets no
    such deadline for the side the question names."""
    limits = [(_days(m), _side(m.group("side"))) for m in _LATEST.finditer(said)]
    verdicts = [days >= limit if side == "before" else days <= limit
                for days, side in _offsets(question) for limit, their in limits if their == side]
    return all(verdicts) if verdicts else None


def _offsets(text: str) -> list[tuple[float, str]]:
    """The offsets a text puts forward, in days, with their side ('60 dage før', 'dagen før')."""
    out = [(_days(m), _side(m.group("side"))) for m in _OFFSET_SAID.finditer(text)]
    return out + [(float(_ONE_UNIT[m.group(1).casefold()]),
                   _side(m.group(2))) for m in _ONE_UNIT_BEFORE.finditer(text)]


def _days(m: re.Match) -> float:
    n = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS[m.group("n").casefold()]
    return round(n * unit_of(m.group("unit")).days, 1)


def _side(word: str | None) -> str:
    if not word:
        return "within"
    return "after" if word.casefold().startswith(("efter", "after")) else "before"


_N_UNIT = (r"(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>"
           + unit_pattern("working_day day week month") + r")\b")
_SIDE_WORD = r"(?:\s+(?P<side>før|inden|efter|before|after|prior\s+to))?"
# A deadline: 'senest 45 dage før go-live', 'inden for 10 arbejdsdage', 'no later than 2 weeks after'
_LATEST = re.compile(r"\b(?:senest|inden\s+for|indenfor|within|no\s+later\s+than)\s+" + _N_UNIT + _SIDE_WORD,
                     re.I)
_OFFSET_SAID = re.compile(r"\b" + _N_UNIT + _SIDE_WORD, re.I)
# 'dagen før', 'ugen inden', 'måneden efter': one unit from the thing
_ONE_UNIT = {"dagen": 1, "ugen": 7, "måneden": 30}
_ONE_UNIT_BEFORE = re.compile(r"\b(dagen|ugen|måneden)\s+(før|inden|efter|before|after)\b", re.I)
# A question whether a time is soon enough: 'er det nok at ...', 'kan vi vente til ...', 'is it enough to ...'
_ENOUGH = re.compile(r"\b(nok|tilstrækkelig\w*|i tide|i orden|okay|ok|enough|sufficient|in time|"
                     r"kan vi|må vi|kan man|må man|can we|may we)\b", re.I)
_OFFSET = re.compile(r"\s+(?:før|efter|inden|before|after|prior\s+to|from)\b", re.I)
# ('inden for 3 arbejdsdage efter afleveringen' is a deadline, no stretch: its 'for' is not one)
_FOR_A_SPAN = re.compile(r"\b(?<!inden\s)(?:i|in|for)\s+"
                         r"(?:mindst|højst|minimum|maksimalt|at\s+least|at\s+most)?\s*$", re.I)
_WITHIN = re.compile(r"\b(?:senest|inden\s+for|indenfor|within|no\s+later\s+than)\s+$", re.I)
# a length given to do a thing ('60 dage til at registrere', '60 days to register'), and a window that opens
# at an event ('inden for 30 dage efter opsætningen'): the same time allowed, said two ways
_ALLOWS = re.compile(r"\s+(?:(?:til\s+)?at|to)\s+\w", re.I)  # (English read: '60 dag at registrere')
_AFTER = re.compile(r"\s+(?:efter|after)\b", re.I)
# the deed a length is given for: 'til at gennemføre kurset' (an English reading: 'at anke', 'to appeal')
_ALLOWED_DEED = re.compile(r"\b(?:til\s+at|at|to)\s+([a-zæøå]{3,})", re.I)


def _allowed_deed_said(question: str, said: str) -> bool:
    """Whether the sentence says the deed the question's time is given for ('til at anke' - 'kan anke
    afgørelsen inden for 14 dage'), by a form of its verb or a noun of it (the first four letters on)."""
    m = _ALLOWED_DEED.search(question)
    return bool(m) and any(w.casefold().startswith(m.group(1).casefold()[:max(4, len(m.group(1)) - 2)])
                           for w in re.findall(r"\w+", said))
_BOUND_WORD = r"\b(højst|maks\w*|op til|mindst|minimum|at most|up to|at least|no more than)\s+"
_BOUND = re.compile(_BOUND_WORD + r"(?:kr\.?\s*)?"
                    r"(?:\d[\d.,]*|" + "|".join(NUMBER_WORDS) + r")\b", re.I)


# A bound a verb or two before the length it bounds: 'må højst køre 60 minutter', 'skal mindst vare to
# uger' (the length's unit follows, so 'mindst to gange ... i 30 minutter' bounds no length)
_SPAN_BOUND = re.compile(_BOUND_WORD + r"(?:[a-zæøå]+\s+){1,2}(?:\d[\d.,]*|" + "|".join(NUMBER_WORDS)
                         + r")\s+(?:" + length_pattern() + r")\b", re.I)


def _bound_in(text: str) -> re.Match[str] | None:
    """A bound on a number ('højst 30 dage') or on a length a verb or two after it ('må højst køre 60
    minutter'); group 1 is the bound's word."""
    return _BOUND.search(text) or _SPAN_BOUND.search(text)


# A question that names the bound itself: 'mindsteprisen', 'minimumsbeløbet', 'the maximum price'
_NAMES_BOUND = re.compile(r"(mindste|minimum|minimal|maksimal|maksimum|højeste|laveste|maximum)", re.I)
# A bound on an amount, a verb or two before it: 'må højst koste 35 kr.', 'koster mindst 500 kr.'
_AT_MOST = ("højst", "maks", "maksimalt", "max", "op til", "ikke mere end", "at most", "up to",
            "no more than")
_AMOUNT_BOUND = re.compile(r"\b(højst|maks|maksimalt|max|op til|ikke mere end|mindst|minimum|at most|up to|"
                           r"no more than|at least)\s+(?:[a-zæøå]+\s+){0,2}(?:kr\.?\s*)?\d", re.I)


def manner_words(question: str) -> set[str]:
    """The words of the question that write a manner, a language or VAT ('på papir', 'på arabisk', 'uden
    moms'): values only a sentence stating that kind settles."""
    return {w.casefold() for pattern in (_IN_LANGUAGE, *(p for _, p in _VAT), *(p for _, p in _MEANS))
            for m in pattern.finditer(question) for w in re.findall(r"\w+", m.group(0))}


def value_words(question: str) -> set[str]:
    """The words of the question that write a value of those kinds (what a sentence need not repeat)."""
    words: set[str] = set()
    for pattern in (_WEEK, _DATE, _IN_MONTH, _YEAR, _CLOCK, _DURATION, _SIDE, _AMOUNT, _ONE_UNIT_BEFORE,
                    _IN_LANGUAGE, *(p for _, p in _CHANNELS),
                    *(p for _, p in _VAT), *(p for _, p in _MEANS)):
        for m in pattern.finditer(question):
            words |= {w.casefold() for w in re.findall(r"\w+", m.group(0))}
    for _, pattern in _OFTEN:
        for m in pattern.finditer(question):
            words |= {w.casefold() for w in re.findall(r"\w+", m.group(0))}
    if _weekdays(question):  # 'om lørdagen', 'i weekenden', 'mandag til fredag'
        unit_free = _DURATION.sub(" ", question)
        for pattern in (_DAY_RANGE, _DAY_NAME, *(p for _, p in _DAY_GROUPS)):
            for m in pattern.finditer(unit_free):
                words |= {w.casefold() for w in re.findall(r"\w+", m.group(0))}
    for m in _PERCENT.finditer(question):
        words |= {w.casefold() for w in re.findall(r"\w+", m.group(0))}
    if words:  # 'er fristen den 1. maj?': the word for a deadline is part of the value put forward
        words |= {w.casefold() for w in _DEADLINE_WORD.findall(question)}
    if any(p.search(question) for _, p in _VAT) or _AMOUNT.search(question):
        words |= {w.casefold() for w in _PRICE_WORD.findall(question)}  # 'er prisen inkl. moms?'
    if "rate" in stated(question):  # 'betales X pr. måned?': the span a price is for, and the paying
        for m in (*_RATE.finditer(question), *_RATE_ADVERB.finditer(question)):
            words |= {w.casefold() for w in re.findall(r"\w+", m.group(0))}
        words |= {w.casefold() for w in _PAID.findall(question)}
    return words | measure_words(question)


_PRICE_WORD = re.compile(r"\b(pris|prisen|priser|priserne|beløb|beløbet|price|prices|amount)\b", re.I)


_DEADLINE_WORD = re.compile(r"\b(fristen|frist|tidsfristen|tidsfrist|deadline|deadlinen|senest|due)\b", re.I)


# A period of the year from one date to another: '15. juni til 31. oktober', 'fra 1. oktober til 31. januar'
_PERIOD = re.compile(r"\b(\d{1,2})\.?\s+(" + "|".join(_MONTH) + r")\s*(?:til|-|–|to|until)\s*(\d{1,2})\.?\s+("
                     + "|".join(_MONTH) + r")\b", re.I)


def month_in_period(question: str, said: str) -> bool | None:
    """Whether the months the question names ('må vi skære grøde i juli?') lie inside the period of the
    year the sentence gives ('i perioden 15. juni til 31. oktober'): True for all inside, False for all
    wholly outside, None when it names no month, the sentence no period, or a month is cut by its ends."""
    asked = {_MONTH[m.group(1).casefold()] for m in _IN_MONTH.finditer(question)}
    periods = [(_MONTH[m.group(2).casefold()], int(m.group(1)), _MONTH[m.group(4).casefold()],
                int(m.group(3))) for m in _PERIOD.finditer(said)]
    if not asked or len(periods) != 1:
        return None
    first, first_day, last, last_day = periods[0]
    span = [(first + i - 1) % 12 + 1 for i in range((last - first) % 12 + 1)]  # across new year too
    whole = {m for m in span if (m != first or first_day == 1) and (m != last or last_day >= 28)}
    if asked <= whole:
        return True
    return False if not asked & set(span) else None


# The kinds of value a 'wh' question names only to say which occasion, copy or route it asks about ('om
# torsdagen', 'i uge 40', 'i 2027', 'på engelsk', 'via Digital Post'); never the value it asks for, so an
# answer that states only other values of the kind is about another occasion.
_OCCASION_KINDS = ("weekday", "week", "date", "month", "year", "language", "channel")
_OCCASION_WORDS = {"weekday": _DAY_NAME, "week": _WEEK, "date": _DATE, "month": _IN_MONTH, "year": _YEAR,
                   "language": _IN_LANGUAGE}


def _occasions(text: str) -> dict[str, set]:
    """The values of the occasion kinds a text states, as `stated` reads them (its amounts, frequencies
    and lengths are no occasion: not read, for every question answered)."""
    out: dict[str, set] = {}
    _said_in_words(text, out)
    _said_of_the_calendar(text, out)
    if days := _weekdays(text):
        out["weekday"] = days
    return out


def other_occasion(question: str, said: str) -> str:
    """The question's words for an occasion ('om torsdagen') when the text states that kind of value only
    for others ('hver tirsdag'): what it says is of another day, week, year, language or route, and would
    read as the answer. '' when the text states none of the kinds or the asked one too."""
    asked = _occasions(question)
    if not any(kind in asked for kind in _OCCASION_KINDS):
        return ""  # most questions name no occasion: the text's values are not read (speed)
    have = _occasions(said)
    for kind in _OCCASION_KINDS:
        if kind not in asked or kind not in have:
            continue
        if kind == "month" and (within := month_in_period(question, said)) is not None:
            held = within  # 'i juli' - 'fra 15. juni til 31. oktober'
        elif kind == "weekday":
            held = asked[kind] <= have[kind]  # 'om torsdagen' - 'på hverdage'
        else:
            held = bool(asked[kind] & have[kind])
        if not held:
            patterns = [_OCCASION_WORDS[kind]] if kind in _OCCASION_WORDS else [p for _, p in _CHANNELS]
            m = next((m for p in patterns if (m := p.search(question))), None)
            return m.group(0).strip() if m else kind
    return ""


# A measure of the thing itself, in its dimension's base unit: a weight ('120 kg', '1.500 kilo'), a length
# ('3 meter', '1,5 m', '40 cm'), a volume ('200 liter'), an area ('25 m²') or a voltage ('12 volt'). (Not a
# level the question puts its deed at, 'når vandet er 50 cm dybt': yesno/levels reads that; nor a
# temperature, a speed or a price.)
_MEASURE_UNITS = {
    "kg": ("weight", 1000.0), "kilo": ("weight", 1000.0), "kilogram": ("weight", 1000.0),
    "g": ("weight", 1.0), "gram": ("weight", 1.0), "ton": ("weight", 1e6), "tons": ("weight", 1e6),
    "mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1.0), "meter": ("length", 1.0),
    "metre": ("length", 1.0), "meters": ("length", 1.0), "km": ("length", 1000.0),
    "kilometer": ("length", 1000.0),
    "ml": ("volume", 0.001), "dl": ("volume", 0.1), "l": ("volume", 1.0), "liter": ("volume", 1.0),
    "litre": ("volume", 1.0),
    "m2": ("area", 1.0), "m²": ("area", 1.0), "kvm": ("area", 1.0), "kvadratmeter": ("area", 1.0),
    "volt": ("voltage", 1.0)}
_MEASURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,5}(?:,\d+)?)\s*("
                      + "|".join(sorted(map(re.escape, _MEASURE_UNITS), key=len, reverse=True))
                      + r")(?![\w/²³])", re.I)
# the condition a level is put in ('når det er 50 cm sne', 'hvis vandet er 2 meter dybt'): no measure asked
_CONDITION = re.compile(r"\b(?:når|hvis|mens|when|if|while)\b", re.I)
# a bound a word or two before a measure: 'vejer højst 120 kg', 'mindst 3 meter', 'må maks. være 2 m'
_MEASURE_BOUND = re.compile(r"\b(højst|maks\.?|maksimalt|max\.?|op\s+til|ikke\s+(?:mere|over)\s+end|mindst|"
                            r"minimum|minimalt|at\s+most|up\s+to|no\s+more\s+than|at\s+least)\s+"
                            r"(?:[a-zæøå]+\s+){0,2}$", re.I)


def _measures(text: str, *, asked: bool = False) -> list[tuple[str, float, str | None]]:
    """The measures a text states: (dimension, value in the base unit, the bound word before it or None);
    of a question (`asked`), only those outside a condition."""
    out = []
    for m in _MEASURE.finditer(text):
        if asked and _CONDITION.search(text, 0, m.start()):
            continue
        number = m.group(1).replace(".", "").replace(",", ".") if "." in m.group(1) else \
            m.group(1).replace(",", ".")
        dimension, base = _MEASURE_UNITS[m.group(2).casefold()]
        bound = _MEASURE_BOUND.search(text[max(0, m.start() - 40):m.start()])
        out.append((dimension, float(number) * base, bound.group(1).casefold() if bound else None))
    return out


def compared_measure(question: str, said: str) -> bool | None:
    """'må en isblok veje 150 kg?' - 'hver isblok vejer højst 120 kg': past the bound the sentence sets on a
    measure of the asked dimension is a no; within it a yes only where leave is asked ('må ...?': a bound
    allows, it does not demand); a plain measure of that dimension the same or another one. None when the
    sentence states no measure of the asked dimension (or the question bounds its own: 'mindst 3 meter?')."""
    asked = _measures(question, asked=True)
    if not asked or any(bound for _, _, bound in asked) or not _measured_thing_said(question, said):
        return None
    have = _measures(said)
    verdicts = []
    for dimension, value, _ in asked:
        same = [(v, bound) for d, v, bound in have if d == dimension]
        if not same:
            return None
        bounds = [(v, bound) for v, bound in same if bound]
        if bounds:
            most = [v for v, bound in bounds if bound.startswith(_MEASURE_AT_MOST)]
            least = [v for v, bound in bounds if not bound.startswith(_MEASURE_AT_MOST)]
            within = all(value <= v + 1e-9 for v in most) and all(value >= v - 1e-9 for v in least)
            if within and not _MAY_ASK.search(question):
                return None  # 'skal en blok veje 100 kg?' - 'højst 120 kg': allowed, not demanded
            verdicts.append(within)
        else:
            verdicts.append(any(abs(value - v) < 1e-9 for v, _ in same))
    return all(verdicts)


def _measured_thing_said(question: str, said: str) -> bool:
    """Whether the sentence speaks of the thing the question measures: a word of the question other than
    its measure and dimension words is a word of the sentence or the head of a compound ('må en kajak være
    40 cm bred?' is not settled by 'Teltet må højst være 3 m bredt'). An English question, whose words the
    Danish sentence cannot share, is left to the pipeline's coverage."""
    if _ENGLISH_ASK.match(question):
        return True
    measure = {k for m in _MEASURE.finditer(question) for k in content_keys(m.group(0))}
    things = content_keys(question) - measure - _DIMENSION_KEYS
    told = content_keys(said)
    # (the same word, or a compound of it for head either way: 'havkajak' is a kajak; 'kajaktrailer' is not)
    return not things or any(t == k or (min(len(t), len(k)) >= 4 and (t.endswith(k) or k.endswith(t)))
                             for t in things for k in told)


_ENGLISH_ASK = re.compile(r"\W*(?:may|can|could|must|should|is|are|does|do|will)\b", re.I)
_DIMENSION_KEYS = content_keys("bred bredt brede lang langt lange høj højt høje dyb dybt dybe tyk tykt tykke "
                               "tung tungt tunge veje vejer vægt stor stort store størrelse spænding rumme "
                               "rummer måle måler")
_MEASURE_AT_MOST = ("højst", "maks", "max", "op", "ikke", "at most", "up", "no more")


def measure_words(question: str) -> set[str]:
    """The words of the question that write a measure it puts forward ('150 kg')."""
    return {w.casefold() for m in _MEASURE.finditer(question) if not _CONDITION.search(question, 0, m.start())
            for w in re.findall(r"\w+", m.group(0))}
