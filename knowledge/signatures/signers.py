"""Who signs: the signer a cue names, the subject of a sentence and the role a name holds."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.approvals import inverted_subject, stems
from knowledge.language import (
    AREA_LIST,
    ARTICLES,
    IN_BODY,
    POINTING_BACK,
    ROLE_ENDINGS,
    ROLE_IN_AREA,
    STOP_WORDS,
    US,
    clause_end,
    clause_start,
    document_lemma,
    lower_first,
    name_after,
    starts_with_names,
)
from knowledge.signatures.common import _ADVERBS, _AUX, _lemma
from knowledge.signatures.cues import _CUE
from knowledge.signatures.documents import _LABEL, _WHOSE
from knowledge.signatures.parties import _is_us
from knowledge.signer_shapes import who_signs_first

_MANNER = {"automatisk", "direkte", "elektronisk", "digitalt", "herefter", "dermed", "således"}
_RECEIVED_BY = re.compile(r"\b(?:modtaget|modtages|sendt|indsendt|afleveret|uploadet|returneret|fremsendt"
                          r"|være\s+\S+\s+i\s+hænde)\s+af$", re.I)
# ('Aftalen forelægges byrådet, der skal godkende den')
# ('Aftalen fremlægges for kommunalbestyrelsen, som skal godkende den': laid before it)
_WHO_THEN = re.compile(r"\b(?:(?:forelægges|fremlægges|forelægge|fremlægge)(?:\s+for)?|til|hos|af|for)"
                       r"\s+([^,]+),"
                       r"\s*(?:som|der)\s+(?:skal\s+|vil\s+|kan\s+)?$", re.I)


def _labelled(name: str | None) -> str | None:
    """The name after a label, which starts with a capital as a line does: a role ('Borgmesteren',
    'Kommunaldirektøren') is written in lower case, a proper name ('Hanne Lund', 'KOMBIT') as it is."""
    if not name:
        return None
    first = name.split()[0]
    role = any(stem.endswith(ROLE_ENDINGS) for stem in stems(first.casefold()))
    return _role(name, initial=role)


_BY_LABEL = re.compile(r"\s+af\s*:\s*(?=\w)", re.I)  # 'Underskrives af: borgmesteren'
_SIGNER_WORD = re.compile(r"\bunderskriftsberettige\w*(?:\s*\([^)]*\))?", re.I)
_WHO_GETS = re.compile(r"((?:(?!,)[\w/-]+\s+){0,3}?[\w/-]+),?\s+som\s+(?:vil\s+|skal\s+)?"
                       r"(?:få|får|modtager)\b", re.I)


# 'Det gøres af X', 'Dette varetages af X': a sentence that only says who does what the one before demands
_DONE_IT = re.compile(r"^(?:det|dette)\s+(?:skal\s+|vil\s+)?(?:gøres|sker|foretages|varetages|udføres)\s+"
                      r"(?:af|ved)\s+", re.I)


# 'Det er X, der har underskriftskompetencen', 'X har prokura': the power to sign names who signs
_HOLDS_POWER = re.compile(r"^(?:det\s+er\s+)?(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?:,\s*)?"
                          r"(?:der\s+|som\s+)?har\s+"
                          r"(?:underskriftskompetencen|underskriftsretten|tegningsretten|prokura)\b", re.I)


def _done_it_by(sentence: str) -> str | None:
    """Who a 'Det gøres af X' (or 'Det er X, der har underskriftskompetencen') sentence names (X), or None
    for any other sentence."""
    if m := _DONE_IT.match(sentence):
        return _role(_before_verb(name_after(sentence[m.end():])), initial=False)
    if (m := _HOLDS_POWER.match(sentence)) and \
            (who := _role(name_after(m["who"]), initial=m.start("who") == 0)) and \
            not _is_us(who):
        return who
    return None


# Who signs said in a sentence of its own, with the signer last: 'Det er X, der godkender den' (a cleft),
# 'Den, der underskriver, er X', 'Underskriver er X', 'Underskriveren er X' say 'X underskriver (den)'.
_CLEFT = re.compile(r"^det\s+(?:er|bliver)\s+(?P<who>[\w'’/-]+(?:\s+(?!der\b|som\b)[\w'’/-]+){0,5}?)"
                    r"\s*,?\s*(?:der|som)\s+"
                    r"(?P<rest>(?:skal\s+|må\s+|bør\s+)?\w.*)$", re.I)
_WHO_IS = re.compile(r"^(?:den|personen|den\s+person),?\s+(?:der|som)\s+(?:skal\s+)?"
                     r"(?P<verb>underskriver|underskrive|skriver\s+under|skrive\s+under|signerer|signere|godkender|godkende)(?P<obj>(?:\s+\w+){0,3}?)"
                     r",?\s+er\s+(?P<who>\S.*)$"
                     r"|^(?:(?:kommunens|jeres|vores)\s+)?"  # 'Kommunens underskriver er X'
                     r"(?P<noun>underskriver(?:en)?|godkender(?:en)?|underskriftsgiver(?:en)?|underskrivende\s+part)"
                     r"(?:\s+(?:for|på\s+vegne\s+af)\s+kommunen)?\s+(?:er|bliver)\s+"
                     r"(?P<who2>\S.*)$", re.I)
# 'X er den, der underskriver aftalen', 'X har ansvaret for at underskrive aftalen', 'X står for at signere
# den': who signs, said as the one who does it or whose duty it is
_DUTY_TO_SIGN = re.compile(r"^(?P<who>[\w'’/-]+(?:\s+(?!er\b|har\b|står\b|sørger\b)[\w'’/-]+){0,5}?)\s+"
                           r"(?:er\s+(?:den|personen),?\s+(?:der|som)\s+(?:skal\s+)?"
                           r"|(?:er\s+ansvarlig|har\s+ansvaret|står|sørger)\s+for\s+at\s+)"
                           r"(?P<verb>underskriver|underskrive|skriver\s+under|skrive\s+under|signerer|signere"
                           r"|godkender|godkende)\b(?P<rest>.*)$", re.I)
# 'Det er KOMBIT, der skal have bemyndigelsen': who gets it, said as a cleft
_HAS = re.compile(r"(?:skal\s+)?(?:have|modtage|modtager|får)\s", re.I)
_AS_VERB = {"underskrive": "underskriver", "skrive under": "skriver under", "signere": "signerer",
            "godkende": "godkender"}


# 'X skal skrive aftalen under', 'Skriv den under': the paper between the verb and its particle
_OBJECT_BETWEEN = re.compile(r"\b(skriver|skrive|skriv)\s+(?!(?:også|derefter|herefter|så|først|selv|ikke"
                             r"|gerne|straks|digitalt|elektronisk|fysisk)\b)"
                             r"((?:den|det|dem)|(?:(?:den|det|de)\s+)?[\w-]+)\s+under\b(?!\s+på\b)", re.I)


# 'Aftalen underskrives på vegne af kommunen af X', 'X underskriver på kommunens vegne': for whom, not who
_ON_BEHALF = re.compile(r",?\s+(?:på\s+vegne\s+af\s+kommunen|på\s+kommunens\s+vegne|for\s+kommunen)"
                        r"(?=\s+af\s|[\s,.])", re.I)


def _maker(sentence: str, at: int) -> str | None:
    """Who makes the power of attorney whose making starts at `at`: the role before 'opretter' ('Kommunens
    NemLog-in-administrator opretter derfor en fuldmagt til KOMBIT'); None for an imperative, a passive
    or the municipality."""
    who = _subject(sentence[clause_start(sentence, at):at])
    return who if who and who.casefold() not in US else None


@lru_cache(maxsize=8192)
def uncleft(sentence: str) -> str:
    """'Det er X, der godkender den' -> 'X godkender den'; 'Den, der underskriver, er X' and
    'Underskriver er X' -> 'X underskriver'; 'X skal skrive aftalen under' -> 'X skal skrive under på
    aftalen'."""
    sentence = _OBJECT_BETWEEN.sub(r"\1 under på \2", sentence)
    sentence = who_signs_first(_ON_BEHALF.sub("", sentence))  # 'Det påhviler X at underskrive den'
    if (m := _DUTY_TO_SIGN.match(sentence)) and m["who"].split()[0].casefold() not in POINTING_BACK:
        verb = " ".join(m["verb"].split()).casefold()
        return f"{m['who']} {_AS_VERB.get(verb, verb)}{m['rest']}"
    if not re.match(r"(?:det\s+er|det\s+bliver|den|personen|underskriv|godkender|underskriftsgiver"
                    r"|kommunens|jeres|vores)",
                    sentence, re.I):
        return sentence
    if (m := _CLEFT.match(sentence)) and (_CUE.search(m["rest"]) or _HAS.match(m["rest"])):
        return f"{m['who'].strip()} {m['rest']}"
    if m := _WHO_IS.match(sentence):
        if m["noun"]:
            verb = "godkender" if m["noun"].casefold().startswith("godk") else "underskriver"
            return f"{m['who2'].rstrip(' .')} {verb}."
        verb = " ".join(m["verb"].split()).casefold()
        return f"{m['who'].rstrip(' .')} {_AS_VERB.get(verb, verb)}{m['obj']}."
    return sentence


# 'Underskriv aftalen (pensionschefen)', 'Skriv under (borgmester og kommunaldirektør)': an imperative
# says who does it in brackets; a role there is a definite noun or ends like one.
_BRACKET = re.compile(r"\(\s*(?:fx\.?\s+|typisk\s+|f\.eks\.\s+)?([^()]{3,60}?)\s*\)")
# 'Underskrivning af aftalen (udføres af X)', 'Underskriv aftalen – ansvarlig: X': the step's executor
# labelled as such, in brackets or after a dash at the step's end, is who does it
_EXECUTOR = re.compile(r"(?:\(\s*|\s[–—-]\s*)(?:(?:udføres|varetages|foretages|gøres)\s+af|"
                       r"(?:ansvarlig|ansvar|udfører|udførende)\s*:)\s*([^():]{3,60}?)\s*\)?[\s.]*$", re.I)


def _bracket_role(sentence: str) -> str | None:
    if (m := _TYPICALLY.search(sentence)) and (name := name_after(m.group(1), both=True)):
        return name
    # a labelled executor names who does the step however it is worded ('Fuldmagten underskrives (udfører:
    # X)'); a bare bracket only after an imperative ('Underskriv aftalen (X)'), where it cannot be an aside
    labelled = _EXECUTOR.search(sentence)
    m = labelled or _BRACKET.search(sentence)
    if not m or not (_CUE.search(sentence) if labelled else _CUE.match(sentence.lstrip())):
        return None
    name = name_after(m.group(1), both=True)
    if not name or name != " ".join(m.group(1).split()) or any(c.isdigit() for c in name):
        return None
    last = name.split()[-1].casefold()
    if document_lemma(last) or last in US or not (last.endswith(ROLE_ENDINGS) or last.endswith(("en", "ne"))):
        return None
    return name


def _signer(sentence: str, cue: re.Match[str]) -> str | None:
    """Who signs: the agent the sentence names; else the word for 'the authorised signatory'
    ('udpeg underskriftsberettigede (systemansvarlig for ...)'), which names the role to find."""
    who = _named_signer(sentence, cue)
    said = cue.group(0).casefold()
    prefix = next((body for part, body in _BODY_PREFIX.items() if said.startswith(part)), None)
    if prefix and (who is None or who.casefold() in US):
        return prefix  # 'Planen skal ledelsesgodkendes': the prefix names who approves
    if (m := _SIGNER_WORD.search(sentence)) and (who is None or _SIGNER_WORD.fullmatch(who.split()[-1])):
        return m.group(0)  # 'Kommunens underskriftsberettigede skal', not '... underskriftsberettiget leder'
    return who


# 'ledelsesgodkendes', 'direktionsgodkendt': a verb whose first part is the body that signs
_BODY_PREFIX = {"ledelses": "ledelsen", "direktions": "direktionen"}
# 'godkendes på direktionsniveau', 'på ledelsesniveau', 'på udvalgsniveau', 'på direktørniveau'
_AT_LEVEL = re.compile(r"\s+på\s+([\w-]+?)-?niveau(?:et)?\b", re.I)
_LEVEL_BODY = {**_BODY_PREFIX, "udvalgs": "udvalget", "byråds": "byrådet", "styregruppe": "styregruppen",
               "bestyrelses": "bestyrelsen", "kommunalbestyrelses": "kommunalbestyrelsen"}


def _level_body(word: str) -> str | None:
    """'direktions' -> 'direktionen'; a role ('direktør', 'chef') stays as it is written."""
    low = word.casefold()
    if low in _LEVEL_BODY:
        return _LEVEL_BODY[low]
    return low if low.endswith(ROLE_ENDINGS) else None


# 'Bed kommunens tegningsberettigede om at godkende fuldmagten', 'Få direktøren til at underskrive':
# the one asked to sign is named between the request verb and 'om at'/'til at'.
_ASKED = re.compile(r"\b(?:bed|beder|anmod|anmoder|få|får)\s+(?P<who>(?:(?!om\b|til\b)[\w'’/-]+\s+){1,6}?)"
                    r"(?:om|til)\s+at\s+$", re.I)


def _named_signer(sentence: str, cue: re.Match[str]) -> str | None:
    """Who a cue says signs: a label, a genitive, 'af X', 'til X til underskrift' or the verb's subject."""
    kind = cue.lastgroup
    left = sentence[clause_start(sentence, cue.start()):cue.start()]
    if kind in {"passive", "approved"} and (m := re.search(r"\b(?:have|har|havde|haft)\s+$", left, re.I)):
        return _subject(left[:m.start()])  # 'Inden go-live skal kommunaldirektøren have underskrevet X'
    if kind in {"active", "approve"} and (m := _ASKED.search(sentence[:cue.start()])):
        return _role(name_after(m.group("who")), initial=False)
    right = sentence[cue.end():]
    listed = (by := re.match(r"\s+af\s+", right, re.I)) and (starts_with_names(right[by.end():])
                                                              or ROLE_IN_AREA.match(right, by.end()))
    right = right[:clause_end(right, 0)] if not re.match(r"\s+af\s+(?:både|enten)\b", right, re.I) \
        and not listed else right  # 'af X og Y', 'af X, Y og Z': every name, past the comma
    if kind == "noun" and (m := _LABEL.match(sentence, cue.end())):
        return _role(name_after(sentence[m.end():]), initial=False)  # 'Underskrift: kommunaldirektøren'
    if kind == "active" and not re.search(r"\w", sentence[:cue.start()]) and \
            (m := _LABEL.match(sentence, cue.end())):
        return _labelled(name_after(sentence[m.end():]))  # 'Underskriver: kommunaldirektøren'
    if kind in {"passive", "approved"} and (m := _BY_LABEL.match(sentence, cue.end())):
        return _labelled(name_after(sentence[m.end():]))  # 'Underskrives af: borgmesteren'
    before = sentence[:cue.start()]
    if kind == "noun" and (m := _DONE_BY.match(right)):
        # 'Kommunens underskrift foretages af X', 'Underskrivelsen varetages af X': the doer, not the owner
        return _role(_before_verb(name_after(right[m.end():])), initial=False)
    if kind == "noun" and (m := _TAKES_CARE.search(before)):
        return _subject(before[clause_start(before, m.start()):m.start()])  # 'X står for underskriften'
    if kind == "noun" and (m := _WHOSE.search(before)) and not _lemma(m.group(1).split()[-1]):
        # 'direktørens underskrift'; 'Kommunaldirektørens underskrift skal ...' loses the sentence's capital
        return _role(m.group(1), initial=not before[:m.start()].strip())
    if kind == "for" and (m := _PRESENTED.search(before)) and \
            (who := _role(name_after(m.group(1)), initial=False)):
        return who  # 'Aftalen skal forelægges byrådet til godkendelse'
    if kind == "for" and (m := re.search(r"\b(?:til|hos)\s+((?:\S+\s+){1,6}?)$", before, re.I)
                          or re.search(r"\b(?:til|for|hos)\s+((?:\S+\s+){1,4}?)$", before, re.I)):
        if who := _role(name_after(m.group(1)), initial=False):
            return who  # 'Giv aftalen til direktøren (for Sundhed og Omsorg) til underskrift'
    if kind == "noun" and (m := re.search(r"\b(?:sætter|sætte|sæt|giver|give)\s+(?:sin|sit|deres|en)\s+$",
                                          before, re.I)):
        return _subject(before[clause_start(before, m.start()):m.start()])  # 'X sætter sin underskrift på'
    if kind in {"active", "approve"} and re.search(r"\b(?:til|med|for)\s+at\s+$", before, re.I) and \
            (m := _LIES_WITH.search(right)):
        return _role(name_after(right[m.end():]), initial=False)  # 'Kompetencen til at underskrive ... hos X'
    if kind in {"active", "approve"} and (m := _WHO_THEN.search(before)):
        return _role(name_after(m.group(1)), initial=False)  # 'Send den til direktøren, som underskriver den'
    if kind in {"passive", "approved", "state", "for", "noun"}:
        return _signer_after(sentence, cue, kind, right, before)
    if kind in {"active", "approve"}:
        return _active_signer(sentence, cue, right)
    return None


def _signer_after(sentence: str, cue: re.Match[str], kind: str, right: str, before: str) -> str | None:
    """The signer a passive, participle or noun of signing names after it: 'af X', 'hos X', 'i udvalget'."""
    # 'underskrift fra direktøren', 'underskrift og stempel fra lønkontoret'
    if kind == "noun" and (m := re.match(r"\s+(?:(?:og|samt)\s+[\w-]+\s+)?fra\s+", right, re.I)):
        return _role(name_after(right[m.end():]), initial=False)
    right = _WHEN_DUE.sub("", right, count=1)  # 'godkendes senest 10 dage før go-live af X': X signs
    right = _AT_MEETING_IN.sub(r"\1", right, count=1)  # 'godkendes på et møde i økonomiudvalget'
    right = _MANNER_FIRST.sub("", right, count=1)  # 'godkendes politisk i økonomiudvalget'
    if (m := re.match(r"((?:\s+(?!af\b)[\w@/.'’-]+){0,6}?)\s+af\s+", right, re.I)) and \
            not _RECEIVED_BY.search(m.group(1) + " af"):
        rest = right[m.end():]
        # 'af både X og Y', 'skal både underskrives af X og af Y'
        both = bool(re.match(r"(?:både|enten)\b", rest, re.I) or re.search(r"\bbåde\s+$", before, re.I))
        # 'af kommunen ved (underskrift af) kommunaldirektøren': who signs for it
        if by := re.match(r"kommunen\s+(?:ved|v/)\s+(?:(?:underskrift|signatur)\w*\s+(?:af|fra)\s+)?",
                          rest, re.I):
            rest = rest[by.end():]
        return _role(_before_verb(name_after(rest, both=both)), initial=False)
    # ('lægges frem til underskrift for X': before whom the paper is laid)
    if m := re.match(r"\s+(?:hos|ved|for)\s+" if kind == "for" else r"\s+(?:hos|ved)\s+", right, re.I):
        who = _role(_before_verb(name_after(right[m.end():])), initial=False)
        # 'ved direktøren' names who; 'ved første login' names when
        if who and (m.group(0).strip().casefold() == "hos" or who[:1].isupper()
                    or any(stem.endswith(ROLE_ENDINGS) for stem in stems(who.split()[-1]))):
            return who
        return None
    if (m := _AT_LEVEL.match(right)) and (who := _level_body(m.group(1))):
        return who  # 'godkendes på direktionsniveau': the level names the body
    if m := IN_BODY.match(right):
        # 'godkendes i økonomiudvalget'; 'Efter godkendelse i Økonomiudvalget sendes ...' (the verb next)
        return _role(_before_verb(name_after(right[m.end():])), initial=False)
    if m := _WHO_GETS.search(sentence[:cue.start()]):
        tokens = m.group(1).split()
        cut = max((i + 1 for i, t in enumerate(tokens) if t.casefold() in ARTICLES | _AUX), default=0)
        return _role(name_after(" ".join(tokens[cut:])))
    return None


def _active_signer(sentence: str, cue: re.Match[str], right: str) -> str | None:
    """The signer of an active verb: its subject, 'som tegningsberettiget', or the subject after the verb."""
    if who := _subject(sentence[_subject_start(sentence, cue.start()):cue.start()]):
        return who
    if (m := _AS_ROLE.search(right)) and m.group(1).casefold().endswith(ROLE_ENDINGS + ("berettiget",)):
        return _role(m.group(1))  # 'Accepter aftalen som tegningsberettiget'
    inverted = inverted_subject(sentence, cue)  # 'Derefter underskriver direktøren aftalen'
    return _role(name_after(inverted[0])) if inverted else None


# how it is approved, between the verb and the body or place ('godkendes politisk i økonomiudvalget',
# 'vedtages formelt i byrådet')
_MANNER_FIRST = re.compile(r"^\s+(?:politisk|formelt|endeligt|endelig|administrativt|skriftligt)"
                           r"(?=\s+(?:i|af|hos|ved)\s)", re.I)
# the meeting where the body approves it: 'godkendes (endeligt) på et (ordinært) møde i økonomiudvalget'
_AT_MEETING_IN = re.compile(r"^(\s+(?:politisk|formelt|endeligt|endelig))?"
                            r"\s+på\s+(?:et|sit|det|næste|førstkommende)"
                            r"(?:\s+[\w-]+)?\s+møde(?=\s+i\s)", re.I)
# a deadline between a passive and its agent: 'godkendes i NemLog-in senest 10 dage før go-live af X'
_WHEN_DUE = re.compile(r"\s+(?:senest|inden(?:\s+for)?)\s+\d{1,3}\s+[\w-]+\s+(?:før|efter)\s+[\w-]+"
                       r"(?=\s+af\s)", re.I)


def _subject_start(sentence: str, at: int) -> int:
    """Where the clause with the subject of the verb at `at` starts, past a comma in an area's name
    ('Direktøren for Børn, Unge og Familie underskriver')."""
    start = clause_start(sentence, at)
    for m in AREA_LIST.finditer(sentence, 0, at):
        if m.start() < start < m.end():
            return clause_start(sentence, m.start())
    return start


# 'Underskriften foretages af X', 'Kommunens underskrift varetages af X', 'Signaturen afgives af X'
_DONE_BY = re.compile(r"\s+(?:skal\s+|vil\s+)?(?:foretages|varetages|udføres|afgives|sker|ske)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:af|ved)\s+", re.I)
# 'Pensionschefen står for underskriften', 'X varetager signeringen', 'X tager sig af underskriften'
_TAKES_CARE = re.compile(r"\b(?:står|stå|varetager|varetage|tager\s+sig\s+af|tage\s+sig\s+af)\s+(?:for\s+)?"
                         r"(?:den\s+)?$", re.I)
# 'af kommunen (typisk kommunaldirektøren)': the bracket says who signs for the municipality
# ('af kommunen (ved kommunaldirektøren)', 'kommunen (v/ borgmesteren)': who acts for it)
_TYPICALLY = re.compile(r"\bkommunen\s*\(\s*(?:(?:typisk|fx\.?|f\.eks\.|dvs\.|normalt|som\s+regel|ved"
                        r"|repræsenteret\s+ved)\s+|v/\s*)([^()]{3,60})\)", re.I)
# 'Aftalen skal forelægges byrådet (til godkendelse)': the body presented to comes right after the verb
_PRESENTED = re.compile(r"\b(?:forelægges|fremlægges|forelægge|forelæg|fremlæg)\s+"
                        r"((?:(?!for\b|til\b)\S+\s+){1,3}?)$", re.I)
# 'Kompetencen til at underskrive aftalen ligger hos X', 'Ansvaret for at signere den er placeret hos X'
_LIES_WITH = re.compile(r"\s(?:ligger|er\s+placeret|hviler)\s+hos\s+", re.I)
_AS_ROLE = re.compile(r"\bsom\s+(?:kommunens\s+)?([\w-]+)\s*$", re.I)


_BOTH = {"begge", "alle", "hver", "sammen"}  # 'X og Y skal begge underskrive'


def _subject(left: str) -> str | None:
    """'Kommunaldirektøren skal' -> 'kommunaldirektøren'; 'Husk at' and 'I skal' name nobody."""
    tokens = [t for t in left.split() if t.casefold() != "e-"]  # 'Direktøren e-signerer'
    if len(tokens) == 2 and tokens[-1].casefold() in {"og", "eller"} and left[:1].isupper():
        return None  # 'Print og underskriv aftalen': two imperatives, nobody named
    coordinated = len(tokens) > 2 and tokens[-1].casefold() in {"og", "eller"}
    if coordinated:
        tokens = _before_first_verb(tokens[:-1])  # 'Administratoren logger på portalen og tiltræder'
    # 'Kommunaldirektøren bedes underskrive', 'X skal digitalt signere': the subject before the modal
    modal = [i for i, t in enumerate(tokens) if t.casefold() in {"skal", "må", "bør", "vil", "kan", "bedes"}]
    after = [t for t in tokens[modal[-1] + 1:] if t.casefold() not in _AUX | _ADVERBS | _MANNER | _BOTH] \
        if modal else []
    if after and coordinated and modal[0] <= 3 and tokens[0].casefold() not in STOP_WORDS | _ADVERBS:
        tokens = tokens[:modal[0]]  # 'Direktionen skal tage stilling til og godkende X': the first verb's
    elif after and modal[-1] >= 0:
        # 'I forbindelse med X skal jobcenterchefen', '(Hvis ..., ) skal direktøren': subject after the verb
        tokens = after
        if coordinated and len(tokens) > 1 and re.fullmatch(r"[a-zæøå]+e", tokens[-1]):
            tokens = tokens[:-1]  # '... skal jobcenterchefen læse og underskrive': the first infinitive
    while tokens and tokens[-1].casefold() in (_AUX - {"at"}) | _MANNER | _BOTH:
        tokens.pop()
    # 'Aftalen indgås ved at kommunaldirektøren underskriver den': the subject follows the last 'at'
    if (cut := max((i for i, t in enumerate(tokens[:-1]) if t.casefold() in {"at", "som"}), default=-1)) > 0:
        tokens = tokens[cut + 1:]
    let = bool(tokens) and tokens[0].casefold() in {"lad", "bed"}
    while tokens and tokens[0].casefold() in {"desuden", "derefter", "herefter", "så", "dernæst", "som", "at",
                                              "der", "hvis", "når", "lad", "bed"}:
        tokens.pop(0)
    if let and coordinated and len(tokens) > 1 and re.fullmatch(r"[a-zæøå]+e", tokens[-1]):
        tokens = tokens[:-1]  # 'Lad kontaktpersonen udfylde og underskrive bilaget': the first infinitive
    if _each_of_a_role(tokens):
        return lower_first(" ".join(tokens))  # 'Hver tilsynskonsulent skal skrive under': each of them
    said = " ".join(tokens)
    long = len(tokens) > 5 and not AREA_LIST.search(said) and \
        (name_after(said) or "").casefold() != said.casefold()
    if not tokens or tokens[-1].casefold() == "at" or long:
        return None  # a long subject only when it is all names ('Chefen for Løn og Personale og X')
    if len(tokens) == 1 and tokens[0].casefold() in POINTING_BACK:
        return None
    name = name_after(" ".join(tokens))
    return _role(name) if name and not document_lemma(name.split()[-1]) else None


_EACH = {"hver", "hvert", "enhver", "ethvert", "alle"}


def _each_of_a_role(tokens: list[str]) -> bool:
    """'Hver tilsynskonsulent', 'Alle afdelingsledere': a quantifier and a role (indefinite, so no name
    reader takes it): each person in that role signs."""
    return len(tokens) == 2 and tokens[0].casefold() in _EACH and tokens[1].islower() and \
        any(stem.endswith(ROLE_ENDINGS) for stem in stems(tokens[1]))


_PREPOSITIONS = {"til", "på", "om", "af", "med", "for"}


def _before_first_verb(tokens: list[str]) -> list[str]:
    """The subject of the first of two coordinated verbs: 'Administratoren logger på portalen (og ...)'
    -> 'Administratoren'. The verb is a lower-case present tense followed by a small word or nothing
    ('Kommunens borgmester logger ind': 'borgmester' is followed by a verb, so it is no verb)."""
    for i in range(1, len(tokens)):
        low = tokens[i].casefold()
        after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
        # 'Direktøren tegner kommunen og underskriver': a verb whose object is the municipality
        small = STOP_WORDS | ARTICLES | US | {"ind", "ud", "op", "sig"}
        if tokens[i][:1].islower() and low.endswith(("er", "r")) and (not after or after in small):
            return tokens[:i]
        # 'Direktionen tager stilling til (og godkender)': a verb, its bare noun and a preposition end it
        if tokens[i][:1].islower() and low.endswith(("er", "r")) and i + 3 == len(tokens) and \
                tokens[i + 1].islower() and tokens[i + 2].casefold() in _PREPOSITIONS:
            return tokens[:i]
    return tokens


def _role(name: str | None, *, initial: bool = True) -> str | None:
    """A name as written (only a capital that starts the sentence goes), or None for a document
    ('aftalen skal underskrive' names nobody)."""
    if not name or (document_lemma(name.split()[-1]) and not _area_named(name.split())):
        return None
    return lower_first(name) if initial else name


def _area_named(tokens: list[str]) -> bool:
    """'Center for Dagtilbud', 'chefen for Børn og Dagtilbud': a capitalised word after 'for' (or after 'og'
    in such a name) is the name of an area, not a paper, whatever noun it ends in ('tilbud')."""
    low = [t.casefold() for t in tokens]
    return len(tokens) >= 3 and tokens[-1][:1].isupper() and (
        low[-2] == "for" or (low[-2] == "og" and "for" in low))


def _before_verb(name: str | None) -> str | None:
    """'pensionschefen sendes aftalen' (read after 'Efter underskrift hos') -> 'pensionschefen': a name ends
    before the verb of the clause that follows it."""
    tokens = (name or "").split()
    for i, tok in enumerate(tokens):
        if i and (tok.casefold() in _AUX or re.fullmatch(r"[a-zæøå]{3,}es", tok)):
            return " ".join(tokens[:i])
    return name
