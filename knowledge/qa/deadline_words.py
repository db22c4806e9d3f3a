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
from knowledge.qa.name_kinds import group_of

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


def doer_role_words(index, q, entry) -> set[int]:
    """The question's words that name as the supplier the party the deadline's clause opens with as its doer
    (a word the glossary reads as the supplier: 'firm', 'vendor', 'leverandøren'). (A word a fact gives the
    party as its label, 'Udvikler: Kløvhale Data' for 'the developer', is name_kinds' reading.)"""
    if not supplier_does(index, entry.deadline.text, entry.task):
        return set()
    return {tok.pos for tok in q.content() if names_supplier(q, tok)}


def names_supplier(q, tok) -> bool:
    """Whether the question's word is one the glossary reads as the supplier ('firm', 'leverandøren'), in a
    question that names nothing the tasks do not know (whose framing words are no support: 'how long does
    the firm have to check the list after the kite festival?')."""
    return _SUPPLIER in tok.keys and not q.unknown()


def supplier_does(index, text: str, task: int) -> bool:
    """Whether the clause opens with a named party as the doer of its deed ('Skårvig Teknik kontrollerer
    listen ...'), one the question may call the supplier: no fact of the task's project names another
    party the supplier ('Leverandør: Hvedholm Data')."""
    m = _DOER.match(_QUOTED.sub("", text, count=1))
    return m is not None and _may_be(index, m.group("name"), task, _SUPPLIER)


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


def recipient_role_words(index, q, entry) -> set[int]:
    """The question's words that name by its role the party the deadline's clause sends the thing to: 'hvornår
    skal planen være hos leverandøren?', 'by when must the map be sent to the developer?' for '... sendes til
    Frostmejsel Systemer senest 3 uger før go-live'. (Who then does something with the thing, 'Frostmejsel
    Systemer lægger planen ind ...', is recipient_acts' reading.)"""
    return {tok.pos for tok in q.content() if names_recipient(index, q, tok, entry.deadline.text, entry.task)}


def names_recipient(index, q, tok, text: str, task: int) -> bool:
    """Whether the question's word names by its role the party the text sends its thing to: a role the
    glossary reads as the supplier or the developer, right after 'til', 'hos', 'to' or 'reach', in a question
    that names nothing the tasks do not know; the party a private firm no fact of the task's project gives
    that role under another name."""
    role = _SUPPLIER if _SUPPLIER in tok.keys else _DEVELOPER if _DEVELOPER in tok.keys else None
    if role is None or not _toward(q, tok.pos) or q.unknown():
        return False
    m = _SENT_TO.search(text)
    return m is not None and _may_be(index, m.group("name"), task, role)


def _toward(q, pos: int) -> bool:
    """Whether the word at `pos` follows 'til', 'hos', 'to' or 'reach', an article between or none."""
    before = [t.surface.casefold() for t in q.tokens[max(0, pos - 2):pos]]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in _TOWARD


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

