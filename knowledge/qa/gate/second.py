"""Whether an answer to a question that asks a second thing after its first ('Hvem skal godkende listen,
og hvem skal have den?', '..., og hvordan?') says that second thing too, not only the first."""

from __future__ import annotations

import re

from knowledge.qa.analysis import Question
from knowledge.qa.contacts import reachable
from knowledge.qa.gate.reading import _sentences
from knowledge.qa.gate.signing import _SIGN_MANNER

# where the second question begins: a comma or 'og'/'and' before its question word
_AND = r"(?:,|\bog\b|\band\b)\s+"
# ... asking who gets the thing or where it goes: '..., og hvem skal have den?', '... og hvor skal den sendes
# hen?', '... and where does it go?', '..., og til hvem?'
_RECIPIENT_ASKED = re.compile(_AND + r"(?:(?:hvem|hvor|hvortil|who|where)\b[^?]*?"
                              r"\b(?:får|faar|have|hen|modtager|modtage|sendes|sende|send|sent|retur\w*|"
                              r"gets?|receives?|goes|go|returned|back)\b|til\s+hvem\b|to\s+whom\b)", re.I)
# a sentence that hands the thing on: a verb of sending or handing, then 'til'/'to' ('sendes til X',
# 'Send listen til X', 'returneres til KOMBIT'), or one that receives it ('X modtager listen')
_HANDED_ON = re.compile(r"\b(?:send\w*|fremsend\w*|indsend\w*|mail\w*|upload\w*|retur\w*|aflever\w*|"
                        r"giv\w*|sent|return\w*|deliver\w*|submit\w*)\b[^.\n]*?\b(?:til|to)\b|"
                        r"\b(?:modtag\w*|receiv\w*)\b", re.I)
# a question that opens on a condition or a time clause, whose comma ends the clause, not a first question
_CONDITION_FIRST = re.compile(r"^\W*(?:hvis|når|naar|såfremt|saafremt|dersom|if|once|in\s+case|"
                              r"i\s+tilfælde)\b", re.I)
# ... asking the way a paper is signed, last: 'Hvem skal skrive under på X, og hvordan?', '..., og med hvad?'
_MANNER_ASKED = re.compile(_AND + r"(?:hvordan|med\s+hvad|how)\W*$", re.I)
# ... how to reach the one asked about: '... og hvordan kontakter jeg hende?', 'and how do I reach her?'
_REACH_ASKED = re.compile(_AND + r"(?:hvordan|how)\b[^?]*?\b(?:kontakt\w*|fat\s+i|reach|contact|call|"
                          r"get\s+in\s+touch)\b", re.I)


def second_question_unsaid(q: Question, text: str) -> bool:
    """Whether q asks, after its first question, who gets the thing or where it goes, the way a paper is
    signed, or how to reach someone, and the text says nothing of it ('Få listen godkendt af
    bibliotekschefen' hands the list to no one; 'Aftalen underskrives af X' says no way of signing; 'Kontakt
    – Hanne Holm, KOMBIT' gives no phone or mail): a confident answer to half the question."""
    if q.yesno:
        return False
    asked = q.asked or q.text  # (an English question as asked: its rendering may drop the second question)
    if _CONDITION_FIRST.match(asked):
        return False  # 'Hvis der har været et brud, hvor hurtigt får vi besked?': one question after its if
    sentences = _sentences(text)
    if _RECIPIENT_ASKED.search(asked) and not any(_HANDED_ON.search(s) for s in sentences):
        return True
    if _MANNER_ASKED.search(asked) and q.has("sign") and not _SIGN_MANNER.search(text):
        return True
    return bool(_REACH_ASKED.search(asked)) and not reachable(text)
