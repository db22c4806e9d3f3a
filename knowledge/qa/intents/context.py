"""A fact said in a sentence whose paragraph names what it is about: 'Hvor finder superbrugerne
materialet til undervisningen?' - 'Superbrugerne underviser derefter de øvrige sagsbehandlere.
Materialet findes på KOMBITs hjemmeside.' The sentence holds the value asked for and the heart of the
question; the words it leaves to the sentences around it must stand in the same paragraph of the task
the question is about."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys
from knowledge.morphology import in_compound
from knowledge.passages import paragraphs, sentences
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.messages import text as message
from knowledge.qa.titles import title_positions
from knowledge.qa.types import Expect, asked_value, holds

# Kinds of value a sentence of its own says (a 'hvad er X?' of any kind is left to the passages).
# A count is not: the number of one thing stands beside the numbers of others in a paragraph.
_KINDS = frozenset({Expect.PLACE, Expect.NAME, Expect.CODE, Expect.MAIL, Expect.PHONE,
                    Expect.PRICE, Expect.URL, Expect.CVR, Expect.CLOCK, Expect.PERCENT,
                    Expect.VERSION, Expect.FREQUENCY})  # ('hver 3. måned', 'månedligt': said once)
_WHICH = re.compile(r"^\W*(hvilke|hvilken|hvilket|which)\s+\w", re.I)
OWN_SHARE = 0.4  # the sentence itself says at least this share of what the question is about
# Kinds read in a sentence whose subject refers back to the sentence before it only (a time or a span
# stands in many sentences of a paragraph: without the reference, the passages judge it).
_REFERRED_KINDS = frozenset({Expect.TIME})
# A subject that may refer back: a definite noun opening the sentence ('Systemet', 'Billederne').
_OPENING = re.compile(r"^\W*(?P<noun>[A-ZÆØÅ][a-zæøå]{2,}?(?:et|en|erne|ene|ne))\b")


def in_context(ctx: Context) -> list[Candidate]:
    q, index = ctx.q, ctx.index
    if q.yesno or not (q.expects in _KINDS | _REFERRED_KINDS or
                       (q.expects is Expect.ANY and _WHICH.match(q.text))):
        return []
    if q.has("sign"):  # who signs is the signature reader's: a party near a document need not sign it
        return []
    refs = q.ref_positions()
    handled = refs | q.concept_positions("what", "which", "who", "task", "when")
    if any(_held_nowhere(index, t) for t in q.content() if t.pos not in handled):
        return []  # (a word no task has is had by no one task: known before ranking the tasks for scope)
    tasks, via = scope(ctx, handled)
    if len(tasks) != 1:
        return []
    named = title_positions(index, q, tasks[0])
    words = [t for t in q.content() if t.pos not in handled]
    total = sum(t.weight for t in words)
    if total <= 0:
        return []
    if any(t.pos not in named and not any(index.task_has(tasks[0], k) for k in t.keys) for t in words):
        return []  # a word the task does not have at all
    best: list[tuple[float, str, set[int], bool]] = []
    asked = {k for t in words for k in (*t.keys, *t.name_keys)}
    for block in _paragraphs(index, tasks[0]):
        # which question words each sentence of the paragraph holds, asked of the index (no re-reading)
        holding = {pid: {t.pos for t in words if _said(index, pid, t)} for pid in block}
        in_paragraph = set().union(*holding.values())
        if any(t.pos not in in_paragraph | named for t in words):
            continue  # a word of the question nowhere in this paragraph nor in the title
        best += _sentences(q, index, holding, in_paragraph | named, asked, total)
    if not best:
        return []
    return _chosen(ctx, best, tasks, handled, via)


def _sentences(q, index, holding: dict[int, set[int]], explained: set[int], asked: set[str],
               total: float) -> list[tuple[float, str, set[int], bool]]:
    """The sentences of one paragraph that say enough of the question, but not all of it, themselves or
    with the sentence before they refer back to: (share, sentence, positions explained, referred)."""
    best: list[tuple[float, str, set[int], bool]] = []
    before = None
    for pid, own in holding.items():
        sentence = index.passages[pid].text
        referred = before is not None and _refers_back(sentence, index.passages[before].text, asked,
                                                       kind=q.expects)
        if referred and holds(q.expects, index.passages[before].text, q.text) and \
                not _adds(sentence, index.passages[before].text, asked):
            referred = False  # the sentence before says all this one does, and a value of the kind
        if referred:
            # 'Systemet hostes i Microsoft Azure' after the sentence naming HaveKø: the subject
            # refers back, so the words of the sentence before are this one's too
            own = own | holding[before]
        before = pid
        if not referred and q.expects in _REFERRED_KINDS:
            continue  # a time or a span is read beside its subject only through such a reference
        share = sum(q.tokens[p].weight for p in own) / total
        if share < OWN_SHARE or (own == explained and not referred) or \
                not holds(q.expects, sentence, q.text):
            continue  # too little of the question, or all of it: the passages answer that
        best.append((share, sentence, own | explained, referred))
    return best


def _chosen(ctx: Context, best: list[tuple[float, str, set[int], bool]], tasks: list[int],
            handled: set[int], via: set[int]) -> list[Candidate]:
    """The answer from the sentence that says the most of the question; none when two say it alike."""
    top = max(b[0] for b in best)
    chosen = [b for b in best if b[0] >= top - 1e-9]
    if len({b[1] for b in chosen}) > 1:
        return []  # two sentences equally: the paragraph does not say which
    share, sentence, explained, referred = chosen[0]
    # a sentence that says all of the question with the one before it, its subject referring back, is
    # surer than a sentence naming the thing with another verb's value ('... system “HaveKø”, som
    # leveres af X' for 'hvor hostes HaveKø?' beside 'Systemet hostes i Microsoft Azure')
    prior = 0.95 if referred and share >= 1 - 1e-9 else 0.8
    return [Candidate("passage", message("task_says", ctx.lang, said=sentence), tasks,
                      explained | handled | via, prior=prior)]


def _refers_back(sentence: str, previous: str, asked: set[str], *, kind: Expect = Expect.ANY) -> bool:
    """Whether the sentence's subject is a definite noun that refers to what the question asks about in
    the sentence before it: a word of the question itself ('billederne af nummerplader' - '... tager
    billeder af nummerplader. Billederne slettes efter 24 timer'), or the kind of a thing the sentence
    before names by a name the question writes ('... til det webbaserede system “HaveKø”. Systemet hostes
    i ...'). Another party said again ('... opkræves af haveforeningen. Haveforeningen afregner ...') or
    the previous subject ('Kommunen ... Kommunen ...') is no such reference. `asked` holds the keys of
    the question's words. A noun naming the kind of value asked, `kind` ('Prisen er 1.100 kr.' after
    'Sommerlejren går til Bornholm ...'), is that of the sentence before's subject, when the question
    names that subject."""
    m = _OPENING.match(sentence)
    if m is None:
        return False
    noun = content_keys(m.group("noun"))
    words = _PLAIN_WORD.findall(previous)
    if not noun or not words:
        return False
    if kind is not Expect.ANY and asked_value(ascii_fold(m.group("noun").casefold())) is kind:
        return bool(content_keys(words[0]) & asked)
    if noun & content_keys(words[0]):
        return False
    if noun & asked:
        return any(in_compound(k, content_keys(" ".join(words[1:]))) for k in noun)
    for i, w in enumerate(words[1:], 1):
        if any(in_compound(k, content_keys(w)) for k in noun):
            near = words[i + 1:i + 3]  # the name right after its kind: 'system “HaveKø”', 'portalen X'
            if any(x[:1].isupper() and content_keys(x) & asked for x in near):
                return True
    return False


def _adds(sentence: str, previous: str, asked: set[str]) -> bool:
    """Whether the sentence says a word of the question that the sentence before does not, even inside a
    compound ('hostes' after '... system “HaveKø”, som leveres af ...'; not 'Certifikatet' after '...
    kræver et OCES-systemcertifikat')."""
    before = content_keys(previous)
    return any(not in_compound(k, before) for k in content_keys(sentence) & asked)


_PLAIN_WORD = re.compile(r"[\wæøåÆØÅ][\wæøåÆØÅ.-]*")


def _held_nowhere(index, tok) -> bool:
    """Whether no task holds the word by any key and it names no title (no match): the check below that
    every word is in the scoped task or its title fails whatever task the scope finds."""
    return tok.match <= 0 and not any(k in index.task_postings for k in tok.keys)


def _said(index, pid: int, tok) -> bool:
    return any(index.passage_has(pid, k) for k in tok.keys)


def _paragraphs(index, task: int) -> list[list[int]]:
    """The task's description sentences (passage ids), grouped by the paragraph they stand in."""
    pids = [p for p in index.task_passage_ids(task) if index.passages[p].field == "description"
            and index.passages[p].whole is None]
    out: list[list[int]] = []
    for paragraph in paragraphs(index.tasks[task].description):
        said = set(sentences(" ".join(paragraph.split())))
        block = [p for p in pids if index.passages[p].text in said]
        if block:
            out.append(block)
    return out
