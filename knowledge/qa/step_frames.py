"""The first or last method step asked in everyday words, without a word for 'step'."""

from __future__ import annotations

import re

# 'hvad skal vi starte med i X?', 'hvad gør man først?', 'hvad er det første, vi skal gøre?',
# 'hvad er det sidste, jeg skal lave?', 'hvad er det sidste man gør?' (the modal may go), 'hvad skal vi gøre
# til sidst / slutte af med?': a question of what to do (a 'hvad' and a doer), whose order word says which
# step. 'hvornår skal vi starte med X?' asks a time and 'hvad skal vi starte med at teste?' names its own
# deed: neither is a step frame. (The words are read as the glossary leaves them: 'starte' is read as
# 'starter'.)
_DOER = r"(?:vi|man|jeg|i|de)"
_MODAL = r"(?:skal|skulle|gør|bør|må|kan)"
_DO = r"(?:gøre|gør|lave|laver|foretage)"
_START = r"(?:start\w*|begynd\w*|lægge ud) med"
_EARLY = r"(?:først|allerførst|som det første)"
_LATE = r"(?:til sidst|allersidst|som det sidste)"
# (no frame is followed by 'inden/før/efter X': 'hvad er det sidste man gør inden slyngedagen?' asks what is
# done last before an event, not the task's last step)
_NOT_AROUND = r"(?! (?:inden|før|efter)\b)"
_FIRST = re.compile(
    rf"(?:^hvad {_MODAL} {_DOER} (?:{_START}|{_DO} {_EARLY})(?! at\b)"
    rf"|^hvad {_DO} {_DOER} (?:først|allerførst)"
    rf"|^hvad er det (?:aller)?første,? {_DOER} (?:{_MODAL} )?{_DO}){_NOT_AROUND}")
_LAST = re.compile(
    rf"(?:^hvad {_MODAL} {_DOER} (?:{_DO} {_LATE}|slutte(?: af)? med)(?! at\b)"
    rf"|^hvad {_DO} {_DOER} (?:til sidst|allersidst)"
    rf"|^hvad er det (?:aller)?sidste,? {_DOER} (?:{_MODAL} )?{_DO}){_NOT_AROUND}")


def step_asked(words: list[str]) -> tuple[int, range] | None:
    """The step an everyday question asks for (1 the first, -1 the last) and the positions of the
    words that say so, given the question's words in order; None when it names no step this way."""
    said = " ".join(w.casefold() for w in words)
    for pattern, step in ((_FIRST, 1), (_LAST, -1)):
        m = pattern.match(said)
        if m:
            return step, range(said[:m.end()].count(" ") + 1)
    return None
