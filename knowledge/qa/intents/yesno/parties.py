"""The party the question puts forward as doing the deed, and whether the evidence names it."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, glossary_knows, key
from knowledge.language import US
from knowledge.qa.agents import OTHER_THAN, same_thing
from knowledge.qa.candidate import Context
from knowledge.qa.english import read_alike
from knowledge.qa.intents.yesno.words import _CLEFT, _MODALS, _NUMBERS, _ONLY, _PARTY_WORD, _WE
from knowledge.roles import names_role

_COSIGNED = re.compile(r"\s(?:og|samt|and)\s", re.I)


def _others_too(question: str, party: set[str], agent: str) -> bool:
    """Whether the question says 'kun X' ('only X') and the text names X and another ('X og Y')."""
    if not _ONLY.search(question) or not _COSIGNED.search(agent):
        return False
    parts = [content_keys(p) for p in _COSIGNED.split(agent)]
    return any(parts_keys and not parts_keys & party for parts_keys in parts)


_PARTICLES = frozenset("op ind ud af over igennem under".split())

_CLEFT_WORDS = _MODALS | {"der", "som", "who", "that"}

# Another than the one named: 'someone else', 'på vegne af X', 'kan en anden ...?'
_SOMEONE_ELSE = re.compile(r"\b(?:someone|anyone|somebody|anybody)\s+else\b|\bpå\s+vegne\s+af\b|"
                           r"\bon\s+behalf\s+of\b|^\W*(?:kan|må|can|may)\s+(?:en|nogen)\s+anden\b", re.I)


def _party_elsewhere(index, q, party_pos: set[int], task: int) -> bool:
    """Whether the question, naming no task, names a party by name ('Movia') that other tasks speak of
    and this one never does: what this task says of its papers is not what the question asks about."""
    if q.tasks:
        return False
    named = content_keys(f"{index.tasks[task].project or ''} {index.tasks[task].title}")
    return any(p > 0 and p not in q.project_pos and q.tokens[p].surface[:1].isupper()
               and not re.search(rf"\b{re.escape(q.tokens[p].surface)}-", q.text)  # 'HR-chefen': a role
               and not glossary_knows(q.tokens[p].key)  # 'DPO' is a role the glossary reads, no name
               and q.tokens[p].key in index.task_postings and not set(q.tokens[p].keys) & named
               and not index.task_has(task, q.tokens[p].key) for p in party_pos)


def _other_than(q) -> bool:
    """Whether the question asks whether another than the party it names may do it."""
    return any(p.search(s) for p in (OTHER_THAN, _SOMEONE_ELSE) for s in (q.text, q.asked))


def _who_does(q, index) -> tuple[object, set[int], set[str]] | None:
    """The verb and the party of 'Er det X, der V ...?' or 'Skal X V ...?', else None. An English
    party left as typed ('the same person') cannot be compared with the Danish text's agent."""
    if (m := _CLEFT.match(q.text)) is not None:
        party = content_keys(m.group(1)) - _NOT_A_PARTY
        party_pos = {t.pos for t in q.content() if t.key in party}
        after = [t for t in q.tokens if t.pos > max(party_pos, default=0) and t.surface.isalpha()
                 and t.surface.casefold() not in _CLEFT_WORDS and (t.weight > 0 or t.concepts)]
        verb = after[0] if after else None
    elif (passive := _passive_asked(q)) is not None:  # 'Skal aftalen underskrives af borgmesteren?'
        verb, party_pos = passive
        party = _party_keys(q, party_pos)
    elif q.tokens and q.tokens[0].surface.casefold() in _MODALS:
        verb = next((t for t in q.tokens[2:] if t.surface.islower() and t.surface.endswith("e")
                     and len(t.surface) > 3 and t.role != "ref" and not _counting(q.tokens[t.pos - 1])),
                    None)  # ('Må 50 medarbejdere deltage ...?': a counted plural is no verb)
        if verb is not None and q.tokens[verb.pos - 1].surface.casefold() in ("at", "to"):
            verb = None  # 'skal X på kursus i at stille Y op?': the modal's verb is not the one after 'at'
        party_pos = {t.pos for t in q.tokens[1:verb.pos] if t.role != "ref"} if verb else set()
        party = _party_keys(q, party_pos)
    elif len(q.tokens) > 2 and q.tokens[0].surface.casefold().endswith("r") and q.tokens[0].weight > 0:
        verb, party_pos = q.tokens[0], {1}  # 'Godkender leverandøren aftalen?'
        while len(q.tokens) > max(party_pos) + 2 and q.tokens[1].surface[:1].isupper() \
                and q.tokens[max(party_pos) + 1].surface[:1].isupper():
            party_pos.add(max(party_pos) + 1)  # a name of several words: 'Hoster Renova Vest ...?'
        party = _party_keys(q, party_pos)
    else:
        return None
    if verb is None or not party or not read_alike(index, q, [q.tokens[p] for p in party_pos]):
        return None
    if q.tokens[0].surface.casefold() not in _PERMISSION:  # ('kan vi selv sætte X op?' asks whether we
        _join_particle(q, verb)  # may, which who sets it up does not settle)
    if verb.surface.casefold() in _STATIVE_WORDS or (set(verb.keys) & _STATIVE and not _doer(q, party_pos)):
        return None  # 'kræver sagsoverførslen et tillæg?' asks of a thing, not of who does it
        # ('betaler Rutevisning strømmen?' asks who pays, though 'betale' shares the key of 'koste': a
        # name, the municipality or a role is a doer; 'does each display cost ...' asks of a thing)
    return verb, party_pos, party


_PERMISSION = frozenset({"kan", "må", "can", "may"})


def _join_particle(q, verb) -> None:
    """'Sætter X eksporten op?', 'Er det X, der stiller skurene op?': the verb asked is 'opsætte',
    'opstille' (as a passive 'stilles op af Y' is read), when the question ends on its particle."""
    last = [t for t in q.tokens if t.surface.isalpha()][-1]
    if last.pos > verb.pos and last.surface.casefold() in _PARTICLES:
        joined = key(last.surface.casefold() + verb.surface.casefold())
        if joined not in verb.alts:
            verb.alts = (*verb.alts, joined)


# Verbs whose subject is a thing, not who does something: 'kræver X et tillæg?', 'koster X noget?'
def _doer(q, party_pos: set[int]) -> bool:
    """Whether the party is one that does things: a name, the municipality ('kommunen', 'vi') or a role."""
    return any((p > 0 and q.tokens[p].surface[:1].isupper()) or q.tokens[p].surface.casefold() in US | _WE
               or names_role(q.tokens[p].surface) for p in party_pos)


_STATIVE_WORDS = frozenset("kræve kræver koste koster indeholde indeholder omfatte omfatter gælde "
                           "gælder vare varer betyde betyder medføre medfører require requires cost costs "
                           "contain contains include includes".split())
_STATIVE = frozenset(key(w) for w in _STATIVE_WORDS)


def _passive_asked(q):
    """'... underskrives af borgmesteren?': the passive verb and the words after 'af'; a body where the act
    is done is the doer too ('vedtages i et udvalg'), and 'politisk' after the verb ('vedtages politisk i
    et udvalg') is part of the party asked, or the party itself at the end ('godkendes politisk?')."""
    for t in q.tokens[1:-1]:
        passive = t.surface.casefold().endswith(("es", "s", "ed"))
        prep = t.pos + 1
        if passive and is_political(q.tokens[prep].surface) and prep + 1 == len(q.tokens):
            return t, {prep}  # 'skal X godkendes politisk?': by a body that is political, whichever
        if passive and is_political(q.tokens[prep].surface) and prep + 1 < len(q.tokens):
            prep += 1
        if passive and (q.tokens[prep].surface.casefold() in ("af", "by") or _in_a_body(q, prep)):
            after = {u.pos for u in q.tokens[t.pos + 1:] if u.weight > 0 and u.pos not in q.project_pos
                     and u.pos != prep}
            return (t, after) if after else None
    return None


def _in_a_body(q, prep: int) -> bool:
    """'i (et politisk) udvalg', 'i byrådet': 'i' before a body that decides."""
    if q.tokens[prep].surface.casefold() not in ("i", "in"):
        return False
    words = [u for u in q.tokens[prep + 1:] if u.surface.isalpha()]
    while words and (words[0].surface.casefold() in _ARTICLES or is_political(words[0].surface)):
        words = words[1:]
    return bool(words) and key(words[0].surface.casefold()).endswith(BODIES)


# The keys' ends of a body that decides: a committee, a council, a board
BODIES = ("udvalg", "kommunalbestyr", "rad", "bestyr", "committee", "council", "board")
_ARTICLES = frozenset(("en", "et", "a", "an", "the"))
_POLITICAL = frozenset(("politisk", "politiske", "political", "politically"))


def is_political(word: str) -> bool:
    """'politisk' as in 'et politisk udvalg', 'vedtages politisk': every municipal committee is one."""
    return word.casefold() in _POLITICAL


def _counting(tok) -> bool:
    return tok.surface.isdigit() or tok.surface.casefold() in _NUMBERS


def _party_keys(q, positions: set[int]) -> set[str]:
    keys: set[str] = set()
    for p in positions:
        tok = q.tokens[p]
        if _counting(tok):
            continue  # '50 medarbejdere': the party is the noun, the number is what is asked
        if tok.surface.casefold() in _WE:
            keys.add("kommun")
        elif tok.weight > 0:
            keys |= content_keys(tok.surface)
    return keys - _NOT_A_PARTY


_NOT_A_PARTY = frozenset(key(w) for w in ("selv", "også", "andre", "anden", "nogen", "alene", "kun", "also"))


def _unsaid_party(ctx: Context, titled: set[int], said_keys: set[str], *, tasks=()) -> bool:
    """Whether the question names a party the evidence does not: a name ('KOMBITs', 'Septima') or the
    subject of a 'skal X gøre ...?' ('skal lønleverandøren kontrollere ...?' - 'Kontrollér ...'). A name
    that only tells which thing of the evidence's task is meant ('aftalen med AquaRegister', the task's
    aftale with them) is no party the evidence must name."""
    q = ctx.q
    named = [t for t in q.content() if t.pos > 0 and t.surface[:1].isupper() and t.role == "word"
             and t.pos not in q.project_pos | titled and not t.concepts
             and not (len(tasks) == 1 and _counterpart(q, t) and all(ctx.index.task_has(tasks[0], k)
                                                                     for k in t.keys))]
    if q.tokens and q.tokens[0].surface.casefold() in _MODALS:
        for t in q.tokens[1:3]:
            if t.role != "word" or t.weight <= 0 or t.concepts or t.surface.casefold() in _WE | US:
                continue
            if t.surface.islower() and _PARTY_WORD.search(t.surface):
                named.append(t)  # 'skal lønleverandøren ...', 'skal borgmesteren ...'
            break
    return any(not set(t.keys) & said_keys and not any(same_thing(k, said_keys) for k in t.keys)
               for t in named)


def _counterpart(q, t) -> bool:
    """Whether a name follows a noun and 'med'/'hos'/'fra' ('aftalen med AquaRegister', 'kurset hos X'):
    it tells the noun's thing, not who does what the question asks."""
    return t.pos >= 2 and q.tokens[t.pos - 1].surface.casefold() in ("med", "hos", "fra", "with", "from") \
        and q.tokens[t.pos - 2].role == "word" and q.tokens[t.pos - 2].surface.islower()
