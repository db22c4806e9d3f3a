"""Units of time, one table for every reader: a unit's Danish and English words and its length in days."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.models import DeadlineUnit


@dataclass(frozen=True)
class TimeUnit:
    """A unit of time: its words by form, its length in calendar days and the deadline unit it is."""

    name: str
    days: float
    # each word: its singular, plural and definite forms, space-separated, the singular first
    da: tuple[str, ...]
    en: tuple[str, ...]
    deadline: DeadlineUnit | None = None


# A working day is 7/5 calendar days (a working week is seven days); a kind of day ('skoledag') is a day.
UNITS: tuple[TimeUnit, ...] = (
    TimeUnit("working_day", 7 / 5, da=("arbejdsdag arbejdsdage arbejdsdagen arbejdsdagene",
                                       "hverdag hverdage hverdagen hverdagene",
                                       "bankdag bankdage bankdagen bankdagene"),
             en=("working day working days", "business day business days"),
             deadline=DeadlineUnit.WORKING_DAYS),
    TimeUnit("day", 1.0, da=("dag dage dagen dagene", "kalenderdag kalenderdage kalenderdagen kalenderdagene",
                             "døgn døgn døgnet døgnene"),
             en=("day days",), deadline=DeadlineUnit.DAYS),
    TimeUnit("week", 7.0, da=("uge uger ugen ugerne",), en=("week weeks",), deadline=DeadlineUnit.WEEKS),
    TimeUnit("month", 30.0, da=("måned måneder måneden månederne",), en=("month months",),
             deadline=DeadlineUnit.MONTHS),
    TimeUnit("year", 365.0, da=("år år året årene", "skoleår skoleår skoleåret skoleårene"),
             en=("year years", "school year school years")),
    TimeUnit("hour", 1 / 24, da=("time timer timen timerne",), en=("hour hours",)),
    TimeUnit("minute", 1 / 1440, da=("minut minutter minuttet minutterne",), en=("minute minutes",)),
    # a response time is said in seconds ('Svartid: højst 3 sekunder')
    TimeUnit("second", 1 / 86400, da=("sekund sekunder sekundet sekunderne",), en=("second seconds",)),
    # lengths said in the year's parts ('tre vintersæsoner', 'hvert kvartal'), with no fixed length in days
    TimeUnit("quarter", 91.0, da=("kvartal kvartaler kvartalet kvartalerne",), en=("quarter quarters",)),
    TimeUnit("season", 182.0, da=("sæson sæsoner sæsonen sæsonerne",), en=("season seasons",)),
    # the school's half-year ('1.850 kr. pr. semester', 'et forløb på et semester')
    TimeUnit("semester", 182.0, da=("semester semestre semestret semestrene",), en=("semester semesters",)),
)
_BY_NAME = {u.name: u for u in UNITS}
# the forms by their place in a word's entry (English has no definite forms of its own)
SINGULAR, PLURAL, DEFINITE, DEFINITE_PLURAL = 0, 1, 2, 3


# Fractions said in words ('halvanden måned', 'en halv uge', 'et halvt år'), their values
FRACTIONS = {"halvanden": 1.5, "en halv": 0.5, "et halvt": 0.5, "én halv": 0.5}
ENGLISH_FRACTIONS = {"one and a half": 1.5, "half a": 0.5, "a half": 0.5}
# A length not whole in its own unit is said in the next smaller deadline unit it is whole in ('halvanden
# måned' is 45 days, 'et halvt år' 6 months, '48 timer' 2 days): the smaller unit and how many make one
_SMALLER = {"year": ("month", 12), "quarter": ("month", 3), "month": ("day", 30), "week": ("day", 7),
            "hour": ("day", 1 / 24)}


def whole_length(amount: float, unit: TimeUnit) -> tuple[int, DeadlineUnit] | None:
    """A length as a whole number of a deadline unit: in its own unit when whole there ('3 uger'), else in
    the next smaller one it is whole in ('halvanden måned' -> 45 dage, '48 timer' -> 2 dage); None when it
    is whole in none ('36 timer', 'halvanden arbejdsdag'): no deadline is better than a rounded one. Whole
    years are None too: they say how long a thing is kept ('opbevares i 5 år efter go-live'), and read as
    months they answered questions about other lengths wrongly (held-out counts); half a year is read."""
    if unit.name == "year" and amount == int(amount):
        return None
    while True:
        if unit.deadline is not None and abs(amount - round(amount)) < 1e-9 and round(amount) > 0:
            return round(amount), unit.deadline
        if unit.name not in _SMALLER:
            return None
        smaller, per = _SMALLER[unit.name]
        amount, unit = amount * per, _BY_NAME[smaller]


def unit_words(names: str = "", *, forms: tuple[int, ...] = (SINGULAR, PLURAL), english: bool = True,
               danish: bool = True) -> list[str]:
    """The words of the named units (space-separated names; all units when empty) in the given forms,
    Danish before English, each once, longest first (for a regex alternation)."""
    units = [_BY_NAME[n] for n in names.split()] if names else UNITS
    out: list[str] = []
    for unit in units:
        for entry in (unit.da if danish else ()) + (unit.en if english else ()):
            forms_of = _forms(entry)
            out += [forms_of[f] for f in forms if f < len(forms_of)]
    return sorted(dict.fromkeys(out), key=len, reverse=True)


def _forms(entry: str) -> list[str]:
    """'working day working days' -> ['working day', 'working days']; 'uge uger ugen ugerne' -> its four."""
    parts = entry.split()
    if len(parts) == 4 and " " in entry and parts[0] == parts[2]:  # an English two-word unit
        return [" ".join(parts[:2]), " ".join(parts[2:])]
    return parts


def unit_pattern(names: str = "", *, forms: tuple[int, ...] = (SINGULAR, PLURAL), english: bool = True,
                 danish: bool = True, space: str = r"\s+") -> str:
    """unit_words as a regex alternation (no group), the space of a two-word unit as `space`."""
    return "|".join(w.replace(" ", space) for w in unit_words(names, forms=forms, english=english,
                                                               danish=danish))


def unit_of(word: str) -> TimeUnit | None:
    """The unit a word (any form, any case, a two-word unit's spaces folded) is of, or None."""
    return _UNIT_OF.get(" ".join(word.casefold().split()))


_UNIT_OF = {w: u for u in UNITS for entry in u.da + u.en for w in _forms(entry)}


# A kind of day is a day ('en skoledag', 'tre arbejdsdage', 'to hverdage'); no other unit is read inside a
# word ('en bruger' holds no 'uger')
KIND_OF_DAY = r"[a-zæøå]*dage?"
# ... nor a kind of season ('tre vintersæsoner', 'én badesæson')
KIND_OF_SEASON = r"[a-zæøå]*sæson(?:er)?"


def length_pattern(space: str = r"\s+") -> str:
    """The unit of a length, as a regex alternation (no group): a kind of day or season or any unit's word."""
    return KIND_OF_DAY + "|" + KIND_OF_SEASON + "|" + unit_pattern(space=space)


def genitive_pattern() -> str:
    """The Danish genitives of the units, as a regex alternation (no group): a length said of the noun after
    it ('2 måneders varsel', 'tre ugers ferie', 'et års binding'); not 'times', which is English for
    'gange'."""
    words = [w + "s" for w in unit_words(forms=(SINGULAR, PLURAL), english=False) if not w.endswith("s")]
    return "|".join(sorted((w for w in dict.fromkeys(words) if w != "times"), key=len, reverse=True))

