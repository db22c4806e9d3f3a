"""Read KLIK task exports (the markdown-like and the tab-separated format) into `Task` models."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.checklist import split_checklist
from knowledge.deadlines import extract_deadlines
from knowledge.errors import ParseError
from knowledge.extract import extract_facts, extract_links
from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures
from knowledge.text import (
    clean_characters,
    html_to_text,
    looks_like_html,
    normalize_newlines,
    one_line,
    split_numbered,
    strip_markdown,
    strip_marker,
    tidy,
)

MARKDOWN, TSV = "markdown", "tsv"

# Export label (casefolded, without '*', ':' explanations and '?') -> our field. Order matters:
# the first pattern that matches wins.
_FIELDS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(pattern)) for name, pattern in [
    ("master_id", r"^(master[- ]?opgave[- ]?id|opgave[- ]?id|id)$"),
    ("title", r"^(opgavetitel|titel|opgavenavn)$"),
    ("project", r"^projekt(navn)?$"),
    ("phase", r"^fase$"),
    ("theme", r"^tema$"),
    ("priority", r"^prioritet$"),
    ("sts_infrastructure", r"\bsts\b"),
    ("duration_days", r"varighed"),
    ("end_offset_days", r"^slutdato"),
    ("start_offset_days", r"^startdato"),
    ("waves", r"^bølger?$"),
    ("goal", r"^(mål|formål)$"),
    ("description", r"^beskrivelse$"),
    ("method", r"^metode"),
    ("result", r"^resultat$"),
    ("executor_comment", r"kommentar.*udfører"),
    ("recommended_executor", r"^anbefalet udfører$"),
    ("recommended_responsible", r"^anbefalet ansvarlig$"),
    ("involved_parties", r"^involverede parter$"),
    ("related", r"relateret til|^relaterede opgaver$"),
    ("publication_status", r"^publicerings?status$"),
]]
_TASK_START = {"master_id", "title"}
_INT_FIELDS = {"duration_days", "end_offset_days", "start_offset_days"}
_TEXT_FIELDS = ("project", "priority", "goal", "result", "recommended_executor", "executor_comment",
                "recommended_responsible", "involved_parties", "publication_status")
_MULTILINE = {"goal", "result"}
UNLABELLED = "Tekst uden etiket"


@dataclass
class RawField:
    label: str  # as written, cleaned of markup
    key: str | None  # our field name, None for a label we do not know
    lines: list[str]


@dataclass
class RawTask:
    heading: str | None = None
    fields: list[RawField] = field(default_factory=list)

    def keys(self) -> set[str | None]:
        return {f.key for f in self.fields}


def field_for(label: str) -> str | None:
    """Our field name for an export label, e.g. 'Opgave varighed (antal dage)' -> 'duration_days'."""
    key = label_key(label)
    return next((name for name, pattern in _FIELDS if pattern.search(key)), None)


def label_key(label: str) -> str:
    label = one_line(strip_markdown(label)).strip(" *?\t")
    if ":" in label:  # '*Prioritet: Obligatorisk på kritisk vej, ...' explains its choices
        label = label.split(":", 1)[0]
    return label.strip(" *?").casefold()


# ---------------------------------------------------------------- entry points

def parse_file(path: str | Path) -> list[Task]:
    """All tasks in one export file; ParseError names the file and the problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ParseError(f"{path}: filen findes ikke.") from None
    except IsADirectoryError:
        raise ParseError(f"{path}: er en mappe, ikke en fil.") from None
    except OSError as exc:
        raise ParseError(f"{path}: kan ikke læses ({exc.strerror}).") from None
    try:
        return parse_bytes(data, source=path.name)
    except ParseError as exc:
        raise ParseError(f"{path}: {exc}") from None


def parse_bytes(data: bytes, *, source: str | None = None) -> list[Task]:
    return parse_text(decode(data), source=source)


def parse_text(text: str, *, source: str | None = None) -> list[Task]:
    """All tasks in an export's text, in file order."""
    text = clean_characters(normalize_newlines(text))
    if not text.strip():
        raise ParseError("Filen er tom.")
    fmt = detect_format(text)
    raws = _markdown_tasks(text) if fmt == MARKDOWN else _tsv_tasks(text)
    tasks = [_build_task(raw, fmt=fmt, source=source) for raw in raws]
    if not tasks:
        raise ParseError("Filen indeholder ingen opgave.")
    return tasks


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with a reason."""
    if not data.strip():
        raise ParseError("Filen er tom.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _control_share(data[:4096]) > 0.05:  # a stray NUL in a text is removed, not a reason to refuse
        raise ParseError("Filen er ikke en tekstfil (den indeholder binære data). "
                         "Eksportér opgaven fra KLIK som tekst og prøv igen.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(f"Filen er ikke gemt som UTF-8 (ugyldig byte 0x{data[exc.start]:02x} på "
                         f"linje {line}). Gem den som UTF-8 og prøv igen.") from None
    if m := re.search("Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|â€", text):
        raise ParseError(f"Filens tegn er kodet forkert (fx «{m.group(0)}» hvor der skulle stå æ, ø "
                         "eller å). Gem den som UTF-8 og prøv igen.")
    return text


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(data), 1)


def detect_format(text: str) -> str:
    """MARKDOWN ('**Label** value', '## Title') or TSV ('*Label<TAB>value'), judged by content."""
    lines = text.split("\n")
    md = sum(1 for line in lines if re.match(r"\s*(\*\*[^*\n]+|<(b|strong)>[^<]+</(b|strong)>)", line))
    md += sum(3 for line in lines if re.match(r"#{1,2}\s+\S", line))
    tsv = sum(1 for line in lines if (m := re.match(r"\*?([^\t*][^\t]{0,150})\t", line))
              and field_for(m.group(1)))
    if not md and not tsv:
        raise ParseError("Filen ligner ikke en KLIK-eksport: den har hverken «**Etiket** værdi»-linjer "
                         "eller tabulator-adskilte «Etiket<TAB>værdi»-linjer.")
    return TSV if tsv * 2 > md else MARKDOWN


# ---------------------------------------------------------------- markdown-like export

_HEADING = re.compile(r"#{1,2}\s+(.+?)\s*#*\s*$")
_RULE = re.compile(r"[\s|:\t-]*-{2,}[\s|:\t-]*$")  # '---', a flattened table's '-----\t--'
_HTML_LABEL = re.compile(r"\s*<(b|strong)>(.+?)</\1>\s*(.*)$", re.I)


def _markdown_tasks(text: str) -> list[RawTask]:
    """One task per '## ' section; a section without its own id or title whose heading is in
    capitals (e.g. '## PUBLICERING') belongs to the task before it."""
    tasks: list[RawTask] = []
    for heading, lines in _sections(text):
        fields = _markdown_fields(lines)
        own = bool({f.key for f in fields} & _TASK_START) or (heading is not None and not _caps(heading))
        if tasks and not own:
            tasks[-1].fields.extend(fields)
        elif fields or heading is not None:
            tasks.append(RawTask(heading=heading, fields=fields))
    return tasks


def _sections(text: str) -> list[tuple[str | None, list[str]]]:
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.split("\n"):
        if m := _HEADING.match(line):
            sections.append((strip_markdown(m.group(1)).strip(), []))
        else:
            sections[-1][1].append(line)
    return sections


def _caps(heading: str) -> bool:
    """'PUBLICERING' is a section of the task above, not a task of its own."""
    return heading.upper() == heading and not any(ch.isdigit() for ch in heading)


def _markdown_fields(lines: list[str]) -> list[RawField]:
    fields: list[RawField] = []
    loose: list[str] = []
    i = 0
    while i < len(lines):
        found = _markdown_label(lines, i)
        if found:
            label, key, value, used = found
            fields.append(RawField(label, key, [value]))
            i += used
            continue
        if not _RULE.match(lines[i]):
            (fields[-1].lines if fields else loose).append(lines[i])
        i += 1
    if any(line.strip() for line in loose):
        fields.insert(0, RawField(UNLABELLED, None, loose))
    return fields


def _markdown_label(lines: list[str], i: int) -> tuple[str, str | None, str, int] | None:
    """(label, our field name for it, rest of line, lines used) when a field starts at line i:
    '**Label** value', a label broken over several lines
    ('**Er det en\\nSTS/Infrastruktur\\nopgave?** Ja'), or '<b>Label</b><TAB>value'."""
    line = lines[i]
    if m := _HTML_LABEL.match(line):
        label, rest, used = m.group(2), m.group(3), 1
    elif line.lstrip().startswith("**") and not line.lstrip().startswith("***"):
        body = line.lstrip()[2:]
        used = 1
        while "**" not in body and used < 4 and i + used < len(lines) and lines[i + used].strip():
            body += " " + lines[i + used].strip()
            used += 1
        if "**" not in body:
            return None
        label, rest = body.split("**", 1)
    else:
        return None
    label = one_line(strip_markdown(label))
    if not label:
        return None
    key = field_for(label)
    after_blank = i == 0 or not lines[i - 1].strip()
    if key is not None or (after_blank and _plausible_label(label, rest)):
        return label, key, rest.strip(), used
    return None


def _plausible_label(label: str, rest: str) -> bool:
    """An unknown '**X** value' is a field (kept in `extra`) when it reads like one: a short name
    with a value on the same line, not a bold phrase or a bold table header inside a text."""
    rest = rest.strip()
    return (bool(rest) and not rest.startswith("*") and len(label) <= 60 and len(label.split()) <= 8
            and label[-1] not in ".:!" and label[0].isupper())


# ---------------------------------------------------------------- tab-separated export

_TSV_LINE = re.compile(r"(\*?)([^\t]*)\t(.*)$")


def _tsv_tasks(text: str) -> list[RawTask]:
    """'*Label<TAB>value' lines ('*' marks a required field); lines without a label (no tab, or
    an empty label) continue the value above. A second title or id starts the next task."""
    tasks: list[RawTask] = [RawTask()]
    for line in text.split("\n"):
        m = _TSV_LINE.match(line)
        label = one_line(m.group(2)) if m else ""
        key = field_for(label) if label else None
        if m and label and (m.group(1) or key or _plausible_tsv_label(label)):
            if key in _TASK_START and key in tasks[-1].keys():
                tasks.append(RawTask())
            tasks[-1].fields.append(RawField(label, key, [m.group(3)]))
        elif tasks[-1].fields:
            tasks[-1].fields[-1].lines.append(m.group(3) if m and not label else line)
        elif line.strip():
            tasks[-1].fields.append(RawField(UNLABELLED, None, [line]))
    return [t for t in tasks if t.fields]


def _plausible_tsv_label(label: str) -> bool:
    return len(label) <= 80 and len(label.split()) <= 10 and not label.endswith((".", ","))


# ---------------------------------------------------------------- raw fields -> Task

def _build_task(raw: RawTask, *, fmt: str, source: str | None) -> Task:
    values: dict[str, str] = {}
    labels: dict[str, str] = {}
    extra: dict[str, str] = {}
    for f in raw.fields:
        value = "\n".join(f.lines)
        _refuse_truncated_html(f.label, value)
        if f.key is None:
            text = _clean(value, fmt)
            extra[f.label] = f"{extra[f.label]}\n\n{text}" if f.label in extra else text
        else:
            values[f.key] = f"{values[f.key]}\n\n{value}" if f.key in values else value
            labels.setdefault(f.key, f.label)
    clean = {key: _clean(value, fmt) for key, value in values.items()}
    title = one_line(clean.get("title") or raw.heading or "")
    if not title:
        raise ParseError("Opgaven har ingen titel: der er hverken en «## Titel»-overskrift eller et "
                         "«Opgavetitel»-felt. Eksportér opgaven igen med titlen med.")
    code = title_code(title)
    task_id = one_line(clean.get("master_id", "")) or code
    if not task_id:
        raise ParseError(f"Opgaven «{title}» har hverken et Master-opgave ID eller en kode i parentes "
                         "forrest i titlen (fx «(eFaktura 8b) ...»), så den kan ikke slås op.")
    checklist, description = split_checklist(clean.get("description", ""))
    method_steps = method_steps_from(clean.get("method", ""))
    task = Task(
        id=task_id, code=code, title=title,
        phase=_without_type(clean.get("phase"), labels.get("phase")),
        theme=_without_type(clean.get("theme"), labels.get("theme")),
        sts_infrastructure=_bool(clean.get("sts_infrastructure"), labels.get("sts_infrastructure")),
        waves=_split_list(clean.get("waves", ""), words=False),
        description=description, method_steps=method_steps, checklist=checklist,
        related_tasks=_split_list(clean.get("related", ""), words=True),
        extra=extra, source_format=fmt, source_file=source,
        **{key: clean[key] if key in _MULTILINE else one_line(clean[key])
           for key in _TEXT_FIELDS if clean.get(key)},
        **{key: _int(clean.get(key), labels.get(key)) for key in _INT_FIELDS},
    )
    task.facts = extract_facts(description)
    task.signatures = extract_signatures(task)
    task.text_deadlines = extract_deadlines(task)
    task.links = extract_links("\n".join([*values.values(), *extra.values()]))
    return task


def _clean(value: str, fmt: str) -> str:
    if fmt == TSV:
        value = _unquote(value)
    if looks_like_html(value):
        value = html_to_text(value)
    value = re.sub(r"^(\s*)[*•·▪◦‣●–—]\s+", r"\1- ", value, flags=re.M)  # one bullet style: '- '
    value = re.sub(r"^(\s*- )(?:[-*•·▪◦‣●–—][ \t]+)+", r"\1", value, flags=re.M)  # '- • x' -> '- x'
    return tidy(strip_markdown(value) if fmt == MARKDOWN else html.unescape(value))


def _unquote(value: str) -> str:
    """A spreadsheet saves a cell with line breaks or quotes as "...", doubling inner quotes."""
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        return stripped[1:-1].replace('""', '"')
    return value


_PARTIAL_TAG = re.compile(r"<[a-zA-Z/][^<>]*(?=<|\Z)")


def _refuse_truncated_html(label: str, value: str) -> None:
    """A tag cut off ('<li>2. På') or items opened but never closed in a value whose exporter
    closes its items means the file was cut short; reading on would silently lose steps."""
    m = _PARTIAL_TAG.search(value)
    closes = len(re.findall(r"</li>", value, re.I))
    if m or (closes and closes < len(re.findall(r"<li\b", value, re.I))):
        where = f" («{one_line(m.group(0))[:30]}»)" if m else ""
        raise ParseError(f"Feltet «{label}» stopper midt i HTML{where}: filen ser ud til at være "
                         "afkortet. Eksportér opgaven igen.")


def title_code(title: str) -> str | None:
    """'(eFaktura 8b) Serviceaftaler ...' -> 'eFaktura 8b'; None without a leading code."""
    m = re.match(r"\(([^()]{1,40})\)\s*\S", title)
    return one_line(m.group(1)) if m else None


def method_steps_from(text: str) -> list[MethodStep]:
    """Numbered lines ('1. ...') become steps, numbered by position; lines below a step continue
    it; an introduction above the first step is not a step. Without numbers: bullets, else lines."""
    steps: list[str] = []
    text = re.sub(r"^(?:trin|step|punkt)\s+(\d{1,2})\s*[.:)–—-]?\s+", r"\1. ", text, flags=re.I | re.M)
    for line in text.split("\n"):
        if m := re.match(r"\d{1,2}[.)]\s+(.*)", line):
            steps.extend(t for _, t in split_numbered(line) or [(0, m.group(1))])
        elif line and steps:
            steps[-1] += " " + line
    if not steps:
        lines = [line for line in text.split("\n") if line]
        bullets = [line[2:] for line in lines if line.startswith("- ")]
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


def _split_list(value: str, *, words: bool) -> list[str]:
    sep = r"[,;\n]|\s+og\s+" if words else r"[,;\n]"
    return [one_line(p) for p in re.split(sep, value) if one_line(p)]


def _int(value: str | None, label: str | None) -> int | None:
    if not value:
        return None
    text = one_line(value).replace("−", "-").replace("–", "-")
    if m := re.fullmatch(r"([-+]?)\s*(\d+)(?:\s*(?:arbejds)?dage?)?", text, re.I):
        return int(m.group(1) + m.group(2))
    raise ParseError(f"Feltet «{label}» skal være et helt antal dage (fx -144), men er «{text[:40]}».")


def _bool(value: str | None, label: str | None) -> bool | None:
    if not value:
        return None
    word = one_line(value).casefold().rstrip(".")
    if word in {"ja", "yes", "sand", "true", "x"}:
        return True
    if word in {"nej", "no", "falsk", "false"}:
        return False
    raise ParseError(f"Feltet «{label}» skal være «Ja» eller «Nej», men er «{one_line(value)[:40]}».")
