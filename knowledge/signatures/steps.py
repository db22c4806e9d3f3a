"""Which method steps receive, sign or send on a paper."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.approvals import stems
from knowledge.fold import key
from knowledge.language import ARTICLES, DELIVER, SEND, clause_end, words
from knowledge.signatures.common import _IF, Mention, _lemma
from knowledge.signatures.cues import _CUE, _GET_SIGNED, _MADE_FOR
from knowledge.signatures.documents import _COPY, _first_document, _pronoun_at
from knowledge.signatures.recipient import _BACK, _GETS, _HELD_AT, _ON_TO, _PUT

# A step in which the paper arrives, said other than with an imperative
_RECEIVED = re.compile(r"\b(?:modtages|modtager|hentes|downloades|er\s+modtaget|er\s+kommet|kommer|ankommer"
                       r"|fremkommer|tilgår|lander)\b"
                       # 'Når I har fået aftalen fra KOMBIT', 'Når kommunen har modtaget erklæringen': it has
                       # come to the municipality (not 'Når KOMBIT har modtaget den', which is sent)
                       r"|\b(?:i|vi|du|kommunen)\s+har\s+(?:nu\s+)?(?:fået|modtaget)\b"
                       # 'Aftalen indhentes hos X' takes the paper in; 'Underskrift indhentes fra X' signs it
                       r"|(?<!underskrift\s)(?<!underskriften\s)(?<!godkendelse\s)(?<!godkendelsen\s)"
                       r"\b(?:indhentes|er\s+indhentet)\b"
                       # 'Aftalen foreligger i kommunens postkasse', 'Fuldmagten ligger klar i NemLog-in':
                       # it has arrived where the municipality takes it in (not 'foreligger i underskrevet
                       # stand')
                       r"|\b(?:foreligger|ligger\s+klar)\s+(?:nu\s+)?(?:i|på)\s+(?!underskrevet\b|signeret\b)"
                       # 'Fuldmagten fra KOMBIT findes i NemLog-in': a paper from another party that is there
                       # has come in; without 'fra X' ('Aftalen ligger i KLIK') it is where the result is kept
                       r"|\bfra\s+\w[^.,;:]{0,40}?\s(?:ligger|findes|er\s+tilgængelig)\s+(?:nu\s+)?(?:i|på)\s+"
                       r"(?!underskrevet\b|signeret\b|\d|to\b|tre\b|flere\b)"
                       r"|\b(?:sender|fremsender|udsender|sendes|fremsendes|udsendes|leverer|leveres)\b[^.]*?"
                       # 'til kommunens hovedpostkasse', 'til jeres sikre mail': a place of the municipality's
                       r"\btil\s+(?:kommunen|kommunerne|jer|os|dig"
                       r"|(?:kommunens|jeres|vores)\s+[\w-]+)\b"
                       # 'KOMBIT sender jer aftalen', 'Aftalen fremsendes af KOMBIT': sent to the municipality
                       r"|\b(?:sender|fremsender|udsender|tilsender)\s+(?:jer|kommunen|os|dig)\s"
                       r"|\b(?:sendes|fremsendes|udsendes|tilsendes)\s+(?:\w+\s+){0,2}?af\s+(?-i:[A-ZÆØÅ])",
                       re.I)
# 'Indhent aftalen' takes a paper in; 'Indhent lederens underskrift' gets one signed
_FETCH = r"indhent(?!\w*\s+(?:[\w'’-]+\s+){0,3}?(?:underskrift|signatur|godkendelse|accept))"
# ('få' gets it signed, not in)
_TAKE_IN = re.compile(r"(?:modtag|hent|" + _FETCH + r"|afvent|åbn|download|tag\s+imod)\w*\b", re.I)
_KEEP = re.compile(r"(?:gem|arkivér|arkiver|journalisér|journaliser|opbevar|print|læs|kontrollér|kontroller"
                   r"|tjek)\b", re.I)
_ARRIVES = re.compile(_HELD_AT + r"\S"
                      r"|(?<!kan\s)(?<!kunne\s)\btilgå(?:r)?\s+\S"
                      r"|\bi\s+hænde\b", re.I)
_CONDITION = re.compile(r"^(?:når|hvis|efter|først\s+når|så\s+snart|indtil|før)\b", re.I)
# 'Log på portalen og hent aftalen': the paper taken in by the second of two imperatives
# ('Modtagelse af aftalen': a step named by the noun; 'Få DPO'en til at gennemgå aftalen' has someone do
# something to it, which takes nothing in)
_HAVE_DONE = r"(?!\s+(?:[\w'’-]+\s+){1,3}?til\s+at\b)"
_RECEIVE = re.compile(r"^(?:\w+\s+(?:[\w'’-]+\s+){0,3}?og\s+)?(?:modtag|hent|" + _FETCH
                      + r"|få" + _HAVE_DONE
                      + r"|afvent|find|åbn|download|tag\s+imod|modtagelse(?=\s+af\s))\b",
                      re.I)
# 'Videresend aftalen til direktøren', 'Forelæg aftalen for direktøren': the paper goes on to its signer
_HAND_ON = re.compile(r"(?:videresend|forelæg|fremlæg|præsent[eé]r|overgiv|giv|udlev[eé]r|uddel)\w*\s+"
                      r"(?:den|det|dem|de|\w+en|\w+et|\w+erne)\s+"
                      r"(?:\w+\s+){0,3}?(?:til|for)\s", re.I)
_ACT_NOUN = re.compile(r"(?:send|indsend|upload|returnér|returner|retursend|mail)\s+"
                       r"(?:den\s+|jeres\s+|kommunens\s+)?"
                       r"(?:godkendelse|accept)(?:n|en)?\s+(?:til|i|på)\s"
                       # 'Godkendelsen sendes til KOMBIT': the same said in the passive
                       r"|(?:den\s+|jeres\s+|kommunens\s+)?(?:godkendelse|accept)(?:n|en)\s+(?:\w+\s+)?"
                       r"(?:sendes|indsendes|fremsendes|uploades|returneres|retursendes|mailes|afleveres)"
                       r"\s+(?:til|i|på|hos)\s",
                       re.I)
_SEND_ON = (r"(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?"
            r"(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|send\w*|fremsend\w*|upload\w*"
            r"|mail\w*|indberet\w*|overdrag\w*|oversend\w*|" + DELIVER + ")"
            # 'Sendes derefter til X', 'Returneres pr. mail til X': an adverb or the means before where
            r"(?:\s+(?:derefter|herefter|dernæst|efterfølgende|så|straks|endelig|også))?"
            r"(?:\s+(?:den|det|dem|de))?(?:\s+(?:retur|tilbage|videre))?"
            r"(?:\s+(?:pr\.|per|via)\s+(?:e-?mail|mail|post))?(?:\s+(?:til|i|på|hos)\b|\s*\.?$)")
# 'Aftalen behandles på udvalgsmødet', 'Planen drøftes i direktionen': the step in which a body that
# approves the paper deals with it (its approval, when the body is its signer)
_AT_MEETING = re.compile(r"\b(?:behandl|drøft|vedtag)\w*\b.*?\s(?:på|i)\s+(?:[\w-]+\s+){0,2}?[\w-]*"
                         r"(?:møde|udvalg|byråd|bestyrelse|borgerrepræsentation|direktion|styregruppe)\w*",
                         re.I)


_HEADING = re.compile(r"([\w-]+)\s*:\s+(?=\w)")


def _step_heading(sentence: str) -> tuple[str, int] | None:
    """A step that opens with a paper as its heading ('Tilslutningsaftale: underskriv (borgmesteren)'): the
    paper's lemma and where the step's own words start; None for any other step ('Underskrift: X')."""
    m = _HEADING.match(sentence)
    paper = _lemma(m.group(1)) if m else None
    return (paper, m.end()) if paper else None


@lru_cache(maxsize=8192)
def _moved_document(sentence: str, last: tuple[str, bool] | None,
                    things: frozenset = frozenset()) -> tuple[str, bool] | None:
    """A document received ('Modtag blanketten fra KOMBIT') or sent on ('Send aftalen retur til
    KOMBIT', 'Begge aftaler sendes fra KOMBIT'): it counts only if it is signed elsewhere."""
    if not (_RECEIVE.match(sentence) or SEND.search(sentence) or _GETS.match(sentence)
            or _HAND_ON.match(sentence) or _RECEIVED.search(sentence) or _PUT.search(sentence)
            or _AT_MEETING.search(sentence)
            or _ARRIVES.search(sentence) or _MADE_FOR.search(sentence) or _ON_TO.search(sentence)):
        return None
    found = _first_document(sentence, last=None, subject=False)
    tokens = [w.group(0) for w in words(sentence)]
    if found is None and last and any(_pronoun_at(tokens, i) for i in range(min(3, len(tokens)))):
        return last  # 'Send den retur til KOMBIT'
    if found is None and last and (gets := _GETS.match(sentence)) and \
            _pronoun_at(tokens, len(words(sentence[:gets.end()]))):
        return last  # 'Udbetaling Danmark skal have den retur senest ...'
    if found is None and last and _ACT_NOUN.match(sentence):
        return last  # 'Send godkendelsen til KOMBIT': the approval of the thing just approved
    if found is None and last and any(_COPY.fullmatch(t) for t in tokens[:5]):
        return last  # 'Send det ene eksemplar til leverandøren'
    if found is None and last and re.match(_SEND_ON, sentence, re.I):
        return last  # 'Indscan og send den til KOMBIT', 'Sendes til KOMBIT's postkasse'
    return found


def _act(sentence: str, found: list[Mention]) -> str | None:
    """A step that signs, approves or sends the document back signs it; one that receives it marks
    its arrival. 'orienteres om, at der vil komme en aftale til underskrift' does neither, nor does
    a condition ('Når aftalen er godkendt, ...')."""
    if not found:
        return None
    if _CONDITION.match(sentence):
        return _act_when(sentence, found)
    # a signing verb, not 'til underskrift' nor 'i underskrevet stand' (which say how it travels)
    signs = any(m.spans and m.spans[0] and not re.match(r"(?:til\s|i\s|underskrift|signatur)", m.spans[0],
                                                          re.I) for m in found)
    if _GET_SIGNED.match(sentence):
        return "sign"  # 'Få underskrift fra direktøren', 'Indhent godkendelse af chefen'
    if not signs and not _RECEIVE.match(sentence) and (_RECEIVED.search(sentence)
                                                       or _THEY_SEND.match(sentence)):
        return "receive"  # 'Aftalen modtages fra KOMBIT', 'KOMBIT sender aftalen (til kommunen)'
    if _RECEIVE.match(sentence) and not signs and re.search(r"\b(?:retur|tilbage)\b", sentence, re.I):
        return "return"  # 'Modtag kontrakten retur fra revisionen': it comes back signed
    if (verb := _RECEIVE.match(sentence)) and not signs:
        # 'Hent certifikatet, når bestillingen er godkendt' receives the certificate, not the order
        got = sentence[verb.end():verb.end() + clause_end(sentence[verb.end():], 0)]
        return "receive" if _first_document(got, last=None, subject=False) or not _first_noun_is_other(got) \
            else None
    if _KEEP.match(sentence) and not signs and not SEND.search(sentence):
        return None  # 'Gem en kopi af den underskrevne aftale i ESDH' comes after the signing
    # 'Giv aftalen til direktøren til underskrift' signs it; 'orienteres om, at der vil komme en aftale til
    # underskrift' (a clause that tells of it) does not
    if signs or (not _IF.search(sentence) and any(
            m.signing and m.spans and m.spans[0] and not re.match(r"i\s", m.spans[0], re.I) for m in found)):
        return "sign"  # 'Underskriv aftalen', 'Underskrift: X', 'Aftalen forsynes med X's underskrift'
    if _BACK.search(sentence) or (SEND.search(sentence) and any(m.signing for m in found)):
        return "return"  # 'Returnér blanketten i underskrevet stand', 'Send den underskrevne aftale til X'
    if _PUT.search(sentence) or re.match(r"(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?(?:send|vedhæft|videregiv"
                                        r"|videresend|forelæg|aflever|indsend|upload|mail|e-mail|fremsend"
                                        r"|indberet|overdrag|retursend|oversend|indlever)\w*\b"
                                        r"|(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?lever\b(?!\s+op\b)",
                                        sentence, re.I) or \
            re.match(_SEND_ON, sentence, re.I) or any(
                v.group(0).casefold().endswith("es") for v in SEND.finditer(sentence)):
        return "send"  # signs it only when a step before signed or received it
    return None


def _act_when(sentence: str, found: list[Mention]) -> str | None:
    """The act of a step said as a condition and a main clause ('Når X er modtaget, sendes den ...')."""
    main = sentence[sentence.find(",") + 1:].strip() if "," in sentence else ""
    # 'Når I har fået aftalen, læg (send) den til underskrift hos X': it comes in and is signed there;
    # 'Når aftalen er modtaget, sendes den til direktøren': it comes in there, and goes on to be signed
    condition = sentence[:sentence.find(",")]  # (without a comma: all but the last character)
    received = _RECEIVED.search(condition)
    if received and main and (then := _act(main, found)) in {"sign", "send"}:
        return "sign" if then == "sign" else "receive"
    if not re.match(_SEND_ON, main, re.I):
        # 'Når erklæringen er modtaget, læses den igennem': the step where it has arrived
        return "receive" if received else None
    # 'Når aftalen er underskrevet, sendes den til KOMBIT': it goes back signed here
    return "return" if _CUE.search(condition) else "send"


# 'KOMBIT fremsender aftalen', 'Leverandøren sender kontrakten': a step in which another party sends it in
_THEY_SEND = re.compile(r"(?:(?-i:[A-ZÆØÅ]{3,})\w*|(?-i:[A-ZÆØÅ])\w*styrelsen|Udbetaling\s+Danmark"
                        r"|leverandøren)\s+"
                        r"(?:sender|fremsender|udsender|tilsender|oversender|leverer)\s+"
                        r"(?!\w+\s+til\s+(?!kommunen|jer)\w)", re.I)


def _received_first(sentence: str) -> bool:
    """'Når I har fået aftalen fra KOMBIT, ...': a condition that says the paper has come in."""
    condition = _condition_clause(sentence)
    return condition is not None and bool(_RECEIVED.search(condition))


def _condition_clause(sentence: str) -> str | None:
    """The clause before the comma of a sentence that opens with a condition ('Når I har fået aftalen'
    of 'Når I har fået aftalen, læg den til underskrift hos X'); None for any other sentence."""
    return sentence[:sentence.find(",")] if _CONDITION.match(sentence) and "," in sentence else None


def _first_noun_is_other(text: str) -> bool:
    """'certifikatet fra NemLog-in': the object received is a thing (a definite noun), not the paper."""
    first = next((w.group(0) for w in words(text) if w.group(0).casefold() not in ARTICLES), "")
    return bool(re.fullmatch(r"[a-zæøå-]{3,}(?:en|et|ne|erne)", first)) and not _lemma(first, loose=True)


# 'Kontrollér, at aftalen står som “underskrevet” i portalen', 'Tjek, at planen er godkendt': a step that
# checks the paper's state after another step has it signed
CHECKS_STATE = re.compile(r"(?:kontroll[eé]r|tjek|check|verificér|verificer)\s*,?\s+at\s+[^,.;]{0,60}?"
                          r"\b(?:står\s+som|er|er\s+blevet|fremgår\s+som)\s+[“”\"'«]?"
                          r"(?:underskrevet|signeret|godkendt|vedtaget)\b", re.I)


def _signed_step(mentions: list[Mention], signer: str) -> int | None:
    """The step in which the document is signed: the last that signs it ('Underskriv aftalen', 'Få
    erklæringen underskrevet af X', 'Aftalen underskrives af X'); without one, the first that sends it
    back signed ('Returnér blanketten i underskrevet stand'), else the last that sends it on after a
    step that received it ('Modtag blanketten', then 'Send blanketten til KOMBIT'). A step that hands it
    to its signer ('Forelæg aftalen for direktøren') signs it."""
    signs = [m.step for m in mentions if m.step and (m.act in {"sign", "meeting"} or (
        m.handed_to and _names_signer(m.handed_to, signer)) or (
        m.act == "send" and m.recipient and m.recipient[0] < 2  # 'Send aftalen til byrådet' (its signer)
        and _names_signer(m.recipient[2], signer)))]
    # a step that only checks the paper is signed comes after the one that signs it
    checked = {m.step for m in mentions if m.checks}
    if set(signs) - checked:
        signs = [step for step in signs if step not in checked]
    if signs:
        return max(signs)
    if back := [m.step for m in mentions if m.step and m.act == "return"]:
        return min(back)
    first = min((m.step for m in mentions if m.step and m.act == "receive"), default=None)
    sends = [m.step for m in mentions if m.step and m.act == "send" and (first is None or m.step > first)]
    return max(sends, default=None)


def _names_signer(name: str, signer: str) -> bool:
    """'byrådet' for 'byrådet', 'udvalget' for 'Social- og Sundhedsudvalget': the party a step hands the
    paper to is its signer, named in full or by the head of its compound."""
    one, other = name.split()[-1], signer.split()[-1]
    if stems(one) & stems(other):
        return True
    short, full = key(one.casefold()), key(other.casefold())
    return len(short) >= 5 and len(full) > len(short) + 2 and full.endswith(short)


def _returned_step(mentions: list[Mention], signed: int | None, signer: str) -> int | None:
    """The step that sends the document on once signed ('Send den underskrevne aftale til KOMBIT', or
    the signing step itself: 'Underskriv og returnér aftalen'); None when no step does. A step that
    sends it to its signer ('Send planen til direktionen') sends it to be signed, not on."""
    if signed is None:
        return None
    steps = [m for m in mentions if m.step and m.step >= signed and m.returns
             and not (m.recipient and m.recipient[0] < 2  # sent to the signer, not back from it
                      and stems(m.recipient[2].split()[-1]) & stems(signer.split()[-1]))]
    # 'Send originalen til KOMBIT', then 'Send en kopi til økonomiafdelingen': the original is what returns
    originals = [m for m in steps if not (m.recipient and _to_a_copy(m.recipient[0]))]
    return max((m.step for m in originals or steps), default=None)


def _to_a_copy(rank: float) -> bool:
    """A recipient's rank says it gets a copy: _A_COPY adds an odd number of quarters, _SYSTEM an even one."""
    return round(rank * 4) % 2 == 1


def _sends_on(sentence: str) -> bool:
    """'Aftalen underskrives af X og sendes til KOMBIT', 'Underskriv og returnér blanketten': the step that
    signs also sends it on ('Send aftalen til underskrift hos X' sends it to be signed, not on)."""
    to_sign = re.search(r"\btil\s+(?:underskrift|underskrivning|signering|godkendelse)", sentence, re.I)
    back = re.search(r"\b(?:retur|tilbage)\b", sentence, re.I)
    return bool(back or (SEND.search(sentence) and not to_sign))
