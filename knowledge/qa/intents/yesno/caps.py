"""A count the question asks leave for ('må en familie låne 4 instrumenter?', 'må der stå 8 redskaber i en
park?') against the cap the task puts on that thing for each one of what the question names ('højst 3
instrumenter pr. familie', 'Redskaber pr. park: højst 6', 'Hver husstand kan højst få 2 beholdere'): more
is denied, whatever the deed, for a cap on each one bounds every way of having more; a count within the
cap the sentence does not settle (it says how many at most, not that the deed is allowed)."""

from __future__ import annotations

import re
from itertools import islice

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.deadline_words import titled_by
from knowledge.qa.intents.yesno.counts import _counts, other_span
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.widening import widens
from knowledge.qa.intents.yesno.words import _LEAVE_ASKED, _NEGATION, _NUMBERS
from knowledge.retrieval import Hit, title_keys
from knowledge.units import unit_of

_AT_MOST = (r"(?:højst|maks\.?|maksimalt|max\.?|op\s+til|ikke\s+(?:mere|flere)\s+end|at\s+most|up\s+to|"
            r"no\s+more\s+than)")
_NUMBER = r"(?P<n>\d{1,4}|" + "|".join(_NUMBERS) + r")"
_EACH = r"(?:pr\.?|per|i\s+hver[t]?|for\s+hver[t]?)"
_WORD = r"[a-zæøåA-ZÆØÅ][\wæøå-]{2,}"
# 'højst 3 instrumenter pr. familie', 'Højst 3 køjer pr. træpar'
_CAP_EACH = re.compile(rf"\b{_AT_MOST}\s+{_NUMBER}\s+(?P<noun>{_WORD})\s+{_EACH}\s+(?P<unit>{_WORD})", re.I)
# 'Redskaber pr. park: højst 6', 'Antal stemmer pr. borger (højst 3)'
_LABEL_CAP = re.compile(rf"(?P<noun>{_WORD})\s+{_EACH}\s+(?P<unit>{_WORD})\s*[:(]\s*{_AT_MOST}\s+{_NUMBER}\b",
                        re.I)
# 'Hver husstand kan højst få 2 beholdere', 'hver familie må låne op til 3 instrumenter'
_EACH_CAN = re.compile(rf"\bhver[t]?\s+(?P<unit>{_WORD})\s+(?:kan|må|får)\s+(?:\w+\s+){{0,2}}?{_AT_MOST}\s+"
                       rf"(?:\w+\s+)?{_NUMBER}\s+(?P<noun>{_WORD})", re.I)
_CAPS = (_CAP_EACH, _LABEL_CAP, _EACH_CAN)
# 'på én gang', 'ad gangen', 'samtidig' (one concept in the glossary): a cap on each one bounds at once too
_AT_ONCE = "samtid"
# a compound's parts this long at least ('filte' + 'kursus'); the tasks a whole compound's title is read of
_PART = 4
_TITLED_TASKS = 8
_LIGHT = 0.3  # a question's word weighed below this is a light verb ('tage', 'give'), no deed of its own
# 'på én gang' read as a count of times is no count the question puts forward
_TIMES = frozenset({key("gang"), key("gange")})


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.casefold()]


def _caps(said: str) -> list[tuple[str, str, int]]:
    """The caps a sentence puts on a thing for each one of another: (noun key, unit key, most)."""
    return [(key(m.group("noun").casefold()), key(m.group("unit").casefold()), _number(m.group("n")))
            for pattern in _CAPS for m in pattern.finditer(said)]


def _same_noun(asked: str, capped: str) -> bool:
    """The asked thing is the capped one: the same, or a compound whose head it is ('blomsterkummer' of
    'kummer', 'kompostbeholdere' of 'beholdere')."""
    return asked == capped or same_thing(asked, {capped}) or (len(capped) >= 3 and asked.endswith(capped))


def _asked_count(question: str) -> tuple[str, int] | None:
    """The one thing the question counts without a bound of its own, and how many."""
    asked = {noun: n for noun, (n, bound) in _counts(question).items() if noun not in _TIMES and not bound
             and unit_of(noun) is None}
    if len(asked) != 1 or any(bound for _, bound in _counts(question).values()):
        return None
    return next(iter(asked.items()))


def over_cap(ctx: Context) -> list[Candidate]:
    """'Må en familie låne 4 instrumenter på én gang?' - 'Antal: højst 3 instrumenter pr. familie': Nej."""
    q, index = ctx.q, ctx.index
    if not _LEAVE_ASKED.match(q.text) or _NEGATION.search(q.text) or (asked := _asked_count(q.text)) is None:
        return []
    noun, n = asked
    numbers = {t.pos for t in q.tokens if t.surface.isdigit() or t.surface.casefold() in _NUMBERS}
    hits = _allowed_hits(q, index, skip=numbers, limit=10, min_coverage=0.3)
    titled = _titled_compounds(ctx)
    seen = {h.pid for h in hits}
    # and the sentences of a task the question's compound names by its title, whose own words are its head
    # ('Højst 12 deltagere pr. kursus' in 'Filtreglerne' for 'på et filtekursus'), after the ranked ones
    hits += [Hit(pid, task, 0.0, set(), 0.0) for task in titled for pid in index.task_passage_ids(task)
             if pid not in seen and q.allows(task)]
    for hit in hits:
        said = ITEM.sub("", index.passages[hit.pid].text)
        if other_span(q.text, said):
            continue  # 'om året?' - 'højst 2 pr. uge': a cap on another span of time
        for capped, unit, most in _caps(said):
            if n <= most or not _same_noun(noun, capped):
                continue
            named = _named_here(ctx, hit.task, said, noun=noun, unit=unit, heads=titled.get(hit.task, {}))
            if named is None:
                continue  # the cap is for each one of a thing the question does not name, or of another deed
            if widens(ctx, hit.task, said):
                continue  # 'Til sommerlejre kan der lånes flere efter aftale': no hard cap
            for p in numbers:
                q.tokens[p].match = max(q.tokens[p].match, 1.0)  # the number the text lacks is understood
            explained = hit.explained | named | numbers | q.project_pos | q.ref_positions()
            return [Candidate("yesno", f"{verdict_head(ctx, holds_true=False)} {said}", [hit.task], explained,
                              prior=0.95)]
    return []


def _named_here(ctx: Context, task: int, said: str, *, noun: str, unit: str,
                heads: dict[int, frozenset[str]]) -> set[int] | None:
    """The positions of the question's content words, when it names the capped thing and the one it is
    capped for (itself, or by a compound whose head it is in the task its modifier titles: `heads`), and
    every other word (the deed, the place) is said by the sentence or its task; else None."""
    q = ctx.q
    content = [t for t in q.content() if not (t.surface.isdigit() or t.surface.casefold() in _NUMBERS)]
    if not any(unit in t.keys or same_thing(unit, set(t.keys)) or unit in heads.get(t.pos, ())
               for t in content):
        return None  # 'pr. familie' bounds nothing the question asks of without a family
    named = [t for t in content if any(k == noun or _same_noun(k, noun) for k in t.keys)
             or noun in heads.get(t.pos, ())]
    # (a light verb the question weighs little, 'tage', 'give', is any way of having them)
    rest = said_in_task(ctx, task, said, [t for t in content if t not in named and t.weight >= _LIGHT])
    return None if rest is None else rest | {t.pos for t in named}


def _titled_compounds(ctx: Context) -> dict[int, dict[int, frozenset[str]]]:
    """The tasks a compound of the question names by their title, each with the compound's position and the
    keys of its head as a word of its own: 'filtekursus' in 'Filtreglerne' (its modifier begins a title word:
    the course is the task's own kind) has the head 'kursus'; 'frøposer' in 'Sortimentsplan for frøposer'
    (the title says it whole) has its heads ('poser'). A sentence of such a task that says the head speaks
    of the compound ('Højst 12 deltagere pr. kursus')."""
    q, index = ctx.q, ctx.index
    out: dict[int, dict[int, frozenset[str]]] = {}
    for t in q.content():
        word = t.surface.casefold()
        if not word.isalpha() or len(word) < 2 * _PART:
            continue
        splits = [(word[:at], word[at:]) for at in range(_PART - 1, len(word) - _PART + 1)]
        if whole := _titled_whole(index, t.key):
            found = {task: frozenset(key(head) for _, head in splits) for task in whole}
        else:
            found = next(({task: _heads(head) for task in tasks} for modifier, head in splits if
                          len(modifier) >= _PART and (tasks := titled_by(index, ascii_fold(modifier)))), {})
        for task, heads in found.items():
            out.setdefault(task, {})[t.pos] = heads
    return out


def _heads(head: str) -> frozenset[str]:
    """The keys of a compound's head, after a linking -e- or -s- too ('filt-e-kursus': 'kursus')."""
    return frozenset({key(head)} | ({key(head[1:])} if head[0] in "es" and len(head) > _PART else set()))


def _titled_whole(index, k: str) -> set[int]:
    """The tasks whose title says the key itself ('frøposer' in 'Sortimentsplan for frøposer')."""
    return {task for task in islice(index.task_postings.get(k, ()), _TITLED_TASKS)
            if k in title_keys(index.tasks[task].title)}


def said_in_task(ctx: Context, task: int, said: str, tokens) -> set[int] | None:
    """The positions of the tokens, when each is said by the sentence (itself, as a word it is the compound
    of, or inside a compound of the sentence or the task's title: 'låne' in 'Udlånsreglement'), by the task,
    or is 'på én gang' (a bound on each one holds at once too); None when one is not."""
    said_keys = content_keys(said)
    compounds = said_keys | content_keys(ctx.task(task).title)
    out = set()
    for t in tokens:
        if _AT_ONCE in t.keys or any(
                k in said_keys or same_thing(k, said_keys) or ctx.index.task_has(task, k)
                or (len(k) >= 3 and any(k in c for c in compounds))
                or any(len(c) >= 4 and k.endswith(c) for c in said_keys) for k in t.keys):
            out.add(t.pos)
        else:
            return None
    return out
