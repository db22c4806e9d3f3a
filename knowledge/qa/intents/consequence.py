"""What happens if a task is not done: the task's own 'Hvis ... ikke ...' sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.consequences import leans_on_previous, only_a_precondition
from knowledge.fold import content_keys, key
from knowledge.language import SUPPLY
from knowledge.morphology import derivations, first_part, in_compound
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, scope, which_task
from knowledge.qa.intents.bounds import bound_crossed
from knowledge.qa.messages import text as message
from knowledge.qa.types import Expect
from knowledge.retrieval import rank_tasks, title_keys
from knowledge.wording import join, quote, say


def consequence(ctx: Context) -> list[Candidate]:
    """'hvad sker der hvis opgaven ikke gennemføres?': the task's own 'Hvis ... ikke ...' sentence."""
    index, q = ctx.index, ctx.q
    if not (q.has("consequence") or (q.has("if") and q.has("negation"))):
        return []
    if not q.has("if") and not q.has("negation") and not _CONDITION_CUE.search(q.text):
        return []  # 'hvad sker der med X efter go-live?' asks what is done to X, not what follows a failure
    if not q.has("negation") and RECEIVED.search(q.text):
        return []  # 'hvad sker der, når firmaet har fået listen?' asks what is done next, not what a failure
        # brings about
    handled = _framing(q)
    tasks, via = scope(ctx, handled)
    if not tasks:
        tasks, via = _closest(ctx, handled)
        if not tasks:
            # ('hvis der står 5 personer ved båndsaven': the rule whose bound that crosses)
            if crossed := bound_crossed(ctx, handled):
                return [crossed]
            return [which_task(ctx, "consequence", "hvad sker der hvis {id} ikke gennemføres?")]
    pids = [p for t in tasks for p in index.consequences.get(t, [])]
    if len(pids) > 1:  # the consequence of what the question names ('... hvis bilaget ikke underskrives')
        pids = _best_passages(ctx, pids, handled)
    # the bound the condition's count crosses, unless a consequence line itself says that count ('Ingen
    # udlån, når værkstedet er lukket' is no answer to '... hvis der står 5 personer ved båndsaven?')
    crossed = bound_crossed(ctx, handled, tasks if q.tasks else None)
    if crossed and not any(re.search(rf"(?<!\w){re.escape(q.tokens[p].surface)}(?!\w)",
                                     index.passages.text_of(c), re.I) for p in crossed.read for c in pids):
        return [crossed]
    if not pids:
        return _not_stated(ctx, tasks, handled) if q.tasks else []
    ctx, read = _lacking_said(ctx, pids)  # (on a copy: the question is every intent's)
    q = ctx.q
    lines = [quote(" ".join(index.passages[c].text for c in _with_condition(index, p)), ctx.lang)
             for p in pids]
    owners = list(dict.fromkeys(index.passage_task[p] for p in pids))
    if len(owners) > 1:
        lines = [f"{index.tasks[index.passage_task[p]].id}: {line}"
                 for p, line in zip(pids, lines, strict=True)]
    text = say("says", ctx.lang) + "\n".join(lines)
    lacked = _lacked_deed(ctx, pids)  # ('Uden aftalen' says 'ikke underskrevet')
    said = _said(ctx, pids, owners) | lacked
    prior = _prior(ctx, pids, owners, via=via, said=said, handled=handled)
    if not lacked and _denied_by_none(q) and \
            not all(_LACKING_VERB.search(index.passages[p].text) for p in pids):
        prior *= 0.6  # 'hvis der ingen plan er' is answered by the plan's lack ('Uden planen ...'), not by
        # a sentence that lacks another thing ('... på en plads uden afspærring')
    # the words of the question the sentence (or its task's title) says are accounted for by it
    return [Candidate("consequence", text, owners, handled | via | said, prior=prior, read=read)]


def _framing(q) -> set[int]:
    """The positions of the words that ask what follows (and not what it follows)."""
    handled = q.concept_positions("consequence", "if", "negation", "status", "task", "what")
    if q.tasks:  # 'hvad sker der, hvis 433 ikke løses?': the verb says no more than the task named
        handled |= {t.pos for t in q.tokens if set(t.keys) <= _TASK_ITSELF} | q.ref_positions()
    handled |= {t.pos for t in q.tokens if set(t.keys) <= _DOING}  # 'hvis vi ikke gør noget ved X
    return handled


def _not_stated(ctx: Context, tasks: list[int], handled: set[int]) -> list[Candidate]:
    """That the tasks the question names state no consequence, with tasks that do as suggestions."""
    index = ctx.index
    names = join([index.tasks[t].id for t in tasks], ctx.lang)
    text = message("consequence_not_stated", ctx.lang, tasks=names)
    return [Candidate("consequence", text, [], handled, found=False, prior=0.7,
                      suggestions=[index.tasks[t].id for t in index.consequences][:3])]


def _prior(ctx: Context, pids: list[int], owners: list[int], *, via: set[int], said: set[int],
           handled: set[int]) -> float:
    """How sure the consequence sentences answer: less when they leave out the words that found their
    task, or the question names a condition the task never speaks of."""
    index, q = ctx.index, ctx.q
    prior = 0.95 if via else 1.0
    # the words that found the task and the sentence leaves out: one heavy word, or several that weigh
    # as much ('hvis vi ikke tilmelder ruteplanlæggerne kurset' is not 'Så længe der ikke er udpeget
    # ruteplanlæggere')
    in_sentence = _said(ctx, pids, [])  # (not by the title: 'databehandleraftalen med X' is not the
    # 'tilslutningsaftalen' of a task titled on both)
    unsaid = [p for p in via - said - q.project_pos - _lacked_deed(ctx, pids) if q.tokens[p].weight >= 0.5
              and not _named_apart(ctx, owners, in_sentence, p)
              and not _receiver_of_task(ctx, pids, owners, p)]
    heavy = unsaid if sum(q.tokens[p].weight for p in unsaid) >= 0.7 else []
    specific = not all(_about_the_task(index.passages[p].text) for p in pids)
    # 'hvis X bliver forsinket / er forkert' is answered by a sentence about X, not by any of X's task
    unsaid_own = q.has("failing") and not _said(ctx, pids, [], heads=True) - handled - q.project_pos \
        and not _thing_headed(ctx, pids, owners, handled)
    if not q.tasks and specific and (heavy or unsaid_own):
        # 'Hvis adgangen ikke er godkendt, ...' is about what it names, not about every word of its
        # task, nor about what only the task's title says; 'Hvis opgaven ikke løses, ...' is about
        # all the task is about. A compound whose head the sentence says, in a task that says the
        # compound ('tolkefakturaen' for 'afvises fakturaen'), is said.
        headed = all(_headed(ctx, pids, owners, q.tokens[p]) or _absence_said(ctx, pids, p) for p in heavy)
        prior *= 0.8 if heavy and (headed or _negated_said(ctx, pids, owners, heavy)) else 0.6
    if _other_condition(ctx, owners):
        prior *= 0.75  # 'hvis direktøren er på ferie': a condition the task never speaks of
    return prior


# A sentence that opens on the lack of a thing: 'Uden aftalen må ...', 'Without the agreement ...'
_LACK_OPENS = re.compile(r"^\W*(?:uden|without|manglende|lack\s+of)\s+(?P<lacked>(?:[\w-]+\s+){0,2}[\w-]+)",
                         re.I)
# ... or on a condition that the thing is not there: 'Hvis aftalen ikke er på plads, ...', 'Hvis aftalen
# mangler, ...', 'If the agreement is not in place, ...' (its absence, whatever deed would have made it)
_LACK_CONDITION = re.compile(r"^\W*(?:hvis|når|if|when)\s+(?P<lacked>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                             r"(?:ikke\s+(?:er|bliver|foreligger)(?:\s+(?:på\s+plads|i\s+orden))?|mangler|"
                             r"is\s+not\s+in\s+place|is\s+missing|is\s+not\s+there)\s*,", re.I)


def _lacked_deed(ctx: Context, pids: list[int]) -> set[int]:
    """The positions of the verb the question denies ('hvis aftalen ikke er underskrevet') when every
    consequence sentence opens on the thing's lack ('Uden aftalen må ...'): not having it is its not being
    done, so the verb is said by the lack."""
    q, index = ctx.q, ctx.index
    denied = [t.pos for t in q.tokens if "negation" in t.concepts]
    lacks = [_LACK_OPENS.match(index.passages[p].text) or _LACK_CONDITION.match(index.passages[p].text)
             for p in pids]
    if not denied or not all(lacks):
        return set()
    # (the thing lacked is the question's: 'Uden aftalen' for 'hvis migreringsaftalen ikke ...', not
    # 'Uden en aftale' for 'hvis træerne ikke er registreret')
    lacked = [content_keys(m.group("lacked")) for m in lacks]
    things = [t for t in q.content() if t.pos < denied[0] and not t.concepts]
    if all(any(_is_lacked(t, keys) for t in things) for keys in lacked):
        return {t.pos for t in q.tokens for d in denied if d < t.pos <= d + 2 and t.role == "word"}
    # ... or the object right after the denied verb: 'hvis vi ikke får underskrevet tilslutningsaftalen'
    # (not a thing after a preposition: 'hvis vi ikke når mødet for de lokale administratorer')
    d = denied[0]
    for j in range(d + 2, min(d + 4, len(q.tokens))):
        t = q.tokens[j]
        if t.role == "word" and not t.concepts and all(_is_lacked(t, keys) for keys in lacked):
            return {p for p in range(d + 1, j) if q.tokens[p].role == "word"}
    return _deed_lacked(q, d, lacked)


def _deed_lacked(q, denied: int, lacked: list[set[str]]) -> set[int]:
    """The denied verb whose own noun is the thing lacked, or names which one it is: 'hvis vi ikke får
    tilsluttet os X' and 'Uden tilslutningsaftalen ...' (not being connected is lacking the connection
    agreement; 'tilslutning' has the verb's key). Only the verb right after the negation or after one
    auxiliary ('får', 'bliver'), lower-cased as a verb is."""
    for j in range(denied + 1, min(denied + 3, len(q.tokens))):
        t = q.tokens[j]
        if t.role != "word" or t.concepts or not t.surface.islower():
            continue
        if all(any(k == whole or first_part(k, whole) for k in t.keys for whole in keys) for keys in lacked):
            return {p for p in range(denied + 1, j + 1) if q.tokens[p].role == "word"}
    return set()


def _is_lacked(t, lacked: set[str]) -> bool:
    """Whether the question's word is the thing a sentence says is lacking, or a compound of its head."""
    return any(same_thing(k, lacked) for k in t.keys) or bool(set(_heads(t)) & lacked)


# Words that open a condition or ask what follows ('når fristen er overskredet', 'uden en aftale', 'ved
# en forsinkelse', not 'ved go-live'; 'in case of', 'konsekvensen'): a 'hvad sker der' without one asks no
# what-if.
_CONDITION_CUE = re.compile(r"\b(?:hvis|if|når|naar|when|uden|without|i tilfælde|in case|in the event|"
                            r"ved\s+(?:en\s+|et\s+)?(?:manglende|mangl|fejl|forsink|overskrid|sen)\w*|"
                            r"unless|medmindre|såfremt|risiko\w*|risici|konsekvens\w*|følge\w*|risks?|"
                            r"consequences?)\b", re.I)


# A condition of having got a thing: 'når firmaet har fået listen', 'once they have received it'
RECEIVED = re.compile(r"\b(?:har|er|has|have|is|are)\s+(?:[\w-]+\s+){0,3}?(?:fået|faaet|modtaget|received|"
                      r"got(?:ten)?)\b", re.I)


# Words before a noun: a preposition or an article ('er på ferie', 'ved en strejke')
_BEFORE_NOUN = frozenset("på i ved under med uden til om af en et den det de on in at during with "
                         "without a an the".split())


def _other_condition(ctx: Context, owners: list[int]) -> bool:
    """Whether the question's if-clause names a thing (a noun after a preposition or an article) that
    the consequence's tasks never mention, in any form or by its head, or a state after 'er' that no
    task has: the condition asked about is another than the one the tasks tell the outcome of."""
    q, index = ctx.q, ctx.index
    start = next((t.pos for t in q.tokens if "if" in t.concepts), None)
    if start is None:
        return False
    for t in q.tokens[start + 1:]:
        if t.weight >= 0.5 and not t.concepts and t.role == "word" and t.match == 0 and \
                _state_of_condition(q, t):
            # 'hvis borgeren ikke er hjemme': a state no task has, so no task tells what follows (only a
            # state: any other word the tasks lack, a verb or an adverb, may be the asker's own wording)
            return True
        if t.weight < 0.5 or t.concepts or t.role != "word" or \
                q.tokens[t.pos - 1].surface.casefold() not in _BEFORE_NOUN:
            continue
        if not any(index.task_has(o, k) for o in owners for k in (*_forms(index, t), *_heads(t))):
            return True
    return False


_BE_FORMS = frozenset("er var bliver blev være blive is are was were be".split())


def _state_of_condition(q, t) -> bool:
    """The word is what the if-clause's subject is, after a form of 'være' ('hvis borgeren ikke er
    hjemme', 'if the citizen is not home'): a state, not a verb or a thing after a preposition."""
    before = q.tokens[t.pos - 1].surface.casefold() if t.pos else ""
    earlier = q.tokens[t.pos - 2].surface.casefold() if t.pos > 1 else ""
    return before in _BE_FORMS or (before in ("ikke", "not", "aldrig", "never") and earlier in _BE_FORMS)


# 'risikoen ved ikke at X', 'konsekvensen af at X': words that ask what follows
# (not a compound with another head: a 'risikovurdering' is a document, a 'konsekvensanalyse' an analysis)
_ASKS = re.compile(r"^(risiko(en|er|erne)?|risici|risiker\w*|konsekvens(en|er|erne)?|følgen|følgerne|"
                   r"følgevirkning\w*|risks?)$", re.I)
# 'hvilke følger får det ...': the noun, not the verb ('hvem følger op på testen?')
_FOLLOWS = re.compile(r"^(hvilke|nogen|de|which|any)$", re.I)
# 'hvad betyder det, hvis X mangler Y?': what follows from a condition, not what a word means ('hvad betyder
# FLIS?')
_MEANS_IF = re.compile(r"^\W*(?:hvad\s+betyder\s+det|what\s+does\s+it\s+mean)\s*,?\s+(?:hvis|når|if|when)\b",
                       re.I)
# a condition of a lack ('hvis en bane ikke har lys', 'hvis bussen mangler lift', 'uden CVR'): only then
# does 'hvad betyder det, hvis ...' ask what follows; of a state ('hvis en plads er markeret grøn') it asks
# what the state means, which a sentence 'Når en plads er markeret grøn, er den ledig' says
_LACK = re.compile(r"\b(?:ikke|mangler|manglende|uden|ingen|intet|not|no|without|lacks?|lacking|missing|"
                   r"isn't|aren't|doesn't|don't|hasn't|haven't)\b", re.I)


def frame(q) -> None:
    """'Hvad er risikoen ved ikke at X?' asks what happens if X is not done, as 'konsekvensen' does:
    as 'hvad sker der, hvis ...', only a sentence that tells what follows answers it. 'Hvad hvis X
    kommer for sent / er forkert?' asks the same of X late or wrong, and 'hvad sker der med X, som vi
    ikke når?' has its condition in a relative clause."""
    # (only what a 'hvad'/'hvilke' asks: 'hvor hurtigt skal fund med høj risiko udbedres?' asks a time,
    # and the risk there is of the thing, not what follows)
    for i, t in enumerate(q.tokens if q.expects is Expect.ANY else ()):
        if _ASKS.match(t.surface) or (t.surface.casefold() == "følger" and i
                                       and _FOLLOWS.match(q.tokens[i - 1].surface)):
            t.concepts = t.concepts | {"consequence"}
            t.match = max(t.match, 1.0)
            q.concepts |= {"consequence", "if"}
    if (means := _MEANS_IF.match(q.text)) and _LACK.search(q.text, means.end()):
        _frame_meaning_of_condition(q)
    if not q.has("consequence", "if"):
        return
    what_if = len(q.tokens) > 2 and "what" in q.tokens[0].concepts and "if" in q.tokens[1].concepts
    if q.has("consequence") or what_if:  # (not a yes/no question's 'hvis vi ingen aftale har')
        _frame_none(q)
    if what_if and q.has("negation"):  # 'Hvad hvis X ikke ...?', 'What if X isn't ...?'
        q.concepts |= {"consequence"}
    late = [i for i, t in enumerate(q.tokens)
            if i and (_LATE.match(t.surface) and _TOO.match(q.tokens[i - 1].surface)
                      or _DEADLINE.match(t.surface) and _past(q, i))]
    failing = [t for t in q.tokens if _FAILING.match(t.surface)]
    failing += [q.tokens[j] for i in late for j in (i - 1, i)]
    for t in failing:  # the condition's 'not done', as the tasks' own wording varies
        t.concepts = t.concepts | {"negation", "failing"}
        t.match = max(t.match, 1.0)
    if failing:
        q.concepts |= {"negation", "failing"}
    if q.has("consequence") and q.has("negation"):
        q.concepts |= {"if"}
        if q.expects is Expect.TIME and not (q.tokens and "when" in q.tokens[0].concepts):
            q.expects = Expect.ANY  # '... hvis 433 ikke er løst inden fristen?' asks what follows, not when
        for t in q.tokens:  # 'i tide', 'når frem', 'til tiden': when it is done, not what
            if _TIMELY.match(t.surface):
                t.concepts = t.concepts | {"negation"}
                t.match = max(t.match, 1.0)


def _frame_none(q) -> None:
    """'hvis der ingen stylteplan er', 'if there is no plan' (read as 'ingen'): the if-clause's 'ingen'
    before its thing denies as 'ikke' does, the thing's lack ('Uden stylteplanen ...')."""
    start = next((t.pos for t in q.tokens if "if" in t.concepts), None)
    if start is None:
        return
    for t in q.tokens[start + 1:start + 5]:
        if _NONE.match(t.surface) and t.pos + 1 < len(q.tokens) and q.tokens[t.pos + 1].role == "word":
            t.concepts = t.concepts | {"negation"}
            t.match = max(t.match, 1.0)
            q.concepts |= {"negation"}
            return


_NONE = re.compile(r"^(ingen|intet|no)$", re.I)
# a verb of lacking in the consequence sentence ('Mangler en tilladelse sit CVR-nummer, kan den ikke ...'):
# it says a thing's lack in its own words, as 'ingen X' asks (not 'uden', which may be another thing's)
_LACKING_VERB = re.compile(r"\b(?:mangler|manglende|missing|lacks?|lacking)\b", re.I)


def _denied_by_none(q) -> bool:
    """Whether the question's condition is denied by an 'ingen' before its thing (`_frame_none`)."""
    return any("negation" in t.concepts and _NONE.match(t.surface) for t in q.tokens)


def _frame_meaning_of_condition(q) -> None:
    """'Hvad betyder det, hvis en bane ikke har lys?' asks what follows, as 'hvad sker der, hvis ...' does:
    its verb is the consequence word."""
    for t in q.tokens[:3]:
        if t.surface.casefold() in ("betyder", "mean"):
            t.concepts = t.concepts | {"consequence"}
            t.match = max(t.match, 1.0)
    q.concepts |= {"consequence", "if"}


# Words that make a condition one of failing: 'forkert', 'mangler', 'wrong', 'missing'; 'forsinke' is how
# the glossary writes 'for sent' and 'too late'
_FAILING = re.compile(r"^(forkerte?|fejlagtig\w*|mangler|manglende|glemmer|glemt|forsinke[dt]?|udebliver|"
                      r"overskrides|overskrider|misser|wrong|incorrect|missing|forgets?|forgot(?:ten)?|"
                      r"delayed|miss(?:es|ed)?|venter|udskyder|udsætter|postpones?|waits?)$", re.I)
_LATE = re.compile(r"^(sent|sen|late)$", re.I)
_TOO = re.compile(r"^(for|too)$", re.I)
# 'efter fristen', 'after the deadline': late, as 'for sent' is
_DEADLINE = re.compile(r"^(frist|fristen|tidsfrist|tidsfristen|deadline|deadlinen)$", re.I)
_PAST = re.compile(r"^(efter|after|past)$", re.I)


def _past(q, i: int) -> bool:
    """Whether the deadline word at i follows 'efter' / 'after (the)'."""
    before = [t.surface for t in q.tokens[max(0, i - 2):i]]
    if before and before[-1].casefold() == "the":
        before = before[:-1]
    return bool(before) and bool(_PAST.match(before[-1]))
_TIMELY = re.compile(r"^(tide|tiden|rettidigt|frem|time|arrives?|arrived|fristen|deadline)$", re.I)


# Words of an if-clause that name nothing but the task itself ('Hvis opgaven ikke løses i tide').
_TASK_ITSELF = frozenset(key(w) for w in (
    "hvis if opgave opgaven opgaverne task det dette it this ikke not bliver blive er is løst løses løse "
    "gennemført gennemføres gennemføre udført udføres udføre fuldført fuldføres done completed solved "
    "tide time rettidigt inden fristen deadline".split()))


# 'hvis vi ikke gør noget ved X', 'if we do nothing about X': doing, of nothing in particular
_DOING = frozenset(key(w) for w in "gør gøre gjort noget do does did anything something nothing".split())


def _about_the_task(text: str) -> bool:
    condition = text.split(",", 1)[0]
    return not content_keys(condition) - _TASK_ITSELF


def _said(ctx: Context, pids: list[int], owners: list[int], *, heads: bool = False) -> set[int]:
    """Question words the consequence sentence or its task's title says: 'hvis vi ikke har en
    superadministrator' is not answered by 'Hvis adgangen ikke er godkendt' in a task about something
    else, while 'Hvis opgaven ikke løses' is about everything the title says."""
    q, index = ctx.q, ctx.index
    titles = set().union(*(content_keys(index.tasks[t].title) for t in owners))
    pids = [c for p in pids for c in _with_condition(index, p)]
    return {t.pos for t in q.content() if any(k in titles or any(index.passage_has(p, k) for p in pids)
                                              for k in _forms(index, t) + (_heads(t) if heads else []))}


def _named_apart(ctx: Context, owners: list[int], said: set[int], pos: int) -> bool:
    """Whether the word tells which of a thing the sentence says, and the task says the two together in
    another sentence: 'kontrakten med RatStop' is the 'kontrakten' of 'Hvis kontrakten ikke er underskrevet
    ...' in the task whose 'Kontrakten med RatStop Nordic A/S godkendes ...' names it (and 'the RatStop
    contract')."""
    q, index = ctx.q, ctx.index
    if pos >= 2 and pos - 2 in said and q.tokens[pos - 1].surface.casefold() in _LINKS:
        head = pos - 2
    elif pos + 1 in said and q.tokens[pos].surface[:1].isupper():
        head = pos + 1  # a name before its thing: 'the RatStop contract'
    elif (head := _english_head(q, said, pos)) is not None:
        pass  # a noun before its head in English: 'the app agreement' is Danish 'aftalen om appen'
    else:
        return False
    noun, word = _forms(index, q.tokens[head]), _forms(index, q.tokens[pos])
    return any(any(index.passage_has(p, k) for k in noun) and any(index.passage_has(p, k) for k in word)
               for t in owners for p in index.task_passage_ids(t))


def _english_head(q, said: set[int], pos: int) -> int | None:
    """The said noun an English noun before it names which one it is ('the geocache app agreement'):
    the word, and any words between it and that head, open a noun phrase (English puts the thing's name
    before its head, where Danish says 'aftalen om ...'); None when the word stands in no such chain.
    (The question is read in Danish words by then, its article dropped: the chain follows a stop word.)"""
    if q.lang != "en":
        return None
    head = next((p for p in range(pos + 1, min(pos + 3, len(q.tokens))) if p in said), None)
    if head is None or any(q.tokens[p].role != "word" for p in range(pos, head)):
        return None
    start = next((p for p in range(pos - 1, max(pos - 3, -1), -1) if q.tokens[p].role != "word"), None)
    return head if start is not None else None


def _receiver_of_task(ctx: Context, pids: list[int], owners: list[int], pos: int) -> bool:
    """Whether the word is a name after 'til' that says where the thing goes, which its task says, while the
    sentence names no receiver of its own: 'hvis bænkelisten ikke når frem til Hoven Pladeværk' is the
    'Når listen ikke når frem i tide' of the task that sends the list to Hoven Pladeværk."""
    q, index = ctx.q, ctx.index
    if q.lang != "da":
        return False
    til = next((i for i in range(pos - 1, -1, -1) if q.tokens[i].surface.casefold() == "til"), None)
    if til is None or not all(t.surface[:1].isupper() for t in q.tokens[til + 1:pos + 1]):
        return False
    if not all(any(index.task_has(o, k) for o in owners) for k in q.tokens[pos].keys):
        return False
    return not any(_TO.search(index.passages[c].text) for p in pids for c in _with_condition(index, p))


_TO = re.compile(r"\btil\b", re.I)


# Words that join a thing to what tells which one it is: 'kontrakten med X', 'aftalen om Y', 'rapporten fra Z'
_LINKS = frozenset("med om for til fra hos with about from of".split())


def _lacking_said(ctx: Context, pids: list[int]) -> tuple[Context, set[int]]:
    """'hvis kloakmesteren ikke afleverer sin rapport' is what 'En manglende rapport fra kloakmesteren
    medfører ...' tells the outcome of: the sentence says the thing as lacking, so a verb of supplying it
    that is not done is the condition's 'not done', as the tasks' own wording varies (marked as
    understood, on this intent's own copy of the question). Only a verb whose 'not done' leaves the thing
    missing: 'hvis kommunen ikke godkender rapporten' is about a report that is there. Returns the
    context with that copy and the position of the verb so read (none when nothing was)."""
    q, index = ctx.q, ctx.index
    sentences = [c for p in pids for c in _with_condition(index, p)]
    if not _LACKING.search(" ".join(index.passages[c].text for c in sentences)):
        return ctx, set()
    negation = next((t.pos for t in q.tokens if "negation" in t.concepts and "failing" not in t.concepts),
                    None)
    if negation is None or negation + 1 >= len(q.tokens):
        return ctx, set()
    verb = q.tokens[negation + 1]  # the word right after 'ikke', a verb with its thing after it
    after = [t for t in q.content() if t.pos > verb.pos and not t.concepts]
    if not after or verb.weight <= 0 or verb.concepts or not verb.surface.islower() or \
            not SUPPLY.fullmatch(verb.surface):
        return ctx, set()
    if not any(index.passage_has(c, k) for c in sentences for k in _forms(index, after[0])):
        return ctx, set()
    tokens = list(q.tokens)
    tokens[verb.pos] = replace(verb, concepts=verb.concepts | {"failing"}, match=max(verb.match, 1.0))
    return replace(ctx, q=replace(q, tokens=tokens)), {verb.pos}


# A thing said as not there: 'manglende rapport', 'mangler rapporten'
_LACKING = re.compile(r"\b(?:manglende|mangler|missing|lack\w*)\b", re.I)


def _negated_said(ctx: Context, pids: list[int], owners: list[int], heavy: list[int]) -> bool:
    """'hvis vi ikke uddanner nøglepersonerne' and 'Manglende uddannelse betyder ...' in a task about
    them: the sentence says what is not done, and its task the rest ('hvis vi ikke når
    introduktionsmødet' is not answered by 'Uden lokale administratorer ...' in the same task)."""
    q, index = ctx.q, ctx.index
    negations = [t.pos for t in q.tokens if "negation" in t.concepts and "failing" not in t.concepts]
    if not negations:
        return False
    after = [t for t in q.content() if t.pos > negations[0] and not t.concepts]
    if not after or after[0].pos not in _said(ctx, pids, []):
        return False
    return all(any(index.task_has(t, k) for t in owners for k in _forms(index, q.tokens[p])) for p in heavy)


def _absence_said(ctx: Context, pids: list[int], pos: int) -> bool:
    """'hvis migreringsaftalen ikke er underskrevet' and 'Uden aftalen må leverandøren ikke ...': a word
    after the negation (the deed not done to the thing), and the thing itself, are said by a sentence that
    says the thing is missing ('uden', 'manglende'), named by it or by its compound's head."""
    q, index = ctx.q, ctx.index
    negations = [t.pos for t in q.tokens if "negation" in t.concepts]
    if not negations or pos == negations[0]:
        return False
    nouns = [t for t in q.content() if t.pos < negations[0] and t.weight >= 0.5 and not t.concepts]
    if pos < negations[0]:
        nouns = [t for t in nouns if t.pos == pos]  # the thing itself, by its head
    texts = [index.passages[c].text for p in pids for c in _with_condition(index, p)]
    missing = {k for text in texts for m in _ABSENT.finditer(text) for k in content_keys(m.group(1))}
    # (a key may be cut shorter than a compound's head: 'godkendelse' is 'godk', 'konverteringsgodkend')
    return any(k in missing or any(h.startswith(m) for h in _heads(t) for m in missing if len(m) >= 4)
               for t in nouns for k in t.keys)


# what says a thing is missing: 'uden aftalen', 'uden en underskrevet godkendelse', 'manglende fuldmagt'
_ABSENT = re.compile(r"\b(?:uden|manglende|without|missing)\s+(?:(?:en|et|den|det|de|a|an|the)\s+)?"
                     r"(?:[a-zæøå]+(?:et|te|ede|ne)\s+)?([\wæøå-]+)", re.I)


def _headed(ctx: Context, pids: list[int], owners: list[int], token, *, shortest: int = 5) -> bool:
    """'tolkefakturaen' where the sentence says 'fakturaen' and its task says 'tolkefakturaerne'."""
    index = ctx.index
    if not any(index.task_has(t, k) for t in owners for k in token.keys):
        return False
    titles = set().union(*(content_keys(index.tasks[t].title) for t in owners))
    return any(h in titles or index.passage_has(c, h) for p in pids for c in _with_condition(index, p)
               for h in _heads(token, shortest=shortest))


def _thing_headed(ctx: Context, pids: list[int], owners: list[int], handled: set[int]) -> bool:
    """Whether the sentence says the if-clause's thing by its head, a short one too, where its task says
    the compound: 'Kommer listen for sent' is about the 'ølisten' of 'hvis ølisten er forsinket' in the
    task that sends the 'Øliste'."""
    things = [t for t in ctx.q.content() if t.pos not in handled | ctx.q.project_pos and t.weight >= 0.5
              and not t.concepts]
    return any(_headed(ctx, pids, owners, t, shortest=4) for t in things)


def _heads(token, *, shortest: int = 5) -> list[str]:
    """The heads a compound's key may end with, five letters or more ('tolkefaktura' -> 'faktura'), and
    the key each head has as a word of its own ('konverteringsgodkend' -> 'godkend' -> 'godk')."""
    # (a short head may follow a one-letter word: 'ø' + 'liste')
    first = 2 if shortest >= 5 else 1
    heads = [k[cut:] for k in token.keys for cut in range(first, len(k) - shortest + 1)]
    return list(dict.fromkeys([*heads, *(key(h) for h in heads if len(h) >= 6)]))


def _forms(index, token) -> list[str]:
    """A word's keys, their other inflections the stemmer left apart and the words of its root
    ('konverteringen' / 'Konverter')."""
    keys = token.keys
    return [*keys, *(v for k in keys for v in index.variants(k)), *derivations(token.surface.casefold())]


def _with_condition(index, pid: int) -> list[int]:
    """The sentence, and the one before it when its condition is there ('Navnene indberettes i KLIK.
    Sker det ikke, vil ...')."""
    prev = pid - 1
    if prev >= 0 and index.passage_task[prev] == index.passage_task[pid] and \
            index.passages.field_of(prev) == index.passages.field_of(pid) and \
            (leans_on_previous(index.passages[pid].text) or
             _names_back(index.passages[pid].text, index.passages[prev].text)):
        return [prev, pid]
    return [pid]


def _names_back(text: str, before: str) -> bool:
    """Whether the sentence's short condition, a verb and its noun without a negation of its own, names
    what the sentence before it speaks of ('Jagtlejerne skal have gyldigt jagttegn. Mangler jagttegnet,
    ophæves lejekontrakten.'): that sentence says whose and which it is ('Betales lejen ikke rettidigt,
    ...' says its own)."""
    words = text.split(",", 1)[0].split()
    return "," in text and 2 <= len(words) <= 3 and not _NOT.search(" ".join(words)) and \
        bool(content_keys(" ".join(words[1:])) & content_keys(before))


_NOT = re.compile(r"\b(?:ikke|not|never|aldrig)\b", re.I)


def _closest(ctx: Context, handled: set[int]) -> tuple[list[int], set[int]]:
    """The one task with a consequence sentence that holds most of the question's other words."""
    q, index = ctx.q, ctx.index
    rest = {t.pos for t in q.content()} - handled - q.project_pos
    if not rest:
        owners = [t for t in index.consequences if q.allows(t)]
        return (owners, set(q.project_pos)) if len(owners) == 1 else ([], set())
    ranked = [r for r in rank_tasks(index, q, rest) if r[0] in index.consequences and q.allows(r[0])]
    tied = [r for r in ranked if r[1] >= ranked[0][1] - 1e-9] if ranked else []
    if len(tied) > 1:  # 'hvis vi ikke tester fakturaflowet': the one task whose title says most of it
        said = [sum(any(k in title_keys(index.tasks[r[0]].title) for k in _forms(index, q.tokens[p]))
                    for p in r[2]) for r in tied]
        titled = [r for r, n in zip(tied, said, strict=True) if n == max(said) and n > 0]
        tied = titled if len(titled) == 1 else _condition_said(ctx, titled or tied, handled)
    if ranked and ranked[0][1] >= 0.5 and len(tied) == 1:
        return [tied[0][0]], tied[0][2] | q.project_pos
    return [], set()


def _condition_said(ctx: Context, tied: list, handled: set[int]) -> list:
    """Of tasks tied on the question's words, the one whose consequence sentences say most of the words
    of the question's condition after its negation, the light ones too ('hvad sker der hvis en rute mangler
    på listen?' - 'Ruter, der ikke står på optogslisten, kan ikke bookes': 'listen' is the head of the
    compound the sentence writes); none when that leaves a tie or says none. (Only what the condition
    says is lacking or where: a sentence sharing its subject alone, 'Bestillinger, der ikke er oprettet
    via portalen, ...' for 'hvis en bestilt tolk ikke dukker op?', is of another condition.)"""
    q, index = ctx.q, ctx.index
    denied = next((t.pos for t in q.tokens if t.concepts & _DENYING), None)
    if denied is None:
        return []
    # (a word the glossary reads as a concept counts too, though it weighs nothing in ranking: 'listen')
    nouns = [t for t in q.tokens[denied + 1:] if (t.role == "word" or t.concepts) and t.pos not in handled
             and t.pos not in q.project_pos and len(t.surface) >= 4 and not t.surface[:1].isupper()]
    said = []
    for r in tied:
        keys = set().union(*(content_keys(index.passages.text_of(p)) for p in index.consequences[r[0]]))
        # (by the word's own key, not the modifier keys a compound gets: 'stork' of 'storkekortet' is said
        # by 'Storkebogen', which is no map)
        said.append(sum(any(in_compound(k, keys) for k in content_keys(t.surface)) for t in nouns))
    best = [r for r, n in zip(tied, said, strict=True) if n == max(said, default=0) and n > 0]
    return best if len(best) == 1 else []


_DENYING = frozenset({"negation", "failing"})  # the concepts of a condition's 'ikke', 'mangler'


# A thing that does not come in time, as the tasks write it ('Kommer listen ikke i tide', 'ikke til tiden')
_NOT_IN_TIME = re.compile(r"\bikke\s+(?:[\w-]+\s+){0,3}?(?:i\s+tide|til\s+tiden|rettidigt)\b", re.I)


def _late_said(index, pid: int, token) -> bool:
    """Whether the sentence says the question's 'late' ('forsinket', 'too late') by not in time."""
    return bool(_LATE_WORD.match(token.surface)) and bool(_NOT_IN_TIME.search(index.passages[pid].text))


_LATE_WORD = re.compile(r"^(forsinke[dt]?|sent|late|delayed)$", re.I)


def _best_passages(ctx: Context, pids: list[int], handled: set[int]) -> list[int]:
    q, index = ctx.q, ctx.index
    words = [t for t in q.content() if t.pos not in handled]
    # the question's own failure counts as its words do ('bestilles aftalen for sent, ...' for '... hvis
    # tjenesteudbyderaftalen bestilles for sent?', as much as 'Uden tjenesteudbyderaftale ...')
    failing = [t for t in q.tokens if "failing" in t.concepts and t.role == "word"]

    def said(p: int, ts: list) -> float:
        near = _with_condition(index, p)
        return sum(t.weight for t in ts if (forms := _forms(index, t)) and any(
            _late_said(index, c, t) or any(index.passage_has(c, k) for k in forms) for c in near))
    scored = [(said(p, words), said(p, failing), p) for p in pids]
    if max(own for own, _, _ in scored) <= 0:
        return pids
    scored = _outcomes_first(index, scored)
    best = max(own + fail for own, fail, _ in scored)
    return [p for own, fail, p in scored if own + fail >= best]


def _outcomes_first(index, scored: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """The passages that say an outcome of the thing asked ('Uden aftalen kan korene ikke logge på'),
    when one does, before those that say only what it must be in place for ('Aftalen skal være på plads,
    før korene kan bruge app'en'): a precondition answers what follows only when nothing says it outright,
    however many of the question's words it repeats."""
    outcomes = [(own, fail, p) for own, fail, p in scored
                if own > 0 and not only_a_precondition(" ".join(index.passages[c].text
                                                                for c in _with_condition(index, p)))]
    return outcomes or scored
