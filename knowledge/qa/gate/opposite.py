"""Whether an answer says the opposite of what is asked ('åbner' for 'lukker', 'over' for 'under')."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import _QUOTING, said
from knowledge.qa.gate.times import _DENIAL_SAID
from knowledge.qa.gate.totals import is_table
from knowledge.qa.opposites import (
    contradicts,
    contradicts_bound,
    contradicts_extreme,
    contradicts_side,
    contradicts_start,
)


def _opposite(q: Question, c: Candidate) -> bool:
    """'Hvornår lukker testmiljøet?' is not answered by a sentence that says when it opens."""
    if q.yesno or c.kind in _OWN_FIELDS:
        return False  # a task's own dates ('skal være færdig ... og startes ...') say both on purpose
    # 'over 70 år' is not answered for 'under 70 år', 'før bookingen' not by 'efter bookingen' (of what
    # follows a failure, the condition's: 'hvis X ikke er klar 3 uger før go-live?' is answered by 'Er X
    # ikke klar til tiden, må kommunen ... de første to uger efter go-live')
    bounded = _condition_part(said(c.text)) if c.kind == "consequence" else said(c.text)
    if contradicts_bound(q.text, bounded) or contradicts_side(q.text, bounded) or \
            contradicts_start(q.text, bounded):
        return True
    if c.kind in _QUOTING and _denied_thing_unsaid(q, said(c.text)):
        return True  # 'hvad må ikke lægges i kapslen?' is not '4. Læg reglementet på hjemmesiden'
    if c.kind in ("consequence", "passage") and _HAS_STATE.search(q.text) and not q.has("negation") and \
            _LACK.search(_condition_part(said(c.text))):
        return True  # 'hvis foreningen har en X?' - 'Har foreningen ingen X, lukker ...': its lack's outcome
    # 'hvor mange isvagter må der højst være?' is not 'mindst 2 isvagter ... højst 150 skøjteløbere'
    if contradicts_extreme(q.text, {k for t in q.content() for k in t.keys}, said(c.text)):
        return True
    # (the words as typed too: a glossary phrase may read 'lukker ... for' as another verb, 'spærre')
    asked = {k for t in q.tokens for k in t.keys} | content_keys(q.text)
    # (not in a table quoted whole: its 'lukket' is one cell's value, not what the table says of the row
    # asked, whose cell may say 'Åben'; a table is judged by its rows and lead, _table_without_asked)
    return c.kind in _QUOTING and not is_table(said(c.text)) and contradicts(asked, said(c.text))


_OWN_FIELDS = frozenset({"when", "list", "title", "overview", "field"})
_IF_WORD = re.compile(r"\b(?:hvis|medmindre|såfremt|if|unless)\b", re.I)


# an if-clause that puts a state or a having: 'hvis foreningen har en X', 'if the club has a X'
_HAS_STATE = re.compile(r"\b(?:hvis|if)\s+(?:[\w-]+\s+){1,3}?(?:har|er|has|have|is|are)\s+"
                        r"(?:en|et|nogen|a|an|any)\b", re.I)
# a condition that is a lack: 'Har kommunen ingen X, ...', 'Hvis X ikke ...', 'Uden X ...'
_LACK = re.compile(r"\b(?:ingen|intet|ikke|uden|no|not|without)\b", re.I)


# 'hvad må ikke lægges i kapslen?', 'which items must not be sent?': what a deed is denied for, asked in the
# main clause (ascii-folded; not 'hvad sker der, hvis X ikke kan ...', whose denial is a condition's)
_DENIED_WHAT = re.compile(r"^\W*(?:hvad|hvilke[nt]?|what|which)\b(?:(?!\b(?:hvis|if|naar|when)\b)[^,])*?"
                          r"\b(?:(?:maa|kan|skal|may|must|can|should)\s+(?:[\w-]+\s+)?(?:ikke|not|aldrig|never)|"
                          r"cannot|mustn't)\b")


def _denied_thing_unsaid(q: Question, text: str) -> bool:
    """'Hvad må ikke lægges i kapslen?' asks what is denied: a sentence that denies or bans nothing ('4. Læg
    reglementet på kommunens hjemmeside') says what is done, not what may not be (as times.py asks it of
    'hvornår må man ikke ...?')."""
    return bool(_DENIED_WHAT.search(ascii_fold(q.text.casefold()))) and not _DENIAL_SAID.search(text)


def _condition_part(text: str) -> str:
    """The condition of a sentence that says what follows a failure: after its 'hvis' ('Y sker, hvis X
    ikke ...'), else up to the first comma ('Er X ikke klar til tiden, kan ...')."""
    m = _IF_WORD.search(text)
    if m is not None and m.start() > 0:
        return text[m.end():]
    return text.split(",", 1)[0]
