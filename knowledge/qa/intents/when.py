"""When a task starts and ends, counted from go-live, and the go-live date itself."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE, format_date, golive_for, task_window
from knowledge.fold import ascii_fold, content_keys, stem_key
from knowledge.models import DeadlineKind, Task
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import (
    Candidate,
    Context,
    asks_date_field,
    asks_earliest,
    asks_of_task,
    ends_titled_thing,
    implied,
    in_main_clause,
    lasting_words,
    scope,
    starts_titled_thing,
    task_naming_positions,
    title_words,
    titled_length_words,
    which_task,
)
from knowledge.qa.intents.deadlines import lengths, untimed_in_task
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.qa.titles import title_positions
from knowledge.qa.types import GOLIVE_ANCHOR, Expect, holds
from knowledge.wording import join, label


def when(ctx: Context) -> list[Candidate]:
    """'hvornår skal 433 starte?': both offsets, and real dates when the go-live is known."""
    q = ctx.q
    if not q.has("when", "start", "end", "duration", "golive") or (q.has("consequence") and q.has("if")):
        return []  # 'hvad sker der, hvis ... ikke er underskrevet til tiden?' asks for a consequence
    if q.has("what") and not q.has("when", "golive") and \
            not any(in_main_clause(q, c) for c in ("start", "end", "duration") if q.has(c)):
        return []  # 'hvad kommer der ud af X, når den er færdig?': what it yields; its end only frames it
    handled = q.concept_positions("when", "start", "end", "duration", "task", "status")
    # 'hvor mange dage før go-live skal 433 være færdig?' counts from go-live: it asks the task's offset
    anchored = any(GOLIVE_ANCHOR.search(ascii_fold(said.casefold())) for said in (q.text, q.asked))
    if anchored and not q.has("when", "start", "end", "duration"):
        return []  # 'hvad skal være klar før go-live?' asks what, not when
    if anchored:
        handled |= q.concept_positions("golive")
    if (lasting := lasting_words(q)) and (length := _task_length(ctx, handled | lasting)) is not None:
        return [length]  # 'hvor mange dage er der afsat til ordensreglerne?': the task's Opgave varighed
    tasks, via = scope(ctx, handled)
    if not tasks:
        return [which_task(ctx, "when", "hvornår skal {id} starte?")]
    if q.has("golive") and not anchored:
        return [_golive_candidate(ctx, tasks, handled | via | q.concept_positions("golive"))]
    if not anchored and (day := _event_day(ctx, tasks, via)) is not None:
        return [day]  # 'hvornår er parkourdagen?' - 'Tid og sted: søndag den 20. august 2028 ...'
    only_duration = q.has("duration") and not q.has("when", "start", "end") and not anchored
    if only_duration and (length := _event_length(ctx, tasks, via)) is not None:
        return [length]  # 'hvor lang tid varer skruedagen?' - 'Dagen varer 4 timer'
    if not lasting and (length := _titled_length(ctx, handled)) is not None:
        return [length]  # 'hvor lang tid tager maskinlisten?' in the task titled 'Maskinliste for systuerne'
    if only_duration and _WHICH_DAYS.match(ascii_fold(q.text.casefold())):
        return []  # 'hvilke dage tilbydes tider?' asks which days (tirsdag, torsdag), not a task's length
    if only_duration and _measured_in_task(ctx, tasks[0]):
        return []  # 'hvor lange er værelserne?' - 'Værelserne er ... 4,5 meter lange': a length, not a time
    found, text = _when_text(ctx, tasks, only_duration=only_duration)
    unstarted = [t for t in tasks if ctx.task(t).start_offset_days is None]
    if found and unstarted and q.has("start") and not q.has("end", "duration"):
        # 'hvad er startdatoen for 1305?' where the task gives only its end: the end is no start
        said = message("when_no_start", ctx.lang, task=ctx.task(unstarted[0]).id) + "\n" + text
        return [Candidate("when", said, tasks, handled | via, found=False, prior=implied(q))]
    # 'hvornår skal tårnlisten være færdig?': the title's thing done is the task's end
    # ('hvad er slutdatoen for stationslisten?' names the task's own date field of its title's thing)
    named_task = (asks_of_task(q) or (len(tasks) == 1 and asks_date_field(ctx, tasks[0]))) and \
        not _names_another_part(ctx, tasks[0])
    of_task = named_task or (len(tasks) == 1 and (ends_titled_thing(ctx, tasks[0])
                                                  or starts_titled_thing(ctx, tasks[0])))
    prior = _when_prior(ctx, tasks, via, handled, found=found, of_task=of_task)
    explained = handled | via
    if named_task:  # 'hvornår skal skabslisten-opgaven være afsluttet?': its words name the task
        explained |= task_naming_positions(q)
    # 'hvornår er webinaret om tilslutningsaftalen?' asks about a thing the task names without a time
    done_to = bool(via) and _object_of_title(ctx, tasks[0])
    inside = bool(via) and (not _title_says(ctx, tasks[0], via) or _untimed_thing(ctx, tasks[0], via)
                            or done_to) and not _result_says(ctx, tasks[0], via) and not of_task
    if anchored and inside:
        return []  # 'hvor lang tid efter go-live lukkes X?': X's own time (a text deadline), not the task's
    if found and inside and (done_to or not _timed_elsewhere(ctx, tasks[0], via)):
        # 'hvilken dato skal integrationsaftalen underskrives?' asks about a thing inside the task, and
        # the task gives no time for it: its own dates are what the tasks do say, not the answer
        said = message("time_of_task_only", ctx.lang, task=ctx.task(tasks[0]).id) + "\n" + text
        return [Candidate("when", said, tasks, explained, found=False, prior=prior)]
    # 'varer planlæggerkurset en dag?' - 'Kurset varer tre timer': the course's duration, not the task's
    lasts = only_duration and _lasts_elsewhere(ctx, tasks[0], via)
    inside = inside or lasts
    if inside and (_timed_elsewhere(ctx, tasks[0], via) or lasts):
        # 'hvornår lukker Context Handler 1?' asks about something in the task, not its end, when the
        # task states deadlines or times of its own: the task's dates explain only its title's words
        prior *= 0.75
        title = content_keys(ctx.task(tasks[0]).title)
        explained = handled | q.project_pos | {p for p in via if any(k in title for k in q.tokens[p].keys)}
    return [Candidate("when", text, tasks, explained, found=found, prior=prior)]


def _task_length(ctx: Context, handled: set[int]) -> Candidate | None:
    """The one task's duration for a question that asks how long the task is given ('hvor mange dage
    varer opgaven om X?', 'hvor lang tid er sat af til X?'), unless the task's text says how long the
    thing named lasts ('Kurset varer tre timer') or sets time aside itself ('Der er afsat to weekender')."""
    tasks, via = scope(ctx, handled)
    if len(tasks) != 1 or _lasts_elsewhere(ctx, tasks[0], via) or _allots_in_text(ctx, tasks[0]) or \
            _length_of_asked(ctx, tasks[0], via) or _asks_beside_title(ctx, tasks[0], handled):
        return None
    line = _duration_line(ctx, ctx.task(tasks[0]))
    if line is None:
        return None
    q = ctx.q
    for p in handled - q.concept_positions("when", "start", "end", "duration", "task", "status"):
        q.tokens[p].match = max(q.tokens[p].match, 1.0)  # 'afsat' is understood though no task writes it
    explained = handled | via | task_naming_positions(q) | q.ref_positions() | q.project_pos
    return Candidate("when", line, tasks, explained, found=True, prior=1.0)


def _titled_length(ctx: Context, handled: set[int]) -> Candidate | None:
    """The one task's duration for 'hvor lang tid tager <the thing its title names>?'."""
    tasks, _ = scope(ctx, handled)
    if len(tasks) != 1 or not (asking := titled_length_words(ctx, tasks[0])) or _says_a_length(ctx, tasks[0]):
        return None
    return _task_length(ctx, handled | asking)


def _says_a_length(ctx: Context, task: int) -> bool:
    """Whether a sentence of the task says how long something lasts ('Mødet varer to timer' in the task
    titled 'Opstartsmøde ...'): the thing asked may be that one, not the task's work."""
    for pid in ctx.index.task_passage_ids(task):
        said = ctx.index.passages[pid].text
        if any(_LASTING_BEFORE.search(said[:m.start()]) for m in lengths(said)):
            return True
    return False


def _asks_beside_title(ctx: Context, task: int, handled: set[int]) -> bool:
    """Whether the question asks the time of a thing the task's title does not name ('hvor lang tid er
    afsat til oplæringen?' of 'Udrulning af nyt ESDH-system'): a part of the work, whose time the task's
    own duration does not say."""
    q = ctx.q
    titled = title_positions(ctx.index, q, task) | task_naming_positions(q) | q.ref_positions()
    return any(t.pos not in handled | titled and t.weight > 0.1 for t in q.content())


def _length_of_asked(ctx: Context, task: int, positions: set[int]) -> bool:
    """A sentence of the task counts a length for the thing asked, in any wording ('Leverandøren tester
    bookingsystemet i 10 arbejdsdage' for 'testen', 'Høringsperioden er 21 dage' for 'høringen'): the
    time the question means may be that, not the task's own duration."""
    q = ctx.q
    stems = {stem_key(q.tokens[p].surface.casefold()) for p in positions if q.tokens[p].role == "word"}
    stems = {s for s in stems if len(s) >= 4}
    for pid in ctx.index.task_passage_ids(task):
        said = ctx.index.passages[pid].text
        if not any(_LASTING_BEFORE.search(said[:m.start()]) for m in lengths(said)):
            continue
        if any(stem_key(w).startswith(s) for w in re.findall(r"\w+", said.casefold()) for s in stems):
            return True
    return False


# the word before a length that a thing lasts ('tester ... i 10 arbejdsdage', 'Perioden er 21 dage'),
# not a deadline's ('senest 4 uger før go-live', 'inden for 5 arbejdsdage')
_LASTING_BEFORE = re.compile(r"\b(?:i|er|på|over|varer|tager)\s+$", re.I)


# the text's own time set aside: 'Der er afsat to weekender til konverteringen', 'sat 3 dage af til'
_ALLOTS = re.compile(r"\b(?:afsat|afsætte\w*|afsætter|sat\s+(?:\w+\s+){0,3}?af\s+til)\b", re.I)


def _allots_in_text(ctx: Context, task: int) -> bool:
    return any(_ALLOTS.search(ctx.index.passages[pid].text) for pid in ctx.index.task_passage_ids(task))


def _names_another_part(ctx: Context, task: int) -> bool:
    """'hvornår skal kontrolopgaven være færdig?' of a task titled 'Skiltning ved havnen': the word joined
    to 'opgave' is no thing of the task's title, so it names a part of the work (which its text may date:
    'Kontrolopgaven skal være afsluttet senest ...'), not the task. Only when a task compound alone makes
    the question one of the task (no reference, no word for the task)."""
    q = ctx.q
    named = task_naming_positions(q)
    if not named or any(t.role == "ref" or "task" in t.concepts for t in q.tokens if t.pos not in named):
        return False
    title = content_keys(ctx.task(task).title)
    said = [k for k in (*title, *title_words(ctx.task(task).title)) if len(k) >= 3]
    for p in named:
        written = re.sub(r"s?-?opgave\w*$", "", ascii_fold(q.tokens[p].surface.casefold())).split("-")[-1]
        things = {t for t in (written, stem_key(written)) if len(t) >= 3}
        if things and not any(k.startswith(t) or t.startswith(k) for k in said for t in things):
            return True
    return False


def _event_day(ctx: Context, tasks: list[int], via: set[int]) -> Candidate | None:
    """'hvornår er sorteringsdagen?', 'hvilken dato holdes Burstævnet?': the day of the event a task is
    about (its title names every word the question asks of) is the one calendar day its text holds the
    event on ('Dagen holdes fredag den 29. september 2028', 'Tid og sted: søndag den 20. august 2028'),
    not the task's window nor a deadline of another step. Only for a question that asks when the thing
    is, with no modal ('hvornår skal kurset gennemføres?' asks a deadline) and no start or end, and only
    when the task's text dates exactly one such day."""
    q = ctx.q
    named = _named_day(ctx, tasks)
    # ('hvad tid slutter X?' asks the hour the event ends: its span of hours says it)
    ends_at = q.expects is Expect.CLOCK and not q.concept_positions("duration") - _hour_asked(q) - named
    if (q.concept_positions("end", "duration") - _time_asked(q) - named and not ends_at) or \
            any(_DUE_ASKED.search(ascii_fold(text.casefold())) for text in (q.text, q.asked)):
        return None
    # 'hvornår starter sommerkoncerten?' asks the event's hour ('kl. 19.00-21.00'), not the task's start
    start = q.has("start")
    if start and asks_of_task(q):
        return None
    if start and q.has("task"):
        return None  # 'When does the tournament task start?': the task's own start ('stævne task', the
        # English word for the task after the thing's, names no task as 'stævne-opgaven' does)
    if start and any(_WE.search(ascii_fold(text.casefold())) for text in (q.text, q.asked)):
        return None  # 'hvornår går vi i gang med lyttedagen?': when we start the work, not the event
    said, untied = _event_sentence(ctx, tasks, via)
    if untied:
        # the task's window is no event's day either when its text holds an event on the calendar this
        # reading could not tie to the thing asked
        return _undated_event(ctx, tasks[0], via | _explained_asked(q))
    if said is None or ((start or q.expects is Expect.CLOCK) and not _CLOCK.search(said)):
        return None  # (a day without its hour says when the event is, not when it starts or at what hour)
    if q.has("end") and not _HOURS_SPAN.search(said):
        return None  # (an hour it starts at says nothing of when it ends)
    # (a quoted sentence, not the task's dates: the check that a course's day is no task window lets it by)
    return Candidate("passage", said, tasks, _explained_asked(q) | via, found=True, prior=1.0,
                     titled=set(via))


def _named_day(ctx: Context, tasks: list[int]) -> set[int]:
    """The positions of a time word that ends the name of two words the one task's title gives its event
    ('hvornår er Sælens Dag?' - 'Sælens Dag (valgfri)'): a name's part, no length asked."""
    q = ctx.q
    if len(tasks) != 1 or not q.has("when"):  # ('hvem fortæller på Sælens Dag?' asks who, not when)
        return set()
    title = content_keys(ctx.task(tasks[0]).title)
    return {p for p in q.concept_positions("duration", "end") if 0 < p
            and set(q.tokens[p].keys) & title and set(q.tokens[p - 1].keys) & title
            and q.tokens[p - 1].weight > 0 and q.tokens[p - 1].role == "word"}


def _event_sentence(ctx: Context, tasks: list[int], via: set[int]) -> tuple[str | None, bool]:
    """The one sentence of the task that holds the event its title names and the question asks of, on a
    day of the calendar ('Dagen holdes fredag den 29. september 2028 i X', 'Tid og sted: søndag den ...'),
    or None when the question asks of a thing the title does not name, or the text dates two such days or
    none; and whether the text holds an event on the calendar that could not be tied to the thing."""
    first = _thing_asked(ctx, tasks, via, framing=_time_asked(ctx.q))
    if first is None:
        return None, False  # 'hvornår er mødet om aftalen?' asks of a thing the title does not name
    labelled = not _DEED_TITLE.match(ctx.task(tasks[0]).title.strip())
    pids = list(ctx.index.task_passage_ids(tasks[0]))
    dated = [pid for pid in pids if _dated(ctx.index.passages[pid].text)
             and _of_the_thing(ctx, pid, pids, first, labelled=labelled)]
    if len(dated) != 1:
        # two days (a course held twice) or none: not this rule's to choose
        untied = labelled and not dated and any(_held_on_day(ctx.index.passages[pid].text) for pid in pids)
        return None, untied
    return ctx.index.passages[dated[0]].text, False


def _thing_asked(ctx: Context, tasks: list[int], via: set[int], *, framing: set[int]):
    """The word of the thing asked when every word that found the one task (but the framing ones: the
    hour's, a unit's, 'holdes') stands in its title: the first of them ('tilmeldingen til kurset': the
    sign-up); None for a question that names the task or asks of a thing its title does not name."""
    q = ctx.q
    if len(tasks) != 1 or not via or q.tasks:
        return None
    title = content_keys(ctx.task(tasks[0]).title)
    asked = [q.tokens[p] for p in via if q.tokens[p].weight > 0.3 and q.tokens[p].role == "word"
             and ascii_fold(q.tokens[p].surface.casefold()) not in _HELD and p not in framing]
    if not asked or not all(set(t.keys) & title or _heads_title(t, title) for t in asked):
        return None
    return min(asked, key=lambda t: t.pos)


def _heads_title(tok, title: set[str]) -> bool:
    """Whether the word is the head of a compound of the title ('stævnet' of 'Bådstævnet', 'the
    tournament' of 'Burstævnet'): the short name the text and the asker give the titled thing."""
    return any(len(k) >= 4 and t != k and t.endswith(k) for k in tok.keys for t in title)


def _event_length(ctx: Context, tasks: list[int], via: set[int]) -> Candidate | None:
    """'hvor lang tid varer skruedagen?', 'hvor mange timer varer burstævnet?': how long the event a task
    is about lasts is what the one sentence of its text that says so gives ('Dagen varer 4 timer',
    'Arrangementet varer 90 minutter', 'Burstævnet er et gratis arrangement på 3 timer', 'Varighed: 3
    timer'), not the task's Opgave varighed (the days set aside to take part). Only for a question that
    asks how long the thing lasts, of a task whose title names the thing (not a deed done to it)."""
    q = ctx.q
    if not _LASTS_ASKED.search(ascii_fold(q.text.casefold())) or asks_of_task(q):
        return None
    units = {t.pos for t in q.tokens if _UNIT_WORD.fullmatch(t.surface)}
    first = _thing_asked(ctx, tasks, via, framing=units)
    if first is None or _DEED_TITLE.match(ctx.task(tasks[0]).title.strip()):
        return None
    pids = list(ctx.index.task_passage_ids(tasks[0]))
    lasting = {pid: length for pid in pids if (length := _length_said(ctx, pid, pids, first))}
    if len(set(lasting.values())) != 1:
        return None  # none, or two lengths (a day and its workshop): not this rule's to choose
    explained = q.concept_positions("duration") | units | via
    return Candidate("passage", ctx.index.passages[min(lasting)].text, tasks, explained, found=True,
                     prior=1.0, titled=set(via))


def _length_said(ctx: Context, pid: int, pids: list[int], first) -> str | None:
    """The length the sentence says the thing asked lasts ('4 timer'), or None: a length label ('Varighed:
    3 timer', also a list's line), or a lasting length ('varer 4 timer', 'er en gratis morgentur på 3
    timer') in a sentence that opens on the thing, its compound's head ('Dagen' of 'Skruedagen'), the word
    for any event ('Arrangementet'), or a pronoun just after a sentence that opens on the thing."""
    said = ctx.index.passages[pid].text
    if label := _LENGTH_LABEL.match(said):
        return label.group("length").casefold()
    opening = re.findall(r"\w+", said)[:1]
    for lasting in _LASTING_LENGTH.finditer(said):
        # the length said OF the event: the word right before the verb is the thing, its head or a word
        # for any event, not a part of the day ('frokostpausen varer 45 minutter') nor an event qualified
        # by another ('Eventet med julemanden varer 30 minutter')
        subject = lasting.group("subject").casefold()
        if subject in _EVENT_WORDS:
            tied = True
        elif subject in _PRONOUNS:
            tied = bool(opening) and opening[0].casefold() == subject and _refers_back(ctx, pid, pids, first)
        else:
            tied = _opens_on(said, first) and (_is_thing(subject, first) or _named_in_clause(
                said[:lasting.start()], opening, first))
        if tied:
            return lasting.group("length").casefold()
    return None


# a clause of its own after a comma or a conjunction ('…, og frokostpausen varer 45 minutter')
_NEW_CLAUSE = re.compile(r",\s*(?:og|men|mens|samt)\b|\s(?:og|men|mens)\s", re.I)


def _named_in_clause(before: str, opening: list[str], tok) -> bool:
    """The sentence opens on the asked thing's own name and its verb of lasting is in that same clause:
    'Sommerkoncerten i Byparken varer 3 timer', 'Sommerkoncerten, der holdes i Byparken, varer 3 timer'."""
    if not opening or _NEW_CLAUSE.search(before):
        return False
    k = stem_key(opening[0].casefold())
    return k == stem_key(tok.surface.casefold()) or k in tok.keys


def _is_thing(word: str, tok) -> bool:
    """The word is the asked word or the head of its compound ('Dagen' of 'Skruedagen')."""
    k = stem_key(word)
    return len(k) >= 3 and any(a.endswith(k) for a in (stem_key(tok.surface.casefold()), *tok.keys))


# 'hvor lang tid varer X?', 'hvor længe varer X?', 'hvor mange timer varer X?' (English read as Danish)
_LASTS_ASKED = re.compile(r"^\W*hvor\s+(?:lang\s+tid|laenge|mange\s+\w+)\s+varer\b")
# a length's unit said in the question ('hvor mange timer ...'): the measure asked, no thing
_UNIT_WORD = re.compile(r"(?:minutter|timer|dage|uger|minutes|hours|days|weeks)", re.I)
# the length label of an event's facts: 'Varighed: 3 timer'
_LENGTH_LABEL = re.compile(r"^\W*varighed\s*:\s*(?:ca\.?\s*)?(?P<length>\d+(?:[.,]\d+)?\s+\w+)", re.I)
# a length the thing lasts: 'varer 4 timer', 'varer halvanden time', 'er et gratis arrangement på 3 timer'
_LASTING_LENGTH = re.compile(
    r"(?P<subject>\w+),?\s+(?:varer\s+(?:ca\.?\s+|cirka\s+|omkring\s+)?|er\s+(?:en|et)\s+(?:\w+\s+){0,2}?\w+\s+på\s+)"
    r"(?P<length>(?:\d+(?:[.,]\d+)?|en|et|to|tre|fire|fem|seks|halvanden|halvandet)\s+(?:minut|time|dag)\w*)\b",
    re.I)
# the words for any event, which a text uses for the one it is about: 'Arrangementet varer 90 minutter'
_EVENT_WORDS = frozenset({"arrangementet", "eventet", "begivenheden"})  # (the word right before the verb)


def event_place(ctx: Context) -> list[Candidate]:
    """'hvor holdes sorteringsdagen?', 'hvor finder koncerten sted?': the place of the event a task is
    about is where the one sentence that holds it on its day says it is ('Dagen holdes fredag den 29.
    september 2028 i Byparken', 'Tid og sted: søndag den 20. august 2028 på X'); that sentence often names
    the event only by a pronoun or its head ('Den finder sted ...'), or not at all under a label, so no
    word of the question need stand in it. Only for a question that asks where the thing is held (not
    where something is sent or found), and only when that sentence gives a place."""
    q = ctx.q
    if q.expects is not Expect.PLACE or q.yesno or not _WHERE_HELD.match(ascii_fold(q.text.casefold())):
        return []
    handled = {t.pos for t in q.tokens if ascii_fold(t.surface.casefold()) in _HELD | _WHERE_VERBS}
    tasks, via = scope(ctx, handled)
    said, _ = _event_sentence(ctx, tasks, via)
    if said is None or not (_TIME_LABEL.match(said) or _HELD_SAID.search(said) or _IS_ON.match(said)) \
            or not holds(Expect.PLACE, said, q.text):
        return []  # ('Kontrakten underskrives mandag den ... på rådhuset' holds no event)
    return [Candidate("passage", said, tasks, handled | via, found=True, prior=1.0, titled=set(via))]


# 'hvor holdes/foregår/starter X?', 'hvor finder X sted?', 'where is X held?' (folded): where a thing
# is held, not where something is sent, found or bought ('hvor sender vi X hen?', 'hvor finder vi X?'),
# nor where a thing is ('hvor er legepladsen?' asks where it stands, not where an event dated there is)
_WHERE_HELD = re.compile(r"^\W*(?:hvor\s+(?:holdes|afholdes|foregaar|starter|finder\s+\w+\s+sted\b)|"
                         r"hvad\s+er\s+adressen\s+(?:paa|for|til)\s|"
                         r"where\s+(?:is|will|does)\b(?=.*\b(?:held|takes?\s+place)\b))")
# a sentence that says the thing is, or goes, on its day: 'Seminaret er torsdag den 4. oktober ...', not
# on another state ('Legepladsen er færdigprojekteret mandag den ...')
_IS_ON = re.compile(r"^\W*\w+\s+(?:er|går)\s+(?:\w+dag\b|den\s+\d|\d)", re.I)
_WHERE_VERBS = frozenset({"hvor", "er", "starter", "adressen", "where", "is", "will", "does", "be", "take"})


def _explained_asked(q) -> set[int]:
    """The words that frame an event-day question: 'hvornår', a start, 'på dagen'."""
    return q.concept_positions("when", "start") | _time_asked(q)


def _dated(said: str) -> bool:
    """A sentence on a day of the calendar that holds something, not a deadline ('senest den ...')."""
    return bool(_EVENT_DAY.search(said)) and not _NO_EVENT.search(said)


def _held_on_day(said: str) -> bool:
    """An event held on a day of the calendar: 'Den finder sted fredag den 22. juni 2029', not a deadline."""
    return _dated(said) and bool(_HELD_SAID.search(said))


def _undated_event(ctx: Context, task: int, explained: set[int]) -> Candidate:
    """'hvornår er sommerkoncerten?' where the text holds an event on a day this reading cannot tie to it:
    the task's window is the closest the tasks say, not the answer (a wrong day said surely is worse)."""
    found, text = _when_text(ctx, [task], only_duration=False)
    said = message("time_of_task_only", ctx.lang, task=ctx.task(task).id) + "\n" + text
    return Candidate("when", said, [task], explained, found=False, prior=implied(ctx.q) if found else 0.6)


def _time_asked(q) -> set[int]:
    """The words that ask the hour or the day of a thing (see _hour_asked and _day_asked)."""
    return _hour_asked(q) | _day_asked(q)


def _day_asked(q) -> set[int]:
    """'hvilken dag er Pedaldagen?', 'what day is X held?': the 'dag' after 'hvilken' asks which day, no
    length (as 'dag' reads in 'hvor mange dage'); not 'hvilke dage ...', which asks the days of a
    week."""
    words = [ascii_fold(t.surface.casefold()) for t in q.tokens]
    return {i for i in range(1, len(words)) if words[i] in ("dag", "day") and
            words[i - 1] in ("hvilken", "which", "what")}


def _hour_asked(q) -> set[int]:
    """'hvornår på dagen starter X?', 'hvad tid er X?', 'hvad tid på dagen er X?', 'hvilket klokkeslæt starter
    X?': the words that ask the hour ('dagen' of 'på dagen', 'tid', 'klokkeslæt'), no thing asked (nor a
    length, as 'tid' reads)."""
    words = [ascii_fold(t.surface.casefold()) for t in q.tokens]
    on_day = {i for i in range(2, len(words)) if words[i] == "dagen" and words[i - 1] == "paa"
              and (words[i - 2] == "hvornaar" or (q.expects is Expect.CLOCK and words[i - 2] == "tid"))}
    if q.expects is not Expect.CLOCK:
        return on_day
    return on_day | {i for i, w in enumerate(words) if (i == 1 and w == "tid" and words[0] == "hvad")
                     or w.startswith(("klokkeslaet", "tidspunkt"))}


def _of_the_thing(ctx: Context, pid: int, pids: list[int], first, *, labelled: bool) -> bool:
    """The dated sentence is of the thing asked: it opens on it or on its compound's head ('Dagen' for
    'Fugletursdagen'), on a pronoun after a sentence that opens so ('Vandringen ledes af X.
    Den holdes ...'), or on a label of the time ('Tid og sted:') in a task whose title names a thing, not
    a deed done to one ('Tilmelding til kurset'); not on another thing of the task ('Kurset holdes ...'
    when the sign-up is asked)."""
    said = ctx.index.passages[pid].text
    if label := _TIME_LABEL.match(said):
        # 'Tid og sted: søndag den 20. august', not 'Tid og sted: Forberedende møde mandag ...' (another)
        return labelled and bool(_DAY_FIRST.match(said[label.end():]))
    opening = re.findall(r"\w+", said)[:2]
    if opening and opening[0].casefold() in _PRONOUNS:
        # 'Den holdes fredag ...', not 'Den evalueres på et møde tirsdag ...' (another event's day)
        return bool(_HELD_SAID.search(said)) and _refers_back(ctx, pid, pids, first)
    title = content_keys(ctx.task(ctx.index.passage_task[pid]).title)
    return _opens_on(said, first) or _held_on_its_day(said, first, title)


def _refers_back(ctx: Context, pid: int, pids: list[int], first) -> bool:
    """The pronoun that opens a sentence holding an event ('Den finder sted fredag ...') stands for the
    thing asked when the sentence just before opens on that thing ('Koncerten varer 2 timer. Den finder
    sted ...'); further back, any sentence between may name what it stands for ('Bagefter er der
    reception for forældrene. Den finder sted ...'), which no reading here can rule out."""
    return pid - 1 in pids and _opens_on(ctx.index.passages[pid - 1].text, first)


def _opens_on(said: str, tok) -> bool:
    """One of the sentence's first two words is the asked word or the head of its compound ('Stævnet' of
    'Burstævnet'), not a word that merely occurs inside it ('Med' in 'medarbejderdagen'), and not a day
    counted from it ('Dagen før, torsdag ...')."""
    words = re.findall(r"\w+", said)
    asked = (stem_key(tok.surface.casefold()), *tok.keys)
    for i, word in enumerate(words[:2]):
        k = stem_key(word.casefold())
        if len(k) >= 3 and any(a.endswith(k) for a in asked):
            return not (i + 1 < len(words) and words[i + 1].casefold() in _RELATIVE_DAY)
    return False


def _held_on_its_day(said: str, tok, title: set[str]) -> bool:
    """The sentence holds the asked thing on its day by an active 'holde' ('Kommunen kan holde
    Bowlingstævnet søndag den 14. september ...'): the thing is the verb's object, right before the day.
    The asked word may be only the head of the held compound ('stævnet' of 'Bådstævnet') when that
    compound is the thing the task's title names; another compound of that head is another event
    ('Svømmeklubben holder Trænerstævnet ...' in the task 'Svømmestævnet')."""
    m = _HOLDS_ON_DAY.search(said)
    if m is None:
        return False
    held = stem_key(m.group("thing").casefold())  # the whole name, the asked word maybe only its head
    return _opens_on(m.group("thing"), tok) or \
        (held in title and any(len(k) >= 4 and held.endswith(k) for k in tok.keys))


# 'kan holde Bowlingstævnet søndag den 14. ...', 'afholder en Skyttedag lørdag den 11. ...': a thing held
# on a day, named as the object of the verb (one word, after an article or none)
_HOLDS_ON_DAY = re.compile(r"\b(?:af)?holde[r]?\s+(?:(?:en|et)\s+)?(?P<thing>\w+)\s+"
                           r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?den\s+\d", re.I)

# a label for when and where a thing is: 'Tid og sted: søndag den ...', 'Tidspunkt: ...', 'Dato: ...'
_TIME_LABEL = re.compile(r"^\W*(?:tid\s+og\s+sted|tidspunkt|dato|hvornår)\s*:", re.I)
_PRONOUNS = frozenset({"den", "det"})
# an hour of the day: 'kl. 19.00', 'kl 10'
_CLOCK = re.compile(r"\bkl\.?\s*\d", re.I)
# a span of hours: 'kl. 10-16', 'kl. 19.00-21.30'
_HOURS_SPAN = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d", re.I)
# a label's value that starts on the day itself: 'søndag den 20. august', '20. august', 'den 3. maj', 'kl. 10'
_DAY_FIRST = re.compile(r"\s*(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\b|den\s+\d|kl\b|\d)", re.I)
# a pronoun's sentence that holds the event ('Den holdes fredag ...'), not one of another deed done to it
_HELD_SAID = re.compile(r"\b(?:holdes|afholdes|foregår|finder\s+sted)\b", re.I)
# a day counted from the thing's day, not its day: 'Dagen før', 'Dagen efter'
_RELATIVE_DAY = frozenset({"før", "efter", "inden", "forinden", "derpå"})
# a day of the calendar with its year or weekday: 'den 20. august 2028', 'fredag den 29. september'
_EVENT_DAY = re.compile(rf"\b\d{{1,2}}\.\s*(?:{MONTHS_DA_RE})\s+\d{{4}}\b|"
                        rf"\b(?:man|tirs|ons|tors|fre|lør|søn)dag\s+den\s+\d{{1,2}}\.\s*(?:{MONTHS_DA_RE})\b",
                        re.I)
# the verbs that ask when a thing is held, not what is done ('hvornår holdes stævnet?')
_HELD = frozenset({"holdes", "afholdes", "foregaar", "finder", "sted", "held", "place", "takes", "happen",
                   "happens"})
# a date that closes something rather than holds it: a deadline, an offer's last day, a sign-up
_NO_EVENT = re.compile(r"\b(?:senest|inden|frist\w*|gælder|udløber|til\s+og\s+med|tilmeld\w*|deadline|"
                       r"indtil)\b", re.I)
# a question about what must be done by a day, or by when, not when a thing is held (folded)
_DUE_ASKED = re.compile(r"\b(?:skal|skulle|maa|bor|kan|kunne|senest|frist\w*|deadline|must|should|"
                        r"can|have\s+to|has\s+to|latest|until|indtil|til\s+hvornaar)\b")
# 'vi'/'we' as who starts: the municipality starting its work on the task ('hvornår starter vi på X?')
_WE = re.compile(r"\b(?:vi|we)\b")


def _when_text(ctx: Context, tasks: list[int], *, only_duration: bool) -> tuple[bool, str]:
    """Whether every task gives its dates (or its duration, when only that is asked), and the lines."""
    lines = [_duration_line(ctx, ctx.task(t)) if only_duration else _when_line(ctx, ctx.task(t))
             for t in tasks]
    found = all(line is not None for line in lines)
    text = "\n\n".join(line or _no_dates(ctx, ctx.task(t)) for t, line in zip(tasks, lines, strict=True))
    return found, text


def _when_prior(ctx: Context, tasks: list[int], via: set[int], handled: set[int], *, found: bool,
                of_task: bool) -> float:
    """How surely the task's dates answer: surer for a task named by its title's words, less when the
    text's deadline or earliest day says it."""
    q = ctx.q
    prior = implied(q) if found else 0.6
    if found and not q.tasks and via and of_task and _title_says(ctx, tasks[0], via):
        prior = 0.92  # 'hvornår begynder opgaven med at opsætte satser?': the task named by its title's words
    if found and not of_task and _deadline_says_all(ctx, tasks[0], handled):
        prior *= 0.95  # 'hvad er fristen for konteringsreglerne i 9972?': the text's deadline for them
    if asks_earliest(q) and any(ctx.index.deadlines[d].deadline.kind is DeadlineKind.EARLIEST
                                for t in tasks for d in ctx.index.task_deadlines.get(t, ())):
        prior *= 0.8  # 'hvornår må vi tidligst gå i gang med X?': the earliest day the text gives
    return prior


# 'hvilke dage ...', 'which weekdays ...': days named, not a length
_WHICH_DAYS = re.compile(r"^\W*(hvilke[nt]?|which|what)\s+(uge)?(dag|dage|dagene|days?)\b|"
                         r"^\W*(which|what)\s+(week)?days?\b")


def _deadline_says_all(ctx: Context, task: int, handled: set[int]) -> bool:
    """A deadline the task's text states says every thing the question names (not its task or project):
    the question asks that deadline, which the title's words only seem to ask of the whole task."""
    q = ctx.q
    named = handled | q.ref_positions()
    asked = [t for t in q.content() if t.pos not in named and t.weight > 0.1]
    if not asked:
        return False
    for did in ctx.index.task_deadlines.get(task, ()):
        said = content_keys(ctx.index.deadlines[did].deadline.text)
        if all(set(t.keys) & said for t in asked):
            return True
    return False


def _title_says(ctx: Context, task: int, positions: set[int]) -> bool:
    """Most of the words that found the task (by weight) stand in its title."""
    title = content_keys(ctx.task(task).title)
    toks = [ctx.q.tokens[p] for p in positions if ctx.q.tokens[p].weight > 0.1]
    said = sum(t.weight for t in toks if any(k in title for k in t.keys))
    return said >= 0.6 * sum(t.weight for t in toks)


def _result_says(ctx: Context, task: int, positions: set[int]) -> bool:
    """The task's result states what the question asks the time of ('hvornår skal kortlaget være
    offentliggjort?' - Resultat: 'Kortlaget er offentliggjort'): the state the task ends in holds by
    the task's end, so its own dates answer. The question must say nearly all of the result's words,
    and the result nearly all of the question's, so a result that only shares a noun says nothing."""
    # (the state itself, before its complements: 'Dyrlægerne er orienteret' of '... om den nye ordning')
    if ctx.index.task_deadlines.get(task):
        return False  # 'Registreringen skal være afsluttet 8 uger efter go-live': the text says when
    result = content_keys(_COMPLEMENT.split(ctx.task(task).result or "")[0])
    toks = [ctx.q.tokens[p] for p in positions - ctx.q.project_pos if ctx.q.tokens[p].weight > 0.1]
    if len(result) < 2 or not toks:
        return False
    said = sum(t.weight for t in toks if set(t.keys) & result)
    asked = {k for t in ctx.q.content() for k in t.keys}
    covered = sum(1 for k in result if k in asked or any(same_thing(k, {a}) for a in asked))
    return said >= 0.8 * sum(t.weight for t in toks) and covered >= 0.75 * len(result)


_COMPLEMENT = re.compile(r"\s+(?:om|til|i|på|for|af|med|fra|hos|via|inden|før|efter)\s+", re.I)


def _untimed_thing(ctx: Context, task: int, positions: set[int]) -> bool:
    """A word that found the task, not in its title, stands only in sentences of it that give no
    time ('KOMBIT holder et webinar om aftalen'): the question asks when that happens, not the task."""
    index, q = ctx.index, ctx.q
    title = content_keys(ctx.task(task).title)
    for p in positions:
        tok = q.tokens[p]
        if tok.weight < 0.5 or set(tok.keys) & title:
            continue
        if untimed_in_task(index, task, tok.keys):
            return True
    return False


# A title that names a deed done to a thing: 'Bestilling af grødeskæring', 'Registrering af vandløb'
_DEED_TITLE = re.compile(r"^(?:\(?[A-ZÆØÅ]{1,6}\s?\d+\w?\)?\s*[–-]?\s*)?"
                         r"(?P<deed>[A-Za-zæøåÆØÅ]+(?:ing|else|sel))\s+"
                         r"(?:af|for|til|med|på)\s+\w")


def _object_of_title(ctx: Context, task: int) -> bool:
    """'hvornår kan grødeskæringen begynde?' in the task 'Bestilling af grødeskæring' asks about the thing
    the task's deed is done to, not the deed (the task), when the question does not say the deed."""
    m = _DEED_TITLE.match(ctx.task(task).title.strip())
    if m is None:
        return False
    deed = content_keys(m.group("deed"))
    return not any(same_thing(k, deed) or k in deed for t in ctx.q.content() for k in t.keys)


# A sentence saying how long a thing in the task lasts: 'Kurset varer tre timer', 'Testen tager to uger'
_LASTS = re.compile(r"^\W*(?P<subject>(?:\w+\s+){0,3}?\w+)\s+(?:varer|tager|lasts|takes)\b", re.I)


# 'hvor lang(e) er X?' without a word of time ('tid', 'varighed', 'dage'): the adjective alone
_LONG_ONLY = re.compile(r"\b(?:lang|lange|langt|long)\b", re.I)
_TIME_WORD = re.compile(r"\b(?:tid|tiden|varighed\w*|dage|dag|uger|uge|måneder|timer|time|år|days?|weeks?|"
                        r"months?|hours?|years?|time|varer|vare|tager|løber|lasts?|takes?)\b", re.I)
# A length measured: '4,5 meter lange', '40 m lang', 'en længde på 12 m'
_MEASURED = re.compile(r"\d[\d.,]*\s*(?:meter|m|cm|centimeter|mm|km|kilometer)\b", re.I)


def _measured_in_task(ctx: Context, task: int) -> bool:
    """'hvor lange er værelserne?' asks a length when a sentence of the task measures the thing the
    question names in metres ('Værelserne er 3,2 meter brede og 4,5 meter lange'): the task's own
    duration is not it (nor is any time)."""
    q = ctx.q
    if not _LONG_ONLY.search(q.text) or _TIME_WORD.search(q.text) or asks_of_task(q) or q.tasks:
        return False
    rest = [t for t in q.content() if t.role == "word" and t.pos not in q.project_pos
            and not _LONG_ONLY.fullmatch(t.surface)]
    return any(_MEASURED.search(said := ctx.index.passages[pid].text)
               and any(same_thing(k, content_keys(said)) for t in rest for k in t.keys)
               for pid in ctx.index.task_passage_ids(task))


def _lasts_elsewhere(ctx: Context, task: int, positions: set[int]) -> bool:
    """A sentence of the task says how long a thing lasts that the question names by a word, not by the
    task's reference ('varer planlæggerkurset ...?' - 'Kurset varer tre timer'): the task's own duration
    is not that thing's, though the title may name it too ('Undervisning af planlæggere')."""
    q = ctx.q
    rest = [q.tokens[p] for p in positions if q.tokens[p].weight > 0.1 and q.tokens[p].role == "word"]
    for pid in ctx.index.task_passage_ids(task):
        said = ctx.index.passages[pid].text
        m = _LASTS.match(said)
        if m and holds(Expect.TIME, said) and any(same_thing(k, content_keys(m.group("subject")))
                                                  for t in rest for k in t.keys):
            return True
    return False


def _timed_elsewhere(ctx: Context, task: int, positions: set[int]) -> bool:
    """The task states deadlines of its own, or a sentence of it holds the words its title lacks
    and a time ('KMD opretter administratorerne inden for 10 arbejdsdage')."""
    index, q = ctx.index, ctx.q
    if index.task_deadlines.get(task):
        return True
    title = content_keys(ctx.task(task).title)
    rest = [q.tokens[p] for p in positions if q.tokens[p].weight > 0.1 and not set(q.tokens[p].keys) & title]
    return bool(rest) and any(all(any(index.passage_has(pid, k) for k in t.keys) for t in rest)
                              and holds(Expect.TIME, index.passages[pid].text)
                              for pid in index.task_passage_ids(task))


def _golive_candidate(ctx: Context, tasks: list[int], explained: set[int]) -> Candidate:
    """'hvornår er go-live for 433?': the workspace's go-live date for the task's wave/project."""
    lines, found = [], True
    for t in tasks:
        task = ctx.task(t)
        names = join(task.waves or [task.project or task.id], ctx.lang, word="or")
        day = golive_for(task, ctx.golive) if ctx.golive else None
        if day is None:
            found = False
            lines.append(message("when_golive_not_set", ctx.lang, names=names))
        else:
            lines.append(message("when_golive", ctx.lang, names=names, day=format_date(day, lang=ctx.lang)))
    return Candidate("golive", "\n".join(lines), tasks if found else [], explained, found=found,
                     prior=1.0 if found else 0.7)


def _days(n: int, lang: str) -> str:
    """'1 dag', '30 dage'."""
    return counted("when_days", lang, n, n=n)


def _from_golive(days_before: int, lang: str) -> str:
    """'30 dage før go-live', '90 dage efter go-live' (a Slutdato of +90), 'på go-live-dagen'."""
    if days_before == 0:
        return message("when_on_golive", lang)
    side = "when_before_golive" if days_before > 0 else "when_after_golive"
    return message(side, lang, days=_days(abs(days_before), lang))


def _when_line(ctx: Context, task: Task) -> str | None:
    if task.end_offset_days is None:
        return None
    lang = ctx.lang
    end, start = -task.end_offset_days, task.start_offset_days
    text = message("when_end", lang, task=task.id, end=_from_golive(end, lang), offset=task.end_offset_days)
    if start is not None:
        text += message("when_start", lang, days=_days(-start, lang), offset=start,
                        begin=_from_golive(end - start, lang))
    text += "."
    if task.duration_days is not None:
        text += f" {label('duration', lang)}: {_days(task.duration_days, lang)}."
    golive = golive_for(task, ctx.golive) if ctx.golive else None
    window = task_window(task, golive)
    names = join(task.waves or [task.project or ""], lang, word="or")
    if window:
        dated = []
        if window.start:
            dated.append(message("when_window_start", lang, day=format_date(window.start, lang=lang)))
        dated.append(message("when_window_end", lang, day=format_date(window.end, lang=lang)))
        text += "\n" + " · ".join(dated) + (f" (go-live {format_date(window.golive, lang=lang)})")
    elif ctx.golive is not None or names:
        text += "\n" + message("when_no_golive", lang, names=names)
    return text


def _duration_line(ctx: Context, task: Task) -> str | None:
    if task.duration_days is None:
        return None
    return message("when_duration", ctx.lang, task=task.id, days=_days(task.duration_days, ctx.lang))


def _no_dates(ctx: Context, task: Task) -> str:
    return message("when_no_dates", ctx.lang, task=task.id)
