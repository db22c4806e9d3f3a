"""What kind of value a question asks for: expected(), and the words of a question that name a kind."""

from __future__ import annotations

import re
from itertools import chain

from knowledge.fold import ascii_fold
from knowledge.qa.types.kinds import _HOW_MANY, _OTHER_CUES, _TASK_LIST, _VALUE_CUES, _WH_CUES, Expect
from knowledge.qa.types.yesno import is_yes_no


def expected(folded: str) -> Expect:
    """The type of value an ascii-folded question asks for: a named kind of value first ('hvem har
    hendes telefonnummer' asks for a phone), then the opening question word, then other cues."""
    if is_yes_no(folded) or _TASK_LIST.search(folded):
        return Expect.ANY  # answered Ja/Nej, or by a list of tasks
    if _WHO_DOES.match(folded) or _WHERE_DUTY_LIES.match(folded):
        return Expect.PARTY  # 'hvem udleverer adgangskoden?': who hands it out, not the password
    if _WHAT_FOLLOWS.match(folded):
        return Expect.ANY  # 'hvad sker der, hvis gruppen ikke tager telefonen?': what follows, no phone
    if _MAIL_SUBJECT.search(folded):
        return Expect.ANY  # 'hvilket emne skal mailen have?' asks the mail's subject, no mail address
    if _MAILED_WHEN.match(folded):
        return Expect.TIME  # 'when do we have to email the agreement?': 'email' is the deed dated, no address
    if _SPAN_OR_DEADLINE.match(folded):
        return Expect.TIME  # 'hvad er fristen for oprettelse af EAN-numrene?': a time, whatever it is for
    if _HOW_MANY.match(folded) and next((kind for kind, cue in _VALUE_CUES if cue.search(folded)),
                                        Expect.ANY) in _COUNTED_VALUES:
        # 'hvor mange telefonnumre ...?' counts numbers, it asks for none of them ('hvor mange procent ...?'
        # still asks a share)
        return next(kind for kind, cue in _WH_CUES if cue.search(folded))
    for cues in (_VALUE_CUES, _WH_CUES) if _HOW.match(folded) else (_VALUE_CUES, _WH_CUES, _OTHER_CUES):
        for kind, cue in cues:
            if (m := cue.search(folded)) and not (kind is Expect.URL and _TIME_OR_PARTY.match(folded)
                                                  and _PLACED_ON.search(folded[:m.start()])):
                return kind
    return Expect.ANY


# 'hvornår skal takstbladet ligge på hjemmesiden?', 'hvem lægger nyheden på kommunens hjemmeside?': the
# site is where a thing stands, not a link asked for
_TIME_OR_PARTY = re.compile(r"^\W*(hvornaar|hvem|when|who)\b")
_PLACED_ON = re.compile(r"\b(paa|fra|on|from)\s+(?:(?:den|det|vores|jeres|kommunens|the|our|your|its)\s+)?$")


# A span or a deadline asked for first ('hvor mange arbejdsdage har vi til at svare på velkomstmailen?',
# 'hvad er fristen for EAN-numrene?'): a time, though the thing it is for names another kind of value
_SPAN_OR_DEADLINE = re.compile(r"^\W*(hvor (lang tid|laenge)|how long|(hvor mange|how many) (arbejds|hver)?"
                               r"(dage|uger|maaneder|(working |business )?days|weeks|months)\b|"
                               r"(hvad|what) (er|var|is|was) (den |the )?(sidste |seneste |final |latest )?"
                               r"(frist(en)?|tidsfrist(en)?|deadline(n)?) (for|til|paa|on|of)\b)")


# 'when ... to/we/must email ...?': a time asked of the deed of mailing (the verb after 'to', a modal or a
# subject), where 'email' names no address asked for
_MAILED_WHEN = re.compile(r"^\W*when\b.*\b(to|we|i|you|they|must|should|shall|will)\s+e-?mail\b")


# values one has some of, which 'hvor mange' counts (ANY: no value named)
_COUNTED_VALUES = frozenset({Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PASSWORD, Expect.URL, Expect.CODE,
                             Expect.NAME})


# a mail's subject asked ('hvilket emne skal mailen have?', 'hvad skal der stå i emnefeltet?', 'what subject
# line ...?'): words to write, no address
_MAIL_SUBJECT = re.compile(r"^\W*(hvilke[nt]?|hvad|which|what)\b.*"
                           r"(\b(emnefelt\w*|emnelinje\w*|subject line)\b|"
                           r"\b(emne|emnet|subject)\b(?=.*mail)|mail\w*\b.*\b(emne|emnet|subject)\b)")


# 'hvad sker der, hvis ...?', 'what happens if ...?': what follows, whatever the condition names
_WHAT_FOLLOWS = re.compile(r"^\W*(hvad (sker|skete) der|hvad hvis|"
                           r"what (happens|happened|will happen|would happen|if))\b")


# 'hvordan afregnes prisen?' asks how, not what it costs ('pr. påbegyndt halve time'); 'how long/many/much'
# ask for a value
_HOW = re.compile(r"^\W*(hvordan|how(?! (long|many|much|often|soon|quickly|early)\b))\b")


# 'hvem udleverer/sender/opdaterer X?': a deed done to the value names who does it ('hvem har hendes
# telefonnummer?' still asks for the number)
# 'hvem eksporterer X?', 'who exports X?' (read as 'hvem eksportere X'): who does a deed that is not one
# of passing or receiving a thing to someone (contacting, asking, receiving, having, signing, approving),
# asked with no preposition left at the end ('hvem sender vi X til?' asks the recipient)
_DOES_ACTIVELY = re.compile(r"^\W*(?:hvem|who)\s+(?:(?:skal|kan|vil|should|can|will|must)\s+)?"
                            r"(?!(?:kontakt|sporg|henvend|ring|skriv|modtag|far\b|fa\b|underskriv|godkend|"
                            r"contact|ask|call|writ|receiv|get|sign|approv|have\b|has\b)\w*)"
                            r"[a-z]{3,}(?:er|e|s)\b(?<!es)(?!.*\b(?:til|to|hos|med|fra|with|from)\W*$)")
_WHO_DOES = re.compile(r"^\W*(hvem|who)\s+(?!(har|havde|kender|ved|er|var|has|have|knows?|is|was)\b)"
                       r"(skal\s+|kan\s+|should\s+|can\s+|will\s+)?[a-z]{3,}(er|es|e|s)\b(?!.*\b(hvem|who)\b)")


# 'hvor ligger ansvaret for X?', 'where does the responsibility for X lie?': a duty lies with someone, the
# party asked for, not a place
_WHERE_DUTY_LIES = re.compile(r"^\W*(hvor|where)\s+(ligger|er|is|does|lies)\s+(the\s+)?"
                              r"(ansvar\w*|responsibilit\w*)\b")


def names_value(folded_word: str, kind: Expect) -> bool:
    """Whether a word of the question only names the kind of value asked for ('CVR-nummer', 'mail')."""
    return any(cue.fullmatch(folded_word) for cue in _VALUE_CUES_OF.get(kind, ()))


def cues(folded_word: str, kind: Expect) -> bool:
    """Whether a word of the question is a cue for the kind of value asked ('koster' for a price, also
    as a verb after 'hvor meget': 'betale')."""
    return any(cue.search(folded_word) or cue.search("hvor meget " + folded_word)
               for cue in _CUES_OF.get(kind, ()))


def _by_kind(*tables: list[tuple[Expect, re.Pattern[str]]]) -> dict[Expect, tuple[re.Pattern[str], ...]]:
    """The cues of the tables by the kind they cue, in the tables' order."""
    grouped: dict[Expect, list[re.Pattern[str]]] = {}
    for kind, cue in chain(*tables):
        grouped.setdefault(kind, []).append(cue)
    return {kind: tuple(found) for kind, found in grouped.items()}


# (every word of a question is asked about one kind: only that kind's cues are tried)
_VALUE_CUES_OF = _by_kind(_VALUE_CUES)
_CUES_OF = _by_kind(_VALUE_CUES, _WH_CUES, _OTHER_CUES)


def asked_value(folded: str) -> Expect:
    """The value a question names, whatever its form: 'er der en frist for X?' (a time), 'koster det
    noget?' (a price), 'står hendes mail i opgaven?' (a mail); ANY for the rest."""
    for kind, cue in _VALUE_CUES + [(k, c) for k, c in _OTHER_CUES if k is Expect.PRICE] + [_DEADLINE]:
        if cue.search(folded):
            return kind
    return Expect.ANY


_DEADLINE = (Expect.TIME, re.compile(r"\b(frist(en|er)?|tidsfrist\w*|deadlines?|dato(en)?|date)\b"))


def joined_values(folded: str) -> list[Expect]:
    """The kinds of value an ascii-folded question asks for together ('hvad er hans mail og
    telefonnummer?'): each must be given, or the answer is partial. Empty for one kind."""
    if not _TOGETHER.search(folded):
        return []
    kinds = [kind for kind, cue in _VALUE_CUES if kind in _JOINABLE and cue.search(folded)]
    return kinds if len(kinds) > 1 else []


# The values one asks for side by side (a contact's mail and phone, a login and a URL)
_JOINABLE = frozenset({Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PASSWORD, Expect.URL})
# 'og', 'samt', 'and' join what is asked; 'eller' asks for either
_TOGETHER = re.compile(r"\b(og|samt|and|plus)\b|&|\+")


def asks_for_tasks(question: str) -> bool:
    """'hvilke opgaver ...', 'which tasks ...': a list of tasks, not a value from one."""
    return bool(_TASK_LIST.search(ascii_fold(question)))
