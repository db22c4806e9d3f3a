"""The words questions are built from: question types, task fields and numbers in Danish and English."""

from __future__ import annotations

from knowledge.fold import key, words

# Number words, one table for every reader: value, Danish words, English words. Each use takes the
# range it trusts (number_words): a deadline reads Danish up to 90, a claimed value 0-12 in both
# languages, a step number 1-10.
_NUMBER_NAMES = (
    (0, "nul", "zero"), (1, "en et én ét", "one"), (2, "to", "two"), (3, "tre", "three"),
    (4, "fire", "four"), (5, "fem", "five"), (6, "seks", "six"), (7, "syv", "seven"), (8, "otte", "eight"),
    (9, "ni", "nine"), (10, "ti", "ten"), (11, "elleve", "eleven"), (12, "tolv", "twelve"),
    (13, "tretten", "thirteen"), (14, "fjorten", "fourteen"), (15, "femten", "fifteen"),
    (16, "seksten", "sixteen"), (17, "sytten", "seventeen"), (18, "atten", "eighteen"),
    (19, "nitten", "nineteen"), (20, "tyve", "twenty"), (21, "enogtyve", ""), (25, "femogtyve", ""),
    (30, "tredive tredve", "thirty"), (40, "fyrre", "forty"), (45, "femogfyrre", ""),
    (50, "halvtreds", "fifty"), (60, "tres", "sixty"), (90, "halvfems", "ninety"),
    (100, "hundrede", "hundred"),
)


# The fractions a length is told in ('halvanden time', 'en halv dag', 'et helt skoleår', 'one and a half
# hours'), as a regex alternation, longest first: a quantity no number word writes.
FRACTION_WORDS = r"halvanden|halvandet|halvt andet|en halv|et halvt|en kvart|et helt|en hel|one and a half|" \
    r"half an?|a whole|a full"


def number_words(low: int, high: int, *, english: bool = True) -> dict[str, int]:
    """Number word -> value for the values low..high, in order of value, Danish before English."""
    return {w: n for n, da, en in _NUMBER_NAMES if low <= n <= high
            for w in (da + " " + en if english else da).split()}


def number_alternation(low: int, high: int, *, english: bool, without: tuple[str, ...] = ()) -> str:
    """The number words low..high as a regex alternation ('en|et|én|ét|to|...'), in order of value, less
    `without`: the words a reader leaves out (an article 'en', 'et' read as no count). Every reader puts
    a space after the word, so no word is taken for the start of a longer one ('to' of 'tolv')."""
    return "|".join(w for w in number_words(low, high, english=english) if w not in without)


def english_numbers(low: int, high: int) -> dict[str, str]:
    """English number word -> its Danish word (the first: 'en' for 'one'), for the values low..high."""
    return {en: da.split()[0] for n, da, en in _NUMBER_NAMES if low <= n <= high and en}


# Concept -> the words (Danish and English) that ask for it, one per key: the glossary
# (knowledge/qa/glossary.txt) joins their inflections, synonyms and English ('underskrift' stands for
# 'signere', 'sign', 'signature'). A word may serve several concepts ('underskrift' is a field and a
# list criterion).
CONCEPT_WORDS: dict[str, str] = {
    "who": "hvem who whom whose",
    "what": "hvad what",
    "which": "hvilke which",
    "list": "liste oversigt overview alle samtlige",
    "when": "hvornår when dato date deadline tidspunkt",
    "start": "start startdato begynde begin began påbegynde",
    "end": "slut slutdato færdig færdiggøres færdiggjort afslutte løst løses overstået finish finished end "
           "due",
    "golive": "golive live idriftsættelse",
    "duration": "varighed tid dage duration long",
    "sign": "underskrift underskriftsberettiget",
    "step": "trin skridt punkt",
    "method": "metode fremgangsmåde method procedure approach how hvordan gøre do",
    "goal": "mål formål mening hensigt goal purpose aim objective",
    "result": "resultat outcome result",
    "description": "beskrivelse description",
    "priority": "prioritet prioriteten priority prioritised prioritized obligatorisk valgfri required",
    "project": "projekt project",
    "phase": "fase",
    "theme": "tema theme",
    "wave": "bølge wave",
    "sts": "sts infrastruktur infrastrukturopgave infrastructure",
    "publication": "publicering publiceringsstatus publiceret published publication",
    "related": "relateret relation related sammenhæng tilknyttet",
    "involved": "involveret parter involved parties party",
    "executor": "udfører carries",
    "responsible": "ansvarlig owner",
    "status": "status gennemført fuldført mangler missing completed complete done klar ready finished",
    "consequence": "sker ske happens konsekvens",
    "negation": "ikke not ej never aldrig",
    "if": "hvis if",
    "task": "opgave klik klikopgave id nummer nr",
    "link": "link url hjemmeside",
    "title": "titel titlen hedder called named",
    "fact": "leverandør drifter drives",
}

CONCEPTS: dict[str, frozenset[str]] = {}
for _name, _text in CONCEPT_WORDS.items():
    for _word in words(_text):
        CONCEPTS.setdefault(key(_word), frozenset())
        CONCEPTS[key(_word)] |= {_name}

# Words whose ASCII fold is a concept word's ('males' folds as 'mål', 'udfor' as 'udfør'): they name
# no such concept, typed as they are
FOLDED_HOMOGRAPHS = frozenset("male males maler malet malede maling malingen udfor".split())

# Concepts that name a relation between a party and a thing: their words stand for each other
# ('hvem er leverandør af X' is answered by 'X driftes af Y').
RELATIONS = frozenset({"fact", "executor", "responsible", "sign"})
RELATION_KEYS: dict[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys(key(w) for w in words(CONCEPT_WORDS[name]))) for name in RELATIONS}

# Concepts that only frame a question: they carry no weight of their own.
FRAMING = frozenset({"who", "what", "which", "when", "if", "negation", "task", "list"})

# Words naming a number that is not a task: "trin 3", "bølge 3", "prioritet 1", "fase 2".
NUMBER_NOUNS = frozenset(key(w) for w in words(
    "trin step punkt bølge wave prioritet priority fase phase dag dage day days uge week kl klokken "
    "version år year måned month side page"))
STEP_NOUNS = frozenset(key(w) for w in words("trin step punkt skridt"))
WAVE_NOUNS = frozenset(key(w) for w in words("bølge bølgen wave b"))
TASK_NOUNS = frozenset(key(w) for w in words("opgave opgaven task klikopgave id nummer nr no"))

# Waves lettered 'Bølge A', 'Bølge B' are keyed after the numbered ones, so 'bølge A' never means 'bølge 1'.
_LETTER_WAVE = 100


def wave_key(label: str) -> int | None:
    """A wave's key from its number or capital letter: '2' -> 2, 'A' -> 101."""
    if label.isdigit():
        return int(label)
    if len(label) == 1 and "A" <= label <= "Z":
        return _LETTER_WAVE + ord(label) - ord("A") + 1
    return None


def wave_label(n: int) -> str:
    """The wave as written: 2 -> '2', 101 -> 'A'."""
    return chr(ord("A") + n - _LETTER_WAVE - 1) if n > _LETTER_WAVE else str(n)


# Ordinal words, one table like the number words': value, Danish words, English words, the written form.
_ORDINAL_NAMES = (
    (1, "første", "first", "1st"), (2, "anden andet", "second", "2nd"), (3, "tredje", "third", "3rd"),
    (4, "fjerde", "fourth", "4th"), (5, "femte", "fifth", "5th"), (6, "sjette", "sixth", "6th"),
    (7, "syvende", "seventh", "7th"), (8, "ottende", "eighth", "8th"), (9, "niende", "ninth", "9th"),
    (10, "tiende", "tenth", "10th"),
)
ORDINALS: dict[str, int] = {key(w): n for n, da, en, written in _ORDINAL_NAMES
                            for w in words(f"{da} {en} {written}") if not w.isdigit()}


def ordinal_words(low: int, high: int, *, english: bool) -> dict[str, int]:
    """Ordinal word -> value for the values low..high, in order of value, Danish before English."""
    return {w: n for n, da, en, _ in _ORDINAL_NAMES if low <= n <= high
            for w in (f"{da} {en}" if english else da).split()}
LAST = frozenset(key(w) for w in words("sidste last final"))
