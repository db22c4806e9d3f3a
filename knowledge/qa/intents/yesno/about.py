"""Whether the evidence is about what the question names: its numbered things, titles, names and words."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, is_stop, key
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _claim_clause, _first_line
from knowledge.qa.intents.yesno.task_fields import _relating
from knowledge.qa.intents.yesno.words import _ALWAYS, _COORDINATE, _ONLY
from knowledge.qa.titles import title_positions
from knowledge.units import unit_words
from knowledge.wording import label

# A thing told apart by its number: 'bilag 2', 'modul 3', 'prøvekørsel 1' (not a week, task or step)
_NUMBERED = re.compile(r"\b([a-zæøå]{3,})\s+(\d{1,3})\b(?![.,]\d)", re.I)
_NOT_NUMBERED = frozenset("uge week opgave opgaven task trin step bølge wave kl klokken prioritet priority "
                          "version".split())


def _other_numbered(question: str, said: str) -> bool:
    """Whether the question names a numbered thing ('bilag 2') that the evidence names only by other
    numbers ('Bilag 1')."""
    told: dict[str, set[str]] = {}
    for m in _NUMBERED.finditer(said):
        if _names_one(said, m):
            told.setdefault(key(m.group(1).casefold()), set()).add(m.group(2))
    for m in _NUMBERED.finditer(question):
        word = m.group(1).casefold()
        if word not in _NOT_NUMBERED and _names_one(question, m) and (k := key(word)) in told and \
                m.group(2) not in told[k]:
            return True
    return False


def _names_one(text: str, m: re.Match) -> bool:
    """Whether the number names one thing ('bilag 2 i ...', 'Bilag 1 underskrives') rather than counting
    the word after it ('fylde 600 tegn')."""
    after = re.match(r"\s*([^\W\d_]+)", text[m.end():])
    word = after.group(1).casefold() if after else ""
    if word in _MEASURES:  # 'til 30 procent', 'på 11 kW': a quantity, no numbered thing
        return False
    return not word or is_stop(word) or word.endswith(("es", "et", "t"))  # 'underskrives', 'underskrevet'


_MEASURES = frozenset({"procent", "pct", "percent", "kr", "kroner", "dkk", "mb", "gb", "kw", "kwh", "lux",
                       "grader", "meter", "km", "kg", "ton", "stk", "styk"}) | frozenset(unit_words())


def mention_list(q, c: Candidate) -> bool:
    """Whether a candidate is a list of tasks for a yes/no question that asks of no task: no evidence."""
    return q.yesno and c.kind == "list" and not any(t.key in _TASK_WORDS for t in q.tokens)


# The words that ask about tasks ('er der en opgave om ...?'); not 'nummer' or 'id', which also name a task
# but in a yes/no mostly a value ('kan forældrene se, hvilket nummer barnet har?')
_TASK_WORDS = frozenset(key(w) for w in ("opgave", "opgaver", "opgaven", "opgaverne", "klikopgave", "task",
                                         "tasks"))


def _task_status_of_thing(q, said: str) -> bool:
    """Whether the evidence is the task's publication status (whether KOMBIT has published the task)
    and the question asks of a thing, not of the task ('skal listen offentliggøres?')."""
    if not any(said.lstrip().startswith(label("publication", lang)) for lang in ("da", "en")):
        return False
    return not (q.tasks or q.has("task"))


def _found_by_body(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether a field of a task the question did not name (nor speak of) answers a question with a
    telling word that neither the field nor the task's title says: the word found the task by its
    text, and the field ('Bølger: ...') says nothing of it."""
    q = ctx.q
    if q.tasks or q.has("task") or len(evidence.tasks) != 1:
        return False  # 'er opgaven om listen til Movia ...?' names the task by its words
    named = title_positions(ctx.index, q, evidence.tasks[0]) | q.project_pos
    said_keys = content_keys(said)
    return any(t.pos not in named and t.role == "word" and t.weight >= 0.5 and not t.concepts
               and not _relating(t) and not set(t.keys) & said_keys for t in q.content())


def _only_other(q, said: str) -> bool:
    """Whether the claim's clause says 'kun X' and a word of the question stands in another coordinate
    clause of the sentence only: 'gælder aftalen for private vandløb?' - 'Aftalen gælder kun for de
    offentlige vandløb; private vandløb er ikke omfattet' (a word in the clause's own 'når ...' is its)."""
    first = _first_line(said)
    clauses = _COORDINATE.split(first)
    claim = _claim_clause(q.text, first)
    if len(clauses) < 2 or not _ONLY.search(claim) or _ONLY.search(q.text):
        return False
    own = next((c for c in clauses if c.startswith(claim) or claim in c), claim)
    inside = content_keys(own)
    others = set().union(*(content_keys(c) for c in clauses if c is not own))
    return any(t.weight >= 0.5 and not set(t.keys) & inside and set(t.keys) & others for t in q.content())


def _in_title(ctx: Context, evidence: Candidate) -> set[int]:
    """The question's words that the title of the evidence's task says ('kurset om Gravstedsregistret' -
    a sentence of the task 'Uddan ... i Gravstedsregistret'): what the sentence is about, no other party."""
    if len(evidence.tasks) != 1 or evidence.kind != "passage":  # a task's own field is about the task
        return set()
    title = content_keys(ctx.task(evidence.tasks[0]).title)
    return {t.pos for t in ctx.q.tokens if set(t.keys) & title}


def _named_as_about(ctx: Context, evidence: Candidate) -> set[int]:
    """The names in the question ('PasPortalen', 'BadPas') of the thing the evidence's one task is about,
    as its title or goal says ('Alle ... er uddannet i PasPortalen'): a sentence of that task speaks of
    it without naming it ('Kommunen skal udpege to superbrugere' for '... superbrugere til PasPortalen?')."""
    if len(evidence.tasks) != 1 or evidence.kind != "passage":  # (a field of the task says no more of it)
        return set()
    task = ctx.task(evidence.tasks[0])
    about = content_keys(f"{task.title} {task.goal or ''}")
    # (a setting by its own key: 'styltehold', not also its part 'stylt')
    return {t.pos for t in ctx.q.content() if t.pos > 0 and t.role == "word" and t.keys
            and ((t.surface[:1].isupper() and all(k in about for k in t.keys))
                 or (_setting(ctx.q, t) and t.key in about))}


def _setting(q, tok) -> bool:
    """Whether a lowercase word only places the question's claim ('på styltehold', 'i hallen'): right after
    'på/i/ved/hos', no party and no concept; where the task's goal says it ('Borgerne kan booke tider i
    kommunens styltehold'), its sentences speak of that setting without naming it ('Udstyr: hjelm og
    knæbeskyttere til hver deltager' for 'skal hver deltager på styltehold have hjelm?')."""
    return tok.pos > 1 and not tok.concepts and q.tokens[tok.pos - 1].surface.casefold() in _SETTING_WORDS


_SETTING_WORDS = frozenset("på i ved hos on in at".split())


def _untitled_coverage(q, evidence: Candidate, titled: set[int]) -> float:
    """How much of the question's words other than those naming the task by its title the evidence
    says itself ('Filen sendes ... via Serviceplatformen' for 'sendes eksportfilen med barselsperioder via
    Serviceplatformen?' in the task on exporting barselsperioder); 0 when the title names it all."""
    rest = [t for t in q.content() if t.pos not in titled and t.pos not in q.project_pos and t.role != "ref"]
    total = sum(t.weight for t in rest)
    if total <= 0 or len(rest) < 2:
        return 0.0
    # every one of them: a word left unsaid may be the very claim ('... i produktion?')
    return 1.0 if all(t.pos in evidence.explained and t.match >= 1 for t in rest) else 0.0


def _about_named(ctx: Context, evidence: Candidate, said: str, *,
                 framing: frozenset[str] = frozenset()) -> bool:
    """Whether every telling word of the question stands in the evidence or in its task: a 'Nej' about
    another thing than the question's is no answer (`framing`: words that tell no thing, 'uden' of 'uden
    for' where the sentence says the ones outside in its own words)."""
    said_keys = content_keys(said)
    for t in ctx.q.content():
        if t.surface.casefold() in framing:
            continue
        if t.role != "word" or t.weight < 0.5 or t.match < 1 or t.concepts or t.pos in ctx.q.project_pos \
                or t.surface.isdigit() or (t.surface.islower() and len(t.surface) <= 3) \
                or _ALWAYS.fullmatch(t.surface):
            continue  # 'fra nu af': a small word tells nothing of what the question is about ('altid': how
            # often, which the 'kun, hvis' of the evidence answers)
        if any(k in said_keys or any(ctx.index.task_has(task, k) for task in evidence.tasks) for k in t.keys):
            continue
        return False
    return True
