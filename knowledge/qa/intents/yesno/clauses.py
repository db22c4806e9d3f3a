"""The clause of a sentence that carries its claim: its first line, its main clause, the clause asked of."""

from __future__ import annotations

import re

from knowledge.extract import sentences
from knowledge.fold import content_keys
from knowledge.qa.intents.yesno.words import (
    _CONDITION,
    _COORDINATE,
    _FINITE,
    _NEGATION,
    _PASSIVE,
    _SUBJECT_BACK,
)


def _first_line(text: str) -> str:
    """The text's first line, past leading blank space ('' for an empty text): where a sentence's claim is."""
    return text.strip().splitlines()[0] if text.strip() else ""


# A spaced dash before a clause of its own subject and verb: 'Testen foregår i X – produktionsmiljøet må
# ikke bruges til test'
_DASH_CLAUSE = re.compile(r"\s+[–—]\s+(?=[\wæøå-]+\s+"
                          r"(?:skal|må|kan|bør|vil|er|bliver|must|may|can|should|is|are)\s)")
# A coordinate clause that only denies another object of the clause before it: '(..., men) ikke færre',
# 'but not on Sundays', '(får en T-shirt, men) ingen løn'
_ELLIPTIC_NOT = re.compile(r"^\s*(?:ikke|not|ingen|intet|no)\s+(?:\w+\s*){1,3}[.!]?\s*$", re.I)


def _claim_clause(question: str, said: str) -> str:
    """The main clause of the sentence's coordinate clause that says most of the question's words: the
    negation of another clause ('..., men DPO'en skal ikke selv underskrive') is not the answer's."""
    asked = content_keys(question)
    first = _asked_line(said, asked)
    first = _contrasted(first, asked)
    if _NEGATED_TAIL.match(first):
        return first
    clauses = _COORDINATE.split(first)
    if asked <= content_keys(first):
        # 'X hentes automatisk og skal ikke tastes manuelt': which verb phrase says the question's words
        # decides, when the sentence says them all ('skal vi selv taste X ind?' may be either's)
        clauses = [c for c in clauses for c in _AND_VERB.split(c)]
    # 'Tjenesten er frivillig og koster ikke noget': a negated verb phrase of its own is its own claim
    clauses = [c for c in clauses for c in _AND_NOT.split(c)]
    if len(clauses) == 1:
        return _main_clause(_before_dash(first, asked))
    # a clause that starts with its verb shares the subject of the first ('Stadsarkivet skal orienteres,
    # men skal ikke skrive under'): the subject's words count for it too
    verb = min((m for m in (_FINITE.search(clauses[0]), _PASSIVE.search(clauses[0])) if m),
               key=lambda m: m.start(), default=None)  # 'Personer over 80 år udelades ikke ...; de kan ...'
    subject = content_keys(clauses[0][:verb.start()]) if verb else set()
    told = {id(c): content_keys(c) | (subject if _FINITE.match(c.lstrip()) or _SUBJECT_BACK.match(c)
                                      else set()) for c in clauses}
    for c in clauses[1:]:  # '..., men ikke færre': a negated clause without a verb of its own, whose
        if _ELLIPTIC_NOT.match(c) and (own := content_keys(c) & asked) and \
                not own & content_keys(" ".join(o for o in clauses if o is not c)):
            return c  # word the question asks of ('færre ture?') no other clause says: its claim, denied
    # among clauses saying as many of its words, the one with the telling (longer) ones: 'privatskoler'
    # more than 'gælder' in 'Aftalen gælder kun for X; privatskoler er ikke omfattet'
    # and among those, the one the question restates most of: 'Forældrene skal ikke give samtykke til
    # overførslen, men de skal orienteres' for 'skal forældrene orienteres om overførslen?'
    best = max(clauses, key=lambda c: (len(shared := told[id(c)] & asked),
                                       len(shared) / max(len(told[id(c)]), 1), sum(map(len, shared))))
    return _main_clause(best)


def _asked_line(said: str, asked: set[str]) -> str:
    """The line of the evidence that says most of the question's words, the first among equals: a fact
    quoted under the sentence before it ('Kommunen kan ikke ændre vilkårene.:' over 'Hosting: i EU') makes
    its claim in its own line, not in the sentence above it."""
    lines = [line for line in said.strip().splitlines() if line.strip()]
    line = _first_line(said) if len(lines) < 2 else _most_asked(lines, asked)
    return _asked_sentence(line, asked)


def _most_asked(parts: list[str] | tuple[str, ...], asked: set[str]) -> str:
    """The part (a line, a sentence) that says most of the question's words, the first among equals."""
    return max(parts, key=lambda one: len(content_keys(one) & asked))


def _asked_sentence(line: str, asked: set[str]) -> str:
    """The sentence of a line that says most of the question's words, the first among equals: a
    passage quoted whole ('Bålstedet må ikke bruges, når ... . Reglerne sendes til X senest ...')
    makes the claim in its own sentence, and the negation of a sentence before or after it ('Sker det
    ikke, kan ... ikke bookes') is not the claim's."""
    said = claim_sentences(line, asked)
    return line if len(said) < 2 else _most_asked(said, asked)


def claim_sentences(said: str, asked: set[str]) -> tuple[str, ...]:
    """The sentences of a passage, to read its claim in one of them; the passage whole when a sentence
    after it points back at it and says an asked word it lacks: an exception to the claim ('Hallen
    rengøres hver dag. Det gælder ikke i juli.' for 'rengøres hallen hver dag i juli?'). A sentence of
    its own ('Om søndagen må der ikke spilles kampe') is another claim, though it says an asked word."""
    parts = sentences(said)
    if len(parts) < 2:
        return (said,)
    at = parts.index(_most_asked(parts, asked))
    lacked = asked - content_keys(parts[at])
    excepted = any(_POINTS_BACK.match(one) and content_keys(one) & lacked for one in parts[at + 1:])
    return (said,) if excepted else parts


# a sentence that opens by pointing back at the one before: an exception or a limit to its claim
_POINTS_BACK = re.compile(r"(?:det|dette|dog|undtagen|undtaget|bortset|men)\b", re.I)


# 'X sker på en tablet – ikke på køkkenets pc', 'drives af foreningen, ikke af kommunen': a denied
# alternative without a verb of its own at the end of the sentence
_CONTRAST_TAIL = re.compile(r"(?:\s+[–—-]|,)\s+(?:og\s+|and\s+)?(?:ikke|not)\s+"
                            r"(?P<tail>[^.;:!?”\"]+?)[.;:!?]?[”\"]?\s*$", re.I)  # (quoted in English)

_NEGATED_TAIL = re.compile(r"^ikke\s")


def _contrasted(sentence: str, asked: set[str]) -> str:
    """The claim of a sentence that ends on a denied alternative: the alternative, denied, when the
    question names it ('skal det registreres på pc'en?'), else the sentence before it (what it denies
    is another thing than the question's: 'drives butikken af Genbrug Nord?')."""
    m = _CONTRAST_TAIL.search(sentence)
    if m is None or len(m.group("tail").split()) > 6 or _FINITE.search(m.group("tail")) \
            or _PASSIVE.search(" " + m.group("tail")) or not sentence[:m.start()].strip():
        return sentence
    before = sentence[:m.start()]
    if (content_keys(m.group("tail")) - content_keys(before)) & asked:
        return "ikke " + m.group("tail")
    return before


def _before_dash(sentence: str, asked: set[str]) -> str:
    """The part before a dash that joins a clause about another thing ('Testen foregår i X – produktions-
    miljøet må ikke bruges til test'): when it says every word of the question the sentence says and the
    clause after it has a subject the question does not name, the claim is the part before."""
    parts = _DASH_CLAUSE.split(sentence, maxsplit=1)
    if len(parts) != 2 or _DASH_CLAUSE.search(parts[1]):
        return sentence
    before, after = parts
    subject = content_keys(after.split()[0])
    if asked & content_keys(sentence) <= content_keys(before) and not subject & asked:
        return before
    return sentence


# 'X hentes automatisk og skal ikke tastes manuelt': a second verb phrase of the same subject, its own claim
_AND_VERB = re.compile(r"\s+(?:og|and)\s+(?=(?:skal|kan|må|bør|vil|er|bliver|must|can|may|should|is|are)\s)|"
                       # '..., og skolen skal holde åbent': a clause with a subject of its own
                       r",\s+(?:og|and)\s+(?=[\wæøå-]+\s+(?:skal|kan|må|bør|vil|must|can|may|should)\s)",
                       re.I)

# 'og koster ikke noget', 'men varer ikke længe': a verb phrase of the same subject that a negation right
# after its verb shows to be one (a noun is seldom followed by 'ikke')
# (not a modal's: 'X hentes automatisk og skal ikke tastes' is _AND_VERB's, split only when the sentence
# says all the question's words)
_AND_NOT = re.compile(r"\s+(?:og|men|and|but)\s+(?!(?:skal|kan|må|bør|vil|must|can|may|should|will)\s)"
                      r"(?=[a-zæøå]+\s+(?:ikke|aldrig|not|never)\b)", re.I)

# Where a subordinate clause starts: its negation says nothing about the main statement
# ('Egne breve bruges, når en sag ... ikke er dækket af ...' is a yes).
_SUBORDINATE = re.compile(r",?\s+\b(når|hvis|fordi|som|så|mens|da|when|if|because|which|unless)\b|"
                          r",\s*(?:hvor|where)\b", re.I)  # 'Par, hvor ingen af parterne ..., betaler ...'


def denied_condition(said: str) -> bool:
    """Whether the sentence opens with a condition that holds a negation ('Uploades aftalen ikke til
    tiden, kan tavlerne ikke bestilles'): it tells what follows if a thing is not done."""
    first = re.sub(r"^\s*\d{1,2}[.)]\s+", "", _first_line(said))
    m = _CONDITION.match(first)
    condition = first[:m.end()].rsplit(",", 1)[0] if m else ""
    return m is not None and bool(_NEGATION.search(condition) or _LATE.search(condition))


# A condition of a thing done late: 'Modtager X aftalen for sent, installeres ...' (as 'ikke til tiden')
_LATE = re.compile(r"\b(?:for\s+sent|too\s+late|efter\s+fristen|after\s+the\s+deadline)\b", re.I)


def _main_clause(text: str) -> str:
    first = _first_line(text)
    first = re.sub(r"^\s*\d{1,2}[.)]\s+", "", first)
    first = _EMBEDDED.sub("", first)  # 'Par, hvor ingen af parterne bor her, betaler ...': 'Par, betaler ...'
    return _SUBORDINATE.split(first, maxsplit=1)[0]


# (and a relative clause: 'Borgere, der ikke kan komme til klinikken, kan få behandlingen i eget hjem' says
# who may, its negation is not the main clause's)
_EMBEDDED = re.compile(r",\s*(?:hvor|der|where|who)\b[^,.;]*(?=,)", re.I)
