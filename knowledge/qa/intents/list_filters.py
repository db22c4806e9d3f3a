"""What a list across tasks is filtered by, read from the question as data: a project, a wave, a
priority ('obligatorisk på kritisk vej', 'optional', 'prio 1'), STS, a signature (by document,
signer or recipient), a deadline in the text ('frist før go-live') or words the tasks mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz.distance import OSA

from knowledge.base import ref_key
from knowledge.fold import ascii_fold, content_keys, key, keys
from knowledge.lexicon import wave_label
from knowledge.models import DeadlineUnit
from knowledge.qa.analysis import project_tasks
from knowledge.qa.candidate import Context
from knowledge.qa.claimed_values import NUMBER_WORDS
from knowledge.qa.messages import counted
from knowledge.roles import names_whole
from knowledge.units import UNITS, unit_of, unit_words
from knowledge.wording import say


class By(StrEnum):
    PROJECT = "project"
    PHASE = "phase"
    THEME = "theme"
    EXECUTOR = "executor"  # the task's recommended executor ('Anbefalet udfører')
    RESPONSIBLE = "responsible"  # the task's recommended responsible ('Anbefalet ansvarlig')
    WAVE = "wave"
    PRIORITY = "priority"
    STS = "sts"
    SIGNATURE = "signature"
    SIGNED_BY = "signed_by"  # a signature whose document, signer or recipient the question names
    DEADLINE = "deadline"
    DEADLINE_BEFORE = "deadline_before"
    DEADLINE_AFTER = "deadline_after"
    START_BEFORE = "start_before"  # the task's own start or end, from its offsets to go-live
    START_AFTER = "start_after"
    END_BEFORE = "end_before"
    END_AFTER = "end_after"
    END_WITHIN = "end_within"  # the task's own end in the last so many days before go-live
    END_BY = "end_by"  # the task's own end at least so long before go-live ('senest 60 dage før go-live')
    START_BY = "start_by"
    DEADLINE_BY = "deadline_by"  # a deadline in the text at least so long before go-live
    DEADLINE_AT = "deadline_at"  # a deadline in the text just so long before go-live
    MENTION = "mention"
    RELATED = "related"  # the tasks a named task lists as related, and those that list it


class Anchor(StrEnum):
    GOLIVE = "go-live"
    RECEIPT = "modtagelse"
    START = "start"
    END = "slut"


Note = tuple[str, dict[str, str]]


@dataclass
class Filter:
    """One criterion of a list: its kind, the value shown ('Valgfri', 'KY', 'Netcompany'), the tasks
    it keeps and the question words it accounts for. `known` is False when the question names a
    value the tasks do not have (a priority nobody uses, a wave that does not exist)."""

    by: By
    value: str = ""
    tasks: set[int] = field(default_factory=set)
    positions: set[int] = field(default_factory=set)
    known: bool = True
    anchor: Anchor | None = None
    # per task, what its text says about the criterion: (message name, values) for knowledge.qa.messages
    notes: dict[int, list[Note]] = field(default_factory=dict)
    negated: bool = False  # 'ikke obligatoriske', "don't need a signature": the tasks without it


def positions_of(ctx: Context, words: set[str]) -> set[int]:
    """The question's tokens that are one of these ascii-folded words."""
    return {t.pos for t in ctx.q.tokens if ascii_fold(t.surface.casefold()) in words}


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
            if used and role <= used and names_whole(value, named_keys) and names_whole(q.text, words):
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


def priority_filter(ctx: Context, named: set[int] = frozenset()) -> Filter | None:
    """Tasks whose priority holds every word of the one the question names; not a word of a name the
    question's other filters read (`named`: 'Frivilligportalen' is a project, not 'frivillig')."""
    found = priority_filters(ctx, named)
    return found[0] if found else None


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
    tasks = {t for ts in hit.values() for t in ts}
    exact = [p for p in hit if p == " ".join(key(w) for w in words)] or sorted(hit, key=len)
    shown = ctx.index.tasks[hit[exact[0]][0]].priority if hit else want.capitalize()
    said = set(m.group(0).split()) | set(want.split()) | {"pa", "on", "the", "den"} | misspelt
    pos = positions_of(ctx, said) | ctx.q.concept_positions("priority")
    for p in positions_of(ctx, misspelt):  # 'vlgfrie' is understood as 'valgfrie'
        ctx.q.tokens[p].match = max(ctx.q.tokens[p].match, 0.9)
    return Filter(By.PRIORITY, shown or want, tasks, pos, known=bool(tasks))


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


def signature_filter(ctx: Context, handled: set[int]) -> Filter | None:
    """Tasks with a document to sign; those whose document, signer or recipient the question names
    ('underskrift af borgmesteren', 'databehandleraftale', 'retur til KOMBIT') when it names one."""
    index, q = ctx.index, ctx.q
    if not q.has("sign"):
        return None
    # 'et dokument, der skal underskrives': the word for any paper names what is signed, not which one
    pos = q.concept_positions("sign") | {t.pos for t in q.tokens if t.key in _ANY_PAPER}
    entries = list(index.signatures)  # a project or wave named is a filter of its own
    naming = [t for t in q.content() if not t.concepts and t.pos not in handled and t.match > 0]
    matches: dict[int, set[int]] = {}
    signing = _signing_positions(q)  # 'hvilke opgaver skal X underskrive?': X is who signs
    named_keys = {k for t in naming for k in t.keys}
    signs_only = _SIGNS.search(q.text) is not None and _APPROVES.search(q.text) is None
    for n, entry in enumerate(entries):
        sig = entry.signature  # what is signed, by whom, to whom: not the steps' verbs ('sendes')
        if signs_only and _only_approved(index, entry):
            continue  # 'hvilke opgaver underskriver X?' - 'Vagtplanen ... godkendes af X':
            # X approves, signs nothing
        said = _party_keys(sig.document, sig.signer, sig.recipient or "")
        signer = _party_keys("", sig.signer, "")
        hit = {t.pos for t in naming if any(k in (signer if t.pos in signing else said) for k in t.keys)}
        if hit and names_whole(f"{sig.document} {sig.signer}", named_keys) and names_whole(q.text, said):
            matches[n] = hit
    # (a signer no task writes, 'af borgmesteren', signs none of them: no list of all signed tasks)
    named_signer = [t for t in q.content() if t.pos in signing and not t.concepts and t.pos not in handled]
    if named_signer and not any(matches[n] & signing for n in matches):
        # 'hvilke opgaver skal KOMBIT underskrive?' when KOMBIT signs nothing (it receives): none
        shown = " ".join(t.surface for t in named_signer)
        return Filter(By.SIGNED_BY, shown, set(), pos | {t.pos for t in named_signer})
    if matches:
        best = max(q.coverage(h) for h in matches.values())
        chosen = [n for n, h in matches.items() if q.coverage(h) >= best - 1e-9]
        said = set().union(*(matches[n] for n in chosen))
        shown = " ".join(q.tokens[p].surface for p in sorted(said))
        # 'sendes retur til X i underskrevet stand': the words of sending it on name the recipient
        said |= {t.pos for t in q.tokens if t.key in _SENDING}
        entries = [entries[n] for n in chosen]
        return Filter(By.SIGNED_BY, shown, {e.task for e in entries}, pos | said,
                      notes=_signature_notes(entries))
    sending = {t.pos for t in q.tokens if t.key in _SENDING}
    if sending:  # 'hvilke opgaver skal vi returnere noget underskrevet i?': a signed document goes back
        entries = [e for e in entries if e.signature.recipient]
    return Filter(By.SIGNATURE, "", {e.task for e in entries}, pos | sending, notes=_signature_notes(entries))


# A question that asks who signs, in words of signing, not of approving
_SIGNS = re.compile(r"\b(?:underskriv\w*|underskrev\w*|underskrift\w*|signer\w*|sign|signs|signed|signing|"
                    r"skriver?\s+under|skrive\s+under)\b", re.I)
_APPROVES = re.compile(r"\b(?:godkend\w*|approv\w*|accept\w*)", re.I)


def _only_approved(index, entry) -> bool:
    """Whether the task's sentences that name a signature's document (its steps too) say it is
    approved ('Vagtplanen laves af X og godkendes af Y') and none says it is signed: no evidence that
    its signer signs anything. Judged once per index."""
    sig = entry.signature
    if sig.source is not None:
        return False

    def judge() -> bool:
        doc = content_keys(sig.document)
        said = [index.passages[pid].text for pid in index.task_passage_ids(entry.task)
                if doc & content_keys(index.passages[pid].text)]
        return any(_APPROVES.search(t) for t in said) and not any(_SIGNS.search(t) for t in said)
    return index.kept("list_only_approved", (entry.task, sig.document), judge)


def _signing_positions(q) -> set[int]:
    """The words that name who signs: right before the sign verb ('skal KOMBIT underskrive') or after
    'af'/'fra'/'by' ('underskrives af direktøren', 'underskrift fra X', 'signed by X')."""
    out: set[int] = set()
    for t in q.tokens:
        if "sign" not in t.concepts:
            continue
        before = t.pos - 1  # a named party ('KOMBIT', 'indkøbschefen'), not a verb ('kræver underskrift')
        if before >= 0 and _SIGN_VERB.match(t.surface) and q.tokens[before].role == "word" and \
                not q.tokens[before].concepts and _PARTY_NOUN.search(q.tokens[before].surface):
            out.add(before)
        after = t.pos + 1
        if after + 1 < len(q.tokens) and q.tokens[after].surface.casefold() in ("af", "fra", "by"):
            out.add(after + 1)
    return out


_SIGN_VERB = re.compile(r"^(underskriv(e|er)|signer(e|er)|sign|skrive)$", re.I)
_PARTY_NOUN = re.compile(r"^[A-ZÆØÅ]{2,}$|(en|et|erne|ne)$")


@lru_cache(maxsize=8192)
def _party_keys(document: str, signer: str, recipient: str) -> frozenset[str]:
    return frozenset(content_keys(f"{document} {signer} {recipient}"))


_ANY_PAPER = frozenset(key(w) for w in "dokument dokumentet dokumenter dokumenterne document documents "
                       "papir papiret papirer paper papers noget something".split())
_SENDING = frozenset(key(w) for w in "sende sendes retur returneres returnere return returned stand".split())


def _signature_notes(entries) -> dict[int, list[Note]]:
    notes: dict[int, list[Note]] = {}
    for e in entries:
        said = {"document": e.signature.document, "signer": e.signature.signer}
        notes.setdefault(e.task, []).append(("note_signature", said))
    return notes


_BEFORE = re.compile(r"\b(foer|inden|before|prior to|ahead of)\b")
_AFTER = re.compile(r"\b(efter|after|following)\b")
_ANCHORS: list[tuple[Anchor, re.Pattern[str]]] = [
    (Anchor.GOLIVE, re.compile(r"\bgo-?live|idriftsaet\w*")),
    (Anchor.RECEIPT, re.compile(r"\bmodtage\w*|\breceipt|\breceiv\w*")),
    (Anchor.START, re.compile(r"\b(start\w*|begynd\w*)\b")),
    (Anchor.END, re.compile(r"\b(slut\w*|afslut\w*|end)\b")),
]


def deadline_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver har en frist før go-live?': tasks with a deadline in their text, before or after
    the anchor the question names."""
    q = ctx.q
    if not q.has("when"):
        return None
    folded = ascii_fold(q.text.casefold())
    anchor = next((a for a, cue in _ANCHORS if cue.search(folded)), None)
    before, after = _BEFORE.search(folded), _AFTER.search(folded)
    pos = q.concept_positions("when", "golive", "start", "end")
    unit = next((u for u, cue in _UNITS if cue.search(folded)), None)  # 'frist i arbejdsdage'
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    # 'frist senest 30 dage før go-live': deadlines that long before go-live or longer
    least = length_before(folded) if anchor is Anchor.GOLIVE and before else None
    # 'har frist 45 dage før go-live' names one deadline; 'senest', 'mindst', 'mere end' make it a bound
    exact = least is not None and not _bounded(folded, least[1])
    for t, dids in ctx.index.task_deadlines.items():
        for did in dids:
            d = ctx.index.deadlines[did].deadline
            if anchor is not None and not _anchored(d.anchor, anchor):
                continue
            if (unit is not None and d.unit != unit) or (before and d.days >= 0) or (
                    after and not before and d.days <= 0):
                continue
            if least is not None and (d.days * _CALENDAR_DAYS[d.unit] != -least[0] if exact
                                      else d.days * _CALENDAR_DAYS[d.unit] > -least[0]):
                continue
            tasks.add(t)
            notes.setdefault(t, [("note_deadline", {"text": d.text})])
    if least is not None:
        said = set(least[1].group(0).split()) | _BY_WORDS | {"go", "live"}
        pos |= positions_of(ctx, said) | q.concept_positions("golive", "duration")
        return Filter(By.DEADLINE_AT if exact else By.DEADLINE_BY,
                      counted("when_days", ctx.lang, least[0], n=least[0]), tasks, pos,
                      notes=notes)
    if anchor is Anchor.GOLIVE and after and not before:
        # a task that ends after go-live has its deadline after it, whatever its text says ('Slutdato' 14)
        ends, end_notes = _ends(ctx, before=False)
        tasks |= ends
        notes = {t: notes.get(t, end_notes.get(t)) for t in tasks}
    elif not tasks and anchor is Anchor.GOLIVE and before:
        tasks, notes = _ends(ctx, before=True)  # no text says so: the tasks' own ends ('Slutdato')
    said = {w for m in (before, after) if m for w in m.group(0).split()}
    for a, cue in _ANCHORS:
        if a is anchor:
            said |= {w for m in cue.finditer(folded) for w in m.group(0).split()}
    for u, cue in _UNITS:
        if u is unit:
            said |= {w for m in cue.finditer(folded) for w in m.group(0).split()} | {"i", "in"}
    pos |= positions_of(ctx, said | {"go", "live"})
    by = By.DEADLINE_BEFORE if before else By.DEADLINE_AFTER if after else By.DEADLINE
    return Filter(by, "", tasks, pos, anchor=anchor if (before or after) else None, notes=notes)


def _days_note(name: str, days: int) -> Note:
    """The note `name` for an offset of `days` from go-live, singular for one day ('1 dag')."""
    return (f"{name}_1" if abs(days) == 1 else name, {"days": str(abs(days))})


def _ends(ctx: Context, *, before: bool) -> tuple[set[int], dict[int, list[Note]]]:
    """The tasks that end before (after) go-live, by their own end counted from it."""
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        days = task.end_offset_days
        if days is None or (before and days >= 0) or (not before and days <= 0):
            continue
        tasks.add(i)
        notes[i] = [_days_note(f"note_end_{'before' if days < 0 else 'after'}", days)]
    return tasks, notes


def _folded_units(names: str, forms: tuple[int, ...]) -> str:
    return "|".join(ascii_fold(w) for w in unit_words(names, forms=forms))


# the unit a question counts its deadlines in: 'frist i arbejdsdage', 'deadlines in weeks'
_UNITS: list[tuple[DeadlineUnit, re.Pattern[str]]] = [
    (DeadlineUnit.WORKING_DAYS, re.compile(r"\b(" + _folded_units("working_day", (0, 1)) + r")\w*")),
    (DeadlineUnit.WEEKS, re.compile(r"\b(i|in) (" + _folded_units("week", (1,)) + r")\b")),
    (DeadlineUnit.MONTHS, re.compile(r"\b(i|in) (" + _folded_units("month", (1,)) + r")\b")),
]


# verbs that place a task in time without saying start or end ('hvilke opgaver ligger efter go-live?'):
# where a task lies is where it must be done, its end
_PLACED = {"ligger", "ligge", "falder", "foregaar", "placeret", "placerede", "lies", "lie", "fall", "falls",
           "scheduled", "planlagt", "planlagte"}


def window_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver skal være færdige før go-live?', 'which tasks start after go-live?': the task's
    own start or end, counted from go-live (not a deadline written in the text: that asks 'frist')."""
    q = ctx.q
    folded = ascii_fold(q.text.casefold())
    if q.has("when") or not _ANCHORS[0][1].search(folded):
        return None
    before, after = _BEFORE.search(folded), _AFTER.search(folded)
    # ('mere end 60 dage': that 'end' is no end)
    ends = any("end" in t.concepts and ascii_fold(t.surface.casefold()) != "end" for t in q.tokens)
    starts = q.has("start") and not ends
    placed = positions_of(ctx, _PLACED)
    if not (before or after) or not (starts or placed or q.has("end", "status")):
        return None
    if before and (by_days := _by_days(ctx, folded, starts=starts)) is not None:
        return by_days
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        days = _start(task) if starts else task.end_offset_days
        if days is None or (before and days >= 0) or (after and not before and days <= 0):
            continue
        tasks.add(i)
        name = f"note_{'start' if starts else 'end'}_{'before' if days < 0 else 'after'}"
        notes[i] = [_days_note(name, days)]
    said = {w for m in (before, after) if m for w in m.group(0).split()} | {"go", "live"}
    pos = positions_of(ctx, said) | placed | q.concept_positions("golive", "start", "end", "status")
    return Filter(By.START_BEFORE if starts and before else By.START_AFTER if starts else
                  By.END_BEFORE if before else By.END_AFTER, "", tasks, pos, notes=notes)


# 'senest 60 dage før go-live', '8 uger før idriftsættelsen': a length before go-live (calendar days)
_LENGTH_BEFORE = re.compile(r"\b(\d{1,3}|" + "|".join(ascii_fold(w) for w in NUMBER_WORDS) + r") "
                            r"(" + _folded_units("working_day day week month year", (0, 1)) + r") "
                            r"(foer|inden|before|prior to) "
                            r"(go-?live|idriftsaet\w*)")
# the words that only say 'at least' so long before ('senest', 'mindst', 'mere end', 'no later than')
_BY_WORDS = {"senest", "mindst", "mere", "end", "over", "tidligere", "at", "least", "more", "than", "no",
             "later"}




def _bounded(folded: str, m: re.Match[str]) -> bool:
    """Whether a word just before a length ('senest', 'mindst', 'mere end', 'no later than') makes it a
    bound, not the one length asked for."""
    return bool(set(folded[:m.start()].split()[-3:]) & _BY_WORDS)


_FOLDED_NUMBERS = {ascii_fold(w): n for w, n in NUMBER_WORDS.items()}
# a deadline's length in calendar days per unit (a working week is seven days)
_CALENDAR_DAYS = {u.deadline: u.days for u in UNITS if u.deadline is not None}
# a folded unit word -> its length in calendar days ('maaneder' -> 30)
_FOLDED_DAYS = {ascii_fold(w): unit_of(w).days for w in unit_words()}


def length_before(folded: str) -> tuple[int, re.Match[str]] | None:
    """'senest 60 dage før go-live', 'otte uger før go-live', '2 måneder før go-live': the days (calendar)
    and where it is said."""
    m = _LENGTH_BEFORE.search(folded)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _FOLDED_NUMBERS[m.group(1)]
    return round(n * _FOLDED_DAYS[m.group(2)]), m


# 'i de sidste 30 dage før go-live', 'inden for de sidste fire uger op til go-live', 'in the last 30 days
# before go-live': a window that ends at go-live
_WITHIN = re.compile(r"\b(?:i|inden ?for|within|in|during) (?:(?:de|the) )?(?:sidste|seneste|last|final) "
                     r"(\d{1,3}|" + "|".join(ascii_fold(w) for w in NUMBER_WORDS) + r") "
                     r"(" + _folded_units("working_day day week month year", (0, 1)) + r") "
                     r"(?:foer|inden|op til|before|prior to|leading up to|up to) (?:go-?live|idriftsaet\w*)")


def within_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver har frist i de sidste 30 dage før go-live?': the tasks whose own end lies in that
    window (at most so long before go-live, and not after it), not those due earlier."""
    m = _WITHIN.search(ascii_fold(ctx.q.text.casefold()))
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _FOLDED_NUMBERS[m.group(1)]
    days = round(n * _FOLDED_DAYS[m.group(2)])
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        offset = task.end_offset_days
        if offset is not None and -days <= offset <= 0:
            tasks.add(i)
            notes[i] = [_days_note("note_end_before", offset)] if offset else []
    said = set(m.group(0).split()) | {"go", "live", "frist", "deadline", "due"}
    pos = positions_of(ctx, said) | ctx.q.concept_positions("golive", "end", "status", "duration")
    return Filter(By.END_WITHIN, counted("when_days", ctx.lang, days, n=days), tasks, pos, notes=notes)


def _start(task) -> int | None:
    """A task's start counted from go-live: its end ('Slutdato (fra Go-Live)') and its start counted
    from that end ('Startdato (fra Slutdato)')."""
    if task.start_offset_days is None or task.end_offset_days is None:
        return None
    return task.end_offset_days + task.start_offset_days


def _by_days(ctx: Context, folded: str, *, starts: bool) -> Filter | None:
    """'hvilke opgaver skal være færdige senest 60 dage før go-live?', '... starter mere end 100 dage før
    go-live?': the tasks whose own end (start) is that long before go-live or longer."""
    found = length_before(folded)
    if found is None:
        return None
    days, m = found
    tasks: set[int] = set()
    notes: dict[int, list[Note]] = {}
    for i, task in enumerate(ctx.index.tasks):
        offset = _start(task) if starts else task.end_offset_days
        if offset is not None and offset <= -days:
            tasks.add(i)
            notes[i] = [_days_note(f"note_{'start' if starts else 'end'}_before", offset)]
    said = set(m.group(0).split()) | _BY_WORDS | {"go", "live"}
    pos = positions_of(ctx, said) | ctx.q.concept_positions("golive", "start", "end", "status", "duration")
    return Filter(By.START_BY if starts else By.END_BY, counted("when_days", ctx.lang, days, n=days), tasks,
                  pos, notes=notes)


def _anchored(said: str, anchor: Anchor) -> bool:
    """Whether a deadline's anchor ('go-live', 'modtagelse', or the text's own words such as
    'idriftsættelsen', 'at aftalen er modtaget') is the one the question names."""
    folded = ascii_fold(said.casefold())
    cue = dict(_ANCHORS)[anchor]
    return folded.startswith(ascii_fold(anchor.value)) or bool(cue.search(folded))


# Words that frame 'which tasks mention X' and are not X: mention, concern, belong to, contain, show.
MENTION_WORDS = frozenset(key(w) for w in (
    "nævner nævne nævnes nævnt nævnte omtaler omtale omtales mention mentions mentioned mentioning "
    "om about concern concerns concerning regarding involverer involvere involve involves "
    "involving indeholder indeholde contain contains containing omfatter omfatte include includes "
    "står stå refererer refer refers hører høre belong belongs part del ligger ligge "
    "kræver kræve kræves require requires required need needs needing skal must have has har "
    "omhandler omhandle vedrører vedrøre angår angå berører berøre deal deals cover covers gøre "
    "gælder gælde apply applies findes exist exists "
    "vis show giv give find finde nævn name mig me liste list oversigt over "
    "relate relates related to til andre anden andet other others øvrige "
    "kun only just bare udelukkende").split())


# Words that say the rest of the question is what the tasks mention or are about.
_ABOUT = re.compile(r"(?<=opgaver )om\b|(?<=opgave )om\b|(?<=tasks )on\b|"
                    r"\b(naevner|naevne|naevnes|naevnt|omtaler|omtales|handler om|handle om|drejer sig om|"
                    r"omhandler|vedroerer|angaar|beroerer|har med|"
                    r"mentions?|mentioning|about|concerning|regarding|involverer|involves?|indeholder|contains?|"
                    r"deals? with|relate[sd]? to|refers? to|covers?)\b")


# The cues that ask for the words themselves ('hvilke opgaver nævner Digital Post?'), not for what the
# tasks belong to ('hvilke opgaver handler om Digital Post?' asks for the project's tasks).
LITERAL = re.compile(r"\b(naevner|naevne|naevnes|naevnt|omtaler|omtale|omtales|mentions?|mentioned|"
                     r"mentioning|"
                     r"refers? to|refererer)\b")


def about_positions(ctx: Context) -> tuple[set[int], set[int]]:
    """(the cue's words, the words after it) in 'hvilke opgaver handler om X': X is what to search for,
    even when it is also a project's name ('… på Serviceplatformen')."""
    folded = [ascii_fold(t.surface.casefold()) for t in ctx.q.tokens]
    joined = " ".join(folded)
    m = _ABOUT.search(joined)
    if m is None:
        return set(), set()
    first = joined[:m.start()].count(" ")
    last = first + m.group(0).count(" ")
    return set(range(first, last + 1)), set(range(last + 1, len(folded)))


def _frames(tok) -> bool:
    """A word that frames a list ('nævner', 'hører til'), as the question has it or as corrected."""
    return tok.key in MENTION_WORDS or key(tok.surface.casefold()) in MENTION_WORDS


def mention_filter(ctx: Context, rest: set[int]) -> Filter | None:
    """'hvilke opgaver nævner Netcompany?': the tasks that hold every remaining word of the question in
    one passage ('Context Handler', not 'test' in one step and 'eIndkomst' in another)."""
    q = ctx.q
    words = {p for p in rest if not q.tokens[p].concepts and (not _frames(q.tokens[p])
                                                              or q.tokens[p].surface[:1].isupper() and p > 0)}
    framing = rest - words
    if not words or all(ascii_fold(q.tokens[p].surface.casefold()) in _ORDER or q.tokens[p].surface.isdigit()
                        for p in words):  # nor a bare number ('hvilke opgaver har en varighed på 10 dage?')
        return None  # 'hvilke opgaver skal løses først?' asks for an order, not for tasks that say 'først'
    if any(q.tokens[p].match == 0 for p in words):
        return None  # a word no task has: the pipeline says so
    names = {p for p in words
             if q.tokens[p].surface.isupper() or (p > 0 and q.tokens[p].surface[:1].isupper())}
    tasks = _together(ctx, [q.tokens[p] for p in words])  # a project named is a filter of its own
    if q.lang == "en" and names and names != words and not tasks:
        # 'which tasks does the DPO handle?': an English verb may stem like a Danish word ('handle',
        # 'handler'); the names are what the tasks must mention, unless tasks hold the other words
        # with them too ('which tasks must be returned to KOMBIT?')
        framing, words = framing | (words - names), names
        tasks = _together(ctx, [q.tokens[p] for p in words])
    if not tasks and names and names != words:  # 'hvilke opgaver bruger Administrationsmodulet?'
        framing, words = framing | (words - names), names
        tasks = _together(ctx, [q.tokens[p] for p in words])
    shown = " ".join(q.tokens[p].surface for p in sorted(words))
    return Filter(By.MENTION, shown, tasks, words | framing)


# Words of order or degree: no thing the tasks mention ('først', 'mest', 'now').
_ORDER = frozenset(ascii_fold(w) for w in "først sidst mest mindst nu snart snarest straks hurtigst tidligst "
                   "first last now soon most least earliest".split())


def _together(ctx: Context, toks) -> set[int]:
    """Tasks with a passage that holds every one of these words (any of each word's keys); unless the
    question asks what the tasks mention, not a passage that names them only to say it is not them
    ('SMS'en sendes fra modulet, ikke fra Nexus' is not about Nexus)."""
    postings = ctx.index.postings
    common: set[int] | None = None
    for tok in toks:
        pids = {p for k in tok.keys for p in postings.get(k, ())}
        common = pids if common is None else common & pids
        if not common:
            return set()
    if not LITERAL.search(ascii_fold(ctx.q.text.casefold())):
        common = {p for p in common or () if not _denied(ctx.index.passages[p].text, toks)}
        # 'Der skal ikke indgås en databehandleraftale' mentions the word but says the task has none
        common = {p for p in common if not _only_denied(ctx.index.passages[p].text, toks)}
    return {ctx.index.passage_task[p] for p in common or ()}


def _only_denied(text: str, toks) -> bool:
    """Whether every place the text says one of the words, a negation stands just before it
    ('ikke indgås en ny X', 'ingen X', 'uden X')."""
    words = re.findall(r"[\wæøåÆØÅ-]+", text)
    hits = [i for i, w in enumerate(words) if any(content_keys(w) & set(t.keys) for t in toks)]
    return bool(hits) and all(any(ascii_fold(v.casefold()) in _DENY for v in words[max(0, i - 4):i])
                              for i in hits)


# Words that deny what follows them in a task's sentence (not 'no' or 'non', parts of names and codes).
_DENY = frozenset("ikke ingen intet aldrig uden not never without".split())


def _denied(text: str, toks) -> bool:
    """Whether every word is named only in a contrast that denies it (', ikke fra X', ', not X')."""
    for tok in toks:
        word = re.escape(tok.surface)
        said = list(re.finditer(rf"(?<!\w){word}(?!\w)", text, re.I))
        denied = list(re.finditer(rf"[,;]\s*(?:men\s+|but\s+)?(?:ikke|not)\s+(?:\w+\s+)?{word}(?!\w)",
                                  text, re.I))
        if not said or len(denied) < len(said):
            return False
    return True


_NOT = frozenset("ikke ingen intet aldrig not no non never uden without dont don doesnt doesn aren arent isn "
                 "isnt".split())


def negate(ctx: Context, filters: list[Filter]) -> None:
    """A filter the question negates ('hvilke opgaver er ikke obligatoriske?', 'which tasks don't need a
    signature?', a negation up to four words before it) keeps the other tasks."""
    q = ctx.q
    nots = [t.pos for t in q.tokens if ascii_fold(t.surface.casefold()) in _NOT or "negation" in t.concepts]
    every = set(range(len(ctx.index.tasks)))
    for f in filters:
        first = min(f.positions, default=None)
        near = {p for p in nots if first is not None and first - 4 <= p < first}
        if near and f.known:
            f.tasks, f.negated, f.notes = every - f.tasks, True, {}
            apostrophe = {p + 1 for p in near if p + 1 < len(q.tokens) and q.tokens[p + 1].surface == "t"}
            f.positions |= near | apostrophe  # "don't"


# ('hvilken opgave hænger SKK 09 sammen med?': the particle after the task's name)
_RELATED = re.compile(r"\b(relater\w*|related|relates|afhaeng\w*|depend\w*|haeng(er|e) (\w+ ){0,3}?sammen|"
                      r"linked|forbund\w*|knyttet|tilknyttet|connected)\b")
_TITLE_CODE = re.compile(r"^\(?([A-Za-zÆØÅæøå]{2,8}[ -]?\d+[a-z]?)\b")


def related_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver hænger sammen med 1301?': the tasks it names as related (by id, code or the code
    its title opens with) and the tasks that name it."""
    q, index = ctx.q, ctx.index
    folded = ascii_fold(q.text.casefold())
    if len(q.tasks) != 1 or not (q.has("related") or _RELATED.search(folded) or _ABOUT.search(folded)):
        return None  # 'hvilke opgaver nævner 1305?' asks for the tasks that refer to it too
    asked = q.tasks[0]
    by_ref: dict[str, int] = {}
    for i, task in enumerate(index.tasks):
        for ref in _refs_of(task):
            by_ref.setdefault(ref, i)
    task = index.tasks[asked]
    named = {by_ref[ref_key(r)] for r in task.related_tasks if ref_key(r) in by_ref}
    naming = {i for ref in _refs_of(task) for i in index.related.get(ref, [])}
    notes: dict[int, list[Note]] = {i: [("note_related_named", {"task": task.id})] for i in named}
    for i in naming - named:
        notes[i] = [("note_related_naming", {"task": task.id})]
    tasks = (named | naming) - {asked}
    pos = {t.pos for t in q.tokens if t.role == "ref"} | q.concept_positions("related")
    cues = [m for cue in (_RELATED, _ABOUT) for m in cue.finditer(folded)]
    said = {w for m in cues for w in m.group(0).split()}
    pos |= positions_of(ctx, said | {"af", "med", "on", "to", "with"})
    return Filter(By.RELATED, task.id, tasks, pos, notes=notes)


def _refs_of(task) -> set[str]:
    refs = {ref_key(task.id)} | ({ref_key(task.code)} if task.code else set())
    if m := _TITLE_CODE.match(task.title):
        refs.add(ref_key(m.group(1)))
    return refs
