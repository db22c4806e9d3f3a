"""Parties in a text: roles, names, and who a passive, a cleft or a relative clause says does a deed."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.lexicon import CONCEPTS, number_alternation
from knowledge.morphology import particle_verb_keys
from knowledge.qa.types.values import _WORD
from knowledge.roles import ROLE as _ROLE
from knowledge.roles import adjective_like, names_role

# Words that name a thing, not who: a system, module or file ('ESDH-systemet', 'PNG-fil', its genitive
# 'Serviceplatformens'), and codes with digits or underscores ('SF1461', 'ksd_fordeler').
_THING = re.compile(r"\d|_|(system|modul|platform|portal|fil|format|løsning|miljø)"
                    r"(s|et|en|er|erne|ets|ens|ernes)?$", re.I)


def _parties(text: str, *, doers: bool = False, verbs: set[str] = frozenset(), recipients: bool = True):
    """Words naming a party: a role ('-ansvarlig', '-chef', 'leverandør'), a name in capitals
    ('KMD'), or a capitalised word inside a sentence ('... for Benorax: Netcompany'), or first in a
    sentence when the asked verb (`verbs`, keys; or the verb of an asked noun) follows it as its own
    ('Netic konverterer data'). With `doers` (who does a deed), a name where something is done
    ('rettes i DAR') is no party. Without `recipients`, a party a thing goes to ('sendes til
    kommunens arkiv') is none: it receives the deed, it does not do it."""
    for m in _WORD.finditer(text):
        word = m.group(0)
        role = _role_word(word)
        if not role and _thing_word(word):
            continue
        if doers and not role and _ends_with(_IN_PLACE, text, m.start()):
            continue
        if not recipients and _ends_with(_RECIPIENT, text, m.start()):
            continue
        if role:
            yield m
        elif word[:1].isupper():
            before = text[:m.start()].rstrip()
            if word.isupper() and (owner := _OWNER_BEFORE.search(before[-40:])) and \
                    not _role_word(owner.group(0)):
                continue  # 'saltbilernes GPS', 'borgerens CPR': a thing its owner has, no party (a party's
                # is one: 'kommunens DPO')
            if (len(word) >= 2 and word.isupper()) or (before and before[-1] not in ".!?\n") or \
                    _names_role_after(text[m.end():]) or _name_does_asked(word, text[m.end():], verbs):
                yield m  # a name inside a sentence, or first in 'Netcompany er databehandler'


def _name_does_asked(word: str, after: str, verbs: set[str]) -> bool:
    """Whether the asked verb follows a name first in a sentence, past the rest of the name when it goes on
    in capitals ('Isflage Systemer opretter skabene': the firm's name ends in a word that alone names a
    thing, so its last word is no party and its first word must reach the verb over it)."""
    if _does_asked(after, verbs, genitive=word.endswith("s")):
        return True
    rest = _NAME_GOES_ON.match(after)
    return rest is not None and _does_asked(after[rest.end():], verbs, genitive=rest.group(0).endswith("s"))


# the rest of a name of one to two more words in capitals ('Isflage Systemer', 'Nord Data Systemer')
_NAME_GOES_ON = re.compile(r"(?:\s+(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]+){1,2}(?=\s)")


# a definite genitive of a common noun, which owns the abbreviation after it ('saltbilernes GPS')
_OWNER_BEFORE = re.compile(r"\b[a-zæøå][a-zæøå-]{2,}(?:ens|ets|ernes|enes)$")


@lru_cache(maxsize=16384)
def _thing_word(word: str) -> bool:
    return bool(_THING.search(word))


# A phrase that ends where a word begins is at most this long: the patterns read before a word
# ('sendes til kommunens arkiv', 'i DAR') are searched in this much text before it, not in all of it,
# which made reading a long answer's words quadratic.
_PHRASE_BEFORE = 300


def _ends_with(pattern: re.Pattern, text: str, end: int) -> bool:
    """Whether `pattern` (anchored with $) matches text[:end] at its end."""
    return pattern.search(text, max(0, end - _PHRASE_BEFORE), end) is not None


# A role word's endings ('leverandøren', 'superbrugerne', 'kommunens'): more after the role makes the
# word a thing the role is a part of ('databehandleraftale', 'brugerflade'), no party.
_INFLECTION = re.compile(r"(?:e|en|et|er|ere|erne|ne|ene|n|s|es|ens|ets|nes|ns|ernes|'s|’s)?")


@lru_cache(maxsize=16384)  # every word of every sentence judged, for many questions
def _role_word(word: str) -> bool:
    roles = list(_ROLE.finditer(word.casefold()))
    return bool(roles) and _INFLECTION.fullmatch(word.casefold()[roles[-1].end():]) is not None


# Where a party receives what is done: 'sendes til KOMBITs testkoordinator', 'afleveres til kommunens arkiv'
# (the party's phrase: up to two words after 'til'; not 'stilles til rådighed af X': 'af' names the doer).
# ('to' after a Danish word that goes before a count is 'two': 'repareres af to teknikere' names the doers)
_RECIPIENT = re.compile(r"\b(?:til|(?<!\baf )(?<!\bde )(?<!\bmed )(?<!\bpå )(?<!\bhar )(?<!\bog )(?<!\bkun )"
                        r"(?<!\bmindst )(?<!\bhøjst )(?<!\bca\. )(?<!\bi )to)\s+"
                        r"(?:(?!(?:af|by|hos|fra|from|med|with|i|in|på|on)\s)[\wæøåÆØÅ'’()/-]+[\s/]+){0,2}\(?$",
                        re.I)
# The active verb right after a sentence's first word ('Borgerservice opsætter selv ...'); not a passive
# ('Journalerne konverteres ...'), whose first word is what is done to.
# (the duty and the charge first: 'sørger' is also a verb in -er, whose own key asks nothing)
_ACTIVE_AFTER = re.compile(r"^\s+(?:(?:selv|også|nu|fortsat)\s+)?(?:"
                           # a duty taken on: 'Sundhedsplejen står for at orientere ...'
                           r"(?:står|sørger|tager\s+sig|har\s+ansvaret)\s+(?:for|af)\s+at\s+(?P<duty>[a-zæøå]{3,}e)\b|"
                           # a charge held: 'Visma står for driften af integrationen'
                           r"(?:står|sørger|tager\s+sig|har\s+ansvaret)\s+(?:for|af)\s+(?!at\b)(?P<charge>[a-zæøå]{3,})\b|"
                           # a present in -r of a verb whose stem ends in a vowel, with its prefix
                           # ('Webredaktøren gennemgår ...', 'Udvalget afgør ...'); the bare 'får/går' is
                           # left to the genitive ('Vinderen får en pokal' names anyone who wins)
                           r"(?P<verb>[a-zæøå]{3,}er|[a-zæøå]{2,}(?:går|gør|får|slår))\b)")


def subject_does_asked(text: str, question: str) -> bool:
    """Whether the word opening the text is its subject doing the question's own verb, with more nouns it is
    listed with or a relative clause that says which of them ('Skoler, institutioner og foreninger kan
    booke ...' for 'hvem kan booke ...?'), or a group counted or limited (_counted_agents): it names who.
    (A bare subject first, 'Kommunen registrerer ...', is how a goal states the end, measured: it let a goal
    answer a who-question wrongly.)"""
    m = _WORD.search(text)
    if m is None or m.start() != len(text) - len(text.lstrip()):
        return False
    if any(g.start() == m.start() for g in _counted_agents(text, frozenset(question_keys(question)))):
        return True  # a group counted or limited opens it: 'Kun borgere på mosaiklisten bruger værkstedet'
    tail = _subject_tail(text[m.end():])
    return tail is not None and _tail_does_asked(tail, frozenset(question_keys(question)))


# the noun a genitive first in a sentence is part of: 'Beredskabets vagtcentral', 'Kommunens jurist'
_GENITIVE_NOUN = re.compile(r"\s+(?-i:[a-zæøå])[\wæøå-]{3,}(?=\s)")
# the few presents not in -er: 'får', 'går', 'gør', 'ser', 'slår'
_SHORT_PRESENT = re.compile(r"\s+(f[åa]r|g[åa]r|g[øo]r|ser|slår)\b")


# The verb of a price ('X koster 200 kr.', 'X costs ...'): the glossary reads it as 'betale' (what is
# paid), but its subject is the thing priced, not who pays
PRICE_VERB = re.compile(r"\b(?:koste|koster|kostede|kostet|cost|costs)\b", re.I)


def _does_asked(after: str, verbs: set[str], *, genitive: bool = False) -> bool:
    """Whether the asked verb, or the verb of an asked noun ('kortlægger' for 'kortlægningen'), follows;
    after a genitive, its noun first ('Beredskabets vagtcentral får en kopi')."""
    if genitive and (noun := _GENITIVE_NOUN.match(after)):
        # (a short present too, 'Havnens vagtcentral får en kopi': the genitive makes the noun a particular
        # party's unit, where 'Vinderen får en pokal' names anyone who wins)
        short = _SHORT_PRESENT.match(after, noun.end())
        if (short and content_keys(short.group(1)) & verbs) or _does_asked(after[noun.end():], verbs):
            return True
    if (tail := _subject_tail(after)) is not None:
        # 'Skoler, institutioner og foreninger kan booke ...', 'Skoler, der registrerer fund, logger ind
        # ...': the subject goes on before its verb
        return _tail_does_asked(tail, verbs)
    elif _modal_does_asked(after, verbs):
        return True  # 'Skoler kan booke madpakkehusene'
    m = _ACTIVE_AFTER.match(after)
    if m is None or PRICE_VERB.fullmatch(m.group("verb") or ""):
        return False  # ('Lejen koster 900 kr.': the glossary's 'betale', but the subject is what is priced)
    said = content_keys(m.group("verb") or m.group("duty") or m.group("charge"))
    # 'sætter kortet op' is 'opsætter' too
    said |= particle_verb_keys(re.split(r"[.;!?]", after, maxsplit=1)[0] + ".")
    return bool(said & verbs) or any(len(k) >= 4 and a.startswith(k) for k in said for a in verbs)


# What may stand between a sentence's first word and its verb: more nouns it is listed with ('Skoler,
# institutioner og foreninger'), or a relative clause that says which of them, after a short phrase or not
# ('Borgere over 75 år, der ikke selv kan bære salt hjem,'); only lower-case words, as a clause's subject is
_COORDINATED = re.compile(r"^(?:,\s+[a-zæøå][\wæøå-]+)*,?\s+(?:og|eller)\s+[a-zæøå][\wæøå-]+(?=\s)")
_RELATIVE_TAIL = re.compile(r"^(?:\s+(?:over|under|fra|med|uden|i|på)\s+[\wæøå.-]+(?:\s+[\wæøå.-]+){0,2}?)?"
                            r",\s+(?:der|som)\s+[^,.;:!?\n]{3,80},(?=\s)")
# A modal and the infinitive of an active verb ('kan booke', 'skal selv hente'; not a passive, 'kan bruges')
_MODAL_VERB = re.compile(r"^\s+(?:kan|skal|må|bør|vil)\s+(?:(?:selv|også|gerne)\s+)?(?P<verb>[a-zæøå]{2,})\b")
# the short presents, read by their infinitive's key ('får' is 'få')
_SHORT_PRESENT_INFINITIVE = re.compile(r"^\s+(?P<verb>f[åa]|g[åa]|se|st[åa])r\b")


def _subject_tail(after: str) -> tuple[str, bool] | None:
    """What follows a subject that goes on before its verb, and whether a relative clause restricts it
    (None: nothing of the kind follows)."""
    if m := _COORDINATED.match(after):
        return after[m.end():], False
    if m := _RELATIVE_TAIL.match(after):
        return after[m.end():], True
    return None


def _tail_does_asked(tail: tuple[str, bool], verbs: set[str] | frozenset[str]) -> bool:
    """Whether the verb after a subject's tail (_subject_tail) is the asked one: a modal's infinitive, or a
    short present after a relative clause ('Borgere over 75 år, der ..., får tilbudt': a group the clause
    says which of; a plain present after the clause is left alone, 'Borgere, der ..., betaler et gebyr for
    tolk' pays no fremmødetolk)."""
    after, restricted = tail
    return _modal_does_asked(after, verbs) or (restricted and _short_present_asked(after, verbs))


def _modal_does_asked(after: str, verbs: set[str]) -> bool:
    m = _MODAL_VERB.match(after)
    return m is not None and not m.group("verb").endswith("es") and \
        bool(content_keys(m.group("verb")) & verbs)


def _short_present_asked(after: str, verbs: set[str]) -> bool:
    m = _SHORT_PRESENT_INFINITIVE.match(after)
    return m is not None and bool(content_keys(m.group("verb")) & verbs)


# 'rettes i DAR', 'bestilles på Serviceplatformen': where a deed is done, not who does it
# (also after the kind noun a name stands in apposition to: 'i tilsynsprogrammet Playtool', 'via appen X')
_IN_PLACE = re.compile(r"\b(?:i|på|via|gennem|in|on|through)\s+(?:(?-i:[a-zæøå])[\wæøå-]{2,}(?:et|en)\s+)?"
                       r"(?:(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]*\s+)?$", re.I)


# The subject of a passive, after a modal or not, of a verb done to people (informed, consulted, invited):
# 'Borgerservice skal informeres', 'Lederne bør orienteres', 'Menighedsrådene orienteres skriftligt';
# not 'Aftalen skal underskrives'.
_PASSIVE_SUBJECT = re.compile(r"(?:^|(?<=[.!?] ))[\W\d]*"
                              r"(?P<who>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[\wæøåÆØÅ-]+){0,5}?)"
                              r"\s+(?P<modal>(?:skal|må|bør|kan|skulle|should|must|shall)\s+(?:\w+\s+)?(?:be\s+)?)?"
                              r"(?P<verb>(?:inform|orienter|inddrag|hør|involver|kontakt|indkald|invit|underret|"
                              r"notific|consult|contact|invit)[a-zæøå]*(?:es|ed))\b")

_DEFINITE_SUBJECT = re.compile(r"[A-ZÆØÅ][a-zæøå-]{2,}(?:en|et|ne)")
# ... or such a noun with a place after it ('Skolerne i nærheden'), or two plural nouns joined
# ('Skoler og foreninger orienteres'): a noun phrase, not an adverbial that opens the sentence
_SUBJECT_PHRASE = re.compile(r"(?!Inden\b)[A-ZÆØÅ][a-zæøå-]{2,}(?:ne|en|et)\s+(?:i|på|ved)\s+[a-zæøå-]+|"
                             r"[A-ZÆØÅ][a-zæøå-]{2,}(?:er|re)\s+og\s+[a-zæøå-]{2,}(?:er|re|ne)")


# any text, matched whole between the bounds given to it
_WHOLE = re.compile(r".*", re.S)


def _span(text: str, start: int, end: int) -> re.Match[str]:
    """A match of text[start:end] where it is: what re.compile(re.escape(text[start:end])).search(text, start)
    gives, without a pattern compiled per text (re's cache would lose the engine's own patterns to them)."""
    return _WHOLE.match(text, start, end)


def _passive_subjects(text: str, asked_keys: set[str]):
    """'Borgerservice skal informeres' names who, for 'hvem skal informeres?': the subject of the
    passive the question asks with (the same verb), as a match of the subject alone."""
    for m in _PASSIVE_SUBJECT.finditer(text):
        # with no modal the verb comes second, after whatever opens the sentence ('Herefter informeres
        # borgerne', 'I august orienteres ...'): only a definite noun there is its subject
        if m.group("modal") is None and not (_DEFINITE_SUBJECT.fullmatch(m.group("who"))
                                             or _SUBJECT_PHRASE.fullmatch(m.group("who"))):
            continue
        if content_keys(m.group("verb")) & asked_keys:
            yield _span(text, m.start("who"), m.end("who"))


# A noun, definite or by its ending, that an 'af' after it would belong to (not a few adverbs and times that
# look like one: 'igen', 'alene', 'om året')
_NOUN_OF = (r"(?!(?:igen|alene|sammen|siden|meget|året|måneden|ugen|dagen|kvartalet)\b)"
            r"[\wæøåÆØÅ'’-]{2,}(?:en|et|ne|ing|else|hed|tion|sion)\b")

# The number words a passive's agent is counted in: one to ten ('af et bureau', 'af fem borgere'), and two to
# twelve at a clause's end ('af to maskinmestre.'); as this reader has always read them, without 'én', 'ét'
# and 'elleve'
_FEW = number_alternation(1, 10, english=False, without=("én", "ét"))
_SEVERAL = number_alternation(2, 12, english=False, without=("elleve",))


# The agent of a passive: 'Opsætningen foretages af pladsanvisningen', 'Brevet sendes af skolekontoret'.
# (two passives may share the agent: 'Bassinet tømmes og kalkes af to maskinmestre')
# (a few words may stand between the verb and its agent: 'oversættes til engelsk af et bureau'; not a noun
# 'af' belongs to: 'orienteres om resultatet af undersøgelsen', 'fornyes ved udløbet af perioden')
_PASSIVE_AGENT = re.compile(r"\b(?P<verb>[a-zæøå]{3,}(?:es|s)(?:\s+og\s+[a-zæøå]{3,}(?:es|s))?)"
                            r"(?:\s+(?!(?:af|og|men|eller|der|som|hvis|når)\b)(?!" + _NOUN_OF + r")"
                            r"[\wæøåÆØÅ'’-]+){0,3}?\s+af\s+"
                            r"(?P<who>(?:(?:kommunens|jeres|vores)\s+)?[\wæøåÆØÅ-]{2,}(?:en|et|ne)|"
                            # a unit named by its service ('af kundeservice', 'af IT-support')
                            r"[\wæøåÆØÅ-]{2,}(?:service|support)|"
                            # a genitive's one ('af hjemmeplejens planlægger'): definite by the genitive
                            r"(?:[a-zæøå][\wæøå-]+(?:ens|ets|nes)|[A-ZÆØÅ][\wæøåÆØÅ-]+s)\s+[a-zæøå][\wæøå-]{3,}|"
                            # an indefinite one the text says which of: by an adjective or where from ('af et
                            # eksternt oversættelsesbureau', 'af fem borgere fra handicaprådet'; not 'af en
                            # medarbejder')
                            r"(?:" + _FEW + r"|\d+)\s+"
                            r"(?:[a-zæøå]{3,}\s+(?!(?:inden|efter|senest|under|over|mellem|hver|eller|samt)\b)"
                            r"[a-zæøå][\wæøå-]{3,}|"
                            r"[a-zæøå][\wæøå-]{3,}\s+(?:fra|hos)\s+[\wæøåÆØÅ-]{3,})|"
                            # a count of them, two or more, at a sentence's or clause's end ('af to
                            # maskinmestre.'; not 'af 2 gange', 'af tre dage')
                            r"(?:" + _SEVERAL + r"|[2-9]|\d\d+)\s+"
                            r"(?!(?:dage|uger|måneder|timer|minutter|gange|år|procent|kroner)\b)"
                            r"[a-zæøå][\wæøå-]{3,}(?:er|re|e)(?=\s*[.,;:!?]|\s*$))\b")


# A cleft: 'Det er havnefogederne, der indberetter'.
_CLEFT_AGENT = re.compile(r"\b(?:det|den)\s+er\s+(?P<who>[^,.;!?]+?),?\s+(?:der|som)\s+(?:skal\s+|kan\s+)?"
                          r"(?P<verb>[a-zæøå]{3,})\b", re.I)


def _cleft_agents(text: str, asked_keys: set[str]):
    """'Det er havnefogederne, der indberetter' names who, for 'hvem indberetter ...?': the party the
    cleft puts forward for the question's own verb, whatever word names it."""
    for m in _CLEFT_AGENT.finditer(text):
        if content_keys(m.group("verb")) & asked_keys:
            yield _span(text, m.start("who"), m.end("who"))


# A group counted or determined as the subject of a clause: a count, or a plural 'de'/'alle'/'begge', and
# a plural noun, with an adjective before it or not, at a sentence's or clause's start ('..., og 12 frivillige
# hjælper til', 'De frivillige billetkontrollører tilmelder sig'); a count past a preposition ('plads til 80
# borgere') is no subject
_GROUP_SUBJECT = re.compile(r"(?:^|[.!?;:]\s+|,\s+(?:og|men|mens)\s+|,\s+)"
                            # (or only such: 'Kun borgere på mosaiklisten bruger værkstedet')
                            r"(?P<det>" + _SEVERAL + r"|[2-9]|\d\d+|de|alle|begge|kun|only)\s+"
                            r"(?P<words>(?-i:[a-zæøå])[\wæøå-]{2,}(?:\s+(?-i:[a-zæøå])[\wæøå-]{3,})?)(?=\s)",
                            re.I)
# a plural of times, which does no deed ('Kun lørdage i juli åbner boden', 'alle hverdage')
_TIME_PLURAL = re.compile(r"(?:dage|uger|måneder|år|timer|aftener|nætter|morgener|weekender|ferier|"
                          r"days|weeks|months|years|hours|evenings|nights|weekends)$", re.I)
# a counted plural ('20 piloter', '12 frivillige')
_PLURAL = re.compile(r"[\wæøå-]{3,}(?:er|re|e)")
# after 'de'/'alle'/'begge', a plural of people: an agent noun ('kontrollører') or an adjective or participle
# standing as one ('de frivillige', 'de studerende'); not a thing's plural ('De nye regler', 'De færdige
# lister sender kommunen ...', where the verb comes second and the subject after it)
_PEOPLE_PLURAL = re.compile(r"[\wæøå-]{2,}(?:ere|ører|ige|ende)")


def _counted_agents(text: str, asked_keys: set[str]):
    """'Der er plads til 80 borgere, og 12 frivillige hjælper til' names who, for 'hvem hjælper til ...?':
    a counted or determined group opening a clause, followed at once by the question's own verb (active,
    or after a modal), is who does it, whatever plain plural noun names it."""
    for m in _GROUP_SUBJECT.finditer(text):
        words = m.group("words").split()
        plural = _PEOPLE_PLURAL if m.group("det").casefold() in ("de", "alle", "begge") else _PLURAL
        for n in range(len(words), 0, -1):  # the adjective and its noun, or the one word alone
            end = m.start("words") + len(" ".join(words[:n]))
            # (not the question's own people: 'hvem hjælper de frivillige?' - '6 frivillige hjælper til')
            if plural.fullmatch(words[n - 1]) and _restricted_does_asked(text[end:], set(asked_keys)) and \
                    not content_keys(words[n - 1]) & set(asked_keys) and \
                    not _TIME_PLURAL.search(words[n - 1]):
                yield _span(text, m.start("det"), end)
                break


def _restricted_does_asked(after: str, verbs: set[str]) -> bool:
    """Whether the asked verb follows a group, at once or past a short phrase that says which of them
    ('borgere på mosaiklisten bruger ...', '12 frivillige fra skolen hjælper til')."""
    if _does_asked(after, verbs):
        return True
    for phrase in (_WHICH_OF_ONE, _WHICH_OF_TWO):
        if (m := phrase.match(after)) and _does_asked(after[m.end():], verbs):
            return True
    return False


# a preposition and one or two words after a group, which say which of them
_WHICH_OF = r"^\s+(?:på|i|fra|over|under|med|uden|ved|hos|on|in|from|with|at)\s+"
_WHICH_OF_ONE = re.compile(_WHICH_OF + r"[\wæøå.-]+(?=\s)", re.I)
_WHICH_OF_TWO = re.compile(_WHICH_OF + r"[\wæøå.-]+\s+[\wæøå.-]+(?=\s)", re.I)


def _relative_agents(text: str, asked_keys: set[str]):
    """'… til Danmarks Miljøportal, som står for at gøre det tilgængeligt' names who, for 'hvem sørger
    for, at …?': a name (or a definite noun) the relative clause gives the question's own verb, or a
    word for a duty when the question asks one ('står for' and 'sørger for' are said of each other)."""
    for m in _RELATIVE_AGENT.finditer(text):
        verb = content_keys(m.group("verb"))
        if verb & asked_keys or (_duty(verb) and _duty(asked_keys)):
            yield _span(text, m.start("who"), m.end("who"))


def _duty(keys) -> bool:
    return any(CONCEPTS.get(k, frozenset()) & _DUTIES for k in keys)


_DUTIES = frozenset({"executor", "responsible"})
_RELATIVE_AGENT = re.compile(r"(?P<who>(?-i:[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ/-]*){0,3})|"
                             r"\b(?:den|det|de)\s+[a-zæøå-]+),\s+(?:som|der)\s+(?:skal\s+|kan\s+)?"
                             r"(?P<verb>[a-zæøå]{3,}(?:\s+for)?)\b", re.I)


_SIGNING = frozenset(content_keys("underskrives godkendes"))


def _passive_agents(text: str, asked_keys: set[str]):
    """'Brevet sendes af skoleadministrationen' names who, for 'hvem sender brevet?': the agent of the
    passive of the question's own verb, a definite noun whatever it names (not only a role or a name;
    not 'af begge parter', 'af en medarbejder'), or an indefinite one with what kind or where from."""
    for m in _PASSIVE_AGENT.finditer(text):
        verb = content_keys(m.group("verb"))
        if verb & asked_keys and not verb & _SIGNING:  # who signs is the signature intent's to say
            yield _span(text, m.start("who"), m.end("who"))


# 'X er databehandler', 'X er leverandør': a copula with a role says X is a party, even first in a sentence.
# (an adverb may stand after the copula: 'TrygFonden er selv dataansvarlig', 'X er også leverandør')
# (the adverbs that stand by a copula, after it or, in a subordinate clause, before it: gate.roles)
COPULA_ADVERBS = r"(?:selv|også|fortsat|stadig|altid|itself|also|still)"
_COPULA = re.compile(r"^\s+(?:er|is)\s+(?:" + COPULA_ADVERBS + r"\s+)?"
                     r"(?:(?:den|det|the|a|an)\s+)?([\w-]+)")


def _names_role_after(after: str) -> bool:
    m = _COPULA.match(after)
    return m is not None and bool(_ROLE.search(m.group(1).casefold()))


def _imperative_of_asked(value: str, before: str, folded: str, asked_keys: frozenset[str]) -> bool:
    """Whether a word opening a sentence or a step is the imperative of the question's verb ('Udlevér'
    for 'hvem udleverer nøglerne?'): the verb's stem, not a noun of it ('Leverandøren', 'Udleveringen')."""
    stem = ascii_fold(value)  # 'udlevér' -> 'udlever', whose infinitive 'udlevere' has the verb's key
    if " " in value or before.strip(" \t\n0123456789.)–-•*") or \
            not (content_keys(value) <= asked_keys or content_keys(stem + "e") <= asked_keys):
        return False
    return len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}(?:e|er|es|r)?\b", folded) is not None


def _asked_party(said: set[str], asked: frozenset[str] | set[str]) -> bool:
    """Whether every key of a party's words is the question's own, or the head of a compound it writes (a
    definite head refers back to that compound: 'foreningen' is the 'biavlerforeningen' asked about)."""
    return all(k in asked or (len(k) >= _MIN_PARTY_HEAD and any(a.endswith(k) for a in asked)) for k in said)


_MIN_PARTY_HEAD = 5


def _written_in(value: str, folded_question: str) -> bool:
    """Whether the question writes the word itself, in any ending ('leverandør' for 'leverandøren'),
    not only a word the glossary folds with it ('leverer')."""
    word = ascii_fold(value)
    return word[:max(4, len(word) - 4)] in folded_question


# a name's words and the abbreviation in brackets after them: 'Danmarks Adresseregister (DAR)'
_SPELLED_OUT = re.compile(r"[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,4}?\s*\((?P<abbr>[A-ZÆØÅ][A-ZÆØÅ0-9-]+)\)")


def _spelled_out(at: str, asked: str) -> bool:
    """Whether the word at the start of `at` spells out an abbreviation the question writes."""
    m = _SPELLED_OUT.match(at)
    abbr = m and re.escape(m.group("abbr").casefold())
    return bool(abbr) and re.search(r"(?<!\w)" + abbr + r"(?!\w)", asked) is not None


def _of_asked(after: str, asked_keys: set[str]) -> bool:
    """Whether a genitive is followed by a word of the question ('kommunens kontaktperson')."""
    following = _WORD.findall(after)[:1]
    keys = content_keys(following[0]) if following else set()
    return bool(keys) and keys <= asked_keys


def _party_no_answer(value: str, m: re.Match, text: str, *, asked: str, asked_keys: frozenset[str],
                     folded: str) -> bool:
    """Whether a party found only restates the question: its own words in another form, the imperative of
    its verb, the spelled-out abbreviation it writes, or a genitive of the role it asks about."""
    if _asked_party(content_keys(value), asked_keys) and _written_in(value, folded):
        return True  # nor are they in another form ('KOMBIT' for 'KOMBITs afsendersystem', 'foreningen' for
        # 'biavlerforeningen'); the doer of the question's verb is news ('Leverandøren' for 'hvem leverer
        # testplanen?')
    if _imperative_of_asked(value, text[:m.start()], folded, asked_keys):
        return True  # 'Udlevér nøgler til montørerne': a step's verb, the one asked about, names no one
    if _spelled_out(text[m.start():], asked):
        return True  # 'Danmarks Adresseregister (DAR)' is the 'DAR' the question names, no other party
    # 'kommunens kontaktperson' only refers to the role asked about; it names no one
    return value.endswith("s") and _of_asked(text[m.end():], asked_keys) and not _name_goes_on(m, text)


def _name_goes_on(m: re.Match, text: str) -> bool:
    """Whether a capitalised word in -s goes on in capitals within a sentence ('Pindehus Drift',
    'Resonans Hosting'): one firm's name, no genitive of the word after it."""
    after = _NEXT_WORD.match(text, m.end())
    return m.group(0)[:1].isupper() and after is not None and after.group(1)[:1].isupper() and \
        not names_role(after.group(1))  # ('Kommunens Kontaktperson' is still the role's)


# the word right after another, on the same line
_NEXT_WORD = re.compile(r"[ \t]+([\wæøåÆØÅ-]+)")


# 'hvem er Poul Vingesen?', 'who is ruth glasmose': the whole question a person's name (two or three words,
# as typed, in capitals or not), which asks what the person is, not who
_WHO_IS_NAMED = re.compile(r"^\W*(?:hvem|who)\s+(?:er|var|is|was)\s+"
                           r"(?P<name>[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,2})\s*\??\s*$", re.I)
# a determiner opening a noun phrase in apposition with the name after it ('den pensionerede falkoner Poul
# Vingesen', 'vores frivillige guide Anna Berg'); without one, the word before a name may be a verb ('Ring
# til ...', 'Kontakt Poul Vingesen')
_DESCRIBED_BEFORE = re.compile(r"\b(?:den|det|de|en|et|vores|jeres|kommunens|the|a|an|our)\s+"
                               r"(?:(?-i:[a-zæøå])[\wæøå-]+\s+){0,2}?"
                               r"(?P<who>(?-i:[a-zæøå])[\wæøå-]{3,})\s+$", re.I)
# ... or a copula with such a noun after the name, with its article ('Poul Vingesen er en pensioneret
# falkoner'; not a state: 'Lise Hav er på barsel', 'Anne Mose er bortrejst')
_DESCRIBED_AFTER = re.compile(r"\s+(?:er|var|is|was)\s+(?:den|det|en|et|the|a|an)\s+"
                              r"(?:(?-i:[a-zæøå])[\wæøå-]+\s+){0,2}?(?P<who>(?-i:[a-zæøå])[\wæøå-]{3,})(?=\s*[,.;:!?]|\s*$)",
                              re.I)


def named_person(question: str) -> str | None:
    """The person's name a 'hvem er <navn>?' question is all about, as typed (None: it asks no such)."""
    m = _WHO_IS_NAMED.match(question)
    return m.group("name") if m else None


def _described_persons(text: str, question: str):
    """'Den pensionerede falkoner Poul Vingesen viser ...' says who Poul Vingesen is, for 'hvem er Poul
    Vingesen?': the noun the text puts in apposition before the name the question is all about (opened by a
    determiner), or after it by a copula, whatever the noun; the name itself is the question's own."""
    name = named_person(question)
    if name is None:
        return
    words = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(rf"(?<!\w){words}(?!\w)", text, re.I):
        if not all(w[:1].isupper() for w in m.group(0).split()):
            continue  # a name in the text is written in capitals; 'hvem er vagt idag' names no one
        said = _DESCRIBED_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if said is not None and adjective_like(said.group("who")):
            said = None  # 'den tidligere Hans Fletmose' says what he was, not what he is
        said = said or _DESCRIBED_AFTER.match(text, m.end())
        if said is not None:  # (the noun alone, as the other readers give who)
            yield re.compile(re.escape(said.group("who"))).search(text, said.start("who"))


# Who a deed is done together with: 'sammen med ballonførerne', 'i samarbejde med kommunens jurist'; the
# partner a definite or plural common noun whatever it names (a role word or a name is read as any party is)
PARTNER = re.compile(r"\b(?:sammen\s+med|i\s+samarbejde\s+med|together\s+with|in\s+cooperation\s+with)\s+"
                     r"(?:(?:kommunens|jeres|vores|de|the)\s+)?"
                     r"(?P<who>(?-i:[a-zæøå])[\wæøå-]{3,}(?:en|et|ne|erne|ere|ers))\b", re.I)
# the question asks with whom: 'hvem skal X vælges sammen med?', 'who is X chosen together with?'
_PARTNER_ASKED = re.compile(r"\b(?:sammen|samarbejde|together|cooperation)\s+(?:med|with)\b", re.I)
# the first word of a clause, past a step's number or bullet ('1. Udpeg pladserne ...')
_CLAUSE_FIRST = re.compile(r"(?:^|[.!?:;\n])[\s\d.)•*–-]*([^\W\d_]+)[^.!?:;\n]*$")


def _partners(text: str, question: str, asked_keys: frozenset[str]):
    """'Vælg startpladserne sammen med ballonførerne' names who, for 'hvem vælges de sammen med?', and for
    'hvem udpeger sandpladserne?' in 'Udpeg sandpladserne sammen med strandfogeden': the partner of the
    deed, when the question asks with whom or the clause is the imperative of the question's own verb (the
    kommune the task is for does it, with the partner the one party named)."""
    for m in PARTNER.finditer(text):
        if _thing_word(m.group("who")):
            continue  # 'sammen med systemet' is done with a thing, no party
        first = _CLAUSE_FIRST.search(text, max(0, m.start() - _PHRASE_BEFORE), m.start())
        if _PARTNER_ASKED.search(question) or \
                (first is not None and _imperative_keys(first.group(1)) & asked_keys and
                 _people_word(m.group("who"))):
            yield re.compile(re.escape(m.group("who"))).search(text, m.start("who"))


def _people_word(word: str) -> bool:
    """Whether a noun names people by its form: a role ('strandfogeden') or a definite plural of agents
    ('piloterne', 'ballonførerne'); not a paper sent along ('Send billedet sammen med ansøgningen',
    'kvitteringerne'), which only a question asking with whom may take as a partner."""
    low = word.casefold()
    return _role_word(word) or (low.endswith("erne") and not low.endswith("ingerne"))


def _imperative_keys(word: str) -> set[str]:
    """The keys of a word as an imperative ('Udpeg' is 'udpege'); none for a word with an ending of its
    own ('Kommunen', 'Leverandøren' open a clause as its subject)."""
    folded = ascii_fold(word.casefold())
    if len(folded) < 3 or re.search(r"(?:en|et|ne|er|erne|s)$", folded):
        return set()
    return content_keys(folded + "e")
