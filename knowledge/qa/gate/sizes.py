"""Whether an answer gives the size, measure, age or amount a question asks for."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE
from knowledge.fold import ascii_fold, content_keys
from knowledge.morphology import in_compound
from knowledge.qa.analysis import Question
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.words import _STEP_NUMBER, _TEXT_WORDS
from knowledge.qa.types import Expect, holds, is_number
from knowledge.units import length_pattern

# 'hvor store/høje/dyre/lang ...?', 'how big ...?': a size or a length, answered by a number; also the
# adjective's neuter form ('hvor stort må et kolonihavehus være?', 'hvor højt', 'hvor langt')
_MAGNITUDE = re.compile(r"^\W*(hvor (stor[te]?|hoej[te]?|dyre?|dyrt|bred[te]?|tung[te]?|dyb[te]?|meget|"
                        r"lang[te]?(?! tid))|how (big|large|high|much|wide|deep|heavy))\b")
_NUMBER = re.compile(r"\d")


# 'hvor høj/bred/dyb/tung/lang ...?': a dimension, said with a unit of measure (a price is none)
# (a weight asked by its verb, 'hvad vejer X?', 'what does X weigh?', is a measure too: not X's price)
# ('hvor tæt/nær må X stå?' asks a distance: 'inden for 50 meter')
_DIMENSION = re.compile(r"^\W*(hvor (hoej|bred|dyb|tung|lang)[te]?(?! tid)|hvor (taet|naer)|"
                        r"how (high|tall|wide|deep|heavy|long)|hvad vejer|what (does|do)\b.*\bweigh)\b")
_MONEY = re.compile(r"(?i:kr|kroner|dkk|euro|eur)")
# a weight is said in a unit of weight: not the machine's '1.000 liter' tank nor its '3 m' width
_WEIGHT_ASKED = re.compile(r"\W*(hvor tung[te]?|how heavy|hvad vejer|what (does|do)\b)")
_WEIGHT_UNIT = re.compile(r"(?i:kg|g|gram|ton|tons|tonnes|tonn|kilo|kilos|kilogram|kilogrammes?)")
# units of a volume, an area, an amount of data or a temperature: no height, width, depth or length
_OTHER_DIMENSION_UNIT = re.compile(r"(?i:liter|l|m³|m3|m²|m2|kvadratmeter|kvm|ha|hektar|mb|gb|kb|tb|"
                                   r"grader|grad)")
# 'hvor gammel ...?', 'how old ...?': an age, said in years ('fyldt 18 år', 'ældre end 12 år', 'under 15')
# 'under 4 grader', 'over 12 m/s', 'over 40 cm': a bound of a measure after 'under/over', no age
_NO_MEASURE = (r"(?![.,]?\d|\s*(?:grader|grad|°|%|procent|m/s|km/t|[kcm]?m\b|meter|kg|kilo|gram|g\b|"
               r"liter|l\b|kr\b|kr\.|kroner|lux|db\b|decibel|personer|timer?|minutter|dage?|uger?|"
               r"måneder?|degrees|percent|meters?|hours?|minutes?|days?|weeks?|months?))")
_AGE_ASKED = re.compile(r"^\W*(hvor (gammel|gamle|gammelt)|how old)\b")
# 'hvor varm / kold må X være?', 'how hot ...?': a temperature, said in degrees ('højst 70 grader', '4 °C')
_TEMPERATURE_ASKED = re.compile(r"^\W*(hvor (varm[et]?|kold[et]?|koldt)|how (hot|warm|cold))\b")
# degrees ('70 grader', '-5 °C'; the bound said before them in their clause: _bound_before)
_DEGREES = re.compile(r"-?\d+(?:[.,]\d+)?\s*(?:grader|grad|°|degrees?)(?!\w)", re.I)
# the bounds that cap a temperature from above, and from below: 'hvor varm må X være?' asks the highest,
# 'hvor kold ...?' the lowest, so 'højst 70 grader' says nothing of how cold X may be
_UPPER = frozenset({"højst", "hoejst", "maks", "max", "maksimalt", "maximum", "at most"})
_LOWER = frozenset({"mindst", "minimum", "minimalt", "min", "at least"})
# where a clause ends: a comma, a semicolon, a full stop or a line's end, and 'og'/'men' joining two clauses
_CLAUSE = re.compile(r"[,;\n]|\.\s|\s(?:og|men|and|but)\s")


def temperature_unsaid(q: Question, text: str) -> bool:
    """Whether the question asks a temperature ('hvor varme må voksgryderne være?') and the text gives no
    degrees ('Voksgryder: højst 70 grader' does; 'mindst 2 meter mellem gryderne' does not), or gives them
    only as the other bound ('højst 70 grader' for 'hvor kold må X være?')."""
    m = _TEMPERATURE_ASKED.match(ascii_fold(q.text))
    if m is None:
        return False
    other = _LOWER if (m.group(2) or m.group(3) or "").startswith(("varm", "hot", "warm")) else _UPPER
    clauses = _CLAUSE.split(text)
    thing = content_keys(q.text) - content_keys(m.group(0))
    # (only the degrees of a clause that names the thing asked, when any clause does: in 'Saunaen må højst
    # være 90 grader, og vandet skal være mindst 4 grader' the 4 degrees are the water's, not the sauna's)
    naming = [c for c in clauses if thing and any(in_compound(k, content_keys(c)) for k in thing)]
    return not any(_bound_before(c[:d.end()]) not in other
                   for c in naming or clauses for d in _DEGREES.finditer(c))


def _bound_before(clause: str) -> str:
    """The last bound word of a clause that ends with degrees ('højst' in 'Saunaen må højst være 90 grader'),
    or '' when it says none."""
    bounds = [w for w in re.findall(r"\w+", clause.casefold()) if w in _UPPER or w in _LOWER]
    return bounds[-1] if bounds else ""


_AGE = re.compile(r"\b\d+\s*(?:år|års|years?)\b|\b(?:fyldt|ældre end|yngre end|under|over|older than|"
                  r"younger than|aged?)\s+\d+\b" + _NO_MEASURE, re.I)


def _has_measure(text: str, *, weight: bool | None = None) -> bool:
    """Whether a number in the text has a unit of measure after it that is no currency ('2,5 meter',
    '50 m²', '8 år'; not '900 kr.'); of a weight when weight is True ('40 kg'), of no weight, volume,
    area or data when it is False (a height, width, depth or length: '1.000 liter' is none)."""
    for m in _DIGITS.finditer(text):
        if m.group(0).endswith("%"):
            if weight:
                continue  # a share weighs nothing
            return True  # 'fejlraten må højst være 2 %'
        after = _TEXT_WORDS.findall(text[m.end():])[:1]
        if after and not _MONEY.fullmatch(after[0]) and (
                _MEASURE_UNIT.fullmatch(after[0]) or _MEASURE_UNIT.fullmatch(after[0].rstrip("s"))):
            if _unit_fits(after[0], weight=weight):
                return True
    return False


def _unit_fits(unit: str, *, weight: bool | None) -> bool:
    """Whether a unit of measure says the asked dimension: any (weight None), a weight (True), or a
    height, width, depth or length (False: no unit of weight, volume, area or data)."""
    if weight is None:
        return True
    if weight:
        return bool(_WEIGHT_UNIT.fullmatch(unit))
    return not _WEIGHT_UNIT.fullmatch(unit) and not _OTHER_DIMENSION_UNIT.fullmatch(unit)


def dimension_is_weight(q: Question) -> bool | None:
    """For a question that asks a dimension (_DIMENSION): whether it asks a weight ('hvad vejer X?',
    'hvor tung ...?') or a length (True / False); None when it asks no dimension."""
    m = _DIMENSION.match(ascii_fold(q.text))
    if m is None:
        return None
    return bool(_WEIGHT_ASKED.match(m.group(0).strip()))


def measured_text(q: Question, text: str) -> str:
    """The text as a dimension asked is looked for in it: for a height, width, depth or distance, without
    its times ('hvor dybt er vandet?' - 'senest 30 dage før go-live' measures no water), which a length may
    be ('hvor langt er kurset?' - '2 dage')."""
    return _TIME_AMOUNT.sub(" ", text) if _SPACE_DIMENSION.match(ascii_fold(q.text)) else text


# (not 'hvor tæt/nær på': 'hvor tæt på go-live skal budgettet sendes?' asks a time)
_SPACE_DIMENSION = re.compile(r"^\W*(hvor (hoej|bred|dyb)[te]?|how (high|tall|wide|deep))\b")


def asks_magnitude(q: Question) -> bool:
    """Whether the question asks a size, a length or an amount ('hvor stort må huset være?')."""
    return bool(_MAGNITUDE.match(ascii_fold(q.text)))


def asks_size(q: Question) -> bool:
    """Whether the question asks a size or a dimension ('hvor stort må huset være?', 'hvor højt ...?'): a
    value to look for below the best sentence, as a typed question's is (not 'hvor meget', whose answer
    may be any number)."""
    folded = ascii_fold(q.text)
    return bool(_SIZE.match(folded) or _DIMENSION.match(folded) or _TEMPERATURE_ASKED.match(folded))


_SIZE = re.compile(r"^\W*(hvor stor[te]?|how (big|large))\b")
# the size a thing must have ('hvor stort må skiltet være?'): a measure, neither a time nor a price
_SIZE_REQUIRED = re.compile(r"^\W*hvor stor[te]? (?:skal|maa|kan|boer|skulle)\b.*\bvaere\b")
# what a sum of money is ('hvor stor må egenbetalingen være?' is answered by a price)
_MONEY_ASKED = re.compile(r"\b\w*(beloeb|boede|bod|gebyr|betaling|pris|tilskud|budget|rabat|loen|honorar|"
                          r"takst|afgift|udgift|omkostning|depositum|godtgoerelse|stoette|ydelse|regning|faktura)\w*\b")
_PRICE_AMOUNT = re.compile(r"\d[\d.,]*(?:[ \u00a0]\d{3})*\s*(?:kr\b\.?|kroner\b|dkk\b)", re.I)


def _has_size(q: Question, text: str) -> bool:
    """Whether the text has an amount that may be a thing's size: no time, and no price ('uden
    beregning', '350 kr.') unless a sum of money is asked of."""
    text = _TIME_AMOUNT.sub(" ", _STEP_NUMBER.sub(" ", text))
    if _MONEY_ASKED.search(ascii_fold(q.text)):
        return _has_amount(text)
    text = _PRICE_AMOUNT.sub(" ", text)
    return bool(_NUMBER.search(text)) or holds(Expect.PERCENT, text) or \
        any(is_number(w) for w in re.findall(r"\w+", text.casefold()) if w not in ("en", "et", "one"))


# a time: a span, a date, a week or a clock ('inden for 10 arbejdsdage', '1. april', 'uge 34', 'kl. 10'):
# no size of a thing
_TIME_AMOUNT = re.compile(r"\b\d+\.?\s*(?:arbejds|hver|kalender)?(?:dage?|uger?|måned(?:er)?|år|timer?|"
                          r"minutter|" + MONTHS_DA_RE + r")\b|\b(?:uge|kl\.?)\s*\d+(?:[.:]\d+)?", re.I)


def distance_only(text: str) -> bool:
    """Whether each measure of the text is a distance from something ('mindst 3 meter fra vejen'), which
    says where a thing stands, not how big it is."""
    rest = _DISTANCE.sub(" ", text)
    return rest != text and not _has_measure(rest)


# a length with 'fra'/'from'/'væk'/'away' a word or two after it: a distance
_DISTANCE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:km|m|meter|cm|kilometer)\b(?:\s+\w+)?\s+"
                       r"(?:fra|from|væk|away)\b", re.I)


def gives_size(q: Question, text: str) -> bool:
    """Whether the question asks a size or dimension and the text gives one with a unit ('180 meter'); a
    dimension asked by its word ('hvor høje ...?') only where the text says that word ('3,2 meter brede'
    gives no height)."""
    if not asks_size(q) or not _has_measure(_STEP_NUMBER.sub(" ", said(text))):
        return False
    m = _DIMENSION.match(ascii_fold(q.text))
    return m is None or (m.group(2) is not None and m.group(2) in ascii_fold(text.casefold()))


def measures_other_dimension(q: Question, text: str) -> bool:
    """Whether the question asks a height, width or depth and every measure in the text names another
    dimension right after its unit ('hvor høj må kransen være?' - '40 cm i diameter', '3 m bred'): a
    length said of another dimension is no answer. A measure that names none is read as any."""
    m = _SPACE_DIMENSION.match(ascii_fold(q.text))
    if m is None:
        return False
    asked = _NAMED_DIMENSION_OF.get(m.group(2) or m.group(3), "")
    named = [_NAMED_DIMENSION_OF.get(_dimension_stem(d.group(1)), "")
             for d in _MEASURE_NAMES.finditer(ascii_fold(text.casefold()))]
    plain = len(_DIGITS.findall(text)) > len(named)
    return bool(named) and not plain and not any(d in (asked, *_ALSO_SAID_AS.get(asked, ())) for d in named)


def _dimension_stem(word: str) -> str:
    """The dimension a word after a measure names, as its stem: 'bredde' and 'brede' are 'bred'."""
    for stem in ("diameter", "hoej", "bred", "dyb", "lang", "laeng"):
        if word.startswith(stem):
            return stem
    return word


# a measure and the dimension named after its unit ('40 cm i diameter', '3 m bred', '2 meter i højden')
_MEASURE_NAMES = re.compile(r"\d[\d.,]*\s*(?:[a-z]+\.?)\s+(?:i\s+)?(diameter|hoej\w*|bred\w*|dyb\w*|lang\w*|"
                            r"laengde\w*)\b")
# the dimension each word names, the question's ('hoej', 'high') and the text's ('højden', 'diameter')
_NAMED_DIMENSION_OF = {"hoej": "height", "high": "height", "tall": "height", "bred": "width", "wide": "width",
                       "dyb": "depth", "deep": "depth", "lang": "length", "laeng": "length",
                       "diameter": "diameter"}
_ALSO_SAID_AS = {"width": ("diameter",)}  # a round thing's width is its diameter


def _has_amount(text: str) -> bool:
    """A number in digits or words ('to timers oplæring'; not the article 'en'), a price ('gratis') or
    a share ('hver fjerde')."""
    return bool(_NUMBER.search(text)) or holds(Expect.PRICE, text) or holds(Expect.PERCENT, text) or \
        any(is_number(w) for w in re.findall(r"\w+", text.casefold()) if w not in ("en", "et", "one"))


def _only_counts_of_others(q: Question, text: str) -> bool:
    """Whether every number in digits in the text counts a thing the question does not name ('mindst
    50 ejendomme' for 'hvor store afvigelser ...?'): the word after it is a noun, neither a unit
    ('500 kr.', '25 MB', '3 uger', '2 %') nor a word of the question. A text without digits is read by
    its numbers in words ('tre nye hundeskove – Lunden, ...' is no size of Lunden), whose noun may
    follow an adjective, so the two words after each are read."""
    asked = {k for t in q.tokens for k in t.keys}
    numbers = [(m, 1) for m in _DIGITS.finditer(text)] or \
        [(m, 2) for m in _TEXT_WORDS.finditer(text)
         if m.group(0).casefold() not in _ONE and is_number(m.group(0))]
    return bool(numbers) and all(_counts_unasked(_TEXT_WORDS.findall(text[m.end():])[:n], asked)
                                 for m, n in numbers)


_ONE = frozenset({"en", "et", "én", "ét", "one", "a", "an"})  # an article, not a count


def _counts_unasked(after: list[str], asked: set[str]) -> bool:
    """Whether the words after a number name a thing it counts: a noun, no unit ('6 måneders varsel': a
    unit in the genitive too), no word of the question."""
    keys = set().union(*(content_keys(w) for w in after)) if after else set()
    return bool(keys) and not any(_MEASURE_UNIT.fullmatch(w) or _MEASURE_UNIT.fullmatch(w.rstrip("s"))
                                  for w in after) and not any(in_compound(k, asked) for k in keys)


_DIGITS = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*%)?")
_MEASURE_UNIT = re.compile(r"(?i:kr|kroner|dkk|euro|procent|pct|mb|gb|kb|tb|tegn|km|m|cm|mm|kg|kw|kwh|m²|"
                           r"g|gram|ton|tons|tonnes|liter|l|m³|m2|m3|mio|mia|millioner|milliarder|mwh|ha|"
                           r"meter|metre|centimeter|millimeter|kilometer|kilo|kilogram|hektar|kvadratmeter|kvm|"
                           r"kubikmeter|kubik|kvadratkilometer|km²|grader|decibel|watt|kilowatt|gwh|"
                           + length_pattern() + ")")
