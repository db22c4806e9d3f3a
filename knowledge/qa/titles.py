"""The words of a question that name a task by its title: 'hvor mange sager skal vi udvælge til testen
af pensionsberegningen?' says which task with 'testen af pensionsberegningen' (the title 'Test af
pensionsberegning'), so an answer from that task accounts for those words, wherever it stands."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, question_keys
from knowledge.index import Index, on_build
from knowledge.morphology import first_part, has_head, heads
from knowledge.passages import ITEM
from knowledge.passages import shown as quoted_as
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.contacts import WHOM_SAID, asks_whom, reachable, says_whom
from knowledge.qa.name_kinds import described_positions
from knowledge.qa.types import Expect, holds
from knowledge.retrieval import rank_passages, rank_tasks, title_keys, title_kinds
from knowledge.wording import quote, say


def title_positions(index: Index, q: Question, task: int) -> set[int]:
    """Positions of the question's known words that stand in the task's title. In a yes/no question
    a name is what is asked about ('skal fuldmagten godkendes af KOMBIT?' in 'Fuldmagt til KOMBIT'),
    so names are left to the answer. A paper the text names by the title ('aftalen “<title>”') is its own."""
    title = title_keys(index.tasks[task].title) | title_kinds(index, task)
    return {t.pos for t in q.content() if t.match > 0 and any(k in title for k in t.keys)
            and not (q.yesno and t.pos > 0 and t.surface[:1].isupper() and not _where(q, t))}


# 'i MitID Erhverv', 'for KSD': a name after these says where the question is, not what it claims
_WHERE = frozenset("i for på in on".split())


def _where(q: Question, tok) -> bool:
    """Whether a name of a yes/no question only places it ('Skal kommunen have to administratorer i
    MitID Erhverv?'): the word before the name (and the capitalised words it runs with) is 'i/for/på'."""
    i = tok.pos - 1
    while i > 0 and q.tokens[i].surface[:1].isupper():
        i -= 1
    return i > 0 and q.tokens[i].surface.casefold() in _WHERE


def _title_topic_positions(index: Index, q: Question, task: int) -> set[int]:
    """'hvem kan jeg skrive til om tilslutningen til Falkebogen?' in the task titled 'Tilslutningsaftale til
    Falkebogen': the positions of the question's nouns that are the first part of a compound of the title
    (the paper's topic, before its head), for whom to ask about it. (Only for that: a topic is not the
    paper itself, whose value another question may ask.)"""
    title = title_keys(index.tasks[task].title)
    return {t.pos for t in q.content() if t.match > 0 and t.role == "word"
            and any(first_part(k, whole) for k in t.keys for whole in title)}


# A word weighed down to this as framing ('hedder' of 'hvad hedder X?', 'tid' of 'hvor lang tid ...?')
# says what kind of answer is asked, not what about: an answer need not say it.
_FRAMED = 0.2


def respelled(q: Question, text: str) -> str:
    """The text of a count question with its misspelt words as the tasks write them: what its counted
    noun is checked by ('hvor mange testcaes ...?' counts 'testcases')."""
    return q.spelt() if q.expects is Expect.COUNT and text == q.text else text


def untitled(q: Question, titled: set[int]) -> str:
    """The question as a labelled line must say it ('Versionsnummer: 7.1' for 'hvad er versionsnummeret
    på byggesagssystemet?' in 'Opsætning af nyt byggesagssystem'): without the words only its task's
    title says, for the kinds whose value a label names (a name, a version, a code)."""
    if not titled or q.expects not in _LABELLED:
        return respelled(q, q.text)
    text = q.text  # (cut from the text as typed: 'Android-version' keeps its form)
    for t in q.tokens:
        if t.pos in titled:
            text = re.sub(rf"(?<!\w){re.escape(t.surface)}(?!\w)", " ", text, count=1)
    return text


def credit_titles(index: Index, q: Question, candidates) -> None:
    """An answer from one task the question may ask about explains the words naming that task, when
    it accounts for every other word of the question itself: the title tells which task, the answer
    must still say all that was asked ('trykkes i farver' is not settled by 'Tryk: sort/hvid')."""
    if q.expects is Expect.ANY and not q.yesno:
        return
    for c in candidates:
        if not c.found or len(c.tasks) != 1 or not q.allows(c.tasks[0]):
            continue
        # (and the words that name the thing the title names by what the tasks say it is: 'the lighthouse
        # booking system' for Lygtebogen in 'Adgang til Lygtebogen')
        task = c.tasks[0]
        # (a head names a kind of the title's thing, which a value said of the task may be of; the task's own
        # schedule is the deadline of its whole deed, not of what a sentence asks of that kind)
        heads = _title_heads(index, q, task) if c.kind != "when" else set()
        titled = (title_positions(index, q, task) | described_positions(index, q, task) | heads) - c.explained
        if titled and all(t.pos in c.explained or t.pos in titled or t.weight <= _FRAMED
                          for t in q.content()):
            c.explained, c.titled = c.explained | titled, c.titled | titled


def _title_heads(index: Index, q: Question, task: int) -> set[int]:
    """Positions of the question's known words that name a compound of the task's title by its head
    ('briller' for 'Lån af varmehandsker og sikkerhedsbriller'): the compound is a kind of its head, so the
    word names what the title names. Not a short key that ends many words by chance."""
    title = title_keys(index.tasks[task].title)
    shared = _titled_heads(index)
    # (a word as the tasks write it, by its own key: not a part split off an unknown compound, 'ansvar' of
    # 'klageansvarlig', which names no 'forvaltningsansvar'; nor a head many titles' compounds share,
    # 'aftale' of 'Serviceaftale' and 'Databehandleraftale', which names no one task)
    return {t.pos for t in q.content() if t.match >= 1 and t.weight > _FRAMED
            and shared.get(t.key, 0) <= _HEAD_TASKS and any(has_head(w, t.key) for w in title)}


def _titled_heads(index: Index) -> dict[str, int]:
    """How many tasks' titles have a compound with each head (made with the index: `_make_titled_heads`)."""
    found = index.__dict__.get("_titled_heads")
    if found is None:  # (an index built before this reader was imported)
        _make_titled_heads(index)
        found = index.__dict__["_titled_heads"]
    return found


@on_build
def _make_titled_heads(index: Index) -> None:
    """Count the titles' heads once per built index: made on a question's first use, the walk over every
    title cost that question ~10 ms at 1,000 tasks."""
    counts: dict[str, int] = {}
    for task in index.tasks:
        for head in set().union(*(heads(w) for w in title_keys(task.title))):
            counts[head] = counts.get(head, 0) + 1
    index.__dict__["_titled_heads"] = counts


_HEAD_TASKS = 1  # a head of more than one task title's compound names none of them


def titled_passages(ctx, *, threshold: float) -> list:
    """Sentences of a task the question names by title words, that hold every other word of the
    question: 'hvor mange udlån skal kommunen udtage til afprøvningen af udlånsberegningen?' is
    answered by 'Kommunen udtager otte udlån ...' in the task titled 'Afprøv udlånsberegningen', a
    sentence that alone covers too little of the question to be found."""
    index, q = ctx.index, ctx.q
    content = [t for t in q.content() if t.weight > 0.1]
    if not content and q.tasks and q.expects in _VALUED and asks_whom(q):
        # 'hvem kan jeg spørge om CIRK 1?': only the task is named, and the asking verb is a stop word
        return [c for task in q.tasks for c in _contact_of_task(ctx, task, q.ref_positions())]
    kinds = _KINDS + _VALUED + _SHOWN + _LABELLED
    if not content or q.expects not in kinds or (q.has("consequence") and q.has("if")):
        return []  # what follows if needs its own kind of sentence
    # 'hvad er opsigelsesvarslet på kontrakten med Køkkenhuset Fyn?': a what/which question names its
    # task by a name the task writes (not by title words alone: any sentence of it would do)
    # ('hvem er kontaktperson hos Køkkenhuset Fyn?' too: 'Leverandørens kontaktperson er ...' in the task
    # that writes the name; in a yes/no question a name is what is asked about, as for title words)
    by_name = q.expects is Expect.ANY and not q.yesno and bool(q.tokens) and \
        bool(q.tokens[0].concepts & _WHAT)  # (not 'hvordan ...?': a way, which a sentence must say itself)
    names = not q.yesno and any(_name_word(q, t) for t in content)
    if by_name and not names:
        return []
    if q.expects is Expect.ANY and not q.yesno and (q.lang != "da" or _asks_how(q)):
        return []  # (an English question's type is read less surely: 'the date of EG's webinar' as 'hvad')
    tasks = _titled_tasks(index, q, content, names=names)
    refs = q.ref_positions()
    total = sum(t.weight for t in content)
    out = []
    for task in tasks:
        out += _of_titled_task(ctx, task, content, refs, total, by_name=by_name, names=names,
                               threshold=threshold)
    return out


def _titled_tasks(index, q, content: list, *, names: bool) -> list[int]:
    """The tasks the question may name by title: the named ones, else the best-matching tasks (none when
    no word of the question is in any title and it writes no name)."""
    if q.tasks:
        return list(q.tasks)
    if not names and not any(k in index.title_tasks for t in q.content() if t.match > 0 for k in t.keys):
        return []  # no word of the question is in any title (title_positions): none is named by it
    ranked = rank_tasks(index, q, _naming(q, content), limit=_TASKS)
    return [t for t, _, _ in ranked[:_TASKS] if q.allows(t)]


def _asking(q, content: list) -> set[int]:
    """The positions of a who-question's words of asking whom ('kontakt', 'spørgsmål'); none for others."""
    if q.expects in _VALUED and asks_whom(q):
        return {t.pos for t in content if WHOM_SAID.fullmatch(t.surface)}
    return set()


def _naming(q, content: list) -> set[int]:
    """The positions of the words that may name the task: for whom to ask, not the words of asking
    ('spørgsmål' of 'hvem kan svare på spørgsmål om X?', which every task's contact line writes)."""
    said = {t.pos for t in content}
    return said - _asking(q, content) or said


def _of_titled_task(ctx, task: int, content: list, refs: set[int], total: float, *, by_name: bool,
                    names: bool, threshold: float) -> list:
    """The candidates of one task the question names by title (or by a name it writes)."""
    index, q = ctx.index, ctx.q
    titled = title_positions(index, q, task) - refs
    if q.expects in _VALUED and asks_whom(q):
        titled |= _title_topic_positions(index, q, task) - refs
    if names:
        named = named_positions(index, q, task) - refs
        if by_name and not named:
            return []
        if by_name or _only_writer(index, q, task):
            titled |= named
        elif titled:  # (the title's words name the task: the names its topic writes are what it is about)
            titled |= _topic_names(index, q, task, named)
    if not titled and refs and task in q.tasks and _naming(q, content) <= refs | _asking(q, content):
        # 'hvem er kontakt på GFST 2?': the task named by its number, and nothing asked of it but whom to ask
        return _contact_of_task(ctx, task, refs)
    if not titled or sum(q.tokens[p].weight for p in titled) < _TITLE_SHARE * total:
        return []
    rest = {t.pos for t in content} - titled - refs
    if q.expects in _VALUED:  # 'hvem skal man kontakte ved fejl i X?': the asking verb frames it (0.3)
        rest = {p for p in rest if q.tokens[p].weight > _FRAMING}
        if asks_whom(q):  # 'hvem er kontaktperson for X?': the contact asked for, as the sentence on whom
            rest = {p for p in rest if not WHOM_SAID.fullmatch(q.tokens[p].surface)}  # to ask says it
    elif q.expects in _SHOWN:  # 'hvad hedder X?': 'hedder' frames it (_FRAMED), the value answers
        rest = {p for p in rest if q.tokens[p].weight > _FRAMED}
    if not rest:
        # 'hvem skal vi kontakte om installationen af X?' in the task titled 'Installér X': the
        # task's sentence on whom to ask ('Spørgsmål om installationen rettes til ...')
        return _contact_of_task(ctx, task, titled | refs) if asks_whom(q) else \
            _label_of_task(ctx, task, titled | refs)  # the title alone: which task, not what was asked
    if q.expects not in _KINDS + _VALUED + _SHOWN:
        return []  # a version or a code only from a fact line its label names (_label_of_task)
    return _titled_sentences(ctx, task, titled, refs, rest, by_name=by_name, threshold=threshold)


def _titled_sentences(ctx, task: int, titled: set[int], refs: set[int], rest: set[int], *, by_name: bool,
                      threshold: float) -> list:
    """The task's sentences that say the rest of the question, with the value asked."""
    index, q = ctx.index, ctx.q
    out = []
    whom = q.expects in _VALUED and asks_whom(q)
    hits = rank_passages(index, q, tasks=[task], skip=titled | refs, limit=_READ if whom else _SENTENCES,
                         min_coverage=threshold)
    for n, hit in enumerate(hits):
        passage = index.passages[hit.pid]
        if n >= _SENTENCES and not (says_whom(passage.text) and reachable(passage.text)):
            continue  # (further down, only a sentence on whom to ask that says how to reach them: _READ)
        if passage.field == "title" or not rest <= hit.explained or not _tells(q, passage.text):
            continue
        if by_name and all(any(index.passage_has(hit.pid, k) for k in t.keys)
                           for t in q.content() if _name_word(q, t)):
            continue  # a sentence writing the names is judged as it is ('... skal have begge roller')
        if q.expects in _VALUED and not (holds(q.expects, ITEM.sub("", passage.text), q.text)
                                         and _SAYS_WHO.search(passage.text)):
            continue  # who: a sentence that says who ('Integrationen driftes af KMD', 'til support')
        if q.expects in _VALUED and asks_whom(q) and not says_whom(passage.text):
            continue  # whom to ask: a sentence on asking ('Spørgsmål om aftalen: X'), not any party it names
        if q.expects in _SHOWN and (not holds(q.expects, ITEM.sub("", passage.text), q.text)
                                    or _other_titled(index, q, task, passage.text)):
            continue  # 'hvor ofte faktureres X?': 'Fakturering sker månedligt' in X's task, a frequency
            # (not 'Der er ingen betaling for lokal IdP' for what MitID Erhverv costs: another of the
            # title's things)
        # (a list's intro with its items, as the passage candidates quote it: the intro alone says nothing)
        out.append(Candidate("passage", say("says", q.lang) + quote(quoted_as(passage), q.lang), [task],
                             hit.explained | titled | refs, prior=0.9, titled=titled))
    return out


# 'hvem kan vi spørge / skal vi kontakte om X?' and a sentence that says whom to ask
def _contact_of_task(ctx, task: int, explained: set[int]) -> list:
    """The one sentence of the task that says whom to ask and names a party, preferring one that also
    writes a word the question names the task by, then one that says how to reach them (a phone number or
    a mail address: 'stil spørgsmål via besked i KLIK' names no one to ask); none when several tie (whom
    for what is unclear)."""
    index, q = ctx.index, ctx.q
    said = [pid for pid in index.task_passage_ids(task) if index.passages[pid].field != "title"
            and says_whom(index.passages[pid].text)
            and holds(Expect.PARTY, ITEM.sub("", index.passages[pid].text), q.text)]
    keyed = [pid for pid in said if any(index.passage_has(pid, k) for p in explained
                                        for k in q.tokens[p].keys if q.tokens[p].role == "word")]
    chosen = keyed if keyed else said
    reached = [pid for pid in chosen if reachable(index.passages[pid].text)]
    chosen = reached if len(chosen) > 1 and reached else chosen
    if len(chosen) != 1:
        return []
    text = index.passages[chosen[0]].text
    return [Candidate("passage", say("says", q.lang) + quote(text, q.lang), [task],
                      {t.pos for t in q.content()}, prior=0.9 if keyed else 0.85, titled=explained)]


def _label_of_task(ctx, task: int, explained: set[int]) -> list:
    """'hvad er versionsnummeret på byggesagssystemet?' in the task titled 'Opsætning af nyt
    byggesagssystem': the one fact line of the task whose label the question names, with a value of the
    kind asked ('Versionsnummer: 7.1'); none when the task has no such line or several."""
    from knowledge.qa.candidate import Candidate
    from knowledge.wording import quote, say

    index, q = ctx.index, ctx.q
    if q.expects not in _LABELLED or not explained - q.ref_positions() <= title_positions(index, q, task):
        return []  # (a name the task writes may be another line's value: 'Database: PostgreSQL')
    asked = untitled(q, explained)
    named = set(question_keys(q.text))
    said = [pid for pid in index.task_passage_ids(task) if index.passages[pid].field == "fact"
            and set(content_keys(index.passages[pid].text.split(":")[0])) <= named
            and holds(q.expects, index.passages[pid].text, asked)]  # (its label the question's own word)
    if len(said) != 1:
        return []
    return [Candidate("passage", say("says", q.lang) + quote(index.passages[said[0]].text, q.lang), [task],
                      {t.pos for t in q.content()}, prior=0.9, titled=explained)]


def _asks_how(q: Question) -> bool:
    """'hvordan ...?' asks a way, which its own sentence must say (no title word tells it)."""
    return bool(q.tokens) and "method" in q.tokens[0].concepts


def _name_word(q: Question, tok) -> bool:
    """Whether a question word is (part of) a name: written with a capital inside the question."""
    return tok.pos > 0 and tok.match > 0 and tok.surface[:1].isupper() and tok.weight > 0.1


def named_positions(index: Index, q: Question, task: int) -> set[int]:
    """Positions of the question's names ('Køkkenhuset Fyn', 'PlayCheck') that the task writes, and,
    with them, of its words in the task's title and goal: what the whole task is about. Nothing when the
    task writes none of the names, or not all of them (another supplier's, another system's), or when
    a name is written by many tasks ('KOMBIT'): it names none of them."""
    names = [t for t in q.content() if _name_word(q, t)]
    if not names or not all(any(index.task_has(task, k) for k in t.keys) for t in names) or any(
            len(_writers(index, t.keys)) > _NAME_TASKS for t in names):
        return set()
    t = index.tasks[task]
    topic = content_keys(" ".join([t.title, t.goal or ""]))
    return {tok.pos for tok in names} | {tok.pos for tok in q.content() if tok.match > 0
                                         and any(k in topic for k in tok.keys)}


def _topic_names(index: Index, q: Question, task: int, named: set[int]) -> set[int]:
    """The positions of the question's names when the task's title or goal writes every one of them ('Hvem er
    kontakt for e-læringen om Arkivbroen?' in 'E-læring for byggesagsbehandlere', whose goal is that they
    can use Arkivbroen): the title's words say which task, and a name its topic writes is the thing the
    whole task is about, as its title is, though other tasks write the name too. Nothing when a name is
    only written further in (another thing the task tells of) or by many tasks (named_positions)."""
    names = {t.pos for t in q.content() if _name_word(q, t)}
    if not names or not names <= named:
        return set()
    t = index.tasks[task]
    topic = content_keys(" ".join([t.title, t.goal or ""]))
    return names if all(any(k in topic for k in q.tokens[p].keys) for p in names) else set()


def _only_writer(index: Index, q: Question, task: int) -> bool:
    """Whether no other task writes every name of the question: a who- or typed question's answer may
    then come from any sentence of that task ('Leverandørens kontaktperson er ...'); where several tasks
    write the names, its sentence must name what it is about itself ('kontaktperson i KOMBIT for Context
    Handler' is not any 'Kontakt:' line of a task that mentions Context Handler)."""
    names = [t for t in q.content() if _name_word(q, t)]
    writers: set[int] | None = None
    for t in names:
        held = _writers(index, t.keys)
        writers = held if writers is None else writers & held
    return writers == {task}


def _writers(index: Index, keys) -> frozenset[int]:
    """The tasks that write a word by any of its keys: found once per keys and kept with the (read-only)
    index, since a name many tasks write ('Udbetaling Danmark') is looked up for every task ranked."""
    keys = tuple(keys)
    return index.kept("_name_writers", keys,
                      lambda: frozenset(w for k in keys for w in index.task_postings.get(k, ())))


def _other_titled(index: Index, q: Question, task: int, text: str) -> bool:
    """Whether the sentence names a thing of the task's title the question does not ('lokal IdP' of
    'Tilslut kommunens IdP som lokal IdP i MitID Erhverv' for a question about MitID Erhverv)."""
    asked = {k for t in q.tokens for k in t.keys}
    # (not a number: the title's task code 'HJMR 1' is no thing the sentence 'Pris: 1,15 kr.' names)
    said = {k for k in content_keys(ITEM.sub("", text)) if not k.isdigit()}
    return bool((said & title_keys(index.tasks[task].title)) - asked)


def _tells(q: Question, text: str) -> bool:
    """The sentence says something the question does not ('Bestil certifikatet' tells nothing about
    which certificate), and a time asked for is a time, not a condition ('når aftalen er underskrevet').
    A yes/no question's claim restated is its answer ('Det er nødvendigt at vedlægge en beredskabsplan')."""
    asked = {k for t in q.tokens for k in t.keys}
    if not q.yesno and not {k for k in content_keys(ITEM.sub("", text)) if not k.isdigit()} - asked:
        return False
    return q.expects is not Expect.TIME or holds(Expect.TIME, _CONDITION.sub(" ", text), q.text)


_CONDITION = re.compile(r"\b(når|efter at|så snart|after|once)\b", re.IGNORECASE)
_KINDS = (Expect.ANY, Expect.COUNT, Expect.TIME)  # yes/no, what/which/where, how many, when
# who, which a sentence must give to answer ('hvem driver integrationen mellem X og Y?' in the task
# titled 'Integration mellem X og Y': 'Integrationen driftes af KMD')
_VALUED = (Expect.PARTY,)
# a plain kind of value the sentence must show ('hvor ofte', a price, a share, an hour, a mail, a phone)
# (not a place: with it, 'where are the users for X set up?' took '... logge ind i X' on 'kommunens herberg'
# and a held-out set got a confident wrong answer more; s49)
_SHOWN = (Expect.FREQUENCY, Expect.PRICE, Expect.PERCENT, Expect.CLOCK, Expect.MAIL, Expect.PHONE,
          Expect.NAME)
# the kinds whose value a fact line's label names ('Versionsnummer: 7.1', 'Produkt: BygSag Pro')
_LABELLED = (Expect.NAME, Expect.VERSION, Expect.CODE)
_FRAMING = 0.3  # the weight the pipeline leaves a 'hvem' question's asking verb ('kontakte', 'spørge')
# a passive's agent, a party after 'til/hos', or a role or unit word ('-ansvarlig', 'support', '-afdeling')
_SAYS_WHO = re.compile(r"(?i:\b[a-zæøå]{2,}es\s+af\s|"  # ('driftes af'; not a noun in -s: 'Status af')
                       r"\ber\s+ansvarlig\s+for\s|"  # ('Vintervagten er ansvarlig for at ...')
                       # a role after the copula ('Systemejeren er kommunens miljøchef')
                       r"\ber\s+(?:[\wæøå]+s\s+)?[\wæøå-]*(?:chef|leder|direktør|koordinator|ansvarlig)\w*\b|"
                       r"\b(?:til|hos)\s+(?:[\w'’]+\s+){0,2}?[\wæøå-]*(?:support|ansvarlig\w*|chef\w*|leder\w*|"
                       r"afdeling\w*|team\w*|koordinator\w*|konsulent\w*|sekretariat\w*|leverandør\w*|"
                       r"helpdesk\w*|servicedesk\w*|hotline\w*|kontor\w*|udvalg\w*)\b)|"
                       # a person's name (after a label's colon too)
                       r"(?<![.!?]\s)\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+\b")
_NAME_TASKS = 3  # a name written by more tasks than this names none of them
_WHAT = frozenset({"what", "which"})  # the concepts of 'hvad', 'hvilket', 'what', 'which'
_SENTENCES = 3  # the task's best sentences read (more let a sentence of another thing through)
# for whom to ask, the task's sentences read further for the one on asking that says how to reach them
# ('Spørgsmål om aftalen: X, tlf. ...' ranks under every sentence that says 'aftalen': a task's contact line
# stands last, and says nothing of the question but the thing asked about)
_READ = 40
_TASKS = 3  # the tasks holding most of the question's words are the ones it may name by title
_TITLE_SHARE = 0.2  # title words that say less than this of the question do not name the task
