"""What every intent works with: the question in context, and the candidate answers it returns."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from knowledge.dates import MONTHS_DA_RE
from knowledge.fold import ascii_fold, stem_key
from knowledge.index import Index
from knowledge.models import DeadlineKind, Task
from knowledge.qa.analysis import Question
from knowledge.qa.messages import text as message
from knowledge.retrieval import title_keys, top_tasks

LIST_LIMIT = 12


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
    titled: set[int] = field(default_factory=set)  # words explained only by naming the task's title
    # words the intent read as a concept on its own copy of the question ('ikke afleverer' as the thing
    # lacking): no gate asks the evidence to say them, as it asks no framing word
    read: set[int] = field(default_factory=set)

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

    def consequence_passages(self) -> set[int]:
        return {p for pids in self.index.consequences.values() for p in pids}

    def task(self, t: int) -> Task:
        return self.index.tasks[t]


def scope(ctx: Context, handled: set[int]) -> tuple[list[int], set[int]]:
    """The tasks a question is about: those it names, else the one task that alone holds the
    question's remaining words, else (a single-task knowledge base) that task."""
    q = ctx.q
    if q.tasks:
        return q.tasks, set()
    rest = {t.pos for t in q.content()} - handled - q.project_pos
    if rest:
        # only the best allowed tasks count here: not every task holding a common word ranked one by one
        tied = top_tasks(ctx.index, q, rest, allowed=_allowed(q))
        if not tied or max(r[1] for r in tied) < 0.6:
            return [], set()
        if len(tied) > 1:  # 'opgaven om lokal IdP': the one task whose title says it
            titled = _titled(ctx, tied)
            if len(titled) > 1:  # 'springvandslisten': 'Springvandsliste' says it whole, 'springvandet' part
                whole = [r for r in tied if _title_has(ctx, r[0], r[2], whole=True)]
                titled = whole if len(whole) == 1 else titled
            tied = titled if len(titled) == 1 else tied
        if len(tied) == 1:
            return [tied[0][0]], tied[0][2] | q.project_pos
        return [], set()
    if q.project_tasks is not None and len(q.project_tasks) == 1:
        return list(q.project_tasks), set(q.project_pos)
    if q.project_tasks and q.project_pos:
        # 'er prisen for skolehaverne inkl. moms?': the project's name is also the thing asked of, and
        # of the project's tasks the one whose title says it is about it
        titled = [t for t in sorted(q.project_tasks) if _title_has(ctx, t, q.project_pos)]
        if len(titled) > 1 and (others := {t.pos for t in q.content()} - q.project_pos):
            # 'hvornår er Sælens Dag?': the project's word is in several titles ('Tilslutning til Sælbogen'),
            # the question's other words, even the ones its intent reads as a time ('Dag'), in one
            named = [t for t in titled if _title_has(ctx, t, others)]
            titled = named if len(named) == 1 else titled
        if len(titled) == 1:
            return titled, set(q.project_pos)
    if len(ctx.index.tasks) == 1:
        return [0], set()
    return [], set()


def _allowed(q: Question) -> frozenset[int] | None:
    """The tasks q.allows when it names no task: the named project's and wave's (None: every task)."""
    if q.project_tasks is None or q.wave_tasks is None:
        return q.project_tasks if q.wave_tasks is None else q.wave_tasks
    return q.project_tasks & q.wave_tasks


def implied(q: Question) -> float:
    """Trust in an answer about a task the question did not name but whose words it used."""
    return 1.0 if q.tasks else 0.8


_TIME_WORDS = frozenset({"when", "start", "end"})


def asks_of_task(q: Question) -> bool:
    """'hvornår begynder opgaven med at opsætte satser?', 'when does task 9972 start?': the task itself starts
    or ends (the word for the task, or its reference, comes before any other thing the question names), so
    the task's own dates answer, not a deadline its text states for a thing in it."""
    if not q.has("start", "end"):
        return False
    naming = task_naming_positions(q)
    for t in q.tokens:
        if t.role == "ref" or "task" in t.concepts or t.pos in naming:
            return True
        if t.weight > 0.1 and not t.concepts & _TIME_WORDS:
            return q.lang == "en" and _names_the_task(q, t.pos)
    return False


def _names_the_task(q: Question, pos: int) -> bool:
    """'when does the Tadpole Day task end?': English writes the task's name before the word for it, as
    Danish writes 'Haletudsedag-opgaven': the named thing is the task, when 'task' follows it."""
    after = q.tokens[pos + 1] if pos + 1 < len(q.tokens) else None
    return after is not None and "task" in after.concepts


# a length of time asked in days or weeks, or as time: 'hvor mange dage', 'hvor lang tid', 'hvor længe', 'how
# long' (folded; an English question read in Danish may say 'hvor mange dag')
_LENGTH_ASKED = re.compile(r"\b(?:hvor\s+(?:mange\s+(?:arbejds)?(?:dage?|uger?)|lang\s+tid|laenge)|"
                           r"how\s+(?:many\s+(?:working\s+)?(?:days|weeks)|long))\b")
# the time set aside for a thing: 'er der afsat til', 'er der sat af til', 'set aside for', or planned for
# it: 'er PILE 1 sat til at vare', 'er 433 planlagt til at tage', 'planned to last' (folded)
_ALLOTTED = re.compile(r"\b(?:afsat|afsaet\w*|sat\s+af|saette\w*\s+af|saetter\s+af|allotted|set\s+aside|"
                       r"budgeted|planla(?:e)?g\w*|planned|scheduled|sat\s+til\s+at\s+(?:vare|tage))\b")
# a plan counted from a moment: 'how many days before go-live is X planned to end?' asks its end, not the
# task's length (nor are 'expected'/'supposed' plans: 'how long is the supplier expected to take after ...'
# asks a deadline)
_COUNTED_FROM = re.compile(r"\b(?:foer|efter|inden|before|after|prior\s+to)\b")
# the words that say a time is set aside or planned ('afsat', 'sat af', 'planlagt', 'planlægges')
_ALLOTTING = frozenset({"afsat", "sat", "af", "set", "aside", "allotted", "budgeted", "planned", "scheduled"})
# the verb of lasting beside the word for the task: 'varer opgaven', 'opgaven tager', 'task take'
_LASTING = frozenset({"varer", "vare", "tager", "tage", "lasts", "last", "takes", "take"})
# the words of the length asked itself: 'hvor lang tid', 'hvor længe', 'how long'
_HOW_LONG = frozenset({"lang", "laenge", "long"})


def asks_length(q: Question) -> bool:
    """Whether the question asks a length of time ('hvor længe', 'hvor mange dage', 'how long'), as asked
    or as read in Danish."""
    return any(_LENGTH_ASKED.search(ascii_fold(said.casefold())) for said in (q.text, q.asked) if said)


def lasting_words(q: Question) -> set[int]:
    """'hvor mange dage er der afsat til ordensreglerne?', 'hvor mange dage varer opgaven med husordenen?',
    'hvor lang tid tager NATK 2?', 'hvor mange dage er PILE 1 sat til at vare?': the question asks how long
    the task itself is given (its Opgave varighed), not a deadline its text states nor a count of days
    said of another thing. The positions of the words that say so ('afsat', 'sat af', 'planlagt', 'varer'
    beside 'opgaven' or the task's ref, with the 'lang' of 'hvor lang tid'), or none. Only a length in
    days, weeks or time: 'hvor mange penge er afsat til ...' asks an amount, 'hvor mange weekender er sat af
    til ...' the text's own count."""
    # (an English question as asked too: its reading says 'hvor mange dag')
    folded = " / ".join(ascii_fold(said.casefold()) for said in (q.text, q.asked) if said)
    if q.yesno or not _LENGTH_ASKED.search(folded):
        return set()
    words = [ascii_fold(t.surface.casefold()) for t in q.tokens]
    how_long = {i for i, w in enumerate(words) if w in _HOW_LONG}
    allotted = _ALLOTTED.search(folded)
    if allotted and not (allotted.group().startswith(("plan", "sched")) and _COUNTED_FROM.search(folded)):
        return how_long | {i for i, w in enumerate(words) if w in _ALLOTTING or w in _LASTING or
                           w.startswith(("afsaet", "saet", "planlag", "planlaeg"))}
    refs = q.ref_positions() - q.project_pos  # (a task's ref names the task, as 'opgaven' does)
    for i, t in enumerate(q.tokens):
        if "task" not in t.concepts and i not in refs:
            continue
        beside = {j for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j] in _LASTING}
        if beside:
            return how_long | beside | {i}
    return set()


def ends_titled_thing(ctx: Context, task: int) -> bool:
    """'hvornår skal tårnlisten være færdig?', 'hvornår skal ølisten-opgaven (93509) være afsluttet?': the
    question asks only when the thing the task's title names is done (an end state, no deed of it), and
    every deadline the task's text gives that thing is for another deed ('Tårnlisten godkendes ... og
    sendes ... senest 5 uger før go-live'): the task's own end is when the thing is done. Not 'hvornår skal
    testen være afsluttet?' where the text says 'Testen skal være afsluttet senest ...' (its own end), nor
    a question naming anything the title does not ('den lokale test', 'listen til KOMBIT')."""
    q = ctx.q
    if q.yesno or q.has("start") or not _asks_end_state(q):
        return False
    title = title_keys(ctx.task(task).title)
    framing = q.concept_positions("when", "end", "task", "status", "golive")
    if not _only_titled_things(q, title, framing=framing):
        return False
    # 'Testen skal være afsluttet senest 10 dage før go-live', 'Den skal være afsluttet inden 1. oktober'
    # (a pronoun for the thing), 'Første runde: senest 1. juni 2027' (a label's value, no deed): the text
    # says when a thing of the task is done itself
    written = title_words(ctx.task(task).title)
    return not any(_END_STATE.search(said := ctx.index.deadlines[did].deadline.text) or _BARE_TIME.match(said)
                   or _state_of_thing(said, title, written) for did in ctx.index.task_deadlines.get(task, ()))


def starts_titled_thing(ctx: Context, task: int) -> bool:
    """'hvornår starter tilslutningen til Paddebogen?', 'hvornår skal vi starte på tilslutningen til X?' in
    the task 'Tilslutningsaftale til X': the question asks only when the thing the task's title names begins
    (no deed of it, nothing the title does not name), so the task's own start answers, unless its text gives
    an earliest day of its own ('tidligst 1. marts'), which says when the thing may begin."""
    q = ctx.q
    if q.yesno or not q.has("start") or q.has("end", "duration") or not _only_titled_things(
            q, title_keys(ctx.task(task).title),
            framing=q.concept_positions("when", "start", "task", "status", "golive")):
        return False
    return not any(ctx.index.deadlines[did].deadline.kind is DeadlineKind.EARLIEST
                   for did in ctx.index.task_deadlines.get(task, ())) and not _start_dated(ctx, task)


def _start_dated(ctx: Context, task: int) -> bool:
    """Whether the task's text dates the thing's start itself ('Udlånet starter 1. maj.'): a sentence with
    a start word, a date and a word the question names, which answers before the task's own start."""
    asked = {k for t in ctx.q.content() if t.role == "word" for k in t.keys}
    for pid in ctx.index.task_passage_ids(task):
        text = ctx.index.passages[pid].text
        if _START_WORD.search(text) and _DATED.search(text) and \
                asked & {stem_key(w) for w in re.findall(r"[^\W\d_]+", text.casefold())}:
            return True
    return False


_START_WORD = re.compile(r"\b(?:start\w*|begynd\w*|åbne[rst]?|fra og med|from|begins?)\b", re.I)
_DATED = re.compile(r"\b\d{1,2}\.\s*(?:" + MONTHS_DA_RE + r")\b|\b\d{4}-\d\d-\d\d\b|\buge\s+\d", re.I)


def _only_titled_things(q: Question, title: frozenset[str], *, framing: set[int]) -> bool:
    """Whether the question names things (besides its framing and project) and only the title's: its words
    or the first part of its compound ('tilslutningen til X' of 'Tilslutningsaftale til X')."""
    framing = framing | q.project_pos
    things = [t for t in q.content() if t.pos not in framing and t.weight > 0.1 and t.role == "word"]
    return bool(things) and all(set(t.keys) & title or _first_part_of(t.keys, title) for t in things)


def _first_part_of(keys, title: frozenset[str]) -> bool:
    """Whether a key of the question's word is the first part of a compound of the title (five letters on,
    as morphology.part_of reads a first part): 'tilslutning' of 'tilslutningsaftal'."""
    return any(len(k) >= 5 and len(w) > len(k) + 3 and w.startswith(k) for k in keys for w in title)


def titled_length_words(ctx: Context, task: int) -> set[int]:
    """'hvor lang tid tager maskinlisten?', 'hvor længe varer ølisten?': how long the thing the task's title
    names takes, with no deed of it asked ('sendes', 'lægges ind') and nothing the title does not name: the
    task's own duration (Opgave varighed), not the deadline its text gives a deed of that thing. The
    positions of the words that ask the length ('lang', 'tager'), or none."""
    q = ctx.q
    words = [ascii_fold(t.surface.casefold()) for t in q.tokens]
    if q.yesno or not asks_length(q) or not set(words) & _LASTING:
        return set()
    asking = {i for i, w in enumerate(words) if w in _LASTING | _HOW_LONG}
    framing = q.concept_positions("when", "duration", "task", "status") | q.project_pos | asking
    things = [t for t in q.content() if t.pos not in framing and t.weight > 0.1 and t.role == "word"]
    title = title_keys(ctx.task(task).title)
    return asking if things and all(set(t.keys) & title for t in things) else set()


# the keys of a task's own date fields ('Slutdato (fra Go-Live)', 'Startdato (fra Slutdato)'), as a question
# names them: 'slutdatoen', 'startdato', 'end date' (read 'slutdato')
_DATE_FIELDS = frozenset({"slutdato", "startdato"})
# a text that names an end or start date of its own ('Aftalens slutdato er 31. december 2029'), folded
_FIELD_WRITTEN = re.compile(r"\b(?:slut|start)dato")
# a date span or end the text gives a thing itself ('gælder fra 1. januar 2030 til 31. december 2032',
# 'udløber den 30. juni 2034', 'slutter 1.3.2031'; folded): its end is written, not the task's field
_DATE = r"(?:\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+\d{4}|" \
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
_SPAN_WRITTEN = re.compile(r"\bfra\b.{0,60}?\btil\s+(?:og\s+med\s+)?(?:den\s+)?" + _DATE + r"|"
                           r"\b(?:udloeber|slutter|ophoerer|expires|ends)\s+(?:den\s+|on\s+)?" + _DATE)


def asks_date_field(ctx: Context, task: int) -> bool:
    """'hvad er slutdatoen for stationslisten?', 'hvornår er slutdatoen for snedkerreglerne?': the question
    names the task's own date field, and every other thing it names is the task's title's, so the
    task's Slutdato answers, not a deadline its text gives a deed of that thing ('Stationslisten ...
    sendes ... senest 5 arbejdsdage før go-live'). Not when the task's text writes a start or end date
    itself (an agreement's 'slutdato'), nor for a thing the title does not name."""
    q = ctx.q
    fields = {t.pos for t in q.tokens if t.key in _DATE_FIELDS}
    if q.yesno or not fields:
        return False
    framing = fields | q.concept_positions("when", "end", "start", "task", "golive") | q.project_pos | \
        q.ref_positions()
    things = [t for t in q.content() if t.pos not in framing and t.weight > 0.1 and t.role == "word"]
    title = title_keys(ctx.task(task).title)
    if not all(set(t.keys) & title for t in things):
        return False
    return not any(_FIELD_WRITTEN.search(said) or _SPAN_WRITTEN.search(said)
                   for said in (ascii_fold(ctx.index.passages[pid].text.casefold())
                                for pid in ctx.index.task_passage_ids(task)))


def title_words(title: str) -> list[str]:
    """A title's words as written, folded ('stikortet'): a compound's stem may differ from its head's
    ('stikor' against 'kort'), its written form does not."""
    return re.findall(r"\w+", ascii_fold(title.casefold()))


def _state_of_thing(said: str, title: frozenset[str], written: list[str]) -> bool:
    """A deadline saying a state of the title's thing itself ('Inventarlisten skal være udfyldt ...', 'Kortet
    skal være på plads ...' in 'Stikortet'), not of another thing of the task ('Alle gadetræer i registret
    skal være mærket ...'); `title` is the title's keys, `written` its words."""
    first = re.match(r"\W*(\w+)", said)
    if not _STATE_SAID.search(said) or first is None:
        return False
    word = ascii_fold(first.group(1).casefold())
    if word in ("den", "det"):
        return True
    subject = stem_key(word)
    return (len(subject) >= 3 and any(k.endswith(subject) for k in title)) or \
        (len(word) >= 3 and any(w.endswith(word) for w in written))


def _asks_end_state(q: Question) -> bool:
    """'... være færdig/afsluttet/løst/klar?': the end state after 'være', the question's only verb."""
    words = [t.surface.casefold() for t in q.tokens]
    return any(w in _COPULA and i + 1 < len(words) and _END_STATE.fullmatch(words[i + 1])
               for i, w in enumerate(words))


_COPULA = {"være", "vaere", "blive"}
# a state the thing must be in by the deadline, in other words than an end state: 'skal være udfyldt og
# indsendt', 'skal foreligge hos leverandøren', 'skal være på plads': the text dates the thing done
_STATE_SAID = re.compile(r"\bskal\s+(?:\w+\s+)?(?:være|vaere|foreligge|ligge|have\s+været)\b|\bpå\s+plads\b",
                         re.I)
# a deadline that is only its time, a label's value: 'senest 1. juni 2027', 'inden 15. marts'
_BARE_TIME = re.compile(r"^\W*(?:senest|inden|før|foer|tidligst|by|before|\d)", re.I)
# an end state: 'færdig', 'afsluttet', 'løst', 'klar', 'gennemført', 'fuldført', 'overstået'
_END_STATE = re.compile(r"\b(?:færdig\w*|faerdig\w*|afslutte[ts]?|løst|loest|klar|gennemført|gennemfoert|"
                        r"fuldført|fuldfoert|overstået|overstaaet)\b", re.I)


def task_naming_positions(q: Question) -> set[int]:
    """The words that name a task by its thing joined to the word for the task: one compound
    ('serviceaftaleopgaven', 'Padeldagsopgaven') or a hyphen ('skabslisten-opgaven'): the task is what
    the question asks of, not the thing, whatever deadline the text gives the thing. (A reference in
    brackets after the thing, 'testen (82201)', says only where the thing is: not counted.)"""
    named = set()
    for t in q.tokens:
        folded = ascii_fold(t.surface.casefold())
        if t.role == "word" and _TASK_COMPOUND.fullmatch(folded):
            named.add(t.pos)
        nxt = q.tokens[t.pos + 1] if t.pos + 1 < len(q.tokens) else None
        if t.role == "word" and nxt is not None and "task" in nxt.concepts and \
                re.search(re.escape(t.surface) + "-" + re.escape(nxt.surface) + r"\b", q.text):
            named.add(t.pos)
    return named


# a thing and the word for the task in one compound: 'serviceaftaleopgaven', 'padeldagsopgaven' (folded)
_TASK_COMPOUND = re.compile(r"\w{4,}opgave(?:n|rne|r)?")


# 'hvornår kan X tidligst leveres?', 'no earlier than', 'not before which date': the earliest day is asked
# (matched on the folded question; the glossary writes the English as 'tidligst'/'ikke før')
_EARLIEST_ASKED = re.compile(r"\b(?:tidligst\w*|earliest|no\s+(?:earlier|sooner)\s+than|not\s+before"
                             r"|ikke\s+(?:foer|tidligere\s+end))\b")


def asks_earliest(q: Question) -> bool:
    """Whether the question asks the earliest day something may happen, not its deadline."""
    return any(_EARLIEST_ASKED.search(ascii_fold(said.casefold())) for said in (q.text, q.asked))


def which_task(ctx: Context, kind: str, example: str) -> Candidate:
    """Not found: the question needs a task and did not name one."""
    tasks = ctx.index.tasks
    text = message("which_task", ctx.lang, example=example.format(id=tasks[0].id))
    return Candidate(kind, text, [], set(), prior=0.5, found=False, suggestions=[t.id for t in tasks[:3]])


def _titled(ctx: Context, tied: list) -> list:
    """The tied tasks whose title says the words they were ranked on, up to two (one is all that counts)."""
    titled = []
    for r in tied:
        if _title_has(ctx, r[0], r[2]):
            titled.append(r)
            if len(titled) > 1:
                break
    return titled


def _title_has(ctx: Context, task: int, positions: set[int], *, whole: bool = False) -> bool:
    """Whether the title says every word at the positions (by any of its keys, or by its first, the whole
    word's, when `whole`)."""
    title = title_keys(ctx.task(task).title)  # cached: a tie can hold hundreds of tasks
    return all(any(k in title for k in (ctx.q.tokens[p].keys[:1] if whole else ctx.q.tokens[p].keys))
               for p in positions)


# Where a subordinate clause starts: 'hvad gør vi, når vi har sendt den underskrevne blanket?' asks
# what to do, not about signing; so does 'hvad skal være gjort, før fuldmagten underskrives?'.
_SUBORDINATE = re.compile(r"\b(når|hvis|efter|så snart|fordi|før|inden(?! for)|when|if|after|once|because|"
                          r"before)\b", re.I)


def in_main_clause(q: Question, concept: str) -> bool:
    """Whether a word of the concept stands in the question's main clause (the part before a
    'når/hvis' clause, or after it when the question opens with one)."""
    text = q.text
    m = _SUBORDINATE.search(text)
    if m is None:
        return True
    if not text[:m.start()].strip(" ,"):  # 'Hvis aftalen ikke er underskrevet, hvem ...?'
        main = text[m.end():].split(",", 1)[1] if "," in text[m.end():] else text
    else:
        main = text[:m.start()]
    said = {w.casefold() for w in re.findall(r"\w+", main)}
    return any(t.surface.casefold() in said for t in q.tokens if concept in t.concepts)
