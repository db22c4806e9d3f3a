"""A yes/no verdict on the evidence a normal answer would give, or 'det står ikke i opgaven'."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import month_in_period, past_date_bound, stated
from knowledge.qa.earliest import before_earliest
from knowledge.qa.intents.costs import said_free
from knowledge.qa.intents.yesno.about import (
    _about_named,
    _found_by_body,
    _in_title,
    _named_as_about,
    _only_other,
    _other_numbered,
    _task_status_of_thing,
    _untitled_coverage,
    mention_list,
)
from knowledge.qa.intents.yesno.banned_things import banned_elsewhere
from knowledge.qa.intents.yesno.clauses import _claim_clause, _first_line, denied_condition
from knowledge.qa.intents.yesno.conditions import (
    _after_condition,
    _asked_the_exception,
    _only_conditionally,
    _with_rule_before,
    _without_said_condition,
)
from knowledge.qa.intents.yesno.counts import (
    _counted_in_group,
    _counted_otherwise,
    _counts,
    _in_group,
    _per_one_not_whole,
    claim_said,
    other_count,
)
from knowledge.qa.intents.yesno.demands import _advice_asked, _demand_asked, _overturned
from knowledge.qa.intents.yesno.exemptions import (
    _all_against_some,
    _outside_range,
    banned_outside,
    everyone_against_only,
    excepted,
    outside_words,
)
from knowledge.qa.intents.yesno.heads import _unsettled, _verdict, verdict_head
from knowledge.qa.intents.yesno.levels import within_level
from knowledge.qa.intents.yesno.order import reversed_order
from knowledge.qa.intents.yesno.others import (
    _deed_only_after,
    _done_by_another,
    _other_agent,
    _other_conjunct,
    _other_group,
    _other_subject,
    _placed_elsewhere,
    _relative_only,
    passive_other_agent,
)
from knowledge.qa.intents.yesno.parties import _counterpart, _unsaid_party
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.unknowns import _unknown_claim, _unknown_verb, _unsaid_framing_verb
from knowledge.qa.intents.yesno.without import without_asked
from knowledge.qa.intents.yesno.words import (
    _ADVISED,
    _ALSO,
    _ALWAYS,
    _ANYWHERE,
    _BOUND_NOT,
    _CLAUSE_EDGE,
    _CLEFT,
    _DEMANDED,
    _DO_TASK,
    _ENOUGH_ASKED,
    _ENOUGH_SAID,
    _EXCEPTION,
    _EXEMPT,
    _LEAVE_ASKED,
    _LEVERANDOR,
    _MANNER,
    _MUST,
    _NEGATION,
    _NUMBERS,
    _ONLY,
    _ONLY_ASKED,
    _ONLY_IF,
    _OPTIONAL,
    _PROHIBITED,
    _VERDICT_HEAD,
    YES_THRESHOLD,
)
from knowledge.qa.messages import text
from knowledge.qa.types import Expect, asked_value, holds
from knowledge.wording import say

_NUMBER = re.compile(r"\d")
_YES_HEAD = re.compile(r"^(?:Ja|Jo|Yes)\b")


def settle(ctx: Context, evidence: Candidate) -> Candidate:
    """A yes/no verdict on the evidence a normal answer would give: 'Nej' when the text says the
    opposite (a negation the question lacks, 'kun' against 'både', another party than the one the
    question puts forward), else 'Ja'; the evidence is quoted either way."""
    if evidence.kind == "yesno":
        return _settle_yesno(ctx, evidence)
    question, said = ctx.q.text, evidence.text
    framing = say("says", ctx.lang)
    if framing and said.startswith(framing):  # 'The task says: ' is said once, by the verdict
        said = said[len(framing):]
    if _not_of_the_claim(ctx, evidence, said):
        return _unsettled(ctx, evidence, said)
    asked = _without_said_condition(question, said)
    inner = _asked_kind(question, said, asked)
    if inner is not Expect.ANY and not holds(inner, said, question):
        # 'er der en frist for X?' is not settled by a sentence about X without a deadline
        return _unsettled(ctx, evidence, said)
    period = month_in_period(asked, said)  # 'i juli?' - 'i perioden 15. juni til 31. oktober'
    if len(evidence.tasks) == 1 and banned_elsewhere(ctx.q, said, ctx.task(evidence.tasks[0]).title):
        return _unsettled(ctx, evidence, said)  # 'Ingen hunde i fælleshuset' for 'hunde i kolonihaven?'
    if _said_of_another(ctx, evidence, question, said, asked, period):
        return _unsettled(ctx, evidence, said)
    claim, flip = _denied_claim(ctx, question, said, asked)
    if _prohibition_unread(ctx.q, question, claim) or _bound_unread(question, claim, said):
        # 'må man sejle på Mosesøen?' - 'Det er forbudt at sejle på Mosesøen uden en sejltilladelse': it is
        # allowed with one; a prohibition or a 'kun' the asked deed cannot be tied to settles nothing
        return _unsettled(ctx, evidence, said)
    answered = _FIELD_YES_NO.search(_first_line(said))
    if answered is not None and evidence.kind == "field":  # 'STS/infrastruktur-opgave: Nej' settles it
        head = verdict_head(ctx, holds_true=answered.group(1).casefold() not in ("nej", "no"))
        return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                         prior=evidence.prior, found=evidence.found)
    flip = _said_otherwise(ctx, question, said, claim, flip=flip, answered=answered)
    worded = flip
    flip = _flipped_by_scope(question, said, claim, flip=flip, period=period)
    if flip is None or (flip and within_level(question, said)):
        # ('Må vi bade, når vandet er 18 grader?' - 'Der må ikke bades, når vandet er under 16 grader': its
        # ban is of another level)
        return _unsettled(ctx, evidence, said)
    if flip and banned_outside(question, said) is False:
        # 'må roere på rorlisten komme om bord?' - 'Roere, der ikke står på rorlisten, må ikke ...': a ban
        # on the others neither grants nor denies it
        return _unsettled(ctx, evidence, said)
    said_keys = content_keys(said)
    covered, about = _covered(ctx, evidence, said_keys, inner)
    if flip and not worded and other_count(question, said) and \
            not claim_said(ctx.q, said, _handled(ctx, evidence) | about):
        return _unsettled(ctx, evidence, said)  # a Nej read off another number, of another claim
    if _verdict_unsure(ctx, evidence, said, said_keys, flip=flip, covered=covered, about=about):
        return _unsettled(ctx, evidence, said)
    if flip:
        said = _with_rule_before(ctx, evidence, said)
    verdict = text(_verdict(ctx.q, question, holds_true=not flip), ctx.lang)
    head = text("yes_no_evidence", ctx.lang, verdict=verdict)
    return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                     prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)


def _handled(ctx: Context, evidence: Candidate) -> set[int]:
    """The question's words a sentence of the evidence need not say: numbers, refs, the project, and what
    the title of the evidence's one task names ('... om vandløbsportalen' in the task on it)."""
    q = ctx.q
    titled = content_keys(ctx.task(evidence.tasks[0]).title) if len(evidence.tasks) == 1 else set()
    return evidence.titled | q.ref_positions() | q.project_pos | {
        t.pos for t in q.tokens if t.surface.isdigit() or t.surface.casefold() in _NUMBERS
        or any(same_thing(k, titled) for k in t.keys)}


def _enough_unsaid(question: str, said: str) -> bool:
    """'kan vi nøjes med at godkende X?' is not granted by a sentence on X that does not say it is enough
    ('kun', 'alene', 'tilstrækkeligt'): whether the question asks so and the sentence does not say it."""
    return bool(_ENOUGH_ASKED.search(question)) and not _ENOUGH_SAID.search(said)


def _settle_yesno(ctx: Context, evidence: Candidate) -> Candidate:
    """An evidence that is already a yes/no verdict: left as it is, unless it speaks of another
    numbered thing or the question's claim lies in a word no task uses."""
    if _other_numbered(ctx.q.text, evidence.text):  # 'bilag 2?' - '... bilag 1 underskrevet af X'
        return _unsettled(ctx, evidence, evidence.text.split(" ", 2)[-1])
    if evidence.found and _YES_HEAD.match(evidence.text) and _enough_unsaid(ctx.q.text, evidence.text):
        return _unsettled(ctx, evidence, _VERDICT_HEAD.sub("", evidence.text))
    if evidence.found and _unknown_verb(ctx.q, evidence):
        # 'skal udtrækket krypteres, før det sendes til X?': where it is sent says nothing of the
        # claim in a word no task uses
        return _unsettled(ctx, evidence, _VERDICT_HEAD.sub("", evidence.text))
    return _overturned(ctx, evidence) if evidence.found else evidence


def _not_of_the_claim(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the evidence answers something else than the question's claim: a list of mentions,
    the task's status field, a field found by the task's body."""
    if mention_list(ctx.q, evidence):
        # 'skal børn med på listen til Movia?' is not settled by the tasks that mention Movia
        return True
    if evidence.kind == "field" and _task_status_of_thing(ctx.q, said):
        # 'skal grundlisten offentliggøres?' is not settled by the task's 'Publiceringsstatus: Publiceret'
        return True
    # 'er omsorgstandplejen omfattet af aftalerne i bølge 1?' is not settled by the waves of the task
    # whose text speaks of omsorgstandplejen
    return evidence.kind == "field" and _found_by_body(ctx, evidence, said)


def _asked_kind(question: str, said: str, asked: str) -> Expect:
    """The kind of value the claim asks of, which the sentence must hold to settle it."""
    inner = asked_value(ascii_fold(asked))
    if (inner is Expect.MAIL and _BY_MAIL.search(question)) or (inner is Expect.URL
                                                              and _ON_SITE.search(question)):
        # 'må listen sendes med almindelig e-mail?' asks how it is sent, not an address; 'skal planen
        # offentliggøres på hjemmesiden?' where it is put, not a web address
        inner = Expect.ANY
    if _counts(question) and not _counts(said):
        inner = Expect.COUNT  # 'må vi have tre administratorer?' is not settled by a line without a number
    return inner


def _said_of_another(ctx: Context, evidence: Candidate, question: str, said: str, asked: str,
                     period: bool | None) -> bool:
    """Whether the sentence speaks of another thing, party, deed or condition than the claim, so
    that it settles nothing."""
    if period is None and (asked_kinds := set(stated(asked)) - {"side"}) and \
            not asked_kinds & set(stated(said)):
        # 'skal testen ske i uge 10?' is not settled by a sentence that states no week
        return True
    if _other_numbered(question, said):
        # 'skal bilag 2 underskrives?' is not settled by a sentence on bilag 1
        return True
    if _unknown_claim(ctx.q, evidence) or _unsaid_framing_verb(ctx.q, said):
        # 'skal brevene trykkes i farver?' is not settled by a line about printing that never says 'farver';
        # 'skal kandidaterne svare på brevet?' not by what the brev must not say
        return True
    if any(_MANNER.fullmatch(t.surface.casefold()) and not set(t.keys) & content_keys(said)
           for t in ctx.q.content()):
        # 'kan fuldmagten underskrives digitalt?' is not settled by who signs it
        return True
    if _relative_only(question, said):
        # 'må en frivillig, der ikke står på listen, trække færgen?' is not settled by who is on the list
        return True
    if everyone_against_only(question, said):
        return False  # 'må frivillige køre X?' - 'Kun løjpeføreren må køre X': another doer, and a Nej
    if _other_subject(question, said) or _other_group(question, said):
        # 'kan elever selv bestille frokost?' is not settled by 'Forældre kan bestille frokost til elever'
        return True
    if _other_agent(question, said) and not reversed_order(question, said):
        # 'kan vi selv sætte X op?' is not settled by 'X sættes op af leverandøren' (but 'kan vi sende X,
        # før Y er godkendt?' asks of the order, which 'Y skal godkendes af Z, før X sendes' settles)
        return True
    return _done_elsewhere(ctx, evidence, said)


def _done_elsewhere(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the sentence puts the deed at another place, doer, moment, title's thing or condition
    than the claim does."""
    if _placed_elsewhere(ctx, evidence, said):
        # 'gemmes loggen hos Låsehuset?' is not settled by 'Loggen gemmes på kommunens egen server'
        return True
    if _done_by_another(ctx, said):
        # 'godkender Rutelogik ruteplanen?' is not settled by 'Rutelogik udarbejder ruteplanen, og
        # skolelederne godkender ruterne': the sentence's doer of the asked verb is another
        return True
    if _deed_only_after(ctx.q, said):
        # 'does the municipality send the letter?' is not settled by 'Kommunen godkender brevets tekst,
        # inden det sendes': who sends it, the sentence does not say
        return True
    if _other_conjunct(ctx, evidence, said):
        # 'er testen af terminalerne frivillig?' is not settled by 'Test bommene (frivilligt)' in the task
        # 'Opsætning af terminaler og bomme': the sentence speaks of the title's other thing
        return True
    # 'skal aftalen uploades?' is not denied by 'Uploades aftalen ikke til tiden, kan ...': what follows
    # if it is not done says nothing of whether it is to be done
    return not ctx.q.has("if") and bool(denied_condition(said))


def _denied_claim(ctx: Context, question: str, said: str, asked: str) -> tuple[str, bool]:
    """The sentence's clause of the claim, and whether it denies the claim: a negation, an exemption,
    an exception."""
    # whether the text says the opposite of the question's claim, read without its own negation
    # (a question asked under the sentence's own condition finds its claim after that condition)
    claim = _claim_clause(asked, said if asked == question else _after_condition(said))
    if not _NUMBER.search(question):  # 'overdrages X?' - 'X overdrages, dog ikke før 30 dage efter ...'
        claim = _BOUND_NOT.sub(" ", claim)
    flip = bool(_NEGATION.search(claim)) or _only_other(ctx.q, said)
    if _EXEMPT.search(_RELATIVE.sub(" ", claim)) and not _EXEMPT.search(question):
        # 'skal landbrug betale for X?' - 'Landbrug er fritaget for betaling for X' (not 'Breve til borgere,
        # der er fritaget for Digital Post, printes ...': who the subject is, not what it is spared)
        flip = True
    if _PROHIBITED.search(claim) and not _PROHIBITED.search(question) and _prohibits_asked(ctx.q, claim):
        flip = not flip  # 'er hunde tilladt på isen?' - 'Hunde er forbudt på isen' ('ikke forbudt' grants it)
    if excepted(question, said):
        flip = True  # 'skal nyansatte ...?' - 'Alle ... skal ..., undtagen nyansatte'
    if _asked_the_exception(question, said):
        flip = not flip  # '..., hvis de arbejder med børn?' - 'skal ikke ..., medmindre de arbejder med børn'
    if without_asked(question, claim, sentence=said):
        # 'må man bruge en motorkælk?' - 'Kun kælke uden motor'; turned again by the claim's own negation
        # ('Børn må ikke bade uden en voksen' grants 'skal børn have en voksen med?')
        flip = not flip
    return claim, flip


def _prohibits_asked(q, claim: str) -> bool:
    """Whether the claim's prohibition denies what the question asks: the question asks leave ('må ...?',
    'er X tilladt?', 'may ...?') to do the very deed the prohibition names ('forbudt at sejle' - 'sejle',
    'Løse hunde er forbudt' - 'hunde ... løse'), and the prohibition has no exception ('uden X',
    'medmindre')."""
    if not _LEAVE_ASKED.search(q.text) or _EXCEPTION.search(claim):
        return False
    asked = {k for t in q.content() for k in t.keys}
    deed = _FORBIDDEN_DEED.search(claim)
    # 'forbudt (for hunde) at bade', 'forbud mod hunde': the deed's or thing's word; 'Løse hunde er forbudt',
    # 'Parkering er forbudt' ('parkere'): the words before the prohibition
    said = content_keys(deed.group(1) or deed.group(2)) if deed else \
        content_keys(claim[:_PROHIBITED.search(claim).start()])
    return any(_same_stem(a, k, shortest=4) for a in asked for k in said)


def _prohibition_unread(q, question: str, claim: str) -> bool:
    """Whether leave is asked ('kan man bade i X?') against a prohibition that cannot be tied to the asked
    deed ('Grill er forbudt i boderne' for 'kan man parkere …?') or has an exception ('Det er forbudt at
    sejle på Mosesøen uden en sejltilladelse': allowed with one): neither a yes nor a no."""
    return bool(_LEAVE_ASKED.search(question) and _PROHIBITED.search(claim) and
                not _PROHIBITED.search(question) and not _prohibits_asked(q, claim))


def _bound_unread(question: str, claim: str, said: str) -> bool:
    """Whether any place or time is asked ('hvor som helst?', 'når som helst?') against a 'kun' the asked
    deed's clause says in a way not read as a place or a time ('må kun fiskes fra broen'): unsettled."""
    if not (_ANY_PLACE.search(question) or _ANY_TIME.search(question)) or _ANYWHERE.search(said):
        return False
    return not _only_somewhere(question, claim) and _in_asked_clause(_ONLY, question, claim)


def _only_somewhere(question: str, claim: str) -> bool:
    """Whether the claim bounds the asked deed to a place ('kun på de faste pladser') where the question
    asks of any place ('hvor som helst?'), or to a time ('kun om formiddagen', 'kun mellem 8 og 16') where
    it asks of any time ('når som helst?'); not a 'kun' of another thing ('kan kun kontaktes på telefon')."""
    bound = _ONLY_PLACE if _ANY_PLACE.search(question) else _ONLY_TIME if _ANY_TIME.search(question) else None
    if bound is None:
        return False
    # (in the clause of the asked deed: '..., og der er adgang hele døgnet')
    return _in_asked_clause(bound, question, claim)


def _in_asked_clause(pattern: re.Pattern[str], question: str, claim: str) -> bool:
    """Whether a clause of the claim that says a word of the question matches the pattern."""
    asked = content_keys(question)
    return any(pattern.search(clause) and any(_same_stem(a, k) for a in asked for k in content_keys(clause))
               for clause in _CLAUSE_EDGE.split(claim))


def _same_stem(a: str, b: str, *, shortest: int = 5) -> bool:
    """'overnat' (overnatte) and 'overnatning': one key, or one the start of the other (5 letters up)."""
    return a == b or (min(len(a), len(b)) >= shortest and (a.startswith(b) or b.startswith(a)))


def _said_otherwise(ctx: Context, question: str, said: str, claim: str, *, flip: bool, answered) -> bool:
    """Whether the sentence says the opposite in its field's own yes or no, its modal, 'kun' against
    'også', 'altid' against 'kun, hvis', or the order of two deeds."""
    if answered is not None:
        flip = answered.group(1).casefold() in ("nej", "no")
    if _MUST.search(question) and _OPTIONAL.search(said):
        flip = True  # 'skal vi holde lokal undervisning?' - 'Kommunen kan vælge at holde ...'
    elif _demand_asked(ctx.q) and _ADVISED.search(claim) and not _advice_asked(ctx.q) \
            and not _DEMANDED.search(claim):
        flip = True  # 'er det et krav at kontrollere 25?' - 'Kommunen bør kontrollere mindst 25': advised
    if said_free(question, claim):
        flip = True  # 'koster integrationen noget for kommunen?' - 'Integrationen er gratis for kommunen'
    if _ONLY_ASKED.search(question) and _ALSO.search(said) and not _ONLY.search(said):
        flip = True
    if _only_somewhere(question, claim) and not _ANYWHERE.search(said):
        flip = True  # 'må man grille hvor som helst?' - 'Grill kun på de faste grillpladser'
    if _ALWAYS.search(question) and not _ALWAYS.search(said) and _ONLY_IF.search(said):
        flip = True  # 'skal borgmesteren altid deltage?' - 'Borgmesteren deltager kun, hvis ...'
    if reversed_order(question, said):
        flip = True  # 'må X ske, før Y?' - 'Y skal ske, før X kan ske'
    return flip


def _flipped_by_scope(question: str, said: str, claim: str, *, flip: bool,
                      period: bool | None) -> bool | None:
    """Whether the sentence's period, agent, measure, cleft, group, count or side puts the asked one
    outside what it says; None when it leaves the claim unsettled."""
    if period is False:  # 'må der jages i juli?' - 'Der må jages fra 1. oktober til 31. januar'
        if flip:  # ('... må ikke ske fra 1. april til 31. maj' says nothing of July)
            return None
        flip = True
    if before_earliest(question, said):
        flip = True  # 'kan X sættes i drift ved go-live?' - 'X kan tidligst sættes i drift 30 dage efter ...'
    if (beyond := past_date_bound(question, said)) is not None:
        # 'kan man låne X efter 1. september?' - 'Sidste udlånsdag: 1. september' (the same date is no Ja);
        # a date left before the bound is not granted by it (a bound grants nothing)
        if not beyond or flip:
            return None
        flip = True
    if passive_other_agent(question, said):
        flip = True  # 'udarbejdes X af udvalget?' - 'X udarbejdes af Juridisk Kontor og godkendes af ...'
    if _per_one_not_whole(question, claim):
        flip = True  # 'koster X 6.000 kr. for hele kommunen?' - '6.000 kr. pr. svømmehal'
    if (m := _CLEFT.match(question)) and not content_keys(m.group(1)) & content_keys(said):
        if m.group(1)[:1].isupper() and _LEVERANDOR.search(said):
            # 'Er det Netcompany, der ...?' - 'Leverandøren af ESDH-systemet ...': it may be them
            return None
        flip = True
    return _flipped_by_group(question, said, flip=flip)


def _flipped_by_group(question: str, said: str, *, flip: bool) -> bool | None:
    """Whether the group, count, side or range the sentence speaks of puts the asked one outside it;
    None when it leaves the claim unsettled."""
    group = _in_group(question, said)
    if group is False and flip:
        # 'overføres brønde, der forsyner 25 husstande?' - 'Brønde, der forsyner færre end 10
        # husstande, overføres ikke': said of other brønde; what holds for these it does not say
        return None
    if group is not None:
        # 'kan en kommune med 35 vandværker vælge X?' - 'Kommuner med færre end 20 vandværker kan vælge X':
        # the number puts the asked one outside the group the sentence speaks of (a 'Nej'), or inside it
        flip = flip or not group
    if group and (counted := _counted_in_group(question, said)) is not True:
        if counted is None:
            return None
        flip = True
    if group is not None:
        pass
    elif other_count(question, said):
        flip = True  # 'skal vi oprette tre testbrugere?' - 'to testbrugere'
    elif _counted_otherwise(question, said):
        # 'er det nok med én administrator?' - 'mindst to medarbejdere med administratorrollen'
        return None
    if (side := other_side(question, said)) is None:
        return None
    if side:
        flip = True  # 'skal abonnementerne lukkes før go-live?' - 'senest 2 uger efter go-live'
    if _all_against_some(question, said) or _outside_range(question, said):
        flip = True  # 'skal alle skoler ...?' - 'mindst én skole'; '10. klasse?' - 'fra 0. til 9. klasse'
    if everyone_against_only(question, said):
        flip = True  # 'må alle tænde ovnen?' - 'kun ovnmesteren må tænde ovnen'
    return flip


def _covered(ctx: Context, evidence: Candidate, said_keys: set[str], inner: Expect) -> tuple[float, set[int]]:
    """How much of the question the evidence explains, and the positions it names as what it is about."""
    # a word of the title the sentence refers back to ('Aftalen skal ...' in the task on the
    # databehandleraftale) is the sentence's own
    own = {t.pos for t in ctx.q.tokens
           if t.pos in evidence.titled and any(same_thing(k, said_keys) for k in t.keys)}
    explained = evidence.explained
    if inner is Expect.TIME:  # 'er der en frist for at gennemføre X?' - 'X skal være på plads senest ...'
        explained = explained | {t.pos for t in ctx.q.tokens if set(t.keys) & _DO_TASK}
    if len(evidence.tasks) == 1:  # 'aftalen med Kajdata': which of the task's aftaler, told by its task
        explained = explained | {t.pos for t in ctx.q.content() if t.surface[:1].isupper() and t.keys
                                 and _counterpart(ctx.q, t)
                                 and all(ctx.index.task_has(evidence.tasks[0], k) for k in t.keys)}
    about = _named_as_about(ctx, evidence)
    explained = explained | about
    covered = max(ctx.q.coverage(explained - (evidence.titled - own)),
                  _untitled_coverage(ctx.q, evidence, evidence.titled - own))
    return covered, about


def _verdict_unsure(ctx: Context, evidence: Candidate, said: str, said_keys: set[str], *, flip: bool,
                    covered: float, about: set[int]) -> bool:
    """Whether the verdict would be a guess: a Ja granted only under a condition, read off part of the
    question or without its party, or a Nej about another task's thing."""
    if not flip and _enough_unsaid(ctx.q.text, said):
        return True
    if not flip and _only_conditionally(ctx.q.text, said):
        # 'kan kommunen aflyse et besøg?' is not granted by 'Et besøg aflyses kun, hvis borgeren melder afbud'
        return True
    if not flip and (covered * evidence.prior < YES_THRESHOLD
                     or _unsaid_party(ctx, evidence.titled | _in_title(ctx, evidence) | about, said_keys,
                                      tasks=evidence.tasks)):
        # a Ja read off evidence that explains only part of the question is a guess, and so is one that
        # does not name the party the question does ('KOMBITs testportal' - 'Septimas testportal')
        return True
    # 'skal tilslutningsaftalen sendes til KOMBIT?' is not settled by where another task's aftale goes (but
    # 'må frivillige køre X?' is by 'Kun løjpeføreren må køre X', which names the deed and not the group)
    # ('må roere uden for rorlisten ...?' - 'Roere, der ikke står på rorlisten, må ikke ...': 'uden' is said
    # by the ban's own clause)
    framing = frozenset(outside_words(ctx.q.text)) if banned_outside(ctx.q.text, said) else frozenset()
    return flip and not _about_named(ctx, evidence, said, framing=framing) and \
        not everyone_against_only(ctx.q.text, said)


# Mail as the way a thing is sent: 'med almindelig e-mail', 'via sikker mail', 'by email'
# (also 'mail' alone: 'via sikker mail', 'med almindelig mail')
_BY_MAIL = re.compile(r"\b(?:med|via|pr\.?|per|over|by|through)\s+(?:\w+\s+)?(?:e-?)?mail\b", re.I)

_ON_SITE = re.compile(r"\b(?:på|via|i|on|at)\s+(?:\w+\s+)?(?:hjemmeside\w*|intranet\w*|website|"
                      r"web\s*site)\b", re.I)

_RELATIVE = re.compile(r",?\s+(?:der|som|who|which)\s+[^,;.]*(?:,|$)", re.I)

# A field whose value is itself a yes or a no: 'Er det en STS/Infrastruktur opgave? Nej'
_FIELD_YES_NO = re.compile(r"[:?]\s*[«“\"]?(ja|nej|yes|no)[»”\"]?\W*$", re.I)

# The deed or thing a prohibition names after it: 'forbudt (for hunde) at bade', 'forbud mod hunde'
_FORBIDDEN_DEED = re.compile(r"\b(?:forbudt|forbidden|prohibited)\s+(?:for\s+[^,.;]*?\s+)?(?:at|to)\s+(\w+)|"
                             r"\bforbud\s+(?:mod|imod|against|on)\s+(?:at\s+)?([\w-]+)", re.I)

# Any place, any time asked ('hvor som helst?', 'når som helst?'), and a 'kun' that bounds a place or a time
_ANY_PLACE = re.compile(r"\b(?:hvor\s+som\s+helst|overalt|alle\s+steder|anywhere|everywhere)\b", re.I)
_ANY_TIME = re.compile(r"\b(?:når\s+som\s+helst|any\s*time)\b", re.I)
_ONLY_PLACE = re.compile(r"\b(?:kun|alene|udelukkende|only)\s+(?:[a-zæøå]+\s+)?"
                         r"(?:på|i|ved|hos|langs|inden\s*for|on|in|at|within)\s", re.I)
_ONLY_TIME = re.compile(r"\b(?:kun|alene|udelukkende|only)\s+(?:[a-zæøå]+\s+)?"
                        r"(?:om|i|på|mellem|fra|efter|før|inden|on|in|at|between|during|from|after|before)\s+"
                        r"(?:\w+\s+)?(?:\d|\w*(?:dag|dage|dagen|tid|tiden|"
                        r"morgen\w*|formiddag\w*|eftermiddag\w*|aften\w*|nat|natten|weekend\w*|ugen|måned\w*|"
                        r"sæson\w*|period\w*|day|days|hours|morning|evening|night|week\w*|season))\b", re.I)
