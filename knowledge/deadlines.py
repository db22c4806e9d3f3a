"""Deadlines written in a task's text ('senest 30 dage før go-live', 'inden for fem arbejdsdage efter
modtagelsen') as `TextDeadline`s, and what they mean in calendar days."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from knowledge.extract import sentences
from knowledge.fold import key
from knowledge.language import (
    ARTICLES,
    POINTING_BACK,
    STOP_WORDS,
    US,
    document_lemma,
    is_person,
    is_plural,
    lower_first,
    words,
)
from knowledge.lexicon import ORDINALS, number_words
from knowledge.models import DeadlineKind, DeadlineUnit, Task, TextDeadline
from knowledge.units import DEFINITE, FRACTIONS, UNITS, TimeUnit, unit_words, whole_length

# The readers of signatures, approvals and week deadlines are imported where a task's text is parsed,
# not here: answering a question and planning reminders use only GOLIVE, concerns and calendar_offset.

NUMBERS = number_words(1, 90, english=False)
# the deadline units' Danish words (knowledge/units.py), singular and plural, and those in the genitive
# ('3 ugers varsel', '1 måneds frist')
# (hours and years too: '48 timer', 'et halvt år' are whole days and months, units.whole_length)
_UNITS = [(u, "|".join(w + s for s in ("s", "") for w in unit_words(u.name, english=False)))
          for u in UNITS if u.deadline is not None or u.name in {"hour", "year"}]
# a number in digits ('1,5' too) or words, or a fraction in words ('halvanden', 'en halv', 'et halvt')
_NUMBER = (r"(?P<n>\d{1,3}(?:,5)?|" + "|".join(r"\s+".join(f.split()) for f in FRACTIONS) + "|"
           + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")")
_UNIT = "(?P<unit>" + "|".join(f"(?P<u{i}>{p})" for i, (_, p) in enumerate(_UNITS)) + ")"
# 'senest dagen efter modtagelsen', 'senest ugen før go-live': one of the unit, the number left out
_ONE = {w: u.deadline for u in UNITS if u.deadline is not None
        for w in unit_words(u.name, forms=(DEFINITE,), english=False)}
_DEADLINE = re.compile(
    r"\b(?P<lead>(?:inden\s+for|indenfor|i\s+løbet\s+af)\s+de\s+første(?=\s+\S+\s+\S+\s+efter\b)"
    r"|senest|inden\s+for|indenfor|indefor|inden|mindst|allerede|højst|op\s+til|ca\.|cirka|omkring)?\s*"
    r"(?:" + _NUMBER + r"\s+" + _UNIT + r"(?:\s+(?:varsel|forvarsel|frist))?"
    # 'har 10 hverdage til at returnere aftalen, regnet fra ...': the window's deed between it and its anchor
    r"(?:\s+til\s+at\s+(?P<deed>[^.;!?\n|()]{3,80}?),?(?=\s+regnet\s))?"
    r"|(?P<one>" + "|".join(_ONE) + r"))"
    r"\s+(?:regnet\s+)?(?P<dir>før|forud\s+for|forinden|inden|efter|fra|ifølge)\b\s*,?\s*"
    r"(?P<anchor>[^.;!?\n|)]*)", re.I)  # '(senest 3 uger før teststart)': the bracket ends it
# 'Arbejdet skal være færdigt, når der er 14 dage til go-live': N units before the anchor
_UNTIL = re.compile(r"\b(?:når|da)\s+der\s+(?:er|mangler)\s+(?:mindst\s+)?" + _NUMBER + r"\s+" + _UNIT
                    + r"\s+(?:tilbage\s+)?til\s+(?P<anchor>[^.;!?\n|)]*)", re.I)
_OFFSET = re.compile(r"\b(?:go[\s-]?live|golive)\s*(?P<sign>-|–|minus|\+|plus)\s*" + _NUMBER + r"\s+" + _UNIT
                     + r"\b", re.I)
# 'Når testen er godkendt, skal resultatet meldes inden for (inden) 5 arbejdsdage', 'Efter go-live har
# kommunen 30 dage til at rydde op': a span with no anchor after it counts from the event the sentence
# opens with
_WITHIN = re.compile(r"\b(?:inden\s+for|indenfor|inden|har\s+\w+\s+|har)\s*" + _NUMBER + r"\s+" + _UNIT
                     + r"(?!\s+(?:før|efter|fra|inden|forud))\b", re.I)
# 'Når testen er gennemført, skal rapporten sendes senest 3 dage efter': after the event the sentence opens
_LATEST_AFTER = re.compile(r"\bsenest\s+" + _NUMBER + r"\s+" + _UNIT
                           + r"\s+(?:efter|derefter)(?=\s*(?:[.;]|$))", re.I)
_SINCE = re.compile(r"(?:når|efter|fra)\s+(?:at\s+)?(?P<event>[^,]{3,80}?)\s*,|(?:efter|fra)\s+(?P<point>\S+)"
                    r"(?=\s+(?:har|skal)\b)", re.I)
# every deadline has one of these words: a unit, go-live itself ('inden go-live'), the word that puts a
# deadline at an event itself ('inden første udbetaling', 'senest ved opgavens afslutning') or a date
_UNIT_WORD = re.compile(r"dag|døgn|uge|måned|live|\btimer?\b|\bårs?\b|idrift|ibrug|driftsstart"
                        r"|\b(?:senest|inden|før)\b"
                        r"|\d\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|\d[./]\d{1,2}[./-]20\d\d",
                        re.I)
# An event in its own words that a deadline can be at ('første udbetaling', 'konverteringen',
# 'opstartsmødet'): a definite noun or 'første/sidste' + noun, at most three words, no verb
# ('første testperiode', 'første test': after 'første', 'sidste', 'næste' the noun is indefinite)
_EVENT = re.compile(r"(?:første|sidste|endelige|næste)\s+"
                    r"(?!(?:måned|uge|år|kvartal|halvår|dag|gang|time)\w*$)[a-zæøå][\w-]{3,}"
                    r"|(?:(?:første|sidste|endelige|næste)\s+)?(?:[\w-]+(?:'s|’s|ens|ets)\s+)?"
                    r"[a-zæøå][\w-]{3,}(?<=en|et|ne|ng|el|se)"
                    # 'bølgens testperiode', 'testens start': after a genitive the noun is bare (a noun of
                    # time, not 'elevernes svar')
                    r"|[\w-]+(?:'s|’s|ens|ets|nes)\s+[a-zæøå][\w-]*(?:start|slut|afslutning|begyndelse|periode"
                    r"|møde|kørsel|test|dag)", re.I)
# The end or start of an event is one too: 'inden udgangen af bølgens testperiode'
_PART_OF = re.compile(r"(?:udgangen|slutningen|afslutningen|starten|begyndelsen|ophøret)\s+af\s+"
                      r"(?P<event>.+)", re.I)
GOLIVE, RECEIPT = "go-live", "modtagelse"
# The anchors that have a date of their own; anything else keeps its own words.
_ANCHORS = [
    (GOLIVE, r"(?:(?:planlagte|forventede|aftalte|kommende|fastsatte|egentlige|officielle|endelige)\s+"
             r"|[\w-]+(?:'s|’s)\s+|[\w-]+(?:ens|ets|nes)\s+)?"  # 'den planlagte go-live', 'KY's go-live'
             r"(?:go[\s-]?live(?:-?dato(?:en)?|-dagen|-tidspunktet)?|golive|idriftsættelse\w*|ibrugtagning\w*"
             r"|driftsstart\w*|produktionsstart\w*|idriftsætning\w*|ibrugtagelse\w*"
             # 'overgangen til KY', 'overgangen til det nye system': what is gone over to is part of it
             r"|overgang\w*\s+til(?:\s+(?:(?:det|den)\s+nye\s+[\w-]+|[A-ZÆØÅ][\w'’-]*))?)"
             # 'før systemet går i drift', 'før KP går live', 'før KY tages i brug'
             r"|(?:[\w'’-]+\s+){1,2}?(?:går\s+(?:i\s+drift|live|i\s+luften|i\s+produktion)"
             r"|sættes\s+i\s+(?:drift|produktion)|tages\s+i\s+(?:brug|drift))\b"),
    (RECEIPT, r"modtagelse\w*|(?:at\s+)?(?:i|I|kommunen|du|vi)\s+har\s+(?:modtaget|fået)\b"
                   # ('når aftalen om drift er modtaget': the paper said with what it is about)
                   r"|(?:[\w'’-]+\s+){0,3}?[\w-]+\s+er\s+(?:modtaget|kommet)\b"
                   # 'efter at have modtaget aftalen', 'efter, at I modtager aftalen', 'efter modtaget aftale'
                   r"|(?:at\s+)?have\s+(?:modtaget|fået)\b|(?:at\s+)?(?:i|I|kommunen|du|vi)\s+modtager\b"
                   r"|modtaget(?=\s+[\w-]+\s*(?:$|[,.;]))"),
    # 'opstart af testen', 'start på uddannelsen': the start of something else, in its own words
    ("start", r"(?:opgavens\s+)?(?:start(?:dato(?:en)?)?|opstart(?:en|sdato(?:en)?)?|begyndelse)\b"
              r"(?!\s+(?:af|på)\s+(?!opgaven\b))"
              r"|opgave(?:start|opstart)\w*"
              r"|opgaven\s+(?:er\s+|bliver\s+)?(?:startet|påbegyndt|begyndt)\b"),
    ("slut", r"(?:opgavens\s+)?slut(?:dato(?:en)?)?\b|opgavens\s+(?:frist|afslutning)\b"
             r"|opgave(?:slut|frist)\w*"
             r"|opgaven\s+(?:er\s+|bliver\s+)?(?:afsluttet|fuldført|slut)\b"),
]
_NAMED_ANCHORS = frozenset(name for name, _ in _ANCHORS)
_OF_WHAT = re.compile(r"\s+af\s+(?:(?:den|det|de)\s+)?(?:(?!skal\b|må\b|bør\b|kan\b|er\b|har\b|og\b|så\b)"
                      r"[\w'’-]+\s*?){1,3}(?=\s+(?:skal|må|bør|kan|er|har)\b)", re.I)
_AFTER_CUE = re.compile(r"^(?:at\s+|,\s*at\s+)", re.I)
# 'efter modtagelsen af testdata': the thing received, which a deadline with no other thing is about
_RECEIVED_WHAT = re.compile(r"(?:den\s+)?modtagelse\w*\s+af\s+(?:(?:den|det|de)\s+)?([^\W\d_][\w-]*)", re.I)
# 'Aftalen skal returneres inden go-live', 'senest ved go-live': a deadline at go-live itself (0 days);
# not a period or a vague time ('i ugerne før go-live', 'i god tid før go-live', 'lige før go-live')
# 'senest samme dag som opstartsmødet', 'på samme dag som konverteringen': at the event itself
_AT_ANCHOR = re.compile(r"\b(?P<lead>(?:senest\s+)?(?:på\s+)?samme\s+dag\s+som"
                        r"|senest(?:\s+(?:ved|på|inden|før))?|inden(?!\s+for\b)|før)\s+(?=\S)", re.I)
_VAGUE = re.compile(r"\b(?:perioden|tiden|ugerne|dagene|månederne|lige|kort|længe|umiddelbart|god\s+tid"
                    r"|dagen|ugen|måneden|året)\s*$|\d\s*$", re.I)
_GOLIVE_NOUN = re.compile(r"(?:(?:den|det|jeres|kommunens)\s+)?(?:\w+\s+)?(?:go[\s-]?live|golive"
                          r"|idriftsættelse|ibrugtagning|driftsstart)", re.I)
_MARKER = re.compile(r"^\s*(?:[-•*–]\s+|\[[ xX✓]?\]\s+|[☐☑☒]\s+)+")  # a bullet, a checklist's box
_DEMAND = re.compile(r"\b(?:skal|må|bør|senest)\b", re.I)
_SUBJECT = re.compile(r"^(?:(?:den|det|de|en|et|jeres|kommunens|alle|samtlige|eventuelle)\s+)?"
                      r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                      # 'Alle åbne sager i det gamle system skal ...': an adjective before the noun
                      r"|(?:[a-zæøå-]{3,}e\s+)?[\w'’-]+\s+(?:af|til|over|for|i|på|med|fra|om)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                      r"(?:skal|må|bør|kan|er|bliver|\w{3,}es|\w{2,}(?:gås|stås|fås)|sker|foregår|finder\s+sted"
                      # 'Brugeroprettelsen har frist 10 dage før go-live': the thing whose deadline it is
                      r"|foreligger|har\s+(?:en\s+)?(?:[\w-]*frist|deadline))\b", re.I)


_ASIDE_FIRST = re.compile(r"^\s*(?:[–—-]\s+[^–—.]{1,60}?\s+[–—-]|\([^()]{1,60}\))\s*")


# 'mindre end 24 timer før', 'mere end 2 uger efter': a length compared, said of a condition, not a deadline
# ('ikke senere end 10 dage efter' is a deadline)
_COMPARED = re.compile(r"\b(?:(?:mindre|mere|længere|kortere)\s+end|under|over)\s*$", re.I)


def _span(m: re.Match[str]) -> tuple[int, DeadlineUnit] | None:
    """The number and the unit a match of _NUMBER and _UNIT says ('10 arbejdsdage', 'tre uger'; '48 timer'
    as 2 dage, 'halvanden måned' as 45 dage), None for a length whole in no deadline unit ('36 timer')."""
    said = " ".join(m["n"].casefold().split())
    amount = float(said.replace(",", ".")) if said[:1].isdigit() else FRACTIONS.get(said) or NUMBERS[said]
    return whole_length(amount, _unit_of(m))


def _unit_of(m: re.Match[str]) -> TimeUnit | None:
    """The unit a match of _UNIT says ('arbejdsdage', 'timer'); None for a deadline said without one
    ('dagen før go-live')."""
    return next((u for i, (u, _) in enumerate(_UNITS) if m[f"u{i}"]), None)


def _in_hours(m: re.Match[str]) -> bool:
    """Whether a match of _NUMBER and _UNIT says its length in hours ('24 timer')."""
    return (unit := _unit_of(m)) is not None and unit.name == "hour"


def extract_deadlines(task: Task, *, rows: list[list[str]] = ()) -> list[TextDeadline]:
    """Every deadline the task's texts state, once each, in the order the texts give them. `rows`:
    the cells of the export's table rows, each cell a line of the text ('Senest 6 uger før go-live'
    is about what its row's other cells name)."""
    from knowledge.signatures import texts

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
    return [d for d in found.values()
            if d.about or ((d.anchor, d.days) not in about or not is_date_deadline(d))
            and (d.days, d.unit, d.anchor, d.year, d.kind) not in said]


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
    from knowledge.signatures import texts

    return [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for _, text in texts(task) if "|" in text for line in text.split("\n")
            if line.lstrip().startswith("|") and not re.fullmatch(r"[\s|:-]+", line)]


@lru_cache(maxsize=16384)  # exports repeat their texts from task to task
def _has_unit(text: str) -> bool:
    return bool(_UNIT_WORD.search(text))


# '10 dage fra bestilling til levering' is how long it takes ('fra modtagelsen til at underskrive den' is not)
_FROM_TO = re.compile(r"\btil\s(?!at\b)", re.I)
# 'har 14 dage fra modtagelsen til at returnere aftalen til KOMBIT': the deed after 'til at' is no span's end
_TO_DO_IT = re.compile(r"\btil\s+at\b", re.I)
# Adverbs joined to a deadline ('hurtigst muligt og senest ...', 'gerne før og senest ...') belong to it
_WITH_DEADLINE = re.compile(r"\s*\b(?:hurtigst\s+muligt|snarest(?:\s+muligt)?|gerne|helst|i\s+god\s+tid)"
                            r"\s*(?:,|og|eller)?$", re.I)
# A deadline between a modal and its verb: 'Plejefamilierne skal senest ... have modtaget et brev'
_MODAL_END = re.compile(r"\b(?:skal|må|bør)$", re.I)


def sentence_deadlines(sentence: str, *, step: int | None = None, documents: set[str] = frozenset(),
                       last: str | None = None, previous: tuple[str, ...] = (),
                       came_in: str | None = None) -> list[TextDeadline]:
    """The deadlines of one sentence; `previous` are the earlier sentences of its list item or paragraph,
    `came_in` what the sentence just before it says another party sends the municipality (`received`)."""
    out = []
    if not _UNIT_WORD.search(sentence):  # every deadline has one of these words; most sentences have none
        return out
    sentence = _MARKER.sub("", sentence)  # '- Lokale brugerkonti nedlægges senest ...': the item's words
    whole, done = sentence, 0  # where the last deadline's anchor ended
    # where the clause of the first length that is no deadline's begins: no demand AT go-live is read from
    # that clause on ('... senest ved go-live og gælder i 2 år efter go-live' keeps the deadline before it)
    unread_from: int | None = None
    for m in _deadline_matches(whole):
        kind = _kind(whole[done:m.start()], m)
        if m["one"]:
            said = whole[:m.start("one")]
            # 'leveres ugen før go-live', 'Klasseundervisning: ugen før go-live': as '2 uger før' is there
            done_then = not m["lead"] and _ONE_DONE.search(said)
            if kind != DeadlineKind.EARLIEST and not done_then and (
                    (m["lead"] or "").casefold() not in {"senest", "allerede"} and not _DONE_IN.search(said)
                    and not _DUE_ON.search(said) or (not m["lead"] and not _DEMAND.search(whole))):
                # 'i ugen efter go-live' is a period, not a deadline ('kan tidligst ... dagen efter' is an
                continue  # earliest day)
            n, unit = 1, _ONE[m["one"].casefold()]
        elif (span := _span(m)) and not (not m["lead"] and _COMPARED.search(whole[:m.start()])):
            n, unit = span
        else:  # '36 timer før go-live' (whole in no unit), 'Aflyses mødet mindre end 2 dage før, ...' (a
            if unread_from is None:  # comparison in a condition): no deadline, and not one AT go-live either
                unread_from = _clause_cut(whole[:m.start()])
            done = m.start("anchor") + _anchor(m["anchor"])[1]
            continue
        direction = m["dir"].casefold()
        if direction == "ifølge":
            continue
        before = direction in {"før", "inden", "forinden"} or direction.startswith("forud")
        if (m["lead"] or "").casefold() in {"højst", "op til", "ca.", "cirka", "omkring"} and not before:
            continue  # 'det kan tage op til 5 arbejdsdage efter ...' is how long it takes
        said = whole[:m.start("n") if m["n"] else m.start()]
        if not m["lead"] and _TAKES_PLACE.search(said[_clause_start(said):]):
            # 'Kurset afholdes 2 uger før go-live' says when, no deadline: its clause is read, so a deadline
            # after it is read in a clause of its own. ('kan tidligst begynde 6 uger før go-live' and 'bevares
            # i 12 måneder efter go-live' stay deadlines: the users' when-questions are answered by them.)
            done = m.start("anchor") + _anchor(m["anchor"])[1]
            continue

        anchor, anchor_end = _anchor(m["anchor"])
        if not anchor or (not m["lead"] and _in_hours(m) and anchor not in _NAMED_ANCHORS):
            # 'Påmindelsen sendes 24 timer før samtalen': hours before an event of its own say when a
            # routine runs, not by when the task's work is due (as '48 timer efter modtagelsen' is)
            continue
        if (m["lead"] or "").casefold() != "senest" and (
                _USUALLY.search(whole) or
                (direction == "fra" and _FROM_TO.search(_TO_DO_IT.split(m["anchor"])[0]))):
            continue  # 'Leverandøren svarer normalt inden for 3 dage', '10 dage fra bestilling til levering'
        # '..., og superbrugerne skal have gennemført e-læringen inden for 3 uger ...': a second deadline
        # in a clause of its own is read in that clause
        # ('Testen gennemføres i perioden op til go-live; den skal være afsluttet senest ...': a clause
        # after a semicolon is one of its own for the first deadline too)
        offset = _clause_after(whole, done, m.start()) if done else _after_semicolon(whole, m.start())
        sentence = whole[offset:]
        # ('..., og det endelige udtræk leveres ...': an article before an adjective is no pronoun)
        # ('..., og kommunen skal kontrollere dem senest ...': a pronoun object too)
        if offset and (re.match(r"(?:de|den|det)\s(?![a-zæøå]{2,}e\s+[a-zæøå]{3,})", sentence, re.I)
                       or _IT_AS_OBJECT.search(sentence)):
            previous = (*previous, whole[:offset])  # '..., og de skal deltage i træning senest ...'
        start = (m.start("lead") if m["lead"] else m.start("n") if m["n"] else m.start("one")) - offset
        anchor_at = m.start("anchor") - offset
        text = sentence[:anchor_at + anchor_end].strip(" ,")
        if not sentence[:start].strip():
            text = sentence.rstrip(" .")  # 'Senest 30 dage før go-live skal aftalen være returneret'
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
            about = _about(f"{got.group(1)} er modtaget", step, documents, None, ()) or \
                got.group(1).casefold()
        out.append(TextDeadline(text=_clause(text, start), days=-n if before else n, unit=unit, anchor=anchor,
                                about=about, kind=kind))
        done = m.start("anchor") + anchor_end
    sentence = whole
    if not out and (m := _WITHIN.search(sentence) or _LATEST_AFTER.search(sentence)):
        if lead := _SINCE.match(part := _since_clause(sentence, m.start())):
            out += filter(None, [_since(part, m, lead, step, documents, last, previous)])
        elif got := _from_receipt(sentence, m, came_in, step, documents, last, previous):
            out.append(got)
    for m in _UNTIL.finditer(sentence) if not out else ():  # 'når der er 14 dage til go-live'
        anchor, anchor_end = _anchor(m["anchor"])
        if anchor and (span := _span(m)):
            n, unit = span
            about = _about(sentence[:m.start()].rstrip(" ,"), step, documents, last, previous)
            text = sentence[_clause_start(sentence[:m.start()]):m.start("anchor") + anchor_end]
            out.append(TextDeadline(text=text, days=-n, unit=unit, anchor=anchor, about=about))
    for m in _OFFSET.finditer(sentence):  # 'Frist: go-live minus 30 dage', 'Go-live -14 dage'
        if not (span := _span(m)):
            continue
        n, unit = span
        rest = (sentence[:m.start()] + sentence[m.end():]).strip(" ,.:")
        # 'Ved go-live minus 3 uger skal testen ...': the word before the offset is no thing
        rest = re.sub(r"^(?:ved|på|til|senest|inden|før)\s+(?=skal|må|bør)", "", rest, flags=re.I)
        about = _about(rest, step, documents, last, previous) if rest else None
        out.append(TextDeadline(text=m.group(0), days=n if m["sign"] in {"+", "plus"} else -n, unit=unit,
                                anchor=GOLIVE, about=about))
    if not out and (at := _at_golive(sentence if unread_from is None else whole[:unread_from],
                                     step, documents, last, previous)):
        out.append(at)
    elif out and done and (tail := _clause_after(whole, done, len(whole))) and \
            (at := _at_golive(whole[tail:], step, documents, last, previous)):
        out.append(at)  # '... senest to uger efter opstartsmødet, og X skal have gennemført Y inden go-live'
    out += _nth_week(whole, step, documents, last, previous)
    from knowledge.date_deadlines import date_deadlines
    from knowledge.week_deadlines import week_deadlines

    def about(part: str) -> str | None:
        return _about(part, step, documents, last, previous)

    return out + week_deadlines(sentence, instruction=step is not None and bool(_IMPERATIVE.match(sentence)),
                                about=about) + date_deadlines(sentence, about=about)


# 'Fejlene meldes i uge 2 efter go-live', 'senest i den tredje uge efter opstartsmødet': a week counted
# from an event (no week number: week_deadlines leaves it) ends N weeks after it. Counted back ('i uge 2
# før go-live') it is a week whose end is not N weeks before, and is left unread rather than misdated.
_ORDINAL = "første|anden|andet|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende"  # lexicon.ORDINALS
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


def _clause_cut(text: str) -> int:
    """Where the last clause of `text` is cut off from what comes before it (before its ', ', ';', ':' or
    ' og '), else 0: 'X skal underskrives senest ved go-live| og gælder i 2 år'."""
    cuts = [c.start() for c in re.finditer(r"[;:,]\s+|\s+og\s+", text)]
    return cuts[-1] if cuts else 0


def _clause_start(text: str) -> int:
    cuts = [c.end() for c in re.finditer(r"[;:]\s+|,\s+(?:og|men|så|mens)\s+", text)]
    return cuts[-1] if cuts else 0


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


def _clause_after(sentence: str, start: int, end: int) -> int:
    """Where the last clause that opens between `start` and `end` begins (', og', ', men', ';'), else 0."""
    cuts = [m.end() for m in re.finditer(r";\s+|,\s+(?:og|men|mens)\s+", sentence[start:end])]
    return start + cuts[-1] if cuts else 0


def _after_semicolon(sentence: str, end: int) -> int:
    """Where the last clause after a semicolon before `end` begins, when it names its own subject ('...;
    testen skal være afsluttet senest ...'; not '...; den skal være returneret senest ...'), else 0."""
    cuts = [m.end() for m in re.finditer(r";\s+", sentence[:end])]
    clause = sentence[cuts[-1]:] if cuts else ""
    if not clause or re.match(r"(?:den|det|de|dem|dette|disse|senest|inden|frist\w*)\b", clause, re.I) \
            or not _SUBJECT.match(clause):
        return 0
    return cuts[-1]


def _deadline_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Each match of _DEADLINE; the next is looked for after the anchor's own clause, not after the
    sentence's end ('... senest 2 måneder før go-live, og X skal ... inden for 3 uger efter ...')."""
    pos = 0
    while m := _DEADLINE.search(sentence, pos):
        yield m
        pos = max(m.start("anchor") + _anchor(m["anchor"])[1], m.end("dir"))


def _is_party(about: str) -> bool:
    """'KOMBIT', 'leverandøren': who does it, not what it concerns ('KOMBIT skal senest ... modtage X')."""
    return bool(re.fullmatch(r"[A-ZÆØÅ]{2,}|leverandør\w*|kommunen|\w+(?:chef|direktør|leder)\w*", about))


_SIGNED_THEN = re.compile(r"\b\w*(?:underskrives|signeres|godkendes|påtegnes|kvitteres|tiltrædes"
                          r"|skrives\s+under)\b", re.I)


def _at_golive(sentence: str, step: int | None, documents: set[str], last: str | None,
               previous: tuple[str, ...]) -> TextDeadline | None:
    """'Aftalen skal returneres underskrevet inden go-live' (a demand, or a method step): 0 days before
    go-live (or the task's end, or an event in its own words: 'inden første udbetaling'), about what the
    sentence names as for any other deadline."""
    if step is None and not _DEMAND.search(sentence) and not (
            _SIGNED_THEN.search(sentence) and _document(sentence, documents)):
        return None  # 'Kurset holdes før go-live' tells when, it asks nothing; 'Fuldmagten godkendes af X
        # inden opstartsmødet' asks it of the task's paper
    for m in _AT_ANCHOR.finditer(sentence):
        anchor, anchor_end = _anchor(sentence[m.end():])
        if _VAGUE.search(sentence[:m.start()]) or not anchor or not (
                (anchor == GOLIVE and _GOLIVE_NOUN.match(sentence, m.end())) or anchor in {"start", "slut"}
                or _event(anchor)):
            continue  # 'Før kommunen kan tages i brug, skal ...' is a condition, not a date
        end = m.end() + anchor_end
        before = sentence[:m.start()].strip(" ,")
        text = sentence[:end].strip(" ,") if before else sentence.rstrip(" .")
        about = _about(sentence, step, documents, last, previous) if before else \
            _about(sentence[end:].strip(" ,"), step, documents, last, previous)
        return TextDeadline(text=_clause(text, m.start()), days=0, unit=DeadlineUnit.DAYS,
                            anchor=anchor.rstrip(" ."), about=about)
    return None


def _event(phrase: str) -> bool:
    """'første udbetaling', 'konverteringen', 'opstartsmødet' are events a deadline can be at; 'kommunen',
    'leverandøren' (a party) and 'kommunen kan starte' (a condition) are not."""
    phrase = phrase.rstrip(" .")
    last = phrase.split()[-1] if phrase else ""
    if part := _PART_OF.fullmatch(phrase):
        return _event(part["event"])
    return bool(_EVENT.fullmatch(phrase)) and not _is_party(last) and last.casefold() not in US


# '..., og når fuldmagten er modtaget, har I 10 dage til at ...': a clause of its own opening with the event
EVENT_CLAUSE = re.compile(r"(?:,\s+(?:og|men)|;)\s+(?=(?:når|efter\s+at|så\s+snart)\s)", re.I)


def _since_clause(sentence: str, end: int) -> str:
    """The part of `sentence` that opens with the event its span (at `end`) counts from: the sentence, or
    its last clause before `end` that opens with 'når'/'efter at' ('X sendes til Y, og når X er modtaget,
    har I 10 dage til at ...': the first clause is no part of that deadline)."""
    if _SINCE.match(sentence):
        return sentence
    opens = [m.end() for m in EVENT_CLAUSE.finditer(sentence, 0, end)]
    return sentence[opens[-1]:] if opens else sentence


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


def _anchor(words_after: str) -> tuple[str | None, int]:
    """('go-live', end) for a known anchor, else the anchor's own words up to the end of the clause."""
    text = _AFTER_CUE.sub("", words_after)
    offset = len(words_after) - len(text)
    for name, pattern in _ANCHORS:
        if m := re.match(rf"(?:(?:den|det|jeres|kommunens|opgavens)\s+)?(?:{pattern})", text, re.I):
            end = m.end()
            if m.group(0).endswith(("modtaget", "fået", "modtager", "får")) and (obj := re.match(
                    r"(?:\s+(?!(?:og|så|men|skal|må|bør|kan|er|har)\b)[\w-]+){1,3}", text[end:], re.I)):
                end += obj.end()  # 'efter, at I har fået blanketten'
            elif name == RECEIPT and (obj := _OF_WHAT.match(text, end)):
                end = obj.end()  # 'efter modtagelsen af testdata skal kommunen ...': what is received
            return name, offset + end
    # 'før udløbsdatoen og installeres inden for ...': a second verb starts what the anchor is not
    # 'efter kontraktens underskrift skal kommunen ...': the inverted main clause is no part of it
    own = re.split(r",\s+(?:så|og|men|hvorefter|da|fordi|hvis)\b|\s+[–—-]\s+"
                   r"|\s+(?:og|eller)\s+(?=(?:skal|må|bør|[a-zæøå]{3,}es)\b)|\s+(?=(?:skal|må|bør)\s)"
                   # '... senest 5 hverdage efter konverteringen og melde fejl': a second infinitive
                   r"|\s+og\s+(?=[a-zæøå]{3,}e\s+(?!og\b)[\w-])"
                   # 'har 4 uger efter offentliggørelsen til at indsende ...': what is to be done
                   r"|\s+til\s+at\s+(?=[a-zæøå]{2,}e\b)"
                   # 'skal inden 2 uger efter opstartsmødet udarbejde en tidsplan': the verb after it
                   r"|\s+(?=[a-zæøå]{3,}e\s+(?:en|et|den|det|de|alle|jeres|kommunens)\s)",
                   text)[0]
    own = " ".join(own.split()[:10]).rstrip(" ,")
    if len(own) < 3 or not re.search(r"[^\W\d_]{3}", own):
        return None, 0
    end = offset + len(own)
    # 'efter den første udbetaling' counts from 'første udbetaling', 'før den planlagte konvertering' from
    # 'planlagte konvertering': the article before an adjective names no other event
    if (article := re.match(r"(?:den|det|de)\s+(?=\S+\s+\S)", own, re.I)) and \
            (own.split()[1].casefold() in _ORDINALS or re.fullmatch(r"[a-zæøå]{3,}e", own.split()[1])):
        own = own[article.end():]
    return own, end


_ORDINALS = {"første", "sidste", "endelige", "næste", "anden", "andet", "tredje", "afsluttende"}


def _clause(text: str, start: int) -> str:
    """The sentence part that states the deadline: from the clause that holds it to its anchor."""
    cuts = [m.end() for m in re.finditer(r"[;:]\s+|,\s+(?:og|men|så|mens)\s+", text[:start])]
    return text[cuts[-1]:].strip() if cuts else text.strip()


def _document(sentence: str, documents: set[str]) -> str | None:
    return _document_of(sentence, frozenset(documents)) if documents else None


@lru_cache(maxsize=8192)  # pure, and exports repeat their sentences from task to task
def _document_of(sentence: str, documents: frozenset[str]) -> str | None:
    if len(documents) > 1 and (_BOTH_NAMED.search(sentence) or _BOTH_DONE.match(sentence)):
        return " og ".join(sorted(documents))  # 'begge dokumenter', 'Begge skal returneres': each of them
    if not documents:
        return None
    from knowledge.approvals import same_thing, stems

    tokens = [w.group(0) for w in words(sentence)]
    things = [d for d in documents if not document_lemma(d.split()[0])]  # approved, not papers: 'regelsæt'
    for i, word in enumerate(tokens):
        lemma = document_lemma(word) or next((t for t in things if same_thing(word.casefold(), t)), None)
        if lemma is None and len(ends := [t for t in things if any(
                len(stem) >= 5 and t.endswith(stem) for stem in stems(word.casefold()))]) == 1:
            lemma = ends[0]  # 'opgørelsen' of the one 'refusionsopgørelse' signed
        if lemma is None and (loose := document_lemma(word, loose=True)) and \
                len([d for d in documents if d.endswith(loose)]) == 1:
            lemma = loose  # 'Rapporten' of the one 'testrapport', 'Planen' of the one 'testplan'
        if lemma is None:  # no document word: nothing can end with it
            continue
        if len(numbered := [d for d in documents if d.startswith(lemma + " ")]) == 1 and \
                (i + 1 >= len(tokens) or f"{lemma} {tokens[i + 1]}" not in documents):
            return numbered[0]  # 'det godkendte bilag' of the one 'bilag B'
        if i + 1 < len(tokens) and f"{lemma} {tokens[i + 1]}" in documents:
            return f"{lemma} {tokens[i + 1]}"  # 'Bilag 1 - instruks': the numbered paper
        ending = [d for d in documents if d.endswith(lemma or "\0")]
        if not ending and lemma in _ANY_PAPER:  # 'Dokumentet skal være returneret ...': the task's paper(s)
            return " og ".join(sorted(documents)) if len(documents) == 1 or is_plural(word) else None
        if lemma in documents or len(ending) == 1:
            return lemma if lemma in documents else ending[0]  # 'blanketten' of the one 'bestillingsblanket'
        if ending:
            return lemma  # 'aftalerne': all of them
    return None


_BOTH_NAMED = re.compile(r"\b(?:begge|alle)\s+(?:\w+\s+)?(?:dokument|aftale|papir|blanket)\w*", re.I)
# 'Begge skal returneres ...', 'Begge sendes ...': a passive says the papers ('Begge skal underskrive': who)
_BOTH_DONE = re.compile(r"\W*begge\s+(?:(?:skal|må|bør)\s+)?(?:[a-zæøå]{3,}es|være|blive)\b", re.I)
# 'returnere den senest ...', 'sende dem retur': a pronoun object stands for the paper spoken of
# ('senest den 1. november': 'den' before a date is no pronoun, nor after another word that leads a date)
_DATE_LEAD = r"(?!(?:senest|inden|før|efter|fra|til|indtil|pr|ved|om)\s)"
_IT_AS_OBJECT = re.compile(r"\b" + _DATE_LEAD
                           + r"[a-zæøå]{3,}\s+(?:den|dem)"
                           r"(?:\s+(?:senest|inden|retur|tilbage|til|\d)|\s*\.?$)", re.I)
_ANY_PAPER = {"dokument", "papir"}  # words for any paper, not a kind of one ('blanket', 'aftale')


_QUANTIFIER = re.compile(r"(?:eventuelle|evt\.|alle|nogle|samtlige|begge|" + "|".join(
    n for n in NUMBERS if NUMBERS[n] > 1) + r"|\d{1,3})\s+"
    r"(?=(?:[a-zæøå-]{3,}e\s+)?[\w'’-]{3,}(?:er|erne|e|s)?$)", re.I)  # 'alle åbne sager': with its adjective
# (nor 'regnet' of 'har 4 uger til at klage, regnet fra afgørelsen')
# a passive or a participle after a label's colon: 'Superbrugere: udpeges (skal være udpeget) senest ...'
_DONE_TO_IT = re.compile(r"^(?:(?:skal|må|bør)\s+(?:være|blive)\s+)?[a-zæøå]{3,}(?:es|et|t)\s+(?=\S)")
_NO_THING = {"skal", "må", "bør", "kan", "vil", "den", "det", "de", "dem", "regnet"}


def _about(sentence: str, step: int | None, documents: set[str], last: str | None,
           previous: tuple[str, ...] = ()) -> str | None:
    """What the deadline concerns (see `_concerns`), named as the signed paper when it is one of them
    ('fuldmagten' -> 'fuldmagt')."""
    about = _concerns(sentence, step, documents, last, previous)
    if about and " " not in about and (m := _MODAL_VERB.match(sentence)) and \
            m["verb"].casefold() == about.casefold():
        about = lower_first(m["subject"])  # 'Testkørslen må ikke ske før ...': the subject, not the verb
    if about and (set(about.casefold().split()) <= _NO_THING or " " not in about and re.search(
            rf"\b(?:skal|må|bør)\s+(?:den|det|de)\s+{re.escape(about)}\b", sentence, re.I)):
        return None  # 'Når kommunen er klar, skal den melde det ...': the verb after the modal is no thing
    if about and (m := _QUANTIFIER.match(about)):
        about = about[m.end():]  # 'eventuelle fejl', 'to kontaktpersoner': the things, not how many
    if about and documents and (last or len(documents) == 1) and (_A_COPY.fullmatch(about)
                                                                 or _ACT_NOUN.fullmatch(about)):
        # 'Originalen sendes retur ... senest ...', 'Underskriften skal foretages af X. Senest ...': the paper
        return last or next(iter(documents))
    if about and documents and not set(re.split(r",\s*|\s+og\s+", about)) <= documents and \
            (doc := _document(about, documents)):
        return doc
    return about


# 'originalen', 'en kopi', 'det underskrevne eksemplar': the paper signed, in one of its copies
_A_COPY = re.compile(r"(?:(?:den|det|de|en|et)\s+)?(?:[a-zæøå]+(?:ne|te|de)\s+)?"
                     r"(?:original(?:en|erne|er)?|kopi(?:en|erne|er)?|eksemplar(?:et|erne|er)?)", re.I)


# 'Testkørslen må ikke ske før den 2. maj', 'Udtrækket må ikke testes før ...': a subject, a modal, its verb
_MODAL_VERB = re.compile(r"^\W*(?P<subject>(?:[\wæøåÆØÅ-]+\s+){0,2}?[\wæøåÆØÅ-]+)\s+(?:skal|må|bør|kan)\s+"
                         r"(?:ikke\s+)?(?:længere\s+)?(?P<verb>[a-zæøå]+)\b", re.I)
# 'Godkend dem senest ...': an imperative whose object is a pronoun for what was named before
# ('Send den til KOMBIT senest ...': where it goes may come between)
_IT_DONE = re.compile(_DATE_LEAD + r"[A-ZÆØÅa-zæøå]{3,}\s+(?:den|det|dem|disse)\s+"
                      r"(?:(?:retur\s+|tilbage\s+)?til\s+[\wæøåÆØÅ-]+\s+)?(?:senest|inden|før|\d)", re.I)
# '..., og den skal være afsluttet senest ...': 'den' is what the clause before names
# ('...; dette skal ske senest ...': a clause after a semicolon refers back the same way)
_AND_IT = re.compile(r"(?:,?\s+og|\s*;(?:\s+og)?)\s+(?:den|det|de|dette)\s+"
                     r"(?:skal|må|bør|\w{3,}es|\w{2,}(?:gås|stås|fås))\b", re.I)
_THERE_IS = re.compile(r"^(?:der\s+(?:skal|må|bør)\s+(?:ske|foretages|gennemføres|laves)\s+|der\s+er\s+)",
                       re.I)
_FRIST_FOR = re.compile(r"\b(?:sidste\s+|seneste\s+)?(?:frist(?:en)?|tidsfrist(?:en)?|deadline(?:n)?"
                        r"|dato(?:en)?|tidspunkt(?:et)?)\s+for\s+"
                        r"(?P<what>(?:(?!er\b|skal\b|ligger\b|senest\b)[\w'’-]+\s+){0,4}?[\w'’-]+)"
                        # ('Senest ... er sidste frist for at indsende X.': what it is for ends the sentence)
                        r"\s*(?::|\s(?:er|skal|ligger|senest|\d)|\.?\s*$)", re.I)
# 'Der er frist til 3 uger før go-live for tilmeldingen', 'Fristen er 14 dage før go-live for returnering af
# aftalen': what the deadline is for follows it, at the sentence's end (not a party or a group: 'for alle
# kommuner', 'for bølge 2')
_FRIST_THEN_FOR = re.compile(r"\b(?:frist(?:en)?|tidsfrist(?:en)?|deadline(?:n)?)\s+"
                             r"(?:er\s+|til\s+|på\s+|:\s*)?"
                             r"[^.;:]{3,60}?\s+for\s+(?!(?:alle|hele|samtlige|jer|os|dem|den|det|de|bølge)\b)"
                             r"(?P<what>(?:(?!er\b|skal\b)[\w'’-]+\s+){0,4}?[\w'’-]+)\s*\.?\s*$", re.I)
_THAT = re.compile(r"^(?:husk|bemærk|vær\s+opmærksom\s+på|det\s+er\s+vigtigt|sørg\s+for"
                   # 'Kommunen sikrer, at ...', 'I skal sørge for, at ...': the duty is the clause after
                   r"|(?:kommunen|i|vi)\s+(?:skal\s+)?(?:sikre|sikrer|sørge\s+for|sørger\s+for)|sikr|det\s+er\s+(?:et\s+krav|en\s+forudsætning|afgørende)"
                   r"|det\s+forudsættes|please\s+note)\s*,?\s+at\s+"
                   # 'Husk: testrapporten skal ...', 'NB: ...': a note word as a label, then the sentence
                   r"|^(?:husk|bemærk|obs|nb|vigtigt|note|please\s+note)\s*[:!]\s+", re.I)
# 'Det er kommunens ansvar, at X ...', 'Vi anbefaler, at X ...': a few words, then the clause that matters
_SAID_THAT = re.compile(r"(?:[\w'’-]+\s+){1,4}?[\w'’-]+\s*,\s*at\s+(?=\w)", re.I)
_TO_DO = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:huske|sørge\s+for|nå|bedes|ønskes|forventer|med|begynde"
                    r"|påbegynde)\s+at\s+"  # ('har frist til ... med at indberette X': the deed's thing)
                    # 'Bed leverandøren om at indlæse X senest ...': what the other party is asked to do
                    r"|(?:bed|anmod|opfordr)\s+(?:[\w'’-]+\s+){1,3}?om\s+at\s+", re.I)
# 'Opgaven omfatter en beredskabsplan, som skal foreligge senest ...': the deadline is the relative clause's
_RELATIVE = re.compile(r",\s*(?:som|der)\s+(?:skal|må|bør)\b"
                       # 'på et møde, som afholdes senest ...': a passive whose clause holds the deadline
                       r"|,\s*(?:som|der)\s+(?:[a-zæøå]{3,}es|[a-zæøå]{2,}(?:gås|stås|fås))\s+"
                       r"(?=[^,]{0,40}?\b(?:senest|inden|indenfor|allersenest)\b)", re.I)


def _unit_of_party(*, bare_acronym: bool) -> str:
    """A unit or role of a party named by its genitive ('Kommunens it-afdeling', "KOMBIT's team"); with
    `bare_acronym`, an acronym without its 's too ('KOMBIT projektleder')."""
    return r"(?:[A-ZÆØÅ]{2,}(?:'s|’s)" + ("?" if bare_acronym else "") + r"|[\w-]+(?:ens|ets|nes))\s+[\w-]+"


# 'Leverandøren skal bekræfte bestillingen senest ...': a party's duty, and what it is done to
_PARTY_MUST = re.compile(r"(?:[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et|ne)"
                         # 'Kommunens it-afdeling skal åbne X': a unit of a party, named by its genitive
                         r"|" + _unit_of_party(bare_acronym=True) +
                         # 'Kommunens dataansvarlige skal godkende X': a role named by an adjective
                         r"|(?:[\w-]+s\s+|den\s+)?[\w-]+(?:ansvarlige|berettigede))\s+(?:skal|må|bør)\s+(?:også\s+)?"
                         # ('Budgettet skal ligge klar': a state, no deed done to a thing)
                         r"(?!være\b|blive\b|have\b|ligge\b|foreligge\b|stå\b)(?=[a-zæøå]+e\s)", re.I)


# 'Når rollerne er tildelt, skal de ...', 'Efter at testen er afsluttet, skal den ...': the pronoun after the
# modal is the subject of the clause the sentence opens with
_WHEN_IT = re.compile(r"^(?:når|efter\s+at|så\s+snart|først\s+når)\s+"
                      r"(?:(?:de|den|det|alle)\s+)?(?P<thing>(?:[\w'’-]+\s+)?[\w'’-]+?(?:en|et|ne|erne))"
                      r"\s+(?:er|bliver|har\s+været)\s+[\w-]+\s*,\s*(?:skal|må|bør)\s+(?:den|det|de)\s+"
                      r"(?:\w{3,}es\b|være\s+\w+(?:et|t)\b)", re.I)  # what is done to it, not what it does


def _names_its_own(sentence: str) -> bool:
    """Whether 'Fristen for X er ...' names a thing of its own ('Fristen for at afmelde kreditorkonti
    er ...'), not only an act done to the paper named before ('Fristen for underskrift er ...')."""
    m = _FRIST_FOR.search(sentence)
    if m is None or _ACT_NOUN.match(m["what"]) or _SIGNING.search(m["what"]):
        return False
    return bool(re.sub(r"^at\s+[a-zæøå]+e\b\s*", "", m["what"], flags=re.I).strip())


def _head_noun(text: str) -> str | None:
    """The noun phrase that ends `text`: 'Opgaven omfatter en beredskabsplan' -> 'beredskabsplan'."""
    tokens = re.findall(r"[\w'’-]+", text)
    out: list[str] = []
    for tok in reversed(tokens[-3:]):
        if tok.casefold() in ARTICLES | STOP_WORDS | {"af", "en", "et"}:
            break
        out.insert(0, tok)
    return lower_first(" ".join(out)) if out else None


# Read past what does not say what the deadline is about: an aside in brackets, a relative clause
# ('Aftalen, som skal underskrives af X, skal ...') and a condition that opens the sentence ('Hvis
# kommunen ønsker rådgivning, skal anmodningen sendes ...')
_ASIDES = re.compile(r"\s*\([^()]*\)|,\s*(?:som|der)\s+[^,]{3,80},"
                     r"|^(?:hvis|såfremt|når|efter\s+at)\s+[^,]{3,80},\s*", re.I)
# 'Senest ... afleveres testplanen', 'skal der udpeges en kontaktperson', 'Der skal udpeges ...': a passive
# verb before its subject
_PASSIVE_FIRST = re.compile(r"^(?:der\s+(?=skal|må|bør|kan))?(?:(?:skal|må|bør|kan)\s+)?(?:der\s+)?"
                            r"(?:(?:også|derefter|desuden)\s+)?"
                            r"(?:[a-zæøå]{3,}es|[a-zæøå]{2,}(?:gås|stås|fås))\s+(?=\S)"
                            r"|^der\s+(?:skal|må|bør)\s+(?:foreligge|være|ligge)\s+(?=\S)"
                            # 'Sørg for, at der er oprettet brugere ...': a state, then its subject
                            r"|^der\s+(?:er|bliver)\s+[a-zæøå]{3,}(?:et|t)\s+(?=\S)"
                            # 'Senest ... skal der være udpeget en kontaktperson': the participle is read past
                            r"|^(?:skal|må|bør)\s+der\s+(?:være|blive|foreligge)\s+(?=\S)", re.I)
# 'Leverandøren sender en testrapport senest ...': a party's present-tense verb, and its object
# (a definite noun or an acronym; 'Gamle abonnementer lukkes' has a plural noun, not a verb, after it)
# a verb in the present, not an auxiliary ('gennemgår', 'udestår': a present tense in -r too)
_PRESENT = r"(?!er\s|har\s|skal\s|kan\s|må\s|bør\s|vil\s)(?:[a-zæøå]{3,}er|[a-zæøå]{2,}(?:går|står))\s+"
_PARTY_DOES = re.compile(r"^(?:"
                         # a unit or role of a party by its genitive: 'Kommunens it-afdeling opretter X'
                         + _unit_of_party(bare_acronym=False) +
                         r"|[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et|ne)"
                         # a party by its name ('Borgerservice annoncerer de nye ...'), when a determiner or a
                         # definite noun follows the verb ('Nye satser gælder fra ...' names no party)
                         r"|[A-ZÆØÅ][a-zæøå]{3,}(?=\s+[a-zæøå]{3,}er\s+(?:de|den|det|en|et|sine|sin|sit|alle"
                         r"|kommunens|[a-zæøå-]{3,}(?:en|et|ne))\s))\s+"
                         + _PRESENT + r"(?!\w+es\b)(?=\S)")
# 'Den lokale administrator tildeler rollerne ...', 'Hver afdeling opretter sine brugere ...': a subject of a
# few words, its verb in the present, and a definite or determined object after it
_SOMEONE_DOES = re.compile(r"^(?:[\w'’-]+\s+){1,2}?[\w'’-]+\s+" + _PRESENT
                           + r"(?=(?:de|den|det|sine|sin|sit|alle|jeres|kommunens)\s"
                           r"|[a-zæøå-]{3,}(?:en|et|ne)\b)")
_TIME_TO = re.compile(r"\b(?:har|får|gives|gives\s+\w+)\b.*?\btil\s+at\s+", re.I)  # 'har 14 dage til at ...'
_INFINITIVE = re.compile(r"^(?:det\s+anbefales|kommunen\s+forventes|i\s+forventes|det\s+forventes|man\s+bør"
                         r"|kommunen\s+bedes|i\s+bedes)\s*,?\s+(?:at\s+)?(?:have\s+)?", re.I)
_INVERTED = re.compile(r"(?:sender|fremsender|leverer|udsender|afleverer|indsender|returnerer)\s+"
                       r"(?:KOMBIT|leverandøren|kommunen|[A-ZÆØÅ]\w*)\s+", re.I)
_SIGNING = re.compile(r"\b(?:underskrift|underskrivning|underskrivelse|signering|signatur|tiltrædelse"
                      r"|sign-?off|attestering|kontrasignering|påtegning)\w*", re.I)
# a subject, a modal and an active infinitive with its object ('Alle sagsbehandlere skal gennemføre
# e-læringen'): the act, and so what a following 'Det skal ske ...' concerns, is done to the object
# ('Aftalen skal bære X's underskrift': a paper as the subject is what it concerns)
_MUST_DO = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?P<who>[\w'’-]+)\s+(?:skal|må|bør)\s+(?:også\s+)?"
                      r"(?P<verb>[a-zæøå]{2,}(?<!es)e)\s+(?=\S)", re.I)
# 'Leverandøren skal have listen senest ...': what the other party must have is what the deadline concerns
# ('skal have udfyldt og returneret skemaet': two participles that share the object)
_PARTICIPLE = re.compile(r"^(?!(?:et|det|alt)\s)[a-zæøå]{2,}(?:et|t)\s+"
                         r"(?:(?:og|samt)\s+[a-zæøå]{2,}(?:et|t)\s+)?(?!(?:af|til|fra|med|hos)\s)(?=\S)")
# 'alle brugere har gennemført e-læringen senest ...': a subject, the perfect, and its object
# ('Kommunen har frist til ...', 'har ret til ...': a noun, no participle)
_HAS_DONE = re.compile(r"(?!(?:skal|må|bør|kan|vil)\s)(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:har|have)\s+"
                       r"(?!\w*frist\b|ret\b|brug\b|lyst\b)(?=[a-zæøå]{2,}(?:et|t)\s)", re.I)
_MUST_HAVE = re.compile(r"(?:[\w'’-]+\s+){1,3}?(?:skal|må|bør)\s+(?:derefter\s+|herefter\s+|også\s+|så\s+)?"
                        r"(?:have|modtage|få)\s+", re.I)


# 'Den skal ...', 'Derefter uploades det ...': a pronoun first, or after an adverb and a passive verb
_IT_FIRST = r"(?:(?:derefter|herefter|dernæst|så|bagefter)\s+[a-zæøå]+(?:es|er)\s+)?(?:de|den|det|dem)\s+"


# 'Testen varer en dag og skal være afsluttet senest ...': the subject of both verbs, not the first's object
_SHARED_SUBJECT = re.compile(r"^(?P<thing>(?:(?:den|det|de)\s+)?[\w'’-]+"
                             r"(?:\s+(?:af|for|til|i|på|med)\s+[\w'’-]+)?)\s+[a-zæøå]{2,}(?:er|r)\b[^,.;]{0,50}?\s+og\s+(?:skal|må|bør)\s+(?:være|blive)\b",
                             re.I)


def _concerns(sentence: str, step: int | None, documents: set[str], last: str | None,
              previous: tuple[str, ...] = ()) -> str | None:
    """What the deadline concerns when the text says so: a document signed in the task, else the
    thing the table row or list item names ('Kontrolrapport | senest 5 arbejdsdage efter go-live',
    '- Fejlliste: ... Fristen er ...'), else the subject of the sentence ('Brevhovedet skal være
    udfyldt ...') or the object of its imperative ('Send oversigten til KOMBIT senest ...'), else the
    method step it is in."""
    if doc := _document(sentence, documents):
        return doc
    if m := _TIME_OPENER.match(sentence):
        sentence = sentence[m.end():]  # 'Inden opstart af testen skal testmiljøet være klar': past when
    if (m := _WHEN_IT.match(sentence)) and not _is_party(m["thing"]):
        return m["thing"]  # 'Når rollerne er tildelt, skal de kontrolleres senest ...': 'de' is the roles
    if (m := _SHARED_SUBJECT.match(sentence)) and not _is_party(m["thing"]) and \
            m["thing"].casefold() not in _NO_THING | {"i", "vi", "man", "du", "kommunen"}:
        return lower_first(m["thing"])  # 'Oprydningen tager typisk 3 uger og bør være afsluttet senest ...'
    if documents and last and re.match(_IT_FIRST, sentence, re.I):
        return last  # 'Den skal ...', 'Derefter uploades det ...': the paper just named
    if documents and (last or len(documents) == 1) and _IT_AS_OBJECT.search(sentence):
        return last or next(iter(documents))  # 'Kommunen skal returnere den senest ...'
    if (label := _label(sentence)) and (_LEADS.match(said := _DONE_TO_IT.sub(
            "", sentence[sentence.index(":") + 1:].strip())) or _DEADLINE.match(said)):
        return label  # a list item 'Afmelding af integrationer: senest 1 måned efter go-live' ('Superbrugere:
        # udpeges senest ...', 'Testplan: skal være godkendt senest ...': what is done to the thing labelled)
    if m := _DASH_LABEL.match(sentence):
        return lower_first(m.group(1))  # 'Listen med kontaktpersoner – send den til KOMBIT senest ...'
    if " | " in sentence and (cell := _row_subject(sentence)):
        return cell
    if previous and " | " in previous[0]:  # a cell of a table row: its row says what it is about
        return _document(previous[0], documents) or _row_subject(previous[0])
    if (_REFERS.match(sentence) and not _FRIST_FOR.search(sentence) or _IT_DONE.match(sentence)) and \
            (said := next(filter(None, map(item_subject, reversed(previous))), None)) and \
            not (documents and last and _is_party(said)) and \
            not (documents and re.search(r"\b(?:eksemplar|original|kopi)\w*$", said, re.I)):  # copies of it
        return said  # 'Gennemgå testcases. Godkend dem senest ...': what 'dem' stands for; not the signer
        # of 'Ydelseschefen skal signere bemyndigelsen. Fristen er ...' (the paper is)
    it = _HAS_IT.match(sentence) or _IT_THEN.match(sentence) or \
        (not documents and _IT_AS_OBJECT.search(sentence))  # '..., og kommunen skal kontrollere dem senest'
    if it and (said := next(filter(None, map(item_subject, reversed(previous))), None)) and \
            not _is_party(said):
        return said  # 'Erklæringen sendes til KOMBIT. KOMBIT skal have den senest ...': what 'den' stands for
    if step is not None and documents and _BARE_IMPERATIVE.match(sentence) and \
            (doc := last or next(filter(None, (_document(p, documents) for p in reversed(previous))), None)
             or (next(iter(documents)) if len(documents) == 1 else None)):
        return doc  # a step 'Returner senest 5 arbejdsdage efter modtagelsen': the paper of the steps before
    if documents and (_REFERS.match(sentence) or _SIGNING.search(sentence)) and \
            (last or len(documents) == 1) and not _names_its_own(sentence):
        return last or next(iter(documents))  # 'Fristen for underskrift er ...', a list item 'Frist: ...'
    if (m := _FRIST_FOR.search(sentence) or _FRIST_THEN_FOR.search(sentence)) and not _is_party(m["what"]):
        if m["what"].casefold() in POINTING_BACK:  # 'Fristen for dette er ...': what was named before it
            return last if documents and last else \
                next((s for s in map(item_subject, reversed(previous)) if s and not _is_party(s)), None)
        if documents and last and _ACT_NOUN.fullmatch(m["what"]):
            return last  # 'Sidste frist for returnering er ...': the returning of the paper just named
        if thing := _act_done_to(m["what"], documents):
            return thing  # 'Fristen for aflevering af datasættet er ...'
        what = " ".join(m["what"].split())
        # ('Fristen for at tilmelde sig uddannelsen': past a reflexive and the verb's preposition too)
        if (to := re.match(r"at\s+[a-zæøå]+e\s+(?:sig\s+)?(?:(?:til|på)\s+)?(?=\S)", what)) and \
                _document(what, documents) is None:
            what = what[to.end():]  # 'Fristen for at indberette kontaktpersoner er ...': the things done
        return lower_first(what)  # 'Fristen for indmelding af superbrugere er ...'
    said_that = _SAID_THAT.match(sentence)
    if said_that and _LEADS.search(said_that.group(0)):
        said_that = None  # 'Svar senest 3 uger efter, at opgaven er startet': the 'at' clause is the anchor
    if (m := _THAT.search(sentence) or said_that) and \
            (said := _concerns(sentence[m.end():], None, documents, last, previous)):
        return said  # 'Husk, at brugerne skal være oprettet ...': what the clause after 'at' is about
    if (m := _TO_DO.match(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Man skal huske at indsende testrapporten senest ...'
    if m := _RELATIVE.search(sentence):
        head = _head_noun(sentence[:m.start()])  # 'en beredskabsplan, som skal foreligge senest ...'
        if head and _is_party(head) and (said := item_subject(sentence[:m.start()])) and not _is_party(said):
            return said  # 'Aftalen sendes til KOMBIT, der skal have den senest ...': what KOMBIT is to have
        return head
    if (m := _PARTY_MUST.match(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Leverandøren skal bekræfte bestillingen senest ...'
    if (m := _INFINITIVE.search(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Det anbefales at påbegynde arbejdet ...', 'forventes at have udfyldt skemaet'
    if (m := _INVERTED.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():].strip())):
        return obj  # '(Senest ...) sender KOMBIT en testplan'
    if m := _AND_IT.search(sentence):
        clause = sentence[:m.start()]
        there = _THERE_IS.match(clause)
        if said := (_imperative_object("send " + clause[there.end():]) if there else item_subject(clause)):
            return said  # 'Der skal ske en oprydning, og den skal være afsluttet senest ...'
    if obj := _imperative_object(sentence):
        return obj
    if not _DUTY.match(sentence) and (m := _MUST_HAVE.match(sentence)) and \
            (obj := _perfect_object(sentence[m.end():])):
        return obj  # 'Superbrugerne skal have gennemført uddannelsen': the perfect, its object
    if (m := _HAS_DONE.match(sentence)) and (obj := _perfect_object(sentence[m.end():])) and \
            not _PARTICIPLE.match(obj + " "):  # 'har fået tildelt roller': no thing done
        return obj  # '(Kommunen sikrer, at) alle brugere har gennemført e-læringen senest ...': what they did
    if said := _read_past(sentence):
        return said
    # ('skal alle åbne sager i det gamle system være lukket': the subject with its place)
    if m := re.match(r"(?:skal|må|bør|kan)\s+(?:(?:den|det|de|jeres|kommunens|alle|eventuelle)\s+)?"
                     r"((?:[\w'’-]+\s+){1,2}(?:(?:i|på|til|for|fra|hos)\s+(?:[\w'’-]+\s+){1,4}?)?)"
                     r"(?:være|blive|have|[a-zæøå]{3,}es)\b", sentence, re.I):
        if m.group(0).casefold().endswith("have") and (obj := _imperative_object(
                "send " + _PARTICIPLE.sub("", sentence[m.end():].strip(), count=1))) and \
                not _PARTICIPLE.match(obj + " "):  # 'have fået tildelt roller': no thing done
            return obj  # 'Inden go-live skal alle superbrugere have gennemført e-læringen': what they do
        if not re.fullmatch(_NOBODY, m.group(1).strip(), re.I) and m.group(1).split()[0].casefold() not in {
                "der", "kommunen", "i", "vi", "man"}:
            return lower_first(m.group(1).strip())  # 'skal den underskrevne aftale være returneret'
    if m := re.match(r"(?:skal|må|bør|kan)\s+(?:(?:den|det|de|jeres|kommunens|alle|eventuelle)\s+)?"
                     r"([\w'’-]+)\s",
                     sentence,
                     re.I):
        if obj := _imperative_object(f"{m.group(1)} skal {sentence[m.end():]}"):
            return obj  # 'Senest ... skal kommunen afmelde de gamle integrationer'
        sentence = f"{m.group(1)} skal"  # 'Senest ... skal aftalen være returneret': the subject follows
    if m := _SUBJECT.match(sentence):
        subject = m.group(1)
        if last and _ACT_NOUN.fullmatch(subject):
            return last  # 'Godkendelsen skal ske senest ...' is about what was to be approved
        if thing := _act_done_to(subject, documents):
            return thing  # 'Indsendelsen af kontaktoplysningerne skal ske senest ...': what is sent
        if of := _FRIST_OF.fullmatch(subject):
            # 'Tilmeldingsfristen er ...', 'Indmeldingsfristen for superbrugere er ...'
            return lower_first(of["what"] + (f" af {of['of']}" if of["of"] else ""))
        if not re.fullmatch(r"(?:i|vi|du|man|kommunen|det|der|den|de|dette|frist\w*|tidsfrist\w*|deadline\w*"
                            r"|" + _THEN_WORDS + r"|[-•*]\s.*)", subject, re.I):
            return lower_first(subject)
    if (m := _THING_DOES.match(sentence)) and not _is_party(m["thing"]):
        return lower_first(m["thing"])  # 'Tilmeldingen lukker 4 uger før go-live'
    return f"trin {step}" if step is not None else None


# a definite noun, its verb in the present and the deadline: 'Tilmeldingen lukker (senest) 4 uger før ...'
# (not a duration: 'Testen varer fem arbejdsdage og ...')
_THING_DOES = re.compile(r"(?P<thing>[\w-]{3,}(?:en|et|ne))\s+[a-zæøå]{3,}er\s+"
                         r"(?:(?:senest|tidligst|allerede)\s+)?"
                         + _NUMBER + r"\s+\S+\s+(?:før|efter|inden|forud)\b", re.I)


# A phrase of time that opens a sentence before its modal: 'Inden opstart af testen skal X være klar', 'I
# forbindelse med konverteringen skal X ...': what the deadline concerns comes after it
_TIME_OPENER = re.compile(r"(?:inden|før|efter|ved|under|forud\s+for|i\s+forbindelse\s+med)\s+"
                          r"(?:[\w'’-]+\s+){1,4}?(?=(?:skal|må|bør)\s+\S+\s+(?:være|blive|have|[a-zæøå]{3,}es)\b)",
                          re.I)


def _perfect_object(rest: str) -> str | None:
    """The object of a perfect after its auxiliary: 'gennemført uddannelsen senest ...' -> 'uddannelsen'."""
    return _imperative_object("send " + _PARTICIPLE.sub("", rest, count=1))


def _act_done_to(what: str, documents: set[str]) -> str | None:
    """'aflevering af datasættet', 'Indsendelsen af kontaktoplysningerne': the thing the act is done to
    (a signed paper by its name), or None when `what` is no act of handing over or signing."""
    of = re.match(_ACT_NOUN.pattern + r"\s+af\s+(?:(?:den|det|de)\s+)?(?P<thing>.+)", what, re.I)
    if of is None or _is_party(of["thing"]) or is_person(of["thing"].split()[0]):
        return None  # 'Underskriften af direktøren skal ...': who does it, not what it is done to
    return _document(of["thing"], documents) or lower_first(of["thing"])


# A compound of an act and a word for deadline: 'tilmeldingsfristen' is the deadline for 'tilmelding'
_FRIST_OF = re.compile(r"(?P<what>[\w-]{3,}?(?:ing|else))s?(?:frist|tidsfrist|deadline)\w*"
                       r"(?:\s+for\s+(?P<of>.+))?", re.I)


# The noun for doing something to a paper: 'Godkendelsen skal ske ...', 'Fristen for returnering er ...'
# (every noun of signing: 'Attesteringen skal være sket', 'Underskrivelsen skal ske')
_ACT_NOUN = re.compile(r"(?:godkendelse|underskrift|underskrivning|underskrivelse|signering|accept|sign-?off"
                       r"|påtegning|attestering|kontrasignering|tiltrædelse"
                       r"|aflevering|indsendelse|fremsendelse|returnering|tilbagesendelse|upload|overdragelse"
                       # ('Indberetningen af kontaktoplysninger sker ...': reporting hands the thing over too)
                       r"|indberetning|oversendelse|videresendelse|levering)\w*",
                       re.I)


def _read_past(sentence: str) -> str | None:
    """What a deadline's sentence is about when it says so other than with its subject first: past an
    aside, a relative clause or an opening condition; a passive verb before its subject; a party's verb
    and its object; 'har N dage til at <verb> X'."""
    if (bare := _ASIDES.sub("", sentence).strip(" ,")) != sentence.strip(" ,") and bare:
        if (m := re.match(r"(?:skal|må|bør)\s+(?:(?:den|det|de)\s+)?([\w'’-]+)\s+\w", bare, re.I)) and \
                not re.fullmatch(_NOBODY, m.group(1), re.I):
            return lower_first(m.group(1))  # 'Hvis ..., skal anmodningen sendes senest ...'
        if (m := _SUBJECT.match(bare)) and not re.fullmatch(_NOBODY, m.group(1), re.I):
            return lower_first(m.group(1))
    for pattern in (_PASSIVE_FIRST, _PARTY_DOES, _SOMEONE_DOES):
        # the verb is read: what follows is the object, past a participle ('sendes underskrevet aftalen');
        # a plural ending in -ne is a noun here ('gennemgås brugerne igen'), not a verb to pass
        m = pattern.match(sentence)
        rest = _PARTICIPLE.sub("", sentence[m.end():].strip(), count=1) if m else ""
        if m and (obj := _imperative_object("send " + rest)) and \
                obj.split()[0].casefold() not in NUMBERS:  # 'Testen varer fem arbejdsdage' names no thing
            return obj
    if (m := _TIME_TO.search(sentence)) and (obj := _imperative_object(
            "send " + re.sub(r"^\S+\s+", "", sentence[m.end():].strip()))):
        return obj  # 'har 10 arbejdsdage til at gennemgå udkastet': past the infinitive
    return None


# 'KOMBIT skal have den senest ...', 'Leverandøren skal modtage dem ...': a party to get what was named before
_HAS_IT = re.compile(r"(?:[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et))\s+(?:skal|må|bør)\s+(?:have|modtage|få)\s+"
                     r"(?:den|det|dem)\b", re.I)
# '(Senest ...) skal den være underskrevet', with the deadline read off: 'den' opens what is left
_IT_THEN = re.compile(r"(?:skal|må|bør)\s+(?:den|det|de)\s+(?:være|blive|\w{3,}es)\b", re.I)
# a step that is only an imperative and its deadline: 'Returner senest ...', 'Send retur til KOMBIT inden ...'
_BARE_IMPERATIVE = re.compile(r"(?:send|returnér|returner|indsend|upload|aflever|underskriv|godkend|signér"
                              r"|signer)\s+(?:(?:retur|tilbage)\s+)?(?:til\s+[\w'’-]+\s+)?"
                              r"(?:senest|inden|før|\d)", re.I)
_NOBODY = r"(?:i|vi|du|man|kommunen|det|der|den|de|dette|[\w-]*frist\w*|deadline\w*)"


# A sentence whose subject is the item spoken of before: 'Den sendes til KOMBIT senest ...', 'Fristen er
# ...', 'Det skal ske senest ...', or nothing but the deadline ('Senest 20 dage før go-live.').
_REFERS = re.compile(r"^(?:[-•*–]\s+)?(?:(?:bemærk|husk|obs|nb|vigtigt)\s*[,:!]?\s+(?:at\s+)?)?"
                     r"(?:(?:den|det|de|dette|disse)\s+(?:skal|må|bør|sker|\w{3,}es|\w{2,}(?:gås|stås|fås))\b"
                     # 'Returfristen er ...', 'Svarfristen er ...', 'Sidste frist er ...': a deadline's word
                     r"|(?:(?:sidste|seneste|endelige)\s+)?(?:[\w-]*frist(?:en)?|deadline)\b|\W*$)", re.I)
_NOT_LABELS = {"bemærk", "note", "obs", "nb", "vigtigt", "husk", "tip", "frist", "deadline", "eksempel", "fx"}
_LABEL = re.compile(r"(?:[-•]\s+)?([^\W\d][^:|.]{0,40}?):\s+\S")
_LEADS = re.compile(r"\b(?:senest|inden|indenfor|allerede|før|efter|frist)\b|\d", re.I)


# An opening condition, then the main clause's verb and its subject: what follows is the object
_THEN_DOES = re.compile(r"(?:når|hvis|efter\s+at|så\s+snart)\s+[^,]{3,80},\s*[a-zæøå]{3,}e?r\s+"
                        r"(?:[A-ZÆØÅ]{2,}|[\w-]+(?:en|et|ne))\s+", re.I)


def _label(sentence: str) -> str | None:
    """A list item's label: '- Fejlliste: ...' -> 'fejlliste'."""
    if (m := _LABEL.match(sentence)) and len(m.group(1).split()) <= 4 and not _LEADS.search(m.group(1)) \
            and m.group(1).strip().casefold() not in _NOT_LABELS \
            and not re.match(r"(?:[\w-]*frist\w*|deadline\w*)(?:\s+for\b|$)", m.group(1).strip(), re.I):
        # 'Tidsfrist: ...', 'Deadline for indberetning: ...' (what it is for is read by _FRIST_FOR)
        return lower_first(m.group(1).strip())
    return None


@lru_cache(maxsize=8192)
def item_subject(sentence: str) -> str | None:
    """What a list item or sentence is about: its label ('- Fejlliste: ...'), else its subject."""
    if label := _label(sentence):
        return label
    if obj := _imperative_object(sentence):
        return obj  # 'Udfyld skemaet. Det skal være sendt senest ...'
    if (m := _THEN_DOES.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Når fuldmagten er godkendt, opretter administratoren brugerne. Det skal ske ...'
    if (m := _PARTY_DOES.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Lønkontoret melder testresultatet til KOMBIT. Det skal ske ...'
    if (m := _MUST_DO.match(sentence)) and m["verb"].casefold() not in _NOT_VERBS and \
            not document_lemma(m["who"], loose=True) and \
            (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Alle sagsbehandlere skal gennemføre e-læringen. Dette skal ske ...': what is done
    # ('Herefter skal KMD have aftalen retur': an adverb before the modal is no subject)
    if (m := _SUBJECT.match(sentence)) and not re.fullmatch(r"(?:i|vi|du|man|kommunen|det|der|den|de|"
                                                            + _THEN_WORDS + ")", m.group(1), re.I):
        if m.group(1).split()[0].casefold() in _OPENERS:
            if (when := _WHEN_DONE.match(sentence)) and not _is_party(when["thing"]):
                # ('Når listen er indhentet, oprettes brugerne ...': a main clause with a subject of its own
                # speaks of that)
                return _own_subject(sentence[when.end():]) or lower_first(when["thing"])
            # 'Efter signering videresendes aftalen til KOMBIT': an opening phrase, the verb, then the subject
            return _imperative_object("send " + sentence[m.end():].strip())
        return lower_first(m.group(1))
    return None


def _own_subject(main: str) -> str | None:
    """The subject after the verb of a main clause that opens with its verb ('oprettes brugerne i KY'),
    unless it is a pronoun ('mailes den til KOMBIT': the thing said before)."""
    verb, _, rest = main.strip().partition(" ")
    if not rest or re.match(r"(?:den|det|de|dem|disse|denne|dette|der|i|vi|man|kommunen)\b", rest, re.I):
        return None
    obj = _imperative_object(f"send {rest}")
    return None if obj is None or _is_party(obj) else obj


# 'Når blanketten er underskrevet, ...': the thing a condition says is done is what the sentence speaks of
_WHEN_DONE = re.compile(r"(?:når|efter\s+at|så\s+snart)\s+(?:(?:den|det|de)\s+)?"
                        r"(?P<thing>[\w'’-]+?(?:en|et|ne))\s+"
                        r"(?:er|bliver)\s+[a-zæøå]+(?:et|t)\s*,", re.I)
# Adverbs of order that may stand first, before the verb: no subject of the sentence
_THEN_WORDS = "derefter|herefter|dernæst|bagefter|efterfølgende|endelig|først|så|nu"
# Prepositions that open a sentence with a phrase of time or manner before its verb ('Efter signering
# sendes ...', 'Ved modtagelsen kontrolleres ...'): what follows the verb is the subject
_OPENERS = {"efter", "ved", "før", "inden", "under", "med", "når", "senest", "straks"}


def _row_subject(row: str) -> str | None:
    """A table row 'Ydelseskatalog | senest 30 dage før go-live': the first cell that names a thing."""
    for cell in (c.strip(" -–|") for c in row.split(" | ")):
        if cell and not _LEADS.search(cell) and len(cell.split()) <= 6 and re.search(r"[^\W\d_]{3}", cell):
            return lower_first(re.split(r"\s+[-–—]\s+", cell)[0])
    return None


_IMPERATIVE = re.compile(
    r"(?:send|indsend|fremsend|videresend|aflever|indlever|lever|return[eé]r|upload|indberet|indmeld|meld"
    r"|bestil|opret|udfyld|udarbejd|færdiggør|gem|del|registr[eé]r|opdat[eé]r|tilmeld|afmeld|godkend"
    r"|underskriv|sign[eé]r|indtast|angiv|oplys|udpeg|vælg|book|planlæg|gennemfør|afslut|luk|kontroll[eé]r"
    r"|tjek|ret|slet|install[eé]r|konfigur[eé]r|opsæt|tildel|fjern|beskriv|dokument[eé]r|indhent|hent"
    r"|gennemgå|public[eé]r|aktiv[eé]r|deaktiv[eé]r|test|afprøv|tilret|klargør|forbered|tilpas|ryd|udfør"
    r"|etabl[eé]r|lav|find|udsend|overfør|flyt|konvert[eé]r|migr[eé]r|import[eé]r|indlæs|afstem|afklar|aftal"
    r"|undersøg|identific[eé]r|kortlæg|inform[eé]r|orient[eé]r|uddan|afhold|indkald|udvælg|besvar|tilføj"
    r"|redig[eé]r|vurd[eé]r|bekræft|nedlæg|køb|indkøb|åbn|kvalitetssikr|valid[eé]r|rens|afrapport[eé]r"
    # verbs that place, write or hold a thing: 'Læg skabelonerne i løsningen', 'Skriv et informationsbrev'
    r"|læg|skriv|hold|dan|træk|scan|e?-?mail|print|udskriv|sæt|annonc[eé]r|offentliggør|behandl|fastlæg"
    r"|saml|vedlæg|indsæt|arkiv[eé]r|journalis[eé]r|opbevar|varsl|annull[eé]r|ændr|mærk|indstil"
    # 'Få tømmeplanerne på plads senest ...': what is to be got in order; 'Svar på spørgeskemaet'
    r"|få|svar\s+på|reag[eé]r\s+på)\s+", re.I)
# the participle after 'få' that makes it 'receive': 'får tilsendt', 'får udleveret', 'får tildelt'
# an indirect object before the thing sent: a pronoun, or a party when a determiner follows ('Send KOMBIT
# jeres testplan'; 'Send KOMBIT-aftalen' is a thing)
_TOLD = re.compile(r"(?i:os|jer|mig|dig|ham|hende|leverandøren|leverandørerne)|[A-ZÆØÅ]{2,}")
_TOLD_ALWAYS = {"os", "jer", "mig", "dig", "ham", "hende"}
_THEIRS = {"jeres", "vores", "kommunens", "sin", "sit", "sine", "deres", "alle", "eventuelle"}
_GOT = re.compile(r"(?:til|frem|ud|over)?(?:sendt|leveret|delt|draget|stillet)", re.I)
_NOT_VERBS = {"vær", "være", "hav", "have", "ha", "få", "bliv", "blive", "kunn", "kunne", "selv", "først",
              "derefter", "herefter", "dernæst", "også", "senest", "inden", "altid", "sørg", "husk", "gør",
              "gøre"}
_NOT_OBJECT = {"den", "det", "de", "dem", "disse", "dette", "alt", "noget", "sig", "jer", "os", "besked",
               # a verb's fixed phrase, no thing: 'tage stilling til', 'tage kontakt til', 'tage højde for'
               "stilling", "kontakt", "højde", "hensyn", "styr", "overblik"}
_AFTER_OBJECT = {"over", "for", "om"}  # 'listen over afmeldte abonnementer', 'planen for test'
# the particle of a particle verb after its object: 'melder sine kontaktpersoner ind', 'Send skemaet retur'
_PARTICLE_END = {"ind", "ud", "op", "frem", "ned", "tilbage", "retur", "hjem"}
# adverbs between an imperative and its object: 'Returnér venligst den udfyldte blanket'
_MANNER = {"venligst", "gerne", "straks", "omgående", "hurtigst", "muligt", "elektronisk", "digitalt", "selv"}
_REPLY = re.compile(r"(?:tilbagemelding|svar|høringssvar|kommentar|bemærkning|respons|feedback)\w*$", re.I)


# 'Kommunen skal udarbejde en testplan', 'Kommunen indsender en liste', 'skal kommunen have oprettet
# alle brugere': what the municipality does to a thing, read as the imperative 'Udarbejd en testplan'
_DUTY = re.compile(r"(?:kommunen|i|vi|man|du)\s+"
                   r"(?:(?:skal|må|bør)\s+(?:også\s+|selv\s+)?(?:have\s+)?|har\s+)?"
                   r"(\w+?)(?:e|er|r|et|t)?\s", re.I)
# ('skal udfylde og returnere skemaet': a second infinitive shares the object too)
_AND_DONE = re.compile(r"^\s+(?:og|samt)\s+(?:[a-zæøå]{3,}(?:et|t)"
                       r"|(?!alle\b|disse\b|andre\b|begge\b)[a-zæøå]{3,}e)\s+")
_REMIND = re.compile(r"(?:husk|sørg\s+for|det\s+er\s+vigtigt)\s*,?\s+at\s+(\w+?)e?\s", re.I)


# 'Listen med kontaktpersoner – send den til KOMBIT senest ...': a thing named, then what to do with it
_DASH_LABEL = re.compile(r"([^\W\d][^–—:|]{2,60}?)\s+[–—-]\s+\w+\s+(?:den|det|dem)\b", re.I)
_AND_DO = re.compile(r"\s*(?:og|eller|,)\s*" + _IMPERATIVE.pattern, re.I)
# 'Opret, kontrollér og aktivér brugerne': the first of imperatives listed with commas
_FIRST_OF = re.compile(_IMPERATIVE.pattern.removesuffix(r"\s+") + r"(?=\s*,)", re.I)
_TELL = re.compile(r"(?:giv|send)\s+(?:\S+\s+){0,2}?besked\s+om\s+", re.I)
_INFORMED = re.compile(r"(?:oplyse|informere|orientere|underrette)\s+(?:[\w'’-]+\s+){1,2}?om\s+", re.I)
_INFORM = re.compile(r"(?:oplys|informér|informer|orientér|orienter|underret)\s+(?:[\w'’-]+\s+){1,2}?om\s+",
                     re.I)


def _object_after(text: str) -> str | None:
    """The noun phrase after a verb: 'påbegynde arbejdet senest ...' -> 'arbejdet'."""
    text = text.strip()
    if told := _INFORMED.match(text):
        return _imperative_object("send " + text[told.end():])  # 'oplyse KOMBIT om navnet': the name
    text = re.sub(r"^[\w-]+\s+", "", text) if re.match(r"[a-zæøå-]+(?:e|t|et)\s", text) else text
    return _imperative_object("send " + text)


@lru_cache(maxsize=8192)
def _imperative_object(sentence: str) -> str | None:
    """'Send listen over nye abonnementer til KOMBIT senest ...' -> 'listen over nye abonnementer';
    'Husk at sende skabelonen ...' -> 'skabelonen'."""
    if r := _REMIND.match(sentence) or _DUTY.match(sentence):  # the infinitive after 'Husk at' is the
        stem = r.group(1)  # imperative's stem + e ('lukke': 'luk'); 'Kommunen sender X'
        stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå" else stem
        # 'skal have udfyldt og returneret skemaet': the second participle shares the object
        sentence = stem + _AND_DONE.sub(" ", sentence[r.end() - 1:], count=1)
    # ('Oplys KOMBIT om kontaktpersonens navn': the party told comes first, what it is told after 'om')
    m = _INFORM.match(sentence) or _IMPERATIVE.match(sentence) or _FIRST_OF.match(sentence)
    while m and (more := _AND_DO.match(sentence, m.end())):
        m = more  # 'Udfyld og returnér skemaet', 'Opret, kontrollér og aktivér brugerne'
    if m is None and (told := _TELL.match(sentence)):
        m = told  # 'Giv KOMBIT besked om resultatet'
    if m is None and r and re.fullmatch(r"[a-zæøå]{3,}", stem) and stem not in _NOT_VERBS | STOP_WORDS:
        m = re.match(r"\S+\s+", sentence)  # 'Kommunen skal afholde en workshop': after a modal, a verb
    if m is None:
        return None
    out: list[str] = []
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", sentence[m.end():])
    i = 0
    while i < len(tokens) and tokens[i].casefold() in _MANNER:
        i += 1  # 'Returnér venligst den udfyldte blanket'
    if i + 1 < len(tokens) and tokens[i].casefold() == "sig":
        # 'tilmelder sig (til) X': the reflexive and its preposition
        i += 2 if i + 2 < len(tokens) and tokens[i + 1].casefold() in {"til", "på"} else 1
    if i + 1 < len(tokens) and m.group(0).strip().casefold() == "få" and _GOT.fullmatch(tokens[i]):
        i += 1  # 'Kommunen får tilsendt en aftale': what it is sent, not the participle
    if i + 1 < len(tokens) and tokens[i].casefold() in _PARTICLE_END | {"igennem"}:
        i += 1  # 'Ryd op i sagerne', 'Der skal ryddes op i sagerne': the verb's particle is no thing; where
        if tokens[i].casefold() in {"i", "på", "blandt"}:  # it is done is
            i += 1
    if i + 1 < len(tokens) and _TOLD.fullmatch(tokens[i]) and (
            tokens[i].casefold() in _TOLD_ALWAYS or tokens[i + 1].casefold() in ARTICLES | _THEIRS):
        i += 1  # 'Send os listen', 'Send KOMBIT jeres testplan': who gets it comes before what is sent
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | {"alle", "eventuelle", "kommunens"}:
        i += 1
    if i + 2 < len(tokens) and tokens[i].casefold() in {"styr", "overblik"} and \
            tokens[i + 1].casefold() in {"på", "over"}:
        i += 2  # 'Få styr på rollerne', 'Skab overblik over sagerne': the thing after the phrase
        while i < len(tokens) and tokens[i].casefold() in ARTICLES | {"alle", "eventuelle", "kommunens"}:
            i += 1
    if i + 1 < len(tokens) and tokens[i].isdigit() and re.match(r"[a-zæøå]", tokens[i + 1], re.I) and \
            not _UNIT_WORD.match(tokens[i + 1]):
        i += 1  # 'send 5 testbreve til KOMBIT': a count before the thing, not a span of time
    for tok in tokens[i:i + 6]:
        low = tok.casefold()
        if low == "på" and out and _REPLY.match(out[-1]):
            out.append(tok)  # 'jeres tilbagemelding på testplanen': a reply is on what it answers
            continue
        if not re.match(r"\w", tok) or (low in STOP_WORDS and not (low in _AFTER_OBJECT and out)) or \
                (out and (tok[0].isdigit() or low in _PARTICLE_END)):
            break  # 'Send listen 3 dage efter ...': the object ends where the deadline starts
        out.append(tok)
    while out and out[-1].casefold() in _AFTER_OBJECT:
        out.pop()
    first = out[0].casefold() if out else ""
    named = out and not (first in _NOT_OBJECT and not (first == "besked" and len(out) > 2))
    if not named or out[0][0].isdigit():
        return None  # 'Giv besked' names nothing; 'Giv besked om fejl' does
    return lower_first(" ".join(out))


def concerns(deadline: TextDeadline, document: str) -> bool:
    """Whether a deadline is about this document ('aftalerne' is about each of the task's agreements)."""
    document = document.casefold()
    return any(about and (about == document or document.endswith(about))
               for about in re.split(r",\s*|\s+og\s+", (deadline.about or "").casefold()))


def calendar_offset(deadline: TextDeadline, anchor: date, *, add_working_days=None) -> date:
    """The date a deadline falls on, counted from its anchor's date. Working days need the caller's
    holiday calendar (bot.deadlines.add_working_days); without one they count Monday-Friday."""
    n = deadline.days
    if deadline.unit is DeadlineUnit.WORKING_DAYS:
        if add_working_days:
            return add_working_days(anchor, n)
        day, step, left = anchor, timedelta(days=1 if n >= 0 else -1), abs(n)
        while left:
            day += step
            left -= day.weekday() < 5
        return day
    if deadline.unit is DeadlineUnit.WEEKS:
        return anchor + timedelta(weeks=n)
    if deadline.unit is DeadlineUnit.MONTHS:
        month = anchor.month - 1 + n
        year, month = anchor.year + month // 12, month % 12 + 1
        for day in range(anchor.day, 27, -1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return date(year, month, min(anchor.day, 28))
    return anchor + timedelta(days=n)
