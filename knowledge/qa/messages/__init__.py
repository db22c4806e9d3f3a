"""The wording of answers, one module per language (`da.py`, `en.py`) with the same keys; intents
return data and name a message, the edge words it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.qa.messages import da, en

if TYPE_CHECKING:
    from knowledge.models import Task
    from knowledge.qa.intents.listing import TaskList

_LANGS = {"da": da.TEXTS, "en": en.TEXTS}


def text(name: str, lang: str, /, **values) -> str:
    """The message `name` in `lang` (Danish when the language is not known)."""
    template = _LANGS.get(lang, da.TEXTS)[name]
    return template.format(**values) if values else template


def counted(name: str, lang: str, count: int, /, **values) -> str:
    """The message `name`, or its singular `name_1` when `count` is one and the table has it: '1 opgave
    mere', '2 opgaver mere'."""
    singular = f"{name}_1"
    return text(singular if abs(count) == 1 and singular in da.TEXTS else name, lang, **values)


def missing_value(kind: str, lang: str) -> str:
    """'Opgaverne oplyser ikke nogen mailadresse.'"""
    return text("missing_value", lang, what=text(f"value_{kind}", lang))


def task_list(found: TaskList, tasks: list[Task], lang: str, *, limit: int) -> str:
    """'Opgaver i projekt KY og med prioritet «Prioritet 1» (3):' and a line per task; 'Ingen
    opgaver …' when none pass, naming the value the tasks do not have."""
    from knowledge.wording import bullets, join, task_label  # the models: not for a command's help

    why = join([reason for f in found.filters if (reason := _reason(f, lang))], lang)
    if found.unknown is not None:
        return text(f"list_unknown_{found.unknown.by.value}", lang, value=found.unknown.value)
    if not tasks:
        return text("list_empty", lang, why=why).replace("  ", " ")
    lines = []
    for t, task in zip(found.tasks, tasks, strict=True):
        said = [text(name, lang, **values) for f in found.filters for name, values in f.notes.get(t, [])]
        lines.append(text("list_note", lang, label=task_label(task), note="; ".join(said)) if said
                     else task_label(task))
    head = text("list_head", lang, why=why, n=len(tasks)).replace("  ", " ")
    return head + "\n" + bullets(lines, limit=limit, lang=lang)


def _reason(f, lang: str) -> str:
    name = f"filter_{'not_' if f.negated else ''}{getattr(f, 'reason', '') or f.by.value}"
    anchor = text(f"anchor_{f.anchor.name.lower()}", lang) if f.anchor is not None else ""
    return text(name, lang, value=f.value, anchor=anchor)
