"""Whom one turns to: the question that asks it and the sentence that says it."""

from __future__ import annotations

import re

from knowledge.qa.analysis import Question
from knowledge.qa.hours import ONLY_HOURS
from knowledge.qa.types import Expect
from knowledge.qa.types.values import shows

# A question's verb of turning to someone ('hvem kan jeg spørge / kontakte om ...', 'who should we
# contact?'): the contact the text names answers it, not who does the thing. (Not 'skrive til', which asks
# who writes in 'hvem skal skrive til borgerne?': read with it and 'kontaktperson', a held-out set lost a
# right answer and gained a confident wrong one, counted; 'kontaktperson' is read as the noun, below.)
# ('hvem kan svare på spørgsmål om X?', 'who can answer questions about X?': the one who answers questions
# is the one to ask) ('skrive til' only with the asker before it: 'hvem skal jeg skrive til om X?', 'hvem
# skriver man til om X?' ask whom the asker writes to)
ASKER_WRITES = re.compile(r"\b(?:(?:jeg|vi|man)\s+skrive|skriver\s+(?:jeg|vi|man))\s+til\b", re.IGNORECASE)
ASKS_WHOM = re.compile(r"\b(?:spørge|spørg|kontakte|henvende|ringe|ask|contact|reach|"
                       r"(?:jeg|vi|man)\s+skrive\s+til|skriver\s+(?:jeg|vi|man)\s+til|"
                       r"(?:be)?svare\s+(?:på\s+)?spørgsmål|answer\s+questions|"
                       r"(?:ringer|kontakter|spørger|henvender)\s+(?:jeg|vi|man)|ring\s+til\s+hvem)\b",
                       re.IGNORECASE)
# ... and the narrower reading where the asker is the one who turns ('hvem kan jeg spørge', 'hvem er
# kontakt for X', 'who should we ask'), not 'hvem skal kontakte borgerne?' (who does the contacting)
ASKER_TURNS = re.compile(r"^\W*(?:hvem\s+(?:kan|skal|bør|må)\s+(?:jeg|vi|man)\s+"
                         r"(?:spørge|kontakte|ringe|skrive|henvende)|hvem\s+er\s+(?:\w+\s+)?kontakt\w*|"
                         # the asker's own verb in the present ('hvem ringer jeg til om X?') or bidden ('ring
                         # til hvem om X?')
                         r"hvem\s+(?:ringer|kontakter|spørger|henvender|skriver)\s+(?:jeg|vi|man)|"
                         r"ring\s+til\s+hvem|"
                         r"who\s+(?:can|should|do|shall)\s+(?:i|we)\s+(?:ask|contact|call)|"
                         r"who\s+is\s+(?:the\s+|our\s+)?contact)\b", re.IGNORECASE)
# A sentence's words that say where questions go ('Spørgsmål om X besvares af ...', 'Kontakt: ...'); the
# support as a label or where one turns ('Support: ...', 'meldes til (leverandørens) support'), not one
# service of several a deal covers ('Aftalen dækker drift, support og videreudvikling' names no one to ask),
# nor a support label whose value is only its opening hours ('Support: hverdage kl. 9-15'; 'Support: man-fre
# 8-16 på tlf. 7012 3456 hos X' names a firm and a phone)
WHOM_SAID = re.compile(r"\b(?:spørgsmål\w*|kontakt\w*|henvend\w*|besvar\w*|svarer|helpdesk|hotline\w*|"
                       r"support(?=\s*[:–](?!" + ONLY_HOURS + r")|\s+(?:på|hos|via)\b|$)|"
                       r"til\s+(?:[\wæøå]+s\s+)?support|"
                       r"questions?|contact\w*)\b", re.IGNORECASE)
# ... or how one reaches someone or signs up with them ('ring til', 'skriv til', 'Tilmeld jer hos X',
# 'Tilmelding sker hos X'), not the sign-ups a system holds ('tilmeldingerne indeholder navne')
_REACH = re.compile(r"\b(?:ring\w*\s+til|skriv\w*\s+til|tilmeld(?:e|er|es)?|"
                    r"tilmelding(?:en)?\s+(?:sker\s+)?(?:hos|via)|call)\b", re.IGNORECASE)
# the noun of 'hvem er kontaktperson / kontakten for X?' (the asking verb's own noun)
_CONTACT_NOUN = re.compile(r"kontakt\w*", re.IGNORECASE)


def asks_whom(q: Question) -> bool:
    """'hvem kan vi spørge om X?', 'hvem er kontaktperson for X?': a who-question after whom to ask (the
    noun only in Danish: an English 'contact' is read less surely, 'the supplier's contact for X')."""
    return bool(ASKS_WHOM.search(q.text)) or (q.expects is Expect.PARTY and any(
        t.role == "word" and _CONTACT_NOUN.fullmatch(t.surface) for t in q.tokens))


def reachable(text: str) -> bool:
    """Whether a sentence says how a contact is reached: a phone number or a mail address."""
    return shows(Expect.PHONE, text) or shows(Expect.MAIL, text)


# KLIK's own step of raising questions in the task ('stil eventuelle spørgsmål via besked i KLIK'): where
# questions are written, not whom they go to (it names no one, and nearly every task has it)
_ASKED_IN_KLIK = re.compile(r"\bspørgsmål\w*\s+(?:[\wæøå]+\s+){0,3}?i\s+KLIK\b", re.IGNORECASE)


def says_whom(text: str) -> bool:
    """Whether a sentence says where questions go or names a contact (WHOM_SAID), KLIK's own step of
    asking in the task aside."""
    return bool(WHOM_SAID.search(_ASKED_IN_KLIK.sub("", text)))


def turns_to(text: str) -> bool:
    """Whether a sentence says someone to turn to: where questions go, a contact, a phone, a mail."""
    return bool(says_whom(text) or _REACH.search(text) or reachable(text))


# 'hvordan kontakter jeg X?', 'hvordan får vi fat i X?', 'how do I contact / reach X?': the way to reach a
# person or firm the question names (a capital after the verb), which is a phone, a mail or a web address
# ('får' only with 'fat i': 'hvordan får vi Aula installeret?' asks a way to do a thing, not to reach it)
_HOW_REACH = re.compile(r"^\W*(?:hvordan|how)\s+(?:\w+\s+){0,2}?"
                        r"(?:kontakter|kontakte|fanger|fange|(?:får|faar|få)(?:\s+(?:jeg|vi|man))?\s+fat\s+i|"
                        r"contact|reach|get\s+hold\s+of|get\s+in\s+touch\s+with)\b"
                        r"(?:\s+(?:jeg|vi|man|i|med|til|of))*"
                        # (a definite role noun before the name: 'hvordan kontakter jeg fotografen Henrik X?',
                        # 'how do I reach the photographer Henrik X?')
                        r"(?:(?:\s+(?:the\s+)?(?-i:[a-zæøå][\wæøå-]+))??\s+(?-i:[A-ZÆØÅ])|"
                        # ... or a whole name typed in lower case, the question's last words ('hvordan får jeg
                        # fat i jens trækstrup')
                        r"\s+(?-i:[a-zæøå][\wæøå-]+\s+[a-zæøå][\wæøå-]+)\W*$)", re.IGNORECASE)
# ... or a channel the text names for it ('Supporten kan kontaktes via chatten i portalen'; the passive only:
# 'X kontakter kommunerne via KOMBIT' is no way to reach X, nor 'Kontaktpersonen på skolen er Y')
_CHANNEL = re.compile(r"\b(?:kontaktes|contacted)\s+(?:\w+\s+){0,2}?(?:via|gennem|på|over|through)\s+\w",
                      re.IGNORECASE)
_WEB = re.compile(r"https?://|www\.|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|io|example)\b")


def way_to_reach_unsaid(q: Question, text: str) -> bool:
    """'Hvordan kontakter jeg Palle Hvidbjerg?' is not answered by 'Instruktøren Palle Hvidbjerg holder
    kurset': how one reaches a named person is a phone, a mail or a web address, not a line naming them."""
    return asks_way_to_reach(q) and not (reachable(text) or _WEB.search(text) or _REACH.search(text)
                                        or _CHANNEL.search(text))


def asks_way_to_reach(q: Question) -> bool:
    """Whether q asks how to reach someone it names ('hvordan kontakter jeg X?')."""
    return any(_HOW_REACH.match(text) for text in (q.text, q.asked or ""))  # (English: as written)


# a mobile number asked ('mobilnummer', 'mobile number', 'cell phone'), by whole words: 'Mobilitetsteamet',
# 'MobilePay', 'cellen' ask no mobile number
_MOBILE = re.compile(r"\b(?:mobil(?:en|nummer|nummeret|numre|nr|telefon\w*|tlf)?|mob|mobile|"
                     r"cell(?:\s*phone|ular)?)\b", re.IGNORECASE)
# ... and a text that says one ('Mobil: ...', 'på mobilen', 'mobilnumre'): any form of the word
_MOBILE_SAID = re.compile(r"\b(?:mobil\w*|mob\.|mobile|cell\w*)", re.IGNORECASE)


def mobile_unsaid(q: Question, text: str) -> bool:
    """'Hvad er X's mobilnummer?' is not answered by 'Kontakt: X, ..., tlf. 9811 2233': a phone the text does
    not call a mobile may be a desk phone; the tasks then give no mobile number."""
    asked = f"{q.text} {q.asked or ''}"  # (an English question is read in Danish words: the mobile lost)
    return q.expects is Expect.PHONE and bool(_MOBILE.search(asked)) and not _MOBILE_SAID.search(text)
