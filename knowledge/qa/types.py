"""Expected answer types: what kind of value a question asks for ("hvem" a party, "hvornår" a time,
"hvor mange" a count, a mail, phone, CVR, price or password) and whether a text holds one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from functools import lru_cache
from itertools import chain
from pathlib import Path

from knowledge.dates import MONTHS_DA_RE, MONTHS_EN
from knowledge.fold import ascii_fold, content_keys, is_stop, key, question_keys
from knowledge.lexicon import CONCEPTS, FRACTION_WORDS, number_words
from knowledge.morphology import in_compound, particle_verb_keys
from knowledge.roles import ROLE as _ROLE
from knowledge.roles import names_role as names_role  # where the answer intents and the gate look for it
from knowledge.units import length_pattern, unit_words
from knowledge.wording import FIELD_LABELS


class Expect(StrEnum):
    ANY = "any"
    PARTY = "party"  # a person, role or organisation
    TIME = "time"  # a date, an offset or a deadline
    COUNT = "count"
    MAIL = "mail"
    PHONE = "phone"
    CVR = "cvr"
    PRICE = "price"
    PASSWORD = "password"
    URL = "url"
    CODE = "code"  # an identifier: 'FK-DP-0042', 'SF1520'
    NAME = "name"  # the name of what the question only describes: 'hvad hedder driftsleverandøren?'
    PLACE = "place"  # where: 'hvor foregår undervisningen?', 'hvor sendes blanketten hen?'
    REASON = "reason"  # why: 'hvorfor skal vi udpege superbrugere?'
    FREQUENCY = "frequency"  # how often: 'hvor ofte synkroniseres brugerne?'
    CLOCK = "clock"  # a time of day: 'hvad tid åbner portalen?', 'hvornår på dagen ...?'
    PERCENT = "percent"  # a share: 'hvor mange procent af sagerne ...?'
    VERSION = "version"  # a version number: 'hvilken version af grænsefladen ...?'


# A question that asks for a value ('hvad er ...', 'hvilket ...'), not what happens or what to do.
_ASKS_VALUE = r"^\W*(hvad (er|var)|hvilk\w*|what (is|are|was)|whats|which)\b"
# Question cues per type, matched on the ascii-folded question; most specific first, so "hvad er
# hendes telefonnummer" asks for a phone and "hvor mange dage" for a time span, not a count.
# a part of the day, said as when a thing recurs: a time of day, never how long ('om aftenen')
_DAY_PART = r"(?:hver|om) (?:morgen|formiddag|eftermiddag|aften|nat)(?:en)?\b"
_DAY_PART_VALUE = re.compile(_DAY_PART, re.I)
# the endings of a noun that names the value asked, inflected but no compound's first part
_INFLECTED = r"(?:n|r|rne|ns|rnes|et|e|ene|ets|s)?"
_VALUE_CUES: list[tuple[Expect, re.Pattern[str]]] = [
    # a time of day: 'hvad tid ...', 'hvilket klokkeslæt', 'hvornår på dagen', 'åbningstider', 'what time'
    (Expect.CLOCK, re.compile(r"^\W*(hvad tid|(at )?what time)\b|\b(klokkeslaet\w*|hvornaar paa dagen|"
                              r"(hvilket|hvad|which|what) tidspunkt (paa|af|i loebet af) dagen|"
                              # ('uden for åbningstid' is when a thing holds, no asking for the hours)
                              r"time of day|"
                              r"(?<!uden for )(?<!udenfor )(?<!efter )(?:aabningstid\w*|telefontid\w*)|"
                              r"aabent|"
                              r"opening hours)\b")),
    # 'hvor stor en del / andel af X ...?' asks a share too, said as a percentage or a fraction
    # ('5 %', 'hver fjerde'); the word alone is what names_value stops ('del' is no subject)
    (Expect.PERCENT, re.compile(r"\b(procent\w*|pct|percent\w*|percentage)\b|%|"
                                r"^\W*hvor stor(e)? (en )?(del|andel)\b|"
                                r"^(del|andel)$")),
    # 'hvilken version af ...', 'hvad er versionsnummeret', 'which version': a number, not a sentence
    (Expect.VERSION, re.compile(_ASKS_VALUE + r".*\b(version|versionen|versionsnummer\w*|udgave|udgaven|"
                                r"release)\b|\bversionsnummer\w*\b")),
    # ('kontaktadressen', 'e-postadressen': the address one writes to)
    # ('supportmailen', 'kontaktmailen': a compound with mail for its head asks for a mail too, and its
    # first part says which one, so the word as a whole is no mere name of the kind: no fullmatch)
    (Expect.MAIL, re.compile(r"\b(e-?mail(adresse\w*)?|mailadresse\w*|email address|mail(en)?|"
                             r"kontaktadresse\w*|e-?post(adresse\w*|en)?)\b(?!-)|"
                             r"(?<=[a-z]{4})mail(en|adresse\w*)?\b(?!-)")),
    # ('Jonas' mobil', 'mobiltelefonen', 'mobile number': a phone; not 'mobil adgang', 'mobilappen';
    # nor a compound whose head is another thing, 'telefonplatformen', 'telefonlinjer', 'telefoni')
    (Expect.PHONE, re.compile(r"\b(telefon(nummer|numre|numer|nr)\w*|telefon(en|er|erne|ens|isk)?|tlf\w*|"
                              r"mobil(nummer|nr|telefon|tlf)\w*|"
                              r"phone( number)?|mobile (phone|number)|cell ?phone( number)?)\b|"
                              r"\b[a-z]+(s|') mobil(en)?\b|"
                              r"\b[a-z]+s nummer(et)?\b(?<!opgaves nummer)(?<!trins nummer)|"
                              # the number one calls: 'hvilket nummer ringer man til ...?'
                              r"\bnummer(et)?\b.*\b(ringe|ringer|ring|ringes|call|calls|dial)\b|"
                              r"\b(ringe|ringer|ring|call|dial)\b.*\bnummer(et)?\b|"
                              r"\bnumber\b.*\b(call|dial|ring)\b|\b(call|dial|ring)\b.*\bnumber\b")),
    # (not a compound with another head, 'CVR-registret', nor a first part before 'og': 'CVR- og CPR-data')
    (Expect.CVR, re.compile(r"\b(cvr(-?nummer\w*|-?nr)?|se-nummer\w*|company registration)\b(?!-)")),
    # ('alarmkoden', 'dørkoden', 'wifi-koden': a secret that opens something, no identifier like 'artskoden')
    (Expect.PASSWORD, re.compile(_ASKS_VALUE + r".*\b((alarm|doer|hoveddoer|port|wifi|wi-fi|noegle|"
                                 r"noegleboks|laas|boks|sikkerheds)-?kode(n|r|rne)?|"
                                 r"(alarm|door|gate|wifi|wi-fi) ?codes?)\b|"
                                 # (inflected, no compound with another head: 'adgangskodepolitikken')
                                 r"\b(adgangskode" + _INFLECTED + r"|kodeord" + _INFLECTED + r"|passwords?|"
                                 r"passcodes?|pinkode" + _INFLECTED + r"|brugernavn" + _INFLECTED + r"|"
                                 r"usernames?|user name|login details|credentials)\b(?!-)|"
                                 + _ASKS_VALUE + r".*\blog-?in(oplysninger|detaljer)?\b(?!-)")),
    # 'hvor ofte ...?'; the word alone is what names_value stops ('ofte' is no subject of the question)
    (Expect.FREQUENCY, re.compile(r"^\W*(hvor|how) (ofte|tit|hyppigt|often|frequently)\b|"
                                  r"^(ofte|tit|hyppigt|often|frequently)$")),
    # ('hjemmesiden', 'hjemmesideadressen'; not 'hjemmesideredaktøren', a compound with another head)
    (Expect.URL, re.compile(r"\b(hjemmeside(?:adresse)?" + _INFLECTED + r"|webadresse" + _INFLECTED +
                            r"|url|website|web address|links?|linket|"
                            r"linkene)\b")),
    # 'system-ID'et', 'anvender-id', 'hvad er sytem id': an identifier, not a sentence about the system
    (Expect.CODE, re.compile(r"(?<!opgave-)(?<!opgavens )(?<!task )"
                             r"\b(id(-?nummer\w*|'?et|'?er)?|identifikator\w*|identifier|ids)\b|"
                             # 'hvad er nummeret på aftalen?': the number the thing has
                             r"^\W*(hvad|hvilket) (er|har) (nummeret|numret) (paa|for|til)\b|"
                             # 'hvilket nummer har aftalen?' (a task's number is a task's: 'opgaven')
                             r"^\W*(hvilket|which) (nummer|number) (har|er|has|is)\b"
                             r"(?!.*\b(opgave\w*|tasks?)\b)|"
                             # 'EAN-nummeret', 'journalnummer', 'kontonummer': a number that names a thing
                             + _ASKS_VALUE + r".*(\b(?!(opgave|trin|telefon|mobil|step|task|bolge|fase)"
                             r"\w*nummer)[a-z]{2,}-?nummer(et|e|ene)?\b|\b(ean|gln|p-nummer|account number|"
                             r"reference number)\b)")),
    # 'hvad hedder systemet, som ...?', 'what is the supplier called?': a name, not a description;
    # the task's own name is its title (answered by the task, not by a name in its text)
    # ('hvornår skal administratorens navn indberettes?' asks when, not for the name)
    (Expect.NAME, _NAME_CUE := re.compile(r"^(?!.*\b(opgave\w*|tasks?)\b)(?!\W*(hvornaar|when|by when)\b)"
                                          r"(\W*(hvad|what)\b.*\b(hedder|hedde|hed|kaldes|called|named)\b|"
                                          r".*\b(navne(t)? paa|the name of)\b|"
                                          r".*\b(?P<owner>\w+)(s|'s) (navn|name)\b)")),
]
_HOW_MANY = re.compile(r"^\W*(hvor mange|how many)\b")
_WH_CUES: list[tuple[Expect, re.Pattern[str]]] = [
    (Expect.PARTY, re.compile(r"^\W*(hvem|who|whom|whose)\b")),
    (Expect.TIME, re.compile(r"^\W*(hvornaar|when|by when|hvor (lang tid|laenge|hurtigt|tidligt|snart|sent)|"
                             r"hvor lange? (er|var|bliver) (en|et|de|den|det)\b|"
                             r"how (long|quickly|soon|early|late))\b")),
    # 'hvor mange dage før testen ...?' asks when, counted in days
    (Expect.TIME, re.compile(r"^\W*(hvor mange|how many) (arbejds)?(dage|uger|maaneder|timer|"
                             r"(working )?days|weeks|months|hours)s?\b")),
    # 'hvor mange kroner koster ...?' asks a price
    (Expect.PRICE, re.compile(r"^\W*(hvor mange|how many) (kroner|kr|penge|euro|dkk)\b")),
    (Expect.COUNT, _HOW_MANY),
    # (the purpose of a task itself is its goal, which the task's Mål states: 'hvad er formålet med
    # opgave 433?', 'what is the purpose of the signing task?' ask for that, not for a reason)
    (Expect.REASON, re.compile(r"^\W*(hvorfor|why)\b|\b(hvad er (grunden|aarsagen)|what is the reason)\b|"
                               # 'hvad bruges indberetningen til?': what it is for
                               r"^\W*(hvad|what)\b.*\b(bruges|anvendes|is (it )?used|are (they )?used)\s+"
                               r"(\w+\s+){0,3}?(til|for)\W*$|"
                               r"\b(hvad er (formaalet|meningen|hensigten)|what is the purpose)\b"
                               r"(?!\s+(med|of)\b(?=.*\b(opgave\w*|task\w*)\b|"
                               r"\s+(denne |den |this |the )?[a-z]+ ?\d+\w*\W*$))")),
    # 'hvor foregår ...?', 'hvor sendes ... hen?', 'where ...?'; not 'hvor mange/længe/meget/ofte ...'
    (Expect.PLACE, re.compile(r"^\W*(hvortil|hvorhen|"  # 'hvortil sendes blanketten retur?'
                              r"hvor(?! (mange|lang|laenge|meget|ofte|tit|stor\w*|dyr\w*|langt|hurtigt|"
                              r"(hoej\w*|lavt?|bred[et]?|tung[et]?|dyb[et]?|tyk[ke]?|tykt|smal[et]?)\b|"
                              r"tidligt|sent|godt|mange|vigtig\w*|gaml\w*|gammel\w*))|where)\b|"
                              r"\b(hvilken adresse|hvilket sted|what address|which address|which place)\b|"
                              # 'hvad er adressen på X?': an address, not any place X is named in
                              + _ASKS_VALUE + r".*\b(adressen|adresserne|postadresse\w*|the address)\b")),
]
_OTHER_CUES: list[tuple[Expect, re.Pattern[str]]] = [
    (Expect.PRICE, re.compile(r"\b(koster?|kostede|\w*pris(en|er|erne)?|prices?|costs?|gebyr\w*|fees?|"
                              r"hvor dyrt|\w*kontingent(et|er|erne)?|"
                              r"how much (does|do|is)|hvor meget\b.*\b(betale|koste|pay|cost)\w*)\b|"
                              # 'hvad skal vi betale pr. ...?', 'hvad betaler kommunen for ...?': an amount
                              r"^\W*hvad (skal|maa|kommer|vil) (vi|man|jeg|kommunen|de|i) "
                              r"(\w+ )?(at )?betale\b|"
                              r"^\W*hvad betaler (vi|man|jeg|kommunen)\b|"
                              # 'hvad tjener X?', 'hvad er timelønnen?', 'hvad får X i honorar?': pay
                              r"^\W*(hvad|hvor meget) tjener\b|"
                              r"^\W*(hvad (er|var)|hvor (stor|hoej|meget)( er| var)?) (den |det |[a-z]+s )?"
                              r"\w*(loen(nen)?|honorar(et)?)\W*$|"
                              r"^\W*(hvad|hvor meget) (faar|far) .*\bi (\w*loen|honorar)\b|"
                              # 'hvad er beløbet?', 'hvor stor er kommunens andel af udgifterne?': an amount
                              r"^\W*(hvad (er|var)|hvor (stor|stort|store|meget)( er| var)?)\b.*"
                              r"\b(beloeb(et|ene)?|udgift(en|er|erne)?|omkostning(en|er|erne)?|amount)\b|"
                              # 'hvad er egenbetalingen (pr. tur)?', 'hvor stor er taksten?': what is paid
                              r"^\W*(hvad (er|var)|hvor (stor|stort|store|hoej|hoejt)( er| var)?)\s+"
                              r"(den |det |de |[a-z]+s )?(\w*betaling(en|erne)?|takst(en|erne)?)"
                              r"(\W*$| pr\b| per\b)")),
    # an English 'when' after a word is a conjunction ('what happens when it expires'), as Danish 'når'
    (Expect.TIME, re.compile(r"\b(hvornaar|(?<![a-z] )when|(and|or|by|until|since|from) when|"
                             r"hvilken (dato|dag|uge)|(what|which) (date|day|week)|frist(en|er)?|deadlines?|"
                             r"\w*-?datoen|go-?live-?dato\w*|hvor (lang tid|laenge|gaml\w*|gammel\w*)|"
                             r"how (long|old))\b|"
                             # 'hvor lang er aftalen / garantien / kurset?': a thing that lasts, its length
                             r"\bhvor lange? (er|var|bliver) (den |det |de )?\w*(aftale|kontrakt|periode|"
                             r"garanti|kursus|kurs|forloeb|binding|abonnement|licens|ordning|uddannelse|"
                             r"varsel)\w*\b|"
                             # 'hvad er leveringstiden / betalingsfristen / opsigelsesperioden?': a time
                             r"^\W*(hvad|what) (er|var|is|was) (den |det )?"
                             r"\w{3,}(tid|frist|periode|varighed)(en)?\b")),
    (Expect.COUNT, re.compile(r"\b(hvor mange|how many|antal(let)?|number of)\b")),
    (Expect.PARTY, re.compile(r"\b(hvem|who|whom|whose)\b|\bhvilke[nt]? (leverandoer|person|rolle|"
                              r"medarbejder|afdeling|myndighed|firma|selskab|virksomhed|organisation|enhed)\b|"
                              r"\bwhich (supplier|person|role|department|authority|company|firm|"
                              r"organi[sz]ation|unit)\b")),
]
# Kinds of value a sentence shows plainly: a mail, a phone, a price, a code, a time of day, a share, a
# version (a party, a place or a time is found in most sentences).
PLAIN = frozenset({Expect.MAIL, Expect.PHONE, Expect.PRICE, Expect.CODE, Expect.URL, Expect.CVR,
                   Expect.CLOCK, Expect.PERCENT, Expect.VERSION})
_TASK_LIST = re.compile(r"\b(hvilke|which|list( of)?|alle|all)( \w+)? (opgaver|tasks)\b")
# A yes/no question opens with a verb: it is answered Ja/Nej, not by a value. Besides the common
# verbs, any present-tense word (-r, -s) followed by a subject ('foregår testen ...', 'kører den'), also
# an indefinite or every-one subject ('varer en vielse ...', 'får hver deltager ...').
_V1 = re.compile(r"^\W*(?!hv)[a-z]{3,}(r|s)\s+(det|den|der|de|vi|jeg|du|i|man|han|hun|nogen|noget|alle|"
                 r"kommunen|[a-z]+(en|et|ne)|[a-z]+(ens|ets|nes)\s+[a-z][a-z-]*|"
                 r"(en|et|hver|hvert|enhver|ethvert)\s+[a-z][a-z-]{2,}|"
                 r"[a-z]{3,}-\s+(og|eller)\s+[a-z]+(en|et|ne))\b")
# ('underskriver natur- og miljøchefen påbuddet?': a subject of two compounds sharing their head;
# 'tilslutter kommunens IT-afdeling vægtene?': a subject after its owner's genitive)
YES_NO = re.compile(r"^\W*(er|erde|skal|kan|maa|har|faar|bliver|findes|gaelder|kraever|bruger|bruges|koster|"
                    r"stopper|starter|lukker|sker|"
                    r"skulle|kunne|burde|vil|goer|is|are|does|do|did|can|could|must|should|shall|will|"
                    r"has|have|may|was|were)\b")


# ('én', 'ét' with the accent are the number one, 'en', 'et' as often the article; 'mere end én'
# compares, it counts nothing)
# the number words of knowledge/lexicon.py from two up, longest first ('femten' before 'fem')
_WORDS_FROM_TWO = "|".join(sorted(number_words(2, 100), key=len, reverse=True))
_COUNT_WORDS = ("(?<!end )(?<!than )(?:én|ét)|" + _WORDS_FROM_TWO +
                "|højst|mindst|op til|maks\\w*|at most|at least|up to|et par|a couple|a few")
_NUMBER_WORDS = FRACTION_WORDS + "|en|et|én|ét|one|" + _WORDS_FROM_TWO + "|højst|mindst|op til|maks\\w*|alle"
_UNITS = length_pattern()
# an amount of money: '6.500 kr.', '1 200 kroner', '40 euro'
_AMOUNT = r"\d[\d.,]*(?:[ \u00a0]\d{3}(?!\d))*\s*(kr|dkk|kroner|euro|eur)\b"
AMOUNT = re.compile(_AMOUNT + r"\.?", re.I)

# a holiday or a season a deed is done by: 'udbetales efter sommerferien', 'inden jul', 'i foråret', 'before
# Christmas' (when, not how long)
_SEASON = (r"(?:(?:før|efter|inden|i|til|om|senest|ved|fra|indtil|under|before|after|by|in|during)"
           r" (?:sommer|vinter|efterårs|påske|jule)?(?:ferien|ferierne)\b|"
           r"(?:før|efter|inden|senest|til|indtil) (?:jul|påske|nytår|sommer|årsskiftet)\b|"
           r"(?:i|om|til|inden|før|efter) (?:foråret|sommeren|efteråret|vinteren|julen|påsken)\b|"
           r"(?:before|after|by|until) (?:christmas|easter|the summer|the (?:summer |winter )?holidays)\b)")
_SEASON_VALUE = re.compile(_SEASON, re.I)
# no time after 'bruges til' / 'for' / 'to': 'til og med', 'for første gang', a date or a month
_NO_TIME = (r"(?!\s+(?:og\s+med\b|(?:den\s+|the\s+)?(?:første|sidste|næste|first|last|next)\b|"
            r"(?:den\s+|the\s+)?\d|(?:" + MONTHS_DA_RE + "|" + "|".join(MONTHS_EN) + r")\b|"
            r"(?:udgangen|slutningen|starten|begyndelsen|årsskiftet|nytår|go-live|idag|i\s+dag|end|now|today)\b))")
_VALUE: dict[Expect, re.Pattern[str]] = {
    Expect.MAIL: re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    Expect.PHONE: re.compile(r"(?<!\d)(\+45 ?)?\d{2} ?\d{2} ?\d{2} ?\d{2}(?!\d)"),
    # eight digits, or in pairs after its label ('CVR 41 22 87 65', 'CVR-nummer: 12 34 56 78'); pairs alone
    # are a phone number
    Expect.CVR: re.compile(r"(?<!\d)\d{8}(?!\d)|\b(?:cvr|se)(?:-?(?:nummer\w*|nr\.?))?\s*(?:er\s+)?:?\s*"
                           r"\d{2} \d{2} \d{2} \d{2}(?!\d)", re.I),
    Expect.PASSWORD: re.compile(r"(adgangskode|kodeord|password|brugernavn|username|login|kode|code)\w*\s*"
                                r"(er|is|:)"
                                r"\s*\S+", re.I),
    Expect.URL: re.compile(r"https?://|www\.|\b[\w-]+\.(dk|com|org|eu)\b", re.I),
    # ('8 400 DKK', '36 000 kr.': thousands apart by a space or a no-break space)
    Expect.PRICE: re.compile(_AMOUNT + "|"
                             r"\b(kr\.|gratis|free of charge|"
                             r"uden beregning|omkostningsfri|ingen (betaling|udgift\w*|omkostning\w*|gebyr)|"
                             r"ikke (er )?forbundet med (en |nogen )?(mer)?omkostning\w*|betaler selv|"
                             r"no (fee|charge|cost))\b", re.I),
    # a unit is a whole word ('en weekend' holds no 'en week')
    Expect.TIME: re.compile(r"\b(\d+\s*(" + _UNITS + r")(?!\w)|"
                            r"(" + _NUMBER_WORDS + r")\s+(" + _UNITS + r")(?!\w)|"
                            r"uge \d+|week \d+|\d{1,2}\.\s*(januar|februar|marts|april|maj|juni|juli|"
                            r"august|september|oktober|november|december)|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|"
                            r"(før|efter|inden|senest|before|after|by) go-?live|"
                            # a time of day or a weekday answers 'hvornår' too ('kl. 17.00', 'tirsdag')
                            r"(kl\.?|klokken)\s*\d{1,2}(?:[.:]\d\d)?|(?<![\d.,])\d{1,2}[.:][0-5]\d(?![\d.,])|"
                            r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdag|weekend|monday|"
                            r"tuesday|wednesday|thursday|friday|saturday|sunday|weekday)\w*|"
                            # a part of the day, as a weekday, when it recurs ('hver morgen', 'om aftenen')
                            + _DAY_PART + r"|"
                            r"når|efter at|så snart|after|once|"
                            # how long a thing holds, said by its condition ('gælder, så længe kommunen …')
                            r"så længe|as long as|"
                            # 'senest ved skoledagens afslutning', 'senest kl. 12 dagen før', 'samme dag'
                            r"senest (ved|i forbindelse med|kl|dagen|samme|inden|når)\b|samme dag\b|"
                            r"(dagen|ugen|måneden) (før|efter)\b|"
                            # an event's end or start: 'inden udgangen af testperioden', 'før testens start'
                            r"(inden|før|senest ved|ved) "
                            r"(udgangen|slutningen|afslutningen|starten|begyndelsen) af\b"
                            r"|(inden|før|senest ved) \w+(ens|ets) (start|afslutning|begyndelse)\b|"
                            r"(januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                            r"november|december|january|february|march|may|june|july|october)\b|"
                            + _SEASON + ")", re.I),
    # (a count in thousands is one number: 'ca. 310.000 besøg', not 310 of something '.000')
    Expect.COUNT: re.compile(r"\b(\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+|" + _COUNT_WORDS + r")\b", re.I),
    # 'kl. 7.00', 'kl. 8-16', '9.30', '07:00' (not '18.500' nor a version '2.4')
    # (hours after a weekday: 'mandag til torsdag 9-14', 'hverdage 8-16')
    Expect.CLOCK: re.compile(r"\b(kl\.?|klokken)\s*\d{1,2}(?:[.:]\d\d)?\b|"
                             r"\w*dage?\s+\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\b|"
                             r"(?<![\d.,])\d{1,2}[.:][0-5]\d(?![\d.,])|\b\d{1,2}\s*(am|pm)\b|"
                             # open at every hour: 'åben døgnet rundt', 'hele døgnet', 'around the clock'
                             r"\b(døgnet rundt|hele døgnet|around the clock|24/7|24 timer i døgnet)", re.I),
    Expect.PERCENT: re.compile(r"\d+(?:[.,]\d+)?\s*(%|procent|pct\b|per ?cent)|"
                               r"\bhver(t)? (anden|andet|tredje|fjerde|femte|sjette|syvende|ottende|niende|"
                               r"tiende)\b|"
                               r"\bhalvdel(en)?\b|\b(en|to|tre) (tredje|fjerde|femte)del(e)?\b", re.I),
    # (or after a product's name: 'FleetPilot 8.2', 'DoorKey 3.4'; a name, not 'kl. 8.30' nor 'pr. 1.4')
    Expect.VERSION: re.compile(r"\b(version|versionen|ver\.|v|release|udgave)\s*\d+(?:\.\d+)*\b|"
                               r"(?<![\d.,])\d+\.\d+\.\d+(?![\d.,])|"
                               r"(?-i:\b[A-ZÆØÅ][\w-]*[a-zæøå][\w-]*\s+\d{1,2}\.\d{1,2})(?![\d.,]\d)", re.I),
    # how often: 'dagligt', 'hver nat', 'en gang om ugen', 'to gange om året', 'løbende', 'every week'
    Expect.FREQUENCY: re.compile(r"\b(dagligt|ugentligt|månedligt|årligt|kvartalsvis|månedsvis|ugevis|"
                                 r"halvårligt|løbende|kontinuerligt|(efter|ved) behov|as needed|"
                                 r"hver(t|e)? (\w+\.? )?(dag|døgn|nat|aften|morgen|formiddag|eftermiddag|uge|"
                                 r"weekend|måned|år|time|kvartal|kvarter|minut|halvår|sæson|skoleår|forår|sommer|efterår|vinter|mandag|"
                                 r"tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|"
                                 r"(en|et|\w+|\d+) gange? (om|pr\.?|per|i) \w+|"
                                 r"daily|weekly|monthly|yearly|annually|hourly|nightly|continuously|"
                                 r"every (\w+ )?(day|night|evening|morning|week|weekend|month|year|hour|"
                                 r"season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                                 r"(once|twice|\d+ times) (a|per) \w+)\b",
                                 re.I),
    # why: a reason, a purpose or what follows if it is not done
    Expect.REASON: re.compile(r"\b(fordi|for at|derfor|da det|af hensyn til|med henblik på|formål\w*|"
                              r"så (at|den|det|de|kommunen|borgerne|medarbejderne|sagsbehandlerne)|sikre\w*|"
                              r"ellers|hvis|uden|"
                              r"because|so that|in order to|to ensure|otherwise|if)\b|"
                              # 'da' after a comma is 'because' ('..., da mange borgere ankommer om aftenen')
                              r",\s+da\b|"
                              # what a thing is used for: 'bruges (af X) til at registrere ...'; not how long
                              # ('bruges frem til 1. marts', 'til og med 31. marts', 'for første gang')
                              r"\b(?:bruges|anvendes|benyttes|is used|are used)\b"
                              r"(?:\s+(?!frem\b)[\w'’-]+){0,4}?\s+(?:til|for|to)\b" + _NO_TIME, re.I),
    # where: a mail or web address, or a place after a preposition ('i testmiljøet', 'hos KMD', 'på
    # rådhuset', 'til KOMBIT'); which of them is the question's own is left to holds()
    Expect.PLACE: re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+|\b(online|virtuelt|lokalt|"
                             r"onsite|remote)\b|\b(?:i|på|hos|til|via|fra|ved|under|gennem|in|from|through|within|inside)\s+"
                             r"(?:(?:den|det|de|the|kommunens|jeres|vores|your|our)\s+)?"
                             r"(?!\d|(?:højst|mindst|op|ca|cirka|omkring|maks\w*|at|tid|tide|enhver|vegne|forbindelse|underskrift|rådighed|brug|stede|orientering|"
                             r"godkendelse|gengæld|øvrigt|alt|forhold|time|least|once|be|do|have|"
                             r"drift|uge|week|januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                             # ('i uge 14', 'i marts' say when, 'i drift' how, not where)
                             r"november|december)\b)"
                             r"[\wæøåÆØÅ][\wæøåÆØÅ.-]*", re.I),
    # letters and digits in one code ('SF1520', 'FK-DP-0042', 'SO-KOM-7731'), or a long number
    # (a dash pasted from Word joins the parts too: 'FD–3391')
    Expect.CODE: re.compile(r"\b(?=[\w\-\u2010-\u2013]*\d)(?=[\w\-\u2010-\u2013]*[^\W\d_])"
                            r"[^\W_]+(?:[-_\u2010-\u2013][^\W_]+)+\b|"
                            r"\b[A-Za-z]{2,}\d{2,}[A-Za-z]?\b|(?<![\d.,])\d{5,}(?![\d.,])"),
}
_WORD = re.compile(r"[\w-]+")


def is_number(word: str) -> bool:
    """'tre', 'three', '12': a number a yes/no question compares, not a thing it names."""
    return bool(_VALUE[Expect.COUNT].fullmatch(word))


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
                    _names_role_after(text[m.end():]) or \
                    _does_asked(text[m.end():], verbs, genitive=word.endswith("s")):
                yield m  # a name inside a sentence, or first in 'Netcompany er databehandler'


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
    m = _ACTIVE_AFTER.match(after)
    if m is None or PRICE_VERB.fullmatch(m.group("verb") or ""):
        return False  # ('Lejen koster 900 kr.': the glossary's 'betale', but the subject is what is priced)
    said = content_keys(m.group("verb") or m.group("duty") or m.group("charge"))
    # 'sætter kortet op' is 'opsætter' too
    said |= particle_verb_keys(re.split(r"[.;!?]", after, maxsplit=1)[0] + ".")
    return bool(said & verbs) or any(len(k) >= 4 and a.startswith(k) for k in said for a in verbs)


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


def _passive_subjects(text: str, asked_keys: set[str]):
    """'Borgerservice skal informeres' names who, for 'hvem skal informeres?': the subject of the
    passive the question asks with (the same verb), as a match of the subject alone."""
    for m in _PASSIVE_SUBJECT.finditer(text):
        # with no modal the verb comes second, after whatever opens the sentence ('Herefter informeres
        # borgerne', 'I august orienteres ...'): only a definite noun there is its subject
        if m.group("modal") is None and not _DEFINITE_SUBJECT.fullmatch(m.group("who")):
            continue
        if content_keys(m.group("verb")) & asked_keys:
            yield re.compile(re.escape(m.group("who"))).search(text, m.start("who"))


# A noun, definite or by its ending, that an 'af' after it would belong to (not a few adverbs and times that
# look like one: 'igen', 'alene', 'om året')
_NOUN_OF = (r"(?!(?:igen|alene|sammen|siden|meget|året|måneden|ugen|dagen|kvartalet)\b)"
            r"[\wæøåÆØÅ'’-]{2,}(?:en|et|ne|ing|else|hed|tion|sion)\b")


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
                            r"(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|\d+)\s+"
                            r"(?:[a-zæøå]{3,}\s+(?!(?:inden|efter|senest|under|over|mellem|hver|eller|samt)\b)"
                            r"[a-zæøå][\wæøå-]{3,}|"
                            r"[a-zæøå][\wæøå-]{3,}\s+(?:fra|hos)\s+[\wæøåÆØÅ-]{3,})|"
                            # a count of them, two or more, at a sentence's or clause's end ('af to
                            # maskinmestre.'; not 'af 2 gange', 'af tre dage')
                            r"(?:to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|[2-9]|\d\d+)\s+"
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
            yield re.compile(re.escape(m.group("who"))).search(text, m.start("who"))


def _relative_agents(text: str, asked_keys: set[str]):
    """'… til Danmarks Miljøportal, som står for at gøre det tilgængeligt' names who, for 'hvem sørger
    for, at …?': a name (or a definite noun) the relative clause gives the question's own verb, or a
    word for a duty when the question asks one ('står for' and 'sørger for' are said of each other)."""
    for m in _RELATIVE_AGENT.finditer(text):
        verb = content_keys(m.group("verb"))
        if verb & asked_keys or (_duty(verb) and _duty(asked_keys)):
            yield re.compile(re.escape(m.group("who"))).search(text, m.start("who"))


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
            yield re.compile(re.escape(m.group("who"))).search(text, m.start("who"))


# 'X er databehandler', 'X er leverandør': a copula with a role says X is a party, even first in a sentence.
# (an adverb may stand after the copula: 'TrygFonden er selv dataansvarlig', 'X er også leverandør')
# (the adverbs that stand by a copula, after it or, in a subordinate clause, before it: gate.roles)
COPULA_ADVERBS = r"(?:selv|også|fortsat|stadig|altid|itself|also|still)"
_COPULA = re.compile(r"^\s+(?:er|is)\s+(?:" + COPULA_ADVERBS + r"\s+)?"
                     r"(?:(?:den|det|the|a|an)\s+)?([\w-]+)")


def _names_role_after(after: str) -> bool:
    m = _COPULA.match(after)
    return m is not None and bool(_ROLE.search(m.group(1).casefold()))


# Numbering that is not a count: "2. Udpeg ...", "trin 3", "SF1520", "(B2)", a rate ("pr. 15"), a version
# ('2.4'; '50.000' is a count in thousands), an amount of money ('22.400 kr. pr. sprogcenter' counts no
# sprogcentre).
_NOT_A_COUNT = re.compile(r"^\s*[“\"«]?\d{1,2}[.)]\s+|\b\d+\.(?!\d{3}\b)\d+\b|\b(?i:pr|per)\.?\s+\d+|"
                          r"\d[\d.,]*(?:[ \u00a0]\d{3}(?!\d))*\s*(?i:kr|dkk|kroner|euro|eur)\b|"
                          r"\b(?i:trin|steps?|punkt|bølge|wave|fase|phase)\s+\d+(?:\s*(?:,|-|–|og|and)\s*\d+\b)*|"
                          r"\b(?P<code>[A-ZÆØÅ][A-Za-zÆØÅæøå]*)[ _-]?\d+[A-Za-z]?\b|\(B\d(/B\d)*\)|\b\d{4}\b|"
                          r"(\+45 ?)?\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|[\w.+-]+@[\w.-]+|"  # phones, mails
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


def expected(folded: str) -> Expect:
    """The type of value an ascii-folded question asks for: a named kind of value first ('hvem har
    hendes telefonnummer' asks for a phone), then the opening question word, then other cues."""
    if is_yes_no(folded) or _TASK_LIST.search(folded):
        return Expect.ANY  # answered Ja/Nej, or by a list of tasks
    if _WHO_DOES.match(folded) or _WHERE_DUTY_LIES.match(folded):
        return Expect.PARTY  # 'hvem udleverer adgangskoden?': who hands it out, not the password
    if _WHAT_FOLLOWS.match(folded):
        return Expect.ANY  # 'hvad sker der, hvis gruppen ikke tager telefonen?': what follows, no phone
    if _SPAN_OR_DEADLINE.match(folded):
        return Expect.TIME  # 'hvad er fristen for oprettelse af EAN-numrene?': a time, whatever it is for
    if _HOW_MANY.match(folded) and next((kind for kind, cue in _VALUE_CUES if cue.search(folded)),
                                        Expect.ANY) in _COUNTED_VALUES:
        # 'hvor mange telefonnumre ...?' counts numbers, it asks for none of them ('hvor mange procent ...?'
        # still asks a share)
        return next(kind for kind, cue in _WH_CUES if cue.search(folded))
    for cues in (_VALUE_CUES, _WH_CUES) if _HOW.match(folded) else (_VALUE_CUES, _WH_CUES, _OTHER_CUES):
        for kind, cue in cues:
            if (m := cue.search(folded)) and not (kind is Expect.URL and _TIME_OR_PARTY.match(folded)
                                                  and _PLACED_ON.search(folded[:m.start()])):
                return kind
    return Expect.ANY


# 'hvornår skal takstbladet ligge på hjemmesiden?', 'hvem lægger nyheden på kommunens hjemmeside?': the
# site is where a thing stands, not a link asked for
_TIME_OR_PARTY = re.compile(r"^\W*(hvornaar|hvem|when|who)\b")
_PLACED_ON = re.compile(r"\b(paa|fra|on|from)\s+(?:(?:den|det|vores|jeres|kommunens|the|our|your|its)\s+)?$")


# A span or a deadline asked for first ('hvor mange arbejdsdage har vi til at svare på velkomstmailen?',
# 'hvad er fristen for EAN-numrene?'): a time, though the thing it is for names another kind of value
_SPAN_OR_DEADLINE = re.compile(r"^\W*(hvor (lang tid|laenge)|how long|(hvor mange|how many) (arbejds|hver)?"
                               r"(dage|uger|maaneder|(working |business )?days|weeks|months)\b|"
                               r"(hvad|what) (er|var|is|was) (den |the )?(sidste |seneste |final |latest )?"
                               r"(frist(en)?|tidsfrist(en)?|deadline(n)?) (for|til|paa|on|of)\b)")


# values one has some of, which 'hvor mange' counts (ANY: no value named)
_COUNTED_VALUES = frozenset({Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PASSWORD, Expect.URL, Expect.CODE,
                             Expect.NAME})


# 'hvad sker der, hvis ...?', 'what happens if ...?': what follows, whatever the condition names
_WHAT_FOLLOWS = re.compile(r"^\W*(hvad (sker|skete) der|hvad hvis|"
                           r"what (happens|happened|will happen|would happen|if))\b")


# 'hvordan afregnes prisen?' asks how, not what it costs ('pr. påbegyndt halve time'); 'how long/many/much'
# ask for a value
_HOW = re.compile(r"^\W*(hvordan|how(?! (long|many|much|often|soon|quickly|early)\b))\b")


# 'hvem udleverer/sender/opdaterer X?': a deed done to the value names who does it ('hvem har hendes
# telefonnummer?' still asks for the number)
# 'hvem eksporterer X?', 'who exports X?' (read as 'hvem eksportere X'): who does a deed that is not one
# of passing or receiving a thing to someone (contacting, asking, receiving, having, signing, approving),
# asked with no preposition left at the end ('hvem sender vi X til?' asks the recipient)
_DOES_ACTIVELY = re.compile(r"^\W*(?:hvem|who)\s+(?:(?:skal|kan|vil|should|can|will|must)\s+)?"
                            r"(?!(?:kontakt|sporg|henvend|ring|skriv|modtag|far\b|fa\b|underskriv|godkend|"
                            r"contact|ask|call|writ|receiv|get|sign|approv|have\b|has\b)\w*)"
                            r"[a-z]{3,}(?:er|e|s)\b(?<!es)(?!.*\b(?:til|to|hos|med|fra|with|from)\W*$)")
_WHO_DOES = re.compile(r"^\W*(hvem|who)\s+(?!(har|havde|kender|ved|er|var|has|have|knows?|is|was)\b)"
                       r"(skal\s+|kan\s+|should\s+|can\s+|will\s+)?[a-z]{3,}(er|es|e|s)\b(?!.*\b(hvem|who)\b)")


# 'hvor ligger ansvaret for X?', 'where does the responsibility for X lie?': a duty lies with someone, the
# party asked for, not a place
_WHERE_DUTY_LIES = re.compile(r"^\W*(hvor|where)\s+(ligger|er|is|does|lies)\s+(the\s+)?"
                              r"(ansvar\w*|responsibilit\w*)\b")


def names_value(folded_word: str, kind: Expect) -> bool:
    """Whether a word of the question only names the kind of value asked for ('CVR-nummer', 'mail')."""
    return any(k is kind and cue.fullmatch(folded_word) for k, cue in _VALUE_CUES)


def cues(folded_word: str, kind: Expect) -> bool:
    """Whether a word of the question is a cue for the kind of value asked ('koster' for a price, also
    as a verb after 'hvor meget': 'betale')."""
    return any(k is kind and (cue.search(folded_word) or cue.search("hvor meget " + folded_word))
               for k, cue in chain(_VALUE_CUES, _WH_CUES, _OTHER_CUES))


def asked_value(folded: str) -> Expect:
    """The value a question names, whatever its form: 'er der en frist for X?' (a time), 'koster det
    noget?' (a price), 'står hendes mail i opgaven?' (a mail); ANY for the rest."""
    for kind, cue in _VALUE_CUES + [(k, c) for k, c in _OTHER_CUES if k is Expect.PRICE] + [_DEADLINE]:
        if cue.search(folded):
            return kind
    return Expect.ANY


_DEADLINE = (Expect.TIME, re.compile(r"\b(frist(en|er)?|tidsfrist\w*|deadlines?|dato(en)?|date)\b"))


def joined_values(folded: str) -> list[Expect]:
    """The kinds of value an ascii-folded question asks for together ('hvad er hans mail og
    telefonnummer?'): each must be given, or the answer is partial. Empty for one kind."""
    if not _TOGETHER.search(folded):
        return []
    kinds = [kind for kind, cue in _VALUE_CUES if kind in _JOINABLE and cue.search(folded)]
    return kinds if len(kinds) > 1 else []


# The values one asks for side by side (a contact's mail and phone, a login and a URL)
_JOINABLE = frozenset({Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PASSWORD, Expect.URL})
# 'og', 'samt', 'and' join what is asked; 'eller' asks for either
_TOGETHER = re.compile(r"\b(og|samt|and|plus)\b|&|\+")


_JUDGED: ContextVar[dict[tuple[Expect, str, str, frozenset[str] | None], bool] | None] = \
    ContextVar("holds_judged", default=None)


@contextmanager
def judged_once() -> Iterator[None]:
    """Within it, holds() judges each (kind, text, question) once: answering one question asks it of the
    same sentences for many candidates and checks. What it keeps ends with the block (and its thread)."""
    token = _JUDGED.set({})
    try:
        yield
    finally:
        _JUDGED.reset(token)


def holds(kind: Expect, text: str, question: str = "", *, telling: frozenset[str] | None = None) -> bool:
    """Whether `text` holds a value of the kind (ANY: always) other than what the question itself
    says ('hvem godkender for KY?' is not answered by 'KY'). With `telling`, the keys of the words that
    tell a Danish question from others, a count with a noun of its own that is not the asked noun is
    the asked one's only by a telling word beside it ('Kommunen tildeler tre roller' counts no
    vejredaktører of the kommune)."""
    if kind is Expect.ANY:
        return True
    judged = _JUDGED.get()
    if judged is None:
        return _holds(kind, text, question, telling)
    found = judged.get(asked := (kind, text, question, telling))
    if found is None:
        found = judged[asked] = _holds(kind, text, question, telling)
    return found


# a share after 'betaler selv' ('35 procent af behandlingen'); a question of what someone pays
_SHARE_NEXT = re.compile(r"\s+(?:\w+\s+)?\d[\d,.]*\s*(?:%|procent|pct)", re.I)
_PAYS_ASKED = re.compile(r"\b(betal\w*|pays?|paid)\b")
# an amount given as a grant, a refund or a discount ('et tilskud på 2.000 kr.', '500 kr. i refusion'):
# money paid towards a thing, not what it costs; a question that names the grant asks it
_GRANTS = r"(?:tilskud|støtte|refusion|godtgørelse|rabat|kompensation|subsid|grant|refund|discount)\w*"
_GRANT_BEFORE = re.compile(r"\b" + _GRANTS + r"\s+(?:på|of)\s+(?:op\s+til\s+|højst\s+|ca\.\s+|up\s+to\s+)?$",
                           re.I)
_GRANT_AFTER = re.compile(r"\s*(?:i|som|til|in|as)\s+" + _GRANTS, re.I)
_GRANT_ASKED = re.compile(r"\b\w*" + _GRANTS, re.I)


def _granted(text: str, m: re.Match) -> bool:
    """Whether the amount m is given as a grant: 'et tilskud på 2.000 kr.', '500 kr. i refusion'."""
    return bool(_GRANT_BEFORE.search(text[:m.start()]) or _GRANT_AFTER.match(text[m.end():]))


@lru_cache(maxsize=1024)  # one question is judged against many sentences
def _reading(kind: Expect, question: str) -> tuple[str, frozenset[str], str, bool, bool, bool, bool]:
    """How holds() reads a question: casefolded, its keys, ascii-folded, whether it asks a point in
    time or a span, who does a deed, and whether a party that receives the deed may answer it."""
    asked = question.casefold()
    asked_keys = frozenset(question_keys(question)) if kind in (Expect.PARTY, Expect.PLACE, Expect.TIME) \
        else frozenset()
    folded = ascii_fold(asked)
    point = kind is Expect.TIME and bool(_POINT.search(folded)) and not _SPAN.search(folded)
    # 'hvor lang tid tager testen?' asks how long; 'hvor lang tid før go-live ...?' asks by when
    span = kind is Expect.TIME and bool(_TAKES.search(folded) or _LENGTH_ASKED.search(folded)) and \
        not _RELATIVE_TO.search(folded)
    doers = bool(_WHO_DOES.match(folded))
    recipients = not (doers and _DOES_ACTIVELY.match(folded))
    return asked, asked_keys, folded, point, span, doers, recipients


@lru_cache(maxsize=4096)  # the same sentences are read for many questions
def _unlabelled(text: str) -> str:
    return _LABEL.sub(lambda m: m.group("say") + " " * len(m.group("label")) + ":", text)


def _holds(kind: Expect, text: str, question: str, telling: frozenset[str] | None) -> bool:
    if kind is Expect.COUNT:
        text = _NOT_A_COUNT.sub(_not_a_count, _opening_verb(text, question))
    if kind is Expect.URL:
        text = _VALUE[Expect.MAIL].sub(" ", text)  # 'helpdesk@serviceplatformen.dk' is a mail, no web address
    text = _other_label(kind, text)
    if kind in _LABEL_VALUES and _asked_label_value(kind, text, question):
        return True  # 'Hovednummer: 70 20 30 40' gives the hovednummer asked; 'Løsning: TaleSky' its name
    if kind is Expect.NAME:  # ('Anbefalet udfører: ...': the label is no name)
        return _names_focus(_FIELD_LABEL.sub(lambda m: " " * len(m.group(0)), text), question)
    if kind is Expect.VERSION and (owner := _version_owner(question)) and \
            re.search(rf"\b{re.escape(owner)}\s+v?\d+(?:\.\d+)*\b", text, re.I):
        return True  # 'Android 12' for 'hvilken Android-version ...?': the number after the name asked of
    asked, asked_keys, folded, point, span, doers, recipients = _reading(kind, question)
    if kind is Expect.PARTY:  # 'Anbefalet ansvarlig: X' names X; its label names no one
        text = _unlabelled(text)
    if kind is Expect.PLACE and any(label.casefold() not in _TASK_FIELDS
                                    for label, _, _ in _asked_labels(text, asked_keys)):
        return True  # 'Vejledning: KOMBIT's KUI-side' says where the vejledning asked about is
        # (not a task's own field, 'Resultat: Tidsplanen er godkendt', for 'hvor offentliggøres resultatet?')
    if kind is Expect.PLACE and _WHERE_LABEL.search(text):
        return True  # 'Adresse for Østervang: Østergade 112': the label says the value is a place
    if kind is Expect.PLACE and _ADDRESS_ASKED.search(folded):
        # a mail, web or street address, not the question's own ('i Serviceplatformens
        # administrationsmodul' names the module asked about, no address of it)
        return any(not re.search(re.escape(m.group(0).casefold()), asked)
                   for m in _STREET_OR_WEB.finditer(text))
    found = (chain(_parties(text, doers=doers, verbs=asked_keys, recipients=recipients),
                   _passive_subjects(text, asked_keys), _cleft_agents(text, asked_keys),
                   _relative_agents(text, asked_keys),
                   _passive_agents(text, asked_keys))
             if kind is Expect.PARTY
             else _VALUE[kind].finditer(text))
    for m in found:
        value = m.group(0).strip().casefold()
        if _said_alone(value, asked):
            continue  # the question's own words are no answer
        if kind is Expect.PARTY and _asked_party(content_keys(value), asked_keys) and \
                _written_in(value, folded):
            continue  # nor are they in another form ('KOMBIT' for 'KOMBITs afsendersystem', 'foreningen' for
            # 'biavlerforeningen'); the doer of the question's verb is news ('Leverandøren' for 'hvem leverer
            # testplanen?')
        if kind is Expect.PARTY and _imperative_of_asked(value, text[:m.start()], folded, asked_keys):
            continue  # 'Udlevér nøgler til montørerne': a step's verb, the one asked about, names no one
        if kind is Expect.PARTY and _spelled_out(text[m.start():], asked):
            continue  # 'Danmarks Adresseregister (DAR)' is the 'DAR' the question names, no other party
        if kind is Expect.PARTY and value.endswith("s") and _of_asked(text[m.end():], asked_keys):
            continue  # 'kommunens kontaktperson' only refers to the role asked about; it names no one
        if kind is Expect.TIME and _CONDITION.fullmatch(value) and (_DATE_ASKED.search(folded) or
                                                                    _restates(text[m.end():], asked)):
            continue  # 'når Context Handler 1 lukkes' answers nothing about when it closes
        if kind is Expect.TIME and _names_asked_day(value, asked_keys):
            continue  # 'to undervisningsdage' counts the days asked about; it says neither when nor how long
        if kind is Expect.TIME and _YEARS.search(value) and not _AGE_ASKED.search(folded) and \
                _AGE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # 'borgere over 18 år' is an age: no time, nor how long
        if point and _LASTS.search(text[:m.start()]):
            continue  # 'undervisningen varer to timer' says how long, not when
        if kind is Expect.TIME and _HOUR.fullmatch(value) and (_DATE_ASKED.search(folded) or (
                _GOLIVE_KEYS & asked_keys and not _ON_THE_DAY.search(folded))):
            continue  # 'kl. 6.30 på go-live-dagen' says what hour, not which date (nor which day go-live is)
        if kind is Expect.TIME and _GOLIVE_KEYS & content_keys(value) and (content_keys(value) <= asked_keys):
            continue  # 'før go-live' is no answer to 'hvornår er go-live?', nor news to '... før go-live?'
        if kind is Expect.TIME and _GOLIVE_KEYS & asked_keys and not _RELATIVE_TO.search(folded) and \
                not _GOLIVE_RELATIVE.search(folded) and _FROM_GOLIVE.match(text[m.end():]):
            continue  # '30 dage før go-live' is counted from go-live; it does not say when go-live is
        # 'inden udgangen af bølgens testperiode' is counted from the period as 'før' is from what follows it
        after = "før " + text[m.end():] if value.casefold().endswith(" af") else text[m.end():]
        if kind is Expect.TIME and (point or not _COUNTED_FROM.match(after)) and \
                _anchored_on_asked(text[:m.start()], after, asked_keys,
                                                      relative=bool(_RELATIVE_TO.search(folded)),
                                                      asked=folded):
            continue  # '3 uger før uddannelsen begynder' says when something else happens, not when it begins
        if kind is Expect.TIME and _HOUR.fullmatch(value) and _QUICK.search(folded):
            continue  # 'åben mandag-torsdag kl. 8-16' says when it is open, not how fast it answers
        if kind is Expect.TIME and span and _SEASON_VALUE.fullmatch(value):
            continue  # 'udbetales efter sommerferien' says when, not how long
        if kind is Expect.TIME and span and not _UNTIL.search(text[:m.start()]) and (
                _is_point(value, text[m.end():]) or _HOUR.fullmatch(value) or _DAY_PART_VALUE.fullmatch(value)
                or _LATEST.search(text[:m.start()])):
            continue  # 'senest 6 uger før go-live', 'kl. 8-16' say by when or at what hour, not how long
        if kind is Expect.PLACE and _restated(_place_keys(m.group(0).strip(), text[m.end():]) - _PREPOSITIONS,
                                              asked_keys):
            continue  # 'i Boligstøttesystemet' for 'hvor i Boligstøttesystemet ...?' names no new place
        if kind is Expect.PLACE and _ORIGIN_ASKED.search(folded) and not _FROM.match(m.group(0)):
            continue  # 'hvor kommer X fra?' asks where X comes from: 'findes i registret' says where it is
        if kind is Expect.PLACE and _LOCATED.search(folded) and not _ADDRESS.search(m.group(0)) and \
                not _NAME_AFTER.match(text[m.end():]):
            continue  # where a thing is ('hvor ligger X?') is an address or a named place, not 'til kommunen'
        if kind is Expect.PRICE and value == "betaler selv" and _SHARE_NEXT.match(text[m.end():]) and \
                not _PAYS_ASKED.search(asked):
            continue  # 'Borgeren betaler selv 35 procent' is a share; 'hvad koster X?' asks a price
        if kind is Expect.PRICE and _granted(text, m) and not _GRANT_ASKED.search(asked):
            continue  # 'et tilskud på 2.000 kr.' pays towards a thing; 'hvad koster X?' asks its price
        if kind is Expect.PASSWORD and _other_code(_word_before(text, m.start()) + value, asked):
            continue  # 'dørkoden er 2580' gives no alarm code
        if kind is Expect.PLACE and _HELD.search(folded) and not (_ADDRESS.search(m.group(0))
                                                                  or _HELD_AT.search(m.group(0))
                                                                  or _at_building(m.group(0))):
            continue  # where a course is held or a thing is mounted is a named place, an address, 'hos X' or
            # 'online', not 'i hver daginstitution' or 'i scanner-appen'
        if kind is Expect.COUNT and _BOUND_WORD.fullmatch(value) and _counted_noun(asked) and \
                is_number((_WORD.findall(text[m.end():]) or [""])[0]):
            continue  # 'op til tre niveauer' for 'hvor mange underpunkter': the number after the bound counts
        if kind is Expect.COUNT and not _counts_asked(text[:m.start()], text[m.end():], asked,
                                                      telling=telling):
            continue  # 'de tre kursusdage' is no count of the superbrugere asked about
        if kind is Expect.COUNT and _SHARE_AFTER.match(text[m.end():]) and not _SHARE_ASKED.search(folded):
            continue  # '10 % af salget' is a share; 'hvor mange skoler ...?' asks a count of things
        if kind is Expect.COUNT and not _counts_what_is(text, m.start(), m.end(), folded):
            continue  # 'Udvælg to distrikter' does not say how many districts the kommune has
        return True
    return False


# what stands before an age: people over or under it ('borgere over 18 år', 'børn under 12 år'), 'fyldt'
_AGE_BEFORE = re.compile(r"(?:\b[\wæøå]+(?:ere|erne|børn|børnene|unge|personer|people|citizens|children)\s+"
                         r"(?:over|under|på|fra|older than|under the age of)|"
                         r"\b(?:fyldt|fylder|fyldte|alderen|alder på|aged?))\s+$", re.I)
_AGE_ASKED = re.compile(r"\b(gammel|gamle|alder\w*|old|age)\b")
_YEARS = re.compile(r"\b(?:år|years?)$", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:%|procent\b|pct\b|percent\b)", re.I)
_SHARE_ASKED = re.compile(r"%|\b(procent\w*|pct|percent\w*|andel\w*|share)\b")


def _version_owner(question: str) -> str:
    """The name a version is asked of: 'Android' in 'hvilken Android-version ...?' or 'which version of
    Android ...?' ('' when the question names none)."""
    m = _VERSION_OWNER.search(question)
    return (m.group(1) or m.group(2) or "") if m else ""


_VERSION_OWNER = re.compile(r"\b([A-Za-zÆØÅæøå][\w]*)-version|"
                            r"\bversion(?:en)?\s+(?:af|of|til|for|på)\s+([A-ZÆØÅa-zæøå][\w]*)", re.I)


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


# 'Vejledning: KOMBIT's KUI-side': a line of a short label and its value.
# A line labelled as saying where ('Adresse: Skolevej 4', 'Placering for Havnen: Kajgade 9'), with a
# value that names a place (a capital or a number).
# (a place's label may follow a fact list's intro, 'Praktisk for Mødested: Idrætscentret'; a '-sted' or
# a 'lokale' is a place: 'Mødested:', 'Udleveringssted:', 'Mødelokale:')
_WHERE_LABEL = re.compile(r"^[\W\d]*(?:[^:\n]{0,40}?\bfor\s+)?"
                          r"(?i:adresse|placering|beliggenhed|lokation|address|location|venue|\w*sted|\w*lokale)\b"
                          r"[^:\n]{0,60}:[ \t]+(?=[^\n]*(?:[A-ZÆØÅ]|\d))\S", re.M)
# The labels of a task's own fields as answers show them ('Resultat:', 'Mål:'): no thing's place; a link is
_TASK_FIELDS = frozenset(name.casefold() for field, names in FIELD_LABELS.items() if field != "link"
                         for name in names)
# ('Vagttelefon (uden for åbningstid): 70 20 30 99': a note in brackets after the label is no part of it)
# ('Åbningstid for Filial Nord: 10-17': a fact's label says whose value it is after 'for', in a few words)
_LABELLED_LINE = re.compile(r"^[\W\d]*([A-ZÆØÅ][\wæøåÆØÅ-]*(?: [\wæøåÆØÅ-]+){0,2}(?: for [\wæøåÆØÅ-]+"
                            r"(?: [\wæøåÆØÅ-]+){0,2})?)(?: \([^)\n]{1,40}\))?:"
                            r"[ \t]+(\S[^\n]*)", re.M)
# The kinds a labelled line answers by its label alone, and what its value must look like: a number
# has a digit, a name opens with a capital ('Løsning: TaleSky Enterprise', not 'Løsning: se bilag'), the
# hours a label names are a span of hours ('Åbningstid for Sundhedskort: 9-14', a table's row read as a line)
_LABEL_VALUES = {Expect.CODE: re.compile(r"\d"), Expect.VERSION: re.compile(r"^\S*\d"),
                 Expect.NAME: re.compile(r"^[A-ZÆØÅ\d]"),
                 Expect.CLOCK: re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?"
                                          r"(?![-–\d.,:]*\d)")}


def label_gives(kind: Expect, label: str, value: str, question: str) -> bool:
    """Whether a value under a label the question names in full (a table's column: 'Åbningstid' over
    '9-14') has the look of the kind asked, as a labelled line's value does."""
    shape, label_keys = _LABEL_VALUES.get(kind), content_keys(label)
    return shape is not None and bool(label_keys) and bool(shape.search(value.strip())) and \
        label_keys <= _label_reading(kind, question)[0]


def _asked_labels(text: str, asked_keys: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """The text's labelled lines whose label the question names in full ('Driftscenter: Aarhus' for 'hvor
    ligger driftscentret?'), each as its label, the line and its value."""
    for m in _LABELLED_LINE.finditer(text):
        label = content_keys(m.group(1))
        if label and label <= asked_keys:
            yield m.group(1), m.group(0), m.group(2)


def _asked_label_value(kind: Expect, text: str, question: str) -> bool:
    """Whether a labelled line the question names has a value of the kind's look, and the line says all
    else the question does ('Version: 4.2' gives no version of the Android a question names)."""
    if ":" not in text:
        return False
    shape, (asked, rest) = _LABEL_VALUES[kind], _label_reading(kind, question)
    return any(shape.search(value) and rest <= set(content_keys(line))
               for _, line, value in _asked_labels(text, asked))


@lru_cache(maxsize=1024)  # one question is judged against many sentences
def _label_reading(kind: Expect, question: str) -> tuple[frozenset[str], frozenset[str]]:
    """A question's keys, and those of its words besides the ones naming the kind asked ('hvad hedder')."""
    folded = ascii_fold(question.casefold())
    rest = next((cue.sub(" ", folded) for k, cue in _VALUE_CUES if k is kind), folded)
    return frozenset(question_keys(question)), frozenset(question_keys(rest))


# A number its label says is of another kind: 'CVR-nr. 39887766' is no phone, 'tlf. 33349412' no CVR.
# ('Grønspirs CVR-nummer er 38 21 55 90': the label may be the subject of 'er' before its number;
# 'kundenummer', 'kontonr.': a number that names an account or a customer is no phone either)
_IS = r"\.?:?(?:\s+(?:er|is|lyder\s+på))?\s*"
_LABELLED = {Expect.PHONE: re.compile(r"\b(?:cvr(?:-?(?:nr|nummer)\w*)?|(?:se|p|ean|gln|konto|kunde|reg|"
                                      r"registrerings|aftale|faktura|ordre|journal|sags)-?(?:nr|nummer)\w*)"
                                      + _IS + r"\d[\d ]{6,}\d", re.I),
             Expect.CVR: re.compile(r"\b(?:tlf|telefon\w*|mobil\w*|phone|ean\w*)" + _IS + r"(?:\+45\s?)?"
                                    r"\d[\d ]{6,}\d", re.I)}


def _other_label(kind: Expect, text: str) -> str:
    """The text without the numbers labelled as another kind than the one asked for."""
    pattern = _LABELLED.get(kind)
    return pattern.sub(" ", text) if pattern else text


def found_values(kind: Expect, text: str, question: str = "") -> list[str]:
    """The values of the kind (a plain kind: mail, phone, price, ...) the text shows, other than what
    the question itself says; a web address whole ('https://www.aula.dk', not 'https://')."""
    pattern = _VALUE.get(kind)
    if pattern is None:
        return []
    if kind is Expect.URL:
        text = _VALUE[Expect.MAIL].sub(" ", text)
    text = _other_label(kind, text)
    asked = question.casefold()
    out = []
    for m in pattern.finditer(text):
        value = m.group(0).strip()
        if kind is Expect.URL:
            before, after = re.search(r"\S*\Z", text[:m.start()]), re.match(r"\S*", text[m.start():])
            value = (before.group(0) + after.group(0)).strip("«»“”\"'()[].,;:")
        if value and value not in out and \
                not re.search(r"(?<!\w)" + re.escape(value.casefold()) + r"(?!\w)", asked):
            out.append(value)
    return out


# A field's label before its value, at the start of a line ('Anbefalet ansvarlig: ', '• Kontakt: ').
_LABEL = re.compile(r"^(?P<say>(?:(?:The task says|Fra opgaven|Opgaven siger|Det står der)\s*:\s*)?[\W\d]*)"
                    r"(?P<label>(?:[\wæøåÆØÅ-]+ ){0,2}[\wæøåÆØÅ-]+):(?=\s)", re.M)
_CONDITION = re.compile(r"når|efter at|så snart|after|once", re.I)
# 'hvor lang tid tager/varer X?' asks for a length; 'hvor lang tid har vi til X?' for a deadline.
# 'hvor længe gælder aftalen?', 'hvor lang er en workshop?': a length ('hvor lang tid har vi til X?'
# asks a deadline too)
_LENGTH_ASKED = re.compile(r"\b(hvor laenge|hvor lange? (er|var|bliver)|"
                           r"how long (is|was|does .+ (last|run)))\b")
# 'how long can the reminder text be?', 'how long is the note allowed to be?': a limit on the thing's size
# ('højst 160 tegn', 'én side'), asked like 'hvor lang må teksten være?', not how long something lasts
# ('højst': 'at most' as the glossary has read it)
LIMIT_ASKED = re.compile(r"^\W*how long\s+(?:can|may|must|should|could|is|are)\b"
                         r"(?:(?!\b(?:last|lasts|take|takes|run|runs|wait|stay|stays|keep|kept)\b)[^?.!])*?"
                         r"\bbe(?:\s+(?:at\s+(?:the\s+)?most|maximum|højst))?\W*$", re.I)
# 'hvor hurtigt svarer supporten?': a length or a deadline ('senest 3 måneder efter ...'), not an hour
_QUICK = re.compile(r"\b(hvor hurtigt|how (quickly|fast|soon))\b")
_TAKES = re.compile(r"\b(tager|tage|varer|vare|varighed|lasts?|takes?|take|duration)\b")
_RELATIVE_TO = re.compile(r"\b(foer|efter|inden|senest|before|after|by when)\b")
_PREPOSITIONS = frozenset({"i", "pa", "på", "hos", "til", "via", "fra", "ved", "in", "at", "on", "to",
                           "from"})
# What a time is counted from: 'før uddannelsen begynder', 'efter modtagelsen'; go-live is the
# anchor of every deadline and never what a question asks the time of.
# ('30 dage fra offentliggørelsen' is counted from it as 'efter' counts)
_ANCHOR = re.compile(r"^\s*(?:før|efter|inden|forud for|fra|regnet fra|before|after|prior to|from)"
                     r"(?:\s*,?\s+at)?\s+"
                     r"([^.,;:!?\n]+)", re.I)
# the anchor said of the sentence's own thing by a pronoun ('... returneret 14 dage efter, at den er sendt')
_PRONOUN_ANCHOR = re.compile(r"^(?:den|det|de|disse|it|they)\s+(?:er|bliver|blev|var|is|was|has been)"
                             r"\s+(\w+)", re.I)


def _deed_asked_not_said(deed: str, before: str, asked: str) -> bool:
    """Whether the deed a time is counted from ('sendt') is the question's, written as the question
    writes it ('sendes'), and the sentence before says another deed ('returneret'), not this one (the
    glossary may give both one key, so the words as written are compared)."""
    stem = ascii_fold(deed.casefold())[:4]
    if len(stem) < 4 or not any(w.startswith(stem) for w in re.findall(r"\w+", asked)):
        return False
    clause = re.split(r"[.;:!?\n]", before)[-1]
    return not any(ascii_fold(w.casefold()).startswith(stem) for w in re.findall(r"\w+", clause))
_FROM_GOLIVE = re.compile(r"\s*(før|efter|inden|before|after|prior to)\s+(go-?live|idriftsættelse\w*)", re.I)
# go-live as what a time is counted from ('før go-live', 'i forhold til go-live'), not the thing asked
# (ascii-folded): 'hvor mange dage før go-live skal 433 være færdig?' asks the task's offset
GOLIVE_ANCHOR_WORDS = (r"(?:foer|efter|inden|i forhold til|ift|regnet fra|before|after|prior to|relative to|"
                       r"in relation to|counted from)")
GOLIVE_ANCHOR = re.compile(rf"\b{GOLIVE_ANCHOR_WORDS}\.?\s+(go[ -]?live\w*|idriftsaettelse\w*)")
_GOLIVE_RELATIVE = re.compile(r"\b(i forhold til|ift|relativ\w*|in relation to|counted from|regnet fra)\b")
# ('go-live-dagen' holds 'dag', which would make every 'to dage' a go-live)
_GOLIVE_KEYS = frozenset(content_keys("go-live go-live-dagen golive idriftsættelse")) - {key("dage")}


def _imperative_of_asked(value: str, before: str, folded: str, asked_keys: frozenset[str]) -> bool:
    """Whether a word opening a sentence or a step is the imperative of the question's verb ('Udlevér'
    for 'hvem udleverer nøglerne?'): the verb's stem, not a noun of it ('Leverandøren', 'Udleveringen')."""
    stem = ascii_fold(value)  # 'udlevér' -> 'udlever', whose infinitive 'udlevere' has the verb's key
    if " " in value or before.strip(" \t\n0123456789.)–-•*") or \
            not (content_keys(value) <= asked_keys or content_keys(stem + "e") <= asked_keys):
        return False
    return len(stem) >= 4 and re.search(rf"\b{re.escape(stem)}(?:e|er|es|r)?\b", folded) is not None


def _said_alone(value: str, text: str) -> bool:
    r"""Whether `text` has `value` with no word character either side (as the pattern
    (?<!\w)value(?!\w) finds it, without building one pattern per value)."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(value, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


# a number or number word and a day of a kind ('to undervisningsdage', 'en testdag'), not a plain length
_KIND_OF_DAY = re.compile(r"(?:\d+|[a-zæøå]+)\s+([a-zæøå]{3,}dage?)", re.I)


def _names_asked_day(value: str, asked_keys: set[str]) -> bool:
    """Whether a time value is a count of the very kind of day the question asks about ('to
    undervisningsdage' for 'hvornår er undervisningsdagen?'); 'tre arbejdsdage' is a length."""
    m = _KIND_OF_DAY.fullmatch(value)
    return m is not None and bool(content_keys(m.group(1)) & asked_keys) and \
        not content_keys(m.group(1)) & _PLAIN_DAYS


_PLAIN_DAYS = frozenset(content_keys(" ".join(unit_words("working_day day", english=False))))  # units.py


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


def _restated(said: set[str], asked: set[str]) -> bool:
    """Whether every word said is one of the question's, in any form ('lokalt' for 'lokale')."""
    return all(k in asked or any(len(a) >= 4 and abs(len(k) - len(a)) <= 2
                                 and (k.startswith(a) or a.startswith(k)) for a in asked) for k in said)


# A genitive before a noun ('KOMBITs', 'kommunens'): whose, not where ('i KOMBITs kursus' is the course).
_GENITIVE_WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ-]*s|[a-zæøå]{3,}(?:ens|ets|nes)")


def _place_keys(value: str, after: str) -> set[str]:
    """The keys of a place after its preposition; a genitive names its noun ('i KOMBITs kursus': kursus),
    and a name before a definite noun is that noun's ('i NemLog-in administrationsportalen': the portal)."""
    last = value.split()[-1]
    noun = re.match(r"\s+([\wæøåÆØÅ-]+)", after)
    if noun and _GENITIVE_WORD.fullmatch(last):
        return content_keys(value[:-len(last)] + " " + noun.group(1))
    if noun and last[:1].isupper() and _HEAD_NOUN.fullmatch(noun.group(1)):
        return content_keys(value + " " + noun.group(1))
    return content_keys(value)


# A definite noun after a name, the head of the place it names ('NemLog-in administrationsportalen').
_HEAD_NOUN = re.compile(r"[a-zæøå][a-zæøå-]{4,}(?:en|et|ne|erne)")


# 'hvor ligger X?', 'where is X located?': the answer is an address, a web address or a named place.
# 'hvor kommer data fra?', 'where do the families come from?': an origin, a place after 'fra' (where a
# thing is fetched from may be where it lies: 'hvor henter vi blanketten fra?' - 'på KOMBITs side')
_ORIGIN_ASKED = re.compile(r"^\W*(hvor|where)\b.*\b(komme|kommer|kom|kommet|stamme|stammer|come|comes|came|"
                           r"originate\w*)\b.*\b(fra|from)\W*$")
_FROM = re.compile(r"(fra|from)\b", re.I)
# a place's name after the noun the preposition took: 'ved ungdomshuset Remisen', 'i bygningen Navitas'
_NAME_AFTER = re.compile(r"[ \t]+(?=[A-ZÆØÅ][\wæøå-]+)")
_LOCATED = re.compile(r"\b(ligger|placeret|beliggende|holder til|located|based|situated)\b")
# (a web address may be written bare: 'ligger på laering.qmatic.dk')
_ADDRESS = re.compile(r"@|https?://|www\.|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|io|gov|example)\b|"
                      r"\d{4}\s+[A-ZÆØÅ]|\b(?:i|på|ved|in|at|near)\s+[A-ZÆØÅ]|"
                      r"\b[A-ZÆØÅ][a-zæøå]+(vej|gade|allé|plads|torv|stræde|boulevard)\b")


def _other_code(value: str, asked: str) -> bool:
    """Whether a code the sentence gives ('dørkoden er 2580') is of another thing than the one the question
    asks the code of ('hvad er alarmkoden?')."""
    said = _CODE_OF.match(value)
    wanted = {m.group(1) for m in _CODE_OF.finditer(asked) if m.group(1)}
    return bool(said and said.group(1) and wanted) and said.group(1) not in wanted


def _word_before(text: str, at: int) -> str:
    """The letters of the word that a match starting at `at` is the end of ('dør' of 'dørkoden')."""
    return re.search(r"[^\W\d_]*-?$", text[:at]).group(0).casefold()


_CODE_OF = re.compile(r"\b([^\W\d_]*?)-?(?:kode|code)", re.I)


# Where a gathering takes place or a thing is put up: 'hvor foregår kurset?', 'hvor afholdes mødet?', 'where
# is the course held?', 'hvor monteres enhederne?' (ascii-folded; 'hvor foregår testen?' may be 'i
# testmiljøet')
_HELD = re.compile(r"^\W*(?:hvor|where)\b"
                   r"(?=.*\b(?:foregaar|afholdes|holdes|finder\s+sted|takes?\s+place|held)\b)"
                   r"(?=.*(?:kurs|undervisning|workshop|moede|webinar|uddannelse|traening|oplaering|konference|"
                   r"seminar|temadag|course|training|meeting))|"
                   r"^\W*(?:hvor|where)\b.*\b(?:monteres|opstilles|mounted)\b")
_HELD_AT = re.compile(r"\b(?:online|virtuel\w*|remote|onsite|hos\s+[A-ZÆØÅ]|at\s+[A-Z])")
# 'på rådhuset', 'i kantinen', 'ved indgangen': a definite place a gathering is held or a thing mounted at
# (a preposition of place with a definite noun), not a thing ('på platformen', 'i scanner-appen'), nor a time
# ('på go-live-dagen', 'i foråret', 'på mødet') or a manner ('på den måde')
_AT_BUILDING = re.compile(r"(?:på|i|ved)\s+(?!\S*(?:dag|uge|måned|år|tid|tidspunkt|møde|måde|side|skærm|"
                          r"nett|web|app|periode|forår|efterår|sommer|vinter|weekend|løb|start|slutning|begyndelse|forvej)"
                          r"(?:n|t|en|et|ene)$)[a-zæøå][\wæøå-]{2,}(?:en|et)", re.I)


def _at_building(value: str) -> bool:
    """'på rådhuset': a definite place named by a common noun (places.txt), not a system ('i testmiljøet'),
    a deed or an event ('i frokostpausen', 'ved overdragelsen')."""
    value = value.rstrip(".")
    return bool(_AT_BUILDING.fullmatch(value)) and not _thing_word(value.split()[-1]) and \
        _place_noun(value.split()[-1].casefold())


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    lines = Path(__file__).with_name("places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def _place_noun(word: str) -> bool:
    """Whether a definite noun ('rådhuset', 'hallen', 'plejehjemmet', 'centret', 'kantinen') is a place of
    places.txt, or a compound whose last part is one ('byrådssalen')."""
    stems = set()
    for ending in ("en", "et", "n", "t"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            stems.add(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # 'hallen', 'hjemmet'
            if stem.endswith("r") and len(stem) > 2 and stem[-2] not in "aeiouyæøå":
                stems.add(stem[:-1] + "er")  # 'centret', 'teatret'
    heads = _place_heads()
    return any(stem[-len(head):] == head and (len(head) >= 4 or len(stem) == len(head)
                                              or len(stem) - len(head) >= 3)
               for stem in stems for head in heads if len(stem) >= len(head))


# 'hvad er adressen ...?', 'hvilken adresse ...?': a mail, web or street address answers, not a place's name
_ADDRESS_ASKED = re.compile(r"\b(adressen|adresserne|adresse|postadresse\w*|address)\b")
_STREET_OR_WEB = re.compile(r"@|https?://|www\.|\b[\w-]+\.(dk|com|org|eu|net)\b|\b\d{4}\s+[A-ZÆØÅ]|"
                            r"\b[A-ZÆØÅ][a-zæøå]+(vej|gade|allé|plads|torv|stræde|boulevard)\s+\d")


def _anchored_on_asked(before: str, after: str, asked_keys: set[str], *, relative: bool,
                       asked: str = "") -> bool:
    """Whether a time is counted from the very thing the question asks the time of ('senest 3 uger
    før uddannelsen begynder' for 'hvornår begynder uddannelsen?'), and its sentence is about
    something else the question does not name (not 'aftalen returneres ... efter modtagelsen')."""
    m = _ANCHOR.match(after)
    if not m or not asked_keys:
        return False
    # 'senest 8 uger før go-live' answers 'hvornår skal testen ske før go-live?', never 'hvornår er go-live?'
    said = content_keys(m.group(1)) - (_GOLIVE_KEYS if relative else set())
    # (the time's own clause: 'X offentliggøres i EU-Tidende, og tilbudsfristen er 30 dage fra ...')
    subject = content_keys(_CLAUSE_ENDS.split(before)[-1])
    if (deed := _PRONOUN_ANCHOR.match(m.group(1))) and _deed_asked_not_said(deed.group(1), before, asked):
        return True  # 'returneret 14 dage efter, at den er sendt': the return's time, from the sending
    return bool(said) and said <= asked_keys and not subject & (asked_keys - said)


# a time counted from an event ('1 time fra udkald'): a length asked of it ('responstiden ved udkald')
# is that time; only a point asked ('hvornår offentliggøres udbuddet?') is not
_COUNTED_FROM = re.compile(r"^\s*(?:fra|regnet fra|from)\b", re.I)
# (a full stop only before a space or the end: 'Hjertestarter.dk' and 'ca.' end no clause)
_CLAUSE_ENDS = re.compile(r"[;:!?\n]|\.(?=\s|$)(?<!\bca\.)|,\s+(?:og|men|mens|and|but)\s+", re.I)


# 'kører parallelt indtil 1. august': an end says how long something lasts
_UNTIL = re.compile(r"\b(indtil|frem til|til og med|until|till|through)\s*$", re.I)
_LATEST = re.compile(r"\b(senest|no later than)\s*$", re.I)  # 'senest 14 dage efter ...' is a deadline


def _is_point(value: str, after: str) -> bool:
    """A date or a deadline ('1. marts', 'senest 6 uger før go-live'), not a length of time ('inden
    for 10 arbejdsdage efter modtagelsen' is one)."""
    return bool(re.search(r"\d{1,2}\.\s*[a-zæøå]|\d{4}-|/|go-?live|uge \d|week \d", value, re.I)
                or re.match(r"\s*(før|before|prior to)\b", after, re.I)
                or _CONDITION.fullmatch(value) or _MONTH_ALONE.fullmatch(value))
# a month by its name says when ('i perioden november til februar'), never how long a deed takes
_MONTH_ALONE = re.compile(MONTHS_DA_RE, re.I)
# A question after a point in time ('hvornår', 'hvilken dato', 'hvor mange dage før testen'), not a span.
_POINT = re.compile(r"\b(hvornaar|when|hvilken dato|what date|foer|efter|inden|before|after)\b")
# A time of day or a weekday: when in a day or a week, no date.
_HOUR = re.compile(r"(kl\.?|klokken)\s*\d{1,2}(?:[.:]\d\d)?|\d{1,2}[.:][0-5]\d|"
                   r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdag|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|weekday)\w*", re.I)
# 'hvornår åbner X på go-live-dagen?' asks the hour of a known day
_ON_THE_DAY = re.compile(r"\b(paa|on) (selve )?(go-?live-?dag\w*|the go-?live day)\b")
_DATE_ASKED = re.compile(r"\b(hvilken dato|what date|which date|dato(en)? (for|er|of)|date of|"
                         r"hvilke datoer|which dates)\b")
_SPAN = re.compile(r"\b(hvor (lang tid|laenge)|how long|varer|vare|lasts?|tager|takes?)\b")
# ('et kursus på (ca.) 45 minutter' is a length too)
_LASTS = re.compile(r"\b(varer|vare|varighed|tager|løber|løbe|lasts?|takes?|runs?|duration)\W+(\w+\W+)?$|"
                    r"\w\s+på\s+(?:ca\.|cirka|omkring|ca|godt|knap|mindst|højst|about|around)?\s*$", re.I)
# A name: a capitalised word inside a sentence, a word in capitals ('KOMBIT') or a code ('SF1520').
_NAME_WORD = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-ZÆØÅ][\wæøåÆØÅ/-]*|\b[A-ZÆØÅ]{2,}\b|\b\w*\d\w*\b")
_RELATIVE = re.compile(r"\b(som|der|which|that|who)\s+$", re.I)
_TO_PLACE = re.compile(r"\b(til|fra|på|via|i|to|from|on|via|in)\s+$", re.I)


def _names_focus(text: str, question: str) -> bool:
    """Whether the text names what the question describes: a name near the asked noun ('Leverandør af
    Sagsoverblik er Dataflow A/S'), not in the question, not the subject of a relative clause ('et
    system, som KOMBIT driver' names who runs it, not the system)."""
    cue = _NAME_CUE.search(ascii_fold(question.casefold()))
    owner = re.search(r"(\w+?)(?:s|'s) (?:navn|name)\b", question, re.I)
    if cue and cue.group("owner") and owner:  # 'leverandørens navn'
        focus = owner.group(1)
    else:
        rest = question[cue.end():] if cue and cue.end() < len(question) else question
        said = [w for w in _WORD.findall(rest) if content_keys(w)]
        # ('kommunens aftaleadministrator': the noun after a definite genitive is what is named)
        focus = said[1] if len(said) > 1 and re.fullmatch(r"[a-zæøå]{3,}(ens|ets|nes)", said[0]) else \
            (said[0] if said else "")
    focus_keys, asked_keys = content_keys(focus), question_keys(question)
    sentences = re.split(r"(?<=[.!?;])\s+|\n", text)
    with_focus = [x for x in sentences if any(_is_focus(w, focus_keys) for w in _WORD.findall(x))]
    if not with_focus and focus_keys:
        return False  # a name in a text that does not speak of the thing asked about is no name of it
    return any(_name_near(x, focus_keys, asked_keys) for x in with_focus or sentences)


# a passive's agent before a name: 'leveres af', 'godkendes af kommunens', 'approved by'
_AGENT_BEFORE = re.compile(r"\b(af|by)\s+(\w+\s+)?$", re.I)


def _is_focus(word: str, focus_keys: set[str]) -> bool:
    """The asked noun, or a compound with it as its head ('afsendersystemet' for 'systemet')."""
    return any(k in focus_keys or any(len(f) >= 4 and k.endswith(f) for f in focus_keys)
               for k in content_keys(word))


def _name_near(sentence: str, focus_keys: set[str], asked_keys: set[str]) -> bool:
    """A name in the sentence, within four words of the asked noun when the sentence has it."""
    words = list(_WORD.finditer(sentence))
    near = [i for i, w in enumerate(words) if _is_focus(w.group(0), focus_keys)]
    for m in _QUOTED_NAME.finditer(sentence):  # 'Standardskabelonen "Pædagogisk tilsyn 2027"': quoted whole
        at = sum(1 for w in words if w.start() < m.start())
        if (content_keys(m.group(1)) - asked_keys or re.search(r"\d", m.group(1))) and \
                near and any(abs(at - i) <= 2 for i in near):
            return True
    for m in _NAME_WORD.finditer(sentence):
        keys = content_keys(m.group(0))
        if not keys or keys <= asked_keys or _RELATIVE.search(sentence[:m.start()]) or m.group(0).isdigit():
            continue
        if _own_name(m.group(0), asked_keys):
            continue  # 'IdM-systemet' for 'hvad hedder IdM-leverandøren?': the question's own name
        if _TO_PLACE.search(sentence[:m.start()]):
            continue  # '... sendes til KOMBIT' names where it goes, not the one asked about
        if not near and _AGENT_BEFORE.search(sentence[:m.start()]):
            continue  # 'godkendes af kommunens Superadministrator' names who does it, not the thing asked
        at = sum(1 for w in words if w.start() < m.start())
        if at >= 2 and at - 2 in near and _SCOPE.fullmatch(words[at - 1].group(0)):
            continue  # 'aftaleadministrator for Serviceplatformen' says whose, it names no administrator
        if near and at > max(near) and _COPULA_WORD.fullmatch(words[at - 1].group(0)) and \
                all(_scope_of_other(words, i, asked_keys) for i in near):
            continue  # 'Kontaktperson hos den gamle operatør er Lene Birk' names the contact, no operatør
        if not near or any(abs(at - i) <= 4 and _apposed(words, i, at, asked_keys) for i in near):
            return True
    return False


# a passive verb with its agent ('underskrives af', 'leveres af', 'approved by'), no genitive
_PASSIVE_BEFORE_AGENT = re.compile(r"\b[a-zæøå]{3,}es\s+af\b|\b[a-z]{3,}ed\s+by\b", re.IGNORECASE)


_COPULA_WORD = re.compile(r"er|var|is|was", re.I)


def _scope_of_other(words: list, noun: int, asked_keys: set[str]) -> bool:
    """Whether the asked noun only says where another noun sits, two words at most between: 'Kontaktperson
    hos den gamle operatør', 'Tovholderen i kommunen'; that other noun is what a name after them names."""
    for j in range(max(1, noun - 3), noun):
        if _SCOPE.fullmatch(words[j].group(0)):
            head = content_keys(words[j - 1].group(0))
            return bool(head) and not head <= asked_keys
    return False


def _apposed(words: list, noun: int, name: int, asked_keys: set[str]) -> bool:
    """Whether the words between the asked noun and a name only join them ('Elevsystemet Lingo',
    'Leverandør af Sagsoverblik er Dataflow', 'Lingo er sprogcentrets elevsystem'): no verb of
    another relation ('elevsystem er tilsluttet Serviceplatformen', 'Rapportmodulet leveres af
    Datavarme' name what it joins and who delivers it, not what it is called)."""
    between = [w.group(0) for w in words[min(noun, name) + 1:max(noun, name)]]
    if any(w.casefold() in _NAMING for w in between):
        return True  # 'systemet, som hedder Lingo', 'kaldet Lingo'
    if _PASSIVE_BEFORE_AGENT.search(" ".join(between)):
        return False  # 'Aftalen med Civitas underskrives af direktøren': the noun does the deed to the name
    return all(w.casefold() in _APPOSITION_GLUE or (content_keys(w) and content_keys(w) <= asked_keys)
               or (w[:1].isupper() and name < noun) or w.casefold().endswith("s") and not w.islower()
               or (w.casefold().endswith("s") and name < noun) for w in between)


# The words that join a noun to its name: a copula, the naming verbs, articles, 'af/for/til' before a
# word of the question
_APPOSITION_GLUE = frozenset("er var nemlig det den de en et nye ny af for til hos ved på i "
                             "is was the a an of at in with".split())
_NAMING = frozenset("hedder hed kaldes kaldet kaldt navnet navn called named".split())
# a field's label: 'Anbefalet udfører:', 'Anbefalet ansvarlig:'
_FIELD_LABEL = re.compile(r"^\W*Anbefalet \w+:", re.M | re.I)
# what a role is for or where it sits, between the role and a name: 'for', 'på', 'hos', 'i'
_SCOPE = re.compile(r"for|på|paa|hos|i|ved|at|of|in", re.I)
# A name in quotes: '"Pædagogisk tilsyn 2027"', '«Vintervagt»', '“Basis”'.
_QUOTED_NAME = re.compile(r"[\"“”«„]([^\"“”«»„\n]{2,60})[\"“”»]")


def _own_name(word: str, asked_keys: set[str]) -> bool:
    """Whether a hyphenated word names nothing but the question's own name and a common noun
    ('IdM-systemet', 'KY-integrationen' when the question writes IdM, KY)."""
    parts = [p for p in word.split("-") if p]
    named = [p for p in parts if p[:1].isupper() or any(ch.isdigit() for ch in p)]
    return len(parts) > 1 and bool(named) and len(named) < len(parts) and \
        all(content_keys(p) and content_keys(p) <= asked_keys for p in named)


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


# what 'hvor mange' counts: its noun, after an adjective ('hvor mange lokale administratorer')
# (past a bound: 'hvor mange højst kontaktpunkter' counts the kontaktpunkter)
_COUNTED_NOUN = re.compile(r"\b(?:hvor mange|how many)\s+(?:(?:højst|hojst|mindst|maks\w*|cirka|ca\.?|"
                           r"at most|at least|maximum|minimum)\s+)?((?:\w+e\s+)?\w+)", re.I)


def _counts_asked(before: str, after: str, asked: str, *, telling: frozenset[str] | None = None) -> bool:
    """A count counts what the question asks about: the noun right after it ('6 superbrugere', not
    'tre superbrugere pr. kommune' for a question about the kommune) or, after a word that is no
    noun, one of the three words after it, or the label just before it ('Stedfortræder: 1 person')."""
    asked_keys = content_keys(asked)
    following = _WORD.findall(after)[:3]
    counted = _COUNTED_NOUN.search(asked)
    if counted and (held := _WITH_ROLE.match(after)) and _PEOPLE.search(held.group("people")) and \
            _same_thing(held.group("role"), counted.group(1)):
        return True  # 'mindst to medarbejdere med rollen Kioskadministrator' counts the kioskadministratorer
    if following and counted and _ANY_PEOPLE.fullmatch(_WORD.findall(counted.group(1))[0]) and \
            _PEOPLE.search(following[0]) and not _DURATION_UNIT.fullmatch(following[0]):
        return True  # 'hvor mange personer kan deltage?': '10 deltagere' counts people
    if following and counted and content_keys(following[0]) & asked_keys and \
            following[0].casefold() not in _PREPOSITIONS and \
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
    noun = following[1:] if following and is_number(following[0]) else following  # 'mindst 3 ressourcetyper'
    if noun and counted and _noun(counted.group(1)) and \
            _other_compound(noun[0], counted.group(1)) and \
            not any(_same_thing(w, counted.group(1)) for w in noun[:3] + _WORD.findall(before)[-2:]):
        return False  # '12 testbrugere' counts no brugersystemroller, '3 ressourcetyper' no ressourcer
    # (the two words after 'hvor mange': a compound may stand as two, 'superbruger kandidat')
    if counted and counted.group(0).casefold().startswith("hvor") and _noun(counted.group(1)) and \
            not (following and content_keys(following[0])) and \
            not any(_same_thing(w, " ".join(_WORD.findall(asked[counted.start(1):])[:2]))
                    for w in _WORD.findall(before + " " + after)):
        return False  # 'når resultatet af prøvekørsel 1 er godkendt' numbers a run; it counts no ejendomme
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


# the role people hold, before its name: 'med rollen Kioskadministrator', 'i rollen X', 'der har funktionen X'
ROLE_HELD = r"(?:med|i|som har|der har)\s+(?:rollen|funktionen)\s+"
# people named by the role they hold: 'medarbejdere med rollen Kioskadministrator', 'personer i rollen X'
_WITH_ROLE = re.compile(r"\s*(?P<people>[\w-]+)\s+" + ROLE_HELD + r"(?P<role>[\w-]+)", re.IGNORECASE)


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


def _restates(clause: str, asked: str) -> bool:
    """Whether a clause says nothing but what the question already says."""
    said = content_keys(re.split(r"[.,;:!?]", clause, maxsplit=1)[0])
    return bool(said) and len(said - content_keys(asked)) == 0


# A passive verb first: 'underskrives bilag B af kommunaldirektøren?'
# 'hører opgave 7 til bølge 2?', 'varer BBR-testen to uger?': a verb in the present before a task or a
# hyphenated definite noun
_V1_TASK = re.compile(r"^\W*(?!hv)[a-z]{2,}(er|ar|or|ur|yr)\s+"
                      r"(opgave\b|\d{2,}\b|[a-z]{1,8}\s?\d{1,4}[a-z]?\b|[a-z0-9]+(-[a-z0-9]+)+(en|et|ne)\b)")
_PASSIVE_FIRST = re.compile(r"^\W*(?!hv)[a-z]{4,}es\s+\w")


def asks_for_tasks(question: str) -> bool:
    """'hvilke opgaver ...', 'which tasks ...': a list of tasks, not a value from one."""
    return bool(_TASK_LIST.search(ascii_fold(question)))


# 'Uploader Netcompany filen?', 'Leverer Systematic løsningen?': a verb, a name as its subject and a
# definite object or another name (read on the text as written: the name's capital tells it)
_V1_NAME = re.compile(r"^\W*(?![Hh]v)[A-ZÆØÅ][a-zæøå]{2,}e?r\s+[A-ZÆØÅ][\w-]*\s+"
                      r"(?:[a-zæøå-]{2,}(?:en|et|ne)\b|[A-ZÆØÅ]|(?:for|til|med|ikke|selv|også)\s|"
                      r"(?:de|den|det|sine|sin|sit)\s+[a-zæøå-]{3,}|"
                      r"[a-zæøå-]{3,}\s+(?:til|på|for|med|om|i|af|hos|fra)\s)[^?]*\?\s*$")
# ('Leverer KOMBIT skabeloner til skiltene?': an indefinite object, then a preposition)
# ('Betaler KOMBIT for vikardækning?': the name's verb may take a preposition or a negation next)


# A question word anywhere ('Under Digital Post, hvem skal underskrive?'), or a preposition first
# ('Efter KOMBIT Support ...'): no verb-first yes/no
_NOT_V1 = re.compile(r"\b(?:hv\w+|når|who|what|when|where|which|how|why)\b|^\W*(?:under|efter|over|uden|"
                     r"mellem|omkring|udover|for|før|after)\b", re.IGNORECASE)


# As users type it, all lower case but the name ('behandler Rutelogik klager over ruterne?'): the verb, the
# name, then a word of the object and the rest (a noun and a name alone, 'telefonnummer Katrine Mosbæk?',
# asks for a value)
_V1_NAME_TYPED = re.compile(r"^\W*(?!hv)[a-zæøå]{3,}e?r\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*\s+"
                            r"[a-zæøå][a-zæøå-]{2,}\b[^?]*\?\s*$")


def is_yes_no_named(text: str) -> bool:
    """'Uploader Netcompany filen med X?': a yes/no whose subject is a name."""
    return bool(_V1_NAME.match(text) or _V1_NAME_TYPED.match(text)) and not _NOT_V1.search(text)


def is_yes_no(folded: str) -> bool:
    """'skal borgmesteren underskrive?', 'foregår testen i produktion?', 'is task 702 optional?'; not
    a request for a value in a yes/no form ('har du Jonas' nummer?', 'can you give me her mail?')."""
    if _REQUEST.match(folded) and any(cue.search(folded) for _, cue in _VALUE_CUES):
        return False
    return bool(YES_NO.match(folded) or _V1.match(folded) or _V1_TASK.match(folded) or
                _PASSIVE_FIRST.match(folded))


_REQUEST = re.compile(r"^\W*(har du|kender du|kan du (give|sende|finde|sige)|kan (jeg|vi) faa|ved du|"
                      r"do you (have|know)|can you (give|send|find|tell)|could you|can (i|we) (get|have)|"
                      r"may i have)\b")
