"""The pipeline's own weighing of the candidates before the checks: the texts a question of its kind is
not answered by (a deadline for an earliest day, another relation, the object doing the deed)."""

from __future__ import annotations

import re

from knowledge.consequences import consequence_like
from knowledge.fold import key
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate, asks_earliest, in_main_clause
from knowledge.qa.intents import yesno
from knowledge.qa.passage_answers import RELATIONS
from knowledge.qa.types import Expect


def weigh(index: Index, q: Question, candidates: list[Candidate]) -> None:
    """Lower the priors of the candidates a question of its kind is not answered by."""
    # (a relation said only in a 'før/når/hvis' clause is no relation asked: 'hvem gennemgår aftalen, før
    # den bliver underskrevet?' asks who reviews it, not who signs)
    relation = {t.pos for t in q.content() if t.concepts & RELATIONS
                and any(in_main_clause(q, concept) for concept in t.concepts & RELATIONS)} \
        if q.expects is Expect.PARTY else set()
    # 'hvornår kan X tidligst ...?', 'hvornår skal vi gå i gang med X?': when it may or should begin
    asked_earliest = asks_earliest(q)  # once per question: it folds the question's words
    earliest = asked_earliest or (q.expects is Expect.TIME and q.has("start") and not q.has("end"))
    for c in candidates:
        if earliest and c.found and c.kind == "passage" and _BY_ONLY.search(c.text) and \
                not _FROM_DAY.search(c.text):
            c.prior *= 0.6  # not answered by X's deadline ('senest ...'), which says when it ends
        elif asked_earliest and c.found and c.kind == "deadline" and _BY_ONLY.search(c.text) and \
                not _FROM_DAY.search(c.text):
            c.prior *= 0.6  # 'hvornår kan vi tidligst søge?' - '... søges senest 1. oktober': the last day
        _check_numbers(index, q, c)
        if relation and c.found and not relation & c.explained:
            c.prior *= 0.6  # 'hvem er leverandør af X?' is not answered by any sentence about X
        if q.yesno and c.found and c.kind == "passage" and not q.has("if") and yesno.denied_condition(c.text):
            c.prior *= 0.9  # 'skal aftalen uploades?': 'Uploades aftalen ikke til tiden, ...'
            # says what follows
        if c.found and c.kind == "passage" and _object_as_doer(q, c.text):
            c.prior *= 0.6  # 'hvem melder borgerne fra?' is not answered by 'Borgerne kan framelde ...'
        if c.found and c.kind not in _SAYS_WHAT_FOLLOWS and q.has("consequence") and q.has("if"):
            # 'hvad sker der, hvis vi springer X over?' is not answered by X's requirements, nor 'hvad sker
            # der, hvis MobilePay er nede?' by 'Betaling: MobilePay': a text with no word of what follows
            c.prior *= 0.8 if consequence_like(c.text) else 0.6


def _object_as_doer(q: Question, text: str) -> bool:
    """Whether a 'hvem/hvor <verb> (vi) <noun>?' question's object does that verb itself in the
    sentence: 'Borgerne kan framelde en levering' has the citizens cancel, so it does not say who (or
    where one) cancels the citizens ('hvem melder borgerne fra?'). A passive ('Aftalen underskrives af
    X') is done to its subject, and is no such sentence."""
    if q.yesno or q.expects not in (Expect.PARTY, Expect.PLACE) or len(q.tokens) < 3:
        return False
    content = [t for t in q.tokens[1:] if t.role == "word" and t.weight > 0]
    if len(content) < 2 or not content[0].surface.islower() or not content[1].surface.islower():
        return False
    verb, noun = content[0], content[1]
    between = [t.surface.casefold() for t in q.tokens[verb.pos + 1:noun.pos]]
    if any(w not in _SUBJECT_OR_ARTICLE for w in between):
        return False  # only a pronoun subject or an article between ('hvor afmelder vi en borger?')
    if q.expects is Expect.PLACE and not set(between) & _PRONOUN_SUBJECTS:
        return False  # 'hvor ligger materialet?': after the verb of a 'hvor' question stands its subject
    words = _WORD.findall(text.split("\n", 1)[0])
    while words and words[0].casefold() in _OPENING_ARTICLES:
        words = words[1:]
    if len(words) < 2 or key(words[0].casefold()) not in noun.keys:
        return False
    for i, w in enumerate(words[1:4], start=1):
        folded = w.casefold()
        if key(folded) in verb.keys:
            after = {x.casefold() for x in words[i + 1:i + 4]}
            return not folded.endswith("s") and "af" not in after
        if folded not in _MODALS_AND_ADVERBS:
            return False
    return False


_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_OPENING_ARTICLES = frozenset("den det de en et alle".split())
_SUBJECT_OR_ARTICLE = frozenset("vi man jeg i du de en et den det".split())
_PRONOUN_SUBJECTS = frozenset("vi man jeg i du de".split())
_MODALS_AND_ADVERBS = frozenset("kan skal må bør vil selv også altid gerne".split())


# a sentence that gives a deadline ('senest 4 uger før go-live'), and one that gives an earliest day
_BY_ONLY = re.compile(r"\b(?:senest|inden|no later than|by)\b", re.IGNORECASE)
_FROM_DAY = re.compile(r"\b(?:tidligst|ikke\s+før|ikke\s+tidligere|fra\s+(?:den\s+)?\d|earliest|not\s+before"
                       r"|start\w*|begynd\w*|påbegynd\w*|igangsæt\w*|i\s+gang|opstart\w*|begin\w*)\b",
                       re.IGNORECASE)
# The candidates that may tell what follows from something (others are judged for it elsewhere).
_SAYS_WHAT_FOLLOWS = frozenset({"consequence", "passage", "title"})


def _check_numbers(index: Index, q: Question, c: Candidate) -> None:
    """'Context Handler 3' is not 'Context Handler 2': a number named after a word counts as
    explained only when the answer or its task says it after the same word."""
    for name, number in q.numbered:
        if number not in c.explained:
            continue
        said = re.compile(re.escape(q.tokens[name].surface) + r"\W{0,2}" + re.escape(q.tokens[number].surface)
                          + r"(?!\d)", re.IGNORECASE)
        texts = [c.text] + [index.passages[p].text for t in c.tasks[:3] for p in index.task_passage_ids(t)]
        if not any(said.search(text) for text in texts):
            c.explained = c.explained - {number}
