"""A question read into tokens: language, named tasks, step numbers, question concepts, and
for every word the index key it matches (after spelling correction) and how much it matters."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from rapidfuzz.distance import OSA, Levenshtein

from knowledge.fold import (
    DANISH_STOP,
    ENGLISH_STOP,
    GENERIC_KEYS,
    TOKEN,
    ascii_fold,
    fallback_keys,
    glossary_form,
    glossary_knows,
    glossary_phrases,
    is_stop,
    key,
    loose,
    one_way_phrases,
)
from knowledge.index import Index, same_prefix
from knowledge.lexicon import (
    CONCEPTS,
    FOLDED_HOMOGRAPHS,
    FRAMING,
    LAST,
    NUMBER_NOUNS,
    ORDINALS,
    RELATION_KEYS,
    RELATIONS,
    STEP_NOUNS,
    TASK_NOUNS,
    WAVE_NOUNS,
    number_words,
    wave_key,
)
from knowledge.morphology import derivations, particle_base, syncope_keys, synonym_compound
from knowledge.qa.embedded import direct_question
from knowledge.qa.english import alternatives, danish, english_content, plain_question
from knowledge.qa.grouping import as_the_tasks_write
from knowledge.qa.particles import join_particles, join_split_phrase, join_tail
from knowledge.qa.spelling import fix_question_words, fix_task_words, hyphenate_as_written, join_split_words
from knowledge.qa.step_frames import step_asked
from knowledge.qa.types import LIMIT_ASKED, Expect, expected, is_yes_no, is_yes_no_named, names_value
from knowledge.units import DEFINITE, DEFINITE_PLURAL, PLURAL, SINGULAR, unit_words

_CARDINALS = {key(w): n for w, n in number_words(1, 10).items()}
_EN = frozenset("who what when which how is the does do task tasks step steps sign signs signed handles "
                "handle happens happen if not responsible goal result list need must with of about are "
                "whom where why and there this that it should who's what's signature".split())
_DA = frozenset("hvem hvad hvornår hvilke hvilken hvilket hvordan hvor er skal og jeg vi det den til på af "
                "med kan ikke hvis opgave opgaven opgaver trin sker der om har hører mål går ud "
                "kr pr koster".split())  # 'Koster kurset 4.500 kr. pr. hold?': Danish abbreviations and verb
CONCEPT_WEIGHT = 0.5
RARE_TASKS = 2  # a word in at most this many tasks (or 2% of them) is rare there


@dataclass
class Token:
    """One word of the question."""

    pos: int
    surface: str
    key: str
    alts: tuple[str, ...] = ()
    match: float = 1.0  # 1 known, <1 corrected spelling, 0 unknown to the knowledge base
    weight: float = 0.0
    concepts: frozenset[str] = frozenset()
    role: str = "word"  # word, stop, ref, number

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.alts)

    @property
    def name_keys(self) -> tuple[str, ...]:
        """Keys for matching a name: a word the tasks contain is only itself ('Teduna' is not
        'Tedun'); a corrected or unknown word keeps its candidates."""
        return self.keys if self.match < 1 else (self.key,)

    @property
    def own_key(self) -> str:
        """The key of the word as typed, before any correction or compound splitting."""
        return key(self.surface.casefold())

    @property
    def read_by_head(self) -> bool:
        """Whether the word was read only as the last part of its compound ('Datatilsynet' as 'tilsyn')."""
        own = self.own_key
        return own != self.key and own.endswith(self.key)


@dataclass
class Question:
    text: str
    lang: str
    tokens: list[Token]
    tasks: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    step: int | None = None  # -1: the last step
    wave: int | None = None
    concepts: set[str] = field(default_factory=set)
    expects: Expect = Expect.ANY  # the kind of value asked for ('hvem' a party, 'hvornår' a time)
    yesno: bool = False  # opens with a verb: 'skal borgmesteren underskrive ...?'
    # A project the question names ('... for KY?'): answers come only from its tasks.
    project_tasks: frozenset[int] | None = None
    project_pos: set[int] = field(default_factory=set)

    wave_tasks: frozenset[int] | None = None  # 'bølge 2' names a wave the tasks have
    # 'Context Handler 3': a name and the number after it, which an answer must say the same way
    numbered: list[tuple[int, int]] = field(default_factory=list)
    asked: str = ""  # the question as typed; `text` is its Danish reading when it was English
    typed: dict[str, str] = field(default_factory=dict)  # a Danish reading's word -> the English typed
    # a verb split from its particle -> the key of the prefixed verb ('sætter' ... 'op' -> 'opsætte')
    particles: dict[str, str] = field(default_factory=dict)
    # one-way glossary phrases the tasks write themselves: read as written, not as the line's form
    held: frozenset[str] = frozenset()

    def allows(self, task: int) -> bool:
        """Whether an answer may come from this task: a named task, else the named project's and
        wave's."""
        if self.tasks:
            return task in self.tasks
        return ((self.project_tasks is None or task in self.project_tasks)
                and (self.wave_tasks is None or task in self.wave_tasks))

    def content(self) -> list[Token]:
        return [t for t in self.tokens if t.weight > 0]

    def total(self) -> float:
        return sum(t.weight for t in self.tokens)

    def coverage(self, explained: set[int]) -> float:
        """Share of what the question is about (weighted) that an answer accounts for."""
        total = self.total()
        if total == 0:
            return 1.0
        return sum(t.weight * t.match for t in self.tokens if t.pos in explained) / total

    def unknown(self) -> list[Token]:
        return [t for t in self.content() if t.match == 0]

    def has(self, *concepts: str) -> bool:
        return any(c in self.concepts for c in concepts)

    def concept_positions(self, *concepts: str) -> set[int]:
        return {t.pos for t in self.tokens if t.concepts & set(concepts)}

    def ref_positions(self) -> set[int]:
        """The words that name a task (a ref) or a project: what the answer is from, not about."""
        return {t.pos for t in self.tokens if t.role == "ref"} | self.project_pos


# The small words only one of the languages has ('can', 'the', 'of' / 'kan', 'og', 'af'): a question
# of names and domain words ('Can an ordinary Digital Post administrator approve ...?') is told by them.
# 'to' is also the Danish 'two' ('varer testen to uger?'), and 'via' and 'per' are Danish prepositions too
# ('sendes fakturaerne via Digital Post?'); an English question has other words of its own
_EN_ONLY = (_EN | (ENGLISH_STOP - DANISH_STOP - {"i"})) - {"to", "via", "per"}
_DA_ONLY = _DA | {w for w in DANISH_STOP - ENGLISH_STOP if w.isalpha()}


# 'have to', 'has to': the English modal; 'have' is the Danish verb only after a Danish modal or
# 'at' ('skal have', 'at have'), else it tells neither language ('Do wheelchair users have access?')
_EN_MODAL_HAVE = re.compile(r"\b(?:have|has)\s+to\b", re.IGNORECASE)
# a company's form ('Skurfabrikken A/S', 'Holm I/S') is part of its name: its 'A' is no English article
_COMPANY_FORM = re.compile(r"(?<=\s)[AIPK]/S\b")
_DA_HAVE = re.compile(r"\b(?<!skal )(?<!vil )(?<!kan )(?<!må )(?<!at )(?<!skulle )(?<!ville )(?<!kunne )"
                      r"(?<!bør )have\b", re.IGNORECASE)


def detect_lang(text: str) -> str:
    """'en' when English words outnumber Danish ones; Danish is the default. A name the question
    writes (capitalised, not its first word: 'Køkkenhuset', 'Brønderslev') tells no language by its
    letters: an English question names Danish things."""
    plain_caps = _DA_HAVE.sub("", _EN_MODAL_HAVE.sub("must", _COMPANY_FORM.sub("", text)))
    found = [w.casefold() for w in TOKEN.findall(plain_caps)]
    words = TOKEN.findall(text)
    lettered = any(re.search(r"[æøåÆØÅ]", w) and not (n and w[:1].isupper()) for n, w in enumerate(words))
    # 'IT' in 'Leverer Gadeplan IT ...?' is a name, not the English pronoun
    said = TOKEN.findall(plain_caps)
    en = sum(w in _EN_ONLY and not (said[i].isupper() and len(said[i]) > 1) for i, w in enumerate(found))
    da = sum(ascii_fold(w) in _DA_ONLY or w in _DA for w in found) + 2 * lettered
    if en == da == 0:  # no small words at all ('certificate validity?'): the content words tell
        return "en" if english_content(found) else "da"
    return "en" if en > da else "da"


def analyse(index: Index, text: str, *, lang: str | None = None) -> Question:
    written = detect_lang(text)
    lang = lang or written
    asked, typed = text, {}
    text = direct_question(text)  # 'ved du, om X er Y?' asks 'er X Y?'
    plain = plain_question(text) if written == "en" else text  # 'Hi, can you tell me who ...?'
    if written == "en":  # read as its Danish equivalent, so every intent and check reads it alike
        text, typed = danish(index, _uncontract(plain))
    else:  # 'går Aula i drift' as 'går i drift Aula': the glossary reads the verb and its tail as one
        text = join_split_phrase(join_tail(text))  # 'får forældrene besked': 'får besked forældrene'
    said = fix_question_words(text, known=lambda k: _known(index, k)) if written == "da" else text  # 'hvonår'
    if written == "da":  # 'underskervne' -> 'underskrevne', as the tasks write it (one word that near)
        said, _ = fix_task_words(hyphenate_as_written(join_split_words(said, index), index), index)
    said = as_the_tasks_write(said, index)  # 'over 3500 kg' for a task's 'over 3.500 kg'
    text = said  # the checks that read the question's words ('spørge', 'hvornår') read them spelt right
    joined: dict[str, str] = {}
    # 'skrive aftalen under' -> 'underskrive aftalen'; a yes/no asks about its verb as written
    # ('kan vi selv sætte integrationen op?' is not answered by a task titled 'Opsæt integrationen')
    if written == "da" and not is_yes_no(ascii_fold(said)):
        said, joined = join_particles(said, known=lambda k: _known_deed(index, k) is not None)
    elif written == "da":  # 'Skriver X under på Y?' asks whether X signs: a verb a concept reads, only
        said, joined = join_particles(said, known=lambda k: _known(index, k),
                                      only=lambda phrase: bool(CONCEPTS.get(key(glossary_phrases(phrase)))))
    folded = ascii_fold(said)
    # a split particle verb joined by the glossary ('stiller beholderne op' -> 'stiller op beholderne')
    # is read so by the checks too, which otherwise see the verb alone ('stiller') as another deed
    text = said if said != text and _glossed_join(text, said) else text
    q = Question(text=text, lang=lang, tokens=[], expects=expected(_RELATIVE_WHO.sub(
        r"\1 that", folded)), yesno=is_yes_no(folded) or is_yes_no_named(said), asked=asked, typed=typed)
    if written == "en":  # the English cues of the answer types say what an English question asks for
        english = ascii_fold(_uncontract(plain))
        kind = expected(_RELATIVE_WHO.sub(r"\1 that", english))
        if kind is Expect.TIME and LIMIT_ASKED.match(english):
            kind = Expect.ANY  # 'how long can the text be?' asks a size, as its Danish reading does
        if kind is not Expect.ANY:
            q.expects = kind
        q.yesno = q.yesno or is_yes_no(english)
    q.held = _phrases_held(index, _uncontract(said))
    spanned = glossary_phrases(_uncontract(said), q.held)
    spans = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(spanned)]
    q.tokens = [Token(pos=i, surface=s, key=key(s.casefold())) for i, (s, _, _) in enumerate(spans)]
    _find_refs(index, q, spans)
    _find_numbers(q)
    q.particles = joined
    _join_codes(index, q, spans)
    _join_compounds(index, q, spans)
    named = _hyphenated_names(spans, spanned)
    for tok in q.tokens:
        if tok.role == "word":
            _weigh(index, q, tok)
            if tok.pos in named and tok.concepts:  # 'Due' of 'Lars Due-Hansen' is a name, no 'due' date
                alone = tok.concepts - {c for t in q.tokens if t is not tok for c in t.concepts}
                tok.concepts = frozenset()
                q.concepts -= alone
        # 'trækker ... ud' is 'trækker' and 'udtrækker'; not for 'hvem sætter X op?', where a
        # title's 'Opsæt' would answer with the task's doer rather than who the text says
        # (but a deed's noun the tasks write in place of the verb: 'hvem samler grenene op?' - 'Opsamling af
        # grene foretages af …')
        verb = joined.get(tok.surface.casefold(), "")
        prefixed = _known_deed(index, verb)
        if prefixed and tok.weight > 0 and prefixed not in tok.keys and (
                q.expects is not Expect.PARTY or prefixed != verb):
            tok.alts = (*tok.alts, prefixed)
    _drop_repeated_heads(q)
    _drop_time_adverb(q)
    if written == "en":
        _other_meanings(index, q)
    _find_project(index, q)
    if q.wave is not None and index.waves:
        q.wave_tasks = frozenset(index.waves.get(q.wave, ()))
    q.numbered = [(t.pos - 1, t.pos) for t in q.tokens[1:] if t.surface.isdigit() and t.role == "word"
                  and q.tokens[t.pos - 1].role == "word" and q.tokens[t.pos - 1].surface[:1].isupper()
                  and spans[t.pos][1] - spans[t.pos - 1][2] <= 1
                  and not _AMOUNT_GOES_ON.match(spanned, spans[t.pos][2])]  # 'PasPortalen 15.000 kr.?'
    for name, number in q.numbered:  # 'Boligsystemet 2' is another system than 'Boligsystemet'
        q.tokens[number].weight = max(q.tokens[number].weight, q.tokens[name].weight)
    return q


def _phrases_held(index: Index, text: str) -> frozenset[str]:
    """The one-way glossary phrases of a question that the tasks write themselves ('hvis en lyskæde går i
    stykker'): read as the tasks' words, not as the line's form ('beskadige'), which the tasks then lack."""
    return frozenset(phrase for phrase, said in one_way_phrases(text) if index.writes_phrase(said))


def _glossed_join(before: str, after: str) -> bool:
    """Whether joining split particle verbs made a phrase the glossary reads as one word."""
    return len(glossary_phrases(after).split()) < len(glossary_phrases(before).split())


# A number that goes on as an amount or a share ('15.000 kr.', '2,5 %', '300 kr'): no number of a name's
_AMOUNT_GOES_ON = re.compile(r"[.,]\d|\s*(?:kr\b|kroner\b|dkk\b|%|procent\b|pct\b)", re.I)


def _other_meanings(index: Index, q: Question) -> None:
    """An English word rendered as one of its Danish words also matches the others the tasks
    use; one the tasks lack is read as the first they have. Not in a 'who' question, where
    another verb may be the one of a task's title ('Opsæt ...'), whose doer is not who the text
    says does the thing asked about (as for particles, above)."""
    for tok in q.tokens:
        english = q.typed.get(tok.surface)
        if tok.role != "word" or tok.weight <= 0 or not english or (q.expects is Expect.PARTY and tok.match):
            continue
        others = [k for k in alternatives(index, english) if k not in tok.keys]
        if not others:
            continue
        if tok.match == 0:
            tok.key, tok.match, others = others[0], 0.9, others[1:]
        elif " " in english.strip() and tok.match >= 1:
            continue  # a phrase read as a word the tasks use ('contact points' -> 'kontaktpunkt') means it
        tok.alts = (*tok.alts, *others)


# 'Which service ... for citizens who are exempt?': after another question word, an English 'who'
# that follows a noun opens a relative clause; it asks for no party (Danish says 'der', 'som').
_RELATIVE_WHO = re.compile(r"^(\W*(?:which|what|how|where|when|why|is|are|does|do|can)\b.*?\b(?!(?:to|for|by|"
                           r"with|from|of|about|and|or|me|us|asks?|know|tell)\b)[a-z]{3,})\s+who\b")
_CONTRACTION = re.compile(r"\b(\w+?)n['’]t\b", re.IGNORECASE)
_IRREGULAR = {"ca": "can", "wo": "will", "sha": "shall"}
# "who's", "what's", "it's", "we're", "we've", "they'll", "I'm", "we'd": a verb, not a genitive
# ("KOMBIT's" stays: only pronouns and question words take a contracted 'is')
_CONTRACTED = re.compile(r"\b(?:(who|what|where|when|how|why|that|there|here|it|he|she)['’]s|(let)['’]s"
                         r"|(i|you|we|they|who|what|there|it|that)['’](re|ve|ll|m|d))\b", re.IGNORECASE)
_HAS = re.compile(r"\s+(?:been|got|gotten|had)\b", re.IGNORECASE)  # "it's been signed": 'has'
_WRITTEN_OUT = {"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}


def _uncontract(text: str) -> str:
    """English contractions written out: "don't" -> 'do not', "won't" -> 'will not', so the
    negation is read as one and 'don' is not taken for a word ('done'); "who's" -> 'who is',
    "we're" -> 'we are'."""
    text = _CONTRACTION.sub(lambda m: _IRREGULAR.get(m.group(1).casefold(), m.group(1)) + " not", text)
    return _CONTRACTED.sub(lambda m: f"{m.group(1)} {'has' if _HAS.match(text, m.end()) else 'is'}"
                           if m.group(1) else f"{m.group(2)} us" if m.group(2)
                           else f"{m.group(3)} {_WRITTEN_OUT[m.group(4).casefold()]}", text)


def _known_key(index: Index, k: str) -> str | None:
    """The key the tasks have for `k`: itself, or another inflection the stemmer left apart."""
    return k if k in index.postings else next(iter(index.variants(k, limit=1)), None)


def _known(index: Index, k: str) -> bool:
    return k in index.postings or k in index.meta_keys or k in index.fact_subjects


def _known_deed(index: Index, k: str) -> str | None:
    """The key the tasks have for a verb's key `k`: itself, else the noun of its deed ('samler ... op':
    'opsaml' is the tasks' 'Opsamling af …'); None when they have neither."""
    if not k or _known(index, k):
        return k or None
    return next((d for e in DEED_ENDINGS if (d := key(k + e)) in index.postings), None)


def _join_compounds(index: Index, q: Question, spans) -> None:
    """Two words the tasks write as one compound: 'test report', 'refund file', 'training
    coordinator', 'sender system' (after the glossary: 'test rapport', 'refusion fil', ...),
    'print løsningen' -> 'testrapport', 'refusionsfil', 'uddannelseskoordinator', 'afsendersystem',
    'printløsning', with a linking -s- or -e-. The head keeps its own key as an alternative (a
    'service' may be meant alone), the modifier does not: 'printing' alone is not 'printing service'."""
    toks = q.tokens
    for i in range(len(toks) - 1):
        first, second = toks[i], toks[i + 1]
        if first.role != "word" or second.role != "word" or spans[i + 1][1] - spans[i][2] > 1:
            continue
        if not all(t.surface.isalpha() and len(t.key) > 2 and not is_stop(t.surface)
                   and not CONCEPTS.get(t.key, frozenset()) & FRAMING for t in (first, second)):
            continue
        if (first.surface[:1].isupper() and second.surface[:1].isupper()) or first.key in index.projects \
                or second.key in index.projects:
            continue  # a name written in words ('Digital Post', 'Context Handler') stays as written
        joined = _compound(index, first, second)
        if joined:  # the head alone may still be meant ('service'), the modifier alone is not
            first.key, first.alts = joined, ()
            second.key, second.alts = joined, (second.key, *second.alts)
    _join_described(index, q, spans)
    _join_deed(index, q)


# The prepositions by which Danish says a compound's two parts apart: 'aftalen om tilslutning' is the
# 'tilslutningsaftale', 'ansvarlig for driften' the 'driftsansvarlig', 'rettigheder til adgang' the
# 'adgangsrettigheder', 'overførslen af data' the 'dataoverførsel', 'listen over deltagere' the
# 'deltagerliste', 'aftalen med leverandøren' the 'leverandøraftale', 'fejl i systemet' the 'systemfejl'
_COMPOUND_PREPOSITIONS = frozenset("for om til af over med i på".split())


def _join_described(index: Index, q: Question, spans) -> None:
    """A compound the tasks write, said in its parts the other way round: the head, a preposition and
    the modifier ('ansvarlig for dataene' -> 'dataansvarlig', 'kurset for superbrugerne' ->
    'superbrugerkurset', 'aftalen om tilslutning' -> 'tilslutningsaftalen'). Only when the tasks have
    the compound and no passage writes both words: then both are read as the compound, the head keeping
    its own key as an alternative (as above)."""
    toks = q.tokens
    for i in range(len(toks) - 2):
        head, modifier = toks[i], toks[i + 2]
        if toks[i + 1].surface.casefold() not in _COMPOUND_PREPOSITIONS:
            continue
        if head.role != "word" or modifier.role != "word" or head.key == modifier.key or \
                any(spans[j + 1][1] - spans[j][2] > 1 for j in (i, i + 1)):
            continue
        if not all(t.surface.isalpha() and t.surface.islower() and len(t.key) > 2 and not is_stop(t.surface)
                   and not CONCEPTS.get(t.key, frozenset()) & FRAMING for t in (head, modifier)):
            continue
        if head.key in index.projects or modifier.key in index.projects:
            continue
        joined = _described_compound(index, modifier, head)
        if joined and not _said_apart(index, head, modifier):
            modifier.key, modifier.alts = joined, ()
            head.key, head.alts = joined, (head.key, *head.alts)


# The nouns Danish makes of a verb for its deed ('slynge' -> 'slyngning', 'samle' -> 'samling', 'overføre'
# -> 'overførsel', 'opbevare' -> 'opbevaring'), which the tasks join to the deed's object
DEED_ENDINGS = ("ning", "ing", "else", "sel", "ation")  # ('installation', a loanword's act: morphology)


def _join_deed(index: Index, q: Question) -> None:
    """A verb and its object the tasks write as one compound, the object before the deed's noun ('hvornår
    slynges honningen?' -> 'Honningslyngning sker i august', 'hvem tømmer containerne?' ->
    'Containertømning …'). Only when the tasks have the compound and no passage writes the verb with the
    object: then both are read as the compound, the verb keeping its own key as an alternative."""
    words = [t for t in q.tokens if t.role == "word" and t.surface.isalpha() and t.surface.islower()
             and len(t.key) > 2 and not is_stop(t.surface) and not CONCEPTS.get(t.key, frozenset()) & FRAMING
             and t.key not in index.projects]
    for verb in words:
        deeds = [d for d in derivations(verb.surface.casefold()) if d.endswith(DEED_ENDINGS) and len(d) >= 5]
        if not deeds:
            continue
        for obj in words:
            if obj is verb or obj.key == verb.key:
                continue
            joined = _deed_compound(index, obj, deeds)
            if joined and not _said_apart(index, verb, obj):
                obj.key, obj.alts = joined, ()
                verb.key, verb.alts = joined, (verb.key, *verb.alts)
                break


def _deed_compound(index: Index, obj: Token, deeds: list[str]) -> str | None:
    """The key of the compound the tasks write of the object (as written, or without its noun ending),
    a linking -s- or -e- or none, and one of the deed's nouns; None when they have none."""
    for base in _noun_bases(obj.surface.casefold()):
        for link in ("", "s", "e"):
            for deed in deeds:
                joined = key(base + link + deed)
                if joined in index.postings:
                    return joined
    return None


# The endings of a noun's definite or plural form, cut to find the form it takes before another word
# ('superbrugerne' -> 'superbruger', 'driften' -> 'drift', 'dataene' -> 'data')
_NOUN_ENDINGS = ("erne", "ene", "ne", "en", "et", "e")


def _described_compound(index: Index, modifier: Token, head: Token) -> str | None:
    """The key of the compound the tasks write of the modifier (as written, or without its noun
    ending) and the head as written, with a linking -s- or -e- or none; None when they have none."""
    tail = head.surface.casefold()
    for base in _noun_bases(modifier.surface.casefold()):
        for link in ("", "s", "e"):
            joined = key(base + link + tail)
            if joined in index.postings and joined not in (head.key, modifier.key):
                return joined
    return None


def _noun_bases(word: str) -> dict[str, None]:
    """A casefolded noun as written and without each noun ending it has, in that order."""
    return dict.fromkeys([word] + [word[:-len(e)] for e in _NOUN_ENDINGS
                                   if word.endswith(e) and len(word) - len(e) >= 3])


def _said_apart(index: Index, head: Token, modifier: Token) -> bool:
    """Whether some passage of the tasks writes both words on their own: then the question may mean
    them so ('skal kommunen afholde udgifterne til transport?' where a task says just that)."""
    heads = index.postings.get(head.key)
    mods = index.postings.get(modifier.key)
    return bool(heads and mods and set(heads) & set(mods))


def _compound(index: Index, first: Token, second: Token) -> str | None:
    """The known key of the compound of two words, or of a longer compound ending with it."""
    modifiers = dict.fromkeys(m for m in (first.key, glossary_form(first.key),
                                          loose(ascii_fold(first.surface.casefold()))) if m)
    heads = dict.fromkeys(h for h in (second.key, loose(ascii_fold(second.surface.casefold()))) if h)
    tried = [m + link + h for m in modifiers for link in ("", "s", "e") for h in heads]
    for joined in tried:
        if joined in index.postings:
            return joined
    for joined in tried:
        longer = index.compounds(joined, limit=1)
        if longer:
            return longer[0]
    return None


def _find_project(index: Index, q: Question) -> None:
    """'hvem underskriver databehandleraftalen for KY?': the project's tasks, when it is one the
    knowledge base has and the question names no task."""
    if q.tasks:
        return
    for tok in q.content():
        if names_value(ascii_fold(tok.surface.casefold()), q.expects):
            continue  # 'telefonnummeret' names the value asked, no project Telefoni its first part spells
        found = project_tasks(index, q, tok)
        if found is not None and (tok.surface.isupper() or len(index.projects) > 1):
            tasks = frozenset(found)
            q.project_tasks = tasks if q.project_tasks is None else q.project_tasks | tasks
            q.project_pos.add(tok.pos)
            q.project_pos.update(_name_openers(index, q, tok, tasks))


def _name_openers(index: Index, q: Question, tok: Token, tasks: frozenset[int]) -> set[int]:
    """The words right before a project's word that open its name ('Den Fælles' of 'Den Fælles
    Sagsoversigt') and those after it that end it: part of the name, not words the answer must
    explain."""
    # (as typed, in any case: 'tabt arbejdsfortjeneste' is 'Tabt arbejdsfortjeneste')
    named = {ascii_fold(w.casefold()).rstrip("-‐–") for t in tasks if (p := index.tasks[t].project)
             for w in p.split()}
    out = set()
    for prv in reversed(q.tokens[:tok.pos]):
        if ascii_fold(prv.surface.casefold()) not in named:
            break
        out.add(prv.pos)
    # ... and the rest of it after the word that named the project ('tabt arbejdsfortjeneste', 'FK
    # Organisation'); not a numeral or code in capitals ('Fælles Sprog III'), which a text says beside a
    # name of its own ('«Fælles Sprog III i praksis»') and which is read as a name already
    for nxt in q.tokens[tok.pos + 1:]:
        if nxt.surface.isupper() or ascii_fold(nxt.surface.casefold()) not in named:
            break
        out.add(nxt.pos)
    return out


# Danish definite and genitive endings a project's name takes in a question ('Ydelsesindekset',
# 'Pladsanvisningens'), which the stemmer may not take off the way it did from the name itself.
_NAME_ENDINGS = ("ernes", "enes", "erne", "ene", "ets", "ens", "et", "en", "s")


def project_tasks(index: Index, q: Question, tok: Token) -> tuple[int, ...] | None:
    """The tasks of the project (or the code prefix, 'TOL-opgaverne') a question's word names."""
    if (k := _project_key(index, tok)) is not None:
        return index.projects[k]
    nxt = q.tokens[tok.pos + 1] if tok.pos + 1 < len(q.tokens) else None
    if tok.surface.isupper() and not tok.concepts and nxt is not None and "task" in nxt.concepts:
        return index.code_groups.get(loose(ascii_fold(tok.surface)))  # ('SD Løn' is a system's name)
    return None


def _project_key(index: Index, tok: Token) -> str | None:
    """The key of the project a question's word names: its own key, or for a name (capitalised)
    the key of the word without a definite or genitive ending ('Ydelsesindekset' is 'Ydelsesindeks')."""
    # a compound read as its head ('Datatilsynet' as 'tilsyn') names something more particular than the
    # project with the head for its name ('Tilsyn med dagtilbud')
    if tok.key in index.projects and not tok.read_by_head and _spelt_near(tok):
        return tok.key
    if (m := _PROJECT_SUFFIX.search(tok.surface)) is not None:  # 'Dokumentdelingsprojektet'
        name = tok.surface[:m.start()].rstrip("-")
        for k in (key(name.casefold()), key(name[:-1].casefold()) if name.endswith("s") else None):
            if k in index.projects:
                return k
    if (near := _misspelt_project(index, tok)) is not None:
        return near
    if not tok.surface[:1].isupper():
        return None
    for ending in _NAME_ENDINGS:
        if tok.surface.endswith(ending) and len(tok.surface) - len(ending) >= 4:
            stem = tok.surface[:-len(ending)].casefold()
            for k in (key(stem), _unsyncopated(stem)):
                if k is not None and k in index.projects:
                    return k
    return None


def _spelt_near(tok: Token) -> bool:
    """Whether a word the spelling made a project's name is written near enough to be that name: one
    letter off (two from eleven letters), as a misspelt project is ('Skolemad' is another compound
    than 'Skolemælk', two letters off it: a project no task has, not a typo)."""
    typed = tok.own_key
    if tok.match >= 1 or typed.startswith(tok.key):
        return True  # (a compound read by its first part, the project's name: 'køsystemaftalen')
    most = 1 if len(typed) < 11 else 2
    return OSA.distance(typed, tok.key, score_cutoff=most) <= most


def _unsyncopated(stem: str) -> str | None:
    """The key of a noun in -er, -el or -en whose definite form drops the e ('registret' is 'register',
    'centret' 'center', 'midlet' 'middel' aside): the stem with the e put back before its last letter."""
    if len(stem) >= 4 and stem[-1] in "rln" and stem[-2] not in "aeiouyæøå":
        return key(stem[:-1] + "e" + stem[-1])
    return None


def _misspelt_project(index: Index, tok: Token) -> str | None:
    """'boligstøtedata' for the project Boligstøttedata: a long word no passage has, a letter or two
    from the one word of exactly one project's name."""
    typed = key(tok.surface.casefold())
    if len(typed) < 7 or index.df(typed) or not typed.isalpha():
        return None
    most = 1 if len(typed) < 11 else 2
    near = {k for k in index.projects if " " not in k and k.isalpha() and abs(len(k) - len(typed)) <= most
            and OSA.distance(k, typed, score_cutoff=most) <= most}
    return near.pop() if len(near) == 1 else None


_PROJECT_SUFFIX = re.compile(r"(?<=[^\W\d_]{4})-?projekt(?:et|ets|erne|ernes|er)?$", re.IGNORECASE)


def _find_refs(index: Index, q: Question, spans) -> None:
    """Task ids and codes in the question: '433', 'opgave 433', 'efaktra 8b', 'nemlog-in 2'
    (prefix fuzzy, number exact). A reference that names no task (999, 'eFaktura 12') is kept
    in q.missing."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if not tok.surface.isdigit() or tok.role != "word":
            continue
        suffix = _attached_letter(toks, spans, i)
        numkey = str(int(tok.surface)) + (toks[i + 1].surface.casefold() if suffix else "")
        number = [i, i + 1] if suffix else [i]
        before = _words_before(toks, spans, i)
        if before and (before[-1][1].key in NUMBER_NOUNS or before[-1][1].key in STEP_NOUNS
                       or _step_number(before)):
            continue  # 'trin 3', 'bølge 2', 'prioritet 1', 'trin nummer 4'
        if i + 1 < len(toks) and toks[i + 1].key in STEP_NOUNS and int(tok.surface) <= _MAX_STEP and \
                not _known_prefix(before, list(index.ref_prefixes)) and \
                not (before and before[-1][1].key in TASK_NOUNS):
            continue  # '2. trin i 9802': a step's number ('opgave 12 trin 3' and 'KY 2 trin 3' name tasks)
        entries = index.refs.get(numkey, [])
        typed_prefix = _known_prefix(before, list(index.ref_prefixes))
        value = 0 if typed_prefix else _value(toks, before, i + len(number))
        if value == 2 or (value == 1 and not any(not p for p, _ in entries)):
            continue  # 'kategori 3', 'mere end 100 sager', 'inden for 3 dage': a value, not a task
        prefix = _known_prefix(before, [p for p, _ in entries if p])
        hit = [t for p, t in entries if prefix and p and same_prefix(prefix[0], p)]
        if not hit:
            prefix = None
            # 'Boligsystemet 2' names a version, not task 'BOLIG 2': a bare number only stands for
            # a prefixed task when no name is written right before it.
            named = bool(before) and before[-1][1].surface[:1].isupper()
            alone = [entries[0][1]] if len(entries) == 1 and not named else []
            hit = [t for p, t in entries if not p] or alone
        if hit:
            _mark(q, (prefix[1] if prefix else []) + number, "ref")
            q.tasks += [t for t in hit if t not in q.tasks]
            continue
        typed = _known_prefix(before, list(index.ref_prefixes))
        is_task_noun = bool(before) and before[-1][1].key in TASK_NOUNS
        looks_like_id = (len(tok.surface) >= 3 and tok.surface not in index.postings
                         and not _is_year(tok.surface))
        version = bool(before) and before[-1][1].surface[:1].isupper() and not typed  # 'Handler 2'
        if typed or is_task_noun or looks_like_id or (entries and not version):
            words_typed = [toks[p].surface for p in (typed[1] if typed else [])] + ["".join(
                toks[p].surface for p in number)]
            q.missing.append(" ".join(words_typed))
            _mark(q, (typed[1] if typed else []) + number, "ref")


# 'nummer', 'nr' between a step noun and its number ('trin nummer 4', 'step no. 2')
_NUMBER_WORDS = frozenset({"nummer", "nr", "number", "no"})


def _step_number(before: list[tuple[int, Token]]) -> bool:
    return len(before) == 2 and before[0][1].key in STEP_NOUNS and \
        before[1][1].surface.casefold() in _NUMBER_WORDS


_MAX_STEP = 30  # a bare number before 'trin' above this is a task's id ('433 trin 2')
# Words that make the number after them an amount or a limit ('mere end 100', 'inden for 3').
_VALUE_BEFORE = frozenset(key(w) for w in (
    "end over under mindst højst maks maksimalt minimum maksimum ca cirka omkring præcis "
    "kun hver inden senest indtil than least most about within until every each only approx "
    "approximately around max min").split())
_OP, _TIL = key("op"), key("til")
# Units and counted things after a number ('3 dage', '100 sager', '60 tegn').
# (every form of a unit of time, knowledge/units.py)
_UNITS = frozenset(key(w) for w in unit_words(forms=(SINGULAR, PLURAL, DEFINITE, DEFINITE_PLURAL)) + (
    "sekunder kr kroner procent pct stk styk tegn sager sag brugere personer medarbejdere "
    "gange working cases case users people employees times characters percent").split() if " " not in w)


def _value(toks: list[Token], before, after: int) -> int:
    """How surely a number is a value, not a task id: 2 after an amount word or before a unit
    ('mere end 100', '3 dage'); 1 after or before an ordinary lowercase word ('kategori 3',
    'bilag 2'); 0 in a task position ('opgave 433', 'i 433', '433?')."""
    prev = before[-1][1] if before else None
    nxt = toks[after] if after < len(toks) else None
    if prev is not None and prev.key in TASK_NOUNS:
        return 0
    # ('op til 100' is an amount; 'relateret til 1207' names a task)
    up_to = prev is not None and prev.key == _TIL and len(before) > 1 and before[-2][1].key == _OP
    if (prev is not None and prev.key in _VALUE_BEFORE) or up_to or (nxt is not None and nxt.key in _UNITS):
        return 2
    for tok in (prev, nxt):
        if tok is not None and _plain_word(tok):
            return 1
    return 0


def _plain_word(tok: Token) -> bool:
    """A lowercase content word that is no question word, verb of the lexicon nor task noun."""
    s = tok.surface
    return (s.isalpha() and s.islower() and len(s) >= 3 and not is_stop(s) and tok.key not in TASK_NOUNS
            and not CONCEPTS.get(tok.key))


def _attached_letter(toks: list[Token], spans, i: int) -> bool:
    """'8b': a single letter written right after the number, ending the word."""
    return (i + 1 < len(toks) and len(toks[i + 1].surface) == 1 and toks[i + 1].surface.isalpha()
            and spans[i + 1][1] == spans[i][2] and (i + 2 >= len(toks) or spans[i + 2][1] > spans[i + 1][2]))


def _words_before(toks: list[Token], spans, i: int) -> list[tuple[int, Token]]:
    """Up to two words right before word i, joined by nothing but a space or hyphen."""
    out: list[tuple[int, Token]] = []
    j = i
    while j > 0 and len(out) < 2 and toks[j - 1].role == "word" and not toks[j - 1].surface.isdigit() \
            and spans[j][1] - spans[j - 1][2] <= 2:
        out.insert(0, (j - 1, toks[j - 1]))
        j -= 1
    return out


def _known_prefix(before: list[tuple[int, Token]], prefixes: list[str]) -> tuple[str, list[int]] | None:
    """The words before a number that spell a known task-code prefix ('nemlog-in' -> 'nemlogin')."""
    for n in (1, 2):
        if len(before) < n:
            break
        typed = loose(ascii_fold("".join(t.surface for _, t in before[-n:])))
        if any(same_prefix(typed, p) for p in prefixes):
            return typed, [p for p, _ in before[-n:]]
    return None


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.startswith(("19", "20"))


def _mark(q: Question, positions: list[int], role: str) -> None:
    for p in positions:
        q.tokens[p].role = role


def _find_numbers(q: Question) -> None:
    """Step and wave numbers: 'trin 3', 'step three', 'tredje trin', 'sidste trin', 'bølge 3', 'B3'."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prv = toks[i - 1] if i > 0 else None
        if tok.key in STEP_NOUNS:
            q.concepts.add("step")
            numbered = nxt is not None and nxt.surface.casefold() in _NUMBER_WORDS and i + 2 < len(toks)
            after = toks[i + 2] if numbered else None
            if after is not None and after.surface.isdigit() and after.role == "word":  # 'trin nummer 4'
                q.step = int(after.surface)
                _mark(q, [i, i + 1, i + 2], "number")
            elif nxt and nxt.role == "word" and (nxt.surface.isdigit() or nxt.key in _CARDINALS):
                q.step = int(nxt.surface) if nxt.surface.isdigit() else _CARDINALS[nxt.key]
                _mark(q, [i, i + 1], "number")
            elif prv and (prv.key in ORDINALS or prv.key in LAST):
                q.step = ORDINALS.get(prv.key, -1)
                _mark(q, [i - 1, i], "number")
            elif prv and prv.surface.isdigit() and prv.role == "word":
                q.step = int(prv.surface)  # "3. trin"
                _mark(q, [i - 1, i], "number")
        elif tok.key in WAVE_NOUNS and nxt and nxt.role == "word" and (
                nxt.surface.isdigit() or (tok.key != "b" and wave_key(nxt.surface) is not None)):
            q.wave = wave_key(nxt.surface)  # 'bølge 2', 'bølge A'
            q.concepts.add("wave")
            _mark(q, [i, i + 1], "number")
        elif tok.key in WAVE_NOUNS and tok.key != "b" and prv and prv.key in ORDINALS:
            q.wave = ORDINALS[prv.key]  # 'første bølge', 'the second wave'
            q.concepts.add("wave")
            _mark(q, [i - 1, i], "number")
    framed = None if q.step is not None or q.yesno else step_asked([t.surface for t in toks])
    if framed:  # 'hvad skal vi starte med i X?': the first step, though no word says 'trin'
        q.step, said = framed
        q.concepts.add("step")
        _mark(q, [p for p in said if toks[p].role == "word"], "number")


def _join_codes(index: Index, q: Question, spans) -> None:
    """'SF1590 A', 'SF 1590_A', '1590A' -> one token with the joined code key the index knows."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if not tok.surface.isdigit() or tok.role != "word" or len(tok.surface) < 2:
            continue
        prefix = i - 1 if i > 0 and toks[i - 1].role == "word" and toks[i - 1].surface.isalpha() \
            and len(toks[i - 1].surface) <= 4 and spans[i][1] - spans[i - 1][2] <= 1 else None
        suffix = i + 1 if i + 1 < len(toks) and toks[i + 1].role == "word" and len(toks[i + 1].surface) == 1 \
            and toks[i + 1].surface.isalpha() and spans[i + 1][1] - spans[i][2] <= 1 else None
        number = tok.surface
        options = []
        if prefix is not None and suffix is not None:
            options.append(([prefix, i, suffix], toks[prefix].surface + number + toks[suffix].surface))
        if suffix is not None:
            options.append(([i, suffix], number + toks[suffix].surface))
        if prefix is not None:
            options.append(([prefix, i], toks[prefix].surface + number))
        for used, joined in options:
            k = ascii_fold(joined)
            if k in index.postings:
                tok.key, tok.concepts = k, frozenset()
                _mark(q, [p for p in used if p != i], "stop")
                break


def _modifier_of(index: Index, short: str, k: str) -> bool:
    """Whether a shorter key is the first part of a compound that names a person by a role, not another
    form of the word: the rest ('chef' of 'beredskabschef', after a linking -s- or -e-) is a role word.
    'Beredskabets uddannelseskoordinator' is no 'beredskabschef' (while the 'forbrug' of a
    'forbrugsloft' may well be what a sentence about it says)."""
    if not k.startswith(short) or len(k) - len(short) < _MIN_HEAD:
        return False
    rest = k[len(short):]
    tails = [rest] + ([rest[1:]] if rest[0] in "se" and len(rest) > _MIN_HEAD else [])
    return any(len(t) >= _MIN_HEAD and _ROLE_HEAD.fullmatch(t) for t in tails)


_MIN_HEAD = 4  # 'chef'; a shorter rest is an ending ('ing' of 'udbetaling')
# the keys of the heads that make a compound name a person by a role
_ROLE_HEAD = re.compile(r"chef|leder|led|direktor|ansvar\w*|konsulen\w*|koordinator|medarbejd\w*|"
                        r"administrator|sekretar|inspektor")


def _hyphenated_names(spans, said: str) -> set[int]:
    """The words of a name joined by a hyphen to another capitalised word ('Due-Hansen', 'Anne-Mette')
    inside the question: parts of a name, whatever the words mean alone."""
    out = set()
    for i in range(1, len(spans) - 1):
        (word, _, end), (nxt, start, _) = spans[i], spans[i + 1]
        if end < len(said) and said[end] == "-" and start == end + 1 and word[:1].isupper() and \
                nxt[:1].isupper():
            out |= {i, i + 1}
    return out


# Things named in two letters, typed lower case as often as not ('på køkkenets pc?'): words, not noise
_SHORT_NOUNS = frozenset({"pc", "tv", "id", "cd"})


def _weigh(index: Index, q: Question, tok: Token) -> None:
    tok.concepts = CONCEPTS.get(tok.key, frozenset())
    if tok.surface.casefold() in FOLDED_HOMOGRAPHS:
        tok.concepts = frozenset()  # 'skal skurene males?' is no question of the goal ('mål')
    q.concepts |= tok.concepts
    shouting = tok.surface.isupper() and len(tok.surface) >= 2  # "OS Indsigt": a name, not "os"
    if tok.pos > 0 and tok.surface[:1].isupper() and tok.key in index.fact_subjects:
        shouting = True  # a system named like a stop word ('for Some?')
    if (is_stop(tok.surface.casefold()) and not shouting) or (tok.concepts and tok.concepts <= FRAMING):
        tok.role = "stop"
        return
    known = _known(index, tok.key)
    if not known and (own := _name_genitive(index, tok)):
        tok.key, known = own, True  # 'Rasmus Dues mail': the stemmer keeps a short name's -s
    others = () if known else fallback_keys(tok.key)
    # a word of its own root the tasks write comes before the glossary's one-way form ('underviser' is
    # the tasks' 'undervisningen' before it is any 'uddannelse')
    if others and not _derived_known(index, tok) and (found := [k for k in others if k in index.postings]):
        tok.key, *rest = found  # 'koster' -> 'meromkostning' when the tasks say that
        tok.alts = tuple(rest)
        known = True
    named = shouting or (tok.pos > 0 and tok.surface[:1].isupper())
    if not tok.concepts and tok.key in GENERIC_KEYS and not named:  # 'Context Handler' is a name
        if known:
            tok.weight = 0.1  # a framing verb the text happens to use ("tager", "finder")
        else:
            tok.role = "stop"
        return
    if not known and not tok.concepts:
        _match_unknown(index, q, tok)
        if tok.match == 0 and others:  # not the word in a compound or another form: its glossary form's
            tok.key, tok.alts, tok.match = others[0], tuple(others[1:]), 1.0
            _match_unknown(index, q, tok)
        known = tok.match > 0
    if tok.concepts:
        tok.weight = CONCEPT_WEIGHT
        related = [k for c in tok.concepts & RELATIONS for k in RELATION_KEYS[c] if k != tok.key]
        tok.alts = (*tok.alts, *(k for k in related if k in index.postings and k not in tok.alts))
        return
    short = len(tok.surface) <= 2 and tok.surface.casefold() not in _SHORT_NOUNS
    if short and not shouting and not tok.surface.isdigit() and tok.key not in index.projects:
        tok.role = "stop"
        return
    if known:
        tok.weight = min(1.0, max(0.3, index.idf(tok.key)))
        tok.alts = (*tok.alts, *(v for v in index.variants(tok.key) if not _modifier_of(index, v, tok.key)))
        # ... and the form with or without a noun's unstressed e, which one task may write and another
        # not ('reglerne' / 'regel')
        tok.alts = (*tok.alts, *(k for k in syncope_keys(tok.surface.casefold(), tok.key)
                                 if k in index.postings and k not in tok.alts))
        # the glossary's everyday reading of a word the tasks rarely use: 'stopper' is 'stop' and may be
        # 'opsige' ('hvem skriver under på, at vi stopper kontrakten?') where one task says 'stoppes' in
        # another sense; a word many tasks use already finds what it means there
        if len(index.task_postings.get(tok.key, ())) <= max(RARE_TASKS, len(index.tasks) // 50):
            tok.alts = (*tok.alts, *(k for k in fallback_keys(tok.key) if k in index.postings
                                     and k != tok.key and k not in tok.alts))
    else:
        # A word the tasks never use: a name ('SAP', 'Løn' after 'Opus') weighs more than a
        # lowercase word, which may just be a verb the lexicon lacks. English weighs like Danish:
        # the glossary holds the general words of both, so an English word it lacks is as likely
        # a subject the tasks lack ('main phone number') as a Danish one.
        tok.weight, tok.match = (1.2 if named else 0.8), 0.0


def _derived_known(index: Index, tok: Token) -> bool:
    """Whether the tasks write another word of the token's root ('underviser' -> 'undervisning')."""
    return tok.surface.islower() and any(len(k) > 3 and k in index.postings
                                         for k in derivations(tok.surface.casefold()))


def _name_genitive(index: Index, tok: Token) -> str | None:
    """The key of a capitalised word's genitive without its -s ('Dues' -> 'due', 'Bays' -> 'bay') when the
    tasks have that name and not the word as written (None otherwise)."""
    word = tok.surface
    if tok.pos == 0 or not word[:1].isupper() or not word.endswith("s") or len(word) < 3:
        return None
    own = key(word[:-1].casefold())
    return own if own in index.postings else None


def _match_unknown(index: Index, q: Question, tok: Token) -> None:
    """A word the tasks do not contain: the end of a compound ('aftalen' -> 'serviceaftalen'),
    else a misspelling ('prsime' -> 'prisme'), else unknown (match 0)."""
    variants = index.variants(tok.key)
    if _is_name(q, tok):  # a name is no longer or shorter word it begins as ('Containering', 'container')
        variants = [v for v in variants if _typo_of_written(index, tok.surface, v)]
    if variants:
        tok.key, *rest = variants
        tok.alts, tok.match = tuple(rest), 0.85
        return
    # 'regel' -> the tasks' 'reglerne': one word, its e dropped. Only a Danish word in -el: a noun in -er or
    # -en keys as its stem, which may be any word's, and an English word is read through the glossary's
    # Danish one, which says less surely that the question asks what the tasks' word says (both made
    # confident wrong answers on held-out sets, counted)
    twins = [k for k in syncope_keys(tok.surface.casefold(), tok.key) if k in index.postings
             and k.endswith("l") and q.lang == "da"]
    if twins:  # (not the compounds the twin heads: 'handeler', a slip for the tasks' 'Handler', is no
        tok.key, *rest = twins  # 'sagsbehandler')
        tok.alts, tok.match = tuple(rest), 0.85
        return
    # (a root of three letters is any short word's: 'læringen' is no 'Lars')
    derived = [k for k in derivations(tok.surface.casefold()) if k in index.postings and len(k) > 3]
    if _is_name(q, tok):  # a name is no word of the same root ('Parkering' is not 'park')
        derived = [k for k in derived if _typo_of_written(index, tok.surface, k)]
    if derived:  # 'eje' -> 'ejer', 'udstede' -> 'udsteder': another word of the same root
        derived.sort(key=lambda k: -index.df(k))
        own = tok.key
        tok.key, *rest = derived[:4]
        # ... and a compound the tasks write the word itself in ('flytningen' -> 'overflytningen')
        tok.alts, tok.match = (*rest, *index.compounds(own)), 0.85
        return
    base = particle_base(tok.surface.casefold())
    if base and base in index.postings and base not in GENERIC_KEYS:
        tok.key, tok.alts, tok.match = base, (), 0.8  # 'tilsendt' is sent: 'send'
        return
    # (a verb with a particle of two letters too, which compounds leaves out: 'melder' -> 'anmeldes')
    compounds = index.compounds(tok.key) + [k for p in _SHORT_PARTICLES
                                            if (k := p + tok.key) in index.postings]
    if compounds:
        tok.key, *rest = compounds
        tok.alts, tok.match = tuple(rest), 0.8
        return
    short = _short_head_compounds(index, tok.key, tok.surface)
    if short:  # 'pose' (key 'pos') in the tasks' 'doseringspose': a short head, kept to real compounds
        tok.key, *rest = short
        tok.alts, tok.match = tuple(rest), 0.8
        return
    begun = _begun(index, tok.key)
    if begun:  # 'stikprøve' (also for 'spot check') in the tasks' 'stikprøvekontrol'
        tok.key, *rest = begun
        tok.alts, tok.match = tuple(rest), 0.8
        return
    # In an English question a short lowercase word the glossary lacks is most often an English
    # word ('main', 'stay', 'points'), not a misspelt Danish one ('mail', 'star', 'print'), and an
    # English compound ('letterhead') is not made of Danish parts.
    english = q.lang == "en" and tok.surface.isascii() and tok.surface.islower()
    first = None if english or q.lang != "da" else _short_first_part(index, tok.surface)
    if first:  # 'urne' in the tasks' 'urnenedsættelse' and 'urnegravsted'
        tok.key, *rest = first
        tok.alts, tok.match = tuple(rest), 0.8
        return
    synonym = None if english else synonym_compound(tok.surface, lambda k: _known_key(index, k))
    if synonym:  # 'bestillingsskemaet' -> 'bestillingsblanket': the head said in the tasks' word,
        tok.key, tok.alts, tok.match = synonym[0], synonym[1:], 0.85  # which may stand alone too
        return
    parts = None if english else split_compound(index, tok.surface.casefold())
    if parts:  # 'datadelingsaftalen' -> 'aftal' (the head), 'datadeling'
        tok.key, tok.alts, tok.match = parts[1], (parts[0],), 0.8
        return
    asked = None if english else _asked_of_known(index, tok.surface.casefold())
    if asked:  # 'ansøgningsfristen' -> 'ansøgning', and the head asks a deadline ('frist': when)
        tok.key, tok.alts, tok.match = asked[0], (), 0.8
        q.concepts |= CONCEPTS[asked[1]]  # (the token names the thing; the head only frames the question)
        return
    if q.lang == "da" and (glossary_knows(tok.key) or tok.key in CONCEPTS):
        tok.match = 0.0  # a real word the tasks lack ('regning') is no misspelling of one they have
        _by_head(index, q, tok)
        return
    # The stemmer may cut a misspelt name differently from the right one ('Kuips' -> 'kuip',
    # 'Kupis' -> 'kupis'), so the word as typed is tried too.
    fixed = index.correct(tok.key, typed=tok.surface) or index.correct(
        loose(ascii_fold(tok.surface.casefold())), typed=tok.surface) or index.correct_word(tok.surface)
    if fixed and english and len(tok.surface) < ENGLISH_TYPO_MIN and not _swapped(tok.key, fixed[0]):
        fixed = None  # one letter off a Danish word is another word; two swapped letters a typo
    if fixed and fixed[1] < NAME_TYPO_MATCH and _is_name(q, tok) and len(tok.surface) < NAME_TYPO_LONG:
        fixed = None  # a name two letters off a shorter one the tasks write is another ('Skolemad')
    if fixed and _is_name(q, tok) and not _typo_of_written(index, tok.surface, fixed[0]):
        fixed = None  # near only by its stem: 'Klubnet' ('klubn') is no 'klub', a name of its own
    if fixed:
        tok.key, tok.match, others = fixed
        tok.alts = tuple(others)
        tok.concepts = CONCEPTS.get(tok.key, frozenset())
        q.concepts |= tok.concepts
    elif not english and (parts := _split_misspelt(index, tok.surface.casefold())):
        tok.key, tok.alts, tok.match = parts[1], (parts[0],), 0.75  # 'superbrugerrkurset'
    else:
        tok.match = 0.0
        _by_head(index, q, tok)  # after spelling: 'tilslutingsaftalen' is a typo, not some 'aftale'


# The particles of two letters a Danish verb takes as its prefix ('anmelde', 'opsamle', 'udtrække', 'afmelde')
_SHORT_PARTICLES = ("an", "op", "ud", "af", "om")


def _by_head(index: Index, q: Question, tok: Token) -> None:
    """'vejkurset' is a 'kursus' of some kind: a Danish compound the tasks lack, found by its head and
    trusted as a part (a lowercase word of a Danish question only)."""
    if q.lang != "da" or not tok.surface.islower():
        return
    head = compound_head(index, tok.surface.casefold())
    if head:
        tok.key, tok.alts, tok.match = head, (), HEAD_MATCH
        return
    # 'fælles' is the first part of 'fælleskommunal': a compound the tasks have that begins with it
    first = compound_starts(index, tok.surface.casefold())
    if first:
        tok.key, tok.alts, tok.match = first[0], tuple(first[1:]), HEAD_MATCH


def _short_head_compounds(index: Index, k: str, surface: str, *, limit: int = 4) -> list[str]:
    """Known compounds ending in a word whose key is three letters ('pose' -> 'pos' in 'doseringspos'),
    which index.compounds leaves alone as too short to tell a head from a word's ending: only those whose
    first part (without a linking -s-/-e-) is at least four letters and begins another key the tasks
    write ('dosering' in 'doseringsrull'), so the first part is a word of its own, not a stem ('dis|pos')."""
    if len(k) != 3 or not k.isalpha() or len(surface) < 4 or not surface.isalpha() or k in GENERIC_KEYS:
        return []
    rk = k[::-1]
    at = bisect_left(index.reversed_keys, rk)
    found = []
    while at < len(index.reversed_keys) and index.reversed_keys[at].startswith(rk) and len(found) < 50:
        compound = index.reversed_keys[at][::-1]
        at += 1
        first = compound[:-len(k)]
        firsts = [first] + ([first[:-1]] if first[-1:] in ("s", "e") else [])
        if any(len(f) >= 4 and (f in index.postings or any(o != compound for o in islice(
                keys_beginning(index, f), 3))) for f in firsts):
            found.append(compound)
    return sorted(found, key=lambda f: -index.df(f))[:limit]


def _begun(index: Index, k: str) -> list[str]:
    """Known keys of compounds that begin with `k` (at least six letters, the rest at least four),
    most frequent first: a word the tasks use only as the first part of a compound."""
    if len(k) < 6 or not k.isalpha():
        return []
    found = [o for o in islice(keys_beginning(index, k), 50) if len(o) >= len(k) + 4]
    return sorted(found, key=lambda o: -index.df(o))[:8]


# A short word that begins compounds: four or five letters (shorter ones begin too many words by chance)
_SHORT_FIRST = (4, 5)


def _short_first_part(index: Index, surface: str, *, limit: int = 4) -> list[str]:
    """Known keys of compounds that begin with a short lowercase word the tasks write only in them ('urne' ->
    'urnenedsættelse', 'urnegravsted'), which `_begun` leaves alone as too short to tell a first part from a
    word's beginning: only those whose rest (after a linking -s-/-e-) is a key the tasks write of its own
    ('gravsted'), so the word is a part, not a stem ('bil|ag')."""
    if not surface.isalpha() or not surface.islower() or is_stop(surface) or key(surface) in GENERIC_KEYS:
        return []
    folded = loose(ascii_fold(surface))
    found: dict[str, None] = {}
    for base in dict.fromkeys([folded, *(folded[:-len(e)] for e in _INFLECTED if folded.endswith(e))]):
        if not _SHORT_FIRST[0] <= len(base) <= _SHORT_FIRST[1]:
            continue
        for k in islice(keys_beginning(index, base), 50):
            if any(len(r) >= 4 and r in index.postings for r in unlinked(k[len(base):])):
                found.setdefault(k, None)
    return sorted(found, key=lambda f: -index.df(f))[:limit]


def unlinked(rest: str) -> list[str]:
    """What follows a compound's first part, as written and, after a linking -s- or -e-, without it
    ('sgravsted': 'sgravsted', 'gravsted')."""
    return [rest] + ([rest[1:]] if rest[:1] in ("s", "e") else [])


# A noun's definite and plural endings, cut to find the word it begins compounds as ('asken', 'urner')
_INFLECTED = ("erne", "ene", "en", "et", "er", "n", "r")


def keys_beginning(index: Index, prefix: str) -> Iterator[str]:
    """The index's keys that begin with `prefix`, in sorted order (the prefix itself included)."""
    keys = index.sorted_keys
    at = bisect_left(keys, prefix)
    while at < len(keys) and keys[at].startswith(prefix):
        yield keys[at]
        at += 1


MAX_COMPOUND = 40
# A name (a capitalised word inside the question) is corrected two letters off only from this length.
NAME_TYPO_LONG = 10
NAME_TYPO_MATCH = 0.8  # index.correct's 0.75: two letters off


def _is_name(q: Question, tok: Token) -> bool:
    return tok.pos > 0 and tok.surface[:1].isupper() and not tok.surface.isupper()


def _typo_of_written(index: Index, surface: str, target: str) -> bool:
    """Whether `surface` as typed is one letter off (two from NAME_TYPO_LONG letters, as for names
    elsewhere: 'Driftnet' is no 'driften') a word the tasks write with the key `target`: a misspelt
    name is near the name as written ('Prsime', 'Prisme'), not only near its stem, which cuts
    another name's ending away ('Klubnet' -> 'klubn' ~ 'klub')."""
    typed = loose(ascii_fold(_POSSESSIVE.sub("", surface.casefold())))  # 'Brix's' is Brix
    if not typed:
        return False
    limit = 1 if len(typed) < NAME_TYPO_LONG else 2
    if OSA.distance(typed, target, score_cutoff=limit) <= limit:
        return True  # near the key itself (the index keeps no written form of a word under five letters)
    return any(index.words.get(w) == target and OSA.distance(typed, w, score_cutoff=limit) <= limit
               for n in range(len(typed) - limit, len(typed) + limit + 1)
               for w in index.word_blocks.get((typed[0], n), ()))


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# Below this length, an unknown lowercase word of an English question is corrected only for two
# swapped letters ('prsime' -> 'prisme'), not for one letter off ('main' -> 'mail').
ENGLISH_TYPO_MIN = 7


def _swapped(typed: str, known: str) -> bool:
    return OSA.distance(typed, known) == 1 and Levenshtein.distance(typed, known) == 2


# A compound known only by its head ('vejkurset', 'ejendomsskattedata') says a part of what was asked:
# the head's kind of thing, not which one.
HEAD_MATCH = 0.6
MIN_HEAD = 4
MIN_MODIFIER = 3
MIN_ENDING_MODIFIER = 5


def compound_head(index: Index, word: str) -> str | None:
    """The key of the longest known head of a Danish compound the tasks lack, where a task that has the
    head also has a word that begins with the modifier ('vejkurset' -> key('kurset') in the task that
    speaks of 'vejmedarbejdere' and 'kurset'; 'ejendomsskattedata' -> 'data' beside
    'ejendomsskattesystemet'); None when no such task is there or the head is a word that says nothing."""
    if not 7 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    found = longest_known_head(index, word, min_modifier=MIN_MODIFIER, min_head=MIN_HEAD)
    return found[1] if found and _modifier_beside(index, found[1], word[:found[0]]) else None


def longest_known_head(index: Index, word: str, *, min_modifier: int, min_head: int,
                       exclude: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(where the head starts, its key) of the longest tail of `word` the tasks know as a word that
    says something ('databehandleraftalen' -> 'aftal'), leaving at least `min_modifier` letters before
    it; keys in `exclude` are passed over for a shorter head."""
    for cut in range(min_modifier, len(word) - min_head + 1):
        rest = word[cut:]
        head = key(rest)
        if head in index.postings and len(head) >= min_head and head not in GENERIC_KEYS and \
                head not in exclude and not is_stop(rest):
            return cut, head
    return None


MAX_HEAD_TASKS = 50
MIN_FIRST_PART = 5


def compound_starts(index: Index, word: str, *, limit: int = 4) -> list[str]:
    """Known keys of compounds that begin with the word as written ('fælles' -> 'fælleskommunal',
    'fællespostkasse'), at least three letters longer, most frequent first; [] for a word under five
    letters or one that says nothing."""
    folded = loose(ascii_fold(word))
    if len(folded) < MIN_FIRST_PART or not folded.isalpha() or key(word) in GENERIC_KEYS or is_stop(word):
        return []
    found = list(islice((k for k in keys_beginning(index, folded) if len(k) >= len(folded) + 3), 50))
    return sorted(dict.fromkeys(found), key=lambda f: -index.df(f))[:limit]


def _modifier_beside(index: Index, head: str, modifier: str) -> bool:
    """Whether a task with the head key has a word that begins with the modifier (or the modifier
    without its linking -s-/-e-: 'beløbs' -> 'beløb')."""
    linked = modifier[-1] in "se" and len(modifier) > MIN_MODIFIER
    stems = {ascii_fold(modifier)} | ({ascii_fold(modifier[:-1])} if linked else set())
    alternatives = "|".join(map(re.escape, stems))
    # ... or ends a word there: 'affaldsgebyret' beside the 'erhvervsaffald' and 'gebyret' of one task
    # (a modifier long enough to be a word of its own, not any word's ending)
    ending = "|".join(re.escape(s) for s in stems if len(s) >= MIN_ENDING_MODIFIER)
    ended = r"|\B(?:" + ending + r")(?:et|en|er|erne|ene|e)?\b" if ending else ""
    pattern = re.compile(r"\b(?:" + alternatives + r")" + ended, re.IGNORECASE)
    for task in list(index.task_postings.get(head, ()))[:MAX_HEAD_TASKS]:
        if any(pattern.search(ascii_fold(index.passages[p].text)) for p in index.task_passage_ids(task)):
            return True
    return False


# 'hvor sent ...?' asks a time as 'hvornår' does: the adverb says the type of answer, not what it is
# about ('sent' is also the English 'sent' of the glossary's 'sende')
_TIME_ADVERBS = frozenset({"sent", "senest"})
# 'hvor gammel ...?' asks an age in years, which a text may say as 'fyldt 18 år' or 'ældre end 12 år'
# without the adjective: set aside when no task writes it ('... må højst være 3 år gamle' does)
_AGE_ADJECTIVES = frozenset({"gammel", "gamle", "gammelt"})
# 'hvor lang tid i forvejen / på forhånd skal X ...?': how long before, said from the asker's side;
# the phrase says the time is counted before the thing, which the text says with 'senest … før'
_IN_ADVANCE = frozenset({("i", "forvejen"), ("på", "forhånd"), ("paa", "forhaand")})


def _drop_time_adverb(q: Question) -> None:
    for tok in q.tokens[1:]:
        before = q.tokens[tok.pos - 1].surface.casefold()
        if (tok.surface.casefold() in _TIME_ADVERBS and before == "hvor") or \
                (tok.surface.casefold() in _AGE_ADJECTIVES and before == "hvor" and tok.match == 0) or \
                (q.expects is Expect.TIME and (before, tok.surface.casefold()) in _IN_ADVANCE):
            tok.weight, tok.role = 0.0, "stop"


def _drop_repeated_heads(q: Question) -> None:
    """A compound known only by its head says nothing the question's other words do not, when one of
    them is that head ('hvem underviser på vejkurset?': 'underviser' is already 'uddannelse'): its
    modifier, which the tasks lack, is all it adds, so it stays unknown. Likewise a word the tasks lack
    read as a compound ending with it that another of its words is ('hvornår er der valg til
    miljøudvalget?': 'valg' read as 'miljøudvalg' is that word again, not the election asked about)."""
    for tok in q.tokens:
        if tok.match == HEAD_MATCH and any(o is not tok and o.weight > 0 and tok.key in o.keys
                                           for o in q.tokens):
            tok.match = 0.0
        elif _read_as_compound(tok) and any(o is not tok and o.weight > 0 and o.match >= 1
                                            and tok.key == o.key for o in q.tokens):
            tok.key, tok.alts, tok.match = tok.own_key, (), 0.0  # the word as typed, which no task has


def _read_as_compound(tok: Token) -> bool:
    """Whether a word the tasks lack was read as a longer compound ending with it ('valg' as
    'miljøudvalg')."""
    own = tok.own_key
    return 0 < tok.match < 1 and tok.key != own and len(own) >= 4 and tok.key.endswith(own)


def _split_misspelt(index: Index, word: str) -> tuple[str, str] | None:
    """A compound whose first part is misspelt ('superbrugerrkurset'): (the key of the word the tasks
    write one letter off the first part, at least six letters, the head's key), the head a known
    word of five letters or more."""
    if not 11 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 5, 5, -1):
        head = key(word[cut:])
        if head not in index.postings or len(head) < 4 or head in GENERIC_KEYS:
            continue
        for modifier in (word[:cut], word[:cut - 1] if word[cut - 1] in "se" else None):
            fixed = index.correct_word(modifier) if modifier and len(modifier) >= 6 else None
            if fixed and fixed[1] >= 0.9 and not fixed[2]:
                return fixed[0], head
    return _misspelt_head(index, word)


def _misspelt_head(index: Index, word: str) -> tuple[str, str] | None:
    """A compound whose head is misspelt ('kontoplanmapingen'): (the modifier's key, a known word of four
    letters or more, the key of the word the tasks write one letter off the head, at least six letters);
    a head the glossary knows is a real word, no typo."""
    for cut in range(len(word) - 6, 3, -1):
        head = word[cut:]
        if key(head) in index.postings or glossary_knows(key(head)):
            continue
        for modifier in (word[:cut], word[:cut - 1] if word[cut - 1] in "se" else None):
            if not modifier or len(modifier) < 4 or key(modifier) not in index.postings:
                continue
            fixed = index.correct_word(head)
            if fixed and fixed[1] >= 0.9 and not fixed[2] and fixed[0] not in GENERIC_KEYS:
                return key(modifier), fixed[0]
    return None


_TIME_CONCEPTS = frozenset({"when", "start", "end", "duration"})


def _asked_of_known(index: Index, word: str) -> tuple[str, str] | None:
    """A compound the tasks lack whose head is a word a question asks a time with ('frist', 'dato') and
    whose modifier the tasks know ('ansøgnings|fristen'): (the modifier's key, the head's key)."""
    if not 8 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        head = key(word[cut:])
        if not CONCEPTS.get(head, frozenset()) & _TIME_CONCEPTS or head in index.postings:
            continue
        for modifier in (word[:cut], word[:cut - 1] if word[cut - 1] in "se" else None):
            if modifier and len(modifier) >= 4 and key(modifier) in index.postings:
                return key(modifier), head
    return None


def split_compound(index: Index, word: str) -> tuple[str, str] | None:
    """A Danish compound the tasks only have in parts: (modifier key, head key), both known, each
    at least four letters, with an optional linking -s- or -e- ('datadelings|aftalen')."""
    # Each cut stems a suffix, so a long word costs its length squared; real compounds are far
    # shorter than 40 letters, and a pasted 5,000-letter "word" must not hold a worker for seconds.
    if not 8 <= len(word) <= MAX_COMPOUND or not word.isalpha():
        return None
    for cut in range(len(word) - 4, 3, -1):
        head = _known_head(index, key(word[cut:])) or _deed_head(index, word[cut:])
        if head is None:
            continue
        for modifier in (word[:cut], word[:cut - 1] if word[cut - 1] in "se" else None):
            if modifier and len(modifier) >= 4 and key(modifier) in index.postings:
                return key(modifier), head
    return None


# a deed's noun with its definite or plural ending ('meldingen', 'sorteringer'): its root, its ending
# ('foren|ing' is no deed's noun)
_DEED_NOUN = re.compile(r"(\w{3,}?)(ning|(?<!n)ing|else|sel)(?:en|er|erne)?")


def _deed_head(index: Index, head: str) -> str | None:
    """The key of the verb the tasks write for a compound's head that is the noun of a deed, the verb
    alone or with a two-letter particle ('fejl|melding' where the tasks say 'Fejl anmeldes', 'affalds|
    sortering' where they say 'sorteres'), as a word the tasks lack is found by its root."""
    if not _DEED_NOUN.fullmatch(head):
        return None
    verbs = [k for k in derivations(head) if len(k) > 3 and k not in GENERIC_KEYS]
    forms = (k for v in verbs for k in (v, *(p + v for p in _SHORT_PARTICLES)))
    return next((k for k in forms if k in index.postings), None)


def _known_head(index: Index, head: str) -> str | None:
    """The key the tasks write a compound's head with: the head itself, else the glossary's word for
    it ('affalds|spande': the tasks' 'beholder' for the everyday 'spand')."""
    if head in index.postings:
        return head
    return next((k for k in fallback_keys(head) if k in index.postings), None)
