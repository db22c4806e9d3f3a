"""Method steps written in a task's description when the export has no method field."""

from __future__ import annotations

import re

from knowledge.models import MethodStep
from knowledge.text import one_line, split_numbered

# A paragraph that says the steps follow: 'Fremgangsmåde: 1) …', 'Fremgangsmåden er: 1) …, 2) …',
# 'Sådan gør I: 1. …', 'følgende trin: 1) …'
_LEAD = re.compile(r"(?:fremgangsmåde(?:n)?|metode(?:n)?|sådan\s+gør\s+(?:i|du|man|vi)|"
                   r"følgende\s+(?:trin|skridt)|the\s+steps|procedure)(?:\s+(?:er|is|are))?\s*:\s*", re.I)
# 'Trin 1: …' paragraphs, one step each
_STEP_LINE = re.compile(r"^(?:trin|step|skridt)\s+(\d{1,2})\s*[.:)–—-]\s*(.+)$", re.I)


def described_steps(description: str) -> list[MethodStep]:
    """The steps a description writes as its own numbered run (at least two, numbered from 1): after a
    lead that says steps follow, or as paragraphs 'Trin 1: …', 'Trin 2: …'. A numbered list without
    such words is not taken for the method (it may list facts)."""
    for m in _LEAD.finditer(description):
        paragraph = description[m.end():].split("\n\n")[0]
        items = split_numbered(paragraph.replace("\n", " "))
        if len(items) >= 2:
            return _steps([_tidy(text) for _, text in items])
    texts: list[str] = []
    for line in description.split("\n"):
        if not (m := _STEP_LINE.match(line.strip())):
            continue
        if int(m.group(1)) != len(texts) + 1:
            break
        texts.append(m.group(2))
    return _steps(texts) if len(texts) >= 2 else []


def _tidy(text: str) -> str:
    """'registrér plejeindsatsen pr. areal,' -> 'Registrér plejeindsatsen pr. areal' (items of a sentence)."""
    text = one_line(text).rstrip(",;").strip()
    return text[:1].upper() + text[1:]


def _steps(texts: list[str]) -> list[MethodStep]:
    return [MethodStep(number=n, text=one_line(t)) for n, t in enumerate(texts, 1) if one_line(t)]
