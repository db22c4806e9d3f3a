"""Whether an answer says the sending, signing or manner asked about, not another."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import _QUOTING, _sentences, said
from knowledge.qa.gate.words import _STEP_NUMBER
from knowledge.qa.types import Expect

# Going back: 'retur', 'returneres', 'sendes tilbage', 'return'; the glossary folds them into 'sende', so the
# question's and the sentence's own words tell a paper going back from one sent out.
_BACK = re.compile(r"\b(?:retur\w*|return\w*)\b|"  # ('melde tilbage om fejl' sends nothing back)
                   r"\b(?:send|sent|mail|fremsend)\w*\s+(?:\w+\s+){0,3}?(?:tilbage|back)\b", re.I)
_SENDS = re.compile(r"\b(send\w*|fremsend\w*|mail\w*|upload\w*|indsend\w*|sent)\b", re.I)


def _sent_out_not_back(q: Question, text: str) -> bool:
    """Whether q asks where or when a thing goes back ('hvortil sendes aftalen retur?') and every
    sentence of the text that sends something sends it without going back ('Røde Kors sender aftalen
    til kommunen'): the way out, not the way back."""
    if q.expects not in (Expect.PLACE, Expect.TIME) or not _BACK.search(q.text):
        return False  # ('hvem skal have aftalen retur?' is answered by who sent it out)
    sending = [s for s in _sentences(text) if _SENDS.search(s)]
    return bool(sending) and not any(_BACK.search(s) for s in _sentences(text))


# 'hvem skal have X', 'hvem får X', 'who gets X': who is to hold the thing, not who acts on it
_HOLDER_ASKED = re.compile(r"^\W*(?:hvem\s+(?:skal\s+|vil\s+|må\s+)?(?:have|få|får|modtager|modtage)"
                           r"|who\s+(?:should\s+|will\s+|must\s+)?(?:gets?|receives?|have|has))\b", re.I)
# signing by a party ('underskrives af X', 'X skriver under'), which hands the paper to nobody
_SIGNED_BY = re.compile(r"\b(?:underskri\w*|signe\w*|sign\w*|skrive\w*\s+under|kontrasigner\w*|påtegn\w*)\b",
                        re.I)
_HANDED = re.compile(r"\b(?:til|modtag\w*|får|have|hænde|hos|send\w*|retur\w*|tilbage|mail\w*|upload\w*"
                     r"|aflever\w*|to|receiv\w*|gets?)\b", re.I)


def _signer_for_holder(q: Question, text: str) -> bool:
    """Whether q asks who is to have a thing ('hvem skal have aftalen om vagtkorps?') and the text only
    says who signs it ('Aftalen indgås ved, at ejendomschefen underskriver den'): the signer is not where
    the paper goes."""
    if q.yesno or not _HOLDER_ASKED.match(q.text) or _SIGNED_BY.search(q.text):
        return False
    sentences = [s for s in _sentences(_STEP_NUMBER.sub(" ", text)) if s.strip()]  # '2. X signerer aftalen'
    return bool(sentences) and all(_SIGNED_BY.search(s) and not _HANDED.search(s) for s in sentences)


def _manner_of_another(q: Question, c: Candidate) -> bool:
    """'Hvordan orienteres rådgiverne om arkivet?' asks how the verb is done: a sentence that never says
    the verb ('Når byggesagerne er indlæst, kan borgere og rådgivere selv søge i arkivet') tells how
    something else is done, however many of the other words it shares."""
    if c.kind not in _QUOTING or q.yesno or (m := _HOW_PASSIVE.match(q.text)) is None:
        return False
    verb = next((t for t in q.tokens if t.surface == m.group(1)), None)
    if verb is None or verb.weight <= 0 or verb.match == 0:
        return False  # a verb no task writes is the tolerance's to read
    held = set(content_keys(said(c.text)))
    return not any(h.startswith(k) or k.startswith(h) for k in verb.keys for h in held
                   if min(len(h), len(k)) >= 3)


def _manner_only_restated(q: Question, c: Candidate) -> bool:
    """'Hvordan sendes modregningsaftalen til Gældsstyrelsen?' is not answered by '3. Send aftalen til
    Gældsstyrelsen', nor 'hvordan overføres forbrugsdata til afregningssystemet?' by 'Forbrugsdata overføres
    hver nat til afregningssystemet': a sentence that says the verb asked and, beside its time, only the
    question's own words (a compound by its head) says that it is done, not how."""
    if c.kind not in _QUOTING or q.yesno or (m := _HOW_ANY.match(q.text)) is None:
        return False
    verb = next((t for t in q.tokens if t.surface == (m.group(1) or m.group(2))), None)
    if verb is None or verb.weight <= 0 or verb.match == 0:
        return False
    asked = {k for t in q.tokens for k in (*t.keys, *content_keys(t.surface))}
    rest = content_keys(_TIMES.sub(" ", _STEP_NUMBER.sub(" ", said(c.text))))
    if not rest or not any(h.startswith(k) or k.startswith(h) for k in verb.keys for h in rest
                           if min(len(h), len(k)) >= 3):
        return False  # (a sentence without the verb is _manner_of_another's)
    return all(any(h == k or (min(len(h), len(k)) >= 4 and (h.endswith(k) or k.endswith(h) or
                                                             h.startswith(k) or k.startswith(h)))
                   for k in asked) for h in rest)


# a time beside the deed ('hver nat', 'senest 5 dage før go-live', 'i uge 6'): no way it is done
_TIMES = re.compile(r"\b(?:(?:hver|hvert|om|i|senest|inden|før|efter|fra|til|ca\.?|mindst|højst|each|every|"
                    r"by|before|after|within)\s+)*(?:\d+[.,]?\d*\.?\s*)?(?:(?:arbejds|hver)?(?:nat|nætter|dag|døgn|"
                    r"uge|måned|år|time|minut|morgen|aften|weekend|night|day|week|month|year|hour)\w*|"
                    r"go-?live|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b|\b\d+\b", re.I)


_HOW_ASKED = re.compile(r"^\W*(?:hvordan|how)\b", re.I)


def asks_way_of_signing(q: Question) -> bool:
    """'Hvordan underskrives aftalen?': the way a paper is signed, a value looked for as a typed one is."""
    return q.has("sign") and not q.yesno and bool(_HOW_ASKED.match(q.text))


# the way a paper is signed: by hand or digitally, with a signing service or an electronic id
_SIGN_MANNER = re.compile(r"\b(?:digital\w*|elektronisk\w*|fysisk\w*|papir\w*|i hånden|håndskrevet|"
                          r"e-?signatur\w*|MitID|NemID|Penneo|Visma Addo|Addo|DocuSign|Signaturportal\w*|"
                          r"electronic\w*|by hand|on paper)\b", re.I)


# 'hvordan orienteres ...', 'hvordan sendes ...': how a thing is done, the passive right after 'hvordan'
_HOW_PASSIVE = re.compile(r"^\W*(?i:hvordan)\s+([a-zæøå]{3,}e?s)\b")
# ... or the present tense with its doer, 'hvordan sender vi aftalerne til KOMBIT?', read by
# _manner_only_restated only (a sentence without the verb may say it in other words: 'hvordan betaler vi for
# sms'erne?' - 'SMS'erne afregnes ... via KOMBITs samlede faktura')
_HOW_ANY = re.compile(r"^\W*(?i:hvordan)\s+(?:([a-zæøå]{3,}e?s)\b|"
                      r"([a-zæøå]{3,}e?r)\s+(?i:vi|man|i|de|jeg|kommunen)\b)")
