"""Deadlines the task text states ('senest 45 dage før go-live', 'inden for 14 dage efter
modtagelsen'): 'hvornår skal serviceaftalen være godkendt?' is answered by the deadline about it,
not by the task's own start and end."""

from __future__ import annotations

import re

from knowledge.deadlines import GOLIVE
from knowledge.fold import content_keys
from knowledge.lexicon import number_alternation
from knowledge.morphology import derivations, tails
from knowledge.passages import ITEM
from knowledge.qa.candidate import (
    Candidate,
    Context,
    asks_date_field,
    asks_of_task,
    ends_titled_thing,
    lasting_words,
    scope,
    titled_length_words,
)
from knowledge.qa.checks import says_deed
from knowledge.qa.claimed_values import stated
from knowledge.qa.deadline_words import (
    counted_from_words,
    role_words,
    titled_compound_deadlines,
)
from knowledge.qa.gate.doings import asked_doing
from knowledge.qa.gate.times import recipient_acts
from knowledge.qa.name_kinds import described_unnarrowed, names_kind_of_said
from knowledge.qa.types import Expect, asks_for_tasks, holds
from knowledge.units import length_pattern
from knowledge.wording import quote, task_label


def deadlines(ctx: Context) -> list[Candidate]:
    """The deadlines the tasks state about what a question asks the time of, their sentences quoted."""
    index, q = ctx.index, ctx.q
    if not (q.expects is Expect.TIME or q.has("when")):
        return []
    if lasting_words(q):
        return []  # 'hvor mange dage er der afsat til X?' asks the task's length, which no deadline says
    framing = _framing(q)
    golive = q.concept_positions("golive")
    if golive and not [t for t in q.content() if t.pos not in framing | golive and t.weight > 0.1]:
        return []  # 'hvornår er go-live for X?' asks the date of go-live, not the deadlines counted from it
    if _golive_asked(q, golive):
        return []  # and so does 'hvornår er go-live for Legatkassen?', 'go-live-datoen for bølge 2'
    if not index.deadlines:
        return _stated(ctx, framing)
    hits = _keyed_hits(index, q, framing)
    if not hits and q.tasks:  # 'hvornår er fristen i 1219?': every deadline the task states
        hits = {did: set() for t in q.tasks for did in index.task_deadlines.get(t, ())}
        if not hits or not q.has("when"):
            return []
    if not hits:
        return _stated(ctx, framing)
    if not (hits := _on_the_side_asked(ctx, hits)):
        return []  # 'hvilke opgaver har frist efter go-live?' is not answered by deadlines before it
    if _asks_start(q):  # 'hvornår skal vi gå i gang med at godkende X?': by when X is due is no start
        hits = {d: h for d, h in hits.items() if not index.deadlines[d].deadline.is_due
                or _START.search(index.deadlines[d].deadline.text)}
        if not hits:
            return []
    if not (hits := _of_the_deed_asked(q, index, hits, framing)):
        return []  # 'hvornår kan beregningsreglerne ændres igen?' is not answered by when they are approved
    _add_title_words(ctx, hits, framing)
    about_else = {d for d, h in hits.items() if h and _names_other(ctx, d, h, framing)}
    if about_else and about_else != set(hits):
        hits = {d: h for d, h in hits.items() if d not in about_else}
    # 'when must the rules be sent to Oksbøl Data?': not the time Oksbøl Data then has ('Oksbøl Data lægger
    # reglerne ind inden for 3 arbejdsdage efter modtagelsen'), the deadline of the sending beside it
    theirs = {d for d in hits if recipient_acts(q, index.deadlines[d].deadline.text)}
    if theirs and theirs != set(hits):
        hits = {d: h for d, h in hits.items() if d not in theirs}
    if len({index.deadlines[d].task for d in hits}) > 1:
        # 'kortet over saltdepoterne' of two tasks' maps: the one whose task says the words that describe it
        # ('Skovlkortet viser kommunens saltdepoter') is the one asked
        hits = {d: h | _described(ctx, [d], hits) for d, h in hits.items()}
    best = max(q.coverage(h | framing) for h in hits.values())
    chosen = [d for d, h in hits.items() if q.coverage(h | framing) >= best - 1e-9][:4]
    tasks = list(dict.fromkeys(index.deadlines[d].task for d in chosen))
    # several deadlines explain only the words each says: 'fristen for databehandleraftalen til Bogslusen'
    # is not answered by one task's databehandleraftale beside another task's Bogslusen
    said_by_each = set.intersection(*(hits[d] for d in chosen))
    lines, explained = _deadline_lines(ctx, chosen, said_by_each | framing, several=len(tasks) > 1)
    # 'hvornår skal X ligge i bookingsystemet?' - '... lægges ind i Lanternebogen senest ...': the system a
    # task defines ('Lanternebogen er det fælles bookingsystem') is the one asked about
    explained |= {t.pos for t in q.content() if names_kind_of_said(index, "\n".join(lines), q, t)}
    titled: set[int] = set()
    if len(tasks) == 1:  # words naming the task ('bilag B til KSD-databehandleraftalen'), not any word in it
        # (loosely only where every word is one the tasks know: a word they never write, 'upload', may be
        # the deed asked, which the title's words do not make the deadline's)
        loosely = q.expects is Expect.TIME and not any(t.match == 0 and t.weight >= 0.5 for t in q.content())
        titled = _naming_title(q, content_keys(index.tasks[tasks[0]].title), loosely=loosely) - explained
        explained |= titled
        # and the titled thing by what a task says it is ('aftalen om mose-appen' of the task 'Adgang til
        # Tørvebogen', where 'Tørvebogen er den app, skolerne bruger til at booke tørvegravning i mosen')
        explained |= described_unnarrowed(index, q, tasks[0], "\n".join(lines))
        explained |= _described(ctx, chosen, hits)
    # who does the deed, by its role ('how long does the supplier have to enter the rules?'), and the event
    # the deadline is counted from ('... efter modtagelsen') that the question counts from too: only where
    # the deadline says the thing asked, whose words these explain beside it ('banereglerne' is not said by
    # 'Sølvsalt Data lægger listen ind ... efter modtagelsen')
    beside = counted_from_words(q, [index.deadlines[d].deadline for d in chosen])
    if len(tasks) == 1:
        entries = [index.deadlines[d] for d in chosen]
        beside |= set().union(*(role_words(index, q, e.deadline.text, e.task) for e in entries))
    if not {tok.pos for tok in q.content() if tok.weight >= _THING_WEIGHT} - explained - beside:
        explained |= beside
    prior = _deadline_prior(q, hits, chosen, about_else)
    if len(tasks) == 1 and not asks_of_task(q) and (ends_titled_thing(ctx, tasks[0])
                                                    or asks_date_field(ctx, tasks[0])
                                                    or titled_length_words(ctx, tasks[0])):
        prior *= 0.7  # 'hvornår skal tårnlisten være færdig?', 'slutdatoen for tårnlisten': the task's end
        # ('hvor lang tid tager tårnlisten?': the task's length)
    return [Candidate("deadline", "\n".join(dict.fromkeys(lines)), tasks, explained, prior=prior,
                      titled=titled)]


def _naming_title(q, title: set[str], *, loosely: bool) -> set[int]:
    """The question's words that name the deadline's task by its title: a word of it, the head of a compound
    of it ('briller' of 'Lån af varmehandsker og sikkerhedsbriller'), or another word of one of its roots
    ('lånte' of 'Lån'): 'hvornår skal skader på lånte briller meldes?' asks of that task's 'Skader meldes
    inden for 3 arbejdsdage ...'. The head and the root only `loosely`, for a question after a time: a
    question after someone ('who takes down posters left up after the deadline?') is no deadline's."""
    out = set()
    for tok in q.content():
        keys = set(tok.keys)
        if keys & title or loosely and any(len(k) >= _TITLE_HEAD and w != k and _ends_on(w, k)
                                           for k in keys for w in title):
            out.add(tok.pos)
        elif loosely and _plain(tok) and set(derivations(tok.surface.casefold())) & title:
            out.add(tok.pos)
    return out


def _ends_on(compound: str, head: str) -> bool:
    """Whether a compound's key ends with the head's key, or with it less the last 't' the key cuts from a
    longer word ('plejekor' of 'Plejekortet' on 'kort', 'termodrag' of 'termodragter' on 'dragt')."""
    return compound.endswith(head) or (head[-2:] in _CUT_T and len(compound) > len(head)
                                       and compound.endswith(head[:-1]))


def _plain(tok) -> bool:
    return tok.surface.isalpha() and tok.surface.islower()


# a compound's head in a title this long at least names it ('bril' of 'sikkerhedsbril', not 'is' of 'kris')
_TITLE_HEAD = 4


# a question word weighed this much names the thing asked, which the deadline must say itself
_THING_WEIGHT = 0.5


def _of_the_deed_asked(q, index, hits: dict[int, set[int]], framing: set[int]) -> dict[int, set[int]]:
    """The deadlines whose own deed is the one the question asks the time of ('hvornår kan X ændres
    igen?' - not 'Kommunen godkender X senest 10 arbejdsdage efter modtagelsen', the time of approving
    X): the asked verb in any form, or a word the glossary reads as it (a key of the question's word the
    deadline is found by), said by the deadline's sentence. A question that asks a state ('hvornår skal X
    være færdig/klar/godkendt?') asks no deed of its own: any deadline of X answers it."""
    if q.lang != "da" or q.yesno:
        return hits  # an English question's verb is a rendering of its Danish reading
    verb = asked_doing(q)
    if verb is None or verb.pos in framing or _after_being(q, verb):
        return hits
    return {d: h for d, h in hits.items()
            if verb.pos in h or says_deed(verb, index.deadlines[d].deadline.text)}


def _after_being(q, verb) -> bool:
    """Whether the asked word is a state after 'være' ('skal X være godkendt', 'blive færdig'), not a
    deed asked."""
    return verb.pos > 0 and q.tokens[verb.pos - 1].surface.casefold() in ("være", "er", "blive")


def _golive_asked(q, golive: set[int]) -> bool:
    """Whether go-live is the moment asked for ('hvornår er go-live ...?', 'go-live-datoen', 'datoen for
    go-live'), not what a deadline is counted from: the wave's date, which no deadline in a task says."""
    words = [t.surface.casefold() for t in q.tokens]
    for p in golive:
        before = words[p - 1] if p > 0 else ""
        if before in ("er", "bliver", "is") and q.has("when"):
            return True
        after = words[p + 1] if p + 1 < len(words) else ""
        if after.startswith(("dato", "date")) and "when" in q.tokens[p + 1].concepts:
            return True
        if before in ("for", "of") and p > 1 and words[p - 2].startswith(("dato", "date")):
            return True
    return False


def _framing(q) -> set[int]:
    """The words that frame the question (when, the task, its refs and project, a ready state asked for)."""
    refs = {t.pos for t in q.tokens if t.role == "ref"}
    framing = q.concept_positions("when", "task", "end", "start") | refs | q.project_pos
    # 'hvornår skal skemaet være klar?': the ready state asked for, as 'færdig' is; a deadline says it
    framing |= {p for p in q.concept_positions("status") if _predicative(q, p)}
    return framing


def _keyed_hits(index, q, framing: set[int]) -> dict[int, set[int]]:
    """The deadlines the question's content words name -> the positions of those words."""
    hits: dict[int, set[int]] = {}
    for tok in q.content():
        if tok.pos in framing:
            continue
        # (a compound found by its head only answers a question that asks when: 'who takes down the
        # posters?' is not answered by when 'Valgplakater' go up)
        heads, wholes = _heads(index, tok), _wholes(index, tok) if q.expects is Expect.TIME else []
        for k in (*tok.keys, *heads, *wholes):
            for did in index.deadline_keys.get(k, ()):
                entry = index.deadlines[did]
                if k in heads and not index.task_has(entry.task, tok.key):
                    continue  # 'postkasserne' refers back to 'funktionspostkasser' only in the same task
                if k in wholes and not (index.task_has(entry.task, tok.key) and k in _about_keys(entry)):
                    continue  # 'brevene' for 'Tilbudsbrevene skal være sendt ...': the thing it is about
                if q.allows(entry.task) and not _only_in_anchor(entry, k, index) and \
                        not _only_in_length(index, q, entry, k, tok.pos):
                    hits.setdefault(did, set()).add(tok.pos)
        if q.expects is Expect.TIME and not any(tok.pos in h for h in hits.values()):
            # 'hvornår skal labyrintaftalen være sendt?': the agreement of the task titled for Labyrintbogen
            for did in titled_compound_deadlines(index, tok):
                if q.allows(index.deadlines[did].task):
                    hits.setdefault(did, set()).add(tok.pos)
    return hits


def _only_in_length(index, q, entry, k: str, pos: int) -> bool:
    """Whether a question word is in the deadline's passage only as the unit of a length ('dag' of
    'senest 30 dage før go-live'): 'hvornår er Tårnets dag?' names no deadline counted in days, nor
    'hvor mange dage kan man låne X?' one for signing another paper. (A length asked in that unit of the
    deed the deadline's own sentence says, 'hvor mange uger før go-live kan X installere enhederne?',
    is what its length answers.)"""
    if _LENGTH_ASKED.search(q.text) and _deed_said(q, entry, pos):
        return False
    said = index.passages[entry.passage].text if entry.passage is not None else entry.deadline.text
    lengths = _LENGTH.findall(said)
    return bool(lengths) and any(k in content_keys(n) for n in lengths) and \
        k not in content_keys(_LENGTH.sub(" ", said)) | _about_keys(entry)


def _deed_said(q, entry, pos: int) -> bool:
    """Whether a heavy word of the question other than the one at `pos` is said in the deadline's own
    sentence or is what it is about."""
    said = content_keys(entry.deadline.text) | _about_keys(entry)
    return any(t.pos != pos and t.weight >= 0.5 and set(t.keys) & said for t in q.content())


# A length asked in a unit: 'hvor mange (arbejds)dage', 'how many working days'
_LENGTH_ASKED = re.compile(r"\b(?:hvor\s+mange|how\s+many)\s+(?:\w+\s+)?(?:" + length_pattern() + r")\b",
                           re.IGNORECASE)
# A number and the unit it counts a length in: '30 dage', '3 uger', 'to måneder'
_LENGTH = re.compile(r"\b(?:\d+|" + number_alternation(1, 10, english=False, without=("ét",)) + r")\s+"
                     r"(?:" + length_pattern() + r")\b", re.IGNORECASE)


def lengths(text: str) -> list[re.Match]:
    """The lengths the text counts in a unit: '30 dage', '3 uger', 'to måneder'."""
    return list(_LENGTH.finditer(text))


def _deadline_lines(ctx: Context, chosen: list[int], explained: set[int], *,
                    several: bool) -> tuple[list[str], set[int]]:
    """The chosen deadlines' sentences as answer lines (each after its task's label when several tasks
    have them), and the question's words explained, with those of a sentence a pronoun points back to."""
    index, q = ctx.index, ctx.q
    lines = []
    for did in chosen:
        entry = index.deadlines[did]
        text = index.passages[entry.passage].text if entry.passage is not None else entry.deadline.text
        if (before := _pointed_back(index, entry)) is not None:
            # 'Lønkontoret melder testresultatet til KOMBIT. Det skal ske inden for 5 arbejdsdage ...': the
            # deed 'Det' stands for is the sentence before, whose words the question may use
            text = f"{index.passages[before].text} {text}"
            explained |= {tok.pos for tok in q.content()
                          if any(index.passage_has(before, k) for k in tok.keys)}
        said = quote(ITEM.sub("", text), ctx.lang)
        # deadlines of several tasks ('hvornår skal tilslutningsaftalen være underskrevet?'): whose is whose
        lines.append(f"{task_label(index.tasks[entry.task])}: {said}" if several else said)
    return lines, explained


def _deadline_prior(q, hits: dict[int, set[int]], chosen: list[int], about_else: set[int]) -> float:
    """How surely the chosen deadline answers: less when only the task was named, or when it is about
    another thing, the task's own start or a list of tasks."""
    prior = 1.0 if hits[chosen[0]] else 0.9
    if chosen[0] in about_else:
        prior *= 0.6  # 'hvornår bliver webinarerne holdt?': not the task's deadline for the course
    if asks_of_task(q):
        prior *= 0.7  # 'hvornår begynder opgaven med at X?': the task's own start, not a deadline in it
    if asks_for_tasks(q.text):
        prior *= 0.85  # 'hvilke opgaver har frist efter go-live?' is the list's to answer, before/after too
    return prior


# A sentence that opens on a pronoun for the deed or thing of the sentence before: 'Det skal ske inden
# for ...', 'Den skal sendes senest ...'
_IT_OPENS = re.compile(r"^\W*(?:det|den|de|dette|disse)\s+(?:skal|må|bør|sker|[a-zæøå]{3,}es)\b", re.I)


def _pointed_back(index, entry) -> int | None:
    """The passage before the deadline's, in the same field of its task, when the deadline's sentence opens on
    a pronoun for it and the deadline's thing is said there."""
    pid = entry.passage
    if pid is None or not _IT_OPENS.match(index.passages[pid].text) or not entry.deadline.about:
        return None
    before = pid - 1
    if before not in index.task_passage_ids(entry.task) or \
            index.passages[before].field != index.passages[pid].field:
        return None
    return before if all(index.passage_has(before, k) for k in _about_keys(entry)) else None


# A deadline for the start itself: 'skal være påbegyndt senest …', 'opstart senest …'
_START = re.compile(r"\b(?:påbegynd|igangsæt|iværksæt|opstart|start|begynd)\w*", re.I)
_LATEST = re.compile(r"\b(?:senest|sidste|seneste|latest|last)\b", re.I)


def _asks_start(q) -> bool:
    """Whether the question asks when something starts, not by when it is due ('hvornår skal vi senest
    starte?' asks a deadline to start, which a deadline on the start answers)."""
    return q.has("start") and not q.has("end") and not _LATEST.search(q.text)


def _on_the_side_asked(ctx: Context, hits: dict[int, set[int]]) -> dict[int, set[int]]:
    """The deadlines on the side of go-live the question names ('efter go-live', 'before go-live'), all of
    them when it names no side or both."""
    side = stated(ctx.q.text).get("side", set())
    if len(side) != 1:
        return hits
    after = next(iter(side))
    def kept(did: int) -> bool:
        d = ctx.index.deadlines[did].deadline
        return d.anchor != "go-live" or d.days == 0 or (d.days > 0) == after
    return {d: h for d, h in hits.items() if kept(d)}


def _described(ctx: Context, chosen: list[int], hits: dict[int, set[int]]) -> set[int]:
    """'Hvornår skal snitfladeaftalen til lønsystemet være returneret?': when the question names what
    the deadline is about, the words its task says of that thing elsewhere ('Leverandøren af kommunens
    lønsystem sender en snitfladeaftale') tell which one it is; they are no other thing asked about."""
    index, q = ctx.index, ctx.q
    named = [d for d in chosen if _names_about(q, index.deadlines[d], hits[d], whole=True)]
    if not named:
        return set()
    entry = index.deadlines[named[0]]
    about = _about_keys(entry)
    # only words after the thing describe it ('snitfladeaftalen til lønsystemet'); one before it is the
    # thing asked about ('webinaret om tilslutningsaftalen')
    first = min(p for p in hits[named[0]] if _naming(q.tokens[p].keys, about, whole=True))
    # (the passages that say the thing, and the rest of the deadline's own text: 'Visitationsbasen leveres
    # af Omsorgsdata. ... Aftalen skal returneres ...' tells which aftale 'aftalen med Omsorgsdata' is)
    pids = [pid for pid in index.task_passage_ids(entry.task)
            if any(index.passage_has(pid, k) for k in about) or _same_field(index, entry, pid)]
    # the lead of the list or table the deadline is in ('Følgende skal indsendes til KOMBIT:' over
    # '| Beredskabsplan | Senest 1 uge før go-live |'): said of this thing, not another. (Not its signer:
    # 'hvornår underskrev biblioteksdirektøren aftalen?' was then answered by the deadline to sign it.)
    of_it = _lead_keys(index, entry)
    return {tok.pos for tok in q.content() if tok.weight >= 0.5 and (
        attached(q, first, tok.pos) and any(index.passage_has(pid, k) for pid in pids for k in tok.keys)
        or set(tok.keys) & of_it)}


_LEAD_REACH = 8  # a table's cells are passages of their own: its lead is a few of them back


def _lead_keys(index, entry) -> set[str]:
    """The words of the sentence that leads the list or table the deadline's passage is in (it ends on a
    colon, in the same field, with no sentence between)."""
    pid = entry.passage
    if pid is None:
        return set()
    span = index.task_passage_ids(entry.task)
    for before in range(pid - 1, max(span.start, pid - _LEAD_REACH) - 1, -1):
        text = index.passages[before].text.rstrip()
        if index.passages[before].field != index.passages[pid].field:
            return set()
        if text.endswith(":"):
            return content_keys(text)
        if text.endswith((".", "!", "?")):
            return set()
    return set()


# 'snitfladeaftalen til lønsystemet', 'aftalen med KMD', 'planen over isblokkene': a word joined to a thing by
# a preposition says which thing it is ('certifikatet gyldigt' says something of it, asked about)
_ATTACHING = {"til", "for", "med", "i", "hos", "på", "fra", "mellem", "over", "to", "with", "from"}


def attached(q, head: int, pos: int) -> bool:
    """Whether the question's word at `pos` is joined to the word at `head` by a preposition right
    after it."""
    return pos == head + 2 and q.tokens[head + 1].surface.casefold() in _ATTACHING


def _names_other(ctx: Context, did: int, hit: set[int], framing: set[int]) -> bool:
    """The question names a thing its task mentions ('to webinarer') that the deadline's sentence
    does not: the deadline is about something else of the task."""
    index, q = ctx.index, ctx.q
    entry = index.deadlines[did]
    pid = entry.passage
    if _names_about(q, entry, hit) and not _topic_of_other(ctx, entry, hit, framing):
        return False  # the question names what the deadline is about ('kontrolrapporten')
    named = {p for p in hit if _naming(q.tokens[p].keys, _about_keys(entry), whole=True)}
    for tok in q.content():
        if tok.pos in framing or tok.pos in hit or tok.weight < 0.5 or _predicative(q, tok.pos):
            continue
        if any(attached(q, p, tok.pos) for p in named):
            continue  # 'databehandleraftalen med Omsorgsdata' for 'Aftalen skal returneres': which aftale
        if not untimed_in_task(index, entry.task, tok.keys):
            continue  # a word of the question's own, or one the task also says with a time
        said = content_keys(entry.deadline.text) | _about_keys(entry)
        if any(k in said or (pid is not None and index.passage_has(pid, k)) for k in tok.keys):
            continue
        if any(len(k) >= 4 and w.endswith(k) for k in tok.keys for w in said):
            continue  # 'aftalen' for the sentence's 'Tilslutningsaftalen': the compound's head
        if any(len(w) >= 5 and k.endswith(w) for k in tok.keys for w in _about_keys(entry)):
            continue  # 'kontaktoplysningerne' the task names, then 'Oplysningerne indberettes senest ...'
        return True
    return False


def _names_about(q, entry, hit: set[int], *, whole: bool = False) -> bool:
    about = _about_keys(entry)
    return any(_naming(q.tokens[p].keys, about, whole=whole) for p in hit)


def _naming(keys, about: set[str], *, whole: bool = False) -> bool:
    """A question word that names the deadline's thing: its head ('aftalen' for 'Tilslutningsaftalen') or,
    with `whole`, also a compound on it ('databehandleraftalen' for 'Aftalen')."""
    return any(len(k) >= 4 and any(_ends_on(a, k) or (whole and len(a) >= 4 and k.endswith(a)) for a in about)
               for k in keys)


def _same_field(index, entry, pid: int) -> bool:
    """Whether the passage is in the same field of the deadline's task as the deadline's own sentence."""
    return entry.passage is not None and index.passages[pid].field == index.passages[entry.passage].field


def _topic_of_other(ctx: Context, entry, hit: set[int], framing: set[int]) -> bool:
    """'webinaret om tilslutningsaftalen': the deadline's thing is only the topic of another thing the
    question asks about, one the task names without a time."""
    q = ctx.q
    for tok in q.content():
        if tok.pos in framing or tok.pos in hit or tok.weight < 0.5:
            continue
        nxt = q.tokens[tok.pos + 1] if tok.pos + 1 < len(q.tokens) else None
        if nxt is not None and nxt.surface.casefold() in _TOPIC and tok.pos + 2 in hit \
                and untimed_in_task(ctx.index, entry.task, tok.keys):
            return True
    return False


_TOPIC = {"om", "about", "on", "vedrørende", "vedr"}


def _predicative(q, pos: int) -> bool:
    """'skal snitfladerne være lukket ned?': the state asked for after 'være', not a thing named."""
    return pos > 0 and q.tokens[pos - 1].surface.casefold() in _COPULA


_COPULA = {"være", "vaere", "været", "vaeret", "be", "been"}


def untimed_in_task(index, task: int, keys) -> bool:
    """The task names the thing ('KOMBIT holder to webinarer'), and only in sentences that give no time."""
    pids = [pid for pid in index.task_passage_ids(task) if any(index.passage_has(pid, k) for k in keys)]
    # (asked as 'hvornår': 'et kursus på 45 minutter' says how long, not when)
    return bool(pids) and not any(holds(Expect.TIME, index.passages[pid].text, "hvornår?") for pid in pids)


def _heads(index, tok) -> list[str]:
    """'funktionspostkasserne' when the deadline says 'Postkasserne': the compound's head, if a deadline
    has it and the question's own word is in no deadline."""
    k = tok.key
    if len(k) < 9 or k in index.deadline_keys or tok.match < 1 or not tok.surface.islower():
        return []
    return [tail for tail in tails(k) if tail in index.deadline_keys][:1]


def _wholes(index, tok) -> list[str]:
    """'brevene' when the deadline says 'Tilbudsbrevene': the compounds ending on the question's word that a
    deadline has, if the word itself is in no deadline; kept only where the compound is what the deadline is
    about and its task says the word too. (A word some deadline has still looks for its compounds: 'reglerne'
    in the task's 'Krokusdal Service lægger reglerne ind ...' does not make 'Plantereglerne sendes til ...' of
    the same task a deadline of other rules.)"""
    k = tok.key
    if len(k) < 4 or tok.match < 1 or not tok.surface.islower():
        return []
    found = [c for c in index.compounds(k) if c in index.deadline_keys][:2]
    # ('kortet' for 'Skovlkortet': the key drops a longer word's last 't' after l, r or n, 'skovlkor')
    cut = [] if k[-2:] not in _CUT_T else \
        [c for c in index.compounds(k[:-1], shortest=3) if c in index.deadline_keys]
    return found + [c for c in cut if c not in found][:2]


# the endings whose 't' the key drops from a longer word ('skovlkort' -> 'skovlkor', 'termodragt' ->
# 'termodrag'; as_head's consonant pairs and a participle's -t after l, r or n)
_CUT_T = ("lt", "rt", "nt", "gt", "kt", "dt")


def _add_title_words(ctx: Context, hits: dict[int, set[int]], framing: set[int]) -> None:
    """A deadline is about what its task's title names: 'fristen for erklæringen om fjernprint' is
    the deadline of the task 'Erklæring om fjernprint', not one in another task that says 'fjernprint'."""
    index, q = ctx.index, ctx.q
    titles: dict[int, set[str]] = {}
    for did, hit in hits.items():
        if not hit:
            continue  # every deadline of a named task: no word to add to
        t = index.deadlines[did].task
        if t not in titles:
            titles[t] = content_keys(index.tasks[t].title)
        hit |= {tok.pos for tok in q.content() if tok.pos not in framing and _in_title(tok.keys, titles[t])}


def _in_title(keys, title: set[str]) -> bool:
    """A word of the title, itself or as the first part of a compound there ('Adgangsstyring' in
    'Adgangsstyringssystem')."""
    return any(k in title or (len(k) >= 6 and any(w.startswith(k) for w in title)) for k in keys)


# A sentence that sets a deadline: 'Tilmeldingen skal være sendt senest fredag i uge 12'.
_DEADLINE_WORDS = re.compile(r"\b(senest|inden|frist\w*|deadline|no later than|before)\b", re.IGNORECASE)


def _stated(ctx: Context, framing: set[int]) -> list[Candidate]:
    """A deadline sentence of the one task the question is about that the deadline reader did not
    catch, holding a time and a word the question asks about; its task's title explains the rest."""
    q, index = ctx.q, ctx.index
    if asks_for_tasks(q.text):
        return []  # 'hvilke opgaver har en frist før go-live?' is a list across tasks
    tasks, via = scope(ctx, framing)
    if len(tasks) != 1:
        return []
    words = [t for t in q.content() if t.pos not in framing and t.weight >= 0.3]
    best: tuple[float, int, set[int]] | None = None
    for pid in index.task_passage_ids(tasks[0]):
        said = index.passages[pid].text
        if not _DEADLINE_WORDS.search(said) or not holds(Expect.TIME, said):
            continue
        # not the words of a purpose clause ('..., så de kan nå uddannelsen' is no time for the training)
        main = content_keys(_PURPOSE.split(said, maxsplit=1)[0])
        # nor the words of the anchor of a deadline read there ('inden udgangen af bølgens testperiode' does
        # not say when the testperiode ends)
        read = [e for d in index.task_deadlines.get(tasks[0], ()) if (e := index.deadlines[d]).passage == pid]
        hit = {t.pos for t in words if any(index.passage_has(pid, k) and k in main
                                           and not any(_only_in_anchor(e, k) for e in read) for k in t.keys)}
        weight = sum(q.tokens[p].weight for p in hit)
        if hit and (best is None or weight > best[0]):
            best = (weight, pid, hit)
    if best is None:
        return []
    title = content_keys(ctx.task(tasks[0]).title)
    explained = framing | best[2] | {t.pos for t in words if set(t.keys) & title}
    said = quote(ITEM.sub("", index.passages[best[1]].text), ctx.lang)
    return [Candidate("deadline", said, tasks, explained, prior=0.95)]


# Where a deadline's anchor starts: 'Godkendelsen skal ske inden for 7 arbejdsdage efter, at KOMBIT
# har sendt anmodningen' says when the approval is due, not when KOMBIT sends; nor is 'Navnene meldes
# ind senest 8 uger før go-live, så de kan nå uddannelsen' a date for the training.
_ANCHOR = re.compile(r"\b(efter,? at|efter|når|fra|after|once|from)\b", re.IGNORECASE)
# the event a deadline is counted back from, go-live aside: 'senest 2 uger før testperioden starter' says
# nothing of when the test period is
_BACK_FROM = re.compile(r"\b(før|inden|forud for|before|prior to)\b", re.IGNORECASE)
_PURPOSE = re.compile(r",\s*(?:så|so that)\s", re.IGNORECASE)


def _only_in_anchor(entry, k: str, index=None) -> bool:
    """Whether a question word is in the deadline's anchor (or the purpose clause of its sentence)
    but not in what the deadline is for."""
    said = entry.deadline.text
    if index is not None and entry.passage is not None:
        before, *purpose = _PURPOSE.split(index.passages[entry.passage].text, maxsplit=1)
        if purpose and k in content_keys(purpose[0]) and k not in content_keys(before):
            return True
    parts = _ANCHOR.split(said, maxsplit=1)
    if len(parts) < 3 and entry.deadline.anchor != GOLIVE:
        parts = _BACK_FROM.split(said, maxsplit=1)
    if len(parts) < 3:
        return False
    return k not in content_keys(parts[0]) and k in content_keys(parts[2]) and k not in _about_keys(entry)


def _about_keys(entry) -> set[str]:
    return content_keys(entry.deadline.about or "")
