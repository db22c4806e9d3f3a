"""Facts, signatures and links read from a task's Danish text by rules on its language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from knowledge.models import Fact, Link, Task
from knowledge.text import one_line, strip_marker

# ---------------------------------------------------------------- facts from "X: Y" lists

_ITEM = re.compile(r"(?:[-•*]|\d{1,2}[.)])\s+(.+)$")  # '- Drift: KMD', '1) Hosting: Netcompany'
# 'Drift: KMD', and a mapping written with an arrow: 'Fuldmagtshaver -> Læs og Skriv' (the arrow's
# parts not in the subject, so 'A -> B: C' is no pair of 'A -> B' and 'C'), or a dash between spaces
# ('Leverandør – ByggeData A/S'; a list's items must mostly read so, see extract_facts)
_PAIR = re.compile(r"([^:>→]{1,60}?)(?::|\s+(?:-+>|=>|→|(?P<dash>[-–—])(?=\s))|\s*[–—]>)\s+(.+)$")
# ('Ådalen – 95 haver – formand Poul Riis' is a row of fields, no label and its value)
_DASHED = re.compile(r"\s[-–—]\s")
_CONTEXT_SUBJECT = re.compile(
    r"(?:(?:den|det|de|jeres|kommunens)\s+)?((?:[\w/-]+\s+){0,3}?[\w/-]+)\s+"
    r"(?:er|hedder|kan være|findes|ligger)\b", re.I)


def extract_facts(text: str) -> list[Fact]:
    """Facts from bullet lists whose items read 'X: Y', with the context their introduction
    names: 'Forvaltningsansvarlig er ... ERP-leverandøren:' + '- Prisme: Fujitsu' gives
    Fact('Prisme', 'Fujitsu', context='forvaltningsansvarlig')."""
    facts: list[Fact] = []
    for intro, items in _lists(text):
        pairs = [m for item in items if (m := _PAIR.match(item)) and len(m.group(1).split()) <= 6
                 and not (m.group("dash") and _DASHED.search(m.group(3)))]
        if len(pairs) < 2 or len(pairs) * 2 <= len(items):  # most items must read 'X: Y'
            continue
        # a finished sentence above the list that says who does something ('Portalen leveres af X, og
        # driften varetages af Y.') is a statement of its own: its parties are not the items' owners
        stated = intro.rstrip().endswith((".", "!", "?")) and _AGENT.search(intro)
        context = "" if stated else list_context(intro)
        facts += [Fact(subject=one_line(m.group(1)), value=_unwrap(one_line(m.group(3))), context=context)
                  for m in pairs]
    return facts


# A passive with its agent: 'leveres af', 'varetages af'.
_AGENT = re.compile(r"\b[a-zæøå]{3,}es\s+af\s", re.I)


def _lists(text: str) -> Iterator[tuple[str, list[str]]]:
    """(introduction, items) for each bullet list; the introduction is the text line above it: a
    sentence or a line right above it, not a fragment a blank line before it (a flattened table's last
    cell, 'Økonomiforvaltningen', says nothing of what the items are)."""
    intro, items, gap = "", [], False
    for line in [*text.split("\n"), ""]:
        if m := _ITEM.match(line):
            items.append(strip_marker(m.group(1)))
            continue
        if items:
            yield (intro if _introduces(intro, gap=gap) else ""), items
            items = []
        if line.strip():
            intro, gap = line, False
        else:
            gap = True
    return


def _introduces(line: str, *, gap: bool) -> bool:
    return line.strip().endswith((":", ".", "!", "?")) or not gap


def list_context(intro: str) -> str:
    """What a list's values are, from its introduction: the subject of its last sentence
    ('Forvaltningsansvarlig er ...:' -> 'forvaltningsansvarlig'), else the sentence itself."""
    sentence = sentences(intro)[-1] if intro.strip() else ""
    sentence = sentence.rstrip(" :")
    m = _CONTEXT_SUBJECT.match(sentence)
    return _lower_first(m.group(1) if m else sentence)


def _unwrap(value: str) -> str:
    """'(Københavns Kommune)' -> 'Københavns Kommune': a value wholly in parentheses."""
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        return value[1:-1].strip()
    return value


def _lower_first(text: str) -> str:
    """'Forvaltningsansvarlig' -> 'forvaltningsansvarlig', but 'KOMBIT' and 'ERP-leverandør' stay."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentences(text: str) -> list[str]:
    """Sentences of one text; 'jf. beskrivelsen' and 'mv. Desuden' are split only before a capital."""
    return list(_sentences(text))


# 'sendes pr. Digital Post', 'att. Jura', 'jf. Bilag 3': an abbreviation before a name ends no sentence
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])(?<!\bpr\.)(?<!\batt\.)(?<!\bjf\.)(?<!\bnr\.)(?<!\btlf\.)"
                             r"(?<!\binkl\.)(?<!\bca\.)(?<!\bevt\.)\s+(?=[A-ZÆØÅ\"«“])|\n+")


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """Where the sentence of a text that holds the position `at` starts and ends."""
    start, end = 0, len(text)
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() >= at:
            end = m.start()
            break
        start = m.end()
    return start, end


@lru_cache(maxsize=4096)  # signatures and deadlines read the same texts; exports repeat texts
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(one_line(p) for p in _SENTENCE_BREAK.split(text) if p.strip())


def texts(task: Task) -> Iterator[tuple[int | None, str]]:
    """A task's texts with the number of the method step each is (None for the others), the readers of
    signatures, deadlines and English sentences read: method steps first, their wording is the most precise
    about who does what."""
    for step in task.method_steps:
        yield step.number, step.text
    for item in task.checklist:
        yield None, "\n".join([item.text, *(s.text for s in item.substeps)])
    # The title last: 'Underskriv databehandleraftalen' there is as good as in the text, but says less.
    title = re.sub(r"^\([^()]*\)\s*|^[A-ZÆØÅ]{2,}\s*\d+\w*\s*(?:\([^()]*\)\s*)?", "", task.title)
    for text in (task.description, task.goal, task.result, task.recommended_executor,
                 task.executor_comment, task.recommended_responsible, *task.extra.values(), title):
        if text:
            yield None, text


# ---------------------------------------------------------------- links

_URL = re.compile(r"https?://[^\s<>()\[\]\"'«»]+")


def extract_links(raw: str) -> list[Link]:
    """Every URL once, with its label when the text gives one ('[label](url)' or '<a>label</a>')."""
    labels: dict[str, str | None] = {}
    for m in re.finditer(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", raw):
        labels.setdefault(m.group(2), one_line(m.group(1)))
    for m in re.finditer(r"<a\b[^>]*href=[\"'](https?://[^\"']+)[\"'][^>]*>(.*?)</a>", raw, re.I | re.S):
        labels.setdefault(m.group(1), one_line(re.sub(r"<[^>]+>", "", m.group(2))) or None)
    for m in _URL.finditer(raw):
        labels.setdefault(m.group(0).rstrip(".,;:!?"), None)
    return [Link(url=url, label=label) for url, label in labels.items()]
