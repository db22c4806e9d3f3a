"""The kinds of value a question may ask for (Expect) and the cues in a question that ask for each."""

from __future__ import annotations

import re
from enum import StrEnum


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
    # a time of day: 'hvad tid ...', 'hvilket klokkeslæt', 'hvornår på dagen' (or a part of it: 'hvornår på
    # aftenen'), 'åbningstider', 'what time'
    (Expect.CLOCK, re.compile(r"^\W*(hvad tid|(at )?what time)\b|\b(klokkeslaet\w*|"
                              r"hvornaar paa (dagen|doegnet|morgenen|formiddagen|eftermiddagen|aftenen|"
                              r"natten)|"
                              r"(hvilket|hvad|which|what) tidspunkt (paa|af|i loebet af) (dagen|doegnet)|"
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
                              # X's number, but not a task's or a step's in any form ('opgavens nummer',
                              # 'delopgavens nummeret', 'trinnets nummer')
                              r"\b(?!(?:[a-z]*opgave|trin)[a-z]* nummer)[a-z]+s nummer(et)?\b|"
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
                                          # ('navn på direktøren?' opening the question; 'sætte navn på'
                                          # further on is to sign)
                                          r"\W*navn paa\b|"
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
    # nor 'hvor tæt/nær ...?', a distance
    (Expect.PLACE, re.compile(r"^\W*(hvortil|hvorhen|"  # 'hvortil sendes blanketten retur?'
                              r"hvor(?! (mange|lang|laenge|meget|ofte|tit|stor\w*|dyr\w*|langt|hurtigt|"
                              r"(hoej\w*|lavt?|bred[et]?|tung[et]?|dyb[et]?|tyk[ke]?|tykt|smal[et]?|"
                              # ('hvor varm/kold må X være?': a temperature)
                              r"varm[et]?|kold[et]?|koldt)\b|"
                              r"tidligt|sent|godt|mange|vigtig\w*|gaml\w*|gammel\w*|taet|naer))|where)\b|"
                              r"\b(hvilken adresse|hvilket sted|what address|which address|which place)\b|"
                              # 'i hvilken by holdes X?', 'in which town ...?': a town is a place
                              r"\b(hvilken|which|what) (by|landsby|town|city|village)\b|"
                              # 'hvad er adressen på X?': an address, not any place X is named in
                              + _ASKS_VALUE + r".*\b(adressen|adresserne|postadresse\w*|the address|"
                              # ... or a name's own: 'hvad er Kløverhø Systemers adresse?', "X's address"
                              r"\w+s adresse|\w+'s address)\b|"
                              # a query that opens with the noun, no question word ('adresse skovløberhytten',
                              # 'adressen på Skovpavillonen', 'address of the engine shed')
                              r"^\W*(adressen?|address)\s+(?=\w)")),
]
_OTHER_CUES: list[tuple[Expect, re.Pattern[str]]] = [
    (Expect.PRICE, re.compile(r"\b(koster?|kostede|\w*pris(en|er|erne)?|prices?|costs?|gebyr\w*|fees?|"
                              r"hvor dyrt|\w*kontingent(et|er|erne)?|"
                              r"how much (does|do|is)|hvor meget\b.*\b(betale|koste|pay|cost)\w*)\b|"
                              # 'hvad skal vi betale pr. ...?', 'hvad betaler kommunen for ...?': an amount
                              r"^\W*hvad (skal|maa|kommer|vil) (vi|man|jeg|kommunen|de|i) "
                              r"(\w+ )?(at )?betale\b|"
                              r"^\W*hvad betaler (vi|man|jeg|kommunen)\b|"
                              # 'hvad tager X for at sætte skiltene op?': what X charges (not 'tager sig af',
                              # 'tager med', 'tager stilling til')
                              r"^\W*hvad (tager|tog) (?!.*\b(sig|med|stilling)\b).*\bfor\b|"
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
