"""Answering a question about the KLIK tasks: the exact answer with its source task, or an
honest "Det ved jeg ikke" with the closest things the knowledge base does know."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from knowledge.fold import ascii_fold, stem_key, words
from knowledge.index import Index, index_for
from knowledge.qa import checks, gate, tolerance, trace
from knowledge.qa.analysis import Question, analyse
from knowledge.qa.candidate import Candidate, Context
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
    periods,
    positions,
    records,
    signatures,
    status,
    steps,
    values,
    when,
    yesno,
)
from knowledge.qa.intents.own_work import Own, Reply, answer_own, cue_words, own_intent
from knowledge.qa.not_found import empty_reason, not_found, partial, unknown_task
from knowledge.qa.passage_answers import AGENT, passage_candidates
from knowledge.qa.priors import weigh
from knowledge.qa.reply import FOUND_THRESHOLD, Answer, plain
from knowledge.qa.shortfalls import why_partial
from knowledge.qa.titles import credit_titles, titled_passages
from knowledge.qa.types import Expect, asked_value, holds, judged_once, names_value
from knowledge.qa.value_words import credit_contact_words, credit_value_words
from knowledge.qa.work import WorkView
from knowledge.wording import source_line

# Order breaks ties: the more specific reading of a question comes first.
_INTENTS = (steps.steps, signatures.signatures, listing.listing, facts.facts, when.when, periods.periods,
            when.event_place, status.status, consequence.consequence, doer.doer, fields.fields, yesno.yes_no,
            deadlines.deadlines, next_step.next_step, deed.deed, counts.counts, values.values,
            context.in_context, positions.positions, records.records)




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
    aside = _tolerated(q, lenient=lenient, tolerable=tolerable)
    if (routed := _routed_before_reading(kb, index, q, question, work)) is not None:
        return routed
    _frame(q)
    ctx = Context(index=index, q=q, golive=golive)
    candidates = _candidates(ctx)
    if not candidates:
        trace.route("no_candidates")
        return not_found(kb, index, q, None)
    answers, judged = _answers_judged_once(index, q)
    best, score = _best(ctx, candidates, answers, judged)
    if best.found and score >= FOUND_THRESHOLD and (why := why_partial(index, q, best, answers)):
        trace.route(f"partial:{why}")
        return partial(q, index, best)
    if not best.found or score < FOUND_THRESHOLD:
        trace.route("not_found")
        return not_found(kb, index, q, best if score >= 0.2 or not best.found else None)
    return _found(index, q, question, best, score, lenient=lenient, aside=aside)


def _tolerated(q: Question, *, lenient: bool, tolerable: list[Question] | None) -> list:
    """The question's tolerable unknown words, set aside when answering leniently; `tolerable` gets a
    copy of the analysis when there are any."""
    aside = tolerance.tolerable(q) if lenient or tolerable is not None else []
    if tolerable is not None and aside:
        tolerable.append(copy.deepcopy(q))  # answering weighs its words anew; the retry starts afresh
    if lenient:
        tolerance.set_aside(q, aside)
    return aside


def _routed_before_reading(kb, index: Index, q: Question, question: str,
                           work: WorkView | None) -> Answer | None:
    """The reply that needs no reading of the tasks' texts: a task no one has, the workspace's own work,
    or a question with nothing to look for; None for the rest."""
    if q.missing and not q.tasks:
        trace.route("unknown_task")
        return unknown_task(kb, index, q)
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
        return not_found(kb, index, q, None, reason=empty_reason(q))
    return None


def _frame(q: Question) -> None:
    """Set the question's framing words apart from what it asks about (weight 0, role 'stop')."""
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


def _candidates(ctx: Context) -> list[Candidate]:
    """Every intent's candidates, the passages' and the titled ones, weighed, checked and made careful."""
    index, q = ctx.index, ctx.q
    candidates: list[Candidate] = [c for intent in _INTENTS for c in intent(ctx)]
    candidates += passage_candidates(ctx)
    credit_value_words(q, candidates)  # (first: 'hvad koster Delingsbroen?' is then all said but the title)
    credit_titles(index, q, candidates)
    candidates += titled_passages(ctx, threshold=FOUND_THRESHOLD)
    credit_contact_words(q, candidates)  # 'Spørgsmål til aftalen: X, ...' says the contact asked for
    trace.snapshot("built", candidates)
    weigh(index, q, candidates)
    trace.snapshot("weighed", candidates)
    checks.check(index, q, candidates)
    trace.snapshot("checked", candidates)
    careful(q, candidates)
    trace.snapshot("careful", candidates)
    return candidates


def _ranking(q: Question):
    """The key candidates rank by for the question, the better the higher."""
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
                not (q.expects is Expect.PARTY and c.kind == "passage" and not AGENT.search(c.text)),
                _literal_share(q, c.text) if by_own_words else 0.0)

    # (not for a yes/no question, whose evidence restates the claim either way, nor a when, how often or
    # untyped one: the step after 'efter X', the time of X, how often X is done, are said beside X's own
    # words, not in them ('hvor tit bliver stranden renset?' is not answered by what else is done 'på
    # stranden'); nor in English, whose words are one of the Danish words for them)
    by_own_words = not q.yesno and q.expects not in _BESIDE_ITS_WORDS and q.lang == "da"
    return rank


def _answers_judged_once(index: Index, q: Question):
    """gate.answers for the question, and the verdicts it has given so far by candidate id."""
    judged: dict[int, bool] = {}

    def answers(c: Candidate) -> bool:
        """gate.answers, judged once per candidate and only when asked (it changes neither)."""
        if id(c) not in judged:
            judged[id(c)] = gate.answers(index, q, c)
        return judged[id(c)]

    return answers, judged


def _best(ctx: Context, candidates: list[Candidate], answers,
          judged: dict[int, bool]) -> tuple[Candidate, float]:
    """The best candidate and its score (taken before a yes/no is settled on its evidence)."""
    q = ctx.q
    rank = _ranking(q)
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
    return best, score


def _found(index: Index, q: Question, question: str, best: Candidate, score: float, *, lenient: bool,
           aside: list) -> Answer | None:
    """The found answer: the best candidate's clause with its source; None when a lenient retry's
    answer does not give the value itself."""
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
    for nothing in the score, so it decides among equals; so does the verb after a relative clause, which
    a sentence about the clause's subject is credited with ('Må en frivillig, der ikke står på listen,
    trække færgen?' - 'Alle frivillige står på listen')."""
    unsaid = next((f for f in (yesno.unsaid_short_verb, yesno.unsaid_claim_verb) if f(q, best.text)),
                  None)
    if best.kind != "passage" or unsaid is None:
        return best
    score = best.score(q)
    saying = [c for c in candidates if c.found and c.kind == "passage" and c.score(q) >= score - 1e-9
              and not unsaid(q, c.text)]
    return max(saying, key=rank) if saying else best


# The verbs that open a yes/no question without saying what it is about.
_OPENER = re.compile(r"er|skal|kan|maa|har|faar|bliver|vil|skulle|kunne|burde|is|are|does|do|did|can|could|"
                     r"must|should|shall|will|has|have|may|was|were")



def _about_own_work(q: Question, own: Own) -> bool:
    """'hvad skal jeg gøre nu?' is about our work; 'hvad skal jeg gøre, når Context Handler 2 er
    oprettet?' is about the task text: it names two or more things the tasks hold."""
    if own is Own.NEXT and q.step is not None:
        return False  # 'what do we do in step 2 of X?' asks what that step says, not what is next for us
    if (q.has("consequence") or _what_if(q)) and own is not Own.GOLIVE:
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


def _what_if(q: Question) -> bool:
    """'what if the list is late?', 'hvad hvis listen er forsinket?': what follows a condition, as 'hvad
    sker der, hvis ...' asks (its framing as a consequence comes after routing)."""
    return len(q.tokens) > 2 and "what" in q.tokens[0].concepts and "if" in q.tokens[1].concepts


def _own_answer(q: Question, reply: Reply) -> Answer:
    lines = list(reply.lines)
    if len(reply.tasks) == 1:
        lines.append([source_line(reply.tasks, q.lang)])
    return Answer(question=q.asked or q.text, answer=plain(lines), found=reply.found, parts=lines,
                  sources=[t.id for t in reply.tasks], confidence=0.9 if reply.found else 0.0, lang=q.lang)


