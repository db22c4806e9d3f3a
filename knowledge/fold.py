"""Text folded for matching: case, æ/ø/å <-> ae/oe/aa, accents, Danish stems, stop words, codes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer

_DANISH = snowballstemmer.stemmer("danish")

# Letters and digits are separate tokens so "SF1590_A", "SF 1590 A" and "sf1590a" agree.
TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Interface and form codes: "SF1590_A", "SF 1590 A", "1590A"; joined into one token ("sf1590a").
_CODE = re.compile(r"(?<![^\W\d_])([a-z]{1,4})?[ _-]?(\d{2,6})(?:[ _-]?([a-z])(?![^\W\d_]))?")

_DIGIT = re.compile(r"\d")
_RUN = re.compile(r"\w+")
_MIXED = re.compile(r"[\d_]")
_ASCII_PAIRS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"))

DANISH_STOP = frozenset("""
og i jeg det at en den til er som paa de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev
kunne ind naar vaere dog noget ville jo deres efter ned skulle denne end dette mit ogsaa under have
dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes
vaeret thi jer saadan hvem hvornaar hvilke hvilken hvilket hvordan hvorfor kan skal maa sker ske
sig nogen noget nogle mon monstro hvorledes eller enten hvad hvor hvis ikke ej nej ja
boer burde maatte inden selve hvortil hvorhen hvorfra dens dets
""".split())

ENGLISH_STOP = frozenset("""
a an the is are was were be been being am do does did done to of in on at by for from with about
as into than then that this these those it its i me my we our you your he she they them their
what who whom whose which when where why how if not no yes or and but so can could should would
will shall must may might there here any some all each every please tell know
before after between during within without also only just still again once until while since per via
too instead rather
""".split())

# Words that frame a question without saying what it is about; not knowing them is no sign of
# an unknown subject ("hvem skal jeg ringe til om Prisme?"). Compared by stem.
GENERIC = frozenset("""
gjort gjorde lave laver lavet ringe ringer spørge spørger vide ved hedder hed står stå
handler betyder mener menes hjælp hjælpe hjælper tak venligst egentlig lige godt nok bare så osv
fortæl fortælle forklar forklare vis vise viser giv give kræver kræve behøver behøve nødt
gælder gælde information info svar svare mht vedr angående omkring hele ting tingene
ift iht ifm pga ialt forhold relative relativt
nogensinde helst hører høre hørte tilhører tilhøre tager tage tog varer vare foregår
dig mig jeg vi man kommer komme hvordan sted stedet fat vores vor jeres hen henne lang lange
hej hejsa hallo goddag godmorgen farvel mange tusind nu tekst teksten teksterne går gå gik
handle handles handled tell show give explain need needs needed should must have has had get gets
know mean means meant require requires required thing things info information anything
something someone somebody anyone happen happens person people there please thanks thank belong
belongs part take takes much many long hi hello hey
får få fik fået
hurtigt hurtig snart tidligt quickly soon early
bagefter derefter herefter forinden allerede stadig fortsat overhovedet faktisk eventuelt evt
pludselig pludseligt igen straks endnu desværre heldigvis
ude inde oppe nede henne imod præcis præcist nøjagtigt cirka ca
stor stort store større lille små flere færre mindre
overordnet overordnede øverste
ordentligt ordentlig slags
oplyses oplyst oplyse
ifølge according ang tæt closely alligevel normalt enkelt afsted størst største
""".split())


@lru_cache(maxsize=50_000)  # the question and its sentences are folded again by every check (~80% repeats)
def ascii_fold(text: str) -> str:
    """Casefolded, æ/ø/å written as ae/oe/aa, other accents dropped: 'Bølge' -> 'boelge'."""
    text = text.casefold()
    if not text.isascii():
        # str.replace, not str.translate: translating a letter to more than one
        # character takes ~50 times as long, and every check folds the question again
        for letter, written in _ASCII_PAIRS:
            text = text.replace(letter, written)
    if text.isascii():
        return text
    # each distinct letter left ('é', '–') folded once: decomposing the whole text and testing each of
    # its characters cost as much again for every sentence with a dash or quote in it
    for ch in set(text):
        if not ch.isascii():
            text = text.replace(ch, _without_accents(ch))
    return text


@lru_cache(maxsize=4096)
def _without_accents(ch: str) -> str:
    """A character decomposed, its accents dropped ('é' -> 'e'); decomposing a text character by
    character gives what decomposing it whole does, but the order of the accents, which go anyway."""
    return "".join(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))


def words(text: str) -> list[str]:
    """The casefolded words and numbers of a text, æøå kept (for stemming and display)."""
    return _split(text.casefold())


def _split(text: str) -> list[str]:
    """Words and numbers; the slower exact pattern only for runs that mix them ('SF1590_A')."""
    if not _MIXED.search(text):
        return _RUN.findall(text)
    out: list[str] = []
    for run in _RUN.findall(text):
        if run.isalpha() or run.isdigit():
            out.append(run)
        else:
            out += TOKEN.findall(run)
    return out


def _stem_key(word: str) -> str:
    word = _SYNCOPE.sub(r"\1sel", word)  # 'kørslen', 'overførsler' are forms of 'kørsel', 'overførsel'
    stem = _DANISH.stemWord(word) if not word.isdigit() else word
    if len(stem) > 5 and stem[-1] == "t" and stem[-2] in "lrn":
        stem = stem[:-1]
    k = syncope_el(loose(ascii_fold(stem)))
    # a content word cut to a stop word ('notere' -> 'not', 'inde' -> 'ind') is not that stop word
    return k + "_" if k in STOP_WORDS and loose(ascii_fold(word)) not in STOP_WORDS else k


# A noun in -sel loses its e before an ending ('kørsel' - 'kørslen', 'overførsel' - 'overførslerne'),
# which the stemmer does not undo
_SYNCOPE = re.compile(r"^(\w{3,}?)sl(?:en|et|er|erne|ens|ets|ernes)$")


# A noun in unstressed -el loses its e before an ending ('regel' - 'regler', 'eksempel' - 'eksemplet',
# 'hjælpemiddel' - 'hjælpemidler', 'cykel' - 'cyklen'), which the stemmer keys apart ('regel', 'regl'):
# the base takes its inflected forms' key, a doubled consonant single before the l as they write it
# ('middel' -> 'midl'). Not after s ('kørsel', above; 'ydelse' keys 'ydels'), nor after a vowel, l, n or
# r, where the e stays ('hjul', 'spejl', 'model'); nor a stressed -el or an adjective (el_kept.txt).
_SYNCOPE_EL = re.compile(r"(\w{2,}[bcdfghjkmpqtvwxz])el")
_EL_KEPT_FILE = Path(__file__).parent / "qa" / "el_kept.txt"


def syncope_el(k: str) -> str:
    """'regel' -> 'regl', 'himmel' -> 'himl'; a key of another ending, a stressed -el or an adjective, as
    it is."""
    if _SYNCOPE_EL.fullmatch(k) is None or k.endswith(_el_kept()):
        return k
    return el_dropped(k)


def el_dropped(word: str) -> str:
    """A word in -el as its inflected forms write it: the e dropped, a doubled consonant before it single
    ('regel' -> 'regl', 'middel' -> 'midl'). Whether the word is such a noun is syncope_el's to say."""
    base = word[:-2]
    return (base[:-1] if base[-1] == base[-2] else base) + "l"


@lru_cache(maxsize=1)
def _el_kept() -> tuple[str, ...]:
    """The words of el_kept.txt, loosely folded: a key ending in one keeps its e."""
    lines = _EL_KEPT_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(loose(ascii_fold(w.strip())) for w in lines if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=200_000)  # the question's words are stemmed again by every intent and ranking
def stem_key(word: str) -> str:
    """A casefolded word's key before the glossary: 'hostingen' -> 'hosting' (whose key is 'drift'),
    as the word stands inside a compound ('Hostingansvarlig')."""
    return _stem_key(word)


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """The index key of one casefolded word: Danish stem, then ASCII folded and loosened, so
    'bølgen', 'boelge' and 'bolge' share one key; a participle's -t goes too ('bestilt'); a word
    the glossary gives another form of takes that form's key ('signere', 'sign' -> 'underskriv')."""
    k = _stem_key(word)
    g = _glossary()
    target = g.same.get(k)
    if target is not None and target != k and _loosened_into(word, k, g):
        target = None  # 'høstet' is no 'hostet' (hosting), 'låg' no 'lægge', though loosened they are
    return target or g.whole.get(loose(ascii_fold(word))) or k


def _loosened_into(word: str, k: str, g: Glossary) -> bool:
    """Whether a word written with æ, ø or å reaches glossary key `k` only by the loosening ('høst' ->
    'host', 'låg' -> 'lag'), while none of the words the glossary keys so is written as it is."""
    written = g.written.get(k)
    if not written or word.isascii():
        return False
    unloosened = _unloosened_stem(word)
    return unloosened != k and unloosened not in written


def _unloosened_stem(word: str) -> str:
    """A word's stem ASCII-folded as _stem_key folds it, but with ae/oe/aa left apart."""
    stem = _DANISH.stemWord(_SYNCOPE.sub(r"\1sel", word))
    if len(stem) > 5 and stem[-1] == "t" and stem[-2] in "lrn":
        stem = stem[:-1]
    return ascii_fold(stem)


_GLOSSARY_FILE = Path(__file__).parent / "qa" / "glossary.txt"


@dataclass(frozen=True)
class Glossary:
    """knowledge/qa/glossary.txt, read once.

    same: word key -> key of its glossary form ('form = variants': one meaning, question and text);
    phrases: phrase (casefolded, several words) -> the one word to write instead, in a question;
    text_phrases: the phrases task text is read with: all but a one-way line's variants ('samtykke ~
    sige ja' reads a question's 'sige ja' as consent, never a task's);
    fallbacks: word key -> keys of the forms to look for when the tasks lack the word itself
    ('form ~ variants': a question's word, never the text's);
    forms: form key -> the form as written."""

    same: dict[str, str]
    phrases: dict[str, str]
    text_phrases: dict[str, str]
    fallbacks: dict[str, tuple[str, ...]]
    forms: dict[str, str]  # form key -> the form as written, folded ('uddan' -> 'uddannelse')
    whole: dict[str, str]  # a variant the stemmer cuts to another word, as written -> its form's key
    written: dict[str, frozenset[str]]  # a two-way line's word key -> its words' stems before loosening


def _glossary_lines() -> list[tuple[str, str, list[str]]]:
    """(form, '=' or '~', variants) per line of the glossary file; a synonym group 'a ≈ b, c' is read
    as one one-way line per single word of it ('a ~ b, c', 'b ~ a, c', 'c ~ a, b')."""
    out = []
    for line in _GLOSSARY_FILE.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            continue
        match = re.match(r"\s*([^=~≈]+?)\s*([=~≈])(.*)$", line)
        if match:
            variants = [v.strip().casefold() for v in match.group(3).split(",") if v.strip()]
            if match.group(2) == "≈":
                out += _synonym_group([match.group(1).casefold(), *variants])
            else:
                out.append((match.group(1).casefold(), match.group(2), variants))
    return out


def _synonym_group(words: list[str]) -> list[tuple[str, str, list[str]]]:
    """A group of everyday words of one meaning: each single word is looked for as any other when the
    tasks lack it (a question's word, never the text's); a phrase of the group only as its single
    words (a phrase as a line's form would be joined in task text too)."""
    singles = [w for w in words if len(_RUN.findall(w)) == 1]
    return [(w, "~", [o for o in words if o != w]) for w in singles]


@lru_cache(maxsize=1)
def _glossary() -> Glossary:
    same: dict[str, str] = {}
    whole: dict[str, str] = {}
    written: dict[str, set[str]] = {}
    phrases: dict[str, str] = {}
    question_only: set[str] = set()  # the phrases of one-way lines only
    forms: dict[str, str] = {}
    one_way: list[tuple[str, list[str]]] = []
    for form, sign, variants in _glossary_lines():
        form_words = _RUN.findall(form)
        if len(form_words) == 1:
            forms.setdefault(_stem_key(form), loose(ascii_fold(form)))
        if len(form_words) > 1:  # the form itself is written as one word too: 'kritisk vej'
            phrases.setdefault(" ".join(form_words), "".join(form_words))
        if sign == "~":
            one_way.append(("".join(form_words), variants))
        for variant in variants:
            variant_words = _RUN.findall(variant)
            if len(variant_words) > 1 or len(form_words) > 1:
                phrase = " ".join(variant_words)
                if sign == "=":  # a two-way line's phrase is read in task text too, whatever else says it
                    question_only.discard(phrase)
                elif phrase not in phrases:
                    question_only.add(phrase)
                phrases.setdefault(phrase, "".join(form_words))
            elif sign == "=" and variant_words:
                _add_variant(variant_words[0], _stem_key(form_words[0]), same=same, whole=whole)
                written.setdefault(_stem_key(variant_words[0]), set()).add(_unloosened_stem(variant_words[0]))
        if sign == "=" and len(form_words) == 1:
            written.setdefault(_stem_key(form), set()).add(_unloosened_stem(form))
    for k in set(same.values()):
        same[k] = k
    fallbacks: dict[str, list[str]] = {}
    for form, variants in one_way:
        target = same.get(_stem_key(form), _stem_key(form))
        for variant in variants:
            if len(_RUN.findall(variant)) == 1:  # phrases are written as the form (above)
                k = same.get(_stem_key(variant), _stem_key(variant))
                if target not in fallbacks.setdefault(k, []):
                    fallbacks[k].append(target)
    text_phrases = {p: w for p, w in phrases.items() if p not in question_only}
    return Glossary(same, phrases, text_phrases, {k: tuple(v) for k, v in fallbacks.items()}, forms, whole,
                    {k: frozenset(v) for k, v in written.items()})


def _add_variant(variant: str, form_key: str, *, same: dict[str, str], whole: dict[str, str]) -> None:
    """A two-way line's word is read by its stem, unless the Danish stemmer cuts it short to a stem of
    its own: 'letter' -> 'let', 'order' -> 'ord', 'bill' -> 'bil' are Danish words (easy, word, car)
    that must not take the line's meaning, so such a word is known only as written (its other forms are
    listed on the line)."""
    k = _stem_key(variant)
    written = loose(ascii_fold(variant))
    if k != form_key and k != written and len(k) < 5 and variant.isascii():
        whole.setdefault(written, form_key)
    else:
        same.setdefault(k, form_key)


def fallback_keys(k: str) -> tuple[str, ...]:
    """The keys to look for when the tasks lack key `k` ('koster' -> 'meromkostning')."""
    return _glossary().fallbacks.get(k, ())


def glossary_knows(k: str) -> bool:
    """Whether key `k` is a word of the glossary: a real word, never a misspelling of another."""
    g = _glossary()
    return k in g.same or k in g.forms or k in g.fallbacks


@lru_cache(maxsize=1)
def glossary_words() -> dict[tuple[str, int], tuple[str, ...]]:
    """The glossary's single words as written, by (first letter, length) of their loose ASCII folding:
    the vocabulary a misspelt question word is looked up in when the tasks do not write it
    ('diektionen' -> 'direktionen')."""
    out: dict[tuple[str, int], set[str]] = {}
    for form, _, variants in _glossary_lines():
        for word in (form, *variants):
            if len(_RUN.findall(word)) == 1 and word.isalpha():
                folded = loose(ascii_fold(word))
                out.setdefault((folded[:1], len(folded)), set()).add(word)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def glossary_form(k: str) -> str | None:
    """The glossary form (folded) whose key is `k`: the word a compound is made of ('uddannelse')."""
    return _glossary().forms.get(k)


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str] | None:
    phrases = _glossary().phrases
    return _alternatives(sorted(phrases, key=len, reverse=True)) if phrases else None


def _alternatives(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for the phrases, tried in the order given, each as a whole run of words."""
    return re.compile(r"(?<!\w)(" + "|".join(r"[\s-]+".join(re.escape(w) for w in p.split())
                                           for p in phrases) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrase_patterns() -> dict[str, re.Pattern[str]]:
    """`_phrase_pattern` cut by the phrases' first word, each part in the whole pattern's order. A match
    starts where a word does and that word is the phrase's first (a phrase's words are whole words), so
    only the part for the word standing there can match: trying it at each word costs a few
    microseconds, where searching the whole pattern of hundreds of phrases cost ~0.2 ms per text."""
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(_glossary().phrases, key=len, reverse=True):
        by_first.setdefault(phrase.split()[0], []).append(phrase)
    return {first: _alternatives(phrases) for first, phrases in by_first.items()}


def phrase_matches(text: str) -> list[re.Match[str]]:
    """What `_phrase_pattern().finditer(text)` finds. In Latin-1 text (but 'µ', which the pattern's
    case rules match to Greek 'μ') a letter matches a pattern's letter, case ignored, only as its lower
    case, so the word a match starts at is, in lower case, the first word of its phrase; elsewhere
    the whole pattern is searched."""
    if not (text.isascii() or (max(text) < "\u0100" and "µ" not in text)):
        pattern = _phrase_pattern()
        return list(pattern.finditer(text)) if pattern is not None else []
    by_first = _phrase_patterns()
    out: list[re.Match[str]] = []
    end = 0
    for run in _RUN.finditer(text):
        part = by_first.get(run.group().lower()) if run.start() >= end else None
        if part is not None and (m := part.match(text, run.start())) is not None:
            out.append(m)
            end = m.end()  # (as finditer: the next match starts after this one)
    return out


def sub_phrases(one_word: Callable[[re.Match[str]], str], text: str) -> str:
    """`_phrase_pattern().sub(one_word, text)`, by `phrase_matches`."""
    out: list[str] = []
    at = 0
    for m in phrase_matches(text):
        out += (text[at:m.start()], one_word(m))
        at = m.end()
    return "".join(out) + text[at:] if out else text


def load_phrases() -> None:
    """Build the glossary's phrase pattern now (tens of ms), not in the first question holding one."""
    _phrase_pattern()
    _phrase_patterns()
    _phrase_starts()
    _phrase_starts(text=True)


@lru_cache(maxsize=4)  # (not 2: '()', '(text=False)' and '(text=True)' are three keys, which thrashed)
def _phrase_starts(text: bool = False) -> dict[str, tuple[int, ...]]:
    """First word of each glossary phrase (of task text's phrases, with `text`) -> the phrase lengths
    (in words) starting with it."""
    starts: dict[str, set[int]] = {}
    for phrase in (_glossary().text_phrases if text else _glossary().phrases):
        parts = phrase.split()
        starts.setdefault(parts[0], set()).add(len(parts))
    return {w: tuple(sorted(n, reverse=True)) for w, n in starts.items()}


def _phrase_words(found: list[str], *, question: bool = False,
                  keep: frozenset[str] = frozenset()) -> list[str]:
    """Words with glossary phrases joined into their one-word form (for task text: cheaper than
    `glossary_phrases` on every passage); a one-way line's phrases are left as written, but in a
    `question` (and there too those of `keep`)."""
    starts = _phrase_starts(text=not question)
    folded = " ".join(found).casefold().split(" ")  # each word casefolded (the words never hold a space)
    if starts.keys().isdisjoint(folded):
        return found
    phrases = _glossary().phrases if question else _glossary().text_phrases
    out: list[str] = []
    i = 0
    # (only where a phrase may start is a phrase looked for; the words between are copied as they stand)
    for at in [at for at, w in enumerate(folded) if w in starts]:
        if at < i:
            continue  # inside the phrase joined just before
        out += found[i:at]
        i = at
        for n in starts[folded[at]]:
            phrase = " ".join(folded[at:at + n])
            form = phrases.get(phrase) if phrase not in keep else None
            if form is not None and at + n <= len(found):
                out.append(form)
                i = at + n
                break
    out += found[i:]
    return out


def _may_hold_phrase(text: str) -> bool:
    """Whether a word of `text` begins a glossary phrase (the pattern's match starts at a whole word
    equal to a phrase's first word, case ignored)."""
    starts = _phrase_starts()
    return any(w.casefold() in starts or w.lower() in starts for w in _RUN.findall(text))


@lru_cache(maxsize=4096)  # a question's words are read by many checks
def glossary_phrases(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Glossary phrases written as their one-word form: 'skrive under' -> 'underskrive',
    'data controller' -> 'dataansvarlig'; 'kritisk vej' -> 'kritiskvej'. A phrase of `keep` (as
    `one_way_phrases` gives it) stays as written."""
    if not text or not _may_hold_phrase(text):
        return text  # most texts hold none: no need to build the big pattern (~15 ms) at all
    phrases = _glossary().phrases

    def one_word(m: re.Match[str]) -> str:
        phrase = " ".join(_RUN.findall(m.group(1).casefold()))
        return m.group(1) if phrase in keep else phrases.get(phrase, m.group(1))
    return sub_phrases(one_word, text)


def one_way_phrases(text: str) -> list[tuple[str, list[str]]]:
    """The phrases of one-way glossary lines in a question, each with its words ('gået i stykker',
    ['gået', 'i', 'stykker']): read as their form only when the tasks do not write them, as a one-way
    line's single word is ('fallback_keys')."""
    g = _glossary()
    if len(g.text_phrases) == len(g.phrases) or not _may_hold_phrase(text):
        return []
    out = []
    for m in phrase_matches(text):
        said = _RUN.findall(m.group(1).casefold())
        if " ".join(said) not in g.text_phrases:
            out.append((" ".join(said), said))
    return out


def loose(folded: str) -> str:
    """ae/oe/aa collapsed to a/o/a: people type 'OS' or 'oes' for 'ØS', 'bolge' for 'bølge'."""
    return folded.replace("aa", "a").replace("oe", "o").replace("ae", "a")


def keys(text: str) -> list[str]:
    """Index keys of every word in a text, in order (stop words included)."""
    return [key(w) for w in words(text)]


def codes(text: str) -> list[str]:
    """Joined code tokens in a text: 'SF1590_A' -> ['sf1590a', '1590a', 'sf1590']."""
    out: list[str] = []
    for prefix, number, suffix in _CODE.findall(ascii_fold(text)):
        if not (prefix or suffix):
            continue
        if prefix and suffix:
            out += [prefix + number + suffix, number + suffix, prefix + number]
        else:
            out.append(prefix + number + suffix)
    return out


STOP_WORDS = frozenset(loose(w) for w in DANISH_STOP | ENGLISH_STOP)
GENERIC_KEYS = frozenset(key(w) for w in GENERIC)


@lru_cache(maxsize=50_000)  # every check asks again of the question's few words
def is_stop(word: str) -> bool:
    """A stop word, judged on the word itself (so 'Hansen' is no stop word though its stem is)."""
    return loose(ascii_fold(word)) in STOP_WORDS


def content_keys(text: str) -> set[str]:
    """The keys a text is found by: stems of its non-stop words, words written in capitals
    even when they look like stop words ('ØS', 'OS'), and joined codes ('sf1590a')."""
    return set(_content_keys(text))  # a copy: callers may change their set


def question_keys(text: str, keep: frozenset[str] = frozenset()) -> set[str]:
    """content_keys of a question's words: a one-way glossary line's phrases read as its form too, as
    the question's tokens are ('kigger efter' is 'efterse'), where task text keeps them as written;
    but the phrases of `keep`, which the tasks write themselves."""
    return set(_content_keys(text, question=True, keep=keep))


@lru_cache(maxsize=50_000)
def _content_keys(text: str, question: bool = False, keep: frozenset[str] = frozenset()) -> frozenset[str]:
    # answering reads the same passages' keys again for every candidate and check
    out = set(map(_content_key, _phrase_words(_split(text), question=question, keep=keep)))  # '': stop
    out.discard("")
    if _DIGIT.search(text):
        out.update(codes(text))
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _content_key(word: str) -> str:
    """A word's key, or '' for a stop word (written as it stands: case matters for 'ØS')."""
    if (len(word) >= 2 and word.isupper()) or not is_stop(word.casefold()):
        return key(word.casefold())
    return ""


# a word boundary, as a pattern's \b reads it (a word character on one side only)
_BOUNDARY = re.compile(r"\b")


def at_boundary(text: str, i: int) -> bool:
    """Whether a pattern's \\b holds at position i of the text."""
    return _BOUNDARY.match(text, i) is not None


def bounded_starts(text: str, literal: str) -> list[int]:
    """Where the literal stands in the text between word boundaries, as
    re.finditer(r"\\b" + re.escape(literal) + r"\\b", text) finds it (case as written, no overlap): without
    a pattern compiled per literal, which per question would cost a compile and push the engine's own
    patterns out of re's cache."""
    out: list[int] = []
    pos = 0
    while (i := text.find(literal, pos)) >= 0:
        end = i + len(literal)
        if at_boundary(text, i) and at_boundary(text, end):
            out.append(i)
            pos = max(end, i + 1)  # (an empty literal: finditer moves on one)
        else:
            pos = i + 1
    return out


def starts_ignoring_case(text: str, literal: str) -> list[int]:
    """Every position (overlaps too, in order) where the text has the literal in any case, as a pattern of
    re.escape(literal) with re.IGNORECASE matches it there: one character to one."""
    n = len(literal)
    low, folded = text.lower(), literal.lower()
    if len(low) != len(text) or len(folded) != n:  # a letter lowered to two: compare in place
        return [i for i in range(len(text) - n + 1) if same_ignoring_case(text[i:i + n], literal)]
    out: list[int] = []
    i = low.find(folded)
    while i >= 0:
        out.append(i)
        i = low.find(folded, i + 1)
    return out


def same_ignoring_case(a: str, b: str) -> bool:
    """Whether two texts are the same but for case, one character to one (as re.IGNORECASE compares)."""
    return len(a) == len(b) and all(x == y or x.lower() == y.lower() for x, y in zip(a, b, strict=True))


def holds_folded(text: str, literal: str) -> bool:
    """Whether the text has the literal in any case: what a pattern with re.escape(literal) under
    re.IGNORECASE needs to match, tested before such a pattern is compiled for a question."""
    return literal.casefold() in text.casefold()


def stands_alone(text: str, literal: str) -> bool:
    """Whether the text has the literal with no word character right before or after it: what
    re.search(r"(?<!\\w)" + re.escape(literal) + r"(?!\\w)", text) finds, without a pattern per literal."""
    i = text.find(literal)
    while i >= 0:
        end = i + len(literal)
        if not (i > 0 and _WORD_CHAR.match(text, i - 1)) and not _WORD_CHAR.match(text, end):
            return True
        i = text.find(literal, i + 1)
    return False


def hyphened_first(text: str, word: str) -> bool:
    """Whether the text writes the word as a compound's first part before a hyphen ('økonomi-integrationen'),
    not inside another word: what re.search(r"(?<![\\w-])" + re.escape(word) + r"-[\\wæøå]", text) finds."""
    i = text.find(word + "-")
    while i >= 0:
        after = i + len(word) + 1
        if not (i > 0 and _WORD_OR_HYPHEN.match(text, i - 1)) and _WORD_CHAR_DA.match(text, after):
            return True
        i = text.find(word + "-", i + 1)
    return False


_WORD_CHAR = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_WORD_CHAR_DA = re.compile(r"[\wæøå]")
