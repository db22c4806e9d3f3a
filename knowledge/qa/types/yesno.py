"""Yes/no questions: a question that opens with a verb is answered Ja/Nej, not by a value."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.qa.types.kinds import _VALUE_CUES

# A yes/no question opens with a verb: it is answered Ja/Nej, not by a value. Besides the common
# verbs, any present-tense word (-r, -s) followed by a subject ('foregår testen ...', 'kører den'), also
# an indefinite or every-one subject ('varer en vielse ...', 'får hver deltager ...').
_V1 = re.compile(r"^\W*(?!hv)[a-z]{3,}(r|s)\s+(det|den|der|de|vi|jeg|du|i|man|han|hun|nogen|noget|alle|"
                 r"kommunen|[a-z]+(en|et|ne)|[a-z]+(ens|ets|nes)\s+[a-z][a-z-]*|"
                 r"(en|et|hver|hvert|enhver|ethvert)\s+[a-z][a-z-]{2,}|"
                 r"[a-z]{3,}-\s+(og|eller)\s+[a-z]+(en|et|ne))\b")
# ('underskriver natur- og miljøchefen påbuddet?': a subject of two compounds sharing their head;
# 'tilslutter kommunens IT-afdeling vægtene?': a subject after its owner's genitive)
YES_NO = re.compile(r"^\W*(er|erde|skal|kan|maa|har|faar|bliver|findes|gaelder|kraever|bruger|bruges|koster|"
                    r"stopper|starter|lukker|sker|"
                    r"skulle|kunne|burde|vil|goer|is|are|does|do|did|can|could|must|should|shall|will|"
                    r"has|have|may|was|were)\b")


# A passive verb first: 'underskrives bilag B af kommunaldirektøren?'
# 'hører opgave 7 til bølge 2?', 'varer BBR-testen to uger?': a verb in the present before a task or a
# hyphenated definite noun
_V1_TASK = re.compile(r"^\W*(?!hv)[a-z]{2,}(er|ar|or|ur|yr)\s+"
                      r"(opgave\b|\d{2,}\b|[a-z]{1,8}\s?\d{1,4}[a-z]?\b|[a-z0-9]+(-[a-z0-9]+)+(en|et|ne)\b)")
_PASSIVE_FIRST = re.compile(r"^\W*(?!hv)[a-z]{4,}es\s+\w")


# 'Uploader Netcompany filen?', 'Leverer Systematic løsningen?': a verb, a name as its subject and a
# definite object or another name (read on the text as written: the name's capital tells it)
_V1_NAME = re.compile(r"^\W*(?![Hh]v)[A-ZÆØÅ][a-zæøå]{2,}e?r\s+[A-ZÆØÅ][\w-]*\s+"
                      r"(?:[a-zæøå-]{2,}(?:en|et|ne)\b|[A-ZÆØÅ]|(?:for|til|med|ikke|selv|også)\s|"
                      r"(?:de|den|det|sine|sin|sit)\s+[a-zæøå-]{3,}|"
                      r"[a-zæøå-]{3,}\s+(?:til|på|for|med|om|i|af|hos|fra)\s)[^?]*\?\s*$")
# ('Leverer KOMBIT skabeloner til skiltene?': an indefinite object, then a preposition)
# ('Betaler KOMBIT for vikardækning?': the name's verb may take a preposition or a negation next)


# A question word anywhere ('Under Digital Post, hvem skal underskrive?'), or a preposition first
# ('Efter KOMBIT Support ...'): no verb-first yes/no
_NOT_V1 = re.compile(r"\b(?:hv\w+|når|who|what|when|where|which|how|why)\b|^\W*(?:under|efter|over|uden|"
                     r"mellem|omkring|udover|for|før|after)\b", re.IGNORECASE)


# As users type it, all lower case but the name ('behandler Rutelogik klager over ruterne?'): the verb, the
# name, then a word of the object and the rest (a noun and a name alone, 'telefonnummer Katrine Mosbæk?',
# asks for a value)
_V1_NAME_TYPED = re.compile(r"^\W*(?!hv)[a-zæøå]{3,}e?r\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*\s+"
                            r"[a-zæøå][a-zæøå-]{2,}\b[^?]*\?\s*$")


def is_yes_no_named(text: str) -> bool:
    """'Uploader Netcompany filen med X?': a yes/no whose subject is a name."""
    return bool(_V1_NAME.match(text) or _V1_NAME_TYPED.match(text)) and not _NOT_V1.search(text)


@lru_cache(maxsize=4096)  # the question is asked so by the reading, the intents and the checks
def is_yes_no(folded: str) -> bool:
    """'skal borgmesteren underskrive?', 'foregår testen i produktion?', 'is task 702 optional?'; not
    a request for a value in a yes/no form ('har du Jonas' nummer?', 'can you give me her mail?')."""
    if _REQUEST.match(folded) and any(cue.search(folded) for _, cue in _VALUE_CUES):
        return False
    return bool(YES_NO.match(folded) or _V1.match(folded) or _V1_TASK.match(folded) or
                _PASSIVE_FIRST.match(folded))


_REQUEST = re.compile(r"^\W*(har du|kender du|kan du (give|sende|finde|sige)|kan (jeg|vi) faa|ved du|"
                      r"do you (have|know)|can you (give|send|find|tell)|could you|can (i|we) (get|have)|"
                      r"may i have)\b")
