"""holds(): whether a text holds a value of the kind a question asks for, other than the question's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import chain

from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.qa.types.asked import _DOES_ACTIVELY, _WHO_DOES
from knowledge.qa.types.counts import (
    _BOUND_WORD,
    _NOT_A_COUNT,
    _SHARE_AFTER,
    _SHARE_ASKED,
    _counted_noun,
    _counts_asked,
    _counts_what_is,
    _not_a_count,
    _opening_verb,
)
from knowledge.qa.types.kinds import _DAY_PART_VALUE, Expect
from knowledge.qa.types.labels import (
    _LABEL_VALUES,
    _TASK_FIELDS,
    _WHERE_LABEL,
    _asked_label_value,
    _asked_labels,
    _other_label,
    _unlabelled,
)
from knowledge.qa.types.names import _FIELD_LABEL, _names_focus, _version_owner
from knowledge.qa.types.parties import (
    _asked_party,
    _cleft_agents,
    _imperative_of_asked,
    _of_asked,
    _parties,
    _passive_agents,
    _passive_subjects,
    _relative_agents,
    _spelled_out,
    _written_in,
)
from knowledge.qa.types.places import (
    _ADDRESS,
    _ADDRESS_ASKED,
    _FROM,
    _HELD,
    _HELD_AT,
    _LOCATED,
    _NAME_AFTER,
    _ORIGIN_ASKED,
    _PREPOSITIONS,
    _STREET_OR_WEB,
    _at_building,
    _place_keys,
    _restated,
)
from knowledge.qa.types.prices import _GRANT_ASKED, _PAYS_ASKED, _SHARE_NEXT, _granted
from knowledge.qa.types.times import (
    _AGE_ASKED,
    _AGE_BEFORE,
    _CONDITION,
    _COUNTED_FROM,
    _DATE_ASKED,
    _FROM_GOLIVE,
    _GOLIVE_KEYS,
    _GOLIVE_RELATIVE,
    _HOUR,
    _LASTS,
    _LATEST,
    _LENGTH_ASKED,
    _ON_THE_DAY,
    _POINT,
    _QUICK,
    _RELATIVE_TO,
    _SPAN,
    _TAKES,
    _UNTIL,
    _YEARS,
    _anchored_on_asked,
    _is_point,
    _names_asked_day,
    _restates,
)
from knowledge.qa.types.values import _SEASON_VALUE, _VALUE, _WORD, _other_code, _word_before, is_number

_JUDGED: ContextVar[dict[tuple[Expect, str, str, frozenset[str] | None], bool] | None] = \
    ContextVar("holds_judged", default=None)


@contextmanager
def judged_once() -> Iterator[None]:
    """Within it, holds() judges each (kind, text, question) once: answering one question asks it of the
    same sentences for many candidates and checks. What it keeps ends with the block (and its thread)."""
    token = _JUDGED.set({})
    try:
        yield
    finally:
        _JUDGED.reset(token)


def holds(kind: Expect, text: str, question: str = "", *, telling: frozenset[str] | None = None) -> bool:
    """Whether `text` holds a value of the kind (ANY: always) other than what the question itself
    says ('hvem godkender for KY?' is not answered by 'KY'). With `telling`, the keys of the words that
    tell a Danish question from others, a count with a noun of its own that is not the asked noun is
    the asked one's only by a telling word beside it ('Kommunen tildeler tre roller' counts no
    vejredaktører of the kommune)."""
    if kind is Expect.ANY:
        return True
    judged = _JUDGED.get()
    if judged is None:
        return _holds(kind, text, question, telling)
    found = judged.get(asked := (kind, text, question, telling))
    if found is None:
        found = judged[asked] = _holds(kind, text, question, telling)
    return found


@lru_cache(maxsize=1024)  # one question is judged against many sentences
def _reading(kind: Expect, question: str) -> tuple[str, frozenset[str], str, bool, bool, bool, bool]:
    """How holds() reads a question: casefolded, its keys, ascii-folded, whether it asks a point in
    time or a span, who does a deed, and whether a party that receives the deed may answer it."""
    asked = question.casefold()
    asked_keys = frozenset(question_keys(question)) if kind in (Expect.PARTY, Expect.PLACE, Expect.TIME) \
        else frozenset()
    folded = ascii_fold(asked)
    point = kind is Expect.TIME and bool(_POINT.search(folded)) and not _SPAN.search(folded)
    # 'hvor lang tid tager testen?' asks how long; 'hvor lang tid før go-live ...?' asks by when
    span = kind is Expect.TIME and bool(_TAKES.search(folded) or _LENGTH_ASKED.search(folded)) and \
        not _RELATIVE_TO.search(folded)
    doers = bool(_WHO_DOES.match(folded))
    recipients = not (doers and _DOES_ACTIVELY.match(folded))
    return asked, asked_keys, folded, point, span, doers, recipients


def _holds(kind: Expect, text: str, question: str, telling: frozenset[str] | None) -> bool:
    if kind is Expect.COUNT:
        text = _NOT_A_COUNT.sub(_not_a_count, _opening_verb(text, question))
    if kind is Expect.URL:
        text = _VALUE[Expect.MAIL].sub(" ", text)  # 'helpdesk@serviceplatformen.dk' is a mail, no web address
    text = _other_label(kind, text)
    if kind in _LABEL_VALUES and _asked_label_value(kind, text, question):
        return True  # 'Hovednummer: 70 20 30 40' gives the hovednummer asked; 'Løsning: TaleSky' its name
    if kind is Expect.NAME:  # ('Anbefalet udfører: ...': the label is no name)
        return _names_focus(_FIELD_LABEL.sub(lambda m: " " * len(m.group(0)), text), question)
    if kind is Expect.VERSION and (owner := _version_owner(question)) and \
            re.search(rf"\b{re.escape(owner)}\s+v?\d+(?:\.\d+)*\b", text, re.I):
        return True  # 'Android 12' for 'hvilken Android-version ...?': the number after the name asked of
    asked, asked_keys, folded, point, span, doers, recipients = _reading(kind, question)
    if kind is Expect.PARTY:  # 'Anbefalet ansvarlig: X' names X; its label names no one
        text = _unlabelled(text)
    if kind is Expect.PLACE and any(label.casefold() not in _TASK_FIELDS
                                    for label, _, _ in _asked_labels(text, asked_keys)):
        return True  # 'Vejledning: KOMBIT's KUI-side' says where the vejledning asked about is
        # (not a task's own field, 'Resultat: Tidsplanen er godkendt', for 'hvor offentliggøres resultatet?')
    if kind is Expect.PLACE and _WHERE_LABEL.search(text):
        return True  # 'Adresse for Østervang: Østergade 112': the label says the value is a place
    if kind is Expect.PLACE and _ADDRESS_ASKED.search(folded):
        # a mail, web or street address, not the question's own ('i Serviceplatformens
        # administrationsmodul' names the module asked about, no address of it)
        return any(not re.search(re.escape(m.group(0).casefold()), asked)
                   for m in _STREET_OR_WEB.finditer(text))
    found = (chain(_parties(text, doers=doers, verbs=asked_keys, recipients=recipients),
                   _passive_subjects(text, asked_keys), _cleft_agents(text, asked_keys),
                   _relative_agents(text, asked_keys),
                   _passive_agents(text, asked_keys))
             if kind is Expect.PARTY
             else _VALUE[kind].finditer(text))
    for m in found:
        value = m.group(0).strip().casefold()
        if _said_alone(value, asked):
            continue  # the question's own words are no answer
        if kind is Expect.PARTY and _asked_party(content_keys(value), asked_keys) and \
                _written_in(value, folded):
            continue  # nor are they in another form ('KOMBIT' for 'KOMBITs afsendersystem', 'foreningen' for
            # 'biavlerforeningen'); the doer of the question's verb is news ('Leverandøren' for 'hvem leverer
            # testplanen?')
        if kind is Expect.PARTY and _imperative_of_asked(value, text[:m.start()], folded, asked_keys):
            continue  # 'Udlevér nøgler til montørerne': a step's verb, the one asked about, names no one
        if kind is Expect.PARTY and _spelled_out(text[m.start():], asked):
            continue  # 'Danmarks Adresseregister (DAR)' is the 'DAR' the question names, no other party
        if kind is Expect.PARTY and value.endswith("s") and _of_asked(text[m.end():], asked_keys):
            continue  # 'kommunens kontaktperson' only refers to the role asked about; it names no one
        if kind is Expect.TIME and _CONDITION.fullmatch(value) and (_DATE_ASKED.search(folded) or
                                                                    _restates(text[m.end():], asked)):
            continue  # 'når Context Handler 1 lukkes' answers nothing about when it closes
        if kind is Expect.TIME and _names_asked_day(value, asked_keys):
            continue  # 'to undervisningsdage' counts the days asked about; it says neither when nor how long
        if kind is Expect.TIME and _YEARS.search(value) and not _AGE_ASKED.search(folded) and \
                _AGE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # 'borgere over 18 år' is an age: no time, nor how long
        if point and _LASTS.search(text[:m.start()]):
            continue  # 'undervisningen varer to timer' says how long, not when
        if kind is Expect.TIME and _HOUR.fullmatch(value) and (_DATE_ASKED.search(folded) or (
                _GOLIVE_KEYS & asked_keys and not _ON_THE_DAY.search(folded))):
            continue  # 'kl. 6.30 på go-live-dagen' says what hour, not which date (nor which day go-live is)
        if kind is Expect.TIME and _GOLIVE_KEYS & content_keys(value) and (content_keys(value) <= asked_keys):
            continue  # 'før go-live' is no answer to 'hvornår er go-live?', nor news to '... før go-live?'
        if kind is Expect.TIME and _GOLIVE_KEYS & asked_keys and not _RELATIVE_TO.search(folded) and \
                not _GOLIVE_RELATIVE.search(folded) and _FROM_GOLIVE.match(text[m.end():]):
            continue  # '30 dage før go-live' is counted from go-live; it does not say when go-live is
        # 'inden udgangen af bølgens testperiode' is counted from the period as 'før' is from what follows it
        after = "før " + text[m.end():] if value.casefold().endswith(" af") else text[m.end():]
        if kind is Expect.TIME and (point or not _COUNTED_FROM.match(after)) and \
                _anchored_on_asked(text[:m.start()], after, asked_keys,
                                                      relative=bool(_RELATIVE_TO.search(folded)),
                                                      asked=folded):
            continue  # '3 uger før uddannelsen begynder' says when something else happens, not when it begins
        if kind is Expect.TIME and _HOUR.fullmatch(value) and _QUICK.search(folded):
            continue  # 'åben mandag-torsdag kl. 8-16' says when it is open, not how fast it answers
        if kind is Expect.TIME and span and _SEASON_VALUE.fullmatch(value):
            continue  # 'udbetales efter sommerferien' says when, not how long
        if kind is Expect.TIME and span and not _UNTIL.search(text[:m.start()]) and (
                _is_point(value, text[m.end():]) or _HOUR.fullmatch(value) or _DAY_PART_VALUE.fullmatch(value)
                or _LATEST.search(text[:m.start()])):
            continue  # 'senest 6 uger før go-live', 'kl. 8-16' say by when or at what hour, not how long
        if kind is Expect.PLACE and _restated(_place_keys(m.group(0).strip(), text[m.end():]) - _PREPOSITIONS,
                                              asked_keys):
            continue  # 'i Boligstøttesystemet' for 'hvor i Boligstøttesystemet ...?' names no new place
        if kind is Expect.PLACE and _ORIGIN_ASKED.search(folded) and not _FROM.match(m.group(0)):
            continue  # 'hvor kommer X fra?' asks where X comes from: 'findes i registret' says where it is
        if kind is Expect.PLACE and _LOCATED.search(folded) and not _ADDRESS.search(m.group(0)) and \
                not _NAME_AFTER.match(text[m.end():]):
            continue  # where a thing is ('hvor ligger X?') is an address or a named place, not 'til kommunen'
        if kind is Expect.PRICE and value == "betaler selv" and _SHARE_NEXT.match(text[m.end():]) and \
                not _PAYS_ASKED.search(asked):
            continue  # 'Borgeren betaler selv 35 procent' is a share; 'hvad koster X?' asks a price
        if kind is Expect.PRICE and _granted(text, m) and not _GRANT_ASKED.search(asked):
            continue  # 'et tilskud på 2.000 kr.' pays towards a thing; 'hvad koster X?' asks its price
        if kind is Expect.PASSWORD and _other_code(_word_before(text, m.start()) + value, asked):
            continue  # 'dørkoden er 2580' gives no alarm code
        if kind is Expect.PLACE and _HELD.search(folded) and not (_ADDRESS.search(m.group(0))
                                                                  or _HELD_AT.search(m.group(0))
                                                                  or _at_building(m.group(0))):
            continue  # where a course is held or a thing is mounted is a named place, an address, 'hos X' or
            # 'online', not 'i hver daginstitution' or 'i scanner-appen'
        if kind is Expect.COUNT and _BOUND_WORD.fullmatch(value) and _counted_noun(asked) and \
                is_number((_WORD.findall(text[m.end():]) or [""])[0]):
            continue  # 'op til tre niveauer' for 'hvor mange underpunkter': the number after the bound counts
        if kind is Expect.COUNT and not _counts_asked(text[:m.start()], text[m.end():], asked,
                                                      telling=telling):
            continue  # 'de tre kursusdage' is no count of the superbrugere asked about
        if kind is Expect.COUNT and _SHARE_AFTER.match(text[m.end():]) and not _SHARE_ASKED.search(folded):
            continue  # '10 % af salget' is a share; 'hvor mange skoler ...?' asks a count of things
        if kind is Expect.COUNT and not _counts_what_is(text, m.start(), m.end(), folded):
            continue  # 'Udvælg to distrikter' does not say how many districts the kommune has
        return True
    return False


def _said_alone(value: str, text: str) -> bool:
    r"""Whether `text` has `value` with no word character either side (as the pattern
    (?<!\w)value(?!\w) finds it, without building one pattern per value)."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(value, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern
