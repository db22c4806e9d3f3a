"""Whether a place answer is where the asked deed is done, not another deed's place."""

from __future__ import annotations

import re

from knowledge.deadlines import sentence_deadlines
from knowledge.fold import content_keys, key
from knowledge.index import Index
from knowledge.models import DeadlineKind
from knowledge.qa.analysis import DEED_ENDINGS, Question, Token
from knowledge.qa.checks import says_deed, says_key
from knowledge.qa.gate.which import KIND_NOUN
from knowledge.qa.name_kinds import name_kinds

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


def _place_of_another_deed(index: Index, q: Question, text: str) -> bool:
    """'Hvor hostes Gryden?' is not answered by a sentence that says where something else is and says
    the asked deed only as another one it is related to ('Folkekøkkenet i det gamle mejeri ... i Gryden,
    som leveres af Madpilot'), nor 'hvor foregår Haletudsedagen?' by a step of another deed ('2. Opret
    Haletudsedagen i Andebogen': where it is created): the place in it is not where the deed is done."""
    if _step_of_another_deed(index, q, text) or _event_place_for_another_deed(q, text):
        return True
    verb = _place_verb(q)
    if verb is None:
        return False
    # read by a relation it stands for, not by its own key ('hostes' is 'drift', also read as 'leverandør':
    # 'som leveres af Madpilot' says who supplies it, not where it runs); a verb the sentence does not say
    # at all may be a paraphrase ('hvor lander testbrevene?'), left to the words' match
    said = content_keys(text)
    return bool(verb.concepts & _RELATION_CONCEPTS) and not says_key(verb.key, said) and \
        any(says_key(k, said) for k in verb.keys if k != verb.key)


# A numbered step's verb, the deed the reader does ('2. Opret dagen i Andebogen'), also of a step written in
# a text ('Trin 1: Opret X i Y', 'Step 1: ...')
_STEP_VERB = re.compile(r"^\s*(?:(?i:trin|step)\s+)?\d{1,2}[.):]\s+([^\W\d_]+)")


def _event_place_for_another_deed(q: Question, text: str) -> bool:
    """'Hvor kan man parkere til falkeaftenen?' asks where the asker does a deed at an event, not where the
    event is: a sentence that only holds the event somewhere ('Falkeaftenen holdes ... i slotsparken', 'Den
    finder sted ... i Amfiparken') does not say where that deed is done, unless it says the deed too (in
    any form: 'parkering ved hallen'). The asker's deed is read by its place in the sentence, after 'hvor',
    a modal and 'man'/'vi' or right after 'hvor' before them, also when the word was set aside as unknown;
    a verb of taking place or of only locating a thing asks where the thing is."""
    deed = _asker_deed(q)
    # (a word the spelling read as another, 'parkere' as 'slotsparken', is the deed the asker typed)
    if deed is None or says_deed(deed, text) or says_key(deed.own_key, content_keys(text)):
        return False
    if _event_is_object(q, deed, content_keys(text)):
        return False  # 'hvor kan man se Havnefestivalen?', 'hvor løber man Kommuneløbet?': the event's own
    words = re.findall(r"[^\W\d_]+", text)
    return any(key(w) in _HAPPENING for w in words) or _TAKES_PLACE.search(text) is not None


def _event_is_object(q: Question, deed: Token, said: set[str]) -> bool:
    """Whether the asker's verb takes the text's event as its object ('se Havnefestivalen', 'løber man
    Kommuneløbet'): seeing or running the event is done where it is held; a deed for it ('parkere til
    X', 'købe billetter til X') is not."""
    after = [t for t in q.tokens if t.pos > deed.pos]
    if deed.pos == 1 and after and after[0].key in _ASKERS:
        after = after[1:]  # 'hvor løber man X?': the asker stands between the verb and its object
    after = [t for t in after if t.surface.casefold() not in _ARTICLES]
    return bool(after) and after[0].role == "word" and after[0].weight >= 0.3 and says_key(after[0].key, said)


_ARTICLES = frozenset("en et den det de".split())
# 'X finder sted ...': Danish for taking place, said by two words ('finder' alone is finding)
_TAKES_PLACE = re.compile(r"\bfinde[rs]?\s+sted\b", re.IGNORECASE)
# Verbs of coming to an event ('hvor skal vi mødes / møde op til X?'): where the event is held answers them
_ATTENDING = frozenset(key(w) for w in "møde mødes mødte komme kommer deltage deltager".split())
_MODALS = frozenset(key(w) for w in "kan skal må bør vil kunne skulle".split())
_ASKERS = frozenset(key(w) for w in "man vi jeg du i".split())


def _asker_deed(q: Question) -> Token | None:
    """The verb of what the asker does where, in a Danish 'hvor kan man parkere ...?' or 'hvor parkerer vi
    ...?'; none for a verb of taking place, of only locating, or the copula."""
    tokens = q.tokens
    if q.lang != "da" or q.yesno or len(tokens) < 4 or tokens[0].key != "hvor":
        return None
    if tokens[1].key in _MODALS and tokens[2].key in _ASKERS:
        verb = tokens[3]
    elif tokens[2].key in _ASKERS and tokens[1].key not in _MODALS | _COPULA:
        verb = tokens[1]
    else:
        return None
    if not (verb.surface.isalpha() and verb.surface.islower()) or \
            {verb.key, verb.own_key} & (_HAPPENING | _LOCATING | _COPULA | _ATTENDING) or \
            _TAKES_PLACE.match(verb.surface):
        return None
    if verb.match < 1:  # read as another word: the deed is the word as typed
        return Token(pos=verb.pos, surface=verb.surface, key=verb.own_key, weight=verb.weight, role=verb.role)
    return verb


# Verbs of taking place ('hvor foregår / holdes / afholdes X?'): a step that holds the event ('3. Hold dagen
# ved Kildegården') says where it is, a step of any other deed says where that deed is done
_HAPPENING = frozenset(key(w) for w in "foregå foregår foregaar holde holdes hold afholde afholdes afhold "
                                        "arrangere arranger arrangeres".split())


def _step_of_another_deed(index: Index, q: Question, text: str) -> bool:
    """Whether q asks where a thing takes place ('hvor foregår X?', its verb read as a stop word or not) and
    the text is a step of another deed than holding it, or says the thing only by a passive that puts it
    into a system the tasks define (an app, a system) or that is due by a deadline ('Haletudsedagen oprettes
    i Andebogen senest 8 dage før go-live': where it is created); a passive that puts it in a place on its
    day says where it is ('Svømmedagen afvikles i Lyngå Svømmehal lørdag den 5. september'), and a step
    that says the asked deed itself ('hvor foregår tilmeldingen af holdene?' - '2. Tilmeld holdene i
    Lejrbogen') is that deed, not another."""
    if not (not q.yesno and len(q.tokens) > 2 and q.tokens[0].key == "hvor"
            and q.tokens[1].key in _HAPPENING) and not _where_event_is(index, q):
        return False
    step = _STEP_VERB.match(text)
    if step is not None:
        return key(step.group(1)) not in _HAPPENING and not _says_asked_deed(q, text)
    named = [re.escape(t.surface) for t in q.tokens[2:] if t.role == "word" and t.surface[:1].isupper()]
    if not named and _where_event_is(index, q):  # (the thing as the task writes it: 'spiremarked' of the
        named = [f"(?i:{re.escape(q.tokens[2].surface)})\\w*"]  # English, 'Spiremarkedet' in the text)
    placed = [m for name in named for m in re.finditer(name + _PLACED, text)]
    return any(_is_system(index, m.group(1)) or _due(m.group(0)) for m in placed) and \
        not any(key(w) in _HAPPENING for w in re.findall(r"[^\W\d_]+", text))


def _where_event_is(index: Index, q: Question) -> bool:
    """'hvor er spiremarkedet?', 'where is the seedling market?': the copula asks where a thing is, which for
    a thing the tasks hold ('Spiremarkedet holdes ...', 'Kommunen kan holde Spiremarkedet') is where it
    takes place, as 'hvor holdes X?' asks; a thing no task holds ('hvor er vejledningen?') is left alone."""
    if q.yesno or len(q.tokens) != 3 or q.tokens[0].key != "hvor" or q.tokens[1].key not in _COPULA:
        return False
    thing = q.tokens[2]
    passages = index.postings.get(thing.key, ())[:_EVENT_LOOKS] if thing.weight > 0 else ()
    return any(key(w) in _HAPPENING for p in passages
               for w in re.findall(r"[^\W\d_]+", index.passages[p].text))


_COPULA = frozenset(key(w) for w in ("er", "var"))
_EVENT_LOOKS = 20  # passages of the thing read for a verb of holding it: an event's own task has few


# a passive that puts the named thing in a named place, to its clause's end ('oprettes i Andebogen senest')
_PLACED = r"\s+[a-zæøå]{3,}es\s+(?:ind\s+)?(?:i|på|via)\s+([A-ZÆØÅ][\wæøåÆØÅ-]+)[^.!?\n]*"


def _says_asked_deed(q: Question, text: str) -> bool:
    """Whether the text says the deed the question names by its noun ('tilmeldingen', 'invitationen'): the
    noun's stem as the text's verb or object ('Tilmeld holdene', 'Send invitationer')."""
    said = content_keys(text)
    return any(t.key in said for t in q.tokens[2:] if t.role == "word" and t.surface.islower()
               and _deed_noun(t.surface.casefold()))


def _deed_noun(word: str) -> bool:
    """A noun Danish makes of a verb for its deed, bare or definite ('tilmelding', 'invitationen')."""
    return any(re.search(f"{ending}(?:en|er|erne)?$", word) for ending in DEED_ENDINGS)


def _due(clause: str) -> bool:
    """Whether a passive's clause gives its deed a deadline ('... oprettes i Andebogen senest 8 dage før
    go-live'): a deed the reader does by then, not the thing taking place (which has its day, no deadline)."""
    return any(d.kind is DeadlineKind.DEADLINE for d in sentence_deadlines(clause))


def _is_system(index: Index, name: str) -> bool:
    """Whether the tasks define the name as a system or an app ('Andebogen er en app til ...')."""
    kinds = name_kinds(index)
    # (the kind's head: 'det fælles bookingsystem' is a system too)
    return any(_SYSTEM_HEAD.search(kind) for k in content_keys(name) for kind in kinds.get(k, ()))


_SYSTEM_HEAD = re.compile(rf"(?:{KIND_NOUN.pattern})$")
