"""The /klik subcommands and buttons: each feature module registers its words here, so the help
text, the slash command and the buttons are all generated from one list and cannot drift apart.

A subcommand is `func(ctx: CommandContext) -> Reply`. A button is the same kind of function; its
`value` becomes `ctx.args`, and the app acknowledges the click, runs it and replaces the message
with the returned Reply (see handlers/klik.py).
"""

from __future__ import annotations

import logging
import shlex
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.deadlines import TZ
from handlers import render
from knowledge.errors import KlikError
from knowledge.qa.messages import text as words

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.store import Store
    from knowledge.models import Task


class Reply(BaseModel):
    """What the user sees: `text` is the notification/fallback, `blocks` the Block Kit body.
    `public` replies are shown to the whole channel (changes the team should see)."""

    text: str
    blocks: list[dict[str, Any]] = Field(default_factory=list)
    public: bool = False

    @classmethod
    def announce(cls, text: str) -> Reply:
        """A change the whole channel should see, as one mrkdwn section."""
        return cls(text=text, blocks=[render.section(text)], public=True)

    def message(self) -> dict[str, Any]:
        """Keyword arguments for ack(), respond() and chat.postMessage."""
        out: dict[str, Any] = {"text": self.text}
        if self.blocks:
            out["blocks"] = self.blocks
        return out


@dataclass
class Services:
    """What listeners need besides the request: the store, the knowledge base and a clock."""

    store: Store
    knowledge: Callable[[], Any]  # -> knowledge.base.KnowledgeBase (rebuilt when tasks change)
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    registry: Registry | None = None  # set by Registry; lets a reply hint only at commands that exist


@dataclass
class CommandContext:
    """One request as a subcommand sees it: who, where, and the words after the subcommand."""

    services: Services
    team: str
    user: str
    channel: str | None = None
    args: list[str] = field(default_factory=list)
    text: str = ""
    command: str = ""  # how the request is written in the audit log, e.g. "/klik done 433 1"
    word: str = ""  # the subcommand word the user typed
    client: Any = None  # Slack's Web API client when the request came from Slack (None on the CLI)
    touched: set[str] = field(default_factory=set)  # ids of the tasks this request named
    trigger_id: str | None = None  # lets a command or button open a modal (views.open)
    later: list[Callable[[], None]] = field(default_factory=list)  # Slack calls to make after the ack
    lang: str = "da"  # commands answer in Danish; their words come from the message tables

    @property
    def store(self) -> Store:
        return self.services.store

    @cached_property
    def kb(self):
        return self.services.knowledge()

    def now(self) -> datetime:
        return self.services.now()

    def today(self) -> date:
        """Today in Copenhagen, which is what deadlines and snoozes count in."""
        return self.now().astimezone(TZ).date()

    def has_command(self, word: str) -> bool:
        return self.services.registry is not None and self.services.registry.lookup(word) is not None

    def task(self, ref: str) -> Task:
        """The task `ref` names (id or code, fuzzy 'did you mean' on a miss). Asked as a question,
        'status på 433?' means task 433."""
        ref = task_words(ref)
        if not ref:
            raise KlikError(words("command_which_task", self.lang, word=self.word or "status"))
        task = self.kb.resolve(ref)
        self.touched.add(task.id)
        return task

    def task_prefixes(self, words: list[str]) -> list[tuple[int, Task]]:
        """(k, task) for every k where the first k words name a task, shortest first. Names are
        short, so only the first MAX_NAME_WORDS words are tried: the work stays linear in the input."""
        found = []
        for k in range(1, min(len(words), MAX_NAME_WORDS) + 1):
            task = self.kb.get(" ".join(words[:k]))
            if task is not None:
                found.append((k, task))
        self.touched.update(task.id for _, task in found[-1:])
        return found


Handler = Callable[[CommandContext], Reply]
MAX_NAME_WORDS = 6  # a task id or code is a few words: 'eFaktura 8b', 'KLIK-opgave 433'
MAX_COMMAND_CHARS = 1000  # no subcommand needs more; a pasted page must not cost the 3 s ack
_FILLER = {"på", "for", "af", "om", "til", "of", "on", "about"}  # 'status på 433?'


def task_words(ref: str) -> str:
    """A task reference without the small words and '?' of a question: 'på 433?' -> '433'."""
    words = ref.strip().rstrip("?!. ").split()
    if len(words) > 1 and words[0].casefold() in _FILLER:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class Subcommand:
    """One /klik subcommand. `names[0]` is the Danish word shown first in the help."""

    names: tuple[str, ...]
    usage: str  # arguments, e.g. "OPGAVE TRIN…"
    summary_key: str  # the message that says in one line what it does ('help_done')
    run: Handler
    summary_values: tuple[tuple[str, Any], ...] = ()  # what that message is filled with

    def describe(self, lang: str = "da") -> str:
        return words(self.summary_key, lang, **dict(self.summary_values))

    @property
    def summary(self) -> str:
        """The Danish line, as /klik hjælp and klik --help show it."""
        return self.describe("da")


def _fold(word: str) -> str:
    return word.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


AfterHook = Callable[[CommandContext, Reply], None]
Wanted = Callable[[CommandContext, Reply], bool]

class Registry:
    """The subcommands, buttons and question fallback of one app."""

    def __init__(self, services: Services):
        self.services = services
        services.registry = self
        self._subcommands: list[Subcommand] = []
        self._by_word: dict[str, Subcommand] = {}
        self.buttons: dict[str, Handler] = {}
        self.question: Handler | None = None
        self.after: list[tuple[AfterHook, Wanted]] = []  # run after each command/button that wants it
        self.modals: dict[str, Callable[[CommandContext, str], bool]] = {}  # kind -> opens that modal

    def command(self, *names: str, usage: str = "", summary: str,
                summary_values: dict[str, Any] | None = None) -> Callable[[Handler], Handler]:
        """Register `func` under all `names` (Danish first, then English and spelling variants);
        `summary` names the message that describes it in the help."""

        def decorator(func: Handler) -> Handler:
            sub = Subcommand(names=names, usage=usage, summary_key=summary, run=func,
                             summary_values=tuple((summary_values or {}).items()))
            for name in names:
                if _fold(name) in self._by_word:
                    raise ValueError(f"/klik {name} is registered twice")
                self._by_word[_fold(name)] = sub
            self._subcommands.append(sub)
            return func

        return decorator

    def button(self, action_id: str) -> Callable[[Handler], Handler]:
        """Register a button handler; handlers/klik.py wires it to app.action(action_id)."""

        def decorator(func: Handler) -> Handler:
            if action_id in self.buttons:
                raise ValueError(f"button {action_id} is registered twice")
            self.buttons[action_id] = func
            return func

        return decorator

    def on_question(self, func: Handler) -> Handler:
        """What `/klik <anything that is not a subcommand>` does (the answer engine)."""
        self.question = func
        return func

    def after_each(self, func: AfterHook, *, when: Wanted = lambda ctx, reply: True) -> AfterHook:
        """Run `func(ctx, reply)` after every subcommand and button for which `when(ctx, reply)`,
        once Slack has its ack (the Home tab refreshes this way after a change). `when` runs in the
        request and must be cheap: a request nothing follows up starts no thread."""
        self.after.append((func, when))
        return func

    def finished(self, ctx: CommandContext, reply: Reply) -> None:
        """Run the request's follow-ups and the after-hooks in the background: the app answers Slack
        only when its listener returns (process_before_response), and these are Slack calls."""
        steps = [*ctx.later, *(lambda f=f: f(ctx, reply) for f, when in self.after if when(ctx, reply))]
        if steps:
            in_background(*steps)

    def open_modal(self, kind: str, ctx: CommandContext, value: str = "") -> bool:
        """Open the `kind` modal (handlers/modals.py registers them) for a typed command that lacks
        what the modal asks for; False where no modal can open (the CLI, no trigger)."""
        opener = self.modals.get(kind)
        return bool(opener and ctx.client is not None and ctx.trigger_id and opener(ctx, value))

    def lookup(self, word: str) -> Subcommand | None:
        return self._by_word.get(_fold(word))

    @property
    def subcommands(self) -> list[Subcommand]:
        return list(self._subcommands)

    def run_text(self, text: str, ctx: CommandContext) -> Reply:
        """Run `/klik <text>`: a subcommand if the first word is one (or a typo of one followed by
        what a command takes), else a question."""
        text = text.strip()
        first, _, rest = text.partition(" ")
        rest = rest.strip()
        sub = self.lookup(first) if first else self.lookup("hjælp")
        if sub is None:
            meant = self.near_command(first)
            if meant and looks_like_arguments(rest, ctx):
                shown = render.escape(render.clip(" ".join(f"/klik {meant} {rest}".split()), 80))
                return Reply(text=words("command_did_you_mean", ctx.lang, command=shown))
            if self.question is None:
                raise KlikError(words("command_unknown", ctx.lang))
            ctx.args, ctx.text, ctx.word = text.split(), text, ""
            return self.question(ctx)
        if len(rest) > MAX_COMMAND_CHARS:
            example = f"/klik {sub.names[0]} {sub.usage}".strip()
            raise KlikError(words("command_too_long", ctx.lang, chars=len(text), most=MAX_COMMAND_CHARS,
                                  example=example))
        ctx.word, ctx.text, ctx.args = first.casefold(), rest, split_args(rest, ctx.lang)
        return sub.run(ctx)

    def run_as(self, text: str, *, team: str, user: str, command: str) -> Reply:
        """`/klik <text>` for a front end without Slack (the `klik SUB …` command line)."""
        ctx = CommandContext(services=self.services, team=team, user=user, command=command)
        return self.run_text(text, ctx)

    def near_command(self, word: str) -> str | None:
        """The subcommand `word` is one typo away from ('stauts' -> 'status'), Danish or English."""
        folded = _fold(word)
        if len(folded) < 3:
            return None
        allowed = 1 if len(folded) < 8 else 2  # one slip in a short word, two in a long one
        best = process.extractOne(folded, list(self._by_word), scorer=OSA.distance, score_cutoff=allowed)
        if best is None:
            return None
        return next(n for n in self._by_word[best[0]].names if _fold(n) == best[0])


def in_background(*steps: Callable[[], None]) -> threading.Thread:
    """Run `steps` one after another in a daemon thread; a failing step is logged, never raised
    (a Home refresh must not turn a stored change into an error message)."""

    def run() -> None:
        for step in steps:
            try:
                step()
            except Exception:
                logging.getLogger("klik").exception("background Slack call failed")

    thread = threading.Thread(target=run, name="klik-after", daemon=True)
    thread.start()
    return thread


def looks_like_arguments(rest: str, ctx: CommandContext) -> bool:
    """Whether `rest` reads as a subcommand's arguments (nothing, or a task then more words) rather
    than the rest of a question ('hvem er …', 'starter 433 hvornår?')."""
    if "?" in rest:
        return False
    return not rest or bool(ctx.task_prefixes(rest.split()))


def split_args(text: str, lang: str = "da") -> list[str]:
    """Words, with "quoted phrases" kept together (Slack may send curly quotes)."""
    text = text.replace("“", '"').replace("”", '"').replace("„", '"')
    try:
        return shlex.split(text, posix=True)
    except ValueError as exc:
        raise KlikError(words("command_open_quote", lang)) from exc


_REGISTRIES: weakref.WeakKeyDictionary[Any, Registry] = weakref.WeakKeyDictionary()


def attach(app: App, registry: Registry) -> Registry:
    _REGISTRIES[app] = registry
    return registry


def commands(app: App) -> Registry:
    """The registry of `app` (created by bot.runtime.app.create_app); use it in a module's register(app)."""
    try:
        return _REGISTRIES[app]
    except KeyError:
        raise RuntimeError("this App was not built by bot.runtime.app.create_app") from None
