"""Words of a question a text deadline says besides its thing: the event it is counted from ('hvor lang tid
har X til at kontrollere listen efter modtagelsen?' - '... inden for 4 arbejdsdage efter modtagelsen') and
the party that does its deed, named by its role ('how long does the supplier have to enter the rules?' -
'Mosebund Service lægger reglerne ind inden for 4 arbejdsdage ...'). The deadline answers those words; they
are no other thing asked about."""

from __future__ import annotations

import re
from itertools import islice

from knowledge.fold import content_keys
from knowledge.morphology import begins_word_of, tails, unlinked_modifier
from knowledge.qa.analysis.compounds import keys_beginning
from knowledge.qa.name_kinds import definitions, group_of

# The words that put an event as what a time is counted from, after it ('efter modtagelsen', 'after receipt',
# 'once they get it') or before it ('før første tur', 'before the festival'); 'af' only after 'inden for' or
# 'within', either way ('within 4 days of receipt')
_AFTER = frozenset({"efter", "fra", "after", "from", "once", "når"})
_BEFORE = frozenset({"før", "inden", "before"})
_EITHER = frozenset({"af", "of"})
_WITHIN = re.compile(r"\b(?:inden\s+for|within)\b", re.I)
_REACH = 3  # the event's word follows its preposition closely ('efter modtagelsen af listen')
# The party that opens a deadline's clause as its doer: a name of two or more capitalised words ('Skårvig
# Teknik kontrollerer listen ...', 'Vejdata A/S lægger ...'), then a verb in the present
_DOER = re.compile(r"^\W*(?P<name>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|A/S|ApS|I/S|P/S))+)\s+"
                   r"[a-zæøå]{2,}r\b")
# a public body named in capitals is no supplier ('Region Syddanmark godkender listen ...', 'Kommunen',
# 'Styrelsen for Dataforsyning', 'KOMBIT')
_PUBLIC_BODY = re.compile(r"\b(?:Region|Kommune\w*|\w*[Ss]tyrelse\w*|\w*[Mm]inisteri\w*|\w*[Dd]irektorat\w*|"
                          r"\w*[Tt]ilsyn\w*|\w*[Nn]ævn\w*|\w*[Pp]oliti\w*|KOMBIT|KL)\b")
# a role word the glossary reads as the supplier ('firm', 'vendor', 'leverandøren', 'virksomheden')
_SUPPLIER = "leverandor"


def counted_from_words(q, deadlines) -> set[int]:
    """The question's words that name the event the deadlines are counted from, where the question puts them
    after a word that counts a time from them the same way ('after receiving it' for '... inden for 4
    arbejdsdage efter modtagelsen'; not 'efter første tur' for 'senest 10 dage før første tur'). Not in a
    question that names a thing the tasks do not know: framing words are no support for it ('... the kayak
    rules after receiving them?')."""
    if not deadlines or q.unknown():
        return set()
    either = _EITHER if _WITHIN.search(q.text) else frozenset()
    out = set()
    for d in deadlines:
        anchor = content_keys(d.anchor or "")
        opening = either | (_AFTER if d.days >= 0 else frozenset()) | \
            (_BEFORE if d.days <= 0 else frozenset())
        for tok in q.content():
            before = q.tokens[max(0, tok.pos - _REACH):tok.pos]
            if set(tok.keys) & anchor and any(b.surface.casefold() in opening for b in before):
                out.add(tok.pos)
    return out


def role_words(index, q, text: str, task: int) -> set[int]:
    """The question's words that name by its role the party the text's clause has doing its deed or sends
    its thing to (a word the glossary reads as the supplier or the developer: 'firm', 'vendor',
    'leverandøren', 'the developer'), with the word before the role that names the party too ('the
    maintenance firm'). (A word a fact gives the party as its label, 'Udvikler: Kløvhale Data' for 'the
    developer', is name_kinds' reading too.)"""
    return _doer_words(index, q, text, task) | _recipient_words(index, q, text, task)


def _doer_words(index, q, text: str, task: int) -> set[int]:
    roles = {tok.pos for tok in q.content() if names_doer(index, q, tok, text, task)}
    return roles | _role_modifiers(index, q, roles, _doer(text), task)


def names_doer(index, q, tok, text: str, task: int) -> bool:
    """Whether the question's word names by its role (the supplier, the developer) the party the clause opens
    with as the doer of its deed ('Skårvig Teknik kontrollerer listen ...' for 'how long does the firm have
    to check the list?'), in a question that names nothing the tasks do not know (whose framing words are
    no support: 'how long does the firm have to check the list after the kite festival?'). Not a role the
    question sends the thing to ('sent to the developer': whom it goes to, names_recipient's reading), nor
    a party some fact of the task's project gives that role under another name."""
    role = _role(tok)
    if role is None or q.unknown() or _toward(q, tok.pos) or _toward(q, tok.pos - 1):
        return False
    name = _doer(text)
    return name is not None and _may_be(index, name, task, role)


def supplier_does(index, text: str, task: int) -> bool:
    """Whether the clause opens with a named party as the doer of its deed ('Skårvig Teknik kontrollerer
    listen ...'), one the question may call the supplier: no fact of the task's project names another
    party the supplier ('Leverandør: Hvedholm Data')."""
    name = _doer(text)
    return name is not None and _may_be(index, name, task, _SUPPLIER)


def _role(tok) -> str | None:
    """The role (a key) the glossary reads the question's word as: the supplier or the developer."""
    return _SUPPLIER if _SUPPLIER in tok.keys else _DEVELOPER if _DEVELOPER in tok.keys else None


def _doer(text: str) -> str | None:
    """The named party the clause opens with as its doer ('Skårvig Teknik' of 'Skårvig Teknik kontrollerer
    listen ...'), after a quoted answer's lead."""
    m = _DOER.match(_QUOTED.sub("", text, count=1))
    return m.group("name") if m else None


def _may_be(index, name: str, task: int, role: str) -> bool:
    """Whether the question may call the named party by the role (a key: 'leverandor', 'udvikl'): it is no
    public body, and no fact of the task's project names another party so ('Leverandør: Hvedholm Data')."""
    if _PUBLIC_BODY.search(name):
        return False
    keys, group = content_keys(name), group_of(index, task)
    return not any(not keys <= set(index.facts[fid].value) and group_of(index, index.facts[fid].task) == group
                   for fid in index.fact_subjects.get(role, ()))


# The party a deadline's clause sends its thing to, named in two or more capitalised words: '... sendes til
# Frostmejsel Systemer senest 3 uger før go-live', 'sender den til Træben Teknik'
_SENT_TO = re.compile(r"\b(?:til|hos)\s+(?P<name>[A-ZÆØÅ][\w-]*(?:\s+(?:[A-ZÆØÅ][\w-]*|A/S|ApS|I/S|P/S))+)")
# the words before a role that make it the one the thing goes to: 'være hos leverandøren', 'sent to the
# developer', 'reach the supplier'
_TOWARD = frozenset({"til", "hos", "to", "reach", "reaches"})
_ARTICLES = frozenset({"den", "det", "the"})
# the roles a question may call a firm that gets a thing to put in its system: the supplier, the developer
_DEVELOPER = "udvikl"


def _recipient_words(index, q, text: str, task: int) -> set[int]:
    """The role words of the party the clause sends the thing to: 'hvornår skal planen være hos
    leverandøren?', 'by when must the map be sent to the developer?' for '... sendes til Frostmejsel
    Systemer senest 3 uger før go-live'. (Who then does something with the thing, 'Frostmejsel Systemer
    lægger planen ind ...', is recipient_acts' reading.)"""
    roles = {tok.pos for tok in q.content() if names_recipient(index, q, tok, text, task)}
    return roles | _role_modifiers(index, q, roles, _recipient(text), task)


def names_recipient(index, q, tok, text: str, task: int) -> bool:
    """Whether the question's word names by its role the party the text sends its thing to: a role the
    glossary reads as the supplier or the developer, right after 'til', 'hos', 'to' or 'reach' (or after a
    word before it that names the party too: 'sent to the service firm'), in a question that names nothing
    the tasks do not know; the party a private firm no fact of the task's project gives that role under
    another name."""
    role = _role(tok)
    name = _recipient(text)
    if role is None or name is None or q.unknown():
        return False
    modified = _toward(q, tok.pos - 1) and _role_modifiers(index, q, {tok.pos}, name, task)
    if not (_toward(q, tok.pos) or modified):
        return False
    return _may_be(index, name, task, role)


def _recipient(text: str) -> str | None:
    """The named party the clause sends its thing to ('Frostmejsel Systemer' of '... sendes til Frostmejsel
    Systemer senest ...')."""
    m = _SENT_TO.search(text)
    return m.group("name") if m else None


def _role_modifiers(index, q, roles: set[int], name: str | None, task: int) -> set[int]:
    """The words right before the question's role words that name the same party by what it is or does, as
    the tasks of its project name it: a word of its name ('the service firm' for 'Smeltedigel Service'), or a
    fact's label whose value is the party ('the maintenance firm' where 'Vedligehold: Skårvig Teknik'). A
    Danish compound says both in one word ('vedligeholdelsesfirmaet'); English writes them apart, and the
    modifier is no other thing asked about."""
    if not roles or name is None:
        return set()
    party = content_keys(name)
    labels = [d.kind for d in definitions(index).get(group_of(index, task), ()) if d.name <= party] + \
        _labels_in_task(index, task, name)
    out = set()
    for pos in roles:
        tok = q.tokens[pos - 1] if pos > 0 else None
        if tok is None or tok.role != "word" or _role(tok) or not tok.surface.isalpha():
            continue
        keys = set(tok.keys)
        if keys & party or any(keys & label for label in labels):
            out.add(tok.pos)
    return out


def _toward(q, pos: int) -> bool:
    """Whether the word at `pos` follows 'til', 'hos', 'to' or 'reach', an article between or none."""
    before = [t.surface.casefold() for t in q.tokens[max(0, pos - 2):pos]]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in _TOWARD


def _labels_in_task(index, task: int, name: str) -> list[set[str]]:
    """The keys of the labels the lines of the task's project give the named party as their value
    ('Vedligehold: Skårvig Teknik' in a description, a line no list of facts holds), read once per party."""
    group = group_of(index, task)

    def read() -> list[set[str]]:
        label = re.compile(r"(?P<label>[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]+)?)\s*:\s*" + re.escape(name) + r"\b")
        return [content_keys(m.group("label")) for pid in _project_passages(index).get(group, ())
                for m in label.finditer(index.passages.text_of(pid))]
    return index.kept("party_labels", (group, name), read, most=4096)


def _project_passages(index) -> dict[str, list[int]]:
    """Per project, the ids of its tasks' passages that hold a label (a colon), read once per index."""
    def build() -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for pid in range(len(index.passages)):
            if ":" in index.passages.text_of(pid):
                out.setdefault(group_of(index, index.passage_task[pid]), []).append(pid)
        return out
    return index.kept("label_passages", None, build)


# what opens a quoted answer before the task's sentence: 'Opgaven siger: “', a label and a quote mark
_QUOTED = re.compile(r"^[^“\n]*“")


# a compound's parts this long at least: 'labyrint' + 'aftal', not 'is' + 'blok'
_PART = 4
# how many keys beginning with a modifier, and tasks of each, are looked at: a modifier is a rare word
_TRIED = 8


def titled_compound_deadlines(index, tok) -> list[int]:
    """The deadlines a question's compound names by the thing their task is titled for, when no deadline says
    the compound itself: 'labyrintaftalen' for 'Tilslutningsaftalen sendes retur ... senest 6 uger før
    go-live' of the task 'Tilslutningsaftale for Labyrintbogen'. The compound's head ends what the deadline is
    about ('aftal' of 'tilslutningsaftal'), its modifier begins a word of the task's title ('labyrint' of
    'labyrintbog'). Not a compound another task writes: that one is a thing of its own."""
    k = tok.key
    if tok.match < 1 or not tok.surface.isalpha() or not tok.surface.islower() or k in index.deadline_keys:
        return []
    found: list[int] = []
    for head in tails(k):
        if len(head) < _PART or len(k) - len(head) < _PART:
            continue
        modifier = k[:len(k) - len(head)]
        for task in titled_by(index, modifier):
            if not _written_only_in(index, k, task):
                continue
            found += [did for did in index.task_deadlines.get(task, ()) if _about_ends(index, did, head)]
        if found:
            return list(dict.fromkeys(found))
    return found


def _about_ends(index, did: int, head: str) -> bool:
    """Whether what the deadline is about ends with the head ('tilslutningsaftal' on 'aftal')."""
    return any(a.endswith(head) for a in content_keys(index.deadlines[did].deadline.about or ""))


def titled_by(index, modifier: str) -> set[int]:
    """The tasks whose title has a word the modifier begins (as written or without a linking -s-/-e-)."""
    forms = unlinked_modifier(modifier) if len(modifier) > _PART else [modifier]
    out: set[int] = set()
    for form in forms:
        for k in islice(keys_beginning(index, form), _TRIED):
            out |= {task for task in islice(index.task_postings.get(k, ()), _TRIED)
                    if begins_word_of(modifier, content_keys(index.tasks[task].title))}
    return out


def _written_only_in(index, k: str, task: int) -> bool:
    """Whether no task but this one writes the key ('labyrintaftale@kombit.dk' of its own mail address)."""
    return set(index.task_postings.get(k, ())) <= {task}

