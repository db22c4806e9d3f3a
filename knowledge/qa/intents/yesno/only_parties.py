"""'Kun X må ...': whether the sentence that names the only parties allowed settles the question."""

from __future__ import annotations

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed
from knowledge.qa.intents.yesno.words import _NEGATION, ONLY_WHO, grants_all, only_deed
from knowledge.qa.messages import text
from knowledge.retrieval import rank_passages
from knowledge.roles import names_role

_MAY = frozenset({"må", "kan", "skal", "får", "may", "can"})
_EVERY = frozenset({"alle", "all", "every"})


def _only_parties(ctx: Context) -> list[Candidate]:
    """'Må driftskoordinatoren få udleveret optagelser?' - 'Kun politiet og bibliotekschefen må få
    udleveret optagelser': a role the sentence that allows only some parties does not name is a Nej."""
    q, index = ctx.q, ctx.index
    if len(q.tokens) < 3 or q.tokens[0].surface.casefold() not in _MAY:
        return []
    # 'skal alle pasmedarbejdere deltage?' - 'Kun superbrugerne skal deltage': all of a group is that group
    every = q.tokens[1].surface.casefold() in _EVERY
    party = q.tokens[2] if every and len(q.tokens) > 3 else q.tokens[1]
    own = _acts_itself(q, party)
    if every and (party.role != "word" or not names_role(party.surface)):
        party = q.tokens[1]  # 'må alle tænde ovnen?': everyone, whom no 'kun' sentence allows
    elif party.role != "word" or not (names_role(party.surface) or own):
        return []
    if _NEGATION.search(q.text):
        return []
    rest = [t for t in q.content() if t.pos != party.pos and t.weight > 0.1]
    if not rest:
        return []
    at = party.pos + (2 if own else 1)  # (past 'selv': 'må landsbylaugene selv flytte ...?': flytte)
    verb = q.tokens[at] if at < len(q.tokens) else None  # 'må alle se listen?': se
    # what the asked deed is done to: the words after its verb ('se listen over cykler': liste, cykler)
    thing = set() if verb is None else \
        content_keys(" ".join(t.surface for t in q.tokens[verb.pos + 1:])) - set(verb.keys)
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip={party.pos}, limit=10,
                                     min_coverage=0.3) if _allowed(ctx, h.task)]
    for hit in hits:
        said = ITEM.sub("", index.passages[hit.pid].text)
        m = ONLY_WHO.search(said)
        if m is None or set(party.keys) & content_keys(m.group("who")):
            continue  # (one who is allowed: the other verdicts say Ja)
        if verb is not None and any(grants_all(said, k, thing=thing) for k in verb.keys):
            continue  # '..., men alle må se listen': the asked deed granted to all, never a Nej
        # the deed 'kun' limits ends with its clause (', men alle må se listen' is another)
        if not _says_the_deed(ctx, hit.task, rest, content_keys(only_deed(said, m))):
            continue  # the parties allowed to do another thing
        head = text("yes_no_evidence", ctx.lang, verdict=text("no", ctx.lang))
        return [Candidate("yesno", f"{head} {said}", [hit.task], hit.explained | {party.pos}, prior=0.95)]
    return []


def _acts_itself(q, party) -> bool:
    """Whether the question says its subject does the deed itself ('må landsbylaugene selv flytte deres
    fugleskræmsler?'): 'selv' after it makes it the doer, a party, whatever noun names it (a guild, a
    club, a school) where a role list holds none."""
    after = party.pos + 1
    if party.role != "word" or after >= len(q.tokens) or q.tokens[after].surface.casefold() not in _SELF:
        return False
    # (not a thing the deed is done to: 'må bådene selv flyttes?' has a passive verb, the boats are moved)
    verb = next((t for t in q.tokens[after + 1:] if t.role == "word"), None)
    return verb is None or not verb.surface.casefold().endswith("es")


_SELF = frozenset({"selv", "themselves", "itself"})


def _says_the_deed(ctx: Context, task: int, rest, after: set[str]) -> bool:
    """Whether what the 'kun' sentence allows is what the question asks: each of the question's words is
    in it, as itself or as the head of its compound ('portalen' for 'BevillingsPortalen'), or names the
    task's own thing in its title ('i JagtBooking' where the sentence says 'i systemet')."""
    title = content_keys(ctx.task(task).title)
    # a compound ('elcykler') is the thing ('cykler') only where the task never says the thing bare
    said = [t for t in rest if set(t.keys) & after or any(
        same_thing(k, after) and not ctx.index.task_has(task, k) for k in t.keys)]
    untold = [t for t in rest if t not in said]
    return len(said) >= min(2, len(rest)) and all(any(same_thing(k, title) for k in t.keys) for t in untold)
