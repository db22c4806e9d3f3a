"""The object of a deadline's verb ('Send listen over nye abonnementer til KOMBIT' -> 'listen over nye
abonnementer'): the imperative and duty verbs and the words of what they are done to."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.deadline_lengths import _UNIT_WORD
from knowledge.language import (
    ARTICLES,
    STOP_WORDS,
    lower_first,
)

_IMPERATIVE = re.compile(
    r"(?:send|indsend|fremsend|videresend|aflever|indlever|lever|return[eé]r|upload|indberet|indmeld|meld"
    r"|bestil|opret|udfyld|udarbejd|færdiggør|gem|del|registr[eé]r|opdat[eé]r|tilmeld|afmeld|godkend"
    r"|underskriv|sign[eé]r|indtast|angiv|oplys|udpeg|vælg|book|planlæg|gennemfør|afslut|luk|kontroll[eé]r"
    r"|tjek|ret|slet|install[eé]r|konfigur[eé]r|opsæt|tildel|fjern|beskriv|dokument[eé]r|indhent|hent"
    r"|gennemgå|public[eé]r|aktiv[eé]r|deaktiv[eé]r|test|afprøv|tilret|klargør|forbered|tilpas|ryd|udfør"
    r"|etabl[eé]r|lav|find|udsend|overfør|flyt|konvert[eé]r|migr[eé]r|import[eé]r|indlæs|afstem|afklar|aftal"
    r"|undersøg|identific[eé]r|kortlæg|inform[eé]r|orient[eé]r|uddan|afhold|indkald|udvælg|besvar|tilføj"
    r"|redig[eé]r|vurd[eé]r|bekræft|nedlæg|køb|indkøb|åbn|kvalitetssikr|valid[eé]r|rens|afrapport[eé]r"
    # verbs that place, write or hold a thing: 'Læg skabelonerne i løsningen', 'Skriv et informationsbrev'
    r"|læg|skriv|hold|dan|træk|scan|e?-?mail|print|udskriv|sæt|annonc[eé]r|offentliggør|behandl|fastlæg"
    r"|saml|vedlæg|indsæt|arkiv[eé]r|journalis[eé]r|opbevar|varsl|annull[eé]r|ændr|mærk|indstil"
    # 'Få tømmeplanerne på plads senest ...': what is to be got in order; 'Svar på spørgeskemaet'
    r"|få|svar\s+på|reag[eé]r\s+på)\s+", re.I)
# the participle after 'få' that makes it 'receive': 'får tilsendt', 'får udleveret', 'får tildelt'
# an indirect object before the thing sent: a pronoun, or a party when a determiner follows ('Send KOMBIT
# jeres testplan'; 'Send KOMBIT-aftalen' is a thing)
_TOLD = re.compile(r"(?i:os|jer|mig|dig|ham|hende|leverandøren|leverandørerne)|[A-ZÆØÅ]{2,}")
_TOLD_ALWAYS = {"os", "jer", "mig", "dig", "ham", "hende"}
_THEIRS = {"jeres", "vores", "kommunens", "sin", "sit", "sine", "deres", "alle", "eventuelle"}
_GOT = re.compile(r"(?:til|frem|ud|over)?(?:sendt|leveret|delt|draget|stillet)", re.I)
_NOT_VERBS = {"vær", "være", "hav", "have", "ha", "få", "bliv", "blive", "kunn", "kunne", "selv", "først",
              "derefter", "herefter", "dernæst", "også", "senest", "inden", "altid", "sørg", "husk", "gør",
              "gøre"}
_NOT_OBJECT = {"den", "det", "de", "dem", "disse", "dette", "alt", "noget", "sig", "jer", "os", "besked",
               # a thing said to be neither wanted nor done: 'Bestillingen kræver ingen underskrift'
               "ingen", "intet", "ingenting",
               # a verb's fixed phrase, no thing: 'tage stilling til', 'tage kontakt til', 'tage højde for'
               "stilling", "kontakt", "højde", "hensyn", "styr", "overblik"}
# the bound of the deadline after the object: 'Informér sagsbehandlerne om datoen mindst 2 uger før ...'
_BOUND = {"mindst", "tidligst", "allersenest"}
_AFTER_OBJECT = {"over", "for", "om"}  # 'listen over afmeldte abonnementer', 'planen for test'
# the particle of a particle verb after its object: 'melder sine kontaktpersoner ind', 'Send skemaet retur'
_PARTICLE_END = {"ind", "ud", "op", "frem", "ned", "tilbage", "retur", "hjem"}
# adverbs between an imperative and its object: 'Returnér venligst den udfyldte blanket'
_MANNER = {"venligst", "gerne", "straks", "omgående", "hurtigst", "muligt", "elektronisk", "digitalt", "selv"}
_REPLY = re.compile(r"(?:tilbagemelding|svar|høringssvar|kommentar|bemærkning|respons|feedback)\w*$", re.I)


# 'Kommunen skal udarbejde en testplan', 'Kommunen indsender en liste', 'skal kommunen have oprettet
# alle brugere': what the municipality does to a thing, read as the imperative 'Udarbejd en testplan'
_DUTY = re.compile(r"(?:kommunen|i|vi|man|du)\s+"
                   r"(?:(?:skal|må|bør)\s+(?:også\s+|selv\s+)?(?:have\s+)?|har\s+)?"
                   r"(\w+?)(?:e|er|r|et|t)?\s", re.I)
# ('skal udfylde og returnere skemaet': a second infinitive shares the object too)
_AND_DONE = re.compile(r"^\s+(?:og|samt)\s+(?:[a-zæøå]{3,}(?:et|t)"
                       r"|(?!alle\b|disse\b|andre\b|begge\b)[a-zæøå]{3,}e)\s+")
_REMIND = re.compile(r"(?:husk|sørg\s+for|det\s+er\s+vigtigt)\s*,?\s+at\s+(\w+?)e?\s", re.I)


# 'Listen med kontaktpersoner – send den til KOMBIT senest ...': a thing named, then what to do with it
_DASH_LABEL = re.compile(r"([^\W\d][^–—:|]{2,60}?)\s+[–—-]\s+\w+\s+(?:den|det|dem)\b", re.I)
_AND_DO = re.compile(r"\s*(?:og|eller|,)\s*" + _IMPERATIVE.pattern, re.I)
# 'Opret, kontrollér og aktivér brugerne': the first of imperatives listed with commas
_FIRST_OF = re.compile(_IMPERATIVE.pattern.removesuffix(r"\s+") + r"(?=\s*,)", re.I)
_TELL = re.compile(r"(?:giv|send)\s+(?:\S+\s+){0,2}?besked\s+om\s+", re.I)
_INFORMED = re.compile(r"(?:oplyse|informere|orientere|underrette)\s+(?:[\w'’-]+\s+){1,2}?om\s+", re.I)
_INFORM = re.compile(r"(?:oplys|informér|informer|orientér|orienter|underret)\s+(?:[\w'’-]+\s+){1,2}?om\s+",
                     re.I)


def _object_after(text: str) -> str | None:
    """The noun phrase after a verb: 'påbegynde arbejdet senest ...' -> 'arbejdet'."""
    text = text.strip()
    if told := _INFORMED.match(text):
        return _imperative_object("send " + text[told.end():])  # 'oplyse KOMBIT om navnet': the name
    text = re.sub(r"^[\w-]+\s+", "", text) if re.match(r"[a-zæøå-]+(?:e|t|et)\s", text) else text
    return _imperative_object("send " + text)


@lru_cache(maxsize=8192)
def _imperative_object(sentence: str) -> str | None:
    """'Send listen over nye abonnementer til KOMBIT senest ...' -> 'listen over nye abonnementer';
    'Husk at sende skabelonen ...' -> 'skabelonen'."""
    sentence, m = _imperative_verb(sentence)
    if m is None:
        return None
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", sentence[m.end():])
    out = _object_words(tokens, _object_start(tokens, verb=m.group(0).strip().casefold()))
    first = out[0].casefold() if out else ""
    named = out and not (first in _NOT_OBJECT and not (first == "besked" and len(out) > 2))
    if not named or out[0][0].isdigit():
        return None  # 'Giv besked' names nothing; 'Giv besked om fejl' does
    return lower_first(" ".join(out))


def _imperative_verb(sentence: str) -> tuple[str, re.Match[str] | None]:
    """The sentence as an imperative ('Husk at sende X' as 'send X') and the match of its verb(s), which
    the object follows (None: no imperative)."""
    if r := _REMIND.match(sentence) or _DUTY.match(sentence):  # the infinitive after 'Husk at' is the
        stem = r.group(1)  # imperative's stem + e ('lukke': 'luk'); 'Kommunen sender X'
        stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå" else stem
        # 'skal have udfyldt og returneret skemaet': the second participle shares the object
        sentence = stem + _AND_DONE.sub(" ", sentence[r.end() - 1:], count=1)
    # ('Oplys KOMBIT om kontaktpersonens navn': the party told comes first, what it is told after 'om')
    m = _INFORM.match(sentence) or _IMPERATIVE.match(sentence) or _FIRST_OF.match(sentence)
    while m and (more := _AND_DO.match(sentence, m.end())):
        m = more  # 'Udfyld og returnér skemaet', 'Opret, kontrollér og aktivér brugerne'
    if m is None and (told := _TELL.match(sentence)):
        m = told  # 'Giv KOMBIT besked om resultatet'
    if m is None and r and re.fullmatch(r"[a-zæøå]{3,}", stem) and stem not in _NOT_VERBS | STOP_WORDS:
        m = re.match(r"\S+\s+", sentence)  # 'Kommunen skal afholde en workshop': after a modal, a verb
    return sentence, m


def _object_start(tokens: list[str], *, verb: str) -> int:
    """Where the object begins in the tokens after the verb (`verb`, folded): past adverbs, a reflexive,
    a particle, the party told, articles and a count."""
    i = 0
    while i < len(tokens) and tokens[i].casefold() in _MANNER:
        i += 1  # 'Returnér venligst den udfyldte blanket'
    if i + 1 < len(tokens) and tokens[i].casefold() == "sig":
        # 'tilmelder sig (til) X': the reflexive and its preposition
        i += 2 if i + 2 < len(tokens) and tokens[i + 1].casefold() in {"til", "på"} else 1
    if i + 1 < len(tokens) and verb == "få" and _GOT.fullmatch(tokens[i]):
        i += 1  # 'Kommunen får tilsendt en aftale': what it is sent, not the participle
    if i + 1 < len(tokens) and tokens[i].casefold() in _PARTICLE_END | {"igennem"}:
        i += 1  # 'Ryd op i sagerne', 'Der skal ryddes op i sagerne': the verb's particle is no thing; where
        if tokens[i].casefold() in {"i", "på", "blandt"}:  # it is done is
            i += 1
    if i + 1 < len(tokens) and _TOLD.fullmatch(tokens[i]) and (
            tokens[i].casefold() in _TOLD_ALWAYS or tokens[i + 1].casefold() in ARTICLES | _THEIRS):
        i += 1  # 'Send os listen', 'Send KOMBIT jeres testplan': who gets it comes before what is sent
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | {"alle", "eventuelle", "kommunens"}:
        i += 1
    if i + 2 < len(tokens) and tokens[i].casefold() in {"styr", "overblik"} and \
            tokens[i + 1].casefold() in {"på", "over"}:
        i += 2  # 'Få styr på rollerne', 'Skab overblik over sagerne': the thing after the phrase
        while i < len(tokens) and tokens[i].casefold() in ARTICLES | {"alle", "eventuelle", "kommunens"}:
            i += 1
    if i + 1 < len(tokens) and tokens[i].isdigit() and re.match(r"[a-zæøå]", tokens[i + 1], re.I) and \
            not _UNIT_WORD.match(tokens[i + 1]):
        i += 1  # 'send 5 testbreve til KOMBIT': a count before the thing, not a span of time
    return i


def _object_words(tokens: list[str], i: int) -> list[str]:
    """The object's words from token i on, at most six: up to a stop word, a number or a particle."""
    out: list[str] = []
    for tok in tokens[i:i + 6]:
        low = tok.casefold()
        if low == "på" and out and _REPLY.match(out[-1]):
            out.append(tok)  # 'jeres tilbagemelding på testplanen': a reply is on what it answers
            continue
        if not re.match(r"\w", tok) or (low in STOP_WORDS and not (low in _AFTER_OBJECT and out)) or \
                (out and (tok[0].isdigit() or low in _PARTICLE_END | _BOUND)):
            break  # 'Send listen 3 dage efter ...': the object ends where the deadline starts
        out.append(tok)
    while out and out[-1].casefold() in _AFTER_OBJECT:
        out.pop()
    return out
