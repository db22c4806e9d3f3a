"""The period a thing is lent, rented or kept for, said as a label of the task ('Låneperiode: 21 dage',
'Udlånsperiode: 28 dage', 'Lejeperiode: op til 3 dage pr. gang'): 'hvor længe må vi låne dukkerne?',
'hvor mange dage kan man leje teltet ad gangen?' ask that label's value, which no sentence says with
the question's own verb."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, stem_key
from knowledge.qa.candidate import Candidate, Context, asks_length, scope
from knowledge.qa.types import Expect
from knowledge.units import length_pattern

# a label naming a deed's period, and its value: 'Låneperiode: 21 dage', '- Udlånsperiode: 28 dage', or
# the deed alone: 'Binding: 24 måneder' (its value must be a length of time, see _period_lines)
_PERIOD_LABEL = re.compile(r"^\W*(?P<deed>[^\W\d_]{3,}?)(?:s?periode)?\s*:\s*(?=\S)", re.I)
# a length of time as a label's value: '21 dage', 'op til 3 dage', '24 måneder' (not an hour, '8.00-16.00')
_LENGTH = re.compile(r"\d+(?:[.,]\d+)?\s*(?:" + length_pattern() + r")\b", re.I)
# a word naming a period itself: 'bindingsperioden', 'låneperioden' (folded)
_PERIOD_WORD = re.compile(r"^(?P<deed>[a-z]{3,}?)s?periode\w*$")


def periods(ctx: Context) -> list[Candidate]:
    """The one period label of the task asked about whose deed is the question's verb ('låne' for
    'Låneperiode', or for 'Udlånsperiode', the same loan said from the lender's side)."""
    q = ctx.q
    named = {t.pos for t in q.content() if _PERIOD_WORD.match(ascii_fold(t.surface.casefold()))
             and not _governed(q, t.pos)}  # ('5 dage før låneperioden' anchors a deadline)
    if q.yesno or q.expects is not Expect.TIME or not (asks_length(q) or named) or _asks_date(q):
        return []  # ('hvor lang er bindingsperioden?' names the period it asks the length of; 'hvornår
        # slutter bindingsperioden?' asks a date, which a label's length is not)
    framing = q.concept_positions("when", "duration", "task") | q.project_pos | _length_words(q)
    keeping = {t.pos for t in q.content() if _stem(t.surface) in _KEEP or
               ascii_fold(t.surface.casefold()) in _PARTICIPLES} | named
    # (to keep, to be bound or a period name no thing; the tasks may write them otherwise)
    tasks, via = scope(ctx, framing | keeping)
    if len(tasks) != 1:
        return []
    said = _period_lines(ctx, tasks[0])
    deeds = {t.pos: said[k] for t in q.content() if t.role == "word" and t.pos not in q.project_pos
             and not _governed(q, t.pos) for k in deed_keys(t.surface) if k in said}
    lines = set(deeds.values())
    if len(lines) != 1:
        return []  # no label of the asked deed, or two that differ: not this rule's to choose
    for p in keeping & set(deeds):
        q.tokens[p].match = max(q.tokens[p].match, 1.0)  # 'beholde' is understood though no task writes it
    if not asks_length(q) and not named & set(deeds):
        return []
    things = [t for t in q.content() if t.role == "word" and t.pos not in framing | keeping | set(deeds)
              and t.pos not in q.project_pos and t.weight > 0.1 and not set(t.keys) & _MOST]
    bound = _own_bound(ctx, tasks[0], things, deeds, q)
    if bound is False:
        return []  # a thing the task does not name ('stolene' of a task lending tents and tables)
    if bound:  # 'Telte kan dog kun lånes i højst 3 dage ad gangen': the asked thing's own bound
        return [Candidate("passage", str(bound), tasks, framing | via | set(deeds) | {t.pos for t in things},
                          prior=1.0)]
    # (a label of the very deed asked says its period as surely as a named task's field does; it goes
    # before a deadline of the same task that only counts in the same unit, 'senest 10 dage før ...')
    return [Candidate("passage", lines.pop(), tasks, framing | via | set(deeds), prior=1.0)]


# the words of the length asked ('hvor mange dage'), and 'ad gangen' (at a time, which the glossary
# writes 'samtidig'): they name no thing to find the task by
_LENGTH_WORDS = frozenset({"dag", "dage", "uge", "uger", "maaned", "maaneder", "time", "timer", "days",
                           "weeks", "months", "hours", "samtidig", "gangen"})


def _length_words(q) -> set[int]:
    return {t.pos for t in q.tokens if ascii_fold(t.surface.casefold()) in _LENGTH_WORDS}


# prepositions: the word after one is a thing, not the deed asked ('hvor længe gælder tilbuddet om leje af
# X?' asks how long the offer holds, not the hire's period)
# prepositions and time words: a period after one is the anchor of another deed's time ('hvor mange
# dage inden låneperioden skal materiellet bestilles?'), not the period asked
_PREPOSITIONS = frozenset({"om", "af", "for", "til", "ved", "med", "paa", "i", "efter", "under", "of", "on",
                           "about", "foer", "inden", "indtil", "fra", "forud", "before", "after", "until",
                           "during", "prior"})
# a question asking a date or a moment, not a length ('hvornår slutter bindingsperioden?')
_DATE_ASKED = re.compile(r"\b(?:hvornaar|when|hvilken\s+dato|hvilken\s+dag|what\s+date|which\s+date|"
                         r"what\s+day|which\s+day)\b")


def _asks_date(q) -> bool:
    return any(_DATE_ASKED.search(ascii_fold(said.casefold())) for said in (q.text, q.asked) if said)


# a bound of the deed's own length, right after its verb ('lånes i højst 3 dage', 'lejes op til 2 uger'),
# not a deadline ('senest 9 dage før') nor another deed's bound later in the sentence ('låner rollatorer i
# depotet og svar gives inden for højst 3 dage')
_BOUND_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:i\s+|for\s+)?"
                          r"(?:højst|hoejst|maks\.?|maksimalt|op til|at most|up to|no more than)\s+"
                          + _LENGTH.pattern, re.I)


# the bound asked, no thing: 'hvor mange dage kan man højst låne X?' (keys)
_MOST = frozenset({"hojst", "hoejst", "laengst", "langst", "maks", "maksimalt", "mest", "most", "longest",
                   "maximum"})


def _own_bound(ctx: Context, task: int, things, deeds: dict[int, str], q) -> str | bool | None:
    """For the things a question names beside the deed ('teltene'): False when the task names one of
    them nowhere; a sentence of the task that bounds the deed for one of them ('Telte kan dog kun lånes i
    højst 3 dage ad gangen'); else None (the label answers)."""
    keys = {k for p in deeds for k in deed_keys(q.tokens[p].surface)}
    text = " ".join(ctx.index.passages[pid].text for pid in ctx.index.task_passage_ids(task))
    title = ctx.task(task).title
    written = {_stem(w) for w in re.findall(r"[^\W\d_]{3,}", f"{title} {text}")}

    def named_in(stems: set[str], t) -> bool:
        return any(k in stems or any(len(s) >= 3 and (k.endswith(s) or s.endswith(k)) for s in stems)
                   for k in {_stem(t.surface), *t.keys} if len(k) >= 3)
    if not all(named_in(written, t) for t in things):
        return False
    for pid in ctx.index.task_passage_ids(task):  # (each passage apart: a label ends no sentence)
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+", ctx.index.passages[pid].text):
            if ":" in sentence or not _deed_bounded(sentence, keys):
                continue  # (a label, or a run of a list's labels, is no sentence of the thing)
            stems = {_stem(w) for w in re.findall(r"[^\W\d_]{3,}", sentence)}
            if any(named_in(stems, t) for t in things):
                return sentence.strip()
    return None


def _deed_bounded(sentence: str, keys: set[str]) -> bool:
    return bool(deed_bounds(sentence, keys))


def deed_bounds(sentence: str, keys: set[str]) -> list[str]:
    """The bounds the sentence puts on the deed's own length right after its verb ('kan kun lånes i højst 3
    dage' -> 'i højst 3 dage'), for the deed's stems (deed_keys)."""
    return [b.group() for m in re.finditer(r"[^\W\d_]{3,}", sentence)
            if _stem(m.group()) in keys and (b := _BOUND_AFTER.match(sentence, m.end()))]


def _governed(q, pos: int) -> bool:
    return pos > 0 and ascii_fold(q.tokens[pos - 1].surface.casefold()) in _PREPOSITIONS


def period_label(text: str) -> tuple[list[str], str] | None:
    """A period label holding a length ('Låneperiode: 21 dage', 'Binding: 24 måneder'): the stems of the
    deed it names (an 'Udlånsperiode' is also how long one may borrow: 'udlan', 'lan') and the line."""
    m = _PERIOD_LABEL.match(text)
    if not m or not _LENGTH.search(text[m.end():]):
        return None
    deed = _stem(m.group("deed"))
    if "periode" not in m.group(0).casefold() and not deed.endswith("ing"):
        return None  # 'Batteri: holder 5 år' names a thing, no deed: only 'Binding:' and the like
    deeds = [deed, deed[2:]] if deed.startswith("ud") and len(deed) > 4 else [deed]
    return deeds, text.strip().lstrip("-•* ").strip()


def _period_lines(ctx: Context, task: int) -> dict[str, str]:
    """The task's period labels that hold a length: the deed's stem -> the label line."""
    found = {}
    for pid in ctx.index.task_passage_ids(task):
        if label := period_label(ctx.index.passages[pid].text):
            deeds, line = label
            found[deeds[0]] = line
            for deed in deeds[1:]:
                found.setdefault(deed, line)
    return found


def deed_keys(word: str) -> set[str]:
    """The stems a question's verb may stand as in a label ('låne' -> 'lån', 'udlåne' -> 'udlån'); to keep
    a thing ('hvor længe må vi beholde dukkerne?') is to have it on loan or on hire, so 'beholde' stands
    for the loan's and the hire's periods."""
    folded = ascii_fold(word.casefold())
    if named := _PERIOD_WORD.match(folded):  # 'bindingsperioden': the deed its period is named by
        return {_stem(named.group("deed"))}
    stem = _stem(_PARTICIPLES.get(folded, word))
    if stem in _KEEP:
        return {stem, *_ON_LOAN}
    return {stem, stem + "ing"}  # 'binde' for 'Binding', as 'teste' for 'Testperiode'


# keeping a thing one has borrowed or hired ('beholde'), and the deeds of its period ('Låneperiode',
# 'Lejeperiode'; 'Udlånsperiode' is read as 'lån' too)
_KEEP = frozenset({"behold"})
# a participle whose stem is not its verb's ('er vi bundet til X?': 'binde', the label's 'Binding')
_PARTICIPLES = {"bundet": "binde", "bundne": "binde"}
_ON_LOAN = frozenset({"lan", "lej"})


def _stem(word: str) -> str:
    return ascii_fold(stem_key(word.casefold()))
