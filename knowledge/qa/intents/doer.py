"""Who does something: 'hvem godkender serviceaftalen?' is answered by the sentence saying who
does it ('Serviceaftalen godkendes af kommunens aftaleadministrator', 'Det er X, der godkender ...'),
in a task about what the question names."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.fold import ascii_fold, content_keys, fallback_keys, key
from knowledge.morphology import derivations, particle_base
from knowledge.passages import ITEM
from knowledge.qa.agents import LIGHT_VERBS, Deed, deeds, duties, same_act, same_thing, verb_key
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.checks import asked_deed, clause_of, clause_with, other_object
from knowledge.qa.messages import text as message
from knowledge.qa.types import PRICE_VERB, Expect, holds
from knowledge.retrieval import Hit, rank_passages, title_keys


@dataclass(frozen=True)
class _Asked:
    """What a 'hvem ...?' question asks: its verb, whether of a duty, and the words the deed is done to."""

    verb: Token
    duty: bool
    words: list[Token]
    unnamed: bool
    answers_for: bool
    acts: frozenset[str]
    duty_of: list[Token]
    keys: set[str]
    nouns: set[str]
    # only a deed whose own object the question names (for another act of the asked one: see doer)
    named_only: bool = False


def doer(ctx: Context) -> list[Candidate]:
    """'Hvem godkender serviceaftalen?': the best sentence saying who does the asked deed to the asked
    thing."""
    q = ctx.q
    verb = asked_deed(q, derived=True) or asked_duty(q)
    if verb is None or _RECOMMENDED_ROLE.search(ascii_fold(q.text)):
        return []  # 'hvem er anbefalet udfører på X?' asks the task's field, not who the text says does X
    duty = _duty_asked(q, verb)
    hits = _doer_hits(ctx, verb)
    ask = _asked(q, verb, duty)
    best = _best_doer(ctx, hits, ask)
    if best is None and not duty and (same := same_act(verb)):
        # 'hvem skal godkende filtreglerne?' - 'Filtreglerne vedtages af udvalget': the act the rules get,
        # read only when no sentence says who does the asked verb to the thing
        # (and only of the asked thing itself: 'tilskudspuljen vedtages af byrådet' adopts no 'ansøgninger
        # om tilskud' beside it)
        best = _best_doer(ctx, hits, replace(ask, keys=same, nouns=ask.nouns | same, named_only=True))
    return [best] if best else []


def _best_doer(ctx: Context, hits: list[Hit], ask: _Asked) -> Candidate | None:
    """The best answer the hits' deeds of the asked verb (the keys `ask` gives) say."""
    q, index = ctx.q, ctx.index
    best: Candidate | None = None
    for hit in hits:
        if index.passages[hit.pid].field == "title":
            continue  # a title names the task ('(TT 1) Kontakter for testen'), not who does what
        said = ITEM.sub("", index.passages[hit.pid].text)
        found, stated = _found_deeds(index, hit, said, ask)
        for deed in found:
            cand = _doer_candidate(ctx, hit, said, deed, ask, stated)
            if cand is not None and (best is None or cand.score(q) > best.score(q)):
                best = cand
    return best


def _duty_asked(q: Question, verb: Token) -> bool:
    """Whether the question asks who has a duty ('hvem står for / varetager X?'), not who does a deed."""
    duty = bool(verb.concepts & DUTIES) or verb.key in _DUTY_KEYS  # 'hvem står for / varetager X?'
    # 'hvem foretager godkendelsen af X?' asks who approves X: a light verb with a deed's noun is that deed
    return duty or (verb.key in LIGHT_VERBS and _noun_after(q, verb) is not None)


def _asked(q: Question, verb: Token, duty: bool) -> _Asked:
    """What the question asks of its verb (a duty or a deed): the words it is done to, and the keys a
    sentence's verb or noun of it may have."""
    words = [t for t in q.content() if t is not verb and t.pos not in q.project_pos] or \
        [t for t in q.content() if t is not verb and t.role == "word" and t.weight > 0
         and t.surface.islower()]
    # (a project named for what its tasks handle: 'hvem monterer nøgleboksene?' in 'Nøglebokse i
    # hjemmeplejen' asks who does it to that thing, which its sentence or its task's title must say)
    # a thing the question names that no task writes ('hvem betaler overnatningen?'): a deed done to
    # a thing the question does not name ('Transport til kurset betales af kommunen') is another's
    unnamed = any(t.match == 0 and t.role == "word" and t.surface.islower() for t in words)
    # 'hvem står for oplæringen?' is answered by 'oplæres af X' too: the verbs of the duty's noun; not
    # 'hvem er ansvarlig for testen?', whose answer is who answers for it, not who does it
    answers_for = duty and bool(_ANSWERS_FOR.search(q.text))
    acts = _acts(q, verb) if duty and not answers_for else frozenset()
    # what the duty is for ('hovedinspektionen'), to tell whether it is the task itself
    duty_of = [t for t in words if t.weight > 0 and t.role == "word" and t.key not in _DUTY_WORDS]
    # 'hvem sætter rutinen op?' asks who 'opsætter' it too ('Rutinen sættes op af X', 'Opsætningen ...')
    asked = set(verb.keys) | ({q.particles[particle]} if (particle := verb.surface.casefold()) in q.particles
                              else set())
    # the asked verb's keys and the nouns the glossary gives it one way ('betale' ~ 'udgift')
    nouns = asked | set(fallback_keys(verb.key))
    return _Asked(verb, duty, words, unnamed, answers_for, acts, duty_of, asked, nouns)


def _doer_hits(ctx: Context, verb: Token) -> list[Hit]:
    """The passages that may say who does it: those ranked for the question (any of the words for a
    duty answers it), and every sentence of the one task the question is about."""
    q, index = ctx.q, ctx.index
    # any of the words for a duty answers it
    if q.tasks or (q.project_tasks is None and q.wave_tasks is None):
        hits = rank_passages(index, q, tasks=q.tasks or None, limit=20, min_coverage=0.3)
    else:
        hits = [h for h in rank_passages(index, q, skip=q.project_pos, limit=40, min_coverage=0.3)
                if q.allows(h.task)][:20]
    if not q.tasks:  # and every sentence of the one task the question is about
        tasks, _ = scope(ctx, {verb.pos})
        hits += rank_passages(index, q, tasks=tasks, limit=20) if len(tasks) == 1 else []
        # ... also one that says none of the question's words: 'Flytningen udføres af X' for 'hvem flytter
        # kortene?' (its subject is the asked verb's noun, the deed the sentence before names)
        seen = {h.pid for h in hits}
        hits += [Hit(pid, tasks[0], 0.0, set(), 0.0) for pid in index.task_passage_ids(tasks[0])
                 if pid not in seen] if len(tasks) == 1 else []
    return hits


def _found_deeds(index, hit: Hit, said: str, ask: _Asked) -> tuple[list[Deed], list[Deed]]:
    """The sentence's deeds of the asked verb (or duty), and the duties it states."""
    stated: list[Deed] = []
    if ask.duty:
        stated = _duties(said)
        # the deed of the duty's noun ('Testen gennemføres af X', 'Bestillingen afgives af X')
        found = stated + [d for d in deeds(said, set(ask.acts)) if verb_key(d) in ask.acts or (
            d not in stated and _deed_noun(d, said, ask.acts))]
    else:
        found = deeds(said, ask.keys)
    if ask.answers_for and _task_itself(index, ask.duty_of, hit.task):
        # 'hvem er ansvarlig for hovedinspektionen?' in the task titled 'Årlig hovedinspektion':
        # its 'Anbefalet ansvarlig' answers; 'Hovedinspektionen udføres af X' says who carries it out,
        # and 'X står for at afstemme betalingerne' (the title's words not said) a part of the task
        own = content_keys(said)
        found = [d for d in found if verb_key(d) not in _DUTY_KEYS
                 and all(any(same_thing(k, own) for k in t.keys) for t in ask.duty_of)]
    return found, stated


def _doer_candidate(ctx: Context, hit: Hit, said: str, deed: Deed, ask: _Asked,
                    stated: list[Deed]) -> Candidate | None:
    """The deed's answer to who does it, or None when it is another deed or done to another thing."""
    q, index, words = ctx.q, ctx.index, ask.words
    nominal = _nominal_deed(q, said, deed, ask)
    if nominal is None:
        return None
    read = _deed_about(index, q, hit, said, deed, ask, nominal=nominal, stated=stated)
    if read is None:
        return None
    about, described = read
    # 'Adgangen godkendes af ...' in the task about the sender system: less sure than the
    # sentence that names what the question names
    named = nominal or any(same_thing(k, deed.obj_keys) for t in words for k in t.keys)
    if ask.named_only and (verb_key(deed) not in ask.keys or
                           not any(same_thing(t.key, deed.obj_keys) for t in words)):
        return None  # (the other act said by its verb, of the thing the question writes: not of a
        # compound the reading lent a word, 'tilskudspuljen' for 'tilskud')
    # the question's other words that the deed's task says elsewhere ('bilag B til
    # databehandleraftalen' in the sentence before): the task is about them too
    elsewhere = {t.pos for t in words if t.pos not in about and t.match > 0
                 and any(index.task_has(hit.task, k) for k in t.keys)
                 and not _said_apart(index, hit, ask.verb, t)}
    explained = about | elsewhere | {ask.verb.pos} | q.project_pos | {t.pos for t in q.tokens
                                                                     if t.role == "ref"}
    shown = _shown(ctx, hit, said, deed, ask, named=named, described=described)
    if shown is None:
        return None
    # 'hvem godkender tilsynsskabelonerne?': 'Få skabelonerne godkendt af X' in a task that never
    # writes the whole word is about some other templates than the task that does
    whole = all(any(index.task_has(hit.task, k) for k in t.keys) for t in words if t.pos in about)
    prior = (0.97 if named else 0.9) * (0.98 if elsewhere else 1.0) * (1.0 if whole else 0.98)
    prior = _doer_prior(q, deed, ask, prior, named=named, nominal=nominal, stated=stated)
    return Candidate("doer", shown, [hit.task], explained, prior=prior)


def _particle_unsaid(q: Question, verb: Token, deed: Deed, said: str) -> bool:
    """Whether the question's verb takes a particle ('betaler ... tilbage': 'tilbagebetale') that the
    sentence's deed, the plain verb, goes without: paying back is another deed than paying."""
    joined = q.particles.get(verb.surface.casefold())
    if not joined or verb_key(deed) != verb.key or not joined.endswith(verb.key):
        return False
    particle = joined[:-len(verb.key)]
    written = re.findall(r"\w+", ascii_fold(said.casefold()))
    return len(particle) >= 2 and not any(w.startswith(particle) for w in written)


def _nominal_deed(q: Question, said: str, deed: Deed, ask: _Asked):
    """Whether the deed is the asked verb's by its noun ('Godkendelsen foretages af X'), else False for
    the asked verb itself; None when it is another deed, a denied one, or done to another thing."""
    words, nouns = ask.words, ask.nouns
    # 'Godkendelsen foretages af X' says who 'godkender': a light verb with the asked verb's noun
    # (or the noun the glossary gives the verb one way: 'Udgiften til X afholdes af Y' for 'betale')
    nominal = not ask.duty and _deed_noun(deed, said, nouns)
    # ('afhentes af X' says who 'henter': the verb with a particle in front is the same deed)
    verb_asked = verb_key(deed) in ask.keys or particle_base(deed.verb.casefold()) in ask.keys
    if deed.negated or (not ask.duty and not verb_asked and not nominal):
        return None  # 'leverandøren deltager ikke i testen' says who does not
    if verb_asked and _particle_unsaid(q, ask.verb, deed, said):
        return None  # 'hvem betaler depositummet tilbage?' is not 'Lejeren betaler et depositum'
    # a deed's noun that says what it is for ('Udgiften til licensen afholdes af Y' for 'hvem betaler
    # for kørslen?') must be for the asked thing ('Overførslen udføres af X' says nothing of what;
    # the sentence before does)
    # (what the noun is for, not the noun itself: 'Flytningen')
    of = nominal and {k for k in deed.obj_keys if not any(k.startswith(a) for a in nouns)}
    if of and not any(same_thing(k, of) for t in words for k in t.keys):
        return None
    if PRICE_VERB.fullmatch(deed.verb) and not PRICE_VERB.search(q.text):
        return None  # 'hvem betaler for opstillingen?' - 'opstillingen koster 18.000 kr.':
        # a price, no payer
    if ask.unnamed and not _object_asked(q, deed):
        return None
    return nominal


def _deed_about(index, q: Question, hit: Hit, said: str, deed: Deed, ask: _Asked, *, nominal,
                stated: list[Deed]) -> tuple[set[int], bool] | None:
    """The question's words the deed is done to, and whether the sentence before describes its thing;
    None when it is done to another thing."""
    verb, words, duty = ask.verb, ask.words, ask.duty
    described = _described_before(index, hit.pid, deed, words)
    # 'hvem holder kurset?' - 'Lønudgiften afholdes af kommunen', 'hvem står for gennemgangen?' -
    # 'driften varetages af X': done to another thing (for a duty's noun's own verb, 'Afsendernavnet
    # godkendes af X' for 'står for godkendelsen af afsendernavnet', the noun is the deed)
    title = index.tasks[hit.task].title
    if not nominal and (not duty or deed in stated) and other_object(q, verb, deed, said, title) \
            and not described:
        return None
    # what is done to: the deed's object, else the sentence and its task's title
    context = deed.obj_keys | content_keys(said) | content_keys(index.tasks[hit.task].title)
    if not deed.obj_keys or _deed_noun(deed, said, ask.acts if duty else ask.keys):
        # 'Det er behandlerne, der indberetter' or 'Migreringen udføres af X': what, the sentence
        # before says ('Åbne sager flyttes fra Skadeweb til ...')
        context |= _before(index, hit.pid)
    elif described:
        # 'Projektforslaget skal godkendes af politiet' after 'Vejmyndigheden udarbejder et
        # projektforslag med vejbump': the sentence that introduces the thing says what it is of
        context |= _before(index, hit.pid)
    # a word the glossary read as a concept ('hostingen' as a supplier's business) must itself
    # be what is done, not any word of the sentence the concept stands for ('leverandøren')
    about = {t.pos for t in words if (same_thing(key(t.surface.casefold()), deed.obj_keys)
                                      if t.concepts else any(same_thing(k, context) for k in t.keys))}
    if not about:
        return None
    return about, described


def _shown(ctx: Context, hit: Hit, said: str, deed: Deed, ask: _Asked, *, named, described) -> str | None:
    """The answer's quote: the deed's clause, with the sentence before when that names the thing or the
    doer a pronoun points back to; None when no sentence says who 'de' are."""
    index = ctx.index
    shown = message("task_says", ctx.lang, said=clause_of(ask.verb, said) if not ask.duty else
                    clause_with(deed.verb, said))
    if not named and described:  # and the sentence before
        shown = message("task_says", ctx.lang, said=f"{_text_before(index, hit.pid)} {said}")
    if deed.refers:  # 'De sender ...': who 'de' are, the sentence before says
        at = said.find(f"{deed.agent} {deed.verb}")
        if at > 0 and _names_referent(said[:at], deed):
            shown = message("task_says", ctx.lang, said=said)  # in the same passage
        elif (named_before := _party_before(index, hit.pid, deed)) is not None:
            shown = message("task_says", ctx.lang, said=f"{named_before} {said}")
        else:
            return None
    return shown


def _doer_prior(q: Question, deed: Deed, ask: _Asked, prior: float, *, named, nominal,
                stated: list[Deed]) -> float:
    """The prior lowered for a deed named only by the glossary's word, a duty's deed, a duty's field
    line or the whole municipality as its doer."""
    if named and not nominal and not _named_itself(ask.words, deed):
        # 'hvem godkender jagtlejekontrakterne?': 'Kontrakterne godkendes af X' names the thing
        # itself, 'Få aftalen godkendt af Y' only by the glossary's other word for it
        prior *= 0.99
    if ask.duty and deed not in stated:  # 'Kommunen tester X' says less of who carries out
        prior *= 0.95  # the test than 'Testen udføres af Y'
    if ask.answers_for and verb_key(deed) in _DUTY_KEYS:  # 'hvem er ansvarlig for undervisningen?':
        prior *= 0.9  # 'Ansvarlig for undervisningen: X' before 'Undervisningen varetages af Y'
    if _GENERIC_AGENT.fullmatch(ascii_fold(deed.head.casefold())) and \
            not _GENERIC_AGENT.search(ascii_fold(q.text.casefold())):
        # 'Kommunen registrerer alle vandløb' says less of who registers than 'Registreringen
        # foretages af vandløbsmedarbejderen': the whole municipality does everything it does
        prior *= 0.97
    return prior


def _named_itself(words: list[Token], deed: Deed) -> bool:
    """Whether the deed's object is a question's word as written (or its compound's head), not only a
    key the glossary gives it ('aftale' for 'kontrakt')."""
    return any(same_thing(key(t.surface.casefold()), deed.obj_keys) for t in words)


def _noun_after(q: Question, verb: Token) -> Token | None:
    """The noun right after a light verb ('foretager godkendelsen'), lowercase, the deed it names."""
    nxt = next((t for t in q.tokens[verb.pos + 1:] if t.weight > 0 or t.role == "word"), None)
    return nxt if nxt is not None and nxt.role == "word" and nxt.surface.islower() and \
        nxt.key not in LIGHT_VERBS else None


def _deed_noun(deed: Deed, said: str, verbs: set[str] | frozenset[str]) -> bool:
    """Whether a light verb's subject is the noun of one of the verbs (keys): 'Flytningen udføres af X'
    for 'flytte', 'Indkøbet af nye kortlæsere afgives af X' for 'indkøb'. Such a subject refers back to
    what the sentence before says is done ('Alle medlemskort overføres fra Kortbasen')."""
    if verb_key(deed) not in LIGHT_VERBS or not verbs:
        return False
    at = said.find(deed.verb)
    clause = re.split(r"[,;:]", said[:at] if at > 0 else deed.obj)[-1]
    head = next((w for w in _WORD.findall(clause) if w.casefold() not in _ARTICLES), "").casefold()
    if not head:
        return False
    # ('Udskiftningen af batterier udføres af X' for 'hvem skifter batterierne?': the noun of the verb
    # with its particle in front)
    bare = _PARTICLE_PREFIX.sub("", head)
    return any(key(h) in verbs or bool(set(derivations(h)) & verbs) for h in dict.fromkeys((head, bare)))


_WORD = re.compile(r"[\wæøåÆØÅ-]+")
# words before the subject's noun that are not it: articles and a clause's conjunction ('..., mens selve
# flytningen udføres af X')
_ARTICLES = frozenset("den det de en et selve hele mens men og samt hvorimod while and but".split())
_PARTICLE_PREFIX = re.compile(r"^(?:ud|op|ind|ned|om|af|til|gen|over)(?=[a-zæøå]{4})")


def _said_apart(index, hit, verb: Token, word: Token) -> bool:
    """Whether another sentence of the task makes an exception of the word for the asked verb:
    'Indberetninger om borgmesteren behandles ikke af enheden, men af en ekstern advokat' is what holds
    for them, not the general 'En uafhængig enhed behandler indberetningerne' beside it."""
    return any(pid != hit.pid and any(index.passage_has(pid, k) for k in verb.keys)
               and any(index.passage_has(pid, k) for k in word.keys)
               and _EXCEPTION.search(index.passages[pid].text)
               for pid in index.task_passage_ids(hit.task))


# The words of a sentence that makes an exception to a rule said elsewhere.
_EXCEPTION = re.compile(r"\b(ikke|aldrig|undtagen|bortset fra|not|never|except)\b", re.IGNORECASE)


# The concepts of the words for a duty: 'står for', 'har ansvaret for' (responsible) and 'varetager',
# 'sørger for', 'tager sig af' (executor) are said of one another in the tasks.
DUTIES = frozenset({"responsible", "executor"})


def asked_duty(q: Question) -> Token | None:
    """The duty word of 'hvem står for / varetager / har ansvaret for X?', 'who is responsible for X?'
    (the first word after 'hvem' that is one), when the question names what the duty is for."""
    if q.expects is not Expect.PARTY or not q.tokens or q.tokens[0].key not in ("hvem", "who"):
        return None
    for t in q.tokens[1:4]:
        if t.concepts & DUTIES or t.key in _DUTY_KEYS:
            return t
    return None


# The keys of the words for a duty ('varetage', 'ansvarlig'), as a passive of them is written
# ('Opsætningen varetages af it-koordinatoren').
_DUTY_KEYS = frozenset(verb_key(Deed(obj="", verb=w, agent="", head="")) for w in ("varetages", "udføres",
                                                                                    "håndteres"))


def _duties(text: str) -> list[Deed]:
    """'X står for / varetager Y' and the passive 'Y varetages / håndteres af X'."""
    return duties(text) + [d for d in deeds(text) if verb_key(d) in _DUTY_KEYS]



def _object_asked(q: Question, deed: Deed) -> bool:
    """Whether the question names the head of the deed's object (its first word: 'Transport' of
    'Transport til kurset'); a deed said without its object names none to be told apart."""
    head = next((content_keys(w) for w in deed.obj.split() if content_keys(w)), set())
    return not head or any(same_thing(k, head) for t in q.tokens for k in t.keys)


def _before(index, pid: int) -> set[str]:
    """The words of the passage before, in the same field of the same task (a deed said without its
    object, 'Det er X, der indberetter', does what that passage names)."""
    return content_keys(_text_before(index, pid))


def _text_before(index, pid: int) -> str:
    """The passage before, in the same field of the same task ('' when there is none)."""
    task = index.passage_task[pid]
    if pid - 1 not in index.task_passage_ids(task) or \
            index.passages[pid - 1].field != index.passages[pid].field:
        return ""
    return ITEM.sub("", index.passages[pid - 1].text).strip()


def _described_before(index, pid: int, deed: Deed, words: list[Token]) -> bool:
    """Whether the deed's object is introduced in the passage before together with every word the
    question names ('et projektforslag med vejbump' for 'hvem godkender vejbumpene?')."""
    if not words or not _introduced_before(index, pid, deed):
        return False
    before = _before(index, pid)
    return all(any(same_thing(k, before) for k in t.keys) for t in words)


def _introduced_before(index, pid: int, deed: Deed) -> bool:
    """Whether the deed's object is a definite noun ('Projektforslaget') the passage before introduces
    with an indefinite article ('et projektforslag med ...'): the same thing, described there."""
    head = next((w for w in _WORD.findall(deed.obj) if w.casefold() not in _ARTICLES), "")
    if not head or not head[:1].isupper() and not head.islower():
        return False
    own = key(head.casefold())
    return any(key(m.group(1).casefold()) == own for m in _INDEFINITE.finditer(_text_before(index, pid)))


# A noun after an indefinite article: where a text introduces a thing ('et projektforslag med ...')
_INDEFINITE = re.compile(r"\b(?:en|et)\s+(?:[a-zæøå-]+e\s+)?([a-zæøå-]{4,})", re.I)


def _party_before(index, pid: int, deed: Deed) -> str | None:
    """The sentences before (at most two, in the same field of the same task) up to the one that names
    what the deed's agent refers to ('Den ansvarlige' a '-ansvarlig', 'De' a party as a subject)."""
    task, said = index.passage_task[pid], []
    for before in (pid - 1, pid - 2) if deed.agent[:1].islower() else (pid - 1,):
        if before not in index.task_passage_ids(task) or \
                index.passages[before].field != index.passages[pid].field:
            return None
        said.insert(0, ITEM.sub("", index.passages[before].text).strip())
        if _names_referent(said[0], deed):
            return " ".join(said)
    return None


def _names_referent(text: str, deed: Deed) -> bool:
    """Whether the text before names what the agent refers to: for a role word ('ansvarlige') a word
    of that role ('testansvarlig'); for a pronoun ('De'), a party as the subject of its last sentence."""
    if deed.agent[:1].islower():
        role = key(deed.agent.casefold())
        return any(w.endswith(role) and w != role for w in content_keys(text))
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    return holds(Expect.PARTY, " ".join(last.split()[:4]), "hvem?")


def _task_itself(index, duty_of: list[Token], task: int) -> bool:
    """Whether the words a duty is for (`duty_of`) name what the task's title names and the task
    recommends someone responsible for it."""
    if not duty_of or not index.tasks[task].recommended_responsible:
        return False
    title = title_keys(index.tasks[task].title)
    return all(any(same_thing(k, title) for k in t.keys) for t in duty_of)


_DUTY_WORDS = frozenset(content_keys("ansvarlig ansvaret responsible står"))
# the task's own recommendation named by its field's words (ascii-folded)
# An agent that names no one in particular: the municipality as a whole, 'vi', 'man' (folded)
_GENERIC_AGENT = re.compile(r"\b(?:kommunen|kommunerne|vi|man|the municipality|we)\b")
_RECOMMENDED_ROLE = re.compile(r"\b(anbefal\w*|recommended)\s+(udfoer\w*|udforer\w*|ansvarlig\w*|executor|"
                               r"responsible|owner)\b")
_ANSWERS_FOR = re.compile(r"\bansvar\w*|\bresponsib\w*|\bin charge\b|\baccountable\b", re.I)


def _acts(q: Question, verb: Token) -> frozenset[str]:
    """The keys of the verbs derived from the noun a duty is for, the first word after the duty word
    ('oplæringen' -> 'oplære', so 'De øvrige medarbejdere oplæres af superbrugerne' says who)."""
    noun = next((t for t in q.tokens[verb.pos + 1:] if t.role == "word" and t.weight > 0), None)
    if noun is None or not noun.surface.islower():
        return frozenset()
    # (and the noun's own key where the glossary gives it the verb's: 'godkendelsen' is 'godkende')
    return frozenset(derivations(noun.surface.casefold())) | {noun.key}
