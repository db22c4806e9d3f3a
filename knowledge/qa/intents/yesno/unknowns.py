"""Claims in words the tasks never use: no verdict from a text that does not speak of them."""

from __future__ import annotations

import re

from knowledge.fold import GENERIC, is_stop, keys
from knowledge.qa.candidate import Candidate
from knowledge.qa.intents.yesno.words import _MODALS


def _unknown_claim(q, evidence: Candidate) -> bool:
    """Whether the question claims something with a word the tasks never use (a telling one, not a
    party a verdict intent already compared): no sentence of theirs can settle it either way."""
    return any(t.match == 0 and t.weight >= 0.5 and t.pos not in evidence.explained for t in q.content())


# Verbs that open a yes/no and that the question words read as no content, which are its claim there
# (not 'får', 'kommer', 'går', 'gælder', 'kræver', 'varer': 'Får X ...?' asks about X, 'kommer der et
# webinar?' whether there is one; the others relate, which other
# words of the sentence may say)
_FRAMING_FIRST = frozenset("tager giver viser laver ringer svarer spørger".split())


def _unsaid_framing_verb(q, said: str) -> bool:
    """Whether the verb after a modal and its subject is one that mostly frames a question ('svare',
    'give', 'tage', read as no content) and the sentence does not say it: in 'skal kandidaterne svare på
    brevet?' it is the very claim, which a sentence about the brev that never says 'svare' leaves open."""
    if len(q.tokens) < 3:
        return False
    said_keys = set(keys(said))
    first = q.tokens[0]
    if first.surface.casefold() in _FRAMING_FIRST:  # 'Tager e-læringen en hel dag?': the verb is the claim
        return first.key not in said_keys
    if first.surface.casefold() not in _MODALS:
        return False
    return any(t.weight == 0 and len(t.surface) >= 3 and t.surface.islower() and t.surface.endswith("e")
               and t.surface in GENERIC and not is_stop(t.surface) and t.key not in said_keys
               for t in q.tokens[2:4]) or unsaid_short_verb(q, said)


def unsaid_short_verb(q, said: str) -> bool:
    """Whether the verb after a modal and its subject is one too short to count as content ('se') and the
    sentence does not say it: in 'kan borgerne se alle anmeldelser?' it is the claim, which 'Borgerne kan
    anmelde rotter' does not settle."""
    if len(q.tokens) < 3 or q.tokens[0].surface.casefold() not in _MODALS:
        return False
    said_words = set(_WORD.findall(said.casefold()))
    return any(t.surface in _SHORT_VERBS and not _SHORT_VERBS[t.surface] & said_words for t in q.tokens[2:4])


# Verbs too short for the question words to read as content (two letters), with the forms a sentence says
# them in
_SHORT_VERBS = {"se": frozenset("se ser ses set sete".split())}
_WORD = re.compile(r"\w+")


def _unknown_verb(q, evidence: Candidate) -> bool:
    """Whether the question's verb is a word the tasks never use ('skal udtrækket krypteres, før det
    sendes til X?', 'skal vi kryptere udtrækket?'): a verdict on the rest of its words is no answer."""
    opens_modal = bool(q.tokens) and q.tokens[0].surface.casefold() in _MODALS
    return any(t.match == 0 and t.weight >= 0.5 and t.pos not in evidence.explained and t.surface.islower()
               and ((len(t.surface) >= 5 and t.surface.endswith("es"))
                    or (opens_modal and t.pos in (2, 3) and t.surface.endswith("e")))
               for t in q.content())
