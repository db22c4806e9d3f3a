"""Counts and ages the question puts forward, settled by the sentence that counts or bounds them."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.ages import (
    age_bound,
    age_positions,
    alone_positions,
    asked_age,
    asked_too,
    asked_under,
    denied_under,
    too_far,
    too_positions,
    under_positions,
    within,
)
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.claimed_values import NUMBER_WORDS, stated
from knowledge.qa.intents.yesno.clauses import _claim_clause, _main_clause
from knowledge.qa.intents.yesno.counts import _counts, claim_said, counted_as, other_count, other_span
from knowledge.qa.intents.yesno.evidence_scope import (
    _allowed_hits,
    _inside,
    _lead_task_passages,
    _project_passages,
    _scoped_passages,
)
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.levels import level_units
from knowledge.qa.intents.yesno.parties import _unsaid_party, _who_does
from knowledge.qa.intents.yesno.values import _names_unknown
from knowledge.qa.intents.yesno.words import (
    _AND_CLAUSE,
    _AT_MOST,
    _COMPARED,
    _NEGATION,
    _NUMBERS,
    _ONLY,
    _SUBJECT_BACK,
)
from knowledge.qa.titles import title_positions
from knowledge.units import unit_of, unit_words


def _count(ctx: Context) -> list[Candidate]:
    """'Skal vi udpege tre superbrugere?': the sentence that counts them settles it."""
    q, index = ctx.q, ctx.index
    asked = _counts(q.text)
    # 'senest 20 dage før go-live' is a time, 'en borger på 40 år' an age: no count of days or years
    if set(stated(q.text)) & {"offset", "duration"} or asked_age(q.text) is not None:
        asked = {noun: n for noun, n in asked.items() if noun not in _TIME_UNITS}
    if units := level_units(q.text):  # '100 grader', '18 m/s': a level (levels.past_level), no count
        asked = {noun: n for noun, n in asked.items() if noun not in units}
    if _COMPARED.search(q.text):
        return _compared_count(ctx)  # 'færre end 104 ture?' compares with a count: no count of its own
    if not asked:
        return []
    numbers = {t.pos for t in q.tokens if t.surface.isdigit() or t.surface.casefold() in _NUMBERS}
    hits = _allowed_hits(q, index, skip=numbers, limit=10, min_coverage=0.5)
    counted = {t.pos for t in q.tokens if any(same_thing(k, set(asked)) for k in t.keys)}
    # and the sentences of the one task the other words name ('to underskrifter på serviceaftalen om X')
    named, via = scope(ctx, numbers | counted | q.ref_positions())
    scoped = _scoped_passages(ctx, hits, numbers | counted | q.ref_positions())
    # 'skal leverandøren teste alle ni zoner?' is not settled by what the municipality tests
    party = (doer[2] - {"kommun"}) if (doer := _who_does(q, index)) else set()
    for hit in hits + scoped:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if not any(counted_as(a, _counts(said)) for a in asked):
            continue
        if _span_of_other(q, said, asked, numbers | counted | q.ref_positions()) or other_span(q.text, said):
            continue  # 'gælder kontrakten i 4 år?' is not settled by 'Anmeldelserne gemmes i 2 år', nor '3
            # bookinger om måneden?' by 'højst 2 bookinger pr. uge'
        # 'behøver ikke at tilpasse alle tolv'; of '... skal ikke underskrive, og der kræves kun én
        # underskrift' the clause that counts
        clause = next((c for c in _AND_CLAUSE.split(said) if any(counted_as(a, _counts(c)) for a in asked)),
                      said)
        claim = _claim_clause(q.text, clause)
        if _SUBJECT_BACK.match(whole := _claim_clause(q.text, said)) and whole.strip() not in clause:
            claim = whole  # 'Personer over 80 år udelades ikke ...; de kan selv bede om fritagelse': the
            # count is of the subject both clauses share, and the question's claim is the second's
        negated = bool(_NEGATION.search(claim))
        holds_true = not other_count(q.text, said) and not negated
        if (limited := _said_of_other(q.text, said, clause, asked)) is not None:
            if not limited:
                continue  # 'tandlæger skal gennemføre alle fire moduler' says nothing of assistants
            holds_true = False  # 'Klinikassistenter skal kun gennemføre modul 1 og 2; ... alle fire'

        handled = numbers | counted | q.ref_positions() | title_positions(index, q, hit.task)
        if not holds_true and not negated and any(bound for _, bound in asked.values()) and \
                not claim_said(q, said, handled):
            # 'skal mindst én tilsynskonsulent have en sundhedsfaglig uddannelse?' is not denied by 'udpeg
            # mindst 2 tilsynskonsulenter': a bounded count quantifies who must do the claim, so a Nej
            # read off another bound holds only for a sentence that says the claim (as settle asks)
            continue
        if (holds_true and _unsaid_party(ctx, title_positions(index, q, hit.task), content_keys(said),
                                         tasks=[hit.task])) or \
                (party and not any(same_thing(k, content_keys(said)) for k in party)) or \
                (not holds_true and _names_unknown(q, q.content(), hit.explained | numbers)):
            continue  # 'skal lønleverandøren kontrollere tre filer?' - 'Kontrollér de første tre filer'
        head = verdict_head(ctx, holds_true=holds_true)
        for p in numbers:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)  # a number the text lacks is still understood
        explained = hit.explained | numbers | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
        if hit in scoped:  # a sentence of the task the question names: the words it says, and the naming
            explained |= (_inside(ctx, q.content(), hit, said) | title_positions(index, q, hit.task)
                          | (via if named == [hit.task] else set()))
        return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95)]
    return []


def _span_of_other(q, said: str, asked: dict, handled: set[int]) -> bool:
    """Whether a count of time units ('i 4 år') is said of another thing: years or days count no thing of
    their own, so the sentence must say a word of the question besides the number and the unit ('Kontrakten
    gælder i 4 år', not 'Anmeldelserne gemmes i 2 år' for 'gælder kontrakten i 4 år?')."""
    if not all(noun in _TIME_UNITS for noun in asked):
        return False
    said_keys = content_keys(said)
    return not any(same_thing(k, said_keys) for t in q.content() if t.pos not in handled for k in t.keys)


def _age(ctx: Context) -> list[Candidate]:
    """'Kan en 16-årig søge?': the sentence that bounds the age ('skal være fyldt 18 år', 'børn mellem 6
    og 17 år') settles it; a sentence that says no one may is left to the reader."""
    q, index = ctx.q, ctx.index
    if (age := asked_age(q.text)) is not None:
        ages, under = age_positions(q, age), False
    elif (age := asked_under(q.text)) is not None:
        ages, under = under_positions(q, age), True
    else:
        return []
    ages = ages | too_positions(q)  # 'for ung': the frame the bound settles, a word the tasks need not say
    # ('alene' is settled with the age, or left open by it: a word the tasks need not say to be found)
    hits = _allowed_hits(q, index, skip=ages | alone_positions(q), limit=10, min_coverage=0.5)
    scoped = (_lead_task_passages(ctx, hits, ages | alone_positions(q),
                                  settles=lambda said: age_bound(ITEM.sub("", said)) is not None)
              or _scoped_passages(ctx, hits, ages | alone_positions(q) | q.ref_positions())
              or _project_passages(ctx, hits))
    for hit in hits + scoped:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if (bound := age_bound(said)) is None:
            if not under and (denied := _denied_younger(ctx, hit, said, age, ages)) is not None:
                return [denied]
            continue
        if _NEGATION.search(_claim_clause(q.text, said)):
            return []  # 'børn under 6 år kan ikke ...': what the others may, it does not say
        # a group under an age is denied only when all of it is below the bound ('børn under 10 år' - 'fra
        # 10 år'); a Ja would hold for some of them only
        allowed = within(age - 1, bound) if under else within(age, bound)
        if under and (allowed or bound[0] is None):
            return []
        if (too := asked_too(q.text)) is not None:
            if under:
                return []
            # 'er en tiårig for ung til ...?' - 'fra 12 år': too young is a Ja, the opposite of may
            allowed = too_far(age, bound, too)
        elif allowed and alone_positions(q):
            return []  # 'alene?' - 'fra 12 år sammen med en voksen': whether without company, it does not say
        # too young is denied alone or not ('må en 10-årig være alene ...?' - 'fra 12 år')
        ages = ages | alone_positions(q)
        explained = hit.explained | ages | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
        if hit in scoped:  # a sentence of the task or project named: the words it says, and the naming
            explained |= _inside(ctx, q.content(), hit, said) | title_positions(index, q, hit.task)
        for p in ages:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)  # 'årig' the text lacks is still understood
        head = verdict_head(ctx, holds_true=allowed)
        # ('for ung', 'årig': the frame and the age the bound settles are read, words the text need not say)
        return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95, read=ages)]
    return []


def _denied_younger(ctx: Context, hit, said: str, age: int, ages: set[int]) -> Candidate | None:
    """'Kan en 10-årig booke en sandplads uden afspærring?' - 'Sandpladser uden afspærring kan ikke bookes til
    børn under 12 år': an age under the one below which the sentence denies the deed is denied; an older
    one the sentence does not settle, nor a sentence on things 'uden' what the question does not lack."""
    limit = denied_under(said)
    if limit is None or age >= limit or (_WITHOUT.search(said) and not _WITHOUT.search(ctx.q.text)):
        return None
    q = ctx.q
    for p in ages:
        q.tokens[p].match = max(q.tokens[p].match, 1.0)  # 'årig' the text lacks is still understood
    explained = hit.explained | ages | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
    # 'er en tiårig for ung til ...?': denied for being younger is a Ja to that frame ('for gammel': a Nej)
    holds_true = asked_too(q.text) == "young"
    return Candidate("yesno", f"{verdict_head(ctx, holds_true=holds_true)} {said}", [hit.task], explained,
                     prior=0.95)


_WITHOUT = re.compile(r"\b(?:uden|without)\b", re.I)


def _said_of_other(question: str, said: str, clause: str, asked: dict) -> bool | None:
    """Whether the clause that counts the thing is said of another subject than the question's: None
    when it is the question's own clause; else True when the clause about the question's subject limits
    it ('kun ...'), False when it does not."""
    clauses = _AND_CLAUSE.split(said)
    if len(clauses) < 2:
        return None
    words = content_keys(question) - set(asked) - set(NUMBER_WORDS)
    own = max(clauses, key=lambda c: len(content_keys(c) & words))
    if own is clause or len(content_keys(own) & words) <= len(content_keys(clause) & words):
        return None
    return bool(_ONLY.search(own))


_PERMITS = re.compile(r"^\W*(kan|må|can|may)\b", re.I)


def _compared_count(ctx: Context) -> list[Candidate]:
    """'Må kommunen give flere end 104 ture?' - 'ret til mindst 104 enkeltture': the count the text gives
    for the thing settles a comparison with it (a bound only what is allowed: 'kan/må ...?')."""
    q, index = ctx.q, ctx.index
    m = _COMPARED.search(q.text)
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS.get(m.group("n").casefold())
    if n is None:
        return []
    more, noun = m.group("dir").casefold() in ("flere", "mere", "more"), key(m.group("noun").casefold())
    numbers = {t.pos for t in q.tokens if t.surface == m.group("n")}
    for hit in _allowed_hits(q, index, skip=numbers, limit=10, min_coverage=0.5):
        said = ITEM.sub("", index.passages[hit.pid].text)
        given = [c for k, c in _counts(said).items() if k.endswith(noun) and c[1] != "flere"]  # 'enkeltture'
        if len(given) != 1 or _NEGATION.search(_main_clause(said)) or \
                _unsaid_party(ctx, title_positions(index, q, hit.task), content_keys(said), tasks=[hit.task]):
            continue
        count, bound = given[0]
        if bound and not _PERMITS.match(q.text):
            continue  # 'skal vi give flere end 104?' - 'mindst 104': allowed, not required
        if not bound:
            yes = count > n if more else count < n
        elif bound.startswith(_AT_MOST):
            yes = count > n if more else True
        else:  # 'mindst'
            yes = True if more else n > count
        for p in numbers:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)
        explained = hit.explained | numbers | q.project_pos | q.ref_positions()
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=yes)} {said}", [hit.task], explained,
                          prior=0.95)]
    return []


# (hours and minutes stay counts: 'reaktionstiden 8 timer?' - 'reagere inden for 4 timer' is compared as
# a count, with the words of the sentence that counts them)
_TIME_UNITS = frozenset(key(w) for w in unit_words() if " " not in w and unit_of(w).days >= 1)
