"""What a deadline is about ('Aftalen skal returneres senest ...' is about 'aftalen'): the thing its
sentence, list item or table row names."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.deadline_clauses import _SUBJECT
from knowledge.deadline_lengths import _DEADLINE, _NUMBER, NUMBERS
from knowledge.deadline_objects import _DASH_LABEL, _DUTY, _NOT_VERBS, _imperative_object, _object_after
from knowledge.fold import content_keys
from knowledge.language import (
    ARTICLES,
    POINTING_BACK,
    STOP_WORDS,
    US,
    document_lemma,
    is_person,
    is_plural,
    lower_first,
    words,
)
from knowledge.models import TextDeadline
from knowledge.morphology import PARTICLES


def _is_party(about: str) -> bool:
    """'KOMBIT', 'leverandøren': who does it, not what it concerns ('KOMBIT skal senest ... modtage X')."""
    return bool(re.fullmatch(r"[A-ZÆØÅ]{2,}|leverandør\w*|kommunen|\w+(?:chef|direktør|leder)\w*", about))


def _document(sentence: str, documents: set[str]) -> str | None:
    return _document_of(sentence, frozenset(documents)) if documents else None


@lru_cache(maxsize=8192)  # pure, and exports repeat their sentences from task to task
def _document_of(sentence: str, documents: frozenset[str]) -> str | None:
    if len(documents) > 1 and (_BOTH_NAMED.search(sentence) or _BOTH_DONE.match(sentence)):
        return " og ".join(sorted(documents))  # 'begge dokumenter', 'Begge skal returneres': each of them
    if not documents:
        return None
    from knowledge.approvals import same_thing, stems

    tokens = [w.group(0) for w in words(sentence)]
    things = [d for d in documents if not document_lemma(d.split()[0])]  # approved, not papers: 'regelsæt'
    for i, word in enumerate(tokens):
        if i and word[:1].isupper() and not document_lemma(word):
            # '... før ESDH-systemet henter KLE fra Klassifikation': a system's name, no thing approved
            continue
        lemma = document_lemma(word) or next((t for t in things if same_thing(word.casefold(), t)), None)
        if lemma is None and len(ends := [t for t in things if any(
                len(stem) >= 5 and t.endswith(stem) for stem in stems(word.casefold()))]) == 1:
            lemma = ends[0]  # 'opgørelsen' of the one 'refusionsopgørelse' signed
        if lemma is None and (loose := document_lemma(word, loose=True)) and \
                len([d for d in documents if d.endswith(loose)]) == 1:
            lemma = loose  # 'Rapporten' of the one 'testrapport', 'Planen' of the one 'testplan'
        if lemma is None:  # no document word: nothing can end with it
            continue
        if len(numbered := [d for d in documents if d.startswith(lemma + " ")]) == 1 and \
                (i + 1 >= len(tokens) or f"{lemma} {tokens[i + 1]}" not in documents):
            return numbered[0]  # 'det godkendte bilag' of the one 'bilag B'
        if i + 1 < len(tokens) and f"{lemma} {tokens[i + 1]}" in documents:
            return f"{lemma} {tokens[i + 1]}"  # 'Bilag 1 - instruks': the numbered paper
        ending = [d for d in documents if d.endswith(lemma or "\0")]
        if not ending and lemma in _ANY_PAPER:  # 'Dokumentet skal være returneret ...': the task's paper(s)
            return " og ".join(sorted(documents)) if len(documents) == 1 or is_plural(word) else None
        if lemma in documents or len(ending) == 1:
            return lemma if lemma in documents else ending[0]  # 'blanketten' of the one 'bestillingsblanket'
        if ending:
            return lemma  # 'aftalerne': all of them
    return None


_BOTH_NAMED = re.compile(r"\b(?:begge|alle)\s+(?:\w+\s+)?(?:dokument|aftale|papir|blanket)\w*", re.I)
# 'Begge skal returneres ...', 'Begge sendes ...': a passive says the papers ('Begge skal underskrive': who)
_BOTH_DONE = re.compile(r"\W*begge\s+(?:(?:skal|må|bør)\s+)?(?:[a-zæøå]{3,}es|være|blive)\b", re.I)
# 'returnere den senest ...', 'sende dem retur': a pronoun object stands for the paper spoken of
# ('senest den 1. november': 'den' before a date is no pronoun, nor after another word that leads a date)
_DATE_LEAD = r"(?!(?:senest|inden|før|efter|fra|til|indtil|pr|ved|om)\s)"
_IT_OBJECT = r"\b" + _DATE_LEAD + r"[a-zæøå]{3,}\s+(?:den|dem)"
_IT_OBJECT_END = r"(?:\s+(?:senest|inden|retur|tilbage|til|\d)|\s*\.?$)"
_IT_AS_OBJECT = re.compile(_IT_OBJECT + _IT_OBJECT_END, re.I)
# ('offentliggør dem på Foldkortet inden for ...': where it is done may come between, one word)
# ('lægger dem ind i Pilebogen inden for ...': a particle of the verb may come before the place)
_PLACE = r"(?:\s+(?:ind|ud|op|frem))?\s+(?:på|i|hos|via)\s+[\wæøåÆØÅ-]+(?=\s+(?:senest|inden)\b)"
_IT_PLACED_AS_OBJECT = re.compile(_IT_OBJECT + r"(?:" + _PLACE + r")?" + _IT_OBJECT_END, re.I)
# a paper the sentence before names may be neuter too ('Reglementet sendes til X. X lægger det i Y inden
# for ...'): 'det' only with the place, where it is an object done to, not an expletive ('gør det senest')
_IT_PLACED_AS_PAPER = re.compile(r"\b" + _DATE_LEAD + r"[a-zæøå]{3,}\s+(?:den|dem|det)" + _PLACE
                                 + _IT_OBJECT_END, re.I)
_ANY_PAPER = {"dokument", "papir"}  # words for any paper, not a kind of one ('blanket', 'aftale')


_QUANTIFIER = re.compile(r"(?:eventuelle|evt\.|alle|nogle|samtlige|begge|" + "|".join(
    n for n in NUMBERS if NUMBERS[n] > 1) + r"|\d{1,3})\s+"
    r"(?=(?:[a-zæøå-]{3,}e\s+)?[\w'’-]{3,}(?:er|erne|e|s)?$)", re.I)  # 'alle åbne sager': with its adjective
# (nor 'regnet' of 'har 4 uger til at klage, regnet fra afgørelsen')
# a passive or a participle after a label's colon: 'Superbrugere: udpeges (skal være udpeget) senest ...'
_DONE_TO_IT = re.compile(r"^(?:(?:skal|må|bør)\s+(?:være|blive)\s+)?[a-zæøå]{3,}(?:es|et|t)\s+(?=\S)")
# A subordinating word before a clause's subject and a negation or adverb after it belong to the clause, not
# to the thing: 'Hvis testen ikke er godkendt ...', 'Når vejnavnene er vedtaget, ...', 'kan ruterne ikke'
_CLAUSE_WORDS = re.compile(r"^(?:hvis|når|såfremt|at|kan|skal|må|bør)\s+(?=\S)"
                           r"|(?<=\S)\s+(?:ikke|heller\s+ikke|også|allerede|altid|først)$", re.I)
_NO_THING = {"skal", "må", "bør", "kan", "vil", "den", "det", "de", "dem", "regnet"}


def _about(sentence: str, step: int | None, documents: set[str], last: str | None,
           previous: tuple[str, ...] = ()) -> str | None:
    """What the deadline concerns (see `_concerns`), named as the signed paper when it is one of them
    ('fuldmagten' -> 'fuldmagt')."""
    about = _concerns(sentence, step, documents, last, previous)
    if about and (bare := _CLAUSE_WORDS.sub("", about)) and bare != about:
        about = bare  # 'hvis testen ikke' (a subject read with its clause's words): 'testen'
    if about and " " not in about and (m := _MODAL_VERB.match(sentence)) and \
            m["verb"].casefold() == about.casefold():
        about = lower_first(m["subject"])  # 'Testkørslen må ikke ske før ...': the subject, not the verb
    if about and (set(about.casefold().split()) <= _NO_THING or " " not in about and re.search(
            rf"\b(?:skal|må|bør)\s+(?:den|det|de)\s+{re.escape(about)}\b", sentence, re.I)):
        return None  # 'Når kommunen er klar, skal den melde det ...': the verb after the modal is no thing
    if about and (m := _QUANTIFIER.match(about)):
        about = about[m.end():]  # 'eventuelle fejl', 'to kontaktpersoner': the things, not how many
    if about and documents and (last or len(documents) == 1) and (_A_COPY.fullmatch(about)
                                                                 or _ACT_NOUN.fullmatch(about)):
        # 'Originalen sendes retur ... senest ...', 'Underskriften skal foretages af X. Senest ...': the paper
        return last or next(iter(documents))
    if about and documents and not set(re.split(r",\s*|\s+og\s+", about)) <= documents and \
            (doc := _document(about, documents)):
        return doc
    return about


# 'originalen', 'en kopi', 'det underskrevne eksemplar': the paper signed, in one of its copies
_A_COPY = re.compile(r"(?:(?:den|det|de|en|et)\s+)?(?:[a-zæøå]+(?:ne|te|de)\s+)?"
                     r"(?:original(?:en|erne|er)?|kopi(?:en|erne|er)?|eksemplar(?:et|erne|er)?)", re.I)


# 'Testkørslen må ikke ske før den 2. maj', 'Udtrækket må ikke testes før ...': a subject, a modal, its verb
_MODAL_VERB = re.compile(r"^\W*(?P<subject>(?:[\wæøåÆØÅ-]+\s+){0,2}?[\wæøåÆØÅ-]+)\s+(?:skal|må|bør|kan)\s+"
                         r"(?:ikke\s+)?(?:længere\s+)?(?P<verb>[a-zæøå]+)\b", re.I)
# 'Godkend dem senest ...': an imperative whose object is a pronoun for what was named before
# ('Send den til KOMBIT senest ...': where it goes may come between)
_IT_DONE = re.compile(_DATE_LEAD + r"[A-ZÆØÅa-zæøå]{3,}\s+(?:den|det|dem|disse)\s+"
                      r"(?:(?:retur\s+|tilbage\s+)?til\s+[\wæøåÆØÅ-]+\s+)?(?:senest|inden|før|\d)", re.I)
# '..., og den skal være afsluttet senest ...': 'den' is what the clause before names
# ('...; dette skal ske senest ...': a clause after a semicolon refers back the same way)
_AND_IT = re.compile(r"(?:,?\s+og|\s*;(?:\s+og)?)\s+(?:den|det|de|dette)\s+"
                     r"(?:skal|må|bør|\w{3,}es|\w{2,}(?:gås|stås|fås))\b", re.I)
_THERE_IS = re.compile(r"^(?:der\s+(?:skal|må|bør)\s+(?:ske|foretages|gennemføres|laves)\s+|der\s+er\s+)",
                       re.I)
_FRIST_FOR = re.compile(r"\b(?:sidste\s+|seneste\s+)?(?:frist(?:en)?|tidsfrist(?:en)?|deadline(?:n)?"
                        r"|dato(?:en)?|tidspunkt(?:et)?)\s+for\s+"
                        r"(?P<what>(?:(?!er\b|skal\b|ligger\b|senest\b|mindst\b|tidligst\b)[\w'’-]+\s+){0,4}?"
                        r"[\w'’-]+)"
                        # ('Senest ... er sidste frist for at indsende X.': what it is for ends the sentence)
                        r"\s*(?::|\s(?:er|skal|ligger|senest|mindst|tidligst|\d)|\.?\s*$)", re.I)
# 'Der er frist til 3 uger før go-live for tilmeldingen', 'Fristen er 14 dage før go-live for returnering af
# aftalen': what the deadline is for follows it, at the sentence's end (not a party or a group: 'for alle
# kommuner', 'for bølge 2')
_FRIST_THEN_FOR = re.compile(r"\b(?:frist(?:en)?|tidsfrist(?:en)?|deadline(?:n)?)\s+"
                             r"(?:er\s+|til\s+|på\s+|:\s*)?"
                             r"[^.;:]{3,60}?\s+for\s+(?!(?:alle|hele|samtlige|jer|os|dem|den|det|de|bølge)\b)"
                             r"(?P<what>(?:(?!er\b|skal\b)[\w'’-]+\s+){0,4}?[\w'’-]+)\s*\.?\s*$", re.I)
_THAT = re.compile(r"^(?:husk|bemærk|vær\s+opmærksom\s+på|det\s+er\s+vigtigt|sørg\s+for"
                   # 'Kommunen sikrer, at ...', 'I skal sørge for, at ...': the duty is the clause after
                   r"|(?:kommunen|i|vi)\s+(?:skal\s+)?(?:sikre|sikrer|sørge\s+for|sørger\s+for)|sikr|det\s+er\s+(?:et\s+krav|en\s+forudsætning|afgørende)"
                   r"|det\s+forudsættes|please\s+note)\s*,?\s+at\s+"
                   # 'Husk: testrapporten skal ...', 'NB: ...': a note word as a label, then the sentence
                   r"|^(?:husk|bemærk|obs|nb|vigtigt|note|please\s+note)\s*[:!]\s+", re.I)
# 'Det er kommunens ansvar, at X ...', 'Vi anbefaler, at X ...': a few words, then the clause that matters
_SAID_THAT = re.compile(r"(?:[\w'’-]+\s+){1,4}?[\w'’-]+\s*,\s*at\s+(?=\w)", re.I)
_TO_DO = re.compile(r"(?:[\w'’-]+\s+){1,4}?(?:huske|sørge\s+for|nå|bedes|ønskes|forventer|med|begynde"
                    r"|påbegynde)\s+at\s+"  # ('har frist til ... med at indberette X': the deed's thing)
                    # 'Bed leverandøren om at indlæse X senest ...': what the other party is asked to do
                    r"|(?:bed|anmod|opfordr)\s+(?:[\w'’-]+\s+){1,3}?om\s+at\s+", re.I)
# 'Opgaven omfatter en beredskabsplan, som skal foreligge senest ...': the deadline is the relative clause's
_RELATIVE = re.compile(r",\s*(?:som|der)\s+(?:skal|må|bør)\b"
                       # 'på et møde, som afholdes senest ...': a passive whose clause holds the deadline
                       r"|,\s*(?:som|der)\s+(?:[a-zæøå]{3,}es|[a-zæøå]{2,}(?:gås|stås|fås))\s+"
                       r"(?=[^,]{0,40}?\b(?:senest|inden|indenfor|allersenest)\b)", re.I)


def _unit_of_party(*, bare_acronym: bool) -> str:
    """A unit or role of a party named by its genitive ('Kommunens it-afdeling', "KOMBIT's team"); with
    `bare_acronym`, an acronym without its 's too ('KOMBIT projektleder')."""
    return r"(?:[A-ZÆØÅ]{2,}(?:'s|’s)" + ("?" if bare_acronym else "") + r"|[\w-]+(?:ens|ets|nes))\s+[\w-]+"


# 'Leverandøren skal bekræfte bestillingen senest ...': a party's duty, and what it is done to
_PARTY_MUST = re.compile(r"(?:[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et|ne)"
                         # 'De lokale superbrugere skal gennemføre X': an article, an adjective and its noun
                         r"|(?:de|den|det)\s+[\w-]{2,}e\s+[\w-]{3,}"
                         # 'Kommunens it-afdeling skal åbne X': a unit of a party, named by its genitive
                         r"|" + _unit_of_party(bare_acronym=True) +
                         # 'Kommunens dataansvarlige skal godkende X': a role named by an adjective
                         r"|(?:[\w-]+s\s+|den\s+)?[\w-]+(?:ansvarlige|berettigede))\s+(?:skal|må|bør)\s+(?:også\s+)?"
                         # ('Budgettet skal ligge klar': a state, no deed done to a thing)
                         r"(?!være\b|blive\b|have\b|ligge\b|foreligge\b|stå\b)(?=[a-zæøå]+e\s)", re.I)


# 'Når rollerne er tildelt, skal de ...', 'Efter at testen er afsluttet, skal den ...': the pronoun after the
# modal is the subject of the clause the sentence opens with
_WHEN_IT = re.compile(r"^(?:når|efter\s+at|så\s+snart|først\s+når)\s+"
                      r"(?:(?:de|den|det|alle)\s+)?(?P<thing>(?:[\w'’-]+\s+)?[\w'’-]+?(?:en|et|ne|erne))"
                      r"\s+(?:er|bliver|har\s+været)\s+[\w-]+\s*,\s*(?:skal|må|bør)\s+(?:den|det|de)\s+"
                      r"(?:\w{3,}es\b|være\s+\w+(?:et|t)\b)", re.I)  # what is done to it, not what it does


def _names_its_own(sentence: str) -> bool:
    """Whether 'Fristen for X er ...' names a thing of its own ('Fristen for at afmelde kreditorkonti
    er ...'), not only an act done to the paper named before ('Fristen for underskrift er ...')."""
    m = _FRIST_FOR.search(sentence)
    if m is None or _ACT_NOUN.match(m["what"]) or _SIGNING.search(m["what"]):
        return False
    return bool(re.sub(r"^at\s+[a-zæøå]+e\b\s*", "", m["what"], flags=re.I).strip())


def _head_noun(text: str) -> str | None:
    """The noun phrase that ends `text`: 'Opgaven omfatter en beredskabsplan' -> 'beredskabsplan'."""
    tokens = re.findall(r"[\w'’-]+", text)
    out: list[str] = []
    for tok in reversed(tokens[-3:]):
        if tok.casefold() in ARTICLES | STOP_WORDS | {"af", "en", "et"}:
            break
        out.insert(0, tok)
    return lower_first(" ".join(out)) if out else None


# Read past what does not say what the deadline is about: an aside in brackets, a relative clause
# ('Aftalen, som skal underskrives af X, skal ...') and a condition that opens the sentence ('Hvis
# kommunen ønsker rådgivning, skal anmodningen sendes ...')
_ASIDES = re.compile(r"\s*\([^()]*\)|,\s*(?:som|der)\s+[^,]{3,80},"
                     r"|^(?:hvis|såfremt|når|efter\s+at)\s+[^,]{3,80},\s*", re.I)
# 'Senest ... afleveres testplanen', 'skal der udpeges en kontaktperson', 'Der skal udpeges ...': a passive
# verb before its subject
_PASSIVE_FIRST = re.compile(r"^(?:der\s+(?=skal|må|bør|kan))?(?:(?:skal|må|bør|kan)\s+)?(?:der\s+)?"
                            r"(?:(?:også|derefter|desuden)\s+)?"
                            r"(?:[a-zæøå]{3,}es|[a-zæøå]{2,}(?:gås|stås|fås))\s+(?=\S)"
                            r"|^der\s+(?:skal|må|bør)\s+(?:foreligge|være|ligge)\s+(?=\S)"
                            # 'Sørg for, at der er oprettet brugere ...': a state, then its subject
                            r"|^der\s+(?:er|bliver)\s+[a-zæøå]{3,}(?:et|t)\s+(?=\S)"
                            # 'Senest ... skal der være udpeget en kontaktperson': the participle is read past
                            r"|^(?:skal|må|bør)\s+der\s+(?:være|blive|foreligge)\s+(?=\S)", re.I)
# 'Leverandøren sender en testrapport senest ...': a party's present-tense verb, and its object
# (a definite noun or an acronym; 'Gamle abonnementer lukkes' has a plural noun, not a verb, after it)
# a verb in the present, not an auxiliary ('gennemgår', 'udestår': a present tense in -r too)
# (a compound of 'gør' is a present too: 'offentliggør', 'klargør', 'færdiggør')
_PRESENT = r"(?!er\s|har\s|skal\s|kan\s|må\s|bør\s|vil\s)(?:[a-zæøå]{3,}er|[a-zæøå]{2,}(?:går|står|gør))\s+"
_PARTY_DOES = re.compile(r"^(?:"
                         # a unit or role of a party by its genitive: 'Kommunens it-afdeling opretter X'
                         + _unit_of_party(bare_acronym=False) +
                         r"|[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et|ne)"
                         # a party by its name ('Borgerservice annoncerer de nye ...'), when a determiner or a
                         # definite noun follows the verb ('Nye satser gælder fra ...' names no party)
                         r"|[A-ZÆØÅ][a-zæøå]{3,}(?=\s+[a-zæøå]{3,}er\s+(?:de|den|det|en|et|sine|sin|sit|alle"
                         r"|kommunens|[a-zæøå-]{3,}(?:en|et|ne))\s))\s+"
                         + _PRESENT + r"(?!\w+es\b)(?=\S)")
# 'Bestillingen kræver ingen underskrift': a thing said to need or have none of something is what the
# sentence speaks of, not the thing it lacks
# ('Tilmeldingen kræver ikke (nogen) underskrift': a verb of needing with 'ikke' says the same, not one of
# having: 'Kontrakten indeholder ikke et prisbilag. Det skal ...' is of the annex; 'Der kræves ingen
# underskrift på tilmeldingen': the thing after the lacked one, not after 'af', its signer)
_NONE_OF = r"(?:ingen|intet|ingenting|ikke(?:\s+(?:nogen|noget|en|et))?)\s+[\w'’-]+"
_NEEDS_NONE = re.compile(r"^(?P<thing>[\w'’-]{3,}(?:en|et|ne))\s+(?:" + _PRESENT
                         + r"(?:ingen|intet|ingenting)\b"
                         r"|(?:kræver|behøver)\s+" + _NONE_OF + ")"
                         r"|^der\s+(?:kræves|behøves)\s+" + _NONE_OF
                         + r"\s+(?:på|til|for)\s+(?P<after>[\w'’-]{3,}(?:en|et|ne))\b", re.I)
# 'Den lokale administrator tildeler rollerne ...', 'Hver afdeling opretter sine brugere ...': a subject of a
# few words, its verb in the present, and a definite or determined object after it
_SOMEONE_DOES = re.compile(r"^(?:[\w'’-]+\s+){1,2}?[\w'’-]+\s+" + _PRESENT
                           + r"(?=(?:de|den|det|sine|sin|sit|alle|jeres|kommunens)\s"
                           r"|[a-zæøå-]{3,}(?:en|et|ne)\b)")
_TIME_TO = re.compile(r"\b(?:har|får|gives|gives\s+\w+)\b.*?\btil\s+at\s+", re.I)  # 'har 14 dage til at ...'
_INFINITIVE = re.compile(r"^(?:det\s+anbefales|kommunen\s+forventes|i\s+forventes|det\s+forventes|man\s+bør"
                         r"|kommunen\s+bedes|i\s+bedes)\s*,?\s+(?:at\s+)?(?:have\s+)?", re.I)
_INVERTED = re.compile(r"(?:sender|fremsender|leverer|udsender|afleverer|indsender|returnerer)\s+"
                       r"(?:KOMBIT|leverandøren|kommunen|[A-ZÆØÅ]\w*)\s+", re.I)
_SIGNING = re.compile(r"\b(?:underskrift|underskrivning|underskrivelse|signering|signatur|tiltrædelse"
                      r"|sign-?off|attestering|kontrasignering|påtegning)\w*", re.I)
# a subject, a modal and an active infinitive with its object ('Alle sagsbehandlere skal gennemføre
# e-læringen'): the act, and so what a following 'Det skal ske ...' concerns, is done to the object
# ('Aftalen skal bære X's underskrift': a paper as the subject is what it concerns)
_MUST_DO = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?P<who>[\w'’-]+)\s+(?:skal|må|bør)\s+(?:også\s+)?"
                      r"(?P<verb>[a-zæøå]{2,}(?<!es)e)\s+(?=\S)", re.I)
# 'Leverandøren skal have listen senest ...': what the other party must have is what the deadline concerns
# ('skal have udfyldt og returneret skemaet': two participles that share the object)
_PARTICIPLE = re.compile(r"^(?!(?:et|det|alt)\s)[a-zæøå]{2,}(?:et|t)\s+"
                         r"(?:(?:og|samt)\s+[a-zæøå]{2,}(?:et|t)\s+)?(?!(?:af|til|fra|med|hos)\s)(?=\S)")
# 'alle brugere har gennemført e-læringen senest ...': a subject, the perfect, and its object
# ('Kommunen har frist til ...', 'har ret til ...': a noun, no participle)
_HAS_DONE = re.compile(r"(?!(?:skal|må|bør|kan|vil)\s)(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:har|have)\s+"
                       r"(?!\w*frist\b|ret\b|brug\b|lyst\b)(?=[a-zæøå]{2,}(?:et|t)\s)", re.I)
_MUST_HAVE = re.compile(r"(?:[\w'’-]+\s+){1,3}?(?:skal|må|bør)\s+(?:derefter\s+|herefter\s+|også\s+|så\s+)?"
                        r"(?:have|modtage|få)\s+", re.I)


# 'Den skal ...', 'Derefter uploades det ...': a pronoun first, or after an adverb and a passive verb
# (not an article before an adjective and its noun: 'De frivillige hjælpere tilmelder sig ...', 'Den nye plan
# ...' name their own thing; a pronoun is followed by its verb, never by a word in -e and then another word)
_IT_FIRST = r"(?:(?:derefter|herefter|dernæst|så|bagefter)\s+[a-zæøå]+(?:es|er)\s+)?(?:de|den|det|dem)\s+" \
            r"(?![“”\"'»«]?[a-zæøå-]{2,}e[“”\"'»«]?\s+[a-zæøå])"


# 'Testen varer en dag og skal være afsluttet senest ...': the subject of both verbs, not the first's object
_SHARED_SUBJECT = re.compile(r"^(?P<thing>(?:(?:den|det|de)\s+)?[\w'’-]+"
                             r"(?:\s+(?:af|for|til|i|på|med)\s+[\w'’-]+)?)\s+[a-zæøå]{2,}(?:er|r)\b[^,.;]{0,50}?\s+og\s+(?:skal|må|bør)\s+(?:være|blive)\b",
                             re.I)


# 'efter modtagelsen af klassificeringen': the event a deadline counts from, with what is received
_RECEIPT_OF = re.compile(r"\b(?:efter|fra)\s+(?:den\s+)?modtagelsen?\s+af\s+(?:(?:den|det|de)\s+)?[\w'’-]+",
                         re.I)


# 'Leverandøren bekræfter stederne inden for 8 arbejdsdage efter modtagelsen (af listen)': a party named
# first, its verb in the present, and what it does then
_NAMED_DOES = re.compile(r"^(?:[A-ZÆØÅ][\w'’-]*\s+){0,2}?[A-ZÆØÅ][\w'’-]*\s+" + _PRESENT)
# a pronoun object ('lægger det ind i ...'), not an article before an adjective ('den nye liste')
_IT_NEXT = re.compile(r"(?:dem\b|(?:den|det)\b(?!\s+[a-zæøå]{2,}e\s+[a-zæøå]{3,}))", re.I)
_ON_RECEIPT = re.compile(r"\b(?:efter|fra)\s+(?:den\s+)?modtagelsen\b", re.I)


def _done_on_receipt(sentence: str, documents: set[str]) -> str | None:
    """What a named party does to a thing of its own once it has received something ('Leverandøren sender
    en valideringsrapport inden for 10 arbejdsdage efter modtagelsen af datasættet' -> 'valideringsrapport'):
    the paper received is what the deadline counts from, not what it concerns. None when the thing done
    is a paper signed in the task ('KOMBIT returnerer aftalen ...'), a party or a pronoun."""
    receipt, m = _ON_RECEIPT.search(sentence), _NAMED_DOES.match(sentence)
    if receipt is None or m is None or document_lemma(m.group(0).split()[-2]) or \
            re.search(r",|\bog\b", sentence[m.end():receipt.start()]) or \
            re.match(r"(?:sin|sit|sine)\b", sentence[m.end():], re.I) or _IT_NEXT.match(sentence, m.end()):
        return None  # 'Aftalen kræver ...', 'X sætter sit navn under aftalen(, og den sendes) ... efter
        # modtagelsen': the paper's own deadline, in the clause the deadline stands in; 'X lægger det ind i
        # Y ...': a pronoun for what was named before, not the word after it
    obj = _imperative_object("send " + sentence[m.end():])
    if obj is None or _is_party(obj) or _document(obj, documents):
        return None
    return obj


def _concerns(sentence: str, step: int | None, documents: set[str], last: str | None,
              previous: tuple[str, ...] = ()) -> str | None:
    """What the deadline concerns when the text says so: a document signed in the task, else the
    thing the table row or list item names ('Kontrolrapport | senest 5 arbejdsdage efter go-live',
    '- Fejlliste: ... Fristen er ...'), else the subject of the sentence ('Brevhovedet skal være
    udfyldt ...') or the object of its imperative ('Send oversigten til KOMBIT senest ...'), else the
    method step it is in."""
    if done := _done_on_receipt(sentence, documents):
        return done
    if doc := _document(sentence, documents):
        if not document_lemma(doc.split()[0]) and (counted := _RECEIPT_OF.sub(" ", sentence)) != sentence \
                and not _document(counted, documents):
            # 'skal indsigelsen sendes inden for 10 arbejdsdage efter modtagelsen af klassificeringen': a
            # thing approved (no paper) named only as what is received is what the deadline counts from; what
            # is done then is the sentence's own thing
            return _concerns(counted, step, documents, last, previous) or doc
        return doc
    if m := _TIME_OPENER.match(sentence):
        sentence = sentence[m.end():]  # 'Inden opstart af testen skal testmiljøet være klar': past when
    if said := _named_first(sentence, documents, last):
        return said
    if (m := _CONDITION_FIRST.match(sentence)) and not _LEADS.search(m["if"]) and \
            (said := _concerns(sentence[m.end():], step, documents, last, previous)):
        return said  # 'Når systemet er i drift, skal kommunen sende en kvittering ...': the main clause's
    if documents and (last or len(documents) == 1) and _pronoun_object_from_before(sentence, placed=False):
        return last or next(iter(documents))  # 'Kommunen skal returnere den senest ...'
    # past a place ('offentliggør dem på Bikortet inden for ...') only for the paper the sentence before
    # names: 'registrerer dem i Fritidsportalen' after 'Foreningerne udfylder skemaerne' is of the forms
    paper = last or (next(iter(documents)) if len(documents) == 1 else None)
    if paper and previous and (
            _pronoun_object_from_before(sentence, placed=True, thing=paper)
            or _pronoun_object_from_before(sentence, placed=True, paper=True, thing=paper)) and \
            not content_keys(paper).isdisjoint(content_keys(previous[-1])):
        return paper
    if said := _labelled(sentence):
        return said
    if previous and " | " in previous[0]:  # a cell of a table row: its row says what it is about
        return _document(previous[0], documents) or _row_subject(previous[0])
    if said := _said_before(sentence, step, documents, last, previous):
        return said
    if documents and (_REFERS.match(sentence) or _SIGNING.search(sentence)) and \
            (last or len(documents) == 1) and not _names_its_own(sentence):
        return last or next(iter(documents))  # 'Fristen for underskrift er ...', a list item 'Frist: ...'
    if (m := _FRIST_FOR.search(sentence) or _FRIST_THEN_FOR.search(sentence)) and not _is_party(m["what"]):
        return _frist_for(m["what"], documents, last, previous)
    said_that = _SAID_THAT.match(sentence)
    if said_that and _LEADS.search(said_that.group(0)):
        said_that = None  # 'Svar senest 3 uger efter, at opgaven er startet': the 'at' clause is the anchor
    if (m := _THAT.search(sentence) or said_that) and \
            (said := _concerns(sentence[m.end():], None, documents, last, previous)):
        return said  # 'Husk, at brugerne skal være oprettet ...': what the clause after 'at' is about
    if (m := _TO_DO.match(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Man skal huske at indsende testrapporten senest ...'
    if m := _RELATIVE.search(sentence):
        head = _head_noun(sentence[:m.start()])  # 'en beredskabsplan, som skal foreligge senest ...'
        if head and _is_party(head) and (said := item_subject(sentence[:m.start()])) and not _is_party(said):
            return said  # 'Aftalen sendes til KOMBIT, der skal have den senest ...': what KOMBIT is to have
        return head
    if said := _act_by_way_of(sentence) or _object_done(sentence) or _bare_act(sentence):
        return said
    return _subject(sentence, step, documents, last)


# 'Kommunen tilmelder sig senest ...', 'I skal melde jer inden ...': a party's reflexive verb and no object;
# the act is what the deadline concerns (not a name after it: 'tilmelder sig ... til <contact>')
_REFLEXIVE_VERB = (r"^(?P<who>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:(?:skal|må|bør|kan)\s+)?"
                   r"(?P<verb>[a-zæøå]{3,}?e)r?\s+(?:sig|jer|os)\b")
# who acts by a reflexive verb when that is a group of its own, not the municipality, one of its units or
# a party ('Løjpeværterne skal melde sig', 'De frivillige hjælpere tilmelder sig'; not 'Forvaltningen
# melder sig'): a plural noun, maybe after a determiner and an adjective
_GROUP_ACTING = re.compile(r"(?:(?P<article>de)\s+|(?:alle|kommunens|[\w-]+ens)\s+)?"
                           r"(?:[a-zæøå-]{3,}e\s+)?(?P<head>[\w-]{3,}(?:ne|er|ere))", re.I)
# the municipality and its own people (language.US) and the pronouns: no group of others acting
_NOT_A_GROUP = US | {"de", "den", "det", "der", "alle"}
_REFLEXIVE_ACT = re.compile(_REFLEXIVE_VERB + r"(?=\s*(?:,|og\b|senest\b|inden\b|før\b|\d|$))", re.I)
# 'Kommunen tilmelder sig via Skurportalen senest ...', 'melder sig til i Portalen ...', 'tilmelder sig til
# Ida Holm, ida@x.dk, senest ...': the reflexive act with only a named channel or person after it, then the
# deadline; the name says where or to whom, not what it concerns ('til kurset' is read as before)
_REFLEXIVE_BY_WAY = re.compile(_REFLEXIVE_VERB + r"(?:\s+til(?=\s+(?:via|i|på|gennem)\s))?"
                               r"\s+(?:til|via|i|på|gennem|hos)\s+"
                               r"(?-i:[A-ZÆØÅ])[\w'’.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w'’.-]*){0,3}"
                               r"(?:\s*,\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
                               r"(?=\s*,?\s*(?:senest|inden|før)\b)", re.I)
# a clause after the reflexive verb that has its own subject or object says what the deadline concerns:
# 'Skolerne skal tilmelde sig, og elevlisten skal være sendt senest ...',
# '... sikre sig ..., at der er adgang'
# (a second act of the same party stays with the first: 'tilmelde sig og oplyse antallet senest ...')
_CLAUSE_AFTER = re.compile(r"\s*(?:,\s*(?:og\s+)?[\w'’-]+\s+(?:skal|må|bør|kan|er|bliver)\b"
                           r"|.*?,\s*at\b)", re.I)
# 'Tilmeld jer senest ...', 'Meld jer hos guiden inden ...': an imperative reflexive with no object (only
# where or to whom, past a preposition), then the deadline: the act is what it concerns
_REFLEXIVE_IMPERATIVE = re.compile(r"^(?P<verb>[a-zæøå]{3,})\s+(?:jer|dig)\b"
                                   r"(?:\s+(?:hos|via|i|på|gennem|til)\s+(?:[\w'’.@-]+\s+){0,3}?[\w'’.@-]+)?"
                                   r"(?=\s*,?\s*(?:senest|inden|før)\b)", re.I)
# 'Tilmelding senest 12 arbejdsdage før go-live ...': a sentence that is only an act's noun and its deadline
_ACT_THEN_DEADLINE = re.compile(r"^(?P<act>[A-ZÆØÅ]?[a-zæøå-]{3,}(?:ing|else)(?:en)?)\s+"
                                r"(?=(?:senest|inden|tidligst)\b)")


def _act_by_way_of(sentence: str) -> str | None:
    """'Kommunen tilmelder sig via Skurportalen senest ...' -> 'tilmelde sig' (see _REFLEXIVE_BY_WAY)."""
    if (m := _REFLEXIVE_BY_WAY.match(sentence)) and m["verb"].casefold() not in _NOT_VERBS:
        return _reflexive_act(m)
    return None


def _reflexive_act(m: re.Match[str]) -> str:
    """The reflexive act a deadline concerns, with who acts when that is a group of its own: 'Kommunen
    tilmelder sig' -> 'tilmelde sig', 'Løjpeværterne skal melde sig' -> 'løjpeværterne melde sig' (the
    municipality or a party only does it; a group names whose registration it is)."""
    act = f"{m['verb'].casefold()} sig"
    who = m["who"]
    if (group := _GROUP_ACTING.fullmatch(who)) and group["head"].casefold() not in _NOT_A_GROUP and \
            not _is_party(group["head"]) and not _is_party(lower_first(group["head"])):
        return f"{lower_first(who[group.end('article') + 1:] if group['article'] else who)} {act}"
    return act


def _bare_act(sentence: str) -> str | None:
    """The act a deadline concerns when its sentence names no thing, only what is done ('Kommunen tilmelder
    sig senest ...' -> 'tilmelde sig', 'Tilmelding senest ...' -> 'tilmelding')."""
    if (m := _REFLEXIVE_ACT.match(sentence)) and m["verb"].casefold() not in _NOT_VERBS \
            and not _CLAUSE_AFTER.match(sentence, m.end()):
        return _reflexive_act(m)
    if (m := _REFLEXIVE_IMPERATIVE.match(sentence)) and m["verb"].casefold() not in _NOT_VERBS:
        verb = m["verb"].casefold()
        return f"{verb if verb.endswith('e') else verb + 'e'} sig"  # 'Tilmeld jer' -> 'tilmelde sig'
    if m := _ACT_THEN_DEADLINE.match(sentence):
        return lower_first(m["act"])
    return None


def _named_first(sentence: str, documents: set[str], last: str | None) -> str | None:
    """The thing a sentence opens with that the deadline's verb is done to ('Når rollerne er tildelt, skal
    de ...', 'Oprydningen tager ... og bør være afsluttet ...', 'Den skal ...')."""
    if (m := _WHEN_IT.match(sentence)) and not _is_party(m["thing"]):
        return m["thing"]  # 'Når rollerne er tildelt, skal de kontrolleres senest ...': 'de' is the roles
    if (m := _SHARED_SUBJECT.match(sentence)) and not _is_party(m["thing"]) and \
            m["thing"].casefold() not in _NO_THING | {"i", "vi", "man", "du", "kommunen"}:
        return lower_first(m["thing"])  # 'Oprydningen tager typisk 3 uger og bør være afsluttet senest ...'
    if documents and last and re.match(_IT_FIRST, sentence, re.I):
        return last  # 'Den skal ...', 'Derefter uploades det ...': the paper just named
    return None


def _labelled(sentence: str) -> str | None:
    """The thing a list item's label or a table row's cell names ('Testplan: senest ...', 'Listen med
    kontaktpersoner – send den ...', 'Kontrolrapport | senest ...')."""
    if (label := _label(sentence)) and (_LEADS.match(said := _DONE_TO_IT.sub(
            "", sentence[sentence.index(":") + 1:].strip())) or _DEADLINE.match(said)):
        return label  # a list item 'Afmelding af integrationer: senest 1 måned efter go-live' ('Superbrugere:
        # udpeges senest ...', 'Testplan: skal være godkendt senest ...': what is done to the thing labelled)
    if m := _DASH_LABEL.match(sentence):
        return lower_first(m.group(1))  # 'Listen med kontaktpersoner – send den til KOMBIT senest ...'
    if " | " in sentence and (cell := _row_subject(sentence)):
        return cell
    return None


def _said_before(sentence: str, step: int | None, documents: set[str], last: str | None,
                 previous: tuple[str, ...]) -> str | None:
    """What a pronoun or a bare step points back to: the thing the earlier sentences name ('Gennemgå
    testcases. Godkend dem senest ...'), or the paper of the steps before."""
    if (_REFERS.match(sentence) and not _FRIST_FOR.search(sentence) or _IT_DONE.match(sentence)) and \
            (said := next(filter(None, map(item_subject, reversed(previous))), None)) and \
            not (documents and last and _is_party(said)) and \
            not (documents and re.search(r"\b(?:eksemplar|original|kopi)\w*$", said, re.I)):  # copies of it
        return said  # 'Gennemgå testcases. Godkend dem senest ...': what 'dem' stands for; not the signer
        # of 'Ydelseschefen skal signere bemyndigelsen. Fristen er ...' (the paper is)
    # ('..., og kommunen skal kontrollere dem senest ...': a pronoun object)
    it = _HAS_IT.match(sentence) or _IT_THEN.match(sentence) or \
        (not documents and _pronoun_object_from_before(sentence, placed=True))
    if it and (said := next(filter(None, map(item_subject, reversed(previous))), None)) and \
            not _is_party(said) and (_HAS_IT.match(sentence) or _IT_THEN.match(sentence)
                                     or _pronoun_object_from_before(sentence, placed=True, thing=said)):
        return said  # 'Erklæringen sendes til KOMBIT. KOMBIT skal have den senest ...': what 'den' stands for
    if step is not None and documents and _BARE_IMPERATIVE.match(sentence) and \
            (doc := last or next(filter(None, (_document(p, documents) for p in reversed(previous))), None)
             or (next(iter(documents)) if len(documents) == 1 else None)):
        return doc  # a step 'Returner senest 5 arbejdsdage efter modtagelsen': the paper of the steps before
    return None


def _pronoun_object_from_before(sentence: str, *, placed: bool, paper: bool = False,
                                thing: str | None = None) -> bool:
    """A pronoun object ('dem', 'den') that stands for what was named before, with where it is done
    between it and the deadline when `placed` ('det' too, with a place, when it stands for a `paper`): not
    when a verb of the same sentence has just named its object ('gennemgår reglerne og godkender dem ...':
    the rules)."""
    m = (_IT_PLACED_AS_PAPER if paper else _IT_PLACED_AS_OBJECT if placed else _IT_AS_OBJECT).search(sentence)
    # a definite noun before 'og', the verb's own or another doer's: 'vedlægger regnskaberne, og
    # sekretariatet registrerer dem' (the accounts)
    return bool(m) and not re.search(r"\w(?:en|et|ne)\s*,?\s+og\s+(?:\w+\s+){0,2}$", sentence[:m.start()]) \
        and (thing is None or pronoun_agrees(m.group(0), thing))


def pronoun_agrees(said: str, thing: str) -> bool:
    """Whether the object pronoun `said` holds ('... hænger den op i ...') can stand for `thing` by number
    and gender: 'den'/'det' for one thing, not a plural ('vejviserne', 'skilte'); 'dem' for many, not a
    singular definite ('plakaten', 'skemaet')."""
    pronoun = re.search(r"\b(den|det|dem)\b", said, re.I)
    head = (thing.split() or [""])[-1].casefold()
    if pronoun is None or not head:
        return True
    plural = head.endswith(("ne", "er"))  # 'vejviserne', 'filerne', 'skiltene', 'skilter'
    said = pronoun.group(1).casefold()
    if said == "dem":
        return plural or not head.endswith(("en", "et"))
    # by gender too: 'den' is no definite neuter ('trykkeriet'), 'det' no definite common noun ('plakaten')
    return not plural and not head.endswith("et" if said == "den" else "en")


def _frist_for(what: str, documents: set[str], last: str | None, previous: tuple[str, ...]) -> str | None:
    """What a deadline said as 'Fristen for X er ...' concerns (`what`: X)."""
    if what.casefold() in POINTING_BACK:  # 'Fristen for dette er ...': what was named before it
        return last if documents and last else \
            next((s for s in map(item_subject, reversed(previous)) if s and not _is_party(s)), None)
    if documents and last and _ACT_NOUN.fullmatch(what):
        return last  # 'Sidste frist for returnering er ...': the returning of the paper just named
    if thing := _act_done_to(what, documents):
        return thing  # 'Fristen for aflevering af datasættet er ...'
    what = " ".join(what.split())
    # ('Fristen for at tilmelde sig uddannelsen': past a reflexive and the verb's preposition too)
    if (to := re.match(r"at\s+[a-zæøå]+e\s+(?:sig\s+)?(?:(?:til|på)\s+)?(?=\S)", what)) and \
            _document(what, documents) is None:
        what = what[to.end():]  # 'Fristen for at indberette kontaktpersoner er ...': the things done
    return lower_first(what)  # 'Fristen for indmelding af superbrugere er ...'


def _object_done(sentence: str) -> str | None:
    """The object of what the sentence says somebody does or has done ('Leverandøren skal bekræfte
    bestillingen', 'Send oversigten', 'Superbrugerne skal have gennemført uddannelsen')."""
    if (m := _PARTY_MUST.match(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Leverandøren skal bekræfte bestillingen senest ...'
    if (m := _INFINITIVE.search(sentence)) and (obj := _object_after(sentence[m.end():])):
        return obj  # 'Det anbefales at påbegynde arbejdet ...', 'forventes at have udfyldt skemaet'
    if (m := _INVERTED.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():].strip())):
        return obj  # '(Senest ...) sender KOMBIT en testplan'
    if m := _AND_IT.search(sentence):
        clause = sentence[:m.start()]
        there = _THERE_IS.match(clause)
        if said := (_imperative_object("send " + clause[there.end():]) if there else item_subject(clause)):
            return said  # 'Der skal ske en oprydning, og den skal være afsluttet senest ...'
    if obj := _imperative_object(sentence):
        return obj
    if not _DUTY.match(sentence) and (m := _MUST_HAVE.match(sentence)) and \
            (obj := _perfect_object(sentence[m.end():])):
        return obj  # 'Superbrugerne skal have gennemført uddannelsen': the perfect, its object
    if (m := _HAS_DONE.match(sentence)) and (obj := _perfect_object(sentence[m.end():])) and \
            not _PARTICIPLE.match(obj + " "):  # 'har fået tildelt roller': no thing done
        return obj  # '(Kommunen sikrer, at) alle brugere har gennemført e-læringen senest ...': what they did
    return _read_past(sentence)


def _subject(sentence: str, step: int | None, documents: set[str], last: str | None) -> str | None:
    """The subject of the sentence, after its modal verb too ('Senest ... skal aftalen være returneret'),
    else the method step the deadline is in."""
    # ('skal alle åbne sager i det gamle system være lukket': the subject with its place)
    if m := re.match(r"(?:skal|må|bør|kan)\s+(?:(?:den|det|de|jeres|kommunens|alle|eventuelle)\s+)?"
                     r"((?:[\w'’-]+\s+){1,2}(?:(?:i|på|til|for|fra|hos)\s+(?:[\w'’-]+\s+){1,4}?)?)"
                     r"(?:være|blive|have|[a-zæøå]{3,}es)\b", sentence, re.I):
        if m.group(0).casefold().endswith("have") and (obj := _imperative_object(
                "send " + _PARTICIPLE.sub("", sentence[m.end():].strip(), count=1))) and \
                not _PARTICIPLE.match(obj + " "):  # 'have fået tildelt roller': no thing done
            return obj  # 'Inden go-live skal alle superbrugere have gennemført e-læringen': what they do
        if not re.fullmatch(_NOBODY, m.group(1).strip(), re.I) and m.group(1).split()[0].casefold() not in {
                "der", "kommunen", "i", "vi", "man"}:
            return lower_first(m.group(1).strip())  # 'skal den underskrevne aftale være returneret'
    if m := re.match(r"(?:skal|må|bør|kan)\s+(?:(?:den|det|de|jeres|kommunens|alle|eventuelle)\s+)?"
                     r"([\w'’-]+)\s",
                     sentence,
                     re.I):
        if obj := _imperative_object(f"{m.group(1)} skal {sentence[m.end():]}"):
            return obj  # 'Senest ... skal kommunen afmelde de gamle integrationer'
        if (_is_party(m.group(1)) or is_person(m.group(1))) and \
                (duty := _PARTY_MUST.match(said := f"{m.group(1)} skal {sentence[m.end():]}")) and \
                (obj := _object_after(said[duty.end():])):
            return obj  # '(Derefter) skal leverandøren rette fejlen inden ...': who does it is no thing
        sentence = f"{m.group(1)} skal"  # 'Senest ... skal aftalen være returneret': the subject follows
    if (m := _SUBJECT.match(sentence)) and (said := _subject_named(m.group(1), documents, last)):
        return said
    if (m := _THING_DOES.match(sentence)) and not _is_party(m["thing"]):
        return lower_first(m["thing"])  # 'Tilmeldingen lukker 4 uger før go-live'
    return f"trin {step}" if step is not None else None


def _subject_named(subject: str, documents: set[str], last: str | None) -> str | None:
    """What the subject of a sentence's verb names: the thing an act is done to ('Godkendelsen skal ske
    ...'), the thing a deadline word is of ('Tilmeldingsfristen er ...'), or the subject itself."""
    if last and _ACT_NOUN.fullmatch(subject):
        return last  # 'Godkendelsen skal ske senest ...' is about what was to be approved
    if thing := _act_done_to(subject, documents):
        return thing  # 'Indsendelsen af kontaktoplysningerne skal ske senest ...': what is sent
    if of := _FRIST_OF.fullmatch(subject):
        # 'Tilmeldingsfristen er ...', 'Indmeldingsfristen for superbrugere er ...'
        return lower_first(of["what"] + (f" af {of['of']}" if of["of"] else ""))
    if not re.fullmatch(r"(?:i|vi|du|man|kommunen|det|der|den|de|dette|frist\w*|tidsfrist\w*|deadline\w*"
                        r"|" + _THEN_WORDS + r"|[-•*]\s.*)", subject, re.I):
        return lower_first(subject)
    return None


# a definite noun, its verb in the present and the deadline: 'Tilmeldingen lukker (senest) 4 uger før ...'
# (not a duration: 'Testen varer fem arbejdsdage og ...')
_THING_DOES = re.compile(r"(?P<thing>[\w-]{3,}(?:en|et|ne))\s+[a-zæøå]{3,}er\s+"
                         r"(?:(?:senest|tidligst|allerede)\s+)?"
                         + _NUMBER + r"\s+\S+\s+(?:før|efter|inden|forud)\b", re.I)


# A phrase of time that opens a sentence before its modal: 'Inden opstart af testen skal X være klar', 'I
# forbindelse med konverteringen skal X ...': what the deadline concerns comes after it
_TIME_OPENER = re.compile(r"(?:inden|før|efter|ved|under|forud\s+for|i\s+forbindelse\s+med)\s+"
                          r"(?:[\w'’-]+\s+){1,4}?(?=(?:skal|må|bør)\s+\S+\s+(?:være|blive|have|[a-zæøå]{3,}es)\b)",
                          re.I)


def _perfect_object(rest: str) -> str | None:
    """The object of a perfect after its auxiliary: 'gennemført uddannelsen senest ...' -> 'uddannelsen'."""
    return _imperative_object("send " + _PARTICIPLE.sub("", rest, count=1))


def _act_done_to(what: str, documents: set[str]) -> str | None:
    """'aflevering af datasættet', 'Indsendelsen af kontaktoplysningerne': the thing the act is done to
    (a signed paper by its name), or None when `what` is no act of handing over or signing."""
    of = re.match(_ACT_NOUN.pattern + r"\s+af\s+(?:(?:den|det|de)\s+)?(?P<thing>.+)", what, re.I)
    if of is None or _is_party(of["thing"]) or is_person(of["thing"].split()[0]):
        return None  # 'Underskriften af direktøren skal ...': who does it, not what it is done to
    return _document(of["thing"], documents) or lower_first(of["thing"])


# A compound of an act and a word for deadline: 'tilmeldingsfristen' is the deadline for 'tilmelding'
_FRIST_OF = re.compile(r"(?P<what>[\w-]{3,}?(?:ing|else))s?(?:frist|tidsfrist|deadline)\w*"
                       r"(?:\s+for\s+(?P<of>.+))?", re.I)


# The noun for doing something to a paper: 'Godkendelsen skal ske ...', 'Fristen for returnering er ...'
# (every noun of signing: 'Attesteringen skal være sket', 'Underskrivelsen skal ske')
_ACT_NOUN = re.compile(r"(?:godkendelse|underskrift|underskrivning|underskrivelse|signering|accept|sign-?off"
                       r"|påtegning|attestering|kontrasignering|tiltrædelse"
                       r"|aflevering|indsendelse|fremsendelse|returnering|tilbagesendelse|upload|overdragelse"
                       # ('Indberetningen af kontaktoplysninger sker ...': reporting hands the thing over too)
                       r"|indberetning|oversendelse|videresendelse|levering)\w*",
                       re.I)


def _read_past(sentence: str) -> str | None:
    """What a deadline's sentence is about when it says so other than with its subject first: past an
    aside, a relative clause or an opening condition; a passive verb before its subject; a party's verb
    and its object; 'har N dage til at <verb> X'."""
    if (bare := _ASIDES.sub("", sentence).strip(" ,")) != sentence.strip(" ,") and bare:
        if (m := re.match(r"(?:skal|må|bør)\s+(?:(?:den|det|de)\s+)?([\w'’-]+)\s+\w", bare, re.I)) and \
                not re.fullmatch(_NOBODY, m.group(1), re.I):
            return lower_first(m.group(1))  # 'Hvis ..., skal anmodningen sendes senest ...'
        if (m := _SUBJECT.match(bare)) and not re.fullmatch(_NOBODY, m.group(1), re.I):
            return lower_first(m.group(1))
    for pattern in (_PASSIVE_FIRST, _PARTY_DOES, _SOMEONE_DOES):
        # the verb is read: what follows is the object, past a participle ('sendes underskrevet aftalen');
        # a plural ending in -ne is a noun here ('gennemgås brugerne igen'), not a verb to pass
        m = pattern.match(sentence)
        rest = _PARTICIPLE.sub("", sentence[m.end():].strip(), count=1) if m else ""
        if m and (obj := _imperative_object("send " + rest)) and \
                obj.split()[0].casefold() not in NUMBERS:  # 'Testen varer fem arbejdsdage' names no thing
            return obj
    if (m := _TIME_TO.search(sentence)) and (obj := _imperative_object(
            "send " + re.sub(r"^\S+\s+", "", sentence[m.end():].strip()))):
        return obj  # 'har 10 arbejdsdage til at gennemgå udkastet': past the infinitive
    return None


# 'KOMBIT skal have den senest ...', 'Leverandøren skal modtage dem ...': a party to get what was named before
_HAS_IT = re.compile(r"(?:[A-ZÆØÅ]{2,}[\w'’-]*|[\w-]+(?:en|et))\s+(?:skal|må|bør)\s+(?:have|modtage|få)\s+"
                     r"(?:den|det|dem)\b", re.I)
# '(Senest ...) skal den være underskrevet', with the deadline read off: 'den' opens what is left
_IT_THEN = re.compile(r"(?:skal|må|bør)\s+(?:den|det|de)\s+(?:være|blive|\w{3,}es)\b", re.I)
# a step that is only an imperative and its deadline: 'Returner senest ...', 'Send retur til KOMBIT inden ...'
_BARE_IMPERATIVE = re.compile(r"(?:send|returnér|returner|indsend|upload|aflever|underskriv|godkend|signér"
                              r"|signer)\s+(?:(?:retur|tilbage)\s+)?(?:til\s+[\w'’-]+\s+)?"
                              r"(?:senest|inden|før|\d)", re.I)
_NOBODY = r"(?:i|vi|du|man|kommunen|det|der|den|de|dette|[\w-]*frist\w*|deadline\w*)"


# A sentence whose subject is the item spoken of before: 'Den sendes til KOMBIT senest ...', 'Fristen er
# ...', 'Det skal ske senest ...', or nothing but the deadline ('Senest 20 dage før go-live.').
_REFERS = re.compile(r"^(?:[-•*–]\s+)?(?:(?:bemærk|husk|obs|nb|vigtigt)\s*[,:!]?\s+(?:at\s+)?)?"
                     r"(?:(?:den|det|de|dette|disse)\s+(?:skal|må|bør|sker|\w{3,}es|\w{2,}(?:gås|stås|fås))\b"
                     # 'Returfristen er ...', 'Svarfristen er ...', 'Sidste frist er ...': a deadline's word
                     r"|(?:(?:sidste|seneste|endelige)\s+)?(?:[\w-]*frist(?:en)?|deadline)\b|\W*$)", re.I)
_NOT_LABELS = {"bemærk", "note", "obs", "nb", "vigtigt", "husk", "tip", "frist", "deadline", "eksempel", "fx"}
_LABEL = re.compile(r"(?:[-•]\s+)?([^\W\d][^:|.]{0,40}?):\s+\S")
_LEADS = re.compile(r"\b(?:senest|inden|indenfor|allerede|før|efter|frist)\b|\d", re.I)


# An opening condition ('Når X er i drift, ...', 'Hvis Y ønsker det, ...'), then the main clause with its
# modal first: the deadline is the main clause's, so is what it concerns (a pronoun after the modal,
# 'skal den ...', stands for the condition's subject, read by _named_first); not when the condition holds
# the deadline ('Hvis tilladelsen ikke er givet 20 dage før go-live, ...')
_CONDITION_FIRST = re.compile(r"(?:når|hvis|såfremt|så\s+snart|efter\s+at|først\s+når)\s+"
                              r"(?P<if>[^,]{3,80}),\s*"
                              r"(?=(?:skal|må|bør)\s+(?!(?:den|det|de|dem|disse|dette)\b)\S)", re.I)
# An opening condition, then the main clause's verb and its subject: what follows is the object
_THEN_DOES = re.compile(r"(?:når|hvis|efter\s+at|så\s+snart)\s+[^,]{3,80},\s*[a-zæøå]{3,}e?r\s+"
                        r"(?:[A-ZÆØÅ]{2,}|[\w-]+(?:en|et|ne))\s+", re.I)


def _label(sentence: str) -> str | None:
    """A list item's label: '- Fejlliste: ...' -> 'fejlliste'."""
    if (m := _LABEL.match(sentence)) and len(m.group(1).split()) <= 4 and not _LEADS.search(m.group(1)) \
            and m.group(1).strip().casefold() not in _NOT_LABELS \
            and not re.match(r"(?:[\w-]*frist\w*|deadline\w*)(?:\s+for\b|$)", m.group(1).strip(), re.I):
        # 'Tidsfrist: ...', 'Deadline for indberetning: ...' (what it is for is read by _FRIST_FOR)
        return lower_first(m.group(1).strip())
    return None


@lru_cache(maxsize=8192)
def item_subject(sentence: str) -> str | None:
    """What a list item or sentence is about: its label ('- Fejlliste: ...'), else its subject."""
    if label := _label(sentence):
        return label
    if obj := _imperative_object(sentence):
        return obj  # 'Udfyld skemaet. Det skal være sendt senest ...'
    if (m := _NEEDS_NONE.match(sentence)) and not _is_party(lower_first(thing := m["thing"] or m["after"])):
        return lower_first(thing)  # 'Bestillingen kræver ingen underskrift. Den skal være afgivet ...'
    if (m := _THEN_DOES.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Når fuldmagten er godkendt, opretter administratoren brugerne. Det skal ske ...'
    if (m := _PARTY_DOES.match(sentence)) and (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Lønkontoret melder testresultatet til KOMBIT. Det skal ske ...'
    if (m := _MUST_DO.match(sentence)) and m["verb"].casefold() not in _NOT_VERBS and \
            not document_lemma(m["who"], loose=True) and \
            (obj := _imperative_object("send " + sentence[m.end():])):
        return obj  # 'Alle sagsbehandlere skal gennemføre e-læringen. Dette skal ske ...': what is done
    # ('Herefter skal KMD have aftalen retur': an adverb before the modal is no subject)
    if (m := _SUBJECT.match(sentence)) and not re.fullmatch(r"(?:i|vi|du|man|kommunen|det|der|den|de|"
                                                            + _THEN_WORDS + ")", m.group(1), re.I):
        if m.group(1).split()[0].casefold() in _OPENERS:
            if (when := _WHEN_DONE.match(sentence)) and not _is_party(when["thing"]):
                # ('Når listen er indhentet, oprettes brugerne ...': a main clause with a subject of its own
                # speaks of that)
                return _own_subject(sentence[when.end():]) or lower_first(when["thing"])
            # 'Efter signering videresendes aftalen til KOMBIT': an opening phrase, the verb, then the subject
            return _imperative_object("send " + sentence[m.end():].strip())
        return lower_first(m.group(1))
    return None


def _own_subject(main: str) -> str | None:
    """The subject after the verb of a main clause that opens with its verb ('oprettes brugerne i KY'),
    unless it is a pronoun ('mailes den til KOMBIT': the thing said before)."""
    verb, _, rest = main.strip().partition(" ")
    if not rest or re.match(r"(?:den|det|de|dem|disse|denne|dette|der|i|vi|man|kommunen)\b", rest, re.I):
        return None
    obj = _imperative_object(f"send {rest}")
    return None if obj is None or _is_party(obj) else obj


# 'Når blanketten er underskrevet, ...': the thing a condition says is done is what the sentence speaks of
_WHEN_DONE = re.compile(r"(?:når|efter\s+at|så\s+snart)\s+(?:(?:den|det|de)\s+)?"
                        r"(?P<thing>[\w'’-]+?(?:en|et|ne))\s+"
                        r"(?:er|bliver)\s+[a-zæøå]+(?:et|t)\s*,", re.I)
# Adverbs of order that may stand first, before the verb: no subject of the sentence
_THEN_WORDS = "derefter|herefter|dernæst|bagefter|efterfølgende|endelig|først|så|nu"
# Prepositions that open a sentence with a phrase of time or manner before its verb ('Efter signering
# sendes ...', 'Ved modtagelsen kontrolleres ...'): what follows the verb is the subject
_OPENERS = {"efter", "ved", "før", "inden", "under", "med", "når", "senest", "straks"}


def _row_subject(row: str) -> str | None:
    """A table row 'Ydelseskatalog | senest 30 dage før go-live': the first cell that names a thing."""
    for cell in (c.strip(" -–|") for c in row.split(" | ")):
        if cell and not _LEADS.search(cell) and len(cell.split()) <= 6 and re.search(r"[^\W\d_]{3}", cell):
            return lower_first(re.split(r"\s+[-–—]\s+", cell)[0])
    return None


def concerns(deadline: TextDeadline, document: str) -> bool:
    """Whether a deadline is about this document ('aftalerne' is about each of the task's agreements)."""
    document = document.casefold()
    return any(about and (about == document or document.endswith(about))
               for about in re.split(r",\s*|\s+og\s+", (deadline.about or "").casefold()))


# a definite ending of a noun: 'dagen', 'huset', 'pladserne', 'bilagene'
_DEFINITE_END = re.compile(r"(?P<bare>[a-zæøå]{3,}?)(?:erne|ene|ne|en|et)")
_EARLIER_WORD = re.compile(r"[^\W\d_][\w-]*")


_THE_TASK = {"opgaven", "opgaverne"}


def named_in_full(about: str, earlier: list[str]) -> str:
    """A one-word definite 'about' that is the head of a compound the text named just before, as that
    compound: 'Færgedagen holdes ... Dagen oprettes i Færgebogen senest ...' -> 'færgedagen', '... mellem 3
    og 6 sandpladser ... X opretter pladserne inden for ...' -> 'sandpladserne'. Only one compound may fit
    (with 'testdagen' and 'færgedagen' before, 'dagen' stays), and not when the word stood alone before
    too (then it names its own thing)."""
    # ('Opgaven skal være løst senest ...' is the task itself, whatever the text named before)
    if " " in about or not (m := _DEFINITE_END.fullmatch(about)) or not earlier or about in _THE_TASK:
        return about
    seen = [w.casefold() for sentence in earlier for w in _EARLIER_WORD.findall(sentence)]
    if any(w == about or w == m["bare"] or w.startswith(m["bare"]) for w in seen):
        return about  # 'pladser ... Pladserne': the word's own thing, said before
    exact = {w[:-len(about)] for w in seen if w.endswith(about) and len(w) - len(about) >= 3}
    # the indefinite form ('sandpladser' of 'pladserne', 'sandplads'), only of a word long enough to be read
    # as a compound's head ('søndag' is no compound of 'dagen')
    indefinite = {w[:w.rindex(m["bare"])] for w in seen if len(m["bare"]) >= 4 and m["bare"] in w[3:]
                  and re.fullmatch(r"(?:e|er|s|es)?", w[w.rindex(m["bare"]) + len(m["bare"]):])}
    prefixes = exact or indefinite
    if len(prefixes) != 1:
        return about
    prefix = next(iter(prefixes))
    # ('hovedudvalget' is no kind of 'valget': a particle before the head makes a word of its own)
    return about if prefix.endswith(("-", *PARTICLES)) or len(prefix) < 3 else prefix + about
