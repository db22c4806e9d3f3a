"""The look of each kind of value in a text (a mail, a phone, a price, a time) and the plain values found."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE, MONTHS_EN
from knowledge.fold import content_keys, stands_alone
from knowledge.lexicon import FRACTION_WORDS, number_words, ordinal_words
from knowledge.qa.types.kinds import _DAY_PART, Expect
from knowledge.qa.types.labels import _other_label
from knowledge.units import genitive_pattern, length_pattern

# ('én', 'ét' with the accent are the number one, 'en', 'et' as often the article; 'mere end én'
# compares, it counts nothing)
# the number words of knowledge/lexicon.py from two up, longest first ('femten' before 'fem')
_WORDS_FROM_TWO = "|".join(sorted(number_words(2, 100), key=len, reverse=True))
_COUNT_WORDS = ("(?<!end )(?<!than )(?:én|ét)|" + _WORDS_FROM_TWO +
                "|højst|mindst|op til|maks\\w*|at most|at least|up to|et par|a couple|a few")
_NUMBER_WORDS = FRACTION_WORDS + "|en|et|én|ét|one|" + _WORDS_FROM_TWO + "|højst|mindst|op til|maks\\w*|alle"
_UNITS = length_pattern()
# a unit's Danish word in the genitive before its noun ('2 måneders varsel', 'en uges frist'); not a kind of
# day's ('et todages kursus' is a compound that names a course, no length said of a thing), nor the English
# 'times' ('2 times a year' counts)
_GENITIVE_UNIT = r"(?:" + genitive_pattern() + r")(?=\s+[a-zæøå])"
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
# A table row's label that counts (people, teams, 'Antal ...', '... pr. træner'): its '| n-m |' cells are
# counts, not hours.
_COUNTED_ROW = (r"(?:\b(?:antal|hold|personer|pers|stk|pr|per|number|count|staff)\b|"
                r"[a-zæøå](?:ere|ører|ister|erne)\b)")

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
    # (a length in the genitive before its noun is one too: '2 måneders varsel')
    Expect.TIME: re.compile(r"\b(\d+\s*(" + _UNITS + r")(?!\w)|\d+\s*" + _GENITIVE_UNIT + r"|"
                            r"(" + _NUMBER_WORDS + r")\s+(" + _UNITS + r")(?!\w)|"
                            r"(?:" + _NUMBER_WORDS + r")\s+" + _GENITIVE_UNIT + r"|"
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
                             # (a table's cell of hours under a header of days, the table read into one
                             # line: '| Hverdage | Weekend | | Indendørs | 16-21 | 10-16 |'; hours of a day,
                             # not a count: '| Livreddere | 2-3 | 1-2 |', '| Antal hold | 6-8 | 10-12 |')
                             r"\|\s*(?:hverdag|weekend|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\w*\s*\|[^\n]*?"
                             r"\|(?![^|\n]*" + _COUNTED_ROW + r")(?=[^|\n]*[a-zæøå])[^|\n]*"
                             r"\|\s*(?:0?[5-9]|1\d|2[0-3])\s*[-–]\s*(?:0?[6-9]|1\d|2[0-4])\s*\||"
                             r"(?<![\d.,])\d{1,2}[.:][0-5]\d(?![\d.,])|\b\d{1,2}\s*(am|pm)\b|"
                             # open at every hour: 'åben døgnet rundt', 'hele døgnet', 'around the clock'
                             r"\b(døgnet rundt|hele døgnet|around the clock|24/7|24 timer i døgnet)", re.I),
    Expect.PERCENT: re.compile(r"\d+(?:[.,]\d+)?\s*(%|procent|pct\b|per ?cent)|"
                               r"\bhver(t)? (" + "|".join(ordinal_words(2, 10, english=False)) + r")\b|"
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
                             # (the article taken when written: 'på kommunens vegne' is no place 'kommunens')
                             r"(?:(?:den|det|de|the|kommunens|jeres|vores|your|our)\s+)?+"
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


def shows(kind: Expect, text: str) -> bool:
    """Whether the text has a value of the kind anywhere, as written (a phone number, a mail address)."""
    return _VALUE[kind].search(text) is not None


def is_number(word: str) -> bool:
    """'tre', 'three', '12': a number a yes/no question compares, not a thing it names."""
    return bool(_VALUE[Expect.COUNT].fullmatch(word))


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
                not stands_alone(asked, value.casefold()):
            out.append(value)
    return out


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


# A price of an add-on or a one-off part, not of the thing itself: 'Pris for opstart: 5.000 kr.', 'Pris pr.
# ekstra bruger: 150 kr.', '95 kr. pr. ekstra dag efter den første uge', 'Tillæg: ...', 'Gebyr for ...'.
_ADD_ON_PRICE = re.compile(r"(?i)\b(?:for\s+(?P<a>opstart\w*|oprettelse\w*|etablering\w*|tilslutning\w*)|"
                           r"(?P<b>ekstra|tillæg\w*|additional|extra|set-?up|opstart\w*)|"
                           r"efter\s+(?:den|det|de)\s+første|gebyr\s+for\s+(?P<c>\w+))\b")


_INCLUDED = re.compile(r"\b(?:inkl\.?|inklusive|inkluderet|incl\.?|including|med|with)\s*$", re.I)


def add_on_price(text: str, question: str) -> bool:
    """Whether a price line prices an add-on or a one-off part ('Pris for opstart: 5.000 kr.', 'pr. ekstra
    dag efter den første uge') the question does not name: it is no answer to a bare 'hvad koster X?'."""
    asked = content_keys(question)
    for m in _ADD_ON_PRICE.finditer(text):
        if _INCLUDED.search(text[:m.start()]):
            continue  # 'Pris: 1.200 kr. pr. dag inkl. ekstra blæser': the extra is part of the price
        part = m.group("a") or m.group("b") or m.group("c")
        if part is None or not content_keys(part) & asked:
            return True
    return False


# A thing a sentence brings in by an indefinite article ('kommunen kan få et indmeldingsmodul', 'holder en
# introduktionsdag for ...'; its word or the next: 'en ny vindmåler'): a list after the sentence is of it.
INTRODUCED = re.compile(r"(?i)\b(?:en|et|a|an)\s+(?P<thing>[\wæøå-]+(?:\s+[\wæøå-]+)?)")
# a sentence that says what its opening thing is ('Frøbanken er det fælles bookingsystem ...')
_DEFINED = re.compile(r"\W*(?P<thing>[\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*)*)\s+(?:er|is|was|var)\b")


def plain_intro(text: str, keys) -> bool:
    """Whether a sentence before a list is plain for the thing of `keys`: it neither introduces the list
    (ending with a colon) nor defines the thing ('Lånekassen er udlånssystemet ...') nor brings it in
    ('kommunen kan få et indmeldingsmodul'), so it says nothing of what the list's lines are of
    ('Bogbussen kører tre dage om ugen.' above '- Pris: 3.400 kr.' prices no bus)."""
    text = text.strip()
    if text.endswith(":"):
        return False
    m = _DEFINED.match(text)
    return (m is None or content_keys(m["thing"]).isdisjoint(keys)) and \
        not any(content_keys(n["thing"]) & set(keys) for n in INTRODUCED.finditer(text))
