"""Whether an answer is about the thing or deed asked about, and a question's unknown thing or role."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.dates import MONTHS_DA_RE, WEEKDAYS_DA
from knowledge.fold import content_keys, glossary_knows, question_keys
from knowledge.morphology import derivations, in_compound, kin, same_head
from knowledge.qa.analysis import Question, Token
from knowledge.qa.gate.reading import _sentences
from knowledge.qa.gate.roles import _IDENTITY_OPEN
from knowledge.qa.gate.words import _STEP_NUMBER, KEY_WEIGHT
from knowledge.qa.types import Expect, asks_for_tasks, holds

# A relative clause after a name: '..., Timebooking Pro, som lukkes 30 dage efter go-live'.
_NAMED_RELATIVE = re.compile(r"(?P<name>(?:[A-ZÆØÅ][\wæøåÆØÅ-]*\s+){0,2}[A-ZÆØÅ][\wæøåÆØÅ-]*),?\s+"
                             r"(?:som|der|which|that)\s+(?P<clause>[^,.;:!?\n]+)")


def _time_of_other_name(q: Question, text: str) -> bool:
    """'Hvornår lukkes Borgerkalenderen?' is not answered by 'Borgerkalenderen erstatter X, som lukkes
    30 dage efter go-live': every time in the text stands in a relative clause about a name the
    question does not write, while a name the question writes stands outside it."""
    if q.expects is not Expect.TIME:
        return False
    asked = question_keys(q.text, q.held)
    names = {k for t in q.tokens if t.role == "word" and t.surface[:1].isupper() and t.pos > 0
             for k in t.keys}
    timed = [s for s in _sentences(text.strip()) if holds(Expect.TIME, s, q.text)]
    if not timed or not names:
        return False
    for s in timed:
        clauses = [m for m in _NAMED_RELATIVE.finditer(s) if holds(Expect.TIME, m.group("clause"), q.text)
                   and not content_keys(m.group("name")) & asked]
        if not clauses or holds(Expect.TIME, _NAMED_RELATIVE.sub(" ", s), q.text):
            return False
        outside = content_keys(s[:clauses[0].start()])
        if not any(in_compound(n, outside) for n in names):
            return False
    return True


# The thing a verb is done to: the subject of a passive first in its sentence ('Kontrolrapporten
# godkendes af HR-chefen', 'Bilaget skal underskrives af DPO'), and what a deed's noun is of
# ('Monteringen af dørene udføres af tømreren').
_PASSIVE_THING = re.compile(r"^\W*(?:(?:den|det|de|the)\s+)?(?P<thing>[\wæøåÆØÅ-]+)"
                            r"(?:\s+af\s+(?:(?:den|det|de)\s+)?(?P<object>[\wæøåÆØÅ-]+))?\s+"
                            r"(?:(?:skal|kan|bør|må|vil|must|should|is|are|will)\s+)?(?:\w+\s+)?"
                            r"(?P<verb>[a-zæøå]+es|[a-z]+ed)\s+(?:af|by)\b")
# A step that has a thing done by someone: '3. Få ventelisten godkendt af parkchefen', 'Få kontrakten
# underskrevet af direktøren' says who approves or signs that thing, as its passive does.
_HAVE_DONE_THING = re.compile(r"^\W*(?:få|lad|get|have)\s+(?:(?:den|det|de|the)\s+)?"
                              r"(?P<thing>[\wæøåÆØÅ-]+)\s+(?P<verb>[a-zæøå]+(?:t|et|ede|ed))\s+(?:af|by)\b",
                              re.I)
_PRONOUN_THING = re.compile(r"(?i:den|det|de|denne|dette|disse|it|they|this|these|opgaven|task)")
# A firm called by its kind, definite: it points back to the firm named before it ('Kuldemåler Udstyr
# udlåner loggere. Firmaet ejes af X.'), as a pronoun does.
_FIRM_WORD = re.compile(r"(?i:firmaet|virksomheden|selskabet|forretningen)")


def _done_to_another(q: Question, text: str, title: set[str] = frozenset(), *, beside: bool = False,
                     before: Callable[[str], list[str]] = lambda sentence: []) -> bool:
    """'Hvem godkender integrationen til IdM-systemet?' is not answered by 'Kontrolrapporten godkendes af
    HR-chefen': the sentence says who does the asked verb to a thing the question does not name, and
    says nothing else the question names besides the verb, nor does its task's title. `before` gives
    the task's sentences before the answer's (for a firm called 'Firmaet' there)."""
    if q.expects is not Expect.PARTY or q.lang != "da":
        return False  # (an English question's words are matched to the Danish text by meaning, not form)
    # (a step's number is no sentence of its own: '3. Få ventelisten godkendt af X')
    sentences = [s for s in _sentences(_STEP_NUMBER.sub("", text.strip())) if s.strip()]
    if len(sentences) != 1:
        return False
    m = _PASSIVE_THING.match(sentences[0]) or _HAVE_DONE_THING.match(sentences[0])
    if m is None or _PRONOUN_THING.fullmatch(m.group("thing")):
        return False
    thing, verb = content_keys(m.group("thing")), content_keys(m.group("verb"))
    told = [t for t in q.tokens if t.role == "word" and t.weight >= 0.3 and t.pos not in q.project_pos
            and not set(t.keys) & verb]
    if not thing or not told or same_head(thing, {k for t in q.tokens for k in t.keys}):
        return False
    if _FIRM_WORD.fullmatch(m.group("thing")) and _last_name_is(told, before(sentences[0])):
        return False  # 'hvem ejer Kuldemåler Udstyr?' - 'Kuldemåler Udstyr udlåner ... Firmaet ejes af X'
    deed = set(derivations(m.group("thing").casefold()))  # the verbs its noun may be of ('montering')
    if deed & {k for t in told for k in t.keys}:
        # 'Monteringen udføres af X' for 'hvem monterer ...?': the noun of the asked deed, done to what
        # its 'af' names, if it names one ('Monteringen af dørene ...' is not of the cupboards asked of)
        if not (done_to := m.groupdict().get("object")):
            return False
        thing = content_keys(done_to)
        if not thing or same_head(thing, {k for t in q.tokens for k in t.keys}):
            return False
        told = [t for t in told if not deed & set(t.keys)]
        # (and the title excuses nothing: the sentence names its thing itself)
        return not any(same_head(set(t.keys), content_keys(sentences[0])) for t in told)
    titled = [t for t in told if t.weight >= KEY_WEIGHT and _thing_keys(t) & title]
    if titled and not (beside and kin(thing, title) and
                       not any(kin(thing, set(t.keys) | content_keys(t.surface)) for t in titled)):
        return False  # 'Adgangen godkendes af ...' in the task titled 'Godkend afleveringsmodulet': its thing
        # (unless the title names the sentence's thing beside the asked one: 'Ventelisten godkendes af X' in
        # 'Opret lodder og venteliste' is not of 'lodderne'; a title with no 'og' or comma names no thing
        # beside another: 'Flytningen' in 'Flytning af medlemskort' is the cards' own, 'Brevet' in 'Brev til
        # forældre' the 'forældrebrevet' asked about)
    said = content_keys(sentences[0])
    return not any(same_head(set(t.keys), said) for t in told)


def _last_name_is(told: list[Token], sentences: list[str]) -> bool:
    """Whether the firm 'Firmaet' after the sentences points back to a name that is all the question's
    words: the nearest sentence that names something must name one firm doing a deed, as its subject
    opening it ('Bølgeskvulp Udlejning lejer ...'; a single word only when the question writes it as a
    name), as its passive's agent ('leveres af Brikhuset') or as the firm dealt with ('leje en vindmåler
    hos Vindstød Udlejning', 'fra X'); a name after another preposition is a place ('over
    Springvandspladsen'), never it, and of two firms ('Nordlys Event, der lejer lyden hos Klangbox
    Udlejning') neither is."""
    asked = {k for t in told if t.surface[:1].isupper() for k in content_keys(t.surface)}
    for s in reversed(sentences):
        runs = list(_CAPITALISED.finditer(s))
        opener = next((m for m in runs if not s[:m.start()].strip(" \t\n-*•\"'(")), None)
        names = [m for m in runs if m is not opener or " " in m.group(0)
                 or content_keys(m.group(0)) & asked]
        if not names:
            continue
        firms = [m.group(0) for m in names
                 if m is opener or re.search(r"\b(?:af|hos|fra)\s+$", s[:m.start()])]
        if len(firms) != 1:
            return False
        said = content_keys(firms[0])
        return bool(said) and all(same_head(set(t.keys), said) for t in told)
    return False


# a run of capitalised words ('Sivgaard Materiel', 'KOMBIT')
_CAPITALISED = re.compile(r"(?<![\wæøåÆØÅ])[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*)*")


def _thing_keys(t: Token) -> set[str]:
    """The keys that name a question word's thing: a compound the tasks lack, read in its parts, names its
    head's kind of thing, not its first part's ('testplanen' read as 'plan' and 'test' is no test, so a
    task titled 'Test og godkend X' does not name it)."""
    own = t.own_key
    if own in t.keys or len(t.keys) < 2 or not all(k in own for k in t.keys):
        return set(t.keys)
    return {k for k in t.keys if own.endswith(k)} or set(t.keys)


# A definite compound noun ('opstartsmødet', 'risikovurderingen'): a thing the question asks about (not
# an adverb or a verb: 'sammen', 'hinanden', 'forvejen')
_DEFINITE = re.compile(r"[a-zæøå]{7,}(?:en|et|ne|erne)")
# The share of a question's weight (its project aside) that makes a word a main part of what it asks.
_MAIN_SHARE = 0.3


def _unknown_thing(q: Question) -> bool:
    """'Hvornår holdes opstartsmødet for Jobcenterplan?', 'hvor finder jeg risikovurderingen for X?': a
    main thing the question asks about is a noun no task has (nor in another form, nor as a misspelling)
    and no verb the pipeline set aside, so no sentence is about it, however well the rest matches. (A
    Danish question: an English one's words are matched to the Danish text by meaning.)"""
    if q.lang != "da" or q.yesno or asks_for_tasks(q.text):
        return False
    # (a date the question names says when, not what: 'hvad bliver vejret den 18. april 2029?' asks the
    # weather, which no task has, however well a sentence of that day matches the date)
    words = [t for t in q.tokens if t.role == "word" and t.pos not in q.project_pos]
    dated = [t for t in words if _DATE_WORD.fullmatch(t.surface.casefold())]
    total = sum(t.weight for t in words if t not in dated)
    only = [t for t in words if t not in dated] if dated else []
    return total > 0 and any(t.role == "word" and t.match == 0 and t.weight / total >= _MAIN_SHARE
                             and t.pos not in q.project_pos
                             and ((not glossary_knows(t.key) and (_DEFINITE.fullmatch(t.surface)
                                                                  or t is _deed_object(q)
                                                                  or (only == [t] and
                                                                      _SHORT_DEFINITE.fullmatch(t.surface))))
                                  or (_head_of_another_word(q, t) and not t.concepts)) for t in q.tokens)


# the words of a date: a day or a year in digits, a month, a weekday ('den 18. april 2029', 'lørdag')
_DATE_WORD = re.compile(r"\d{1,4}\.?|(?:" + MONTHS_DA_RE + "|" + "|".join(WEEKDAYS_DA) + ")")


def _unknown_role(q: Question) -> bool:
    """'Who is the principal of Østre Skole?': the role a 'who is X' question asks the holder of is a word
    no task has in any form (in English too, as translated), so a sentence about the rest names another
    role's holder ('Skolesekretær Jonas Friis på Østre Skole ...')."""
    if q.expects is not Expect.PARTY or not _IDENTITY_OPEN.match(q.text):
        return False
    words = [t for t in q.tokens if t.role == "word"]
    if not words or (q.lang == "en" and words[0].surface not in q.typed):
        return False  # an English word left as typed has no known meaning ('who's behind X?'): no role
    return words[0].match == 0 and words[0].weight > 0 and not words[0].concepts \
        and words[0].pos not in q.project_pos and not words[0].surface[:1].isupper()


def _head_of_another_word(q: Question, t: Token) -> bool:
    """'valg' beside 'miljøudvalget': a word that ends another of the question's words is a noun, whatever
    its length, and a thing of its own when no task has it."""
    own = t.own_key
    return len(own) >= 4 and any(o is not t and o.own_key != own and o.own_key.endswith(own)
                                 for o in q.tokens)


# A definite noun of any length ('vandet', 'nøglen'): what a who-question's verb is done to
_SHORT_DEFINITE = re.compile(r"[a-zæøå]{3,}(?:en|et|ne|erne)")


def _deed_object(q: Question) -> Token | None:
    """The definite noun right after a who-question's verb ('hvem leverer vandet til X?'): the thing the
    asked deed is done to, which a sentence must be about, short or long."""
    if q.expects is not Expect.PARTY or len(q.tokens) < 3 or q.tokens[0].key not in ("hvem", "who"):
        return None
    verb, obj = q.tokens[1], q.tokens[2]
    if verb.role != "word" or not verb.surface.islower() or not verb.surface.endswith(("r", "s")):
        return None
    return obj if obj.role == "word" and _SHORT_DEFINITE.fullmatch(obj.surface) else None
