"""Yes/no questions: "Ja"/"Nej" with the evidence when the text settles it ('er 433 obligatorisk?',
'skal borgmesteren underskrive serviceaftalen?', 'skal der underskrives noget i 1212?'), and an
honest "det står ikke i opgaven" when it does not."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.language import US
from knowledge.qa.agents import deeds, same_thing, verb_key
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import month_in_period, stated
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
from knowledge.qa.intents.yesno.clauses import _claim_clause, _first_line, _main_clause, denied_condition
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
    counted_as,
    other_count,
    stated_counts,
)
from knowledge.qa.intents.yesno.demands import _advice_asked, _demand_asked, _overturned
from knowledge.qa.intents.yesno.exemptions import _all_against_some, _outside_range, excepted
from knowledge.qa.intents.yesno.heads import _unsettled, _verdict, verdict_head
from knowledge.qa.intents.yesno.order import reversed_order
from knowledge.qa.intents.yesno.parties import _counterpart, _unsaid_party, _who_does
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.unknowns import _unknown_claim, _unknown_verb, _unsaid_framing_verb
from knowledge.qa.intents.yesno.verdicts import yes_no
from knowledge.qa.intents.yesno.words import (
    _ADVISED,
    _ALSO,
    _ALWAYS,
    _BEFORE_AFTER,
    _BOUND_NOT,
    _CLEFT,
    _DEMANDED,
    _DO_TASK,
    _EXEMPT,
    _EXPLETIVE,
    _LEVERANDOR,
    _MANNER,
    _MUST,
    _NEGATION,
    _ONLY,
    _ONLY_IF,
    _OPTIONAL,
    _PASSIVE_BY,
    _PLACED,
    _VERDICT_HEAD,
    _WE,
    YES_THRESHOLD,
)
from knowledge.qa.messages import text
from knowledge.qa.types import Expect, asked_value, holds
from knowledge.wording import say

__all__ = [
    "YES_THRESHOLD",
    "counted_as",
    "denied_condition",
    "excepted",
    "frame",
    "mention_list",
    "other_count",
    "other_side",
    "passive_other_agent",
    "reversed_order",
    "settle",
    "stated_counts",
    "verdict_head",
    "yes_no",
]


_NUMBER = re.compile(r"\d")

# Words that only frame a yes/no question as one of necessity or permission: 'er det nødvendigt at
# sende X?', 'behøver vi X?', 'har vi lov til at X?', 'is it required to X?' ask whether X is to be
# done, which the sentence saying to do X settles. 'Gælder det (også) for X, at ...' frames X likewise.
_NEED = frozenset("nødvendigt nødvendig nødvendige nødvendigvis behøver behøve behøves nødt pligt forpligtet "
                  "forpligtede påkrævet påkrævede krævet lov tilladt tilladelse muligt ok okay "
                  "necessary required needed need needs allowed permitted".split())
_NEED_IF_FOLLOWED = frozenset("krav gælder".split())  # 'et krav, at X', 'gælder det for X'
# Words asking whether a thing may be left out: 'kan vi springe testen over?', 'må vi undlade X?',
# 'can we skip X?'. The sentence saying to do X answers it with a 'Nej'.
_SKIP = frozenset("springe spring springer springes undlade undlader undlades droppe dropper droppes drop "
                  "slippe slipper skippe skip skipped omit ignorere ignore".split())

# Phrases that work as one preposition: their noun is no word of what the question is about
_PREPOSITION_PHRASES = frozenset({("i", "forbindelse", "med"), ("i", "løbet", "af"), ("i", "henhold", "til"),
                                  ("med", "henblik", "på"), ("ved", "hjælp", "af"), ("på", "grund", "af")})


def frame(q) -> None:
    """Take the words that frame a yes/no question (necessity, permission, leaving out) out of what it
    is about; a question of leaving a thing out is marked 'skip', and in a 'hvad sker der, hvis vi
    springer X over?' the leaving out is a negation."""
    conditional = q.has("if") or q.has("consequence")
    if not (q.yesno or conditional):
        return
    for t in q.tokens:
        word = t.surface.casefold()
        after = q.tokens[t.pos + 1].surface.casefold() if t.pos + 1 < len(q.tokens) else ""
        before = q.tokens[t.pos - 1].surface.casefold() if t.pos else ""
        if q.yesno and (before, word, after) in _PREPOSITION_PHRASES:
            t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
            continue  # 'skal der underskrives en aftale i forbindelse med X?' asks about X
        skip = word in _SKIP
        need = q.yesno and (word in _NEED or (word in _NEED_IF_FOLLOWED and after in ("at", "om", "det",
                                                                                     "dette"))
                            or (word == "brug" and after == "for"))  # 'er der brug for X?': needed
        if not (skip or need):
            continue
        t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
        if skip and q.yesno and not conditional:
            q.concepts.add("skip")
        elif skip:
            t.concepts = frozenset({"negation"})
            q.concepts.add("negation")


def settle(ctx: Context, evidence: Candidate) -> Candidate:
    """A yes/no verdict on the evidence a normal answer would give: 'Nej' when the text says the
    opposite (a negation the question lacks, 'kun' against 'både', another party than the one the
    question puts forward), else 'Ja'; the evidence is quoted either way."""
    if evidence.kind == "yesno":
        if _other_numbered(ctx.q.text, evidence.text):  # 'bilag 2?' - '... bilag 1 underskrevet af X'
            return _unsettled(ctx, evidence, evidence.text.split(" ", 2)[-1])
        if evidence.found and _unknown_verb(ctx.q, evidence):
            # 'skal udtrækket krypteres, før det sendes til X?': where it is sent says nothing of the
            # claim in a word no task uses
            return _unsettled(ctx, evidence, _VERDICT_HEAD.sub("", evidence.text))
        return _overturned(ctx, evidence) if evidence.found else evidence
    question, said = ctx.q.text, evidence.text
    framing = say("says", ctx.lang)
    if framing and said.startswith(framing):  # 'The task says: ' is said once, by the verdict
        said = said[len(framing):]
    if mention_list(ctx.q, evidence):
        # 'skal børn med på listen til Movia?' is not settled by the tasks that mention Movia
        return _unsettled(ctx, evidence, said)
    if evidence.kind == "field" and _task_status_of_thing(ctx.q, said):
        # 'skal grundlisten offentliggøres?' is not settled by the task's 'Publiceringsstatus: Publiceret'
        return _unsettled(ctx, evidence, said)
    if evidence.kind == "field" and _found_by_body(ctx, evidence, said):
        # 'er omsorgstandplejen omfattet af aftalerne i bølge 1?' is not settled by the waves of the task
        # whose text speaks of omsorgstandplejen
        return _unsettled(ctx, evidence, said)
    asked = _without_said_condition(question, said)
    inner = asked_value(ascii_fold(asked))
    if (inner is Expect.MAIL and _BY_MAIL.search(question)) or (inner is Expect.URL
                                                              and _ON_SITE.search(question)):
        # 'må listen sendes med almindelig e-mail?' asks how it is sent, not an address; 'skal planen
        # offentliggøres på hjemmesiden?' where it is put, not a web address
        inner = Expect.ANY
    if _counts(question) and not _counts(said):
        inner = Expect.COUNT  # 'må vi have tre administratorer?' is not settled by a line without a number
    if inner is not Expect.ANY and not holds(inner, said, question):
        # 'er der en frist for X?' is not settled by a sentence about X without a deadline
        return _unsettled(ctx, evidence, said)
    period = month_in_period(asked, said)  # 'i juli?' - 'i perioden 15. juni til 31. oktober'
    if period is None and (asked_kinds := set(stated(asked)) - {"side"}) and \
            not asked_kinds & set(stated(said)):
        # 'skal testen ske i uge 10?' is not settled by a sentence that states no week
        return _unsettled(ctx, evidence, said)
    if _other_numbered(question, said):
        # 'skal bilag 2 underskrives?' is not settled by a sentence on bilag 1
        return _unsettled(ctx, evidence, said)
    if _unknown_claim(ctx.q, evidence) or _unsaid_framing_verb(ctx.q, said):
        # 'skal brevene trykkes i farver?' is not settled by a line about printing that never says 'farver';
        # 'skal kandidaterne svare på brevet?' not by what the brev must not say
        return _unsettled(ctx, evidence, said)
    if any(_MANNER.fullmatch(t.surface.casefold()) and not set(t.keys) & content_keys(said)
           for t in ctx.q.content()):
        # 'kan fuldmagten underskrives digitalt?' is not settled by who signs it
        return _unsettled(ctx, evidence, said)
    if _other_subject(question, said) or _other_group(question, said):
        # 'kan elever selv bestille frokost?' is not settled by 'Forældre kan bestille frokost til elever'
        return _unsettled(ctx, evidence, said)
    if _other_agent(question, said) and not reversed_order(question, said):
        # 'kan vi selv sætte X op?' is not settled by 'X sættes op af leverandøren' (but 'kan vi sende X,
        # før Y er godkendt?' asks of the order, which 'Y skal godkendes af Z, før X sendes' settles)
        return _unsettled(ctx, evidence, said)
    if _placed_elsewhere(ctx, evidence, said):
        # 'gemmes loggen hos Låsehuset?' is not settled by 'Loggen gemmes på kommunens egen server'
        return _unsettled(ctx, evidence, said)
    if _done_by_another(ctx, said):
        # 'godkender Rutelogik ruteplanen?' is not settled by 'Rutelogik udarbejder ruteplanen, og
        # skolelederne godkender ruterne': the sentence's doer of the asked verb is another
        return _unsettled(ctx, evidence, said)
    if _deed_only_after(ctx.q, said):
        # 'does the municipality send the letter?' is not settled by 'Kommunen godkender brevets tekst,
        # inden det sendes': who sends it, the sentence does not say
        return _unsettled(ctx, evidence, said)
    if _other_conjunct(ctx, evidence, said):
        # 'er testen af terminalerne frivillig?' is not settled by 'Test bommene (frivilligt)' in the task
        # 'Opsætning af terminaler og bomme': the sentence speaks of the title's other thing
        return _unsettled(ctx, evidence, said)
    if not ctx.q.has("if") and denied_condition(said):
        # 'skal aftalen uploades?' is not denied by 'Uploades aftalen ikke til tiden, kan ...': what follows
        # if it is not done says nothing of whether it is to be done
        return _unsettled(ctx, evidence, said)
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
    if excepted(question, said):
        flip = True  # 'skal nyansatte ...?' - 'Alle ... skal ..., undtagen nyansatte'
    if _asked_the_exception(question, said):
        flip = not flip  # '..., hvis de arbejder med børn?' - 'skal ikke ..., medmindre de arbejder med børn'
    answered = _FIELD_YES_NO.search(_first_line(said))
    if answered is not None and evidence.kind == "field":  # 'STS/infrastruktur-opgave: Nej' settles it
        head = verdict_head(ctx, holds_true=answered.group(1).casefold() not in ("nej", "no"))
        return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                         prior=evidence.prior, found=evidence.found)
    if answered is not None:
        flip = answered.group(1).casefold() in ("nej", "no")
    if _MUST.search(question) and _OPTIONAL.search(said):
        flip = True  # 'skal vi holde lokal undervisning?' - 'Kommunen kan vælge at holde ...'
    elif _demand_asked(ctx.q) and _ADVISED.search(claim) and not _advice_asked(ctx.q) \
            and not _DEMANDED.search(claim):
        flip = True  # 'er det et krav at kontrollere 25?' - 'Kommunen bør kontrollere mindst 25': advised
    if _ONLY.search(question) and _ALSO.search(said) and not _ONLY.search(said):
        flip = True
    if _ALWAYS.search(question) and not _ALWAYS.search(said) and _ONLY_IF.search(said):
        flip = True  # 'skal borgmesteren altid deltage?' - 'Borgmesteren deltager kun, hvis ...'
    if reversed_order(question, said):
        flip = True  # 'må X ske, før Y?' - 'Y skal ske, før X kan ske'
    if period is False:  # 'må der jages i juli?' - 'Der må jages fra 1. oktober til 31. januar'
        if flip:  # ('... må ikke ske fra 1. april til 31. maj' says nothing of July)
            return _unsettled(ctx, evidence, said)
        flip = True
    if passive_other_agent(question, said):
        flip = True  # 'udarbejdes X af udvalget?' - 'X udarbejdes af Juridisk Kontor og godkendes af ...'
    if _per_one_not_whole(question, claim):
        flip = True  # 'koster X 6.000 kr. for hele kommunen?' - '6.000 kr. pr. svømmehal'
    if (m := _CLEFT.match(question)) and not content_keys(m.group(1)) & content_keys(said):
        if m.group(1)[:1].isupper() and _LEVERANDOR.search(said):
            # 'Er det Netcompany, der ...?' - 'Leverandøren af ESDH-systemet ...': it may be them
            return _unsettled(ctx, evidence, said)
        flip = True
    group = _in_group(question, said)
    if group is False and flip:
        # 'overføres brønde, der forsyner 25 husstande?' - 'Brønde, der forsyner færre end 10
        # husstande, overføres ikke': said of other brønde; what holds for these it does not say
        return _unsettled(ctx, evidence, said)
    if group is not None:
        # 'kan en kommune med 35 vandværker vælge X?' - 'Kommuner med færre end 20 vandværker kan vælge X':
        # the number puts the asked one outside the group the sentence speaks of (a 'Nej'), or inside it
        flip = flip or not group
    if group and (counted := _counted_in_group(question, said)) is not True:
        if counted is None:
            return _unsettled(ctx, evidence, said)
        flip = True
    if group is not None:
        pass
    elif other_count(question, said):
        flip = True  # 'skal vi oprette tre testbrugere?' - 'to testbrugere'
    elif _counted_otherwise(question, said):
        # 'er det nok med én administrator?' - 'mindst to medarbejdere med administratorrollen'
        return _unsettled(ctx, evidence, said)
    if (side := other_side(question, said)) is None:
        return _unsettled(ctx, evidence, said)
    if side:
        flip = True  # 'skal abonnementerne lukkes før go-live?' - 'senest 2 uger efter go-live'
    if _all_against_some(question, said) or _outside_range(question, said):
        flip = True  # 'skal alle skoler ...?' - 'mindst én skole'; '10. klasse?' - 'fra 0. til 9. klasse'
    # a word of the title the sentence refers back to ('Aftalen skal ...' in the task on the
    # databehandleraftale) is the sentence's own
    said_keys = content_keys(said)
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
    if not flip and _only_conditionally(question, said):
        # 'kan kommunen aflyse et besøg?' is not granted by 'Et besøg aflyses kun, hvis borgeren melder afbud'
        return _unsettled(ctx, evidence, said)
    if not flip and (covered * evidence.prior < YES_THRESHOLD
                     or _unsaid_party(ctx, evidence.titled | _in_title(ctx, evidence) | about, said_keys,
                                      tasks=evidence.tasks)):
        # a Ja read off evidence that explains only part of the question is a guess, and so is one that
        # does not name the party the question does ('KOMBITs testportal' - 'Septimas testportal')
        return _unsettled(ctx, evidence, said)
    if flip and not _about_named(ctx, evidence, said):
        # 'skal tilslutningsaftalen sendes til KOMBIT?' is not settled by where another task's aftale goes
        return _unsettled(ctx, evidence, said)
    if flip:
        said = _with_rule_before(ctx, evidence, said)
    verdict = text(_verdict(ctx.q, question, holds_true=not flip), ctx.lang)
    head = text("yes_no_evidence", ctx.lang, verdict=verdict)
    return Candidate(evidence.kind, f"{head} {said}", evidence.tasks, evidence.explained,
                     prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)


def passive_other_agent(question: str, said: str) -> bool:
    """Whether the question asks whether a passive deed is done by one party and the sentence says the
    same passive verb is done by another ('udarbejdes kontrakterne af udvalget?' - 'Kontrakterne
    udarbejdes af Juridisk Kontor og godkendes af udvalget'): a Nej, with the sentence's doer."""
    asked = {key(m.group("verb").casefold()): content_keys(m.group("who"))
             for m in _PASSIVE_BY.finditer(question)}
    for m in _PASSIVE_BY.finditer(said):
        who = asked.get(key(m.group("verb").casefold()))
        told = content_keys(m.group("who"))
        if who and told and not who & told and not any(same_thing(k, told) for k in who):
            return True
    return False


# A clause after the main one, of a passive without its doer: '..., inden det sendes',
# '..., når den er godkendt'
_AFTER_PASSIVE = re.compile(r",\s*(?:inden|før|efter|når|så|mens)\s+(?:det|den|de|dette|denne|disse)\s+"
                            r"(?:\w+\s+)?[a-zæøå]{3,}(?:es|et|t)\b", re.I)


def _deed_only_after(q, said: str) -> bool:
    """Whether a question asking what a party does (no passive of its own, no 'før'/'inden') finds a word
    of its only in a clause that says a thing is done without saying by whom ('..., inden det sendes')."""
    m = _AFTER_PASSIVE.search(said)
    if m is None or _BEFORE_AFTER.search(q.text) or _AGENT_ASKED.search(q.text) or \
            any(_PASSIVE_WORD.fullmatch(t.surface) for t in q.tokens[1:]):
        return False
    main, after = content_keys(said[:m.start()]), content_keys(said[m.start():])
    return any(t.weight >= 0.5 and t.role == "word" and not t.concepts
               and any(_alike(k, after) for k in t.keys) and not any(_alike(k, main) for k in t.keys)
               for t in q.content())


_AGENT_ASKED = re.compile(r"\b(?:af|by)\b", re.I)
_PASSIVE_WORD = re.compile(r"[a-zæøå]{3,}[bdfgklmnprstv]es|[a-z]{3,}ed", re.I)

_COORDINATED = re.compile(r"([^\W\d_][\wæøå-]{2,})\s+(?:og|samt|eller|and|or)\s+([^\W\d_][\wæøå-]{2,})", re.I)


def _alike(k: str, keys: set[str]) -> bool:
    """A key one of the keys is, or the head of a compound of ('bom' of 'adgangsbom')."""
    return any(o == k or (min(len(o), len(k)) >= 3 and (o.endswith(k) or k.endswith(o))) for o in keys)


def _other_conjunct(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the evidence's task title joins two things ('Opsætning af betalingsterminaler og
    adgangsbomme'), the question names one of them, and the sentence names only the other."""
    said_keys = content_keys(said)
    asked = [k for t in ctx.q.content() if t.role == "word" for k in t.keys]
    for task in evidence.tasks:
        for m in _COORDINATED.finditer(ctx.index.tasks[task].title):
            a, b = content_keys(m.group(1)), content_keys(m.group(2))
            for one, other in ((a, b), (b, a)):
                if any(_alike(k, one) for k in asked) and not any(_alike(k, other) for k in asked) \
                        and not any(_alike(k, said_keys) for k in one) \
                    and any(_alike(k, said_keys) for k in other):
                    return True
    return False


# Mail as the way a thing is sent: 'med almindelig e-mail', 'via sikker mail', 'by email'
# (also 'mail' alone: 'via sikker mail', 'med almindelig mail')
_BY_MAIL = re.compile(r"\b(?:med|via|pr\.?|per|over|by|through)\s+(?:\w+\s+)?(?:e-?)?mail\b", re.I)

_ON_SITE = re.compile(r"\b(?:på|via|i|on|at)\s+(?:\w+\s+)?(?:hjemmeside\w*|intranet\w*|website|"
                      r"web\s*site)\b", re.I)

# The asker as the subject of a yes/no question ('kan vi selv ...', 'skal jeg ...', 'can we ...').
_ASKER = re.compile(r"^\W*\w+\s+(vi|jeg|i|we|kommunen\s+selv|the\s+municipality\s+itself)\b", re.I)
_BY = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+(?:\w+\s+)?af\s+([\w-]+)|"
                 r"\b[a-z]{3,}ed\s+by\s+(?:the\s+)?([\w-]+)", re.I)

_US_KEYS = frozenset(content_keys(" ".join(US)))
_COPULAS = frozenset(key(w) for w in ("være", "er", "blive", "bliver", "have", "har"))


def _done_by_another(ctx: Context, said: str) -> bool:
    """Whether the question asks whether a named party does a deed and the sentence, which names the
    party, says the deed's verb only of other doers (none of its deeds of that verb is the party's, denied
    or not)."""
    if _EXPLETIVE.match(ctx.q.text) or (asked := _who_does(ctx.q, ctx.index)) is None:
        return False  # ('skal der underskrives en aftale?' names no party)
    verb, party_pos, party = asked
    if verb.pos in party_pos or set(verb.keys) & (party | _COPULAS):
        return False  # ('kan en ekstern konsulent være administrator?' asks what one is, not who does it)
    done = [d for d in deeds(said, set(verb.keys)) if verb_key(d) in verb.keys]
    if party & _US_KEYS:
        # 'sætter kommunen skiltet op?' - 'Grundejeren skal selv sætte skiltet op': the deed is another's own
        return any(d.own and not content_keys(d.agent) & _US_KEYS for d in done)
    if not party & content_keys(said):
        return False  # the party named as doing something else in the sentence
    # ('af en medarbejder i Borgerservice' is Borgerservice's deed; a denial is the sentence's own verdict)
    return bool(done) and not any(party & content_keys(d.agent) or d.head.casefold() in US or d.negated
                                  for d in done)


def _placed_elsewhere(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the question puts its thing with or at a named party or place ('hos Låsehuset', 'ved
    Rådhuset') the sentence never names, and the sentence puts it somewhere itself ('på kommunens egen
    server'): what holds there says nothing of the named one. (A name the evidence's task's title or
    project says is the context of the whole task.)"""
    toks = ctx.q.tokens
    said_keys = content_keys(said)
    for i in range(2, len(toks)):
        name, prep = toks[i], toks[i - 1]
        if prep.surface.casefold() not in _PLACING or name.role != "word" or not name.surface[:1].isupper() \
                or name.pos in ctx.q.project_pos or set(name.keys) & said_keys:
            continue
        context = {k for t in evidence.tasks for k in content_keys(
            f"{ctx.task(t).title} {ctx.task(t).project or ''}")}
        if not set(name.keys) & context and _PLACED.search(said):
            return True
    return False


# the prepositions that put a thing with a party or at a place: 'hos Låsehuset', 'ved Rådhuset' (not 'i X',
# which often names the system a deed is done in: 'kursus i Ruteplanlæggeren')
_PLACING = frozenset({"hos", "ved", "at", "with"})


def _other_agent(question: str, said: str) -> bool:
    """Whether the question asks whether we do something the evidence says another party does (in the
    clause that says the question's claim: 'X leveres af Y, men kommunen skal selv sørge for strøm' says
    what the municipality does)."""
    if not _ASKER.match(question) or not (m := _BY.search(_claim_clause(question, said))):
        return False
    agent = (m.group(1) or m.group(2)).casefold()
    return agent not in US and not content_keys(agent) & content_keys(question)


# (of permission: that another may do it does not say the question's doer may not)
_MODAL_OPENER = re.compile(r"^\W*(?:kan|må|can|may)\s+", re.I)
_SAID_MODAL = re.compile(r"^\W*(?P<subject>[^,;:]+?)\s+(?:kan|skal|må|bør|can|must|may|should)\s+"
                         r"(?:ikke\s+|not\s+)?(?:selv\s+)?(?P<verb>[\wæøåÆØÅ-]+)", re.I)
_NO_SUBJECT = frozenset("der det den de denne dette disse man there it they this".split())


def _other_subject(question: str, said: str) -> bool:
    """Whether the question asks whether a doer may ('kan elever selv bestille X?') and the sentence with
    the same verb names another ('Forældre kan bestille X til elever'), one the question does not name."""
    opener = _MODAL_OPENER.match(question)
    stated = _SAID_MODAL.match(_main_clause(said))
    if opener is None or stated is None:
        return False
    subject = stated.group("subject").split()
    if not subject or subject[0].casefold() in _NO_SUBJECT or len(subject) > 4:
        return False
    if re.search(r"(?:es|s)$|^(?:be|være|blive)$", stated.group("verb"), re.I):
        return False  # 'Registeret må ikke sendes': the thing, not a doer
    verb = key(stated.group("verb").casefold())
    words = re.findall(r"[\wæøåÆØÅ-]+", question[opener.end():])
    at = next((i for i, w in enumerate(words) if key(w.casefold()) == verb), None)
    if not at:
        return False
    asked = [w for w in words[:at] if w.casefold() not in ("selv", "også", "ikke", "themselves", "also")]
    if not asked or any(w.casefold() in US or w.casefold() in _WE for w in asked + subject):
        return False
    doers = content_keys(" ".join(subject))
    return not any(same_thing(k, doers) for k in content_keys(" ".join(asked)))


# 'Skal vagtplanlæggerne ...?', 'Må superbrugerne ...?': a group or thing named first, as the subject
_GROUP_ASKED = re.compile(r"^\W*(?:[Ss]kal|[Mm]å|[Kk]an|[Bb]ør|[Ff]år|[Vv]il|[Ee]r|[Bb]liver)\s+"
                          r"(?P<who>[a-zæøå][\wæøå-]{3,}(?:erne|ene|ne|en|et))\b")
_GROUP_SAID = re.compile(r"^\W*(?P<who>[A-ZÆØÅ][\wæøå-]{3,}(?:erne|ene|ne|en|et))\s+(?:skal\s+|kan\s+|må\s+|"
                         r"bør\s+|vil\s+)?(?:ikke\s+)?[a-zæøå]+(?:er|r)\b")

_DEFINITE = re.compile(r"(?:erne|ene|ne|en|et)$")


def _other_group(question: str, said: str) -> bool:
    """Whether the question asks of one group or thing ('må vagtplanlæggerne have X?') and the sentence
    says it of another, its subject ('Superbrugerne får X'), without naming the asked one: a sentence
    about the superbrugere settles nothing about the vagtplanlæggere (both may be in the task's title)."""
    asked, stated = _GROUP_ASKED.match(question), _GROUP_SAID.match(_main_clause(said))
    if asked is None or stated is None or asked.group("who") in US:
        return False
    stems = [_DEFINITE.sub("", ascii_fold(m.group("who").casefold())) for m in (asked, stated)]
    if stems[0].endswith(stems[1]) or stems[1].endswith(stems[0]):
        return False  # 'planlæggerkurset' - 'Kurset'
    who, subject = content_keys(asked.group("who")), content_keys(stated.group("who"))
    said_keys, question_keys = content_keys(said), content_keys(question)
    return bool(who and subject) and not any(same_thing(k, said_keys) for k in who) \
        and not any(same_thing(k, question_keys) for k in subject)


_RELATIVE = re.compile(r",?\s+(?:der|som|who|which)\s+[^,;.]*(?:,|$)", re.I)

# A field whose value is itself a yes or a no: 'Er det en STS/Infrastruktur opgave? Nej'
_FIELD_YES_NO = re.compile(r"[:?]\s*[«“\"]?(ja|nej|yes|no)[»”\"]?\W*$", re.I)
