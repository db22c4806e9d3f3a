"""A number as the question writes it and as the tasks do: '3500' and '3.500' (or '3 500') are one
number, though the tasks' words split the grouped one in two ('3', '500')."""

from __future__ import annotations

import re

from knowledge.index import Index

# a plain number of four or more digits, and one grouped by thousands with a dot or a (no-break) space;
# not part of a date, a time, a decimal or a code ('12.04.2027', '8.30', '3,5', 'SF1590')
_PLAIN = re.compile(r"(?<![\w.,:/-])(\d{4,9})(?![\w]|[.,:/-]\d)")
_GROUPED = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:[. \u00a0]\d{3})+)(?![\w]|[.,:/-]\d)")
_SEPARATORS = (".", " ", "\u00a0")  # between groups of thousands
_SEPARATOR = "[" + "".join(_SEPARATORS) + "]"
_MOST_PASSAGES = 200  # a group read in more passages than this is checked in the first ones only


def as_the_tasks_write(text: str, index: Index) -> str:
    """`text` with each number written as the tasks write it, grouped or not, when they write it only
    the other way ('over 3500 kg' -> 'over 3.500 kg' for a task's '3.500 kg'; the same backwards)."""
    if not any(map(str.isdigit, text)):
        return text

    def plain(m: re.Match[str]) -> str:
        digits = m.group(1)
        if digits in index.postings:
            return digits  # the tasks write it so ('2027', a year)
        return _grouped_in_tasks(index, digits) or digits

    def grouped(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group(1))
        if digits in index.postings and _grouped_in_tasks(index, digits) is None:
            return digits  # 'højst 3.500 kg' for a task's '3500 kg'
        return m.group(1)

    return _PLAIN.sub(plain, _GROUPED.sub(grouped, text))


def _grouped_in_tasks(index: Index, digits: str) -> str | None:
    """The number grouped by thousands as a task writes it ('3.500', '3 500'), or None."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    spellings = tuple(sep.join(groups) for sep in _SEPARATORS)
    # (a pattern is compiled only for passages that hold the grouped number at all: compiling one per
    # asked number cost more than the whole rest of such a question)
    passages = [pid for pid in index.postings.get(groups[-1], ())[:_MOST_PASSAGES]
                if any(s in index.passages.text_of(pid) for s in spellings)]
    if not passages:
        return None
    pattern = re.compile(r"(?<![\w.,])" + _SEPARATOR.join(groups) + r"(?![\w]|[.,]\d)")
    for pid in passages:
        if (m := pattern.search(index.passages.text_of(pid))) is not None:
            return m.group(0).replace("\u00a0", " ")
    return None
