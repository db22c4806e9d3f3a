"""Counts: numbers that are no count, and whether a count counts what the question asks about."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE
from knowledge.fold import ascii_fold, content_keys, is_stop, key
from knowledge.morphology import in_compound
from knowledge.qa.types.places import _PREPOSITIONS
from knowledge.qa.types.values import _UNITS, _WORD, is_number

_HOUR = r"\d{1,2}(?:[.:]\d\d)?(?!\d)"  # '11', '10.30'
_HOURS = _HOUR + r"(?:\s*[-–]\s*" + _HOUR + r")?"  # '9-15'

# Numbering that is not a count: "2. Udpeg ...", "trin 3", "SF1520", "(B2)", a rate ("pr. 15"), a version
# ('2.4'; '50.000' is a count in thousands), an amount of money ('22.400 kr. pr. sprogcenter' counts no
# sprogcentre).
_NOT_A_COUNT = re.compile(r"^\s*[“\"«]?\d{1,2}[.)]\s+|\b\d+\.(?!\d{3}\b)\d+\b|\b(?i:pr|per)\.?\s+\d+|"
                          r"\d[\d.,]*(?:[ \u00a0]\d{3}(?!\d))*\s*(?i:kr|dkk|kroner|euro|eur)\b|"
                          r"\b(?i:trin|steps?|punkt|bølge|wave|fase|phase)\s+\d+(?:\s*(?:,|-|–|og|and)\s*\d+\b)*|"
                          r"\b(?P<code>[A-ZÆØÅ][A-Za-zÆØÅæøå]*)[ _-]?\d+[A-Za-z]?\b|\(B\d(/B\d)*\)|\b\d{4}\b|"
                          r"(\+45 ?)?\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|[\w.+-]+@[\w.-]+|"  # phones, mails
                          # a time of day or a span of hours ('kl. 9-15', 'klokken 10.30') and the times
                          # listed with it ('kl. 11, 13 og 15'; not a noun's count: 'kl. 10 og 12 deltagere')
                          r"\b(?i:kl\.?|klokken)\s*" + _HOURS + r"(?:\s*(?:,|og|and|eller|or)\s*" + _HOURS +
                          r"(?!\s+(?!(?:og|and|eller|or)\b)[^\W\d]))*|"
                          # an ordinal: a school grade, a floor or a date ('4.-10. klasse', '1. september')
                          r"\b\d{1,2}\.\s*(?:[-–]\s*\d{1,2}\.\s*)?(?i:klasse\w*|klassetrin|årgang\w*|sal|"
                          r"etage\w*|" + MONTHS_DA_RE + r")\b", re.M)
# Words that begin a sentence before its count, never a code's letters: 'Alle 68 cykler', 'Kun 3 pladser'.
_BEFORE_COUNT = frozenset("kun ca cirka mindst højst hojst samlet yderligere hver knap godt omkring "
                          "only about approximately around some".split())


# a definite noun's genitive before a count, no code's letters: 'Hjemmeplejens 86 elbiler', 'Kommunens 5 ...'
_DEFINITE_GENITIVE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{2,}(?:ens|ets|nes|ernes)$")


# A step's imperative before its count ('3. Oplær 5 fritidskonsulenter'), which _NOT_A_COUNT would take
# for a code's letters ('KP 03', 'Windows 11')
_OPENING_VERB = re.compile(r"^(\s*(?:\d{1,2}[.)]\s+)?)([A-ZÆØÅ][a-zæøåé]{2,})(?=\s+\d+\s+([a-zæøå][\w-]*))")


def _opening_verb(text: str, question: str) -> str:
    """The text with a capitalised first word before a count made lower-case when the count's noun and
    the word's deed are the ones asked about: 'Oplær 5 fritidskonsulenter' counts fritidskonsulenter; a
    name before a number whose next word the question does not count stays a code's ('Windows 11')."""
    m = _OPENING_VERB.match(text)
    if m is None:
        return text
    asked = content_keys(question)
    # ... and the question asks the step's deed ('skal oplæres'): 'Kontroller 10 journaler' counts the
    # journals checked, none moved
    deed = any(min(len(v), len(k)) >= 4 and (v.startswith(k) or k.startswith(v))
               for v in content_keys(m.group(2)) for k in asked)
    if not deed or key(m.group(3).casefold()) not in asked:
        return text
    return m.group(1) + m.group(2).casefold() + text[m.end():]


# one of a thing for each of another: 'en trillebør pr. mark', 'et skilt ved hver indgang', 'én hjelm per
# deltager' (the article is the number one when a distribution follows the noun)
_ONE_PER = re.compile(r"\b(?:en|et|én|ét|one|a|an)\s+(?P<noun>[^\W\d_][\w-]*)"
                      r"(?=\s+(?:pr\.?|per|for hver|for hvert|til hver|til hvert|på hver|på hvert|ved hver|"
                      r"ved hvert|i hver|i hvert|for each|for every|on each|at each|in each)\s)", re.I)


def one_per(text: str, question: str) -> str:
    """The text with an article read as the number one where it gives one of the counted noun for each of
    another ('Udstyr: en trillebør pr. mark' counts one trillebør per mark for 'hvor mange trillebører skal
    der være?'); any other article stays a word."""
    counted = _COUNTED_NOUN.search(question)
    if counted is None or not _noun(counted.group(1)):
        return text
    asked = counted.group(1)
    return _ONE_PER.sub(lambda m: "1 " + m.group("noun") if _same_thing(m.group("noun"), asked)
                        else m.group(0), text)


def _not_a_count(m: re.Match) -> str:
    """What _NOT_A_COUNT leaves of a match: nothing, unless it took a stop word, a bound or a definite
    genitive before a count for a code's letters ('Alle 68 cykler', 'Hjemmeplejens 86 elbiler' count;
    'KP 03' and 'SF1520' are codes)."""
    word = m.group("code")
    if word and m.group(0)[len(word):][:1] == " " and (is_stop(word.casefold()) or
                                                        word.casefold() in _BEFORE_COUNT or
                                                        _DEFINITE_GENITIVE.search(word)):
        return word + _NOT_A_COUNT.sub(_not_a_count, m.group(0)[len(word):])  # 'I 2027' is no count
    return " "
_SHARE_AFTER = re.compile(r"\s*(?:%|procent\b|pct\b|percent\b)", re.I)
_SHARE_ASKED = re.compile(r"%|\b(procent\w*|pct|percent\w*|andel\w*|share)\b")


# 'hvor mange distrikter har kommunen?', 'hvor mange skoler er der?': how many there are, asked with no
# modal verb (not 'hvor mange skal udpeges?') nor a capacity ('hvor mange er der plads til?' is
# answered by 'plads til højst 12'), and 'hvor mange beholdere mangler stregkode?': how many
# of the noun the rest of the question narrows; 'er der' before a participle is a passive ('hvor mange
# weekender er der sat af?', '... er der bestilt?'): how many were done, answered as 'Der afsættes tre'
_HOW_MANY_THERE_ARE = re.compile(r"^\W*hvor mange\b(?! (opgave|trin|task|step))"
                                 r"(?!.*\b(skal|maa|kan|boer|skulle|kunne|burde|vil|ville|faar|behoev\w*|"
                                 r"plejer|plads til|room for|kapacitet\w*|capacity)\b)"
                                 r".*\b(har|ejer|er der"
                                 r"(?! (?!(?:i )?alt\b|mindst\b|hoe?jst\b|ikke\b)[a-z]{2,}t\b)"
                                 r"|findes|eksisterer)\b")
# a bound before a count makes it a demand ('mindst 3 skoler', 'højst 2.000 medarbejdere')
# ('hvis kommunen har under 100 elever': a threshold, no count of them)
_BOUND_BEFORE = re.compile(r"\b(mindst|højst|op til|maks\w*|minimum|maksimum|at least|at most|up to|"
                           r"under|over|"
                           r"(flere|færre|mere|mindre) end|(more|fewer|less) than)\s*$", re.I)
# a bound the question asks for ('hvor mange senge har værelserne højst?'): the bounded count is the answer
_BOUND_ASKED = re.compile(r"\b(hoe?jst|mindst|op til|maks\w*|minimum|maksimum|at least|at most|up to)\b")
# a definite count names all there are ('Hent aftalen og de tre bilag')
# (and a possessive: 'kommunens 74 legepladser', 'vores 12 skoler' are all of the owner's)
# (and a total: 'i alt 310 pladser', 'a total of 40')
_ALL_OF = re.compile(r"\b(de|alle|begge|the|all|sine|vores|jeres|deres|our|their|i alt|ialt|samlet|in total|"
                     r"a total of|"
                     r"[a-zæøå]{3,}(?:ens|ets|nes))\s*$", re.I)
# a sentence that says what there is or what something has (ascii-folded), or a label's value ('EAN-nummer:
# 13 cifre')
_HAS_OR_IS = re.compile(r"\b(har|havde|ejer|findes|fandtes|er|var|eksisterer|omfatter|rummer|indeholder|"
                        r"raader over|disponerer over|"
                        r"bestaar|taeller|has|have|is|are|contains?)\b|:")
# a count a thing is described with, as it has it ('svømmehal med to lektioner om ugen', 'anlægget med tre
# besøg'); not a kind of things ('kommuner med 500 elever eller flere', 'borgere med to børn'): the word
# before it is no plural in -er or -e, nor 'sammen' ('udføres af X sammen med to lejere': who takes part)
_HAD_WITH = re.compile(r"\b(?!sammen\b)[a-zæøå]{2,}[^\Wer]\s+med\s+(?:ca\.\s+|cirka\s+|omkring\s+)?$", re.I)
# where a sentence ends ('ca. 42.000' and 'kl. 8' go on) and where a clause of it ends
_SENTENCE_END = re.compile(r"[;!?\n]|(?<!\bca)(?<!\bkl)(?<!\bnr)(?<!\bfx)(?<!\bpr)\.(?=\s|$)")
_CLAUSE_END = re.compile(_SENTENCE_END.pattern + r"|,\s*(?=(?:og|men|eller|mens|så|samt|and|but|or)\b)")


def _span(text: str, start: int, end: int, ends: re.Pattern[str]) -> str:
    """The stretch of text between the boundaries around text[start:end]."""
    lo = max((b.end() for b in ends.finditer(text, 0, start)), default=0)
    after = ends.search(text, end)
    return text[lo:after.start() if after else len(text)]


def _counts_what_is(text: str, start: int, end: int, folded: str) -> bool:
    """Whether a count found at text[start:end] can say how many there are of what the question asks
    about: not as a demand or a selection ('mindst 3 skoler', 'Udvælg to distrikter') when the question
    asks how many there are, and not when the count's own clause names the noun but the words that
    narrow it stand in another clause ('Kommunen har ca. 42.000 beholdere, og beholdere uden stregkode
    registreres manuelt' does not count the beholdere that lack a stregkode)."""
    clause = _span(text, start, end, _CLAUSE_END)
    if _HOW_MANY_THERE_ARE.search(folded) and not _ALL_OF.search(text[:start]) and \
            not _CELL_BEFORE.search(text[:start]) and not _CELL_PHRASE.fullmatch(text) and \
            not _ITEM_OPENS.fullmatch(text[:start]) and (
            (_BOUND_BEFORE.search(text[:start]) and not _BOUND_ASKED.search(folded)) or
            not (_HAS_OR_IS.search(ascii_fold(_span(text, start, end, _SENTENCE_END).casefold()))
                 or _HAD_WITH.search(text[:start]))):
        return False
    counted = _COUNTED_NOUN.search(folded)
    if counted is None or not _noun(counted.group(1)):
        return True
    noun = counted.group(1).split()[0]
    narrowing = content_keys(folded[counted.start(1) + len(noun):]) - content_keys(noun)
    own = content_keys(clause)
    if not narrowing or narrowing & own or \
            not any(_same_thing(w, noun) for w in _WORD.findall(text[end:])[:2]):
        return True  # the clause says what it counts; or the count has no noun of its own
    rest = content_keys(_span(text, start, end, _SENTENCE_END)) - own
    return not narrowing & rest


# a count stated as a table cell or a label's value ('Bådejere | 1.400', 'Bådejere: 1.400'), or a list
# item's part after a dash between spaces ('Ådalen – 95 haver – formand ...'), says how many there are,
# with no verb to say it
_CELL_BEFORE = re.compile(r"(?:[|:]|\s[-\u2013\u2014])\s*$")
# a count that opens a bullet ('- 16 bolde i fire farver') lists how many there are, as a cell does
_ITEM_OPENS = re.compile(r"\s*[-•*\u2013]\s*")
_CELL_PHRASE = re.compile(r"\s*\d[\d.,]*\s+[^\W\d_]+\s*")  # a cell read with its row: '1.400 bådejere'


# what 'hvor mange' counts: its noun, after an adjective ('hvor mange lokale administratorer')
# (past a bound: 'hvor mange højst kontaktpunkter' counts the kontaktpunkter)
_COUNTED_NOUN = re.compile(r"\b(?:hvor mange|how many)\s+(?:(?:højst|hojst|mindst|maks\w*|cirka|ca\.?|"
                           r"at most|at least|maximum|minimum)\s+)?((?:\w+e\s+)?\w+)", re.I)


# 'hvor mange kan deltage?': a count of those who do the verb, asked with no noun
# (or with a noun for people of any kind, which says no more: 'hvor mange personer kan deltage?', 'how many
# people can join?')
# (people of any kind, in the singular too, as the English reading gives its lemma: 'how many visitors can
# come?' is read 'hvor mange gæst kan komme')
_COUNTED_DOERS = re.compile(r"\b(?:hvor mange|how many)\s+(?:(?:personer|folk|mennesker|people|persons|"
                            r"gæst(?:er)?|guests?|deltagere?|participants?|besøgende|visitors?)\s+)?"
                            r"(?:kan|skal|må|maa|bør|boer|vil|can|may)\s+"
                            # ('må stå ved X', 'må gå med')
                            r"(?:der\s+)?(?P<verb>stå|staa|gå|gaa|[^\W\d_]{4,})\b", re.I)


def _counts_doers(asked: str, noun: str, before: str = "", after: str = "") -> bool:
    """Whether a count's noun names those who do the verb a count asked with no noun asks of ('hvor mange kan
    deltage?' - '35 deltagere'), or people of any kind, who may come or take part ('hvor mange kan komme
    med?' - 'plads til højst 35 deltagere', 'Højst 12 personer på platformen') or whom the count's own words
    make doers of the asked verb ('kræver attestation af to personer' for 'hvor mange skal attestere?'); not
    the people of another thing for any verb ('underskrives på et møde med 12 deltagere' says nothing of how
    many sign)."""
    doers = _COUNTED_DOERS.search(asked)
    if doers is None:
        return False
    coming = _COMING.match(asked, doers.start("verb")) is not None
    if coming and _ROOM_PEOPLE_WORD.fullmatch(noun) and _ROOM_BEFORE.search(before[-40:]):
        return True  # 'hvor mange kan komme med?': 'plads til 120 besøgende' is the room for all who come
    if _GENERAL_PEOPLE.fullmatch(noun):
        if coming:
            return True
        verbs = [v for v in content_keys(doers.group("verb")) if len(v) >= 4]
        agent = _AGENT_BEFORE.search(before[-60:])
        # (the words after the count within its own clause: '25 personer i høringsperioden, og godkendes af
        # X' does not make the 25 the approvers)
        own = _OWN_CLAUSE.split(after, maxsplit=1)[0]
        near = ([agent.group(1)] if agent else []) + _WORD.findall(own)[1:5]
        return any(k.startswith(v) for w in near for k in content_keys(w) for v in verbs)
    return bool(_PEOPLE.search(noun)) and \
        any(k.startswith(v) for k in content_keys(noun)
            for v in content_keys(doers.group("verb")) if len(v) >= 4)


_OWN_CLAUSE = re.compile(r",|\bog\b|\bmen\b|\beller\b|\band\b|\bbut\b", re.I)


# people of any kind, who come to, take part in or stand on whatever a count of them is asked of (not
# 'superbrugere' or 'medarbejdere', who hold a role)
# (visitors too: 'besøgende' are those who come, by their name)
_GENERAL_PEOPLE = re.compile(r"personer|people|persons|deltagere|participants|gæster|guests|besøgende|"
                             r"visitors", re.I)
# people of any kind a room or a bound may be given to: those of `_GENERAL_PEOPLE`, and the public at large
# ('plads til 90 borgere'), who are counted as coming only by such a room (`_counts_comers`)
_ROOM_PEOPLE = _GENERAL_PEOPLE.pattern + r"|borgere|citizens"
_ROOM_PEOPLE_WORD = re.compile(_ROOM_PEOPLE, re.I)
# verbs of coming, taking part or being let in, which any people counted may do
_COMING = re.compile(r"(?:deltage|komme|kom|møde\s+op|moede\s+op|tilmelde|melde\s+sig|"
                     # the particle verbs of coming along: 'gå med', 'tage med', 'følge med', 'tage del'
                     r"(?:gå|gaa|tage|følge|foelge)\s+med|tage\s+del|"
                     # (a place adverb may come between: 'være oppe i tårnet', 'være inde i salen')
                     r"(?:være|vaere|stå|staa)(?:\s+der)?(?:\s+(?:oppe|nede|inde|ude|henne))?"
                     r"\s+(?:med|på|paa|i|ved|til\s+stede|plads)|attend|"
                     r"join|participate|take\s+part|come|be\s+(?:on|in|at|there|present)|sign\s+up|"
                     r"register)\b", re.I)
# the doer of a verbal noun just before the count: 'kræver attestation af to personer'
_AGENT_BEFORE = re.compile(r"([^\W\d_]{4,})\s+af\s+(?:(?:højst|mindst|op til|ca\.?)\s+)?$", re.I)
# a label a count is the value of ('Deltagere: højst 50'), read as the count's noun
_LABEL_BEFORE = re.compile(r"(?:^|\n)[-•*\s]*([^\W\d_]+)\s*:\s*"
                           r"(?:(?:højst|mindst|max\.?|maks\.?|op til)\s+)?$", re.I)


def counts_people_coming(asked: str, text: str) -> bool:
    """Whether a count asked with no noun is of people coming to or taking part in something ('hvor mange
    kan være med på X?') and the text counts people of any kind ('Plads til 25 deltagere'): the count of
    those who may come, wherever the text of the thing names it."""
    doers = _COUNTED_DOERS.search(asked)
    return doers is not None and _COMING.match(asked, doers.start("verb")) is not None and \
        gives_room_to_people(text)


def gives_room_to_people(text: str) -> bool:
    """Whether the text counts people it gives room to or lets come ('Der er plads til 90 borgere', 'Højst 12
    besøgende ad gangen', '30 deltagere'): what a question of how many may take part asks, though the text
    writes no 'deltage'."""
    return any(_counts_comers(text, m) for m in _PEOPLE_COUNTED.finditer(text))


def is_coming_verb(word: str) -> bool:
    """Whether the word is a verb of coming or taking part ('komme', 'deltage'): a room for people says it."""
    return _COMING.fullmatch(word) is not None


def asks_how_many_come(asked: str) -> bool:
    """Whether a count question asks how many people, of any kind or none named, may come to or take part in
    something ('hvor mange borgere kan deltage på X?', 'hvor mange kan komme med?'); not how many of a role
    may act ('hvor mange superbrugere kan oprettes?')."""
    return _COUNTED_COMERS.search(asked) is not None


# 'hvor mange (borgere) kan deltage': the count of people, named as of any kind or not at all, coming
_COUNTED_COMERS = re.compile(r"\b(?:hvor mange|how many)\s+(?:(?:" + _ROOM_PEOPLE + r")\s+)?"
                             r"(?:kan|må|maa|can|may)\s+(?:der\s+)?" + _COMING.pattern, re.I)


def _counts_comers(text: str, count: re.Match) -> bool:
    """Whether a count of people counts those who come, by its own clause: those who take part or are let
    in ('30 deltagere', '40 gæster'), or people of any kind the clause gives room to or lets come ('Plads
    til 25 personer', 'Højst 8 personer ad gangen', '12 personer kan deltage'); never people needed to
    work or help ('Der er brug for 6 personer til at passe garderoben', 'frivillige', 'hjælpere')."""
    start = max(text.rfind(c, 0, count.start()) for c in ".,;:!?\n") + 1
    ends = [i for c in ".,;:!?\n" if (i := text.find(c, count.end())) >= 0]
    clause = text[start:min(ends, default=len(text))]
    if _WORKERS.search(clause):
        return False
    if _COMERS.fullmatch(count.group("people")):
        return True
    return _ROOM_BEFORE.search(text[start:count.start()]) is not None or \
        _MAY_COME_AFTER.match(text, count.end()) is not None


# a number right before a word for people of any kind: '25 deltagere', 'højst 8 personer'
_PEOPLE_COUNTED = re.compile(r"\b\d+\s+(?P<people>" + _ROOM_PEOPLE + r")\b", re.I)
# people who come by their name: those taking part, guests
_COMERS = re.compile(r"deltagere|participants|gæster|guests|besøgende|visitors", re.I)
# the words of people needed to do work at the thing, not to come to it
_WORKERS = re.compile(r"\b(?:brug for|behov for|til at\s+(?!" + _COMING.pattern + r")|frivillig\w*|"
                      r"hjælper\w*|hjaelper\w*|medarbejder\w*|personale\w*|vagt\w*|need(?:ed|s)?|"
                      r"volunteer\w*|helpers?|staff|to help)\b", re.I)
# room or a bound given just before the count: 'plads til 25 personer', 'højst 8 personer'
_ROOM_BEFORE = re.compile(r"\b(?:plads til|højst|hojst|maks\w*|max\.?|op til|room for|up to|at most)\s*$",
                          re.I)
# the people counted may come: '12 personer kan deltage'
_MAY_COME_AFTER = re.compile(r"\s+(?:kan|må|maa|can|may)\s+" + _COMING.pattern, re.I)


def _counts_asked(before: str, after: str, asked: str, *, telling: frozenset[str] | None = None) -> bool:
    """A count counts what the question asks about: the noun right after it ('6 superbrugere', not
    'tre superbrugere pr. kommune' for a question about the kommune) or, after a word that is no
    noun, one of the three words after it, or the label just before it ('Stedfortræder: 1 person')."""
    asked_keys = content_keys(asked)
    following = _WORD.findall(after)[:3]
    counted = _COUNTED_NOUN.search(asked)
    if following and _counts_doers(asked, following[0], before, after):
        return True  # 'hvor mange kan deltage?': '35 deltagere' counts those who take part
    if (label := _LABEL_BEFORE.search(before[-60:])) and _counts_doers(asked, label.group(1), before, after):
        return True  # 'hvor mange kan komme med?': 'Deltagere: højst 50'
    if _room_for_comers(asked, before, following):
        return True  # 'hvor mange kan komme med på hver rundvisning?': 'højst 20 pr. rundvisning'
    if (said := _counted_by_next_words(after, following, counted, asked_keys)) is not None:
        return said
    if counted and _another_thing_counted(before, after, asked, following, counted):
        return False
    own = _WORD.findall(re.split(r"[.,;:!?()\n]", after, maxsplit=1)[0])
    own = own[1:] if own and is_number(own[0]) else own
    if telling is not None and counted and _noun(counted.group(1)) and own and content_keys(own[0]) and \
            not is_stop(ascii_fold(own[0].casefold())) and not _NOT_COUNTED.fullmatch(own[0].casefold()):
        # the number has a noun of its own in its phrase ('tildeler tre roller: ...'): it counts that noun,
        # the one asked about ('mindst 3 lokale administratorer'), or a kind of it the sentence ties to the
        # question by a telling word ('10 superbrugere skal uddannes'), or its label ('Stedfortræder: 1
        # person'); a common word of the question ('Kommunen tildeler') says whose, not what
        near = own[:2] + _past_modifiers(own) + _WORD.findall(before)[-3:]
        return any(_same_thing(w, counted.group(1)) for w in near) or \
            any(in_compound(k, telling) for k in content_keys(" ".join(near)))
    if following and content_keys(following[0]):
        near = following[:1] + _past_modifiers(following) + _WORD.findall(before)[-3:]
    else:
        near = following + _WORD.findall(before)[-3:]
    # 'en stikprøve på 20 tilladelser' counts the 'gravetilladelser' asked about: the compound's head
    return any(in_compound(k, asked_keys) for k in content_keys(" ".join(near)))


def _room_for_comers(asked: str, before: str, following: list[str]) -> bool:
    """Whether a bare count of room ('plads til 30', 'højst 20 pr. rundvisning', 'højst 8 ad gangen': a
    bound or room just before it, no noun of its own after it) answers a count of those who may come,
    asked with no noun ('hvor mange kan komme med ...?', 'hvor mange må der være på hver tur?')."""
    doers = _COUNTED_DOERS.search(asked)
    if doers is None or _COMING.match(asked, doers.start("verb")) is None:
        return False
    if _ROOM_BEFORE.search(before) is None:
        return False
    return not following or following[0].casefold().rstrip(".") in _PER | _AT_A_TIME


_AT_A_TIME = frozenset({"ad", "at"})  # 'ad gangen', 'at a time'


def _counted_by_next_words(after: str, following: list[str], counted: re.Match | None,
                           asked_keys: set[str]) -> bool | None:
    """What the words right after a count say of what it counts (None: they do not settle it): people
    with the role asked, people for 'personer', or another asked word, a length or an example."""
    held = _WITH_ROLE.match(after)
    if counted and held and _PEOPLE.search(held.group("people")) and \
            _same_thing(held.group("role"), counted.group(1)):
        return True  # 'mindst to medarbejdere med rollen Kioskadministrator' counts the kioskadministratorer
    if counted and held and _PEOPLE.search(held.group("people")) and \
            any(_PEOPLE.search(w) for w in _WORD.findall(counted.group(1))) and \
            _role_name_keys(after[held.start("role"):]) <= asked_keys:
        return True  # 'højst 3 personer med rollen SAPA Lokal administrator' counts the medarbejdere asked
        # to have that role: people counted by the role the question names
    if following and counted and _ANY_PEOPLE.fullmatch(_WORD.findall(counted.group(1))[0]) and \
            _PEOPLE.search(following[0]) and not _DURATION_UNIT.fullmatch(following[0]):
        return True  # 'hvor mange personer kan deltage?': '10 deltagere' counts people
    if following and counted and content_keys(following[0]) & asked_keys and \
            following[0].casefold().rstrip(".") not in _PREPOSITIONS | _PER and \
            not content_keys(following[0]) & content_keys(counted.group(1)) and \
            not (following[1:] and _same_thing(following[1], counted.group(1))):
        return False  # 'to afregningsansvarlige' is no count of the brugere they create
        # (a preposition that is also a verb, 'ved', opens a place: 'Affaldsspande: 4 ved indgangen'; the
        # asked word may be a modifier of the asked noun: 'fire ekstra montører' for 'montører ... ekstra')
    if following and counted and _DURATION_UNIT.fullmatch(following[0]) and \
            any(_PEOPLE.search(w) for w in counted.group(1).split()):
        return False  # 'kurset varer én dag' is how long, no count of the superbrugere asked about
    if following and counted and _DURATION_UNIT.fullmatch(following[0]) and \
            not any(_DURATION_UNIT.search(w) for w in _WORD.findall(counted.group(1))):
        return False  # 'grænsen på 70 dage' is a length: no count of the udlejere, sager or ansøgninger asked
    if counted and _named_as_example(after, counted.group(1)):
        return False  # '120 stykker værktøj, blandt andet boremaskiner' counts all the tools, not the drills
    return None


# 'højst 5 pr. solur' for 'hvor mange fotos ... pr. solur?': what the count is per, not what it counts
_PER = frozenset({"pr", "per"})


def _another_thing_counted(before: str, after: str, asked: str, following: list[str],
                           counted: re.Match) -> bool:
    """Whether the count's noun is another compound than the one asked ('12 testbrugere' for
    'brugersystemroller'), or the number has no noun and none of the words around it is the asked one."""
    noun = following[1:] if following and is_number(following[0]) else following  # 'mindst 3 ressourcetyper'
    if noun and _noun(counted.group(1)) and \
            _other_compound(noun[0], counted.group(1)) and \
            not any(_same_thing(w, counted.group(1)) for w in noun[:3] + _WORD.findall(before)[-2:]):
        return True  # '12 testbrugere' counts no brugersystemroller, '3 ressourcetyper' no ressourcer
    # (the two words after 'hvor mange': a compound may stand as two, 'superbruger kandidat')
    # 'når resultatet af prøvekørsel 1 er godkendt' numbers a run; it counts no ejendomme
    return counted.group(0).casefold().startswith("hvor") and _noun(counted.group(1)) and \
        not (following and content_keys(following[0])) and \
        not any(_same_thing(w, " ".join(_WORD.findall(asked[counted.start(1):])[:2]))
                for w in _WORD.findall(before + " " + after))


# the role people hold, before its name: 'med rollen Kioskadministrator', 'i rollen X', 'der har funktionen X'
ROLE_HELD = r"(?:med|i|som har|der har)\s+(?:rollen|funktionen)\s+"
# people named by the role they hold: 'medarbejdere med rollen Kioskadministrator', 'personer i rollen X'
_WITH_ROLE = re.compile(r"\s*(?P<people>[\w-]+)\s+" + ROLE_HELD + r"(?P<role>[\w-]+)", re.IGNORECASE)


def _role_name_keys(text: str) -> set[str]:
    """The keys of a role's name, its words up to a stop word, a short lower-case word or a mark ('SAPA
    Lokal administrator pr. kommune' is the role 'SAPA Lokal administrator')."""
    words = re.split(r"[.,;:!?()\n]", text, maxsplit=1)[0].split()[:4]
    name: list[str] = []
    for w in words:
        if name and (is_stop(ascii_fold(w.casefold())) or (len(w) <= 3 and w.islower())):  # 'pr.', 'hos'
            break
        name.append(w)
    return content_keys(" ".join(name))


def _past_modifiers(phrase: list[str]) -> list[str]:
    """The words of a count's phrase up to its noun past up to two adjectives or participles ('50
    tilfældigt udvalgte kursister', 'de 20 største bygninger': words of the plain form of one, '-t' or
    '-e', lower case); a stop word ends the phrase ('tre roller til brugere' counts roller)."""
    out: list[str] = []
    for word in phrase[:3]:
        if is_stop(ascii_fold(word.casefold())):
            break
        out.append(word)
        if not _MODIFIER.fullmatch(word):
            break
    return out


# an adjective or participle before a noun: 'udvalgte', 'tilfældigt', 'største', 'nye', 'aktive'
_MODIFIER = re.compile(r"[a-zæøå]{2,}(?:e|t)")
_DURATION_UNIT = re.compile(_UNITS, re.I)
# 'hvor mange personer / folk / people': people of any kind ('deltagere', 'medarbejdere')
_ANY_PEOPLE = re.compile(r"personer|folk|people|persons", re.I)
# Nouns counting people: 'superbrugere', 'deltagere', 'medarbejdere', 'personer', 'participants'.
_PEOPLE = re.compile(r"(ere|erne|personer|people|participants|users|employees)$", re.I)


def _counted_noun(asked: str) -> bool:
    """Whether the question says what it counts ('hvor mange underpunkter', not 'hvor mange fra ...')."""
    counted = _COUNTED_NOUN.search(asked)
    return counted is not None and _noun(counted.group(1))


_BOUND_WORD = re.compile(r"højst|mindst|op til|maks\w*|at most|at least|up to")


def _noun(counted: str) -> bool:
    """Whether the words after 'hvor mange' hold a noun (not 'hvor mange skal ...', 'hvor mange af')."""
    return any(content_keys(w) and not is_stop(ascii_fold(w.casefold()))
               and not _NOT_COUNTED.fullmatch(w.casefold()) for w in _WORD.findall(counted))


_NOT_COUNTED = re.compile(r"gange?|times?|procent|percent|kr|kroner|af|of|der|som|who|that|gør|does|do|"
                          r"person(er)?|persons?|people|stk|styk")


def _other_compound(word: str, counted: str) -> bool:
    """Whether the counted word of the text shares a part with the noun asked about but is another
    compound: 'ressourcetyper' for 'ressourcer', 'testbrugere' for 'brugersystemroller'."""
    return any(k != c and not (k.endswith(c) or c.endswith(k)) and _shared_part(k, c)
               for k in content_keys(word) for c in content_keys(counted))


def _shared_part(a: str, b: str) -> bool:
    """Whether two keys share a part: the same first or last five letters ('ressourc' of 'ressourcetyp'),
    or one's end is the other's start ('brug' of 'testbrug' and 'brugersystemrol')."""
    short = min(len(a), len(b))
    return (short > 5 and (a[:5] == b[:5] or a[-5:] == b[-5:])) or \
        any(a[-n:] == b[:n] or a[:n] == b[-n:] for n in range(4, short))


# what names some of the things a count counts: 'blandt andet', 'herunder', 'fx', 'including'
_EXAMPLES = re.compile(r"\b(?:blandt andet|bl\.\s?a\.|herunder|heriblandt|f\.\s?eks\.|fx|for eksempel|såsom|"
                       r"including|such as|e\.g\.)", re.I)


def _named_as_example(after: str, counted: str) -> bool:
    """Whether the counted noun stands in the count's sentence only among examples of what it counts
    ('120 stykker værktøj, blandt andet boremaskiner'): the number is the whole's, not the example's."""
    clause = re.split(r"[.;:!?\n]", after, maxsplit=1)[0]
    m = _EXAMPLES.search(clause)
    if m is None:
        return False
    return not any(_same_thing(w, counted) for w in _WORD.findall(clause[:m.start()])) and \
        any(_same_thing(w, counted) for w in _WORD.findall(clause[m.end():]))


def _same_thing(word: str, counted: str) -> bool:
    """Whether a word of the text is the counted noun, a compound of it ('testbrugere' for 'brugere') or
    its head ('tilladelser' for 'gravetilladelser'); not a compound with another head ('ressourcetyper')."""
    keys = content_keys(word)  # (after 'hvor mange': a noun, an adjective and a noun, or a noun and a verb)
    return any(k == c or (min(len(k), len(c)) >= 3 and (k.endswith(c) or c.endswith(k)))
               for k in keys for c in content_keys(counted))


def _count_no_answer(value: str, m: re.Match, text: str, *, asked: str, folded: str,
                     telling: frozenset[str] | None) -> bool:
    """Whether a count found counts no thing the question asks about, or not how many there are."""
    if _BOUND_WORD.fullmatch(value) and _counted_noun(asked) and \
            is_number((_WORD.findall(text[m.end():]) or [""])[0]):
        return True  # 'op til tre niveauer' for 'hvor mange underpunkter': the number after the bound counts
    if not _counts_asked(text[:m.start()], text[m.end():], asked, telling=telling):
        return True  # 'de tre kursusdage' is no count of the superbrugere asked about
    if _SHARE_AFTER.match(text[m.end():]) and not _SHARE_ASKED.search(folded):
        return True  # '10 % af salget' is a share; 'hvor mange skoler ...?' asks a count of things
    # 'Udvælg to distrikter' does not say how many districts the kommune has
    return not _counts_what_is(text, m.start(), m.end(), folded)
