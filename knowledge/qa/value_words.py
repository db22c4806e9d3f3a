"""The words of a question that only say what kind of answer it asks, credited to answers of that kind."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold

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
    but a sentence need not say them to answer. (A price word is credited apart: credit_price_words.)"""
    from knowledge.qa.gate import said  # (the gate reads the candidates this module credits)

    content = _positions(q, _CONTENT_VERB) if not q.yesno else set()
    if not content:
        return
    for c in candidates:
        if c.found and c.kind not in ("title", "overview") and content - c.explained and \
                _COLON_CONTENT.search(said(c.text)):
            c.explained = c.explained | content


def _positions(q, words: re.Pattern[str]) -> set[int]:
    return {t.pos for t in q.content() if words.fullmatch(ascii_fold(t.surface.casefold()))}


# the words that ask a price ('hvad koster X?', 'hvad er prisen på X?', 'hvad skal vi betale for X?'), which a
# text gives as an amount ('Pris: 4,50 kr. pr. dokument', 'X: 1.200 kr. om året'), rarely with the verb; not
# 'gebyr', 'fee': a fee is one charge of its own ('Hvor stort er gebyret for tolk?' is not answered by the
# price per minute)
_PRICE_WORD = re.compile(r"koste(r|s|de|t)?|kostr|pris(en|er|erne)?|betal(e|er|es|t|te)|costs?|prices?|pay")
_FRAMED = 0.2  # (titles._FRAMED: a word that light only frames the question)


def credit_price_words(index, q, candidates) -> None:
    """A found answer that shows a price explains the question's price words, but only when it (or its
    task's title) accounts for every other word of the question: the price word says what kind of value is
    asked, never what of, so it is no free pass for an answer that leaves the priced thing or its variant
    unsaid ('hvad koster det at få X holdt hos os?' is not answered by X's price)."""
    from knowledge.qa.gate import said
    from knowledge.qa.titles import title_positions
    from knowledge.qa.types import Expect, holds

    if q.expects is not Expect.PRICE or q.yesno:
        return
    priced = _positions(q, _PRICE_WORD)
    if not priced:
        return
    for c in candidates:
        if not c.found or c.kind in ("title", "overview") or not priced - c.explained:
            continue
        titled = title_positions(index, q, c.tasks[0]) if len(c.tasks) == 1 else set()
        text = said(c.text)
        if all(t.pos in c.explained or t.pos in priced or t.pos in titled or t.weight <= _FRAMED
               for t in q.content()) and _named_price(text, q.text) and \
                not _labels_another_value(q, text, priced, lambda value: holds(Expect.PRICE, value, q.text)):
            c.explained = c.explained | priced


# the text's own word for a price: 'Pris: ...', 'Prisen er ...', 'Timepris: ...', 'Price: ...'
_PRICE_NOUN = re.compile(r"\w*pris(?:en|er|erne)?\b|\bprices?\b", re.I)


def _named_price(text: str, question: str) -> bool:
    """Whether the text gives an amount as a price, after its own word for it in the same line ('Pris: 4,10
    kr. pr. side', 'Timepris 650 kr.'): a bare amount ('Leje: 300 kr.', 'Engangsbeløb: 18.500 kr.') is a
    price of one kind, which the question's plain 'koster' does not pick among others."""
    from knowledge.qa.types import Expect, holds

    for m in _PRICE_NOUN.finditer(text):
        line = text[m.end():_line_end(text, m.end())]
        after = _LABEL.search(line, 2)  # up to the next label on the line ('Pris: 4,10 kr. Afhentning: ...')
        if holds(Expect.PRICE, line[:after.start()] if after else line, question):
            return True
    return False


# a label before its value: 'Afhentning: ...', 'Maks. deltagere pr. hold: 12' (a capital, lower-case words)
_LABEL = re.compile(r"([A-ZÆØÅ][\wæøå./-]*(?: [a-zæøå][\wæøå./-]*){0,3}):(?=\s)")


def _labels_another_value(q, text: str, skip: set[int], priced) -> bool:
    """Whether a word the question names stands in the text only as the label of lines whose value is no
    price ('Pris: 4,10 kr. pr. side Afhentning: inden for 3 uger' prices no 'afhentning': the price on a
    labelled line is that label's)."""
    from knowledge.fold import content_keys

    labels = list(_LABEL.finditer(text))
    if not labels:
        return False
    ends = [m.start() for m in labels[1:]] + [len(text)]
    values = [text[m.end():min(end, _line_end(text, m.end()))] for m, end in zip(labels, ends, strict=True)]
    # (a label with no value of its own heads the lines below it: 'Delingsbroen pr. system:')
    named = [(content_keys(m.group(1)), priced(value), m) for m, value in zip(labels, values, strict=True)
             if value.strip()]
    for t in q.content():
        if t.pos in skip or t.weight <= _FRAMED:
            continue
        own = set(t.keys)
        as_label = [has_price for keys, has_price, _ in named if keys & own]
        if as_label and not any(as_label) and not _said_outside(text, own, [m for _, _, m in named]):
            return True
    return False


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _said_outside(text: str, keys: set[str], labels: list) -> bool:
    """Whether the keys are said in the text apart from its labels' names."""
    from knowledge.fold import content_keys

    rest, at = [], 0
    for m in labels:
        rest.append(text[at:m.start(1)])
        at = m.end()
    rest.append(text[at:])
    return bool(content_keys(" ".join(rest)) & keys)
