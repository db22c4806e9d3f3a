"""A value the question puts forward (a week, a frequency, a length) against the one the sentence states."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import compared, manner_words, value_words
from knowledge.qa.intents.yesno.cells import by_cells, table_verdict
from knowledge.qa.intents.yesno.clauses import _main_clause, claim_sentences, denied_condition
from knowledge.qa.intents.yesno.counts import _per_one_not_whole
from knowledge.qa.intents.yesno.evidence_scope import _allowed, _inside, _scoped_passages
from knowledge.qa.intents.yesno.exemptions import excepted
from knowledge.qa.intents.yesno.widening import widens
from knowledge.qa.intents.yesno.words import _AND_CLAUSE, _MUST, _NEGATION, _OPTIONAL, _PARTY_WORD, _PLACED
from knowledge.qa.messages import text
from knowledge.qa.opposites import contradicts
from knowledge.qa.titles import title_positions
from knowledge.retrieval import Hit, rank_passages

_ANCHOR = re.compile(r"fristen|frist|tidsfristen|tidsfrist|deadline|deadlinen|senest|due|før|inden|efter|"
                     r"before|after|go-?live|idriftsættelse\w*", re.I)


def _value(ctx: Context) -> list[Candidate]:
    """'Skal testen gennemføres i uge 40?', 'sendes filen ugentligt?', 'varer testen to uger?': the
    sentence about the same thing that states a value of that kind settles it ('i uge 36': 'Nej')."""
    q, index = ctx.q, ctx.index
    words = value_words(q.text)
    values = {t.pos for t in q.tokens if t.surface.casefold() in words}
    manner = manner_words(q.text) - {"på", "i", "in", "med", "til"}
    if not values:
        return []
    refs = q.ref_positions()
    rest = [t for t in q.content() if t.pos not in values | refs]
    # the words around the value ('senest', 'før go-live') still find the sentence that states one
    anchors = {t.pos for t in q.tokens if t.pos in values and _ANCHOR.fullmatch(t.surface)}
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip=values - anchors, limit=15,
                                     min_coverage=0.3) if _allowed(ctx, h.task)]
    found = {h.task for h in hits}
    scoped = _scoped_passages(ctx, hits, values | refs)
    if (cell := table_verdict(ctx, [h.task for h in hits + scoped], values=values)) is not None:
        _understood(q, values)
        return [cell]
    for hit in hits + scoped:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if by_cells(q.text, said):
            continue  # 'øvetid i weekenden?' - '| øvetid | kl. 16-18 | lukket |': one row's cell, read above
        verdict = compared(q.text, said)
        if verdict is None or (not q.has("if") and denied_condition(said)):
            continue  # ('Modtager X bestillingen for sent, monteres Y først efter go-live': only if late)
        same = _same_value(q, said, verdict)
        if same is None or same is False and verdict[1] in _LIMITS and widens(ctx, hit.task, said):
            continue  # ('Lejeperiode: 2 dage' of a task where 'Lejeperioden kan forlænges efter aftale')
        titled = title_positions(index, q, hit.task)
        inside = _inside(ctx, rest, hit, said)
        if _said_of_another(ctx, hit, same=same, rest=rest, inside=inside, titled=titled,
                            scoped=scoped, found=found) or \
                _other_deed(q, said, verdict[1], same=same, values=values, manner=manner, rest=rest,
                            inside=inside | titled):
            continue
        _understood(q, values)
        head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if same else "no", ctx.lang))
        # (a manner, a language or VAT is said of the thing by its kind, in the task that names it: 'Aftalerne
        # kan kun underskrives digitalt' for 'kan tilslutningsaftalen til X underskrives på papir?'; an
        # amount or a date tells its thing apart itself: 'den store licens' is not 'en lille licens')
        explained = hit.explained | values | refs | titled
        if verdict[1] in _MANNER_KINDS:
            explained |= inside
        return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95)]
    return []


def _understood(q, values: set[int]) -> None:
    """A value the text lacks ('lørdag' where the task says 'weekend') is still understood."""
    for p in values:
        q.tokens[p].match = max(q.tokens[p].match, 1.0)


# the kinds of value a task may set as a limit and widen elsewhere: a period (an amount is more often a
# price, which 'undtaget' or 'efter aftale' elsewhere in the task does not widen: yesno25 #12, yesno27 #20)
_LIMITS = frozenset({"duration"})


def _same_value(q, said: str, verdict: tuple[bool, str]) -> bool | None:
    """Whether the sentence states the asked value (True) or another (False), read in the clause that
    states it; None when it settles nothing (a negation of another clause, an option, another year)."""
    # '... én gang; der er ingen årlig fornyelse': the clause that states the value, negated, is a Nej
    # (each sentence on its own: 'Sker det ikke, kan X ikke bookes' after it is not the valued clause's,
    # unless it says an asked word the others lack: 'Det gælder ikke i juli')
    valued = [c for one in claim_sentences(said, content_keys(q.text)) for c in _AND_CLAUSE.split(one)
              if compared(q.text, c) is not None]
    # ('sendes via Digital Post – ikke som papirbrev': the negation sets another value aside)
    denied = len(valued) == 1 and verdict[0] and \
        bool(_NEGATION.search(_main_clause(_SET_ASIDE.sub("", valued[0]))))
    # ('... på hverdage, og vejene må ikke spærres': the negation of another clause denies nothing)
    if _NEGATION.search(_main_clause(valued[0] if len(valued) == 1 else said)) and not denied:
        return None
    same = verdict[0] and not denied and not excepted(q.text, said) \
        and not _per_one_not_whole(q.text, said)
    agreeing = [c for c in valued if compared(q.text, c)[0]]
    if same and len(agreeing) == 1 and contradicts(content_keys(q.text), agreeing[0]):
        same = False  # 'åbent om lørdagen?' - '...; lørdag er der lukket': its clause says the opposite
    if same and _MUST.search(q.text) and _OPTIONAL.search(said):
        return None  # 'skal vi ... om lørdagen?' - 'Kommunen bestemmer selv, om ...': optional, not a must
    if not same and verdict[1] == "year":
        return None  # 'gratis fra 2028?' - 'gratis i 2027' says nothing of 2028
    return same


def _said_of_another(ctx: Context, hit: Hit, *, same: bool, rest, inside: set[int], titled: set[int], scoped,
                     found: set[int]) -> bool:
    """Whether another value the sentence states is of something else than the asked thing (`inside`:
    the question's words the sentence says; `titled`: those its task's title says)."""
    q, index = ctx.q, ctx.index
    covered = sum(t.weight for t in rest if t.pos in inside | titled)
    nouns = [t for t in rest if t.pos in inside and not t.concepts]
    # 'er prisen for skolehaverne inkl. moms?' - in the task on skolehaverne, its one price
    sole = not nouns and hit in scoped and _sole_valued(ctx, hit, q.text)
    if not same and (covered < 0.6 * sum(t.weight for t in rest) or not (nouns or sole) or any(
            t.pos not in inside | titled and t.weight >= 0.5 and not t.concepts and t.role == "word"
            and not any(index.task_has(hit.task, k) for k in t.keys)
            and any(_states_of(ctx, o, t) for o in found - {hit.task}) for t in rest)):
        # another value in a sentence about something else settles nothing: 'koster
        # udeserveringsmodulet 12.000 kr. om året?' - another task's 'Licensen koster 38.000 kr. om året'
        # (a word this task does not use, but another task the question finds states a value of the
        # asked kind of: not 'natten', which another task uses of something else)
        return True
    # 'varer en tur i svømmehallen 30 minutter?' - 'Hver tur i agilitybanen varer 15
    # minutter': of a thing no task names, another value elsewhere says nothing
    return not same and _names_unknown(q, rest, inside | titled)


def _other_deed(q, said: str, kind: str, *, same: bool, values: set[int], manner, rest,
                inside: set[int]) -> bool:
    """Whether the sentence speaks of another deed than the question's: a manner word it does not say, or
    a word of the question outside it (`inside`: the words the sentence or its task's title says)."""
    if kind not in _MANNER_KINDS and any(q.tokens[p].surface.casefold() in manner
                                         and not set(q.tokens[p].keys) & content_keys(said)
                                         for p in values):
        return True  # 'aflevere på papir efter go-live?' - '... før go-live': papir is not said
    if kind in _MANNER_KINDS and any(t.pos not in inside and t.weight >= 0.5
                                     and t.role == "word" for t in rest):
        return True  # 'underskrives på papir?' - 'Sejlklubberne kan booke pladser på papir': another deed
    # 'skal testen i uge 37 ske i produktion?' - 'Testen gennemføres i uge 37 i testmiljøet'
    return bool(same) and any(t.pos not in inside and t.weight >= 0.5
                              and (not t.concepts or _PARTY_WORD.search(t.surface)) for t in rest)


# (a price's span of time too: 'pr. kvartal' tells no thing apart; 'Pris: 1.150 kr. pr. kvartal' is the
# price of the thing the task names)
_MANNER_KINDS = frozenset({"means", "language", "vat", "rate"})


def _names_unknown(q, words, said: set[int]) -> bool:
    """Whether one of the words, outside the positions the sentence says, is a place or thing the question
    puts its claim at that no task names ('i svømmehallen'): another value or count said of something else
    does not deny it. (Not a word of the claim itself, 'omfattet', nor one a task says in other words.)"""
    return any(t.pos not in said and t.pos > 0 and t.weight >= 0.5 and t.match == 0 and t.role == "word"
               and _PLACED.fullmatch(f"{q.tokens[t.pos - 1].surface} {t.surface}") for t in words)


def _sole_valued(ctx: Context, hit: Hit, question: str) -> bool:
    """Whether the hit is the one passage of its task that states a value of the kind asked."""
    valued = [pid for pid in ctx.index.task_passage_ids(hit.task)
              if compared(question, ITEM.sub("", ctx.index.passages[pid].text)) is not None]
    return valued == [hit.pid]


def _states_of(ctx: Context, task: int, token) -> bool:
    """Whether a task has a sentence that says the question's word (or a compound's head: 'Modulet' of
    'udeserveringsmodulet') and states a value of a kind the question puts forward."""
    for p in ctx.index.task_passage_ids(task):
        said = ctx.index.passages[p].text
        said_keys = content_keys(said)
        if any(same_thing(k, said_keys) for k in token.keys) and compared(ctx.q.text, said) is not None:
            return True
    return False


# A negation that only bounds when or how much ('dog ikke før 30 dage efter ...', 'ikke mere end'): the
# claim itself holds
# A value set aside after the one a sentence states: '... via Digital Post – ikke som papirbrev'
_SET_ASIDE = re.compile(r"\s*[,–-]\s*(?:og\s+|men\s+)?(?:ikke|not)\s+"
                        r"(?:som|via|med|på|i|pr\.?|as|by|in|on)\s+[^,.;!?()]+", re.I)
