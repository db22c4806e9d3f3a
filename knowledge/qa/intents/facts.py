"""Facts by subject or value: 'hvem er forvaltningsansvarlig for Prisme?'."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, islice

from knowledge.fold import ascii_fold, content_keys, key, stem_key, words
from knowledge.index import Index
from knowledge.morphology import in_compound, tails
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import LIST_LIMIT, Candidate, Context
from knowledge.qa.contacts import ASKER_WRITES, asks_whom
from knowledge.qa.gate import KIND_NOUN, PARTY_NOUN
from knowledge.qa.gate.subjects import frame_mail_subject
from knowledge.qa.messages import text as message
from knowledge.qa.name_kinds import described_positions
from knowledge.qa.titles import title_positions
from knowledge.qa.types import Expect, asks_for_tasks, cues, holds, is_number, label_gives
from knowledge.qa.types.values import add_on_price, plain_intro
from knowledge.units import length_pattern
from knowledge.wording import bullets, quote

FACTS_PER_WORD = 200  # a word in more facts than this names no particular one


def facts(ctx: Context) -> list[Candidate]:
    """'hvem er forvaltningsansvarlig for Prisme?': a fact by its subject (or value), with any
    exception it carries; the context word alone lists that context's facts."""
    index, q = ctx.index, ctx.q
    if not index.facts:
        return []
    allowed = set(q.tasks) if q.tasks else (set(q.project_tasks) if q.project_tasks is not None else None)
    helped = q.concept_positions("who", "responsible", "fact", "executor")
    # Question words naming a context ('forvaltningsansvarlig'), by context key: a role can be
    # in thousands of facts, so nothing is built per fact here.
    contexts: dict[str, set[int]] = {}
    for tok in q.content():
        for k in tok.keys:
            if k in index.fact_contexts:
                contexts.setdefault(k, set()).add(tok.pos)
    out = _facts_by_name(ctx, contexts, helped, allowed)
    if q.expects is Expect.PARTY:  # (a list of values across tasks shows every line it unites; a
        contexts = _one_list_named(index, q, contexts, allowed)  # party line answers for its list only)
    if contexts and not asks_for_tasks(q.text):
        # ('hvilke opgaver hører til Kummer - Bølge 3?' asks for tasks: the facts a sentence on kummer
        # heads are no list of tasks, and say nothing of a wave no task is in)
        # A role can be in thousands of facts: only the first 500 are looked at (shown, suggested).
        # A table's column is no list of facts a word of the question asks for: its cells answer
        # by their row's name only, so they are not in index.fact_lists.
        shown, about_keys, suggestions = _listed(index, tuple(contexts), allowed)
        if shown:
            about = {t.pos for t in q.content() if any(k in about_keys for k in t.keys)}
            # 'Leverandør: X' on a line of its own says who the leverandør is; a table's column of
            # leverandører per row is the answer only when no such line is in scope
            stated = any(_stated_tasks(index, k) for k in contexts) if allowed is None else \
                any(not _stated_tasks(index, k).isdisjoint(allowed) for k in contexts)
            said = {k for f in shown for k in index.facts[f].context}
            relations = _relations_said(q, helped, said, index, shown)
            explained = set().union(*contexts.values()) | relations | about
            typed = _lines_of_kind(index, q, shown, explained)
            if typed:
                # 'hvad koster Ovnbogen?' - 'Ovnbogen er ...: • Udvikler: X • Pris: 1.180 kr. pr. kvartal':
                # the list's line whose label names the kind asked and whose value is of it answers
                shown, explained = typed, explained | _Said.of(q).cue_positions
            if typed is not None:  # (None: a price list under a plain sentence; what it prices is unsaid)
                cand = _facts_candidate(ctx, shown, explained, 0.6 if stated else 0.95)
                cand.suggestions = list(suggestions)
                out.append(cand)
    return [c for c in out if c.found]  # (a list that says not who, for a who-question, is none)


def _one_list_named(index: Index, q: Question, contexts: dict[str, set[int]],
                    allowed: set[int] | None) -> dict[str, set[int]]:
    """The context keys of one list, for a who-question: where different words of it each name the
    context of another task's list ('hvem udvikler sæltælling system': 'Tællereglementet gælder for alle
    sæltællinger:' in one task, 'Før kommunen kan bruge systemet ...:' in another), the lists do not
    together say what the question asks; each word accounts only for its own list. The keys whose
    words weigh most are kept (the first named on a tie), so one list answers, or fails, alone."""
    if len(contexts) < 2:
        return contexts
    tasks = {k: _context_tasks(index, k, allowed) for k in contexts}
    groups: list[tuple[set[str], set[int], set[int]]] = []  # (keys, positions, tasks)
    for k, pos in contexts.items():
        # keys that share a word or a task are one list (a heading split into words, a task's lists)
        group = next((g for g in groups if g[1] & pos or g[2] & tasks[k]), None)
        if group is None:
            groups.append(({k}, set(pos), set(tasks[k])))
        else:
            group[0].add(k), group[1].update(pos), group[2].update(tasks[k])
    if len(groups) < 2:
        return contexts
    weight = {t.pos: t.weight for t in q.tokens}
    keys = max(groups, key=lambda g: sum(weight.get(p, 0.0) for p in g[1]))[0]
    return {k: pos for k, pos in contexts.items() if k in keys}


def _context_tasks(index: Index, k: str, allowed: set[int] | None) -> set[int]:
    """The tasks whose lists the context key heads (the first lists, as _listed reads them)."""
    fids = index.fact_lists.get(k, ())[:_CONTEXT_LOOKS]
    return {index.facts[f].task for f in fids if allowed is None or index.facts[f].task in allowed}


_CONTEXT_LOOKS = 50  # lists read for a context key's tasks: a role's lists in many tasks are one group


def _lines_of_kind(index: Index, q: Question, shown: list[int], explained: set[int]) -> list[int] | None:
    """Of a list's facts, the ones a typed question asks (a price, a count, a phone, a mail, a share):
    the label's first word names the kind ('Pris: 1.180 kr. pr. kvartal') and the value is of it; none
    when the question asks no such kind, names no cue word of it, or says more than the cue and what the
    list is about (`explained`: 'hvad koster det at låne X?' asks the price of a loan, not of X); None when
    the list's lines of the kind stand under a plain sentence that does not say what they are of."""
    cues_asked = _Said.of(q).cue_positions
    if q.expects not in _LABELLED_KINDS or not cues_asked or \
            any(t.pos not in explained | cues_asked for t in q.content() if t.weight > 0):
        return []
    asked = [q.tokens[p] for p in cues_asked]

    def of_kind(label: str) -> bool:
        # the label says the kind and the question's cue is its word or 'koster' ('Pris' for 'hvad koster
        # X?', not for 'hvor stort er gebyret?': a fee is no price of its own)
        first = (words(label) or [""])[0]
        return cues(ascii_fold(first.casefold()), q.expects) and all(
            set(t.keys) & set(content_keys(first)) or _COSTS.match(t.surface) for t in asked)
    def line(f: int) -> str:
        return f"{index.facts[f].fact.subject}: {index.facts[f].fact.value}"
    typed = [f for f in shown if of_kind(index.facts[f].fact.subject)
             and holds(q.expects, index.facts[f].fact.value, q.text)
             and not (q.expects is Expect.PRICE and add_on_price(line(f), q.text))]
    # (a list of several prices - 'Licens: 2.400 kr. pr. år • Pris pr. ekstra bruger: 150 kr.' - answers a
    # bare 'hvad koster X?' only by its plain 'Pris:' line)
    if q.expects is Expect.PRICE and sum(holds(Expect.PRICE, index.facts[f].fact.value, q.text)
                                         for f in shown) > 1:
        typed = [f for f in typed if _PLAIN_PRICE.fullmatch(index.facts[f].fact.subject.strip())]
    if any(_plain_sentence(index.facts[f].fact.context, q) for f in typed):
        return None  # ('Bogbussen kører tre dage om ugen.' above '- Pris: 3.400 kr.' prices no bus)
    # ('hvad koster hostingen af X?' names the list's 'Hosting:' line: the price line is not its price)
    return [] if _label_named(q, index, [f for f in shown if f not in typed]) else typed


def _plain_sentence(context: str, q: Question) -> bool:
    """Whether a list's context is a plain sentence before it, neither introducing the list (a colon, a
    name: 'frøbanken') nor defining a thing the question names ('Lånekassen er udlånssystemet ...') nor
    bringing it in ('kommunen kan få et indmeldingsmodul, ...'): it says nothing of what the list's lines
    are of."""
    return len(context.split()) >= 3 and plain_intro(context, {k for t in q.content() for k in t.keys})


_PLAIN_PRICE = re.compile(r"(?i)pris(en)?|price")
# the verb of what a thing costs, which any price line answers
_COSTS = re.compile(r"(?i)(koste\w*|costs?)$")


def _relations_said(q: Question, helped: set[int], said: set[str], index: Index,
                    shown: list[int]) -> set[int]:
    """Of the question's words for who and for a relation ('leverer', 'drift'), those a list's context
    answers: who always; a relation (a responsibility too) only when the context says it ('Roller i
    VikarPlan:' says no one supplies VikarPlan, 'Driftsansvarlig pr. system:' says who runs each). The
    doer of a deed ('hvem skal udføre X?') is a relation too, unless the question names one of the list's
    labels ('hvem sørger for driften?' - 'Drift: X'): 'Udvikler: ...', 'Drift: ...' under a sentence on X
    say who builds and runs X, not who of us carries out the task about it; but a list whose context says
    the deed asked of ('hvem skal udføre opsætningen af X?' - 'Opsætningen af X fordeles sådan: • Montage:
    ...') says who does it."""
    # (the labels and the deed are looked at only when a doer is asked)
    doer_relation = any("executor" in q.tokens[p].concepts for p in helped) and \
        not _label_named(q, index, shown) and not _deed_said(q, said)
    def relation(p: int) -> bool:
        concepts = q.tokens[p].concepts
        # ('hvem er ansvarlig for retningslinjerne?' is not answered by 'Kommunen vedtager retningslinjer
        # for stierne: • Grupper: ...': a responsibility only where the context says one)
        return "fact" in concepts or "responsible" in concepts or ("executor" in concepts and doer_relation)
    return {p for p in helped if not relation(p)
            or any(in_compound(k, said) or any(in_compound(s, {k}) for s in said) for k in q.tokens[p].keys)}


def _label_named(q: Question, index: Index, shown: list[int]) -> bool:
    """Whether the question names one of the shown facts' labels ('driften' - 'Drift: X')."""
    labels = {k for f in shown for k in index.facts[f].subject}
    return any(set(t.keys) & labels for t in q.content())


def _deed_said(q: Question, said: set[str]) -> bool:
    """Whether the list's context says the deed the question's executor verb takes ('udføre opsætningen'
    - 'Opsætningen af X fordeles sådan:'), not only the thing it is done to ('Badekortet viser ...')."""
    doing = [t.pos for t in q.tokens if "executor" in t.concepts]
    deed = next((t for t in q.content() if doing and t.pos > doing[0] and t.role == "word"), None)
    # the context hands the work out ('fordeles', 'udføres af', 'roller'), not what the deed needs
    # ('Opsætningen af X kræver disse systemer:' lists systems, no doers)
    return deed is not None and any(in_compound(k, said) for k in deed.keys) and bool(said & _ASSIGNING)


_ASSIGNING = frozenset(content_keys("fordeles fordelt udføres udfører varetages ansvarlig roller opgaver"))


def _listed(index: Index, contexts: tuple[str, ...],
            allowed: set[int] | None) -> tuple[list[int], frozenset[str], tuple[str, ...]]:
    """The facts listed under the context keys (in scope), the keys of what they are about, and their
    subjects to suggest. Without a scope, found once per keys and kept with the (read-only) index."""
    def make():
        every = chain.from_iterable(index.fact_lists.get(k, ()) for k in contexts)
        listed = list(islice(every if allowed is None else
                             (f for f in every if index.facts[f].task in allowed), 500))
        shown = list(dict.fromkeys(listed))[:LIST_LIMIT * 4]  # a role in many tasks: the first lists
        return (shown, frozenset(k for f in shown for k in index.facts[f].about),
                tuple(dict.fromkeys(index.facts[f].fact.subject for f in listed)))
    return make() if allowed is not None else index.kept("_facts_listed", contexts, make)


def _facts_by_name(ctx: Context, contexts: dict[str, set[int]], helped: set[int],
                   allowed: set[int] | None) -> list[Candidate]:
    """Facts whose subject (or, for a telling word, value) the question names."""
    index, q = ctx.index, ctx.q
    by_fact, subject_hit = _facts_named(index, q)
    said = _Said.of(q)
    # facts share their contexts and what is left of the question: each is judged once here
    by_context: dict[tuple[str, ...], frozenset[int]] = {}
    seen: dict[frozenset[int], tuple[bool, float]] = {}  # explained -> (names another, coverage)
    scored = []
    for fid, pos in by_fact.items():
        entry = index.facts[fid]
        if allowed is not None and entry.task not in allowed:
            continue
        named = by_context.get(entry.context)
        if named is None:  # the words naming the context, or near it ('drift')
            named = by_context[entry.context] = frozenset(
                {p for k in entry.context if k in contexts for p in contexts[k]}
                | {p for p, k in said.stems if any(c.startswith(k) for c in entry.context)})
        if _column_unasked(index, entry, q, named):
            continue  # 'Ansvarlig enhed' of a table row is no answer to who runs ('driver') it
        if q.expects is Expect.PARTY and _labels_system(entry):
            continue  # 'Bookingsystem: HarbourDesk' says which system, not who supplies or runs it
        # a fact reached only by a word of its value ('Pris: 23.500 kr. pr. fartviser' for 'hvad drives
        # fartviserne af?') says nothing of the role or relation the question asks unless its label does
        explained = pos | named | (helped if fid in subject_hit or named else set())
        if fid in subject_hit:
            _explained_by_task(index, q, said, entry, pos, explained)
        elif q.expects in _TYPED_VALUES and holds(q.expects, entry.fact.value, q.text):
            # 'hvad koster Frugtkortet om måneden?': a 'Pris: 540 kr. pr. måned' line reached by its value
            # is the one of the task that names Frugtkortet elsewhere, not every task's monthly price (a
            # value of the asked kind only: 'where do we get the error lists for KP?' is no 'Fejlene for
            # Kategori A: ...' line of a KP task; review of session 53, a confident wrong answer)
            _names_said_by_task(index, q, said, entry, explained)
        titled = _explained_by_label(index, q, said, entry, fid, pos, explained, subject=fid in subject_hit)
        prior = 1.0 if fid in subject_hit else 0.9
        if fid in subject_hit and not said.typed & set(words(ascii_fold(entry.fact.subject))):
            prior *= 0.98  # same stem, other spelling: 'Nanen' when 'Nane' exists too
            if _own_word_elsewhere(index, q, entry, pos):
                prior *= 0.9  # 'hvem driver X?' - 'Hosting: Y' where the task says 'X drives af Z'
        judged = seen.get(left := frozenset(explained))
        if judged is None:
            judged = seen[left] = (_names_other_subject(index, q, left), q.coverage(left))
        if judged[0]:
            prior *= 0.6  # "Prisme Løn" is not "Prisme": a word of another system's name is left
        scored.append((prior * judged[1], fid, explained, prior, bool(named), titled))
    if not scored:
        return []
    best = max(s[0] for s in scored)
    chosen = _cells_asked(index, q, [s for s in scored if s[0] >= best - 0.01], limit=LIST_LIMIT)
    return [_facts_candidate(ctx, [s[1] for s in chosen], set().union(*(s[2] for s in chosen)),
                             max(s[3] for s in chosen), titled=set().union(*(s[5] for s in chosen)))]


_STEM = 4  # letters: the shortest stem that tells a typed word's own forms ('driv' of 'driver', 'drives')


def _own_word_elsewhere(index: Index, q: Question, entry, pos: set[int]) -> bool:
    """'Hvem driver Paddebogen?' - 'Hosting: Sivsanger Hosting': a label the question names only by a word
    the glossary lends it (run, host) names another relation where the label's task writes the question's
    own word elsewhere ('Paddebogen drives af Klokkefrø Data og hostes af Sivsanger Hosting')."""
    if q.lang != "da":
        return False  # (an English question's words are the rendering's, not the asker's own word)
    label = [w for w in words(ascii_fold(entry.fact.subject.casefold())) if len(w) >= _STEM]
    typed = [ascii_fold(q.tokens[p].surface.casefold()) for p in pos]
    stems = [w[:_STEM] for w in typed if len(w) >= _STEM and not any(s.startswith(w[:_STEM]) for s in label)]
    if not stems or len(stems) < len(typed):
        return False  # the label says a word of the question itself
    return not _task_stems(index, entry.task).isdisjoint(stems)


def _task_stems(index: Index, task: int) -> frozenset[str]:
    """The first _STEM letters of every word of the task's passages (folded), kept per task: read per
    candidate fact of a question, not per word of every passage each time."""
    def make() -> frozenset[str]:
        return frozenset(w[:_STEM] for p in index.task_passage_ids(task)
                         for w in words(ascii_fold(index.passages[p].text.casefold())) if len(w) >= _STEM)
    return index.kept("task_stems", task, make, most=256)  # (a few hundred stems each: the tasks asked)


def _facts_named(index: Index, q: Question) -> tuple[dict[int, set[int]], set[int]]:
    """The facts the question's words name -> the positions of those words, and the facts named by
    their subject (not only by a word of their value)."""
    by_fact: dict[int, set[int]] = {}
    subject_hit: set[int] = set()
    for tok in q.content():
        for k in tok.name_keys:
            for fid in index.fact_subjects.get(k, ())[:FACTS_PER_WORD]:
                by_fact.setdefault(fid, set()).add(tok.pos)
                subject_hit.add(fid)
            if tok.weight >= 0.5:  # a common word of a value ('kommune') is no sign of the fact
                for fid in index.fact_values.get(k, ())[:FACTS_PER_WORD]:
                    by_fact.setdefault(fid, set()).add(tok.pos)
    for fid, pos in _compound_subjects(index, q).items():
        by_fact.setdefault(fid, set()).update(pos)
        subject_hit.add(fid)
    return by_fact, subject_hit


@dataclass(frozen=True)
class _Said:
    """What the question's content words say, read once for every fact judged."""

    content: list[Token]
    typed: set[str]
    label_keys: set[str]
    asked: Token | None
    cue_positions: set[int]
    stems: list[tuple[int, str]]

    @classmethod
    def of(cls, q: Question) -> _Said:
        content = q.content()
        return cls(content=content,
                   typed={ascii_fold(t.surface) for t in content},
                   label_keys={k for t in content for k in (*t.keys, *t.name_keys)},
                   asked=_asked_noun(q),
                   cue_positions={t.pos for t in content if q.expects in _LABELLED_KINDS
                                  and cues(ascii_fold(t.surface.casefold()), q.expects)},
                   stems=[(t.pos, k) for t in content for k in t.keys if len(k) >= 4])


def _explained_by_task(index: Index, q: Question, said: _Said, entry, pos: set[int],
                       explained: set[int]) -> None:
    """Adds the words a fact named by its subject accounts for through its task: a table's header and
    topic, the task's title, the named project, the names the task says elsewhere."""
    if entry.cell:
        explained |= _row_header_positions(index, q, entry)  # 'i område Nord': the rows' own header
        explained |= _table_topic_positions(index, q, entry)
    if said.asked is not None and said.asked.pos in pos:
        # 'hvilket certifikat skal den lokale IdP bruge?': the 'Certifikat:' line of the task
        # whose title is about the local IdP
        explained |= title_positions(index, q, entry.task)
    # 'the tulip planting app': the thing the task's title names, by what the tasks say it is (a 'Pris:' line
    # of 'Adgang til Løgbogen', where 'Løgbogen er den app, hvor ... plante tulipanløg')
    explained |= described_positions(index, q, entry.task)
    if not q.tasks:
        # 'hvem drifter KY?': a fact named by its subject ('Drift: Netcompany') in a task of the
        # project the question names is about that project, as a passage of it is
        explained |= q.project_pos
    _names_said_by_task(index, q, said, entry, explained)


# the kinds of value a fact line's value can be checked for (not a party, place, name or reason, which any
# line's words can seem to say)
_TYPED_VALUES = frozenset({Expect.TIME, Expect.COUNT, Expect.MAIL, Expect.PHONE, Expect.CVR, Expect.PRICE,
                           Expect.PASSWORD, Expect.URL, Expect.CODE, Expect.FREQUENCY, Expect.CLOCK,
                           Expect.PERCENT, Expect.VERSION})


def _names_said_by_task(index: Index, q: Question, said: _Said, entry, explained: set[int]) -> None:
    """Adds the names the question writes when the fact's task says them all elsewhere: 'aftalenummeret
    med Odontia' is the 'Aftalenummer:' line of the task that names Odontia as its party (the line itself
    names no one)."""
    if not entry.cell and not q.yesno and q.expects is not Expect.ANY:
        names = [t for t in said.content if t.pos > 0 and t.surface[:1].isupper()]
        # (a line naming one of the names, 'Silkeborg Data Løn:' for 'SD Løn', is another's line)
        if not any(t.pos in explained for t in names) and \
                all(any(index.task_has(entry.task, k) for k in t.keys) for t in names):
            explained |= {t.pos for t in names}


def _explained_by_label(index: Index, q: Question, said: _Said, entry, fid: int, pos: set[int],
                        explained: set[int], *, subject: bool) -> set[int]:
    """Adds the words a fact's label accounts for (the kind of value, the label named in full, the
    column of addresses, the party's siblings); returns those only the task's topic says."""
    titled: set[int] = set()  # words only the task's topic says, not the line: a label judges the rest
    kind_label = subject and not entry.cell and bool(pos - said.cue_positions) and \
        _kind_words(q, entry.fact.subject)
    if kind_label or (said.cue_positions and not entry.cell and
                      holds(q.expects, entry.fact.value, q.text)):
        # 'Antal dokumenter: ca. 2,3 mio.' for 'hvor mange dokumenter ...?', 'Pris for sletning: ...'
        # for 'hvad koster sletningen?': the label's first word names the kind of value asked for;
        # 'Varmeskab: 4.300 kr.' for 'hvad koster varmeskabet?', 'Pris: 23.500 kr. pr. fartviser'
        # for 'hvad koster en fartviser?': the value is of the kind the cue word asks for
        explained |= said.cue_positions
    if subject and not entry.fact.context and \
            content_keys(entry.fact.subject) - content_keys(kind_label or "") <= said.label_keys:
        # 'hvem er leverandør af KOMBITs fælleskommunale afsendersystem?': the 'Leverandør:' line,
        # its label named in full, of the task whose title and goal are about it
        titled = _topic_positions(index, q, entry.task) - explained
        explained |= titled
    if entry.cell and subject and q.expects is Expect.PLACE and \
            _where_column(" ".join(entry.context)):
        # 'hvor ligger Østervang?': the row's cell in the column of addresses says where it lies
        explained |= {t.pos for t in said.content if t.key in _LOCATING}
    if subject and not entry.cell:
        explained |= _party_siblings(index, q, entry, fid)
    return titled


# The plain kinds of value a fact's label may name by its first word ('Antal', 'Pris', 'Telefon').
_LABELLED_KINDS = frozenset({Expect.COUNT, Expect.PRICE, Expect.PHONE, Expect.MAIL, Expect.PERCENT})


def _kind_words(q: Question, label: str) -> str:
    """The label's first word when it names the kind of value the question asks for ('Antal' of
    'Antal dokumenter' for 'hvor mange'), and something is left of the label to name what it is of."""
    first, *rest = words(label) or [""]
    if q.expects not in _LABELLED_KINDS or not rest or not cues(ascii_fold(first.casefold()), q.expects):
        return ""
    return first


# a relation to a party: 'kontrakten med madleverandøren', 'aftalen med leverandøren'
_WITH_PARTY = frozenset(key(w) for w in ("med", "hos", "fra", "with", "from"))


def _party_siblings(index: Index, q: Question, entry, fid: int) -> set[int]:
    """Positions of the question's words after 'med'/'hos'/'fra' that name another line of the fact's own
    list whose value is a name ('Madleverandør - Køkkenet i Nørreskov' beside 'Kontrakt - 3 år' for 'hvor
    lang er kontrakten med madleverandøren?'): a list's lines are about one thing, so that party's line is
    no other subject the question names."""
    out = set()
    for t in q.content():
        if t.pos == 0 or q.tokens[t.pos - 1].key not in _WITH_PARTY:
            continue
        if any(f != fid and (other := index.facts[f]).task == entry.task and other.context == entry.context
               and other.fact.value[:1].isupper() for k in t.keys
               for f in index.fact_subjects.get(k, ())[:FACTS_PER_WORD]):
            out.add(t.pos)
    return out


def _stated_tasks(index: Index, k: str) -> frozenset[int]:
    """The tasks of the facts named by the key ('Leverandør: X'), among the first the question may see,
    that stand on a line of their own (no context); none when no such line is stated."""
    return index.kept("_stated_tasks", k, lambda: frozenset(
        index.facts[f].task for f in index.fact_subjects.get(k, ())[:FACTS_PER_WORD]
        if not index.facts[f].fact.context))


def _topic_positions(index: Index, q: Question, task: int) -> set[int]:
    """Positions of the question's known words that say what the whole task is about (its title and
    goal, read once per task; not its first sentence, which may be the answer to another question:
    'X står for kontakten til leverandøren' is no topic of the 'Leverandør:' line)."""
    entry = index.tasks[task]
    topic = index.kept("_fact_topics", task,
                       lambda: frozenset(content_keys(" ".join([entry.title, entry.goal or ""]))))
    return {t.pos for t in q.content() if t.match > 0 and any(in_compound(k, topic) for k in t.keys)}


def _row_header_positions(index: Index, q: Question, entry) -> set[int]:
    """Positions of the question's words that say what a table's rows are ('hvor mange legepladser
    ligger i område Nord?' for the row 'Nord' of a table whose first header is 'Område'): the header
    over the rows' names names the row's kind, as 'kommune' in 'Aarhus Kommune' does."""
    header = row_header(index, entry)
    if not header:
        return set()
    keys = content_keys(header)
    return {t.pos for t in q.content() if t.match > 0 and any(
        in_compound(k, keys) or in_compound(h, set(t.keys)) for k in t.keys for h in keys)}


def row_header(index: Index, entry) -> str:
    """The header over a table's row names: the first cell of a pipe table holding the row, or the first
    of the short header passages (an HTML table's cells) that runs up to the cell's column header."""
    pid, first = _header_run(index, entry)
    if pid is None:
        return ""
    text = index.passages[pid].text
    if text.startswith("|"):
        return text.strip("| ").split("|")[0].strip()
    return index.passages[first].text if first != pid else ""


def _header_run(index: Index, entry) -> tuple[int | None, int]:
    """(the passage of the cell's column header or of its pipe row, the first passage of the table: its
    first header cell, or the pipe row); None when the task's passages show neither."""
    ids = index.task_passage_ids(entry.task)
    row, column = entry.fact.subject.casefold(), entry.fact.context.casefold()
    for pid in ids:
        text = index.passages[pid].text
        if text.startswith("|") and f"| {row} |" in text.casefold():
            return pid, pid
        if text.casefold() == column:
            first = pid
            while first - 1 in ids and _cell_like(index.passages[first - 1].text) and \
                    index.passages[first - 1].field == index.passages[pid].field:
                first -= 1
            return pid, first
    return None, 0


def _table_topic_positions(index: Index, q: Question, entry) -> set[int]:
    """Positions of the question's words that say what a whole table is about: its columns' headers
    ('lamperne' for the row 'Landevejene' under 'Antal lamper | Periode') and the sentence that leads
    into it ('Udskiftningen sker i tre etaper.'). Every cell of the table is about them, as a list's
    items are about the list's intro."""
    pid, first = _header_run(index, entry)
    if pid is None:
        return set()
    keys = {k for f in index.fact_subjects.get(entry.subject[0], ()) if index.facts[f].task == entry.task
            and index.facts[f].fact.subject == entry.fact.subject for k in index.facts[f].context}
    lead = index.passages[first - 1] if first - 1 in index.task_passage_ids(entry.task) else None
    if lead is not None and lead.field == index.passages[first].field and not _cell_like(lead.text):
        keys |= content_keys(lead.text)
    return {t.pos for t in q.content() if t.match > 0 and any(
        in_compound(k, keys) or in_compound(h, set(t.keys)) for k in t.keys for h in keys)}


def _labels_system(entry) -> bool:
    """Whether a line's label (a cell's column) is a kind of system ('Bookingsystem', 'Betalingssystem',
    'Platform'): its value is the system's name, no person, role or organisation. One word only: 'Leverandør
    af bookingsystem' labels a party."""
    label = words((entry.fact.context if entry.cell else entry.fact.subject).casefold())
    return len(label) == 1 and bool(_SYSTEM_LABEL.search(label[0]))


# a label naming a kind of system (gate.KIND_NOUN at the word's end: 'bookingsystem')
_SYSTEM_LABEL = re.compile(f"(?:{KIND_NOUN.pattern})$")


def _cell_like(text: str) -> bool:
    """A table's cell read as a passage of its own: a few words, no sentence."""
    return len(text.split()) <= 4 and not text.rstrip().endswith((".", ":", "!", "?"))


def _column_unasked(index: Index, entry, q: Question, named: set[int]) -> bool:
    """Whether a table cell is no answer: the question does not name its row in full, or names neither
    its column ('ansvarlig enhed') nor asks for the kind of value in it ('hvor ofte' and 'Hver nat')."""
    if not entry.cell:
        return False
    asked = {k for t in q.content()
             for k in (*t.keys, *t.name_keys, *content_keys(t.surface.replace("-", " ")))}
    name = re.sub(r"\([^)]*\)", " ", entry.fact.subject)  # 'ESDH (Acadre)' is named by 'ESDH'
    name = _MEASURE.sub(" ", name)  # 'Lynlader 150 kW' is named by 'lynladerne': a rating tells rows apart
    if not all(in_compound(k, asked) or any(in_compound(a, {k}) for a in asked) for k in content_keys(name)):
        return True  # a row is named by all its name ('Test af brevflow'), not by one word of it
    if q.expects is not Expect.ANY and not _holds_cell(q, entry.fact.value, row=entry.fact.subject,
                                                       column=entry.fact.context):
        return True  # a cell of another kind than asked ('ksd_fordeler' for 'hvem')
    return not named and q.expects in (Expect.ANY, Expect.PARTY)


# A measured rating in a row's name ('150 kW', '25 MB', '40 m²'): a number with a unit of measure
_MEASURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:kwh|kw|mw|w|v|mb|gb|tb|m²|m2|km|cm|mm|m|kg|l|"
                      r"tommer)(?!\w)", re.IGNORECASE)


# a digit, an address's @ or an underscore: no party's name (compiled once, not per question)
_NO_PARTY_CHAR = re.compile(r"[\d@_]")


def _holds_cell(q: Question, value: str, *, row: str = "", column: str = "") -> bool:
    """Whether a fact's (a cell's) value is of the kind asked; a value stands alone, so a few words under
    a capital ('Teknik og Miljø', 'Netcompany') name a party as a name inside a sentence would; a bare
    number counts its row ('Kursister | 3.200' is 3.200 kursister) or its column ('Område | Legepladser'
    over 'Nord | 28' is 28 legepladser in Nord)."""
    if q.expects is Expect.COUNT and row and re.fullmatch(r"(?:ca\.?\s*)?\d[\d.]*", value.strip()):
        counted = _counted_column(column)
        return holds(q.expects, f"{value} {row.casefold()}", q.text) or \
            bool(counted) and holds(q.expects, f"{value} {counted}", q.text)
    if q.expects is Expect.COUNT and row and (count := _row_count(q, value, row)):
        return holds(q.expects, count, q.text)
    if q.expects is Expect.PARTY and _NO_PARTY_CHAR.search(value):
        return False  # 'ksd_fordeler', a mail, a date: no one's name
    if q.expects is Expect.PARTY and value[:1].isupper() and len(value.split()) <= 6:
        return True
    if q.expects is Expect.PLACE and _where_column(column) and value.strip():
        return True  # 'Adresse | Østergade 112': the column says the cell is where its row is
    # ('Åbningstid | 9-14': a column the question names says the kind of value, as a line's label does)
    return holds(q.expects, value, q.text) or bool(column) and label_gives(q.expects, column, value, q.text)


# a cell that opens with a count, under a bound or not ('Højst to medarbejdere pr. kommune'), and the
# word after it
_OPENING_COUNT = re.compile(r"\s*(?P<count>(?:(?:højst|mindst|maks\w*|op til|ca\.?|cirka|kun|at most|"
                            r"at least|up to)\s+)?[\w.,]+)(?:\s+(?P<next>[\w-]+))?", re.IGNORECASE)
_UNIT_WORD = re.compile(length_pattern(), re.IGNORECASE)


def _row_count(q: Question, value: str, row: str) -> str:
    """'KSD Lokal administrator | Højst to medarbejdere pr. kommune' for 'hvor mange lokale administratorer
    ...?': the row is the thing counted, so the count its cell opens with counts it - said as the count of
    the question's own noun ('højst to lokale administratorer'); none when the question counts something
    else than the row, or the count is a length ('3 timer')."""
    m = _OPENING_COUNT.match(value)
    counted = _COUNTED.search(q.text)
    if m is None or counted is None or not is_number(m.group("count").split()[-1]) or \
            (m.group("next") and _UNIT_WORD.fullmatch(m.group("next"))):
        return ""
    row_keys = set(content_keys(row))
    if not all(any(in_compound(k, row_keys) for k in content_keys(w)) for w in counted.group(1).split()):
        return ""
    return f"{m.group('count')} {counted.group(1)}"


# what 'hvor mange' counts: its noun, after an adjective ('hvor mange lokale administratorer')
_COUNTED = re.compile(r"\b(?:hvor mange|how many)\s+((?:\w+e\s+)?\w+)", re.IGNORECASE)


def _counted_column(column: str) -> str:
    """What a column counts: 'Antal kiosker' over '4' is 4 kiosker (the label's first word says the kind
    of value, as 'Antal dokumenter:' does for a line; it is no noun the number counts)."""
    first, _, rest = column.casefold().partition(" ")
    return rest if rest and cues(ascii_fold(first), Expect.COUNT) else column.casefold()


def _where_column(column: str) -> bool:
    return any(k in _WHERE_COLUMN for k in content_keys(column))


def _cells_asked(index: Index, q: Question, chosen: list[tuple], *, limit: int) -> list[tuple]:
    """Of a table row's cells ('GIS: Teknik og Miljø' as 'ansvarlig enhed', 'GIS: gis@…' as 'kontakt'),
    the ones whose column the question names, else whose value is of the kind asked ('hvor ofte':
    'Hver nat', not 'KY'); all of them when the question tells them apart in neither way."""
    pool: Iterable[tuple] = chosen
    if q.expects is not Expect.ANY:
        def typed(s: tuple) -> bool:
            fact = index.facts[s[1]].fact
            return _holds_cell(q, fact.value, row=fact.subject, column=fact.context)
        first = next((i for i, s in enumerate(chosen) if typed(s)), None)
        if first is not None:
            pool = chain(chosen[first:first + 1], (s for s in chosen[first + 1:] if typed(s)))
    # the first `limit` only: a value in hundreds of facts ties them all, and each is judged as read
    head, named = [], []
    for s in pool:
        if len(head) < limit:
            head.append(s)
        if s[4] or not index.facts[s[1]].fact.context:
            named.append(s)
            if len(named) == limit:
                break
    return named or head


def _compound_subjects(index: Index, q: Question) -> dict[int, set[int]]:
    """Facts whose one-word subject is a compound of two of the question's words: 'Driftsansvarlig'
    for 'hvem står for (is responsible for) driften', 'Tolkeleverandør' for 'leverandøren af tolke'."""
    # the word's own key too: a concept's keys stand for its meaning ('hostingen' as drift)
    parts = [(k, t.pos) for t in q.content() for k in (*t.name_keys, *t.keys, stem_key(t.surface.casefold()))
             if len(k) >= 4]
    surfaces = {t.pos: ascii_fold(t.surface.casefold()) for t in q.content()}
    by_start = _subjects_by_start(index)
    out: dict[int, set[int]] = {}
    for first, at, whole in [(k, at, "") for k, at in parts] + _compound_heads(index, parts):
        for subject in by_start.get(first[:4], ()):
            if not subject.startswith(first) or subject == first:
                continue
            rest = subject[len(first):]
            for head, at2 in parts:
                # ('Dokumentformat' for 'formatet af dokumenterne': the stem 'dokumen' with the
                # letter the written word has before the head)
                joint = rest[:-len(head)] if rest.endswith(head) else None
                if at2 != at and joint is not None and (joint in ("", "s", "e") or (
                        len(joint) <= 2 and surfaces[at].startswith(first + joint)) or
                        _DEED_JOINT.fullmatch(joint)):
                    for fid in index.fact_subjects[subject][:FACTS_PER_WORD]:
                        if not whole or index.task_has(index.facts[fid].task, whole):
                            out.setdefault(fid, set()).update((at, at2))
    return out


def _compound_heads(index: Index, parts: list[tuple[str, int]]) -> list[tuple[str, int, str]]:
    """The head of a question's compound word as a word of its own, with the whole compound: 'anmeld' of
    'rotteanmeldelser', so 'Anmeldelsessystem' answers 'hvilket system bruges til rotteanmeldelser?' in a
    task that writes 'rotteanmeldelser' itself (the modifier is then what the task is about, not another
    kind: no 'hundeanmeldelser' there)."""
    return [(tail, at, k) for k, at in parts if len(k) >= 8 for tail in tails(k)
            if tail[:4] in _subjects_by_start(index)]


# The deed's noun ending, with its linking -s-, between a verb's stem and a compound's head:
# 'Registreringssystem' for 'hvilket system registreres træerne i?' (the verb, not the noun, is asked)
_DEED_JOINT = re.compile(r"(?:er|e)?(?:n?ing|else)s?")


def _subjects_by_start(index: Index) -> dict[str, tuple[str, ...]]:
    """Subject keys by their first four letters, built on first use and kept with the (read-only) index."""
    found = index.__dict__.get("_subjects_by_start")
    if found is None:
        grouped: dict[str, list[str]] = {}
        for k in index.fact_subjects:
            if len(k) >= 8:
                grouped.setdefault(k[:4], []).append(k)
        found = index.__dict__["_subjects_by_start"] = {k: tuple(v) for k, v in grouped.items()}
    return found


_WHICH = frozenset(("hvilken", "hvilket", "hvilke", "which", "what"))


def _asked_noun(q: Question):
    """The noun of 'hvilket certifikat ...?', 'which certificate ...?': the key whose value is asked."""
    if len(q.tokens) < 2 or q.tokens[0].surface.casefold() not in _WHICH:
        return None
    tok = q.tokens[1]
    return tok if tok.weight > 0 else None


def _names_other_subject(index: Index, q: Question, explained: set[int]) -> bool:
    for tok in q.content():
        if tok.pos in explained:
            continue
        for k in tok.keys:  # a subject of a task the question does not name is no other system
            facts = index.fact_subjects.get(k, ())[:50]
            if any(not q.tasks or index.facts[f].task in q.tasks for f in facts):
                return True
    return False


def _facts_candidate(ctx: Context, fids: list[int], explained: set[int], prior: float, *,
                     titled: set[int] | None = None) -> Candidate:
    index, lang = ctx.index, ctx.lang
    entries = [index.facts[f] for f in fids][:LIST_LIMIT]
    # a list in which no line names anyone shares the question's words; it does not say who
    found = ctx.q.expects is not Expect.PARTY or len(entries) < 2 or _names_a_party(ctx.q, entries)
    if len(entries) == 1 and _value_only_above(ctx.q, entries[0].fact):
        found = False
    tasks = list(dict.fromkeys(e.task for e in entries))
    if len(entries) == 1:
        fact = entries[0].fact
        text = _fact_sentence(fact.context, fact.subject, fact.value, lang)
    else:
        lines = [f"{e.fact.subject}: {e.fact.value}" + (f" ({index.tasks[e.task].id})"
                                                         if len(tasks) > 1 else "")
                 for e in entries]
        contexts = {e.fact.context for e in entries if e.fact.context}
        head = next(iter(contexts)).capitalize() if len(contexts) == 1 else ""
        intro = message("facts_per_system", lang, head=head) if head else message("facts_said", lang)
        text = intro + "\n" + bullets([quote(line, lang) for line in lines], lang=lang)
    return Candidate("fact", text, tasks, explained, prior=prior, titled=titled or set(), found=found)


def _value_only_above(q: Question, fact) -> bool:
    """Whether a lone line lacks the kind of value asked and only the plain sentence above its list has one:
    'Firmaet ejes af X.' above '- Et lån: 10 sadler' says who owns the firm, not who carries out the loan,
    and the line is all the list says of what was asked (the sentence is a passage of its own)."""
    # (a place is read too loosely to be missed: 'hvor varer dagen længe?' is read as where)
    # (a heading the list hangs under, 'Leverandøren af lønsystemet:', says what its lines are of)
    if q.expects not in _TYPED_VALUES | {Expect.PARTY} or q.yesno or \
            not fact.context.rstrip().endswith((".", "!", "?")) or not _plain_sentence(fact.context, q):
        return False
    return not holds(q.expects, f"{fact.subject}: {fact.value}", q.text)


def _names_a_party(q: Question, entries: list) -> bool:
    """Whether a list of facts says who, for a who-question: a line of it names a party ('Vognmand: Taxa
    Midtby A/S', not 'Egenbetaling: 0 kr.'), or the sentence that introduces it does ('Pantet går
    ubeskåret til Kirkens Korshær' before 'Tømningsfrekvens: ...')."""
    return any(holds(Expect.PARTY, f"{e.fact.subject}: {e.fact.value}", q.text) or
               holds(Expect.PARTY, e.fact.context, q.text) for e in entries)


def _fact_sentence(context: str, subject: str, value: str, lang: str) -> str:
    """'Forvaltningsansvarlig for Prisme: Fujitsu (...)'; a longer context is a heading instead:
    'Driftsansvarlig for ESDH-systemet:\nSBSYS: SBSYS Sekretariatet (...)'."""
    line = message("fact_line", lang, subject=subject, value=value)
    if not context:
        return line
    if len(context.split()) == 1:
        said = message("fact_of", lang, context=context, subject=subject, value=value)
        said += "" if said.endswith(".") else "."
    else:
        said = message("fact_under", lang, context=context, line=line)
    return said[:1].upper() + said[1:]  # 'Forvaltningsansvarlig for' (English opens with 'The' or “)


_WHICH_KEYS = frozenset(key(w) for w in ("hvilket", "hvilken", "which", "what"))
_FRAMING_TIME = 0.2  # a length word of a time question weighs less than the thing timed
_USED = frozenset(key(w) for w in ("bruges", "anvendes", "benyttes", "used"))
_WHAT_KEYS = frozenset(key(w) for w in ("hvad", "what"))
# The word of a version question and its verbs of using: 'hvilken version af X kører/bruger vi?'
_VERSION_WORD = re.compile(r"\w*-?(version|versionen|udgave|udgaven)")
_USE = _USED | frozenset(key(w) for w in ("bruge", "bruger", "anvende", "anvender", "køre", "kører", "køres",
                                          "use", "uses", "run", "runs"))
# 'hvilket affaldssystem bruger vi i dag?' asks what is used now, which a text says with the verb itself.
_NOW = re.compile(r"\b(i dag|nu|for tiden|p\.t\.|today|now|currently)\b", re.I)
# What the verb of using weighs there: less than the thing, but still a word the answer should say or imply.
_FRAMING_USE = 0.3
# A kind of thing a which-question asks the name of as a compound's head ('journalsystem', 'vejvejrsystem'):
# its modifier says which (a bare 'hvilket værktøj bruges til at underskrive?' keeps its verb).
_KIND_HEAD = re.compile(r"\w(?:" + KIND_NOUN.pattern + r")$")
# The verbs of asking someone: the text says whom ('Fejl meldes til support'), rarely the verb.
_ASK_VERB = re.compile(r"kontakte|kontakter|spørge|henvende|ringe|contact|ask|reach")
_WRITE_VERB = re.compile(r"skrive|skriver")  # (of the asker only: `ASKER_WRITES`)
# The asker's own questions in a question after whom to turn to ('hvem skriver jeg til, hvis jeg har spørgsmål
# til X?'): they say why one turns, not what about; a contact line ('Kontakt: ...') seldom says the word
_ASKERS_QUESTIONS = re.compile(r"spørgsmål(?:et|ene)?|questions?")
# ... only where the asker has them: 'hvis jeg har spørgsmål til X' (not a topic asked about, 'kontakte om
# spørgsmål til aftalen', which a line on such questions says in the word)
_HAVING = frozenset({"har", "have", "has"})
# Verbs of where a thing is: in a 'hvor' question they frame it, the thing is what it is about.
_LOCATING = frozenset(key(w) for w in ("finder", "finde", "findes", "ligger", "ligge", "find", "located"))
# The columns of a table whose cells say where its rows' things are.
_WHERE_COLUMN = frozenset(key(w) for w in ("adresse", "placering", "beliggenhed", "lokation", "sted",
                                           "address", "location"))
# 'hvordan fungerer søskenderabatten?', 'how does the discount work?': the verb asks how the thing
# is, which the text says of the thing itself, never with the word 'fungere'
_WORKING = frozenset(key(w) for w in ("fungerer", "fungere", "virker", "virke", "work", "works"))
_HOW = frozenset(key(w) for w in ("hvordan", "how"))
# 'hvor ofte opkræves betalingen?': the frequency word frames the question ('månedsvis' answers it)
_OFTEN = frozenset(key(w) for w in ("ofte", "tit", "hyppigt", "often", "frequently"))


_FRAMING_NAME = 0.2  # the naming verb of a 'hvad hedder' question weighs less than the thing named
_CALLED = frozenset(key(w) for w in ("hedder", "hedde", "hed", "kaldes", "kaldet", "called", "named"))
_WHERE = frozenset(key(w) for w in ("hvor", "how"))
# The adjectives after 'hvor' that ask a measure (folded): 'hvor høj', 'hvor bred', 'how high'
_MEASURE_ADJECTIVE = re.compile(r"hoej[et]?|lavt?|bred[et]?|tung[et]?|dyb[et]?|tyk[t]?|tykke|smal[et]?|"
                                r"high|low|wide|heavy|deep|big|large|small")


def asks_how_it_works(q: Question) -> bool:
    """'Hvordan fungerer X?', 'how does X work?': what X is and does, as the text describes it."""
    return not q.yesno and bool(q.tokens) and q.tokens[0].key in _HOW and \
        any(t.key in _WORKING for t in q.tokens[1:])


def frame(q: Question) -> None:
    """Weigh down the words that frame a question for a named thing rather than say what it is
    about: the noun of 'hvilket firma/system ...', the asking verb of a 'hvem' question, the length
    words of a 'hvor lang tid' question and the locating verb of a 'hvor' question."""
    _frame_which(q)
    _frame_asked_kind(q)
    frame_mail_subject(q)  # 'what subject line should the X mail have?': the mail frames it
    if len(q.tokens) > 1 and q.tokens[0].key in _WHERE and _MEASURE_ADJECTIVE.fullmatch(
            ascii_fold(q.tokens[1].surface.casefold())):
        # 'hvor høj må fejlraten være?', 'hvor tung er en vinsj?': the adjective asks how much of it
        # ('højst 2 %'); what is measured is the rest
        q.tokens[1].weight, q.tokens[1].role = 0.0, "stop"
    if not q.yesno and q.tokens and q.tokens[0].key in _HOW:
        for t in q.tokens[1:]:
            if t.key in _WORKING:
                t.weight, t.role = 0.0, "stop"
    if q.expects is Expect.PLACE:  # 'hvor finder vi vejledningen?' asks where the vejledning is
        for t in q.tokens:
            if t.weight > 0.4 and t.key in _LOCATING:
                t.weight = 0.4  # (less than the thing: the text need not say 'finde')


def _frame_which(q: Question) -> None:
    """Weigh down the noun of 'hvilket firma/system ...' and the verb of using it."""
    if len(q.tokens) > 1 and q.tokens[0].key in _WHICH_KEYS and q.expects is Expect.PARTY and \
            q.tokens[1].weight > 0.1 and PARTY_NOUN.fullmatch(q.tokens[1].surface.casefold()):
        q.tokens[1].weight = 0.1  # 'hvilket firma ...?': a party's name answers, not the word
    if len(q.tokens) > 1 and q.tokens[0].key in _WHICH_KEYS and KIND_NOUN.fullmatch(
            q.tokens[1].surface.casefold()) and q.tokens[1].weight > 0.1:
        q.tokens[1].weight = 0.1  # 'hvilket system bruges til X?': a system's name answers, not the word
        for t in q.tokens[2:3]:  # and 'bruges til' says what it is for, which the text says as X
            if t.key in _USED:
                t.weight = min(t.weight, 0.1)
    if len(q.tokens) > 1 and q.tokens[0].key in _WHICH_KEYS and \
            _KIND_HEAD.search(q.tokens[1].surface.casefold()) and not _NOW.search(q.text):
        for t in q.tokens[2:]:  # 'hvilket journalsystem skal vi bruge?': the text names the system
            if t.key in _USE:  # ('til journalsystemet DentaPro'), rarely the verb of using it
                t.weight = min(t.weight, _FRAMING_USE)


def _had(q: Question, pos: int) -> bool:
    """Whether 'har'/'have' stands a word or two before the word: the asker has its thing (`_HAVING`)."""
    return any(t.surface.casefold() in _HAVING for t in q.tokens[max(0, pos - 2):pos])


def _frame_asked_kind(q: Question) -> None:
    """Weigh down the words that say the kind of value asked (reason, party, time, name, version,
    frequency) rather than what it is about."""
    if q.expects is Expect.REASON and q.tokens and q.tokens[0].key in _WHAT_KEYS:
        for t in q.tokens[1:]:  # 'hvad bruges indberetningen til?' asks what it is for: its goal or
            if key(t.surface.casefold()) in _USED:  # 'Formålet med indberetningen er ...', rarely the verb
                t.weight = min(t.weight, 0.1)
    if q.expects is Expect.PARTY:  # 'hvem skal man kontakte ved fejl?' asks about the fejl
        writes = ASKER_WRITES.search(q.text) is not None  # 'hvem skal jeg skrive til om X?': the same
        turns = writes or asks_whom(q)
        for t in q.tokens:
            if t.weight > 0.3 and (_ASK_VERB.fullmatch(t.surface.casefold()) or
                                   writes and _WRITE_VERB.fullmatch(t.surface.casefold()) or
                                   turns and _ASKERS_QUESTIONS.fullmatch(t.surface.casefold())
                                   and _had(q, t.pos)):
                t.weight = 0.3
    if q.expects is Expect.TIME:  # 'hvor lang tid varer webinaret?' asks about the webinar: a text
        for t in q.tokens:  # gives its length in a number ('et webinar på 2 timer'), rarely the word 'tid'
            if t.weight > _FRAMING_TIME and "duration" in t.concepts:
                t.weight = _FRAMING_TIME
    if q.expects is Expect.NAME:  # 'hvad hedder ladeløsningen?' asks about the ladeløsning: its name
        for t in q.tokens[1:3]:  # stands beside it ('Ladeløsningen "VoltPark"'), rarely the word 'hedder'
            if t.key in _CALLED and t.weight > _FRAMING_NAME:
                t.weight = _FRAMING_NAME
    if q.expects is Expect.VERSION:  # 'hvilken version af X skal vi bruge?' asks about X: a text gives its
        for t in q.tokens:  # version after the name ('FleetPilot 8.2'), not always with the word or the verb
            if t.weight > 0.1 and (_VERSION_WORD.fullmatch(t.surface.casefold()) or t.key in _USE):
                t.weight = 0.1
    if q.expects is Expect.FREQUENCY:
        for t in q.tokens[1:3]:
            if t.key in _OFTEN:
                t.weight, t.role = 0.0, "stop"
    _frame_second_frequency(q)


def _frame_second_frequency(q: Question) -> None:
    """Weigh nothing on the frequency word of a second question after the first ('hvem efterser
    platformene, og hvor ofte?', 'who inspects them and how often?'): 'hvor ofte' says the kind of
    value asked, as it does opening a question, never what the question is about."""
    for before, t in zip(q.tokens, q.tokens[1:], strict=False):
        if t.key in _OFTEN and before.key in _WHERE and t.weight > 0:
            t.weight, t.role = 0.0, "stop"
