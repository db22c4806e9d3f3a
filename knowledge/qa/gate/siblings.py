"""Whether an answer is about the one of several like-named things the question picks out."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.names import _names
from knowledge.qa.gate.reading import said
from knowledge.qa.types import Expect

# the values a task gives per thing, that a whole task's figure does not give for one of its things; a
# party (the supplier of the whole solution) holds for each
_PER_THING = frozenset({Expect.COUNT, Expect.PRICE, Expect.PERCENT, Expect.CLOCK})
# a capitalised word of a task's text: a name or a sentence's first word
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][a-zæøå]{3,}\b")
_LOWER = re.compile(r"\b[a-zæøå]{4,}\b")
_HEAD = 4  # the shortest shared end that can be a compound's head ('hallen', 'skolen', 'gården')


def _sibling_head(name: str, word: str) -> str | None:
    """The head two different names share ('Søhallen', 'Lindehallen' -> 'hallen'), when each has a first
    part of its own of two letters or more."""
    a, b = ascii_fold(name).casefold(), ascii_fold(word).casefold()
    if a == b:
        return None
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n < _HEAD or len(a) - n < 2 or len(b) - n < 2:
        return None
    return a[-n:]


def _siblings(index: Index, task: int, t: Token) -> bool:
    """Whether the task names another thing of the name's head: 'Lindehallen' beside 'Søhallen', so the
    name picks one of several and a sentence naming neither is said of no one of them."""
    texts = [index.passages[pid].text for pid in index.task_passage_ids(task)]
    heads = {head for text in texts for m in _CAPITALISED.finditer(text)
             if (head := _sibling_head(t.surface, m.group(0)))}
    # the shared end must be a noun the task also writes in lower case ('hallerne' for 'hallen'), not a
    # shared spelling of two surnames ('-ersen')
    lower = {key(w) for text in texts for w in _LOWER.findall(text)}
    # any end of the shared part may be the head: 'Søhallen' folds to 'soehallen', sharing 'ehallen'
    ends = {head[i:] for head in heads for i in range(len(head) - _HEAD + 1)}
    return any(len(k := key(end)) >= 3 and any(w.endswith(k) for w in lower) for end in ends)


def named_sibling_unsaid(index: Index, q: Question, c: Candidate) -> str:
    """'hvor mange døre er der i Søhallen?' is not answered by 'Antal døre: 38' when the task also names
    Lindehallen: the count is the task's, not Søhallen's. A name of the question that the answer neither
    writes, and that has a like-named sibling in the answer's task, is not answered: the name, or ''."""
    if len(c.tasks) != 1 or q.yesno or q.expects not in _PER_THING:
        return ""
    text = said(c.text)
    held = content_keys(text)
    folded = ascii_fold(text).casefold()
    for t in _names(q):
        # the name itself, not its head: 'Søhallen' is explained by 'idrætshallerne' in the title
        if t.own_key in held or ascii_fold(t.surface).casefold() in folded:
            continue
        if _siblings(index, c.tasks[0], t):
            return t.surface
    return ""
