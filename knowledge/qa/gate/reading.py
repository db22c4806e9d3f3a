"""How the gate reads an answer: its sentences and label lines, and the task's words it quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.qa.types import Expect
from knowledge.units import length_pattern

# Values that belong to someone: a mail, a phone, a CVR, a login or a web address is someone's.
_OWNED = frozenset({Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PASSWORD, Expect.URL})
_SENTENCE_ENDS = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÆØÅ«“\"])|\n")
# A run of label lines read as one sentence: it opens the text, or follows an intro or a sentence
# ('Stamdata ... vedligeholdes af sekretariatet.: Kontaktperson: Jonas Kragh, telefon 45 80 12 34
# Support-mail: support@...'). Its first label is a capitalised word and up to four more ('Kontakt hos
# Bolig- og Planstyrelsen:'); a later one a capitalised word and at most three lowercase ones before a
# colon ('Support-mail:', not 'KMD Driftsansvarlig:' nor 'til KOMBIT:').
_FIRST_LABEL = r"[A-ZÆØÅ][\wæøåÆØÅ'’/-]*(?:[ \t]+[\wæøåÆØÅ'’/-]+){0,4}:\s"
_LABEL_OPENS = re.compile(r"\s*(?=" + _FIRST_LABEL + ")")
_AFTER_INTRO = re.compile(r"(?<=[.:;!?])\s+(?=" + _FIRST_LABEL + ")")
# (a company's legal form ends the name before it, no label: 'Kontakt hos Nordkyst A/S: Torben Lykke, ...')
# ('Redskaber pr. park:': a label may say what its value is per)
_LABEL = re.compile(r"\s+(?!(?:[AIPK]/S|ApS|IVS|P/S)\s*:)"
                    r"(?=[A-ZÆØÅ][\wæøåÆØÅ'’/-]*(?:[ \t]+(?:pr\.|[a-zæøå\d][\wæøåÆØÅ'’/-]*)){0,3}:\s)")


def label_parts(text: str) -> list[str]:
    """A run of label lines in its parts, one a label ('Kontaktperson: Jonas Kragh, telefon 45 80 12 34 |
    Support-mail: support@...' holds no mail of Jonas Kragh), what stands before the run one part; a
    text with no run whole ('Kommunen sender listen til KOMBIT: navn og mail' is one sentence)."""
    m = _LABEL_OPENS.match(text) or _AFTER_INTRO.search(text)
    if m is None:
        return [text]
    colon = text.index(":", m.end()) + 1  # the first label's own words are not parted
    parts = _LABEL.split(text[colon:])
    return ([text[:m.start()]] if m.start() else []) + [text[m.end():colon] + parts[0], *parts[1:]]


def _sentences(text: str) -> list[str]:
    """A candidate's sentences, and a run of label lines in its labelled parts."""
    return [part for s in _SENTENCE_ENDS.split(text) for part in label_parts(s)]
# A candidate's own framing before the task's words: 'Fra opgaven:', 'The task says:'.
_FRAMING = re.compile(r"^(Fra opgaven|Opgaven siger|The task says|Det står der)\s*:\s*", re.I)


# A number in a deadline ('senest 2 uger efter go-live'): a time, no count.
_UNIT = re.compile(r"\b(" + length_pattern() + r")\b", re.I)
_DEADLINE = re.compile(r"\b(senest|no later than)\s+\S+\s+" + _UNIT.pattern
                       + r"\s+(før|efter|before|after)\b", re.I)


_ADDRESS_WORD = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+")
# Kinds of candidate whose text is the task's own sentence.
_QUOTING = frozenset({"passage", "fact", "deadline", "doer", "consequence"})


_TO = re.compile(r"\b(til|to)\s", re.I)


@lru_cache(maxsize=4096)  # every check reads the same candidates' texts
def said(text: str) -> str:
    """The task's words of an answer, without its framing ('The task says: “…”')."""
    return _QUOTED.sub(r"\g<inner>", text)


_QUOTED = re.compile(r"^(?:Fra opgaven|Opgaven siger|The task says|Det står der)\s*:\s*[«“\"]"
                     r"(?P<inner>.*?)[»”\"]?$", re.M)
