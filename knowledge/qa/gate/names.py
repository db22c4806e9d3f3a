"""Whether the names a question writes are in the answer's task, and what a 'Ja' is about."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.analysis.compounds import known_heads
from knowledge.qa.candidate import Candidate, task_naming_positions
from knowledge.qa.claimed_values import value_words
from knowledge.qa.deadline_words import role_words
from knowledge.qa.gate.named import kind_named
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.which import _WHICH
from knowledge.qa.gate.words import _DEFINITE_END, KEY_WEIGHT, _shares, _task_has
from knowledge.qa.name_kinds import names_kind_of_said
from knowledge.qa.types import asks_for_tasks, is_number
from knowledge.retrieval import title_keys


def _names_said(index: Index, q: Question, c: Candidate) -> bool:
    """A name the question writes inside the sentence ('Printcenter Nord', 'KY', 'SF1590') must be
    in the answer, in its task, or be how the question found the task; for a question that asks for
    tasks, answered by one sentence, in that sentence."""
    if not c.tasks:
        return True
    listing = c.kind != "list" and asks_for_tasks(q.text)
    if listing and _names(q):  # ... nor one that names him without the deed asked ('X er projektleder')
        said_keys = content_keys(said(c.text))
        if any(t.concepts & _DEED_RELATIONS and not said_keys & set(t.keys) for t in q.tokens):
            return False
    for t in _names(q):
        if listing:  # 'hvilke opgaver skal Henrik Stampe underskrive?': a sentence of his task that does
            if not content_keys(said(c.text)) & set(t.keys):  # not name him ('Aftalen er underskrevet',
                return False  # 'Anbefalet udfører: Ældrekonsulent') says nothing of what he does
            continue
        if t.pos in c.explained:
            continue
        if any(index.task_has(task, k) for task in c.tasks[:3] for k in t.keys):
            continue
        return False
    return True


# The relations a list question may ask a named person's tasks by: signing, doing, being responsible
_DEED_RELATIONS = frozenset({"sign", "executor", "responsible"})


# Intents whose candidates explain words loosely (a text deadline by its subject's last word).
_KEYED_KINDS = frozenset({"deadline", "signature", "consequence"})
_YES = re.compile(r"^\W*(ja|yes)\b", re.I)


def _about_what_is_named(index: Index, q: Question, c: Candidate) -> bool:
    """A 'Ja' settles the question only about what it names: 'Få aftalen underskrevet af borgmesteren'
    in a task about another agreement does not say that the mayor signs the databehandleraftale; nor
    does a signer of the tilslutningsaftale say who signs the databehandleraftale. Every telling word
    of the question stands in the evidence or in its task."""
    if not c.tasks or not ((q.yesno and _YES.match(c.text)) or c.kind in _KEYED_KINDS):
        return True
    evidence = content_keys(c.text)
    if q.yesno and q.lang == "da" and _YES.match(c.text) and _yes_by_part(index, q, c, evidence):
        return False
    which = _WHICH.match(q.text)  # 'hvilket system ...?' names the kind of value asked for, no entity
    roles = None  # (the question's role words for the answer's party, read once, when a word needs them)
    values = value_words(q.text) if q.yesno else set()  # 'i weekenden' - 'alle ugens dage': a value, settled
    for t in q.tokens:
        if t.role != "word" or t.weight < KEY_WEIGHT or t.match < 1 or t.concepts or t.pos in q.project_pos \
                or t.pos in c.read or is_number(t.surface) or (which and t.surface == which.group("noun")) \
                or t.surface.casefold() in values:
            continue
        if _shares(evidence, set(t.keys)) or _task_has(index, c, t):
            continue
        if not q.yesno and names_kind_of_said(index, c.text, q, t):
            continue  # 'i bookingsystemet' - '... oprettes i Lanternebogen', the booking system a task names
        if not q.yesno and t.pos in c.titled:
            continue  # 'lånte briller' of the task 'Lån af ... sikkerhedsbriller': its title's words, as read
        if not q.yesno and _heads_title(index, c, t):
            continue  # 'efter de har fået kortet' in the task titled 'Sandkortet': its map, by its head
        # 'udvikleren', 'systemet': the kind of a thing the evidence names ('Trådspole Data lægger
        # listen ind i Stingbogen ...', where the tasks say 'Udvikler: Trådspole Data')
        if kind_named(index, c.tasks, t, evidence):
            continue
        # 'the firm' for the named party that does the deed ('Åkande Teknik tjekker listen inden for ...'),
        # 'the developer' the thing is sent to ('... sendes til Tornekrat Systemer senest 3 uger før ...'),
        # and the word before either that names the party too ('the maintenance firm')
        if not q.yesno and len(c.tasks) == 1:
            roles = role_words(index, q, said(c.text), c.tasks[0]) if roles is None else roles
            if t.pos in roles:
                continue
        return False
    return True


def _heads_title(index: Index, c: Candidate, t: Token) -> bool:
    """Whether the question's definite noun is the head of a compound the answer's one task's title says
    ('kortet' of 'Sandkortet'): it refers back to the task's thing, as a definite head does in the text."""
    if len(c.tasks) != 1 or not _DEFINITE_END.search(t.surface.casefold()) or len(t.key) < 4:
        return False
    # (a title word's head keyed as the question's word is: 'Sandkort(et)' keys 'sandkor', 'kort(et)' 'kort')
    titled = re.findall(r"[^\W\d_]+", index.tasks[c.tasks[0]].title.casefold())
    return any(t.key in known_heads(index, word) for word in titled)


def _yes_by_part(index: Index, q: Question, c: Candidate, evidence: set[str]) -> bool:
    """A 'Ja' is not said by a sentence that holds only part of what the question asks of: a compound no
    task writes whole, read by its parts, of which the sentence holds one ('Skal piloterne have kørekort?'
    - 'piloterne kan køre sikkert')."""
    # the evidence and its task's title ('Er det kulturchefen, der underskriver cykelværkstedsaftalen?' -
    # 'Aftalen underskrives af kulturchefen' in 'Aftale om cykelværkstederne')
    said_keys = set(evidence).union(*(title_keys(index.tasks[task].title) for task in c.tasks))
    for t in q.tokens:
        if t.role != "word" or t.weight < KEY_WEIGHT or t.concepts or t.pos in q.project_pos or \
                is_number(t.surface):
            continue
        # the compound's head is the thing asked of; its first part may be the task's context ('drone' of
        # 'dronebillederne' in a task about drones)
        if _parts_only(index, t) and not _shares(said_keys, {t.key}) and \
                not any(index.task_has(task, t.key) for task in c.tasks):
            return True
    return False


def _parts_only(index: Index, t: Token) -> bool:
    """Whether a word no task writes whole was read by its parts ('kørekort' as 'kør' and 'kort'), not as
    a spelling corrected to a word the tasks write (whose keys are not in the word as typed)."""
    if t.match >= 1 or len(t.keys) < 2 or index.df(t.own_key):
        return False
    # each part is in the word's own key, its last letter perhaps cut there ('svommekor' for 'svømmekort')
    own = t.own_key
    return all(k in own or k[:-1] in own for k in t.keys)


def _unknown_name(index: Index, q: Question) -> bool:
    """'hvilke opgaver skal godkendes af Datatilsynet?': a name no task writes, read only as the last part
    of a compound ('tilsyn'), names something more particular than what the tasks say about that part."""
    for t in q.tokens[1:]:
        s = t.surface
        if t.role != "word" or t.pos in q.project_pos or t.concepts or not s[:1].isupper() or s.isupper():
            continue
        if t.read_by_head and not index.df(t.own_key) and t.pos not in task_naming_positions(q):
            # ('Padeldagsopgaven' is the task of the Padeldag, read by its head 'opgave', not a name)
            return True
    # 'hvornår skal lejeaftalen i Odense sendes?': a name no task has in any form (a place, a firm, a
    # municipality) is what the question is about; the tasks' sentences about the rest are not
    return any(t.role == "word" and t.match == 0 and t.weight > 0 and t.pos not in q.project_pos
               and not t.concepts and t.surface[:1].isupper() and not t.surface.isupper()
               for t in q.tokens[1:])


def _names(q: Question) -> list[Token]:
    """Names the question writes: capitalised words after the first, words in capitals, codes,
    that the tasks know (an unknown name is the not-found path's business)."""
    out = []
    for t in q.tokens[1:]:
        if t.role != "word" or t.weight <= 0.1 or t.match < 1 or t.pos in q.project_pos or t.concepts:
            continue
        s = t.surface
        if (s[:1].isupper() and not s.isdigit()) or (len(s) >= 2 and s.isupper()) or \
                (any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in ascii_fold(s))):
            out.append(t)
    return out
