"""The passage answers: the best sentences or lists anywhere in the tasks, each weighed for what it tells."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.consequences import consequence_like
from knowledge.fold import content_keys, key
from knowledge.index import Index
from knowledge.passages import ITEM
from knowledge.passages import shown as quoted_as
from knowledge.qa import checks, gate, trace
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.contacts import asks_whom, says_whom
from knowledge.qa.gate.contents import asks_contents, asks_text_of, introduces_paper, says_contents
from knowledge.qa.gate.sizes import asks_size, distance_only
from knowledge.qa.intents import facts
from knowledge.qa.intents.consequence import RECEIVED
from knowledge.qa.reply import FOUND_THRESHOLD
from knowledge.qa.titles import untitled
from knowledge.qa.types import Expect, holds
from knowledge.retrieval import HEAD_SHARE, REFER_SHARE, rank_passages
from knowledge.wording import quote, say, task_label


def passage_candidates(ctx: Context) -> list[Candidate]:
    """The best sentence or list anywhere in the tasks (in the named tasks if any)."""
    index, q = ctx.index, ctx.q
    # A passage scores its coverage x 0.9, so below this coverage it could never be the answer;
    # a typed question looks further down: the sentence with the value may share fewer words.
    # a size, or the way a paper is signed, is looked for as a value is
    untyped = q.expects is Expect.ANY and not gate.asks_size(q) and not gate.asks_way_of_signing(q)
    hits = _ranked_hits(index, q, limit=6 if untyped else 12)
    ask_whom = q.expects is Expect.PARTY and asks_whom(q)
    hits = _telling_how(index, q, hits)
    deed = checks.asked_deed(q)  # 'hvem udpeger enheden?': the clause that says who appoints
    hits = _quoted_hits(index, q, hits, untyped=untyped)
    return [_passage_candidate(ctx, hit, deed=deed, ask_whom=ask_whom) for hit in hits]


def _ranked_hits(index: Index, q: Question, *, limit: int) -> list:
    """The best-matching passages, of the named tasks, or of the named project's (wave's) tasks."""
    if q.tasks or (q.project_tasks is None and q.wave_tasks is None):
        hits = rank_passages(index, q, tasks=q.tasks or None, limit=limit, min_coverage=FOUND_THRESHOLD)
    else:  # the named project's (wave's) tasks only; its name need not stand in the passage
        skip = _project_words_aside(q)
        hits = [h for h in rank_passages(index, q, skip=skip, limit=40, min_coverage=FOUND_THRESHOLD)
                if q.allows(h.task)][:limit]
        if not skip and asks_size(q):  # ('how tall are the towers?' in Fælles Fugletårn: a tower's size)
            hits = [h for h in hits if _measure_of_project_noun(q, index.passages[h.pid].text)]
        for h in hits:
            h.explained |= skip
    if trace.ACTIVE is not None:
        trace.ACTIVE.note("hits", [h.pid for h in hits])
    return hits


def _project_words_aside(q: Question) -> set[int]:
    """The project's words the passages need not say: all of them, unless they are all the question asks
    about. A project named by an everyday noun ('Fælles Krans') is then the thing asked of ('hvor stor må
    en krans være?'): the sentence that says the noun ('En krans må højst være 40 cm') is the one to find,
    and with the noun set aside no word would be left to look for."""
    if any(t.weight > 0 and t.pos not in q.project_pos for t in q.tokens):
        return q.project_pos
    return set()


def _measure_of_project_noun(q: Question, text: str) -> bool:
    """Whether a line or sentence of the text with a number in it says the project's noun, as the thing
    measured ('En krans må højst være 40 cm' for 'hvor stor må en krans være?'; not 'Gelænderet skal være
    1,2 meter højt' under 'Reglerne gælder for alle tårne' for 'how tall are the towers?')."""
    nouns = {k for p in q.project_pos for k in q.tokens[p].keys if len(k) >= 3}
    return any(any(k == n or k.endswith(n) for k in content_keys(part) for n in nouns)
               for part in _SENTENCE_OR_LINE.split(text) if _NUMBER.search(part))


_SENTENCE_OR_LINE = re.compile(r"\n|(?<=[.!?])\s+")
_NUMBER = re.compile(r"\d")


def _telling_how(index: Index, q: Question, hits: list) -> list:
    """For a 'hvordan' question, the hits that may tell how (all hits for other questions)."""
    if not q.yesno and q.tokens and q.tokens[0].key in _HOW_KEYS:
        # 'hvordan opkræves egenbetalingen?' asks the way it is done: a goal or result that only says
        # it is done ('Egenbetalingen opkræves korrekt') tells no way ('... bliver printet og sendt
        # med almindelig post' does); 'hvordan fungerer søskenderabatten?' asks what the thing is:
        # the text describing it, not a step
        said_how = ("description", "fact") if facts.asks_how_it_works(q) else None
        hits = [h for h in hits if not _only_done(index.passages[h.pid])
                and (said_how is None or index.passages[h.pid].field in said_how)]
    return hits


def _quoted_hits(index: Index, q: Question, hits: list, *, untyped: bool) -> list:
    """The hits quoted as candidates: all for a typed question, a few for a which-question, else the one
    that says it best."""
    # A typed question ('hvornår', 'hvor mange', a mail) may be answered by a lower hit that holds
    # the value asked for; the pipeline picks among them.
    # 'hvilket arkiv ...?' must say which one (gate.answers): a goal restating the question ('... afleveret
    # til arkivet') may outrank the sentence that names it ('... til Arkiv Sydjylland'), so a few are kept
    noun = gate.which_noun(q) if q.expects is Expect.ANY else None
    if noun is not None:  # (a lower sentence must speak of the thing: 'Arkivhuset' names no 'portal')
        hits = hits[:1] + [h for h in hits[1:_WHICH_HITS] if index.passages[h.pid].field != "title"
                           and any(index.passage_has(h.pid, k) for k in noun.keys)]
    if untyped and noun is None:
        hits = _following_first(index, q, _holding_first(index, q, _defining_first(
            index, q, _paper_intro_first(index, q, _receivers_deed_first(index, q, hits)))))[:1]
    if trace.ACTIVE is not None:
        trace.ACTIVE.note("quoted", [h.pid for h in hits])
    return hits


def _passage_candidate(ctx: Context, hit, *, deed, ask_whom: bool) -> Candidate:
    """The candidate a hit makes: its passage quoted (a title as the task's label), with its prior."""
    index, q = ctx.index, ctx.q
    passage = index.passages[hit.pid]
    # the title names what the value is of, not the value: judged as it is
    if hit.titled and not _gives_own_value(q, passage.text, hit.titled):
        hit = replace(hit, explained=hit.explained - hit.titled,
                      referred=hit.referred - hit.titled, titled=set())
    kind, text, prior = _quoted(index, q, passage, hit, deed)
    framing = {t.pos for t in q.tokens if t.role == "ref"}
    prior = _asked_prior(ctx, hit, passage, prior, ask_whom=ask_whom)
    prior = _matched_prior(index, q, hit, passage, prior, framing=framing)
    return Candidate(kind, text, [hit.task], hit.explained | framing, prior=prior, titled=set(hit.titled))


def _quoted(index: Index, q: Question, passage, hit, deed) -> tuple[str, str, float]:
    """The candidate's kind, its text (the passage as quoted) and its first prior."""
    kind = "passage"
    if passage.field == "title":
        text = task_label(index.tasks[hit.task])
        prior = 0.7  # a title match says which task, not what the answer is
        kind = "title"
    else:
        shown = checks.clause_of(deed, quoted_as(passage)) if deed is not None else quoted_as(passage)
        if hit.context is not None and shown == passage.text:  # 'Det sker to gange om året' says what
            shown = f"{index.passages.text_of(hit.context)} {shown}"  # with the sentence it continues
        text = say("says", q.lang) + quote(shown, q.lang)
        prior = 0.9 if hit.context is None or _gives_own_value(q, passage.text, set()) else 0.5
    return kind, text, prior


def _asked_prior(ctx: Context, hit, passage, prior: float, *, ask_whom: bool) -> float:
    """The prior for what the question asks: a doer, a contact, something new, what follows."""
    q = ctx.q
    if q.expects is Expect.PARTY and AGENT.search(passage.text):
        prior = max(prior, 0.95)  # 'Serviceaftalerne godkendes af kommunens aftaleadministrator'
    if ask_whom:  # 'hvem kan jeg spørge om X?': 'Spørgsmål om X besvares af ...', not who does X
        prior = max(prior, 0.97) if says_whom(passage.text) else min(prior, 0.55)
    # (a list's intro is read with its items: 'Udstyret til hver bane består af:' and what it lists)
    if not q.yesno and _restates(q, passage.whole if _lists_asked(q, passage, hit) else passage.text):
        prior = min(prior, 0.55)  # '2. Hent metadata' for 'hvor henter jeg metadata?' says nothing new
    # 'hvad gør vi, hvis leverandøren ikke når det?' asks what follows a failure too
    what_if = q.has("consequence") or (q.has("method") and q.has("negation"))
    if what_if and q.has("if") and hit.pid not in ctx.consequence_passages():
        # 'hvad sker der, hvis ...' is not answered by any sentence: one that speaks of a
        # consequence at all may be it, others not
        prior = min(prior, 0.75 if consequence_like(passage.text) else 0.55)
    return prior


def _matched_prior(index: Index, q: Question, hit, passage, prior: float, *, framing: set[int]) -> float:
    """The prior for which of the question's words the passage matched, and how."""
    # 'Leverandør af X er Dataflow': the relation word said, with a name the question does not write
    # ('Løsningen driftes fra et datacenter i Ballerup' for 'hvor driftes X fra?': verb and value)
    said_relation = {p for p in hit.explained if q.tokens[p].concepts & RELATIONS
                     and index.passage_has(hit.pid, q.tokens[p].key)
                     and (_names_holder(q, passage.text) or _gives_value(q, passage.text))}
    named = _project_said(q, passage.text)
    if not q.tasks and all((q.tokens[p].concepts or q.tokens[p].weight <= 0.1 or p in q.project_pos)
                           and p not in said_relation | named for p in hit.explained) and \
            not (hit.explained - _project_words_aside(q) and gate.gives_size(q, passage.text)
                 and not distance_only(passage.text)):
        prior = 0.5  # only question words matched ('gøre' in 'Gør det muligt ...'): no answer
        # (but 'hvor lang bliver <project>?' is answered by 'Banen bliver 180 meter lang', and 'hvor stor
        # må en krans være?' in Fælles Krans by 'En krans må højst være 40 cm i diameter': a size, the one
        # kind of value a sentence that says no more than the project's noun is read for)
    if hit.partial or hit.referred:  # a compound said only by its head counts at its share
        prior *= _partly(q, hit.explained | framing, hit.partial, hit.referred)
    # a relation stated without its word ('X fra Y ApS', 'gemmes hos Z') stands in for another one only
    # as a last resort; a sentence that says a relation in words ('X varetages af Y') is not demoted
    other = [p for p in hit.explained if q.tokens[p].concepts & RELATIONS
             and not index.passage_has(hit.pid, q.tokens[p].key)] \
        if q.expects is Expect.PARTY and index.passage_implies(hit.pid) else []
    if any(index.task_has(hit.task, q.tokens[p].key) for p in other):
        prior *= 0.6  # 'hvem hoster X?': 'X fra Y ApS' says who supplies, where the task says who hosts
    elif other:
        prior *= 0.98  # 'hvem leverer X?': 'X fra Y ApS' before 'X gemmes hos Z', another relation's word
    return prior


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

    def defines(text: str) -> bool:
        m = _COPULA_SUBJECT.match(text)
        return bool(m and content_keys(m.group(1)) & asked)

    return _first_saying(index, hits, defines)


def _paper_intro_first(index, q: Question, hits: list) -> list:
    """'hvad står der i cachereglerne?': of the hits that match the question as well as the best one, the
    intro that names the paper over its list ('Cachereglerne:' and the rules below it) says its text; the
    result that it is adopted ('Cachereglerne er vedtaget') does not."""
    asked = asks_text_of(q) if len(hits) > 1 else None
    if asked is None:
        return hits
    return _first_saying(index, hits, lambda text: introduces_paper(text, asked))


def _holding_first(index, q: Question, hits: list) -> list:
    """'hvad er der i en batkasse?': of the hits that match the question as well as the best one, the
    sentence that says what the thing holds ('1 batkasse rummer 10 bat og 30 bolde'); a step that names
    it ('1. Bestil batkasserne') does not."""
    if len(hits) < 2 or not asks_contents(q):
        return hits
    return _first_saying(index, hits, lambda text: says_contents(text, q))


def _following_first(index, q: Question, hits: list) -> list:
    """'hvad betyder det, hvis en bane ikke har lys?': of the hits that match the question as well as the
    best one, the sentence that says what follows ('Baner uden lys kan ikke bookes efter kl. 17'); a step
    that names the thing ('2. Tjek lyset på hver bane') does not."""
    if len(hits) < 2 or not gate.asks_what_follows(q):
        return hits
    return _first_saying(index, hits, consequence_like)


def _first_saying(index, hits: list, says) -> list:
    """The hits with the first that matches as well as the best one and whose passage `says` moved first."""
    for i, hit in enumerate(hits):
        if hit.coverage < hits[0].coverage:
            break
        if says(index.passages[hit.pid].text):
            return [hit, *hits[:i], *hits[i + 1:]]
    return hits


def _receivers_deed_first(index, q: Question, hits: list) -> list:
    """'Hvad gør X, når de har fået listen?', 'hvad sker der, når X har fået listen?': what the party does
    once it has the thing is the sentence that opens on that party ('X opretter banerne inden for 5 dage
    efter modtagelsen'), not the one that sends the thing to it ('Listen sendes til X senest ...'); where
    only the sending sentence is a hit, the sentence right after it that says what then is done is read
    with it."""
    if q.yesno or not RECEIVED.search(q.text):
        return hits
    named = {t.surface.casefold() for t in q.tokens[1:] if t.surface[:1].isupper()}
    if not named:
        return hits
    for i, hit in enumerate(hits):
        if _opens_on(index.passages.text_of(hit.pid), named):
            return [hit, *hits[:i], *hits[i + 1:]]
    for i, hit in enumerate(hits):
        after = hit.pid + 1
        if after < len(index.passages) and index.passage_task[after] == hit.task and \
                index.passages.field_of(after) == index.passages.field_of(hit.pid) and \
                _after_receipt(index.passages.text_of(hit.pid), index.passages.text_of(after), named):
            return [replace(hit, pid=after, context=hit.pid), *hits[:i], *hits[i + 1:]]
    return hits


def _after_receipt(sent: str, after: str, named: set[str]) -> bool:
    """Whether a sentence says what is done once the party the sentence before sends a thing to has it: it
    opens on that party, the one the question names as receiver ('Listen sendes til X ... X opretter ...',
    not '... til KOMBIT og til Y ... Y opsætter dem' for 'når KOMBIT har modtaget listen?'), or counts
    from the receipt ('... monteres inden for 10 dage efter modtagelsen')."""
    receivers = {m.group(1).casefold() for m in re.finditer(r"\b(?:til|to)\s+([^\W\d_][\w-]*)", sent)} & named
    if not receivers:
        return False
    return _opens_on(after, receivers) or bool(_RECEIPT.search(after))


# what a time is counted from: the thing's arrival ('efter modtagelsen', 'after receipt')
_RECEIPT = re.compile(r"\b(?:efter\s+modtagelsen|after\s+(?:receipt|receiving))\b", re.I)


def _opens_on(text: str, named: set[str]) -> bool:
    """Whether a sentence opens on a name the question writes ('Snorværk Systemer opretter ...')."""
    first = re.match(r"\W*([^\W\d_][\w-]*)", text)
    return bool(first and first.group(1)[:1].isupper() and first.group(1).casefold() in named)


def _project_said(q: Question, text: str) -> set[int]:
    """The question's words naming the project that the text says, if only by the head of the project's
    compound name ('Kioskerne leveres af X' in a task of the project Selvbetjeningskiosker): the sentence
    speaks of the thing the project is, not only of something the question also asks ('leveres')."""
    said = content_keys(text)
    headed = {p for p in q.project_pos if any(k.endswith(s) and len(s) >= _PART and len(k) - len(s) >= _PART
                                              for k in q.tokens[p].keys for s in said)}
    return headed | _named_with_project(q, text)


def _named_with_project(q: Question, text: str) -> set[int]:
    """The question's project words that are part of a name the text writes as the question does: 'sælens
    dag' - 'Sælens Dag holdes ...' in the project Fælles Sæl names the day, not only the project."""
    folded = text.casefold()
    out: set[int] = set()
    for p in q.project_pos:
        for a, b in ((p - 1, p), (p, p + 1)):
            if a < 0 or b >= len(q.tokens) or q.tokens[a].role != "word" or q.tokens[b].role != "word":
                continue
            phrase = f"{q.tokens[a].surface} {q.tokens[b].surface}".casefold()
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
                out.add(p)
    return out


_PART = 3  # letters: the shortest stem of a compound's head ('hyt' of 'Hytterne') or of its modifier


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


# A Danish passive with its agent ('godkendes af', 'underskrives af'), or an English one ('approved by').
AGENT = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+af\b|\b[a-z]{3,}ed\s+by\b", re.IGNORECASE)
# Words of a 'hvem' question that name the relation asked about: supplier, executor, signer, ...
RELATIONS = frozenset({"fact", "executor", "responsible", "sign"})


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


def _lists_asked(q: Question, passage, hit) -> bool:
    """Whether a list's intro ('Udstyret til hver bane består af:') says all the question asks about, so
    that its items, not its own words, are what it tells."""
    if not passage.whole or not passage.text.endswith(":") or passage.field == "title":
        return False
    # ('hvad står der i cachereglerne?': 'Cachereglerne:' names the paper whose text its items are)
    return {t.pos for t in q.content()} <= hit.explained or \
        ((paper := asks_text_of(q)) is not None and introduces_paper(passage.text, paper))


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
