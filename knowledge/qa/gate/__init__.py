"""The last check before an answer is given as found, the same for every intent: it must hold a
value of the kind the question asks for (types.py) that is not the question's own, a contact value
must stand with the name asked about, a 'hvilken X' answer must speak of an X and say which one, a
'hvem er <rolle>' answer must name the role, the names the question writes must be in the answer's
task, and a 'Ja' or a text deadline must be about the words the question names. An answer that
fails is said as what the tasks do say, with found=False (pipeline._partial)."""

from __future__ import annotations

import re

from knowledge.deadlines import EVENT_CLAUSE
from knowledge.fold import ascii_fold, content_keys, key
from knowledge.index import Index
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import says_key
from knowledge.qa.gate.addresses import _only_in_address, address_line, exact
from knowledge.qa.gate.clauses import _counted_in_another_clause, own_clause
from knowledge.qa.gate.deeds import _deed_only_as_state, _deed_unexplained, _party_of_another_deed
from knowledge.qa.gate.events import _WHEN_IS, _event_date_asked, _new_means
from knowledge.qa.gate.houses import _other_house
from knowledge.qa.gate.lists import _listed_among_others, _no_such_step
from knowledge.qa.gate.modifiers import _TASK_KEYS, _modifier_only
from knowledge.qa.gate.names import _about_what_is_named, _names_said, _unknown_name
from knowledge.qa.gate.numbers import _same_number
from knowledge.qa.gate.opposite import _opposite
from knowledge.qa.gate.other_tasks import _of_another
from knowledge.qa.gate.parties import (
    _STRANDED,
    _at_asked_place,
    _party_after_preposition,
    _project_value_said,
    _role_at_place,
    _value_about_subject,
)
from knowledge.qa.gate.prices import _price_of_another
from knowledge.qa.gate.reading import _DEADLINE, _OWNED, _QUOTING, _UNIT, _sentences, label_parts, said
from knowledge.qa.gate.roles import _HELD_AFTER, _role_held, _role_said
from knowledge.qa.gate.signing import (
    _BACK,
    _SIGN_MANNER,
    _manner_of_another,
    _sent_out_not_back,
    _signer_for_holder,
    asks_way_of_signing,
)
from knowledge.qa.gate.sizes import (
    _AGE,
    _AGE_ASKED,
    _DIMENSION,
    _SIZE_REQUIRED,
    _has_amount,
    _has_measure,
    _has_size,
    _only_counts_of_others,
    asks_magnitude,
    asks_size,
    gives_size,
)
from knowledge.qa.gate.things import _unknown_role, _unknown_thing
from knowledge.qa.gate.totals import (
    _measure_of_another,
    _part_of_total,
    _per_unit_for_total,
    _table_without_asked,
)
from knowledge.qa.gate.which import (
    KIND_NOUN,
    PARTY_NOUN,
    _narrowed,
    _which_noun_said,
    _which_one_said,
    asked_noun,
    which_noun,
)
from knowledge.qa.gate.why import _goal_for_why
from knowledge.qa.gate.words import (
    _STEP_NUMBER,
    _TEXT_WORD,
    _TIME_WORDS,
    _TITLE_CODE,
    _keys_in_task,
    _says_asked,
    _telling,
    _title_keys,
)
from knowledge.qa.slots import other_basis, other_counted, other_owner, other_unit, value_of_asked
from knowledge.qa.titles import untitled
from knowledge.qa.types import PLAIN, Expect, holds, is_number

__all__ = [
    "KIND_NOUN", "PARTY_NOUN", "_BACK", "_HELD_AFTER", "_TEXT_WORD", "_deed_only_as_state", "_narrowed",
    "_party_after_preposition", "_project_value_said", "_role_at_place", "_sentences", "address_line",
    "answers", "asked_noun", "asks_magnitude", "asks_size", "asks_way_of_signing", "end_state_only",
    "exact", "gives_size", "label_parts", "own_clause", "said", "which_noun",
]

def answers(index: Index, q: Question, c: Candidate) -> bool:
    """Whether candidate c answers q: the value asked for, about what q names."""
    if _unknown_thing(q) or _unknown_name(index, q) or _unknown_role(q):
        return False
    if q.expects is not Expect.ANY:
        if c.kind in ("title", "overview") or (
                not holds(q.expects, said(c.text), untitled(q, c.titled), telling=_telling(q))
                and not _goal_for_why(q, c)):
            return False
        if q.expects is Expect.COUNT and not _UNIT.search(q.text) and \
                not holds(q.expects, _DEADLINE.sub(" ", said(c.text)), q.text):
            return False  # 'lukkes senest 2 uger efter go-live' says when; it counts no abonnementer
        if q.expects in _OWNED and not _value_about_subject(q, c):
            return False
        if q.expects in (Expect.NAME, Expect.PARTY) and _listed_among_others(q, c):
            return False
        if q.expects is Expect.PARTY and _STRANDED.search(q.text) and \
                not _party_after_preposition(said(c.text), q):
            return False
        if q.expects is Expect.PARTY and c.kind in _QUOTING and _deed_only_as_state(q, said(c.text)):
            return False
        if q.expects is Expect.PARTY and c.kind in _QUOTING and _party_of_another_deed(q, said(c.text)):
            return False  # '... skrives af A, og de oversættes af et bureau': A does not translate
        if q.expects is Expect.PARTY and not _at_asked_place(q, said(c.text)):
            return False
        if q.expects is Expect.PARTY and c.kind in ("passage", "fact") and _deed_unexplained(q, c):
            return False  # 'hvem leder centret?' is not answered by '... et kursus hos centret'
        if q.expects in PLAIN and not _project_value_said(q, said(c.text)):
            return False
    if q.expects is not Expect.ANY and _table_without_asked(index, q, c):
        return False  # 'leveringstiden på målerne' is not in a table of ladestandere's leveringstider
    if q.expects in (Expect.PARTY, Expect.NAME, Expect.MAIL, Expect.PHONE) and _other_house(index, q, c):
        return False  # 'kontaktperson hos KOMBIT' - 'Løsningen leveres af Nordsoft; kontaktperson er ...'
    if q.expects is Expect.COUNT and _part_of_total(index, q, c):
        return False  # 'hvor mange senge er der i alt?' - 'Sovesalen har 12 senge'
        # beside 'Familieværelserne har 4'
    if q.expects is Expect.PRICE and _per_unit_for_total(q, c):
        return False  # 'hvor mange penge er der i alt til tilskud?' - 'et tilskud på 2.000 kr. pr. spærre'
    if q.expects in (Expect.COUNT, Expect.TIME) and _measure_of_another(q, c):
        return False  # 'hvor mange timer tager e-læringen?' - 'et webinar på 2 timer og en e-læringspakke'
    if asks_way_of_signing(q) and not _SIGN_MANNER.search(c.text):
        return False  # 'hvordan underskrives aftalen?' asks the way ('digitalt i Penneo'), not who signs
        # nor '2. Få aftalen underskrevet'
    if _manner_of_another(q, c):
        return False  # 'hvordan orienteres rådgiverne?' is not answered by a sentence that orients no one
    if c.kind in _QUOTING and _sent_out_not_back(q, said(c.text)):
        return False  # 'hvortil sendes aftalen retur?' is not answered by 'X sender aftalen til kommunen'
    if c.kind not in ("signature", "title", "overview", "list") and _signer_for_holder(q, said(c.text)):
        return False  # 'hvem skal have aftalen?' is not answered by 'Aftalen underskrives af X'
    if q.expects is Expect.PRICE and _price_of_another(index, q, c):
        return False  # 'hvad koster en natriumpære?' is not answered by 'Et armatur koster 3 450 kr.'
    if asks_magnitude(q) and (c.kind in ("title", "overview", "list") or
                              not _has_amount(_STEP_NUMBER.sub(" ", said(c.text)))):
        return False  # 'hvor store forskelle ...?' asks a size: '3. Noter afvigelserne' gives none
    if _SIZE_REQUIRED.match(ascii_fold(q.text)) and not _has_size(q, said(c.text)):
        return False  # 'hvor store skal beholderne være?': not '... leveres inden for 10 dage', nor a price
    if _DIMENSION.match(ascii_fold(q.text)) and not _has_measure(_STEP_NUMBER.sub(" ", said(c.text))):
        return False  # 'hvor højt er tårnet?' asks a height: '... koster 900 kr.' gives none
    if _AGE_ASKED.match(ascii_fold(q.text)) and not _AGE.search(said(c.text)):
        return False  # 'hvor gammel skal man være ...?' asks an age: '... inden for 7 dage' gives none
    if q.expects is Expect.COUNT and c.kind not in ("title", "overview", "list") and q.lang == "da" and \
            _counted_in_another_clause(q, said(c.text).split("\n", 1)[0]):
        return False  # 'hvor mange besøg giver et vintermedlemskab?' - '..., og et klippekort med 10 besøg'
    if asks_magnitude(q) and \
            _only_counts_of_others(q, _STEP_NUMBER.sub(" ", said(c.text))):
        return False  # 'hvor store afvigelser ...?': 'mindst 50 ejendomme' counts other things
    if q.expects is Expect.PLACE and c.kind in _QUOTING and _place_of_another_deed(q, said(c.text)):
        return False  # 'hvor hostes Gryden?' is not answered by 'folkekøkkenet i mejeriet ... Gryden'
    if c.kind == "when" and _end_of_thing_asked(index, q, c):
        return False  # 'hvornår slutter sæsonen?' - 'Evaluer den første sæson' ends before go-live
    if c.kind == "when" and _event_date_asked(q):
        return False  # 'hvornår er undervisningen?' asks a course's day, not the task's window
    if q.step is not None and (c.kind in ("title", "overview") or _no_such_step(index, q, c)):
        return False  # 'hvad er trin 4 i opgaven om X?' is not answered by X's name, nor where X has three
    return (_which_noun_said(index, q, c) and _which_one_said(q, c) and _role_said(q, c) and _role_held(q, c)
            and _names_said(index, q, c)
            and _about_what_is_named(index, q, c) and _time_of_asked(index, q, c)
            and _same_number(index, q, c) and value_of_asked(index, q, c) and not _opposite(q, c)
            and not (q.expects is Expect.PARTY and c.kind in _QUOTING and other_owner(q, said(c.text)))
            and not _only_in_address(index, q, c) and not _of_another(index, q, c)
            and not _modifier_only(index, q, c)
            and not (c.kind not in ("title", "overview") and (other_basis(q, said(c.text),
                                                                          magnitude=asks_magnitude(q))
                                                              or other_unit(q, said(c.text))
                                                              or other_counted(q, said(c.text)))))


# What a time is counted from or what it is for: a clause after 'efter at', 'når', 'så', 'for at'
# (to the clause's end), or the noun after 'før/efter/inden' ('før uddannelsen', 'efter modtagelsen').
# ('Fristen for at afmelde X er ...', 'the deadline for X': what the deadline is for, no purpose beside it)
_FOR_AT = r"(?<!frist )(?<!fristen )(?<!deadline )(?<!deadlinen )for at"
_BESIDE = re.compile(r"\b(?:efter,? at|når|så snart|så|" + _FOR_AT + r"|after|once|so that|in order to)\b"
                     r"(?:[^,.;:!?\n]|,\s*(?=(?:at|der|som|that|which)\b))*|"  # '..., at KSD er åbnet'
                     r"\b(?:før|efter|inden|forud for|before|after|prior to)\s+(?:\w+\s+)?\w+|"
                     # where it goes: 'Tilmeld lederne til webinarerne senest ...' is no time of the webinars
                     r"\b(?:til|to)\s+(?:(?:den|det|de|the|kommunens|jeres)\s+)?[\wæøå-]+", re.I)
# What a question says its time is for or on condition of ('... for at blive skrevet op?'; not where a
# thing goes: 'frist til tilmelding' asks of the tilmelding)
_PURPOSE = re.compile(r"\b(?:" + _FOR_AT + r"|efter,? at|når|så snart|in order to|so that)\b[^,.;:!?\n]*",
                      re.I)


_TIME_KINDS = frozenset({"deadline", "passage", "fact"})


def _time_of_asked(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår starter uddannelsen?' is not answered by 'Navnene meldes ind senest 8 uger før go-live,
    så de kan nå uddannelsen': a time in the text says when its sentence's subject happens; when the
    thing the question asks the time of stands only in what the time is counted from ('efter, at
    leverandøren har fået aftalen') or what it is for ('så de kan nå uddannelsen'), it is not that."""
    if q.expects is Expect.TIME and c.kind == "when" and _agent_never_does(index, q, c):
        return False  # the task's dates say when it is done, not when a party it only sends to acts
    if q.expects is not Expect.TIME or c.kind not in _TIME_KINDS:
        return True
    # the words the answer's task knows: 'hvornår skal 1207 være løst?' asks nothing its text must repeat
    # (each as the task writes it: 'papirerne' is the task's 'dokumenter' where another task has 'blanket')
    asked = {k for t in q.tokens if t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos
             and not is_number(t.surface) for k in _keys_in_task(index, c, t)} - _TIME_WORDS
    # what the question itself says the time is for or counted from ('hvor gammel skal man være for at
    # blive skrevet op?') may stand so in the text too ('... fyldt 18 år ... for at blive skrevet op')
    asked -= content_keys(" ".join(m.group(0) for m in _PURPOSE.finditer(q.text)))
    if not asked:
        return True
    timed = [_timed_clause(s, q) for s in _sentences(said(c.text).strip()) if holds(Expect.TIME, s, q.text)]
    named = _title_keys(index, c)
    return not timed or any(_said_as_subject(s, asked) and not _only_recipient(q, s) and
                            not _asked_only_in_condition(q, s, asked) and
                            (_condition_of_all(s, asked, named) or
                             holds(Expect.TIME, _WHEN.sub(" ", s), q.text)) for s in timed)


def _timed_clause(sentence: str, q: Question) -> str:
    """The clause of a sentence that holds its time, when only one does and it opens on the event it counts
    from ('X sendes til Y, og når X er modtaget, har I 10 dage til ...'): the time is of what that clause
    speaks of, not of the sending in the clause before it."""
    parts = EVENT_CLAUSE.split(sentence)
    timed = [p for p in parts if holds(Expect.TIME, p, q.text)]
    return timed[0] if len(parts) > 1 and len(timed) == 1 else sentence


def _asked_only_in_condition(q: Question, sentence: str, asked: set[str]) -> bool:
    """'Hvornår er testdagen?' is not answered by 'Hvis en elev er syg på testdagen, tages testen igen
    inden for 2 uger': where the asked thing stands only in an opening 'hvis'-clause and the time only in
    the main clause after it, the time is of what happens then, not of the thing the condition names.
    (A time inside the condition, 'Hvis aftalen ikke er sendt 50 dage før go-live, ...', is its own.) Only
    a question of the day a thing is ('hvornår er X?'): 'hvornår skal X ...?' may be answered by a main
    clause that speaks of X as 'den'."""
    m = _IF_CLAUSE.match(sentence)
    if m is None or not _WHEN_IS.match(ascii_fold(q.text.casefold())):
        return False
    condition, main = m.group("cond"), m.group("main")
    return not holds(Expect.TIME, condition, q.text) and \
        _says_asked(content_keys(condition) - _TIME_WORDS, asked) and \
        not _says_asked(content_keys(main) - _TIME_WORDS, asked)


# An opening condition and its main clause: 'Hvis en elev er syg på testdagen, tages testen igen ...'.
_IF_CLAUSE = re.compile(r"^\W*(?:hvis|dersom|if)\b(?P<cond>[^,;:]+),(?P<main>.+)$", re.I | re.S)


# 'Hvornår sender KOMBIT ...?', 'when does KOMBIT send ...?': the name that does what is asked about.
_AGENT_ASKED = re.compile(r"^\W*(?i:hvornår|when)\s+(?:(?:skal|vil|kan|does|do|will|must|should)\s+)?"
                          r"(?:[a-zæøå]+\s+)?(?P<agent>[A-ZÆØÅ][\wæøåÆØÅ-]+)")


# 'hvornår skal aftalen underskrives af ParkSys?': the name after a passive verb's 'af'.
_PASSIVE_AGENT_ASKED = re.compile(r"^\W*(?i:hvornår|when)\b.*\b[a-zæøå]{3,}(?:es|s)\s+af\s+"
                                  r"(?P<agent>[A-ZÆØÅ][\wæøåÆØÅ-]+)")


# 'hvornår skal KOMBIT have/modtage aftalen?': the name is whom the thing goes to, which a sentence says
# with 'sendes til KOMBIT senest ...'; the question's party receives, it does not act
_RECEIVES = re.compile(r"\s+(?:have|få|modtage|receive|get|have\s+(?:modtaget|fået))\b", re.I)


def _asked_agent(q: Question) -> re.Match[str] | None:
    """The name a 'hvornår' question has doing what it asks about, unless the name only receives it."""
    m = _AGENT_ASKED.match(q.text) or _PASSIVE_AGENT_ASKED.match(q.text)
    return None if m is None or _RECEIVES.match(q.text, m.end()) else m


def _only_recipient(q: Question, sentence: str) -> bool:
    """'Hvornår sender KOMBIT aftalen?' (or 'hvornår underskrives aftalen af ParkSys?') is not answered by
    'Aftalen sendes retur til KOMBIT senest ...': the one the question has doing it stands in the
    sentence only as whom it goes to."""
    m = _asked_agent(q)
    if m is None:
        return False
    spots = [x for x in re.finditer(r"\b" + re.escape(m.group("agent")) + r"\b", sentence)]
    return bool(spots) and all(re.search(r"\b(til|to)\s+$", sentence[:x.start()], re.I) for x in spots)


def _agent_never_does(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår underskriver ParkSys aftalen?' is not answered by the dates of a task whose timed sentence
    about the asked deed names another doer and ParkSys only as whom it goes to ('Aftalen underskrives af
    kommunaldirektøren og returneres til ParkSys senest 14 dage før go-live')."""
    m = _asked_agent(q)
    if m is None or len(c.tasks) != 1:
        return False
    agent = re.compile(r"\b" + re.escape(m.group("agent")) + r"\b")
    deed = {k for t in q.tokens if t.role == "word" and t.weight > 0.1 and t.surface.islower()
            for k in t.keys}
    for pid in index.task_passage_ids(c.tasks[0]):
        for sentence in _sentences(index.passages[pid].text):
            if not (deed & content_keys(sentence) and holds(Expect.TIME, sentence)):
                continue
            spots = list(agent.finditer(sentence))
            if all(re.search(r"\b(til|to|med|with)\s+$", sentence[:x.start()], re.I) for x in spots) and \
                    (spots or _AGENT.search(sentence)):
                return True
    return False


# a passive verb with its doer: 'underskrives af kommunaldirektøren'
_AGENT = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+af\s+\w|\b[a-z]{3,}ed\s+by\s+\w", re.I)


_WHEN = re.compile(r"\b(når|efter at|så snart|after|once)\b", re.I)


def _condition_of_all(sentence: str, asked: set[str], named: set[str] = frozenset()) -> bool:
    """'Egne breve bruges, når en sag er overgået ...' says when letters are used, not when they are made:
    a time that is only a condition ('når ...') answers when its main clause says every asked word. A main
    clause about the task itself ('Marker opgaven som fuldført, når ...') need not repeat the words of its
    title that the question names the task by ('the NemLog-in task')."""
    rest = content_keys(_BESIDE.sub(" ", sentence)) - _TIME_WORDS
    if not _TASK_KEYS & rest:
        named = frozenset()
    return all(_says_asked(rest, {a}) or a in named for a in asked)


def _said_as_subject(sentence: str, asked: set[str]) -> bool:
    """Whether an asked word stands in the sentence outside what its time is counted from or for
    (or in neither: the sentence may speak of it in other words)."""
    beside = " ".join(m.group(0) for m in _BESIDE.finditer(sentence))
    rest = _BESIDE.sub(" ", sentence)
    return _says_asked(content_keys(rest) - _TIME_WORDS, asked) or \
        not _says_asked(content_keys(beside) - _TIME_WORDS, asked)


# The concepts of a verb the glossary also reads as a party's relation to a thing ('drifter' - 'leverandør')
_RELATION_CONCEPTS = frozenset({"fact", "executor", "responsible"})
# Verbs that only ask where a thing is ('hvor finder jeg vejledningen?' - 'Vejledningen ligger på ...').
_LOCATING = frozenset(key(w) for w in "finde finder findes fås ligge ligger står stå sidder sidde placeres "
                                      "placeret".split())


def _place_verb(q: Question) -> Token | None:
    """The verb of a Danish 'hvor <verb> X?' ('hvor hostes Gryden?', 'hvor skal blanketten sendes hen?'):
    what is done where; none for a verb that only locates, nor a corrected or guessed word."""
    if q.lang != "da" or q.yesno or not q.tokens or q.tokens[0].key != "hvor":
        return None
    verbs = [t for t in q.tokens[1:] if t.role == "word" and t.weight > 0 and t.surface.islower()
             and t.surface.endswith(("es", "er", "r")) and not 0 < t.match < 1]
    if not verbs or verbs[0].key in _LOCATING:
        return None
    return verbs[0]


def _place_of_another_deed(q: Question, text: str) -> bool:
    """'Hvor hostes Gryden?' is not answered by a sentence that says where something else is and says
    the asked deed only as another one it is related to ('Folkekøkkenet i det gamle mejeri ... i Gryden,
    som leveres af Madpilot'): the place in it is not where the deed is done."""
    verb = _place_verb(q)
    if verb is None:
        return False
    # read by a relation it stands for, not by its own key ('hostes' is 'drift', also read as 'leverandør':
    # 'som leveres af Madpilot' says who supplies it, not where it runs); a verb the sentence does not say
    # at all may be a paraphrase ('hvor lander testbrevene?'), left to the words' match
    said = content_keys(text)
    return bool(verb.concepts & _RELATION_CONCEPTS) and not says_key(verb.key, said) and \
        any(says_key(k, said) for k in verb.keys if k != verb.key)


# 'hvad er målet med ...?', 'hvad skal vi opnå?', 'når vi er færdige': the asker asks the end state itself
# a passive with its agent: 'godkendt af teamlederen', 'udføres af Vej og Park'
_DONE_BY = re.compile(r"\b\w+(?:et|t|es|s)\s+af\s+\w", re.I)
_ASKS_AIM = re.compile(r"\b(?:form[aå]l\w*|m[aå]l(?:et|ene)?|resultat\w*|opn[aå]\w*|f[æa]rdige?|"
                       r"goals?|aims?|purposes?|objectives?|outcomes?|results?|achieve\w*|finished|done)\b",
                       re.I)


def end_state_only(index: Index, q: Question, c: Candidate) -> bool:
    """A task's goal or result ('Superbrugerne er udpeget og tilmeldt kurset', 'Breve til borgere med
    beskyttet adresse sendes sikkert') says the state the task ends in: it names no doer, way or content,
    so it does not answer a Danish hvem/hvad/hvordan question whose value the gate cannot type-check
    ('hvad skal superbrugerne lave?', 'hvem giver planlæggerne rettigheder?', 'hvordan kan man betale?'),
    unless the question asks that state itself or names the task. An English question too: its Danish
    rendering is read, and its own words for an aim ('what is the goal of X?')."""
    if c.kind not in _QUOTING or q.lang not in ("da", "en") or q.yesno or q.tasks or len(c.tasks) != 1 or \
            asks_magnitude(q) or q.expects not in (Expect.ANY, Expect.PARTY) or \
            _ASKS_AIM.search(f"{q.text} {q.asked or ''}"):
        return False
    text = said(c.text).strip()
    if _DONE_BY.search(text) or _new_means(q, text):
        return False  # 'Testrapporten er godkendt af teamlederen' names the doer, '... sendt med
        # almindelig post' the way
    task = index.tasks[c.tasks[0]]
    return bool(text) and any(text in (field or "") for field in (task.goal, task.result))


# 'Hvornår slutter/lukker/udløber (den) X?': when a thing ends by itself, no modal ('hvornår skal X slutte?');
# 'hvor lang tid tager (en) X?': how long a thing lasts by itself
_ENDS = re.compile(r"^\W*(?:hvornaar\s+(?:slutter|ender|stopper|udloeber|lukker|ophoerer|afsluttes)|"
                   r"hvor\s+(?:lang\s+tid|laenge)\s+(?:tager|varer))\s+"
                   r"(?:(?:den|det|de|en|et)\s+)?(?:at\s+)?(?P<noun>[a-z]+)\b")  # 'tager det at opstille X'


def _end_of_thing_asked(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår slutter sæsonen i vinterbadet?' asks when a thing ends by itself: a task's own window
    answers it only when the thing is the task's deed, its title's first word ('hvornår slutter
    migreringen?' - 'Migrering af sager'), not a thing the task is about ('Evaluer den første sæson',
    'Opstil kajakhotellerne' for 'kajaksæsonen'), nor the task or project named; a project named beside
    the thing ('sæsonen i vinterbadet') leaves the thing asked."""
    if q.yesno or q.tasks or len(c.tasks) != 1 or any("task" in t.concepts for t in q.tokens):
        return False  # ('how long does the contract task take?' asks the task's own length)
    m = _ENDS.match(ascii_fold(q.text.casefold()))
    if m is None or m.group("noun").startswith(("opgave", "projekt", "task")) or \
            m.group("noun") in ("det", "den", "de", "dette", "denne", "disse"):
        return False  # 'hvor lang tid tager det?' asks of what was named before
    if any(ascii_fold(q.tokens[p].surface.casefold()) == m.group("noun") for p in q.project_pos):
        return False  # 'hvornår slutter vinterbadet?' asks the project's end, which its tasks' windows say
    words = ascii_fold(_TITLE_CODE.sub("", index.tasks[c.tasks[0]].title)).split()
    deed, noun = (words[0] if words else ""), m.group("noun")
    return not (len(deed) >= 4 and (noun.startswith(deed[:4]) or deed.startswith(noun[:4])))
