"""Whether an answer is about the one of several like-named things the question picks out, and whether a
value given per thing is the value of the thing the question names."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.names import _names
from knowledge.qa.gate.reading import said
from knowledge.qa.types import Expect
from knowledge.retrieval import title_keys

# the values a task gives per thing, that a whole task's figure does not give for one of its things; a
# party (the supplier of the whole solution) holds for each
_PER_THING = frozenset({Expect.COUNT, Expect.PRICE, Expect.PERCENT, Expect.CLOCK})
# a capitalised word of a task's text: a name or a sentence's first word
_CAPITALISED = re.compile(r"\b[A-ZÆØÅ][a-zæøå]{3,}\b")
_LOWER = re.compile(r"\b[a-zæøå]{4,}\b")
_HEAD = 3  # the shortest shared end of keys that can be a compound's head ('hal', 'skol', 'gard')


def _sibling_head(name: str, word: str) -> str | None:
    """The end two different names' keys share ('sohal', 'lindehal' -> 'hal'), when each
    has a first part of its own of two letters or more."""
    # by their keys, so a genitive or an ending ('Sommerskolens', 'Østervangskolen') is no difference
    a, b = key(name.casefold()), key(word.casefold())
    if a == b:
        return None
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n < _HEAD or len(a) - n < 2 or len(b) - n < 2:
        return None
    return a[-n:]


def _sibling_in(text: str, t: Token, nouns: frozenset[str]) -> bool:
    """Whether the text names another thing of the name's head ('Sommerskolens' for 'Østervangskolen'),
    a head the task writes as a noun of its own (`nouns`: _task_nouns)."""
    heads = {head for m in _CAPITALISED.finditer(text) if (head := _sibling_head(t.surface, m.group(0)))}
    # the shared end must be a noun the task also writes in lower case ('hallerne' for 'hallen'), not a
    # shared spelling of two surnames ('-ersen'); any end of the shared part may be the head. A short end
    # must be that noun itself: 'VoltPark' and 'Ladeværk' share 'ark', 'RottePortalen' and
    # 'Databehandleraftalen' 'tal', which end many words ('betale', the firm's own 'ladevaerk' in a mail
    # address) and head neither name
    ends = {head[i:] for head in heads for i in range(len(head) - _HEAD + 1)}
    return any(len(k := key(end)) >= _HEAD and any(w == k or len(k) > _HEAD and w.endswith(k) for w in nouns)
               for end in ends)


def _task_nouns(index: Index, task: int) -> frozenset[str]:
    """The keys of the lower-case words of a task's title and passages, made once per task: every
    candidate of a question about the task asks."""
    def make() -> frozenset[str]:
        texts = [index.tasks[task].title, *(index.passages[pid].text for pid in index.task_passage_ids(task))]
        return frozenset(key(w) for text in texts for w in _LOWER.findall(text))
    return index.kept("sibling_nouns", task, make)


def named_sibling_unsaid(index: Index, q: Question, c: Candidate) -> str:
    """The name of the question the answer is not about, or '': 'hvem er skoleleder på Østervangskolen?'
    is not answered by 'Sommerskolens leder er ...' (another of the task's schools), and 'hvor mange døre
    er der i Søhallen?' not by 'Antal døre: 38' (the task's count, where it also names Lindehallen)."""
    if len(c.tasks) != 1 or q.yesno:
        return ""
    text = said(c.text)
    held = content_keys(text)
    folded = ascii_fold(text).casefold()
    task = c.tasks[0]
    titled = title_keys(index.tasks[task].title)
    for t in _names(q):
        # the name itself, not its head: 'Søhallen' is explained by 'idrætshallerne' in the title
        if t.own_key in held or ascii_fold(t.surface).casefold() in folded or t.own_key in titled:
            continue
        nouns = _task_nouns(index, task)
        if _sibling_in(text, t, nouns):
            return t.surface  # the answer names another of the name's kind
        # a value given per thing, where the task names another of the name's kind beside it ('Lindehallen
        # og Søhallen', 'Vestskolen ..., derefter Bakkeskolen'): the value said without the name is the
        # whole's or the other's ('hvad koster licensen til TurBook?' is answered by 'Licensen koster
        # 7.400 kr.' where TurBook has no sibling)
        name = ascii_fold(t.surface).casefold()
        if q.expects in _PER_THING and any(
                _sibling_in(other, t, nouns) for pid in index.task_passage_ids(task)
                if name in ascii_fold(other := index.passages[pid].text).casefold()):
            return t.surface
    return ""
