"""Read KLIK task exports (the markdown-like and the tab-separated format) into `Task` models."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NamedTuple

from knowledge.checklist import split_checklist
from knowledge.deadlines import extract_deadlines, pipe_rows
from knowledge.described_steps import described_steps
from knowledge.english_tasks import english_deadlines, english_recipient, english_signatures, is_paper
from knowledge.errors import ParseError, Said
from knowledge.extract import extract_facts, extract_links
from knowledge.language import US
from knowledge.models import MethodStep, Task
from knowledge.readers.fields import RawTask, field_for, label_key
from knowledge.readers.markdown import markdown_tasks
from knowledge.readers.tabbed import tabbed_tasks
from knowledge.readers.tables import table_rows
from knowledge.signature_tables import add_stated_signatures
from knowledge.signatures import extract_signatures
from knowledge.stated_facts import label_facts, table_facts
from knowledge.text import (
    clean_characters,
    clean_name,
    html_to_text,
    looks_like_html,
    normalize_newlines,
    one_line,
    ruled_pipe_tables,
    split_dashed,
    split_numbered,
    strip_markdown,
    strip_marker,
    tidy,
)

MARKDOWN, TSV = "markdown", "tsv"

_INT_FIELDS = {"duration_days", "end_offset_days", "start_offset_days"}
_TEXT_FIELDS = ("project", "priority", "goal", "result", "recommended_executor", "executor_comment",
                "recommended_responsible", "involved_parties", "publication_status")
_MULTILINE = {"goal", "result"}


# ---------------------------------------------------------------- entry points

class Located(NamedTuple):
    """A parsed task, the line of the file where it starts and the line of its id label (for messages:
    an id that is wrong is fixed on its own line)."""

    task: Task
    line: int
    id_line: int | None = None
    end_line: int | None = None  # its last line with text: where a cut-off export stops


def parse_file(path: str | Path) -> list[Task]:
    """All tasks in one export file; ParseError names the file, the task and the line."""
    return [found.task for found in read_export(path)]


def read_export(path: str | Path) -> list[Located]:
    """Like parse_file, with each task's line number."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError.said("parse_in_file", path=path, why=Said("parse_no_file")) from None
    except IsADirectoryError:
        raise ParseError.said("parse_in_file", path=path, why=Said("parse_is_folder")) from None
    except OSError as exc:
        why = Said("parse_unreadable", why=exc.strerror)
        raise ParseError.said("parse_in_file", path=path, why=why) from None
    try:
        return read_text(decode(data), source=path.name)
    except ParseError as exc:
        raise ParseError.said("parse_in_file", path=path, why=exc.as_value()) from None


def _last_lines(text: str, starts: list[int]) -> list[int]:
    """The last line with text of each task, the tasks starting at these lines in file order."""
    lines = text.split("\n")
    ends = []
    for i, start in enumerate(starts):
        end = (starts[i + 1] - 1) if i + 1 < len(starts) else len(lines)
        while end > max(start, 1) and not lines[end - 1].strip():
            end -= 1
        ends.append(end)
    return ends


def parse_bytes(data: bytes, *, source: str | None = None) -> list[Task]:
    return parse_text(decode(data), source=source)


def parse_text(text: str, *, source: str | None = None) -> list[Task]:
    """All tasks in an export's text, in file order."""
    return [found.task for found in read_text(text, source=source)]


def read_text(text: str, *, source: str | None = None) -> list[Located]:
    """All tasks in an export's text with their line numbers. Every task-id label in the text must
    end up as a task: a task swallowed by another (a lost '## ' heading) is an error, not a loss."""
    text = normalize_newlines(text)
    nul = text.find("\x00")
    text = clean_characters(text)
    if not text.strip():
        raise ParseError.said("parse_empty")
    fmt = detect_format(text)
    raws = markdown_tasks(text) if fmt == MARKDOWN else tabbed_tasks(text)
    if nul >= 0:
        _refuse_nul(raws, text[:nul].count("\n") + 1, fmt)
    _refuse_cut_label(text, raws, fmt)
    _refuse_cut_list(raws, fmt)
    _refuse_cut_task(raws, fmt)
    ends = _last_lines(text, [raw.line for raw in raws])
    found = [Located(_build_task(raw, fmt=fmt, source=source), raw.line,
                     next((f.line for f in raw.fields if f.key == "master_id"), None), end)
             for raw, end in zip(raws, ends, strict=True)]
    if not found:
        raise ParseError.said("parse_no_task")
    parsed = {located.task.id for located in found}
    for raw in raws:
        for f in raw.fields:
            if f.key == "master_id" and (labelled := one_line(_clean("\n".join(f.lines), fmt))) not in parsed:
                raise ParseError.said("parse_in_task", task=labelled, line=f.line,
                                      why=Said("parse_task_lost"))
    return found


def _refuse_nul(raws: list[RawTask], line: int, fmt: str) -> None:
    """A NUL byte never comes from KLIK or an editor: the file was damaged on the way (a zeroed block,
    a wrong encoding), and text may be missing around it. Other invisible characters (bidi marks,
    zero-width spaces from a copy-paste) are only removed."""
    owner = max((raw for raw in raws if raw.line <= line), key=lambda raw: raw.line, default=None)
    raise _at(owner, fmt, line, Said("parse_nul"))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with a reason."""
    if not data.strip():
        raise ParseError.said("parse_empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _control_share(data[:4096]) > 0.05:
        raise ParseError.said("parse_binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError.said("parse_not_utf8", byte=f"{data[exc.start]:02x}", line=line) from None
    if m := re.search("Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|â€", text):
        raise ParseError.said("parse_mojibake", sample=m.group(0))
    return text


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(data), 1)


_MD_LABEL = re.compile(r"\s*(\*\*[^*\n]+|<(b|strong)>[^<]+</(b|strong)>)")
_MD_HEADING = re.compile(r"#{1,2}\s+\S")
_TSV_LABEL = re.compile(r"\*?([^\t*][^\t]{0,150})\t")


def detect_format(text: str) -> str:
    """MARKDOWN ('**Label** value', '## Title') or TSV ('*Label<TAB>value'), judged by content."""
    lines = text.split("\n")
    md = sum(1 for line in lines if _MD_LABEL.match(line))
    md += sum(3 for line in lines if _MD_HEADING.match(line))
    tsv = sum(1 for line in lines if "\t" in line and (m := _TSV_LABEL.match(line)) and field_for(m.group(1)))
    if not md and not tsv:
        raise ParseError.said("parse_not_export")
    return TSV if tsv * 2 > md else MARKDOWN


def _refuse_cut_label(text: str, raws: list[RawTask], fmt: str) -> None:
    """A file whose last line opens a bold label that never closes ('**Resu'), or in the tab-separated
    format starts a label without its tab ('Resu'), was cut short in the middle of a field's name: the
    field, and whatever followed, is lost."""
    lines = text.rstrip().split("\n")
    last = lines[-1].lstrip()
    if fmt == TSV and not _cut_tsv_label(last, raws):
        return
    if fmt != TSV and (not last.startswith("**") or last.startswith("***") or "**" in last[2:]):
        return
    line = len(lines)
    owner = max((raw for raw in raws if raw.line <= line), key=lambda raw: raw.line, default=None)
    raise _at(owner, fmt, line, Said("parse_cut_label", label=one_line(last)[:30]))


def _cut_tsv_label(last: str, raws: list[RawTask]) -> bool:
    """A tab-separated file's last line, without its tab, is the start of a label the file uses ('Resu'
    for 'Resultat'): the file was cut in the middle of a field's name."""
    name = last.strip(" *").casefold()
    labels = {f.label.strip(" *").casefold() for raw in raws for f in raw.fields if f.key}
    return "\t" not in last and len(name) >= 2 and any(label.startswith(name) for label in labels)


_LIST_OPEN, _LIST_CLOSE = re.compile(r"<(?:ol|ul)\b", re.I), re.compile(r"</(?:ol|ul)>", re.I)


def _refuse_cut_list(raws: list[RawTask], fmt: str) -> None:
    """A file whose last field opens an HTML list that never closes ended inside it, even after a whole
    item ('<ol> <li>1. Modtag aftalen</li> '): the other items, the fields after and any later task are
    lost. (A list left open in a field the file goes on after is sloppy HTML, and nothing is lost.)"""
    last = raws[-1].fields[-1] if raws and raws[-1].fields else None
    value = "\n".join(last.lines) if last else ""
    if last and len(_LIST_OPEN.findall(value)) > len(_LIST_CLOSE.findall(value)):
        raise _at(raws[-1], fmt, last.line, Said("parse_cut_html", label=last.label, where=""))


# the fields whose loss a cut-off export cannot be allowed to hide: what the task says, asks for and yields.
# Two of them must be missing: a last task with no Resultat (exports/more/tsv-beskedfordeler), or a short
# hand-made one with no Metode after tasks that have no Resultat either, is written that way.
_CONTENT = {"description", "method", "result"}


def _refuse_cut_task(raws: list[RawTask], fmt: str) -> None:
    """A file that ends at a line end inside its last task ('*Beskrivelse<TAB><p>…</p>' and no more):
    no HTML is left open, but the last task lacks two content fields every other task of the file has, and
    each would come after the field it stops with. (A task that lacks a field in its middle, or only
    fields such as 'Resultat' or 'Anbefalet ansvarlig', is a task written that way.)"""
    if len(raws) < 2 or not raws[-1].fields:
        return
    last, order = raws[-1], [f for f in raws[-2].fields if f.key]
    common = set.intersection(*({f.key for f in raw.fields if f.key} for raw in raws[:-1]))
    have = {f.key for f in last.fields}
    missing = [f for f in order if f.key in common and f.key not in have]
    keys = [f.key for f in order]
    stop = next((f for f in reversed(last.fields) if f.key), None)
    if not stop or stop.key not in keys or len({f.key for f in missing} & _CONTENT) < 2:
        return
    if all(keys.index(f.key) > keys.index(stop.key) for f in missing):
        labels = ", ".join(f"«{f.label}»" for f in missing)
        raise _at(last, fmt, last.fields[-1].line, Said("parse_cut_task", label=stop.label, missing=labels))


# ---------------------------------------------------------------- raw fields -> Task

class _AtLine(ParseError):
    """A problem with one field: the message gets the field's line."""

    line = 0


def _at_line(line: int, name: str, /, **values) -> _AtLine:
    error = _AtLine.said(name, **values)
    error.line = line
    return error


def _at(owner: RawTask | None, fmt: str, line: int, why: Said) -> ParseError:
    """What is wrong at a line of the file, with the task it is in when there is one."""
    if owner is None:
        return ParseError.said("parse_at_line", line=line, why=why)
    return ParseError.said("parse_in_task", task=_ident(owner, fmt), line=line, why=why)


def _build_task(raw: RawTask, *, fmt: str, source: str | None) -> Task:
    """The task of one raw task; a problem is reported with the task's id or title and the line."""
    try:
        return _task(raw, fmt=fmt, source=source)
    except _AtLine as exc:
        raise _at(raw, fmt, exc.line, exc.as_value()) from None
    except ParseError as exc:
        raise _at(raw, fmt, raw.line, exc.as_value()) from None


def _ident(raw: RawTask, fmt: str) -> str:
    for key in ("master_id", "title"):
        for f in raw.fields:
            if f.key == key and (value := one_line(_clean("\n".join(f.lines), fmt))):
                return (title_code(value) or value)[:60] if key == "title" else value[:60]
    return (title_code(raw.heading) or raw.heading)[:60] if raw.heading else "uden titel"


def _single(raw: RawTask, key: str, fmt: str) -> None:
    """One id and one title per task: two different ones mean two tasks ran together (the second
    lost its '## ' heading) and one would be lost; the same one twice is just repeated."""
    seen: dict[str, int] = {}
    for f in raw.fields:
        if f.key == key and (value := one_line(_clean("\n".join(f.lines), fmt))):
            seen.setdefault(value, f.line)
    if len(seen) > 1:
        (first, line1), (second, line2) = list(seen.items())[:2]
        name = "parse_two_ids" if key == "master_id" else "parse_two_titles"
        raise _at_line(line2, name, first=first, line1=line1, second=second, line2=line2)


class _Fields(NamedTuple):
    """A raw task's fields of a known key (their values, labels and lines) and the others by label."""
    values: dict[str, str]
    labels: dict[str, str]
    lines: dict[str, int]
    extra: dict[str, str]


def _task(raw: RawTask, *, fmt: str, source: str | None) -> Task:
    """The task a raw task's fields say, with what its texts state (facts, signatures, deadlines, links)."""
    values, labels, lines, extra = _fields(raw, fmt=fmt)
    clean = _cleaned(values, lines=lines, fmt=fmt)
    title, code, task_id = _names(clean, raw=raw)
    checklist, description = split_checklist(clean.get("description", ""))
    # without a method field, steps the description numbers itself ('Fremgangsmåde: 1) … 2) …')
    method_steps = method_steps_from(clean.get("method", "")) or described_steps(description)
    task = Task(
        id=task_id, code=code, title=title,
        phase=_without_type(clean.get("phase"), labels.get("phase")),
        theme=_without_type(clean.get("theme"), labels.get("theme")),
        sts_infrastructure=_bool(clean.get("sts_infrastructure"), labels.get("sts_infrastructure"),
                                 lines.get("sts_infrastructure", raw.line)),
        waves=_split_list(clean.get("waves", ""), words=False),
        description=description, method_steps=method_steps, checklist=checklist,
        related_tasks=_split_list(clean.get("related", ""), words=True),
        extra=extra, source_format=fmt, source_file=source,
        **{key: clean[key] if key in _MULTILINE else one_line(clean[key])
           for key in _TEXT_FIELDS if clean.get(key)},
        **{key: _int(clean.get(key), labels.get(key), lines.get(key, raw.line)) for key in _INT_FIELDS},
    )
    _read_texts(task, values=values, extra=extra, description=description)
    return task


def _fields(raw: RawTask, *, fmt: str) -> _Fields:
    """The raw task's fields joined by key; refuses a task of two ids or titles, of nothing but a title, or
    with a field twice with different content."""
    values: dict[str, str] = {}
    labels: dict[str, str] = {}
    lines: dict[str, int] = {}
    extra: dict[str, str] = {}
    _single(raw, "master_id", fmt)
    _single(raw, "title", fmt)
    if fmt == TSV and {f.key for f in raw.fields} == {"title"} and all(len(f.lines) == 1 for f in raw.fields):
        # '*Opgavetitel' twice in a row: the tab-separated reader starts a task at each title, so the
        # first is a task of nothing but a title, and the second took its fields (or they are lost)
        raise _at_line(raw.line, "parse_title_only", line=raw.line)
    # where the fields start over in the task's order (a field said before, after a later one): the next
    # task's first line; a field the first task lacks ('Prioritet') does not end that task's run
    again: int | None = None
    order: dict[str, int] = {}
    last = -1
    for f in raw.fields:
        value = "\n".join(f.lines)
        _refuse_truncated_html(f.label, value, f.line)
        if f.key is not None:
            at = order.setdefault(f.key, len(order))
            again = f.line if again is None and at < last else again
            last = at
        if f.key is None:
            text = _clean(value, fmt)
            extra[f.label] = f"{extra[f.label]}\n\n{text}" if f.label in extra else text
        elif f.key in values and one_line(values[f.key]) == one_line(value):
            continue  # the same line twice ('**Master-opgave ID** 433' repeated) is said once
        elif f.key in values and one_line(value):
            # A field twice with different content: the next task's fields ran into this one (its
            # title line or heading is missing); joining them would corrupt both.
            raise _at_line(f.line, "parse_field_twice", label=f.label, line1=lines[f.key], line2=f.line,
                           start=again if again is not None and again < f.line else f.line)
        else:
            values[f.key] = f"{values[f.key]}\n\n{value}" if f.key in values else value
            labels.setdefault(f.key, f.label)
            lines.setdefault(f.key, f.line)
    return _Fields(values, labels, lines, extra)


def _cleaned(values: dict[str, str], *, lines: dict[str, int], fmt: str) -> dict[str, str]:
    """The fields' values cleaned, a master id said twice on its line once; refuses an id not a number."""
    clean = {key: _clean(value, fmt) for key, value in values.items()}
    if (key := "master_id") in clean and len(one_line(clean[key]).split()) > 1 and \
            len(set(one_line(clean[key]).split())) == 1:
        clean[key] = one_line(clean[key]).split()[0]
    if (key := "master_id") in clean and (given := one_line(clean[key])) and not given.isdigit():
        # KLIK numbers its tasks: '68l2' or '433a' is a damaged export (a letter for a digit, text run
        # into the line), and a task stored under it could never be found again by its number
        raise _at_line(lines[key], "parse_id_not_number", value=given)
    return clean


def _names(clean: dict[str, str], *, raw: RawTask) -> tuple[str, str | None, str]:
    """The task's title, code ('KP - 3') and id; refuses a task with no title or no id."""
    title = one_line(clean.get("title") or raw.heading or "")
    if not title:
        raise ParseError.said("parse_no_title")
    code = title_code(title)
    if code is None and not clean.get("master_id"):
        code = trailing_code(title)
    code = clean_name(code) if code else None  # the id of a tab-separated task: 'KP – 3' is 'KP - 3'
    task_id = one_line(clean.get("master_id", "")) or code
    if not task_id:
        raise ParseError.said("parse_no_id", title=title)
    return title, code, task_id


def _read_texts(task: Task, *, values: dict[str, str], extra: dict[str, str], description: str) -> None:
    """What the task's texts state: its facts, signatures, deadlines and links."""
    task.facts = extract_facts(description)
    task.signatures = extract_signatures(task)
    rows = [row for v in [*values.values(), *extra.values()] for row in table_rows(v)]
    # a markdown table names papers and their signers as an HTML table does ('| Dokument | Underskrives af |')
    add_stated_signatures(task, [*rows, *pipe_rows(task)])
    task.facts += label_facts(description, rows)
    task.facts += table_facts([*values.values(), *extra.values()], description)
    # a flattened table's rows ('1 / Rutebestilling / Senest 60 dage før go-live') say what a deadline
    # in them concerns, as an HTML table's rows do
    task.text_deadlines = extract_deadlines(task, rows=[*rows, *_checklist_rows(task)])
    _add_english(task)
    task.links = extract_links("\n".join([*values.values(), *extra.values()]))


def _checklist_rows(task: Task) -> list[list[str]]:
    return [[item.title, *filter(None, item.text.split("\n"))] for item in task.checklist if item.title]


def _add_english(task: Task) -> None:
    """What the task's English sentences say (knowledge/english_tasks.py), after what the Danish
    readers found: a paper or a deadline they found already is not added again, and in a task that
    mixes the languages the one paper the Danish text signs is the one the English text speaks of."""
    english = english_signatures(task, known=task.signatures)
    one = task.signatures[0] if len(task.signatures) == 1 and len(english) == 1 else None
    if one:  # 'Blanketten ...' and 'The form must be signed by X': one paper, said twice
        if one.signer.casefold() in US:
            one.signer = english[0].signer
        one.recipient = one.recipient or english[0].recipient
    else:
        task.signatures += english
    if len(task.signatures) == 1 and not task.signatures[0].recipient and not english:
        task.signatures[0].recipient = english_recipient(task)
    have = {(d.days, d.unit, d.anchor) for d in task.text_deadlines}
    papers = {s.document for s in task.signatures}
    for deadline in english_deadlines(task, signed=[s.document for s in english]):
        if (deadline.days, deadline.unit, deadline.anchor) in have:
            continue
        if one and deadline.about == english[0].document or (
                len(papers) == 1 and deadline.about not in papers and is_paper(deadline.about or "")):
            deadline.about = next(iter(papers))
        task.text_deadlines.append(deadline)


def _clean(value: str, fmt: str) -> str:
    if fmt == TSV:
        value = _unquote(value)
    if "&lt;" in value and _ESCAPED_TAG.search(value):
        value = html.unescape(value)  # HTML saved escaped ('&lt;ol&gt;&lt;li&gt;...'): the same HTML
    if looks_like_html(value):
        value = html_to_text(value)
    value = _BULLET.sub(r"\1- ", value)  # one bullet style: '- '
    value = _DOUBLE_BULLET.sub(r"\1", value)  # '- • x' -> '- x'
    value = ruled_pipe_tables(value)
    return tidy(strip_markdown(value) if fmt == MARKDOWN else html.unescape(value))


_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|ol|ul|li|br|div|table|tr|td)\b[^&]{0,80}?&gt;", re.I)
_BULLET = re.compile(r"^(\s*)[*•·▪◦‣●–—+]\s+", re.M)
_DOUBLE_BULLET = re.compile(r"^(\s*- )(?:[-*•·▪◦‣●–—][ \t]+)+", re.M)


def _unquote(value: str) -> str:
    """A spreadsheet saves a cell with line breaks or quotes as "...", doubling inner quotes."""
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        return stripped[1:-1].replace('""', '"')
    return value


_PARTIAL_TAG = re.compile(r"<[a-zA-Z/][^<>]*(?=<|\Z)")


def _refuse_truncated_html(label: str, value: str, line: int) -> None:
    """A tag cut off ('<li>2. På') or items opened but never closed in a value whose exporter
    closes its items means the file was cut short; reading on would silently lose steps."""
    m = _PARTIAL_TAG.search(value)
    closes = len(re.findall(r"</li>", value, re.I))
    if m or (closes and closes < len(re.findall(r"<li\b", value, re.I))):
        where = f" («{one_line(m.group(0))[:30]}»)" if m else ""
        raise _at_line(line, "parse_cut_html", label=label, where=where)


def title_code(title: str) -> str | None:
    """'(eFaktura 8b) Serviceaftaler ...' -> 'eFaktura 8b'; None without a leading code."""
    m = re.match(r"\(([^()]{1,40})\)\s*\S", title)
    return one_line(m.group(1)) if m else None


# a code some authors put last ('Tilslutning til X (KP 3)'): two or more letters, one a capital, and a
# number; not a wave ('(B3)'), nor a capitalised or lower-case word ('(Fase 2)', '(bølge 2)') of the title
_TRAILING_CODE = re.compile(
    r"\S.*\((?=[^()]*[A-ZÆØÅ])(?![A-ZÆØÅ][a-zæøå]+\W*\d)([A-Za-zÆØÅæøå]{2,12}(?:\s*[-–—]\s*|\s)?\d{1,3}[a-z]?)\)\s*")


def trailing_code(title: str) -> str | None:
    """'Tilslutning til Frøbanken (FRBB 1)' -> 'FRBB 1': the id of a task that has no other."""
    m = _TRAILING_CODE.fullmatch(title)
    return one_line(m.group(1)) if m else None


_INLINE_BULLET = re.compile(r"(?<=\S)\s+(?=[•▪●]\s)")  # ' • ' inside a line: where the next bullet starts


# 'Trin 1: ...', 'Step 2. ...' where a sentence starts; 'a) ...' lettered items at the start or after a space
_STEP_WORD = re.compile(r"(?:^|(?<=[.!?:;]\s))(?:trin|step|punkt)\s+(\d{1,2})\s*[.:)–—-]?\s+", re.I)
_LETTER = re.compile(r"(?:^|(?<=\s))([a-h])\)\s+")
_INTRO_THEN_STEPS = re.compile(r":\s+(?=1[.)]\s+\S.*?\s2[.)]\s+\S)")
# other ways to number a step: '1: Modtag', '(1) Modtag', '1.) Modtag', '1 - Modtag' (a capital follows, so
# '3 - 5 dage' is no step)
_OTHER_NUMBER = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})(?:\)|:|\.\)|\s+[-–—])\s+(?=[A-ZÆØÅ])")


def _numbered_runs(line: str) -> str:
    """A line whose steps are labelled 'Trin 1:' ..., numbered '1: ...', '(1) ...' or lettered 'a)' ... as
    '1. ... 2. ...', so one run of numbers splits it: only a run that starts the line (1, 2, 3 or a, b, c)
    counts, so 'trin 3' or 'b)' in a sentence stays text."""
    # 'Følg disse trin: 1) Modtag aftalen 2) ...': the steps after an introduction on their line
    line = _INTRO_THEN_STEPS.sub(":\n", line, count=1)
    if _STEP_WORD.match(line):
        return _STEP_WORD.sub(lambda m: f"{m.group(1)}. ", line)
    if (first := _OTHER_NUMBER.match(line)) is not None:
        run = [first]
        for m in _OTHER_NUMBER.finditer(line, first.end()):
            if int(m.group(1)) == int(run[-1].group(1)) + 1:
                run.append(m)
        for m in reversed(run):
            line = f"{line[:m.start()]}{m.group(1)}. {line[m.end():]}"
        return line
    starts = [m for m in _LETTER.finditer(line)]
    run = [m for i, m in enumerate(starts) if m.group(1) == "abcdefgh"[i]]
    if len(run) >= 2 and run[0].start() == 0 and len(run) == len(starts):
        for m in reversed(run):
            line = f"{line[:m.start()]}{ord(m.group(1)) - 96}. {line[m.end():]}"
    return line


def method_steps_from(text: str) -> list[MethodStep]:
    """Numbered lines ('1. ...') become steps, numbered by position; lines below a step continue
    it; an introduction above the first step is not a step. Without numbers: bullets, else lines."""
    steps: list[str] = []
    text = "\n".join(_numbered_runs(line) for line in text.split("\n"))
    for line in text.split("\n"):
        # '4.' alone (an empty step the author left) starts a step of its own, not more of the one before
        if m := re.match(r"\d{1,2}[.)](?:\s+(.*)|\s*$)", line):
            steps.extend(t for _, t in split_numbered(line) or [(0, m.group(1) or "")])
        elif line and steps:
            steps[-1] += " " + line
    if not steps:
        # bullets pasted from Word onto one line ('• Planlæg øvelsen • Indkald krisestaben') are steps each
        lines = [re.sub(r"^[•▪●]\s", "- ", part) for line in text.split("\n") if line
                 for part in _INLINE_BULLET.split(line) if part]
        # ' - Modtag aftalen - Underskriv den' on one line: dash items, as an export's '<ul>' without '<li>'
        bullets = [item for line in lines if line.startswith("- ") for item in split_dashed(line)]
        steps = bullets or lines
    steps = [one_line(strip_marker(t)) for t in steps]
    return [MethodStep(number=n, text=t) for n, t in enumerate(steps, 1) if t]


def _without_type(value: str | None, label: str | None) -> str | None:
    """'Fase 2.1: Planlægning ( Fase )' -> 'Fase 2.1: Planlægning' (the export repeats the type)."""
    if not value:
        return None
    value = one_line(value)
    if label:
        value = re.sub(rf"\s*\(\s*{re.escape(label_key(label))}\s*\)$", "", value, flags=re.I)
    return value or None


# 'og' separates two task references ('433 og 434', 'PLA 04 og PLA 05'), not the words of one title
# ('PLA 04 Opsætning af takster og søskenderabat'): it splits only before what starts like a reference
_AND_REFERENCE = r"\s+og\s+(?=\(?(?:[^\W\d_]+[\s-]?)?\d)"


def _split_list(value: str, *, words: bool) -> list[str]:
    sep = r"[,;\n]|" + _AND_REFERENCE if words else r"[,;\n]"
    return [one_line(p) for p in re.split(sep, value) if one_line(p)]


def _int(value: str | None, label: str | None, line: int) -> int | None:
    if not value:
        return None
    text = one_line(value).replace("−", "-").replace("–", "-")
    if m := re.fullmatch(r"([-+]?)\s*(\d+)(?:\s*(?:arbejds)?dage?)?", text, re.I):
        return int(m.group(1) + m.group(2))
    raise _at_line(line, "parse_not_days", label=label, value=text[:40])


def _bool(value: str | None, label: str | None, line: int) -> bool | None:
    if not value:
        return None
    word = one_line(value).casefold().rstrip(".")
    if word in {"ja", "yes", "sand", "true", "x"}:
        return True
    if word in {"nej", "no", "falsk", "false"}:
        return False
    raise _at_line(line, "parse_not_yes_no", label=label, value=one_line(value)[:40])
