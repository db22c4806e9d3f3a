"""Where a thing is sent or reported, settled by the sentence that hands it on."""

from __future__ import annotations

import re

from knowledge.extract import sentence_span
from knowledge.fold import content_keys
from knowledge.language import US
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _claim_clause, _main_clause
from knowledge.qa.intents.yesno.evidence_scope import _allowed, _inside, _scoped_passages
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.parties import _who_does
from knowledge.qa.intents.yesno.words import _ALSO, _CLAUSE_EDGE, _NEGATION
from knowledge.qa.titles import title_positions
from knowledge.retrieval import rank_passages

# Verbs of handing a thing on, by stem: 'skal blanketten sendes til KOMBIT?', 'meldes fejl til X?'
_HAND_ON = r"(?:ind)?send\w*|meld\w*|return[eé]r\w*|mail\w*|upload\w*|aflever\w*|sent|submit\w*|report\w*"
# ('til tiden', 'in time': when it is sent, no recipient)
_ASKED_TO = re.compile(r"\b(" + _HAND_ON + r")\b.*?\b(?:til|to)\s+(?!(?:tiden|tide|time)\b)"
                       r"(?P<to>(?:(?!\b(?:før|inden|efter|når|hvis|before|after|when|if)\b)[^?.!,])+)\W*$",
                       re.I)
_SAID_TO = re.compile(r"\b(" + _HAND_ON + r")\b(?:\s+[\wæøåÆØÅ.-]+){0,6}?\s+(?:til|på|to)\s+"
                      r"(?P<to>[^,.;:()–—]+"
                      r"(?:\.[a-z]{2,3}\b)?)", re.I)
# ... and where a thing uploaded goes: 'uploades i KLIK', 'upload it into the portal' (only after an upload:
# 'sendes i løbet af ugen' names no place)
_UPLOADED_IN = re.compile(r"\b(upload\w*)\b(?:\s+[\wæøåÆØÅ.-]+){0,3}?\s+(?:i|in|into)\s+"
                          r"(?P<to>[^,.;:()–—]+)", re.I)


def _recipient(ctx: Context) -> list[Candidate]:
    """'Skal blanketten sendes til KOMBIT?': the sentence that says where it is sent ('sendes til
    Udbetaling Danmark') settles it."""
    q, index = ctx.q, ctx.index
    if (asked := _ASKED_TO.search(q.text)) is None:
        return []
    party = _asked_party(q, asked)
    if not party:
        return []
    party_pos = {t.pos for t in party}
    refs = q.ref_positions()
    # 'med e-mail', 'via mail': the way it is sent, a thing the sentence must say, not the verb of sending
    verbs = {t.pos for t in q.tokens if _HAND_ON_WORD.fullmatch(t.surface) and not (
        t.pos and q.tokens[t.pos - 1].surface.casefold() in _BY_WAY)}
    rest = [t for t in q.content() if t.pos not in party_pos | refs | verbs]
    way = [t for t in rest if t.pos and q.tokens[t.pos - 1].surface.casefold() in _BY_WAY]
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip=party_pos, limit=10,
                                     min_coverage=0.4) if _allowed(ctx, h.task)]
    family = _family(asked.group(1))
    best: tuple[tuple, Candidate] | None = None
    # 'skal HR-chefen sende blanketten til X?' is not settled by 'Send blanketten til X', which names no
    # sender
    doer = _who_does(q, index)
    sender = (doer[2] - {"kommun"}) if doer and doer[1].isdisjoint(party_pos) else set()
    for order, hit in enumerate(hits + _scoped_passages(ctx, hits, party_pos | verbs | refs)):
        said = ITEM.sub("", index.passages[hit.pid].text)
        told = [m for pattern in (_SAID_TO, _UPLOADED_IN) for m in pattern.finditer(said)
                if _family(m.group(1)) == family and not _by_another(said, m)]
        told.sort(key=lambda m: m.start())
        if not told or (sender and not any(same_thing(k, content_keys(said)) for k in sender)):
            continue
        titled = title_positions(index, q, hit.task)
        inside = _inside(ctx, rest, hit, said)
        if not _of_what_is_sent(rest, said, inside=inside, titled=titled):
            continue  # the sentence itself says none of what is sent, or how: another thing's recipient
        sent = _sent_to(q, said, told, party, way, inside | titled)
        if sent is None:
            continue
        yes, named = sent
        # the sentence that names more of the recipient asked about ('KOMBITs servicedesk', not a result
        # line's 'KOMBIT') settles it; among equals the better-ranked one
        rank = (named, -order)
        if best is not None and rank <= best[0]:
            continue
        head = verdict_head(ctx, holds_true=yes)
        explained = hit.explained | inside | party_pos | refs | titled | verbs
        best = (rank, Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95))
    if best is None:
        return []
    for t in party:
        t.match = max(t.match, 1.0)  # a recipient the tasks never name is understood: it is not the one
    return [best[1]]


def _asked_party(q, asked: re.Match) -> list:
    """The question's words after its 'til'/'to': the recipient it puts forward (none when an English
    word of it is left as typed: 'sent to the contractor?' names no party understood)."""
    start = len(re.findall(r"\w+", q.text[:asked.start("to")]))
    party = [t for t in q.content() if t.pos >= start - 1 and t.surface.casefold() not in ("til", "to")
             and q.text.find(t.surface, asked.start("to")) >= 0]
    if not party:
        return []
    if q.lang == "en" and any(t.match == 0 and t.surface.islower() for t in party):
        return []  # 'sent to the contractor?': an English word left as typed is not understood, no party
    return party


def _of_what_is_sent(rest, said: str, *, inside: set[int], titled: set[int]) -> bool:
    """Whether the sentence (with its task's title) says enough of what the question sends, and how."""
    covered = sum(t.weight for t in rest if t.pos in inside | titled)
    said_keys = content_keys(said)
    return not (covered < 0.6 * sum(t.weight for t in rest) or not inside or (rest and not any(
        set(t.keys) & said_keys or any(same_thing(k, said_keys) for k in t.keys) for t in rest)))


def _sent_to(q, said: str, told: list[re.Match], party, way, inside: set[int]) -> tuple[bool, int] | None:
    """Whether the sentence sends the thing to the asked party, and how many of the party's words it
    names; None when it settles nothing (`inside`: the words the sentence or its task's title says)."""
    to_keys = content_keys(" ".join(m.group("to") for m in told))
    named = [t for t in party if set(t.keys) & to_keys or any(same_thing(k, to_keys) for k in t.keys)]
    yes = len(named) == len(party)
    if yes and any(t.pos not in inside for t in way):
        return None  # 'sendes med e-mail til X?' is not settled by 'uploades som PDF til X'
    if not yes and _ALSO.search(q.text):
        return None  # 'skal listen også sendes til KOMBIT?' - 'sendes til Movia': to KOMBIT too, unsaid
    # 'sendes til X – ikke til Y': to X it is sent; the denial is Y's
    claimed = _DENIED_TAIL.split(said, maxsplit=1)[0] if yes else said
    if _NEGATION.search(_claim_clause(q.text, claimed)) or _NEGATION.search(_main_clause(
            _clause_at(claimed, told[-1].start(1)))):  # '..., så kommunen skal ikke sende den til X'
        if not yes:
            return None  # 'sendes ikke til X' says nothing of whether it goes to Y
        yes = False  # '... den skal ikke sendes til KOMBIT med mail'
    return yes, len(named)


_DENIED_TAIL = re.compile(r"\s+[–—]\s+(?=(?:ikke|not)\s)", re.I)
_HAND_ON_WORD = re.compile(_HAND_ON, re.I)
_BY_WAY = frozenset("med via pr per over by through".split())


def _clause_at(said: str, at: int) -> str:
    """The coordinate clause of a sentence that holds the position `at`, within its own sentence: the
    negation of the sentence before ('Bålstedet må ikke bruges. Reglerne sendes til X') is not its."""
    start, end = sentence_span(said, at)
    for m in _CLAUSE_EDGE.finditer(said, start, end):
        if m.start() >= at:
            return said[start:m.start()]
        start = m.end()
    return said[start:end]


def _family(verb: str) -> str:
    """'sendes', 'returneres', 'indsend', 'upload' hand a thing on; 'meldes', 'report' report it."""
    return "report" if verb.casefold().startswith(("meld", "report")) else "send"


def _by_another(said: str, m: re.Match) -> bool:
    """'KOMBIT sender bilaget til kommunens hovedpostkasse': another party's sending in the present, not
    where the municipality sends it (a passive 'sendes', an imperative 'Send' or 'kommunen sender' is)."""
    verb = m.group(1)
    if not re.fullmatch(r"\w+(?:er|r)", verb, re.I) or verb.casefold().endswith("es"):
        return False
    before = said[:m.start(1)].split()
    return bool(before) and before[-1].casefold() not in US | {"i", "vi", "du", "man"}
