"""English word order and verb forms made Danish after the words are rendered (passive, do-support)."""

from __future__ import annotations

import re

from knowledge.index import Index
from knowledge.qa.english.compounds import _FRAME_VERBS, _irregular_verbs
from knowledge.qa.english.frame_words import _FRAMES
from knowledge.qa.english.rendering import (
    _MODALS,
    _NOT_DEGREE,
    _NOUN_BEFORE,
    _NOUN_DETERMINERS,
    _PRONOUNS,
    _SUBJECTS,
    _verb,
)
from knowledge.qa.english.senses import _COPULAS, _NOT_A_NOUN
from knowledge.qa.english.words import _bases, _danish_verbs, _irregular, _participle, _reachable, _tables

_ARTICLES = frozenset({"the", "a", "an", "this", "that", "our", "their", "your", "my", "its", "his", "her"})


def _ing_nouns(parts: list[str], words: list[int]) -> frozenset[str]:
    """The -ing words typed after an article or a possessive ('the meeting', 'our booking'): nouns,
    not a progressive's verb ('is removing')."""
    return frozenset(parts[i].casefold() for h, i in zip(words, words[1:], strict=False)
                     if parts[h].casefold() in _ARTICLES and parts[i].casefold().endswith("ing"))


# 'deal with' is what a text is about ('which task deals with X?': 'handler om'), but a person who deals
# with a thing handles it: 'who deals with the reports?', 'who is supposed to deal with X?' ask who
# 'behandler' it (after a modal the infinitive)
_WHO_DEALS = re.compile(r"^(hvem\b(?:\s+(skal|vil|kan|må|bør))?\s+)handler om\b")


def _who_deals(text: str) -> str:
    return _WHO_DEALS.sub(lambda m: m.group(1) + ("behandle" if m.group(2) else "behandler"), text)


def _attributive(parts: list[str], words: list[int], out: list[str], typed: dict[str, str]) -> None:
    """A participle before its noun in the adjective's form, as Danish writes it: 'are closed cases
    moved?' -> 'lukkede sager', 'the signed agreement' -> 'den underskrevne aftale' (not 'lukket
    sager', which reads as a verb of its own)."""
    tables = _tables()
    for j in range(len(words) - 1):
        i, nxt = words[j], words[j + 1]
        english, rendered, follows = parts[i].casefold(), out[i], parts[nxt]
        if not (english.endswith("ed") and rendered.isalpha() and rendered.islower()
                and rendered.endswith("t") and follows.isalpha() and follows.islower()
                and follows.casefold() not in _NOT_A_NOUN and out[nxt][:1].isalpha()):
            continue
        before = parts[words[j - 1]].casefold() if j > 0 else ""
        if j > 0 and not (_NOUN_BEFORE.fullmatch(before) or before in _COPULAS):
            continue  # 'has the director signed agreements': a verb of its own
        strong = rendered[:-2] + "ne"
        adjective = strong if rendered.endswith("et") and strong in tables.kin else \
            rendered[:-2] + "ede" if rendered.endswith("et") else rendered + "e"
        typed.setdefault(adjective, typed.get(rendered, parts[i]))
        out[i] = adjective


# 'must be approved' -> 'skal godkendes'; 'is approved' stays 'er godkendt'
_BE = frozenset({"være", "blive"})
# English verbs whose participle is spelt as the infinitive ('must be run', 'are read', 'is set'): a
# participle only where 'be' stands right before it, as a noun or an infinitive is none there
_BASE_PARTICIPLES = frozenset({"run", "rerun", "read", "reread", "put", "set", "reset", "cut", "let", "shut",
                               "spread", "split", "hit", "input", "output", "broadcast", "forecast"})


def _passive(index: Index, out: list[str], typed: dict[str, str]) -> None:
    """'be approved', 'is sent' -> 'godkendes', 'sendes': the Danish passive the cues of the answer
    types and the yes/no readings know ('hvornår skal aftalen sendes?'); of the verb the question
    was rendered with when the tasks lack the glossary's ('cancelled' -> 'afmeldes', not 'aflyses')."""
    verbs = _tables().verbs
    spots = [i for i, part in enumerate(out) if part[:1].isalpha()]
    _negation_first(out, spots, typed)
    for a, b in zip(spots, spots[1:], strict=False):
        english = typed.get(out[b], "").casefold()
        # a Danish infinitive ends in -e, or another vowel ('forny', 'gå'): 'be renewed' -> 'fornys'
        infinitive = (out[b].endswith(("e", "y", "å")) and out[b].isalpha() and out[b].islower()
                      and (_participle(english) or (out[a] in _BE and english in _BASE_PARTICIPLES)))
        # 'be set up': the glossary put its verb ('oprette') in for the phrase before the words were read
        infinitive = infinitive or (out[a] in _BE and not english and out[b].endswith("e")
                                    and _tables().kin.get(out[b], ("",))[0] == out[b])
        be = out[a] in _BE or (out[a] in ("er", "var") and infinitive and english not in verbs)
        if be and "".join(out[a + 1:b]) == " " and (english in verbs or infinitive):
            verb = verbs.get(english, out[b])
            if infinitive and out[b] != verb and not _reachable(index, verb):
                verb = out[b]  # 'be reported' -> 'meldes', 'be synced' -> 'synkroniseres'
            passive = verb + "s"
            typed.setdefault(passive, english)
            out[a:b] = [""] * (b - a)
            out[b] = passive


def _negation_first(out: list[str], spots: list[int], typed: dict[str, str]) -> None:
    """'if the checks aren't finished', 'er ikke gennemføre': 'not' put before 'er', so that the
    participle after it is read as the passive ('ikke gennemføres'), as a Danish clause says it."""
    for a, b, c in zip(spots, spots[1:], spots[2:], strict=False):
        english = typed.get(out[c], "").casefold()
        if out[a] in ("er", "var") and out[b] == "ikke" and _participle(english) \
                and "".join(out[a + 1:b]) == " " and "".join(out[b + 1:c]) == " ":
            out[a], out[b] = out[b], out[a]


_PREPOSITIONS = frozenset({"for", "af", "i", "på", "til", "med", "om", "fra", "hos", "under", "efter", "før"})
_WH = frozenset({"hvor", "hvornår", "hvordan", "hvem", "hvad", "hvilke", "hvilken", "hvorfor", "hvorfra"})


def _passive_question(out: list[str], typed: dict[str, str], *, nouns: frozenset[str] = frozenset()) -> None:
    """'Is the agreement signed by the IT manager?' asks who signs it, as Danish 'Underskrives
    aftalen af it-chefen?' does ('er ... underskrevet' would ask whether it has been signed yet);
    'Where are the users synced from?' as 'Hvor synkroniseres brugerne fra?'."""
    verbs = _tables().verbs
    spots = [i for i, part in enumerate(out) if part[:1].isalpha()]
    # 'er' opens the question or follows its word ('hvor ofte', one rendering of 'how often')
    at = 1 if spots and out[spots[0]].split(" ")[0].casefold() in _WH else 0
    if at and len(spots) > 2 and out[spots[0]] in ("hvilke", "hvilken") and out[spots[2]] in ("er", "var") \
            and out[spots[1]].casefold() not in ("task", "tasks", "opgave", "opgaver"):
        at = 2  # 'Which months are the sites inspected?': the question word and its noun ('hvilke måneder
        # tilses pladserne?'); a list of tasks keeps its reading
    if len(spots) < at + 3 or out[spots[at]].casefold() not in ("er", "var") \
            or typed.get(out[spots[at]], "").casefold() not in ("is", "are", "was", "were"):
        return
    ing = typed.get(out[spots[at + 1]], "").casefold()
    if ing.endswith("ing") and " " not in ing and ing not in nouns:
        return  # 'Who is removing the abandoned bikes?': a progressive, its participle no passive of it
        # ('where is the (intro) meeting held?': an -ing word after an article, or a noun phrase's
        # last, is a noun)
    near = list(enumerate(spots[at + 2:at + 6], start=at + 2))
    if len(spots) > at + 6:  # 'Where is the signed agreement on data access sent?': the last word
        near.append((len(spots) - 1, spots[-1]))
    for n, b in near:
        english = typed.get(out[b], "").casefold()
        by = n + 1 < len(spots) and out[spots[n + 1]] == "af" and typed.get("af", "").casefold() == "by"
        # a Danish infinitive ends in -e, or another vowel ('forny', 'gå'): 'be renewed' -> 'fornys'
        infinitive = (out[b].endswith(("e", "y", "å")) and out[b].isalpha() and out[b].islower()
                      and _participle(english))
        # 'When are the updates sent out?': the glossary put its verb ('udsende') in for the phrase
        # before the words were read, as _passive reads 'be set up'
        infinitive = infinitive or (not english and out[b].endswith("e")
                                    and out[b] + "s" in _tables().kin.get(out[b], ()))  # a verb's line
        # 'How often is the list reviewed?': the glossary gave the participle itself ('gennemgået')
        base = _verb_of_participle(out[b]) if _participle(english) else None
        # 'What is the deadline for fixing the errors found in X?': a participle after a preposition's
        # phrase describes its noun ('fejl, der er fundet'); the question's 'er' is no passive of it
        described = not by and b != spots[-1] and any(out[i] in _PREPOSITIONS for i in spots[at + 1:n])
        if described and infinitive and english in ("found", "made", "done", "given", "seen"):
            out[b] = ""  # 'the errors found in X': 'fejlene i X', the participle says nothing more
            continue
        if (english in verbs or infinitive or base) and (by or at) and not described:
            passive = verbs.get(english, base or out[b]) + "s"
            typed.setdefault(passive, english)
            out[spots[at]] = passive[:1].upper() + passive[1:] if out[spots[at]][:1].isupper() else passive
            out[b] = ""
            return


def _verb_of_participle(danish: str) -> str | None:
    """The infinitive of a Danish participle the glossary rendered an English one as ('gennemgået' ->
    'gennemgå'), when its verb's line holds the passive ('gennemgås'); None for any other word."""
    kin = _tables().kin.get(danish, ())
    base = kin[0] if kin else None
    return base if base and base != danish and base + "s" in kin else None


# Danish present tenses no ending rule makes ('gøre' -> 'gør'); other verbs add -r ('foregå' -> 'foregår')
_PRESENT = {"være": "er", "have": "har", "gøre": "gør", "vide": "ved", "skulle": "skal", "kunne": "kan",
            "ville": "vil", "måtte": "må", "burde": "bør"}


def _finite(verb: str) -> str:
    """A Danish verb in the present ('bestille' -> 'bestiller', 'gøre' -> 'gør'; 'får' as it is)."""
    return verb if verb.endswith("r") else _PRESENT.get(verb, verb + "r")


def _known_verb(word: str) -> bool:
    """Whether a Danish infinitive is a verb the word lists know ('bestille', 'være', 'foregå')."""
    return word in _danish_verbs() or word in _PRESENT or word in _FRAME_VERBS


# the verb is what follows 'do' in a frame of its own, read elsewhere ('what do we need to', 'do you know')
_NOT_AFTER_DO = frozenset({"need", "needs", "have", "has", "got", "know", "mean", "think"})


def _do_support(parts: list[str], words: list[int], out: list[str], typed: dict[str, str]) -> None:
    """'Where does the test take place?', 'when do we order the screens?': Danish has no 'do'; its verb,
    in the present, takes the auxiliary's place before the subject ('hvor foregår testen?', 'hvornår
    bestiller vi skærmene?'), where the cues of the answer types read it; rendered in English order
    ('hvor test foregå?') the question reads as none."""
    if len(words) < 4 or parts[words[0]].casefold() not in _WH_WORDS:
        return  # (who asks of a person, whom the Danish cues read in either order: 'hvem sender vi X til')
    aux = next((j for j in range(1, len(words) - 2) if parts[words[j]].casefold() in ("do", "does")), None)
    if aux is None or out[words[aux]] or any(out[words[k]] in _DANISH_FINITE for k in range(aux)):
        return  # the auxiliary was read as a verb ('who does the checks'), or a modal came first
    verbs = [k for k in range(aux + 2, len(words)) if _bare_verb(parts[words[k]].casefold(), out[words[k]])
             and parts[words[k - 1]].casefold() not in _NOUN_DETERMINERS]  # 'the contract': a noun
    for k in range(aux + 2, len(words)):
        english = parts[words[k]].casefold()
        if english in _NOT_AFTER_DO or english == "to":
            return  # 'what do we need to send': a frame of its own
        if k in verbs and k + 1 not in verbs:  # of two in a row the first is a noun's ('test report cover')
            verb, _, rest = out[words[k]].partition(" ")
            verb = _own_verb(english, verb)
            finite = _finite(verb)
            typed.setdefault(finite, parts[words[k]])
            out[words[aux]] = " ".join(filter(None, (finite, rest)))
            out[words[k]] = ""
            return


_BE_FINITE = frozenset({"is", "are", "am", "was", "were"})


def _progressive(index: Index, parts: list[str], words: list[int], out: list[str],
                 typed: dict[str, str]) -> None:
    """'who is handling X?', 'are we paying for X?': Danish has no progressive; its verb in the present
    takes the place of 'is' ('hvem håndterer X?', 'betaler vi for X?'), where the cues of the answer
    types read it, not 'er' before an infinitive ('hvem er håndtere X?'), which reads as none."""
    for n, a in enumerate(words[:-1]):
        if parts[a].casefold() not in _BE_FINITE or out[a] not in ("er", "var"):
            continue
        pronoun = n + 2 < len(words) and parts[words[n + 1]].casefold() in _SUBJECTS
        if n == 0 and not pronoun:
            continue  # 'Is handing in the alarms optional?': the '-ing' form is the subject, no verb
        b = words[n + 2] if pronoun else words[n + 1]
        verb = _ing_verb(index, parts[b], out[b])
        if verb is None:
            continue
        finite = _finite(verb)
        typed.setdefault(finite, parts[b])
        out[a], out[b] = finite, ""
        return


def _progressive_after_modal(index: Index, parts: list[str], words: list[int], out: list[str],
                             typed: dict[str, str]) -> None:
    """'who will be driving the children?', 'should we be sending X?': after a modal 'be' and an '-ing'
    form are the verb's infinitive, as Danish says it ('hvem vil køre børnene?'), not 'være køre'."""
    for n in range(1, len(words) - 1):
        a, b = words[n], words[n + 1]
        before = [parts[words[k]].casefold() for k in range(max(0, n - 2), n)]
        modal = before[-1] in _MODALS or (
            len(before) == 2 and before[0] in _MODALS and before[1] in _PRONOUNS)
        if parts[a].casefold() != "be" or out[a] != "være" or not modal:
            continue  # ('should we be sending': a subject between)
        verb = _ing_verb(index, parts[b], out[b])  # (None for a word not in '-ing')
        if verb is not None:
            typed.setdefault(verb, parts[b])
            out[a], out[b] = verb, ""
            return


def _too_before_word(parts: list[str], words: list[int], out: list[str]) -> None:
    """'if the cars drive too fast', 'is the charger too old?': before a word of its own 'too' is a degree
    ('for hurtigt'), not 'also' ('do we hand in the charger too?'); a word that ends a clause or opens a
    phrase after it ('register the boats too next year', 'too on Monday') keeps 'også'."""
    for n in range(len(words) - 1):
        a, b = words[n], words[n + 1]
        following = parts[b].casefold()
        if parts[a].casefold() == "too" and out[a] == "også" and b == a + 2 and parts[a + 1] == " " \
                and following.isalpha() and following not in _FRAMES and following not in _NOT_DEGREE:
            out[a] = "for"


def _ing_verb(index: Index, english: str, rendered: str) -> str | None:
    """The Danish infinitive an English '-ing' form was rendered as (or, kept as typed since the tasks
    hold a Danish word so spelt, 'handling', the verb of its base); None for no verb ('meeting')."""
    lower = english.casefold()
    if not lower.endswith("ing") or lower == "going" or not english.islower():
        return None
    if rendered == english:
        rendered = next((v for base in _bases(lower)[1:] if (v := _verb(index, base))), "")
    verb = rendered.split(" ", 1)[0]
    if " " in rendered or not verb.isalpha() or not verb.endswith(("e", "å")):
        return None
    return verb if _known_verb(verb) else None


def _infinitive_marker(parts: list[str], words: list[int], out: list[str]) -> None:
    """'is it mandatory to inform the parents?': 'to' right before a verb is Danish 'at' ('er det
    obligatorisk at informere forældrene?'), not the preposition 'til', which the cues read as a
    recipient ('send it to X')."""
    for a, b in zip(words, words[1:], strict=False):
        english = parts[b]
        if parts[a].casefold() == "to" and out[a] == "til" and "".join(parts[a + 1:b]) == " " \
                and english.islower() and _bare_verb(english, out[b]):
            out[a] = "at"


def _own_verb(english: str, danish: str) -> str:
    """The Danish verb the dictionary gives the English one where the glossary joins it to the verb
    rendered ('cost': 'koste', of the glossary's 'betale'): the same key, and the word a Danish question
    asks with ('hvad koster X?' asks a price, 'hvad betaler X?' does not)."""
    tables = _tables()
    line = tables.synonyms.get(tables.kin.get(danish, ("",))[0], ())
    return next((d for d in tables.dictionary.get(english, ()) if d == danish or d in line), danish)


_WH_WORDS = frozenset({"what", "when", "where", "which", "how", "why"})
_DANISH_FINITE = frozenset({"skal", "kan", "må", "vil", "bør", "er", "har"})


def _bare_verb(english: str, danish: str) -> bool:
    """Whether an English word after 'do' and its subject is the verb: rendered as a Danish infinitive the
    word lists know as a verb ('order' -> 'bestille'), or a verb English inflects irregularly ('take')."""
    first = danish.split(" ", 1)[0]
    if english.endswith(("ing", "ed", "s")) and english not in _irregular_verbs():
        return False  # no bare verb ('accepting', 'contracts'): what the verb does or its subject
    if english in _irregular() and english not in _irregular_verbs():
        return False  # a past form ('if a charger is broken', 'once it is done'): no bare verb
    if first.endswith("r") and (first[:-1] in _FRAME_VERBS or first[:-1] in _danish_verbs()):
        return True  # a verb already in the present ('get' -> 'får', 'last' -> 'varer')
    if not first.isalpha() or not first.islower() or not first.endswith(("e", "å")):
        return False
    return _known_verb(first) or (
        english in _irregular_verbs() and english not in _irregular())


# what may follow a noun phrase 'the <Name> <noun>' (a preposition, a form of 'be' or 'have', a modal,
# a conjunction): the lowercase words between are then its head, not a verb taking an object
_PHRASE_ENDS = _NOT_A_NOUN | _COPULAS | _MODALS | frozenset({"have", "has", "had"})
_HEAD_WORDS = 2  # 'the Badebroguiden access agreement'
# after an auxiliary the phrase is its subject, and a second lowercase word may be the predicate ('is the X
# support open?') or the verb ('can the X supplier deliver?'): two words are a head only before 'be'/'have'
_VERB_GROUP = _COPULAS | frozenset({"have", "has", "had"})
_INVERTING = _VERB_GROUP | _MODALS | frozenset({"do", "does", "did"})
# 'who should I ask about the X agreement?': whom to ask about a thing is read off the word right after
# 'om', which the name is (the noun moved there, 'om aftale for X', names every task's agreement)
_ASKED_ABOUT = frozenset({"about", "regarding", "concerning"})


def _name_before_noun(parts: list[str], words: list[int], out: list[str]) -> None:
    """'the Sanseportalen agreement' -> 'aftale for Sanseportalen': English puts a name before the noun it
    qualifies, Danish after it ('aftalen for X', 'kontaktpersonen for X'); read as typed, the name and the
    noun are two things and the noun is looked for beside the name. Only a capitalised name the tasks
    hold (left as typed) after 'the', and only a head of one or two plain nouns that ends the phrase:
    'does the X supplier publish the rules' keeps its order ('publish' takes an object)."""
    for n in range(len(words) - 2):
        the, name = words[n], words[n + 1]
        if parts[the].casefold() != "the" or not _plain_name(parts[name], out[name]) or (
                n > 0 and parts[words[n - 1]].casefold() in _ASKED_ABOUT):
            continue
        head = [words[m] for m in range(n + 2, min(n + 2 + _HEAD_WORDS, len(words)))]
        inverted = n > 0 and parts[words[n - 1]].casefold() in _INVERTING
        for size in range(len(head), 0, -1):
            run = head[:size]
            after = parts[words[n + 2 + size]].casefold() if n + 2 + size < len(words) else ""
            if inverted and size > 1 and after not in _VERB_GROUP:
                continue  # 'is the X support open?', 'can the X supplier deliver?': the last is no noun
            if (after in _PHRASE_ENDS or not after) and _adjacent(parts, [name, *run]) \
                    and all(_plain_noun(parts[i], out[i]) for i in run) \
                    and parts[run[-1]].casefold() not in _NAME_KINDS:
                out[name] = " ".join(out[i] for i in run) + " for " + out[name]
                for i in run:
                    out[i] = ""
                break


# nouns that say what kind of thing the name is, not what of it is asked: 'the Parkering project' is the
# project called Parkering ('projektet Parkering'), not a project for it
_NAME_KINDS = frozenset({"project", "projects", "wave", "waves", "phase", "phases"})


def _plain_name(english: str, rendered: str) -> bool:
    """A name as typed ('Sanseportalen'): capitalised, not an acronym ('KOMBIT', 'SMS'), left unrendered."""
    return rendered == english and len(english) > 3 and english[:1].isupper() and english[1:].islower() \
        and english.isalpha()


def _plain_noun(english: str, rendered: str) -> bool:
    """An English word standing as a noun after a name, rendered as one Danish word: no participle
    ('where is the X held?') and no past form ('put'), lowercase both ways."""
    lower = english.casefold()
    return english.islower() and english.isalpha() and rendered.isalpha() and rendered.islower() \
        and not lower.endswith(("ed", "ing")) and lower not in _irregular() and lower not in _PHRASE_ENDS


def _adjacent(parts: list[str], spots: list[int]) -> bool:
    """Whether the words stand one space apart (no comma or quote between them)."""
    return all("".join(parts[a + 1:b]) == " " for a, b in zip(spots, spots[1:], strict=False))
