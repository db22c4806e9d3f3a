"""Whether an answer says only the first part of an asked compound the task tells apart."""

from __future__ import annotations

from knowledge.fold import ascii_fold, content_keys, key, loose
from knowledge.index import Index
from knowledge.morphology import in_compound
from knowledge.qa.analysis import Question, unlinked
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import _QUOTING, said
from knowledge.qa.gate.words import KEY_WEIGHT, _task_has_key
from knowledge.qa.types import Expect, cues

_TASK_KEYS = content_keys("opgaven opgave")


def _modifier_only(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår er evalueringsmødet?' is not answered by 'Evalueringen forelægges udvalget i september'
    in a task that writes 'evalueringsmødet' too: a sentence that says only the first part of an asked
    compound, whose rest is a word of its own it does not say apart either, speaks of that part's thing
    where the task tells the two apart. (A value asked for in Danish only; the rest may be the value's own
    noun, 'tilmeldingsfristen' for 'Tilmeldingen lukker 1. maj'; other inflections are no parts.)"""
    if q.expects is Expect.ANY or q.lang != "da" or c.kind not in _QUOTING or not c.tasks:
        return False
    written = content_keys(c.text)  # (the module has a function `said`)
    for t in q.tokens:
        if t.role != "word" or t.key in written or not _task_has_key(index, c, t.key):
            continue
        for first in (k for k in t.alts if k in written):
            rest = _head_rest(index, t.key, first)
            if rest and not any(k.endswith(rest) for k in written) and \
                    not cues(ascii_fold(t.surface.casefold())[len(first):].lstrip("se"), q.expects):
                return True
    return False


def _head_rest(index: Index, whole: str, first: str) -> str:
    """The head that makes `whole` `first` and a word of its own ('evalueringsmod' = 'evaluering' + s +
    'mod'), '' for another ending of the same word ('kommunikation' / 'kommunik')."""
    if len(first) < 4 or not whole.startswith(first) or len(whole) - len(first) < 3:
        return ""
    rest = whole[len(first):]
    # (a head cut to a stop word is keyed apart when alone: 'møde' is 'mod_', fold._stem_key)
    return next((tail for tail in unlinked(rest)
                 if len(tail) >= 3 and (tail in index.postings or tail + "_" in index.postings)), "")


def _first_part_only(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvad koster lejrtrøjen?' is not answered by 'Lejren koster 900 kr.' where a task writes
    'lejrtrøjer': the sentence writes a word that is the first part of a main word of the question and not
    its head (nor the whole), so it speaks of that part's thing; a compound is a kind of its head, its first
    part only says which. (A Danish question: an English one's words are matched to the Danish text by
    meaning, not form.)"""
    if q.lang != "da" or (c.kind not in _QUOTING and c.kind != "yesno") or not c.tasks:
        return False
    written: set[str] | None = None
    # the thing asked about is the question's weightiest word ('testfilen med elevdata' asks of the file)
    main = max((t.weight for t in q.tokens if t.role == "word" and t.pos not in q.project_pos), default=0.0)
    for t in q.tokens:
        if t.role != "word" or t.weight < max(KEY_WEIGHT, main) or t.pos in q.project_pos or t.concepts or \
                len(t.surface) < _MIN_PART + _MIN_HEAD or (t.pos > 0 and not t.surface.islower()) or \
                (t.pos > 0 and q.tokens[t.pos - 1].surface.casefold() in _PREPOSITIONS):
            continue  # (a name is no kind of its last part: 'KapelBook' is the chapel's booking system; a
            # word after a preposition says which thing the noun before it is: 'aftalen om datadeling')
        if not index.df(t.own_key):
            continue  # a word no task writes whole may be the asker's compound of the part the task says
            # ('lindetræerne' for 'Lind: november'); where a task writes both, they are two things
        written = content_keys(said(c.text)) if written is None else written
        if in_compound(t.own_key, written) or t.key in written:
            continue
        # (by key and as typed: the stem of the whole may end otherwise than its head's)
        for form in (t.own_key, loose(ascii_fold(t.surface))):
            for first in (w for w in written if len(w) >= _MIN_PART and form.startswith(w) and w != form):
                rest = form[len(first):]
                heads = [key(tail) for tail in unlinked(rest) if _is_head(tail)]
                if set(heads) & _VALUE_HEADS:
                    continue  # 'kontaktpersonen' - 'Kontakt: Anna Holm': the head names the part's value
                # (the head said, or its own last part: 'aftalen' of 'databehandleraftalen' beside 'data')
                if heads and not any(in_compound(h, written) or any(w.endswith(h) for w in written)
                                     for h in heads) and \
                        not any(len(w) >= _MIN_HEAD and w in rest for w in written):
                    return True
    return False


_MIN_PART = 3
_PREPOSITIONS = frozenset("om for med af til på i ved fra hos under over efter".split())
# Heads that name a value or a party of the first part's thing, no other thing ('kontaktperson',
# 'leveringsdato', 'mødested', 'tilmeldingsgebyr'): a sentence that says the first part may give it
_VALUE_HEADS = content_keys("person personer dato tidspunkt tid frist sted adresse nummer navn pris takst "
                            "gebyr beløb antal mail telefon periode dag uge måned år længde størrelse type")
_MIN_HEAD = 4
# Endings that make a word of a stem, no head of a compound ('ansvarlig', 'sikkerhed', 'regning'); an ending
# that opens with a vowel is one too ('leverandør', 'godkendelse', 'installation'), so a head opens with none
_ENDINGS = ("ning", "skab", "lig", "hed", "sel", "dom", "vis")


def _is_head(tail: str) -> bool:
    return len(tail) >= _MIN_HEAD and tail[0] not in "aeiouyæøå" and not tail.startswith(_ENDINGS)
