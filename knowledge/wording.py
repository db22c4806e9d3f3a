"""How answers are phrased in Danish and English: labels, source lines, lists and quotes."""

from __future__ import annotations

from knowledge.models import Task

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "goal": ("Mål", "Goal"),
    "result": ("Resultat", "Result"),
    "description": ("Beskrivelse", "Description"),
    "priority": ("Prioritet", "Priority"),
    "project": ("Projekt", "Project"),
    "phase": ("Fase", "Phase"),
    "theme": ("Tema", "Theme"),
    "wave": ("Bølger", "Waves"),
    "sts": ("STS/infrastruktur-opgave", "STS/infrastructure task"),
    "duration": ("Varighed", "Duration"),
    "publication": ("Publiceringsstatus", "Publication status"),
    "related": ("Relaterede opgaver", "Related tasks"),
    "involved": ("Involverede parter", "Involved parties"),
    "executor": ("Anbefalet udfører", "Recommended executor"),
    "executor_comment": ("Kommentar til anbefalet udfører", "Comment on the recommended executor"),
    "responsible": ("Anbefalet ansvarlig", "Recommended responsible"),
    "link": ("Links", "Links"),
    "title": ("Titel", "Title"),
    "steps": ("Fremgangsmåde", "Method"),
}

PHRASES: dict[str, tuple[str, str]] = {
    "source": ("Kilde", "Source"),
    "sources": ("Kilder", "Sources"),
    "task": ("opgave", "task"),
    "unknown": ("Det ved jeg ikke.", "I don't know."),
    "maybe": ("Måske mener du", "Perhaps you mean"),
    "and": ("og", "and"),
    "or": ("eller", "or"),
    "more": ("og {n} flere", "and {n} more"),
    "says": ("", "The task says: "),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "days": ("dage", "days"),
    "step": ("Trin", "Step"),
    "steps": ("Trin", "Steps"),
    "quoted": ("{text}", "“{text}”"),  # Danish source text stands as it is in Danish answers
}


def say(name: str, lang: str, **values) -> str:
    text = PHRASES[name][lang == "en"]
    return text.format(**values) if values else text


def label(field: str, lang: str) -> str:
    return FIELD_LABELS[field][lang == "en"]


def short_title(task: Task) -> str:
    """The title without a leading '(eFaktura 8b)' that repeats the code."""
    for ref in (task.code, task.id):
        if ref and task.title.startswith(f"({ref})"):
            return task.title[len(ref) + 2:].strip()
    return task.title


def task_label(task: Task) -> str:
    """'433 – SA 06 (Finans) Klargør bogføringssystem ...'."""
    return f"{task.id} – {short_title(task)}"


def source_line(tasks: list[Task], lang: str) -> str:
    """'Kilde: opgave 433 – SA 06 (Finans) ...' (several: 'Kilder: opgave 433, opgave eFaktura 8b')."""
    if not tasks:
        return ""
    if len(tasks) == 1:
        return f"{say('source', lang)}: {say('task', lang)} {task_label(tasks[0])}"
    refs = [f"{say('task', lang)} {t.id}" for t in tasks]
    return f"{say('sources', lang)}: {', '.join(refs)}"


def join(items: list[str], lang: str, *, word: str = "and") -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {say(word, lang)} " + items[-1]


def quote(text: str, lang: str) -> str:
    """Danish source text as it stands in Danish answers, in quotes inside English ones."""
    return say("quoted", lang, text=text)


def bullets(lines: list[str], *, limit: int = 12, lang: str = "da") -> str:
    shown = [f"• {line}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"… {say('more', lang, n=len(lines) - limit)}")
    return "\n".join(shown)


def steps_text(numbers: list[int], lang: str) -> str:
    """[4, 5] -> 'trin 4 og 5'; [2] -> 'trin 2'; [1, 2, 3] -> 'trin 1-3'."""
    if not numbers:
        return ""
    word = say("steps" if len(numbers) > 1 else "step", lang).lower()
    return f"{word} {number_list(numbers, lang)}"


def number_list(numbers: list[int], lang: str = "da") -> str:
    """[1, 2, 3, 5] -> '1-3 og 5', [8, ..., 99] -> '8-99', [4, 5] -> '4 og 5': three or more
    consecutive numbers as one range, so a long list of steps stays one short phrase (written with
    a hyphen, as users type ranges)."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    items = [[f"{r[0]}-{r[-1]}"] if len(r) >= 3 else [str(n) for n in r] for r in runs]
    return join([item for group in items for item in group], lang)
