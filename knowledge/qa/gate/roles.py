"""Whether a 'hvem er <rolle>' answer names the role, held by the one it names."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import at_boundary, content_keys, key, question_keys, starts_ignoring_case
from knowledge.lexicon import english_numbers, number_alternation
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import asked_role
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.words import _DEFINITE_END, _TEXT_WORD, _shares
from knowledge.qa.types import COPULA_ADVERBS, Expect, holds, names_role


def _role_said(q: Question, c: Candidate) -> bool:
    """'Hvem er arkivchef?' is answered by a sentence that names the role ('Arkivchef er Per Holm',
    'Anbefalet ansvarlig: Kommunens arkivchef'), not by any sentence about the archive."""
    role = asked_role(q)
    if role is None or c.kind not in ("passage", "fact") or \
            not (names_role(role.surface) or _of_named(q, role)):
        return True
    keys = content_keys(c.text)
    if role.match < 1:  # a compound the tasks have only in parts ('arkivchef'): every part must be said
        return all(_shares(keys, {k}) for k in role.keys)
    # the role's own key: its variants may be its parts ('arkiv' of 'arkivchef')
    # or a person, other than one the question names ('Pia Holms chef' is not Pia Holm)
    asked = question_keys(q.text, q.held)
    # a run of capitalised words that shares a word with the name asked is that one ('Økonomikonsulent
    # Gitte Hvam' for 'Gitte Hvams chef': a sentence's first word before the name)
    return _shares(keys, {role.key}) or any(not content_keys(m.group(0)) & asked
                                            for m in _PERSON.finditer(c.text))


def _other_role_of_unit(q: Question, role: Token, text: str) -> bool:
    """'Hvem er chefen for Dyr og Fritid?' is not answered by '... godkendes af afdelingslederen for Dyr og
    Fritid og sendes til Hestesko Systemer': the text gives the unit the question names to another role
    (the firm it names after is no holder of the role asked)."""
    # the unit the role is of, ending the question: 'chefen for Dyr og Fritid', 'lederen for kultur & fritid'
    unit = next((m for i in starts_ignoring_case(q.text, role.surface)
                 if (m := _UNIT_AFTER.match(q.text, i + len(role.surface)))), None)
    if unit is None:
        return False
    words = _words_for(unit.group(1), text)
    return bool(words) and all(names_role(w) and not _shares(content_keys(w), {role.key}) for w in words)


# what follows the role to the question's end: 'for Dyr og Fritid?' (after the role's own words, found as
# written: one pattern for every role, not one compiled per question)
_UNIT_AFTER = re.compile(r"\s+for\s+([\wæøå&-]+(?:\s+[\wæøå&-]+){0,3})\W*$", re.IGNORECASE)
# '<word> for ' in a text, one pattern for every unit: a pattern made of the unit would be compiled anew
# for almost every question (half a millisecond) and push the engine's own patterns out of re's cache
_WORD_FOR = re.compile(r"([\wæøå-]+)\s+for\s+", re.IGNORECASE)


def _words_for(unit: str, text: str) -> list[str]:
    r"""The words the text writes '<word> for <unit>' with, the unit in any case and ending a word: what
    re.finditer(r"([\wæøå-]+)\s+for\s+" + re.escape(unit) + r"\b", text, re.I) finds, without a pattern
    per unit."""
    out: list[str] = []
    folded, pos = unit.casefold(), 0
    while (m := _WORD_FOR.search(text, pos)) is not None:
        end = m.end() + len(unit)
        if text[m.end():end].casefold() == folded and at_boundary(text, end):
            out.append(m.group(1))
            pos = end
        else:  # a start inside the word reaches the same 'for': the next try is after the word
            pos = m.end(1)
    return out


def _of_named(q: Question, role: Token) -> Token | None:
    """The named one whose the word asked about is ('Louise Dams stedfortræder', 'Pia Holms chef'): a
    relation to the one named, which a line about the named one alone does not say."""
    before = q.tokens[role.pos - 1] if role.pos > 0 else None
    if before is not None and before.surface[:1].isupper() and before.surface.endswith(("s", "'s", "’s")):
        return before
    # the same relation after the role, of a person named in full: 'chef for Ida Lorentzen' (not
    # 'kontaktperson for Vinterportalen', the task's system)
    after = q.tokens[role.pos + 1:role.pos + 4]
    if len(after) == 3 and after[0].surface.casefold() in _OF and \
            all(t.surface[:1].isupper() and not t.surface.isupper() and t.pos not in q.project_pos
                for t in after[1:]):
        return after[1]
    return None


_OF = frozenset({"for", "til", "of", "to"})


def _role_held(q: Question, c: Candidate) -> bool:
    """'Hvem er printleverandøren?' is not answered by 'Printleverandøren opretter profilen ...', nor by
    a list that names the role among others ('Involverede parter: KOMBIT, IdP-leverandøren'): where the
    answer speaks of the role, it must say who holds it ('Leverandør: Nordprint', 'leverandøren
    (Nordprint)', 'Leverandør af X er Nordprint', 'Pia Holm er printansvarlig', 'Pia Holm, ...')."""
    role = _identity_role(q)
    if role is None or c.kind not in ("passage", "fact", "signature", "doer"):
        return True
    text = said(c.text)
    if _other_role_of_unit(q, role, text):
        return False
    mentions = [m for m in _TEXT_WORD.finditer(text) if _word_says(m.group(0), role.key)]
    if c.kind == "doer":  # 'der ejer X' does what the role is named for; 'mindst én superbruger' names it
        mentions = [m for m in mentions if _QUANTIFIED.search(text[:m.start()])]
    return not mentions or any(_held_after(q, text, m.end()) or _HELD_BEFORE.search(text[:m.start()])
                               or _agent_after(q, text, m) for m in mentions)


# A passive of the role's deed and its agent: 'SD Løn leveres af Fujitsu' says who the supplier is
_PASSIVE_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:af|by)\s+", re.I)


def _agent_after(q: Question, text: str, m: re.Match) -> bool:
    """'X leveres af Y', 'X is supplied by Y': the role's verb in the passive, and a party as its agent."""
    word = m.group(0).casefold()
    if not (word.endswith("es") or word.endswith("ed")) or names_role(m.group(0)):
        return False
    agent = _PASSIVE_AGENT.match(text, m.end())
    if agent is None:
        return False
    rest = _CLAUSE_END.split(text[agent.end():], maxsplit=1)[0]
    return holds(Expect.PARTY, "- " + rest, q.text)


@lru_cache(maxsize=50_000)  # a long list repeats its words, and the tasks' words recur
def _word_says(word: str, k: str) -> bool:
    """Whether a word as written says the key, itself or in a compound."""
    return _shares(content_keys(word), {k})


_QUANTIFIED = re.compile(r"\b(" + number_alternation(1, 5, english=False)
                         + r"|mindst|højst|flere|nogle|ingen|\d+|a|an|" + "|".join(english_numbers(1, 3))
                         + r"|no|any|at least|several)\s+$", re.I)


# where a sentence or a list's line ends (compiled once, not per question)
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s|\n")


def _held_after(q: Question, text: str, end: int) -> bool:
    """'Leverandør: Nordprint', 'Arkivchef er Per Holm': a holder after the role, not only more words
    about it ('to testansvarlige: en for skoleområdet og en for dagtilbudsområdet')."""
    m = _HELD_AFTER.match(text, end)
    if m is None and _DEFINITE_END.search(text, 0, end):
        m = _CLOSE_APPOSITION.match(text, end)  # 'underdatabehandleren Pulsdata ApS': the role's name
    if m is None:
        return False
    rest = _CLAUSE_END.split(text[m.end():].lstrip(), maxsplit=1)[0]  # or the list's first line
    return holds(Expect.PARTY, "- " + rest, q.text)  # '- ': a name first in the rest is inside a sentence


_CLOSE_APPOSITION = re.compile(r"[ \t]+(?=(?-i:[A-ZÆØÅ])[\w&.-]+)")


def _identity_role(q: Question) -> Token | None:
    """The role of 'hvem er (kommunens) systemejeren, der ...?', 'who is the supplier of X?': the first
    word after the verb that names a role, not a genitive before it nor a word of a relative clause."""
    if q.expects is Expect.NAME and _NAME_OPEN.match(q.text):
        return _person_role_named(q)
    if q.expects is not Expect.PARTY or not _IDENTITY_OPEN.match(q.text):
        return None
    words = [t for t in q.tokens if t.role == "word" and t.pos > 1][:3]
    for i, t in enumerate(words):
        if t.surface.casefold() in ("der", "som", "who", "that", "which"):
            return None
        if i == 0 and t.concepts and not names_role(t.surface):
            return None  # 'hvem er underskriver på X?': a deed's doer, who signs X, not a role X holds
        genitive = t.surface.endswith("s") and i + 1 < len(words) and words[i + 1].pos == t.pos + 1
        if not genitive and names_role(t.surface):
            return t
    return None


def _person_role_named(q: Question) -> Token | None:
    """The person's role right after 'hvad hedder' ('direktøren', 'lederen', 'kulturchefen'), not a thing
    or a body ('værktøjet, der hjælper sagsbehandlerne', 'privilegiegruppen'), whose name is no person's."""
    first = next((t for t in q.tokens if t.role == "word" and t.pos > 1 and t.key not in _NAMING), None)
    return first if first is not None and _PERSON_ROLE.search(first.surface.casefold()) else None


# (a master of a craft is a person too: 'bindemesteren', 'værkmester'; not a 'semester')
_PERSON_ROLE = re.compile(r"(?:chef|direktør|leder|formand|(?<!se)mester|koordinator|konsulent|ansvarlige?)"
                          r"(?:en|et|s)?$|"
                          # an English role the rendering left as written ('the name of the director of X')
                          r"^(?:director|head|manager|leader|chief|chair|chairman|mayor|coordinator)$")
_IDENTITY_OPEN = re.compile(r"^\W*(hvem|who)\s+(er|var|is|was)\b", re.I)
# ... and 'hvad hedder direktøren for X?': the name of whoever holds a role, which a sentence naming the role
# must say beside it ('Aftalen underskrives af direktøren for X' names no one, though a contact's name
# follows in another sentence)
# ('navn på direktøren for X?', 'hvad er navnet på lederen?' ask the same)
_NAME_OPEN = re.compile(r"^\W*(?:hvad\s+hed(?:der|de)|(?:hvad\s+er\s+)?navn(?:et)?\s+(?:på|paa|pa))\b", re.I)
_NAMING = frozenset(key(w) for w in ("navn", "navnet", "hedder", "hedde"))
# ('Ansvarlig enhed:' over a table column's cells is a label of two words; 'Driftsansvarlig – “X”' is
# a fact as said in English)
_HELD_AFTER = re.compile(r"\s*(?:(?:af|for|hos|i|på|ved|of|at|in|on|pr\.|per)\s+"
                         # ('Kontaktperson hos den gamle operatør er ...': an article and an adjective first;
                         # 'konsulent for jeres kommune er ...': a possessive)
                         r"(?:(?:den|det|de|the|jeres|vores|deres|your|our|their)\s+(?:[a-zæøå]+e\s+)?)?[\w-]+"
                         # 'Kontakt hos LockBox Nordic: ...', 'Projektleder i Vej og Park er ...', '... A/S:'
                         r"(?:\s+(?:(?:og|and|&)\s+)?(?-i:[A-ZÆØÅ])[\w&./-]*){0,2}\s*)?"
                         # ('er' a word of its own: 'for Byrum og Mødesteder, der ...' ends a name in -er)
                         r"(?::|\(|\ber\b|\bis\b|=|[–—]\s)|"
                         # two roles held together: 'Leverandør og databehandler: Fjordsoft A/S'
                         r"\s+(?:og|and|&)\s+[\w-]+:\s|"
                         r"[ \t]+[\w-]+:\n|"
                         # a title before a person's name: 'formand Kirsten Vang', 'salgschef Ole Winther'
                         r"[ \t]+(?=(?-i:[A-ZÆØÅ][a-zæøå]+[ \t]+[A-ZÆØÅ][a-zæøå]+)\b)|"
                         # a name in apposition: 'den nuværende leverandør, Lingua Data ApS, som ...', also
                         # after what the role is for: 'den ansvarlige for lokaleudlejningen, Sanne Kjær'
                         r"(?:\s+(?:for|af|hos|i|of|at|in)\s+[\w-]+)?,\s+(?=(?-i:[A-ZÆØÅ][\w/&.-]*(?:\s+[A-ZÆØÅ][\w/&.-]*){0,3})"
                         # ... or its clause's verb after it: 'Frivilligkoordinatoren, Mikkel Fog, lægger
                         # vagtplanen', 'af kommunens databeskyttelsesrådgiver, Torben Ravn, i Penneo' (not a
                         # list: '..., og', '..., KOMBIT, kommunen og regionen': a definite noun goes on with
                         # the parties)
                         r"(?:,\s*(?!(?:og|eller|samt|and|or)\b)(?![a-zæøå]+(?:en|et|ne)\b)(?-i:[a-zæøå])|\.|$))")
# ('Pia Holm (ph@x.dk), produktejer'): a name and its role in apposition, a parenthesis between them
_HELD_BEFORE = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][\wæøå-]+\s*(?:\([^()]*\)\s*)?(?:,|er|is|\()\s*"
                          r"(?:\w+\s+){0,2}$|"
                          # not a cleft ('Det er ESDH-leverandøren, der ...' names the role, no holder)
                          # (a subordinate clause puts an adverb before the verb: 'da Styrelsen selv er')
                          r"\b(?!(?:Det|Den|Der|Dette|Denne|It|This|That)\b)[A-ZÆØÅ][\wæøå/-]+,?\s+"
                          r"(?:" + COPULA_ADVERBS + r"\s+)?(?:er|is)\s+"
                          r"(?:\w+\s+){0,2}$|"
                          # a relative clause on the name: 'leveres af Tiefenbach ApS (CVR ...), som også er'
                          r"\b[A-ZÆØÅ][\wæøå/-]+(?:\s+[\wæøåÆØÅ/&.-]+){0,3}\s*(?:\([^()]*\)\s*)?,\s*"
                          r"(?:som|der|which|who)\s+(?:\w+\s+)?(?:er|is)\s+(?:\w+\s+)?$")


# A person's name: two capitalised words ('Pia Kristoffersen'), which answers 'hvem er kontaktperson?'
# even where the text calls the role 'Kontakt'.
_PERSON = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)+\b")
