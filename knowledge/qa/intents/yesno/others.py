"""Whether the text says the claim of another party, place, subject or group than the question's."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, key
from knowledge.language import US
from knowledge.qa.agents import deeds, role_before, same_thing, verb_key
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _claim_clause, _main_clause
from knowledge.qa.intents.yesno.parties import _who_does
from knowledge.qa.intents.yesno.words import _BEFORE_AFTER, _EXPLETIVE, _PASSIVE_BY, _PLACED, _WE


def passive_other_agent(question: str, said: str) -> bool:
    """Whether the question asks whether a passive deed is done by one party and the sentence says the
    same passive verb is done by another ('udarbejdes kontrakterne af udvalget?' - 'Kontrakterne
    udarbejdes af Juridisk Kontor og godkendes af udvalget'): a Nej, with the sentence's doer."""
    asked = {key(m.group("verb").casefold()): content_keys(m.group("who"))
             for m in _PASSIVE_BY.finditer(question)}
    for m in _PASSIVE_BY.finditer(said):
        who = asked.get(key(m.group("verb").casefold()))
        told = content_keys(m.group("who"))
        if who and told and not who & told and not any(same_thing(k, told) for k in who):
            return True
    return False


# A clause after the main one, of a passive without its doer: '..., inden det sendes',
# '..., når den er godkendt'
_AFTER_PASSIVE = re.compile(r",\s*(?:inden|før|efter|når|så|mens)\s+(?:det|den|de|dette|denne|disse)\s+"
                            r"(?:\w+\s+)?[a-zæøå]{3,}(?:es|et|t)\b", re.I)


def _deed_only_after(q, said: str) -> bool:
    """Whether a question asking what a party does (no passive of its own, no 'før'/'inden') finds a word
    of its only in a clause that says a thing is done without saying by whom ('..., inden det sendes')."""
    m = _AFTER_PASSIVE.search(said)
    if m is None or _BEFORE_AFTER.search(q.text) or _AGENT_ASKED.search(q.text) or \
            any(_PASSIVE_WORD.fullmatch(t.surface) for t in q.tokens[1:]):
        return False
    main, after = content_keys(said[:m.start()]), content_keys(said[m.start():])
    return any(t.weight >= 0.5 and t.role == "word" and not t.concepts
               and any(_alike(k, after) for k in t.keys) and not any(_alike(k, main) for k in t.keys)
               for t in q.content())


_AGENT_ASKED = re.compile(r"\b(?:af|by)\b", re.I)
_PASSIVE_WORD = re.compile(r"[a-zæøå]{3,}[bdfgklmnprstv]es|[a-z]{3,}ed", re.I)

_COORDINATED = re.compile(r"([^\W\d_][\wæøå-]{2,})\s+(?:og|samt|eller|and|or)\s+([^\W\d_][\wæøå-]{2,})", re.I)


def _alike(k: str, keys: set[str]) -> bool:
    """A key one of the keys is, or the head of a compound of ('bom' of 'adgangsbom')."""
    return any(o == k or (min(len(o), len(k)) >= 3 and (o.endswith(k) or k.endswith(o))) for o in keys)


def _other_conjunct(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the evidence's task title joins two things ('Opsætning af betalingsterminaler og
    adgangsbomme'), the question names one of them, and the sentence names only the other."""
    said_keys = content_keys(said)
    asked = [k for t in ctx.q.content() if t.role == "word" for k in t.keys]
    for task in evidence.tasks:
        for m in _COORDINATED.finditer(ctx.index.tasks[task].title):
            a, b = content_keys(m.group(1)), content_keys(m.group(2))
            for one, other in ((a, b), (b, a)):
                if any(_alike(k, one) for k in asked) and not any(_alike(k, other) for k in asked) \
                        and not any(_alike(k, said_keys) for k in one) \
                    and any(_alike(k, said_keys) for k in other):
                    return True
    return False


# The asker as the subject of a yes/no question ('kan vi selv ...', 'skal jeg ...', 'can we ...').
_ASKER = re.compile(r"^\W*\w+\s+(vi|jeg|i|we|kommunen\s+selv|the\s+municipality\s+itself)\b", re.I)
# (an agent may stand in quotes, as an English signature line names the signer: 'must be signed by “X”')
_BY = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+(?:\w+\s+)?af\s+[“«\"]?([\w-]+)|"
                 r"\b[a-z]{3,}ed\s+by\s+(?:the\s+)?[“«\"]?([\w-]+)", re.I)

_US_KEYS = frozenset(content_keys(" ".join(US)))
_COPULAS = frozenset(key(w) for w in ("være", "er", "blive", "bliver", "have", "har"))


def _done_by_another(ctx: Context, said: str) -> bool:
    """Whether the question asks whether a named party does a deed and the sentence, which names the
    party, says the deed's verb only of other doers (none of its deeds of that verb is the party's, denied
    or not)."""
    if _EXPLETIVE.match(ctx.q.text) or (asked := _who_does(ctx.q, ctx.index)) is None:
        return False  # ('skal der underskrives en aftale?' names no party)
    verb, party_pos, party = asked
    if verb.pos in party_pos or set(verb.keys) & (party | _COPULAS):
        return False  # ('kan en ekstern konsulent være administrator?' asks what one is, not who does it)
    done = [d for d in deeds(said, set(verb.keys)) if verb_key(d) in verb.keys]
    if party & _US_KEYS:
        # 'sætter kommunen skiltet op?' - 'Grundejeren skal selv sætte skiltet op': the deed is another's own
        return any(d.own and not content_keys(d.agent) & _US_KEYS for d in done)
    if not party & content_keys(said):
        return False  # the party named as doing something else in the sentence
    # ('af en medarbejder i Borgerservice' is Borgerservice's deed; a denial is the sentence's own verdict)
    return bool(done) and not any(party & (content_keys(d.agent) | role_before(said, d.agent))
                                  or d.head.casefold() in US or d.negated for d in done)



def _placed_elsewhere(ctx: Context, evidence: Candidate, said: str) -> bool:
    """Whether the question puts its thing with or at a named party or place ('hos Låsehuset', 'ved
    Rådhuset') the sentence never names, and the sentence puts it somewhere itself ('på kommunens egen
    server'): what holds there says nothing of the named one. (A name the evidence's task's title or
    project says is the context of the whole task.)"""
    toks = ctx.q.tokens
    said_keys = content_keys(said)
    for i in range(2, len(toks)):
        name, prep = toks[i], toks[i - 1]
        if prep.surface.casefold() not in _PLACING or name.role != "word" or not name.surface[:1].isupper() \
                or name.pos in ctx.q.project_pos or set(name.keys) & said_keys:
            continue
        context = {k for t in evidence.tasks for k in content_keys(
            f"{ctx.task(t).title} {ctx.task(t).project or ''}")}
        if not set(name.keys) & context and _PLACED.search(said):
            return True
    return False


# the prepositions that put a thing with a party or at a place: 'hos Låsehuset', 'ved Rådhuset' (not 'i X',
# which often names the system a deed is done in: 'kursus i Ruteplanlæggeren')
_PLACING = frozenset({"hos", "ved", "at", "with"})


def _other_agent(question: str, said: str) -> bool:
    """Whether the question asks whether we do something the evidence says another party does (in the
    clause that says the question's claim: 'X leveres af Y, men kommunen skal selv sørge for strøm' says
    what the municipality does)."""
    if not _ASKER.match(question) or not (m := _BY.search(_claim_clause(question, said))):
        return False
    agent = (m.group(1) or m.group(2)).casefold()
    return agent not in US and not content_keys(agent) & content_keys(question)


# (of permission: that another may do it does not say the question's doer may not)
_MODAL_OPENER = re.compile(r"^\W*(?:kan|må|can|may)\s+", re.I)
_SAID_MODAL = re.compile(r"^\W*(?P<subject>[^,;:]+?)\s+(?:kan|skal|må|bør|can|must|may|should)\s+"
                         r"(?:ikke\s+|not\s+)?(?:selv\s+)?(?P<verb>[\wæøåÆØÅ-]+)", re.I)
_NO_SUBJECT = frozenset("der det den de denne dette disse man there it they this".split())


def _other_subject(question: str, said: str) -> bool:
    """Whether the question asks whether a doer may ('kan elever selv bestille X?') and the sentence with
    the same verb names another ('Forældre kan bestille X til elever'), one the question does not name."""
    opener = _MODAL_OPENER.match(question)
    stated = _SAID_MODAL.match(_main_clause(said))
    if opener is None or stated is None:
        return False
    subject = stated.group("subject").split()
    if not subject or subject[0].casefold() in _NO_SUBJECT or len(subject) > 4:
        return False
    if re.search(r"(?:es|s)$|^(?:be|være|blive)$", stated.group("verb"), re.I):
        return False  # 'Registeret må ikke sendes': the thing, not a doer
    verb = key(stated.group("verb").casefold())
    words = re.findall(r"[\wæøåÆØÅ-]+", question[opener.end():])
    at = next((i for i, w in enumerate(words) if key(w.casefold()) == verb), None)
    if not at:
        return False
    asked = [w for w in words[:at] if w.casefold() not in ("selv", "også", "ikke", "themselves", "also")]
    if not asked or any(w.casefold() in US or w.casefold() in _WE for w in asked + subject):
        return False
    doers = content_keys(" ".join(subject))
    return not any(same_thing(k, doers) for k in content_keys(" ".join(asked)))


# 'Skal vagtplanlæggerne ...?', 'Må superbrugerne ...?': a group or thing named first, as the subject
_GROUP_ASKED = re.compile(r"^\W*(?:[Ss]kal|[Mm]å|[Kk]an|[Bb]ør|[Ff]år|[Vv]il|[Ee]r|[Bb]liver)\s+"
                          r"(?P<who>[a-zæøå][\wæøå-]{3,}(?:erne|ene|ne|en|et))\b")
_GROUP_SAID = re.compile(r"^\W*(?P<who>[A-ZÆØÅ][\wæøå-]{3,}(?:erne|ene|ne|en|et))\s+(?:skal\s+|kan\s+|må\s+|"
                         r"bør\s+|vil\s+)?(?:ikke\s+)?[a-zæøå]+(?:er|r)\b")

_DEFINITE = re.compile(r"(?:erne|ene|ne|en|et)$")


def _relative_only(question: str, said: str) -> bool:
    """Whether the sentence says only what the question's relative clause says of its subject, none of its
    deed: 'Må en frivillig, der ikke står på færgemandslisten, trække færgen?' is not settled by 'Alle
    frivillige færgemænd står på færgemandslisten' (who is on the list, not who may pull the ferry)."""
    m = _RELATIVE_ASKED.search(question)
    if m is None or not content_keys(m.group("head")):
        return False  # ('..., når der er ...': 'der' after no noun is no relative clause)
    said_keys = content_keys(said)
    if not content_keys(m.group("rel")) & said_keys:
        return False
    main = question[:m.start()] + " " + question[m.end():]
    deed = content_keys(main) - content_keys(m.group("head"))
    # (the deed in the sentence's own relative clause is not what it says: 'Alle rekvisitter, der bruges i
    # undervisningen, står på rekvisitlisten' says where they are: 'må vi bruge rekvisitter, der ikke ...?')
    said_deed = content_keys(_SAID_RELATIVE.sub(" ", said))
    said_deed |= {k[:-1] for k in said_deed if k.endswith("s")}  # a passive's -s: 'sås' says 'så'
    return bool(deed) and not deed & said_deed


# a relative clause on a noun of the question: 'en frivillig, der ikke står på listen, ...', 'en rute der
# ikke står på listen' (its head, the noun before it; the clause up to a comma or the end)
# ('som' and 'that' only after a comma: 'sendes som PDF' is a manner, 'så snart som' no clause)
_RELATIVE_ASKED = re.compile(r"\b(?P<head>[a-zæøå][\wæøå-]+)(?:,\s+(?:der|som|who|that)|\s+der)\s+"
                             r"(?P<rel>[^,?]+)(?:,|(?=\?)|$)", re.I)


# a sentence's relative clause between commas: 'Alle rekvisitter, der bruges i undervisningen, står ...'
_SAID_RELATIVE = re.compile(r",\s*(?:der|som|who|which)\s+[^,;.]*,", re.I)


def _other_group(question: str, said: str) -> bool:
    """Whether the question asks of one group or thing ('må vagtplanlæggerne have X?') and the sentence
    says it of another, its subject ('Superbrugerne får X'), without naming the asked one: a sentence
    about the superbrugere settles nothing about the vagtplanlæggere (both may be in the task's title)."""
    asked, stated = _GROUP_ASKED.match(question), _GROUP_SAID.match(_main_clause(said))
    if asked is None or stated is None or asked.group("who") in US:
        return False
    stems = [_DEFINITE.sub("", ascii_fold(m.group("who").casefold())) for m in (asked, stated)]
    if stems[0].endswith(stems[1]) or stems[1].endswith(stems[0]):
        return False  # 'planlæggerkurset' - 'Kurset'
    who, subject = content_keys(asked.group("who")), content_keys(stated.group("who"))
    said_keys, question_keys = content_keys(said), content_keys(question)
    return bool(who and subject) and not any(same_thing(k, said_keys) for k in who) \
        and not any(same_thing(k, question_keys) for k in subject)
