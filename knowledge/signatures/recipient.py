"""Where a signed paper is sent: the recipient a sentence names and how surely it is one."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.language import (
    ARTICLES,
    PARTIES,
    POINTING_BACK,
    SEND,
    clause_start,
    document_lemma,
    lower_first,
    name_after,
    words,
)
from knowledge.roles import names_role
from knowledge.signatures.common import _ADVERBS, _IMPERATIVES, _lemma
from knowledge.signatures.cues import _CUE, _MADE_FOR, GIVEN
from knowledge.signatures.documents import _HOW_SIGNED
from knowledge.signatures.parties import _PLACE, _at_organisation, _is_us, _owner, _party, _party_name
from knowledge.signatures.signers import _MANNER, _subject

# 'give KOMBIT fuldmagt', 'afgive en fuldmagt til KOMBIT': who the power of attorney is given to (past an
# adverb: 'Kommunen giver derfor X fuldmagt')
_GIVEN_TO = re.compile(r"\b(?:(?:af)?(?:giver|give|giv|gives)|til(?:deler|dele|del))\s+"
                       r"(?:(?:derfor|dermed|hermed|også|samtidig|nu|så|endvidere|desuden)\s+)?"
                       r"(?:(?:en\s+)?(?:" + GIVEN + r")\w*\s+til\s+(?P<to>\S.*)"
                       r"|(?P<who>(?:[\w'’-]+\s+){1,3}?)(?:" + GIVEN + r")\w*\b)", re.I)
# 'i underskrevet stand være modtaget af KOMBIT': who receives, not who signs
# 'Aftalen skal foreligge hos KOMBIT', 'skal tilgå KOMBIT', 'være KOMBIT i hænde': where it must be
# ('Kontrakten skal være retur hos leverandøren', 'Det underskrevne eksemplar skal være hos KOMBIT')
_HELD_AT = r"\b(?:foreligge|foreligger|være|ligge|ligger)\s+(?:retur\s+|tilbage\s+|klar\s+)?hos\s+"
_BACK = re.compile(r"\b(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|retur|tilbage"
                   r"|underskrevet\s+stand"
                   r"|underskrevne|signerede?|signeret\s+stand)\b", re.I)
_NOT_A_PARTY = re.compile(r"^(?:underskrift|underskrivning|signering|godkendelse|orientering|gennemsyn|"
                          r"høring|brug|videre|behandling|opgaven|sagen|journalen|arkivet)\b", re.I)
# 'Læg sedlen i leverandørens kundeportal': a paper put where the other party gets it (not 'Læg aftalen
# på byrådets dagsorden' nor 'Læg regelsættet i Administrationsmodulet', which deliver nothing)
# ('De underskrevne vedtægter lægges på musikskolens hjemmeside' publishes them: no party gets them)
_PUT = re.compile(rf"\b(?:læg|lægges|placér|placer|placeres)\b.*?\s(?:i|på)\s+"
                  # 'i Dansk Hunderegisters dokumentboks': a party of two names owns the place
                  rf"(?P<place>(?:[A-ZÆØÅ][\w-]*\s+)?[\w-]+(?:'s|’s|s)\s+(?!\w*hjemmeside){_PLACE}\b|KLIK\b)",
                  re.I)
# 'uploades i KLIK', 'Indsend kvitteringen i Serviceplatformen': a system (capitalised) that receives it
_PUT_IN = re.compile(r"^(?:\s+(?!til\b)[\w'’-]+){0,4}?\s+(?:i|på)\s+(?=[A-ZÆØÅ])")
# 'Leverandøren skal have den underskrevne aftale', 'Leverandøren modtager bestillingen': who gets it
# ('Derefter skal KOMBIT have den': the same after an adverb, the party after the verb)
_GETS = re.compile(r"(?:(?:derefter|herefter|dernæst|så|endelig|til\s+sidst)\s+skal\s+"
                   r"(?P<late>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:have|modtage)"
                   # ('KOMBIT skal herefter modtage den': an adverb between the modal and its verb)
                   r"|(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:skal\s+(?:(?:herefter|derefter|dernæst|så|nu|også)\s+)?"
                   r"(?:have|modtage)|modtager|får))\s", re.I)
# 'Giv leverandøren den underskrevne aftale': the one given it comes between the verb and the paper
_GIVE_TO = re.compile(r"(?:send|giv|mail|aflever|returnér|returner|retursend)\s+"
                      r"((?:[\w-]+(?:'s|’s|s)\s+)?[A-ZÆØÅ][\w'’-]*|[\w-]+(?:'s|’s|ens|ets|s)\s+[a-zæøå-]{3,}"
                      r"|[a-zæøå-]{3,}(?:en|et))"
                      r"\s+(?=(?:den|det|de|en|et)\s)", re.I)
# 'Planen skal have direktionens godkendelse', 'Aftalen får borgmesterens underskrift': what the paper gets
# is an assent, its subject the paper itself, nobody it is sent to
_ASSENT_GOT = re.compile(r"(?:[\w'’-]+(?:'s|’s|s)\s+)?(?:politiske\s+)?" + _HOW_SIGNED +
                         r"(?:godkendelse|underskrift|signatur|accept|sign-?off|samtykke|tiltrædelse)\b",
                         re.I)
# '..., hvorefter KOMBIT skal have den retur': a clause of its own that says who gets it
_THEN = re.compile(r",\s*(?:hvorefter|og|så|derefter)\s+", re.I)
_CAME_FROM = re.compile(r"\b(?:modtag\w*|få|får|hent\w*|download\w*|sendes|sendt|send\w*|kommer|find)\b"
                        r"((?:\s+(?!fra\b)\S+){0,4}?)\s+fra\s+", re.I)
# 'Aftalen fremsendes af KOMBIT', 'tilsendes af leverandøren': a party that sends it (by name, or supplier)
_SENT_BY = re.compile(r"\b(?:sendes|fremsendes|udsendes|tilsendes)\s+(?:\w+\s+){0,2}?af\s+"
                      r"(?=(?-i:[A-ZÆØÅ])|leverandør)", re.I)


# a clause of purpose: 'så borgerne kan ...', 'således at ...', 'for at ...'
# ('så snart X sender aftalen', 'så længe ...' say when, not what for: X is still who sends it)
_PURPOSE = re.compile(r"\s*(?:så(?!\s+(?:snart|længe|vidt|tit|ofte)\b)|således|så\s+at|for\s+at)\s", re.I)
# a conjunction of time opening the sender's clause ('Så snart Legeparken A/S sender aftalen ...'): not a name
_WHEN_OPENS = re.compile(r"^\s*(?:så\s+snart|så\s+længe|når|hvis|efter\s+at|idet)\s+", re.I)
# One lower-case noun without an article or a definite ending ('drageflyvning', 'festivaler'): a purpose;
# a party is named ('KOMBIT') or definite ('leverandøren', 'borgerne', 'kommunens it-afdeling')
_BARE_NOUN = re.compile(r"(?![\w-]*(?:en|et|ne|n)$)[a-zæøå][a-zæøå-]{2,}")
# a word of use or approval right before 'til': what follows says what for ('godkendt til', 'bruges til')
_FOR_USE = re.compile(r"\b(?:godkend\w*|bruge[st]?|brugt|anvende[st]?|anvendt|beregnet|egnet|reserveret|"
                      r"udlagt|forbeholdt)\s+$", re.I)
# Where a sentence's next clause starts, one with its own verb: ' – ', ';', ', men '
_OTHER_CLAUSE = re.compile(r"\s[–-]\s|;|,\s*(?:men|mens)\s", re.I)


@lru_cache(maxsize=8192)
def _recipient(sentence: str) -> tuple[int, bool, str] | None:
    """Who gets the document: 'returneres til KOMBIT' and 'Send X til KOMBIT' (sent back to,
    rank 0) before 'fra KOMBIT' or 'KOMBIT sender X' (where it came from, rank 1) before
    'mellem jer og KOMBIT' (rank 2). The municipality itself is never the recipient."""
    found: list[tuple[int, bool, str]] = []
    for send in SEND.finditer(sentence):
        _by_sending(sentence, send, found)
    _came_from(sentence, found)
    _put_in_place(sentence, found)
    _got_by(sentence, found)
    _held_by(sentence, found)
    _via_or_given(sentence, found)
    _handed_on(sentence, found)
    return min(found, key=lambda r: (r[0], r[1])) if found else None


def _by_sending(sentence: str, send: re.Match[str], found: list[tuple[int, bool, str]]) -> None:
    """The party one verb of sending names: its subject sends it, who it goes 'til' receives it."""
    subject = sentence[clause_start(sentence, send.start()):send.start()]
    if re.search(r"\b(?:ikke|aldrig)\s+(?:\w+\s+)?$", subject, re.I):
        return  # '... - den skal ikke sendes til KOMBIT med mail': where it does not go
    passive = send.group(0).casefold().endswith(("es", "t"))  # 'sendes', 'sendt': nobody sends here
    # ('Fristen for returnering af aftalen er ...': a noun of sending has no subject that sends)
    noun = re.search(r"(?:ing|else)(?:en|er|erne)?$", send.group(0), re.I)
    # ('en godkendt plan, så borgerne kan aflevere tøj': a clause of purpose says what the paper is for; its
    # subject hands over something else)
    purpose = _PURPOSE.match(subject)
    sender = None if passive or noun or purpose or send.group(0).casefold() in _IMPERATIVES \
        else _subject(_WHEN_OPENS.sub("", subject))
    if sender and not _is_us(sender) and not _NOT_A_PARTY.match(sender):
        found.append((2, "@" in sender, sender))  # 'KOMBIT sender aftalen': where it came from, unless
        # it says to whom ('Direktøren underskriver og returnerer aftalen til KOMBIT')
    # '... – den skal ikke sendes til X': the clause after is another's
    tail = where = _OTHER_CLAUSE.split(sentence[send.end():], maxsplit=1)[0]
    if send.group(0).casefold().startswith("tilsend") and not re.match(r"\s+til\s", tail, re.I):
        tail = " til" + tail  # 'skal tilsendes Netcompany': the party is its object, no 'til' before it
    _to_party(sentence, tail, where, found)


def _to_party(sentence: str, tail: str, where: str, found: list[tuple[int, bool, str]]) -> None:
    """The party after 'til' or 'hos' in what follows a verb of sending, or else the system it is put in."""
    for til in re.finditer(r"\b(?:til|(?<!underskrift\s)(?<!godkendelse\s)hos)\s+", tail, re.I):
        rest = tail[til.end():]
        if _STATUS_TO.search(tail, 0, til.start()):
            continue  # '... og sæt status til "fuldført"': the value a status is set to, no party
        # ('et tillæg til kontrakten' is the paper it belongs to, no party it is sent to)
        if _NOT_A_PARTY.match(rest) or ((first := words(rest)) and document_lemma(first[0].group(0))):
            where = " " + rest  # "uploades som bilag til opgaven i KLIK": the system after it may say
            continue
        name = _at_organisation(_owner(name_after(rest)), rest)
        if name and _BARE_NOUN.fullmatch(name) and _FOR_USE.search(tail, 0, til.start()) and \
                not names_role(name) and name.casefold() not in PARTIES:
            continue  # 'arealer, der er godkendt til dragefestivaler': a bare noun says what for, no party
            # (only after a word of use: 'sendes til borgerservice' names a department)
        if name and name.casefold() == "os":
            name = "KOMBIT"  # the tasks are KOMBIT's: 'Send den retur til os'
        copy = bool(_COPY_TO.search(tail[:til.start()]))  # 'med kopi til X': X gets a copy, not it
        if name and not _is_us(name):
            # sent back (or sent on once signed) before merely sent: 'send dem til den juridiske
            # afdeling' is a step on the way, 'Returnér aftalen til KOMBIT' is where it ends
            back = _BACK.search(sentence) or _CUE.search(sentence)
            rank = (0 if back else 1) + _SYSTEM * bool(_MODULE.fullmatch(name)) + _A_COPY * copy
            found.append((rank, "@" in name, name))
        if copy:
            continue  # 'Send en kopi til KL og originalen til KOMBIT': where the original goes follows
        break
    else:
        if (put := _PUT_IN.match(where)) and (name := _owner(plain := name_after(where[put.end():]))) \
                and not _is_us(name):
            # 'Upload aftalen i KLIK' names the system it goes through: a party it goes to ('uploades
            # i KLIK til KOMBIT', 'Send den til KOMBIT') is the recipient before it
            rank = (0 if _BACK.search(sentence) else 1) + _SYSTEM * (name == plain)
            found.append((rank, "@" in name, name))


def _came_from(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """The party a paper comes from or is sent by: 'fra KOMBIT', 'fremsendes af KOMBIT'."""
    for m in _CAME_FROM.finditer(sentence):
        between = m.group(1) or ""
        if between.strip() and not any(document_lemma(w.group(0)) or w.group(0).casefold() in POINTING_BACK
                                       for w in words(between)) and \
                not re.fullmatch(r"\s+til\s+(?:kommunen|jer|os)", between, re.I):  # '... til kommunen fra X'
            continue  # 'hente data fra CPR': no document comes from there
        name = _owner(name_after(sentence[m.end():]), loose=True)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            found.append((2, "@" in name, name))
    for m in _SENT_BY.finditer(sentence):  # 'Aftalen fremsendes af KOMBIT': where it came from
        name = _owner(name_after(sentence[m.end():]), loose=True)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            found.append((2, "@" in name, name))


def _put_in_place(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """The party whose place a paper is put in: 'Læg aftalen i KOMBIT's postkasse'."""
    # 'Læg aftalen i KOMBIT's postkasse'; but 'accepteres i NemLog-in's administrationsportal' sends nothing
    put = SEND.search(sentence) or re.search(r"\b(?:læg|lægges|lagt|placér|placer)\w*\b", sentence, re.I)
    for m in re.finditer(rf"\b(?:i|til)\s+([\w-]+(?:'s|’s|s))\s+{_PLACE}\b", sentence if put else "", re.I):
        if not _is_us(name := _owner(m.group(1) + " postkasse")):  # 'Læg aftalen i KOMBIT's postkasse'
            found.append((0 if _BACK.search(sentence) else 1, False, name))
    if (m := _PUT.search(sentence)) and (name := _owner(plain := name_after(m["place"]))) and \
            not _is_us(name):
        found.append(((0 if _BACK.search(sentence) else 1) + _SYSTEM * (name == plain), False, name))


def _got_by(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """The party said to get the paper ('KOMBIT får originalen') or sent it ('Send KOMBIT aftalen')."""
    # 'KL modtager en kopi, og KOMBIT får originalen': each clause's party, who gets a copy after the other
    for gets in (_GETS.match(sentence),
                 (later := _THEN.search(sentence)) and _GETS.match(sentence, later.end())):
        if gets and (name := name_after(" ".join(w for w in (gets["who"] or gets["late"]).split()
                                                 if w.casefold() not in _ADVERBS | _MANNER))) and \
                not _is_us(name) and not document_lemma(name.split()[-1]) and \
                name.casefold() not in POINTING_BACK and not _ASSENT_GOT.match(sentence, gets.end()):
            name = name if re.search(r"\s[A-ZÆØÅ]", name) else lower_first(name)  # 'Udbetaling Danmark'
            copy = _A_COPY * bool(re.match(r"\s*(?:en\s+|kopien\b)?kopi", sentence[gets.end():], re.I))
            found.append(((0 if _BACK.search(sentence) else 1) + copy, "@" in name, name))
    if (m := _GIVE_TO.match(sentence)) and (name := name_after(m.group(1))) and not _is_us(name) \
            and not document_lemma(name.split()[-1]) and name.casefold() not in POINTING_BACK | ARTICLES:
        # 'Send KOMBIT den underskrevne aftale', 'Send leverandørens projektleder ...' (the party)
        found.append((0, False, _at_organisation(lower_first(name), "")))


def _held_by(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """The party that is to have the paper in hand, or that it is sent to first in the sentence."""
    for m in re.finditer(r"\b(?:være|er)\s+((?:\S+\s+){0,2}?\S+)\s+i\s+hænde\b"
                         r"|\b(?:modtaget|modtages)\s+af\s+(\S.*)"
                         r"|" + _HELD_AT + r"(\S.*)"  # 'være retur hos X', 'ligge klar hos X'
                         # 'Aftalen skal tilgå KOMBIT senest ...'; 'så X kan tilgå testmiljøet' is access
                         r"|(?<!kan\s)(?<!kunne\s)\btilgå(?:r)?\s+(\S.*)"
                         # 'accepten registreres (automatisk) hos KOMBIT': the party that records it has it
                         r"|\bregistre(?:res|ret)\s+(?:\w+\s+)?hos\s+(\S.*)",
                         sentence, re.I):  # 'være KOMBIT i hænde', 'være modtaget af/foreligge hos KOMBIT'
        if (name := name_after(next((g for g in m.groups() if g), ""))) and \
                not _is_us(name) and \
                not document_lemma(name.split()[-1]):
            found.append((0, "@" in name, name))
    if (m := _TO_FIRST.match(sentence)) and SEND.search(sentence, m.end()) and \
            (name := _owner(name_after(m["who"]))) and not _is_us(name) and \
            not document_lemma(name.split()[-1]):
        found.append((0 if _BACK.search(sentence) else 1, "@" in name, name))


def _via_or_given(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """A system a paper is deposited via, who a power of attorney is given to, who fetches it from a place."""
    # 'Indsend erklæringen via KLIK': a system a paper is deposited in ('Aftalen returneres via Digital Post'
    # names only the way it goes, not who gets it)
    for m in _VIA.finditer(sentence if _DEPOSIT.search(sentence) else ""):
        if (name := name_after(m["where"])) and re.match(r"\s+[a-zæøå]", sentence[m.end():]):
            name = _party(name)  # 'via Serviceplatformens selvbetjening': the system that owns the place
        if name and not _is_us(name):
            found.append((2 + _SYSTEM, False, name))  # a way it goes, after a party it goes to or came from
    if (m := _GIVEN_TO.search(sentence)) and (name := _party_name(m["who"] or m["to"])) and not _is_us(name) \
            and name.casefold() not in POINTING_BACK:
        found.append((1, False, name))  # 'give KOMBIT fuldmagt': who the power of attorney is given to
    if (m := _FETCHED_BY.search(sentence)) and (name := _party_name(m["who"])) and not _is_us(name) \
            and name[:1].isupper():
        found.append((0, False, name))  # 'i KLIK, hvor KOMBIT henter den': where it ends, past the system


def _handed_on(sentence: str, found: list[tuple[int, bool, str]]) -> None:
    """A party a paper is sent on to, made for, shared with ('mellem jer og X') or addressed to."""
    for m in _ON_TO.finditer(sentence):
        # 'Videresend aftalen til direktøren' hands it on inside the municipality; a paper sent on to
        # another party ('videresendes aftalen til KOMBIT's servicedesk', 'Videresend den til Kombit') is
        # sent there ('eFaktura videresendes til KP' sends no paper)
        if not any(_lemma(w.group(0), loose=True) or w.group(0).casefold() in POINTING_BACK
                   for w in words(m["what"])):
            continue
        name = _at_organisation(_owner(name_after(m["to"])), m["to"])
        if name and not _is_us(name) and (name[:1].isupper() or name.casefold() in PARTIES):
            found.append((0 if _BACK.search(sentence) else 1, "@" in name, name))
    if (m := _MADE_FOR.search(sentence)) and (name := _party_name(m["to"])) and not _is_us(name) \
            and (name[:1].isupper() or names_role(name)) and name.casefold() not in POINTING_BACK:
        found.append((1, False, _at_organisation(name, m["to"])))  # 'oprette en fuldmagt til KOMBIT'
    if m := re.search(r"\bmellem\s+(?:jer|os|kommunen)\s+og\s+", sentence, re.I):
        if name := _party_name(sentence[m.end():]):
            found.append((3, False, name))
    # 'Erklæringen til Udbetaling Danmark underskrives af X': the paper is addressed to a party
    # ('Tilslutningsaftalen til Digital Post sendes til kommunen' names what it is for: it comes to us)
    if (m := _ADDRESSED.match(sentence)) and _lemma(m["doc"]) and (name := _party_name(m["to"])) and \
            not _is_us(name) and not document_lemma(name.split()[-1]) and \
            not re.match(r"\w+es\s+til\s+(?:kommunen|jer|dig|os)\b", sentence[m.end():], re.I):
        found.append((1, False, name))


# 'Aftalen lægges i KLIK, hvor KOMBIT henter den': the party that fetches it from the place gets it
_FETCHED_BY = re.compile(r",\s*(?:hvor|hvorfra|og)\s+(?P<who>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?)\s+"
                         r"(?:henter|afhenter|modtager|tager\s+imod)\s+(?:den|det|dem|[\w-]+(?:en|et|ne))\b")
_ON_TO = re.compile(r"\bvideresend\w*\b(?P<what>(?:\s+(?!til\b)[\w'’-]+){1,4}?)\s+til\s+(?P<to>\S.*)", re.I)
# 'sæt status til', 'opdater udførelsesstatus til', 'ændre status på opgaven til': what comes after is a state
_STATUS_TO = re.compile(r"status(?:en)?(?:\s+(?:på|for)\s+(?:\w+\s+){1,2}?)?\s*$", re.I)
_SYSTEM = 0.5  # how much later than a party a system it is put in ranks as the recipient
# how much later than a party the original goes to one that gets a copy ranks ('kopi til X'); an odd number
# of quarters, so _to_a_copy tells it from _SYSTEM's
_A_COPY = 0.75
_COPY_TO = re.compile(r"\bkopi(?:en|er)?\s+(?:af\s+(?:\w+\s+){1,3}?)?$", re.I)  # '(med/en) kopi (af X) til'
# 'Upload aftalen til administrationsmodulet': a part of a system, which ranks after the party that owns it
# ('uploades til Serviceplatformens administrationsmodul' -> 'Serviceplatformen')
_MODULE = re.compile(r"[a-zæøå-]*(?:modul|portal|system|løsning)(?:et|en)?", re.I)
_TO_FIRST = re.compile(r"(?:til|hos)\s+(?P<who>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?|[\w-]+(?:en|et))\s+"
                       r"(?:skal|må|bør|sendes|indsendes|fremsendes|returneres|afleveres|uploades)\b", re.I)
_DEPOSIT = re.compile(r"\b(?:indsend|upload|indberet|indlæs|registrer|registrér)\w*", re.I)
_VIA = re.compile(r"\bvia\s+(?P<where>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?)")


_ADDRESSED = re.compile(r"(?:den\s+|det\s+)?(?P<doc>[\w-]+)\s+til\s+(?P<to>(?:[A-ZÆØÅ][\w'’-]*\s+){1,3})"
                        r"(?=skal|må|bør|\w{3,}es\b)")
