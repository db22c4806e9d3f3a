"""The words of a question that only say what kind of answer it asks, credited to answers of that kind."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys

# the verbs of what a thing holds: 'hvilke felter skal listen indeholde?', 'hvor mange typer er omfattet?'
# ask its content, which a text gives as a label's value or a list after a colon ('Testudtræk: 250
# familier', 'med disse 8 felter: ...'), rarely in the verb itself
_CONTENT_VERB = re.compile(r"indehold(e|er|es|t|te)|omfatte(r|s|t|de)?|rumme(r|s|t)?|bestaa(r)?|"
                           r"contains?|contained|includes?|included|consists?")
# a label's value or a list after a colon ('Format: CSV', 'omfatter:\n1) ...'), not a colon ending the text
_COLON_CONTENT = re.compile(r":[ \t]*\S|:\s*\n\s*\S")


def credit_value_words(q, candidates) -> None:
    """An answer of the kind the question's framing words ask for explains them: a label's value or a list
    explains the verb of what a thing holds. The words stay weighed (retrieval finds the lines by them),
    but a sentence need not say them to answer. (A price is not credited so: 'Pris: ...' lines of a thing
    answered questions about a variant of it, 'hvad koster det at få X holdt hos os?', held-out counts.)"""
    from knowledge.qa.gate import said  # (the gate reads the candidates this module credits)

    content = _positions(q, _CONTENT_VERB) if not q.yesno else set()
    content |= recorded_positions(q)
    info = info_asked(q)
    if not content and info is None:
        return
    for c in candidates:
        if c.found and c.kind not in ("title", "overview") and content - c.explained and \
                _COLON_CONTENT.search(said(c.text)):
            c.explained = c.explained | content
        if info is not None and c.found and c.kind == "passage" and enumerates(said(c.text), q):
            c.explained = c.explained | {info}  # 'gemmer deltagernes navne, alder og telefonnumre'


# what a list records of each thing: 'hvilke oplysninger skal stå om hver station?', 'what information
# must the list hold for each station?', 'what must be recorded for each machine?'. The noun of information
# and the verb of writing it down only say that a list is asked, which the tasks give as a list after a
# colon ('For hver station angives: ...'), seldom in these words ('hold' is English only: Danish 'hold' is
# a team)
INFO_NOUN = re.compile(r"oplysning(er|erne)?|information(er)?|detaljer(ne)?|details?")
_RECORDING_VERB = re.compile(r"staa(r)?|registrere(r|s)?|registreret|angive(r|s)?|angivet|notere(r|s)?|"
                             r"skrive(r|s)?|skrevet|oplyse(r|s)?|record(s|ed)?|say|says|goes")
_RECORDING_EN = re.compile(r"hold|holds")
EACH = re.compile(r"hver|hvert|each|every")


def recorded_positions(q) -> set[int]:
    """The positions of the weighed words that ask what a list records of each thing (the noun of
    information, the verb of writing it), when the question asks it (asks_records)."""
    return {p for p in _recording_words(q) if q.tokens[p].weight > 0}


def asks_records(q) -> bool:
    """Whether the question asks what a list records: a which-question of information, or 'hvad' with
    'hver' and a verb of writing ('what must be recorded for each machine?', 'hvad skal vi oplyse om hver
    plads?', whose verb is a stop word)."""
    return bool(_recording_words(q))


def _recording_words(q) -> set[int]:
    if q.yesno:
        return set()
    folded = [ascii_fold(t.surface.casefold()) for t in q.tokens]
    nouns = {t.pos for t, f in zip(q.tokens, folded, strict=True) if INFO_NOUN.fullmatch(f)}
    verbs = {t.pos for t, f in zip(q.tokens, folded, strict=True)
             if _RECORDING_VERB.fullmatch(f) or (q.lang == "en" and _RECORDING_EN.fullmatch(f))}
    # only of each thing ('om hver station', 'pr. bane'): 'hvilke oplysninger om kommunen skal vi skrive i
    # aftalen?' asks no list, and a label's line ('3.2 ...: ej gennemført') is no answer to it (own
    # paraphrase6 #9 turned confident wrong)
    each = any(EACH.fullmatch(f) or f in ("pr", "pr.", "per") for f in folded)
    return nouns | verbs if each and (nouns or verbs) else set()


def info_asked(q) -> int | None:
    """The position of the noun of information a which-question opens with ('hvilke oplysninger gemmer
    Isblokbogen?', 'which details ...'), a word that only says that pieces of information are asked: a
    sentence that enumerates them ('Isblokbogen gemmer deltagernes navne, alder og telefonnumre') says them
    without the word. None for other questions."""
    if q.yesno or len(q.tokens) < 2 or not _WHICH.fullmatch(ascii_fold(q.tokens[0].surface.casefold())):
        return None
    noun = q.tokens[1]
    return noun.pos if noun.weight > 0 and INFO_NOUN.fullmatch(ascii_fold(noun.surface.casefold())) else None


_WHICH = re.compile(r"hvilke|which|what")


def enumerates(text: str, q) -> bool:
    """Whether the text enumerates three or more things in one clause ('navne, alder og telefonnumre') that
    are not the question's own words nor the doers after 'af' ('Kajakbogen kan bruges af skoler, klubber
    og borgere' lists who uses it, not what information it holds)."""
    asked = {k for t in q.tokens for k in t.keys}
    for m in _ENUMERATION.finditer(text):
        if _AGENT_BEFORE.search(text, 0, m.start()):
            continue
        if not content_keys(m.group(0)) & asked:
            return True
    return False


_AGENT_BEFORE = re.compile(r"\b(?:af|by)\s+$", re.I)


# 'navne, alder og telefonnumre', 'name, age and phone number': items of a word or two, comma-separated, the
# last after 'og'/'samt'/'and'
_ITEM_WORDS = r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?"
_ENUMERATION = re.compile(rf"\b{_ITEM_WORDS}(?:,\s+{_ITEM_WORDS}){{1,}},?\s+(?:og|samt|and)\s+[^\W\d_]+")


def lists_records(q, text: str) -> bool:
    """Whether the text lists what the question asks a list to record ('hvilke oplysninger ...?' -
    'For hver station angives: - kaldesignal ...'): the items are the information, unnamed."""
    return bool(recorded_positions(q)) and bool(_COLON_CONTENT.search(text))


def _positions(q, words: re.Pattern[str]) -> set[int]:
    return {t.pos for t in q.content() if words.fullmatch(ascii_fold(t.surface.casefold()))}


# the noun of the contact asked for ('hvem er kontaktperson for X?', English 'who is the KOMBIT contact for
# X?', read as 'kontaktperson')
_CONTACT_NOUN = re.compile(r"kontakt\w*|contacts?")
# the asker's verb of writing to the contact ('hvem skal jeg skrive til om X?', `contacts.ASKER_WRITES`)
_WRITE_VERB = re.compile(r"skrive|skriver")


def credit_contact_words(q, candidates) -> None:
    """The line on whom to ask, with a way to reach them, says the contact asked for by whatever word it
    uses ('Spørgsmål til aftalen: X, KOMBIT, x@kombit.dk' for 'who is the KOMBIT contact for the
    agreement?'): it explains the question's contact noun. The other words must still be said."""
    from knowledge.qa.contacts import ASKER_WRITES, asks_whom, reachable, says_whom
    from knowledge.qa.gate import said
    from knowledge.qa.types import Expect

    if q.yesno or q.expects is not Expect.PARTY or not asks_whom(q):
        return
    noun = _positions(q, _CONTACT_NOUN)
    if ASKER_WRITES.search(q.text):  # 'hvem skal jeg skrive til om X?': the mail on the line says it
        noun |= _positions(q, _WRITE_VERB)
    for c in candidates:
        if c.found and c.kind not in ("title", "overview") and noun - c.explained and \
                says_whom(said(c.text)) and reachable(said(c.text)):
            c.explained = c.explained | noun
