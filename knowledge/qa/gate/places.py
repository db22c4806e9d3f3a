"""Whether a place answer is where the asked deed is done, not another deed's place."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.qa.analysis import Question, Token
from knowledge.qa.checks import says_key

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
    som leveres af Madpilot'), nor 'hvor foregår Haletudsedagen?' by a step of another deed ('2. Opret
    Haletudsedagen i Andebogen': where it is created): the place in it is not where the deed is done."""
    if _step_of_another_deed(q, text):
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


# A numbered step's verb, the deed the reader does ('2. Opret dagen i Andebogen')
_STEP_VERB = re.compile(r"^\s*\d{1,2}[.)]\s+([^\W\d_]+)")
# Verbs of taking place ('hvor foregår / holdes / afholdes X?'): a step that holds the event ('3. Hold dagen
# ved Kildegården') says where it is, a step of any other deed says where that deed is done
_HAPPENING = frozenset(key(w) for w in "foregå foregår foregaar holde holdes hold afholde afholdes afhold "
                                        "arrangere arranger arrangeres".split())


def _step_of_another_deed(q: Question, text: str) -> bool:
    """Whether q asks where a thing takes place ('hvor foregår X?', its verb read as a stop word or not) and
    the text is a step of another deed than holding it, or says the thing only as done by another passive
    deed ('Haletudsedagen oprettes i Andebogen ...': where it is created)."""
    if not (q.lang == "da" and not q.yesno and len(q.tokens) > 2 and q.tokens[0].key == "hvor"
            and q.tokens[1].key in _HAPPENING):
        return False
    step = _STEP_VERB.match(text)
    if step is not None:
        return key(step.group(1)) not in _HAPPENING
    named = [t.surface for t in q.tokens[2:] if t.role == "word" and t.surface[:1].isupper()]
    deeds = [key(m.group(1)) for name in named
             for m in re.finditer(re.escape(name) + r"\s+([a-zæøå]{3,}es)\b", text, re.IGNORECASE)]
    return bool(deeds) and all(k not in _HAPPENING for k in deeds) and \
        not any(key(w) in _HAPPENING for w in re.findall(r"[^\W\d_]+", text))
