"""List filters by a task's own attributes: project, phase, theme, doer, wave, priority, STS."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from knowledge.fold import ascii_fold, content_keys, key, keys
from knowledge.lexicon import wave_label
from knowledge.priority import Weight, optional_by_name, task_weight, weight
from knowledge.qa.analysis import project_tasks
from knowledge.qa.candidate import Context
from knowledge.qa.intents.list_filters.criteria import By, Filter, positions_of
from knowledge.qa.intents.list_filters.mentions import _NOT
from knowledge.qa.intents.list_filters.signing import _PARTY_NOUN
from knowledge.roles import names_whole
from knowledge.wording import say


def project_filters(ctx: Context, handled: set[int]) -> list[Filter]:
    out: list[Filter] = []
    index, q = ctx.index, ctx.q
    for tok in q.content():
        tasks = project_tasks(index, q, tok)
        if tasks is not None and tok.pos not in handled:
            names = sorted({index.tasks[t].project or tok.surface for t in tasks}, key=len)
            # 'KP' names the project KP, and also 'KP Videreudvikling' (its first word): show them all
            name = " / ".join(names)
            # every word of a project's name is the project ('Digital Post'), not a word to search for
            named = {t.pos for t in q.content() if t.key in {k for n in names for k in keys(n)}}
            handled |= {tok.pos} | named
            out.append(Filter(By.PROJECT, name, set(tasks), {tok.pos} | named))
    return out or [f for f in (_unknown_project(ctx, handled),) if f is not None]


def _unknown_project(ctx: Context, handled: set[int]) -> Filter | None:
    """'the Parkering project', 'projektet Skoleintra', 'Parkering-projektet': a name the question calls a
    project that no task's project is; tasks that merely mention the word are not its tasks."""
    q = ctx.q
    frame = q.concept_positions("project")
    for tok in q.content():
        if tok.pos not in handled and not tok.concepts and tok.surface[:1].isupper() and \
                any(abs(tok.pos - p) == 1 for p in frame):
            return Filter(By.PROJECT, tok.surface, set(), {tok.pos} | frame, known=False)
    return None


def attribute_filters(ctx: Context, handled: set[int]) -> list[Filter]:
    """'hvilke opgaver er i fasen Forberedelse?', 'which tasks have the theme Jura?': the words of a
    task's phase or theme (not 'fase' or its number)."""
    q, out = ctx.q, []
    fields = [(By.PHASE, lambda t: t.phase), (By.THEME, lambda t: t.theme)]
    # 'hvilke opgaver har X som anbefalet udfører?': the role field, when the question names it
    fields += [(by, value_of) for by, value_of in ((By.EXECUTOR, lambda t: t.recommended_executor),
                                                   (By.RESPONSIBLE, lambda t: t.recommended_responsible))
               if q.has(by.value) and not q.has("sign")]
    for by, value_of in fields:
        named = [t for t in q.content()
                 if t.pos not in handled and not t.concepts and not t.surface.isdigit()]
        if by in (By.PHASE, By.THEME):
            named = _naming_a_value(q, by, named)
        role = _role_phrase(q, by, named)  # 'har teknik- og miljøudvalget som ansvarlig': all of it
        named_keys = {k for t in named for k in t.keys}
        hit: dict[int, str] = {}
        said: set[int] = set()
        for i, task in enumerate(ctx.index.tasks):
            value = value_of(task)
            if not value:
                continue
            words = _value_keys(value)
            used = {t.pos for t in named if any(k in words for k in t.name_keys + _field_compound(t, by))}
            # 'vejchefen' is not 'Park- og vejchef', nor 'kultur- og fritidschefen' 'Fritidschef'
            if used and role <= used and names_whole(value, named_keys) and names_whole(q.text, words) and \
                    not (by in (By.EXECUTOR, By.RESPONSIBLE) and _phrase_cut(q, named, used)):
                hit[i] = value
                said |= used
        if hit:
            shown = sorted(set(hit.values()))
            said |= q.concept_positions(by.value)
            if by in (By.EXECUTOR, By.RESPONSIBLE):
                said |= positions_of(ctx, _RECOMMENDED | {"som", "as", "the"})
            out.append(Filter(by, " / ".join(shown), set(hit), said))
            handled |= said
        elif by in (By.EXECUTOR, By.RESPONSIBLE) and named and (positions_of(ctx, _RECOMMENDED) or role or (
                doers := _doer_positions(q, by) & {t.pos for t in named})):
            # 'hvilke opgaver har Teknisk afdeling som anbefalet udfører?', 'hvilke opgaver skal lodsejerne
            # udføre?' when no task recommends them: no task, not the tasks that merely mention them
            framing = positions_of(ctx, _RECOMMENDED | {"som", "as", "the"})
            value = [t for t in named if t.pos not in framing]
            if role:
                value = named = [t for t in named if t.pos in role]
            elif not positions_of(ctx, _RECOMMENDED):
                value = [t for t in named if t.pos in doers]
                named = value
            said = {t.pos for t in named} | q.concept_positions(by.value) | framing
            out.append(Filter(by, " ".join(t.surface for t in value), set(), said))
            handled |= said
    return out


_RECOMMENDED = frozenset({"anbefalet", "anbefalede", "recommended"})


def _phrase_cut(q, named: list, used: set[int]) -> bool:
    """Whether a role's value says only part of the phrase the question names it by: 'environment officer'
    ('miljø fuldmægtig') is not 'Jurist i Teknik og Miljø', which says 'miljø' alone. A word right beside a
    word of the value, and not said by it, belongs to the same phrase."""
    loose = {t.pos for t in named if ascii_fold(t.surface.casefold()) not in _RECOMMENDED} - used
    return any(p - 1 in loose or p + 1 in loose for p in used)


def _naming_a_value(q, by: By, named: list) -> list:
    """The words that may name a phase or a theme: any, when the question names the field ('i fasen
    aftaler', 'klargøringsfasen'); else only a name ('i Glatføre - Bølge 1'). A common noun alone is what
    the tasks are about, not their phase: 'hvilke opgaver kræver en aftale sendt til KOMBIT?' is not the
    phase 'Fase 1 – Aftaler', nor 'den lokale test' the theme 'Test'."""
    if q.concept_positions(by.value) or any(_field_compound(t, by) for t in named):
        return named
    return [t for t in named if t.surface[:1].isupper()]


def _role_phrase(q, by: By, named) -> set[int]:
    """The words of the party a question puts in the role ('hvilke opgaver har teknik- og miljøudvalget
    som ansvarlig?': between 'har' and 'som' before the role's word): a task has that party in the role
    only when its field says every one of them, and no task has it when none does, whatever the tasks
    mention."""
    names = {t.pos for t in named}
    for t in q.tokens[2:]:
        if by.value not in t.concepts or q.tokens[t.pos - 1].surface.casefold() not in ("som", "as"):
            continue
        out: set[int] = set()
        for prev in reversed(q.tokens[:t.pos - 1]):
            if prev.surface.casefold() in ("har", "have", "has"):
                return out
            if prev.pos in names:
                out.add(prev.pos)
            elif prev.role != "stop":
                break
        return set()
    return set()


def _doer_positions(q, by: By) -> set[int]:
    """The words that name who does (is responsible for) the tasks: a party right before the verb
    ('skal lodsejerne udføre') or after 'af'/'by' after it ('udføres af X'), as `_signing_positions`."""
    out: set[int] = set()
    for t in q.tokens:
        if by.value not in t.concepts:
            continue
        before = q.tokens[t.pos - 1] if t.pos > 0 else None
        if before is not None and before.role == "word" and not before.concepts and \
                _PARTY_NOUN.search(before.surface):
            out.add(before.pos)
        if t.pos + 2 < len(q.tokens) and q.tokens[t.pos + 1].surface.casefold() in ("af", "by"):
            out.add(t.pos + 2)
    return out


@lru_cache(maxsize=4096)
def _value_keys(value: str) -> frozenset[str]:
    return frozenset(k for k in content_keys(value) if not k.isdigit() and k not in _FIELD_NAMES)


_FIELD_NAMES = frozenset(key(w) for w in "fase phase tema theme".split())


PHASE_NUMBER = re.compile(r"\b(?:fase|fasen|phase)\s+(\d+(?:\.\d+)?)\b", re.I)


# a compound of a value and the field's own word names the value: 'klargøringsfasen' is the phase Klargøring
_FIELD_HEADS = {By.PHASE: ("faserne", "fasen", "faser", "fase"),
                By.THEME: ("temaerne", "temaet", "temaer", "tema")}


def _field_compound(tok, by: By) -> tuple[str, ...]:
    """The keys of the value a compound names with the field's word as its head ('klargøringsfasen' ->
    'klargøring', its linking 's' taken off), none for other words."""
    word = tok.surface.casefold()
    for head in _FIELD_HEADS.get(by, ()):
        if word.endswith(head) and len(word) - len(head) >= 4:
            stem = word[:-len(head)].rstrip("-")
            return tuple(dict.fromkeys(key(w) for w in (stem, stem[:-1] if stem.endswith("s") else stem)))
    return ()


def phase_number_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver hører til fase 2.2?': the tasks whose phase has that number ('Fase 2.2:
    Klargøring'; 'fase 2' its parts too), not every task that mentions '2'."""
    m = PHASE_NUMBER.search(ctx.q.text)
    if m is None:
        return None
    number = re.compile(rf"(?<![\d.]){re.escape(m.group(1))}(?!\d)")  # 'fase 2' holds 2.1 and 2.2
    tasks = {i for i, t in enumerate(ctx.index.tasks) if t.phase and number.search(t.phase)}
    shown = sorted({ctx.index.tasks[i].phase for i in tasks}) or [m.group(1)]
    pos = {t.pos for t in ctx.q.tokens if t.surface.casefold() in ("fase", "fasen", "phase")
           or t.surface.replace(",", ".") in (m.group(1), *m.group(1).split("."))}
    return Filter(By.PHASE, " / ".join(shown), tasks, pos, known=bool(tasks))


# 'bølge 2 og 3', 'waves 1, 2 or 4'
WAVES = re.compile(r"\b(?:bølge|bølgerne|bølger|wave|waves)\s+"
                   r"(\d{1,2}(?:\s*(?:,|og|and|or|eller)\s*\d{1,2})+)\b", re.I)


def wave_filter(ctx: Context) -> Filter | None:
    q = ctx.q
    if (many := WAVES.search(q.text)) is not None:  # the tasks of any of the waves named
        numbers = [int(n) for n in re.findall(r"\d+", many.group(1))]
        tasks = {t for n in numbers for t in ctx.index.waves.get(n, [])}
        shown = f" {say('and', q.lang)} ".join(map(str, numbers))
        pos = {t.pos for t in q.tokens if t.surface.isdigit() and int(t.surface) in numbers}
        return Filter(By.WAVE, shown, tasks, pos | q.concept_positions("wave"), known=bool(tasks))
    if q.wave is None:
        return None
    tasks = set(ctx.index.waves.get(q.wave, []))
    framing = {t.pos for t in q.tokens if t.role == "number"} | q.concept_positions("wave")
    named, tasks = _wave_named(ctx, tasks, framing)
    return Filter(By.WAVE, wave_label(q.wave), tasks, framing | named, known=bool(tasks))


def _wave_named(ctx: Context, tasks: set[int], framing: set[int]) -> tuple[set[int], set[int]]:
    """'hvilke opgaver er i Valgafvikling - Bølge 2?': the question's words that a label of the wave
    writes ('Valgafvikling - Bølge 2', whatever the project is called) name that wave, not a word the tasks
    must mention; the wave's tasks are then those with a label that has them all. (A project's name, 'KY'
    of 'KY - Bølge 5', is the project filter's.)"""
    labels = {label: content_keys(label) for t in tasks for label in ctx.task(t).waves}
    said = {t.pos: set(t.keys) for t in ctx.q.content()
            if t.pos not in framing and any(set(t.keys) & keys_ for keys_ in labels.values())
            and project_tasks(ctx.index, ctx.q, t) is None}
    if not said:
        return set(), tasks
    chosen = {label for label, keys_ in labels.items() if all(k & keys_ for k in said.values())}
    return set(said), {t for t in tasks if chosen & set(ctx.task(t).waves)}


# The priorities KLIK uses, as the question may name them (Danish, English, short forms), each to the
# words a task's priority must hold: 'Obligatorisk' also takes in 'Obligatorisk på kritisk vej'.
_PRIORITY_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(kritisk\w*|critical)( (vej|path))?\b"), "kritisk vej"),
    (re.compile(r"\b(obligatorisk\w*|mandatory|required|compulsory|paakraevet\w*|skal-opgaver)\b"),
     "obligatorisk"),
    # a task one may leave out is an optional one ('hvilke opgaver kan vi springe over?', 'can we skip')
    (re.compile(r"\b(valgfri\w*|optional|frivillig\w*|non-mandatory|spring\w*( \w+)? over|"
                r"skip(s|ped|pable)?|fravaelg\w*|undvaer\w*)\b"), "valgfri"),
    (re.compile(r"\b(anbefale(t|de)|recommended)\b(?! (udfoer|ansvarlig|executor|responsible|rolle|role))"),
     "anbefalet"),
    (re.compile(r"\b(prioritet|prioriteten|prio|priority)\s*(\d+)\b"), "prioritet {n}"),
    (re.compile(r"\b(hoejest\w*|highest|top|vigtigst\w*|most important)\b"), "{top}"),
]


def priority_filters(ctx: Context, named: set[int] = frozenset()) -> list[Filter]:
    """The priority the question names, and a second one it denies ('obligatoriske, men ikke på kritisk
    vej' is the obligatory tasks without the critical ones; `negate` turns the denied one round)."""
    folded = ascii_fold(ctx.q.text.casefold())
    for word in {ascii_fold(ctx.q.tokens[p].surface.casefold()) for p in named}:
        folded = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", folded)
    folded, misspelt = _priority_spelt(folded)
    out: list[tuple[bool, Filter]] = []
    taken: list[tuple[int, int]] = []
    for cue, wanted in _PRIORITY_WORDS:
        m = cue.search(folded)
        if m is None or any(m.start() < end and start < m.end() for start, end in taken):
            continue
        made = _priority_of(ctx, m, wanted, misspelt)
        if made is None:
            continue
        taken.append(m.span())
        denied = bool(_NOT & set(folded[:m.start()].split()[-4:]))
        if denied:  # its own words only, so the negation before it is near it
            own = positions_of(ctx, set(m.group(0).split()))
            made.positions = own | {p for p in positions_of(ctx, {"pa", "on", "the"}) if p >= min(own) - 1}
        out.append((denied, made))
        if not denied and len(out) == 1 and not any(
                ascii_fold(w) in _NOT for w in folded.split()):  # the usual one: no second to deny
            break
    if len(out) < 2:
        return [f for _, f in out]
    kept = [f for denied, f in out if not denied][:1]
    return kept + [f for denied, f in out if denied] if kept else [out[0][1]]


def _priority_of(ctx: Context, m: re.Match[str], wanted: str, misspelt: set[str]) -> Filter | None:
    """The filter for one priority the question names (`wanted`, as `m` found it)."""
    want = wanted.format(n=m.group(2)) if "{n}" in wanted else wanted
    if wanted == "{top}":  # the highest priority the tasks use: the critical path, else 'prioritet 1'
        want = _top_priority(ctx)
        if want is None:
            return None
    words = want.split()
    hit = {p: ts for p, ts in ctx.index.priorities.items()
           if all(re.search(rf"\b{re.escape(key(w))}\b", p) for w in words)}
    ranked = _ranked_priorities(ctx) if want == "obligatorisk" else {}
    tasks = {t for ts in (*hit.values(), *ranked.values()) for t in ts}
    # a ranked task its title or phase calls optional ('Værkstedsdagen (valgfri)'): optional by the one
    # rule of knowledge/priority.py, said so by its name, not by a priority it does not have
    by_name = {t: said for t, task in enumerate(ctx.index.tasks) if (said := optional_by_name(task))} \
        if want == "valgfri" else {}
    on_top = _top_beside_optional(ctx) - tasks if want == "obligatorisk" else set()
    exact = [p for p in hit if p == " ".join(key(w) for w in words)] or sorted(hit, key=len)
    shown = ctx.index.tasks[hit[exact[0]][0]].priority if hit else want.capitalize()
    said = set(m.group(0).split()) | set(want.split()) | {"pa", "on", "the", "den"} | misspelt
    pos = positions_of(ctx, said) | ctx.q.concept_positions("priority")
    for p in positions_of(ctx, misspelt):  # 'vlgfrie' is understood as 'valgfrie'
        ctx.q.tokens[p].match = max(ctx.q.tokens[p].match, 0.9)
    found = Filter(By.PRIORITY, shown or want, tasks | set(by_name), pos, known=bool(tasks | set(by_name)))
    if set(by_name) - tasks:  # 'der er valgfri', each such task with the name that says so
        found.reason = "optional"
        found.notes = {t: [(f"note_optional_{said}", {})] for t, said in by_name.items()}
    if on_top:  # 'der skal udføres', each such task with its own priority, not 'Obligatorisk'
        found.tasks |= on_top
        found.known = True
        found.reason = "must"
        found.notes = {t: [("note_priority", {"value": ctx.index.tasks[t].priority})] for t in on_top}
    return found


def _top_beside_optional(ctx: Context) -> set[int]:
    """In a project that says 'Obligatorisk' of no task and whose ranked tasks include one its title or
    phase calls optional ('Færgedagen (valgfri)' of 'Prioritet 1'), the other tasks of the top weight
    (knowledge/priority.py: 'Prioritet 1' is critical) are those that must be done; a lower rank
    ('Prioritet 2') says nothing of it."""
    by_project: dict[str, list[int]] = {}
    for t, task in enumerate(ctx.index.tasks):
        by_project.setdefault(task.project or "", []).append(t)
    found: set[int] = set()
    for project, tasks in by_project.items():
        rows = [ctx.index.tasks[t] for t in tasks]
        if not project or any(weight(r.priority) is Weight.MANDATORY for r in rows) or \
                not any(optional_by_name(r) for r in rows):
            continue
        found |= {t for t, r in zip(tasks, rows, strict=True) if task_weight(r) is Weight.CRITICAL}
    return found


def _ranked_priorities(ctx: Context) -> dict[str, list[int]]:
    """The tasks of the obligatory ranks of a numbered priority scale ('Prioritet 1', 'Prioritet 2': the
    exports' three levels, 'Obligatorisk på kritisk vej', 'Obligatorisk' and 'Valgfri', by number) in a
    project that ranks its tasks by number beside 'Valgfri' for others, and says 'Obligatorisk' of none:
    such a task there is an obligatory one (ranks alone may order optional tasks too, and 'Prioritet 3',
    the third level, is one the project may leave)."""
    by_project: dict[str, list[int]] = {}
    for t, task in enumerate(ctx.index.tasks):
        by_project.setdefault(task.project or "", []).append(t)
    ranked: dict[str, list[int]] = {}
    for tasks in by_project.values():
        said = {_priority_key(ctx.index.tasks[t].priority) for t in tasks}
        ranks = {p for p in said if _RANKED.fullmatch(p)}
        ranks = {p for p in ranks if int(re.findall(r"\d+", p)[-1]) <= _OBLIGATORY_RANKS}
        # ('Valgfri' beside the ranks as a priority: a task's title calling it optional says nothing of
        # the other ranked tasks, so ranks beside one are not 'Obligatorisk')
        if not ranks or any("obligatorisk" in p for p in said) or not any("valgfri" in p for p in said):
            continue
        for t in tasks:
            if (p := _priority_key(ctx.index.tasks[t].priority)) in ranks and \
                    task_weight(ctx.index.tasks[t]) is not Weight.OPTIONAL:
                ranked.setdefault(p, []).append(t)
    return ranked


def _priority_key(priority: str | None) -> str:
    """A priority as the index keys it ('Prioritet 1' -> 'priorit 1')."""
    return " ".join(keys(priority or ""))


_RANKED = re.compile(r"(?:priorit\w*|prio)\s*\d+")  # (as the index keys them: 'priorit 1')
_OBLIGATORY_RANKS = 2  # 'Prioritet 1' and 'Prioritet 2' are the two obligatory levels; 3 is the optional one


# The priority words as the exports write them, in the forms a question uses, for a misspelt one
_PRIORITY_FORMS = ("obligatorisk", "obligatoriske", "valgfri", "valgfrie", "kritisk", "kritiske")


def _priority_spelt(folded: str) -> tuple[str, set[str]]:
    """The question with a misspelt priority word written right ('vlgfrie', 'obligatorske'): one letter
    off a form, two from ten letters, seven letters or more; and the words so read."""
    misspelt: set[str] = set()

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        limit = 1 if len(word) < 10 else 2
        near = [f for f in _PRIORITY_FORMS if OSA.distance(word, f, score_cutoff=limit) <= limit]
        if not near or word in _PRIORITY_FORMS:
            return word
        misspelt.add(word)
        return near[0]
    return re.sub(r"\b[a-z]{7,}\b", repl, folded), misspelt  # ('kritik' is a word of its own)


def _top_priority(ctx: Context) -> str | None:
    folded = " ".join(ctx.index.priorities)
    if "kritisk vej" in folded:
        return "kritisk vej"
    numbers = sorted(int(m.group(1)) for m in re.finditer(r"\bprioritet (\d+)\b", folded))
    return f"prioritet {numbers[0]}" if numbers else None


def sts_filter(ctx: Context) -> Filter | None:
    if not ctx.q.has("sts"):
        return None
    tasks = {i for i, t in enumerate(ctx.index.tasks) if t.sts_infrastructure}
    return Filter(By.STS, "", tasks, ctx.q.concept_positions("sts"))
