"""Conditions: whether the sentence's claim holds only under a condition, or excepts the one asked."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _first_line
from knowledge.qa.intents.yesno.words import _CONDITION, _NEGATION, _ONLY_IF

# A question's condition clause: 'kan nævnet behandle sagen, hvis politiet ikke har svaret inden fristen?'
# asks whether it may be done, not when ('inden fristen' is the condition's)
_ASKED_CONDITION = re.compile(r"\b(?:hvis|medmindre|if|unless)\b[^,?]*", re.I)
_NUMBER_RUN = re.compile(r"\d+")


def _without_said_condition(question: str, said: str) -> str:
    """The question without its condition clause when the sentence states that very condition (every word
    of it): what is asked is the main clause ('kan nævnet behandle sagen?'), not a time or value."""
    m = _ASKED_CONDITION.search(question)
    if m is None:
        return question
    told, said_keys = content_keys(m.group(0)), content_keys(said)
    # (a word in another form, 'har svaret' - 'Svarer', may be missing; a number may not)
    if len(told & said_keys) < 0.6 * len(told) or not set(_NUMBER_RUN.findall(m.group(0))) <= \
            set(_NUMBER_RUN.findall(said)):
        return question
    return question[:m.start()] + " " + question[m.end():]


_UNLESS = re.compile(r"\b(?:medmindre|unless)\b(?P<cond>[^.;:!?]+)", re.I)


def _asked_the_exception(question: str, said: str) -> bool:
    """Whether the question asks under the very condition the sentence excepts from its claim ('Værterne
    skal ikke have en børneattest, medmindre de arbejder med børneaktiviteter'): there the claim turns."""
    m, unless = _ASKED_CONDITION.search(question), _UNLESS.search(said)
    if m is None or unless is None or m.group(0).split()[0].casefold() in ("medmindre", "unless"):
        return False
    told = content_keys(m.group(0))
    return bool(told) and len(told & content_keys(unless.group("cond"))) >= 0.6 * len(told)


def _after_condition(said: str) -> str:
    """The sentence's main clause after the condition it opens with ('Svarer politiet ikke inden fristen,
    kan nævnet ...'): where a question that asks under that very condition finds its claim."""
    first = _first_line(said)
    m = _CONDITION.match(first)
    return first[first.rfind(",", 0, m.end()) + 1:] if m else said


# A denial that ends on its verb or a pronoun: 'En almindelig administrator kan ikke godkende.', 'Det er
# ikke nok, at udvalget har godkendt den.' - what is done, and by whom instead, the sentence before says
_DENIAL_LEANING = re.compile(r"\b(?:ikke|not)\b.*(?:\b(?:den|det|dem|dette|it|them)|[a-zæøå]{3,}e)"
                             r"\s*[.!]?\s*$", re.I)


def _with_rule_before(ctx: Context, evidence: Candidate, said: str) -> str:
    """A 'Nej' read off a denial that leans on the sentence before it in the same field, with that sentence
    in front when it says the rule without a denial ('Grundlisten skal vedtages af kommunalbestyrelsen.
    Det er ikke nok, at grundlisteudvalget har godkendt den.'): the answer gives who or what instead."""
    if evidence.kind != "passage" or len(evidence.tasks) != 1 or "\n" in said.strip() or \
            not _DENIAL_LEANING.search(said.strip()):
        return said
    index, task = ctx.index, evidence.tasks[0]
    ids = index.task_passage_ids(task)
    pid = next((p for p in ids if ITEM.sub("", index.passages[p].text).strip() == said.strip()), None)
    if pid is None or pid - 1 not in ids or index.passages[pid - 1].field != index.passages[pid].field:
        return said
    before = ITEM.sub("", index.passages[pid - 1].text).strip()
    return said if _NEGATION.search(before) or said.strip() in before else f"{before} {said.strip()}"


# A condition the question itself puts ('..., hvis vi har det som DWG?', 'uden forsikring'): it asks under it
_ASKS_CONDITION = re.compile(r"\b(?:hvis|når|såfremt|dersom|medmindre|uden|if|when|unless|without)\b", re.I)


def _only_conditionally(question: str, said: str) -> bool:
    """Whether the sentence grants its claim only under a condition ('... kun, hvis ...') that a question
    naming no condition of its own leaves open: neither 'Ja' nor 'Nej' follows from it."""
    first = _first_line(said)
    return bool(_ONLY_IF.search(first)) and not _ASKS_CONDITION.search(question)
