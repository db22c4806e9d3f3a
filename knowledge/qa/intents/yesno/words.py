"""Words, patterns and the threshold that more than one yes/no check shares."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.qa.claimed_values import NUMBER_WORDS

_NEGATION = re.compile(r"\b(ikke|ej|ingen|intet|aldrig|hverken|not|no|never|none|neither|cannot|can't|"
                       r"don't|doesn't|isn't|aren't|won't)\b", re.I)

_ONLY = re.compile(r"\b(kun|alene|udelukkende|only|solely)\b", re.I)
# 'kan vi nøjes med X?' asks as 'kun X?' does
_ONLY_ASKED = re.compile(r"\b(kun|alene|udelukkende|only|solely|nøjes|nøjs|nojes)\b", re.I)
# ... and whose Ja needs a sentence that says the thing alone is enough: 'kun', 'nok', 'tilstrækkeligt'
_ENOUGH_ASKED = re.compile(r"\b(nøjes|nøjs|nojes)\b", re.I)
_ENOUGH_SAID = re.compile(r"\b(kun|alene|udelukkende|nok|tilstrækkelig\w*|only|enough|sufficient)\b", re.I)

_ALSO = re.compile(r"\b(både|også|begge|samt|both|also|as well)\b", re.I)
# 'Er det Netcompany, der ...' / 'Is it the supplier who ...': the party the question puts forward.
_CLEFT = re.compile(r"^\W*(?:er|var|is|was)\s+(?:det|it)\s+(.+?),?\s+(?:der|som|who|that)\b", re.I)

# A sentence whose subject points back to the one before: 'Den må ikke sendes med almindelig e-mail',
# 'De kan ikke selv flytte vielser', 'Det kan tages hjemmefra' (not 'Det er frivilligt, om ...')
_POINTS_BACK = re.compile(r"^\W*(?:(?:den|de|denne|disse|dette|they|it)\s+(?:er|bliver|har|are|is|has)|"
                          r"(?:den|de|denne|disse|dette|det|they|it)\s+(?:kan|skal|må|bør|vil|can|must|may|"
                          r"should|will|[a-zæøå]{3,}es))\b", re.I)  # 'Den underskrevne aftale': an article

# The verdict a yes/no candidate opens with: 'Ja – opgaven siger: ', 'No – '
_VERDICT_HEAD = re.compile(r"^(?:Ja|Nej|Jo|Yes|No)\s+–\s+(?:[^:\n]{0,40}:\s+)?")

_MAY_WORDS = frozenset("valgfri valgfrit frivillig frivilligt optional voluntary".split())
# Verbs that only say 'do the task'
# ('føre tilsyn med X', 'foretage X': the light verb of the task's own noun)
_DO_TASK = frozenset(key(w) for w in "gøre gøres løse løses løst udføre udføres lave laves gennemføre "
                     "gennemføres foretage foretages føre føres do done complete completed carry out "
                     "finish".split())

# 'Skal DPO'en læse bilagene, før aftalen underskrives?' asks about reading, not about who signs.
_BEFORE_AFTER = re.compile(r"\b(før|inden|efter|når|before|after|when|once|until|indtil)\b", re.I)

# A comparison with a number, not a number of things: 'færre end 104 ture', 'more than two users'
_COMPARED = re.compile(r"\b(?P<dir>færre|flere|mere|mindre|fewer|more|less)\s+(?:end|than)\s+"
                       r"(?P<n>\d+|[a-zæøå]+)\s+(?P<noun>[a-zæøå-]{3,})", re.I)

# Where a sentence's coordinate clauses meet, 'og' included: '..., og der kræves kun én underskrift'
_AND_CLAUSE = re.compile(r",\s*(?:og|men|mens|and|but)\s+|;\s*", re.I)

# Where a sentence's clauses meet, a consequence's 'så' included: '... gemmes automatisk, så kommunen ...'
_CLAUSE_EDGE = re.compile(r",\s*(?:og|men|mens|så|and|but|so)\s+|;\s*|\s+[–—]\s+", re.I)  # and 'X – ikke Y'

_LEVERANDOR = re.compile(r"\b(\w*leverandør\w*|supplier|vendor)\b", re.I)

_MODALS = frozenset("skal kan må bør vil skulle kunne burde maa boer".split())

# How a thing is signed, not who signs: 'underskrives digitalt', 'signed electronically'
_MANNER = re.compile(r"(digital|elektronisk|fysisk|manuel|personlig|skriftlig|mundtlig|analog)t?|"
                     r"(digital|electronic|physical|manual|personal)ly")

# 'vi', 'we': the asking municipality
_WE = frozenset("vi we os us jeg".split())

_EXPLETIVE = re.compile(r"^\W*(?:skal|skulle|må|bør|er|bliver)\s+der\b|"
                        r"^\W*(?:does|do|is)\s+(?:anything|something)\b", re.I)

_CRITICAL = frozenset(key(w) for w in ("kritisk", "kritiske", "critical"))
# The words of the obligatory / optional scale ('Obligatorisk på kritisk vej', 'Obligatorisk', 'Valgfri')
_CLASSES = frozenset(key(w) for w in ("obligatorisk", "valgfri", "kritisk"))

# The classes of that scale a task may be left out of ('Anbefalet' recommends, it does not require)
_OPTIONAL_CLASSES = frozenset(key(w) for w in ("valgfri", "anbefalet", "optional", "recommended"))

# A count's number words: not zero, and not 'en'/'et'/'one', which are most often the article or a pronoun
_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if n and w not in ("en", "et", "one")}

_AT_MOST = ("højst", "maks", "op til", "ikke mere end", "at most", "up to")

_WORD = re.compile(r"[\wæøå-]+")

YES_THRESHOLD = 0.7

# A text that says a thing is left to the municipality ('Kommunen kan vælge at ...', 'valgfri'): no
# answer to whether it must be done.
# ('de frivillige', 'foreningens frivillige': the volunteers, a noun after an article or a genitive)
# ('Frivillige skal ikke ...': the volunteers as a sentence's subject, no choice)
_OPTIONAL = re.compile(r"\b(valgfri\w*|(?<!\bde\s)(?<!\balle\s)(?<!\bfor\s)(?<!ens\s)(?<!ets\s)"
                       r"frivillig\w*(?!\s+(?:skal|kan|må|får|bør|vil|har|er|bliver|hjælper|deltager)\b)|"
                       r"tilvalg\w*|eventuelt|kan vælge|kan selv vælge|"
                       r"ikke et krav|er ikke nødvendig\w*|(?:bestemmer|beslutter|vælger|afgør)\s+selv|"
                       r"selv\s+(?:bestemme|beslutte|vælge|afgøre)|optional|not required|may choose|"
                       r"decides? (?:for )?itself)\b", re.I)

_MUST = re.compile(r"^\W*(skal|must|shall|have to|has to)\b|\b(nødvendig\w*|behøve\w*|nødt|påkrævet|krav|"
                   r"forpligte\w*|pligt\w*|obligatorisk\w*|required|necessary|need\w*|obliged|"
                   r"mandatory)\b", re.I)

# A passive verb and its doer: 'udarbejdes af Juridisk Kontor', 'godkendes af økonomiudvalget'; the doer
# ends where the sentence goes on with another passive ('... og godkendes af X'), a clause or a time
_PASSIVE_BY = re.compile(r"\b(?P<verb>[a-zæøå]{4,}es)\s+(?:\w+\s+)?af\s+(?P<who>[^,.;:!?()–—]+?)"
                         r"(?=\s+(?:og|samt|men|eller)\s+(?:\w+\s+)?[a-zæøå]{4,}es\b|\s+(?:inden|senest|før|efter|"
                         r"når|hvis|så|mens|i\s+uge|den|hver)\b|[,.;:!?()–—]|$)", re.I)

# 'altid', 'always' against a condition that is the only one: 'kun, hvis ...', 'only when ...'
_ALWAYS = re.compile(r"\b(?:altid|always|i\s+alle\s+tilfælde|uanset|in\s+all\s+cases|regardless)\b", re.I)
_ONLY_IF = re.compile(r"\b(?:kun|alene|udelukkende|only)\s*,?\s+(?:hvis|når|if|when)\b", re.I)

# A clause that advises, and one that demands: 'bør', 'det anbefales' against 'skal', 'er et krav'
_ADVISED = re.compile(r"\b(?:bør|burde|anbefale[rst]?|anbefalet|anbefales|should|recommend\w*|advised)\b",
                      re.I)
_DEMANDED = re.compile(r"\b(?:skal|must|shall|krav|kræves|påkrævet|obligatorisk\w*|mandatory|required)\b",
                       re.I)

# A word for a person, role or body that may be a question's subject
_PARTY_WORD = re.compile(r"(leverandør|chef|leder|direktør|mester|administrator|ansvarlig|konsulent|"
                         r"koordinator|rådgiver|jurist|forvalter|sekretariat|afdeling|udvalg|styrelse)\w*$",
                         re.I)

# a place or party a sentence puts its thing at
_PLACED = re.compile(r"\b(?:hos|i|på|ved|at|in|on|with)\s+(?:[a-zæøå]+s\s+|den\s+|det\s+|de\s+)?"
                     r"(?:egen\s+|eget\s+|egne\s+)?[\wæøåÆØÅ-]{3,}", re.I)

# A thing the sentence says is exempt from what the question asks: 'Landbrug er fritaget for betaling'
_EXEMPT = re.compile(r"\b(fritag\w*|undtaget|undtages|exempt\w*)\b", re.I)
# A question of any place or any time: 'må man grille hvor som helst?', 'overalt', 'anywhere'; a sentence
# that allows it only somewhere ('Grill kun på de faste pladser') denies it
_ANYWHERE = re.compile(r"\b(hvor\s+som\s+helst|overalt|alle\s+steder|når\s+som\s+helst|anywhere|everywhere|"
                       r"any\s+time|anytime)\b", re.I)
# A question that asks leave: 'må man ...?', 'er X tilladt?', 'har man lov til ...?', 'may we ...?'
_LEAVE_ASKED = re.compile(r"^\W*(?:må|may|kan|can)\b|\b(?:tilladt|tilladte|lov\s+til|lov\s+at|muligt|allowed|"
                          r"permitted|possible)\b", re.I)
# An exception to a prohibition: 'uden en tilladelse', 'medmindre', 'undtagen', 'without', 'unless'
_EXCEPTION = re.compile(r"\b(?:uden|medmindre|undtagen|undtaget|bortset\s+fra|without|unless|except)\b", re.I)
# A prohibition says 'no' as a negation does: 'Hunde er forbudt på isen' denies 'må hunde komme på isen?'
_PROHIBITED = re.compile(r"\b(forbud|forbudt|forbudte|forbidden|prohibited|banned)\b", re.I)

_BOUND_NOT = re.compile(r"\b(?:ikke|not|no)\s+(?:før|tidligere|senere|mere|mindre|flere|færre|over|under|"
                        r"before|earlier|later|more|less|fewer)\b", re.I)

# Where a sentence's coordinate clauses meet: '..., men DPO'en skal ikke selv underskrive'
_COORDINATE = re.compile(r",\s*(?:men|mens|but|whereas)\s+|;\s*", re.I)

# A coordinate clause whose subject is a pronoun for the first clause's ('..., men de skal orienteres')
_SUBJECT_BACK = re.compile(r"^\s*(?:de|den|det|han|hun|they|it|he|she)\s+(?:skal|kan|må|bør|vil|er|bliver|"
                           r"must|can|may|should|is|are)\b", re.I)

# the finite verb that ends the first clause's subject, or that a clause without a subject starts with
_FINITE = re.compile(r"\b(?:skal|kan|må|bør|vil|er|bliver|must|can|may|should|is|are)\b", re.I)
# a passive verb after the first word, which ends the subject as a modal would ('Personer over 80 år
# udelades'); not a noun ending so ('proces', 'adresser' is no passive: '-es' after a consonant only)
_PASSIVE = re.compile(r"(?<=\S)\s+(?!(?:proces|adgangs|status)\b)[a-zæøå]{3,}[bdfgklmnprstv]es\b")

# A sentence opening with a condition: verb first ('Uploades aftalen ikke til tiden, kan ...', 'Modtager
# KOMBIT ikke aftalen, ...') or 'hvis' ('Hvis aftalen ikke ..., kan ...'), up to the comma before the
# main clause's verb (not a plural subject with a relative clause: 'Medarbejdere, der ...')
_CONDITION = re.compile(r"^\W*(?:(?:hvis|såfremt|dersom|if|unless)\s+[^,.;:?!]{3,}?|"
                        r"(?!(?:der|her|hver|hvert|under|efter|over|senere|mens|derfor|desuden|siden)\b)"
                        r"[A-ZÆØÅ][a-zæøå]+(?:es|er|r|s)\s+(?!(?:der|som)\b)[^,.;:?!]{3,}?)"
                        r",\s*(?:så\s+)?(?:kan|skal|må|vil|bliver|får|er|har|mister|risikerer|"
                        r"[a-zæøå]{3,}(?:es|er))\s", re.I)

# 'Kun politiet og bibliotekschefen må få udleveret optagelser': the parties a sentence allows, no others
# ('kun i weekenden må ...' says when, 'kun på kontoret' where: not who)
ONLY_WHO = re.compile(r"\b(?:kun|alene|udelukkende|only)\s+"
                      r"(?!(?:i|på|om|mellem|efter|før|fra|til|in|on|at|after|before|between)\b)"
                      r"(?P<who>[^.;:]{2,80}?)\s+"
                      r"(?:må|kan|skal|may|can)\b", re.I)
# 'Alle kan se vagtplanen, men kun ...': the sentence itself grants a deed to all
GRANTS_ALL = re.compile(r"\b(?:alle|enhver|everyone|anyone)\b[^.;:,]*?\b(?:kan|må|may|can)\b"
                        r"(?P<deed>[^.;:,]*)", re.I)
# (not any comma: 'Kun formanden må, i samråd med kassereren, låne nøglen ud' goes on past one)
_CLAUSE_END = re.compile(r"\bmen\b|\bbut\b|;", re.I)


def only_deed(said: str, only: re.Match) -> str:
    """What a 'kun' sentence limits: its clause after the parties ('kun kommunen må sende listen, men alle
    må se den': 'sende listen')."""
    return _CLAUSE_END.split(said[only.end():], maxsplit=1)[0]


def grants_all(said: str, verb: str, *, thing: set[str]) -> bool:
    """Whether the sentence itself grants the asked deed, its verb and the thing it is done to, to all
    ('..., men alle må se listen' for 'se listen over cykler'); not another thing by the same verb ('Alle
    må låne bøger, men kun ... må låne film' grants no 'låne film')."""
    return any(verb in (deed := content_keys(m.group("deed"))) and (not thing or thing & deed)
               for m in GRANTS_ALL.finditer(said))
# 'må alle ...?', 'kan enhver ...?', 'may anyone ...?': leave asked for everyone (of a group, a noun after)
EVERYONE_ASKED = re.compile(r"^\W*(?:må|kan|skal|får|may|can|must)\s+(?:alle|enhver|hvem\s+som\s+helst|"
                            r"everyone|anyone|anybody|everybody)\b(?P<rest>.*)", re.I)
