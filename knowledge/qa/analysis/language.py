"""The language a question is written in, and its English read: contractions, relative 'who', other senses."""

from __future__ import annotations

import re

from knowledge.fold import (
    DANISH_STOP,
    ENGLISH_STOP,
    TOKEN,
    ascii_fold,
)
from knowledge.index import Index
from knowledge.qa.analysis.tokens import Question
from knowledge.qa.english import alternatives, english_content
from knowledge.qa.types import Expect

_EN = frozenset("who what when which how is the does do task tasks step steps sign signs signed handles "
                "handle happens happen if not responsible goal result list need must with of about are "
                "whom where why and there this that it should who's what's signature".split())
_DA = frozenset("hvem hvad hvornår hvilke hvilken hvilket hvordan hvor er skal og jeg vi det den til på af "
                "med kan ikke hvis opgave opgaven opgaver trin sker der om har hører mål går ud "
                "kr pr koster".split())  # 'Koster kurset 4.500 kr. pr. hold?': Danish abbreviations and verb
# The small words only one of the languages has ('can', 'the', 'of' / 'kan', 'og', 'af'): a question
# of names and domain words ('Can an ordinary Digital Post administrator approve ...?') is told by them.
# 'to' is also the Danish 'two' ('varer testen to uger?'), and 'via' and 'per' are Danish prepositions too
# ('sendes fakturaerne via Digital Post?'); an English question has other words of its own
_EN_ONLY = (_EN | (ENGLISH_STOP - DANISH_STOP - {"i"})) - {"to", "via", "per"}
_DA_ONLY = _DA | {w for w in DANISH_STOP - ENGLISH_STOP if w.isalpha()}


# 'have to', 'has to': the English modal; 'have' is the Danish verb only after a Danish modal or
# 'at' ('skal have', 'at have'), else it tells neither language ('Do wheelchair users have access?')
_EN_MODAL_HAVE = re.compile(r"\b(?:have|has)\s+to\b", re.IGNORECASE)
# a company's form ('Skurfabrikken A/S', 'Holm I/S') is part of its name: its 'A' is no English article
_COMPANY_FORM = re.compile(r"(?<=\s)[AIPK]/S\b")
_DA_HAVE = re.compile(r"\b(?<!skal )(?<!vil )(?<!kan )(?<!må )(?<!at )(?<!skulle )(?<!ville )(?<!kunne )"
                      r"(?<!bør )have\b", re.IGNORECASE)


# a Danish word an English question names the tasks' thing by: after an English article ('who adopts the
# lånereglement?') or glossed in brackets ('the boules rules (lånereglementet)'); its letters tell no
# language, as a name's do not
_NAMED_IN_ENGLISH = re.compile(r"\b(?:the|an?)\s+[\wæøåÆØÅ-]+|\([^()]*\)", re.IGNORECASE)


def detect_lang(text: str) -> str:
    """'en' when English words outnumber Danish ones; Danish is the default. A name the question
    writes (capitalised, not its first word: 'Køkkenhuset', 'Brønderslev') tells no language by its
    letters: an English question names Danish things."""
    plain_caps = _DA_HAVE.sub("", _EN_MODAL_HAVE.sub("must", _COMPANY_FORM.sub("", text)))
    found = [w.casefold() for w in TOKEN.findall(plain_caps)]
    words = TOKEN.findall(_NAMED_IN_ENGLISH.sub(" ", text))
    lettered = any(re.search(r"[æøåÆØÅ]", w) and not (n and w[:1].isupper()) for n, w in enumerate(words))
    # 'IT' in 'Leverer Gadeplan IT ...?' is a name, not the English pronoun
    said = TOKEN.findall(plain_caps)
    en = sum(w in _EN_ONLY and not (said[i].isupper() and len(said[i]) > 1) for i, w in enumerate(found))
    da = sum(ascii_fold(w) in _DA_ONLY or w in _DA for w in found) + 2 * lettered
    if en == da == 0:  # no small words at all ('certificate validity?'): the content words tell
        return "en" if english_content(found) else "da"
    return "en" if en > da else "da"


def _other_meanings(index: Index, q: Question) -> None:
    """An English word rendered as one of its Danish words also matches the others the tasks
    use; one the tasks lack is read as the first they have. Not in a 'who' question, where
    another verb may be the one of a task's title ('Opsæt ...'), whose doer is not who the text
    says does the thing asked about (as for particles, above)."""
    for tok in q.tokens:
        english = q.typed.get(tok.surface)
        if tok.role != "word" or tok.weight <= 0 or not english or (q.expects is Expect.PARTY and tok.match):
            continue
        others = [k for k in alternatives(index, english) if k not in tok.keys]
        if not others:
            continue
        if tok.match == 0:
            tok.key, tok.match, others = others[0], 0.9, others[1:]
        elif " " in english.strip() and tok.match >= 1:
            continue  # a phrase read as a word the tasks use ('contact points' -> 'kontaktpunkt') means it
        tok.alts = (*tok.alts, *others)


# 'Which service ... for citizens who are exempt?': after another question word, an English 'who'
# that follows a noun opens a relative clause; it asks for no party (Danish says 'der', 'som').
_RELATIVE_WHO = re.compile(r"^(\W*(?:which|what|how|where|when|why|is|are|does|do|can)\b.*?\b(?!(?:to|for|by|"
                           r"with|from|of|about|and|or|me|us|asks?|know|tell)\b)[a-z]{3,})\s+who\b")
_CONTRACTION = re.compile(r"\b(\w+?)n['’]t\b", re.IGNORECASE)
_IRREGULAR = {"ca": "can", "wo": "will", "sha": "shall"}
# "who's", "what's", "it's", "we're", "we've", "they'll", "I'm", "we'd": a verb, not a genitive
# ("KOMBIT's" stays: only pronouns and question words take a contracted 'is')
_CONTRACTED = re.compile(r"\b(?:(who|what|where|when|how|why|that|there|here|it|he|she)['’]s|(let)['’]s"
                         r"|(i|you|we|they|who|what|there|it|that)['’](re|ve|ll|m|d))\b", re.IGNORECASE)
_HAS = re.compile(r"\s+(?:been|got|gotten|had)\b", re.IGNORECASE)  # "it's been signed": 'has'
_WRITTEN_OUT = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}


def _uncontract(text: str) -> str:
    """English contractions written out: "don't" -> 'do not', "won't" -> 'will not', so the
    negation is read as one and 'don' is not taken for a word ('done'); "who's" -> 'who is',
    "we're" -> 'we are'."""
    text = _CONTRACTION.sub(lambda m: _IRREGULAR.get(m.group(1).casefold(), m.group(1)) + " not", text)
    return _CONTRACTED.sub(lambda m: f"{m.group(1)} {'has' if _HAS.match(text, m.end()) else 'is'}"
                           if m.group(1) else f"{m.group(2)} us" if m.group(2)
                           else f"{m.group(3)} {_WRITTEN_OUT[m.group(4).casefold()]}", text)
