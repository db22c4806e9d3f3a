"""Whether an answer to 'hvad er der i X?' says what X holds, not only something done with X."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.qa.analysis import Question

# 'hvad er der i en kasse?', 'hvad er i kassen?', "what's in a box?": what a thing holds (not a task, a
# step or a wave, whose content is its text: 'hvad er der i trin 2?')
# ... or with a verb of holding, 'hvad indeholder / omfatter / rummer et lån?', or of getting it along, 'hvad
# får man (med) i et lån?' (and 'what do we get in one loan?' read so), 'hvad følger der med i kassen?'
_CONTENTS_ASKED = re.compile(r"^\W*(?:hvad\s+er\s+(?:der\s+)?i|hvad\s+(?:indeholder|omfatter|rummer)|"
                             # ('hvad får vi i kassen?', not 'hvad får kommunen i tilskud?': without 'med'
                             # the thing is a definite one; money a municipality gets is no contents)
                             r"hvad\s+(?:faar|foelger)\s+(?:man|vi|i|de|der|kommunen|skolen)\s+"
                             r"(?:med\s+i|i(?=\s+(?:(?:en|et|den|det|vores|jeres|hver)\s|\w+(?:en|et|ne)\b)))|"
                             r"what\s*(?:'s|’s|\s+is)\s+(?:in|inside))\s+"
                             r"(?!(?:trin|step|opgave\w*|tasks?|b(?:oe|ø)lge\w*|wave)\b)")
# what says a thing's contents: a verb of holding ('rummer', 'indeholder', 'består af') with the thing for
# its subject, or a count after 'med' ('en køllevogn med 40 køller'; not an article, 'med en folder', nor a
# time, 'med 2 ugers varsel')
_HOLDING_VERB = re.compile(r"\b(?:rumme[rst]?|indeholde[rst]?|indeholdt|best(?:å|aa)r\s+af|omfatte[rs]?|"
                           r"inkludere[rs]?|contains?|holds?|includes?|comes?\s+with)\b", re.I)
_WITH_COUNT = re.compile(r"\b(?:med|with)\s+(?:\d+\b|(?:to|tre|fire|fem|seks|syv|otte|ni|ti|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten)\b)(?!\.?\s*(?:\w+[- ])?(?:min\w*|time[rn]?\w*|"
                         r"timers|dag\w*|døgn\w*|doegn\w*|uge\w*|måned\w*|maaned\w*|år\w*|aar\w*|"
                         r"hours?|days?|weeks?|months?|years?)\b)", re.I)
# the clause before a verb, and a relative pronoun (and up to two adverbs) right before it
_CLAUSE = re.compile(r"[^.;:!?\n,]*$")
_RELATIVE = re.compile(r"\b(?:der|som|which|that)(?:\s+\w+){0,2}\s*$", re.I)
_PRONOUN = frozenset(("den", "det", "de", "disse", "it", "they", "this"))
_PART = 3  # letters: the shortest head of a compound that names the thing ('kassen' of 'Startkassen')


def asks_contents(q: Question) -> bool:
    """Whether q asks what a thing holds ('Hvad er der i en batkasse?', "what's in a bat box?")."""
    return not q.yesno and not q.tasks and q.step is None and \
        bool(_CONTENTS_ASKED.match(ascii_fold(q.text.casefold())))


def says_contents(text: str, q: Question | None = None) -> bool:
    """Whether a text says what a thing holds ('1 batkasse rummer 10 bat', 'en vogn med 40 køller'); with q,
    the verb of holding must have the thing asked for its subject ('Startkassen sendes ud sammen med
    velkomstmappen, der indeholder 3 plakater' says what the folder holds, not the box)."""
    if _WITH_COUNT.search(text):
        return True
    asked = _asked_thing(q)
    if asked is not None and any(_names_asked(content_keys(m.group(1)), asked) and _COUNTED.search(m.group(2))
                                 for m in LABEL_LINE.finditer(text)):
        return True  # 'Pr. lån: 12 dukker og 1 transportkasse': the label names the thing, its value the rest
    return any(asked is None or _holder_is(text, m.start(), asked) for m in _HOLDING_VERB.finditer(text))


def asks_text_of(q: Question) -> set[str] | None:
    """The keys of the paper whose text 'hvad står der i X?' asks ('hvad står der i cachereglerne?'); None
    for other questions (and for a named task or step: 'hvad står der i trin 2?' is the step's own)."""
    if q.yesno or q.tasks or q.step is not None:
        return None
    m = _TEXT_ASKED.match(ascii_fold(q.text.casefold()))
    keys = content_keys(ascii_fold(q.text.casefold())[m.end():]) if m else set()
    return keys or None


_TEXT_ASKED = re.compile(r"^\W*hvad\s+staar\s+(?:der\s+)?i\s+")


def introduces_paper(text: str, asked: set[str]) -> bool:
    """Whether a passage is the intro of a list that the paper asked of opens ('Cachereglerne:' over the
    rules, 'Plantereglerne gælder for alle klasser, der planter i bedene:'): the paper's name first, the
    colon last."""
    m = _PAPER_INTRO.fullmatch(text.strip())
    # (not a deed done to the paper: 'Lejekontrakten underskrives af følgende:' lists its signers)
    return m is not None and _names_asked(content_keys(m.group(1)), asked) and \
        not _DONE_TO_PAPER.match(text.strip(), m.end(1))


# a passive verb right after the paper's name ('underskrives', 'sendes', 'godkendes af'): a list of a deed
_DONE_TO_PAPER = re.compile(r"\s+(?:skal\s+|må\s+|kan\s+)?[a-zæøå]{3,}es\b")
# a list's intro opened by a name ('Cachereglerne:', 'Plantereglerne gælder for ...:')
_PAPER_INTRO = re.compile(r"([^\W\d][\w-]{2,60})\b[^\n]{0,120}:")


def _asked_thing(q: Question | None) -> set[str] | None:
    """The keys of the thing 'hvad er der i X?' asks of (None: any)."""
    m = _CONTENTS_ASKED.match(ascii_fold(q.text.casefold())) if q is not None else None
    keys = content_keys(ascii_fold(q.text.casefold())[m.end():]) if m else set()
    return keys or None


# a label line, its label and its value ('- Et lån: 10 sadler og 1 trailer', '• Brugere: højst 60'; gate.why
# reads the same lines)
LABEL_LINE = re.compile(r"^[\s•*-]*([^\W\d][^:\n]{0,40}):[ \t]*(\S.*)$", re.M)
# a count in a label's value
_COUNTED = re.compile(r"\b(?:\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s+[^\W\d]", re.I)


def _names_asked(said: set[str], asked: set[str]) -> bool:
    """Whether words name the thing asked: a key of it, or a compound's head or first part of one."""
    return any(k == s or (len(s) >= _PART and (k.endswith(s) or s.endswith(k))) for k in asked for s in said)


def _holder_is(text: str, start: int, asked: set[str]) -> bool:
    """Whether the subject of the verb at start names the thing asked: the words of its clause before it,
    or the noun a relative pronoun before it stands for ('velkomstmappen, der indeholder'), or a pronoun."""
    before = text[:start]
    rel = _RELATIVE.search(before)
    if rel:
        words = re.findall(r"\w+", before[:rel.start()])
        subject = words[-1:] if words else []
    else:
        subject = re.findall(r"\w+", _CLAUSE.search(before).group(0))
    if not subject or any(w.casefold() in _PRONOUN for w in subject[-1:]):
        return True
    return _names_asked(content_keys(" ".join(subject)), asked)


def contents_unsaid(q: Question, text: str) -> bool:
    """Whether q asks what a thing holds and the text says nothing of holding ('1. Bestil batkasserne hos
    X' names the box, not what is in it)."""
    return asks_contents(q) and not says_contents(text, q)
