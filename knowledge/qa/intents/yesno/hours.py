"""An hour of the day the question asks leave for ('må man bruge værkstedet kl 23?', 'må vi øve til midnat?')
against the latest hour the task allows the thing ('Ingen brug af værkstedet efter kl. 22', 'kan ikke bookes
efter kl. 17', 'Musik er tilladt indtil kl. 21'): later is denied; earlier the sentence does not settle (it
says when it ends, not that it is open)."""

from __future__ import annotations

import re

from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits, _inside, lead_items
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import _LEAVE_ASKED

# 'kl 23', 'kl. 19.30', 'klokken 23', 'til midnat' (24)
_ASKED_HOUR = re.compile(r"\b(?:kl\.?|klokken)\s*(\d{1,2})(?:[.:]\d{2})?\b|\b(midnat)\b", re.I)
# The latest hour a sentence allows: denied after it ('ingen ... efter kl. 22', 'ikke ... efter kl. 17') or
# allowed until it ('tilladt indtil kl. 21', 'må ... til kl. 22')
_DENIED_AFTER = re.compile(r"\b(?:ingen|ikke|aldrig|forbudt)\b[^.;:]*?\befter\s+(?:kl\.?|klokken)\s*"
                           r"(\d{1,2})\b", re.I)
# 'Ridebaner uden belysning kan ikke bookes efter kl. 17' bounds only those without: not the question's when
# it does not say so
_WITHOUT = re.compile(r"\b(?:uden|without)\b", re.I)
_ALLOWED_UNTIL = re.compile(r"\b(?:tilladt|må|kan)\b[^.;:]*?\b(?:indtil|til)\s+(?:kl\.?|klokken)\s*"
                            r"(\d{1,2})\b(?!\s*[-–])", re.I)
_NEGATED = re.compile(r"\b(?:ikke|ingen|aldrig)\b", re.I)
# an hour in a condition ('..., hvis bestillingen kommer efter kl. 14') bounds no deed
_CONDITION = re.compile(r"\b(?:hvis|når|fordi|såfremt|if|when)\b", re.I)
# when one can be reached ('kan træffes til kl. 16'), not until when a deed is allowed (but for 'kontakte')
_AVAILABLE = re.compile(r"\b(?:træffes|kontaktes|nås|ringes\s+til)\b", re.I)
_CONTACT_ASKED = re.compile(r"\b(?:kontakte|træffe|ringe|nå)\b", re.I)
# a deadline on a date ('indtil kl. 12 den 15. maj'), not an hour of every day
_DATE_AFTER = re.compile(r"[.:]?\d{0,2}\s+(?:den\s+)?\d{1,2}\.", re.I)


def _asked_hour(question: str) -> tuple[int, set[str]] | None:
    """The one hour the question asks of, and the words that give it."""
    found = {(int(m.group(1)) if m.group(1) else 24, m.group(0)) for m in _ASKED_HOUR.finditer(question)}
    hours = {h for h, _ in found}
    if len(hours) != 1:
        return None
    return hours.pop(), {w.casefold() for _, said in found for w in re.findall(r"\w+", said)}


def _latest(said: str, asks_contact: bool = False) -> int | None:
    """The latest hour the sentence allows, or None when it states none or more than one."""
    hours = {int(m.group(1)) for m in _DENIED_AFTER.finditer(said) if not _CONDITION.search(m.group(0))}
    hours |= {int(m.group(1)) for m in _ALLOWED_UNTIL.finditer(said) if not _NEGATED.search(m.group(0))
              and not _CONDITION.search(m.group(0))
              and not (_AVAILABLE.search(m.group(0)) and not asks_contact)
              and not _DATE_AFTER.match(said, m.end())}
    return hours.pop() if len(hours) == 1 else None


def _hour_limit(ctx: Context) -> list[Candidate]:
    """'Må man bruge værkstedet kl 23?' - 'Ingen brug af værkstedet efter kl. 22': Nej."""
    q, index = ctx.q, ctx.index
    if not _LEAVE_ASKED.search(q.text) or _NEGATED.search(q.text) or (asked := _asked_hour(q.text)) is None:
        return []
    hour, words = asked
    positions = {t.pos for t in q.tokens if t.surface.casefold() in words}
    hits = _allowed_hits(q, index, skip=positions, limit=10, min_coverage=0.5)
    words = {t.pos for t in q.content()} - positions - q.project_pos - q.ref_positions()
    for hit in hits + lead_items(ctx, hits, hits):
        said = ITEM.sub("", index.passages[hit.pid].text)
        if (latest := _latest(said, bool(_CONTACT_ASKED.search(q.text)))) is None or hour <= latest or \
                (_WITHOUT.search(said) and not _WITHOUT.search(q.text)):
            continue  # before the end: whether it is open then, the sentence does not say
        explained = hit.explained | _inside(ctx, q.content(), hit, said)
        if not words <= explained:
            continue  # a latest hour of another thing
        for p in positions:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)  # the asked hour the text lacks is understood
        explained |= positions | q.project_pos | q.ref_positions()
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=False)} {said}", [hit.task], explained,
                          prior=0.95)]
    return []

