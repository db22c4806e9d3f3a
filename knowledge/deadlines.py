"""Deadlines written in a task's text ('senest 30 dage før go-live', 'inden for fem arbejdsdage efter
modtagelsen') as `TextDeadline`s, and what they mean in calendar days."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from knowledge.dates import MONTHS_DA_RE, WEEKDAYS_DA
from knowledge.deadline_about import (
    _BARE_IMPERATIVE,
    _IT_AS_OBJECT,
    _IT_DONE,
    _NO_THING,
    _about,
    _document,
    _is_party,
    concerns,
    item_subject,
    named_in_full,
)
from knowledge.deadline_anchors import (
    _AFTER_CUE,
    _DEMAND,
    _NAMED_ANCHORS,
    _RECEIVED_WHAT,
    GOLIVE,
    RECEIPT,
    _anchor,
    _at_golive,
    golive_said,
)
from knowledge.deadline_clauses import (
    _ASIDE_FIRST,
    _SINCE,
    EVENT_CLAUSE,
    _after_semicolon,
    _clause,
    _clause_after,
    _clause_cut,
    _clause_start,
    _since_clause,
)
from knowledge.deadline_lengths import (
    _COMPARED,
    _DEADLINE,
    _LATEST_AFTER,
    _OFFSET,
    _ONE,
    _UNIT_WORD,
    _UNTIL,
    _WITHIN,
    NUMBERS,
    _has_unit,
    _in_hours,
    _span,
    calendar_offset,
)
from knowledge.deadline_objects import _IMPERATIVE
from knowledge.extract import sentences, texts
from knowledge.fold import key
from knowledge.lexicon import ORDINALS, ordinal_words
from knowledge.models import DeadlineKind, DeadlineUnit, Task, TextDeadline

# The readers of date and week deadlines are imported where a task's text is parsed,
# not here: answering a question and planning reminders use only GOLIVE, concerns and calendar_offset.
# the names other modules import from here
__all__ = ["EVENT_CLAUSE", "GOLIVE", "RECEIPT", "calendar_offset", "concerns",
           "extract_deadlines", "item_subject", "pipe_rows", "sentence_deadlines"]

_MARKER = re.compile(r"^\s*(?:[-•*–]\s+|\[[ xX✓]?\]\s+|[☐☑☒]\s+)+")  # a bullet, a checklist's box


def extract_deadlines(task: Task, *, rows: list[list[str]] = ()) -> list[TextDeadline]:
    """Every deadline the task's texts state, once each, in the order the texts give them. `rows`:
    the cells of the export's table rows, each cell a line of the text ('Senest 6 uger før go-live'
    is about what its row's other cells name)."""
    found: dict[tuple, TextDeadline] = {}
    signed = {s.document for s in task.signatures}
    row_of = {cell: " | ".join(row) for row in rows if len(row) > 1 for cell in row}
    step_before = ""  # the step before: what 'den' in 'Send den til KOMBIT senest ...' is
    for step, text in texts(task):
        last_doc: str | None = None
        came_in: str | None = None  # what the sentence before says the municipality is sent
        paragraphs: list[str] = []  # the sentences of the text's earlier lines
        for line in text.split("\n") if signed or _has_unit(text) else ():
            # earlier sentences of the list item or paragraph (what 'Den' is), or the line's table row
            before: list[str] = [row_of[line]] if line in row_of else [step_before] if step_before and (
                _IT_DONE.match(line) or _BARE_IMPERATIVE.match(line)) else []
            for sentence in sentences(line):
                if _has_unit(sentence):  # every deadline has one of these words; most sentences have none
                    for deadline in _with_earlier(
                            sentence_deadlines(sentence, step=step, documents=signed, last=last_doc,
                                               previous=tuple(before), came_in=came_in),
                            sentence, step=step, documents=signed, last=last_doc, before=tuple(before),
                            paragraphs=paragraphs, in_row=line in row_of):
                        # 'Dagen oprettes ...' after 'Færgedagen holdes ...': the compound named before
                        # (a paper signed in the task keeps the name its signature has)
                        earlier = [*paragraphs, *before]
                        full = named_in_full(deadline.about, earlier) \
                            if deadline.about and deadline.about not in signed else deadline.about
                        if full != deadline.about:
                            deadline = deadline.model_copy(update={"about": full})
                        key = (deadline.days, deadline.unit, deadline.anchor, deadline.about, deadline.year)
                        found.setdefault(key, deadline)
                if signed:
                    last_doc = _document(sentence, signed) or last_doc
                came_in = received(sentence)
                before.append(sentence)
            paragraphs += before if line not in row_of else []
        step_before = text.split("\n")[-1] if step is not None else ""
    from knowledge.date_deadlines import is_date_deadline, table_date_deadlines

    for deadline in table_date_deadlines([*rows, *pipe_rows(task)]):
        key = (deadline.days, deadline.unit, deadline.anchor, deadline.about, deadline.year)
        found.setdefault(key, deadline)
    # a date read twice, once where the text says what it concerns ('Indsend indberetningen senest 31. januar'
    # as a step and in a summary of the steps), is one deadline
    about = {(d.anchor, d.days) for d in found.values() if d.about and is_date_deadline(d)}
    # so is a deadline said twice, once where it says what it concerns ('Nedlæg brugerne senest 10 dage
    # efter go-live' as a step, 'Frist: senest 10 dage efter go-live' in the description)
    said = {(d.days, d.unit, d.anchor, d.year, d.kind) for d in found.values() if d.about}
    kept = [d for d in found.values()
            if d.about or ((d.anchor, d.days) not in about or not is_date_deadline(d))
            and (d.days, d.unit, d.anchor, d.year, d.kind) not in said]
    return _abouts_as_written(kept, task)


def _abouts_as_written(deadlines: list[TextDeadline], task: Task) -> list[TextDeadline]:
    """A one-word 'about' whose definite ending changed its stem ('kurset', 'overførslen', 'registret'), in
    the form the task itself writes without that ending ('kursus', 'overførsel', 'register'): only a form
    some word of the task is or ends with (a compound's head, 'superbrugerkursus'), never one made up."""
    changed = {d.about: bare for d in deadlines if d.about and (bare := _stem_changed(d.about))}
    if not changed:
        return deadlines
    seen = {w.casefold() for _, text in texts(task) for w in _WORD.findall(text)}
    written = {about: about[:1] + bare[1:] for about, bare in changed.items()
               if any(w == bare or w.endswith(bare) and len(w) - len(bare) >= 3 for w in seen)}
    return [d.model_copy(update={"about": written[d.about]}) if d.about in written else d for d in deadlines]


_WORD = re.compile(r"[^\W\d_]{5,}")


def _stem_changed(about: str) -> str | None:
    """The form without the definite ending of a word whose ending changed its stem: a Latin -us ('kurset'
    -> 'kursus'), the e of -el/-er dropped ('overførslen' -> 'overførsel', 'registret' -> 'register')."""
    low = about.casefold()
    if " " in low or len(low) < 6:
        return None
    if low.endswith("et") and re.search(r"[^aeiouyæøå]set$", low):
        return low[:-2] + "us"
    if m := re.fullmatch(r"(.*[^aeiouyæøå])([lr])(?:en|et)", low):
        return m[1] + "e" + m[2]
    return None


def _with_earlier(found: list[TextDeadline], sentence: str, *, step: int | None, documents: set[str],
                  last: str | None, before: tuple[str, ...], paragraphs: list[str], in_row: bool
                  ) -> list[TextDeadline]:
    """A deadline whose sentence does not say what it is about, read again with the paragraph before it
    ('Leverandøren udarbejder en fejlliste.' then, as a paragraph of its own, 'Kommunen har 10 arbejdsdage
    fra modtagelsen til at kommentere den.'): 'den' is what the text spoke of last."""
    if in_row or not paragraphs or all(d.about for d in found) or _MARKER.match(paragraphs[-1]) or \
            _MARKER.match(sentence):  # a list item speaks of its own thing
        return found
    again = {(d.days, d.unit, d.anchor): d.about
             for d in sentence_deadlines(sentence, step=step, documents=documents, last=last,
                                         previous=(paragraphs[-1], *before))}
    return [d.model_copy(update={"about": again.get((d.days, d.unit, d.anchor))}) if d.about is None else d
            for d in found]


def pipe_rows(task: Task) -> list[list[str]]:
    """The rows of the markdown tables in the task's texts ('| Testplan | 1. april 2027 |'), in order."""
    return [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for _, text in texts(task) if "|" in text for line in text.split("\n")
            if line.lstrip().startswith("|") and not re.fullmatch(r"[\s|:-]+", line)]


# '10 dage fra bestilling til levering' is how long it takes ('fra modtagelsen til at underskrive den' is not)
_FROM_TO = re.compile(r"\btil\s(?!at\b)", re.I)
# 'har 14 dage fra modtagelsen til at returnere aftalen til KOMBIT': the deed after 'til at' is no span's end
_TO_DO_IT = re.compile(r"\btil\s+at\b", re.I)
# Adverbs joined to a deadline ('hurtigst muligt og senest ...', 'gerne før og senest ...') belong to it
_WITH_DEADLINE = re.compile(r"\s*\b(?:hurtigst\s+muligt|snarest(?:\s+muligt)?|gerne|helst|i\s+god\s+tid)"
                            r"\s*(?:,|og|eller)?$", re.I)
# A deadline between a modal and its verb: 'Plejefamilierne skal senest ... have modtaget et brev'
_MODAL_END = re.compile(r"\b(?:skal|må|bør)$", re.I)


@dataclass
class _Reading:
    """How far reading a sentence's lengths got: the deadlines found, where the last anchor read ended, where
    the clause of the first length that is no deadline's begins, and the earlier sentences 'den' points to."""
    out: list[TextDeadline]
    previous: tuple[str, ...]
    done: int = 0
    unread_from: int | None = None


def sentence_deadlines(sentence: str, *, step: int | None = None, documents: set[str] = frozenset(),
                       last: str | None = None, previous: tuple[str, ...] = (),
                       came_in: str | None = None) -> list[TextDeadline]:
    """The deadlines of one sentence; `previous` are the earlier sentences of its list item or paragraph,
    `came_in` what the sentence just before it says another party sends the municipality (`received`)."""
    out = []
    if not _UNIT_WORD.search(sentence):  # every deadline has one of these words; most sentences have none
        return out
    whole = _MARKER.sub("", sentence)  # '- Lokale brugerkonti nedlægges senest ...': the item's words
    read = _length_deadlines(whole, step=step, documents=documents, last=last, previous=previous)
    out, previous = read.out, read.previous
    if not out:
        out += _counted_from_opening(whole, came_in=came_in, step=step, documents=documents, last=last,
                                     previous=previous)
    if not out:
        out += _until_deadlines(whole, step=step, documents=documents, last=last, previous=previous)
    out += _offset_deadlines(whole, step=step, documents=documents, last=last, previous=previous)
    if at := _at_golive_too(whole, read, found=out, step=step, documents=documents, last=last):
        out.append(at)
    out += _nth_week(whole, step, documents, last, previous)
    from knowledge.date_deadlines import date_deadlines
    from knowledge.week_deadlines import week_deadlines

    def about(part: str) -> str | None:
        return _about(part, step, documents, last, previous)

    return out + week_deadlines(whole, instruction=step is not None and bool(_IMPERATIVE.match(whole)),
                                about=about) + date_deadlines(whole, about=about)


def _length_deadlines(whole: str, *, step: int | None, documents: set[str], last: str | None,
                      previous: tuple[str, ...]) -> _Reading:
    """The deadlines of the lengths a sentence says ('senest 30 dage før go-live', 'ugen efter modtagelsen'),
    in order, each read in its own clause."""
    # done: where the last deadline's anchor ended; unread_from: where the clause of the first length that is
    # no deadline's begins: no demand AT go-live is read from that clause on ('... senest ved go-live og
    # gælder i 2 år efter go-live' keeps the deadline before it)
    read = _Reading(out=[], previous=previous)
    for m in _deadline_matches(whole):
        kind = _kind(whole[read.done:m.start()], m)
        if m["one"]:
            if _one_is_a_period(whole, m, kind=kind):
                continue
            n, unit = 1, _ONE[m["one"].casefold()]
        elif (span := _span(m)) and not (not m["lead"] and _COMPARED.search(whole[:m.start()])):
            n, unit = span
        else:  # '36 timer før go-live' (whole in no unit), 'Aflyses mødet mindre end 2 dage før, ...' (a
            # comparison in a condition): no deadline, and not one AT go-live either
            if read.unread_from is None:
                read.unread_from = _clause_cut(whole[:m.start()])
            read.done = m.start("anchor") + _anchor(m["anchor"])[1]
            continue
        direction = m["dir"].casefold()
        if direction == "ifølge":
            continue
        before = direction in {"før", "inden", "forinden"} or direction.startswith(("forud", "i "))
        if (m["lead"] or "").casefold() in {"højst", "op til", "ca.", "cirka", "omkring"} and not before:
            continue  # 'det kan tage op til 5 arbejdsdage efter ...' is how long it takes
        said = whole[:m.start("n") if m["n"] else m.start()]
        if not m["lead"] and _TAKES_PLACE.search(said[_clause_start(said):]):
            # 'Kurset afholdes 2 uger før go-live' says when, no deadline: its clause is read, so a deadline
            # after it is read in a clause of its own. ('kan tidligst begynde 6 uger før go-live' and 'bevares
            # i 12 måneder efter go-live' stay deadlines: the users' when-questions are answered by them.)
            read.done = m.start("anchor") + _anchor(m["anchor"])[1]
            continue
        anchor, anchor_end = _anchor(m["anchor"])
        if before and _said_back(m, direction, anchor=anchor):
            anchor, anchor_end = _golive_back(whole, m, read), 0
        if _no_deadline_at(whole, m, anchor=anchor, direction=direction):
            continue
        text, about = _in_clause(whole, m, read, anchor=anchor, anchor_end=anchor_end, step=step,
                                 documents=documents, last=last)
        read.out.append(TextDeadline(text=text, days=-n if before else n, unit=unit, anchor=anchor,
                                     about=about, kind=kind))
        read.done = m.start("anchor") + anchor_end
    return read


def _said_back(m: re.Match[str], direction: str, *, anchor: str | None) -> bool:
    """Whether a length counted back names no anchor after it: 'to måneder forinden', '4 uger i forvejen'
    (adverbs: what follows is no anchor unless it names one, 'forinden go-live'), a bare 'før' at the end."""
    adverb = direction == "forinden" or direction.startswith("i ")
    return (adverb and anchor not in _NAMED_ANCHORS) or (anchor is None and not m["anchor"].strip(" ,"))


def _golive_back(whole: str, m: re.Match[str], read: _Reading) -> str | None:
    """GOLIVE when the words just before a length counted back with no anchor name go-live: in the sentence
    (the deadline's clause is then the one after them: '..., og planen skal ...') or the sentence before;
    None for any other event (from when is not sure)."""
    if (said_at := golive_said(whole[:m.start()])) is not None:
        if _OTHER_TIME.search(whole, said_at, m.start()):
            return None
        read.done = max(read.done, said_at)
        return GOLIVE
    return GOLIVE if read.previous and golive_said(read.previous[-1]) is not None and \
        not _OTHER_TIME.search(whole, 0, m.start()) else None


# A nearer time or event between go-live and the length counted back ('Kurset holdes i uge 10, og
# materialerne skal bestilles to uger forinden'): it is counted from that, not from go-live
_OTHER_TIME = re.compile(r"\d|\b(?:uge|" + MONTHS_DA_RE + "|" + "|".join(WEEKDAYS_DA) +
                         r"|holdes|afholdes|finder\s+sted|starter|begynder|flytter)\b", re.I)


def _in_clause(whole: str, m: re.Match[str], read: _Reading, *, anchor: str, anchor_end: int,
               step: int | None, documents: set[str], last: str | None) -> tuple[str, str | None]:
    """A length's deadline read in its own clause: its words and what it is about. A clause that opens with
    a pronoun ('..., og de skal ...') adds the sentence before it to `read.previous`."""
    # '..., og superbrugerne skal have gennemført e-læringen inden for 3 uger ...': a second deadline
    # in a clause of its own is read in that clause
    # ('Testen gennemføres i perioden op til go-live; den skal være afsluttet senest ...': a clause
    # after a semicolon is one of its own for the first deadline too)
    offset = _clause_after(whole, read.done, m.start()) if read.done else \
        _after_semicolon(whole, m.start())
    sentence = whole[offset:]
    # ('..., og det endelige udtræk leveres ...': an article before an adjective is no pronoun)
    # ('..., og kommunen skal kontrollere dem senest ...': a pronoun object too)
    if offset and (re.match(r"(?:de|den|det)\s(?![a-zæøå]{2,}e\s+[a-zæøå]{3,})", sentence, re.I)
                   or _IT_AS_OBJECT.search(sentence)):
        read.previous = (*read.previous, whole[:offset])  # '..., og de skal deltage i træning senest ...'
    start = (m.start("lead") if m["lead"] else m.start("n") if m["n"] else m.start("one")) - offset
    anchor_at = m.start("anchor") - offset
    text = sentence[:anchor_at + anchor_end].strip(" ,")
    if not sentence[:start].strip():
        text = sentence.rstrip(" .")  # 'Senest 30 dage før go-live skal aftalen være returneret'
    about = _length_about(sentence, m, start=start, anchor_at=anchor_at, anchor=anchor,
                          anchor_end=anchor_end, step=step, documents=documents, last=last,
                          previous=read.previous)
    if about is None and (own := _clause_start(sentence[:start])):
        # 'X laver en prøvekørsel, og kommunen skal melde fejl inden for ...': the sentence as a whole names
        # nothing the deadline concerns, the deadline's own clause does
        about = _length_about(sentence[own:], m, start=start - own, anchor_at=anchor_at - own, anchor=anchor,
                              anchor_end=anchor_end, step=step, documents=documents, last=last,
                              previous=(*read.previous, sentence[:own]))
    return _clause(text, start), about


def _one_is_a_period(whole: str, m: re.Match[str], *, kind: DeadlineKind) -> bool:
    """Whether a length said as one of its unit ('i ugen efter go-live') is a period, not a deadline."""
    said = whole[:m.start("one")]
    # 'leveres ugen før go-live', 'Klasseundervisning: ugen før go-live': as '2 uger før' is there
    done_then = not m["lead"] and _ONE_DONE.search(said)
    # ('kan tidligst ... dagen efter' is an earliest day)
    return bool(kind != DeadlineKind.EARLIEST and not done_then and (
        (m["lead"] or "").casefold() not in {"senest", "allerede"} and not _DONE_IN.search(said)
        and not _DUE_ON.search(said) or (not m["lead"] and not _DEMAND.search(whole))))


def _no_deadline_at(whole: str, m: re.Match[str], *, anchor: str | None, direction: str) -> bool:
    """Whether a length with its anchor read is still no deadline: no anchor, hours before an event of its
    own, or what usually happens or how long something takes."""
    if not anchor or (not m["lead"] and _in_hours(m) and anchor not in _NAMED_ANCHORS):
        # 'Påmindelsen sendes 24 timer før samtalen': hours before an event of its own say when a
        # routine runs, not by when the task's work is due (as '48 timer efter modtagelsen' is)
        return True
    # 'Leverandøren svarer normalt inden for 3 dage', '10 dage fra bestilling til levering'
    return bool((m["lead"] or "").casefold() != "senest" and (
        _USUALLY.search(whole) or (direction == "fra" and _FROM_TO.search(_TO_DO_IT.split(m["anchor"])[0]))))


def _length_about(sentence: str, m: re.Match[str], *, start: int, anchor_at: int, anchor: str,
                  anchor_end: int, step: int | None, documents: set[str], last: str | None,
                  previous: tuple[str, ...]) -> str | None:
    """What the deadline of a length is about, read in its clause (`sentence`: the length at `start`, its
    anchor at `anchor_at`)."""
    # 'Senest ... før go-live: kontrollér X'; past an aside ('Senest ... go-live – og gerne før – skal X')
    rest = _ASIDE_FIRST.sub("", sentence[anchor_at + anchor_end:]).strip(" ,:;–-")
    # 'Kommunen skal senest 30 dage før go-live have returneret aftalen': read without the deadline
    # ('Indsend hurtigst muligt og senest ... X': the adverbs joined to the deadline go with it)
    lead_in = _WITH_DEADLINE.sub("", sentence[:start].rstrip())
    cut = f"{lead_in} {rest}" if rest and not _DEADLINE.match(rest) else sentence
    about = _about(sentence, step, documents, last, previous) if sentence[:start].strip() else \
        _about(rest, step, documents, last, previous)
    weak = about is None or about == f"trin {step}" or _is_party(about) or _MODAL_END.search(lead_in)
    if sentence[:start].strip() and cut != sentence and weak and \
            (other := _about(cut, step, documents, last, previous)):
        about = other
    # ('Senest 10 dage efter at have modtaget aftalen skal kommunen returnere den': the same, as object)
    if about is None and re.match(_IT_AFTER, rest):
        # 'Senest 14 dage efter, at aftalen er modtaget, skal den returneres': 'den' is the anchor's thing
        said = _AFTER_CUE.sub("", m["anchor"][:anchor_end]).strip(" ,")
        # 'efter, at kommunen har modtaget testrapporten': what was received
        said = re.sub(r"^(?:kommunen|i|vi|du|man)\s+(?:har\s+)?(?:modtaget|fået|modtager|får)\s+(.+)$",
                      lambda got: f"{got.group(1)} er modtaget", said, flags=re.I)
        about = _about(said, step, documents, None, ())
    if about is None and anchor == RECEIPT and (got := _RECEIVED_WHAT.match(m["anchor"])):
        # 'Svar KOMBIT senest 5 arbejdsdage efter modtagelsen af spørgeskemaet': what was received
        about = _about(f"{got.group(1)} er modtaget", step, documents, None, ()) or got.group(1).casefold()
    return about


def _counted_from_opening(whole: str, *, came_in: str | None, step: int | None, documents: set[str],
                          last: str | None, previous: tuple[str, ...]) -> list[TextDeadline]:
    """A span with no anchor after it ('inden for 5 arbejdsdage', 'senest 3 dage efter'), counted from the
    event the sentence opens with or from what the sentence before says was received."""
    if m := _WITHIN.search(whole) or _LATEST_AFTER.search(whole):
        if lead := _SINCE.match(part := _since_clause(whole, m.start())):
            return list(filter(None, [_since(part, m, lead, step, documents, last, previous)]))
        if got := _from_receipt(whole, m, came_in, step, documents, last, previous) or \
                _receipt_confirmed(whole, m):
            return [got]
    return []


# 'KOMBIT bekræfter modtagelsen inden for 5 arbejdsdage', 'Leverandøren kvitterer for modtagelsen af listen
# inden for 2 dage': a confirmation of the receipt counts from the receipt itself
_CONFIRMS_RECEIPT = re.compile(r"\b(?P<verb>bekræft|kvitter)(?:er|e)\s+(?P<of>(?:for\s+)?modtagelsen)"
                               r"(?:\s+af\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*$", re.I)


# a condition or a denial before the confirming verb: no deadline is set by it
_UNLESS_DONE = re.compile(r"\b(?:hvis|såfremt|medmindre|ikke|aldrig)\b", re.I)


def _receipt_confirmed(sentence: str, m: re.Match[str]) -> TextDeadline | None:
    """A span with no anchor right after the confirming of a receipt ('Grillborg Service bekræfter
    modtagelsen inden for 6 arbejdsdage og ...'): +N from the receipt, about the confirming."""
    before = sentence[:m.start()].rstrip()
    if not (said := _CONFIRMS_RECEIPT.search(before)) or _USUALLY.search(sentence) or not (span := _span(m)):
        return None
    start = _clause_start(before)
    if _UNLESS_DONE.search(before[start:said.start()]):
        return None  # 'Hvis I ikke bekræfter modtagelsen inden for 3 dage, annulleres ...': a condition
    n, unit = span
    about = f"{said['verb'].casefold()}e {said['of'].casefold()}"
    return TextDeadline(text=sentence[start:m.end()].strip(" ."), days=n, unit=unit, anchor=RECEIPT,
                        about=about)


def _until_deadlines(whole: str, *, step: int | None, documents: set[str], last: str | None,
                     previous: tuple[str, ...]) -> list[TextDeadline]:
    """'når der er 14 dage til go-live': N units before the anchor."""
    out = []
    for m in _UNTIL.finditer(whole):
        anchor, anchor_end = _anchor(m["anchor"])
        if anchor and (span := _span(m)):
            n, unit = span
            about = _about(whole[:m.start()].rstrip(" ,"), step, documents, last, previous)
            text = whole[_clause_start(whole[:m.start()]):m.start("anchor") + anchor_end]
            out.append(TextDeadline(text=text, days=-n, unit=unit, anchor=anchor, about=about))
    return out


def _offset_deadlines(whole: str, *, step: int | None, documents: set[str], last: str | None,
                      previous: tuple[str, ...]) -> list[TextDeadline]:
    """'Frist: go-live minus 30 dage', 'Go-live -14 dage': an offset from go-live."""
    out = []
    for m in _OFFSET.finditer(whole):
        if not (span := _span(m)):
            continue
        n, unit = span
        rest = (whole[:m.start()] + whole[m.end():]).strip(" ,.:")
        # 'Ved go-live minus 3 uger skal testen ...': the word before the offset is no thing
        rest = re.sub(r"^(?:ved|på|til|senest|inden|før)\s+(?=skal|må|bør)", "", rest, flags=re.I)
        about = _about(rest, step, documents, last, previous) if rest else None
        out.append(TextDeadline(text=m.group(0), days=n if m["sign"] in {"+", "plus"} else -n, unit=unit,
                                anchor=GOLIVE, about=about))
    return out


def _at_golive_too(whole: str, read: _Reading, *, found: list[TextDeadline], step: int | None,
                   documents: set[str], last: str | None) -> TextDeadline | None:
    """A deadline at go-live itself: the sentence's only one ('Aftalen skal returneres inden go-live'), or
    one in a clause after the last length read ('... senest to uger efter opstartsmødet, og X skal have
    gennemført Y inden go-live'). `found`: the sentence's deadlines so far."""
    if not found:
        return _at_golive(whole if read.unread_from is None else whole[:read.unread_from],
                          step, documents, last, read.previous)
    if read.done and (tail := _clause_after(whole, read.done, len(whole))):
        return _at_golive(whole[tail:], step, documents, last, read.previous)
    return None


# 'Fejlene meldes i uge 2 efter go-live', 'senest i den tredje uge efter opstartsmødet': a week counted
# from an event (no week number: week_deadlines leaves it) ends N weeks after it. Counted back ('i uge 2
# før go-live') it is a week whose end is not N weeks before, and is left unread rather than misdated.
_ORDINAL = "|".join(ordinal_words(1, 10, english=False))
_NTH_WEEK = re.compile(r"\b(?P<lead>senest\s+)?i\s+(?:(?:den\s+)?(?P<ord>" + _ORDINAL + r")\s+uge"
                       r"|uge\s+(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"))"
                       r"\s+(?:regnet\s+)?efter\s+(?P<anchor>[^.;!?\n|)]*)", re.I)

# 'Kurset afholdes i uge 2 efter go-live', 'Mødet er i uge 3 efter go-live': when something takes place, no
# deadline (as week_deadlines reads 'afholdes fredag i uge 16')
_HELD = re.compile(r"\b(?:af)?holdes\b|\bfinder\s+sted\b|\bplanlagt\b|\bplanlægges\b|\b(?:er|ligger)\s*$",
                   re.I)


def _nth_week(sentence: str, step: int | None, documents: set[str], last: str | None,
              previous: tuple[str, ...]) -> list[TextDeadline]:
    out = []
    for m in _NTH_WEEK.finditer(sentence) if "uge" in sentence.casefold() else ():
        n = ORDINALS[key(m["ord"])] if m["ord"] else int(m["n"]) if m["n"].isdigit() else \
            NUMBERS[m["n"].casefold()]
        anchor, anchor_end = _anchor(m["anchor"])
        if not anchor or n > 52 or (not m["lead"] and _HELD.search(sentence[:m.start()])):
            continue
        end = m.start("anchor") + anchor_end
        before, rest = sentence[:m.start()], sentence[end:].strip(" ,:;–-")
        about = _about(sentence, step, documents, last, previous) if before.strip() else \
            _about(rest, step, documents, last, previous)
        text = _clause(sentence[:end].strip(" ,"), m.start()) if before.strip() else sentence.rstrip(" .")
        out.append(TextDeadline(text=text, days=n, unit=DeadlineUnit.WEEKS, anchor=anchor, about=about))
    return out


# 'Testen skal være gennemført i ugen før go-live': done within the unit before the event, so by then
# (the period 'i ugen efter go-live' is no deadline)
_DONE_IN = re.compile(r"\b(?:gennemført|afsluttet|færdig\w*|klar|sendt|afleveret|leveret|returneret"
                      r"|underskrevet|godkendt|oprettet|udfyldt|indsendt|uploadet|på\s+plads)"
                      r"\s+(?:senest\s+)?i\s+$", re.I)


# 'Oplæringen finder sted fire uger før go-live', 'Kurset afholdes 2 uger før go-live': when, no deadline
# A passive verb or a list item's label right before 'ugen før', 'dagen efter': a thing done by then
_ONE_DONE = re.compile(r"(?:\b[a-zæøå]{3,}es|^[-•*]?\s*[^\W\d][^:|.]{0,40}:)\s*$", re.I)
_TAKES_PLACE = re.compile(r"\b(?:finder\s+sted|(?:af)?holdes|foregår|er\s+planlagt(?:\s+til)?"
                          r"|planlægges)\s*$", re.I)


# 'kan tidligst begynde 6 uger før go-live', 'ikke tidligere end 3 dage efter': the earliest day, no deadline
# (unless a 'senest' comes between: 'tidligst ... og senest 2 uger før')
_EARLIEST = re.compile(r"\b(?:tidligst|ikke\s+tidligere\s+end)\b(?!.*\bsenest\b)", re.I)
# 'Læseadgangen bevares i 12 måneder efter go-live', 'modtages fortsat i 2 måneder efter': how long
_FOR_A_TIME = re.compile(r"(?:\bi|\bi\s+en\s+periode\s+på)\s*$", re.I)
_BY_LEADS = {"senest", "inden", "inden for", "indenfor", "indefor", "allerede"}


def _kind(said: str, m: re.Match[str]) -> DeadlineKind:
    """A day's kind from the words before it in its clause (`said`) and its lead word."""
    if " ".join((m["lead"] or "").casefold().split()) in _BY_LEADS:
        return DeadlineKind.DEADLINE
    if _EARLIEST.search(said[_clause_start(said):]):
        return DeadlineKind.EARLIEST
    # ('leveret i ugen før testen' is due in that week: only a number of units is a time span)
    for_a_time = m["n"] and not m["lead"] and _FOR_A_TIME.search(said)
    return DeadlineKind.DURATION if for_a_time else DeadlineKind.DEADLINE


# 'Aftalen skal være KOMBIT i hænde ugen før go-live', 'Datavasken skal være afsluttet dagen før X': the
# state demanded right before 'ugen', 'dagen' (a period has a preposition there: 'i ugen før go-live')
_DUE_ON = re.compile(r"\b(?:gennemført|afsluttet|færdig\w*|klar|sendt|afleveret|leveret|returneret|modtaget"
                     r"|underskrevet|godkendt|oprettet|udfyldt|indsendt|uploadet|på\s+plads|i\s+hænde)\s+$",
                     re.I)


# 'skal den returneres', 'skal kommunen returnere den': the thing the anchor names, as subject or object
_IT_AFTER = re.compile(r"(?:skal|må|bør)\s+(?:den|det|de)\s"
                       r"|(?:skal|må|bør)\s+[\w-]+\s+[a-zæøå]+e\s+(?:den|det|dem)\b", re.I)
# How long things usually take, said of a habit: no deadline for the task
_USUALLY = re.compile(r"\b(?:typisk|normalt|sædvanligvis|som\s+regel|oftest|erfaringsmæssigt)\b", re.I)


def _deadline_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Each match of _DEADLINE; the next is looked for after the anchor's own clause, not after the
    sentence's end ('... senest 2 måneder før go-live, og X skal ... inden for 3 uger efter ...')."""
    pos = 0
    while m := _DEADLINE.search(sentence, pos):
        yield m
        pos = max(m.start("anchor") + _anchor(m["anchor"])[1], m.end("dir"))


def _since(sentence: str, m: re.Match[str], lead: re.Match[str], step: int | None, documents: set[str],
           last: str | None, previous: tuple[str, ...]) -> TextDeadline | None:
    if not (span := _span(m)):
        return None
    n, unit = span
    event = lead["event"] or lead["point"]
    anchor = _anchor(event)[0] or event
    rest = sentence[lead.end():].strip(" ,")
    rest = re.sub(r"^(?:har|skal)\s+(?:kommunen|i|vi|man|du)\s+", "Kommunen skal ", rest, flags=re.I)
    rest = re.sub(r"\s*\b\d+\s+\w+\s+til\s+at\s+", " ", rest)  # 'har kommunen 30 dage til at rydde op'
    return TextDeadline(text=sentence.strip(" ."), days=n, unit=unit, anchor=anchor,
                        about=_about(rest, step, documents, last, previous))


# 'Leverandøren sender en ændringsaftale (til kommunen)', 'KOMBIT fremsender jer X', 'Kommunen modtager X':
# a paper another party sends the municipality, and what it is
_CAME_IN = re.compile(r"^(?!(?:kommunen|i|vi|du|man|jeres|kommunens)\b)(?:[\w'’-]+\s+){1,3}?"
                      r"(?:sender|fremsender|udsender|tilsender|oversender|leverer)\s+(?:(?:kommunen|jer|os)\s+)?"
                      r"|^(?:kommunen|i|vi)\s+(?:modtager|får\s+tilsendt|får)\s+", re.I)
_A_THING = re.compile(r"(?:(?:en|et|den|det|de|sin|sit|sine|jer|kommunen)\s+)*(?P<thing>[^\W\d_][\w-]{3,})",
                      re.I)
# what refers back to the paper: a pronoun, or a relative clause on it ('..., som kommunen skal kommentere')
_BACK = re.compile(r"\b(?:den|det|dem|de|denne|dette|som)\b", re.I)


def received(sentence: str) -> str | None:
    """What another party sends the municipality in `sentence`, as written ('ændringsaftale'), else None."""
    if (m := _CAME_IN.match(sentence.strip())) and (thing := _A_THING.match(sentence.strip(), m.end())):
        return thing["thing"].casefold()
    return None


def _stem(word: str) -> str:
    # 'aftalen', 'aftale' -> 'aftal'; 'rapporten' -> 'rapport': the word without its ending
    return re.sub(r"(?:erne|ene|en|et|ne|er|e)$", "", word.casefold()) if len(word) > 5 else word.casefold()


def _refers_to(clause: str, thing: str) -> bool:
    """The deadline's clause speaks of the paper received: by a pronoun, or by its name or its head noun
    ('Aftalen returneres' after 'sender en databehandleraftale')."""
    return bool(_BACK.search(clause)) or any(
        len(w) > 3 and (_stem(thing).endswith(_stem(w)) or _stem(w).endswith(_stem(thing)))
        for w in re.findall(r"[^\W\d_][\w-]*", clause))


def _from_receipt(sentence: str, m: re.Match[str], came_in: str | None, step: int | None, documents: set[str],
                  last: str | None, previous: tuple[str, ...]) -> TextDeadline | None:
    """'Leverandøren sender en ændringsaftale. Den returneres inden for 10 arbejdsdage.' and 'Leverandøren
    sender en testrapport, som kommunen skal kommentere inden for 5 arbejdsdage': a span with no anchor said
    of a paper the municipality has just been sent counts from its receipt (a span said of anything else
    stays unread: from when is not said)."""
    thing = received(sentence[:m.start()])  # said in the sentence itself: the span is said of it
    if not thing and came_in and _refers_to(sentence[:m.start()], came_in):
        thing = came_in
    if not thing or _USUALLY.search(sentence) or not (span := _span(m)):
        return None
    n, unit = span
    about = _about(sentence, step, documents, last, previous)
    if about is None or about.casefold() in _NO_THING or _is_party(about):
        about = _document(thing, documents) or thing
    return TextDeadline(text=sentence.strip(" ."), days=n, unit=unit, anchor=RECEIPT, about=about)
