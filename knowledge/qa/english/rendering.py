"""One English word or phrase of a question rendered in Danish, by where it stands in the question."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import (
    _glossary_lines,
    is_stop,
    key,
    stem_key,
)
from knowledge.index import Index
from knowledge.qa.english.frame_words import (
    _AUX,
    _BEFORE_NAME,
    _CLAUSE_END,
    _FRAMED_VERBS,
    _FRAMES,
    _MAX_PHRASE,
    _RELATIVE,
)
from knowledge.qa.english.words import (
    _NOUN_ENDINGS,
    _agent_noun,
    _bases,
    _content,
    _danish_verbs,
    _glossary_phrase,
    _known,
    _participle,
    _phrase_forms,
    _reachable,
    _tables,
)
from knowledge.qa.types import LIMIT_ASKED

# Words English writes with a capital that are no names: days, months, languages
_ALWAYS_CAPITALISED = frozenset(
    [d + s for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
     for s in ("", "s")]
    + "january february march april june july august september october november december".split()
    + "english danish german swedish norwegian arabic turkish polish ukrainian somali".split()
    + "christmas xmas easter midsummer".split())  # holidays


def _render_at(index: Index, parts: list[str], words: list[int], j: int,
               first: int) -> tuple[str | None, int]:
    """The Danish for the phrase starting at the j-th word (None: keep as typed) and how many words
    it took."""
    i = words[j]
    surface = parts[i]
    lower = surface.casefold().replace("’", "'")
    named = (surface[:1].isupper() and i != first) or (surface.isupper() and len(surface) > 1)
    return (_abbreviation_or_number(index, surface, lower, named=named)
            or _phrase_at(index, parts, words, j, first, named=named)
            or _word_in_frame(index, parts, words, j, first, lower=lower, named=named)
            or _word_at(index, parts, words, j, lower=lower))


# 'is/are allowed' without 'to' is 'må være' only in a count ('how many guests are allowed per room?' ->
# 'hvor mange gæster må være pr. lokale'): 'what is allowed on Bådportalen?' or 'what is allowed in
# Dansehuset?' asks no count, and 'må være' framed a label's list or the task's first line as its answer
_MAY_BE = frozenset(f"{be} {allowed}" for be in ("is", "are") for allowed in ("allowed", "permitted"))
_COUNT_BEFORE = re.compile(r"\bhow\s+many\b|\d")


def _counted_before(parts: list[str], at: int) -> bool:
    """Whether 'how many' or a number comes before the part at 'at'."""
    return bool(_COUNT_BEFORE.search("".join(parts[:at]).casefold()))


def _abbreviation_or_number(index: Index, surface: str, lower: str, *, named: bool) -> tuple[str, int] | None:
    """An abbreviation of the word lists read as its words, a word with a digit kept as typed."""
    if named and surface.isupper() and surface.isalpha() and not _known(index, surface) \
            and _content(index, lower, lower) is not None:
        return _content(index, lower, lower), 1  # an abbreviation of the word lists: 'DPA', 'SLA', 'CIO'
    if any(ch.isdigit() for ch in surface):
        return _genitive(surface), 1
    return None


def _phrase_at(index: Index, parts: list[str], words: list[int], j: int, first: int, *,
               named: bool) -> tuple[str, int] | None:
    """The longest phrase from the j-th word the frames, a compound or the word lists read whole."""
    tables = _tables()
    for n in range(min(_MAX_PHRASE, len(words) - j), 1, -1):
        span = words[j:j + n]
        if any(not parts[k].isspace() for a, b in zip(span, span[1:], strict=False) for k in range(a + 1, b)):
            continue  # a phrase is written with spaces only
        phrase = " ".join(parts[k].casefold() for k in span)
        if j + n < len(words) and _BEFORE_NAME.match(" " + phrase.rsplit(" ", 1)[-1] + " "
                                                     + parts[words[j + n]]):
            continue  # 'report in KP 12': the particle is a preposition
        if n == 2 and (joined := _named_compound(index, [parts[k] for k in span])):
            return joined, n  # 'the Ferry Day': an English name of the tasks' Danish compound ('Færgedagen')
        if any(parts[k][:1].isupper() and k != first for k in span) and not _named_phrase(phrase):
            continue  # a name as typed, unless the dictionary names it ('Agency for Digitisation')
        if named and _named_phrase(phrase):
            return _content(index, phrase, phrase) or phrase, n
        if named:
            continue
        if phrase == "how long" and LIMIT_ASKED.match("".join(parts)):
            return "hvor lang", n  # 'how long can the text be?' asks a size: 'hvor lang må teksten være?'
        if phrase in tables.frames and not (phrase in _MAY_BE and not _counted_before(parts, words[j])):
            return tables.frames[phrase], n
        if n == 2 and (joined := _one_compound(index, phrase)):
            return joined, n
        found = _content(index, phrase, phrase)
        if found is not None:
            return _present(phrase, found), n
    return None


def _word_in_frame(index: Index, parts: list[str], words: list[int], j: int, first: int, *, lower: str,
                   named: bool) -> tuple[str, int] | None:
    """A single word read by where it stands in the question: names, auxiliaries, question words."""
    i = words[j]
    surface = parts[i]
    if surface == "I":
        return "jeg", 1  # the asker: Danish 'I' is 'you'
    if named and lower in _ALWAYS_CAPITALISED and (found := _content(index, lower, lower)) is not None:
        return found, 1  # 'open on Saturdays?', 'held in English?': English writes them capitalised
    if named:
        return _genitive(surface), 1
    if lower == "doing" and i != first:  # 'who will be doing the test': who carries it out
        return ("udføre" if parts[first].casefold() in ("who", "whom") else "gøre"), 1
    if lower == "get" and j > 0 and parts[words[j - 1]].casefold() in _DOERS - _PRONOUNS:
        return "få", 1  # after 'to' or a modal the infinitive: 'to get it registered', 'can we get'
    if lower == "have" and (_after_modal(parts, words, j) or _infinitive_spot(parts, words, j)):
        return "have", 1  # 'must (the municipality) have received' -> 'skal (kommunen) have modtaget'
    if lower in ("need", "needs") and parts[first].casefold() in _AUX and \
            (j + 1 >= len(words) or parts[words[j + 1]].casefold() != "to"):
        return "have", 1  # 'does each tank need coordinates?' -> 'skal hver tank have koordinater?'
    if lower in _AUX:  # 'does' opening a yes/no question asks like 'skal'; an auxiliary goes
        if i != first and _who_does(parts, words, j):  # 'who does the energy checks?'
            return "udfører", 1
        if i != first and _main_verb(parts, words, j):  # 'who will do the test': who carries it out
            return ("udføre" if parts[first].casefold() in ("who", "whom") else "gøre"), 1
        return ("skal" if i == first else ""), 1
    if lower == "one" and _counts_a_noun(parts, words, j):
        return "én", 1  # 'how much does one text message cost?': a count ('which one' stays a pronoun)
    if lower == "what" and j + 1 < len(words) and _determiner(parts[words[j + 1]]):
        return "hvilke", 1  # 'what tasks are optional?' asks like 'which tasks'
    if lower in _RELATIVE and i != first and (lower != "which" or _after_noun(parts, words, j)):
        return "som", 1
    if lower == "when" and i != first:
        return "når", 1
    if lower in ("last", "lasts") and (" ".join(parts[k].casefold() for k in words[:2]) == "how long" or (
            j == len(words) - 1 and any(parts[k].casefold() in _AUX | _MODALS for k in words[:j]))):
        return "varer", 1  # 'how long does the course last?', 'how many hours does it last?': the verb
    return None


def _word_at(index: Index, parts: list[str], words: list[int], j: int, *,
             lower: str) -> tuple[str | None, int]:
    """A single word read from the frames and word lists, as a verb or a noun where it stands."""
    tables = _tables()
    surface = parts[words[j]]
    if lower.endswith("'s"):  # "the municipality's" -> 'kommunens'
        base = _content(index, lower[:-2], surface[:-2])
        return (base + "s" if base else _genitive(surface)), 1
    if lower in tables.frames:
        return tables.frames[lower], 1
    framed = next((tables.frames[b] for b in _bases(lower)[1:] if b in _FRAMED_VERBS), None)
    if framed is not None:  # 'getting' -> 'får', 'happening' -> 'sker'
        return framed, 1
    if _infinitive_spot(parts, words, j) and (verb := _verb(index, lower)):
        return verb, 1  # 'do we have to report it' -> 'skal vi melde den', not the noun 'rapport'
    noun_spot = j > 0 and (_NOUN_BEFORE.fullmatch(parts[words[j - 1]].casefold())
                           or _after_noun_of_phrase(parts, words, j))
    if noun_spot and (noun := _noun(index, lower)):
        return noun, 1  # 'the records' -> 'journaler', not the glossary's verb 'registrerer'
    found = _content(index, lower, surface)
    if noun_spot and found and (noun := _noun_for_verb(index, lower, found)):
        return noun, 1  # 'a report about X' -> 'melding', not the dictionary's verb 'melde'
    return (found, 1) if found is not None else (None, 1)


def _noun_for_verb(index: Index, word: str, rendered: str) -> str | None:
    """In a noun's place, the dictionary's noun the tasks use for an English word rendered as a verb
    ('a report' -> 'melding' where the tasks say 'Meldingen', not 'melde'); None when the rendering is
    no verb or the dictionary has no such noun."""
    verbs = _danish_verbs()
    if rendered not in verbs or word.endswith(("ed", "ing")):
        return None
    return next((d for f in _bases(word) for d in _tables().dictionary.get(f, ())
                 if d.isalpha() and d not in verbs and d != rendered and _reachable(index, d)), None)


# Before 'one' these make it a pronoun ('which one', 'the one', 'each one'); after it these are no noun.
_ONE_PRONOUN_BEFORE = frozenset({"which", "what", "the", "this", "that", "each", "every", "any", "no",
                                 "some", "another", "other", "only", "last", "first", "next", "right",
                                 "wrong", "new"})
_NO_NOUN_AFTER = frozenset({"of", "is", "are", "was", "were", "do", "does", "did", "can", "could", "must",
                            "should", "will", "would", "may", "might", "has", "have", "had", "to", "or",
                            "and", "more", "less", "day", "time", "way", "another", "by", "at", "in", "for",
                            "with"})


def _counts_a_noun(parts: list[str], words: list[int], j: int) -> bool:
    """Whether 'one' is the number before a noun ('one text message', 'for one citizen'), not a
    pronoun ('which one', 'one of the tasks') nor an idiom ('one day', 'at one time')."""
    before = parts[words[j - 1]].casefold() if j > 0 else ""
    after = parts[words[j + 1]] if j + 1 < len(words) else ""
    # a noun, an abbreviation used as one ('one SMS reminder', 'one QR sign') or a hyphenated one ('one
    # self-service machine'); not a name ('one Netcompany consultant' may be 'one of')
    noun = (after[:1].islower() and after.replace("-", "").isalpha()) or (
        len(after) >= 2 and after.isalpha() and after.isupper())
    return before not in _ONE_PRONOUN_BEFORE and noun and after.casefold() not in _NO_NOUN_AFTER


# After these 'do' is the verb itself ('what should we do', 'who will do the test'), unless 'not'
# follows ('if we do not approve').
_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it"})
_SUBJECTS = _PRONOUNS - {"it"}  # ('hand it in': 'it' is an object as often)
_DOERS = _PRONOUNS | {"to", "must", "should", "can", "could", "will", "would", "shall", "may", "might"}


def _main_verb(parts: list[str], words: list[int], j: int) -> bool:
    """Whether 'do' is the verb itself, not the auxiliary of 'which protocol does X use?'."""
    before = parts[words[j - 1]].casefold() if j > 0 else ""
    after = parts[words[j + 1]].casefold() if j + 1 < len(words) else ""
    return before in _DOERS and after != "not"


def _who_does(parts: list[str], words: list[int], j: int) -> bool:
    """Whether 'do' right after 'who' is the verb itself: 'who does the energy checks?' asks who
    carries them out, 'who does the council send it to?' has a verb of its own after its subject (or
    ends on a preposition), and there 'does' is the auxiliary."""
    rest = [parts[k].casefold() for k in words[j + 1:]]
    if j != 1 or parts[words[0]].casefold() not in ("who", "whom") or not rest \
            or rest[0] not in _NOUN_DETERMINERS or rest[-1] in _FRAMES:
        return False
    tables = _tables()
    verbs = _danish_verbs()
    return not any(w.isalpha() and not w.endswith(("s", "ing")) and w not in _FRAMES
                   and any(d in verbs for d in (tables.glossary.get(w), *tables.dictionary.get(w, ())))
                   for w in rest[1:])


def _after_modal(parts: list[str], words: list[int], j: int) -> bool:
    """Whether 'have' is an infinitive: right after a modal, or before a participle when a modal
    opens the clause ('when must the municipality have received it')."""
    before = [parts[words[k]].casefold() for k in range(j)]
    if before and before[-1] in _DOERS - _PRONOUNS:
        return True
    following = parts[words[j + 1]].casefold() if j + 1 < len(words) else ""
    return _participle(following) and any(w in _DOERS - _PRONOUNS - {"to"} for w in before)


# Words after which an English word is a noun: articles, determiners and a genitive ('children's').
# (a count word too: 'how many signs', 'several boxes' name things, never a deed)
_NOUN_BEFORE = re.compile(r"the|a|an|this|these|those|our|your|their|its|my|which|what|any|some|each|every|"
                          r"all|both|no|other|new|old|without|need|needs|many|several|few|\w+['’]s")


def _after_noun_of_phrase(parts: list[str], words: list[int], j: int) -> bool:
    """Whether a word ends a noun phrase of two nouns ('the terminal price', 'the child records'): after
    a determiner and one lowercase word that is no verb form of the frames ('the data is', 'we may')."""
    if j < 2:
        return False
    before, det = parts[words[j - 1]], parts[words[j - 2]].casefold()
    opening = parts[words[j - 3]].casefold() if j >= 3 else ""
    if opening in _MODALS or opening in _AUX or opening in ("to", "is", "are", "was", "were"):
        return False  # 'must the municipality pay': a subject and its verb
    # the modifier a lowercase word, or an abbreviation in capitals ('the QR signs', 'the GPS markers')
    modifier = before.islower() or (len(before) >= 2 and before.isupper())
    return (det in _NOUN_DETERMINERS and before.isalpha() and modifier
            and before.casefold() not in _FRAMES and not _participle(before) and not before.endswith("ing"))


_NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "our", "your", "their", "its",
                               "my"})

# Words after 'too' that show it means 'also': a clause's end, a determiner or pronoun opening a phrase, a
# time adverb ('too next year', 'too this time', 'too now').
_NOT_DEGREE = _CLAUSE_END | _NOUN_DETERMINERS | _PRONOUNS | frozenset(
    {"next", "last", "now", "then", "later", "soon", "as", "but", "so", "with", "every", "each"})


def _noun(index: Index, word: str) -> str | None:
    """The dictionary's Danish noun for an English word in a noun's place, when the glossary reads the
    word as a verb ('records': 'registrere'), and the tasks use that noun ('journal'); None when the
    glossary's reading is no verb or the dictionary has no other word the tasks use."""
    if word.endswith(("ed", "ing")) or stem_key(word) in index.postings:
        return None  # a participle, or a word the tasks write as it is typed
    if _agent_noun(index, word):
        return None  # a doer's noun already ('bookers' -> 'bestiller'), not its verb's other noun ('booking')
    tables = _tables()
    forms = _bases(word)
    glossed = next((tables.glossary[f] for f in forms if f in tables.glossary), None)
    if glossed is None:  # the dictionary's first meaning the tasks hold, when that is a verb ('register')
        glossed = next((d for f in forms for d in tables.dictionary.get(f, ()) if d.isalpha()
                        and _reachable(index, d)), None)
    head = tables.kin.get(glossed, (glossed,))[0] if glossed else None
    nominal = head and any(v != head and v.endswith(_NOUN_ENDINGS) for v in tables.kin.get(head, ()))
    verbs = _danish_verbs()
    if not head or not (head in verbs or (head.endswith("e") and nominal)):
        return None  # no verb ('aftale'), or a verb whose line names no noun of it
    other = next((d for f in forms for d in tables.dictionary.get(f, ()) if d.isalpha() and d != head
                  and tables.kin.get(d, (d,))[0] != head and d not in verbs and _reachable(index, d)), None)
    # else the noun of the glossary's own line ('the subscriptions' -> 'abonnement', 'a signature' ->
    # 'underskrift'), which the glossary reads alike
    return other or next((v for v in tables.kin.get(head, ()) if v.endswith(_NOUN_ENDINGS)), None)


_MODALS = frozenset({"must", "should", "can", "could", "will", "would", "shall", "may", "might"})


def _infinitive_spot(parts: list[str], words: list[int], j: int) -> bool:
    """Whether the j-th word stands where a verb's infinitive does: after 'to' or a modal ('need to
    send', 'must send'), or after a pronoun that follows a modal or 'do' ('can we send', 'do we send')."""
    before = [parts[words[k]].casefold() for k in range(max(0, j - 2), j)]
    if not before or not parts[words[j]].islower():
        return False
    if before[-1] == "to" or before[-1] in _MODALS:
        return True
    subject = before[-1] in _PRONOUNS or parts[words[j - 1]][:1].isupper()  # 'does STAR deliver'
    # or a plural noun: 'must developers report', 'do citizens send'
    subject = subject or (before[-1].isalpha() and before[-1].endswith("s") and not before[-1].endswith("ss")
                          and before[-1] not in _FRAMES)
    return len(before) == 2 and subject and (before[0] in _MODALS or before[0] in _AUX)


def _verb(index: Index, word: str) -> str | None:
    """The Danish infinitive the glossary or the dictionary gives an English verb, which the tasks
    use ('send' -> 'sende', 'report' -> 'melde', 'find' -> 'finde'); None for a word that is no verb
    of the word lists ('test' is read as it is)."""
    tables = _tables()
    if word in tables.kin:
        head = tables.kin[word][0]
        return head if head != word and head.endswith("e") and _reachable(index, head) else None
    glossed = tables.glossary.get(word)
    if stem_key(word) in index.postings:
        return None  # a word the tasks write as typed ('test')
    if glossed and glossed.endswith("e") and _reachable(index, glossed):
        return glossed
    return next((d for d in tables.dictionary.get(word, ()) if d.isalpha() and d.endswith("e")
                 and _reachable(index, d)), None)


def _determiner(following: str) -> bool:
    """Whether 'what' before this word is a determiner ('what tasks', 'what role'), not a pronoun
    ('what is', 'what does', 'what the', 'what we')."""
    word = following.casefold()
    frames = _tables().frames
    return following.isalpha() and following.islower() and frames.get(word, word) == word \
        and word not in _AUX and not is_stop(word) and not word.endswith(("ed", "ing"))


def _after_noun(parts: list[str], words: list[int], j: int) -> bool:
    """'the service which ...': a relative clause; 'which service' opens a question."""
    return j > 0 and parts[words[j - 1]].casefold() not in _tables().frames


def _present(phrase: str, danish: str) -> str:
    """A multi-word verb in the present ('who signs off on', 'who carries out') in the Danish
    present ('godkender', 'udfører'), as a single verb's '-s' is (`_inflected`)."""
    first = phrase.split(" ", 1)[0]
    # ('makes the decision': a verb of the frames opening a phrase of the dictionary, 'beslutter')
    verb = first.endswith("s") and not first.endswith("ss") and (
        first not in _tables().frames or (" " in phrase and first[:-1] in _FRAMED_VERBS))
    return danish + "r" if verb and danish.endswith("e") and danish.isalpha() and danish.islower() else danish


def _named_compound(index: Index, typed: list[str]) -> str | None:
    """Two capitalised English words the tasks name as one Danish compound ('Ferry Day' ->
    'Færgedag', 'Oyster Day' -> 'Østersdag'): an event or a place English names word by word, Danish
    in one word. Only two capitalised words of letters that the tasks do not hold as typed (then they
    are the name itself, 'Pedal Day' in an English task) and whose Danish compound the tasks hold."""
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() and len(w) > 2 for w in typed) \
            or _known(index, typed[0]):
        return None
    modifiers = [d for d in _renderings(typed[0].casefold()) if d.isalpha()]
    heads = [d for d in _renderings(typed[1].casefold()) if d.isalpha()]
    if joined := _joined(index, modifiers, heads):
        return joined[:1].upper() + joined[1:]
    if genitive := _genitive_name(index, modifiers, heads):
        return genitive
    # no compound of the tasks: an event or a place the tasks do not name, said as the Danish compound
    # it would be ('Football Day' -> 'Fodbolddag'), a name no task holds, so that the answer says so; read
    # as the lowercase words ('fodbold dag') it took another sentence's '7 dage' for the day, kept as
    # the two English names the task 'Fodboldbanen' for the football
    if modifiers and heads:
        return modifiers[0][:1].upper() + modifiers[0][1:] + heads[0]
    return None


def _genitive_name(index: Index, modifiers: list[str], heads: list[str]) -> str | None:
    """The tasks' name of two words, a genitive before its head, as Danish names many a day ('Seal Day' ->
    'Sælens Dag', 'Nature Day' -> 'Naturens Dag'): the name as a task writes it, where no compound is."""
    for modifier in modifiers:
        for head in heads:
            if len(modifier) < 3 or len(head) < 3 or key(head) not in index.postings:
                continue
            written = re.compile(rf"\b({re.escape(modifier)}(?:ens|ets|s|ns|ts)\s+{re.escape(head)})\b",
                                 re.IGNORECASE)
            for p in index.postings.get(key(head), ())[:_GENITIVE_LOOKS]:
                if m := written.search(index.passages[p].text):
                    return m.group(1)
    return None


_GENITIVE_LOOKS = 200  # passages of the head read for the genitive before it ('Dag' is in many)


def _named_phrase(phrase: str) -> bool:
    """Whether a phrase typed with capitals is one the dictionary renders (an English name of a
    Danish body: 'Data Protection Agency')."""
    return any(f in _tables().dictionary or _glossary_phrase(f) for f in _phrase_forms(phrase))


def _one_compound(index: Index, phrase: str) -> str | None:
    """Two English words the tasks write as one Danish compound ('system administrators' ->
    'systemadministrator'): that compound, before the glossary's rendering of the phrase
    ('systemansvarlig'), which means something near but is not the word the tasks use. Neither
    word a framing or stop word."""
    first, second = phrase.split(" ")
    if not (first.replace("-", "").isalpha() and second.isalpha() and len(first) > 2 and len(second) > 3) \
            or is_stop(first) or is_stop(second) or first in _FRAMES or second in _FRAMES:
        return None
    if first.isalpha() and (joined := next((first + base for base in _bases(second)
                                            if key(first + base) in index.postings), None)):
        return joined
    # or the dictionary's Danish for the words, joined as the tasks write them ('e-learning course'
    # -> 'e-læringskursus', where the phrase's own line reads only 'kursus')
    modifiers = [d for d in _renderings(first) if d.replace("-", "").isalpha()]
    # a verbal noun joins as its verb ('sletning' -> 'slettecertifikat', 'rensning' -> 'rensevæske')
    modifiers += [d[:-4] + tail for d in modifiers if d.endswith("ning") and len(d) > 7
                  for tail in ("e", d[-5] + "e")]  # 'slette': its consonant doubled
    heads = [d for d in _renderings(second) if d.isalpha()]
    # or a word both languages write alike ('emergency plan' -> 'beredskabsplan' needs 'plan')
    heads += [b for b in _bases(second) if b.isalpha() and len(b) > 3]
    return _joined(index, modifiers, heads)


def _joined(index: Index, modifiers: list[str], heads: list[str]) -> str | None:
    """The first compound of a modifier, a linking letter or none, and a head that the tasks hold."""
    for modifier in dict.fromkeys(modifiers):
        for head in dict.fromkeys(heads):
            for link in ("", "s", "e"):
                joined = modifier + link + head
                k = key(joined.rsplit("-", 1)[-1])  # 'e-læringskursus' is keyed as its last part
                if k in index.postings and len(k) > len(key(modifier.rsplit("-", 1)[-1])) + 2:
                    return joined
    return None


def _renderings(word: str) -> list[str]:
    """Every Danish word the dictionary and the glossary give for an English word, two-way lines and
    one-way ones ('payment': 'betale', 'udbetaling'), so that a compound is found whichever of them
    it is made of ('payment file' -> 'udbetalingsfil')."""
    tables = _tables()
    out = [d for b in _bases(word) for d in tables.dictionary.get(b, ())]
    out += [g for b in _bases(word) for g in [tables.glossary.get(b)] if g]
    out += [f for b in _bases(word) for f in _one_way().get(b, ())]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _one_way() -> dict[str, tuple[str, ...]]:
    """A single word of the glossary's one-way lines -> the Danish forms it is looked for as."""
    out: dict[str, list[str]] = {}
    for form, sign, variants in _glossary_lines():
        if sign == "~" and form.isalpha():
            for variant in variants:
                if variant.isalpha():
                    out.setdefault(variant, []).append(form)
    return {k: tuple(v) for k, v in out.items()}


# an English genitive's apostrophe (compiled once, not per question)
_APOSTROPHE_S = re.compile(r"['’]s$")


def _genitive(surface: str) -> str:
    """"KOMBIT's" -> 'KOMBITs', as Danish writes a genitive."""
    return _APOSTROPHE_S.sub("s", surface)
