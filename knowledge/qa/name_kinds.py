"""What the tasks say a name is, read once per index by one reader for every caller: a sentence that says
what its opening proper name is ('Lanternebogen er det fælles bookingsystem', 'Løjpebogen er appen,
hvor ...') and a label's value ('Udvikler: Trådspole Data' - Trådspole Data is the udvikler), per project.
So the question's 'bookingsystemet' (or 'the booking system', 'systemet') refers to Lanternebogen, and an
answer that says '... oprettes i Lanternebogen senest 12 dage før go-live' speaks of the system asked about.

A sentence's name counts as proper only when the tasks also write it capitalised inside a sentence
('... lægges ind i Lanternebogen'), so 'Aftalen er en forudsætning' defines nothing; a placing participle
('Aftalen er placeret i ...') says where a thing is, not what it is; a kind without an article is a definite
noun that a clause or a preposition goes on about ('Finnebogen er bookingsystemet for ...')."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from knowledge.fold import content_keys, key
from knowledge.index import Index, on_build
from knowledge.qa.analysis import Question, Token
from knowledge.qa.analysis.compounds import is_head
from knowledge.retrieval import title_keys

# what follows 'er' names what X is, a noun phrase: never a place phrase or a participle of where X is
# ('Aftalen er placeret i ...', 'Lejeaftalen er gemt i ESDH-systemet, hvor ...')
_PLACED = (r"(?!(?:i|på|ved|hos|under|over|bag|foran|mellem|inde|ude|hjemme|her|der|til|fra|med|af|om|"
           r"uden|inden|udenfor|indenfor|nær|langs|gemt|lagt|sat|stillet|hængt|anbragt|opbevaret|opsat|"
           r"opstillet|ophængt|beliggende|placeret|installeret|monteret)\b)")  # (not every '-eret':
# 'et integreret system', 'centeret' say what X is; a placing participle has a place after it anyway)
_WORD = r"[\wæøåÆØÅ’'-]+"
_LOWER = r"[a-zæøå][\wæøå’'-]*"
# '<Name> er [det|den|en|et|a definite genitive] [a modifier or two] <noun>' ('Stikortet er kommunens
# portal'), the noun ending its phrase (before a comma, a
# full stop or the clause or preposition that goes on about it): the noun is the name's kind
_DEFINITION = re.compile(
    rf"(?:^|(?<=[.!?:]\s))(?P<name>[A-ZÆØÅ]{_WORD}(?:\s+[A-ZÆØÅ]{_WORD})*)\s+er\s+"
    rf"(?:(?P<article>det|den|en|et|[a-zæøå]{{3,}}(?:ens|ets|nes))\s+)?"
    rf"(?:{_PLACED}{_LOWER}\s+){{0,2}}?{_PLACED}(?P<kind>{_LOWER})"
    r"(?=\s*,\s*(?:hvor|som|der)\b|\s+(?:hvor|som|der|for|til|i|på|med|hos|fra|og)\b|\s*(?P<stop>[,.;:]|$))",
    re.M)
# a kind without an article is a definite noun that a clause or a preposition goes on about ('Finnebogen
# er bookingsystemet for ...'), not an adjective nor a participle ('Serviceaftalen er underskrevet.')
_DEFINITE = re.compile(r"(?:en|et|n)$")
# a name written inside a sentence, after a lower-case word or a comma: 'lægges ind i Lanternebogen'
_INSIDE = re.compile(r"[a-zæøå,]\s+([A-ZÆØÅ][a-zæøå]+[A-ZÆØÅa-zæøå-]*)\b")
# where a definition's sentence ends: its description goes no further
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# a kind is a noun of at least this many letters ('app' is one)
_SHORTEST = 3


@dataclass(frozen=True, slots=True)
class Definition:
    """One thing the tasks say a name is: the name's keys, its kind's keys, the keys of the definition's
    words before the kind ('fælles' of 'det fælles bookingsystem'), whether a label's value said it, and the
    keys of the whole definition after the name ('hvor borgerne booker rundvisninger i fyrtårnene'): what
    a question may describe the name by."""
    name: frozenset[str]
    kind: frozenset[str]
    before: frozenset[str]
    label: bool
    said: frozenset[str] = frozenset()


@on_build
def _read(index: Index) -> None:
    """Read once with the index, not by the first question that needs it."""
    definitions(index)


def definitions(index: Index) -> dict[str, tuple[Definition, ...]]:
    """Per project (a task without one: its id), what its tasks say each name is."""
    return index.kept("name_definitions", None, lambda: _build(index))


def group_of(index: Index, task: int) -> str:
    """The group a task's definitions are read in: its project, else the task alone."""
    t = index.tasks[task]
    return (t.project or "").casefold() or f"#{t.id}"


def _build(index: Index) -> dict[str, tuple[Definition, ...]]:
    out: dict[str, list[Definition]] = defaultdict(list)
    for entry in index.facts:
        name, kind = frozenset(entry.value), frozenset(content_keys(entry.fact.subject))
        if not entry.cell and _is_name(entry.fact.value) and name and kind:
            out[group_of(index, entry.task)].append(Definition(name, kind, frozenset(), True))
    passages = index.passages
    texts = [passages.text_of(pid) for pid in range(len(passages))]
    inside = {m[1] for text in texts for m in _INSIDE.finditer(text)}  # one walk, not one per name
    for pid, text in enumerate(texts):
        if " er " not in text:
            continue
        for m in _DEFINITION.finditer(text):
            kind_word = m["kind"].replace("’", "").replace("'", "")
            if not _defines_kind(m, kind_word) or m["name"].split()[0] not in inside:
                continue
            name, kind = frozenset(content_keys(m["name"])), frozenset(content_keys(kind_word))
            if name and kind and not name & kind:
                before = frozenset(content_keys(text[m.end("name"):m.start("kind")]))
                said = frozenset(content_keys(_SENTENCE_END.split(text[m.end("name"):], maxsplit=1)[0]))
                out[group_of(index, index.passage_task[pid])].append(Definition(name, kind, before, False,
                                                                                said))
    return {group: tuple(found) for group, found in out.items()}


def _is_name(value: str) -> bool:
    """A label's value that names someone or something: capitalised words, no number ('Trådspole Data',
    not '1.870 kr. pr. måned' nor 'højst 60 brugere')."""
    return bool(value) and value[:1].isupper() and not any(ch.isdigit() for ch in value)


def _defines_kind(m: re.Match, kind: str) -> bool:
    """Whether the definition's noun is a kind: after an article, or definite with more said of it."""
    return len(kind) >= _SHORTEST and bool(m["article"] or (_DEFINITE.search(kind) and m["stop"] is None))


def _said_definitions(index: Index) -> dict[str, dict[str, frozenset[str]]]:
    """Each name a sentence defines (its key) -> its kinds' keys -> the definition's keys before the kind."""
    def build() -> dict[str, dict[str, frozenset[str]]]:
        found: dict[str, dict[str, set[str]]] = {}
        for group in definitions(index).values():
            for d in group:
                if d.label:
                    continue
                for name_key in d.name:
                    for kind_key in d.kind:
                        found.setdefault(name_key, {}).setdefault(kind_key, set()).update(d.before)
        return {k: {kind: frozenset(b) for kind, b in v.items()} for k, v in found.items() if v}
    return index.kept("name_kinds", None, build)


def name_kinds(index: Index) -> dict[str, frozenset[str]]:
    """Each proper name a sentence defines (its key) -> the keys of the kinds the tasks say it is."""
    return {name: frozenset(kinds) for name, kinds in _said_definitions(index).items()}


def names_kind_of_said(index: Index, text: str, q: Question, t: Token) -> bool:
    """Whether the question word t is the kind of a proper name the text says: 'bookingsystemet' or
    'systemet' for 'Lanternebogen' where a task says 'Lanternebogen er det fælles bookingsystem'. The
    question's own words that narrow the kind ('det gamle system', 'kommunens eget system') must be the
    definition's ('det fælles system') or the text's: another system than the one defined, else."""
    kinds = _said_definitions(index)
    said_keys = content_keys(text)
    defined = [kinds[k] for k in said_keys if k in kinds]
    narrowing = _narrowing(q, t)
    return any(_same_kind(k, kind) and narrowing <= (before | said_keys)
               for said in defined for kind, before in said.items() for k in t.keys) or \
        (not narrowing - said_keys and _undefined_system_put_in(index, text, q, t))


def _undefined_system_put_in(index: Index, text: str, q: Question, t: Token) -> bool:
    """'hvornår skal dagen oprettes i systemet?' - 'Dagen oprettes i Græskarbogen senest ...', where no task
    says what Græskarbogen is: the system a thing is put in ('i <Name>'), the question's kind noun after
    'i'/'in' ('systemet', 'the booking system') is the one named there. Not when a task of the name's
    project says another name is a thing of that kind (that one is what the question means), nor when the
    text puts things in two names."""
    from knowledge.qa.gate.which import KIND_NOUN  # (the gate reads names' kinds: imported when asked)

    word = t.surface.casefold()
    if t.pos == 0 or q.tokens[t.pos - 1].surface.casefold() not in _PUT_IN or \
            not (m := KIND_NOUN.search(word)) or m.end() != len(word):
        return False
    names = set(_PUT_IN_NAME.findall(text))
    if len(names) != 1:
        return False
    name = content_keys(next(iter(names)))
    if not name or any(k in _said_definitions(index) for k in name):
        return False  # a name the tasks define is read by its definition
    if m.start() and not _said_with(index, name, word[:m.start()]):
        return False  # 'bookingsystemet': a kind narrower than the bare noun, which the tasks must say of it
    groups = {group_of(index, task) for k in name for task in index.task_postings.get(k, ())[:20]}
    return not any(not d.label and d.name != name and
                   any(_same_kind(k, kind) for k in t.keys for kind in d.kind)
                   for g in groups for d in definitions(index).get(g, ()))


def _said_with(index: Index, name: set[str], modifier: str) -> bool:
    """Whether a sentence that writes the name says the modifier of the question's kind noun too ('booke
    arbejdsdage i Andebogen' for 'bookingsystemet')."""
    said = set(index.postings.get(key(modifier), ()))
    return bool(said) and any(said.intersection(index.postings.get(k, ())) for k in name)


# the preposition a question puts a thing in a system with ('i systemet', 'in the booking system', 'into')
_PUT_IN = frozenset({"i", "ind", "in", "into"})
# a proper name a text puts a thing in: 'lægges ind i Andebogen', 'oprettes i Græskarbogen'
_PUT_IN_NAME = re.compile(r"\bi\s+([A-ZÆØÅ][a-zæøå]{3,}[a-zæøå-]*)\b")


def _narrowing(q: Question, t: Token) -> set[str]:
    """The keys of the words between the question's noun t and the article, the preposition or the
    sentence start its phrase begins at ('gamle' in 'i det gamle system', 'kommunens' in 'i kommunens
    eget system'); a word the grammar only links ('og', a stop word) narrows nothing."""
    out: set[str] = set()
    for other in reversed(q.tokens[:t.pos]):
        word = other.surface.casefold()
        if other.role != "word" or word in _PHRASE_START:
            break
        out |= content_keys(word)
    return out


# the words a Danish noun phrase in a question begins after: its article and the preposition before it
_PHRASE_START = frozenset({"det", "den", "de", "en", "et", "i", "på", "til", "for", "med", "hos", "fra",
                           "af", "om", "ind", "ud", "under", "over", "via", "gennem", "the", "a", "an",
                           "in", "into", "on", "to", "of", "at", "from", "by", "with"})


def _same_kind(word: str, kind: str) -> bool:
    """The word is the kind itself or its head ('systemet' of 'bookingsystem'); not a compound more
    particular than the kind ('fagsystemet' is no name defined as 'det fælles system')."""
    return is_head(word, kind)


def described_positions(index: Index, q: Question, task: int) -> set[int]:
    """Positions of the question's words that name the thing its task's title names by what a task says it
    is: 'the lighthouse booking system' or 'appen til skolerne' for Lygtebogen of the task 'Adgang til
    Lygtebogen', where a task says 'Lygtebogen er systemet, hvor borgerne booker rundvisninger i
    fyrtårnene'. The kind ('system', 'app', a compound whose first part the definition says: 'booking')
    and the words of its own noun phrase that the definition says ('lighthouse', 'til skolerne'); a word
    elsewhere in the question is what is asked of the thing, never the thing's description."""
    defined = _title_definitions(index, task)
    out: set[int] = set()
    if not defined:
        return out
    for t in q.tokens:
        if t.role != "word" or t.weight <= 0:
            continue
        for d in defined:
            if any(_kind_described(k, d) for k in t.keys):
                out.add(t.pos)
                out |= {o.pos for o in _describing(q, t) if any(_said_in(k, d.said) for k in o.keys)}
    return out


def _title_definitions(index: Index, task: int) -> tuple[Definition, ...]:
    """The sentences' definitions of a name the task's title names, kept per task: a project can define
    hundreds of names, and a question asks this of every candidate task."""
    def make() -> tuple[Definition, ...]:
        title = title_keys(index.tasks[task].title)
        return tuple(d for d in definitions(index).get(group_of(index, task), ())
                     if not d.label and d.name <= title)
    return index.kept("title_definitions", task, make, most=50_000)


def described_unnarrowed(index: Index, q: Question, task: int, text: str) -> set[int]:
    """described_positions, less a kind the question narrows by a word neither the text nor the description
    says ('i det gamle system' is another system than the one 'Cykelbogen er det fælles bookingsystem'
    defines; 'mose-appen' is the one 'Tørvebogen er den app, ... i mosen' does)."""
    found = described_positions(index, q, task)
    if not found:
        return found
    description = frozenset().union(*(d.said | d.before for d in _title_definitions(index, task)))
    said = content_keys(text) | {k for p in found for k in q.tokens[p].keys}
    return {p for p in found
            if all(k in said or _said_in(k, description) for k in _narrowing(q, q.tokens[p]))}


def _kind_described(word: str, d: Definition) -> bool:
    """The question's word is the definition's kind ('systemet' of 'systemet, hvor ...'), or a compound of
    it whose first part the definition says ('bookingsystem' of 'systemet, hvor borgerne booker ...')."""
    for kind in d.kind:
        if _same_kind(word, kind):
            return True
        if word != kind and is_head(kind, word) and _said_in(word[:-len(kind)], d.said):
            return True
    return False


# a key said by a word of the definition: the same, or the first part of a compound it writes ('tulip' of
# 'tulipanløg'), at least this long
_SHORTEST_PART = 4


def _said_in(word: str, said: frozenset[str]) -> bool:
    if word in said:
        return True
    return len(word) >= _SHORTEST_PART and any(k.startswith(word[:max(_SHORTEST_PART, len(word) - 3)])
                                              for k in said if len(k) >= _SHORTEST_PART)


# an English noun phrase's opening: its determiner, the words before the kind then modify it ('the tulip
# planting app')
_EN_DETERMINER = r"\b(?:the|a|an|our|your|this|that|its|their)\s+"
# a Danish definite kind goes on with what it is for ('appen til skolerne', 'systemet for klubberne');
# an indefinite one has its modifiers after the article ('det fælles system')
_DA_FOR = re.compile(r"^\s+(?:til|for)\s+(?:(?:de|den|det|alle)\s+)?(?P<words>[\wæøå-]+(?:\s+[\wæøå-]+)?)",
                     re.I)
_DA_ARTICLE = r"\b(?:det|den|de|et|en)\s+"


def _describing(q: Question, t: Token) -> list[Token]:
    """The tokens of the noun phrase the kind word t heads that may describe it: the English words
    between its determiner and it, the Danish words of its 'til/for' phrase or between its article and it."""
    if q.lang == "en":
        kind = q.typed.get(t.surface, t.surface)
        m = re.search(_EN_DETERMINER + r"((?:[\w-]+\s+){1,3}?)" + re.escape(kind) + r"\b", q.asked, re.I)
        n = len(m.group(1).split()) if m else 0
        before = [o for o in q.tokens[max(0, t.pos - n):t.pos] if o.role == "word"]
        return before if len(before) == n else []
    at = re.search(r"(?<!\w)" + re.escape(t.surface) + r"(?!\w)", q.text)
    if at is None:
        return []
    words: set[str] = set()
    if m := _DA_FOR.match(q.text[at.end():]):
        words.update(m["words"].casefold().split())
    if m := re.search(_DA_ARTICLE + r"((?:[\wæøå-]+\s+){1,2})$", q.text[:at.start()], re.I):
        words.update(m.group(1).casefold().split())
    return [o for o in q.tokens if o.pos != t.pos and o.surface.casefold() in words]
