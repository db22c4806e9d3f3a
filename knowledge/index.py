"""The search index over a knowledge base: passages, an inverted index of folded keys, task
references, facts and signatures; built once per KnowledgeBase and cached."""

from __future__ import annotations

import math
import re
import threading
import weakref
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from knowledge.base import KnowledgeBase, ref_key
from knowledge.consequences import is_consequence
from knowledge.fold import ascii_fold, content_keys, is_stop, key, keys, loose, words
from knowledge.implied import implied_keys
from knowledge.lexicon import wave_key
from knowledge.models import ChecklistItem, ChecklistSubstep, Fact, Signature, Task, TextDeadline
from knowledge.morphology import particle_verb_keys
from knowledge.passages import Passage, task_passages

# A compound names a kind of its head ('miljøudvalg' of 'udvalg') when the head has this many letters or more
# ('aftale', 'blanket': a head of four letters is as often a word's ending, 'data') and the modifier before it
# this many or more
KIND_HEAD = 5
KIND_MODIFIER = 4


def names_kind(word: str, head: str) -> bool:
    """Whether `word` is a compound naming a kind of `head` ('miljøudvalg' of 'udvalg'), as keys."""
    return len(head) >= KIND_HEAD and len(word) - len(head) >= KIND_MODIFIER and word.endswith(head)
_REF = re.compile(r"^\s*\(?\s*([^\W\d_]*(?:[\s-]+[^\W\d_]+)*)?[\s_-]*0*(\d+)\s*([^\W\d_])?\s*\)?\s*$")


# Key sets are small tuples: tuples of strings drop out of the garbage collector's scans, so a
# big index does not lengthen the pauses of a long-running bot.


@dataclass(frozen=True, slots=True)
class FactEntry:
    task: int
    fact: Fact
    subject: tuple[str, ...]
    value: tuple[str, ...]
    context: tuple[str, ...]
    about: tuple[str, ...]  # the sentences introducing the fact's list ('... bogføringssystemet.')
    cell: bool = False  # a table's cell: it answers by its row's name only, and is in no list of facts


@dataclass(frozen=True, slots=True)
class SignatureEntry:
    task: int
    signature: Signature
    keys: tuple[str, ...]
    evidence: int | None  # the passage that says it must be signed, quoted with the answer


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """A deadline the task text states, with the passage that says it (quoted in answers)."""

    task: int
    deadline: TextDeadline
    passage: int | None
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """A checklist item, or one of its sub-steps (substep is its number then)."""

    task: int
    item: ChecklistItem
    substep: ChecklistSubstep | None
    keys: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.substep.text if self.substep else self.item.title

    @property
    def status(self) -> str | None:
        return self.substep.status if self.substep else self.item.status


class PassageStore:
    """Passages kept column by column (a few lists instead of one object per passage)."""

    def __init__(self) -> None:
        self._field: list[str] = []
        self._text: list[str] = []
        self._number: list[int | None] = []
        self._whole: list[str | None] = []

    def append(self, passage: Passage) -> None:
        self._field.append(passage.field)
        self._text.append(passage.text)
        self._number.append(passage.number)
        self._whole.append(passage.whole)

    def __getitem__(self, pid: int) -> Passage:
        return Passage(self._field[pid], self._text[pid], self._number[pid], self._whole[pid])

    def __len__(self) -> int:
        return len(self._text)

    def text_of(self, pid: int) -> str:
        """A passage's text, without building the passage."""
        return self._text[pid]

    def whole_of(self, pid: int) -> str | None:
        """The block a passage was cut from, without building the passage."""
        return self._whole[pid]

    def field_of(self, pid: int) -> str:
        """The field a passage came from, without building the passage."""
        return self._field[pid]


@dataclass
class Index:
    """Everything `answer` and `search` look up; read-only once built."""

    tasks: list[Task]
    passages: PassageStore = field(default_factory=PassageStore)
    passage_task: array = field(default_factory=lambda: array("I"))
    task_span: list[tuple[int, int]] = field(default_factory=list)
    postings: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> sorted passage ids
    task_postings: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> sorted tasks
    title_tasks: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key of a title -> its tasks
    code_groups: dict[str, tuple[int, ...]] = field(default_factory=dict)  # code prefix ('tol') -> tasks
    blocks: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    # Words as the tasks write them (folded, five letters or more) -> their key, by first letter
    # and length: a misspelt inflection ('levrer') is nearer the word ('leverer') than its key.
    words: dict[str, str] = field(default_factory=dict)
    word_blocks: dict[tuple[str, int], tuple[str, ...]] = field(default_factory=dict)
    reversed_keys: list[str] = field(default_factory=list)  # sorted, for compound endings
    sorted_keys: list[str] = field(default_factory=list)  # for inflection variants
    refs: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # "8b" -> [("efaktura", i)]
    ref_prefixes: frozenset[str] = frozenset()
    facts: list[FactEntry] = field(default_factory=list)
    signatures: list[SignatureEntry] = field(default_factory=list)
    consequences: dict[int, list[int]] = field(default_factory=dict)  # task -> passage ids
    # passages whose relation keys are implied, not written ('X fra Y ApS': supplier), judged once here
    implied: set[int] = field(default_factory=set)
    fact_subjects: dict[str, list[int]] = field(default_factory=dict)  # subject key -> facts
    fact_values: dict[str, list[int]] = field(default_factory=dict)  # value key -> facts
    related: dict[str, list[int]] = field(default_factory=dict)  # ref_key of a related task -> tasks
    fact_contexts: dict[str, list[int]] = field(default_factory=dict)  # context key -> facts
    # context key -> the facts that are no table's cell: a role's list, judged once here, since a
    # role can be the context of thousands of cells
    fact_lists: dict[str, list[int]] = field(default_factory=dict)
    task_signatures: dict[int, list[int]] = field(default_factory=dict)
    checklist: list[ChecklistEntry] = field(default_factory=list)
    deadlines: list[DeadlineEntry] = field(default_factory=list)
    deadline_keys: dict[str, list[int]] = field(default_factory=dict)  # key -> deadlines
    task_deadlines: dict[int, list[int]] = field(default_factory=dict)
    checklist_keys: dict[str, list[int]] = field(default_factory=dict)
    projects: dict[str, list[int]] = field(default_factory=dict)  # project key -> tasks
    priorities: dict[str, list[int]] = field(default_factory=dict)  # folded priority -> tasks
    waves: dict[int, list[int]] = field(default_factory=dict)  # wave number -> tasks
    meta_keys: set[str] = field(default_factory=set)  # words of projects, priorities, phases, ...

    # ------------------------------------------------------------------ lookups

    def df(self, k: str) -> int:
        posting = self.postings.get(k)
        return len(posting) if posting is not None else 0

    def kept(self, name: str, key, make, *, most: int | None = None):
        """`make()`, the value derived from this read-only index for `key`, made once and kept with the index
        under `name` (answering asks the same of the same sentences, facts and names for many questions);
        with `most`, the kept values are dropped once there are more than that many."""
        cache = self.__dict__.setdefault(name, {})
        found = cache.get(key)
        if found is None:
            if most is not None and len(cache) > most:
                cache.clear()
            found = cache[key] = make()
        return found

    def idf(self, k: str) -> float:
        """0..1: how telling a key is (1 = in one passage only)."""
        n = max(len(self.passages), 2)
        return math.log(1 + n / max(self.df(k), 1)) / math.log(1 + n)

    def correct(self, k: str, *, typed: str = "") -> tuple[str, float, list[str]] | None:
        """The known key a misspelt one most likely means, a match quality (0.75..0.9) and the
        other keys just as close (so the rest of the question can decide between them).
        Only keys with the same first letter and a similar length are compared; a four-letter
        stem only when the word as typed is close too ('Fyass' is 'Fysas'; 'morgen' is not 'Mori')."""
        if len(k) < 4 or k.isdigit():
            return None
        limit = 1 if len(k) < 8 else 2
        # Lengths differ by one at most: 'kommunik' is no typo of 'kommun'.
        candidates = [c for n in range(max(4, len(k) - 1), len(k) + 2)
                      for c in self.blocks.get((k[0], n), ())]
        hits = process.extract(k, candidates, scorer=OSA.distance, score_cutoff=limit, limit=8)
        if not hits:
            return None
        # Ties go to the key closest to the word as typed ('Moekx' is 'Mokex', not 'Mokux').
        as_typed = ascii_fold(typed) if typed else k
        ranked = sorted(hits, key=lambda h: (h[1], OSA.distance(as_typed, h[0]), -self.df(h[0])))
        best = ranked[0]
        if len(k) == 4 and OSA.distance(as_typed, best[0]) > 2:
            return None  # a short stem is only trusted when the word as typed is close too
        others = [h[0] for h in ranked[1:4] if h[1] == best[1]]
        return best[0], 0.9 if best[1] == 1 else 0.75, others

    def correct_word(self, typed: str) -> tuple[str, float, list[str]] | None:
        """Like `correct`, but against the words the tasks write ('levrer' -> 'leverer',
        'tilmeldningen' -> 'tilmeldingen'): the key of the nearest word, one letter off (two from
        eight letters), of the same first letter and a length one apart at most."""
        word = loose(ascii_fold(typed.casefold()))
        if len(word) < 5 or not word.isalpha():
            return None
        limit = 1 if len(word) < 8 else 2
        # the words are as the tasks inflect them: 'undrdatabehandler' is two letters off
        # 'underdatabehandlere', so the length may differ by as much as the distance allowed
        candidates = [c for n in range(len(word) - limit, len(word) + limit + 1)
                      for c in self.word_blocks.get((word[0], n), ())]
        hits = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=8)
        if not hits:
            return None
        ranked = sorted(hits, key=lambda h: (h[1], -self.df(self.words[h[0]])))
        best = ranked[0]
        others = list(dict.fromkeys(self.words[h[0]] for h in ranked[1:4] if h[1] == best[1]))
        key_ = self.words[best[0]]
        return key_, 0.9 if best[1] == 1 else 0.75, [o for o in others if o != key_]

    def written_form(self, k: str, typed: str) -> str | None:
        """The word the tasks write with key k that is nearest the word as typed (folded: 'testcases' for
        'testcaes'), when it reads back as that key; None when no such word is known."""
        forms = self.written_forms().get(k, [])
        near = min(forms, key=lambda w: OSA.distance(w, loose(ascii_fold(typed.casefold()))), default=None)
        return near if near is not None and content_keys(near) == {k} else None

    def written_forms(self) -> dict[str, list[str]]:
        """Key -> the words the tasks write with it, made once (with the index: `_prepare`)."""
        def make():
            forms: dict[str, list[str]] = defaultdict(list)
            for word, word_key in self.words.items():
                forms[word_key].append(word)
            return forms
        return self.kept("_written_forms", None, make)

    def variants(self, k: str, *, limit: int = 4) -> list[str]:
        """Known keys of other inflections the stemmer left apart: one starts with the other
        ('etabl' / 'etablering', 'kommunik' / 'kommunikation'); at least five letters shared."""
        if len(k) < 5 or not k.isalpha():  # codes have no inflections: SF1476_B is not SF1476_C
            return []
        found = [k[:n] for n in range(5, len(k)) if len(k) - n <= 5 and k[:n] in self.postings]
        at = bisect_left(self.sorted_keys, k)
        while at < len(self.sorted_keys) and self.sorted_keys[at].startswith(k) and len(found) < 20:
            if self.sorted_keys[at] != k and len(self.sorted_keys[at]) - len(k) <= 5:
                found.append(self.sorted_keys[at])
            at += 1
        return sorted(found, key=lambda f: (abs(len(f) - len(k)), -self.df(f)))[:limit]

    def compounds(self, k: str, *, limit: int = 8, shortest: int = 4) -> list[str]:
        """Known keys that end with `k` (Danish compounds: 'aftal' -> 'serviceaftal'), most
        frequent first; none for a `k` under `shortest` letters."""
        if len(k) < shortest or not k.isalpha():
            return []
        rk = k[::-1]
        at = bisect_left(self.reversed_keys, rk)
        found = []
        while at < len(self.reversed_keys) and self.reversed_keys[at].startswith(rk) and len(found) < 50:
            found.append(self.reversed_keys[at][::-1])
            at += 1
        found = [f for f in found if len(f) >= len(k) + 3]
        return sorted(found, key=lambda f: -self.df(f))[:limit]

    def kinds(self, k: str, *, limit: int = 8) -> list[str]:
        """The known compounds that name a kind of what key `k` names ('udvalg' -> 'miljøudvalg'), the most
        frequent first: a head of KIND_HEAD letters or more after a modifier of KIND_MODIFIER or more."""
        if len(k) < KIND_HEAD:  # 'gang' is the end of 'overgang', no kind of it
            return []
        return [c for c in self.compounds(k, limit=limit) if names_kind(c, k)]

    def task_passage_ids(self, task: int) -> range:
        start, end = self.task_span[task]
        return range(start, end)

    def writes_phrase(self, said: list[str]) -> bool:
        """Whether a passage writes the phrase `said`, its first word (a verb) in any form: 'går i
        stykker' for 'gået i stykker'. A verb has irregular forms ('gik', 'gået'), so the words after it
        say which phrase it is; after a verb with only small words ('slå til') it must be the same word."""
        first, tail = said[0], said[1:]
        content = [key(w) for w in tail if not is_stop(w)]
        rest = r"[\s-]+".join(re.escape(w) for w in tail)  # as the glossary reads a phrase: 'it-system'
        if content:  # in a passage or a title ('Opret it-system i ...')
            rare = min(content, key=lambda k: len(self.postings.get(k, ())))
            pattern = re.compile(rf"(?<!\w){re.escape(first[0])}\w*[\s-]+{rest}(?!\w)", re.IGNORECASE)
            return any(pattern.search(self.passages.text_of(pid)) for pid in self.postings.get(rare, ())) or \
                any(pattern.search(self.tasks[t].title) for t in self.title_tasks.get(rare, ()))
        pattern = re.compile(rf"(?<!\w)(\w+)[\s-]+{rest}(?!\w)", re.IGNORECASE)
        verb = key(first)
        return any(key(m.group(1).casefold()) == verb for pid in self.postings.get(verb, ())
                   for m in pattern.finditer(self.passages.text_of(pid)))

    def passage_has(self, pid: int, k: str) -> bool:
        posting = self.postings.get(k)
        return posting is not None and _contains(posting, pid)

    def holding(self, pids, ks) -> set[int]:
        """Those of `pids` whose passage holds one of the keys, looked up passage by passage (few pids)."""
        postings = [posting for k in ks if (posting := self.postings.get(k))]
        if len(postings) == 1:  # (most words have one key the tasks hold: no generator per passage)
            posting, n = postings[0], len(postings[0])
            return {pid for pid in pids if (at := bisect_left(posting, pid)) < n and posting[at] == pid}
        return {pid for pid in pids if any(_contains(posting, pid) for posting in postings)}

    def passage_implies(self, pid: int) -> bool:
        """Whether the passage states a relation without its word ('X fra Y ApS')."""
        return pid in self.implied

    def task_has(self, task: int, k: str) -> bool:
        """Whether any passage of the task holds the key (its text, as indexed)."""
        posting = self.task_postings.get(k)
        return posting is not None and _contains(posting, task)


def _contains(sorted_ids: tuple[int, ...], value: int) -> bool:
    at = bisect_left(sorted_ids, value)
    return at < len(sorted_ids) and sorted_ids[at] == value




def ref_parts(ref: str) -> tuple[str, str] | None:
    """'eFaktura 8b' -> ('efaktura', '8b'); '433' -> ('', '433'); no number -> None."""
    m = _REF.match(ascii_fold(ref))
    if not m:
        return None
    prefix = loose("".join((m.group(1) or "").split()).replace("-", ""))
    return prefix, str(int(m.group(2))) + (m.group(3) or "")


def same_prefix(typed: str, known: str) -> bool:
    """A task-code prefix as typed ('efaktra') against a known one ('efaktura')."""
    return typed == known or (len(typed) >= 4 and fuzz.ratio(typed, known) >= 80)


def build(tasks: list[Task]) -> Index:
    index = Index(tasks=list(tasks))
    postings: dict[str, list[int]] = defaultdict(list)
    task_postings: dict[str, list[int]] = defaultdict(list)
    for t, task in enumerate(index.tasks):
        start = len(index.passages)
        seen_in_task, passage_keys = _add_passages(index, task, t, postings)
        for k in seen_in_task:
            task_postings[k].append(t)
        for k in content_keys(task.title):
            index.title_tasks.setdefault(k, []).append(t)
        index.task_span.append((start, len(index.passages)))
        _add_refs(index, task, t)
        _add_facts(index, task, t)
        _add_signatures(index, task, t, passage_keys)
        _add_checklist(index, task, t)
        _add_deadlines(index, task, t)
        _add_attributes(index, task, t)
    _freeze(index, postings, task_postings)
    return index


def _add_passages(index: Index, task: Task, t: int,
                  postings: dict[str, list[int]]) -> tuple[set[str], list[set[str]]]:
    """Adds the task's passages with their keys to the index and `postings`; the keys the task holds and
    each passage's keys."""
    surface = index.words
    seen_in_task: set[str] = set()
    passage_keys: list[set[str]] = []
    for passage in task_passages(task):
        pid = len(index.passages)
        index.passages.append(passage)
        index.passage_task.append(t)
        implied = implied_keys(passage.text)  # 'X fra Y ApS': supplier
        if implied:
            index.implied.add(pid)
        # 'sendes ud af X' holds 'udsende' too, which a question's 'udsendelsen' asks for
        found = content_keys(passage.text) | implied | particle_verb_keys(passage.text)
        passage_keys.append(found)
        _add_words(surface, passage.text, found)
        for k in found:
            postings[k].append(pid)
        seen_in_task |= found
        if is_consequence(passage.text):
            index.consequences.setdefault(t, []).append(pid)
    return seen_in_task, passage_keys


def _freeze(index: Index, postings: dict[str, list[int]], task_postings: dict[str, list[int]]) -> None:
    """The lookup tables made once all tasks are in (postings, spelling blocks, sorted keys), and every
    table's lists made tuples."""
    surface = index.words
    index.postings = {k: tuple(v) for k, v in postings.items()}
    index.task_postings = {k: tuple(v) for k, v in task_postings.items()}
    blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
    for k in index.postings:
        if len(k) >= 4 and not k.isdigit():  # Index.correct compares keys of four letters or more
            blocks[(k[0], len(k))].append(k)
    index.blocks = {b: tuple(ks) for b, ks in blocks.items()}
    word_blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in surface:
        word_blocks[(w[0], len(w))].append(w)
    index.word_blocks = {b: tuple(ws) for b, ws in word_blocks.items()}
    index.reversed_keys = sorted(k[::-1] for k in index.postings if not k.isdigit())
    index.sorted_keys = sorted(k for k in index.postings if not k.isdigit())
    index.ref_prefixes = frozenset(p for entries in index.refs.values() for p, _ in entries if p)
    for table in (index.fact_subjects, index.fact_values, index.fact_contexts, index.fact_lists,
                  index.checklist_keys, index.title_tasks, index.code_groups,
                  index.deadline_keys, index.task_deadlines,
                  index.consequences, index.task_signatures, index.related, index.projects,
                  index.priorities, index.waves):
        for k, v in table.items():
            table[k] = tuple(v)


def _keys_of(*texts: str) -> set[str]:
    return {k for text in texts for k in content_keys(text)}


# The code a title opens with ('KP 03 – Tilslutningsaftale ...', 'SA 06 (Finans) ...'): texts and
# users refer to tasks by it too.
_TITLE_CODE = re.compile(r"^\s*\(?([A-ZÆØÅ]{2,5}[ -]?\d{1,3}[a-z]?)\)?(?=[\s:–-])")


def _add_refs(index: Index, task: Task, t: int) -> None:
    title_code = _TITLE_CODE.match(task.title)
    # this task's refs only: a number many tasks share ('SA 06') would make a scan of its list quadratic
    for parts in {ref_parts(ref) for ref in (task.id, task.code, title_code and title_code.group(1)) if ref}:
        if parts:
            index.refs.setdefault(parts[1], []).append((parts[0], t))
        if parts and len(parts[0]) >= 2 and parts[0].isalpha():
            # 'hvilke TOL-opgaver …': the tasks whose code has this prefix are a group the users name
            group = index.code_groups.setdefault(parts[0], [])
            if t not in group:
                group.append(t)


def _add_facts(index: Index, task: Task, t: int) -> None:
    entries = []
    for fact in task.facts:
        # A system's name keeps every word, even one that reads as a stop word ('Some').
        subject = {key(w) for w in words(fact.subject)} | set(content_keys(fact.subject))
        about = _keys_of(*_list_intro(index, t, fact))
        entries.append(FactEntry(t, fact, tuple(subject), tuple(_keys_of(fact.value)),
                                 tuple(_keys_of(fact.context)), tuple(about)))
    columns: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        columns[entry.fact.subject].add(entry.fact.context)
    headers = _table_headers(index, t) if any(e.fact.context for e in entries) else frozenset()
    for entry in entries:
        cell = bool(entry.fact.context) and (len(columns[entry.fact.subject]) >= 2
                                             or entry.fact.context in headers)
        if cell:
            entry = replace(entry, cell=True)
        fid = len(index.facts)
        index.facts.append(entry)
        for k in entry.subject:
            index.fact_subjects.setdefault(k, []).append(fid)
        for k in entry.value:
            index.fact_values.setdefault(k, []).append(fid)
        for k in entry.context:
            index.fact_contexts.setdefault(k, []).append(fid)
            if not cell:
                index.fact_lists.setdefault(k, []).append(fid)
        index.meta_keys.update(entry.context)


def _table_headers(index: Index, t: int) -> frozenset[str]:
    """A task's short passages and pipe cells, casefolded: where a table's header cells stand. A fact
    is a table's cell when its subject has values in two or more contexts (columns) in its task, or
    its context is such a header ('Leveres af' alone, or between '|'); one value for a subject under
    a list's intro is a list's item."""
    texts = [index.passages[p].text for p in index.task_passage_ids(t)]
    cells = [c.strip() for text in texts if text.startswith("|") for c in text.split("|")]
    return frozenset(x.casefold() for x in [*texts, *cells] if x and len(x.split()) <= 4)


_SIGN_KEYS = frozenset(key(w) for w in words("underskrive underskrives underskrift underskrevet "
                                              "underskriftsberettigede skrive signere"))


# a figure, not a year ("Fra 2025 gælder disse priser:" still leads the list after it)
_FIGURE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")


def _list_intro(index: Index, t: int, fact: Fact) -> list[str]:
    """The intro of the list a fact stands in, and the sentence before it."""
    ids = index.task_passage_ids(t)
    for pid in ids:
        passage = index.passages[pid]
        if passage.whole and passage.text.endswith(":") and f"{fact.subject}:" in passage.whole:
            before = index.passages[pid - 1] if pid - 1 in ids else None
            same = before is not None and before.field == passage.field and not before.whole
            # (a sentence that states a figure of its own, 'En udskiftning koster 45 kr.', is its own
            # fact, not what the list after it is about)
            return [passage.text] + ([before.text] if same and not _FIGURE.search(before.text) else [])
    return []


def _add_signatures(index: Index, task: Task, t: int, passage_keys: list[set[str]]) -> None:
    for sig in task.signatures:
        if sig.approval:
            continue  # approved, not signed ('regelsættet godkendes af X'): not for 'hvad skal underskrives?'
        step_text = " ".join(s.text for s in task.method_steps if s.number in sig.steps)
        index.task_signatures.setdefault(t, []).append(len(index.signatures))
        # the task's title names what is signed in the task's own words ('instruks for
        # Sygedagpenge' when the document is 'Bilag 1')
        index.signatures.append(SignatureEntry(t, sig, tuple(
            _keys_of(sig.document, sig.signer, sig.recipient or "", step_text, task.title)),
            _evidence(index, t, sig, passage_keys)))


def _evidence(index: Index, t: int, sig: Signature, passage_keys: list[set[str]]) -> int | None:
    """The task's sentence about signing the document: one naming the signer first, then one of
    the signature's steps, then the shortest."""
    doc = key(words(sig.document)[-1]) if words(sig.document) else ""
    signer = content_keys(sig.signer)
    best: tuple[int, int, int, int] | None = None
    for pid, found in zip(index.task_passage_ids(t), passage_keys, strict=True):
        passage = index.passages[pid]
        if passage.field in ("title", "fact"):
            continue
        if any(k.endswith(doc) for k in found) and found & _SIGN_KEYS:
            rank = (-len(found & signer), -(passage.number in sig.steps and passage.field == "step"),
                    len(passage.text), pid)
            best = rank if best is None or rank < best else best
    return best[3] if best else None


def _add_checklist(index: Index, task: Task, t: int) -> None:
    for item in task.checklist:
        parts = [(None, f"{item.title} {item.text}")] + [(sub, sub.text) for sub in item.substeps]
        for sub, text in parts:
            cid = len(index.checklist)
            entry = ChecklistEntry(t, item, sub, tuple(_keys_of(text)))
            index.checklist.append(entry)
            for k in entry.keys:
                index.checklist_keys.setdefault(k, []).append(cid)


def _add_deadlines(index: Index, task: Task, t: int) -> None:
    for deadline in task.text_deadlines:
        said = " ".join(deadline.text.split())
        pid = next((p for p in index.task_passage_ids(t) if said in " ".join(index.passages[p].text.split())),
                   None)
        context = index.passages[pid].text if pid is not None else said
        did = len(index.deadlines)
        entry = DeadlineEntry(t, deadline, pid, tuple(_keys_of(context, deadline.about or "")))
        index.deadlines.append(entry)
        index.task_deadlines.setdefault(t, []).append(did)
        for k in entry.keys:
            index.deadline_keys.setdefault(k, []).append(did)


def _add_attributes(index: Index, task: Task, t: int) -> None:
    for ref in task.related_tasks:
        index.related.setdefault(ref_key(ref), []).append(t)
    for value in (task.project, task.priority, task.phase, task.theme, *task.waves):
        if value:
            found = content_keys(value)
            index.meta_keys.update(found)
            _add_words(index.words, value, found)  # 'Støttesystemrne' is the project misspelt
    if task.project:
        named = {key(w) for w in _head_word(task.project)} | {" ".join(keys(task.project))}
        named |= {key(a.casefold()) for a in _ABBREVIATION.findall(task.project)}  # 'Fælles X (FX)'
        for k in named:
            index.projects.setdefault(k, []).append(t)
    if task.priority:
        index.priorities.setdefault(" ".join(keys(task.priority)), []).append(t)
    for wave in task.waves:
        if m := re.search(r"(\d+)\s*$", wave) or re.search(r"(?:^|[\s\-–—])([A-Z])\s*$", wave):  # 'Bølge A'
            index.waves.setdefault(wave_key(m.group(1)), []).append(t)


# Words that open many projects' names without telling them apart ('Fælles Sprogdata', 'Den
# Kommunale Ydelsesportal'): a question's 'fælles' names no project; the word after them does.
_NAME_OPENERS = frozenset(ascii_fold(w) for w in """
faelles fælleskommunal fælleskommunale kommunal kommunale kommunernes national nationale den det de
ny nye nyt common joint national the new""".split())


# The short name a project's own name defines in brackets: 'Fælles Kørselsbestilling (FKB)'.
_ABBREVIATION = re.compile(r"\(([A-ZÆØÅ][A-ZÆØÅ0-9]{1,7})\)")


def _head_word(project: str) -> list[str]:
    """The word of a project's name that names it alone: the first, after the opening words every
    kind of project shares and the first parts of a suspended compound ('Børne- og Ungedata')."""
    for raw in project.split():
        folded = ascii_fold(raw)
        if folded in _NAME_OPENERS or folded in ("og", "and", "&") or raw.endswith(("-", "‐", "–")):
            continue
        return words(raw)[:1]
    return []


# ---------------------------------------------------------------------- cache

_CACHE: weakref.WeakKeyDictionary[KnowledgeBase, Index] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _add_words(surface: dict[str, str], text: str, found: set[str]) -> None:
    """The passage's content words of five letters or more, folded, with their keys."""
    for word in _WORD5.findall(text):
        if (entry := _surface(word)) is not None and entry[0] not in surface and entry[1] in found:
            surface[entry[0]] = entry[1]


_WORD5 = re.compile(r"(?<![^\W\d_])[^\W\d_]{5,}(?![^\W\d_])")


@lru_cache(maxsize=200_000)  # the same words recur in every task
def _surface(word: str) -> tuple[str, str]:
    low = word.casefold()
    return loose(ascii_fold(low)), key(low)


_ON_BUILD: list[Callable[[Index], None]] = []


def on_build(make: Callable[[Index], None]) -> Callable[[Index], None]:
    """Register what a module reading the index makes once per built index rather than on a question's
    first use (the readers register themselves: the index does not import them)."""
    _ON_BUILD.append(make)
    return make


@on_build
def _prepare(index: Index) -> None:
    """Make with the index what the first question with a misspelt word would otherwise wait for (~2 ms at
    1,000 tasks)."""
    index.written_forms()


def keep_index(kb: KnowledgeBase, index: Index) -> None:
    """Use `index`, built earlier for these very tasks (read back from a file), as the index of `kb`."""
    with _LOCK:
        _CACHE[kb] = index


def index_for(kb: KnowledgeBase) -> Index:
    """The index of a KnowledgeBase, built on first use and kept while the kb object lives
    (keyed by identity: a new KnowledgeBase, e.g. after an import, gets a new index)."""
    index = _CACHE.get(kb)
    if index is not None:
        return index
    with _LOCK:
        index = _CACHE.get(kb)
        if index is None:
            index = build(kb.tasks)
            for make in _ON_BUILD:
                make(index)
            _CACHE[kb] = index
        return index
