"""Answers from the structured task fields: facts, signatures, steps, dates, fields, lists,
checklist status and consequences. Each returns candidates; `answer` picks the best."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from knowledge.dates import format_date, golive_for, task_window
from knowledge.fold import ascii_fold, key, words
from knowledge.index import Index
from knowledge.models import Task
from knowledge.passages import ITEM, sentences
from knowledge.question import Question
from knowledge.retrieval import rank_tasks
from knowledge.wording import (
    bullets,
    join,
    label,
    quote,
    say,
    steps_text,
    task_label,
)

LIST_LIMIT = 12
FACTS_PER_WORD = 200  # a word in more facts than this names no particular one
_STEP_WORDS = frozenset(key(w) for w in words("trin step steps skridt fremgangsmåde metode method procedure"))


@dataclass
class Candidate:
    """One possible answer; its score is prior x the share of the question it explains."""

    kind: str
    text: str
    tasks: list[int]
    explained: set[int]
    prior: float = 1.0
    found: bool = True
    suggestions: list[str] = field(default_factory=list)

    def score(self, q: Question) -> float:
        return self.prior * q.coverage(self.explained)


@dataclass
class Context:
    index: Index
    q: Question
    golive: Mapping[str, date] | None = None

    @property
    def lang(self) -> str:
        return self.q.lang

    def task(self, t: int) -> Task:
        return self.index.tasks[t]


def scope(ctx: Context, handled: set[int]) -> tuple[list[int], set[int]]:
    """The tasks a question is about: those it names, else the one task that alone holds the
    question's remaining words, else (a single-task knowledge base) that task."""
    q = ctx.q
    if q.tasks:
        return q.tasks, set()
    rest = {t.pos for t in q.content()} - handled
    if rest:
        ranked = rank_tasks(ctx.index, q, rest)
        if ranked and ranked[0][1] >= 0.6 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return [ranked[0][0]], ranked[0][2]
        return [], set()
    if len(ctx.index.tasks) == 1:
        return [0], set()
    return [], set()


def implied(q: Question) -> float:
    """Trust in an answer about a task the question did not name but whose words it used."""
    return 1.0 if q.tasks else 0.8


def which_task(ctx: Context, kind: str, example: str) -> Candidate:
    """Not found: the question needs a task and did not name one."""
    tasks = ctx.index.tasks
    text = ("Hvilken opgave mener du? Skriv fx «{ex}»." if ctx.lang == "da"
            else "Which task do you mean? Try e.g. “{ex}”.").format(ex=example.format(id=tasks[0].id))
    return Candidate(kind, text, [], set(), prior=0.5, found=False, suggestions=[t.id for t in tasks[:3]])


# ---------------------------------------------------------------- facts


def facts(ctx: Context) -> list[Candidate]:
    """'hvem er forvaltningsansvarlig for Prisme?': a fact by its subject (or value), with any
    exception it carries; the context word alone lists that context's facts."""
    index, q = ctx.index, ctx.q
    if not index.facts:
        return []
    allowed = set(q.tasks) if q.tasks else None
    helped = q.concept_positions("who", "responsible", "fact", "executor")
    # Question words naming a context ('forvaltningsansvarlig'), by context key: a role can be
    # in thousands of facts, so nothing is built per fact here.
    contexts: dict[str, set[int]] = {}
    for tok in q.content():
        for k in tok.keys:
            if k in index.fact_contexts:
                contexts.setdefault(k, set()).add(tok.pos)
    out = _facts_by_name(ctx, contexts, helped, allowed)
    if contexts:
        listed = [f for k in contexts for f in index.fact_contexts[k]
                  if allowed is None or index.facts[f].task in allowed]
        shown = list(dict.fromkeys(listed))[:LIST_LIMIT * 4]  # a role in many tasks: the first lists
        if shown:
            about = {t.pos for t in q.content() for f in shown
                     if any(k in index.facts[f].about for k in t.keys)}
            cand = _facts_candidate(ctx, shown, set().union(*contexts.values()) | helped | about, 0.95)
            cand.suggestions = list(dict.fromkeys(index.facts[f].fact.subject for f in listed[:500]))
            out.append(cand)
    return out


def _facts_by_name(ctx: Context, contexts: dict[str, set[int]], helped: set[int],
                   allowed: set[int] | None) -> list[Candidate]:
    """Facts whose subject (or, for a telling word, value) the question names."""
    index, q = ctx.index, ctx.q
    by_fact: dict[int, set[int]] = {}
    subject_hit: set[int] = set()
    for tok in q.content():
        for k in tok.name_keys:
            for fid in index.fact_subjects.get(k, ())[:FACTS_PER_WORD]:
                by_fact.setdefault(fid, set()).add(tok.pos)
                subject_hit.add(fid)
            if tok.weight >= 0.5:  # a common word of a value ('kommune') is no sign of the fact
                for fid in index.fact_values.get(k, ())[:FACTS_PER_WORD]:
                    by_fact.setdefault(fid, set()).add(tok.pos)
    typed = {ascii_fold(t.surface) for t in q.content()}
    scored = []
    for fid, pos in by_fact.items():
        entry = index.facts[fid]
        if allowed is not None and entry.task not in allowed:
            continue
        in_context = {p for k in entry.context if k in contexts for p in contexts[k]}
        near_context = {t.pos for t in q.content() for k in t.keys
                        if len(k) >= 4 and any(c.startswith(k) for c in entry.context)}  # 'drift'
        explained = pos | in_context | near_context | helped
        prior = 1.0 if fid in subject_hit else 0.9
        if fid in subject_hit and not typed & set(words(ascii_fold(entry.fact.subject))):
            prior *= 0.98  # same stem, other spelling: 'Nanen' when 'Nane' exists too
        if _names_other_subject(index, q, explained):
            prior *= 0.6  # "Prisme Løn" is not "Prisme": a word of another system's name is left
        scored.append((prior * q.coverage(explained), fid, explained, prior))
    if not scored:
        return []
    best = max(s[0] for s in scored)
    chosen = [s for s in scored if s[0] >= best - 0.01][:LIST_LIMIT]
    return [_facts_candidate(ctx, [s[1] for s in chosen], set().union(*(s[2] for s in chosen)),
                             max(s[3] for s in chosen))]


def _names_other_subject(index: Index, q: Question, explained: set[int]) -> bool:
    for tok in q.content():
        if tok.pos in explained:
            continue
        for k in tok.keys:
            if k in index.fact_subjects:
                return True
    return False


def _facts_candidate(ctx: Context, fids: list[int], explained: set[int], prior: float) -> Candidate:
    index, lang = ctx.index, ctx.lang
    entries = [index.facts[f] for f in fids][:LIST_LIMIT]
    tasks = list(dict.fromkeys(e.task for e in entries))
    if len(entries) == 1:
        fact = entries[0].fact
        text = _fact_sentence(fact.context, fact.subject, fact.value, lang)
    else:
        lines = [f"{e.fact.subject}: {e.fact.value}" + (f" ({index.tasks[e.task].id})"
                                                         if len(tasks) > 1 else "")
                 for e in entries]
        contexts = {e.fact.context for e in entries if e.fact.context}
        head = next(iter(contexts)).capitalize() if len(contexts) == 1 else ""
        intro = (f"{head} pr. system:" if lang == "da" else f"{head} per system:") if head else \
            ("Det står der:" if lang == "da" else "The tasks say:")
        text = intro + "\n" + bullets([quote(line, lang) for line in lines], lang=lang)
    return Candidate("fact", text, tasks, explained, prior=prior)


def _fact_sentence(context: str, subject: str, value: str, lang: str) -> str:
    """'Forvaltningsansvarlig for Prisme: Fujitsu (...)'; a longer context is a heading instead:
    'Driftsansvarlig for ESDH-systemet:\nSBSYS: SBSYS Sekretariatet (...)'."""
    one_word = context and len(context.split()) == 1
    if lang == "en":
        if one_word:
            return f"The {context} for {subject} is {quote(value, lang)}."
        head = f"{quote(context, lang)}: " if context else ""
        return f"{head}{subject} – {quote(value, lang)}"
    if one_word:
        end = "" if value.endswith(".") else "."
        return f"{context[:1].upper()}{context[1:]} for {subject}: {value}{end}"
    head = f"{context[:1].upper()}{context[1:]}:\n" if context else ""
    return f"{head}{subject}: {value}"


# ---------------------------------------------------------------- signatures


def signatures(ctx: Context) -> list[Candidate]:
    """'hvem skal underskrive serviceaftalen i efaktra 8b?', 'hvilke opgaver kræver underskrift?'"""
    index, q = ctx.index, ctx.q
    if not q.has("sign"):
        return []
    sign_pos = q.concept_positions("sign", "who", "which", "list", "task", "status")
    sids: list[int] = []
    explained_extra: set[int] = set()
    if q.tasks:
        sids = [s for t in q.tasks for s in index.task_signatures.get(t, [])]
        if not sids:
            names = join([index.tasks[t].id for t in q.tasks], ctx.lang)
            text = (f"Opgave {names} nævner ingen dokumenter, der skal underskrives." if ctx.lang == "da"
                    else f"Task {names} mentions no documents to sign.")
            return [Candidate("signature", text, q.tasks, sign_pos, prior=0.9)]
    else:
        sids = list(range(len(index.signatures)))
    if not sids:
        return []
    # Narrow by the document, signer or receiver the question names ("serviceaftalen").
    naming = [t for t in q.content() if not t.concepts]
    matches: dict[int, set[int]] = {}
    for s in sids:
        entry = index.signatures[s]
        hit = {t.pos for t in naming if any(k in entry.keys for k in t.keys)}
        if hit:
            matches[s] = hit
    if matches:
        best = max(q.coverage(h) for h in matches.values())
        sids = [s for s, h in matches.items() if q.coverage(h) >= best - 1e-9]
        explained_extra = set().union(*(matches[s] for s in sids))
    elif not q.tasks and q.content() and not q.has("which", "list") and len(index.signatures) > 1:
        return []  # "hvem skal underskrive X?" about an X no signature mentions
    several = len({index.signatures[s].task for s in sids}) > 1
    lines = [_signature_line(ctx, index.signatures[s], with_task=several) for s in sids]
    tasks = list(dict.fromkeys(index.signatures[s].task for s in sids))
    if len(lines) == 1:
        text = lines[0] + _evidence_line(ctx, index.signatures[sids[0]])
    else:
        intro = (f"{len(tasks)} opgaver kræver underskrift:" if ctx.lang == "da"
                 else f"{len(tasks)} tasks need a signature:")
        text = intro + "\n" + bullets(lines, lang=ctx.lang)
    return [Candidate("signature", text, tasks, sign_pos | explained_extra)]


def _evidence_line(ctx: Context, entry) -> str:
    """The task's own sentence about the signature, so the wording can be checked."""
    if entry.evidence is None:
        return ""
    said = ITEM.sub("", ctx.index.passages[entry.evidence].text)
    return f"\nFra opgaven: «{said}»" if ctx.lang == "da" else f"\nThe task says: “{said}”"


def _signature_line(ctx: Context, entry, *, with_task: bool) -> str:
    sig, lang = entry.signature, ctx.lang
    task = ctx.task(entry.task)
    steps = steps_text(sig.steps, lang)
    if lang == "en":
        line = f"{quote(sig.document, lang)} must be signed by {quote(sig.signer, lang)}"
        if sig.recipient:
            line += f" and returned to {quote(sig.recipient, lang)}"
    else:
        line = f"{sig.document[:1].upper()}{sig.document[1:]} skal underskrives af {sig.signer}"
        if sig.recipient:
            line += f" og sendes til {sig.recipient}"
    if steps:
        line += f" ({steps})"
    line += "."
    return f"{task_label(task)}: {line}" if with_task else line


# ---------------------------------------------------------------- steps


def steps(ctx: Context) -> list[Candidate]:
    """'hvad er trin 3 i 433', 'sidste trin i 433', 'hvordan udføres eFaktura 8b?'"""
    q = ctx.q
    if q.step is None and not q.has("step", "method"):
        return []
    handled = q.concept_positions("step", "method", "what", "which") | {
        t.pos for t in q.tokens if t.role == "number"}
    if q.has("method") and not q.has("who"):
        handled |= q.concept_positions("executor")  # "hvordan udfører vi 433?" asks for the method
    # How sure the question asks for steps: a step number, a word for steps, or just "hvordan".
    explicit = q.step is not None or any(t.key in _STEP_WORDS for t in q.tokens)
    prior = 1.0 if q.step is not None else 0.92 if explicit or (q.tasks and not q.has("who")) else 0.75
    tasks, via = scope(ctx, handled)
    prior *= implied(q)
    tasks = [t for t in tasks if ctx.task(t).method_steps]
    if not tasks:
        return [which_task(ctx, "step", "hvad er trin 3 i {id}" if q.step else "fremgangsmåde for {id}")]
    out_lines, found = [], True
    for t in tasks:
        task = ctx.task(t)
        if q.step is None:
            head = f"{label('steps', ctx.lang)} ({say('task', ctx.lang)} {task.id}):"
            out_lines.append(head + "\n" + "\n".join(quote(f"{s.number}. {s.text}", ctx.lang)
                                                     for s in task.method_steps))
            continue
        step = task.method_steps[-1] if q.step == -1 else task.step(q.step)
        if step is None:
            found = False
            count = len(task.method_steps)
            out_lines.append(f"Opgave {task.id} har {count} trin; trin {q.step} findes ikke."
                             if ctx.lang == "da" else
                             f"Task {task.id} has {count} steps; there is no step {q.step}.")
        else:
            out_lines.append(f"{say('step', ctx.lang)} {step.number}: {quote(step.text, ctx.lang)}")
    return [Candidate("step", "\n\n".join(out_lines), tasks, handled | via, found=found,
                      prior=prior if found else 0.6)]


# ---------------------------------------------------------------- dates


def when(ctx: Context) -> list[Candidate]:
    """'hvornår skal 433 starte?': both offsets, and real dates when the go-live is known."""
    q = ctx.q
    if not q.has("when", "start", "end", "duration", "golive"):
        return []
    handled = q.concept_positions("when", "start", "end", "duration", "task", "status")
    tasks, via = scope(ctx, handled)
    if not tasks:
        return [which_task(ctx, "when", "hvornår skal {id} starte?")]
    if q.has("golive"):
        return [_golive_candidate(ctx, tasks, handled | via | q.concept_positions("golive"))]
    only_duration = q.has("duration") and not q.has("when", "start", "end")
    lines = [_duration_line(ctx, ctx.task(t)) if only_duration else _when_line(ctx, ctx.task(t))
             for t in tasks]
    found = all(line is not None for line in lines)
    text = "\n\n".join(line or _no_dates(ctx, ctx.task(t)) for t, line in zip(tasks, lines, strict=True))
    return [Candidate("when", text, tasks, handled | via, found=found, prior=implied(q) if found else 0.6)]


def _golive_candidate(ctx: Context, tasks: list[int], explained: set[int]) -> Candidate:
    """'hvornår er go-live for 433?': the workspace's go-live date for the task's wave/project."""
    lines, found = [], True
    for t in tasks:
        task = ctx.task(t)
        names = join(task.waves or [task.project or task.id], ctx.lang, word="or")
        day = golive_for(task, ctx.golive) if ctx.golive else None
        if day is None:
            found = False
            lines.append(f"Der er ikke sat nogen go-live-dato for {names}." if ctx.lang == "da"
                         else f"No go-live date is set for {names}.")
        else:
            lines.append(f"Go-live for {names}: {format_date(day, lang=ctx.lang)}.")
    return Candidate("golive", "\n".join(lines), tasks if found else [], explained, found=found,
                     prior=1.0 if found else 0.7)


def _when_line(ctx: Context, task: Task) -> str | None:
    if task.end_offset_days is None:
        return None
    en = ctx.lang == "en"
    end, start = -task.end_offset_days, task.start_offset_days
    if en:
        text = f"Task {task.id} must be finished {end} days before go-live (Slutdato {task.end_offset_days})"
        if start is not None:
            text += (f" and started {-start} days before that end date (Startdato {start}), "
                     f"i.e. {end - start} days before go-live")
    else:
        text = f"Opgave {task.id} skal være færdig {end} dage før go-live (Slutdato {task.end_offset_days})"
        if start is not None:
            text += (f" og startes {-start} dage før slutdatoen (Startdato {start}), "
                     f"dvs. {end - start} dage før go-live")
    text += "."
    if task.duration_days is not None:
        text += f" {label('duration', ctx.lang)}: {task.duration_days} {say('days', ctx.lang)}."
    golive = golive_for(task, ctx.golive) if ctx.golive else None
    window = task_window(task, golive)
    lang = ctx.lang
    names = join(task.waves or [task.project or ""], lang, word="or")
    if window:
        dated = []
        if window.start:
            dated.append(f"Start: {format_date(window.start, lang=lang)}")
        dated.append(f"{'End' if en else 'Slut'}: {format_date(window.end, lang=lang)}")
        text += "\n" + " · ".join(dated) + (f" (go-live {format_date(window.golive, lang=lang)})")
    elif ctx.golive is not None or names:
        text += (f"\n(No go-live date is set for {names}.)" if en
                 else f"\n(Ingen go-live-dato sat for {names}.)")
    return text


def _duration_line(ctx: Context, task: Task) -> str | None:
    if task.duration_days is None:
        return None
    if ctx.lang == "en":
        return f"Task {task.id} is expected to take {task.duration_days} days."
    return f"Opgave {task.id} varer {task.duration_days} dage."


def _no_dates(ctx: Context, task: Task) -> str:
    if ctx.lang == "en":
        return f"Task {task.id} has no start or end date in its description."
    return f"Opgave {task.id} har ingen start- eller slutdato i opgavebeskrivelsen."


# ---------------------------------------------------------------- single fields

_FIELDS = ["goal", "result", "description", "priority", "project", "phase", "theme", "wave", "sts",
           "publication", "related", "involved", "executor", "responsible", "link", "title"]


def fields(ctx: Context) -> list[Candidate]:
    """'hvad er målet med 433?', 'hvem er anbefalet udfører på efaktura 8b?', 'hvad er 433?'"""
    q = ctx.q
    asked = [f for f in _FIELDS if q.has(f)]
    if q.has("method") and not q.has("who"):
        asked = [f for f in asked if f != "executor"]  # "hvordan udfører vi ...": the method
    if not asked:
        if not q.tasks or q.step is not None:
            return []  # "who"/"what" alone needs a named task; anything else is for other handlers
        asked = ["executor", "responsible"] if q.has("who") else ["overview"]
    handled = q.concept_positions(*asked, "who", "what", "which", "task", "list", "step", "fact")
    if q.has("who"):
        handled |= q.concept_positions("method")  # "hvem skal gøre 433?" asks who does it
    tasks, via = scope(ctx, handled)
    if not tasks:
        if q.has("which", "list"):
            return []
        return [which_task(ctx, "field", f"{label(asked[0], 'da').lower()} for {{id}}")]
    blocks, found = [], True
    for t in tasks:
        lines = [_field_line(ctx, ctx.task(t), f) for f in asked]
        if all(line is None for line in lines):
            fallback = _other_role(ctx, ctx.task(t), asked)
            found = fallback is not None
            lines = [fallback or _missing_field(ctx, ctx.task(t), asked)]
        shown = [line for line in lines if line]
        if len(tasks) > 1:
            shown.insert(0, f"{ctx.task(t).id}:")
        blocks.append("\n".join(shown))
    prior = (0.95 if asked != ["overview"] else 0.9) * implied(q)
    return [Candidate("field", "\n\n".join(blocks), tasks, handled | via, found=found,
                      prior=prior if found else 0.6)]


def _other_role(ctx: Context, task: Task, asked: list[str]) -> str | None:
    """Asked for the responsible but only the executor is given (or the other way round)."""
    pairs = {"responsible": ("executor", task.recommended_executor),
             "executor": ("responsible", task.recommended_responsible)}
    if len(asked) != 1 or asked[0] not in pairs or not pairs[asked[0]][1]:
        return None
    other, value = pairs[asked[0]]
    return f"{_missing_field(ctx, task, asked)} {label(other, ctx.lang)}: {quote(value, ctx.lang)}"


def _field_line(ctx: Context, task: Task, name: str) -> str | None:
    lang = ctx.lang
    if name == "overview":
        return _overview(ctx, task)
    if name == "executor" and task.recommended_executor:
        line = f"{label('executor', lang)}: {quote(task.recommended_executor, lang)}"
        if task.executor_comment:
            line += f"\n{label('executor_comment', lang)}: {quote(task.executor_comment, lang)}"
        return line
    value = _field_value(task, name, lang)
    if value is None or value == "" or value == []:
        return None
    return f"{label(name, lang)}: {quote(value, lang) if name not in ('sts', 'duration') else value}"


def _field_value(task: Task, name: str, lang: str) -> str | None:
    if name == "sts":
        if task.sts_infrastructure is None:
            return None
        return say("yes" if task.sts_infrastructure else "no", lang)
    if name == "duration":
        return None if task.duration_days is None else f"{task.duration_days} {say('days', lang)}"
    if name == "wave":
        return ", ".join(task.waves) or None
    if name == "related":
        return ", ".join(task.related_tasks) or None
    if name == "link":
        return ", ".join(link.url for link in task.links) or None
    if name == "description":
        first = sentences(task.description.split("\n\n")[0]) if task.description else []
        return " ".join(first[:2]) or None
    attr = {"executor": "recommended_executor", "responsible": "recommended_responsible",
            "involved": "involved_parties", "publication": "publication_status"}.get(name, name)
    return getattr(task, attr, None)


def _missing_field(ctx: Context, task: Task, asked: list[str]) -> str:
    names = join([label(a, ctx.lang).lower() for a in asked], ctx.lang, word="or")
    if ctx.lang == "en":
        return f"Task {task.id} does not state its {names}."
    return f"Opgave {task.id} angiver ingen {names}."


def _overview(ctx: Context, task: Task) -> str:
    lang = ctx.lang
    lines = [task_label(task)]
    if task.goal:
        lines.append(f"{label('goal', lang)}: {quote(task.goal, lang)}")
    meta = [f"{label(n, lang)}: {v}" for n in ("project", "priority", "wave")
            if (v := _field_value(task, n, lang))]
    if task.method_steps:
        meta.append(f"{len(task.method_steps)} {'trin' if lang == 'da' else 'steps'}")
    if meta:
        lines.append(" · ".join(meta))
    return "\n".join(lines)


# ---------------------------------------------------------------- lists of tasks


def listing(ctx: Context) -> list[Candidate]:
    """'hvilke opgaver er i bølge 3?', 'which tasks are in KY?', 'hvilke opgaver er obligatoriske?'"""
    index, q = ctx.index, ctx.q
    if q.tasks or not (q.has("which", "list") or (q.wave is not None and not q.has("step"))):
        return []
    handled = q.concept_positions("which", "list", "task", "what", "wave")
    chosen: set[int] | None = None
    reasons: list[tuple[str, str]] = []

    def narrow(tasks, positions, reason):
        nonlocal chosen
        chosen = set(tasks) if chosen is None else chosen & set(tasks)
        handled.update(positions)
        reasons.append(reason)

    for tok in q.content():
        if tok.key in index.projects:
            narrow(index.projects[tok.key], {tok.pos},
                   (f"i projekt {tok.surface}", f"in project {tok.surface}"))
    if q.wave is not None:
        narrow(index.waves.get(q.wave, []), {t.pos for t in q.tokens if t.role == "number"},
               (f"i bølge {q.wave}", f"in wave {q.wave}"))
    if q.has("sts"):
        narrow([i for i, t in enumerate(index.tasks) if t.sts_infrastructure], q.concept_positions("sts"),
               ("der er STS/infrastruktur-opgaver", "that are STS/infrastructure tasks"))
    if q.has("priority"):
        hit = _priority_tasks(ctx)
        if hit is not None:
            narrow(hit[0], hit[1] | q.concept_positions("priority"),
                   (f"med prioritet «{hit[2]}»", f"with priority “{hit[2]}”"))
    rest = {t.pos for t in q.content()} - handled - q.concept_positions("sign")
    if rest and chosen is None:
        ranked = rank_tasks(index, q, rest)
        top = [t for t, s, _ in ranked if s >= 0.999]
        if top:
            named = " ".join(t.surface for t in q.tokens if t.pos in rest)
            narrow(top, rest, (f"der nævner «{named}»", f"that mention “{named}”"))
    if chosen is None and q.has("task") and not rest and not q.has("sign"):
        narrow(range(len(index.tasks)), set(), ("", ""))
    if chosen is None:
        return []
    tasks = sorted(chosen)
    lines = [task_label(index.tasks[t]) for t in tasks]
    why = join([r[ctx.lang == "en"] for r in reasons if r[0]], ctx.lang)
    if not tasks:
        text = f"Ingen opgaver {why}." if ctx.lang == "da" else f"No tasks {why}."
        return [Candidate("list", text, [], handled, found=False, prior=0.9)]
    intro = f"Opgaver {why} ({len(tasks)}):" if ctx.lang == "da" else f"Tasks {why} ({len(tasks)}):"
    intro = intro.replace("  ", " ")
    text = intro + "\n" + bullets(lines, limit=LIST_LIMIT, lang=ctx.lang)
    return [Candidate("list", text, tasks[:LIST_LIMIT], handled)]


def _priority_tasks(ctx: Context) -> tuple[list[int], set[int], str] | None:
    """Tasks whose priority the question names best: 'obligatorisk', 'prioritet 1',
    'obligatorisk på kritisk vej' (all of its words, not just 'obligatorisk')."""
    q = ctx.q
    typed = {k: t.pos for t in q.tokens if t.role in ("word", "number") for k in t.keys}
    typed |= {t.surface: t.pos for t in q.tokens if t.surface.isdigit()}
    best: tuple[float, int, str] | None = None
    for prio in ctx.index.priorities:
        prio_keys = set(prio.split()) - {"prioritet", "pa"}
        hit = prio_keys & typed.keys()
        if hit and (best is None or (len(hit) / len(prio_keys), len(hit)) > best[:2]):
            best = (len(hit) / len(prio_keys), len(hit), prio)
    if best is None:
        return None
    tasks = ctx.index.priorities[best[2]]
    positions = {typed[k] for k in set(best[2].split()) & typed.keys()}
    return tasks, positions, ctx.index.tasks[tasks[0]].priority or best[2]


# ---------------------------------------------------------------- checklist status


def status(ctx: Context) -> list[Candidate]:
    """'er basis konfiguration gennemført?', 'er ruten bestilt?': a checklist item's status."""
    index, q = ctx.index, ctx.q
    if not index.checklist:
        return []
    hits: dict[int, set[int]] = {}
    for tok in q.content():
        if tok.concepts:
            continue  # 'gøre' matching 'Gør det muligt ...' names no item
        for k in tok.keys:
            for cid in index.checklist_keys.get(k, ()):
                if not q.tasks or index.checklist[cid].task in q.tasks:
                    hits.setdefault(cid, set()).add(tok.pos)
    if not hits:
        return []
    handled = q.concept_positions("status", "what", "who")
    best = max(q.coverage(h | handled) for h in hits.values())
    chosen = [c for c, h in hits.items() if q.coverage(h | handled) >= best - 0.01][:4]
    lines = []
    for cid in chosen:
        entry = index.checklist[cid]
        shown = entry.status or ("ingen status" if ctx.lang == "da" else "no status")
        if entry.substep:
            head = f"{entry.item.number}.{entry.substep.number} {entry.text}"
        else:
            head = f"{'Punkt' if ctx.lang == 'da' else 'Item'} {entry.item.number} «{entry.text}»"
        lines.append(f"{head}: {quote(shown, ctx.lang)}")
    explained = set().union(*(hits[c] for c in chosen)) | handled
    tasks = list(dict.fromkeys(index.checklist[c].task for c in chosen))
    prior = 1.0 if q.has("status") else 0.8
    return [Candidate("status", "\n".join(lines), tasks, explained, prior=prior)]


# ---------------------------------------------------------------- consequences


def consequence(ctx: Context) -> list[Candidate]:
    """'hvad sker der hvis opgaven ikke gennemføres?': the task's own 'Hvis ... ikke ...' sentence."""
    index, q = ctx.index, ctx.q
    if not (q.has("consequence") or (q.has("if") and q.has("negation"))):
        return []
    handled = q.concept_positions("consequence", "if", "negation", "status", "task", "what")
    tasks, via = scope(ctx, handled)
    if not tasks:
        tasks = [t for t in index.consequences]
        if len(tasks) > 3:
            return [which_task(ctx, "consequence", "hvad sker der hvis {id} ikke gennemføres?")]
    pids = [p for t in tasks for p in index.consequences.get(t, [])]
    if not pids:
        if not q.tasks:
            return []
        names = join([index.tasks[t].id for t in tasks], ctx.lang)
        text = (f"Opgave {names} siger ikke, hvad der sker, hvis den ikke gennemføres." if ctx.lang == "da"
                else f"Task {names} does not say what happens if it is not done.")
        return [Candidate("consequence", text, [], handled, found=False, prior=0.7,
                          suggestions=[index.tasks[t].id for t in index.consequences][:3])]
    lines = [quote(index.passages[p].text, ctx.lang) for p in pids]
    owners = list(dict.fromkeys(index.passage_task[p] for p in pids))
    if len(owners) > 1:
        lines = [f"{index.tasks[index.passage_task[p]].id}: {line}"
                 for p, line in zip(pids, lines, strict=True)]
    text = ("" if ctx.lang == "da" else say("says", "en")) + "\n".join(lines)
    return [Candidate("consequence", text, owners, handled | via, prior=implied(q) if via else 1.0)]

