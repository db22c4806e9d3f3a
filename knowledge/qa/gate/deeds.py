"""Whether a party answer names who does the deed asked about, not who is in some other state or deed."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.language import IN_BODY
from knowledge.morphology import kin
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import asked_deed, clause_of, open_deed, says_deed, written_as_verb
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.words import _TEXT_WORDS, _telling
from knowledge.qa.types import Expect, holds


def _deed_unexplained(q: Question, c: Candidate) -> bool:
    """'Hvem leder Center for Læsning?' is not answered by 'De testansvarlige skal gennemføre et kursus
    hos Center for Læsning': the verb after 'hvem' is what the party asked for does, and a sentence that
    neither says it nor is read to mean it (`explained`) names a party that does something else. (A verb
    read as a guess at another word, which checks.asked_deed leaves out, counts here too.)"""
    if q.yesno or not q.tokens or q.tokens[0].key not in ("hvem", "who"):
        return False
    verb = next((t for t in q.tokens[1:] if t.weight > 0 or t.concepts), None)
    text = said(c.text)
    if (m := _LABEL_OPENING.match(text)) and content_keys(m.group(1)) and \
            content_keys(m.group(1)) <= {k for t in q.tokens for k in t.keys}:
        return False  # 'Brugersupport: Kommunens it-servicedesk' names who gives the support asked for
    return verb is not None and verb.role == "word" and not verb.concepts and verb.surface.islower() and \
        verb.surface.endswith(("r", "e", "s")) and not open_deed(verb) and verb.pos not in c.explained and \
        not says_deed(verb, text)


def _stranded_deed_unsaid(q: Question, c: Candidate) -> bool:
    """'Hvem skal aftalen om X sendes til?' puts its verb last, right before the stranded preposition, where
    `_deed_unexplained` (the first content word after 'hvem') does not look: a text that neither says that
    verb nor is read to mean it names a party of another deed ('giver skolerne adgang til appen')."""
    if q.yesno or len(q.tokens) < 4 or q.tokens[0].key not in ("hvem", "who"):
        return False
    last = len(q.tokens) - 1
    if q.tokens[last].role != "stop" or not _STRANDED_PREPOSITION.fullmatch(q.tokens[last].surface):
        return False
    verb = q.tokens[last - 1]
    if not written_as_verb(verb) or verb.concepts or verb.weight <= 0 or open_deed(verb) or \
            verb.pos in c.explained:
        return False
    text = said(c.text)
    if (m := _LABEL_OPENING.match(text)) and content_keys(m.group(1)) and \
            content_keys(m.group(1)) <= {k for t in q.tokens for k in t.keys}:
        return False  # 'Modtager: KOMBIT' names whom it goes to
    return not says_deed(verb, text) and not _prefixed_deed(verb.surface, text)


def _prefixed_deed(verb: str, text: str) -> bool:
    """Whether the text writes the verb with a particle grown onto it ('indsendes', 'fremsendes',
    'videresendes' say 'sendes')."""
    asked = verb.casefold()
    return any(m.group(1) == asked for m in _PARTICLE_VERB.finditer(text.casefold()))


_PARTICLE_VERB = re.compile(r"\b(?:tilbage|videre|frem|over|hjem|ind|ned|gen|til|op|ud|af|om)(\w{3,})")
_STRANDED_PREPOSITION = re.compile(r"til|hos|fra|med", re.I)  # 'hvem sendes den til?', 'hvem bookes den hos?'


# A value under a label the question asks by: 'Brugersupport: Kommunens it-servicedesk'
_LABEL_OPENING = re.compile(r"^\W*([^:\n]{2,40}):\s")


# An article or possessive before a participle makes it a state of the noun after it ('en godkendt
# mappingtabel', 'den underskrevne aftale'), not the deed done by the party the sentence names.
_ATTRIBUTIVE = re.compile(r"(en|et|den|det|de|sin|sit|sine|vores|jeres|deres|a|an|the)", re.I)
_PARTICIPLE = re.compile(r"\w+(t|te|ede|ne|en)", re.I)


_VERB_FORM = re.compile(r"(er|e|es|s|ed)$")  # 'godkender', 'godkende', 'approves', 'approve'


def _deed_only_as_state(q: Question, text: str) -> bool:
    """'Hvem godkender mappingtabellen?' is not answered by 'Leverandøren har en godkendt mappingtabel':
    the question's verb (its first content word) stands in the answer only as the state of a thing, or
    as a passive that names no doer ('Hvem (har) udstedt tilladelserne?' - 'Tilladelserne er udstedt')."""
    verb = next((t for t in q.content() if t.weight >= 0.1 and t.surface.islower()), None)
    if verb is None:
        return False
    # ('hvem har udstedt X?' asks the doer in its participle, which only a passive without one matches)
    # ('hvem skal orienteres?' asks whom a passive is done to: its subject, not its doer)
    asked_doer = not _PASSIVE_VERB.fullmatch(verb.surface)
    participle = not _VERB_FORM.search(verb.surface)
    if participle and not (_PASSIVE_PARTICIPLE.fullmatch(verb.surface) or verb.surface.endswith("r")):
        return False  # ('hvem skal have en fuldmagt?': its first word is a noun, said as one)
    found = list(_TEXT_WORDS.finditer(text))
    words = [w.group(0) for w in found]

    def agentless(i: int) -> bool:
        # (the asked verb itself: 'hvem modtager X?' is answered by 'X sendes til Y', a relative's passive)
        return asked_doer and kin({verb.own_key}, content_keys(words[i])) and \
            _agentless(q.text, text, words, found, i)

    spots = [i for i, w in enumerate(words) if content_keys(w) & set(verb.keys)
             and (w.casefold() != verb.surface.casefold() or agentless(i))]

    def state(i: int) -> bool:
        if agentless(i):
            return True  # 'Tilladelserne er udstedt', 'Koderne oprettes i X og sendes af Y': no doer said
        if participle or i + 1 >= len(words):
            return False
        if i > 0 and _ATTRIBUTIVE.fullmatch(words[i - 1]) and _PARTICIPLE.fullmatch(words[i]):
            return True
        # the inflected participle before its noun: 'Godkendte plejefamilier overføres ...', 'alle
        # godkendte plejefamilier', 'kommunens underskrevne aftaler'
        opens = i == 0 or _SENTENCE_END.search(text[:found[i].start()]) is not None
        return _INFLECTED_PARTICIPLE.fullmatch(words[i]) is not None and words[i + 1][:1].isalpha() and (
            opens or _QUANTIFIER.fullmatch(words[i - 1]) is not None or words[i - 1].casefold().endswith("s"))

    return bool(spots) and all(state(i) for i in spots) and not _doer_of_deed_noun(verb, text, found, spots)


def _doer_of_deed_noun(verb: Token, text: str, found: list[re.Match], spots: list[int]) -> bool:
    """Whether the deed's noun names its doer elsewhere in the text ('Monteringen hos borgerne foretages af
    kommunens pedeller, ... før boksen monteres'): the passive without one is not all the text says."""
    for i, m in enumerate(found):
        keys = content_keys(m.group(0))
        # (the noun of the verb's stem, 'Monteringen' of 'monterer', or a compound of it)
        if i in spots or not (kin({verb.own_key}, keys) or len(verb.own_key) >= 4 and any(
                k.startswith(verb.own_key) for k in keys)):
            continue
        if _AGENT_AF.search(_clause_of(text[m.end():])):
            return True
    return False


_INFLECTED_PARTICIPLE = re.compile(r"\w+(te|ede|ne)", re.I)
# A passive's verb: '-es' ('oprettes'), or a participle after 'er'/'blev' ('er udstedt', 'blev godkendt')
_PASSIVE_VERB = re.compile(r"[a-zæøå]{3,}es", re.I)
_PASSIVE_AUX = re.compile(r"(er|var|blev|bliver|blevet)", re.I)
_PASSIVE_PARTICIPLE = re.compile(r"[a-zæøå]{3,}(t|et)", re.I)
# Where a passive's clause ends: the sentence's end, a comma, or another clause ('... i Boksen og sendes af
# Boksen'); a verb coordinated right after it shares its agent ('oprettes og godkendes af X')
# (a full stop ends a clause where a sentence starts after it, not in 'kl. 14' or 'pr. bil')
_CLAUSE_END = re.compile(r"[;!?,]|\.(?=\s+[A-ZÆØÅ]|\s*$)|\s(?:og|men|mens|eller|samt)\s")
# the doer after a passive: 'af X', a table's 'Leveres af:', 'kontaktes via X'
_AGENT_AF = re.compile(r"\b(?:af|by|via|gennem|through)\b", re.I)


def _clause_of(rest: str) -> str:
    """The clause a text after a word goes on in, up to where the next one starts."""
    return rest[:end.start()] if (end := _CLAUSE_END.search(rest)) else rest


def _agentless(question: str, text: str, words: list[str], found: list[re.Match], i: int) -> bool:
    """Whether words[i] is a passive whose own clause names no doer ('af X')."""
    w = words[i]
    passive = _PASSIVE_VERB.fullmatch(w) is not None or (
        i > 0 and _PASSIVE_AUX.fullmatch(words[i - 1]) is not None
        and _PASSIVE_PARTICIPLE.fullmatch(w) is not None)
    if not passive:
        return False
    rest = text[found[i].end():]
    if re.match(r"\s+(?:og|eller)\s", rest):
        return False  # 'oprettes og godkendes af X': both done by X
    clause = _clause_of(rest)
    # ('vedtaget i udvalget': a body decides in its meeting; 'behandles i Jobcentret', 'oprettes hos KOMBIT':
    # a party where the deed is done may be its doer)
    return _AGENT_AF.search(clause) is None and IN_BODY.match(rest) is None and \
        not holds(Expect.PARTY, clause, question)
_QUANTIFIER = re.compile(r"(alle|mange|flere|nogle|begge|ingen|enhver|hver|hvert|all|many|some|any|both|no)",
                         re.I)
_SENTENCE_END = re.compile(r"(^|[.!?:;]\s*|\n\s*|[“”\"«»]\s*)$")


def _party_of_another_deed(q: Question, text: str) -> bool:
    """A sentence of two passive deeds ('Teksterne skrives af A, og de oversættes af et eksternt bureau')
    names a party only in the clause of the deed not asked about: that party does not do the asked one."""
    deed = asked_deed(q)
    own = clause_of(deed, text) if deed is not None else text
    return own != text and not holds(q.expects, own, q.text, telling=_telling(q))
