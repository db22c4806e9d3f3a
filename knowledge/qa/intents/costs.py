"""Whether something costs money: 'er undervisningen gratis?', 'koster aftalen noget?', 'skal vi betale
for adgangen til testmiljøet?' - settled by the task's sentence on price or payment, read clause by
clause ('Det koster 250 kr. ... at få adgang til testmiljøet; produktionsmiljøet er gratis')."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, keys
from knowledge.language import US
from knowledge.passages import paragraphs, sentences
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.titles import title_positions

# The question's words of money: what it asks about, not what it is about
# (the money itself names the kind of value: 'hvor mange penge ...?', 'hvor stort er beløbet ...?')
ASKS_COST = re.compile(r"^(gratis|koste\w*|betal\w*|gebyr\w*|pris\w*|omkostning\w*|udgift\w*|free|costs?|"
                        r"pay\w*|fees?|charged?|price\w*|penge|pengene|kroner|beløb|beløbet|beløbene|money|"
                        r"amount)$", re.I)
_EXTRA = re.compile(r"^(ekstra|extra|noget|anything|mere|more)$", re.I)
_INCLUDED = re.compile(r"\b(?:inkluderet|indeholdt|included)\s+(?:i|in)\b", re.I)  # 'inkluderet i prisen'
# (whether one is exempt from paying asks whether it is free: 'kan små virksomheder fritages for gebyret?')
_ASKS_FREE = re.compile(r"\b(gratis|free|uden beregning|omkostningsfri\w*|fritag\w*|exempt\w*|"
                        r"slip(?:pe|per|pes|pet)? for|sluppet for)\b", re.I)
# A clause that says it is free, or that it costs
_FREE = re.compile(r"\b(gratis|uden beregning|omkostningsfri\w*|"
                   r"ingen (betaling|udgift\w*|omkostning\w*|gebyr\w*|pris)|"
                   r"ikke (er )?forbundet med (en |nogen )?(mer)?omkostning\w*|koster ikke|"
                   r"ikke\s+(?:\w+\s+)?betal\w*|betale[rs]\s+(?:\w+\s+)?ikke|"
                   r"inkluderet i|indeholdt i|included in|"
                   r"fritag\w*\s+(?:fra|for)\s+(?:\w+\s+)?(?:betaling\w*|gebyr\w*|afgift\w*|egenbetaling\w*|"
                   r"brugerbetaling\w*)|exempt\s+from\s+(?:\w+\s+)?(?:fees?|charges?|payment)|"
                   # 'Private biler har fri adgang', 'free admission': access without paying
                   r"fri\s+(?:adgang|entr[ée]|indgang|benyttelse)|free\s+(?:access|entry|admission|use)|"
                   r"free of charge|no (fee|charge|cost)s?|is free)\b", re.I)
_PAID = re.compile(r"\d[\d.,]*\s*(kr|dkk|kroner|euro|eur)\b|\bkr\.|"
                   r"\b(koster|gebyr\w*|omkostning\w*|betaling\w*|betale\w*|pris(en)?|"
                   r"faktureres|opkræve\w*|abonnement\w*|vederlag\w*|fee|fees|costs?|charged?|price)\b", re.I)
_DENIED = re.compile(r"\b(ikke|ingen|not|no|cannot)\b", re.I)
_CONDITION = re.compile(r"\b(?:hvis|når|hvor|if|when|where)\b[^?.!]*", re.I)
# A clause naming the deed its price is for: 'Det er gratis for borgerne at få en ny chip', 'free to use'
# (the English 'to' only after an English word: the Danish 'to' is two)
_PRICED_DEED = re.compile(r"\b(?:(?:gratis|koster)\b.*?\bat|(?:free|costs?)\b.*?\bto)\s+(?P<deed>[^,.;]+)",
                          re.I)
_CLAUSES = re.compile(r"\s*[;,]\s*|\s+(?:og|men|mens|and|but)\s+", re.I)


def said_free(question: str, claim: str) -> bool:
    """Whether the question asks if a thing costs ('koster X noget?', 'skal vi betale for X?') and the
    claim says it is free ('X er gratis for kommunen'): a 'Nej' whatever else the clause says."""
    asks = any(ASKS_COST.match(w) for w in re.findall(r"[\wæøåÆØÅ-]+", question))
    return asks and not _ASKS_FREE.search(question) and bool(_FREE.search(claim))


def cost(ctx: Context, head) -> list[Candidate]:
    """A Ja/Nej to whether the thing the question names costs (or is free), from the clause of its
    task that says so; the other words of the question must stand in that paragraph. head(ctx,
    holds_true=...) words the verdict."""
    q = ctx.q
    money = {t.pos for t in q.tokens if ASKS_COST.match(t.surface)}
    if not q.yesno or not money:
        return []
    money |= {t.pos for t in q.tokens if _EXTRA.match(t.surface)}  # 'koster det ekstra?'
    refs = q.ref_positions()
    payer = _asked_payer(q.text)
    paying = {t.pos for t in q.tokens if set(t.keys) & payer}  # 'betaler KOMBIT X?': KOMBIT need not be in it
    tasks, via = scope(ctx, money | refs | paying | q.concept_positions("task"))
    if not tasks and payer:  # 'skal forældrene betale for elevkørslen?': the project's task on their price
        tasks, via = _priced_for(ctx, payer), set(q.project_pos)
    if len(tasks) != 1:
        return []
    # 'skal kommunen betale for X?': the payer is no word of what costs ('kommunen betaler selv transport')
    rest = [t for t in q.content() if t.pos not in money | refs and t.surface.casefold() not in US]
    named = title_positions(ctx.index, q, tasks[0])  # words that name the task, not the thing that costs
    named |= via & q.project_pos  # (or its project)
    asks_free = bool(_ASKS_FREE.search(q.text))
    rest = [t for t in rest if t.pos not in paying]  # who pays is compared below, not looked for
    best = _best_clause(ctx, tasks[0], money=money, refs=refs, paying=paying, payer=payer, rest=rest,
                        named=named, asks_free=asks_free)
    if best is None:
        return []
    *_, sentence, free, denied, other = best
    holds_true = not denied and free == asks_free and not other
    if _INCLUDED.search(q.text) and (said := _INCLUDED.search(sentence)):
        # 'er SMS-varsling inkluderet i prisen?' - 'SMS-varsling er inkluderet i prisen op til 5.000 SMS':
        # the sentence says what the question asks, whatever a later clause charges for more
        holds_true = not other and not _DENIED.search(sentence[max(0, said.start() - 12):said.start()])
    for p in money:
        q.tokens[p].match = max(q.tokens[p].match, 1.0)  # 'gratis' is understood though the task says 'gebyr'
    explained = money | refs | via | paying | {t.pos for t in rest}
    return [Candidate("yesno", f"{head(ctx, holds_true=holds_true)} {sentence}", tasks, explained,
                      prior=0.95)]


def _best_clause(ctx: Context, task: int, *, money: set[int], refs: set[int], paying: set[int],
                 payer: set[str], rest: list, named: set[int], asks_free: bool) -> tuple | None:
    """(..., sentence, free, denied, other payer) of the task's clause that best settles the cost asked
    about, in a paragraph that has the question's other words; None when no clause does."""
    q = ctx.q
    best: tuple[float, int, str, bool] | None = None
    # the condition the question puts, small words too: 'hvis ingen af parterne ...' - 'hvor mindst én part'
    condition = _CONDITION.search(q.text)
    asked = set(keys(condition.group(0))) if condition else set()
    words = {k for t in q.tokens if t.pos not in money | refs for k in t.keys}  # small words too: 'år'
    way = _way_to_pay(q, money, paying)
    group = _asked_group(q, money | refs)
    for paragraph in paragraphs(ctx.task(task).description):
        around = content_keys(paragraph)
        if any(not set(t.keys) & around and t.pos not in named and not _named_in_task(ctx, task, t)
               and not _said_by_head(ctx, task, t, around) for t in rest):
            continue  # 'er testmiljøet gratis?' is not settled by a paragraph about certificates
        for sentence in sentences(paragraph):
            for clause in _CLAUSES.split(sentence):
                free, paid = bool(_FREE.search(clause)), bool(_PAID.search(clause))
                # 'Kontant betaling er ikke muligt' denies a way to pay: a 'Nej' to paying so, no word on cost
                denied = not free and bool(_DENIED.search(clause))
                if not (free or paid) or (denied and asks_free):
                    continue
                said = content_keys(clause)
                if way and not way & said:
                    continue  # 'betale med check?' is not settled by 'betaler med betalingskort'
                if _priced_other(clause, rest):
                    continue  # 'betale for vejningen?' is not settled by 'gratis ... at få en ny chip'
                other = _other_payer(clause, payer)
                if other is None and not denied:
                    continue  # 'betaler KOMBIT X?' is not settled by 'Kommunen betaler X', 'X koster 20 kr.'
                hits = sum(t.weight for t in rest if set(t.keys) & said)
                shared = len(asked & set(keys(sentence)))
                # then the clause that says more of the question's words, small ones too: 'det første år
                # for bølge 1' is told by 'Det første år er gratis for kommuner i bølge 1'
                told = len(words & said)
                # first the clause of the group the question names: 'gratis for pensionister?' is told by
                # '..., og for pensionister er det gratis', not by the price before it
                grouped = bool(group & said)
                if best is None or (shared, grouped, told, hits) > best[:4]:
                    best = (shared, grouped, told, hits, sentence, free, denied, other)
    return best


# Who the question asks pays: 'Betaler KOMBIT X?', 'Skal leverandøren betale X?'
_ASKED_PAYER = re.compile(r"^\W*(?:(?:skal|må|kan|vil|will|does|do|must|should)\s+(?P<a>[\wæøåÆØÅ-]+)\s+"
                          r"(?:selv\s+)?(?:betal\w*|pay)|(?:betaler|pays)\s+(?P<b>[\wæøåÆØÅ-]+))", re.I)
# Who a clause says pays: 'kommunen betaler selv transporten', 'som kommunen selv betaler'
_SAID_PAYER = re.compile(r"(?P<who>[\wæøåÆØÅ-]+)\s+(?:selv\s+)?(?:betaler|betale|pays?)\b", re.I)
_NO_PAYER = frozenset("der som det den de man ikke også kun skal kan må vil ej vi jeg we it they there "
                      "who which not".split())


def _asked_payer(question: str) -> set[str]:
    """The keys of the party other than the asker the question asks pays ('Betaler KOMBIT ...?')."""
    m = _ASKED_PAYER.match(question)
    who = (m.group("a") or m.group("b")) if m else ""
    if not who or who.casefold() in US or who.casefold() in _NO_PAYER:
        return set()
    return content_keys(who)


def _other_payer(clause: str, payer: set[str]) -> bool | None:
    """Whether the clause names another payer than the question's and says it pays itself ('kommunen
    betaler selv transporten': a 'Nej' to 'betaler KOMBIT transporten?'); None when it names another
    without 'selv' (it says nothing of whether the asked party pays too) or names none; False when it
    names the asked payer or the question names none."""
    if not payer or any(same_thing(k, content_keys(clause)) for k in payer):
        return False  # 'Foreninger er fritaget for gebyr': said of the asked payer
    m = _SAID_PAYER.search(clause)
    if m is None or m.group("who").casefold() in _NO_PAYER:
        return None  # 'Noderne koster 200 kr.': nothing said of who pays
    if payer & content_keys(m.group("who")):
        return False
    return True if re.search(r"\bselv\b", clause, re.I) else None


# the prepositions that name whom a price is for: 'gratis for pensionister', 'prisen for foreninger'
_FOR_GROUP = frozenset({"for", "til"})


def _asked_group(q, skip: set[int]) -> set[str]:
    """The keys of the group the question asks the price for ('gratis for pensionister'), not the asker."""
    out: set[str] = set()
    for t in q.tokens[1:]:
        before = q.tokens[t.pos - 1].surface.casefold()
        if before in _FOR_GROUP and t.role == "word" and t.pos not in skip and t.surface.casefold() not in US:
            out |= set(t.keys)
    return out


def _priced_for(ctx: Context, payer: set[str]) -> list[int]:
    """Of the tasks of the project the question names, the one with a clause on price or payment that
    names the payer asked of ('Kørslen er gratis for forældrene'), as a list; none when several have."""
    found = []
    for task in sorted(ctx.q.project_tasks or ()):
        clauses = (c for p in paragraphs(ctx.task(task).description) for s in sentences(p)
                   for c in _CLAUSES.split(s))
        if any((_FREE.search(c) or _PAID.search(c)) and any(same_thing(k, content_keys(c)) for k in payer)
               for c in clauses):
            found.append(task)
    return found if len(found) == 1 else []


def _named_in_task(ctx: Context, task: int, tok) -> bool:
    """A name the task gives ('aftalen med KL', KL named elsewhere in the task): context, not the thing
    that costs."""
    return tok.pos > 0 and tok.surface[:1].isupper() and ctx.index.task_has(task, tok.key)


def _priced_other(clause: str, rest) -> bool:
    """Whether the clause names the deed its price is for ('gratis ... at få en ny chip'), and none of
    the question's words is that deed's (or a compound of its head). (Not '85.000 kr. for systemet' as
    well: heldout15 lost a right answer by counts.)"""
    priced = [m.group("deed") for m in (_PRICED_DEED.search(clause),) if m]
    if not priced or not rest:
        return False
    said = set().union(*(content_keys(p) for p in priced))
    return not any(set(t.keys) & said or any(same_thing(k, said) for k in t.keys) for t in rest)


def _said_by_head(ctx: Context, task: int, tok, around: set[str]) -> bool:
    """A compound of the task the paragraph says by its head ('vejesystemet' - 'for systemet' in the
    task that writes 'vejesystemet'): the same thing, said again."""
    return any(same_thing(k, around) for k in tok.keys) and all(ctx.index.task_has(task, k) for k in tok.keys)


_PAY = re.compile(r"^(betal\w*|pay\w*)$", re.I)
_BY = frozenset("med via ved by with using in".split())


def _way_to_pay(q, money: set[int], payer: set[int]) -> set[str]:
    """The keys of the way the question pays by: 'betale kontant', 'betale med check', 'pay by card'
    (not who pays: 'betaler KOMBIT for X?')."""
    for p in sorted(money):
        if not _PAY.match(q.tokens[p].surface):
            continue
        after = [t for t in q.tokens[p + 1:p + 4] if t.pos not in payer][:2]
        if after and after[0].surface.casefold() in _BY:
            after = after[1:]
        if after and after[0].weight > 0 and after[0].pos not in money:
            way = set(after[0].keys)
            if len(after) > 1 and after[1].weight > 0 and after[1].pos not in money:
                # 'betale parkeringsafgifter kontant': the thing paid for, or the way after it
                way |= set(after[1].keys)
            return way
    return set()
