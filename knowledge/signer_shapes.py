"""Sentences that name who signs in another shape than 'X underskriver Y', said in that shape."""

from __future__ import annotations

import re

from knowledge.approvals import gives_as_verb
from knowledge.language import POINTING_BACK, US, document_lemma

# The verbs of signing or approving a duty or a role can lead to, and their present tense.
_VERB = (r"(?P<verb>underskrive|skrive\s+under(?:\s+på)?|signere|godkende|tiltræde|påtegne|attestere"
         r"|underskriver|signerer|godkender)")
_PRESENT = {"underskrive": "underskriver", "skrive under": "skriver under",
            "skrive under på": "skriver under på",
            "signere": "signerer", "godkende": "godkender", "tiltræde": "tiltræder", "påtegne": "påtegner",
            "attestere": "attesterer"}
_WHO = r"(?P<who>[\w'’/-]+(?:\s+(?!at\b|til\b|som\b|der\b)[\w'’/-]+){0,5}?)"

# 'Det påhviler X at underskrive aftalen', 'Det tilkommer X at ...', 'Det er op til X at ...': an
# impersonal lead that hands the act to X
_FALLS_TO = re.compile(r"^det\s+(?:påhviler|tilkommer|tilfalder|(?:er|bliver)\s+op\s+til|overlades\s+til)\s+"
                       + _WHO + r"\s+at\s+" + _VERB + r"\b(?P<rest>.*)$", re.I)
# 'Det er økonomichefens opgave (ansvar, pligt) at underskrive aftalen'
_WHOSE_TASK = re.compile(r"^det\s+(?:er|bliver)\s+(?P<who>(?:[\w'’/-]+\s+){0,3}?[\w'’/-]+?)(?:'s|’s|s)\s+"
                         r"(?:opgave|ansvar|pligt|rolle|job)\s+at\s+" + _VERB + r"\b(?P<rest>.*)$", re.I)
# 'X er udpeget (bemyndiget) til at underskrive', 'X har bemyndigelse (kompetencen, mandat) til at ...',
# 'X træffer beslutning om at godkende ...': named for the act, empowered to do it or deciding it
_EMPOWERED = re.compile(r"^" + _WHO + r"\s+(?:skal\s+|vil\s+)?(?:"
                        r"(?:er|bliver|være|blive)\s+(?:\w+\s+)?(?:udpeget|bemyndiget|valgt|udvalgt|den\s+rette"
                        r")\s+til"
                        # (not 'har ret til', 'er berettiget til': a right to sign is no duty to)
                        r"|(?:har|have|får|få)\s+(?:\w+\s+)?(?:bemyndigelse|bemyndigelsen|fuldmagt|fuldmagten"
                        r"|kompetence|kompetencen|mandat|mandatet|beføjelse|beføjelsen|opgaven|pligten)\s+til"
                        r"|(?:træffer|træffe)\s+(?:\w+\s+)?beslutning(?:en)?\s+om|(?:beslutter|beslutte)"
                        r")\s+at\s+" + _VERB + r"\b(?P<rest>.*)$", re.I)
# 'Til at underskrive aftalen er udpeget X': the same, the one named last
_EMPOWERED_LAST = re.compile(r"^til\s+at\s+" + _VERB + r"\b(?P<rest>.*?)\s+(?:er|bliver)\s+(?:udpeget|valgt"
                             r"|bemyndiget|udvalgt)\s+(?P<who>\S.*?)\s*[.]?$", re.I)
# the nouns for the one who signs
_NOUN = r"(?P<noun>underskriver(?:en)?|godkender(?:en)?|underskriftsgiver(?:en)?)"
_OF = r"(?:\s+(?:af|på|for)\s+(?P<obj>(?:(?:den|det)\s+)?[\w'’-]+))?"
# 'X fungerer (optræder, står) som underskriver (på aftalen)'
_ACTS_AS = re.compile(r"^" + _WHO + r"\s+(?:skal\s+|vil\s+)?(?:fungerer|fungere|optræder|optræde|står|stå"
                      r"|er|være|bliver|blive)\s+som\s+" + _NOUN + _OF + r"(?P<rest>.*)$", re.I)
# 'Som underskriver af aftalen optræder X', 'Som underskriver fungerer X'
_AS_FIRST = re.compile(r"^som\s+" + _NOUN + _OF + r"\s+(?:fungerer|optræder|står|er|bliver)\s+(?P<who>\S.*?)"
                       r"\s*[.]?$", re.I)
# 'Aftalens underskriver er X', 'Underskriver på aftalen bliver X'
_PAPERS_SIGNER = re.compile(r"^(?:(?P<paper>[\w-]+?)(?:'s|’s|s)\s+" + _NOUN
                            + r"|" + _NOUN.replace("noun", "noun2")
                            + r"\s+(?:af|på|for)\s+(?P<obj>(?:(?:den|det)\s+)?[\w'’-]+))"
                            r"\s+(?:er|bliver)\s+(?P<who>\S.*?)\s*[.]?$", re.I)
# 'X skal som kommunens repræsentant underskrive': the capacity between the auxiliary and the verb ('en
# person, som kan underskrive' is a relative clause, no capacity)
_IN_CAPACITY = re.compile(r"\b(?P<aux>skal|vil|må|bør)\s+(?:som|i\s+(?:sin\s+)?egenskab\s+af)\s+"
                          r"(?:(?!(?:skal|vil|kan|må|bør|ikke|også)\b)[\w'’-]+\s+){1,3}?"
                          r"(?=(?:underskrive|godkende|signere|skrive\s+under)\b)", re.I)
# 'Aftalen skal underskrives, og det gøres af X': who does it, in a clause of its own after the passive
_DONE_THEN = re.compile(r"\b(?P<passive>underskrives|signeres|godkendes|påtegnes|tiltrædes),?"
                        r"\s+og\s+(?:det|dette)\s+(?:skal\s+|vil\s+)?"
                        r"(?:gøres|sker|foretages|varetages|udføres)\s+(?:af|ved)\s+", re.I)

# 'X skal bekræfte (godkende) aftalen med sin underskrift': the signing is how it is confirmed
_WITH_SIGNATURE = re.compile(r"\b(?P<verb>bekræfte|bekræfter|godkende|godkender)\s+"
                             r"(?P<obj>(?:(?:den|det|de|dem|en|et)\s+)?(?:(?!(?:og|eller|at|ikke|som|der|med)\b)"
                             r"[\w'’-]+\s+){0,2}?(?!(?:og|eller|at|ikke|som|der)\b)[\w'’-]+)\s+med\s+(?:sin|sit|deres|en|din)\s+"
                             r"(?:egen\s+|digitale\s+)?(?:underskrift|signatur)\b", re.I)
# 'Aftalen kræver en underskrift, som X står for (giver, foretager)': the signer in a relative clause on the
# signature the paper needs; said as 'Aftalen underskrives af X'
_NEEDS_WHOSE = re.compile(r"^(?P<paper>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:skal\s+)?(?:kræver|forudsætter"
                          r"|skal\s+have|skal\s+forsynes\s+med)\s+(?:en\s+)?(?:digital\s+|skriftlig\s+)?"
                          r"(?P<noun>underskrift|signatur|godkendelse|accept)\s*,\s*(?:som|der)\s+" + _WHO
                          + r"\s+(?:skal\s+|vil\s+)?(?:står|stå|giver|give|afgiver|afgive|foretager|foretage"
                          r"|sørger|sørge|tager\s+sig\s+af|tage\s+sig\s+af)(?:\s+for)?\b(?P<rest>.*)$", re.I)
# 'X, der har prokura, underskriver kontrakten': a relative clause between the signer and the verb
_ASIDE_BEFORE_VERB = re.compile(r"^(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*,\s*(?:som|der)\s+[^,]{3,60},\s+"
                                r"(?=(?:skal\s+|vil\s+)?(?:underskriver|underskrive|signerer|signere|godkender"
                                r"|godkende|skriver\s+under|skrive\s+under)\b)", re.I)
_SIGN_TENSE = {"bekræfte": "underskrive", "godkende": "underskrive", "bekræfter": "underskriver",
               "godkender": "underskriver"}


def who_signs_first(sentence: str) -> str:
    """The sentence as 'X underskriver ...' when it names the signer by a duty, a power, a role or a
    capacity ('Det påhviler X at underskrive aftalen', 'X er udpeget til at underskrive den', 'Som
    underskriver af aftalen optræder X', 'Aftalens underskriver er X'); else as it was."""
    if (m := _NEEDS_WHOSE.match(sentence)) and _a_party(m["who"]) and not _denied(m):
        verb = "godkendes" if m["noun"].casefold() in {"godkendelse", "accept"} else "underskrives"
        return f"{_cap(m['paper'])} {verb} af {m['who']}{m['rest']}"
    sentence = gives_as_verb(sentence)  # 'X giver sit samtykke til aftalen': X approves it
    sentence = _ASIDE_BEFORE_VERB.sub(lambda m: m["who"] + " ", sentence, count=1)
    sentence = _WITH_SIGNATURE.sub(lambda m: f"{_SIGN_TENSE[m['verb'].casefold()]} {m['obj']}", sentence)
    sentence = _DONE_THEN.sub(r"\g<passive> af ", _IN_CAPACITY.sub(r"\g<aux> ", sentence, count=1), count=1)
    for shape in (_FALLS_TO, _WHOSE_TASK, _EMPOWERED, _EMPOWERED_LAST):
        if (m := shape.match(sentence)) and _a_party(m["who"]) and not _denied(m):
            return f"{_cap(m['who'])} {_PRESENT.get(_words(m['verb']), _words(m['verb']))}{m['rest']}"
    if (m := _ACTS_AS.match(sentence)) and _a_party(m["who"]) and not _denied(m):
        return f"{m['who']} {_verb(m['noun'])}{_object(m['obj'])}{m['rest']}"
    if (m := _AS_FIRST.match(sentence)) and _a_party(m["who"]) and not _denied(m):
        return f"{_cap(m['who'])} {_verb(m['noun'])}{_object(m['obj'])}."
    if (m := _PAPERS_SIGNER.match(sentence)) and _a_party(m["who"]) and not _denied(m):
        paper = m["paper"] or m["obj"]
        if m["paper"] and not document_lemma(m["paper"], loose=True):
            return sentence  # 'Kommunens underskriver er X' says whose, not what: uncleft reads it
        return f"{_cap(m['who'])} {_verb(m['noun'] or m['noun2'])}{_object(paper)}."
    return sentence


_NEGATION = re.compile(r"\b(?:ikke|aldrig|ej|hverken|ingen|intet|næppe)\b", re.I)


def _denied(m: re.Match) -> bool:
    """The shape is said denied ('X er ikke bemyndiget til at ...', 'Det påhviler ikke X at ...', 'Aftalens
    underskriver er aldrig X'): a negation anywhere in it but the signed thing's own words."""
    text = m.group(0)
    if "rest" in m.re.groupindex and m.start("rest") >= 0:
        text = m.string[m.start():m.start("rest")] + " " + m.string[m.end("rest"):m.end()]
    return _NEGATION.search(text) is not None


def _a_party(who: str) -> bool:
    first = who.split()[0].casefold()
    return first not in POINTING_BACK and who.casefold() not in US and not document_lemma(who.split()[-1])


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _verb(noun: str) -> str:
    return "godkender" if noun.casefold().startswith("godk") else "underskriver"


def _object(paper: str | None) -> str:
    if not paper:
        return ""
    return f" {paper[:1].lower()}{paper[1:]}" if paper[:1].isupper() and document_lemma(paper, loose=True) \
        else f" {paper}"


def _cap(who: str) -> str:
    """Who, as a sentence's subject: the sentence's first word is capitalised, like 'Økonomichefen ...'."""
    return who[:1].upper() + who[1:]
