"""Danish derivation: the other words of one root ('eje' / 'ejer' / 'ejerskab', 'placere' /
'placering', 'sikker' / 'sikkerhed', 'arrangere' / 'arrangement'), which the stemmer leaves apart
because it only strips inflections. A question's word the tasks lack is looked for as a derivation
the tasks have."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.fold import ascii_fold, fallback_keys, glossary_form, is_stop, key

# Endings that leave a root, longest first: inflections and derivational suffixes of verbs,
# nouns and adjectives ('placer|es', 'bestill|ing', 'ansvar|lig', 'sikker|hed', 'ej|er').
_ENDINGS = ("ementerne", "ementet", "ementer", "ement", "erende", "eringen", "ering", "eres", "erer", "eret",
            "ere", "elsen", "else", "ningen",
            "ning", "ingen", "ing", "ende", "ede", "lige", "lig", "heden", "hed", "skabet", "skab",
            "eren", "erne", "ere", "er", "es", "et", "te", "e", "t", "s")
# Suffixes that make another word of the same root: the verb, its doer, the act, the quality.
_SUFFIXES = ("e", "er", "ere", "ering", "ing", "ning", "else", "ende", "lig", "hed", "skab", "erskab", "sel",
             "ator", "ør", "ement", "t")  # ('jage' / 'jagt', 'fare' / 'fart')
# ... and those added to a whole word ('sikker' -> 'sikkerhed', 'ejer' -> 'ejerskab').
_WHOLE_WORD_SUFFIXES = ("hed", "skab", "lig")
# A loanword's act noun and its verb in -ere ('installation' / 'installere', 'reparation' / 'reparere',
# 'dokumentation' / 'dokumentere'): for a root of four letters on ('station', 'nation' have no verb).
# (Not '-ance': 'leverance' would be read as the glossary's 'levere', which is 'leverandør' too.)
_LOAN_ENDINGS = ("ationerne", "ationen", "ationer", "ation")
_LOAN_SUFFIXES = ("ation",)
MIN_LOAN_ROOT = 4
MIN_ROOT = 2  # 'ej' of 'eje' / 'ejer'
_VOWELS = frozenset("aeiouyæøå")
MIN_WORD = 4


@lru_cache(maxsize=20_000)
def derivations(word: str) -> tuple[str, ...]:
    """Keys of the words derived from the root of `word` (casefolded), without its own key, most
    like it first: 'eje' -> ('ejer', 'ejerskab', ...); the caller keeps those the tasks have."""
    folded = ascii_fold(word)
    if not folded.isalpha() or len(folded) < 3:
        return ()
    own = key(word)
    roots = dict.fromkeys(folded[:-len(e)] for e in _ENDINGS
                          if folded.endswith(e) and len(folded) - len(e) >= MIN_ROOT)
    roots.update(dict.fromkeys(folded[:-len(e)] for e in _LOAN_ENDINGS
                               if folded.endswith(e) and len(folded) - len(e) >= MIN_LOAN_ROOT))
    # a verb doubles its root's last consonant where its noun does not ('tømme' / 'tømning', 'flytte' /
    # 'flytning', 'planlægge' / 'planlægning'): the root with one of them makes the noun too
    roots.update(dict.fromkeys(r[:-1] for r in list(roots) if len(r) > MIN_ROOT + 1 and r[-1] == r[-2]
                               and r[-1] not in _VOWELS))
    out: dict[str, None] = {}
    for root, suffixes in [*((r, _SUFFIXES + (_LOAN_SUFFIXES if len(r) >= MIN_LOAN_ROOT else ()))
                             for r in roots), (folded, _WHOLE_WORD_SUFFIXES)]:
        start = key(root)[:MIN_ROOT]
        for suffix in suffixes:
            form = root + suffix
            if len(form) >= MIN_WORD and form != folded:
                k = key(form)
                # a form the glossary reads as another word is none of this root's ('sig|ning' is
                # the English 'signing', 'underskrive'): its key must begin as the root does
                if k != own and len(k) >= MIN_ROOT + 1 and k[:MIN_ROOT] == start:
                    out.setdefault(k, None)
    return tuple(out)


# Particles Danish verbs take as a prefix without changing what is done to what ('tilsende',
# 'fremsende', 'indsende' are sending; 'genåbne' is opening).
PARTICLES = ("tilbage", "frem", "over", "til", "ind", "gen", "med", "ned", "op", "ud", "af", "om")
MIN_BASE = 4


def particle_base(word: str) -> str | None:
    """The key of a particle verb's base verb: 'tilsendt' -> key('sendt'), 'fremsendes' ->
    key('sendes'); None when the word has no such prefix or the rest is too short to be a verb."""
    folded = ascii_fold(word)
    for particle in PARTICLES:
        rest = folded[len(particle):]
        # a base the stemmer cuts below a verb's length is no verb ('område' is no 'om' + 'råde')
        if folded.startswith(particle) and len(rest) >= MIN_BASE and rest.isalpha() \
                and len(key(rest)) >= MIN_BASE:
            return key(rest)
    return None


MIN_PART = 4
MIN_FIRST = 3


def synonym_compound(word: str, known: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The keys of the compound the tasks write with a glossary word for the head, and of that
    head: 'bestillingsskemaet' -> key('bestillingsblanket'), key('blanket') (skema ~ blanket);
    'testudskriften' -> key('testprint'), key('print'); None when the tasks have no such compound.
    `known(key)` is the key the tasks have for a key (itself or another inflection's), or None."""
    folded = word.casefold()
    if not folded.isalpha() or len(folded) < MIN_FIRST + MIN_PART:
        return None
    # the first part may be a short word ('mad|rester' -> 'madaffald'): the whole compound must be
    # one the tasks write, so a short first part cannot match by chance
    for cut in range(MIN_FIRST, len(folded) - MIN_PART + 1):
        head = key(folded[cut:])
        forms = [glossary_form(k) for k in (head, *fallback_keys(head))]
        for form in dict.fromkeys(f for f in forms if f and f != ascii_fold(folded[cut:])):
            joined = known(key(folded[:cut] + form))
            if joined:
                return joined, key(form)
    return None


def tails(word: str) -> list[str]:
    """The ends of `word` that could be a compound's head, longest first: each leaves at least three
    letters before it and is at least five long ('rotteanmeldelser' -> 'teanmeldelser', ...,
    'elser'). Each caller asks its own question of them (a deadline's word, a task's word, a label)."""
    return [word[i:] for i in range(3, len(word) - 4)]


def as_head(word: str) -> str:
    """A key as it ends a compound's key: the stemmer cuts a last 'gt', 'kt', 'dt' or 'gd' to its first
    letter only past a word's first syllable, so 'vagter' keys 'vagt' but 'parkeringsvagter'
    'parkeringsvag'."""
    return word[:-1] if len(word) >= 4 and word[-2:] in _PAIR_ENDS else word


_PAIR_ENDS = frozenset({"gt", "kt", "dt", "gd"})


def part_of(word: str, key: str) -> bool:
    """Whether `word` (a key) is `key` itself, the head of the compound `key` (four letters on) or its
    first part (five letters on): 'aftale' in 'databehandleraftale', 'arkiv' in 'arkivkontakter'; a
    compound is not said by its head alone ('fagsystem' is not in 'system')."""
    n = len(word)
    return key == word or (n >= 4 and (key.endswith(word) or (n >= 5 and key.startswith(word))
                                       or (len(key) > n and key.endswith(as_head(word)))))


def first_part(word: str, compound: str) -> bool:
    """Whether `word` (a key of five letters or more) is the first part of the compound key before a head of
    four letters or more, as its own noun ('tilslut' of 'tilslutningsaftal': 'tilslutning' + 's' +
    'aftal'; 'betal' of 'betalingsaftal')."""
    if len(word) < 5 or len(compound) < len(word) + 4 or not compound.startswith(word[:4]):
        return False
    return any(key(compound[:cut]) == word for cut in range(len(word), len(compound) - 3))


# a compound's part that begins a name's word is this long at least ('labyrint' of 'labyrintbog', not 'is')
_NAMING_PART = 4
_HEAD_PART = 5
# the letters that may link a compound's first part to its head ('tilslutning-s-aftale', 'vægter-e-bog')
LINKS = ("s", "e")
# a compound says its head only where both the head and the first part before it are this long at least
_HEAD_AND_FIRST = 4


def unlinked_modifier(modifier: str) -> list[str]:
    """A compound's first part as written and, ending in a linking -s- or -e-, without it ('tilslutnings':
    'tilslutnings', 'tilslutning'); the mirror of analysis.unlinked, which reads the rest after it."""
    return [modifier] + ([modifier[:-1]] if modifier.endswith(LINKS) else [])


def has_head(compound: str, head: str) -> bool:
    """Whether a key is a compound with the other key for its head ('sikkerhedshjelm' of 'hjelm'): a
    compound is a kind of its head. Not a short key that ends many words by chance, nor a short first part."""
    return len(head) >= _HEAD_AND_FIRST and len(compound) - len(head) >= _HEAD_AND_FIRST and \
        compound.endswith(head)


def heads(compound: str) -> set[str]:
    """Every key the compound has for its head by `has_head`."""
    return {compound[cut:] for cut in range(_HEAD_AND_FIRST, len(compound) - _HEAD_AND_FIRST + 1)}


def begins_word_of(modifier: str, names) -> bool:
    """Whether a compound's modifier (a key's first part), as written or without a linking -s-/-e-, begins a
    word of `names` ('labyrint' of 'labyrintbog') or is a form of one the stemmer cut ('tilslutnings' of
    'tilslut', the key of 'Tilslutning')."""
    forms = unlinked_modifier(modifier)
    return any(len(f) >= _NAMING_PART and any(k.startswith(f) or (len(k) > _NAMING_PART and f.startswith(k))
                                              for k in names) for f in forms)


def named_alike(a: str, b: str, names) -> bool:
    """Whether two compounds of one head are one thing by the words `names` (a task's title) holds: each is a
    word of it or has a modifier that begins one ('labyrintaftal' and 'tilslutningsaftal' of the title
    'Tilslutningsaftale for Labyrintbogen'; 'vagteraftal' and 'tilslutningsaftal' of 'Tilslutning til
    Vægterbogen')."""
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size]:
        size += 1
    if a == b or size < _HEAD_PART:
        return False
    return all(k in names or begins_word_of(k[:-size], names) for k in (a, b))


def compounds_with(word: str, keys: set[str]) -> set[str]:
    """The keys that `word` is part_of; one pass over the keys for a question word, rather than a call per
    key."""
    if len(word) < 4:
        return {word} & keys
    return {k for k in keys if part_of(word, k)}


def in_compound(word: str, keys: set[str]) -> bool:
    """Whether `word` (a key) is part_of one of `keys`."""
    return word in keys or (len(word) >= 4 and any(part_of(word, k) for k in keys))


def kin(a: set[str], b: set[str]) -> bool:
    """Whether two sets of keys share a word, or a word of either is part_of a word of the other."""
    return any(part_of(x, y) or part_of(y, x) for x in a for y in b)


def same_head(a: set[str], b: set[str]) -> bool:
    """Whether two sets of keys share a word, or a word of either is the head of a compound of the other
    (a compound is a kind of its head: 'lokaleoversigten' is no 'lokale', 'databehandleraftalen' an
    'aftale')."""
    return any(x == y or (len(y) >= 4 and x.endswith(y)) or (len(x) >= 4 and y.endswith(x))
               for x in a for y in b)


# A verb with its particle after it, in a passive or an infinitive ('sendes ud af', 'skal sættes op',
# 'at melde ind'): the verb the prefixed word names ('udsende', 'opsætte', 'indmelde')
# (not a preposition's phrase: 'ud fra' is 'based on', 'ud over' 'beyond', 'op til 40' 'up to')
_PARTICLE_VERB = re.compile(r"\b([a-zæøå]{3,}?(?:es|e))\s+(op|ud|ind|ned|igennem)\b"
                            r"(?!\s*-|\s+(?:fra|over)\b|\s+til\s+\d)", re.IGNORECASE)
# a particle as the prefix of its verb ("igennem" -> "gennemgå"); agents reads passives with it too
PARTICLE_PREFIX = {"op": "op", "ud": "ud", "ind": "ind", "ned": "ned", "igennem": "gennem"}


def particle_verb_keys(text: str) -> set[str]:
    """Keys of the prefixed verbs a text says as a verb and its particle ('Invitationen sendes ud af
    kommunikationsafdelingen' -> key('udsendes'), which 'udsendelsen' and 'udsender' share), so a
    question that writes the prefixed verb or its noun finds the sentence."""
    if not _PARTICLE_HINT.search(text):
        return set()
    return {key(PARTICLE_PREFIX[m.group(2).casefold()] + m.group(1).casefold())
            for pattern in (_PARTICLE_VERB, _SPLIT_PARTICLE_VERB) for m in pattern.finditer(text)}


# A present tense split by its object, the particle closing the clause ('Webredaktøren sætter kortet op.',
# 'Montøren deler nøglerne ud til ...'): the prefixed verb too ('opsætter', 'uddeler'), which a question
# names when it asks in one word or in English ('sets up', 'hands out')
_SPLIT_PARTICLE_VERB = re.compile(r"\b([a-zæøå]{3,}er)\s+(?:[\wæøå-]+\s+){1,3}?(op|ud|ind|ned|igennem)"
                                  r"(?=\s*[.,;:!?)]|\s*$|\s+(?:og|eller|på|i|til|for|hos|med|inden|før|efter|når)\b)",
                                  re.IGNORECASE)


_PARTICLE_HINT = re.compile(r"\s(?:op|ud|ind|ned|igennem)\b", re.IGNORECASE)


# Endings after which a noun in unstressed -el, -en or -er drops its e ('regel' / 'reglerne', 'register' /
# 'registret', 'aften' / 'aftnen'); a bare -e only after l: '-re' and '-ne' are as
# often an infinitive whose stem is another word ('vandre' is no 'vander', 'ændre' no 'ænder')
_SYNCOPE_ENDINGS = ("ernes", "erne", "ene", "ens", "ers", "ets", "er", "en", "es", "et", "e")
_SYNCOPE_RESONANTS = frozenset("lnr")
MIN_SYNCOPE_STEM = 3
MIN_SYNCOPE_CUT = 5  # ('regist' of 'register', 'monst' of 'mønster'; not 'vand', 'ord', 'sik')


def syncope_keys(word: str, own: str) -> tuple[str, ...]:
    """Keys of the other forms of a noun whose unstressed e before a last l, n or r comes and goes,
    which the stemmer keys apart: 'regel' -> key('regler'), 'reglerne' -> key('regel'), 'register' ->
    key('registret'). `word` is the word as written (casefolded), `own` its
    key (an English word's key is the glossary's Danish one: 'rules' -> 'regel')."""
    out: dict[str, None] = {}
    for w in dict.fromkeys((ascii_fold(word), own)):
        if not w.isalpha():
            continue
        # (not a doubled consonant made single, 'nummer' / 'numre': 'gammel' / 'gamle' is an age asked,
        # 'middel' / 'midler' a means or funds)
        if _full(w):  # 'regel', 'register': the e dropped
            _add(out, key(w[:-2] + w[-1] + "e"), w[-1])
        for ending in _SYNCOPE_ENDINGS:
            stem = w[:-len(ending)]
            if not w.endswith(ending) or (ending == "e" and stem[-1:] != "l") or not _dropped_e(stem):
                continue
            _add(out, key(stem[:-1] + "e" + stem[-1]), stem[-1])  # 'regl' -> 'regel', 'registr' -> 'register'
    out.pop(own, None)
    return tuple(out)


def _add(out: dict[str, None], k: str, resonant: str) -> None:
    """Keep a key of the other form. The stemmer cuts a noun's -er and -en, so the key of one in r or n is
    its stem, which, short, is as often another word's: 'vandre' / 'vand', 'ordne' / 'ord', 'sikre' / 'sik'
    (a noun in -el keeps its ending: 'regel')."""
    if len(k) >= (MIN_SYNCOPE_STEM if resonant == "l" else MIN_SYNCOPE_CUT):
        out.setdefault(k, None)


def _full(w: str) -> bool:
    """Whether a word ends as a noun whose e may drop: a consonant, e, then l, n or r ('regel')."""
    return len(w) >= 5 and w[-1] in _SYNCOPE_RESONANTS and w[-2] == "e" and w[-3] not in _VOWELS


def _dropped_e(stem: str) -> bool:
    """Whether a stem ends as a noun's whose e dropped: a consonant, then l, n or r ('regl', 'registr')."""
    return len(stem) >= 4 and stem[-1] in _SYNCOPE_RESONANTS and stem[-2] not in _VOWELS \
        and stem[-2] not in _SYNCOPE_RESONANTS


# A word of a short stem keeps its ending, as the stemmer strips one only from the third letter on and after
# a consonant that follows a vowel: 'træ', 'træer', 'træet', 'træerne' key apart ('sti' - 'stierne', 'bi' -
# 'bierne'). Such a stem is consonants and one vowel; not a or o, which with an ending's e are how æ and ø
# are typed ('Kjaer', 'doer'), nor e ('screen', 'deer' are English words, no Danish forms), nor å, which keys
# as a ('grå' + 'en' would be 'gran', 'tå' + 'et' 'tæt'; å-words this short are mostly verbs: 'stå', 'få').
_SHORT_STEM = re.compile(r"([bcdfghjklmnpqrstvwxz]{1,3}[iuyæø])"
                         r"(?:er|en|et|erne|ene|ens|ets|ers|ernes|enes)?")
_SHORT_STEM_ENDINGS = ("", "er", "en", "et", "erne", "ene")


def short_stem_keys(word: str) -> tuple[str, ...]:
    """Keys of the other forms of a casefolded word of a short stem, which the stemmer keys apart: 'træ' ->
    key('træer'), key('træet'), ...; 'ejer' -> key('ejes'), ... (short_verb_keys); () for any other word."""
    m = _SHORT_STEM.fullmatch(word)
    if m is None:
        return short_verb_keys(word)
    return _other_form_keys(word, m.group(1), _SHORT_STEM_ENDINGS)


def _other_form_keys(word: str, root: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the root with each ending, other than the word's own key, once each, in order."""
    own = key(word)
    return tuple(dict.fromkeys(k for e in endings if (k := key(root + e)) != own))


# A verb of a root of a vowel and a consonant ('ej|e', 'øv|e', 'æd|e'), whose forms the stemmer keys apart
# too ('ejer', 'ejes', 'ejet'): 'hvem ejer X?' against 'X ejes af Y'
_SHORT_VERB = re.compile(r"([aeiouyæøå][bcdfghjklmnpqrstvwxz])(?:e|er|es|et|ede|ende)")
_SHORT_VERB_ENDINGS = ("e", "er", "es", "et", "ede")


def short_verb_keys(word: str) -> tuple[str, ...]:
    """Keys of the other forms of a casefolded verb of such a root: 'ejer' -> key('eje'), key('ejes'), ...;
    () for any other word, and for a stop word ('over', 'ene')."""
    m = _SHORT_VERB.fullmatch(word)
    if m is None or is_stop(word):
        return ()
    return _other_form_keys(word, m.group(1), _SHORT_VERB_ENDINGS)
