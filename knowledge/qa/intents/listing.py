"""Lists across tasks: by project, wave, priority, STS, signature, deadline in the text, or words the
tasks mention. The intent finds the filters (`list_filters`) and returns the tasks that pass them all;
the wording comes from `knowledge.qa.messages`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.fold import ascii_fold, key, keys
from knowledge.language import document_lemma
from knowledge.qa.candidate import LIST_LIMIT, Candidate, Context
from knowledge.qa.intents.list_filters import (
    _ANY_PAPER,
    LITERAL,
    MENTION_WORDS,
    PHASE_NUMBER,
    WAVES,
    By,
    Filter,
    about_positions,
    attribute_filters,
    deadline_filter,
    mention_filter,
    negate,
    phase_number_filter,
    priority_filters,
    project_filters,
    related_filter,
    sent_paper,
    signature_filter,
    sts_filter,
    wave_filter,
    window_filter,
    within_filter,
)
from knowledge.qa.messages import task_list
from knowledge.qa.types import Expect, asks_for_tasks

# 'vis opgaverne i Digital Post', 'giv mig en liste over ...', 'show the tasks of KSD' (read in Danish as
# 'vise tasks af KSD': the infinitive the English imperative is rendered by)
_SHOW = re.compile(r"^\W*(vis|vise|show|giv mig|give me|list|liste|oversigt|overview|find|naevn|name)\b|"
                   r"\b(what|hvad for( nogle)?|hvor mange|how many|nogen|nogle|any)( \w+)? (opgaver|tasks)\b")


@dataclass
class ListCandidate(Candidate):
    """A list's score: the words the list read as its own cue ('nævner', 'omtaler', 'højest', "don't")
    count even when the tasks never use them; an unknown word it did not read still counts against it."""

    def score(self, q) -> float:
        cue = {t.pos for t in q.tokens if t.pos in self.explained and t.match == 0}
        total = sum(t.weight for t in q.tokens if t.pos not in cue)
        if total == 0:
            return self.prior
        return self.prior * sum(t.weight * t.match for t in q.tokens if t.pos in self.explained) / total


@dataclass
class TaskList:
    """A list across tasks as data: the filters (in the order the question names them), the tasks
    that pass all of them, sorted as the knowledge base holds them."""

    filters: list[Filter]
    tasks: list[int]

    @property
    def unknown(self) -> Filter | None:
        """The first filter naming a value no task has ('prioritet «Anbefalet»', 'bølge 8')."""
        return next((f for f in self.filters if not f.known), None)


def listing(ctx: Context) -> list[Candidate]:
    """'hvilke opgaver er i bølge 3?', 'which tasks are optional?', 'hvilke opgaver nævner KMD?'"""
    q = ctx.q
    shown = q.has("task") and bool(_SHOW.search(ascii_fold(q.text.casefold())))  # not 'find kontakten
    asks_list = q.has("which", "list") or shown
    # 'hvilke opgaver hænger sammen med 1301?' names a task; 'hvilke opgaver er i fase 2.2?' a phase
    if q.tasks and not (asks_list and (PHASE_NUMBER.search(q.text) or WAVES.search(q.text))):
        related = related_filter(ctx) if asks_list else None
        if related is None:
            return []
        framing = q.concept_positions("which", "list", "task", "what") | {
            t.pos for t in q.tokens if t.key in MENTION_WORDS}
        cand = _candidate(ctx, TaskList([related], sorted(related.tasks)), framing | related.positions, 1.0)
        if cand.found and q.tasks[0] not in cand.tasks:
            cand.tasks = [*cand.tasks, q.tasks[0]]  # the relation is read off the asked task too
        return [cand]
    if not (asks_list or (q.wave is not None and not q.has("step") and q.expects is not Expect.PARTY)):
        return []  # 'hvem bør udføre opgaven om X for KY bølge 4?' asks who, not for the wave's tasks
    if q.expects is not Expect.ANY and q.wave is None and not shown and not q.has("which", "task"):
        return []  # 'hvor gemmer vi oversigten over de lukkede sager?' asks where a list is, for no tasks
    if q.has("which") and not q.has("task", "list") and not shown and (q.wave is None or _which_noun(q)) \
            and not _papers_to_sign(q):
        return []  # 'hvilken rolle ...', 'which supplier ...', 'hvilke kommuner er med i bølge 2?': a value
    found = find(ctx)
    if found is None:
        return []
    filters, handled = found
    negate(ctx, filters)
    result = TaskList(filters, sorted(_passing(ctx, filters)))
    explained = handled | {p for f in filters for p in f.positions}
    # 'hvilke opgaver …' asks for tasks: a list beats any one sentence; words merely found in the
    # tasks ('vis … om X') less surely so
    mention_only = all(f.by is By.MENTION for f in filters) and filters
    prior = 0.85 if mention_only and not (shown or (q.has("which") and q.has("task"))) else 1.0
    return [_candidate(ctx, result, explained, prior)]


# 'hvilke kommuner ...', 'which municipalities ...': the noun a 'which' asks for
_WHICH_NOUN = re.compile(r"^\W*(?:hvilke[nt]?|which)\s+(?P<noun>[\wæøå-]+)", re.I)


def _papers_to_sign(q) -> bool:
    """'hvilke dokumenter skal X skrive under?', 'which agreements must be signed?', 'hvilke aftaler skal
    sendes til KOMBIT?': the papers to sign (and send on) across the tasks, each with its task, as a list
    (not the one sentence that best fits)."""
    m = _WHICH_NOUN.match(q.text)
    if m is None or not (q.has("sign") or sent_paper(q) is not None):
        return False  # ('hvilke aftaler skal sendes til KOMBIT?': the signed papers that go to KOMBIT)
    noun = m.group("noun")
    return noun.casefold().endswith(("er", "s")) and (
        key(noun.casefold()) in _ANY_PAPER or document_lemma(noun) is not None)


def _which_noun(q) -> bool:
    """Whether a 'which' question names a thing of its own ('hvilke kommuner'), not only a verb after it
    ('hvilke er i bølge 2?')."""
    m = _WHICH_NOUN.match(q.text)
    return m is not None and any(t.surface == m.group("noun") and t.role == "word" and t.weight > 0
                                 for t in q.tokens)


def _candidate(ctx: Context, result: TaskList, explained: set[int], prior: float) -> Candidate:
    ok = bool(result.tasks) and result.unknown is None
    if not ok and result.unknown is None:
        # filters the tasks have, but no task passes them all; 'hvilke opgaver ...' asks for tasks, and
        # a sentence that merely has its words ('KOMBIT har modtaget den underskrevne ...') is none
        prior = 0.95 if asks_for_tasks(ctx.q.text) else 0.9
    text = task_list(result, [ctx.index.tasks[t] for t in result.tasks], ctx.lang, limit=LIST_LIMIT)
    sources = result.tasks[:LIST_LIMIT] if ok else []
    return ListCandidate("list", text, sources, explained, found=ok, prior=prior)


def find(ctx: Context) -> tuple[list[Filter], set[int]] | None:
    """The filters the question names and the framing words it used, or None when it names none and
    is not a plain 'hvilke opgaver er der?'."""
    q = ctx.q
    filters, handled, cue = _named_filters(ctx)
    _framed_filters(ctx, filters, handled)
    status_words = q.concept_positions("status", "start", "end")
    rest = {t.pos for t in q.content()} - handled - status_words
    if q.has("priority") and not any(f.by is By.PRIORITY for f in filters):
        return None  # a priority this intent cannot read is not a word to search the tasks for
    mention = mention_filter(ctx, rest) if rest else None
    # Words left over narrow a list when the question says the tasks mention them ('… der nævner X') and
    # some passing task does, not when they merely go with another filter ('… skal sendes retur til
    # KOMBIT'). Within a project or wave only ('hvilke opgaver i KP skal sendes til Udbetaling
    # Danmark?') they say which of its tasks, even none ('hvilke opgaver i X kræver en fuldmagt?' when
    # none of X's do).
    scoped = q.has("task") and bool(filters) and all(f.by in _SCOPES for f in filters)
    if mention is not None and (not filters or scoped or (cue and mention.tasks & _passing(ctx, filters))):
        filters.append(mention)
    elif rest and not filters:
        return None  # words this intent does not read: another intent's question
    if not filters and (status_words or not q.has("task")):
        return None  # 'hvilke opgaver er fuldført?' is the workspace's (own work), not the text's
    if any(f.by in (By.MENTION, By.SIGNED_BY) for f in filters):
        # 'hvilke opgaver skal løses af X?': the verb of doing frames who does it
        handled |= q.concept_positions("start", "end") - q.concept_positions("status")
    return filters, handled


def _named_filters(ctx: Context) -> tuple[list[Filter], set[int], set[int]]:
    """The filters of the projects, attributes, waves, priorities and phases the question names, the
    framing words they explain and the words that cue what the tasks are about."""
    q = ctx.q
    handled = q.concept_positions("which", "list", "task", "what")
    handled |= {t.pos for t in q.tokens if ascii_fold(t.surface.casefold()) in ("vis", "show", "giv", "give")}
    cue, about = about_positions(ctx)
    handled |= cue
    filters = project_filters(ctx, handled | about)
    projects = project_filters(ctx, set(handled))
    named = {t.pos for t in q.content()} & about
    if named and projects and not LITERAL.search(ascii_fold(q.text.casefold())) and \
            named <= {p for f in projects for p in f.positions}:
        # 'hvilke opgaver handler om Digital Post?': the project's tasks, not every task that names it
        filters, about = projects, set()
    filters += attribute_filters(ctx, handled | about | {p for f in filters for p in f.positions})
    named = {p for f in filters if f.by is By.PROJECT for p in f.positions}
    for f in (wave_filter(ctx), sts_filter(ctx), *priority_filters(ctx, named), phase_number_filter(ctx)):
        if f is not None:
            filters.append(f)
    _waves_of_projects(ctx, filters)
    return filters, handled, cue


def _framed_filters(ctx: Context, filters: list[Filter], handled: set[int]) -> None:
    """Adds the signature, within, deadline and window filters to `filters`, and the words every filter
    and the words that frame a list of them ('hører til') explain to `handled`."""
    q = ctx.q
    for f in filters:
        handled |= f.positions
    if (f := signature_filter(ctx, handled)) is not None:
        filters.append(f)
        handled |= f.positions
    for make in (within_filter,) if within_filter(ctx) else (deadline_filter, window_filter):
        if (f := make(ctx)) is not None:
            filters.append(f)
            handled |= f.positions
    if filters:  # 'hvilke opgaver hører til / ligger i / are part of the project ...'
        handled |= {t.pos for t in q.tokens
                    if t.key in MENTION_WORDS or key(t.surface.casefold()) in MENTION_WORDS}
        handled |= q.concept_positions("project", "involved")


_SCOPES = frozenset({By.PROJECT, By.WAVE})


def _waves_of_projects(ctx: Context, filters: list[Filter]) -> None:
    """'hvilke opgaver har vi i KY bølge 3?': a task of another project in the wave 'KY - Bølge 3' is in
    it too; the project named with a wave number names the wave."""
    waves = [f for f in filters if f.by is By.WAVE]
    if not waves:
        return
    for f in filters:
        if f.by is By.PROJECT:
            names = tuple({" ".join(keys(n)) for n in f.value.split(" / ")})
            f.tasks = f.tasks | {t for t in waves[0].tasks
                                 if any(" ".join(keys(w)).startswith(names) for w in ctx.task(t).waves)}


def _passing(ctx: Context, filters: list[Filter]) -> set[int]:
    """The tasks that pass every filter; two projects named ('Digital Post og KY') take the tasks of
    either, as a task belongs to one project."""
    chosen = set(range(len(ctx.index.tasks)))
    projects = [f for f in filters if f.by is By.PROJECT and not f.negated]
    if len(projects) > 1:
        chosen &= set().union(*(f.tasks for f in projects))
    for f in filters:
        if f not in projects or len(projects) == 1:
            chosen &= f.tasks
    return chosen
