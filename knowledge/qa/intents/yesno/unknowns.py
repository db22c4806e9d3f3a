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


def unsaid_claim_verb(q, said: str) -> bool:
    """Whether the verb after a modal and its subject, or after the subject's relative clause ('Må en
    frivillig, der ikke står på listen, trække færgen?': 'trække'), is one the sentence does not say: the
    subject's words are said by a sentence about the subject ('Alle frivillige står på listen'), the claim
    only by one saying the verb."""
    if len(q.tokens) < 3 or q.tokens[0].surface.casefold() not in _MODALS:
        return False
    said_keys = set(keys(said))
    # (its own stem too: 'trække færgen' may be read joined, as the project's 'Trækfærge')
    return any(not {t.own_key, *t.keys} & said_keys for t in _claim_verbs(q))


def _claim_verbs(q) -> list:
    """The words that may be the claim's verb: the word after the subject's relative clause, else the
    infinitive-looking words right after the subject (a subject's own '-e' word is said anyway)."""
    m = _AFTER_CLAUSE.search(q.text)
    if m is not None:
        clause = next((t.pos for t in q.tokens if t.surface.casefold() == m.group(1).casefold()), None)
        found = [t for t in q.tokens if clause is not None and t.pos > clause and t.surface == m.group(2)][:1]
    else:
        found = [t for t in q.tokens[2:4] if t.surface.endswith("e")]
    return [t for t in found if t.role == "word" and t.surface.islower()]


# ', der (ikke) står på listen, trække ...': the relative clause after the subject and the word after it
_AFTER_CLAUSE = re.compile(r",\s*(der|som)\b[^,?]*,\s*(\w+)")


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
