"""Ranking passages and tasks by how much of a question they account for."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from knowledge.deadline_about import pronoun_agrees
from knowledge.file_formats import ASKS_FORMAT, asks_file_format, format_passages
from knowledge.file_formats import FILED as _FILED_VERB
from knowledge.fold import content_keys, key, stem_key
from knowledge.general_figures import ASKS_TYPICAL, general_passages
from knowledge.index import KIND_HEAD, KIND_MODIFIER, Index, on_build
from knowledge.language import DOC_HEADS, STOP_WORDS, document_lemma
from knowledge.morphology import derivations
from knowledge.qa.analysis import DEED_ENDINGS, Question, Token, keys_beginning, longest_known_head
from knowledge.qa.types import PRICE_VERB, Expect, holds
from knowledge.qa.types.counts import (
    asks_how_many_come,
    counts_people_coming,
    gives_room_to_people,
    is_coming_verb,
)
from knowledge.qa.types.places import ADDRESS_KEY, STREET_ADDRESS, street_address_passages
from knowledge.qa.types.values import add_on_price, plain_intro, shows
from knowledge.qa.value_words import EACH

MIN_COVERAGE = 0.3  # passages below this are never worth looking at
_FIELD_BONUS = {"goal": 0.02, "result": 0.02, "step": 0.02, "fact": 0.02, "checklist": 0.015,
                "executor": 0.015, "responsible": 0.015, "involved": 0.015, "description": 0.01,
                "related": 0.01, "extra": 0.005, "title": 0.0}
# A passage that says only the head of a compound the question asks about ('Aftalen returneres ...' for
# 'afsenderaftalen'), in a task that writes the whole compound, most likely means it, but not surely:
# it accounts for this share of the word.
HEAD_SHARE = 0.6
# A definite head that refers back to the compound just named ('Forløbet tager ...' after '...
# e-læringsforløbet') says it all but by name: nearly the whole word, below a sentence naming it.
REFER_SHARE = 0.9


@lru_cache(maxsize=20_000)
def title_keys(title: str) -> frozenset[str]:
    """The keys of a task's title, read once."""
    return frozenset(content_keys(title))


def title_kinds(index: Index, task: int) -> frozenset[str]:
    """The keys of the kind of paper the task's text calls the thing its title names: 'aftalen “Adgang til
    Løjpebogen”' in the task 'Adgang til Løjpebogen' makes the title an agreement's name, so 'aftalen' is
    said by the title as its own words are ('hvem er kontakt for Løjpebogen-aftalen?'). Read once per task."""
    return index.kept("title_kinds", task, lambda: _title_kinds(index, task))


def _title_kinds(index: Index, task: int) -> frozenset[str]:
    title = title_keys(index.tasks[task].title)
    kinds: set[str] = set()
    for pid in index.task_passage_ids(task):
        text = index.passages.text_of(pid)
        if not _QUOTE.search(text):
            continue  # (no quote, no name quoted: most passages, which the pattern below reads slowly)
        for kind, quoted in _NAMED_PAPER.findall(text):
            said = content_keys(quoted)
            # (the quote is the title's own words, and the word before it a paper: not 'emnet “...”')
            if len(said) >= 2 and said <= title and document_lemma(kind, loose=True):
                kinds.update(content_keys(kind))
    return frozenset(kinds)


# a word right before a quoted name: 'aftalen “Adgang til Løjpebogen”', 'skemaet "Tilmelding"'
_NAMED_PAPER = re.compile(r"([^\W\d_]{3,})\s+[“\"«„]([^”\"»“]{3,80})[”\"»“]")
_QUOTE = re.compile(r"[“\"«„]")  # the opening quote _NAMED_PAPER needs


@dataclass
class Hit:
    pid: int
    task: int
    coverage: float
    explained: set[int]
    rank: float
    partial: set[int] = field(default_factory=set)  # explained only by a compound's head ('aftalen')
    referred: set[int] = field(default_factory=set)  # explained by a head referring back to the compound
    context: int | None = None  # the sentence before, whose words it was credited with (`continued`)
    titled: set[int] = field(default_factory=set)  # explained only by its task's title (`_credit_title`)


def _terms(index: Index, q: Question, skip: set[int]) -> list[tuple[Token, list[str]]]:
    """Content tokens with the keys they can be found by, most telling first."""
    terms = []
    for tok in q.content():
        if tok.pos in skip or tok.match == 0:
            continue
        found = [k for k in tok.keys if k in index.postings]
        if found or _asks_file_format(q, tok) or ASKS_TYPICAL.fullmatch(tok.surface) or _asks_price(q, tok) \
                or _takes_part_in_priced(q, tok) or _takes_part_in_counted(q, tok) or _asks_address(q, tok) \
                or _per_unit(q, tok) or _names_supplier(q, tok):
            # (a format's name or a figure for most municipalities says it: `_said_otherwise`)
            terms.append((tok, found))
    terms.sort(key=lambda term: -term[0].weight * term[0].match)
    return terms


def rank_passages(index: Index, q: Question, *, tasks: list[int] | None = None, skip: set[int] = frozenset(),
                  limit: int = 5, min_coverage: float = MIN_COVERAGE, most: int | None = None) -> list[Hit]:
    """Best passages (within `tasks` if given) by weighted share of the question they contain;
    passages below `min_coverage` are not looked at (the higher, the fewer postings walked). With
    `most`, none when more than `most` passages could qualify: among so many, no passage stands out."""
    terms = _terms(index, q, skip)
    total = q.total() - sum(t.weight for t in q.tokens if t.pos in skip)
    if not terms or total <= 0:
        return []
    looked_at = _looked_at(index, terms, total, tasks=tasks, min_coverage=min_coverage, most=most)
    if looked_at is None:
        return []
    candidates, seed_terms, titled = looked_at
    scores: dict[int, float] = defaultdict(float)
    for pid in _titled_pool(index, q, seed_terms) if not tasks else ():
        scores[pid] += 0.0  # looked at for the words besides the title's (`_credit_title`)
    explained: dict[int, set[int]] = defaultdict(set)
    partial: dict[int, set[int]] = defaultdict(set)
    referred: dict[int, set[int]] = defaultdict(set)
    _credit_terms(index, q, terms, total, candidates, seed_terms, titled, tasks=tasks, scores=scores,
                  explained=explained, partial=partial, referred=referred)
    _credit_intros(index, terms, total, scores, explained, referred)
    context = _credit_context(index, q, terms, total, scores, explained, referred)
    context.update(_credit_occasion(index, q, terms, total, scores, explained, referred, context))
    titled_by = _credit_title(index, q, terms, total, scores, explained, referred, skip)
    _credit_title_deeds(index, terms, total, titled, scores, explained, partial)
    _keep_earned_prices(index, q, terms, total, scores, explained, titled_by, referred)
    return _best_hits(index, q, scores, explained, partial, referred, context, titled_by, tasks=tasks,
                      limit=limit, min_coverage=min_coverage)


def _looked_at(index: Index, terms, total: float, *, tasks: list[int] | None, min_coverage: float,
               most: int | None):
    """The passages looked at, the terms whose postings found them, and the passages looked at for their
    title's deed; None when more than `most` could qualify."""
    if tasks:
        candidates = {pid for t in tasks for pid in index.task_passage_ids(t)}
        seed_terms: list[tuple[Token, list[str]]] = []
        titled = candidates
    else:
        titled: set[int] = set()
        # A passage can only reach min_coverage if it holds one of the most telling terms, so
        # only their postings are walked; the common terms are checked per candidate.
        rest = sum(tok.weight * tok.match for tok, _ in terms)
        seed_terms = []
        for term in terms:
            if rest < min_coverage * total:
                break
            seed_terms.append(term)
            rest -= term[0].weight * term[0].match
        candidates = set()
        for _, ks in seed_terms:
            for k in ks:
                candidates.update(index.postings[k])
                titled.update(_naming_title_deed(index, k))
        if most is not None and len(candidates) > most:
            return None
    return candidates, seed_terms, titled


def _credit_terms(index: Index, q: Question, terms, total: float, candidates: set[int], seed_terms,
                  titled: set[int], *, tasks: list[int] | None, scores, explained, partial, referred) -> None:
    """Credit each passage looked at with the share of each term it says: whole, by its head or a
    narrower word (partial), or by referring back (referred)."""
    seeds = {id(term) for term in seed_terms}
    for pid in titled if not tasks else ():
        scores[pid] += 0.0  # looked at for the other terms too, like the seed terms' passages
    after = _continued(index)[1]
    for pid in candidates & after.keys() if not tasks else ():
        scores[after[pid]] += 0.0  # and the sentence continuing a seed's, read with it (`_credit_context`)
    intros = _list_intros(index)
    for pid in candidates & intros.keys() if not tasks else ():
        scores[intros[pid]] += 0.0  # and a seed item's intro, whose head may refer back (`_credit_intros`)
    named_again = _named_again(index)
    for pid in candidates & named_again.keys() if not tasks else ():
        for after in named_again[pid]:  # and the sentences naming a seed intro's list again below it
            scores[after] += 0.0
    for term in terms:
        tok, ks = term
        gain = tok.weight * tok.match / total
        if id(term) in seeds:
            matched = set().union(*(index.postings[k] for k in ks))
        else:
            pool = candidates if tasks else scores.keys()
            size = sum(len(index.postings[k]) for k in ks)
            if len(pool) * 8 < size:  # few candidates: look each up; else walk the postings
                matched = index.holding(pool, ks)
            elif not tasks:  # (in C: the pool is the scored passages, whose order the set does not change)
                matched = set().union(*(scores.keys() & index.postings[k] for k in ks))
            else:
                matched = {pid for k in ks for pid in index.postings[k] if pid in pool}
        matched = _not_only_in_names(index, tok, ks, matched)
        matched = _of_its_noun(index, q, tok, matched)
        named = _said_otherwise(index, q, tok)
        if named:  # 'hvilket filformat ...?': 'indmeldes som en CSV-fil' says it
            matched = matched | (named if id(term) in seeds and not tasks else named & (candidates if tasks
                                                                                          else scores.keys()))
        _credit_all(matched, gain, tok.pos, scores=scores, explained=explained)
        pool = None if tasks or id(term) in seeds else scores
        narrower = _by_kind(index, q, term, tasks=tasks, pool=pool) | \
            _by_root(index, q, term, tasks=tasks, pool=pool)
        heads, referring = _by_head(index, q, term, tasks=tasks, pool=pool)
        for pid in referring - matched:  # 'Forløbet tager 90 minutter' after '... e-læringsforløbet'
            scores[pid] += gain * REFER_SHARE
            explained[pid].add(tok.pos)
            referred[pid].add(tok.pos)
        for pid in (set(heads) | narrower) - referring:
            if pid not in matched:
                scores[pid] += gain * HEAD_SHARE
                explained[pid].add(tok.pos)
                partial[pid].add(tok.pos)


def _credit_all(matched: set[int], gain: float, pos: int, *, scores, explained) -> None:
    """Credit every matched passage with the term's gain and position: a common phrase's ~900 passages, so
    the scores in one dict update (in C; new passages added in the set's order, as one by one) and the
    positions without defaultdict's missing-key call (~0.1 ms less per 1,000 passages)."""
    get = scores.get
    scores.update({pid: get(pid, 0.0) + gain for pid in matched})
    held = explained.get
    for pid in matched:
        said = held(pid)
        if said is None:
            explained[pid] = {pos}
        else:
            said.add(pos)


def _not_only_in_names(index: Index, tok: Token, ks: list[str], matched: set[int]) -> set[int]:
    """The passages that say the word as a word: not those that write a key the glossary gives it only as
    a part of a name ('oplysninger' is 'data', which 'Trådspole Data' is not: a firm's name says nothing
    of what it is called after)."""
    own = {key(tok.surface.casefold()), stem_key(tok.surface.casefold())}
    # (not its own stem's: 'automatik'; nor a short name's own key, 'ry' of 'Rys')
    lent = [k for k in ks if not any(k[:4] == o[:4] or o.startswith(k) for o in own)]
    if tok.match < 1 and tok.surface.islower() and matched and len(matched) <= _GUESS_SCAN:
        # (a word the tasks do not write, read as another of its root: only where that is a word)
        matched = {pid for pid in matched if not _guess_only_in_names(index.passages.text_of(pid), ks, tok)}
    if not lent or not matched:
        return matched
    # (the passages holding an own key looked up by bisection: `pid in posting` walked a common key's
    # whole tuple for each of its ~1,000 matched passages)
    owned = index.holding(matched, [k for k in ks if k not in lent])
    named = {pid for pid in matched if pid not in owned and _only_in_names(index.passages.text_of(pid), lent)}
    return matched - named if named else matched  # (the same set when none goes: its order breaks ties)


def _only_in_names(text: str, keys: list[str]) -> bool:
    """Whether each word of the text with one of the keys is a later part of a name ('Trådspole Data')."""
    said = [m for m in _WORD.finditer(text) if key(m.group().casefold()) in keys]
    return bool(said) and all(m.group()[0].isupper() and _NAME_BEFORE.search(text, 0, m.start())
                              for m in said)


_GUESS_SCAN = 64  # passages a guessed word's keys are looked up in (a guess of a common word is no name)
_INFLECTION = ("", "e", "en", "et", "er", "erne", "ene", "ne", "n", "r", "s", "ens", "ets", "ernes")


def _guess_only_in_names(text: str, keys: list[str], tok: Token) -> bool:
    """Whether each word of the text with one of the keys is a name's word inside the sentence, and another
    word than the asked one ('parkering', which no task writes, read as 'park': '... chefen for Park og
    Friluft' names a department, and says nothing of parking). The asked word in another inflection
    ('Cacheappen' for 'cacheappens'), or as the part of a name ('udvalg' in 'Kultur- og Fritidsudvalget'),
    is said, capital or not."""
    asked = tok.surface.casefold()
    own = key(asked)
    said = [m for m in _WORD.finditer(text) if key(m.group().casefold()) in keys]
    return bool(said) and all(m.group()[0].isupper() and _IN_SENTENCE.search(text, 0, m.start())
                              and _in_name_group(text, m)
                              and not _same_word(m.group().casefold(), asked)
                              and own not in key(m.group().casefold()) for m in said)


def _in_name_group(text: str, m: re.Match) -> bool:
    """Whether a capitalised word is one of a name of several ('Park og Friluft', 'Vej og Park'), not a
    one-word name the sentence writes as a thing ('holde Drejedagen', 'systemet MadWeb version 4'), which
    a misspelt question word ('drejedagn', 'madwbe') is read as."""
    return bool(_NAME_GOES_ON.match(text, m.end()) or _NAME_BEGUN.search(text, 0, m.start()))


_NAME_GOES_ON = re.compile(r"\s+(?:og\s+|&\s+)?[A-ZÆØÅ]")
_NAME_BEGUN = re.compile(r"[A-ZÆØÅ]\w*\s+(?:og\s+|&\s+)?$")


def _same_word(one: str, other: str) -> bool:
    """Whether two words are one word in two inflections ('labyrintbog', 'labyrintbogen')."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and long[len(short):] in _INFLECTION


_IN_SENTENCE = re.compile(r"\b[a-zæøå]\w*[ ]$")  # a lower-case word right before: not a sentence's start
_WORD = re.compile(r"\w+")
# a capitalised word right before: 'Trådspole ' of 'Trådspole Data' (not a sentence's end: 'KOMBIT. Data')
_NAME_BEFORE = re.compile(r"\b[A-ZÆØÅ]\w*[ ]$")


def _of_its_noun(index: Index, q: Question, tok: Token, matched: set[int]) -> set[int]:
    """For a quantifier before a noun ('om hver symaskine'), the passages that quantify that noun: 'for hver
    systue' says 'hver' of another thing, which says nothing of each sewing machine."""
    if q.lang != "da" or not EACH.fullmatch(tok.surface.casefold()) or tok.pos + 1 >= len(q.tokens) or \
            not matched:
        return matched  # (an English noun may be two words: 'each salt box')
    noun = q.tokens[tok.pos + 1]
    if noun.role != "word":
        return matched
    own = stem_key(noun.surface.casefold())
    other = {pid for pid in matched if _each_of_other(index.passages.text_of(pid), own, set(noun.keys))}
    return matched - other if other else matched


def _each_of_other(text: str, own: str, keys: set[str]) -> bool:
    """Whether the text writes the quantifier, but only before other nouns than the one asked, its compound's
    head or a compound of it (a text that says it otherwise, 'pr. kasse', is not this rule's)."""
    return bool(_EACH_BEFORE.search(text)) and not _each_of(text, own, keys)


def _each_of(text: str, own: str, keys: set[str]) -> bool:
    """Whether the text writes the quantifier before the noun, its compound's head or a compound of it."""
    for m in _EACH_BEFORE.finditer(text):
        said = m.group(1).casefold()
        written = stem_key(said)
        if key(said) in keys or len(written) >= 3 and (own.endswith(written) or written.endswith(own)):
            return True
    return False


# the quantifier 'hver'/'hvert' before the noun it quantifies (the word after it); the quantifier words
# themselves are value_words.EACH ('each'/'every' as rendered or kept)
_EACH_BEFORE = re.compile(r"\bhver[t]?\s+(\w+)", re.I)


def _asks_file_format(q: Question, tok: Token) -> bool:
    return asks_file_format(tok.surface, [t.surface for t in q.tokens if t.pos != tok.pos])


def _of_the_thing(index: Index, q: Question, tok: Token, named: frozenset[int]) -> frozenset[int]:
    """The passages naming a format that also name the asked thing (a word of the question other than the
    format word and its verb): 'Kursusbeviset udsendes som pdf-fil' gives no format of the agenda."""
    things = [t for t in q.content() if t.pos != tok.pos and not ASKS_FORMAT.fullmatch(t.surface)
              and not _FILED_VERB.fullmatch(t.surface)]
    # (a paper by its own word or its kind's: 'Listen er et regneark (xlsx)' of 'standpladslisten')
    keys = {k for t in things for k in (*t.keys, *content_keys(_paper_kind(t.surface)))
            if k in index.postings}
    if not keys:
        return named
    return frozenset(pid for pid in named if any(pid in index.postings[k] for k in keys))


def _paper_kind(word: str) -> str:
    """The kind of paper a word names, the head of its compound ('standpladslisten' -> 'liste'), or ''."""
    lemma = document_lemma(word, loose=True) or ""
    return max((h for h in DOC_HEADS if lemma.endswith(h)), key=len, default="")


def _said_otherwise(index: Index, q: Question, tok: Token) -> frozenset[int]:
    """The passages that say a word of the question without writing it: a format's name says 'filformat',
    a figure for most municipalities or an average says 'typisk' ('De fleste kommuner har 3-25 X' for 'hvor
    mange X har en kommune typisk?'; the word stays weighed: a figure said of no typical case is none)."""
    if _asks_file_format(q, tok):
        return _of_the_thing(index, q, tok, format_passages(index))
    if ASKS_TYPICAL.fullmatch(tok.surface):
        return general_passages(index)
    if _asks_price(q, tok):
        return _in_tasks_naming(index, q, tok, _price_passages(index))
    if _takes_part_in_priced(q, tok):
        return frozenset(pid for pid in _in_tasks_naming(index, q, tok, _price_passages(index), own_word=True)
                         if _prices_the_occasion(index, q, tok, pid))
    if _takes_part_in_counted(q, tok):
        return _in_tasks_naming(index, q, tok, _room_passages(index), own_word=True)
    if _names_supplier(q, tok):
        return _supplier_passages(index)
    if _asks_address(q, tok):
        return _naming_the_rest(index, q, tok, street_address_passages(index))
    if unit := _per_unit(q, tok):
        return _per_passages(index, unit)
    return frozenset()


def _per_unit(q: Question, tok: Token) -> Token | None:
    """The word 'hver'/'hvert' ('each' rendered) is said of: the next word of the question ('hvert hold'),
    which the tasks write as a unit after 'pr.' ('højst 10 borgere pr. hold')."""
    if not EACH.fullmatch(tok.surface.casefold()):
        return None
    return next((t for t in q.content() if t.pos > tok.pos and t.match > 0), None)



def _per_passages(index: Index, unit: Token) -> frozenset[int]:
    """The passages that write the unit right after 'pr.'/'per': each says 'hver' of it."""
    holding = {pid for k in unit.keys for pid in index.postings.get(k, ())}
    return frozenset(pid for pid in holding if any(
        before.casefold() in ("pr", "pr.", "per") and key(w.casefold()) in unit.keys
        for before, w in _WORDS_AFTER.findall(index.passages.text_of(pid))))


def _names_supplier(q: Question, tok: Token) -> bool:
    """Whether the word is the noun 'leverandøren' ('the supplier') in a question of who or when: the firm
    its project's tasks label as the system's supplier or developer ('Udvikler: Klangkrone Data') is it,
    wherever a sentence names that firm ('... sender den til Klangkrone Data' for 'hvem sender klokkelisten
    til leverandøren?'). Not the glossary's other words for it ('står for driften', 'hoster': who operates or
    hosts may be another firm), nor a question listing tasks (any sentence naming the firm would do)."""
    return q.expects in (Expect.PARTY, Expect.TIME) and tok.match >= 1 and \
        _SUPPLIER_NOUN.fullmatch(tok.surface) is not None and not _SUPPLIER_KEYS.isdisjoint(tok.keys)


def _supplier_passages(index: Index) -> frozenset[int]:
    """The passages that name a firm their project labels as supplier or developer, read once per index."""
    return index.kept("supplier_passages", None, lambda: _naming_suppliers(index))


def _naming_suppliers(index: Index) -> frozenset[int]:
    def project(pid: int):  # (a task with no project is its own)
        task = index.passage_task[pid]
        return index.tasks[task].project or task

    names: dict = defaultdict(set)
    for pid in range(len(index.passages)):
        for m in _SUPPLIER_LABEL.finditer(index.passages.text_of(pid)):
            names[project(pid)].add(m.group(1).strip())
    return frozenset(pid for pid in range(len(index.passages))
                     if any(name in index.passages.text_of(pid) for name in names.get(project(pid), ())))


_SUPPLIER_KEYS = frozenset(content_keys("leverandør"))
_SUPPLIER_NOUN = re.compile(r"leverandør(?:en|er|erne)?|suppliers?|vendors?", re.IGNORECASE)
# a label line naming the system's supplier or developer: 'Udvikler: Klangkrone Data', '• Leverandør – X A/S'
_SUPPLIER_LABEL = re.compile(r"(?:^|\n|[•*-])\s*(?i:udvikler|leverandør|supplier|developer|vendor)\s*[:–]\s*"
                             r"([A-ZÆØÅ][\w&]*(?:[ -][A-ZÆØÅ0-9][\w&.]*){0,4})")


def _asks_address(q: Question, tok: Token) -> bool:
    """Whether the word is the address a place question asks ('hvad er adressen på Amfiparken?'): a street
    address says it ('i Amfiparken, Scenevej 5, 7394 Tonekær'), though no task writes 'adresse' there."""
    return q.expects is Expect.PLACE and (tok.key == ADDRESS_KEY or ADDRESS_KEY in tok.keys)


def _naming_the_rest(index: Index, q: Question, tok: Token, said: frozenset[int]) -> frozenset[int]:
    """Those of the passages that write every other telling word of the question themselves: an address
    is the address of what its own sentence names, not of its task's other things."""
    rest = [t.keys for t in q.content() if t.pos != tok.pos and t.match > 0 and t.weight > _FRAMED]
    return frozenset(pid for pid in said if rest and all(
        any(index.passage_has(pid, k) for k in keys) for keys in rest)
        and _address_of(index.passages.text_of(pid), rest))


def _address_of(text: str, rest: list) -> bool:
    """Whether a street address of the text is the asked thing's: it follows the thing's name ('i
    Amfiparken, Scenevej 5'), the place the thing is held in ('Skruedagen holdes ... i Tinglunde Medborgerhus,
    Loddevej 4')
    or the thing's location verb ('Workshoppen holdes i ... på Søndergade 12'); one after 'til'/'hos'/'fra'
    or another name is another's ('Betaling for Svampeturen sendes til Naturkassen, Bladvej 9')."""
    named = [m.end() for m in _A_WORD.finditer(text) if any(key(m[0].casefold()) in keys for keys in rest)]
    for address in STREET_ADDRESS.finditer(text):
        start = _street_start(text, address.start())
        ends = [end for end in named if end <= start]
        if not ends:
            continue
        gap = text[max(ends):start]
        if _NOT_ITS_ADDRESS.search(gap):
            continue
        if _LOCATED.match(gap) or not _A_NAME.search(gap) or _ITS_PLACE.search(gap):
            return True
    return False


def _street_start(text: str, start: int) -> int:
    """Where the address found at `start` begins: at its street and number when the match is the postcode
    after them ('ved Skovpavillonen, Bålstien 3, 7391 Askeby': a street of any name, not only '-vej')."""
    street = _STREET_BEFORE.search(text, max(0, start - 60), start)
    return street.start() if street else start


# a street's name and house number right before a postcode's comma ('Bålstien 3', 'Store Torv 12B')
_STREET_BEFORE = re.compile(r"\b[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?\s+\d{1,4}[A-Za-z]?\s*\Z")
_A_WORD = re.compile(r"[^\W\d_]+")
_A_NAME = re.compile(r"\b[A-ZÆØÅ]")
# the thing's location verb right after its name ('Workshoppen holdes i ...')
_LOCATED = re.compile(r"\s+(?:holdes|afholdes|ligger|foregår|finder\s+sted|is\s+held|takes\s+place)\b")
# the place a thing is held in, named right before the address ('... i Den Gamle Smedje, '), or a company's
# form after its name ('Kortcentralen ApS (Vestergade 3')
_ITS_PLACE = re.compile(r"(?:\b(?:i|på)\s+(?:[A-ZÆØÅ][\w-]*\s+)*[A-ZÆØÅ][\w-]*|^\s*(?:ApS|A/S|I/S))"
                        r"\s*[,(]?\s*$")
# an address sent or paid to, or another party's ('sendes til Naturkassen, Bladvej 9', 'hos Fnug ApS'); not a
# time span ('fra kl. 9 til 12') nor the organiser of the thing held at a place ('afholdes af Røde Kors i X')
_NOT_ITS_ADDRESS = re.compile(r"\b(?i:sendes|send|betales|betaling|kontakt\w*|sent|paid)\b|"
                              r"\b(?i:til|hos|to|at)\s+[A-ZÆØÅ]")  # (a name after: capitals as written)


def _asks_price(q: Question, tok: Token) -> bool:
    """Whether the word is the verb of a price question ('hvad koster Pilebogen?'): a price says it, as
    'Pris: 1.420 kr. pr. kvartal' or 'er gratis' does, though no task writes 'koster'."""
    return q.expects is Expect.PRICE and PRICE_VERB.fullmatch(tok.surface) is not None


def _takes_part_in_priced(q: Question, tok: Token) -> bool:
    """Whether the word is the taking part a price question asks the price of ('hvad koster det at deltage i
    Padeldagen?'): what it costs to take part in a thing is the thing's price ('Padeldagen varer 2 timer og
    er gratis'), so the thing's price says the verb though it writes no 'deltage'."""
    return q.expects is Expect.PRICE and _TAKE_PART.fullmatch(tok.surface) is not None and all(
        t.match >= 1 for t in q.content() if t.pos != tok.pos and t.weight > _FRAMED)
    # (only of a thing the tasks write as asked: 'Tavledagen' read as the tasks' 'Tavlebogen' is a guess,
    # and the verb said by that guess's price would make it an answer)


def _prices_the_occasion(index: Index, q: Question, tok: Token, pid: int) -> bool:
    """Whether the price sentence prices the occasion asked itself (`_takes_part_in_priced`): it opens with
    the occasion's name or, in a task writing that name, its head ('Dagen varer 4 timer og er gratis.' after
    '... Skruedagen.'), its task writes every word of the question's thing, and the price is the opening
    subject's, said before any other clause ('Dagen afsluttes med en grillaften, som koster 120 kr.' prices
    the grill evening; 'Kontrakten har et tillæg ..., som koster 300 kr.' or 'Pris: 200 kr. pr. dag' in a
    task sharing only 'dag' price no day)."""
    text = index.passages.text_of(pid)
    things = [t for t in q.content() if t.pos != tok.pos and t.match > 0 and t.weight > _FRAMED
              and not PRICE_VERB.fullmatch(t.surface)]
    task = index.passage_task[pid]
    if not things or not all(any(task in index.task_postings.get(k, ()) for k in t.keys) for t in things):
        return False
    first = _FIRST_WORD.match(text)
    opening = key(first[1].casefold()) if first else ""
    if not any(opening in t.keys or _opened_by_head(text, t) for t in things):
        return False
    price = _OCCASION_PRICE.search(text)
    return price is not None and _ANOTHER_CLAUSE.search(text[first.end():price.start()]) is None


# the first price or word of being free in a sentence
_OCCASION_PRICE = re.compile(r"\b(?:koster|gratis|free|costs?|\d[\d.,]*\s*(?:kr|kroner|DKK)\b)",
                             re.IGNORECASE)
# a clause or a thing of its own before the price ('..., som koster', 'Dagen efter holdes Cykelkurset')
_ANOTHER_CLAUSE = re.compile(r"[,;:]|\b(?:som|der|hvor|which|that|efter|før|after|before)\b|\s[A-ZÆØÅ]")


def _takes_part_in_counted(q: Question, tok: Token) -> bool:
    """Whether the word is the taking part a count of people asks ('hvor mange borgere kan deltage på
    Færgedagen?'): how many may take part in a thing is the room it gives ('Der er plads til 90 borgere'), so
    the room says the verb though it writes no 'deltage' (only of a thing the tasks write as asked, as for a
    price: `_takes_part_in_priced`)."""
    return q.expects is Expect.COUNT and _TAKE_PART.fullmatch(tok.surface) is not None and \
        asks_how_many_come(q.text) and all(t.match >= 1 for t in q.content()
                                           if t.pos != tok.pos and t.weight > _FRAMED)


def _room_passages(index: Index) -> frozenset[int]:
    """The passages that give room to a number of people or let them come, read once per index."""
    return index.kept("room_passages", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if gives_room_to_people(index.passages.text_of(pid))))


# the verbs of taking part in an occasion, as a price question names them
_TAKE_PART = re.compile(r"deltage|deltager|deltagelse|participate|attend|attending", re.IGNORECASE)


def _keep_earned_prices(index: Index, q: Question, terms, total: float, scores, explained, titled_by,
                        referred) -> None:
    """Take back the price verb a price said (`_asks_price`) from a passage that leaves a word of the question
    unsaid, says one only as the unit of a rate the question does not ask by ('18 kr. pr. nøgleboks pr.
    måned' is no price of a new box), or by a title: a sentence prices its own subject, and a label line
    under a title that joins two things ('Serviceaftale og skiltningsplan for X') prices either. A price
    says what is asked only of the thing its passage, intro or task prices."""
    for tok, ks in terms:
        if not _asks_price(q, tok):
            continue
        gain = tok.weight * tok.match / total
        for pid in [pid for pid in scores if tok.pos in explained[pid]
                    and not any(index.passage_has(pid, k) for k in ks)]:
            if not _prices_the_thing(index, q, tok, pid, explained[pid], titled_by.get(pid, set()),
                                     referred=referred.get(pid, set())):
                scores[pid] -= gain
                explained[pid].discard(tok.pos)


def _prices_the_thing(index: Index, q: Question, tok: Token, pid: int, explained: set[int],
                      titled: set[int], *, referred: set[int]) -> bool:
    """Whether the price passage prices the thing asked (`_keep_earned_prices`)."""
    text = index.passages.text_of(pid)
    labelled = _LABEL.match(text) is not None
    if not labelled:  # a sentence opening with a definite head referring back to the thing ('Dagen varer
        # 4 timer og er gratis.' after '... Skruedagen.') has it for its own subject, whatever its title says
        titled = titled - {t.pos for t in q.content() if t.pos in referred and _opened_by_head(text, t)}
    if not _labels_a_price_of(text, q):
        return False  # ('Kørsel: 4,20 kr. pr. km' prices the driving, not the measuring asked)
    if add_on_price(text, q.text):
        return False  # ('Pris: 95 kr. pr. ekstra dag efter den første uge' is not what the bikes cost)
    rates = _rate_units(q.text)
    # a question that asks by the passage's rate ('om måneden' of 'pr. container pr. måned') asks that rate
    asks_its_rate = not {key(w) for w in rates}.isdisjoint(key(w) for w in _rate_units(text))
    for t in q.content():
        if t.pos == tok.pos or t.weight <= _FRAMED or t.match == 0:
            continue
        by_title = t.pos in titled and (not labelled or _joined_in_title(index, pid, t.keys))
        if t.pos not in explained or by_title:
            return False  # (a sentence prices its own subject: 'Skærmene lejes for 250 kr.' in 'Opsæt X')
        if _by_plain_intro(index, pid, t.keys):
            return False  # ('Bogbussen kører tre dage om ugen.' above '- Pris: 3.400 kr.' prices no bus)
        if not asks_its_rate and t.surface.casefold() not in rates and _only_as_rate(text, t.keys):
            return False  # ('18 kr. pr. nøgleboks' prices a box by the month, not 'en ny nøgleboks')
    return True


def _opened_by_head(text: str, tok: Token) -> bool:
    """Whether the text's first word is the head of the question's compound ('Dagen' of 'skruedagen')."""
    first = _FIRST_WORD.match(text)
    head = key(first[1].casefold()) if first else ""
    return len(head) >= 3 and any(k.endswith(head) and k != head for k in tok.keys)


_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")


def _by_plain_intro(index: Index, pid: int, keys) -> bool:
    """Whether the word is said of the list item only by its intro, and the intro is a plain sentence that
    neither introduces the list (ending with a colon) nor defines its thing ('Frøbanken er det fælles
    bookingsystem ...' above '- Pris: ...' prices Frøbanken; 'Bogbussen kører tre dage om ugen.' no bus)."""
    intro = _list_intros(index).get(pid)
    if intro is None or any(index.passage_has(pid, k) for k in keys) or \
            not any(index.passage_has(intro, k) for k in keys):
        return False
    return plain_intro(index.passages.text_of(intro), keys)


def _labels_a_price_of(text: str, q: Question) -> bool:
    """Whether a label line's label ('Pris: ...', 'Kørsel: ...') says a price or a word of the question: a
    line under another label prices that other thing, though its task or intro names the asked one."""
    m = _LABEL.match(text)
    if m is None or _PRICE_LABEL.search(m["label"]):
        return True
    return not content_keys(m["label"]).isdisjoint(k for t in q.content() for k in t.keys)


_LABEL = re.compile(r"\W*(?P<label>[^:\n]{1,40}):\s*\S")
_PRICE_LABEL = re.compile(r"pris|takst|gebyr|kontingent|betaling|abonnement|beløb|price|cost|fee",
                          re.IGNORECASE)


def _joined_in_title(index: Index, pid: int, keys) -> bool:
    """Whether the passage's task title names the word as one of two things joined by 'og' ('Serviceaftale
    og skiltningsplan for X'): the title's price lines may be the other's."""
    title = index.tasks[index.passage_task[pid]].title
    return any(not content_keys(f"{m['a']} {m['b']}").isdisjoint(keys) for m in _JOINED.finditer(title))


_JOINED = re.compile(r"(?P<a>[^\W\d_]+)\s+og\s+(?P<b>[^\W\d_]+)", re.IGNORECASE)


def _rate_units(text: str) -> set[str]:
    """The words a text writes right after 'pr.'/'per'/'hver'/'om' (a rate's unit: 'pr. depot')."""
    return {w.casefold() for before, w in _WORDS_AFTER.findall(text) if before}


def _only_as_rate(text: str, keys) -> bool:
    """Whether the text writes the word (by a key) only as the unit after 'pr.'/'per'."""
    said = [bool(before) for before, w in _WORDS_AFTER.findall(text) if key(w.casefold()) in keys]
    return bool(said) and all(said)


# each word with the 'pr.'/'per' (or, in a question, 'hver'/'om') right before it, if any
_WORDS_AFTER = re.compile(r"(?:\b(pr\.?|per|hver|hvert|om)\s+)?([^\W\d_]+)", re.IGNORECASE)


def _price_passages(index: Index) -> frozenset[int]:
    """The passages that give a price or say a thing is free, read once per index."""
    return index.kept("price_passages", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if shows(Expect.PRICE, index.passages.text_of(pid))))


def _in_tasks_naming(index: Index, q: Question, tok: Token, said: frozenset[int], *,
                     own_word: bool = False) -> frozenset[int]:
    """Those of the passages in a task that writes another word of the question (the thing priced, by
    any of its keys) and not the price verb: a price in a task about something else says nothing of the
    asked thing's. With `own_word`, a task may write the word itself ('deltagere' beside 'er gratis')."""
    keys = {k for t in q.content() if t.pos != tok.pos and t.match > 0 and not PRICE_VERB.fullmatch(t.surface)
            for k in t.keys}
    tasks = {task for k in keys for task in index.task_postings.get(k, ())}
    # (not in a task that writes the verb itself: its own 'Flere etiketter koster 2 kr.' answers, not
    # the '500 etiketter gratis' beside it)
    if not own_word:
        tasks -= {task for k in tok.keys for task in index.task_postings.get(k, ())}
    return frozenset(pid for pid in said if index.passage_task[pid] in tasks)


def _credit_intros(index: Index, terms, total: float, scores, explained, referred) -> None:
    """Credit a list item with the words of its intro, as referred."""
    # a list item is read with its intro ('16 bolde i fire farver' under 'Udstyret til hver bane består af:'):
    # the intro's words say what the item is of, as a word said before refers on
    # (a passage's credit depends on its own words only, so the scored items are taken in any order)
    intros, intro_keys = _list_intros(index), _intro_keys(index)
    # (each term's share worked out once, not once per list item: a common word scores hundreds; and only
    # for a term some intro says, as no item can be credited with another)
    said_by_some = _intro_words(index)
    # (and the words an intro says by a head referring back: 'Reglerne siger blandt andet:' after '...
    # løjpereglerne ...' says 'løjpereglerne' of its items, as `_credit_terms` credited the intro itself)
    by_head = {pid: pos for pid, pos in referred.items() if pid in intro_keys}
    headed = set().union(*by_head.values())
    shares = [(tok.pos, ks, tok.weight * tok.match / total * REFER_SHARE) for tok, ks in terms
              if not said_by_some.isdisjoint(ks) or tok.pos in headed]
    if not shares:
        return
    for pid in scores.keys() & intros.keys():
        said, own, refers = intro_keys[intros[pid]], explained[pid], by_head.get(intros[pid], ())
        for pos, ks, share in shares:
            if pos not in own and (not said.isdisjoint(ks) or pos in refers):
                scores[pid] += share
                own.add(pos)
                referred[pid].add(pos)


def _credit_title_deeds(index: Index, terms, total: float, titled: set[int], scores, explained,
                        partial) -> None:
    """Credit a passage that names its title's deed by its noun with that deed's words, as partial."""
    objects = _title_deeds(index).objects  # (few passages name their title's deed: look only at those)
    # 'Indberetningen sker hver måned' in the task 'Indberetning af X'
    for pid in (set(scores) | titled) & objects.keys():
        obj = objects[pid]
        for tok, ks in terms:
            if tok.pos not in explained[pid] and any(k in obj for k in ks):
                # (a part: the deed's noun may stand for the deed of the title or another one)
                scores[pid] += tok.weight * tok.match / total * HEAD_SHARE
                explained[pid].add(tok.pos)
                partial[pid].add(tok.pos)


def _best_hits(index: Index, q: Question, scores, explained, partial, referred, context, titled_by, *,
               tasks: list[int] | None, limit: int, min_coverage: float) -> list[Hit]:
    """The `limit` best-ranked hits: the best-covering passages, a field's bonus and a short text first."""
    # (best score first, ties in the order credited: a reversed sort keeps equal items' order, as the
    # ascending sort by minus the score did; a common phrase leaves ~900 passages credited)
    best = sorted(scores if tasks else [pid for pid, cov in scores.items() if cov >= min_coverage],
                  key=scores.__getitem__, reverse=True)[:max(limit, 30)]
    hits = []
    for pid in best:
        passage = index.passages[pid]
        bonus = _FIELD_BONUS.get(passage.field, 0.0) - 0.0004 * len(passage.text.split())
        if _starts_with(passage.text, q, explained[pid]):
            bonus += 0.01  # "SF1590_A ØiR - Afsend ..." defines what was asked about
        hits.append(Hit(pid, index.passage_task[pid], scores[pid], explained[pid], scores[pid] + bonus,
                        partial=partial.get(pid, set()), referred=referred.get(pid, set()),
                        context=context.get(pid), titled=titled_by.get(pid, set())))
    hits.sort(key=lambda h: -h.rank)
    return hits[:limit]


def _credit_context(index: Index, q: Question, terms, total: float, scores, explained,
                    referred) -> dict[int, int]:
    """A sentence that opens with a pronoun for what the sentence before it said ('Beskæringen varsles
    på hjemmesiden. Det skal ske mindst 10 dage før ...') is read with that sentence, as a list item is
    with its intro: the words there say what the pronoun stands for, at REFER_SHARE (`rank_passages`
    looks at the sentence continuing a seed's, though it may write no word of the question itself).
    Not when that sentence gives a value of the kind asked itself: the question's words there may be
    what its own value is of. Returns the passages so credited -> the sentence they were read with."""
    if q.yesno:  # a verdict is read off the sentence quoted, which the one before may contradict
        return {}
    prior = _continued(index)[0]
    credited: dict[int, int] = {}
    for pid in scores.keys() & prior.keys():
        before = prior[pid]
        said = [tok for tok, ks in terms
                if tok.pos not in explained[pid] and any(index.passage_has(before, k) for k in ks)]
        if not said or (q.expects is not Expect.ANY
                        and holds(q.expects, index.passages.text_of(before), q.text)
                        and not _own_deed(index, q, terms, pid, before, explained)):
            continue  # (its words may be what its own value is of: '... fra den 4. lørdag før valgdagen')
        _refer(pid, said, total, scores, explained, referred)
        credited[pid] = before
    return credited


def _refer(pid: int, said: list[Token], total: float, scores, explained, referred) -> None:
    """Credit the passage with words another sentence says for it, at REFER_SHARE."""
    for tok in said:
        scores[pid] += tok.weight * tok.match / total * REFER_SHARE
        explained[pid].add(tok.pos)
        referred[pid].add(tok.pos)


def _credit_occasion(index: Index, q: Question, terms, total: float, scores, explained, referred,
                     context: dict[int, int]) -> dict[int, int]:
    """A question that ends on the occasion it asks about ('hvad skal der stå i emnefeltet, når vi sender
    aftalen til X?') is answered by a step's sentence that says what it asks ('Skriv "X" i emnefeltet.')
    right after the sentence of the same text naming the occasion ('Få aftalen underskrevet, og send den
    til KOMBIT.'): the occasion's words said there are credited at REFER_SHARE, as `_credit_context`
    credits a pronoun's. Only when the sentence itself says every telling word before the occasion, so
    the occasion only places what it says, and the two sentences say every telling word of the occasion.
    Returns the passages so credited -> the sentence before."""
    occasion = _occasion_positions(q)
    if not occasion or q.yesno:
        return {}
    asked = [tok for tok in q.content() if tok.pos not in occasion and tok.weight > _FRAMED]
    # every telling word of the occasion is said, by the sentence before or this one: a paper the sentence
    # before does not name is another's sending ('Send ansøgningen til X.' for '..., når vi sender klagen
    # til X?'), and a word no passage says has no keys here at all
    telling = [tok for tok in q.content() if tok.pos in occasion and tok.weight > _FRAMED]
    keys = {tok.pos: ks for tok, ks in terms}
    credited: dict[int, int] = {}
    for pid in scores.keys() - context.keys():
        before = pid - 1
        if not asked or any(tok.pos not in explained[pid] for tok in asked) or not _same_prose(index, pid):
            continue
        if any(tok.pos not in explained[pid] and not any(index.passage_has(before, k)
                                                         for k in keys.get(tok.pos, ())) for tok in telling):
            continue
        said = [tok for tok, ks in terms if tok.pos in occasion and tok.pos not in explained[pid]
                and any(index.passage_has(before, k) for k in ks)]
        if not said:
            continue
        _refer(pid, said, total, scores, explained, referred)
        credited[pid] = before
    return credited


def _occasion_positions(q: Question) -> set[int]:
    """The positions of the words of a clause closing the question on when it holds ('..., når vi sender
    aftalen', '... when sending the agreement'); empty when the question has no such clause (a 'når' or
    'when' that opens it asks the time)."""
    opener = next((t.pos for t in q.tokens if t.pos > 1 and t.surface.casefold() in _OCCASION_WORDS), None)
    return set() if opener is None else {t.pos for t in q.tokens if t.pos > opener}


_OCCASION_WORDS = frozenset({"når", "naar", "when"})


def _same_prose(index: Index, pid: int) -> bool:
    """Whether the passage and the one before it are sentences of one prose field of one task (neither a
    list's item or intro): the text around them goes on from one to the other."""
    passages = index.passages
    return pid > 0 and index.passage_task[pid] == index.passage_task[pid - 1] and \
        passages.field_of(pid) in _PROSE and passages.field_of(pid - 1) == passages.field_of(pid) and \
        passages.whole_of(pid) is None and passages.whole_of(pid - 1) is None


def _own_deed(index: Index, q: Question, terms, pid: int, before: int, explained) -> bool:
    """Whether the continuing sentence says a telling word of the question the sentence before it does not
    ('Fund med høj risiko rapporteres samme dag til X. De skal udbedres inden 48 timer.' for 'hvor hurtigt
    skal fund med høj risiko udbedres?'): a value the sentence before gives is then of its own deed, not of
    the one asked, and its words only say what the pronoun stands for."""
    return holds(q.expects, index.passages.text_of(pid), q.text) and any(
        tok.pos in explained[pid] and tok.weight > _FRAMED and tok.match > 0
        and not any(index.passage_has(before, k) for k in ks) for tok, ks in terms)


def _credit_title(index: Index, q: Question, terms, total: float, scores, explained, referred,
                  skip: set[int]) -> dict[int, set[int]]:
    """A sentence that says, itself or with the sentence it continues, every word of a typed question
    but those its task's title writes ('Lejen er 300 kr. pr. år' in 'Udlån af instrumenter til elever'
    for 'hvad koster det at leje et instrument?') is credited with them at REFER_SHARE, as
    `titles.credit_titles` credits a candidate: the title names the thing the whole task is about, the
    sentence must say what was asked.
    Only for a plain value (`_TITLED_VALUES`): not for what/how and yes/no questions (any sentence of the
    task would do for the title's words), nor
    for an English one but an untyped 'what ...?' (its type is read less surely, as in
    `titles.titled_passages`), nor for a
    sentence that alone says too little (below _TITLE_FLOOR). Returns the passages so credited ->
    the positions the title explained."""
    untyped = _untyped_titled(q)
    # an English question only when untyped: its plain 'what should participants bring to X?' reads as the
    # Danish 'hvad skal deltager medbringe til X?', while the value types of its cues are read less surely
    if (q.expects not in _TITLED_VALUES | _LABELLED_VALUES and not untyped) or q.yesno or \
            (q.lang != "da" and not untyped):
        return {}
    needed = [t for t in q.content() if t.pos not in skip and t.weight > _FRAMED]
    # (not a word of the asking phrase: 'lang' of 'hvor lang tid', 'tid' as a duration)
    light = {t.pos for t in q.content() if t.pos not in skip and 0 < t.weight <= _FRAMED and t.match > 0
             and not t.concepts and t.pos > 1}
    keys = {tok.pos: ks for tok, ks in terms}
    coming_words = {t.pos for t in q.content() if is_coming_verb(t.surface)}
    credited: dict[int, set[int]] = {}
    for pid, score in list(scores.items()):
        # (a count of people coming, asked with no noun, may be said with none of the question's words:
        # 'Plads til 25 deltagere' in 'Flettedagen' for 'hvor mange kan være med på flettedagen?')
        coming = q.expects is Expect.COUNT and counts_people_coming(q.text, index.passages.text_of(pid))
        if (score < _TITLE_FLOOR and not coming) or \
                not _titled_field(q, index.passages.field_of(pid), untyped=untyped) or (
                untyped and index.passages.whole_of(pid) is not None):
            continue  # (an untyped question only from a sentence of prose, not a list's item)
        missing = [t for t in needed if t.pos not in explained[pid]]
        # the thing asked ('hvor mange elever ...?') and the question's verb ('hvor lang tid tager X?'), if
        # it is a light word, are said by the sentence: not every sentence of the task about X does
        # (a room for people says the light verb of coming: 'Der er plads til 120 besøgende' for 'hvor mange
        # kan komme med på X?')
        if not missing or (missing[0] is needed[0] and not coming) or \
                (light and light.isdisjoint(explained[pid]) and not (coming and light <= coming_words)):
            continue
        # an untyped question has no value to check the sentence by: it must say every other word itself,
        # its light verb too ('Alle deltagere får en gratis cykellygte' for 'hvad får deltagerne på X?')
        if untyped and not _says_the_rest(q, skip, explained[pid], missing, index.passages.text_of(pid)):
            continue
        title = index.tasks[index.passage_task[pid]].title
        named = title_keys(title) | title_kinds(index, index.passage_task[pid])
        if all(t.pos in keys and not named.isdisjoint(t.keys) and not title_act(title, t)
               for t in missing):
            for t in missing:  # (below a sentence that says the word itself, as a word referred back to)
                scores[pid] += t.weight * t.match / total * REFER_SHARE
                explained[pid].add(t.pos)
                referred[pid].add(t.pos)
            credited[pid] = {t.pos for t in missing}
    return credited


def _titled_pool(index: Index, q: Question, seed_terms) -> set[int]:
    """The passages of the few tasks whose title says a seed term, for a question `_credit_title` reads
    with a title: the sentence that answers it ('Alle deltagere får en gratis cykellygte' in 'Skurdagen')
    need not say the title's word, the only one telling enough to be walked."""
    if q.yesno or not (q.expects in _TITLED_VALUES and q.lang == "da" or _untyped_titled(q)):
        return set()
    tasks = {t for _, ks in seed_terms for k in ks for t in index.title_tasks.get(k, ())}
    if not tasks or len(tasks) > _TITLED_TASKS:
        return set()
    return {pid for t in tasks for pid in index.task_passage_ids(t)}


_TITLED_TASKS = 3  # tasks whose title says the thing asked: more, and the title does not tell which


def _untyped_titled(q: Question) -> bool:
    """Whether an untyped question may be read with a sentence's title: a plain 'hvad ...?' of what the
    thing the title names holds ('hvad får deltagerne på skurdagen?', 'hvad serveres der på X?'), not how
    something is done or which of several (those are read off the sentence's own words)."""
    return q.expects is Expect.ANY and not q.has("method", "consequence", "if", "negation") and \
        bool(_WHAT_OPENS.match(q.text)) and not _CLAUSE_ASIDE.search(q.text)


# a purpose or condition beside what is asked ('hvad skal eleverne kunne for at bestå prøven?'): a sentence
# that says its words ('Elever, der består prøven, får et bevis') need not say what is asked
_CLAUSE_ASIDE = re.compile(r"\b(?:for\s+at|hvis|når|fordi|inden|før)\b", re.IGNORECASE)
_WHAT_OPENS = re.compile(r"\W*hvad\b", re.IGNORECASE)


def _says_the_rest(q: Question, skip: set[int], explained: set[int], missing, text: str) -> bool:
    """Whether the sentence says every weighed word of the question but the `missing` ones, light or not,
    and the title stands for the thing asked of, not for most of the question ('hvad dækker forsikringen af
    de udlånte værker?' is not answered by any sentence of the task that says 'dækket'); nor a sentence
    that denies, for a question that does not ('- Ikke dækket: skader under transport')."""
    rest = {t.pos for t in q.content() if t.pos not in skip and t.weight > 0 and t.match > 0}
    return len(missing) <= _TITLE_STANDS_FOR and rest - {t.pos for t in missing} <= explained and \
        (q.has("negation") or not _DENIES.search(text)) and not _ties_to_another(q, text)


def _ties_to_another(q: Question, text: str) -> bool:
    """Whether the sentence ties what it says to a definite thing the question does not name ('Vinderne
    af quizzen i pausen får ...', 'Ved julefrokosten serveres ...', '... for opholdet på efterskolen'):
    that thing, not the title's, may be what it is about."""
    asked = {k for t in q.tokens for k in t.keys}
    return any((ks := content_keys(m["thing"] or m["thing2"])) and ks.isdisjoint(asked)
               for m in _TIED_TO.finditer(text))


# a preposition and the definite thing it ties the sentence to: 'af quizzen', 'ved julefrokosten', 'til den
# årlige julefrokost'
_TIED_TO = re.compile(r"\b(?:af|ved|for|på|til|i|om|under|efter|fra|med)\s+(?:(?:den|det|de)\s+(?:\w+\s+)?"
                      r"(?P<thing>[a-zæøå]{4,})|(?P<thing2>[a-zæøå]{3,}(?:en|et|ne)))\b", re.IGNORECASE)


_TITLE_STANDS_FOR = 1  # words of an untyped question the title may say for a sentence (the thing's name)
_DENIES = re.compile(r"\b(?:ikke|ingen|intet|aldrig)\b", re.IGNORECASE)


def _titled_field(q: Question, field: str, *, untyped: bool) -> bool:
    """Whether a passage of this field may be read with its task's title: a plain value in any field but
    the title, a party or name only on a fact line, an untyped question only in a description's prose
    (a goal or result restates the task, a step says what to do)."""
    if field == "title":
        return False
    if untyped:
        return field == "description"
    return q.expects in _TITLED_VALUES or field == "fact"


def title_act(title: str, t: Token) -> bool:
    """Whether the title names the question's verb as its act noun ('hvornår skal beholderne være
    registreret?' in 'Registrering af affaldsbeholdere'): the act asked about must then be the sentence's
    own, since a sentence of the task may tell of another act ('Renovatøren scanner beholderne ved første
    tømning'); a noun the question writes as the title does ('opsætning') is the thing, not the act."""
    return not _ACT_NOUN.search(t.surface.casefold()) and any(
        _ACT_NOUN.search(w) and not set(content_keys(w)).isdisjoint(t.keys)
        for w in _title_acts(title))


@lru_cache(maxsize=20_000)
def _title_acts(title: str) -> tuple[str, ...]:
    """The act nouns of a task's title ('registrering', 'opsætning', 'godkendelse'), read once."""
    return tuple(w for w in re.findall(r"\w+", title.casefold()) if _ACT_NOUN.search(w))


_ACT_NOUN = re.compile(r"(?:ing|else|sel)(?:en|er|erne)?$")


# values a sentence plainly shows ('3 uger', '300 kr.'): a reason, a place or a party is read too loosely
# to trust a sentence that leaves the thing it is of to the title ('Testen kan springes over, hvis ...')
# (a version or a code too: 'Platformen kører version 4.2' in 'Opsætning af X' for 'hvilken version af X?')
_TITLED_VALUES = frozenset({Expect.TIME, Expect.COUNT, Expect.PRICE, Expect.PERCENT, Expect.FREQUENCY,
                            Expect.CLOCK, Expect.VERSION, Expect.CODE})
# values a fact's label says the kind of ('Leverandør: X', 'Produkt – BygSag Pro'): a task's fact line, whose
# label is the thing asked, is read with its title as a plain value is (not a sentence: its party or name
# may be of anything the sentence tells)
_LABELLED_VALUES = frozenset({Expect.PARTY, Expect.NAME})
_FRAMED = 0.2  # a word weighed down to this frames the question ('tid' of 'hvor lang tid'): none need say it
_TITLE_FLOOR = 0.3  # the share of the question a sentence must say itself to be read with its title


def _continued(index: Index) -> tuple[dict[int, int], dict[int, int]]:
    """Every sentence that continues the one before it (`continues`) -> that sentence, and the other way
    round, read once per index."""
    return index.kept("continued", None, lambda: _read_continued(index.passages, index.passage_task))


def _read_continued(passages, passage_task) -> tuple[dict[int, int], dict[int, int]]:
    prior = {pid: pid - 1 for pid in range(1, len(passages))
             if passage_task[pid] == passage_task[pid - 1] and continues(passages, pid)}
    return prior, {before: pid for pid, before in prior.items()}


def continues(passages, pid: int) -> bool:
    """Whether the passage is a sentence of prose that opens with a pronoun for what the sentence before
    it in the same field said ('Det tager typisk 5 arbejdsdage', 'De skal meldes til ...'), not with an
    article ('Den tekniske administrator ...'); neither is a list's item or intro, a step or a label."""
    field = passages.field_of(pid)
    if field not in _PROSE or passages.field_of(pid - 1) != field or passages.whole_of(pid) is not None \
            or passages.whole_of(pid - 1) is not None:
        return False
    text = passages.text_of(pid)
    if m := _OBJECT_PRONOUN.match(text):
        # by number and gender: 'den'/'det' for one thing, 'dem' for many ('Vejviserne bestilles ... sammen
        # med en plakat. Borgerservice hænger den op ...': not the signposts, and the poster is no thing
        # this reading knows); what the sentence before is about is its object, or its subject in a passive
        return any(pronoun_agrees(m.group(0), thing) for thing in _things_named(passages.text_of(pid - 1)))
    m = _PRONOUN_OPENS.match(text)
    if m is not None and (m.group(2).casefold() in STOP_WORDS or m.group(2).endswith(_VERB_ENDINGS)) \
            and not _EXPLETIVE.match(text):
        return True
    return _defined_noun_opens(text, passages.text_of(pid - 1))


def _defined_noun_opens(text: str, before: str) -> bool:
    """Whether the sentence opens with a definite noun and its verb that the sentence before defined a
    name as ('Ballonbogen er systemet, hvor ...' then 'Systemet gemmer passagerernes navne'): the noun
    stands for the named thing, as a pronoun does."""
    m = _DEFINITE_OPENS.match(text)
    if m is None:
        return False
    noun = m.group(1).casefold()
    defined = re.match(rf"(?:[A-ZÆØÅ][\w'’-]*\s+){{1,3}}er\s+(?:(?:det|den|et|en)\s+)?(?:[a-zæøå-]+\s+)?"
                       rf"{re.escape(noun[:-2])}(?:et|en)?\b", before)
    return defined is not None


# a definite noun and a present or passive verb opening a sentence ('Systemet gemmer ...', 'Appen bruges ...')
_DEFINITE_OPENS = re.compile(r"([A-ZÆØÅ][a-zæøå]{2,}(?:et|en))\s+[a-zæøå]+(?:er|es|s)\b")


def _things_named(sentence: str) -> list[str]:
    """The definite nouns a sentence names that a pronoun after it may stand for: its lower-case ones
    ('Kommunen bestiller plakaterne hos trykkeriet'), and its first word only when the verb after it is a
    passive ('Vejviserne bestilles ...'), since an active sentence's first word is its doer."""
    words = [w.strip(".,;:!?()") for w in sentence.split()]
    things = [w for w in words[1:] if _DEFINITE_NOUN.fullmatch(w) and w not in _LOOKS_DEFINITE]
    return words[:1] + things if len(words) > 1 and words[1].endswith("es") else things


# closed-class words that end like a definite noun ('sammen med en plakat')
_LOOKS_DEFINITE = frozenset({"sammen", "igen", "ingen", "nogen", "hinanden", "meget", "eget", "alene",
                             "siden"})
_PROSE = frozenset({"goal", "description", "result"})
# a pronoun and the word after it ('Det sker', 'De udlånes', 'It takes'), or an adverb that points back
# to the occasion just named ('... statusmøde hvert kvartal. Her gennemgås forbruget', 'Der skal ...' is
# an expletive, no such adverb). Not an adverb of sequence or consequence ('Herefter underskrives X af
# Y', 'Derfor skal ...'): its sentence names its own deed and doer, and read as one passage with the
# sentence before, a doer of one answered for the thing of the other
_PRONOUN_OPENS = re.compile(r"(Det|Den|De|Dette|Denne|Disse|Her|It|This|They|These)\s+([a-zæøå]+)\b")
# 'Det er ikke nok, at ...', 'Det er vigtigt at ...': 'det' stands for the at-clause after it, not before
_EXPLETIVE = re.compile(r"(?:Det|It)\s+(?:er|var|bliver|blev|is|was)\b[^.;:]*?,?\s(?:at|that|to)\s")
# a present or passive verb after the pronoun ('tager', 'foretages', 'takes')
_VERB_ENDINGS = ("er", "es", "s")
# a named doer and its present verb whose object is a pronoun ('Hammerslag Service lægger det ind i X
# inden for 4 dage efter modtagelsen', 'Leverandøren offentliggør dem på kortet'): the pronoun stands for
# what the sentence before named, as a pronoun opening the sentence does. The word after the pronoun is
# a particle, a preposition or the end, so 'den'/'det' is no article ('sender den nye liste')
_OBJECT_PRONOUN = re.compile(
    r"(?:[A-ZÆØÅ][\w-]*\s+){1,3}[a-zæøå]+r\s+(?:det|den|dem)"
    r"(?=\s+(?:ind|op|ud|videre|frem|i|på|til|inden|senest|efter|med|hos|og)\b|\s*[,.;:]|\s*$)")


def _list_intros(index: Index) -> dict[int, int]:
    """Every list item's intro passage ('... består af:' above '- 16 bolde'), read once per index in one
    walk over the passages (looking upwards from each scored passage per question cost 1-2 ms at the tail)."""
    return index.kept("list_intros", None, lambda: _read_list_intros(index.passages))


def _named_again(index: Index) -> dict[int, list[int]]:
    """Every list intro -> the sentences below its list that name the list again (`_sentence_after_list`),
    read once per index."""
    def read() -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for pid, intro in _list_intros(index).items():
            if index.passages.whole_of(pid) is None:
                out.setdefault(intro, []).append(pid)
        return out
    return index.kept("lists_named_again", None, read)


def _intro_keys(index: Index) -> dict[int, frozenset[str]]:
    """Every list intro's keys, as the postings hold them (what `index.passage_has` finds), read once per
    index: a question's scored list items are many, and their intros few."""
    return index.kept("intro_keys", None, lambda: _read_intro_keys(index, set(_list_intros(index).values())))


def _intro_words(index: Index) -> frozenset[str]:
    """Every key some list intro holds, read once per index: a term no intro says credits no list item."""
    return index.kept("intro_words", None, lambda: frozenset().union(*_intro_keys(index).values()))


def _read_intro_keys(index: Index, intros: set[int]) -> dict[int, frozenset[str]]:
    keys: dict[int, set[str]] = {pid: set() for pid in intros}
    for k, pids in index.postings.items():
        for pid in intros.intersection(pids):
            keys[pid].add(k)
    return {pid: frozenset(ks) for pid, ks in keys.items()}


def _read_list_intros(passages) -> dict[int, int]:
    intros: dict[int, int] = {}
    whole, first, intro = None, "", None  # the block walked, its first line, its intro's passage once met
    lead = None  # the sentence leading into an intro-less fact list
    for pid in range(len(passages)):
        this = passages.whole_of(pid)
        if this is None and (named := _sentence_after_list(passages, pid, intros)) is not None:
            intros[pid] = named
        if this != whole:
            whole, intro = this, None
            first = this.split("\n", 1)[0] if this else ""
            lead = _lead_sentence(passages, pid, this) or _list_going_on(passages, pid, intros)
        if lead is not None:
            intros[pid] = lead
            continue
        if not first.endswith(":"):
            continue
        text = passages.text_of(pid)
        if text == first:
            intro = pid
        elif intro is not None and not text.endswith(":") and pid - intro < _LIST_REACH:
            intros[pid] = intro
    return intros


_LIST_REACH = 40  # how far below its intro a list item is still read with it
# a list of 'Key: value' items ('- Målertype: ultralydsmåler')
_FACT_ITEMS = re.compile(r"(?:^[-•*]\s*[A-ZÆØÅ][^:\n]{0,40}:[ \t]+\S[^\n]*\n?)+", re.M)


def _lead_sentence(passages, pid: int, block: str | None) -> int | None:
    """The sentence just before a list of 'Key: value' items with no intro line of its own ('De gamle
    målere udskiftes med fjernaflæste målere.' above '- Målertype: ultralydsmåler'): what its facts are
    of, as an intro says it."""
    if not block or not pid or passages.whole_of(pid - 1) is not None or \
            passages.field_of(pid - 1) != passages.field_of(pid) or not _FACT_ITEMS.fullmatch(block):
        return None
    return pid - 1


def _list_going_on(passages, pid: int, intros: dict[int, int]) -> int | None:
    """The intro of the list a block of items goes on with: a list whose items stand apart with a blank
    line between them (as a file saved from Word writes its bullets: '• Testudtræk: 250' blank line
    '• Format: XML') is read as one block per item; an item right after an item of the same field, read
    with its intro, is of that list too, and so of what its intro says."""
    if not pid or passages.whole_of(pid - 1) is None or passages.field_of(pid - 1) != passages.field_of(pid):
        return None
    if not _ITEM.match(passages.text_of(pid)) or not _ITEM.match(passages.text_of(pid - 1)):
        return None
    intro = intros.get(pid - 1)
    return intro if intro is not None and pid - intro < _LIST_REACH else None


_ITEM = re.compile(r"[-•*]\s")


def _sentence_after_list(passages, pid: int, intros: dict[int, int]) -> int | None:
    """The intro of the list a sentence right below it names again by the intro's first word ('Vaderlisten
    har seks oplysninger om hver frivillig:' over its items, then 'Lederen af Dammeholdet godkender
    vaderlisten ...'): the sentence refers back to the list, which its intro says what it is of, as an
    item is read with its intro."""
    if not pid or passages.whole_of(pid - 1) is None or passages.field_of(pid - 1) != passages.field_of(pid):
        return None
    intro = intros.get(pid - 1)
    if intro is None:
        return None
    first = _FIRST_WORD.match(passages.text_of(intro))
    noun = first.group(1).casefold() if first else ""
    return intro if len(noun) >= 5 and re.search(rf"\b{re.escape(noun)}\b", passages.text_of(pid),
                                                 re.IGNORECASE) else None


def rank_tasks(index: Index, q: Question, positions: set[int], *,
               limit: int | None = None) -> list[tuple[int, float, set[int]]]:
    """Tasks by the weighted share of the given question words found anywhere in them; the first
    `limit` only, when given (a word in every task scores them all: only the best few are sorted)."""
    toks, gains = _gains(q, positions)
    if not toks:
        return []
    if limit is not None:
        return _best_tasks(index, toks, gains, limit)
    scores: dict[int, float] = defaultdict(float)
    explained: dict[int, set[int]] = defaultdict(set)
    for tok, gain in zip(toks, gains, strict=True):
        seen: set[int] = set()
        for k in tok.keys:
            for t in index.task_postings.get(k, ()):
                if t not in seen:
                    seen.add(t)
                    scores[t] += gain
                    explained[t].add(tok.pos)
    return sorted(((t, s, explained[t]) for t, s in scores.items()), key=lambda x: -x[1])


def _best_tasks(index: Index, toks: list[Token], gains: list[float],
                limit: int) -> list[tuple[int, float, set[int]]]:
    """rank_tasks' first `limit`, without a score per task: a common word is in every task, so the tasks
    are grouped by the words they hold (set operations), a group's score summed in the words' order as
    rank_tasks sums it, and a tie ordered as rank_tasks meets the tasks: by the first word a task holds,
    that word's first key holding it, then the task's number (postings are sorted)."""
    postings = [[index.task_postings.get(k, ()) for k in tok.keys] for tok in toks]
    holders = [_task_holders(index, tok.keys) for tok in toks]
    by_score: dict[float, dict[int, set[int]]] = {}
    for words, members, score in _held_groups(holders, gains):
        by_score.setdefault(score, {}).setdefault(words[0], set()).update(members)
    out: list[tuple[int, float, set[int]]] = []
    for score in sorted(by_score, reverse=True):
        for first, members in sorted(by_score[score].items()):
            for posting in postings[first]:
                met = members.intersection(posting)
                members = members - met
                for t in sorted(met)[:limit - len(out)]:
                    out.append((t, score, {tok.pos for tok, held in zip(toks, holders, strict=True)
                                           if t in held}))
                if len(out) == limit:
                    return out
    return out


def _gains(q: Question, positions: set[int]) -> tuple[list[Token], list[float]]:
    """The question's words at the positions that a task can hold, and each one's share of their weight."""
    toks = [t for t in q.tokens if t.pos in positions and t.weight > 0]
    total = sum(t.weight for t in toks)
    if total == 0:
        return [], []
    toks = [t for t in toks if t.match != 0]
    return toks, [tok.weight * tok.match / total for tok in toks]


def top_tasks(index: Index, q: Question, positions: set[int], *,
              allowed: frozenset[int] | None = None) -> list[tuple[int, float, set[int]]]:
    """rank_tasks' tasks of the best score among the allowed ones (None: every task), and the tasks within
    1e-9 of it, each with its score and the positions it holds; by task number, not ranked. A common word
    is in every task: the tasks are grouped by the words they hold (set operations), not scored one by one."""
    toks, gains = _gains(q, positions)
    if not toks:
        return []
    holders = [_task_holders(index, tok.keys) for tok in toks]
    groups = [(words, members if allowed is None else members & allowed, score)
              for words, members, score in _held_groups(holders, gains)]
    groups = [g for g in groups if g[1]]
    if not groups:
        return []
    best = max(g[2] for g in groups)
    # (a group's positions read once, each task given its own copy: a common word ties hundreds of tasks;
    # a task stands in one group only, so the sort never compares the sets)
    held = [(members, score, {toks[i].pos for i in words}) for words, members, score in groups
            if score >= best - 1e-9]
    return sorted((t, score, set(said)) for members, score, said in held for t in members)


def _held_groups(holders: list[frozenset[int]],
                 gains: list[float]) -> list[tuple[tuple[int, ...], set[int], float]]:
    """The tasks holding any word, grouped by the words (their indexes, in order) they hold, with the group's
    score summed in the words' order, as rank_tasks sums a task's."""
    held_any = set().union(*holders)
    groups: list[tuple[tuple[int, ...], set[int]]] = [((), held_any)] if held_any else []
    for i, held in enumerate(holders):
        split = []
        for words, members in groups:
            inside = members & held
            if inside:
                split.append(((*words, i), inside))
            if len(inside) < len(members):
                split.append((words, members - held))
        groups = split
    out = []
    for words, members in groups:
        score = 0.0
        for i in words:
            score += gains[i]
        out.append((words, members, score))
    return out


def _task_holders(index: Index, keys: tuple[str, ...]) -> frozenset[int]:
    """The tasks holding a word by any of its keys, kept with the index: a common word ('leverandør', read
    as 'drift' too) is in every task, and is asked about question after question."""
    return index.kept("task_holders", keys, lambda: frozenset().union(*(index.task_postings.get(k, ())
                                                                        for k in keys)), most=20_000)


def _starts_with(text: str, q: Question, positions: set[int]) -> bool:
    first = _opening_keys(text)
    return any(k in first for t in q.tokens if t.pos in positions for k in t.keys)


@lru_cache(maxsize=20_000)  # the best passages of a question, read again by its next rankings
def _opening_keys(text: str) -> frozenset[str]:
    """The keys of a passage's first two words."""
    return frozenset(content_keys(" ".join(text.split()[:2])))


def _by_kind(index: Index, q: Question, term: tuple[Token, list[str]], *, tasks: list[int] | None,
             pool) -> set[int]:
    """Passages that say a compound of the question's word, a kind of what it names ('tjekke' ->
    'stikprøvekontrollerer', 'udvalg' -> 'skoleudvalget'): the same thing, said more narrowly, so it
    counts as a part (HEAD_SHARE), as a compound said only by its head does the other way round."""
    tok, ks = term
    if q.lang != "da" or tok.match < 1 or not tok.surface.isalpha() or not tok.surface.islower():
        return set()
    found: set[int] = set()
    allowed = set(tasks) if tasks else None
    for k in ks:
        for compound in index.kinds(k):
            for pid in index.postings[compound]:
                if (pool is None or pid in pool) and (allowed is None or index.passage_task[pid] in allowed):
                    found.add(pid)
    return found


def _by_root(index: Index, q: Question, term: tuple[Token, list[str]], *, tasks: list[int] | None,
             pool) -> set[int]:
    """Passages that say the question's word by another word of its root, the deed's noun for its verb
    or the verb for the noun, alone or as a compound's first part ('scanne' -> 'Scanningen forventes
    ...', 'kører' -> 'Kørslen udføres af ...', 'evaluerer' -> 'et evalueringsskema'): the same deed in
    another word class, which the tasks write beside the word itself elsewhere, so it counts as a part
    (HEAD_SHARE), as a compound said more narrowly does."""
    tok, ks = term
    word = tok.surface
    if q.lang != "da" or tok.match < _DERIVED_MATCH or not word.isalpha() or not word.islower() \
            or len(word) < _MIN_ROOT_WORD:
        return set()
    found: set[int] = set()
    allowed = set(tasks) if tasks else None
    for k in _root_keys(index, tok.surface.casefold(), tuple(ks)):
        for pid in index.postings[k]:
            if (pool is None or pid in pool) and (allowed is None or index.passage_task[pid] in allowed):
                found.add(pid)
    return found


def _root_keys(index: Index, word: str, ks: tuple[str, ...]) -> tuple[str, ...]:
    """The keys the tasks write of `word`'s other derivations (kept with the index: the same verbs are
    asked question after question), and of compounds that begin with one of six letters on."""
    def make() -> tuple[str, ...]:
        derived = [d for d in derivations(word) if len(d) > _MIN_DERIVED and d.endswith(DEED_ENDINGS)
                   and d in index.postings]
        begun = [c for d in derived if len(d) >= _MIN_FIRST_PART
                 for c in islice(keys_beginning(index, d), _MAX_BEGUN) if len(c) >= len(d) + _MIN_MODIFIER]
        # (the question's own keys, and their inflections, are its word itself: matched in full already)
        return tuple(k for k in dict.fromkeys([*derived, *begun])
                     if not any(k == own or (k.startswith(own) and len(k) - len(own) < _MIN_MODIFIER)
                                for own in ks))
    return index.kept("root_keys", (word, ks), make, most=20_000)


_DERIVED_MATCH = 0.85  # a word itself, or one the tasks lack read as a word of its root (analysis)
_MIN_ROOT_WORD = 5  # 'køre' is too short a word to say what its root's other words mean
_MIN_DERIVED = 4
_MIN_FIRST_PART = 6  # 'evaluering' in 'evalueringsskema'; a shorter first part begins unrelated words
_MAX_BEGUN = 20


def _by_head(index: Index, q: Question, term: tuple[Token, list[str]], *, tasks: list[int] | None,
             pool) -> tuple[Collection[int], set[int]]:
    """Passages that say the head of the question's compound ('aftalen' for 'afsenderaftalen') in a
    task (of `tasks`, if given) that writes the compound itself; within `pool` unless it is None. And
    of those, the ones whose definite head refers back to that very compound (`refers_back`; not for a
    yes/no)."""
    tok, ks = term
    head = compound_head_key(index, q, tok, referring=True)
    # a head of four letters ('Pladerne' for 'navnepladerne', 'boksene' for 'nøgleboksene') is as often
    # a word's ending: it counts only where it refers back to the very compound, never alone
    short = head is None
    if short:
        head = compound_head_key(index, q, tok, referring=True, min_head=_MIN_SHORT_HEAD)
    if head is None:
        return [], set()
    if tasks:
        found = _head_passages(index, head, ks, tasks)
    else:  # the same role word ('forvaltningsansvarlig') comes back question after question: kept
        found = index.kept("head_passages", (head, tuple(ks)), lambda: _head_passages(index, head, ks, None),
                           most=5_000)
    if pool is not None:  # (walk the smaller side; the order of the passages found does not matter)
        found = [pid for pid in pool if pid in found] if len(pool) < len(found) else \
            [pid for pid in found if pid in pool]
    # (a Ja/Nej takes only a sentence the head opens as its subject: 'Aftalen om vejesystemet indgås
    # med X. Systemet hostes af leverandøren'; a head further in may be a step's or another deed's
    # object: 'Send aftalen til gennemsyn' settles nothing of where the signed agreement is sent, nor
    # '... godkender aftalens bilag, men underskriver ikke selve aftalen' who approves the agreement)
    # (a short head refers back only to the sentence just before: 'Pladerne laves af X' after one on
    # 'navnepladerne'; further back 'klassen' may be another class than 'risikoklassen')
    referring = {pid for pid in found if (not q.yesno or _opens_with(index.passages[pid].text, head))
                 and refers_back(index, pid, head, frozenset(ks), same_field=q.yesno, back=1 if short else 0)}
    # a head alone answers neither 'hvem' nor a yes/no (compound_head_key): only one that refers back
    return (found if not short and compound_head_key(index, q, tok) is not None else []), referring


def _head_passages(index: Index, head: str, ks: list[str], tasks: list[int] | None) -> frozenset[int]:
    """The passages that say the head in a task (of `tasks`, if given) that writes one of the keys."""
    holders = {t for k in ks for t in index.task_postings.get(k, ())}
    if tasks:
        holders &= set(tasks)
    heads = index.postings.get(head, ())
    per_task = len(index.passages) / max(len(index.tasks), 1)
    if len(heads) < len(holders) * per_task:  # walk the side that is likely shorter
        return frozenset(pid for pid in heads if index.passage_task[pid] in holders)
    return frozenset(pid for t in sorted(holders) for pid in index.task_passage_ids(t)
                     if index.passage_has(pid, head))


def refers_back(index: Index, pid: int, head: str, compounds: frozenset[str], *,
                same_field: bool = False, back: int = 0) -> bool:
    """Whether the passage's definite head ('Forløbet', 'Aftalen') refers back to one of `compounds`:
    the last compound with that head the task wrote before it (the title, then the text in order,
    at most REFER_BACK passages back; the bare head said again in between keeps the reference) is one
    of them. A definite noun names a thing already mentioned: 'Alle skal have gennemført
    e-læringsforløbet. Forløbet tager ca. 90 minutter.' With `same_field`, only the two passages before
    in the passage's own field: 'Resultat: Aftalen med X er underskrevet' names the title's aftale, not
    the description's databehandleraftale. With `back`, only that many passages back (and not the title)."""
    if not _says_definite(index.passages[pid].text, head):
        return False
    start = index.task_span[index.passage_task[pid]][0]
    back = back or (_SAME_FIELD_BACK if same_field else REFER_BACK)
    for prev in range(pid - 1, max(start, pid - back) - 1, -1):
        if same_field and index.passages[prev].field != index.passages[pid].field:
            return False
        said = [k for k in _keys(index, prev) if k.endswith(head) and len(k) >= len(head) + _MIN_MODIFIER]
        if said:
            return all(k in compounds for k in said)
    if pid - back > start and not same_field and back == REFER_BACK:  # the title names what the task is about
        said = [k for k in _keys(index, start) if k.endswith(head) and len(k) >= len(head) + _MIN_MODIFIER]
        return bool(said) and all(k in compounds for k in said)
    return False


def title_object(index: Index, pid: int) -> frozenset[str]:
    """The keys of what the task's title says its deed is done to ('rygestopdata' of 'Indberetning af
    rygestopdata'), when the passage names that deed as a definite noun ('Indberetningen sker hver
    måned'): a definite noun names a thing already mentioned, and the title names the task's deed."""
    return _title_deeds(index).objects.get(pid, frozenset())


@on_build
def prepare(index: Index) -> None:
    """Make with the index what every question would otherwise make on its first use."""
    _title_deeds(index)
    _intro_words(index)  # (and the intros' keys and the list intros they are made of)
    _continued(index)
    # (each reads every passage: ~110 ms for the prices at 1,000 tasks, ~40 ms for the suppliers, which the
    # first question asking a price, a supplier or how many may come would otherwise wait for)
    _price_passages(index)
    _supplier_passages(index)
    _room_passages(index)


def _naming_title_deed(index: Index, k: str) -> tuple[int, ...]:
    """The passages that name the deed of a title whose object says the key (`title_object`)."""
    return _title_deeds(index).naming.get(k, ())


@dataclass(frozen=True)
class _TitleDeeds:
    objects: dict[int, frozenset[str]]  # a passage naming its title's deed -> the keys of the deed's object
    naming: dict[str, tuple[int, ...]]  # a key the title writes of that object -> those passages


def _title_deeds(index: Index) -> _TitleDeeds:
    """Every passage that names its task title's deed, read once per index (walking every task whose
    title writes a common key, and every scored passage, per question cost more than the rest of it)."""
    return index.kept("title_deeds", None, lambda: _read_title_deeds(index))


def _read_title_deeds(index: Index) -> _TitleDeeds:
    objects: dict[int, frozenset[str]] = {}
    naming: dict[str, list[int]] = {}
    for task, t in enumerate(index.tasks):
        deed, obj = _title_deed(t.title)
        if not deed or not obj:
            continue
        pids = index.task_passage_ids(task)
        said = [p for p in pids if index.passages[p].field != "title"
                and _says_definite(index.passages[p].text, deed)]
        objects.update(dict.fromkeys(said, obj))
        for title in (p for p in pids if index.passages[p].field == "title"):
            for k in obj:
                if index.passage_has(title, k):  # the title writes the key (as a question's key finds it)
                    naming.setdefault(k, []).extend(said)
    return _TitleDeeds(objects, {k: tuple(dict.fromkeys(pids)) for k, pids in naming.items()})


def _title_deed(title: str) -> tuple[str, frozenset[str]]:
    m = _TITLE_DEED.search(title)
    if m is None:
        return "", frozenset()
    return key(m.group("deed").casefold()), frozenset(content_keys(m.group("obj")))


# A title naming a deed and what it is done to: 'Indberetning af rygestopdata', 'Test af bevillingsflowet'
_TITLE_DEED = re.compile(r"(?:^|[)\s])(?P<deed>[A-ZÆØÅ][a-zæøå]{3,})\s+af\s+(?P<obj>[^()]+)$")


REFER_BACK = 6  # passages back a definite head may refer (a description of a few sentences, its steps)
# for a Ja/Nej, which weighs the sentence's own words, only the two sentences before in the same field
# (with six, heldout9 got one more confident wrong answer)
_SAME_FIELD_BACK = 2


def _keys(index: Index, pid: int) -> frozenset[str]:
    return index.kept("passage_keys", pid, lambda: frozenset(content_keys(index.passages[pid].text)),
                      most=50_000)


def _says_definite(text: str, head: str) -> bool:
    """Whether the text writes the head as a definite noun of its own ('Aftalen', 'forløbet')."""
    return any(key(w) == head and w.casefold().endswith(_DEFINITE) for w in _WORDS.findall(text))


def _opens_with(text: str, head: str) -> bool:
    """Whether the text's first word is the head as a definite noun ('Systemet hostes af ...')."""
    first = _WORDS.search(text)
    return first is not None and first.start() < 3 and _says_definite(first.group(), head)


_DEFINITE = ("en", "et", "ne")
# a lower-case word with a definite ending ('plakaterne', 'trykkeriet'), a thing a pronoun may stand for
_DEFINITE_NOUN = re.compile(r"[a-zæøå]{2,}(?:" + "|".join(_DEFINITE) + ")")
_WORDS = re.compile(r"[^\W\d_]+")


def compound_head_key(index: Index, q: Question, tok: Token, *, referring: bool = False,
                      min_head: int | None = None) -> str | None:
    """The key of the longest known head of a Danish compound the question writes whole and the tasks
    know ('databehandleraftalen' -> 'aftal'); None for other words or a head that says nothing. With
    `referring`, also for a question about a party or a yes/no (a head that refers back to the
    compound says the thing itself)."""
    word = tok.surface.casefold()
    # any name a sentence holds answers 'hvem', and a Ja/Nej is a verdict on the very thing asked
    # about: either needs a sentence that says the thing itself, not only what kind of thing it is
    if (q.expects is Expect.PARTY or q.yesno) and not referring:
        return None
    # an English question's words are read in Danish: a compound it names (typed, or joined from
    # its English words) is referred back to by its definite head as in a Danish question ('Listen har
    # tre felter' after 'flyvepladslisten'); its head alone stays a Danish question's reading
    if (q.lang != "da" and not referring) or tok.match < 1 or not 8 <= len(word) <= _MAX_COMPOUND \
            or not word.isalpha():
        return None
    found = longest_known_head(index, word, min_modifier=_MIN_MODIFIER, min_head=min_head or _MIN_HEAD,
                               exclude=frozenset(tok.keys))
    return found[1] if found else None


_MAX_COMPOUND = 40
_MIN_HEAD = KIND_HEAD  # 'aftale', 'blanket': a head of four letters is as often a word's ending ('data')
_MIN_SHORT_HEAD = 4  # a head that refers back to its compound ('Pladerne' after 'navnepladerne')
_MIN_MODIFIER = KIND_MODIFIER
