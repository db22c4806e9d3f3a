"""Who does a deed ('Er det leverandøren, der godkender aftalen?'), settled by the task's doer."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, glossary_knows, key, keys
from knowledge.language import US
from knowledge.passages import ITEM
from knowledge.qa.agents import (
    LIGHT_VERBS,
    deeds,
    has_alternative,
    is_agent,
    role_before,
    same_act,
    same_thing,
    verb_key,
)
from knowledge.qa.ages import age_positions, asked_age
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import stated
from knowledge.qa.intents.yesno.clauses import _main_clause, denied_condition
from knowledge.qa.intents.yesno.counts import other_count
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits
from knowledge.qa.intents.yesno.parties import (
    _other_than,
    _others_too,
    _party_elsewhere,
    _who_does,
    is_political,
)
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.words import _LEVERANDOR, _MUST, _NEGATION
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.retrieval import Hit


def _deed(ctx: Context) -> list[Candidate]:
    """'Er det leverandøren, der godkender aftalen?', 'Skal borgmesteren godkende aftalen?': the task
    sentence saying who does it to what ('Aftalen godkendes af ...') settles it either way."""
    q, index = ctx.q, ctx.index
    asked = _who_does(q, index)
    if asked is None or _NEGATION.search(_main_clause(q.text)):
        return []
    verb, party_pos, party = asked
    if (age := asked_age(q.text)) is not None and party_pos & age_positions(q, age):
        return []  # 'kan en fjortenårig booke X?': one by age, whom an age rule settles, not who books X
    hits = _allowed_hits(q, index, limit=20, min_coverage=0.3)
    hits += _without_party(q, index, party_pos, verb_pos=verb.pos, seen={h.pid for h in hits})
    other_than = _other_than(q)  # also as typed in English
    best = _best_verdict(ctx, hits, asked, other_than=other_than, verbs=set(verb.keys))
    if best is None and (same := same_act(verb)) and q.tokens[min(party_pos)].surface.islower():
        # 'skal reglerne godkendes af direktøren?' - 'Reglerne vedtages af udvalget': the act the rules get,
        # read only when no sentence says who does the asked verb to the thing, and of a role asked (an
        # outside party by its name, 'KOMBIT', may approve what the council adopts)
        best = _best_verdict(ctx, hits, asked, other_than=other_than, verbs=same)
        yes = text("yes_no_evidence", ctx.lang, verdict=text("yes", ctx.lang))
        role = key(q.tokens[min(party_pos)].surface.casefold())
        if best and not best[1].text.startswith(yes) and role in content_keys(best[1].text):
            best = None  # (no Nej from the other verb when the sentence names the asked role in another part:
            # 'vedtages af byrådet efter indstilling fra direktøren' - the director may approve it first)
    return [best[1]] if best else []


def _best_verdict(ctx: Context, hits: list, asked, *, other_than: bool,
                  verbs: set[str]) -> tuple[float, Candidate] | None:
    """The best ranked verdict the hits' deeds of the verbs (keys) give on the asked party."""
    q, index = ctx.q, ctx.index
    verb, party_pos, party = asked
    asked_kinds = set(stated(q.text)) - {"side"}
    best: tuple[float, Candidate] | None = None
    for hit in hits:
        said = index.passages[hit.pid].text
        said_keys = content_keys(said)
        if _not_this_deed(index, q, hit, said, verb=verb, party_pos=party_pos, asked_kinds=asked_kinds):
            continue
        for deed in deeds(said, verbs):
            ranked = _deed_verdict(ctx, hit, said, deed, verb=verb, party_pos=party_pos, party=party,
                                   other_than=other_than, verbs=verbs)
            if ranked is not None and (best is None or ranked[0] > best[0]):
                best = ranked
        if other_than and set(verb.keys) & said_keys and _DELEGATE.search(said) and \
                not _NEGATION.search(said):
            # ('“egne” fuldmagter accepteres ikke' lets nobody else do it: a fuldmagt denied)
            # 'Kommunaldirektøren kan give en anden direktør fuldmagt til at underskrive': someone else may
            explained = ({t.pos for t in q.tokens if t.pos in hit.explained or t.role == "ref"}
                         | q.project_pos | title_positions(index, q, hit.task))
            cand = Candidate("yesno", f"{text('yes_no_evidence', ctx.lang, verdict=text('yes', ctx.lang))} "
                             f"{ITEM.sub('', said)}", [hit.task], explained | party_pos | {verb.pos},
                             prior=0.95)
            rank = cand.score(q) + 0.06
            if best is None or rank > best[0]:
                best = (rank, cand)
    return best


def _without_party(q, index, party_pos: set[int], *, verb_pos: int, seen: set[int]) -> list:
    """The sentences of the one task that says the deed and its thing without the party asked of: the
    sentence that names another doer ('Listen godkendes af hjemmeplejelederen' for 'skal listen godkendes
    af direktøren?') lacks the asked party's words, so a search with them ranks under it the sentences
    that name the party about other things ('Aftalen underskrives af direktøren'). Searched without the
    party, the task is found by the deed's words (its title, say); each of its sentences is then read
    for that deed, as the deed's own object must match the question's thing."""
    if not party_pos or not any(t.pos not in party_pos and t.pos != verb_pos and t.weight >= 0.5
                                for t in q.content()):
        return []  # no party asked of, or no thing the deed is done to
    found = _allowed_hits(q, index, skip=set(party_pos), limit=10, min_coverage=_DEED_COVERAGE) or \
        _naming_thing(q, index, party_pos, verb_pos=verb_pos)
    tasks = {h.task for h in found}
    if len(tasks) != 1:
        return []  # the deed in several tasks: which one's doer is asked of, the question does not say
    task = tasks.pop()
    return [Hit(pid, task, 0.0, set(), 0.0) for pid in index.task_passage_ids(task) if pid not in seen]


# The share of the question's words other than the party that a sentence must say: the verb and its thing
_DEED_COVERAGE = 0.6


def _naming_thing(q, index, party_pos: set[int], *, verb_pos: int) -> list:
    """The sentences that name every word of the thing the deed is done to, when none says the verb too:
    'Smedjereglementet (SMED 4)', the title of the task whose 'Reglementet vedtages af ...' says who adopts
    it (a rule's own sentence calls it by its head)."""
    thing = {t.pos for t in q.content() if t.pos not in party_pos and t.pos != verb_pos and t.weight >= 0.5}
    return [h for h in _allowed_hits(q, index, skip=set(party_pos), limit=10, min_coverage=0.3)
            if thing and thing <= h.explained]


def _not_this_deed(index, q, hit, said: str, *, verb, party_pos: set[int], asked_kinds: set[str]) -> bool:
    """Whether the passage speaks of another thing than the question's deed: under a denied condition,
    without the asked value, a deed left open, another task's party or project."""
    if not q.has("if") and denied_condition(ITEM.sub("", said)):
        return True  # 'Deltager X ikke i Y, kan ...' says what follows, not whether X takes part
    if asked_kinds and not asked_kinds & set(stated(said)):
        return True  # 'skal køkkenerne registrere madspild i to uger?' - 'Alle køkkener registrerer ...'
    if _MUST.search(q.text) and _LEFT_OPEN.search(said):
        return True  # 'skal udvalget godkende X?' - 'Det er ikke et krav, at udvalget godkender X': a deed
        # left open, which the sentence's own verdict (settle) reads, not who does it
    if _party_elsewhere(index, q, party_pos, hit.task) \
            and not _names_own_thing(index, q, party_pos, hit.task) \
            and not _project_word(index, q, party_pos, verb.pos, hit.task):
        return True  # 'skal Movia underskrive en databehandleraftale?' - another task's aftale
        # (but 'Er det Bomteknik, der leverer LejrBook?' asks of the system this task names)
    # 'aftalen med lønleverandøren' is not 'Aftalen med laboratoriet' of another project
    return any(t is not verb and t.pos not in party_pos | q.project_pos and t.role == "word"
               and t.weight >= 0.5 and t.match >= 1 and not t.concepts
               and not any(_in_project(index, hit.task, k) for k in t.keys) for t in q.content())


def _owned(phrase: str) -> str:
    """The thing a phrase names after its owner's genitive: 'aftalens bilag' is the bilag, not the aftale."""
    ws = phrase.split()
    return " ".join(ws[1:]) if len(ws) > 1 and ws[0].casefold().endswith("s") and ws[1].islower() else phrase


def _deed_objects(index, q, hit, said: str, deed, *, verb, party_pos: set[int],
                  verbs: set[str]) -> list | None:
    """The question's words the deed is done to (the verb itself for its own noun: 'Tilmeldingen ...
    foretages af X'); None when the deed is not the asked verb or is done to none of them."""
    said_keys = content_keys(said)
    # what an active verb does is done to its direct object: 'Midtrafik leverer køreplandata til
    # tavlerne' supplies køreplandata, not the tavler it is for
    # (a reflexive one is no thing: 'Foreningerne opretter sig selv i portalen')
    direct = _OBJECT_END.split(deed.obj, maxsplit=1)[0]
    if not hit.explained:  # a sentence read only as its task says the deed (_without_party): its object's
        direct = _owned(direct)  # head must be the thing, 'aftalens bilag' is no aftale
    direct = content_keys(direct) if _active_deed(deed) else set()
    obj_keys = direct or deed.obj_keys
    objs = _asked_objects(q, verb, party_pos, obj_keys)
    if not objs and re.search(r"(?:^|\s)og$", deed.obj):  # 'X koster ... og afholdes af Y': X
        subject = content_keys(" ".join(said.split()[:2]))
        objs = _asked_objects(q, verb, party_pos, subject)
    if not objs and not deed.obj and _active_deed(deed) and _closing_clause(said, deed):
        # 'Skolens leder indstiller eleven, og PPR visiterer': a verb that ends its sentence does it
        # to what the sentence spoke of before it
        before = content_keys(said[:said.rfind(deed.verb)])
        objs = _asked_objects(q, verb, party_pos, before, words_only=True)
    if not objs and _PRONOUN.search(deed.obj):  # '..., men den skal godkendes af X': the noun before
        objs = _asked_objects(q, verb, party_pos, said_keys, words_only=True)
    # 'Tilmeldingen ... foretages af X' says who 'tilmelder': a light verb with the asked verb's noun
    subject = deed.obj_keys | (content_keys(" ".join(said.split()[:2]))
                               if re.search(r"(?:^|\s)og$", deed.obj) else set())
    nominal = verb_key(deed) in _LIGHT and bool(verbs & subject)
    others = [t for t in q.content() if t is not verb and t.pos not in party_pos and t.weight >= 0.5]
    if nominal and not objs and all(any(index.task_has(hit.task, k) for k in t.keys) for t in others):
        objs = [verb]  # what is done is the verb's own noun, in a task that says the question's words
    if not (verb_key(deed) in verbs or nominal) or not objs:
        return None
    return objs


def _deed_verdict(ctx: Context, hit, said: str, deed, *, verb, party_pos: set[int], party,
                  other_than, verbs: set[str]) -> tuple[float, Candidate] | None:
    """The verdict the deed gives on the party asked about, with its rank among the sentences; None when
    it says nothing of it."""
    q, index = ctx.q, ctx.index
    if deed.verb[:1].isupper() and not said.lstrip().startswith(deed.verb):
        return None  # 'sender Printcenter Nord ...': a name inside a sentence is no verb
    objs = _deed_objects(index, q, hit, said, deed, verb=verb, party_pos=party_pos, verbs=verbs)
    if objs is None:
        return None
    agent = is_agent(party, deed)
    if agent and not (role := _role_said(q, party_pos, deed)):
        if role is None:
            return None  # 'lederen af Vejteamet' - 'godkendes af Vejteamet': the team, not said of its leader
        agent = False  # 'direktøren for Klima og Landskab' is not 'landskabs- og naturudvalget'
    if agent is False and party & role_before(said, deed.agent):
        agent = True  # 'fortæller skovløberen ...?' - 'Den tidligere skovløber Niels Kvækmose fortæller ...'
    if agent is False and _refers_back(ctx, party, deed, hit.task):
        agent = True
    if agent is False and _kind_of_agent(q, party_pos, deed):
        agent = True
    if not other_than and any(is_political(q.tokens[p].surface) for p in party_pos):
        body = political_body(deed.head)
        if body is None:
            # 'skal X godkendes politisk?' - 'godkendes af skolebestyrelsen / MED-udvalget / borgmesteren':
            # whether that is a political body the sentence does not say
            return None
        if body is False:
            agent = False  # 'godkendes af afdelingslederen': no political body
    if deed.negated and (other_than or not agent):
        return None  # 'leverandøren deltager ikke': nothing said of whether another party does
    yes = (not agent or has_alternative(deed)) if other_than else agent and not deed.negated
    if yes and _others_too(q.text, party, deed.agent):
        yes = False  # 'er det kun X, der ...?' - 'af X og Y'
    side = other_side(q.text, said)
    if side is None:
        return None  # both sides of the moment, neither clearly the asked thing's
    if yes and (other_count(q.text, said) or side):
        yes = False  # 'skal kommunen udtage ti udlån?' - 'Kommunen udtager otte udlån'
    head = text("yes_no_evidence", ctx.lang, verdict=text("yes" if yes else "no", ctx.lang))
    # (the words of the task's title are the sentence's context: 'skiltene ved badestederne' in
    # the task 'Opsæt skilte ved badestederne')
    explained = (party_pos | {verb.pos} | {t.pos for t in objs} | hit.explained | q.project_pos
                 | {t.pos for t in q.tokens if t.role == "ref"} | title_positions(index, q, hit.task))
    unnamed = not yes and not other_than and _unnamed_supplier(q, party_pos, said)
    if unnamed:  # 'Er det Netcompany, der opretter X?' - 'Leverandøren opretter X': may be them
        head = text("not_settled", ctx.lang)
    elif agent is False and not other_than and deed.agent.split()[0].casefold() not in _NO_PARTY and \
            all(q.tokens[p].surface[:1].islower() for p in party_pos):
        # a role the tasks never name ('borgmesteren') is understood: the sentence names another doer
        # (not a body by its name, 'Stednavneudvalget': which one it is, the tasks do not say)
        for p in party_pos:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)
    # another doer named denies the party asked of, whose words the sentence then need not say: a party
    # the tasks know ('chefen for Kulturarv og Arkiver', named in another task) is not looked for in it
    denied = party_pos if agent is False and not other_than and not unnamed and \
        all(q.tokens[p].match >= 1 for p in party_pos if q.tokens[p].weight > 0) else set()
    cand = Candidate("yesno", f"{head} {ITEM.sub('', said)}", [hit.task], explained, prior=0.95,
                     found=not unnamed, read=denied)
    # 'må andre end X underskrive?': the sentence that names an alternative settles it
    rank = cand.score(q) + (0.05 if other_than and has_alternative(deed) else 0.0)
    # a sentence naming the party as the doer (or denying it of them) beats one naming another
    rank += 0.01 if yes or (agent and not other_than) else 0.0
    # and one naming a doer of its own beats 'Kommunen ...', when neither is the party asked about
    rank += 0.005 if deed.head.casefold() not in US else 0.0
    # and among equals, the task that names the other part of a compound the question reads by its
    # head ('skolehaveaftalen' as 'aftalen': the task on skolehaver)
    rank += 0.002 if any(index.task_has(hit.task, k) for t in q.content() for k in t.alts) else 0.0
    return rank, cand


def _role_said(q, party_pos: set[int], deed) -> bool | None:
    """Whether the agent names the role of a party asked as a role of an area ('direktøren for Børn og
    Skole', 'lederen af Vejteamet'): the area's words alone in another body ('børne- og skoleudvalget')
    are another doer (False); the area itself as the agent ('Vejteamet') says nothing of its role (None).
    True for a party asked otherwise."""
    first = min(party_pos, default=0)
    if not party_pos or first + 2 >= len(q.tokens) or first + 2 not in party_pos \
            or q.tokens[first + 1].surface.casefold() not in ("for", "af"):
        return True
    said = content_keys(deed.agent)
    role = key(q.tokens[first].surface.casefold())
    if any(h == role or h.endswith(role) for h in said):
        return True
    area = set().union(*(content_keys(q.tokens[p].surface) for p in party_pos if p > first + 1))
    head = content_keys(deed.head.split()[-1]) if deed.head.split() else set()
    if head and head <= area:
        return None
    # an administration of the area ('Teknik- og Havneforvaltningen') is the one the director heads: no
    # verdict; a committee of the area's words ('landskabs- og naturudvalget') is another doer
    if any(h.endswith(_ADMINISTRATION) for h in said) and \
            any(h in area or any(h.startswith(a) for a in area if len(a) >= 4) for h in said):
        return None
    return False


# The keys' ends of a body that is an administration or a department, not a political one
_ADMINISTRATION = ("forvaltning", "afdeling", "omrad", "center", "centr", "sekretariat", "direktion", "enhed",
                   "kontor", "stab")


def _kind_of_agent(q, party_pos: set[int], deed) -> bool:
    """'skal X vedtages af et udvalg?' asks of a kind of doer: the agent 'plan- og landdistriktsudvalget' is
    one, a compound whose head is the asked noun. Only a party asked with 'en/et/a/an' is a kind ('af
    udvalget' names a particular one), and a deputy's compound is not the thing itself: 'næstformanden' is
    no 'formand', 'underudvalget' no 'udvalg'."""
    nouns = {p for p in party_pos if not is_political(q.tokens[p].surface)}  # ('et politisk udvalg')
    if party_pos and not nouns:  # 'godkendes politisk?': a committee of the council, or the council
        return political_body(deed.head) is True
    if len(nouns) != 1:
        return False
    p = next(iter(nouns))
    before = p - 1
    while before > 0 and is_political(q.tokens[before].surface):
        before -= 1
    if before <= 0 or q.tokens[before].surface.casefold() not in _INDEFINITE:
        return False
    asked = key(q.tokens[p].surface.casefold())  # (as written: the reading may have joined it to a compound)
    if len(asked) < 4:
        return False
    return any(len(h) > len(asked) + 2 and h.endswith(asked) and not h.startswith(_DEPUTY)
               for h in content_keys(deed.head))


_INDEFINITE = frozenset("en et a an".split())


def political_body(head: str) -> bool | None:
    """Whether an agent is a political body of a municipality: the council ('Byrådet',
    'kommunalbestyrelsen', 'regionsrådet') or one of its standing committees ('Kultur- og Fritidsudvalget',
    not 'MED-udvalget' nor 'samarbejdsudvalget'); a leader ('afdelingslederen', 'direktøren', 'direktionen')
    is none (False); a board, another 'råd', the mayor or anyone else may or may not be (None)."""
    word = head.split()[-1].casefold() if head.split() else ""
    if _COUNCIL.search(word) or (_COMMITTEE.search(word) and not _STAFF_COMMITTEE.search(head.casefold())):
        return True
    if _LEADER.search(word) and "borgmest" not in word:
        return False
    return None


_COUNCIL = re.compile(r"^(?:by|regions)råd|^kommunalbestyrelse")
_COMMITTEE = re.compile(r"udvalg\w*$")
# committees of staff or of a single matter, not of the council
_STAFF_COMMITTEE = re.compile(r"\b(?:med|hoved-?med|lokal-?med|samarbejds|arbejdsmiljø|sikkerheds|"
                              r"bedømmelses|ansættelses|under|vurderings|styrings?|projekt|følge|bruger)"
                              r"[\w-]*udvalg", re.I)
_LEADER = re.compile(r"(?:chef|leder|direktør|direktion)\w*$")
# The first parts of a compound that name a deputy or a part of the thing, not the thing itself (as keys)
_DEPUTY = ("nast", "vice", "under", "sub", "stedfortrad", "konstitu")

# An agent that names no party: 'Få X godkendt af den', '... af hensyn til'
_NO_PARTY = frozenset("den det de dem denne dette disse hensyn it them this".split())


# Where an active verb's direct object ends: a preposition ('leverer køreplandata til tavlerne')
_OBJECT_END = re.compile(r"\s(?:til|på|i|hos|fra|for|om|ved|via|to|for|with|at|in|on|from)\s", re.I)


def _active_deed(deed) -> bool:
    """Whether the deed was read off an active verb ('Leverandøren opretter X'), not a passive or a cleft."""
    return deed.verb.casefold().endswith("r")  # (a passive ends in -s or -t: 'leveres', 'leveret')


def _in_project(index, task: int, k: str) -> bool:
    """Whether the task, or another task of its project, says the key ('skolekørslen' of the project's
    other task is context for 'Klager over ruterne behandles af X')."""
    if index.task_has(task, k):
        return True
    project = index.tasks[task].project
    siblings = index.projects.get(" ".join(keys(project)), ()) if project else ()
    return any(index.task_has(t, k) for t in siblings)


def _refers_back(ctx: Context, party: set[str], deed, task: int) -> bool:
    """'Kataloget understøtter ...' in the task on the Sprogdatakatalog: the doer is the last part of a
    name the task's title or project carries, and the question names it in full."""
    own = ctx.task(task)
    named = content_keys(f"{own.title} {own.project or ''}")
    if any(len(h) >= 4 and p != h and p.endswith(h) and p in named
           for p in party for h in content_keys(deed.head)):
        return True
    # 'Integrationen overfører ...' in the task 'Integration til lønsystemet' for 'lønintegrationen': the
    # title names the head and the compound's first part ('løn')
    words = [ascii_fold(w.casefold()) for w in re.findall(r"[\wæøåÆØÅ-]+", f"{own.title} {own.project or ''}")
             ]
    heads = [ascii_fold(w.casefold()) for w in re.findall(r"[\wæøåÆØÅ-]+", deed.head)]
    asked = [ascii_fold(t.surface.casefold()) for t in ctx.q.tokens if content_keys(t.surface) & party]
    return any(len(h) >= 5 and len(p) - len(h) >= 3 and p.endswith(h) and key(h) in named
               and any(w.startswith(p[:len(p) - len(h)]) for w in words) for p in asked for h in heads)


_LIGHT = LIGHT_VERBS

# A sentence that lets another than the named party do it: 'kan give ... fuldmagt', 'eller en stedfortræder'
_DELEGATE = re.compile(r"\b(fuldmagt\w*|stedfortræder\w*|i\s+sit\s+sted|på\s+vegne\s+af|delegere\w*)\b", re.I)


def _unnamed_supplier(q, party_pos: set[int], said: str) -> bool:
    """The question names a company ('Netcompany') the sentence does not, and the sentence's doer is
    only 'leverandøren': it may be that company, so the text does not settle it."""
    named = any(q.tokens[p].surface[:1].isupper() and p > 0 for p in party_pos)
    said_keys = content_keys(said)
    return named and bool(_LEVERANDOR.search(said)) and not any(
        k in said_keys for p in party_pos for k in q.tokens[p].keys)


def _asked_objects(q, verb, party_pos: set[int], keys: set[str], *, words_only: bool = False) -> list:
    """The question's content words, other than its verb and party, that name a thing of these keys (with
    `words_only`, plain words only: no name or number)."""
    return [t for t in q.content() if t is not verb and t.pos not in party_pos
            and (not words_only or t.role == "word") and any(same_thing(k, keys) for k in t.keys)]


def _closing_clause(said: str, deed) -> bool:
    """Whether the deed is a clause of its own that ends the sentence: '..., og PPR visiterer' (not a
    relative: '... en entreprenør, som kommunen selv vælger')."""
    return re.search(r"(?:^|\s)(?:og|men|mens|and|but)\s+" + re.escape(deed.agent) + r"\s+"
                     + re.escape(deed.verb) + r"\W*$", said) is not None


# An object that only points back to a noun before it: '..., men den skal godkendes af ...'.
_PRONOUN = re.compile(r"(?:^|\s)(den|det|de|dem|disse|denne|dette|it|they|them)$", re.I)


def _names_own_thing(index, q, party_pos: set[int], task: int) -> bool:
    """Whether the question names, besides the party, a thing by its name ('LejrBook') that this task
    says in its title or project, so the task is the one the question asks about."""
    own = content_keys(f"{index.tasks[task].project or ''} {index.tasks[task].title}")
    return any(t.pos > 0 and t.pos not in party_pos and t.surface[:1].isupper() and t.role == "word"
               and not glossary_knows(t.key) and set(t.keys) & own for t in q.content())


_INDEFINITE = frozenset("en et nogen nogle a an any some".split())


def _project_word(index, q, party_pos: set[int], verb_pos: int, task: int) -> bool:
    """Whether the question names a thing ('pladslejen') that only this task's project speaks of: then
    'Fastsætter KOMBIT pladslejen?' asks about this task, however many others speak of KOMBIT (but not a
    thing asked of with 'en': 'skal Lysnet underskrive en databehandleraftale?' asks of a paper of its
    own, which the task's 'databehandleraftalen' need not be)."""
    project = index.tasks[task].project
    for t in q.content():
        if t.pos in party_pos or t.pos == verb_pos or t.role != "word" or t.weight < 0.5 or t.concepts:
            continue
        if t.pos > 0 and q.tokens[t.pos - 1].surface.casefold() in _INDEFINITE:
            continue
        posting = index.task_postings.get(t.key, ())
        if task in posting and all(index.tasks[o].project == project for o in posting):
            return True
    return False


# A demand denied or a deed left open around the deed a sentence names ('Det er ikke et krav, at udvalget
# godkender ...', 'Det er frivilligt at ...'), not a party's own choice ('Kommunen vælger selv ...')
# ('frivillig(t/e)', not the volunteers of 'frivilliglisten' or 'Frivillighed og Nærmiljø')
_LEFT_OPEN = re.compile(r"\b(?:ikke\s+(?:et\s+)?krav|ikke\s+nødvendig\w*|ikke\s+påkrævet|frivillig(?:t|e)?\b|"
                        r"valgfri\w*|not\s+required|optional)\b", re.I)
