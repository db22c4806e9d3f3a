"""Answering a question about the KLIK tasks: the exact answer with its source task, or an
honest "Det ved jeg ikke" with the closest things the knowledge base does know."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process, utils

from knowledge.base import ref_key
from knowledge.errors import echo
from knowledge.fold import ascii_fold, content_keys, is_stop, key, stem_key, words
from knowledge.index import Index, index_for
from knowledge.passages import ITEM
from knowledge.qa import checks, gate, tolerance, trace
from knowledge.qa.analysis import Question, analyse
from knowledge.qa.candidate import Candidate, Context, asks_earliest
from knowledge.qa.claimed_values import other_occasion
from knowledge.qa.english import careful
from knowledge.qa.intents import (
    consequence,
    context,
    counts,
    deadlines,
    deed,
    doer,
    facts,
    fields,
    listing,
    next_step,
    positions,
    signatures,
    status,
    steps,
    values,
    when,
    yesno,
)
from knowledge.qa.intents.own_work import Own, Reply, answer_own, cue_words, own_intent
from knowledge.qa.messages import missing_value
from knowledge.qa.messages import text as message
from knowledge.qa.titles import credit_titles, titled_passages, untitled
from knowledge.qa.types import Expect, asked_value, holds, joined_values, judged_once, names_value
from knowledge.qa.work import UserRef, WorkView
from knowledge.retrieval import HEAD_SHARE, REFER_SHARE, rank_passages
from knowledge.roles import names_role
from knowledge.wording import join, quote, say, source_line, task_label

# Below this score an answer would be a guess. Calibrated on tests/questions: right answers
# score >= 0.7; questions about unknown things (SAP, a person, the weather) stay under 0.5.
FOUND_THRESHOLD = 0.6

# Order breaks ties: the more specific reading of a question comes first.
_INTENTS = (steps.steps, signatures.signatures, listing.listing, facts.facts, when.when, status.status,
            consequence.consequence, doer.doer, fields.fields, yesno.yes_no, deadlines.deadlines,
            next_step.next_step, deed.deed, counts.counts, values.values, context.in_context,
            positions.positions)


class Answer(BaseModel):
    """What a user sees (`answer`) and what programs use (found, sources, confidence)."""

    question: str
    answer: str
    found: bool
    sources: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    lang: Literal["da", "en"] = "da"
    suggestions: list[str] = Field(default_factory=list)
    # The answer as lines of text and user references, for the edge to render (mentions in Slack,
    # names in a terminal); empty when `answer` is all there is.
    parts: list[list[str | UserRef]] = Field(default_factory=list)


def plain(lines: list[list[str | UserRef]], *, name=lambda user_id: user_id) -> str:
    """Lines of parts as plain text, a user as '@' + name(id)."""
    return "\n".join("".join(p if isinstance(p, str) else "@" + name(p.id) for p in line) for line in lines)


def answer(kb, question: str, *, golive: Mapping[str, date] | None = None, lang: str | None = None,
           work: WorkView | None = None) -> Answer:
    """Answer one question from the knowledge base `kb` (a KnowledgeBase: `.tasks`, `.suggest`).
    `golive` maps wave/project names to go-live dates, so deadlines come with real dates; `work`
    is the asking workspace's progress, for questions about its own work."""
    tolerable: list[Question] = []
    with judged_once():  # the same sentences are judged for many candidates and checks
        first = _answer(kb, question, golive=golive, lang=lang, work=work, tolerable=tolerable)
        if first.found or not tolerable:
            return first
        # a word no task contains, in a verb's place ('hvornår skal fejlene være udbedret?'): asked again
        again = _answer(kb, question, golive=golive, lang=lang, work=work, analysed=tolerable[0])
    if again is not None and again.found:
        if trace.ACTIVE is not None:
            trace.ACTIVE.chosen = 1
        return again
    return first


def _answer(kb, question: str, *, golive: Mapping[str, date] | None, lang: str | None,
            work: WorkView | None, analysed: Question | None = None,
            tolerable: list[Question] | None = None) -> Answer | None:
    """The answer; given the question as first `analysed`, to it without its tolerable unknown words
    (None when the answer it finds does not give the value itself). `tolerable` gets a copy of the
    analysis, taken before answering changes it, when it has such words."""
    index = index_for(kb)
    lenient = analysed is not None
    q = analysed or analyse(index, question, lang=lang if lang in ("da", "en") else None)
    if trace.ACTIVE is not None:
        trace.ACTIVE.start()
        trace.ACTIVE.note("q", q)
    aside = tolerance.tolerable(q) if lenient or tolerable is not None else []
    if tolerable is not None and aside:
        tolerable.append(copy.deepcopy(q))  # answering weighs its words anew; the retry starts afresh
    if lenient:
        tolerance.set_aside(q, aside)
    if q.missing and not q.tasks:
        trace.route("unknown_task")
        return _unknown_task(kb, index, q)
    if work is not None and (own := own_intent(question)) is not None and _about_own_work(q, own):
        tasks = [index.tasks[t] for t in q.tasks]
        scope = [task for i, task in enumerate(index.tasks) if q.allows(i)]  # 'hvilke KSD-opgaver …'
        reply = answer_own(own, work, tasks, scope, lang=q.lang, question=question,
                           golive_names=work.golive_names())
        if reply is not None:
            trace.route(f"own:{own.name.lower()}")
            return _own_answer(q, reply)
    if not q.content() and not q.tasks and not q.concepts and q.step is None:
        trace.route("empty")
        return _not_found(kb, index, q, None, reason=_empty_reason(q))
    # 'Dataflows CVR-nummer': the subject is Dataflow; 'CVR-nummer' is what is asked ('åbningstiden på
    # pumptracken', where the rest is the project's name, is asked of the whole project: the word that names
    # the value is then all that says which value, as a label in the text does: 'Åbningstid: kl. 7-22')
    naming = [t for t in q.tokens
              if t.weight > 0 and names_value(ascii_fold(t.surface.casefold()), q.expects)]
    if any(t.weight > 0 and t.role == "word" and t not in naming and t.pos not in q.project_pos
           for t in q.tokens) or not q.project_pos:
        for t in naming:
            t.weight, t.role = 0.0, "stop"
    if q.yesno and q.tokens and _OPENER.fullmatch(ascii_fold(q.tokens[0].surface.casefold())):
        q.tokens[0].weight, q.tokens[0].role = 0.0, "stop"  # 'Får X ...?' asks about X, not about 'få'
    facts.frame(q)  # 'hvilket firma ...', 'hvem skal man kontakte ...', 'hvor finder vi ...'
    consequence.frame(q)  # 'hvad er risikoen ved ikke at ...' asks what follows
    yesno.frame(q)  # 'er det nødvendigt at ...', 'kan vi springe ... over': framing, not content
    ctx = Context(index=index, q=q, golive=golive)
    candidates: list[Candidate] = [c for intent in _INTENTS for c in intent(ctx)]
    candidates += _passage_candidates(ctx)
    credit_titles(index, q, candidates)
    candidates += titled_passages(ctx, threshold=FOUND_THRESHOLD)
    trace.snapshot("built", candidates)
    relation = {t.pos for t in q.content() if t.concepts & _RELATIONS} if q.expects is Expect.PARTY else set()
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
            c.prior *= 0.8 if _CONSEQUENCE_LIKE.search(c.text) else 0.6
    trace.snapshot("weighed", candidates)
    checks.check(index, q, candidates)
    trace.snapshot("checked", candidates)
    careful(q, candidates)
    trace.snapshot("careful", candidates)
    if not candidates:
        trace.route("no_candidates")
        return _not_found(kb, index, q, None)
    # a verdict the text settles (who signs, a count) beats a Ja read off any evidence
    def rank(c: Candidate) -> tuple[float, bool, bool, bool, float]:
        # among equals, the answer with the exact value ('refusion-test@kombit.dk', not 'til KOMBIT'),
        # then for 'hvem' a sentence that names the doer ('Appen leveres af X') before one that does not
        # ('... serviceaftale med leverandøren af appen'); other kinds keep their order
        # a list of tasks is no evidence for a yes/no that asks of no task
        # and last, of equals, the one that writes more of the question's own words ('Kioskværterne er ...'
        # for 'hvem er kioskværterne?', not 'Kioskerne leveres af ...', which the title's words explain)
        return (c.score(q) + (0.06 if q.yesno and c.kind == "yesno" else 0.0)
                - (0.3 if yesno.mention_list(q, c) else 0.0), c.found, gate.exact(q, c),
                not (q.expects is Expect.PARTY and c.kind == "passage" and not _AGENT.search(c.text)),
                _literal_share(q, c.text) if by_own_words else 0.0)

    # (not for a yes/no question, whose evidence restates the claim either way, nor a when, how often or
    # untyped one: the step after 'efter X', the time of X, how often X is done, are said beside X's own
    # words, not in them ('hvor tit bliver stranden renset?' is not answered by what else is done 'på
    # stranden'); nor in English, whose words are one of the Danish words for them)
    by_own_words = not q.yesno and q.expects not in _BESIDE_ITS_WORDS and q.lang == "da"

    judged: dict[int, bool] = {}

    def answers(c: Candidate) -> bool:
        """gate.answers, judged once per candidate and only when asked (it changes neither)."""
        if id(c) not in judged:
            judged[id(c)] = gate.answers(index, q, c)
        return judged[id(c)]

    # best first; sorted is stable, also reversed, so a tie goes to the first candidate, as max would
    ranked = sorted(candidates, key=rank, reverse=True)
    best = ranked[0]
    # an answer that holds what was asked (gate.answers) beats a better-scoring one that does not
    best_typed = next((c for c in ranked if not c.found or answers(c)), None)
    if best_typed is not None:
        if best_typed.score(q) >= FOUND_THRESHOLD or best.score(q) < FOUND_THRESHOLD:
            best = best_typed
    score = best.score(q)
    if trace.ACTIVE is not None:
        trace.ACTIVE.note("ranked", [id(c) for c in ranked])
        trace.ACTIVE.note("best", id(best))
        trace.ACTIVE.note("judged", judged)
    if q.yesno and best.found and score >= FOUND_THRESHOLD:
        best = yesno.settle(ctx, _claim_evidence(q, candidates, _deadline_evidence(q, candidates, best, rank),
                                                 rank))
        trace.snapshot("settled", [best])
    if best.found and score >= FOUND_THRESHOLD and (why := _why_partial(index, q, best, answers)):
        trace.route(f"partial:{why}")
        return _partial(q, index, best)
    if not best.found or score < FOUND_THRESHOLD:
        trace.route("not_found")
        return _not_found(kb, index, q, best if score >= 0.2 or not best.found else None)
    tasks = [index.tasks[t] for t in best.tasks]
    # the clause of the asked thing ('Licensen koster ...', not '..., og kurset koster ...'), and 'til KOMBIT'
    # with the address the task gives
    text = gate.own_clause(q, best) + gate.address_line(index, q, best)
    if lenient and (not tolerance.concrete(q, best.text) or (best.kind == "when" and not q.tasks)
                    or tolerance.unknown_event(q, best.explained, best.text, aside=aside)):
        trace.route("lenient_refused")
        return None  # the task's own dates say when the task is done, not when the unknown verb happens
    trace.route("found")
    text += "\n" + source_line(tasks, q.lang) if tasks else ""
    return Answer(question=question, answer=text, found=True, sources=[t.id for t in tasks],
                  confidence=round(min(score, 1.0), 3), lang=q.lang)


# the answer types said beside the words of what they are of (see rank's by_own_words)
_BESIDE_ITS_WORDS = frozenset({Expect.ANY, Expect.TIME, Expect.FREQUENCY, Expect.CLOCK})


def _literal_share(q: Question, text: str) -> float:
    """The weight of the question's words that the text writes as the question does (the word's own stem,
    not a glossary word for it, a compound's part or its task's title): among answers that explain the
    question equally well, the one that says what was asked in its own words says it surely."""
    said = _stems(text)
    return sum(t.weight for t in q.content() if stem_key(t.surface.casefold()) in said)


@lru_cache(maxsize=20_000)
def _stems(text: str) -> frozenset[str]:
    """The stems of a text's words before the glossary ('publiceringen' is no 'offentliggøres' here)."""
    return frozenset(stem_key(w) for w in words(text))


def _why_partial(index: Index, q: Question, best: Candidate, answers) -> str:
    """The first reason the best candidate does not give the value asked for, or '': the tasks speak of
    the thing, but its value is not there, is another thing's, or is the thing's with another party.
    Checked in this order, each only when those before pass (`_value_left_out` sets what is asked)."""
    if not answers(best):
        return "gate.answers"
    reasons = (("local_holder", lambda: checks.local_holder(q)),
               ("unknown_qualifiers", lambda: _unknown_qualifiers(q, best)),
               ("unknown_joined", lambda: _unknown_joined(q, best)),
               ("unknown_event", lambda: tolerance.unknown_event(q, best.explained, best.text)),
               ("with_another_name", lambda: checks.with_another_name(q, best.text)),
               ("at_another_place", lambda: checks.at_another_place(q, gate.said(best.text))),
               ("other_occasion", lambda: _other_occasion(q, best)),
               ("value_left_out", lambda: _value_left_out(q, best)),
               ("qualified_otherwise", lambda: _qualified_otherwise(q, best)),
               ("coordinated_left_out", lambda: _coordinated_left_out(q, best)),
               ("joined_otherwise", lambda: _joined_otherwise(index, q, best)),
               # a goal or result sentence that outranks the rest says the state reached, not the
               # value asked: no answer (another sentence given instead would be a guess)
               ("end_state_only", lambda: gate.end_state_only(index, q, best)),
               ("agent_unsaid",
                lambda: best.kind not in _OWN_KINDS and checks.agent_unsaid(q, gate.said(best.text))))
    return next((name for name, failed in reasons if failed()), "")


# Answers read off a task's own fields and lists, not a sentence of its text
_OWN_KINDS = frozenset({"list", "title", "overview", "when", "field"})


def _other_occasion(q: Question, c: Candidate) -> str:
    """'hvornår har lokalcentrene åbent om torsdagen?' - 'Batterier udleveres på lokalcentrene hver
    tirsdag': the text says the thing for another day (week, year, language, route) only; a yes/no
    question weighs the other value itself (yesno)."""
    if q.yesno or c.kind in ("list", "title", "overview"):
        return ""
    return other_occasion(q.text, gate.said(c.text))


def _value_left_out(q: Question, c: Candidate) -> bool:
    """A question for two values together ('hendes mail og telefonnummer') that the answer gives one of:
    partial. The one left out becomes what is asked, so the answer says which is not there."""
    for kind in joined_values(ascii_fold(q.text.casefold())):
        if not holds(kind, gate.said(c.text), q.text):
            q.expects = kind
            return True
    return False


def _unknown_qualifiers(q: Question, c: Candidate) -> list:
    """The words of a question for an amount (a price, a count, a share) that no task contains and the
    answer does not explain, standing where the thing asked about stands ('en hovedret med glutenfri
    kost', 'hvor mange elever på efterskole'): the value the text gives is for the thing without
    them. (An unknown verb in a verb's place is the asker's own wording: tolerance weighs those.)"""
    if q.expects not in _VALUE_TYPES or q.yesno or q.lang != "da":
        return []
    said = content_keys(c.text)  # (an intent may count the word as its own: 'hvor mange private skoler')
    return [t for t in q.unknown() if not said & set(t.keys) and t.weight >= 0.5 and t.surface.isalpha()
            and t.surface.islower() and not tolerance.in_verb_slot(q, t) and _before_noun(q, t)]


def _unknown_joined(q: Question, c: Candidate) -> list:
    """A word no task contains that names the party or thing the question's thing is joined to ('aftalen
    med fodterapeuternes brancheforening', 'kurset for nyansatte'): the sentence found is about the
    thing with someone or something else, which would read as the answer."""
    if q.yesno or q.lang != "da":
        return []
    said = content_keys(c.text)
    out = []
    for t in q.unknown():
        if not (t.surface.isalpha() and t.surface.islower()) or t.weight < 0.5 or said & set(t.keys) or \
                t.pos < 2 or t.pos in q.project_pos:  # ('i bookingprojektet' names the project asked of)
            continue
        before = q.tokens[t.pos - 1]
        if before.surface.casefold().endswith("s") and before.role == "word" and t.pos >= 3:
            before = q.tokens[t.pos - 2]  # 'med fodterapeuternes brancheforening': the genitive's head
        if before.surface.casefold() in _JOINING and before.pos >= 2 and \
                q.tokens[before.pos - 1].role == "word":
            out.append(t)
    return out


def _qualified_otherwise(q: Question, c: Candidate) -> list:
    """A word no task contains that says which kind of a thing the question means ('fældning af private
    træer'), where the answer says the thing only with another such word ('et bevaringsværdigt træ'):
    the answer is about the other kind."""
    if q.yesno or q.lang != "da" or c.kind in ("list", "title", "overview"):
        return []
    words = _TEXT_WORD.findall(gate.said(c.text).split("\n", 1)[0])
    asked = {k for t in q.tokens for k in t.keys}
    out = []
    for t in q.unknown():
        if not (t.surface.isalpha() and t.surface.islower()) or t.weight < 0.5 or t.pos + 1 >= len(q.tokens) \
                or not (_ADJECTIVE.fullmatch(t.surface) or t.surface.endswith("e")):
            continue  # (an adjective says which kind: 'private', 'rustne'; not 'kun')
        noun = q.tokens[t.pos + 1]
        if noun.role != "word" or noun.match == 0 or not noun.surface.isalpha():
            continue
        hits = [i for i, w in enumerate(words) if _same_stem(key(w.casefold()), noun.keys)]
        if hits and all(i > 0 and _ADJECTIVE.fullmatch(words[i - 1].casefold()) and not is_stop(words[i - 1])
                        and key(words[i - 1].casefold()) not in asked for i in hits):
            out.append(t)
    return out


def _joined_otherwise(index: Index, q: Question, c: Candidate) -> list:
    """A thing the question names with a party or thing joined by a preposition ('spørgsmål fra
    foreningerne', 'aftalen med Gatekeep') where the answer names the same thing joined the same way to
    another one ('Spørgsmål fra forældre …') and never says the question's: the answer is about the
    other one. (A word no task has is `_unknown_joined`'s; one the answer's task's title says is said.)"""
    if q.yesno or q.lang != "da" or c.kind in ("list", "title", "overview"):
        return []
    typed = _TEXT_WORD.findall(gate.said(c.text).split("\n", 1)[0])
    words = [w.casefold() for w in typed]
    said = {key(w) for w in words} | {k for t in c.tasks for k in content_keys(
        f"{index.tasks[t].title} {index.tasks[t].project or ''}")}  # (the task's project names its system)
    toks = q.tokens
    for i in range(1, len(toks) - 1):
        prep, noun = toks[i].surface.casefold(), toks[i - 1]
        if prep not in _QUALIFYING or noun.role != "word" or noun.weight <= 0 or not noun.surface.isalpha():
            continue
        x = next((t for t in toks[i + 1:i + 3] if t.role == "word"), None)
        if x is None or x.match < 1 or x.weight < 0.5 or any(_part_of(k, x.keys) for k in said):
            continue  # ('til aftalen' says 'til dataaftalen' of the task about it: a compound's part)
        # ('sendes til leverandøren': 'til Kørselsdata Nord' may name who holds that role; a thing the
        # answer's task speaks of elsewhere may be the one its sentence means)
        if names_role(x.surface) or any(index.task_has(t, k) for t in c.tasks for k in x.keys):
            continue
        # (the other one a name, where the question's is a common noun: it may be that one)
        if any(_same_stem(key(w), noun.keys) and words[j + 1] == prep and j + 2 < len(typed)
               and not (typed[j + 2][:1].isupper() and x.surface[:1].islower())
               and not (x.surface[:1].isupper() and _DEFINITE_NOUN.fullmatch(words[j + 2]))
               for j, w in enumerate(words[:-1])):
            return [x]
    return []


def _part_of(k: str, keys) -> bool:
    return any(min(len(k), len(o)) >= 3 and (k.startswith(o) or o.startswith(k) or k.endswith(o)
                                              or o.endswith(k)) for o in keys)


# a definite common noun ('løsningen', 'systemet') may refer back to the name the question writes
_DEFINITE_NOUN = re.compile(r"[a-zæøå]{3,}(?:en|et|ne|ene)")
# the prepositions that join a thing to the one it is of ('spørgsmål fra X', 'aftalen med X', 'kurset om X')
_QUALIFYING = frozenset({"fra", "til", "for", "med", "hos", "om"})


def _coordinated_left_out(q: Question, c: Candidate) -> list:
    """Two things asked together ('kontingentet for juniorklub og ungeklub', 'prisen for A og B') where
    the answer speaks of one and not the other: the value of the other is not given."""
    if q.expects not in _VALUE_TYPES or q.yesno:
        return []
    held = content_keys(gate.said(c.text))
    toks = q.tokens
    for i in range(1, len(toks) - 1):
        a, b = toks[i - 1], toks[i + 1]
        if toks[i].surface.casefold() not in ("og", "and") or a.role != "word" or b.role != "word" or \
                min(a.weight, b.weight) < 0.5 or not (a.surface.isalpha() and b.surface.isalpha()) or \
                not (a.surface.islower() and b.surface.islower()):
            continue  # ('Byg og Miljø' is one name)
        said_a, said_b = (any(_same_stem(h, t.keys) for h in held) for t in (a, b))
        if said_a != said_b:
            return [b if said_a else a]
    return []


def _same_stem(k: str, keys) -> bool:
    return any(min(len(k), len(o)) >= 3 and (k.startswith(o) or o.startswith(k)) for o in keys)


_TEXT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# The endings of a Danish adjective or participle before its noun ('bevaringsværdigt', 'kommunale',
# 'aflåst', 'overdækket'): a word there says which kind of the noun is meant
_ADJECTIVE = re.compile(r"[a-zæøå-]{3,}(?:ig|igt|ige|lig|ligt|lige|isk|iske|bar|bart|bare|som|somt|somme|"
                        r"ende|ede|ale|elle|ære)|[a-zæøå-]{4,}(?:et|st)")


def _before_noun(q: Question, t) -> bool:
    """Whether the word stands before a content word of the question, as a word that says which kind
    of it ('glutenfri kost', 'private skoler'); not 'året' in 'om året', the question's own framing."""
    nxt = q.tokens[t.pos + 1] if t.pos + 1 < len(q.tokens) else None
    return nxt is not None and nxt.role == "word" and nxt.weight > 0 and nxt.surface.isalpha()


# Amounts only: a word before a noun of a 'hvornår' question is mostly the asker's own wording of the
# same deed or paper ('den endelige aftale'), and the task's one deadline for it is still the answer.
_VALUE_TYPES = frozenset({Expect.PRICE, Expect.COUNT, Expect.PERCENT})


def _deadline_evidence(q: Question, candidates: list[Candidate], best: Candidate, rank) -> Candidate:
    """'er der en frist for X?' is settled by the deadline about X, not by X's signer: the best
    found candidate that holds a time when the best one holds none."""
    if best.kind == "yesno" or asked_value(ascii_fold(q.text)) is not Expect.TIME or \
            holds(Expect.TIME, best.text):
        return best
    timed = [c for c in candidates if c.found and c.kind in ("deadline", "passage") and
             c.score(q) >= FOUND_THRESHOLD and holds(Expect.TIME, c.text)]
    return max(timed, key=rank) if timed else best


def _claim_evidence(q: Question, candidates: list[Candidate], best: Candidate, rank) -> Candidate:
    """'kan forældrene se kørselsplanen?' is settled by the sentence that says 'se', not by an equally
    scored one that does not ('Kørslen er gratis for forældrene'): the question's short claim verb counts
    for nothing in the score, so it decides among equals."""
    if best.kind != "passage" or not yesno.unsaid_short_verb(q, best.text):
        return best
    score = best.score(q)
    saying = [c for c in candidates if c.found and c.kind == "passage" and c.score(q) >= score - 1e-9
              and not yesno.unsaid_short_verb(q, c.text)]
    return max(saying, key=rank) if saying else best


def _passage_candidates(ctx: Context) -> list[Candidate]:
    """The best sentence or list anywhere in the tasks (in the named tasks if any)."""
    index, q = ctx.index, ctx.q
    # A passage scores its coverage x 0.9, so below this coverage it could never be the answer;
    # a typed question looks further down: the sentence with the value may share fewer words.
    # a size, or the way a paper is signed, is looked for as a value is
    untyped = q.expects is Expect.ANY and not gate.asks_size(q) and not gate.asks_way_of_signing(q)
    limit = 6 if untyped else 12
    if q.tasks or (q.project_tasks is None and q.wave_tasks is None):
        hits = rank_passages(index, q, tasks=q.tasks or None, limit=limit, min_coverage=FOUND_THRESHOLD)
    else:  # the named project's (wave's) tasks only; its name need not stand in the passage
        hits = [h for h in rank_passages(index, q, skip=q.project_pos, limit=40, min_coverage=FOUND_THRESHOLD)
                if q.allows(h.task)][:limit]
        for h in hits:
            h.explained |= q.project_pos
    if trace.ACTIVE is not None:
        trace.ACTIVE.note("hits", [h.pid for h in hits])
    ask_whom = q.expects is Expect.PARTY and bool(_ASK_WHOM.search(q.text))
    if not q.yesno and q.tokens and q.tokens[0].key in _HOW_KEYS:
        # 'hvordan opkræves egenbetalingen?' asks the way it is done: a goal or result that only says
        # it is done ('Egenbetalingen opkræves korrekt') tells no way ('... bliver printet og sendt
        # med almindelig post' does); 'hvordan fungerer søskenderabatten?' asks what the thing is:
        # the text describing it, not a step
        said_how = ("description", "fact") if facts.asks_how_it_works(q) else None
        hits = [h for h in hits if not _only_done(index.passages[h.pid])
                and (said_how is None or index.passages[h.pid].field in said_how)]
    out = []
    deed = checks.asked_deed(q)  # 'hvem udpeger enheden?': the clause that says who appoints
    # A typed question ('hvornår', 'hvor mange', a mail) may be answered by a lower hit that holds
    # the value asked for; the pipeline picks among them.
    # 'hvilket arkiv ...?' must say which one (gate.answers): a goal restating the question ('... afleveret
    # til arkivet') may outrank the sentence that names it ('... til Arkiv Sydjylland'), so a few are kept
    noun = gate.which_noun(q) if q.expects is Expect.ANY else None
    if noun is not None:  # (a lower sentence must speak of the thing: 'Arkivhuset' names no 'portal')
        hits = hits[:1] + [h for h in hits[1:_WHICH_HITS] if index.passages[h.pid].field != "title"
                           and any(index.passage_has(h.pid, k) for k in noun.keys)]
    hits = hits if noun is not None else _defining_first(index, q, hits)[:1] if untyped else hits
    if trace.ACTIVE is not None:
        trace.ACTIVE.note("quoted", [h.pid for h in hits])
    for hit in hits:
        passage = index.passages[hit.pid]
        # the title names what the value is of, not the value: judged as it is
        if hit.titled and not _gives_own_value(q, passage.text, hit.titled):
            hit = replace(hit, explained=hit.explained - hit.titled,
                          referred=hit.referred - hit.titled, titled=set())
        kind = "passage"
        if passage.field == "title":
            text = task_label(index.tasks[hit.task])
            prior = 0.7  # a title match says which task, not what the answer is
            kind = "title"
        else:
            shown = passage.whole if passage.whole and (passage.text.endswith(":") or
                                                        passage.whole.count("\n") <= 1) else passage.text
            shown = checks.clause_of(deed, shown) if deed is not None else shown
            if hit.context is not None and shown == passage.text:  # 'Det sker to gange om året' says what
                shown = f"{index.passages.text_of(hit.context)} {shown}"  # with the sentence it continues
            text = say("says", q.lang) + quote(shown, q.lang)
            prior = 0.9 if hit.context is None or _gives_own_value(q, passage.text, set()) else 0.5
        framing = {t.pos for t in q.tokens if t.role == "ref"}
        if q.expects is Expect.PARTY and _AGENT.search(passage.text):
            prior = max(prior, 0.95)  # 'Serviceaftalerne godkendes af kommunens aftaleadministrator'
        if ask_whom:  # 'hvem kan jeg spørge om X?': 'Spørgsmål om X besvares af ...', not who does X
            prior = max(prior, 0.97) if _CONTACT.search(passage.text) else min(prior, 0.55)
        # (a list's intro is read with its items: 'Udstyret til hver bane består af:' and what it lists)
        if not q.yesno and _restates(q, passage.whole if _lists_asked(q, passage, hit) else passage.text):
            prior = min(prior, 0.55)  # '2. Hent metadata' for 'hvor henter jeg metadata?' says nothing new
        # 'hvad gør vi, hvis leverandøren ikke når det?' asks what follows a failure too
        what_if = q.has("consequence") or (q.has("method") and q.has("negation"))
        if what_if and q.has("if") and hit.pid not in ctx.consequence_passages():
            # 'hvad sker der, hvis ...' is not answered by any sentence: one that speaks of a
            # consequence at all may be it, others not
            prior = min(prior, 0.75 if _CONSEQUENCE_LIKE.search(passage.text) else 0.55)
        # 'Leverandør af X er Dataflow': the relation word said, with a name the question does not write
        # ('Løsningen driftes fra et datacenter i Ballerup' for 'hvor driftes X fra?': verb and value)
        said_relation = {p for p in hit.explained if q.tokens[p].concepts & _RELATIONS
                         and index.passage_has(hit.pid, q.tokens[p].key)
                         and (_names_holder(q, passage.text) or _gives_value(q, passage.text))}
        named = _project_said(q, passage.text)
        if not q.tasks and all((q.tokens[p].concepts or q.tokens[p].weight <= 0.1 or p in q.project_pos)
                               and p not in said_relation | named for p in hit.explained) and \
                not (hit.explained - q.project_pos and gate.gives_size(q, passage.text)):
            prior = 0.5  # only question words matched ('gøre' in 'Gør det muligt ...'): no answer
            # (but 'hvor lang bliver <project>?' is answered by 'Banen bliver 180 meter lang')
        if hit.partial or hit.referred:  # a compound said only by its head counts at its share
            prior *= _partly(q, hit.explained | framing, hit.partial, hit.referred)
        # a relation stated without its word ('X fra Y ApS', 'gemmes hos Z') stands in for another one only
        # as a last resort; a sentence that says a relation in words ('X varetages af Y') is not demoted
        other = [p for p in hit.explained if q.tokens[p].concepts & _RELATIONS
                 and not index.passage_has(hit.pid, q.tokens[p].key)] \
            if q.expects is Expect.PARTY and index.passage_implies(hit.pid) else []
        if any(index.task_has(hit.task, q.tokens[p].key) for p in other):
            prior *= 0.6  # 'hvem hoster X?': 'X fra Y ApS' says who supplies, where the task says who hosts
        elif other:
            prior *= 0.98  # 'hvem leverer X?': 'X fra Y ApS' before 'X gemmes hos Z', another relation's word
        out.append(Candidate(kind, text, [hit.task], hit.explained | framing, prior=prior,
                             titled=set(hit.titled)))
    return out


_WHICH_HITS = 3  # the sentences a which-question looks at, best first
# 'hvad er X?' asks what X is; a sentence with X for the subject of 'er' says it ('Dataplatformen er ...')
_WHAT_IS = re.compile(r"^\W*(?:hvad|what)\s+(?:er|var|is|was)\b", re.IGNORECASE)
_COPULA_SUBJECT = re.compile(r"^\W*(?:(?:den|det|de|the)\s+)?([^\W\d_][\w-]*)\s+(?:er|var|is|was)\s+\w",
                             re.IGNORECASE)


def _defining_first(index, q: Question, hits: list) -> list:
    """'hvad er dataplatformen?': of the hits that match the question as well as the best one, the
    sentence that has the thing for its subject before 'er' ('Dataplatformen er VandData Online.') says
    what it is; a step that names it ('3. Opsæt dataplatformen') does not."""
    if len(hits) < 2 or not _WHAT_IS.match(q.text):
        return hits
    asked = {k for t in q.content() for k in t.keys}
    for i, hit in enumerate(hits):
        if hit.coverage < hits[0].coverage:
            break
        m = _COPULA_SUBJECT.match(index.passages[hit.pid].text)
        if m and content_keys(m.group(1)) & asked:
            return [hit, *hits[:i], *hits[i + 1:]]
    return hits



def _project_said(q: Question, text: str) -> set[int]:
    """The question's words naming the project that the text says, if only by the head of the project's
    compound name ('Kioskerne leveres af X' in a task of the project Selvbetjeningskiosker): the sentence
    speaks of the thing the project is, not only of something the question also asks ('leveres')."""
    said = content_keys(text)
    return {p for p in q.project_pos if any(k.endswith(s) and len(s) >= _PART and len(k) - len(s) >= _PART
                                            for k in q.tokens[p].keys for s in said)}


_PART = 3  # letters: the shortest stem of a compound's head ('hyt' of 'Hytterne') or of its modifier


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


def _gives_own_value(q: Question, text: str, titled: set[int]) -> bool:
    """Whether a sentence read with the one before it, or with its task's title, gives the value asked
    itself: those only say what it is about ('Det tager 5 arbejdsdage'), and a value there (the date in
    'Ventelisten oprettes senest 1. maj') answers another thing."""
    return q.expects is Expect.ANY or holds(q.expects, ITEM.sub("", text), untitled(q, titled))


def _gives_value(q: Question, text: str) -> bool:
    """Whether the text gives a value of the plain kind asked for (a place, a price, ...; not who)."""
    return q.expects not in (Expect.ANY, Expect.PARTY) and holds(q.expects, text, q.text)


def _partly(q: Question, explained: set[int], partial: set[int], referred: set[int] = frozenset()) -> float:
    """What the share of the question an answer explains is worth when the words at `partial`
    count only at HEAD_SHARE (score: prior x coverage), and those at `referred` at REFER_SHARE."""
    full = q.coverage(explained)
    return (full - (1 - HEAD_SHARE) * q.coverage(partial) - (1 - REFER_SHARE) * q.coverage(referred)) / full \
        if full else 1.0


_HOW_KEYS = frozenset(key(w) for w in ("hvordan", "how"))


def _only_done(passage) -> bool:
    """A goal or result line that names no means ('via', 'med', 'ved at'): a state reached, no way."""
    return passage.field in ("goal", "result") and not _MEANS.search(passage.text)


_MEANS = re.compile(r"\b(via|med|ved at|ved hjælp af|gennem|igennem|through|by|using|with)\b", re.I)
# The verbs that open a yes/no question without saying what it is about.
_OPENER = re.compile(r"er|skal|kan|maa|har|faar|bliver|vil|skulle|kunne|burde|is|are|does|do|did|can|could|"
                     r"must|should|shall|will|has|have|may|was|were")
# A Danish passive with its agent ('godkendes af', 'underskrives af'), or an English one ('approved by').
_AGENT = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+af\b|\b[a-z]{3,}ed\s+by\b", re.IGNORECASE)
# 'hvem kan jeg spørge / kontakte om ...' is answered by the contact the text names.
# 'hvem er kontaktperson hos X?' too: the contact the text names, not any sentence about X.
_ASK_WHOM = re.compile(r"\b(spørge|spørg|kontakte|kontaktperson\w*|henvende|ringe|skrive til|ask|contact|"
                       r"reach)\b", re.IGNORECASE)
_CONTACT = re.compile(r"\b(spørgsmål\w*|kontakt\w*|henvend\w*|besvar\w*|svarer|support|helpdesk|questions?|"
                      r"contact\w*)\b", re.IGNORECASE)
# Words of a sentence that tells what follows from something (not only a 'Hvis ... ikke' sentence).
_CONSEQUENCE_LIKE = re.compile(r"\b(hvis|uden|ellers|risik\w*|konsekvens\w*|medfører|betyder|for sent|"
                               r"ikke kan|kan \w+ ikke|kan ikke|mister|afvises|if|without|otherwise|risk\w*|"
                               r"cannot|lose)\b", re.IGNORECASE)
# a sentence that gives a deadline ('senest 4 uger før go-live'), and one that gives an earliest day
_BY_ONLY = re.compile(r"\b(?:senest|inden|no later than|by)\b", re.IGNORECASE)
_FROM_DAY = re.compile(r"\b(?:tidligst|ikke\s+før|ikke\s+tidligere|fra\s+(?:den\s+)?\d|earliest|not\s+before"
                       r"|start\w*|begynd\w*|påbegynd\w*|igangsæt\w*|i\s+gang|opstart\w*|begin\w*)\b",
                       re.IGNORECASE)
# The candidates that may tell what follows from something (others are judged for it elsewhere).
_SAYS_WHAT_FOLLOWS = frozenset({"consequence", "passage", "title"})
# Words of a 'hvem' question that name the relation asked about: supplier, executor, signer, ...
_RELATIONS = frozenset({"fact", "executor", "responsible", "sign"})


def _names_holder(q: Question, text: str) -> bool:
    """Whether the text says who holds the relation asked about, for the thing the question names:
    'Leverandør af Sagsoverblik er Dataflow A/S', 'Dataflow A/S er leverandør af Sagsoverblik'."""
    asked = {k for t in q.content() if not t.concepts for k in t.keys}
    for m in _HOLDER.finditer(text):
        what = m.group("what") or m.group("what2") or m.group("what3")
        name = m.group("name") or m.group("name2") or m.group("name3")
        if content_keys(what) & asked and not content_keys(name) <= asked:
            return True
    return False


# '<relation> af <what> er <Name>', '<Name> er <relation> af <what>', or a passive of the relation's
# verb: '<what> leveres/driftes af <Name>' (what first in its sentence)
_HOLDER = re.compile(r"\b\w+\s+(?:af|for|til)\s+(?P<what>[^.,;]{1,60}?)\s+er\s+"
                     r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]*)|"
                     r"(?P<name2>[A-ZÆØÅ][\wæøåÆØÅ-]*)(?:\s+\S+)?\s+er\s+\w+\s+(?:af|for|til)\s+(?P<what2>[^.,;]{1,60})|"
                     r"(?:^|(?<=[.!?:]\s))(?P<what3>[A-ZÆØÅ][^.,;]{0,60}?)\s+(?:skal\s+)?[a-zæøå]{3,}es\s+af\s+"
                     r"(?P<name3>[A-ZÆØÅ][\wæøåÆØÅ-]*)")


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


def _about_own_work(q: Question, own: Own) -> bool:
    """'hvad skal jeg gøre nu?' is about our work; 'hvad skal jeg gøre, når Context Handler 2 er
    oprettet?' is about the task text: it names two or more things the tasks hold."""
    if own is Own.NEXT and q.step is not None:
        return False  # 'what do we do in step 2 of X?' asks what that step says, not what is next for us
    if q.has("consequence") and own is not Own.GOLIVE:
        return False  # 'hvad er konsekvensen af at uploade aftalen i 433 for sent?': what the text says
    if own in (Own.GOLIVE, Own.SIGNED, Own.MISSING_SIGNATURES) or (q.tasks and own is not Own.ASSIGNED):
        return True
    # an English question's cue is its own words ('what should we work on?': 'work', read as 'virke')
    cue = cue_words(q.text, own) + (" " + cue_words(q.asked, own) if q.lang == "en" and q.asked else "")
    named = [t for t in q.content() if not t.concepts and t.weight > 0.1 and t.pos not in q.project_pos
             and ascii_fold(t.surface) not in cue
             and ascii_fold(q.typed.get(t.surface, t.surface).casefold()) not in cue]
    # 'hvem udfører 433?' and 'hvad skal vi gøre nu?' are about the workspace; 'hvem udfører testen i
    # 433?' and 'hvad skal vi gøre med blanketten?' name a thing the tasks hold: about the text
    return len(named) < 2 and not any(t.match > 0 for t in named)


def _own_answer(q: Question, reply: Reply) -> Answer:
    lines = list(reply.lines)
    if len(reply.tasks) == 1:
        lines.append([source_line(reply.tasks, q.lang)])
    return Answer(question=q.asked or q.text, answer=plain(lines), found=reply.found, parts=lines,
                  sources=[t.id for t in reply.tasks], confidence=0.9 if reply.found else 0.0, lang=q.lang)


def _lists_asked(q: Question, passage, hit) -> bool:
    """Whether a list's intro ('Udstyret til hver bane består af:') says all the question asks about, so
    that its items, not its own words, are what it tells."""
    return bool(passage.whole and passage.text.endswith(":") and passage.field != "title"
                and {t.pos for t in q.content()} <= hit.explained)


def _restates(q: Question, text: str) -> bool:
    """A passage whose words are all the question's own tells the asker nothing new (but for the
    number a 'hvor mange' asks: 'Kommunen må højst oprette 40 brugere' for 'hvor mange brugere må
    kommunen højst oprette?')."""
    asked = {k for t in q.tokens for k in t.keys}
    said = {k for k in content_keys(ITEM.sub("", text)) if not k.isdigit()} - _POINTING
    if q.expects in (Expect.COUNT, Expect.TIME) and re.search(r"\d", ITEM.sub("", text)) and \
            not said - asked and holds(q.expects, ITEM.sub("", text), q.text):
        return False
    return not said - asked


# Words that point at what is said elsewhere ('skal have begge roller'): they name no new thing.
_POINTING = frozenset(content_keys("begge disse ovenstående ovennævnte both these "
                                   "above aforementioned"))


# the verdict a yes/no candidate opens with (messages 'yes_no_evidence'), said before its evidence
_VERDICT = re.compile(r"^(?:Ja|Nej|Yes|No) – (?:opgaven siger|the task says):\s*")


def _partial(q: Question, index: Index, near: Candidate) -> Answer:
    """The tasks speak of what was asked about, but do not give the value asked for (a mail, a
    phone number, a date): say what they do say and that the value is not there, found=False."""
    said = _VERDICT.sub("", near.text.strip(), count=1)  # a 'Ja – opgaven siger:' judged partial is no 'Ja'
    name = _named_in(q, said)
    if name and q.expects is not Expect.PARTY:
        # of a run of label lines, the ones about the name ('Kontaktperson: Jonas Kragh, telefon …'),
        # not the support mail on the line after it, which would read as the value asked for
        lines = [part for part in gate.label_parts(said) if part.strip()]
        about = [part for part in lines if name in part]
        said = " ".join(about) if about and len(about) < len(lines) else said
        said = _lines_naming(said, name)
    missing = (message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang), name=name)
               if name and q.expects is not Expect.PARTY else missing_value(q.expects, q.lang))
    # the party a thing is joined to, or the event a time is asked of, that no task names: the closest
    # text is of another party's thing or another event, and would read as the answer
    joined = _unknown_joined(q, near) or tolerance.unknown_event(q, near.explained, near.text)
    qualifiers = _unknown_qualifiers(q, near) or joined or _qualified_otherwise(q, near)
    unknown = [t.surface for t in qualifiers or [t for t in q.unknown() if t.pos not in near.explained]][:3]
    if unknown and (q.expects is Expect.ANY or qualifiers):
        # 'hvilket tegnsæt ...?': the word lacking, not 'svaret for CSV'; 'glutenfri' in 'hvad koster en
        # hovedret med glutenfri kost?': the price quoted is not for the thing asked
        names = join([message("quoted", q.lang, text=_clip(u)) for u in unknown], q.lang)
        missing = message("unmentioned_closest", q.lang, names=names)
    elif q.expects is Expect.ANY and q.lang == "da" and name and \
            (noun := gate.asked_noun(q)) and noun not in said:
        # 'Hvad er Peter Skovs stilling?': what the tasks do not give is his «stilling», not 'svaret'
        missing = message("missing_value_for", q.lang, what=message("quoted", q.lang, text=noun), name=name)
    if sibling := gate.named_sibling_unsaid(index, q, near):
        # 'hvor mange døre er der i Søhallen?' - 'Antal døre: 38': the task's count, not Søhallen's
        missing = message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang),
                          name=message("quoted", q.lang, text=sibling))
    if not qualifiers and (occasion := _other_occasion(q, near)):
        # 'om torsdagen' where the text says 'hver tirsdag': the value is not given for the day asked
        missing = message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang),
                          name=message("quoted", q.lang, text=occasion))
    text = f"{say('unknown', q.lang)} {missing}\n{said}"
    tasks = [index.tasks[t] for t in near.tasks]
    if tasks:
        text += "\n" + source_line(tasks, q.lang)
    if unknown_names := [t.surface for t in q.unknown() if t.surface[:1].isupper() and not t.surface.isupper()
                         and t.pos not in q.project_pos and t.pos != 0] or [t.surface for t in joined]:
        # 'hvornår skal lejeaftalen i Odense sendes?': the tasks know nothing of Odense; what they say of
        # the lease elsewhere would read as the answer
        names = join([message("quoted", q.lang, text=_clip(u)) for u in unknown_names[:3]], q.lang)
        text = f"{say('unknown', q.lang)} {message('tasks_do_not_mention', q.lang, names=names)}"
    elif absent := _names_absent(q, near.text) or _party_not_in_task(q, index, near) or \
            checks.with_another_name(q, near.text) or checks.at_another_place(q, gate.said(near.text)):
        # 'hvem underskriver databehandleraftalen med Nordsoft?': the closest text, about another party's
        # agreement, would read as the answer; say that the tasks say nothing of it for the name asked
        text = f"{say('unknown', q.lang)} {message('nothing_for_name', q.lang, name=absent)}"
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], lang=q.lang,
                  confidence=round(min(near.score(q), FOUND_THRESHOLD - 0.01), 3))


def _names_absent(q: Question, said: str) -> str:
    """A name the question joins to a thing ('databehandleraftalen med Nordsoft') where the text joins
    that thing to another name the same way ('Databehandleraftalen med Carelink'): the text is about
    another party's thing."""
    toks = q.tokens
    for i in range(2, len(toks)):
        name, prep, thing = toks[i], toks[i - 1], toks[i - 2]
        if name.role != "word" or not name.surface[:1].isupper() or \
                prep.surface.casefold() not in _JOINING or thing.role != "word" or len(thing.surface) < 5:
            continue
        stem = re.escape(thing.surface.casefold()[:max(4, len(thing.surface) - 3)])
        bare = name.surface.rstrip("'’s") if name.surface.endswith(("s", "'", "’")) else name.surface
        for m in re.finditer(rf"(?i:\b{stem}\w*)\s+{re.escape(prep.surface.casefold())}\s+([A-ZÆØÅ][\w-]+)",
                             said):
            if not m.group(1).startswith(bare[:4]):
                return name.surface
    return ""


# ('aftalen om parkering', 'kontrakten vedrørende vintertjeneste': what the paper is about names which one)
_JOINING = frozenset({"med", "hos", "fra", "til", "for", "i", "på", "om", "vedrørende", "with", "from", "at",
                      "in", "of", "about"})


def _party_not_in_task(q: Question, index: Index, near: Candidate) -> str:
    """A party the question joins its thing to ('aftalen med Nets') that the closest text's task never
    names: the value quoted ('aftalen løber i 4 år') is of another party's thing, though another task
    names the party (a name no task has is said apart already)."""
    if not near.tasks:
        return ""
    toks = q.tokens
    for i in range(2, len(toks)):
        name, prep, thing = toks[i], toks[i - 1], toks[i - 2]
        if name.role != "word" or not name.surface[:1].isupper() or name.match < 1 or \
                name.pos in q.project_pos or prep.surface.casefold() not in _JOINING or \
                thing.role != "word" or len(thing.surface) < 5:
            continue
        if not any(index.task_has(near.tasks[0], k) for k in name.name_keys):
            return name.surface
    return ""


def _lines_naming(said: str, name: str) -> str:
    """Of a text of several lines, the lines that name the person or thing asked about: the other
    lines of a passage ('Serviceaftalerne skal være godkendt senest 30 dage før go-live') hold values
    of other things, which would read as the answer. A quote the cut leaves open loses its marks."""
    lines = said.split("\n")
    about = [line for line in lines if name in line]
    if not about or len(about) == len(lines):
        return said
    out = "\n".join(about)
    for opening, closing in ("“”", "«»"):
        if out.count(opening) != out.count(closing):
            out = out.replace(opening, "").replace(closing, "")
    return out


def _named_in(q: Question, said: str) -> str:
    """The name the question asks about that the closest text has ('Lars Bøghs mail' -> 'Lars Bøgh')."""
    said_words = set(re.findall(r"\w+", said))
    run: list[str] = []
    for t in q.tokens[1:]:
        word = t.surface if t.surface in said_words or not t.surface.endswith("s") else t.surface[:-1]
        if word[:1].isupper() and word in said_words and t.role == "word":
            run.append(word)
        elif run:
            # a genitive the text writes too ('Sikkerlinjes kundeansvarlige'): the value is the
            # person's or thing's it names, not the organisation's ('for Sikkerlinjes' reads wrong)
            noun = t.surface if t.surface in said_words else t.surface[:-1]  # 'KOMBITs jurists'
            if run[-1].endswith("s") and t.surface.islower() and len(noun) > 2 and noun in said_words:
                run.append(noun)
                return " ".join(run)
            break
    return _whole_name(said, run)


def _whole_name(said: str, run: list[str]) -> str:
    """The name as the text writes it whole, of which the question's words are part ('Anne Mette' is
    'Anne-Mette van der Berg', 'Karen' 'Karen de Linde', 'Nørgaard Holm' 'Per Ib Nørgaard-Holm'): a
    name cut at a hyphen or a particle would name someone else."""
    if not run:
        return ""
    for m in _FULL_NAME.finditer(said):
        parts = set(re.findall(r"\w+", m.group(0)))
        if set(run) <= parts:
            return m.group(0)
    return " ".join(run)


# A person's or a body's name: capitalised words joined by spaces or hyphens, lowercase particles between
_FULL_NAME = re.compile(r"[A-ZÆØÅ][\wæøå]+(?:(?:-|\s+(?:(?:de|van|der|den|von|af|la|le|du|da|di|ten|ter)"
                        r"\s+)*)[A-ZÆØÅ][\wæøå]+)+")


def _empty_reason(q: Question) -> str:
    return message("ask_about_a_task", q.lang)


def _unknown_task(kb, index: Index, q: Question) -> Answer:
    ref = q.missing[0]
    suggestions = kb.suggest(ref, limit=3) if hasattr(kb, "suggest") else []
    mentioned = [index.tasks[t].id for t in index.related.get(ref_key(ref), [])]
    text = f"{say('unknown', q.lang)} {message('no_task_called', q.lang, ref=echo(ref)[1:-1])}"
    if mentioned:
        text += message("related_in", q.lang, tasks=join(mentioned, q.lang))
    suggestions = list(dict.fromkeys(mentioned + suggestions))[:3]
    if suggestions:
        text += f"\n{say('maybe', q.lang)}: {join(suggestions, q.lang, word='or')}?"
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], confidence=0.0,
                  lang=q.lang, suggestions=suggestions)


def _not_found(kb, index: Index, q: Question, near: Candidate | None, *, reason: str | None = None) -> Answer:
    """Say so, name what was not understood, and point at the closest things known."""
    unknown = [_clip(q.typed.get(t.surface, t.surface)) for t in q.unknown()
               if near is None or t.pos not in near.explained][:3]
    suggestions: list[str] = []
    if reason is None and q.yesno and not unknown:
        reason = message("not_in_tasks", q.lang)  # a yes/no the tasks do not settle
    if reason is None and unknown:
        names = join([message("quoted", q.lang, text=u) for u in unknown], q.lang)
        reason = message("tasks_do_not_mention", q.lang, names=names)
        if near is not None and near.suggestions and near.found:
            suggestions = _closest_names(near.suggestions, unknown)
    elif reason is None and near is not None and not near.found:
        reason, suggestions = near.text, near.suggestions
        if absent := _names_absent(q, reason):
            reason = message("nothing_for_name", q.lang, name=absent)  # its closest text is about another
    elif reason is None and near is not None and (absent := _names_absent(q, near.text)):
        reason = message("nothing_for_name", q.lang, name=absent)  # the closest is another party's thing
    elif reason is None:
        reason = message("no_reliable_answer", q.lang)
        suggestions = near.suggestions if near is not None and near.suggestions else _closest_tasks(index, q)
    text = f"{say('unknown', q.lang)} {reason}"
    if suggestions and not any(s in reason for s in suggestions):
        text += f"\n{say('maybe', q.lang)}: {join(suggestions, q.lang, word='or')}?"
    confidence = round(min(near.score(q), FOUND_THRESHOLD - 0.01), 3) if near is not None else 0.0
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], confidence=confidence,
                  lang=q.lang, suggestions=suggestions)


def _clip(word: str, size: int = 30) -> str:
    return word if len(word) <= size else word[:size - 1] + "…"


def _closest_names(names: list[str], unknown: list[str], *, limit: int = 4) -> list[str]:
    """The known names most like what was asked about ('SAP' among the ERP systems)."""
    if len(names) <= limit:
        return names
    hits = process.extract(" ".join(unknown), names, scorer=fuzz.WRatio, processor=utils.default_process,
                           limit=limit, score_cutoff=60)
    return [name for name, _, _ in hits]


# A suggestion names the few tasks a question's words point to; words found in more passages than
# this point nowhere in particular (and walking them all costs ~100 ms at 10,000 tasks)
_MOST_SUGGESTION_PASSAGES = 2000


def _closest_tasks(index: Index, q: Question) -> list[str]:
    hits = rank_passages(index, q, limit=10, most=_MOST_SUGGESTION_PASSAGES)
    return list(dict.fromkeys(index.tasks[h.task].id for h in hits))[:3]
