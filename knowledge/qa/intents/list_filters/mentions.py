"""List filters by the words the tasks mention or the tasks they relate to, and negated filters."""

from __future__ import annotations

import re

from knowledge.base import ref_key
from knowledge.fold import ascii_fold, content_keys, is_stop, key
from knowledge.qa.candidate import Context
from knowledge.qa.intents.list_filters.criteria import By, Filter, Note, positions_of
from knowledge.qa.intents.yesno.parties import BODIES, is_political

# Words that frame 'which tasks mention X' and are not X: mention, concern, belong to, contain, show.
MENTION_WORDS = frozenset(key(w) for w in (
    "nævner nævne nævnes nævnt nævnte omtaler omtale omtales mention mentions mentioned mentioning "
    "om about concern concerns concerning regarding involverer involvere involve involves "
    "involving indeholder indeholde contain contains containing omfatter omfatte include includes "
    "står stå refererer refer refers hører høre belong belongs part del ligger ligge "
    "kræver kræve kræves require requires required need needs needing skal must have has har "
    "omhandler omhandle vedrører vedrøre angår angå berører berøre deal deals cover covers gøre "
    "gælder gælde apply applies findes exist exists "
    "vis show giv give find finde nævn name mig me liste list oversigt over "
    "relate relates related to til andre anden andet other others øvrige "
    "kun only just bare udelukkende").split())


# Words that say the rest of the question is what the tasks mention or are about.
_ABOUT = re.compile(r"(?<=opgaver )om\b|(?<=opgave )om\b|(?<=tasks )on\b|"
                    r"\b(naevner|naevne|naevnes|naevnt|omtaler|omtales|handler om|handle om|drejer sig om|"
                    r"omhandler|vedroerer|angaar|beroerer|har med|"
                    r"mentions?|mentioning|about|concerning|regarding|involverer|involves?|indeholder|contains?|"
                    r"deals? with|relate[sd]? to|refers? to|covers?)\b")


# The cues that ask for the words themselves ('hvilke opgaver nævner Digital Post?'), not for what the
# tasks belong to ('hvilke opgaver handler om Digital Post?' asks for the project's tasks).
LITERAL = re.compile(r"\b(naevner|naevne|naevnes|naevnt|omtaler|omtale|omtales|mentions?|mentioned|"
                     r"mentioning|"
                     r"refers? to|refererer)\b")


def about_positions(ctx: Context) -> tuple[set[int], set[int]]:
    """(the cue's words, the words after it) in 'hvilke opgaver handler om X': X is what to search for,
    even when it is also a project's name ('… på Serviceplatformen')."""
    folded = [ascii_fold(t.surface.casefold()) for t in ctx.q.tokens]
    joined = " ".join(folded)
    m = _ABOUT.search(joined)
    if m is None:
        return set(), set()
    first = joined[:m.start()].count(" ")
    last = first + m.group(0).count(" ")
    return set(range(first, last + 1)), set(range(last + 1, len(folded)))


def _frames(tok) -> bool:
    """A word that frames a list ('nævner', 'hører til'), as the question has it or as corrected."""
    return tok.key in MENTION_WORDS or key(tok.surface.casefold()) in MENTION_WORDS


def mention_filter(ctx: Context, rest: set[int]) -> Filter | None:
    """'hvilke opgaver nævner Netcompany?': the tasks that hold every remaining word of the question in
    one passage ('Context Handler', not 'test' in one step and 'eIndkomst' in another)."""
    q = ctx.q
    words = {p for p in rest if not q.tokens[p].concepts and (not _frames(q.tokens[p])
                                                              or q.tokens[p].surface[:1].isupper() and p > 0)}
    words -= _political_body(q, words)  # ('et politisk udvalg': every municipal committee is one)
    framing = rest - words
    if not words or all(ascii_fold(q.tokens[p].surface.casefold()) in _ORDER or q.tokens[p].surface.isdigit()
                        for p in words):  # nor a bare number ('hvilke opgaver har en varighed på 10 dage?')
        return None  # 'hvilke opgaver skal løses først?' asks for an order, not for tasks that say 'først'
    if any(q.tokens[p].match == 0 for p in words):
        return None  # a word no task has: the pipeline says so
    names = {p for p in words
             if q.tokens[p].surface.isupper() or (p > 0 and q.tokens[p].surface[:1].isupper())}
    tasks = _together(ctx, [q.tokens[p] for p in words])  # a project named is a filter of its own
    if q.lang == "en" and names and names != words and not tasks:
        # 'which tasks does the DPO handle?': an English verb may stem like a Danish word ('handle',
        # 'handler'); the names are what the tasks must mention, unless tasks hold the other words
        # with them too ('which tasks must be returned to KOMBIT?')
        framing, words = framing | (words - names), names
        tasks = _together(ctx, [q.tokens[p] for p in words])
    if not tasks and names and names != words:  # 'hvilke opgaver bruger Administrationsmodulet?'
        framing, words = framing | (words - names), names
        tasks = _together(ctx, [q.tokens[p] for p in words])
    shown = " ".join(q.tokens[p].surface for p in sorted(words))
    return Filter(By.MENTION, shown, tasks, words | framing)


def _political_body(q, words: set[int]) -> set[int]:
    """The positions of 'politisk' right before a body that decides ('vedtages af et politisk udvalg'):
    every committee of the council is political, so a task says 'vedtages af by- og trafikudvalget'
    without the word; the body's own word is searched for."""
    return {p for p in words if is_political(q.tokens[p].surface) and p + 1 < len(q.tokens)
            and key(q.tokens[p + 1].surface.casefold()).endswith(BODIES)}


# Words of order or degree: no thing the tasks mention ('først', 'mest', 'now').
_ORDER = frozenset(ascii_fold(w) for w in "først sidst mest mindst nu snart snarest straks hurtigst tidligst "
                   "first last now soon most least earliest".split())


def _together(ctx: Context, toks) -> set[int]:
    """Tasks with a passage that holds every one of these words (any of each word's keys); unless the
    question asks what the tasks mention, not a passage that names them only to say it is not them
    ('SMS'en sendes fra modulet, ikke fra Nexus' is not about Nexus)."""
    postings = ctx.index.postings
    common: set[int] | None = None
    for tok in toks:
        pids = {p for k in _said_as(ctx, tok) for p in postings.get(k, ())}
        common = pids if common is None else common & pids
        if not common:
            return set()
    if not LITERAL.search(ascii_fold(ctx.q.text.casefold())):
        common = {p for p in common or () if not _denied(ctx.index.passages[p].text, toks)}
        # 'hvilke opgaver skal sendes til KOMBIT?' is not 'KOMBIT sender 30 plakater til kommunen'
        common = {p for p in common if not _receiver_only_doer(ctx, ctx.index.passages[p].text, toks)}
        # 'Der skal ikke indgås en databehandleraftale' mentions the word but says the task has none
        common = {p for p in common if not _only_denied(ctx.index.passages[p].text, toks)}
    return {ctx.index.passage_task[p] for p in common or ()}


def _receiver_only_doer(ctx: Context, text: str, toks) -> bool:
    """Whether the question asks for a name as the one a deed goes to ('sendes til KOMBIT', 'sent to
    KOMBIT'), and the text names it only as the doer of that deed, right before its verb ('KOMBIT sender 30
    plakater til kommunen'): it is not what is sent to it."""
    q = ctx.q
    for tok in toks:
        if not tok.surface[:1].isupper() or tok.pos < 2 or \
                q.tokens[tok.pos - 1].surface.casefold() not in ("til", "to"):
            continue
        verb = set(q.tokens[tok.pos - 2].keys)
        said = list(re.finditer(rf"(?<!\w){re.escape(tok.surface)}(?!\w)", text, re.I))
        if said and all((after := re.match(r"\s+([\wæøåÆØÅ-]+)", text[m.end():])) is not None and
                        set(content_keys(after.group(1))) & verb for m in said):
            return True
    return False


def _said_as(ctx: Context, tok) -> set[str]:
    """The keys a task may say a word by: its own, and for a common noun the compounds naming a kind of it
    ('et udvalg' is said by 'vedtages af klima- og miljøudvalget', 'a committee' too)."""
    keys = set(tok.keys)
    if tok.surface.isalpha() and tok.surface.islower():
        written = any(k in ctx.index.postings for k in tok.keys)
        keys |= {c for k in tok.keys for c in ctx.index.kinds(k, limit=_KINDS)
                 if _modifier_known(ctx.index, c[:-len(k)], strict=written)}
    return keys


def _modifier_known(index, modifier: str, *, strict: bool) -> bool:
    """Whether a compound's first part makes it a kind of its head: never a particle ('underretning' is no
    'retning'), and, `strict`ly, where the tasks write the word alone too, only a word the tasks write
    ('system' in 'systemcertifikat', 'miljø' in 'miljøudvalg'), for a suffix is not always a kind
    ('brugervejledning' is no 'ledning', 'borgmester' no 'mester': 'brugervej' and 'borg' are no words)."""
    stem = modifier.rstrip("-")
    forms = {stem, stem[:-1]} if stem.endswith("s") else {stem}  # the linking -s: 'udviklingsplan'
    if is_stop(stem):
        return False
    known = index.postings
    return not strict or any(len(f) >= 4 and not is_stop(f) and (f in known or key(f) in known)
                             for f in forms)


_KINDS = 50  # (every kind the tasks name: a list of tasks must not miss the rarer committees)


def _only_denied(text: str, toks) -> bool:
    """Whether every place the text says one of the words, a negation stands just before it
    ('ikke indgås en ny X', 'ingen X', 'uden X')."""
    words = re.findall(r"[\wæøåÆØÅ-]+", text)
    hits = [i for i, w in enumerate(words) if any(content_keys(w) & set(t.keys) for t in toks)]
    return bool(hits) and all(any(ascii_fold(v.casefold()) in _DENY for v in words[max(0, i - 4):i])
                              for i in hits)


# Words that deny what follows them in a task's sentence (not 'no' or 'non', parts of names and codes).
_DENY = frozenset("ikke ingen intet aldrig uden not never without".split())


def _denied(text: str, toks) -> bool:
    """Whether every word is named only in a contrast that denies it (', ikke fra X', ', not X')."""
    for tok in toks:
        word = re.escape(tok.surface)
        said = list(re.finditer(rf"(?<!\w){word}(?!\w)", text, re.I))
        denied = list(re.finditer(rf"[,;]\s*(?:men\s+|but\s+)?(?:ikke|not)\s+(?:\w+\s+)?{word}(?!\w)",
                                  text, re.I))
        if not said or len(denied) < len(said):
            return False
    return True


_NOT = frozenset("ikke ingen intet ingenting aldrig not no non never nothing uden without dont don doesnt "
                 "doesn aren arent isn isnt".split())


def negate(ctx: Context, filters: list[Filter]) -> None:
    """A filter the question negates ('hvilke opgaver er ikke obligatoriske?', 'which tasks don't need a
    signature?', a negation up to four words before it) keeps the other tasks."""
    q = ctx.q
    nots = [t.pos for t in q.tokens if ascii_fold(t.surface.casefold()) in _NOT or "negation" in t.concepts]
    every = set(range(len(ctx.index.tasks)))
    for f in filters:
        first = min(f.positions, default=None)
        near = {p for p in nots if first is not None and first - 4 <= p < first}
        if near and f.known:
            f.tasks, f.negated, f.notes = every - f.tasks - f.borderline, True, {}
            apostrophe = {p + 1 for p in near if p + 1 < len(q.tokens) and q.tokens[p + 1].surface == "t"}
            f.positions |= near | apostrophe  # "don't"


# ('hvilken opgave hænger SKK 09 sammen med?': the particle after the task's name)
_RELATED = re.compile(r"\b(relater\w*|related|relates|afhaeng\w*|depend\w*|haeng(er|e) (\w+ ){0,3}?sammen|"
                      r"linked|forbund\w*|knyttet|tilknyttet|connected)\b")
_TITLE_CODE = re.compile(r"^\(?([A-Za-zÆØÅæøå]{2,8}[ -]?\d+[a-z]?)\b")


def related_filter(ctx: Context) -> Filter | None:
    """'hvilke opgaver hænger sammen med 1301?': the tasks it names as related (by id, code or the code
    its title opens with) and the tasks that name it."""
    q, index = ctx.q, ctx.index
    folded = ascii_fold(q.text.casefold())
    if len(q.tasks) != 1 or not (q.has("related") or _RELATED.search(folded) or _ABOUT.search(folded)):
        return None  # 'hvilke opgaver nævner 1305?' asks for the tasks that refer to it too
    asked = q.tasks[0]
    by_ref: dict[str, int] = {}
    for i, task in enumerate(index.tasks):
        for ref in _refs_of(task):
            by_ref.setdefault(ref, i)
    task = index.tasks[asked]
    named = {by_ref[ref_key(r)] for r in task.related_tasks if ref_key(r) in by_ref}
    naming = {i for ref in _refs_of(task) for i in index.related.get(ref, [])}
    notes: dict[int, list[Note]] = {i: [("note_related_named", {"task": task.id})] for i in named}
    for i in naming - named:
        notes[i] = [("note_related_naming", {"task": task.id})]
    tasks = (named | naming) - {asked}
    pos = {t.pos for t in q.tokens if t.role == "ref"} | q.concept_positions("related")
    cues = [m for cue in (_RELATED, _ABOUT) for m in cue.finditer(folded)]
    said = {w for m in cues for w in m.group(0).split()}
    pos |= positions_of(ctx, said | {"af", "med", "on", "to", "with"})
    return Filter(By.RELATED, task.id, tasks, pos, notes=notes)


def _refs_of(task) -> set[str]:
    refs = {ref_key(task.id)} | ({ref_key(task.code)} if task.code else set())
    if m := _TITLE_CODE.match(task.title):
        refs.add(ref_key(m.group(1)))
    return refs
