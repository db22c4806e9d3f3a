"""Labelled lines ('Adresse: Skolevej 4'): values a label says are of the kind asked, or of another."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.qa.types.kinds import _VALUE_CUES, Expect
from knowledge.wording import FIELD_LABELS


@lru_cache(maxsize=4096)  # the same sentences are read for many questions
def _unlabelled(text: str) -> str:
    return _LABEL.sub(lambda m: m.group("say") + " " * len(m.group("label")) + ":", text)


# 'Vejledning: KOMBIT's KUI-side': a line of a short label and its value.
# A line labelled as saying where ('Adresse: Skolevej 4', 'Placering for Havnen: Kajgade 9'), with a
# value that names a place (a capital or a number).
# (a place's label may follow a fact list's intro, 'Praktisk for Mødested: Idrætscentret'; a '-sted' or
# a 'lokale' is a place: 'Mødested:', 'Udleveringssted:', 'Mødelokale:')
_WHERE_LABEL = re.compile(r"^[\W\d]*(?:[^:\n]{0,40}?\bfor\s+)?"
                          r"(?i:adresse|placering|beliggenhed|lokation|address|location|venue|\w*sted|\w*lokale)\b"
                          r"[^:\n]{0,60}:[ \t]+(?=[^\n]*(?:[A-ZÆØÅ]|\d))\S", re.M)
# The labels of a task's own fields as answers show them ('Resultat:', 'Mål:'): no thing's place; a link is
_TASK_FIELDS = frozenset(name.casefold() for field, names in FIELD_LABELS.items() if field != "link"
                         for name in names)
# ('Vagttelefon (uden for åbningstid): 70 20 30 99': a note in brackets after the label is no part of it)
# ('Åbningstid for Filial Nord: 10-17': a fact's label says whose value it is after 'for', in a few words)
_LABELLED_LINE = re.compile(r"^[\W\d]*([A-ZÆØÅ][\wæøåÆØÅ-]*(?: [\wæøåÆØÅ-]+){0,2}(?: for [\wæøåÆØÅ-]+"
                            r"(?: [\wæøåÆØÅ-]+){0,2})?)(?: \([^)\n]{1,40}\))?:"
                            r"[ \t]+(\S[^\n]*)", re.M)
# The kinds a labelled line answers by its label alone, and what its value must look like: a number
# has a digit, a name opens with a capital ('Løsning: TaleSky Enterprise', not 'Løsning: se bilag'), the
# hours a label names are a span of hours ('Åbningstid for Sundhedskort: 9-14', a table's row read as a line)
_LABEL_VALUES = {Expect.CODE: re.compile(r"\d"), Expect.VERSION: re.compile(r"^\S*\d"),
                 Expect.NAME: re.compile(r"^[A-ZÆØÅ\d]"),
                 Expect.CLOCK: re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?"
                                          r"(?![-–\d.,:]*\d)")}


def label_gives(kind: Expect, label: str, value: str, question: str) -> bool:
    """Whether a value under a label the question names in full (a table's column: 'Åbningstid' over
    '9-14') has the look of the kind asked, as a labelled line's value does."""
    shape, label_keys = _LABEL_VALUES.get(kind), content_keys(label)
    return shape is not None and bool(label_keys) and bool(shape.search(value.strip())) and \
        label_keys <= _label_reading(kind, question)[0]


def _asked_labels(text: str, asked_keys: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """The text's labelled lines whose label the question names in full ('Driftscenter: Aarhus' for 'hvor
    ligger driftscentret?'), each as its label, the line and its value."""
    for m in _LABELLED_LINE.finditer(text):
        label = content_keys(m.group(1))
        if label and label <= asked_keys:
            yield m.group(1), m.group(0), m.group(2)


def _asked_label_value(kind: Expect, text: str, question: str) -> bool:
    """Whether a labelled line the question names has a value of the kind's look, and the line says all
    else the question does ('Version: 4.2' gives no version of the Android a question names)."""
    if ":" not in text:
        return False
    shape, (asked, rest) = _LABEL_VALUES[kind], _label_reading(kind, question)
    return any(shape.search(value) and rest <= set(content_keys(line))
               for _, line, value in _asked_labels(text, asked))


@lru_cache(maxsize=1024)  # one question is judged against many sentences
def _label_reading(kind: Expect, question: str) -> tuple[frozenset[str], frozenset[str]]:
    """A question's keys, and those of its words besides the ones naming the kind asked ('hvad hedder')."""
    folded = ascii_fold(question.casefold())
    rest = next((cue.sub(" ", folded) for k, cue in _VALUE_CUES if k is kind), folded)
    return frozenset(question_keys(question)), frozenset(question_keys(rest))


# A number its label says is of another kind: 'CVR-nr. 39887766' is no phone, 'tlf. 33349412' no CVR.
# ('Grønspirs CVR-nummer er 38 21 55 90': the label may be the subject of 'er' before its number;
# 'kundenummer', 'kontonr.': a number that names an account or a customer is no phone either)
_IS = r"\.?:?(?:\s+(?:er|is|lyder\s+på))?\s*"
_LABELLED = {Expect.PHONE: re.compile(r"\b(?:cvr(?:-?(?:nr|nummer)\w*)?|(?:se|p|ean|gln|konto|kunde|reg|"
                                      r"registrerings|aftale|faktura|ordre|journal|sags)-?(?:nr|nummer)\w*)"
                                      + _IS + r"\d[\d ]{6,}\d", re.I),
             Expect.CVR: re.compile(r"\b(?:tlf|telefon\w*|mobil\w*|phone|ean\w*)" + _IS + r"(?:\+45\s?)?"
                                    r"\d[\d ]{6,}\d", re.I)}


def _other_label(kind: Expect, text: str) -> str:
    """The text without the numbers labelled as another kind than the one asked for."""
    pattern = _LABELLED.get(kind)
    return pattern.sub(" ", text) if pattern else text


# A field's label before its value, at the start of a line ('Anbefalet ansvarlig: ', '• Kontakt: ').
_LABEL = re.compile(r"^(?P<say>(?:(?:The task says|Fra opgaven|Opgaven siger|Det står der)\s*:\s*)?[\W\d]*)"
                    r"(?P<label>(?:[\wæøåÆØÅ-]+ ){0,2}[\wæøåÆØÅ-]+):(?=\s)", re.M)
