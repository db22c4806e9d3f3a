"""What a list records of each thing: 'hvilke oplysninger skal stå om hver station på stationslisten?',
'what information must the station list hold for each radio station?', 'what must be recorded for each
sewing machine?' - the list the thing's task introduces per thing ('For hver station angives: - kaldesignal
- frekvensbånd ...'). The sentence seldom says the question's noun of information or its verb of writing
down, so retrieval, which weighs them, left such a list out."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.passages import ITEM, bare_list
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.messages import text as message
from knowledge.qa.titles import title_positions
from knowledge.qa.types import Expect
from knowledge.qa.value_words import EACH, INFO_NOUN, asks_records, recorded_positions
from knowledge.wording import quote

# a list's intro of what is given per thing: 'For hver station angives:', 'Frølisten angiver for hver
# frøsort:', 'Listen har fem oplysninger om hvert skab:' (the thing, then the colon and the items); the
# colon closes the same clause, which records ('angives', 'oplysninger', a list that 'har' them:
# 'Rorlisten har for hver roer:'): not 'Skolen betaler 50 kr. for hver kajak, og der gælder følgende
# regler:', whose list is the rules
_PER_THING = re.compile(r"\b(?:for|om|pr\.?|per)\s+(?:hver|hvert|each|every)\s+([^\W\d_][\w-]*)([^:.]*):"
                        r"\s*\S", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"[,;]")  # another clause: ", og der gælder ...", "; ..."
_RECORDS = re.compile(r"\b(?:angiv|registrer|noter|oplys|st[åa]r?\b|felt|skriv|skrev|indehold|rumme|indtast|"
                      r"udfyld|beskriv|information|detalje|details?\b|record|list|holds?\b|give|include|med\b|"
                      r"\w*list\w*\s+(?:har|has)\b)",
                      re.IGNORECASE)


def _per_thing(text: str) -> re.Match[str] | None:
    """The first intro of a list given per thing whose colon closes its own clause of recording."""
    for m in _PER_THING.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not _OTHER_CLAUSE.search(m.group(2)) and _RECORDS.search(text[start:m.end(2)]):
            return m
    return None


def records(ctx: Context) -> list[Candidate]:
    q = ctx.q
    each = [t.pos for t in q.tokens if EACH.fullmatch(ascii_fold(t.surface.casefold()))]
    described = _described(q, each)
    if not asks_records(q) or not described:
        return []
    thing = described[-1]
    handled = recorded_positions(q) | set(each) | {t.pos for t in described} | \
        q.concept_positions("which", "what", "list", "fact")
    tasks, via = scope(ctx, handled)
    named = bool({t.pos for t in q.content()} - handled - q.project_pos)
    if len(tasks) != 1 and named:
        return []  # the list named is no one task's
    # the list of the one task named, or, when only the thing is named ('hvad skal vi oplyse om hver
    # modelflyveplads?'), the one list of the tasks that is given per such thing
    within = tasks if len(tasks) == 1 else [t for t in range(len(ctx.index.tasks)) if q.allows(t)]
    said = list(dict.fromkeys((t, listed) for t in within for pid in ctx.index.task_passage_ids(t)
                              if (m := _per_thing(listed := _listing(ctx.index, t, pid)))
                              and (word := _thing_word(thing, m))
                              and (len(tasks) == 1 or _own_thing(ctx, t, thing, word))))
    if len(said) != 1:
        return []  # no such list, or two: which one is asked is not said
    task, listed = said[0]
    explained = handled | via | title_positions(ctx.index, q, task)
    prior = 0.9 if len(tasks) == 1 else 0.85
    if q.expects is Expect.COUNT:  # 'hvor mange oplysninger skal der stå om hver station?': its items
        return _counted(ctx, listed, [task], explained | q.concept_positions("count"), prior)
    text = message("task_says", ctx.lang, said=ITEM.sub("", " ".join(listed.split())))
    return [Candidate("passage", text, [task], explained, prior=prior)]


# the items of a list written on one line after its intro's colon: ': - kaldesignal - frekvensbånd'
_INLINE_ITEM = re.compile(r"(?:^|\s)[-•–]\s+")


def _counted(ctx: Context, listed: str, tasks: list[int], explained: set[int],
             prior: float) -> list[Candidate]:
    """The count of the list's items, when its lines or its dashes set them apart (not items run
    together with spaces, 'navn telefon aktivitetscenter', whose count no reading gives), said in the
    question's noun ('Opgaven nævner 5 oplysninger:')."""
    intro, _, rest = listed.partition(":")
    lines = [line for line in rest.split("\n") if line.strip()]
    if len(lines) < 2:
        lines = [item for item in _INLINE_ITEM.split(rest.strip()) if item.strip()] \
            if _INLINE_ITEM.match(rest.strip()) else []
    if len(lines) < 2:
        return []
    noun = next((t.surface for t in ctx.q.tokens if INFO_NOUN.fullmatch(ascii_fold(t.surface.casefold()))),
                "")
    said = message("count_listed", ctx.lang, n=len(lines), noun=f" {noun}" if noun else "") + "\n" + \
        quote(intro.strip() + ":\n" + "\n".join(line.strip() for line in lines), ctx.lang)
    return [Candidate("count", said, tasks, explained, prior=prior)]


def _listing(index, task: int, pid: int) -> str:
    """The passage with the items its intro introduces: a list of lines is one passage with its intro
    ('For hver station angives: - kaldesignal - ...') or, from an export's HTML list, an intro passage
    whose whole holds the items; items on bare lines after the intro, which the passage runs together
    with the sentence after them, are read from the task's text (passages.bare_list)."""
    passage = index.passages[pid]
    if passage.whole and passage.whole.startswith(passage.text):
        return passage.whole
    bare = bare_list(index.tasks[task], passage)
    return "\n".join([bare[0], *bare[1]]) if bare else passage.text


def _described(q, each: list[int]) -> list:
    """The words of 'hver X' / 'each X': the content words right after it, the thing last ('each radio
    station' -> 'radiostation' once joined, 'each volunteer pilot' -> 'frivillig pilot'); the list is
    named by the question's other words."""
    if len(each) != 1:
        return []
    after = []
    for t in q.tokens[each[0] + 1:]:
        if t.role != "word" or t.weight <= 0:
            break
        after.append(t)
    return after


def _thing_word(thing, m: re.Match[str]) -> str:
    """The intro's word that names the asked thing: the word after 'hver', or the one after that when the
    first is its adjective ('for hver frivillig roer:'); '' when neither names it."""
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", m.group(2))
    return next((w for w in (m.group(1), nxt.group(1) if nxt else "") if w and _names(thing, w)), "")


def _names(thing, word: str) -> bool:
    """The intro's thing is the asked one, or the head of its compound ('maskine' of 'symaskine',
    'station' of 'radiostation')."""
    said = content_keys(word)
    if any(same_thing(k, said) for k in (*thing.keys, *content_keys(thing.surface))):
        return True
    asked, head = key(thing.surface.casefold()), key(word.casefold())
    return len(head) >= 4 and head in asked[-len(head) - 2:]  # ('modelflyveplads' ends with 'plad(s)')


_WORDS = re.compile(r"[^\W\d_]+")


def _own_thing(ctx: Context, task: int, thing, word: str) -> bool:
    """Across the tasks ('hvad skal vi oplyse om hver modelflyveplads?', no list named), the list of a task
    that names the asked thing itself, or whose intro's word is the thing or a head that task gives no
    other compound of: 'For hver plads' of 'Registrering af parkeringspladser' tells nothing of each
    campingplads or bådplads."""
    if set(content_keys(word)) & {*thing.keys, *content_keys(thing.surface)}:
        return True  # the intro's word is the thing ('For hver station')
    asked, head = key(thing.surface.casefold()), key(word.casefold())
    words = {key(w.casefold()) for pid in ctx.index.task_passage_ids(task)
             for w in _WORDS.findall(ctx.index.passages[pid].text)}
    if any(w.startswith(asked) or (len(w) >= len(asked) - 1 and asked.startswith(w)) for w in words):
        return True
    return not any(len(w) > len(head) + 2 and head in w[-len(head) - 2:] for w in words)
