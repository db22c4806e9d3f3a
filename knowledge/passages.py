"""A task cut into the passages answers quote: sentences, list items, whole lists, fields."""

from __future__ import annotations

import re
from typing import NamedTuple

from knowledge.models import Task
from knowledge.wording import label

ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}(?:\.\d{1,2})*[.)])\s+")
# A sentence ends at . ! ? before a capital or digit, but not after Danish abbreviations.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«(]?[A-ZÆØÅ0-9])")
_ABBREVIATIONS = ("fx.", "f.eks.", "jf.", "evt.", "mv.", "bl.a.", "dvs.", "ca.", "inkl.", "nr.", "pkt.",
                  "stk.", "kl.", "mht.", "vedr.", "ift.", "e.g.", "i.e.", "etc.", "tlf.", "tel.", "mob.",
                  "att.", "adm.", "afd.", "pr.")


# A line of a short label, a colon and a value: 'Kontaktperson hos leverandøren: Anders Holm (...)'.
_LABEL_LINE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ'’/-]*(?:[ \t]+[\wæøåÆØÅ'’/-]+){0,3}:[ \t]+\S")


class Passage(NamedTuple):
    """One quotable piece of a task; `number` is the step/checklist number where it has one."""

    field: str
    text: str
    number: int | None = None
    whole: str | None = None  # for a list item or a list's intro: the whole list


def shown(passage: Passage) -> str:
    """The passage as an answer quotes it: a list's intro ('Følgende oplysninger behandles:') with the
    items it introduces, which are what it says, and an item of a one-item list with its intro; any other
    passage as it is."""
    if passage.whole and (passage.text.endswith(":") or passage.whole.count("\n") <= 1):
        return passage.whole
    return passage.text


def _abbreviated(sentence: str) -> bool:
    """Whether the sentence ends in an abbreviation as a word of its own ('fx.', '(jf.', 'CVR-nr.'), not
    in a word that merely ends so ('underskrift.' is no 'ift.', 'hotel.' no 'tel.')."""
    return _ABBREVIATED.search(sentence.casefold()) is not None


# an abbreviation not glued to letters before it ('CVR-nr.' and '(jf.' are, 'underskrift.' is not 'ift.')
_ABBREVIATED = re.compile(r"(?<![a-zæøå])(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")$")


# abbreviations that close a phrase and so often a sentence ('koster 3.800 kr. pr. stk.', 'skoler mv.'):
# before a capitalised word a new sentence begins ('stk. 2' of a section stays one)
_CLOSING = re.compile(r"(?<![a-zæøå])(?:stk|mv|etc)\.$")


def sentences(text: str) -> list[str]:
    """Sentences of one paragraph, keeping 'fx.'/'jf.' inside their sentence."""
    parts = _SENTENCE_END.split(text.strip())
    out: list[str] = []
    for part in parts:
        if out and _abbreviated(out[-1]) and not (_CLOSING.search(out[-1].casefold()) and part[:1].isupper()):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p for p in out if p]


def paragraphs(text: str | None) -> list[str]:
    """The text's paragraphs (blocks between blank lines), stripped, empty ones left out."""
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def text_passages(field: str, text: str | None) -> list[Passage]:
    """Paragraph sentences and lists; a list is quoted whole from its intro ('EG planlægger at:',
    also when a blank line separates them) or alone per item."""
    if not text:
        return []
    out: list[Passage] = []
    for paragraph in paragraphs(text):
        for lines in _after_list_split([ln.strip() for ln in paragraph.split("\n") if ln.strip()]):
            _add_block(field, lines, out)
    return out


def _after_list_split(lines: list[str]) -> list[list[str]]:
    """A paragraph's lines, with the prose after its list apart: a Word paste keeps no blank line
    between a list's last item and the paragraph after it ('- Ingen bål' then 'Reglerne vedtages af
    ...'), and read as that item's continuation the paragraph made one long passage that outranked the
    right sentence for any question sharing a few of its words. A line opening with a capital right
    after the last item of two or more starts that prose, unless an earlier item had lines under it too
    (a list of titled rows, each with its description below; a lone item in a paragraph of its own is
    such a row: '1. SF1520 CPR Opslag' over 'Opslag af borgerens stamdata')."""
    described = False
    for i, line in enumerate(lines):
        if ITEM.match(line):
            continue
        after_item = i > 1 and ITEM.match(lines[i - 1]) is not None and ITEM.match(lines[i - 2]) is not None
        last = not any(ITEM.match(rest) for rest in lines[i + 1:])
        if after_item and last and not described and line[:1].isupper() and ends_clause(lines[i - 1]):
            return [lines[:i], lines[i:]]
        described = described or any(ITEM.match(before) for before in lines[:i])
    return [lines]


def ends_clause(item: str) -> bool:
    """Whether a list item can end where its line does: not a hard-wrapped item ('sendes videre til' over
    'Låsesmeden Nøglehuset ApS, som ...') or a label whose value is on the next line ('- Kontaktperson:'
    over 'Mette Holm, haveformand'); those go on under it."""
    end = item.rstrip()
    if not end or end[-1] in ":,;-\u2013\u2014/&+":
        return False
    words = re.findall(r"[^\W\d_]+", end)
    return not words or words[-1] not in _OPEN_WORDS or end[-1] in ".!?)"


# words a clause cannot end with, as written in lower case: prepositions and conjunctions (not a name's
# letter: 'Bilag A')
_OPEN_WORDS = frozenset("til af for på med i om fra hos ved via mod efter under over uden mellem og eller "
                        "samt som at der end men da når hvis fordi mens så the a an and or to of with by "
                        "from in on".split())


def _add_block(field: str, lines: list[str], out: list[Passage]) -> None:
    """Add one block's sentences and list to `out`, whose last passage may be the list's intro."""
    prose: list[str] = []
    items: list[str] = []
    for line in lines:
        if ITEM.match(line):
            items.append(line)
        elif items:  # a line after a list item continues it
            items[-1] = f"{items[-1]} {line}"
        else:
            prose.append(line)
    said = sentences(" ".join(prose))
    # 'Leverandør: X' / 'Driftsansvarlig: Y' on lines of their own run together into one sentence
    # (which keeps a contact's name with its phone); each line is quotable on its own too
    labelled = [line for line in prose if _LABEL_LINE.match(line)]
    said += [line for line in labelled if len(labelled) >= 2 and line not in said]
    if not items:
        out += [Passage(field, s) for s in said]
        return
    intro = said.pop() if said and said[-1].endswith(":") else None
    out += [Passage(field, s) for s in said]
    if intro is None and not said and out and out[-1].text.endswith(":") and out[-1].whole is None:
        intro = out.pop().text  # the intro paragraph just before this list
    whole = "\n".join([intro, *items] if intro else items)
    if intro:
        out.append(Passage(field, intro, whole=whole))
    out += [Passage(field, item, whole=whole) for item in items]


def bare_list(task: Task, passage: Passage) -> tuple[str, list[str]] | None:
    """The intro and items of a list on bare lines that a passage of the task's text runs together
    (see _bare_items), or None."""
    if passage.whole or passage.field not in _TEXT_FIELDS or not _RUN_TOGETHER.search(passage.text):
        return None  # (read only for a passage whose colon a word in lower case follows: it is cheap)
    return _bare_items(getattr(task, passage.field) or "", passage.text)


_TEXT_FIELDS = ("goal", "description", "result")
_RUN_TOGETHER = re.compile(r":\s+[^\W\d_A-ZÆØÅ]")


def _bare_items(text: str, said: str) -> tuple[str, list[str]] | None:
    """'Slætlisten skal for hver deltager indeholde:' over 'navn', 'højde', 'telefonnummer til en pårørende'
    on bare lines, then 'Lederen af Slætlauget godkender ...': the passages run such lines together with
    the sentence after them (read as a list in the passages, bare lines cut lists at a capitalised item
    and made items of hard-wrapped prose), so a reading of a list's items (a count) reads them from the
    task's text, and only when each line is plainly an item - short, in lower case, no sentence's end -
    and a sentence or the paragraph's end ends the run (a short capitalised line may be an item too: no
    count is sure then)."""
    lines = [line.strip() for line in text.split("\n")]
    for i, line in enumerate(lines):
        if not line.endswith(":"):
            continue
        intro = sentences(line)[-1] if sentences(line) else line
        if not said.startswith(intro) or said == intro:
            continue
        items = []
        for item in lines[i + 1:]:
            if _bare_item(item):
                items.append(item)
                continue
            ended = not item or (item[:1].isupper() and (item.endswith((".", "!", "?"))
                                                         or len(item.split()) > _MAX_BARE_WORDS))
            return (intro, items) if ended and len(items) >= 2 else None
        return (intro, items) if len(items) >= 2 else None
    return None


def _bare_item(line: str) -> bool:
    """A bare line that can be a list's item: a few words in lower case (or opening on an abbreviation:
    'GPS-koordinater', 'CPR-nummer', which opens no sentence), not a sentence's end or a clause that goes
    on on the next line (a hard-wrapped sentence's: 'sendes senest til')."""
    words = line.split()
    opening = line[:1].islower() or _ABBREVIATION.match(line) is not None
    # (a comma joins clauses of a hard-wrapped sentence: 'banen lukkes, hvis isen' / 'er under 3 cm, og
    # vagten' - a bare item is a thing named, no clause)
    return 0 < len(words) <= _MAX_BARE_WORDS and opening and not ITEM.match(line) and \
        line[-1] not in ".!?" and "," not in line and ends_clause(line)


_ABBREVIATION = re.compile(r"[A-ZÆØÅ]{2,}(?:-|$|\s)")


_MAX_BARE_WORDS = 6  # a wrapped line of prose holds more


def task_passages(task: Task) -> list[Passage]:
    """Everything in a task a question might be answered from, each with the field it came from."""
    out = [Passage("title", task.title)]
    out += text_passages("goal", task.goal)
    out += text_passages("description", task.description)
    out += [Passage("step", f"{s.number}. {s.text}", s.number) for s in task.method_steps]
    out += text_passages("result", task.result)
    for item in task.checklist:
        status = f" ({item.status})" if item.status else ""
        said = f"{item.number}. {item.title}: {item.text}{status}".replace(": (", " (")
        out.append(Passage("checklist", said, item.number))
        out += [Passage("checklist", f"{sub.text}" + (f" ({sub.status})" if sub.status and
                                                        sub.status not in sub.text else ""), item.number)
                for sub in item.substeps]
    # a table's cell ('GIS: Teknik og Miljø' under 'Ansvarlig enhed') without its column would say
    # another thing than the table; the facts intent answers it with its column
    columns: dict[str, set[str]] = {}
    for f in task.facts:
        columns.setdefault(f.subject, set()).add(f.context)
    out += [Passage("fact", f"{f.subject}: {f.value}") for f in task.facts
            if not f.context or len(columns[f.subject]) < 2]
    labelled = [("executor", "executor", task.recommended_executor),
                ("executor", "executor_comment", task.executor_comment),
                ("responsible", "responsible", task.recommended_responsible),
                ("involved", "involved", task.involved_parties)]
    out += [Passage(field, f"{label(name, 'da')}: {value}") for field, name, value in labelled if value]
    if task.related_tasks:
        out.append(Passage("related", f"{label('related', 'da')}: " + ", ".join(task.related_tasks)))
    out += [Passage("extra", f"{name}: {value}") for name, value in task.extra.items() if value]
    return out
