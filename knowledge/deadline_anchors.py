"""What a deadline counts from: go-live, the receipt of something, the task's start or end, or an
event in its own words ('opstartsmødet'), and deadlines at go-live itself ('senest ved go-live')."""

from __future__ import annotations

import re

from knowledge.deadline_about import _about, _document, _is_party
from knowledge.deadline_clauses import _clause
from knowledge.language import (
    US,
)
from knowledge.models import DeadlineUnit, TextDeadline

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
# 'Beredskabet starter ved go-live, og planen skal være klar to måneder forinden': a length counted back with
# no anchor after it ('forinden', 'i forvejen', 'før' at the clause's end) counts from go-live when the words
# before it in the sentence or its paragraph name go-live (any other event stays unread: which one is unsure)
_GOLIVE_SAID = re.compile(r"\b(?:" + _ANCHORS[0][1] + r")", re.I)


def golive_said(text: str) -> int | None:
    """Where the last words in `text` that name go-live as an event of its own end, None when none do ('i
    weekenden før go-live' names the weekend: what is counted back from it is not counted from go-live)."""
    return max((m.end() for m in _GOLIVE_SAID.finditer(text)
                if not _COUNTED_FROM.search(text[:m.start()])), default=None)


_COUNTED_FROM = re.compile(r"\b(?:før|efter|inden|forud\s+for|op\s+til|fra|til)\s+(?:(?:den|det)\s+)?$", re.I)
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
# ('Fristen er inden kvartalets udgang', 'Tidsfrist: inden go-live': a time limit is a demand by its name)
# ('Der er ingen frist for X, som typisk sker ...' denies one)
_DEMAND = re.compile(r"\b(?:skal|må|bør|senest"
                     r"|(?<!ingen )(?<!ikke nogen )(?:tids|svar|afleverings)?frist(?:en)?)\b", re.I)


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
    own = re.split(r",\s+(?:så|og|men|dog|hvorefter|da|fordi|hvis)\b|\s+[–—-]\s+"
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
