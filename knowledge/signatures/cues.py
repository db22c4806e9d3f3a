"""The cue words that say a paper is signed or approved, and what kind of act each one is."""

from __future__ import annotations

import re

from knowledge.approvals import ASSENT_ACTIVE, ASSENT_HINT, ASSENT_PASSIVE
from knowledge.quickcheck import literal_stems

# Papers that are given rather than signed ('give KOMBIT fuldmagt'): giving one is signing it.
GIVEN = "fuldmagt|bemyndigelse"
_GIVEN_CUE = re.compile(r"(?:af)?(?:giver|give|giv|givet)|til(?:deler|dele|del)", re.I)
# 'oprette en fuldmagt til KOMBIT', 'Der oprettes i NemLog-in en fuldmagt til KMD': a power of attorney made
# for a party, who is its recipient ('fuldmagt til at hente data' says what it allows, not to whom)
# ('opretter en fuldmagtsanmodning til kommunen': a request for one, made for the municipality, is none)
_MADE_FOR = re.compile(r"\bopret\w*\b(?:\s+[\w'’-]+){0,4}?\s+(?:" + GIVEN + r")(?:en|er|erne)?\b"
                       r"\s+til\s+(?!at\b)(?P<to>\S.*)", re.I)
# One alternative per way of saying it; the group name says where the document and the signer are. A verb may
# carry a prefix that makes it co-, counter- or pre-signing ('medunderskrives', 'kontrasigneres',
# 'ledelsesgodkendes', 'forhåndsgodkendt'), written as one word.
_PREFIXES = "med|kontra|ledelses|direktions|forhånds"
_CUE = re.compile(r"""\b(?:""" + _PREFIXES + r""")?(?:
    (?P<state>i\s+underskrevet\s+stand|i\s+signeret\s+stand)
  | (?P<for>til\s+(?:underskrift|underskrivning|signering|signatur|godkendelse))
  | (?P<adj>underskrevne|signerede|signede|godkendte|tiltrådte|påtegnede|kvitterede)
  | (?P<passive>underskrives|signeres|skrives\s+under|skrevet\s+under|underskrevet|signeret
      # English in Danish: 'skal signes af X', 'Få aftalen signet af X' ('signet', a seal, only before 'af')
      |signes|signet(?=\s+af\b)
      |påtegnes|påtegnet|tiltrædes|tiltrådt|bekræftes|bekræftet|attesteres|attesteret
      |kvitteres(?=\s+(?:af|for|på|og|elektronisk|digitalt)\b)|kvitteret(?=\s+(?:af|for|på)\b))
  | (?P<approved>godkendes|godkendt|accepteres|accepteret|indgås(?=\s+af\b)
      |(?:af)?gives(?=\s+(?:(?:i|via|på)\s+\S+\s+)?af\b)  # 'Fuldmagten gives (i NemLog-in) af X'
      |(?:af)?gives(?=\s+(?:en\s+)?(?:""" + GIVEN + r"""))  # 'Der skal gives fuldmagt til KOMBIT'
      |givet  # 'når fuldmagten er givet' (of a paper given only: _GIVEN_CUE)
      |vedtages(?=\s+(?:af|i)\s)|vedtaget(?=\s+(?:af|i)\s)
      |""" + ASSENT_PASSIVE + r""")
  | (?P<active>underskriver|underskrive|underskriv|signerer|signere|signér|signer
      |påtegner|påtegne|påtegn|tiltræder|tiltræde|tiltræd|bekræfter|bekræfte|bekræft
      |attesterer|attestere|attestér|attester
      |(?:kvitterer|kvittere|kvittér|kvitter)(?=\s+(?:for|på)\s+(?!modtagels|modtaget))
      |(?:kvitterer|kvittere|kvittér|kvitter)(?=\s+(?!modtagels|modtaget)(?:den|det|dem|[\w-]+(?:en|et|erne)\b))
      |(?:skriver|skrive|skriv)\s+(?:også\s+|selv\s+|derefter\s+|herefter\s+|digitalt\s+|elektronisk\s+)?under
       (?:\s+på)?)
  | (?P<approve>godkender|godkende|godkend|accepterer|acceptere|acceptér|accepter|vedtager|vedtage
      |""" + ASSENT_ACTIVE + r"""
      # 'Kommunen skal give KOMBIT fuldmagt', 'Giv Udbetaling Danmark fuldmagt': a paper given is signed
      |(?:(?:af)?(?:giver|give|giv)|til(?:deler|dele|del))(?=\s+(?:(?!(?:besked|meddelelse|adgang|om|til|på|i|af|for)\b)[\w'’-]+\s+){0,3}?
                                  (?:""" + GIVEN + r""")\w*\b))
  | (?P<noun>underskrift(?:en|er|erne)?|signatur(?:en)?|signering(?:en)?|underskrivning(?:en)?
      |underskrivelse(?:n)?
      |sign-?off(?:et)?
      |(?<=^)godkendelse(?:n)?(?=\s+af\b)
      # 'Aftalen skal godkendes. Godkendelsen foretages af X': who approves the paper just named
      |(?<=^)godkendelse(?:n)?(?=\s+(?:skal\s+|vil\s+)?(?:foretages|varetages|udføres|afgives|gives)\s+af\s)
      |(?<=s\s)godkendelse(?:n)?  # 'direktionens godkendelse (af aftalen)': whose approval
      # 'Efter godkendelse i Økonomiudvalget sendes aftalen til KOMBIT' ('godkendelse af X' is of X)
      |(?<=efter\s)godkendelse(?:n)?(?=\s+(?:i|hos)\s))
)\b""", re.I | re.X)
# Every alternative of _CUE holds one of these; a sentence without any (most) is not scanned for cues.
_CUE_HINT = re.compile(r"underskr|sign|godkend|accept|skriv|skrev|påtegn|tiltræd|tiltråd|bekræft|attest"
                       r"|kvitter|indgås|gives|vedtag|" + ASSENT_HINT + "|" + GIVEN, re.I)
_CUE_STEMS = literal_stems(_CUE_HINT)  # looked for first: the regex is slow on the many sentences without
# 'bekræftes af systemejeren med MitID' is signing; 'Leverandøren bekræfter modtagelsen' is not: a
# confirmation counts only when the sentence names an electronic signature to do it with.
# ('bekræftet ved underskrift', 'bekræftes ved sin underskrift': the confirmation is the signing)
_ESIGN = re.compile(r"\b(?:MitID|NemID|nem-?id|mit-?id|digital\s+signatur|e-?signatur|digitalt\s+signer\w*"
                    r"|ved\s+(?:sin\s+|en\s+|digital\s+)?underskrift)", re.I)
_APPROVAL_HINT = re.compile(r"godkend|accept|sign-?off|vedtag|" + ASSENT_HINT, re.I)
# 'Få underskrift fra direktøren', 'Få ydelseschefens underskrift på bemyndigelsen'
# ('Indhent begge underskrifter': the signatures of the paper spoken of)
_GET_SIGNED = re.compile(r"(?:få|indhent)\w*\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:(?:underskrift|signatur)\w*(?:\s+(?:fra|af|på)\s|\s*\.?$)|godkendelse\w*\s+fra\s)",
                         re.I)


# a sending verb right before a participle: 'returneres underskrevet', 'sendes signeret retur', 'Send den
# underskrevet til X'
_SENT_AS = re.compile(r"\b(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|send\w*"
                      r"|fremsend\w*|upload\w*|mail\w*)(?:\s+(?:den|det|dem|de|retur|tilbage|[\w-]+(?:en|et|ne)))?\s+$",
                      re.I)
_ACT_WORD = re.compile(r"godkendelse|accept|underskrift|signatur|tiltrædelse", re.I)
_SIGNING_VERB = re.compile(r"underskr|signer|sign[eé]r|skriv|skrev", re.I)
_CUE_PREFIX = re.compile(r"(?:til\s+|i\s+)?(?:" + _PREFIXES + r")?(?=\w)", re.I)


def _cue_act(span: str) -> str | None:
    """What a cue says is done to a paper: 'sign' ('underskrives', 'skrive under'), 'approve'
    ('godkendes', 'ledelsesgodkendes', 'til godkendelse', 'sign-off'), or None ('påtegnes')."""
    verb = _CUE_PREFIX.sub("", span.strip(), count=1)
    if _APPROVAL_HINT.match(verb):
        return "approve"
    return "sign" if _SIGNING_VERB.match(verb) else None


# 'Efter underskrift hos X', 'Ved direktørens underskrift': when it is signed, before the main clause
_AFTER_SIGNING = re.compile(r"\s*(?:efter|ved)\s+(?:endt\s+|[\w-]+(?:'s|’s|s)\s+)?", re.I)
