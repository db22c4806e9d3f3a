"""Leave asked for a thing ('må man tænde bål på pladsen?', 'må man have en påhængsmotor på kanoen?', 'er
hunde tilladt på stranden?') against a rule that bans the thing outright, in a line without a verb ('Ingen
bål på pladsen', '• Ingen påhængsmotorer', 'intet bål ved stormvarsel eller forbud mod afbrænding'): the
thing is not to be there at all, so no deed with it is allowed, and the question's verb need not be the
task's (a banned thing's line names no deed). The line settles a Nej only where it bans the thing: every
word it says after the thing (the place, the condition; of alternatives joined by 'eller' one) is the
question's or names the task's own scope (its title), and every other word of the question is the line's or
its task's. A line with an exception ('Ingen hunde undtagen førerhunde') or a level ('..., når det blæser
over 10 m/s', levels.py) is left to the other readings."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import _EXCEPTION, _LEAVE_ASKED, _NEGATION
from knowledge.qa.titles import title_positions
from knowledge.retrieval import title_keys

# a line that opens on the banned thing: 'Ingen bål på pladsen', 'Intet bål ved stormvarsel ...', 'No dogs'
_BANNED_LINE = re.compile(r"^\W*(?:ingen|intet|no)\s+(?P<thing>[a-zæøå][\wæøå-]+)"
                          r"(?P<rest>[^.;:!?]*)[.!]?\s*$", re.I)
# a finite verb in the rest: the line is a clause of its own ('Ingen må bade ...', 'Ingen hunde må komme
# ind'), not a banned thing with its place
_VERB = re.compile(r"\b(?:må|skal|kan|er|bliver|får|har|kommer|gælder|may|must|can|is|are)\b", re.I)
# a level or a condition clause bans the thing only then (levels.py reads a level)
_CLAUSE = re.compile(r"\b(?:når|hvis|mens|medmindre|when|if|unless)\b|\d", re.I)
# a qualifier of the thing right after it ('Ingen lommelygter med hvidt lys'): a kind of it is banned
_QUALIFIED = re.compile(r"\s*(?:med|af|uden|with|of|without)\b", re.I)
# alternatives of where or when the thing is banned: 'ved stormvarsel eller forbud mod afbrænding'
_ALTERNATIVE = re.compile(r"\s+(?:eller|or)\s+|,\s*", re.I)
_HEAD = 3  # a compound's head this long at least ends the word it is the head of ('bro', 'plads')
# the words a question asks leave with, which are no thing of their own ('tilladt', 'lov')
_LEAVE_WORDS = frozenset(key(w) for w in ("tilladt", "tilladte", "lov", "muligt", "allowed", "permitted"))
# the deeds that put the banned thing there or use it, which a ban of the thing forbids: having, bringing,
# leaving, using, lighting or making it ('tænde bål', 'have en påhængsmotor', 'aflevere madvarer'); not
# deeds done about it ('fjerne graffiti', 'se', 'anmelde', 'fotografere'), which the ban does not speak of
_PUTS_THERE = frozenset(key(w) for w in (
    "have", "har", "holde", "bruge", "anvende", "benytte", "medbringe", "bringe", "tage", "aflevere",
    "efterlade", "smide", "stille", "opstille", "sætte", "placere", "parkere", "tænde", "lave", "male",
    "plante", "sejle", "køre", "cykle", "ride", "spille", "grille", "use", "bring", "take", "leave", "put",
    "keep", "light", "make", "park", "sail", "drive", "ride", "play"))


def banned_thing(ctx: Context) -> list[Candidate]:
    """'Må man tænde bål på hængekøjepladserne?' - 'Ingen bål på pladsen' (in the task on them): Nej."""
    q, index = ctx.q, ctx.index
    if not _LEAVE_ASKED.search(q.text) or _NEGATION.search(q.text) or any(c.isdigit() for c in q.text):
        return []
    for hit in _allowed_hits(q, index, limit=12, min_coverage=0.3):
        said = ITEM.sub("", index.passages[hit.pid].text).strip()
        line = _banned_line(said)
        if line is None:
            continue
        explained = _settled(ctx, hit.task, line)
        if explained is None:
            continue
        head = verdict_head(ctx, holds_true=False)
        return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95)]
    return []


def banned_elsewhere(q, said: str, title: str) -> bool:
    """Whether the evidence is a line that bans the asked thing only somewhere or at some time the question
    does not put forward ('må man have hunde i kolonihaven?' - 'Ingen hunde i fælleshuset', in the task on
    the gardens' rules): a ban there neither grants nor denies it elsewhere."""
    line = _banned_line(ITEM.sub("", said).strip())
    if line is None or not line.group("rest").strip() or _QUALIFIED.match(line.group("rest")):
        return False  # ('Ingen lommelygter med hvidt lys ...' bans a kind of the thing: read as before)
    words = _words(q)
    at = _object_at(words, key(line.group("thing").casefold()))
    if at is None:
        return False
    scope = {k for t in q.tokens if t is not words[at] for k in t.keys} | set(title_keys(title))
    return not _scope_asked(line.group("rest"), scope)


def _banned_line(said: str) -> re.Match[str] | None:
    """The line's banned thing and what follows it, when it is a verbless ban without an exception or a
    condition clause of its own."""
    line = _BANNED_LINE.match(said)
    if line is None or _EXCEPTION.search(said) or _VERB.search(line.group("rest")) or \
            _CLAUSE.search(line.group("rest")):
        return None
    return line


def _words(q) -> list:
    """The question's words that name things and deeds (not the leave it asks with: 'tilladt')."""
    return [t for t in q.content() if t.role == "word" and t.weight >= 0.3 and not set(t.keys) & _LEAVE_WORDS]


def _object_at(words: list, thing: str) -> int | None:
    """Where among the words the banned thing stands (the object the question asks leave for)."""
    return next((i for i, t in enumerate(words) if any(k == thing or same_thing(k, {thing}) for k in t.keys)),
                None)


def _settled(ctx: Context, task: int, line: re.Match[str]) -> set[int] | None:
    """The question's positions the banned line settles, or None: the thing is the object the question asks
    leave for (the verb before it is any deed with it), the line's place or condition is the question's or
    its task's scope, and the question's other words are the line's or its task's."""
    q, index = ctx.q, ctx.index
    thing = key(line.group("thing").casefold())
    words = _words(q)
    at = _object_at(words, thing)
    if at is None:
        return None
    obj = words[at]
    # the verb: the one word right before the thing ('tænde bål', 'have en påhængsmotor'), whatever deed
    verb = words[at - 1] if at > 0 and obj.pos - words[at - 1].pos <= 3 else None
    if not _puts_there(q, obj):
        return None  # 'må man fjerne graffiti?' - 'Ingen graffiti': a deed about the thing, not with it
    others = [t for t in words if t is not obj and t is not verb]
    title = title_keys(index.tasks[task].title)
    # (any word of the question: 'ved' of 'ved stormvarsel' is light, yet the line's condition says it)
    asked = {k for t in q.tokens if t is not obj and t is not verb for k in t.keys}
    if not _scope_asked(line.group("rest"), asked | title, compounds=title):
        return None
    said = content_keys(line.group(0))
    if not all(set(t.keys) & said or any(index.task_has(task, k) for k in t.keys) for t in others):
        return None
    if verb is not None:  # a deed the task need not write: the line bans every deed with the thing
        verb.match = max(verb.match, 1.0)
    return ({obj.pos} | {t.pos for t in others} | ({verb.pos} if verb else set())
            | title_positions(index, q, task))


def _puts_there(q, obj) -> bool:
    """Whether the question's word before the thing (past an article) is no verb, or a verb of having,
    bringing or using it ('må man have en påhængsmotor', 'er hunde tilladt'; not 'kan man se graffiti')."""
    before = [t for t in q.tokens if t.pos < obj.pos and t.surface.casefold() not in _ARTICLES]
    if not before or before[-1].surface.casefold() in _FRAME:
        return True
    verb = before[-1]
    return bool(({key(verb.surface.casefold())} | set(verb.keys)) & _PUTS_THERE)


_ARTICLES = frozenset(("en", "et", "nogen", "noget", "nogle", "sin", "sit", "sine", "a", "an", "the", "any",
                       "some"))
# the words that ask leave, before the thing when the question says no verb ('er hunde tilladt')
_FRAME = frozenset(("må", "kan", "man", "vi", "jeg", "du", "i", "er", "det", "der", "være", "tilladt", "lov",
                    "til", "at", "may", "can", "we", "is", "are", "allowed", "to", "there"))


def _scope_asked(rest: str, scope: set[str], *, compounds: set[str] | None = None) -> bool:
    """Whether the line's words after the thing ('på pladsen', 'ved stormvarsel eller forbud mod
    afbrænding') are the question's or the task's title's (the compound's head too: 'plads' of
    'hængekøjeplads'), for one alternative at least: a ban 'ved stormvarsel' does not answer leave in fair
    weather. The head of a compound counts only for the compounds given, when given (the title's:
    'pladsen' in the task on 'hængekøjepladser'; a ban 'på stranden' says nothing of the question's own
    'hundestranden')."""
    parts = [keys for part in _ALTERNATIVE.split(rest) if (keys := content_keys(part))]
    heads = scope if compounds is None else compounds
    return not parts or any(all(_same_word(k, scope, heads) for k in keys) for keys in parts)


def _same_word(k: str, scope: set[str], heads: set[str]) -> bool:
    """The same word, or the head of a compound of `heads` ('bro' of 'vinterbadebro', which same_thing
    finds too short)."""
    return k in scope or (len(k) >= _HEAD and any(o.endswith(k) for o in heads)) or \
        (heads is scope and same_thing(k, scope))
