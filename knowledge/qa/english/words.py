"""English words looked up: the glossary's and english.txt's tables, base forms, loanwords, cognates."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.fold import (
    _glossary,
    _glossary_lines,
    ascii_fold,
    key,
    loose,
    stem_key,
)
from knowledge.index import Index
from knowledge.qa.english.frame_words import _FRAMES

_DICTIONARY_FILE = Path(__file__).parents[1] / "english.txt"
_FORMS_FILE = Path(__file__).parents[1] / "english_forms.txt"


@dataclass(frozen=True)
class _Tables:
    frames: dict[str, str]
    glossary: dict[str, str]  # a single English or Danish word -> the glossary's Danish form, inflected
    verbs: dict[str, str]  # an English participle -> the glossary's Danish verb ('approved' -> 'godkende')
    kin: dict[str, tuple[str, ...]]  # a Danish word -> the Danish words of its glossary line
    dictionary: dict[str, tuple[str, ...]]  # an English word or phrase -> Danish words, best first
    synonyms: dict[str, tuple[str, ...]]  # a glossary line's form -> every single word of the line
    # an English word -> Danish words read only as a compound's first part (a line 'is- ~ ice': alone the
    # Danish word is a stop word or a word of another common meaning, 'is', 'tog', 'have')
    modifiers: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    glossary: dict[str, str] = {}
    for form, sign, variants in _glossary_lines():
        if sign != "=" or " " in form:
            continue
        inflected = [v for v in variants if v.startswith(form[:4]) and " " not in v]  # Danish forms
        for variant in variants:
            if " " not in variant:
                glossary.setdefault(variant, _inflected(variant, form, inflected))
        for variant in variants:  # an inflection the line leaves out ('supplies') is read like it
            plural = variant[:-1] + "ies" if variant.endswith("y") else ""
            for typed in (variant + "s", variant + "es", plural):
                if typed and " " not in variant:
                    glossary.setdefault(typed, _inflected(typed, form, inflected))
    verbs = {v: form for form, sign, variants in _glossary_lines() if sign == "=" and " " not in form
             and form.endswith("e") for v in variants if " " not in v and _participle(v)}
    dictionary: dict[str, list[str]] = {}
    modifiers: dict[str, list[str]] = {}
    for danish, english in _data_lines(_DICTIONARY_FILE, "~"):
        table, danish = (modifiers, danish[:-1]) if danish.endswith("-") else (dictionary, danish)
        for word in english:
            if danish not in table.setdefault(word, []):
                table[word].append(danish)
    kin = {d: tuple(dict.fromkeys([form, *inflected])) for form, sign, variants in _glossary_lines()
           if sign == "=" and " " not in form
           for inflected in [[v for v in variants if v.startswith(form[:4]) and " " not in v]]
           for d in [form, *inflected]}
    synonyms = {form: tuple(v for v in variants if v.isalpha()) for form, sign, variants in _glossary_lines()
                if sign == "=" and " " not in form}
    return _Tables(_FRAMES, glossary, verbs, kin, {k: tuple(v) for k, v in dictionary.items()}, synonyms,
                   {k: tuple(v) for k, v in modifiers.items()})


@lru_cache(maxsize=1)
def _english_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for english, danish in _tables().dictionary.items():
        for word in danish:
            out.setdefault(key(word), set()).add(english)
    return {k: frozenset(v) for k, v in out.items()}


def english_of(danish: str) -> frozenset[str]:
    """The English words and phrases the dictionary gives a Danish word as (by its key; empty when it
    gives none): 'ballon' is 'balloon', 'hot-air balloon'."""
    return _english_of().get(key(danish.casefold()), frozenset())


def _inflected(english: str, form: str, danish: list[str]) -> str:
    """The Danish inflection like the English one: a participle for '-ed' ('approved' -> 'godkendt',
    'recommended' -> 'anbefalet'), a present tense or plural for '-s' ('approves' -> 'godkender'),
    else the glossary's form; the cues of the answer types and list filters read these forms."""
    if english.endswith("ed"):
        return next((d for end in ("et", "dt", "lt", "t") for d in danish if d.endswith(end)), form)
    if english.endswith("s") and not english.endswith("ss"):  # the shortest: 'leverer', not 'leverandører'
        return min((d for d in danish if d.endswith("r")), key=len, default=form)
    return form


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    """An irregular English form -> its base forms ('took' -> 'take', 'data' -> 'datum')."""
    bases: dict[str, list[str]] = {}
    for base, forms in _data_lines(_FORMS_FILE, ":"):
        for form in forms:
            bases.setdefault(form, []).append(base.casefold())
    return {form: tuple(b) for form, b in bases.items()}


def _data_lines(path: Path, sep: str):
    """(left side, the right side's comma-separated items casefolded) per line 'left SEP a, b' of a
    word list; comment lines skipped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#") or sep not in line:
            continue
        left, _, right = line.partition(sep)
        yield left.strip(), [w.strip().casefold() for w in right.split(",") if w.strip()]


@lru_cache(maxsize=20_000)  # the same words come back in question after question
def _bases(word: str) -> tuple[str, ...]:
    """Possible base forms of an English inflection: plural, past and -ing forms, regular
    ('approved', 'signing', 'cancelled', 'supplies') or irregular ('took', 'sent', 'criteria')."""
    out = [word, *_irregular().get(word, ())]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("men") and len(word) > 5:  # 'chairmen', 'spokesmen': compounds of 'man'
        out.append(word[:-3] + "man")
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    if word.endswith("ied") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ed") and len(word) > 4:
        out += [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])
    if word.endswith("ing") and len(word) > 5:
        out += [word[:-3], word[:-3] + "e"] + ([word[:-4]] if word[-4] == word[-5] else [])
    return tuple(dict.fromkeys(v for base in out for v in _spellings(base)))


# American spellings and their British forms ('organization' / 'organisation', 'analyze' /
# 'analyse', 'catalog' / 'catalogue', 'center' / 'centre', 'license' / 'licence'), both ways:
# the word lists need write only one.
_SPELLINGS = (("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"),
              ("yze", "yse"), ("yzed", "ysed"), ("og", "ogue"), ("ter", "tre"), ("ense", "ence"),
              ("or", "our"), ("eled", "elled"), ("eling", "elling"))


def _spellings(word: str) -> list[str]:
    out = [word]
    for american, british in _SPELLINGS:
        if word.endswith(american) and len(word) > len(american) + 2:
            out.append(word[:-len(american)] + british)
        elif word.endswith(british) and len(word) > len(british) + 2:
            out.append(word[:-len(british)] + american)
    return out


def _reachable(index: Index, danish: str) -> bool:
    """Whether the tasks hold a Danish word, an inflection of it or a compound ending with it (a
    hyphenated word by its last part, as the index keys it: 'e-læring')."""
    k = key(danish.casefold().rsplit("-", 1)[-1]) if "-" in danish.strip("-") else key(danish.casefold())
    return (k in index.postings or k in index.meta_keys or k in index.fact_subjects
            or bool(index.variants(k)) or bool(index.compounds(k, limit=1)) or _modifier(index, k)
            or (danish.endswith("e") and key(danish.casefold() + "r") in index.postings))  # 'eje': 'ejer'


def _modifier(index: Index, k: str) -> bool:
    """Whether a Danish word begins a compound of the tasks ('samarbejde' in 'samarbejdsaftale',
    'stikprøve' in 'stikprøverapport'): the English words of a compound are rendered one by one
    and joined again (_join_compounds)."""
    if len(k) < 5 or not k.isalpha():
        return False
    at = bisect_left(index.sorted_keys, k)
    return any(len(other) >= len(k) + 4 for other in index.sorted_keys[at:at + 20] if other.startswith(k))


def _spelt_alike(index: Index, word: str) -> bool:
    """Whether the tasks write an English word the way it is typed, give or take an ending."""
    folded = loose(ascii_fold(word.casefold()))
    return _known(index, word) or bool(index.correct(folded, typed=word))


def _known(index: Index, word: str) -> bool:
    k = key(word.casefold())
    return k in index.postings or k in index.meta_keys or k in index.fact_subjects


def _content(index: Index, phrase: str, surface: str) -> str | None:
    """The Danish for an English content word or phrase, or None to keep it as typed."""
    tables = _tables()
    single = " " not in phrase
    # (an English participle of the line, 'informed', is read below: the passive's cues need 'informeres')
    if single and phrase in tables.kin and phrase != tables.kin[phrase][0] and _reachable(index, phrase) \
            and not (_participle(phrase) and _english_word(phrase)):
        return None  # a Danish inflection already ('udfører' for 'carries out'): as it is
    first, _, rest = phrase.partition(" ")
    forms = _bases(phrase) if single else _phrase_forms(phrase)
    glossed = next((tables.glossary[f] for f in forms if f in tables.glossary), None) if single else \
        next((_glossary_phrase(f) for f in forms if _glossary_phrase(f)), None)
    found = _form_reading(index, phrase, surface, forms=forms, glossed=glossed)
    if found:
        return found
    if glossed and _reachable(index, glossed):
        return glossed
    if single and _known(index, surface) and not _folded_to_another(phrase) \
            and not _false_friend(index, phrase, forms):
        return None  # a word the tasks use ('test', 'status'), a Danish word
    return _dictionary_reading(index, phrase, surface, forms=forms, glossed=glossed)


def _false_friend(index: Index, word: str, forms: tuple[str, ...]) -> bool:
    """Whether an English word the dictionary reads as a Danish word the tasks hold is 'known' only by
    its stem key, which Danish words of another meaning share: 'rules' keys as 'rul', like the tasks'
    'rulles', but no task writes a word that begins 'rule' (a word the tasks write as it is typed or
    inflect, 'test', 'status', 'loggen', stays as typed)."""
    readings = [d for f in forms for d in _tables().dictionary.get(f, ()) if d.isalpha()]
    if not any(_reachable(index, d) for d in readings):
        return False
    ids = index.postings.get(key(word))
    if not ids:
        return False  # known as a label or a fact's subject, not from running text
    said = {word, *(f for f in forms if f in _tables().dictionary)}  # ('rul', a base of no English word)
    # (as a word's beginning: 'loggen' and 'logning' are the tasks' own forms of 'log', no false friend)
    written = re.compile(r"\b(?:" + "|".join(map(re.escape, said)) + r")", re.IGNORECASE)
    return not any(written.search(index.passages[p].text) for p in ids[:_WRITTEN_LOOKS])


_WRITTEN_LOOKS = 200  # passages read for the word as written: a word the tasks write is found long before


def _form_reading(index: Index, phrase: str, surface: str, *, forms: tuple[str, ...],
                  glossed: str | None) -> str | None:
    """The Danish a word's form asks for before its glossary line: a participle's verb, a cognate,
    a gerund's own noun or a derived noun."""
    tables = _tables()
    single = " " not in phrase
    if single and _participle(phrase) and phrase not in tables.glossary and not _known(index, surface):
        # 'reported' is a verb's form: the dictionary's verb for it before the glossary's noun
        # of its base ('report' -> 'rapport')
        verb = _reachable_reading(index, phrase)
        if verb:
            return verb
    cognate = _cognate(index, phrase, forms) if single else None
    if cognate:
        return cognate
    if single and glossed and phrase.endswith("ing") and phrase not in tables.glossary:
        # a gerund the dictionary has as typed is its own noun ('naming': 'navngivning'), not the
        # glossary's word for its base ('name': 'navn')
        gerund = _reachable_reading(index, phrase)
        if gerund:
            return gerund
    derived = _derived_noun(index, phrase) if single and phrase not in tables.glossary else None
    derived = derived or (_agent_noun(index, phrase) if single else None)
    if derived:  # before the dictionary's other meanings ('replacement': 'udskiftning', not 'nye'); a
        # glossary word keeps its line's reading ('installation': 'installere', not 'montering', which
        # would miss the tasks' 'monteres')
        return derived
    return None


def _reachable_reading(index: Index, phrase: str) -> str | None:
    """The dictionary's first Danish word for a word as typed that the tasks reach."""
    return next((d for d in _tables().dictionary.get(phrase, ()) if _reachable(index, d)), None)


def _dictionary_reading(index: Index, phrase: str, surface: str, *, forms: tuple[str, ...],
                        glossed: str | None) -> str | None:
    """The Danish for a word or phrase neither the tasks nor the glossary settle: the dictionary's
    meaning the tasks use, a loanword, the glossary's word, the dictionary's first word."""
    tables = _tables()
    single = " " not in phrase
    for n, form in enumerate(forms):
        if n == 1 and single and key(phrase) in _glossary().fallbacks:
            break  # the glossary's one-way line reads the word as typed ('bookkeeping')
        for danish in tables.dictionary.get(form, ()):
            if n and phrase.endswith("ed") and danish not in _danish_verbs():
                continue  # a participle's base read as a noun ('signed' is no 'skilt', the noun 'sign')
            if _reachable(index, danish):
                return danish  # another meaning the tasks use ('migration': 'overførsel', not 'flytte')
    if single and len(surface) >= 6 and _reachable(index, surface):
        return None  # a compound's part, or a word spelt like one ('digits' is no 'digital': the
        # dictionary's 'cifre' first)
    if single and _short_form_written(index, surface, forms):
        return None
    # a word the glossary reads is no loanword: its letters may spell a Danish word of another meaning
    # ('deleted' is no 'delet', keyed like the tasks' 'dele', to share)
    loan = _loanword(index, forms) if single and not glossed and not _known(index, surface) else None
    if loan:
        return loan
    if glossed and not _spelt_alike(index, surface):
        return glossed  # unless the tasks write it nearly as typed ('Registret' for 'register')
    known = next((d for form in forms for d in tables.dictionary.get(form, ()) if " " not in d), None)
    if single and known and not _spelt_alike(index, surface) and not _begins_compounds(index, phrase):
        return known  # a Danish word the tasks lack, read as the Danish question would ('colour': 'farve')
    return None


def _short_form_written(index: Index, surface: str, forms: tuple[str, ...]) -> bool:
    """Whether an English short form that Danish uses as it is ('app' of 'applikation') is the head of
    the tasks' compounds ('Filtappen', 'parkeringsappen'): the dictionary's long Danish word begins with
    it, so it is no other word spelt alike ('art' is no 'kunst', whatever 'ydelsesart' a task writes).
    Kept as typed, it joins the word before it as the tasks' compound."""
    typed = ascii_fold(surface.casefold())
    if not (typed.isalpha() and len(typed) >= 3) or _known(index, surface):
        return False
    long_forms = [d for f in forms for d in _tables().dictionary.get(f, ())
                  if len(d) > len(typed) + 2 and ascii_fold(d.casefold()).startswith(typed)]
    if not long_forms:
        return False
    # the compounds' keys end as the stemmer folds them ('parkeringsapp' is keyed 'parkeringsap'): each
    # is confirmed by a word the tasks write, the typed form at its end ('parkeringsappen')
    tails = dict.fromkeys([key(typed), typed[:-1] if typed[-1] == typed[-2] else typed])
    return any(loose(compound[:-len(tail)] + typed + end) in index.words
               for tail in tails for compound in index.compounds(tail, limit=20, shortest=2)
               for end in _NOUN_INFLECTIONS)


# English nouns of a verb and the verb they come from: 'replacement' / 'replace', 'approval' /
# 'approve', 'installation' / 'install', 'notification' / 'notify', 'closure' / 'close', 'delivery' /
# 'deliver'. Each ending with the endings its verb may have in its place, longest ending first.
_NOUN_OF_VERB = (("ication", ("y",)), ("ation", ("", "e", "ate")), ("ment", ("",)),
                 ("sion", ("se", "t", "d")), ("tion", ("te", "t")), ("ance", ("", "e")),
                 ("ence", ("", "e")), ("al", ("", "e")), ("ure", ("e", "")), ("ery", ("er",)), ("ry", ("r",)))
# Danish verbal nouns of a verb's infinitive ('udskifte' -> 'udskiftning', 'betale' -> 'betaling',
# 'godkende' -> 'godkendelse', 'installere' -> 'installation'). No particle is guessed in front: a
# particle changes the noun ('måle' / 'udmåling' is a benefit's calculation, no measurement); a
# particle verb belongs in the dictionary as data.
_DANISH_NOUN_ENDINGS = (("ere", ("ering", "ation")), ("e", ("ning", "ing", "else")))
_NOUN_INFLECTIONS = ("", "en", "n", "er", "erne", "r", "rne", "s", "ens", "ns")


def _verbs_of_noun(word: str) -> list[str]:
    """The English verbs an English noun may be made from ('replacement' -> 'replace')."""
    for ending, tails in _NOUN_OF_VERB:
        if word.endswith(ending) and len(word) >= len(ending) + 4:
            stem = word[:-len(ending)]  # 'cancellation': 'cancel', as 'cancelled' has it (_bases)
            stems = [stem, stem[:-1]] if stem[-1] == stem[-2] else [stem]
            return [s + tail for s in stems for tail in tails]
    return []


def _derived_noun(index: Index, word: str) -> str | None:
    """The Danish noun of an English noun's verb, as the tasks write it: 'replacement' -> 'replace' ->
    'skifte' -> 'udskiftning', 'approval' -> 'godkendelse'. None unless a task has the word itself:
    a derivation is a guess that only the tasks' own word confirms."""
    tables = _tables()
    danish: list[str] = []
    # (no noun in '-al' is read so: 'signal' is no noun of 'sign', 'total' none of 'tote'; 'approval',
    # 'removal' are listed)
    for verb in (v for b in _bases(word) if not b.endswith("al") for v in _verbs_of_noun(b)):
        glossed = tables.glossary.get(verb)
        if glossed:
            danish.append(tables.kin.get(glossed, (glossed,))[0])
        danish += [d for d in tables.dictionary.get(verb, ()) if d.isalpha() and d in _danish_verbs()]
    for infinitive in dict.fromkeys(danish):
        nouns = next(([infinitive[:-len(end)] + tail for tail in tails] for end, tails in _DANISH_NOUN_ENDINGS
                      if infinitive.endswith(end) and len(infinitive) > len(end) + 2), [])
        for noun in nouns:
            if _writes(index, noun):
                return noun
    return None


# a doer's noun as the tasks inflect it: 'godkender', 'godkendere', 'godkenderne', 'godkenders'
_AGENT_INFLECTIONS = ("", "e", "en", "ne", "s", "es", "ens", "nes")


def _agent_noun(index: Index, word: str) -> str | None:
    """The Danish noun of a doer, made of the verb as Danish makes it, as the tasks write it: 'approvers'
    -> 'approve' -> 'godkende' -> 'godkender', 'bookers' -> 'bestiller'. Only for a word the word lists
    lack ('user', 'supplier' have lines of their own) and a noun a task writes itself."""
    tables = _tables()
    bases = [b for b in _bases(word) if b.endswith("er") and len(b) >= 5]
    if not bases or any(b in tables.dictionary for b in _bases(word)) or any(
            _reachable(index, tables.glossary[b]) for b in _bases(word) if b in tables.glossary):
        return None
    stem = bases[-1][:-2]  # 'approver' -> 'approv', 'booker' -> 'book', 'planner' -> 'plann'
    verbs = [stem + "e", stem] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    for verb in verbs:
        glossed = tables.glossary.get(verb)
        danish = ([tables.kin.get(glossed, (glossed,))[0]] if glossed else []) + \
            [d for d in tables.dictionary.get(verb, ()) if d.isalpha() and d in _danish_verbs()]
        for infinitive in dict.fromkeys(d for d in danish if d.endswith("e") and not d.endswith("ere")):
            folded = loose(ascii_fold(infinitive + "r"))
            if any(folded + end in index.words for end in _AGENT_INFLECTIONS):
                return infinitive + "r"
    return None


def _writes(index: Index, noun: str) -> bool:
    """Whether the tasks write a Danish noun itself, in one of its inflections ('udskiftningen'): its key
    alone may be a verb's ('kontrollerelse' is keyed as 'kontrollere')."""
    folded = loose(ascii_fold(noun))
    return any(folded + end in index.words for end in _NOUN_INFLECTIONS)


def _folded_to_another(word: str) -> bool:
    """Whether an English agent noun the dictionary has as typed is keyed, once its ending is read off,
    as the synonym of another word ('charger' -> 'charge' -> 'betale', 'summer' -> 'sum' -> 'beløb',
    'joiner' -> 'join' -> 'tilslutte'): the dictionary's noun ('oplader', 'sommer', 'tømrer') is meant."""
    senses = _tables().dictionary.get(word, ())
    if not (senses and word.endswith(("er", "ers")) and key(word) != stem_key(word)):
        return False
    if any(key(d) == key(word) for d in senses) or all(d in _dictionary_verbs() for d in senses):
        return False  # the fold agrees with the dictionary ('letter': 'brev'), or a verb ('transfer')
    bare = word[:-1] if word.endswith("s") else word
    return any(key(b) == key(word) for b in (bare[:-1], bare[:-2], bare[:-3]) if len(b) > 2)


# An English word and the Danish loanword of the same root differ by regular spellings: its ending
# ('-ction' / '-ktion', '-ity' / '-itet', '-ical' / '-isk', '-ation' / '-ering', '-y' / '-i') and
# letters ('c' / 'k', 'ph' / 'f', 'th' / 't', 'qu' / 'kv'). One ending per word, the longest that fits.
_LOAN_ENDINGS = (("ization", ("isering",)), ("isation", ("isering",)), ("ation", ("ation", "ering")),
                 ("ction", ("ktion",)), ("ical", ("isk",)), ("ic", ("isk", "ik")), ("ity", ("itet",)),
                 ("ance", ("ance", "ans")), ("ence", ("ens",)), ("ency", ("ens",)), ("ize", ("isere",)),
                 ("ise", ("isere",)), ("ate", ("at", "ere")), ("ure", ("ur",)), ("ive", ("iv",)),
                 ("ous", ("øs",)), ("y", ("i",)),
                 # a syllabic l is written '-el': 'capsule' 'kapsel', 'cable' 'kabel', 'article' 'artikel',
                 # 'title' 'titel' (not after d: 'middle' is no 'middel')
                 ("ule", ("el", "ul")), ("cle", ("kel",)), ("ble", ("bel",)), ("tle", ("tel",)),
                 ("e", ("",)))
_LOAN_LETTERS = tuple((re.compile(pattern), repl) for pattern, repl in (
    ("ph", "f"), ("th", "t"), ("qu", "kv"), ("x", "ks"), ("sh", "sj"), ("ck", "k"), ("ch", "k"),
    ("c(?![eiy])", "k")))
_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=20_000)
def _loan_spellings(word: str) -> tuple[str, ...]:
    """The Danish spellings a loanword of an English word may have ('objects' -> 'objekt',
    'categories' -> 'kategori', 'technical' -> 'teknisk'), the word itself left out."""
    if not (word.isascii() and word.isalpha()):
        return ()
    out: list[str] = []
    ending = next(((word[:-len(end)], tails) for end, tails in _LOAN_ENDINGS
                   if word.endswith(end) and len(word) > len(end) + 2), None)
    for stem, tails in ([ending] if ending else []) + [(word, ("",))]:
        for pattern, repl in _LOAN_LETTERS:
            stem = pattern.sub(repl, stem)
        for spelt in (stem, _DOUBLED.sub(r"\1", stem)):  # 'kommission', 'adresse'; 'fil'
            out += [spelt + tail for tail in tails]
    return tuple(o for o in dict.fromkeys(out) if o != word and len(o) >= 5)


def _loanword(index: Index, forms: tuple[str, ...]) -> str | None:
    """The Danish loanword the tasks use for an English word no word list has ('consultants' with
    'konsulenter' in the tasks is no match; 'objects' is 'objekter', 'strategy' 'strategi'): a word
    of five letters at least, spelt by the regular correspondences, that the tasks hold."""
    spelt = [d for form in sorted(forms, key=len) if len(form) >= 5 for d in _loan_spellings(form)]
    # a spelling the tasks write before one only near a word of theirs ('calibrates': 'kalibrere' of
    # the tasks' 'kalibreres', not 'kalibrat'); the base first: 'objekt', not 'objekts'
    return next((d for d in spelt if key(d) in index.postings), None) \
        or next((d for d in spelt if _reachable(index, d)), None)


def _begins_compounds(index: Index, word: str) -> bool:
    """Whether the tasks begin compounds with an English word as typed ('job' in 'jobfunktionsroller',
    'jobcenter'): Danish uses the word, so it is kept, not read as the dictionary's 'beskæftigelse'."""
    k = ascii_fold(word.casefold())
    if not (k.isalpha() and len(k) >= 3):
        return False
    at = bisect_left(index.sorted_keys, k)
    longer = [other for other in index.sorted_keys[at:at + 20]
              if other.startswith(k) and len(other) >= len(k) + 3]
    return len(longer) >= 2  # two compounds at least: one may begin with the letters by chance


def _cognate(index: Index, word: str, forms: tuple[str, ...]) -> str | None:
    """Of the dictionary's Danish words for an English word, one spelt like it that the tasks use
    ('instructions' -> 'instruks', not the glossary's 'vejledning'; 'register' -> 'registrere'):
    the word of the same root is the meaning the tasks have in mind."""
    stem = _root(word)
    if len(stem) < 5:
        return None
    return next((d for form in forms for d in _tables().dictionary.get(form, ())
                 if _root(d) == stem and _reachable(index, d)), None)


def _root(word: str) -> str:
    """The first five letters, accents folded ('instr' of 'instructions' and 'instruks'); a root
    spelt otherwise ('contract', 'kontrakt') is no sign of the same meaning in a task's sense."""
    return ascii_fold(word.casefold())[:5]


@lru_cache(maxsize=20_000)
def _phrase_forms(phrase: str) -> tuple[str, ...]:
    """A phrase with its first word's base forms ('handed in' -> 'hand in', 'took over' -> 'take
    over') and its last word's ('test cases' -> 'test case')."""
    first, _, rest = phrase.partition(" ")
    head, _, last = phrase.rpartition(" ")
    return tuple(dict.fromkeys([*(f"{base} {rest}" for base in _bases(first)),
                                *(f"{head} {base}" for base in _bases(last))]))


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, tuple[str, ...]]:
    """Every single English word the frames, the glossary and the dictionary know, by first letter
    (a typo keeps its first letter: fewer words to compare)."""
    words = {*_tables().frames, *_tables().dictionary, *_irregular(),
             *(v for _, _, variants in _glossary_lines() for v in variants)}
    by_letter: dict[str, list[str]] = {}
    for w in sorted(w for w in words if w.isascii() and w.isalpha() and len(w) >= 4):
        by_letter.setdefault(w[0], []).append(w)
    return {letter: tuple(ws) for letter, ws in by_letter.items()}


@lru_cache(maxsize=1)
def _english_words():
    """English words and their frequencies (pyspellchecker's list, loaded on the first typo)."""
    from spellchecker import SpellChecker
    return SpellChecker(language="en", distance=1).word_frequency


def _english_word(word: str) -> bool:
    """Whether a word is English as typed ('remote' is no typo of 'remove')."""
    return word in _english_words()


def _glossary_phrase(phrase: str) -> str | None:
    return _glossary().phrases.get(phrase)


@lru_cache(maxsize=1)
def _longer_names() -> dict[str, tuple[str, ...]]:
    """For a glossary phrase, the dictionary's longer phrases that hold it ('data protection' in
    'danish data protection agency'), read whole before the glossary's part of them."""
    out: dict[str, list[str]] = {}
    for phrase in _tables().dictionary:
        words = phrase.split(" ")
        for n in range(2, len(words)):
            for start in range(len(words) - n + 1):
                part = " ".join(words[start:start + n])
                if _glossary_phrase(part):
                    out.setdefault(part, []).append(phrase)
    return {p: tuple(v) for p, v in out.items()}


def _near_keys(index: Index, word: str) -> set[str]:
    """The task keys a Danish word is matched by: itself, its inflections, compounds it ends or begins
    ('stikprøve' in 'stikprøvekontrol')."""
    k = key(word.casefold())
    at = bisect_left(index.sorted_keys, k)
    begun = [o for o in index.sorted_keys[at:at + 20] if o.startswith(k)] if len(k) >= 5 else []
    return {k, *index.variants(k), *index.compounds(k), *begun} & index.postings.keys()


_IRREGULAR = frozenset("sent done made held paid set given taken written known seen found sold bought built "
                       "signed heard told kept left brought chosen drawn forgotten lost met shown spoken "
                       "spent taught understood undertaken withdrawn overtaken begun put gotten lent "
                       "laid".split())


def _participle(word: str) -> bool:
    first = word.split(" ", 1)[0]  # 'handed over' is a participle as 'handed' is
    return word.isascii() and (first.endswith("ed") or first in _IRREGULAR)


_NOUN_ENDINGS = ("ing", "ment", "else", "tion", "skrift")


@lru_cache(maxsize=1)
def _danish_verbs() -> frozenset[str]:
    """Every Danish verb the word lists know: the verb table's and the dictionary's."""
    return frozenset(_tables().verbs.values()) | _dictionary_verbs()


@lru_cache(maxsize=1)
def _dictionary_verbs() -> frozenset[str]:
    """The Danish verbs of the dictionary: a line whose English forms have a past or -ing form
    ('koordinere ~ coordinate, coordinates, coordinated'), so that in a noun's place another line's
    noun is read ('without coordinates' -> 'koordinater', not 'koordinere')."""
    return frozenset(danish for danish, english in _data_lines(_DICTIONARY_FILE, "~")
                     if any(" " not in e and len(e) > 5 and e.endswith(("ed", "ing")) for e in english))
