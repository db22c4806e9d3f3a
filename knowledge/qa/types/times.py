"""Times: whether a time found answers when or how long, or is counted from another thing."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE
from knowledge.fold import ascii_fold, content_keys, key, stem_key
from knowledge.qa.types.kinds import _DAY_PART_VALUE
from knowledge.qa.types.values import _SEASON_VALUE
from knowledge.units import unit_words

# what stands before an age: people over or under it ('borgere over 18 år', 'børn under 12 år'), 'fyldt'
_AGE_BEFORE = re.compile(r"(?:\b[\wæøå]+(?:ere|erne|børn|børnene|unge|personer|people|citizens|children)\s+"
                         r"(?:over|under|på|fra|older than|under the age of)|"
                         r"\b(?:fyldt|fylder|fyldte|alderen|alder på|aged?))\s+$", re.I)
_AGE_ASKED = re.compile(r"\b(gammel|gamle|alder\w*|old|age)\b")
_YEARS = re.compile(r"\b(?:år|years?)$", re.I)
_CONDITION = re.compile(r"når|efter at|så snart|after|once", re.I)
# 'hvor lang tid tager/varer X?' asks for a length; 'hvor lang tid har vi til X?' for a deadline.
# 'hvor længe gælder aftalen?', 'hvor lang er en workshop?': a length ('hvor lang tid har vi til X?'
# asks a deadline too)
_LENGTH_ASKED = re.compile(r"\b(hvor laenge|hvor lange? (er|var|bliver)|"
                           r"how long (is|was|does .+ (last|run)))\b")
# 'how long can the reminder text be?', 'how long is the note allowed to be?', 'how long may a message be in
# Beskedportalen?', 'how long must the ramp be at minimum?': a limit on the thing's size
# ('højst 160 tegn', 'én side'), asked like 'hvor lang må teksten være?', not how long something lasts
# ('højst': 'at most' as the glossary has read it)
LIMIT_ASKED = re.compile(r"^\W*how long\s+(?:can|may|must|should|could|is|are)\b"
                         r"(?:(?!\b(?:last|lasts|take|takes|run|runs|wait|stay|stays|keep|kept)\b)[^?.!])*?"
                         r"\bbe(?:\s+(?:at\s+(?:the\s+)?(?:most|least|minimum|maximum)|maximum|minimum|højst))?"
                         r"(?:\s+(?:in|on)\s+(?-i:[A-ZÆØÅ])[\w-]*)?\W*$", re.I)
# 'hvor hurtigt svarer supporten?': a length or a deadline ('senest 3 måneder efter ...'), not an hour
_QUICK = re.compile(r"\b(hvor hurtigt|how (quickly|fast|soon))\b")
_TAKES = re.compile(r"\b(tager|tage|varer|vare|varighed|lasts?|takes?|take|duration)\b")
_RELATIVE_TO = re.compile(r"\b(foer|efter|inden|senest|before|after|by when)\b")
# What a time is counted from: 'før uddannelsen begynder', 'efter modtagelsen'; go-live is the
# anchor of every deadline and never what a question asks the time of.
# ('30 dage fra offentliggørelsen' is counted from it as 'efter' counts)
_ANCHOR = re.compile(r"^\s*(?:før|efter|inden|forud for|fra|regnet fra|before|after|prior to|from)"
                     r"(?:\s*,?\s+at)?\s+"
                     r"([^.,;:!?\n]+)", re.I)
# the anchor said of the sentence's own thing by a pronoun ('... returneret 14 dage efter, at den er sendt')
_PRONOUN_ANCHOR = re.compile(r"^(?:den|det|de|disse|it|they)\s+(?:er|bliver|blev|var|is|was|has been)"
                             r"\s+(\w+)", re.I)


def _deed_asked_not_said(deed: str, before: str, asked: str) -> bool:
    """Whether the deed a time is counted from ('sendt') is the question's, written as the question
    writes it ('sendes'), and the sentence before says another deed ('returneret'), not this one (the
    glossary may give both one key, so the words as written are compared)."""
    stem = ascii_fold(deed.casefold())[:4]
    if len(stem) < 4 or not any(w.startswith(stem) for w in re.findall(r"\w+", asked)):
        return False
    clause = re.split(r"[.;:!?\n]", before)[-1]
    return not any(ascii_fold(w.casefold()).startswith(stem) for w in re.findall(r"\w+", clause))
_FROM_GOLIVE = re.compile(r"\s*(før|efter|inden|before|after|prior to)\s+(go-?live|idriftsættelse\w*)", re.I)
# go-live as what a time is counted from ('før go-live', 'i forhold til go-live'), not the thing asked
# (ascii-folded): 'hvor mange dage før go-live skal 433 være færdig?' asks the task's offset
GOLIVE_ANCHOR_WORDS = (r"(?:foer|efter|inden|i forhold til|ift|regnet fra|before|after|prior to|relative to|"
                       r"in relation to|counted from)")
GOLIVE_ANCHOR = re.compile(rf"\b{GOLIVE_ANCHOR_WORDS}\.?\s+(go[ -]?live\w*|idriftsaettelse\w*)")
_GOLIVE_RELATIVE = re.compile(r"\b(i forhold til|ift|relativ\w*|in relation to|counted from|regnet fra)\b")
# ('go-live-dagen' holds 'dag', which would make every 'to dage' a go-live)
_GOLIVE_KEYS = frozenset(content_keys("go-live go-live-dagen golive idriftsættelse")) - {key("dage")}


# a number or number word and a day of a kind ('to undervisningsdage', 'en testdag'), not a plain length
_KIND_OF_DAY = re.compile(r"(?:\d+|[a-zæøå]+)\s+([a-zæøå]{3,}dage?)", re.I)


def _names_asked_day(value: str, asked_keys: set[str]) -> bool:
    """Whether a time value is a count of the very kind of day the question asks about ('to
    undervisningsdage' for 'hvornår er undervisningsdagen?'); 'tre arbejdsdage' is a length."""
    m = _KIND_OF_DAY.fullmatch(value)
    return m is not None and bool(content_keys(m.group(1)) & asked_keys) and \
        not content_keys(m.group(1)) & _PLAIN_DAYS


_PLAIN_DAYS = frozenset(content_keys(" ".join(unit_words("working_day day", english=False))))  # units.py


def _anchored_on_asked(before: str, after: str, asked_keys: set[str], *, relative: bool,
                       asked: str = "") -> bool:
    """Whether a time is counted from the very thing the question asks the time of ('senest 3 uger
    før uddannelsen begynder' for 'hvornår begynder uddannelsen?'), and its sentence is about
    something else the question does not name (not 'aftalen returneres ... efter modtagelsen')."""
    m = _ANCHOR.match(after)
    if not m or not asked_keys:
        return False
    # 'senest 8 uger før go-live' answers 'hvornår skal testen ske før go-live?', never 'hvornår er go-live?'
    said = content_keys(m.group(1)) - (_GOLIVE_KEYS if relative else set())
    # (the time's own clause: 'X offentliggøres i EU-Tidende, og tilbudsfristen er 30 dage fra ...')
    subject = content_keys(_CLAUSE_ENDS.split(before)[-1])
    if said and said <= asked_keys and _label_of_asked(before, asked_keys - said):
        return False  # 'Arkivering: 5 år efter sagens afslutning' is the arkivering's time, from the end
    if (deed := _PRONOUN_ANCHOR.match(m.group(1))) and _deed_asked_not_said(deed.group(1), before, asked):
        return True  # 'returneret 14 dage efter, at den er sendt': the return's time, from the sending
    # (the question comes ascii-folded, so the anchor's words are folded alike: 'ophør' is 'ophoer' there)
    if said and _counts_from(asked, content_keys(ascii_fold(m.group(1))) - (_GOLIVE_KEYS if relative
                                                                             else set())):
        return False  # 'hvor mange dage før besøget ...?' asks a time counted from it: '3 dage før besøget'
    return bool(said) and said <= asked_keys and not subject & (asked_keys - said)


# where a question counts its time from: 'hvor mange dage før besøget', 'how long after the meeting'
_ASKED_ANCHOR = re.compile(r"\b(?:foer|efter|inden|forud for|regnet fra|before|after|prior to)\s+"
                           r"((?:\w+\s+){0,2}\w+)")


def _counts_from(asked: str, said: set[str]) -> bool:
    """Whether the question (ascii-folded) counts its time from the anchor the text counts from: its
    own 'før X' / 'after X' names every word of the text's anchor, so the anchor is not what it asks
    the time of but what it asks the time from."""
    return any(said <= content_keys(a.group(1)) for a in _ASKED_ANCHOR.finditer(asked))


def _label_of_asked(before: str, asked_keys: set[str]) -> bool:
    """Whether the time is a label line's value whose label names the question's deed or thing, as a
    word or its noun ('Arkivering:' for 'arkiveres', 'Påmindelse:' for 'påmindelse')."""
    m = _LABEL_BEFORE.search(before)
    if m is None:
        return False
    return any(a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))
               for a in content_keys(m.group(1)) for b in asked_keys)


# a label line's label just before its value ('Opbevaring: ', '• Varsling: ')
_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\w\n]*([A-ZÆØÅ][\wæøå-]*(?:[ \t]+[\wæøå-]+){0,2}):\s*$")


# a time counted from an event ('1 time fra udkald'): a length asked of it ('responstiden ved udkald')
# is that time; only a point asked ('hvornår offentliggøres udbuddet?') is not
_COUNTED_FROM = re.compile(r"^\s*(?:fra|regnet fra|from)\b", re.I)
# (a full stop only before a space or the end: 'Hjertestarter.dk' and 'ca.' end no clause)
_CLAUSE_ENDS = re.compile(r"[;:!?\n]|\.(?=\s|$)(?<!\bca\.)|,\s+(?:og|men|mens|and|but)\s+", re.I)


# 'kører parallelt indtil 1. august': an end says how long something lasts, and so does a bare 'til' after
# a verb of lasting ('Tilbuddet gælder til 30. april', 'aftalen løber til 1. maj'; not 'sendes til')
_UNTIL = re.compile(r"\b(indtil|frem til|til og med|until|till|through|"
                    r"(?:gælder|gælde|løber|løbe|gyldig|gyldigt|gyldige)\s+til)\s*$", re.I)
_LATEST = re.compile(r"\b(senest|no later than)\s*$", re.I)  # 'senest 14 dage efter ...' is a deadline


def _is_point(value: str, after: str) -> bool:
    """A date or a deadline ('1. marts', 'senest 6 uger før go-live'), not a length of time ('inden
    for 10 arbejdsdage efter modtagelsen' is one)."""
    return bool(re.search(r"\d{1,2}\.\s*[a-zæøå]|\d{4}-|/|go-?live|uge \d|week \d", value, re.I)
                or re.match(r"\s*(før|before|prior to)\b", after, re.I)
                or _CONDITION.fullmatch(value) or _MONTH_ALONE.fullmatch(value))
# a month by its name says when ('i perioden november til februar'), never how long a deed takes
_MONTH_ALONE = re.compile(MONTHS_DA_RE, re.I)
# A question after a point in time ('hvornår', 'hvilken dato', 'hvor mange dage før testen'), not a span.
_POINT = re.compile(r"\b(hvornaar|when|hvilken dato|what date|foer|efter|inden|before|after)\b")
# A time of day or a weekday: when in a day or a week, no date.
_HOUR = re.compile(r"(kl\.?|klokken)\s*\d{1,2}(?:[.:]\d\d)?|\d{1,2}[.:][0-5]\d|"
                   r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdag|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|weekday)\w*", re.I)
# 'hvornår åbner X på go-live-dagen?' asks the hour of a known day
_ON_THE_DAY = re.compile(r"\b(paa|on) (selve )?(go-?live-?dag\w*|the go-?live day)\b")
_DATE_ASKED = re.compile(r"\b(hvilken dato|what date|which date|dato(en)? (for|er|of)|date of|"
                         r"hvilke datoer|which dates)\b")
_SPAN = re.compile(r"\b(hvor (lang tid|laenge)|how long|varer|vare|lasts?|tager|takes?)\b")
# ('et kursus på (ca.) 45 minutter' is a length too)
_LASTS = re.compile(r"\b(varer|vare|varighed|tager|løber|løbe|lasts?|takes?|runs?|duration)\W+(\w+\W+)?$|"
                    r"\w\s+på\s+(?:ca\.|cirka|omkring|ca|godt|knap|mindst|højst|about|around)?\s*$", re.I)


def _restates(clause: str, asked: str) -> bool:
    """Whether a clause says nothing but what the question already says."""
    said = content_keys(re.split(r"[.,;:!?]", clause, maxsplit=1)[0])
    return bool(said) and len(said - content_keys(asked)) == 0


def _time_no_answer(value: str, m: re.Match, text: str, *, asked: str, asked_keys: frozenset[str],
                    folded: str, point: bool, span: bool) -> bool:
    """Whether a time found says no time of what is asked: a condition, an age, a day counted, the go-live
    it is counted from, or a point in time for a span asked (or a span for a point)."""
    if _CONDITION.fullmatch(value) and (_DATE_ASKED.search(folded) or _restates(text[m.end():], asked)):
        return True  # 'når Context Handler 1 lukkes' answers nothing about when it closes
    if (_GOLIVE_ASKED.search(folded) or _GOES_LIVE_ASKED.search(folded) and
            not _own_golive(text[:m.start()], asked_keys, folded)) and not _CALENDAR.search(value):
        return True  # 'hvornår er go-live?', 'hvornår går X i luften?' ask a wave's date: '14 dage før
        # go-live', '3 timer', 'Garanti: 6 år' give none
    if _DATES_ASKED.search(folded) and _bare_length(value, text[:m.start()], text[m.end():]):
        return True  # 'hvilke datoer holdes kurset?' - 'Kurset varer 2 dage', 'væk i ca. 3 uger': no date
    if _names_asked_day(value, asked_keys):
        return True  # 'to undervisningsdage' counts the days asked about; it says neither when nor how long
    if _YEARS.search(value) and not _AGE_ASKED.search(folded) and \
            _AGE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
        return True  # 'borgere over 18 år' is an age: no time, nor how long
    if point and _LASTS.search(text[:m.start()]):
        return True  # 'undervisningen varer to timer' says how long, not when
    if _HOUR.fullmatch(value) and (_DATE_ASKED.search(folded) or (
            _GOLIVE_KEYS & asked_keys and not _ON_THE_DAY.search(folded))):
        return True  # 'kl. 6.30 på go-live-dagen' says what hour, not which date (nor which day go-live is)
    if _golive_no_answer(value, m, text, asked_keys=asked_keys, folded=folded):
        return True
    # 'inden udgangen af bølgens testperiode' is counted from the period as 'før' is from what follows it
    after = "før " + text[m.end():] if value.casefold().endswith(" af") else text[m.end():]
    if (point or not _COUNTED_FROM.match(after)) and \
            _anchored_on_asked(text[:m.start()], after, asked_keys,
                               relative=bool(_RELATIVE_TO.search(folded)),
                               asked=folded):
        return True  # '3 uger før uddannelsen begynder' says when something else happens, not when it begins
    if _HOUR.fullmatch(value) and _QUICK.search(folded):
        return True  # 'åben mandag-torsdag kl. 8-16' says when it is open, not how fast it answers
    return span and _point_for_span(value, m, text)


def _golive_no_answer(value: str, m: re.Match, text: str, *, asked_keys: frozenset[str],
                      folded: str) -> bool:
    """Whether a time is said of go-live as the question says it, or counted from the go-live asked."""
    if _GOLIVE_KEYS & content_keys(value) and (content_keys(value) <= asked_keys):
        return True  # 'før go-live' is no answer to 'hvornår er go-live?', nor news to '... før go-live?'
    # '30 dage før go-live' is counted from go-live; it does not say when go-live is, unless the question
    # asks when a thing is put in operation and the time's own clause says that deed ('X kan tidligst
    # sættes i drift 30 dage efter go-live' says when X is, counted from the project's go-live)
    return bool(_GOLIVE_KEYS & asked_keys) and not _RELATIVE_TO.search(folded) and \
        not _GOLIVE_RELATIVE.search(folded) and _FROM_GOLIVE.match(text[m.end():]) is not None and \
        not _own_golive(text[:m.start()], asked_keys, folded)


def _own_golive(before: str, asked_keys: frozenset[str], folded: str) -> bool:
    """'Integrationen kan tidligst sættes i drift 30 dage efter go-live' for 'hvornår kan
    lagerintegrationen sættes i drift?': the time's clause says the asked deed of the thing the question
    names (its subject, or the compound it heads), so the go-live after the time is what it is counted
    from, not what is asked."""
    clause = _OWN_CLAUSE.split(before)[-1]
    if _GOLIVE_NOUN.search(folded) or not _GOLIVE_KEYS & asked_keys & content_keys(clause):
        return False
    subject = next((w for w in _CLAUSE_WORD.findall(clause) if w.casefold() not in _ARTICLES), "")
    own = stem_key(subject.casefold()) if subject else ""
    return len(own) >= 4 and any(stem_key(w).endswith(own) for w in _CLAUSE_WORD.findall(folded))


_CLAUSE_WORD = re.compile(r"[\wæøå-]+")
_ARTICLES = frozenset("den det de en et the a an".split())


# go-live asked as itself, not as a thing's being put in operation ('hvornår er go-live?')
_GOLIVE_NOUN = re.compile(r"go-live|golive|idriftsaettelse|\b(?:er|is|the|our|vores)\s+go live")
# where the clause a time is said in begins
_OWN_CLAUSE = re.compile(r"[.;:!?\n]\s|,\s*(?:og|men|eller|mens|and|but|or)\s")


# a date or dates asked ('hvilke datoer ...?', as the question may be read: 'hvilke datoen')
_DATES_ASKED = re.compile(r"\b(?:hvilke[nt]?\s+dato\w*|(?:what|which)\s+dates?|"
                          r"dato(?:en|erne)?\s+(?:for|er|of)|date of)\b")
# go-live as the moment asked for (ascii-folded): 'hvornår er go-live ...?', 'go-live-datoen'
_GOLIVE_ASKED = re.compile(r"\b(?:hvornaar|when)\s+(?:er|bliver|is)\s+(?:vores\s+|our\s+|the\s+)?"
                           r"(?:go-?live|idriftsaettelse\w*)\b|\b(?:go-?live|idriftsaettelse)-?\s?dat(?:o|e)\w*|"
                           r"\bdat(?:oen|e)\s+(?:for|of)\s+(?:go-?live|idriftsaettelse\w*)\b")
# go-live asked as a project's or system's going live, with no modal ('hvornår går X i luften/live?', 'when
# does X go live?'; not 'hvornår kan X tidligst gå i luften?', which a time counted from go-live may answer)
_GOES_LIVE_ASKED = re.compile(r"^\W*(?:hvornaar|hvilken\s+dato)\s+gaar\s+(?:.+?\s+)?(?:i\s+luften|live)\b|"
                              r"^\W*(?:when|what\s+date|which\s+date)\s+(?:does|do|will)\s+.+?\s+go\s+live\b")
# a day of the calendar: '1. marts', '2027-03-01', '1/3', 'uge 12', a month by its name
_CALENDAR = re.compile(rf"\d{{1,2}}\.\s*(?:{MONTHS_DA_RE})|\d{{4}}-\d\d|\d{{1,2}}/\d{{1,2}}|"
                       rf"\b(?:uge|week)\s*\d|\b(?:{MONTHS_DA_RE})\b", re.I)
# a length alone: a count and a unit of time ('2 dage', 'ca. 3 uger', 'to timer'), no date or hour
_LENGTH_VALUE = re.compile(r"(?:ca\.?\s*|cirka\s+|omkring\s+|about\s+)?(?:\d+(?:[,.]\d+)?|[a-zæøå]+)\s+"
                           r"(?:arbejds|hverdags)?(?:dage?|uger?|måneder?|timer?|år|days?|weeks?|months?|"
                           r"hours?|years?)s?", re.I)  # (or its genitive: '2 måneders varsel')
# what makes a length a time after or before something ('14 dage før go-live', 'senest 3 uger efter ...')
_RELATIVE_AROUND = re.compile(r"^\s*(?:før|efter|inden|fra|forud|before|after|prior|from)\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:senest|tidligst|inden\s+for|within|no later than|at the latest)\s*$",
                              re.I)


def _bare_length(value: str, before: str, after: str) -> bool:
    """Whether a time is a length alone, counted from nothing ('Kurset varer 2 dage'): it gives no date."""
    return _LENGTH_VALUE.fullmatch(value) is not None and not _RELATIVE_AROUND.match(after) and \
        not _RELATIVE_BEFORE.search(before)


def _point_for_span(value: str, m: re.Match, text: str) -> bool:
    """Whether a time found, for a question that asks how long, says when instead: a season, a date, a
    deadline, an hour or a part of the day."""
    if _SEASON_VALUE.fullmatch(value):
        return True  # 'udbetales efter sommerferien' says when, not how long
    # 'senest 6 uger før go-live', 'kl. 8-16' say by when or at what hour, not how long
    return not _UNTIL.search(text[:m.start()]) and bool(
        _is_point(value, text[m.end():]) or _HOUR.fullmatch(value) or _DAY_PART_VALUE.fullmatch(value)
        or _LATEST.search(text[:m.start()]))
