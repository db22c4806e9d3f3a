"""How many: the steps of a task ('hvor mange trin har 2102?'), the items of a list the text introduces
('hvor mange underdatabehandlere nævnes?' - 'Underdatabehandlere:' and three lines), and a count the
text gives in a word the grader of a number would miss ('Begge serviceaftaler' is two)."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.lexicon import FRACTION_WORDS
from knowledge.morphology import derivations
from knowledge.passages import ITEM, bare_list
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.claimed_values import NUMBER_WORDS
from knowledge.qa.intents.facts import row_header
from knowledge.qa.intents.yesno import stated_counts
from knowledge.qa.messages import counted as counted_message
from knowledge.qa.messages import text as message
from knowledge.qa.titles import named_positions, title_positions
from knowledge.qa.types import Expect
from knowledge.retrieval import title_keys
from knowledge.units import length_pattern
from knowledge.wording import quote

# 'hvor mange trin', 'how many steps': the steps of the task, counted
_STEP_KEYS = frozenset(key(w) for w in ("trin", "step", "steps", "skridt"))
# 'hvor mange X nævnes / er nævnt / står der / findes / er der', 'how many X are listed / mentioned':
# the items of the text's list of X, counted
_LISTED = re.compile(r"\b(nævn\w*|står|stå|findes|er der|listed|mentioned|named|are there|does .+ list)\b",
                     re.IGNORECASE)
_HOW_MANY = re.compile(r"\b(?:hvor mange|how many)\s+", re.IGNORECASE)
_BOTH = re.compile(r"\b(begge|both)\s+([\wæøåÆØÅ-]+)", re.IGNORECASE)


def counts(ctx: Context) -> list[Candidate]:
    q = ctx.q
    if q.step is not None or q.expects not in (Expect.COUNT, Expect.TIME):
        return []
    refs = q.ref_positions()
    # 'hvor mange dage varer testen?', 'hvor mange år gælder aftalen?': 'over to dage', 'i tre år'
    unit = [t for i, t in enumerate(q.tokens[2:], 2) if _UNIT.fullmatch(t.surface)
            and q.tokens[i - 1].surface.casefold() in ("mange", "many")]
    if unit and _HOW_MANY.search(q.text):
        return _stated(ctx, unit, refs) or _span(ctx, refs)
    if q.expects is Expect.TIME:
        return _span(ctx, refs) if _LENGTH_ASKED.search(q.text) and not _POINT_ASKED.search(q.text) else []
    counted = _counted(q)
    if not counted:
        return []
    if any(k in _STEP_KEYS for t in counted for k in t.keys):
        return _steps(ctx, counted, refs)
    out = _both(ctx, counted, refs) + _stated(ctx, counted, refs)
    out += [] if out else (_enumerated(ctx, counted, refs) or _object_list(ctx, counted, refs))
    out += _listed(ctx, counted, refs, asked=bool(_LISTED.search(q.text)))
    out += _rows(ctx, counted, refs)
    return out


# the units a 'hvor mange' asks a length in
_UNIT = re.compile(length_pattern(), re.IGNORECASE)
# a count in words a number would not match: 'et par nøglepersoner', 'a couple of testers'
_FEW = re.compile(r"\b(?:et par|nogle få|a couple of|a few)\s+([a-zæøå-]{3,})", re.IGNORECASE)


# a present passive: 'monteres', 'udskiftes' (not the -s of a genitive, nor a noun in -ses: 'processes')
_PASSIVE = re.compile(r"[^\W\d_]{3,}[^\W\d_s]es", re.IGNORECASE)


def _counted(q) -> list:
    """What 'hvor mange' counts: the word after it, or the two when the first is an adjective ('lokale
    administratorer'); a verb ('nævnes') ends it."""
    if _HOW_MANY.search(q.text) is None:
        return []
    after = [t for t in q.tokens if t.surface.casefold() not in ("hvor", "mange", "how", "many")
             and t.role == "word" and t.weight > 0]
    out = []
    for t in after[:2]:
        if _LISTED.fullmatch(t.surface) or (out and (not out[-1].surface.casefold().endswith("e")
                                                     or t.pos != out[-1].pos + 1
                                                     or _PASSIVE.fullmatch(t.surface))):
            break  # 'hvor mange brugere kan en lokal administrator ...' counts users; 'hvor mange bydele
            # monteres der i?' counts bydele (a passive after a plural in -e is no noun it qualifies)
        out.append(t)
    return out


def _names(tok, text: str) -> bool:
    """The counted word (as written or as the glossary reads it) stands in the text."""
    said = content_keys(text)
    return any(same_thing(k, said) for k in (*tok.keys, *content_keys(tok.surface)))


def _tasks(ctx: Context, handled: set[int]) -> tuple[list[int], set[int]]:
    tasks, via = scope(ctx, handled)
    return tasks[:1] if len(tasks) == 1 else [], via


def _steps(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    q = ctx.q
    handled = {t.pos for t in counted} | refs | q.concept_positions("step", "method", "task")
    tasks, via = _tasks(ctx, handled)
    if not tasks or not ctx.task(tasks[0]).method_steps:
        return []
    task = ctx.task(tasks[0])
    n = len(task.method_steps)
    head = counted_message("count_steps", ctx.lang, n, task=task.id, n=n)
    lines = "\n".join(quote(f"{s.number}. {s.text}", ctx.lang) for s in task.method_steps)
    explained = handled | via | title_positions(ctx.index, q, tasks[0]) | _verbs(q)
    return [Candidate("count", f"{head}\n{lines}", tasks, explained, prior=0.95)]


def _verbs(q) -> set[int]:
    """'har', 'er der', 'består ... af', 'have', 'are there': words that only frame a count of steps."""
    return {t.pos for t in q.tokens if t.key in _FRAMING}


_FRAMING = frozenset(key(w) for w in ("har", "have", "has", "består", "indeholder", "contain", "contains",
                                      "opgave", "opgaven", "task"))


def _listed(ctx: Context, counted, refs: set[int], *, asked: bool = True) -> list[Candidate]:
    """The list whose intro names what is counted, in the one task the question is about; unless the
    question asks what is listed ('nævnes'), the intro ends with it ('gennemgå følgende registre:')."""
    index, q = ctx.index, ctx.q
    head = counted[-1]
    listed = [t for t in q.tokens if _LISTED.fullmatch(t.surface)]
    for t in listed:  # 'nævnes' is understood: it asks for the list
        t.match = max(t.match, 1.0)
    handled = {t.pos for t in counted} | refs | {t.pos for t in listed}
    tasks, via = _tasks(ctx, handled)
    if not tasks and not ({t.pos for t in q.content()} - handled - q.project_pos):
        tasks = _listing_task(ctx, head)  # 'hvor mange ravregler er der?': no task named, no other word
    if not tasks:
        return []
    for pid in index.task_passage_ids(tasks[0]):
        listed_here = _list_of(index, pid, tasks[0])
        if listed_here is None:
            continue
        intro, items = listed_here
        each = _each_one(q, head, intro)
        if not _names(head, intro if asked else " ".join(intro.split()[-3:])) and \
                not _introduced(head, intro) and not each:
            continue
        if _about(head, intro) or _points_elsewhere(head, intro):
            continue  # 'Fakta om cyklerne:' lists facts about the bikes, not the bikes ('Frivillige skal
            # medbringe følgende:' what they bring)
        if len(items) < 2:
            continue
        noun = next((w for w in reversed(re.findall(r"[^\W\d_][\w-]*", intro))
                     if _names(head, w)), "")  # 'Opgaven nævner 5 registre:'
        said = message("count_listed", ctx.lang, n=len(items), noun=f" {noun}" if noun else "")
        text = said + "\n" + quote("\n".join([intro, *items]), ctx.lang)
        explained = handled | via | title_positions(index, q, tasks[0]) | each
        # an intro that points at its items as the counted thing ('med disse kolonner:') is as sure as a
        # question asking what is listed
        sure = asked or _introduced(head, intro)
        return [Candidate("count", text, tasks, explained, prior=0.92 if sure else 0.85)]
    return []


def _list_of(index, pid: int, task: int) -> tuple[str, list[str]] | None:
    """The list a passage introduces: its intro (ending ':') and items, from the passage's own list or,
    for a passage run together with bare lines after its intro, from those lines (passages.bare_list)."""
    passage = index.passages[pid]
    if passage.whole:
        intro = passage.whole.split("\n", 1)[0]
        if not intro.endswith(":") or intro != passage.text:
            return None
        return intro, [line for line in passage.whole.split("\n")[1:] if line.strip()]
    return bare_list(index.tasks[task], passage)


def _each_one(q, head, intro: str) -> set[int]:
    """'hvor mange oplysninger skal listen have om hver roer?' and 'Rorlisten har for hver frivillig roer:':
    a count of what a list gives (its oplysninger, punkter, felter) per one thing, whose intro gives its items
    per the same thing, counts the items. The positions of 'hver' and the thing (none when the counted word
    names no item of a list, or the intro's one is another)."""
    if not _ITEM_NOUN.fullmatch(head.surface.casefold()):
        return set()
    words = re.findall(r"[^\W\d_][\w-]*", intro)
    per = [i for i, w in enumerate(words) if w.casefold() in _EACH]
    for t in q.tokens:
        if t.surface.casefold() not in _EACH or t.pos + 1 >= len(q.tokens):
            continue
        one = q.tokens[t.pos + 1]
        if any(_names(one, w) for i in per for w in words[i + 1:i + 3]):
            return {t.pos, one.pos}
    return set()


# The nouns for what a list gives of each thing, not a thing of their own ('oplysninger', 'punkter', 'felter')
_ITEM_NOUN = re.compile(r"(?:oplysning|information|punkt|felt|element|detalje|item|field|detail|"
                        r"piece)(?:er|erne|en|ne|s)?")
_EACH = frozenset("hver hvert each per pr".split())


def _listing_task(ctx: Context, head) -> list[int]:
    """The one task with a list whose intro opens with the counted thing as its subject ('Ravreglerne gælder
    for alle skoleklasser på ravtur:' and three rules), for a count that names nothing else ('hvor mange
    ravregler er der?'); none when no task or several have one."""
    index, q = ctx.index, ctx.q
    pids = {p for k in head.keys for p in index.postings.get(k, ())[:_MAX_PASSAGES]}
    found = set()
    for pid in pids:
        passage = index.passages[pid]
        task = index.passage_task[pid]
        first = re.match(r"[^\W\d_][\w-]*", passage.text)
        if q.allows(task) and passage.whole and passage.whole.split("\n", 1)[0] == passage.text and \
                passage.text.endswith(":") and first is not None and _names(head, first.group(0)) and \
                not _points_elsewhere(head, passage.text):
            found.add(task)
    return sorted(found) if len(found) == 1 else []


def _points_elsewhere(head, intro: str) -> bool:
    """Whether the intro points at its items as another thing than its subject ('Frivillige skal medbringe
    følgende:' lists what the volunteers bring, not volunteers)."""
    words = re.findall(r"[^\W\d_][\w-]*", intro)
    return any(w.casefold() in _POINTING and not (i + 1 < len(words) and _names(head, words[i + 1]))
               and not (i > 0 and words[i - 1].casefold() in _BE)  # ('Hjælperne er følgende:' lists them)
               for i, w in enumerate(words))


_BE = frozenset("er var bliver blev is are was were".split())


# The words that point a list intro's noun at the items below it: 'Følgende oplysninger registreres ...:'
_POINTING = frozenset("følgende nedenstående disse these following".split())


def _introduced(head, intro: str) -> bool:
    """Whether the intro points at its items as the counted thing wherever it names it ('Følgende
    oplysninger registreres for hvert værk:' lists oplysninger)."""
    return _named_after(head, intro, _POINTING)


def _named_after(head, intro: str, before: frozenset[str]) -> bool:
    """Whether the intro names the counted thing right after one of the words `before`."""
    words = re.findall(r"[^\W\d_][\w-]*", intro)
    return any(_names(head, w) and i > 0 and words[i - 1].casefold() in before for i, w in enumerate(words))


# A preposition before the named thing makes a list intro a list about it: 'Fakta om cyklerne:'.
# ... and a word of each before it a list of things per one of it: 'Følgende oplysninger ... for hvert værk:'.
_ABOUT = frozenset("om vedrørende vedr angående about on regarding concerning hver hvert each per pr".split())


def _about(head, intro: str) -> bool:
    """Whether the intro names what is counted only after 'om' ('Fakta om cyklerne:'): its items are
    facts about the thing, not things of its kind."""
    return _named_after(head, intro, _ABOUT)


def _rows(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    """'hvor mange kosttyper er der?': the rows of the one table whose header over the row names names
    what is counted ('Kosttype' over 'Normalkost', 'Diabeteskost', 'Energitæt kost': three)."""
    index, q = ctx.index, ctx.q
    head = counted[-1]
    by_key = _table_rows(index)
    found: dict[tuple[int, str], list[str]] = {}
    for k in {*head.keys, *content_keys(head.surface)}:
        for task, header, row in by_key.get(k, ()):
            if q.allows(task) and _names(head, header):
                rows = found.setdefault((task, header), [])
                if row not in rows:
                    rows.append(row)
    tables = [(at, rows) for at, rows in found.items() if len(rows) >= 2]
    if len(tables) != 1:
        return []  # no table of them, or several: which one is asked about is not said
    (task, header), rows = tables[0]
    said = message("count_listed", ctx.lang, n=len(rows), noun=f" {head.surface}")
    text = said + "\n" + "\n".join(quote(row, ctx.lang) for row in rows)
    explained = {t.pos for t in counted} | refs | title_positions(index, q, task) | _verbs(q) | \
        named_positions(index, q, task) | _said_with(index, q, task, head)
    return [Candidate("count", text, [task], explained, prior=0.85)]


def _said_with(index, q, task: int, head) -> set[int]:
    """The question's words a passage of the task says together with the counted thing ('Målerne
    monteres bydel for bydel efter denne plan:' over the table, for 'hvor mange bydele monteres der i?')."""
    out: set[int] = set()
    for pid in index.task_passage_ids(task):
        text = index.passages[pid].text
        if _names(head, text) and not _narrowed_only(head, text):
            said = content_keys(text)
            out |= {t.pos for t in q.content() if any(k in said for k in t.keys)}
    return out


def _narrowed_only(head, text: str) -> bool:
    """Whether the sentence says the counted thing only narrowed, by an adjective before it or as a
    compound's head ('Ubetalte pladser frigives ...', 'Gæstepladser bookes ...' for 'hvor mange pladser
    frigives?'): what it says is of some of them, not of the table's rows, so its words do not make the
    rows' count the count asked."""
    words = _SENTENCE_WORD.findall(text)
    bare = [i for i, w in enumerate(words) if key(w.casefold()) in head.keys]
    # (the sentence's first word is capitalised: 'Ubetalte pladser ...')
    return not any(i == 0 or not _NARROWING.fullmatch(words[i - 1].casefold() if i == 1 else words[i - 1])
                   for i in bare)


_SENTENCE_WORD = re.compile(r"[^\W_][\w-]*")
# a lower-case word of five letters or more before a noun, no number or stop word: an adjective that says
# which of the things ('ubetalte', 'faste', 'digitale'); 'disse', 'alle', 'de' say all of them
_NARROWING = re.compile(r"(?!(?:disse|alle|andre|nogle|flere|mange|begge|these|other|their|those)$)"
                        r"[a-zæøå]{5,}")


def _table_rows(index) -> dict[str, list[tuple[int, str, str]]]:
    """Table rows by the keys of the header over their names: key -> (task, header, row name); built on
    first use and kept with the (read-only) index."""
    found = index.__dict__.get("_table_rows")
    if found is None:
        found = {}
        for entry in index.facts:
            if not entry.cell:
                continue
            header = row_header(index, entry)
            for k in content_keys(header):
                found.setdefault(k, []).append((entry.task, header, entry.fact.subject))
        index.__dict__["_table_rows"] = found
    return found


def _both(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    """'Begge serviceaftaler skal godkendes' answers 'hvor mange serviceaftaler skal godkendes?': two."""
    index, q = ctx.index, ctx.q
    head = counted[-1]
    pids = {p for k in head.keys for p in index.postings.get(k, ())[:_MAX_PASSAGES]}
    out = []
    for pid in sorted(pids):
        task = index.passage_task[pid]
        text = ITEM.sub("", index.passages[pid].text)
        m = _BOTH.search(text)
        if not q.allows(task) or m is None or not (_names(head, m.group(2)) or _both_before(head, text, m)):
            continue
        said = content_keys(text)
        explained = {t.pos for t in q.content() if any(k in said for k in t.keys)} | refs
        explained |= title_positions(index, q, task)
        # after the verb, the count is said with its noun: '2 legater – ...'
        said_as = "2 – " if _names(head, m.group(2)) else f"2 {head.surface.casefold()} – "
        out.append(Candidate("count", said_as + quote(text, ctx.lang), [task], explained, prior=0.9))
    return out


# A run of names a noun introduces in its sentence: 'hockeyklubberne Torvets IK, Nordby Hockey og
# Vikingerne', 'Plejecentrene er Solbakken, Egelund og Lindely', 'tre steder: Rådhuset, Biblioteket i
# Nørreby og ...'; a name is capitalised words, a lower-case word only between two of them ('i Nørreby').
_NAME = r"[A-ZÆØÅ][\w&.-]*(?:\s+(?:[a-zæøå]{1,3}\s+)?[A-ZÆØÅ][\w&.-]*)*"
_ENUMERATION = re.compile(rf"(?P<noun>[^\W\d_][\w-]*)(?:\s*:|\s+(?:er|var|is|are))?\s+"
                          rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+(?:og|samt|and)\s+{_NAME})")
_NAMES_APART = re.compile(r",\s+|\s+(?:og|samt|and)\s+")


def _enumerated(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    """'hvor mange hockeyklubber kan leje isen?' - '... lejes af hockeyklubberne Torvets IK, Nordby
    Hockey og Vikingerne': the names the text lists after the counted noun, counted, when the sentence
    (or its task) says the rest of the question, in one task only."""
    index, q = ctx.index, ctx.q
    head = counted[-1]
    pids = {p for k in head.keys for p in index.postings.get(k, ())[:_MAX_PASSAGES]}
    found = []
    for pid in sorted(pids):
        task = index.passage_task[pid]
        if not q.allows(task) or index.passages[pid].field == "title":
            continue
        text = ITEM.sub("", index.passages[pid].text)
        for m in _ENUMERATION.finditer(text):
            if not _names(head, m.group("noun")):
                continue
            n = len(_NAMES_APART.split(m.group("names")))
            said = content_keys(text)
            explained = {t.pos for t in q.content() if any(_alike(k, said) for k in t.keys)} | refs
            explained |= {t.pos for t in counted} | title_positions(index, q, task)
            rest = [t for t in q.content() if t.pos not in explained and t.weight > 0.1]
            if not all(_said_elsewhere(index, task, t, said, named=bool(q.tasks), verb=_after_modal(q, t))
                       for t in rest):
                continue
            line = f"{n} {head.surface.casefold()} – " + quote(text, ctx.lang)
            found.append(Candidate("count", line, [task], explained | {t.pos for t in rest}, prior=0.9))
            break
    return found if len({c.tasks[0] for c in found}) == 1 else []


# The things a sentence lists right after the question's verb, to the end of its clause: 'Ansøgningen skal
# vedlægges en lægeerklæring og et portrætfoto', 'Den skal indeholde saltforbruget, antallet af udkald og
# borgernes klager' (a subject may stand between: 'Sammen med aftalen sender kommunen A, B og C')
# (not after a preposition: 'lejes af roklubberne X, Y og Z' names who does it, not what)
_OBJECT_LIST = re.compile(r"(?:\s+(?:kommunen|vi|man|I|de|den|det))?\s+"
                          r"(?!(?:og|samt|eller|and|or|af|til|med|fra|hos|for|i|på|om|ved|via|efter|før|inden|over|under|mod|"
                          r"uden)\b)"
                          r"(?P<items>[^.;:!?()–—]+?)\s*(?:[.;!?]|$)")
_ITEMS_APART = re.compile(r"(?<!-),\s+|(?<!-)\s+(?:og|samt|and)\s+")
# a word that makes an item a clause of its own, not a thing: a verb, a conjunction, an object pronoun
# ('opretter brugere og tildeler dem roller' joins two deeds)
_CLAUSE_WORD = re.compile(r"\b(?:skal|kan|må|bør|vil|er|bliver|blev|var|har|hvis|når|som|der|hvor|men|at|"
                          r"eller|dem|sig|ham|hende|os|jer|is|are|must|can|will|which|who|or|them|it)\b",
                          re.IGNORECASE)
# 'scannes og overføres ...': deeds, not things ('borgernes klager' is whose: a genitive plural)
_PASSIVE_FIRST = re.compile(r"^(?![a-zæøå]*(?:ernes|enes)\b)[a-zæøå]{3,}[^s]es\b")
_MAX_ITEM_WORDS = 5
_HOW_MANY_NOUN = re.compile(_HOW_MANY.pattern + r"([^\W\d_][\w-]*)", re.IGNORECASE)  # the noun counted


def _object_list(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    """'hvor mange bilag skal vedlægges ansøgningen?' - 'Ansøgningen skal vedlægges en lægeerklæring og
    et portrætfoto': the things the one task's sentence lists as the object of the question's verb,
    counted, when the question's other words are said there or in the task."""
    index, q = ctx.index, ctx.q
    if q.lang != "da":
        return []  # an English question's verb is read through a translation: no word to find the list by
    handled = {t.pos for t in counted} | refs
    tasks, via = _tasks(ctx, handled)
    if not tasks:
        return []
    task = tasks[0]
    anchors = [t for t in q.content() if t.pos not in handled and _verb_asked(q, t)]
    found = []
    for pid in index.task_passage_ids(task):
        if index.passages[pid].field == "title":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", ITEM.sub("", index.passages[pid].text)):
            if _counted_in(sentence) or any(_names(t, sentence) for t in counted):
                continue  # a count in numbers is _stated's; a sentence that names the counted thing
                # lists other things ('planlægger kørsel af elever til folkeskoler og specialskoler')
            n = _listed_after(sentence, anchors)
            if n is None:
                continue
            said = content_keys(sentence)
            explained = {t.pos for t in q.content() if any(_alike(k, said) for k in t.keys)} | handled
            explained |= via | title_positions(index, q, task)
            rest = [t for t in q.content() if t.pos not in explained and t.weight > 0.1]
            if all(_said_elsewhere(index, task, t, said, named=bool(q.tasks), verb=_after_modal(q, t))
                   for t in rest):
                noun = _HOW_MANY_NOUN.search(q.text)  # as asked, 'ting' too (a stop word for the rest)
                line = f"{n} {noun.group(1).casefold() if noun else ''} – ".replace("  ", " ") + \
                    quote(sentence, ctx.lang)
                found.append(Candidate("count", line, [task], explained | {t.pos for t in rest}, prior=0.85))
    return found if len(found) == 1 else []  # two lists in one task: which one is asked, it does not say


def _verb_asked(q, tok) -> bool:
    """A word in a verb's place: a passive ('sendes', 'registreres') or an infinitive after a modal
    ('skal vedlægges', 'skal rapporten indeholde'), not the thing a list comes after ('for hvert værk')."""
    word = tok.surface.casefold()
    modal = any(t.surface.casefold() in _MODALS for t in q.tokens[:tok.pos])
    # (after an article a word is a noun: 'skal en klage indeholde' has its verb last)
    article = tok.pos > 0 and q.tokens[tok.pos - 1].surface.casefold() in _ARTICLES
    return bool(_PASSIVE_FIRST.match(word)) or \
        (modal and not article and word.endswith("e") and not word.endswith("ene"))


_ARTICLES = frozenset({"en", "et", "a", "an", "the"})


def _listed_after(sentence: str, anchors) -> int | None:
    """How many things the sentence lists after a word of the question (its verb), to the clause's end:
    two or more short noun phrases joined by commas and a last 'og'; None when there is no such list."""
    for w in re.finditer(r"[^\W\d_][\w-]*", sentence):
        said = content_keys(w.group())
        if not said or not any(_alike(k, said) for t in anchors for k in t.keys):
            continue
        m = _OBJECT_LIST.match(sentence, w.end())
        if m is None or not re.search(r"\s(?:og|samt|and)\s", m.group("items")):
            continue
        items = _ITEMS_APART.split(m.group("items"))
        if len(items) >= 2 and all(0 < len(i.split()) <= _MAX_ITEM_WORDS and not _CLAUSE_WORD.search(i)
                                   and not _PASSIVE_FIRST.match(i) for i in items):
            return len(items)
    return None


def _both_before(head, text: str, m: re.Match) -> bool:
    """'Handelsstandens Legat og Skipper Lunds Mindelegat har begge midler ...': 'begge' after the verb
    counts the two things its clause joins by 'og', when one of them is what is counted."""
    clause = re.split(r"[.;:!?]\s", text[:m.start()])[-1]
    joined = re.search(r"\s(?:og|and)\s", clause)
    return joined is not None and len(clause.split()) <= 12 and \
        any(_names(head, w) for w in re.findall(r"[^\W\d_][\w-]*", clause))


_MAX_PASSAGES = 500  # a word in more passages than this names nothing in particular


def _stated(ctx: Context, counted, refs: set[int]) -> list[Candidate]:
    """A sentence that counts what is asked about ('Kommunen har mindst to brugeradministratorer',
    '2. Opret tre testbyggesager'), however few other words of the question it repeats: the count
    is what was asked."""
    index, q = ctx.index, ctx.q
    head = counted[-1]
    heads = (*head.keys, *content_keys(head.surface))
    pids = {p for k in heads for p in index.postings.get(k, ())[:_MAX_PASSAGES]}
    pids |= {p for h in _compound_heads(index, heads) for p in index.postings.get(h, ())[:_MAX_PASSAGES]
             if set(heads) & title_keys(ctx.task(index.passage_task[p]).title)}
    out, elsewhere = [], []
    for pid in sorted(pids):
        task = index.passage_task[pid]
        text = ITEM.sub("", index.passages[pid].text)
        if not q.allows(task) or index.passages[pid].field == "title":
            continue
        counted_in = _counted_in(_step_count(q, text) if index.passages[pid].field == "step" else text)
        if not set(heads) & counted_in and not _head_of_titled(heads, counted_in, ctx.task(task).title):
            continue  # the same thing counted: 'brugere' is not 'testbrugere'
        said = content_keys(text)
        explained = {t.pos for t in q.content() if any(_alike(k, said) for k in t.keys)} | refs
        explained |= {t.pos for t in counted} | title_positions(index, q, task) | _at_once(q, text)
        rest = [t for t in q.content() if t.pos not in explained and t.weight > 0.1
                and "duration" not in t.concepts]  # 'varer', 'tager' frame a length
        if not rest:
            own = sum(_said_share(t, said) for t in q.content())
            out.append((own, Candidate("count", quote(text, ctx.lang), [task], explained, prior=0.92)))
        elif all(_said_elsewhere(index, task, t, said, named=bool(q.tasks), verb=_after_modal(q, t))
                 or _told_of(q, index, task, t, said) for t in rest):
            elsewhere.append((pid, Candidate("count", quote(text, ctx.lang), [task],
                                             explained | {t.pos for t in rest}, prior=0.8)))
    if out:  # the count whose own words say what is asked ('KP-systemansvarlig: 1 person'), not its title
        best = max(own for own, _ in out)
        return [c for own, c in out if own >= best - 1e-9]
    # 'Testen gennemføres af 3 sagsbehandlere' for 'hvor mange sagsbehandlere skal deltage i
    # slutbrugertesten?' in the task that says the rest: its only count of them ('ti sager' to test
    # and 'fem sager' to handle in one task are a count of the same thing for another purpose)
    tasks = {c.tasks[0] for _, c in elsewhere}
    return [c for _, c in elsewhere] if len(elsewhere) == len(tasks) == 1 else []


def _at_once(q, text: str) -> set[int]:
    """The position of 'ad gangen' / 'samtidig' / 'at a time' (one word in the glossary) when the text counts
    per one occasion ('Udlån: 12 kikkerter og 3 stativer pr. lån', 'højst 8 ad gangen'): what is had at once
    is what each one gets ('hvor mange kikkerter kan man låne ad gangen?')."""
    if not _PER_ONE.search(text):
        return set()
    return {t.pos for t in q.content() if _AT_ONCE_KEY in t.keys}


_AT_ONCE_KEY = key("samtidig")
# a count per one occasion or thing: 'pr. lån', 'per booking', 'ad gangen', 'samtidig', 'at a time'
# (not a price per unit, '30 kroner pr. person', which counts no thing had)
_PER_ONE = re.compile(r"\d[\w.]*\s+(?!(?:kr\b|kr\.|kroner|dkk|euro)\b)(?:[^\W\d_][\w-]*\s+){0,5}?"
                      r"(?:(?:pr\.?|per)\s+[^\W\d_]|ad gangen\b|"
                      r"samtidig\w*|på (?:én|en) gang\b|at a time\b|at once\b)", re.IGNORECASE)


# A method step opens with its imperative ('Oplær 5 fritidskonsulenter', 'Kontrollér 200 stikprøver'): a
# verb, not the name a number after a capital word is the version of ('Windows 11').
_STEP_VERB = re.compile(r"^\s*([^\W\d_]+)\s+(?=\d)")


def _step_count(q, text: str) -> str:
    """A step's text without its imperative when the question asks that deed ('hvor mange
    fritidskonsulenter skal oplæres?' - 'Oplær 5 fritidskonsulenter'); else as it is: 'Kontroller 10
    journaler' counts the journals checked, not those moved ('hvor mange journaler skal flyttes?')."""
    m = _STEP_VERB.match(text)
    if m is None:
        return text
    verb = content_keys(m.group(1))
    asked = any(_alike(k, verb) for t in q.content() for k in t.keys if t.role == "word")
    return text[m.end():] if asked else text


def _compound_heads(index, heads) -> set[str]:
    """The heads the tasks write alone of the asked compounds ('vark' of 'kunstvark')."""
    return {k[i:] for k in heads for i in range(2, len(k) - 3) if k[i:] in index.postings}


def _head_of_titled(heads, counted: set[str], title: str) -> bool:
    """Whether the text counts the asked compound by its head alone ('420 værker' for 'kunstværker') in
    the task whose title names the compound ('Registrering af kunstværker'): its own thing, said short."""
    short = {h for h in counted if len(h) >= 4 and any(k != h and k.endswith(h) for k in heads)}
    return bool(short) and bool(set(heads) & title_keys(title))


def _said_share(tok, said: set[str]) -> float:
    """How much of a question's word a sentence says: all of it in its own form, half when only another
    reading of it ('vikarpuljen' read as 'vikar' too) is said - 'Vikarpuljen består af 140 vikarer' says
    more of 'hvor mange vikarer er der i vikarpuljen?' than '... fem vikarer på sin favoritliste'."""
    if _alike(tok.key, said):
        return tok.weight
    return tok.weight / 2 if any(_alike(k, said) for k in tok.keys) else 0.0


def _after_modal(q, tok) -> bool:
    """'skal deltage', 'må oprette': the verb of what is counted, not a thing that qualifies it."""
    return tok.pos > 0 and q.tokens[tok.pos - 1].surface.casefold() in _MODALS


_MODALS = frozenset("skal må kan bør vil skulle kunne shall must can should will may".split())


def _said_elsewhere(index, task: int, tok, said: set[str], *, named: bool, verb: bool) -> bool:
    """A word of the question the count's sentence leaves out but its task says: a verb ('deltage'),
    a compound the sentence names by its head ('slutbrugertesten' - 'Testen'), any word of a task the
    question names; never another kind of the thing the sentence counts for ('produktionsmiljøet' -
    'testmiljøet')."""
    if not any(index.task_has(task, k) for k in tok.keys) or _contrasts(tok.keys, said):
        return False
    headed = any(k[-n:] in said for k in tok.keys for n in range(4, len(k) - 2))
    titled = bool(set(derivations(tok.surface.casefold())) & title_keys(index.tasks[task].title))
    # a name the task's goal says is what the whole task is about ('... kan betjene VoltPark')
    system = tok.surface[:1].isupper() and bool(set(tok.keys) & content_keys(index.tasks[task].goal or ""))
    return named or headed or titled or verb or system  # 'afprøvningen' of the task 'Afprøv ...'


def _told_of(q, index, task: int, tok, said: set[str]) -> bool:
    """A definite noun after a preposition of place or time ('deltager i ordningen', 'efter
    migreringen') points at what the count's task has told of: the setting of the count, said elsewhere
    in the task; not what is counted or measured ('registreringen af ...')."""
    before = q.tokens[tok.pos - 1].surface.casefold() if tok.pos > 0 else ""
    return before in _SETTING and _DEFINITE.search(tok.surface.casefold()) is not None and \
        any(index.task_has(task, k) for k in tok.keys) and not _contrasts(tok.keys, said)


# prepositions of a count's setting, not of what it is of ('af', 'om', 'for' are)
_SETTING = frozenset("i efter under før inden ved på in after during before at".split())
# a definite noun's ending: 'ordningen', 'migreringen'; not a bare noun in -en (too many other words end so)
_DEFINITE = re.compile(r"[^\W\d_]{4,}(?:ingen|elsen|heden|erne)$")


def _contrasts(keys: tuple[str, ...], said: set[str]) -> bool:
    """Whether the text says another kind of the asked thing: 'testmiljøet' where the question asks
    about 'produktionsmiljøet' (the same head, another first part); 'Testen' for 'slutbrugertesten' is
    the thing itself."""
    for k in keys:
        for s in said:
            if s == k or len(s) < 6 or len(k) < 6:
                continue
            common = next((n for n in range(min(len(s), len(k)) - 1, 3, -1) if s[-n:] == k[-n:]), 0)
            if common >= 4 and len(s) > common and len(k) > common and not _ending_only(s[-common:]):
                return True
    return False


def _ending_only(tail: str) -> bool:
    """Whether two words share only a derivational ending and a letter before it, no head word
    ('idrætsforening' and 'ordning' share 'ning'; 'testmiljø' and 'produktionsmiljø' share 'miljø')."""
    return any(tail.endswith(e) and len(tail) - len(e) <= 1 for e in _ACT_ENDINGS)


_ACT_ENDINGS = ("ning", "ering", "ing", "else", "ende", "hed", "skab")


def _counted_in(text: str) -> set[str]:
    """The keys of what the text counts, in numbers or in words ('tre bilag', 'et par nøglepersoner')."""
    return set(stated_counts(text)) | {key(m.group(1).casefold()) for m in _FEW.finditer(text)}


def _alike(k: str, said: set[str]) -> bool:
    """The same word, or one the stemmer cut shorter in another form ('Opret' -> 'opr', 'oprettes' ->
    'opret')."""
    return same_thing(k, said) or any(len(s) >= 3 and len(k) >= 3 and abs(len(k) - len(s)) <= 3
                                      and (k.startswith(s) or s.startswith(k)) for s in said) or \
        any(len(s) >= 5 and k.endswith(s) for s in said)  # 'Aftalen' for 'integrationsaftalen'


# 'hvor lang tid tager X?', 'hvor længe varer X?', 'how long does X take?': a length of time, not a
# point ('hvor lang tid før go-live ...' asks by when)
_LENGTH_ASKED = re.compile(r"\b(hvor\s+lang\s+tid|hvor\s+længe|hvor\s+laenge|how\s+long)\b", re.IGNORECASE)
_POINT_ASKED = re.compile(r"\b(før|foer|efter|inden|senest|before|after|by when)\b", re.IGNORECASE)
# The words that only frame a length ('lang', 'tid', 'varer', 'tager'); what lasts is the rest.
_SPAN_FRAME = re.compile(r"hvor|lang|længe|laenge|tid|varer|vare|varighed|tager|tage|how|long|takes?|lasts?|"
                         r"duration|mange|many", re.IGNORECASE)
_AMOUNT = (r"(?:\d+(?:[,.]\d+)?|" + FRACTION_WORDS + "|"
           + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|et par|a few)")
# A length of time in the text: 'et kursus på tre dage', 'varer en skoledag', 'to til tre uger', '2-3 uger'
_LENGTH = re.compile(rf"(?<![\w.,]){_AMOUNT}(?:\s*(?:-|–|til|to|or|eller)\s*{_AMOUNT})?\s+"
                     r"(?:" + length_pattern() + r")\b", re.IGNORECASE)
# a point, not a length: 'senest 90 dage før go-live', '30 dage efter modtagelsen'
_POINT_AFTER = re.compile(r"\s+(før|efter|inden|forud|before|after|prior)\b", re.IGNORECASE)
# A sentence whose subject is the work of the task itself ('Arbejdet tager to til tre uger')
_GENERIC_SUBJECT = re.compile(r"\s*(arbejdet|det|opgaven|processen|forløbet|the work|it|the task)\b",
                              re.IGNORECASE)
_NEAR = 7  # words: the thing that lasts stands at most this far before its length


def _span(ctx: Context, refs: set[int]) -> list[Candidate]:
    """'hvor lang tid varer kurset?': the sentence that gives the thing asked about a length ('et kursus
    på tre dage'), close before it, or says the task's work lasts it ('Arbejdet tager to til tre uger')
    in the one task whose title holds the question's words."""
    index, q = ctx.index, ctx.q
    frame = {t.pos for t in q.tokens if _SPAN_FRAME.fullmatch(t.surface) or "duration" in t.concepts}
    things = [t for t in q.content() if t.pos not in frame and t.pos not in refs and t.weight > 0.1]
    if not things:
        return []
    pids = {p for t in things for k in t.keys for p in index.postings.get(k, ())[:_MAX_PASSAGES]}
    scoped, via = scope(ctx, frame | refs)
    if len(scoped) == 1:
        pids |= set(index.task_passage_ids(scoped[0]))
    out = []
    for pid in sorted(pids):
        task, passage = index.passage_task[pid], index.passages[pid]
        if not q.allows(task) or passage.field == "title":
            continue
        text = ITEM.sub("", passage.text)
        lasting = _lasting(text, things)
        if lasting is None:
            continue
        titled = title_positions(index, q, task)
        if not lasting and not (scoped == [task] and {t.pos for t in things} <= titled | via):
            continue  # 'Arbejdet tager ...' says how long the task's work takes, not anything else
        said = content_keys(text)
        explained = frame | refs | titled | {t.pos for t in things if any(_alike(k, said) for k in t.keys)}
        rest = [t for t in things if t.pos not in explained]
        if not all(_said_elsewhere(index, task, t, said, named=bool(q.tasks), verb=_after_modal(q, t))
                   for t in rest):
            continue
        own = sum(t.weight for t in things if t.pos in lasting)
        out.append((own, Candidate("count", quote(text, ctx.lang), [task], explained | {t.pos for t in rest},
                                   prior=0.92)))
    if not out:
        return []
    best = max(own for own, _ in out)
    return [c for own, c in out if own >= best - 1e-9]


def _lasting(text: str, things) -> set[int] | None:
    """The positions of the asked things that stand close before a length of time in the text; empty
    when the length is the task's work's ('Arbejdet tager ...'); None when no length is given."""
    out: set[int] | None = None
    for m in _LENGTH.finditer(text):
        if _POINT_AFTER.match(text[m.end():]):
            continue
        sentence_start = max(text.rfind(". ", 0, m.start()) + 1, 0)
        before = re.findall(r"[\wæøåÆØÅ-]+", text[sentence_start:m.start()])[-_NEAR:]
        close = {t.pos for t in things if any(_alike(k, content_keys(w)) for w in before for k in t.keys)}
        if close:
            out = (out or set()) | close
        elif _GENERIC_SUBJECT.match(text[sentence_start:]) and out is None:
            out = set()
    return out
