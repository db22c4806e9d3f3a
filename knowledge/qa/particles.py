"""Danish particle verbs split by their object: 'skrive aftalen under', 'trække kontoplanen ud',
'kigge aftalen igennem'. Said as one word the verb is the prefixed one ('underskrive', 'udtrække')
or a glossary phrase ('kigge igennem'); a question's split verb is read that way too, when the
glossary knows the phrase or the tasks know the prefixed verb."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.fold import glossary_phrases, is_stop, key

# A particle as it stands after the object, and as it is written before the verb.
_PREFIX = {"under": "under", "ud": "ud", "ind": "ind", "op": "op", "ned": "ned", "igennem": "gennem",
           "tilbage": "tilbage", "frem": "frem", "over": "over", "sammen": "sammen", "fra": "fra",
           "efter": "efter", "til": "til"}
# ('kigge kassen efter': 'efterse', joined only as the glossary or tasks have it)
# A particle read only in a phrase the glossary knows ('slår varmen til' is 'slå til', 'aktivere'): as
# a prefix it makes verbs that ask another thing ('hvem skal skaden meldes til?' is no 'tilmelde')
_GLOSSARY_ONLY = frozenset({"til"})
# A particle that is a preposition too: it may stand before the noun it governs ('melde borgeren fra
# madordningen' is 'framelde'), so it is joined there when the tasks write the prefixed verb
_ALSO_PREPOSITION = frozenset({"fra"})
# After a stranded particle: the end of the clause, a preposition or a conjunction ('trække den ud
# fra ...', 'kigge den igennem og ...').
_AFTER = frozenset("fra til med på hos i for af om og eller inden før efter når ved langs".split())
_WORD = re.compile(r"[^\W\d_]+")
MAX_BACK = 6  # the verb at most this far before its particle: 'siger licensen til det gamle system op'


MAX_JOINS = 3  # a question with more split particle verbs than this is not asked


def join_particles(text: str, known: Callable[[str], bool], *,
                   only: Callable[[str], bool] | None = None) -> tuple[str, dict[str, str]]:
    """Every split particle verb of `text` joined, the last first ('hvem kigger aftalen igennem, før
    DPO'en skriver under?' has two), as _join_once joins one; the verbs the tasks hold as they are."""
    joined: dict[str, str] = {}
    for _ in range(MAX_JOINS):
        written, found = _join_once(text, known, only=only)
        joined |= found
        if written == text:
            break
        text = written
    return text, joined


def _join_once(text: str, known: Callable[[str], bool], *,
               only: Callable[[str], bool] | None = None) -> tuple[str, dict[str, str]]:
    """`text` with a split particle verb written as one ('Hvem skal skrive aftalen under?' ->
    'Hvem skal underskrive aftalen?'), and {verb: key of the prefixed verb} for a verb the tasks
    hold as it is too ('sætter ... op': 'sættes op' and 'opsætning' are both found); `known(key)`
    says whether the tasks hold a word. With `only`, just a phrase the glossary reads as one word that
    `only(phrase)` accepts, the question's first word included ('Skriver X under på Y?': 'underskriver')."""
    words = list(_WORD.finditer(text))
    for j in range(len(words) - 1, 0, -1):
        particle = words[j].group(0)
        if particle.casefold() not in _PREFIX:
            continue
        governs = not _stranded(text, words, j)
        if governs and (particle.casefold() not in _ALSO_PREPOSITION
                        or particle.casefold() in _GLOSSARY_ONLY):
            continue
        for i in _verb_places(text, words, j):
            verb = words[i].group(0)
            if is_stop(verb.casefold()) or not (verb.islower() or (only and words[i].start() == 0)):
                continue
            # 'skriver vi os op' is 'skrive sig op' (sign up), not 'skrive op' (note down)
            pronoun = next((w.group(0).casefold() for w in words[i + 1:j]
                            if w.group(0).casefold() in _REFLEXIVE), "")
            if governs:  # ('fra madordningen'): only the prefixed verb the tasks write ('framelde')
                prefixed = _PREFIX[particle.casefold()] + verb.casefold()
                joined = prefixed if not only and not pronoun and known(key(prefixed)) else None
            else:
                joined = _reflexive(verb, pronoun, particle.casefold()) or \
                    _joined(verb.casefold() if only else verb, particle.casefold(), known)
            if only and (not joined or " " not in joined or pronoun or not only(joined)):
                continue
            glossed = bool(joined) and " " in joined and not pronoun
            if glossed:
                joined = _as_the_tasks_write(verb, particle.casefold(), joined, known)
            if joined and known(key(verb)) and " " not in joined and not glossed:
                return text, {verb.casefold(): key(joined)}
            if joined:
                start, end = words[j].start(), words[j].end()
                cut = text[:start].rstrip() + text[end:]
                written = cut[:words[i].start()] + joined + cut[words[i].end():]
                if written == text:  # verb and particle side by side ('skriver under'): the glossary
                    break  # reads them as written; a particle split from its verb may stand before them
                return written, {}
    return text, {}


def _verb_places(text: str, words: list[re.Match[str]], j: int) -> list[int]:
    """Where the verb of the particle at j may stand, nearest first, in its clause; a word with the
    ending of a definite noun ('tavlerne', 'skiltene', 'aftalen') last: in 'hvem sætter tavlerne op?'
    the particle's verb is 'sætter', the noun between is its object."""
    places = []
    for i in range(j - 1, max(j - 1 - MAX_BACK, -1), -1):
        if re.search(r"[,.;:!?]", text[words[i].end():words[j].start()]):
            break  # the clause ends before the particle
        places.append(i)
    return sorted(places, key=lambda i: bool(_DEFINITE_NOUN.search(words[i].group(0).casefold())))


# The endings of a Danish definite noun, which no verb form has (verbs end in -e, -er, -es, -ede, -t)
_DEFINITE_NOUN = re.compile(r"(?:erne|ene|[^e]en)$")


def join_tail(text: str) -> str:
    """A verb split from a two-word tail the glossary knows with it: 'går Aula i drift' -> 'går i drift
    Aula', 'sættes systemet i drift' (the glossary then reads the phrase as one word); or from the tail
    and the preposition after it, when the glossary knows the phrase only with that preposition: 'går vi
    i gang med X' -> 'går i gang med vi X' (the subject a question puts after its verb)."""
    words = list(_WORD.finditer(text))
    for j in range(len(words) - 1, 2, -1):
        if not _stranded(text, words, j):
            continue
        last = j + 1 if j + 1 < len(words) and _only_after(text, words, j) else j
        for end in dict.fromkeys((j, last)):
            tail = " ".join(w.group(0) for w in words[j - 1:end + 1]).casefold()
            for i in range(j - 3, max(j - 3 - MAX_BACK, -1), -1):
                if re.search(r"[,.;:!?]", text[words[i].end():words[j - 1].start()]):
                    break
                verb = words[i].group(0)
                phrase = f"{verb.casefold()} {tail}"
                if verb.islower() and " " not in glossary_phrases(phrase):  # the whole phrase is one word
                    rest = text[:words[j - 1].start()].rstrip() + text[words[end].end():]
                    return rest[:words[i].start()] + f"{verb} {tail}" + rest[words[i].end():]
    return text


def _only_after(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Whether the word after the particle at j is a preposition in the same clause ('i gang med')."""
    return words[j + 1].group(0).casefold() in _AFTER and \
        not re.search(r"[,.;:!?]", text[words[j].end():words[j + 1].start()])


MAX_BETWEEN = 2  # 'får forældrene besked', 'giver de ansatte besked'


def join_split_phrase(text: str) -> str:
    """A verb split from the one noun the glossary reads with it as one word, by the subject a question
    puts between them ('hvordan får forældrene besked?' -> 'hvordan får besked forældrene?', which the
    glossary reads as 'informere'); the nearest pair first, one join."""
    words = list(_WORD.finditer(text))
    for i, verb in enumerate(words):
        if not verb.group(0).islower() or is_stop(verb.group(0).casefold()):
            continue
        for j in range(i + 2, min(i + 2 + MAX_BETWEEN, len(words))):
            if re.search(r"[,.;:!?]", text[verb.end():words[j].start()]):
                break
            if words[j].group(0).casefold() in _PREFIX:
                continue  # a particle: join_particles reads it as the tasks write the verb
            phrase = f"{verb.group(0)} {words[j].group(0)}".casefold()
            if " " not in glossary_phrases(phrase):  # the pair is one word of the glossary
                cut = text[:words[j - 1].end()] + text[words[j].end():]
                joined = cut[:verb.end()] + " " + words[j].group(0) + cut[verb.end():]
                # ... and no longer phrase is broken by it ('står i spidsen for' stays as written)
                if len(glossary_phrases(joined).split()) < len(glossary_phrases(text).split()):
                    return joined
    return text


def _stranded(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Whether the particle ends its clause or stands before a preposition, not before its own noun
    ('under bemyndigelsen' is a preposition)."""
    gap_end = words[j + 1].start() if j + 1 < len(words) else len(text)
    if re.search(r"[,.;:!?]", text[words[j].end():gap_end]) or j + 1 == len(words):
        return True
    return words[j + 1].group(0).casefold() in _AFTER


_REFLEXIVE = frozenset("sig os jer mig dig".split())


def _reflexive(verb: str, pronoun: str, particle: str) -> str | None:
    """'skriver os op' when the glossary reads the verb with its reflexive pronoun as a phrase."""
    phrase = f"{verb} {pronoun} {particle}"
    return phrase if pronoun and glossary_phrases(phrase) != phrase else None


def _as_the_tasks_write(verb: str, particle: str, phrase: str, known: Callable[[str], bool]) -> str:
    """'melder navnene ind': the prefixed verb ('indmelder') where the tasks write it, rather than the
    word the glossary reads the phrase as ('indberette', which may be another task's); else the phrase."""
    if particle in _GLOSSARY_ONLY:
        return phrase
    prefixed = _PREFIX[particle] + verb.casefold()
    return prefixed if known(key(prefixed)) and " " not in glossary_phrases(phrase) else phrase


def _joined(verb: str, particle: str, known: Callable[[str], bool]) -> str | None:
    phrase = f"{verb} {particle}"
    if glossary_phrases(phrase) != phrase:
        return phrase  # 'kigge igennem': the glossary reads it
    if particle in _GLOSSARY_ONLY:
        return None
    prefixed = _PREFIX[particle] + verb
    return prefixed if known(key(prefixed)) else None
