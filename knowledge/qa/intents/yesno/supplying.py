"""Whether a party supplies a thing or holds a role of it ('Er KOMBIT leverandør / databehandler af X?')."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.implied import suppliers
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed, _inside, _scoped_passages
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.parties import _party_keys
from knowledge.qa.intents.yesno.words import _NEGATION
from knowledge.qa.titles import title_positions
from knowledge.retrieval import rank_passages
from knowledge.roles import names_role

# 'Er KL databehandler for X?', 'Is KL the data processor?': a party and the role the question gives it
# (a party is a name or the municipality: 'er testen afsluttet?' asks of no party)
_ASKED_ROLE = re.compile(r"^\W*(?:[Ee]r|[Ii]s)\s+(?P<who>[A-ZÆØÅ][\wÆØÅæøå-]*(?:\s+[A-ZÆØÅ][\wÆØÅæøå-]*)*"
                         r"(?:\s+(?:A/S|ApS|I/S|P/S))?|"
                         r"kommunen|we|vi)\s+"
                         r"(?:the\s+|a\s+|an\s+)?(?P<role>[a-zæøå-]{4,})\b")
# 'KL er databehandler', 'kommunen er dataansvarlig': who holds a role, as a sentence says it
# (a company with its legal form: 'CareRoute ApS er databehandler' is said of CareRoute, not of 'ApS')
_HOLDS_ROLE = (r"(?P<who>[A-ZÆØÅ][\wÆØÅæøå-]*(?:\s+(?:A/S|ApS|I/S|P/S))?|[Kk]ommunen)"
               r"\s+er\s+(?:\w+\s+)?{role}\b")
# 'Databehandler: Puttvang Systemer': who holds a role, as a label says it (the label a word of its own:
# 'Underdatabehandler: X' is another role)
# The value a name, capitalised words on the label's line with no lowercase word after them ('Afventer
# udbud', 'Den valgte leverandør', 'kommunens it-leverandør' name nobody); a generic noun for a party
# ('Leverandøren (se bilag 2)') is no name either (_GENERIC)
_LABELLED_ROLE = (r"(?<![\wæøåÆØÅ-])(?i:{role})[ \t]*:[ \t]*"
                  r"(?P<who>(?>[A-ZÆØÅ][\wÆØÅæøå-]*(?:[ \t]+(?:A/S|I/S|P/S|[A-ZÆØÅ][\wÆØÅæøå-]*))*))"
                  r"(?![ \t]+(?!og\b)[a-zæøå])")
# 'Dataansvarlig: kommunen': the municipality's own role, as a label says it (the label a word of its own)
_OWN_LABEL = re.compile(r"(?<![\wæøåÆØÅ-])(?P<label>[A-ZÆØÅa-zæøå][a-zæøå-]{3,})[ \t]*:[ \t]*"
                        r"(?P<who>[Kk]ommunen)\b(?![ \t]+[a-zæøå])")
_GENERIC = re.compile(r"(?:Den|Det|De|Denne|Dette)\b|[A-ZÆØÅ][a-zæøå]+(?:en|et|erne|ne)$")

# Who supplies a thing, as a sentence says it: 'Enhederne leveres af ParkTech Nordic A/S', 'CareRoute ApS
# er databehandler og leverer løsningen' (the name's words up to its legal form)
_NAME = r"[A-ZÆØÅ][\wÆØÅæøå-]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå-]*|A/S|ApS|I/S|P/S))*"
_SUPPLIED_BY = re.compile(rf"\bleveres\s+(?:\w+\s+)?af\s+(?P<who>{_NAME})")
_SUPPLIES = re.compile(rf"(?P<who>{_NAME})\s+(?:(?:skal|vil|kan)\s+|er\s+[^.;,]*?\s+og\s+)?leverer\b")
_SUPPLIER_KEY = key("leverandør")


def _supplier(ctx: Context, who: str, role_tok, rest, refs: set[int]) -> list[Candidate]:
    """'Er KOMBIT leverandør af X?' - 'X leveres af ParkTech Nordic A/S', 'CareRoute ApS ... leverer X',
    'KOMBIT er ikke leverandør af X': the sentence that names who supplies the thing settles it."""
    q, index = ctx.q, ctx.index
    who_tok = next(t for t in q.tokens if t.surface == who.split()[0])
    asked = _party_keys(q, {who_tok.pos})
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip={who_tok.pos}, limit=10,
                                     min_coverage=0.3) if _allowed(ctx, h.task)]
    found: list[Candidate] = []
    for hit in hits + _scoped_passages(ctx, hits, refs | {role_tok.pos, who_tok.pos}):
        said = ITEM.sub("", index.passages[hit.pid].text)
        inside = _inside(ctx, rest, hit, said) | title_positions(index, q, hit.task)
        if sum(t.weight for t in rest if t.pos in inside) < 0.7 * sum(t.weight for t in rest):
            continue
        named = [m.group("who") for p in (_SUPPLIED_BY, _SUPPLIES) for m in p.finditer(said)]
        named += suppliers(said)  # "DoorKey 3.4 fra Låsehuset Danmark ApS"
        denied = re.search(rf"\b{re.escape(who)}\s+er\s+ikke\s+(?:\w+\s+)?leverandør", said, re.I)
        if denied:
            yes = False
        elif named:
            yes = any(asked & content_keys(n) for n in named)
        else:
            continue
        explained = inside | refs | {role_tok.pos, who_tok.pos} | {t.pos for t in q.tokens
                                                                   if t.pos > who_tok.pos and t.role == "word"
                                                                   and set(t.keys) & asked}
        cand = Candidate("yesno", f"{verdict_head(ctx, holds_true=yes)} {said}", [hit.task], explained,
                         prior=0.95)
        if yes or denied:  # a sentence about the party asked about beats one naming another
            found.insert(0, cand)
        else:
            found.append(cand)
    if found:
        who_tok.match = max(who_tok.match, 1.0)
    return found[:1]


def _copula(ctx: Context) -> list[Candidate]:
    """'Er KOMBIT databehandler for omsætningsservicen?' - 'KL er databehandler, og kommunen er
    dataansvarlig': the sentence that says who holds the role settles it."""
    q, index = ctx.q, ctx.index
    if (asked_role := _asked_role(q.text)) is None:
        return []
    who, role = asked_role
    role_tok = next((t for t in q.tokens if t.surface == role), None)
    who_tok = next((t for t in q.tokens if t.surface == who.split()[0]), None)
    if role_tok is not None and who_tok is not None and _SUPPLIER_KEY in role_tok.keys and who[:1].isupper():
        named = {t.pos for t in q.tokens if t.pos >= who_tok.pos and t.pos < role_tok.pos}
        rest = [t for t in q.content() if t.pos not in q.ref_positions() | named | {role_tok.pos}]
        return _supplier(ctx, who, role_tok, rest, q.ref_positions())
    if role_tok is None or who_tok is None or role_tok.concepts or not names_role(role):
        return []  # ('er Ruteplanlæggeren gratis?' asks of a thing, not who holds a role: 'Kurset er gratis')
    refs = q.ref_positions()
    # (the name's every word is the party: 'Data' of 'Hoppedal Data' is no word the evidence must say)
    named = set(range(who_tok.pos, who_tok.pos + len(who.split())))
    rest = [t for t in q.content() if t.pos not in refs | named | {role_tok.pos}]
    holds = re.compile(_HOLDS_ROLE.format(role=re.escape(role)))
    labelled = re.compile(_LABELLED_ROLE.format(role=re.escape(role)))
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, skip={who_tok.pos}, limit=10,
                                     min_coverage=0.3) if _allowed(ctx, h.task)]
    for hit in hits + _scoped_passages(ctx, hits, refs | {role_tok.pos, who_tok.pos}):
        said = ITEM.sub("", index.passages[hit.pid].text)
        # (a label is read for a party by its name: of the municipality, the label of its own role
        # says it, 'Dataansvarlig: kommunen', not the processor's name)
        by_name = who[:1].isupper() or (who.casefold() not in _OWN and
                                        _written_as_name(who, ctx.task(hit.task).description))
        own = _own_label(who, role, said, labelled, ctx.task(hit.task).description)
        stated = holds.search(said) or (labelled.search(said) if by_name else own)
        if stated is None or _NEGATION.search(said[stated.start():stated.end() + 12]):
            continue
        if stated.re is labelled and _GENERIC.match(stated.group("who")):
            return []  # 'Databehandler: Leverandøren (se bilag 2)' does not say who: no verdict
        inside = _inside(ctx, rest, hit, said) | title_positions(index, q, hit.task)
        if sum(t.weight for t in rest if t.pos in inside) < 0.7 * sum(t.weight for t in rest):
            continue
        asked = _party_keys(q, {who_tok.pos})
        yes = bool(asked & content_keys(stated.group("who")))
        if stated.re is _OWN_LABEL:  # 'er kommunen databehandler?' - 'Dataansvarlig: kommunen': another role
            yes = key(stated.group("label").casefold()) == key(role.casefold())
        who_tok.match = max(who_tok.match, 1.0)  # a party the tasks never name is understood: not the one
        explained = inside | refs | named | {role_tok.pos}
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=yes)} {said}", [hit.task], explained,
                          prior=0.95)]
    return []


# 'er kuldeskyen hosting databehandler?': a name typed in lowercase, read as a name only where the
# sentence writes it as one (capitalised), and only before a word that names a role
_ASKED_ROLE_LOWER = re.compile(r"^\W*(?:er|is)\s+(?P<words>[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){1,3})\b",
                               re.I)


def _asked_role(question: str) -> tuple[str, str] | None:
    """The party and the role of 'Er X <rolle> ...?': X a name as written, or a name in lowercase followed
    by a word naming a role ('er kuldeskyen hosting databehandler?'); None when it asks of no party."""
    if (m := _ASKED_ROLE.match(question)) is not None:
        return None if m.group("who").casefold() in ("det", "der") else (m.group("who"), m.group("role"))
    if (m := _ASKED_ROLE_LOWER.match(question)) is None:
        return None
    words = m.group("words").split()
    for n in range(1, len(words)):
        who, role = " ".join(words[:n]), words[n]
        if len(role) >= 4 and names_role(role) and \
                not any(names_role(w) or w in _NOT_NAMES for w in who.split()):
            return who, role
    return None


# The municipality asked of: no name, though a sentence may start with it ('Kommunen sender ...')
_OWN = frozenset(("kommunen", "vi", "we"))
_NOT_NAMES = frozenset("det der den de der the it this that".split())


def _written_as_name(who: str, text: str) -> bool:
    """Whether the task's text writes the party's words as a name ('Kuldeskyen Hosting' for 'kuldeskyen
    hosting')."""
    m = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, who.split())) + r"(?![\w-])", text, re.I)
    return m is not None and all(w[:1].isupper() for w in m.group().split())


def _own_label(who: str, role: str, said: str, labelled, text: str):
    """'Dataansvarlig: kommunen' in the sentence, when the municipality is asked of and the task's
    labels give the asked role too ('Databehandler: X'): the labels of one list of roles, so another
    label is another role ('er kommunen ansvarlig for ...?' is not answered by 'Dataansvarlig:')."""
    if who.casefold() not in _OWN or (own := _OWN_LABEL.search(said)) is None:
        return None
    same = key(own.group("label").casefold()) == key(role.casefold())
    return own if same or labelled.search(text) else None
