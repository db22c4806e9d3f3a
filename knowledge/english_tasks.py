"""Signatures and deadlines in task text written in English ('The agreement must be signed by the head
of IT and returned to KOMBIT no later than 30 days before go-live'): the readers in signatures/ and
deadlines.py know Danish wording only, so an English export would otherwise yield neither."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from knowledge.dates import MONTHS_EN
from knowledge.extract import sentences, texts
from knowledge.lexicon import number_words
from knowledge.models import DeadlineUnit, Signature, Task, TextDeadline
from knowledge.units import ENGLISH_FRACTIONS, UNITS, whole_length

# Words Danish text does not have: a sentence with two of them, and more of them than Danish function
# words, is English ('Send aftalen til KOMBIT' has none; 'Have' and 'Send' are Danish words too).
_ENGLISH = re.compile(r"\b(?:the|must|shall|should|will|is|are|be|been|of|with|than|within|before"
                      r"|after|your|this|that|which|signed|signs|sign|returned|received|receive|no|by"
                      r"|from|sends|signature|back|them|its|their)\b"
                      # 'it', not the 'IT' of 'IT-afdelingen'
                      r"|\b(?-i:it|It)\b", re.I)
_DANISH = re.compile(r"\b(?:og|at|skal|til|af|den|det|er|en|et|på|med|som|for|senest|inden|kommunen)\b", re.I)
# Papers by the head noun of their name ('the connection agreement', 'the access form'); a test, a
# setup or a plan of work is approved, never signed, and is none of these.
_HEADS = (r"agreement|contract|form|declaration|power\s+of\s+attorney|mandate|consent|statement|certificate"
          r"|confirmation|authori[sz]ation|letter|document|checklist|application|request|order|annex"
          r"|appendix|terms|protocol|report|plan")
_NOT_A_NAME = {"the", "a", "an", "and", "or", "of", "to", "for", "must", "be", "is", "are", "signed", "sign",
               "completed", "filled", "new", "updated", "your", "this", "its", "their", "our", "with", "by"}
_PAPER = re.compile(r"\b(?:the|a|an|your|this|its|their)\s+(?:(?:signed|completed|filled-in|new|updated"
                    r"|countersigned|approved)\s+)?(?P<doc>(?:[a-z][\w-]*\s+){0,2}(?:" + _HEADS + r")s?)\b",
                    re.I)
_NEGATED = re.compile(r"\bno\s+signature|\bnot\s+(?:need\s+to\s+)?be\s+signed|\bwithout\s+(?:a\s+)?signature"
                      r"|\bnot\s+required\s+to\s+sign|\bneed\s+not\s+be\s+signed", re.I)
# a name ends before a word that starts the next part of the sentence ('by the head of IT and returned')
_WHO = (r"(?:the\s+)?(?P<who>[\w-]+(?:['’]s)?"
        r"(?:\s+(?:of\s+)?(?!and\b|or\b|before\b|after\b|no\b|not\b|within\b"
        r"|in\b|on\b|at\b|via\b|using\b|with\b|then\b|when\b|once\b|by\b|to\b|must\b|is\b|for\b)[\w-]+){0,3})")
_SIGN_VERB = r"(?:sign|approve|countersign|endorse)"
# 'must be signed by X', 'Get the agreement signed by X', 'have X sign the agreement', 'X signs the form'
_SIGNED_BY = re.compile(r"\b(?:signed|countersigned|approved|endorsed|signed\s+off|signature|approval)\s+"
                        r"(?:(?:digitally|"
                        r"electronically|physically)\s+)?"
                        # 'approved in NemLog-in by X': where it is signed, before who signs it
                        r"(?:(?:in|on|via)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?by\s+" + _WHO, re.I)
_HAVE_SIGN = re.compile(r"\b(?:have|ask|get)\s+" + _WHO + r"\s+(?:to\s+)?" + _SIGN_VERB + r"\b", re.I)
_SIGNS = re.compile(r"^" + _WHO + r"\s+" + _SIGN_VERB + r"s\b", re.I)
_SIGN_NOW = re.compile(r"^(?:please\s+)?" + _SIGN_VERB + r"\b|\bsignature\b|\bsigned\s+by\b|\bsign\b", re.I)
_RECEIVE = re.compile(r"^(?:receive|download|get|fetch|collect|retrieve|find|open)\b(?!.*\bsigned\s+by\b)",
                      re.I)
_SEND = re.compile(r"\b(?:return(?:ed|s)?|sen(?:ds?|t)|submit(?:ted|s)?|e-?mail(?:ed|s)?|deliver(?:ed|s)?"
                   r"|upload(?:ed|s)?|forward(?:ed|s)?|hand(?:ed)?\s+in)\b(?:\s+(?!to\b)[\w'’-]+){0,6}?"
                   r"\s+(?:back\s+)?to\s+(?P<to>[^.,;:()]+)", re.I)
_SENDS = re.compile(r"^(?:and\s+)?(?:return|send|submit|e-?mail|deliver|upload|forward|hand\s+in)\b|"
                    + _SEND.pattern, re.I)  # a step that sends the paper on, whether or not it says to whom
_US = {"municipality", "municipality's", "you", "us", "we", "the municipality"}
_PERSON_AT = re.compile(r"^(?:the\s+|your\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+"
                        r"(?:at|in|with|from)\s+(?P<org>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?)")
_ORG = re.compile(r"^(?:the\s+)?(?P<org>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)*)")
_PARTY = re.compile(r"^(?:the\s+)?(?P<who>(?:[a-z][\w-]*\s+)?(?:supplier|vendor|provider|contractor))\b",
                    re.I)

_NUMBERS = {**{w: n for w, n in number_words(1, 90).items() if w not in number_words(1, 90, english=False)},
            "a": 1, "an": 1}
# the units of knowledge/units.py by their English words ('48 hours' and 'half a year' are whole days and
# months: units.whole_length)
_UNIT = {w: next(u for u in UNITS if u.name == name) for w, name in (
    ("working day", "working_day"), ("business day", "working_day"), ("calendar day", "day"), ("day", "day"),
    ("week", "week"), ("month", "month"), ("hour", "hour"), ("year", "year"))}
_DEADLINE = re.compile(
    r"\b(?P<lead>no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest|within|at\s+least)?\s*"
    r"(?P<n>\d{1,3}(?:\.5)?|" + "|".join(r"\s+".join(f.split()) for f in ENGLISH_FRACTIONS) + "|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\s+"
    r"(?P<unit>working\s+days?|business\s+days?|calendar\s+days?|days?|weeks?|months?|hours?|years?)\s+"
    r"(?P<dir>before|prior\s+to|after|from|of|following)\s+(?P<anchor>[^.,;:!?()]+)", re.I)
_AT_GOLIVE = re.compile(r"\b(?P<lead>no\s+later\s+than|at\s+the\s+latest\s+(?:at|by)|before|by)\s+(?:the\s+)?"
                        r"go[\s-]?live\b", re.I)
_DEMAND = re.compile(r"\b(?:must|shall|should|has\s+to|have\s+to|needs?\s+to|no\s+later\s+than)\b", re.I)
_ANCHOR_END = re.compile(r"\s+(?:and|or|if|when|so|unless|because|but|at|in|via|by)\b.*$", re.I)
_ANCHORS = ((re.compile(r"(?:the\s+)?(?:planned\s+)?go[\s-]?live(?:\s+date)?$|going\s+live$", re.I),
             "go-live"),
            (re.compile(r"(?:the\s+)?(?:receipt|receiving\s+\S.*|it\s+(?:is|was|has\s+been)\s+received)$",
                        re.I), "modtagelse"),
            (re.compile(r"(?:the\s+)?(?:start\s+of\s+the\s+task|task(?:'s)?\s+start(?:\s+date)?)$", re.I),
             "start"),
            (re.compile(r"(?:the\s+)?(?:end\s+of\s+the\s+task|task(?:'s)?\s+(?:end(?:\s+date)?|deadline))$",
                        re.I), "slut"))
# 'All analysts must ...': a quantifier is left out of what the sentence is about, as Danish 'alle'
_SUBJECT = re.compile(r"^(?:the|a|an|your|this|(?:all|every|each)(?:\s+(?:the|your))?)\s+"
                      r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:must|shall|should"
                      r"|is\s+to|are\s+to|has\s+to|have\s+to|needs?\s+to|will|is|are)\b", re.I)

# 'The municipality must appoint a super user no later than ...', 'The supplier must deliver the test data
# ...': a party's duty concerns what it is done to, not the party
_PARTY_DOES = re.compile(r"^(?:the\s+)?(?:municipality|supplier|vendor|provider|contractor|you|we)\s+"
                         r"(?:must|shall|should|has\s+to|have\s+to|needs?\s+to|will)\s+(?:also\s+)?"
                         r"(?!be\b|have\b|not\b)[a-z]+\s+(?:(?:the|a|an|your|its|their|all|any)\s+)?"
                         r"(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)"
                         r"(?=\s+(?:no|not|within|at|by|before|after|to|in|for|from|with|and)\b|[.,;]|$)",
                         re.I)


def is_english(sentence: str) -> bool:
    english = {m.group(0).casefold() for m in _ENGLISH.finditer(sentence)}
    return len(english) >= 2 and len(english) > len(_DANISH.findall(sentence))


@dataclass
class _Said:
    step: int | None
    sentence: str
    paper: str | None = None  # the paper it names, or the one 'it' stands for ('It must be signed by X')


def _english_texts(task: Task) -> list[_Said]:
    said = [_Said(step, s) for step, text in texts(task) for line in text.split("\n")
            for s in sentences(line)]
    english = [is_english(s.sentence) for s in said]
    if not any(english):
        return []
    if sum(english) * 2 < len(english):
        # in a task that has English sentences, a short one with an English word and no Danish one is
        # English; in a task written in English, all are ('Send the form')
        said = [s for s, yes in zip(said, english, strict=True)
                if yes or (_ENGLISH.search(s.sentence) and not _DANISH.search(s.sentence))]
    papers = [_paper(s.sentence) for s in said]
    # a paper named once by what is done to it ('a test approval for signature') is that paper wherever
    # the task names it again ('Receive the test approval')
    named = {p for p in papers if p}
    last, in_steps = None, True
    for s, paper in zip(said, papers, strict=True):
        if in_steps != (s.step is not None):
            last, in_steps = None, s.step is not None  # the description's 'it' is not a step's paper
        s.paper = paper or _named_in(s.sentence, named) or (last if _PRONOUN.search(s.sentence) else None)
        last = s.paper or last
    return said


def _named_in(sentence: str, named: set[str]) -> str | None:
    low = sentence.casefold()
    return next((p for p in sorted(named, key=len, reverse=True) if re.search(rf"\b{re.escape(p)}\b", low)),
                None)


_PRONOUN = re.compile(r"^(?:it|this|they|these)\b|\b(?:it|them)\b", re.I)


# A paper by what is done to it, whatever its name: 'sends a test approval for signature', 'The test approval
# must be signed by X', 'Get the memorandum signed by X' (approved alone it may be a test or a setup)
_SIGNED_THING = re.compile(r"\b(?:the|a|an|your|this)\s+(?P<doc>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                           r"(?:for\s+(?:your\s+)?signature|signed\s+by"
                           r"|(?:must|shall|should|has\s+to|needs?\s+to|is\s+to)\s+be\s+(?:counter)?signed)\b",
                           re.I)


def _paper(sentence: str) -> str | None:
    """The first paper the sentence names, without article or 'signed' ('the signed access form' ->
    'access form'), or else the thing it says is signed ('The test approval must be signed by X')."""
    for m in [*_PAPER.finditer(sentence), *_SIGNED_THING.finditer(sentence)]:
        words = m["doc"].split()
        while len(words) > 1 and words[0].casefold() in _NOT_A_NAME:
            words = words[1:]
        if words[0].casefold() not in _NOT_A_NAME:
            return " ".join(words).casefold()
    return None


def is_paper(name: str) -> bool:
    """'form', 'signed agreement': an English name of a paper."""
    return _paper(f"the {name}") is not None


def _head(doc: str) -> str:
    return doc.split()[-1]


def _name(who: str | None) -> str | None:
    if not who:
        return None
    words = who.split()
    while words and words[-1].casefold() in _NOT_A_NAME | {"of"}:
        words.pop()
    name = " ".join(words)
    return None if not name or name.casefold() in _US else name


_BOTH = re.compile(r"^(?:both|either)\s+(?:the\s+)?", re.I)
_AND_WHO = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?(?P<who>[\w-]+(?:\s+of\s+[\w-]+)?)", re.I)


def _signer(sentence: str) -> str | None:
    """'by the head of IT' -> 'head of IT'; 'by both the mayor and the CEO' -> 'mayor and CEO'."""
    for pattern in (_SIGNED_BY, _HAVE_SIGN, _SIGNS):
        if not (m := pattern.search(sentence)):
            continue
        both = _BOTH.match(m["who"])
        who = _name(m["who"][both.end():] if both else m["who"])
        if who and both and (other := _AND_WHO.match(sentence, m.end("who"))):
            who = f"{who} {other.group(0).split()[0]} {_name(other['who'])}"
        if who and not _paper(f"the {who}"):
            return who
    return None


def _recipient(sentence: str) -> str | None:
    """'returned to KOMBIT', 'Send the form to your consultant at KOMBIT', 'to the supplier'."""
    for m in _SEND.finditer(sentence):
        to = m["to"].strip()
        if (at := _PERSON_AT.match(to)) or (at := _ORG.match(to)):
            org = re.sub(r"(?:'s|’s)$", "", at["org"])
            if org.casefold() not in _US:
                return org
        if party := _PARTY.match(to):
            return party["who"]
    return None


def _signs_here(said: _Said) -> bool:
    return not _NEGATED.search(said.sentence) and bool(
        _SIGNED_BY.search(said.sentence) or _HAVE_SIGN.search(said.sentence) or _SIGNS.search(said.sentence)
        or (said.step is not None and _SIGN_NOW.search(said.sentence)))


def english_signatures(task: Task, *, known: list[Signature]) -> list[Signature]:
    """The papers the task's English sentences say must be signed, each with signer, recipient and steps."""
    said = _english_texts(task)
    if not said:
        return []
    docs: list[str] = []
    for s in said:
        if _signs_here(s) and (doc := s.paper) and doc not in docs:
            docs.append(doc)
    # 'the agreement' is the one signed paper whose name ends with it ('connection agreement'), or else the
    # one paper the task names so ('The chief executive signs the form' of 'the consent form')
    docs = [d for d in docs if not any(o != d and o.endswith(" " + d) for o in docs)]
    named = {s.paper for s in said if s.paper}
    docs = [longer[0] if len(longer := [o for o in named if o.endswith(" " + d)]) == 1
            and longer[0] not in docs else d for d in docs]
    taken = {s.document for s in known}
    return [_signature(doc, said) for doc in docs if doc not in taken]


def english_recipient(task: Task) -> str | None:
    """Where the English sentences send a paper ('The agreement must be returned to KOMBIT'), for a
    paper the Danish sentences of the same task sign."""
    return next((r for s in _english_texts(task) if s.paper and (r := _recipient(s.sentence))), None)


def _refers(said: _Said, doc: str) -> bool:
    return bool(said.paper and (said.paper == doc or _head(said.paper) == _head(doc)))


def _signature(doc: str, said: list[_Said]) -> Signature:
    about = [s for s in said if _refers(s, doc) or (s.step is not None and _signs_here(s) and not s.paper)]
    # what the description says first, then the steps
    signers = [w for s in sorted(about, key=lambda s: s.step is not None)
               if _signs_here(s) and (w := _signer(s.sentence))]
    signer = signers[0] if signers else None
    recipient = next((r for s in about if s.step is None and (r := _recipient(s.sentence))), None) \
        or next((r for s in about if (r := _recipient(s.sentence))), None)
    steps = [s for s in about if s.step is not None]
    signed = max((s.step for s in steps if _signs_here(s)), default=None)
    received = min((s.step for s in steps if _RECEIVE.search(s.sentence) and not _signs_here(s)),
                   default=None)
    returned = min((s.step for s in steps if _SENDS.search(s.sentence)
                    and (signed is None or s.step > signed)), default=None)
    numbers = sorted({n for n in (received, signed, returned) if n is not None})
    return Signature(document=doc, signer=signer or "kommunen", recipient=recipient, steps=numbers,
                     received_step=received, signed_step=signed, returned_step=returned)


def english_deadlines(task: Task, *, signed: list[str]) -> list[TextDeadline]:
    """The deadlines the task's English sentences state ('no later than 30 days before go-live',
    'within 10 working days of receipt'), each about the paper or the subject it concerns."""
    out: list[TextDeadline] = []
    for s in _english_texts(task):
        for m in _DEADLINE.finditer(s.sentence):
            anchor_words = _ANCHOR_END.sub("", m["anchor"]).strip()
            anchor = next((name for pattern, name in _ANCHORS if pattern.match(anchor_words)),
                          re.sub(r"^(?:the|a|an)\s+", "", anchor_words, flags=re.I))
            if not anchor or (m["dir"].casefold() == "of" and (m["lead"] or "").casefold() != "within"):
                continue
            said = " ".join(m["n"].casefold().split())
            amount = float(said) if said[:1].isdigit() else ENGLISH_FRACTIONS.get(said) or _NUMBERS[said]
            unit_said = re.sub(r"s$", "", " ".join(m["unit"].casefold().split()))
            if not (length := whole_length(amount, _UNIT[unit_said])):
                continue  # '36 hours before go-live': whole in no unit, no deadline (nor one AT go-live)
            n, unit = length
            before = m["dir"].casefold() in {"before", "prior to"} or m["dir"].casefold().startswith("prior")
            start = m.start("lead") if m["lead"] else m.start("n")
            text = s.sentence[start:m.start("anchor")] + anchor_words
            out.append(TextDeadline(text=text, days=-n if before else n, unit=unit, anchor=anchor,
                                    about=_about(s, signed)))
        out += _date_deadlines(s, signed)
        if not _DEADLINE.search(s.sentence) and (m := _AT_GOLIVE.search(s.sentence)) and \
                _DEMAND.search(s.sentence):
            out.append(TextDeadline(text=m.group(0), days=0, unit=DeadlineUnit.DAYS, anchor="go-live",
                                    about=_about(s, signed)))
    return out


_MONTH_EN = "|".join(MONTHS_EN)
# 'no later than 1 April 2027', 'by March 15', 'on or before 30 June 2027': a calendar date, as in Danish
_DATE = re.compile(r"\b(?P<lead>no\s+later\s+than|on\s+or\s+before|by|before)\s+(?:the\s+)?"
                   r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + _MONTH_EN + r")"
                   r"|(?P<m2>" + _MONTH_EN + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
                   r"(?:,?\s+(?P<year>20\d\d))?\b")


def _date_deadlines(said: _Said, signed: list[str]) -> list[TextDeadline]:
    """The date deadlines of an English sentence: 'by' and 'before' only where it demands something."""
    from knowledge.date_deadlines import date_words, valid_date

    out = []
    for m in _DATE.finditer(said.sentence):
        if m["lead"].casefold() in {"by", "before"} and not _DEMAND.search(said.sentence):
            continue  # 'The course is held before 1 May': a plan
        day, month = int(m["d1"] or m["d2"]), MONTHS_EN.index(m["m1"] or m["m2"]) + 1
        year = int(m["year"]) if m["year"] else None
        if not valid_date(day, month, year):
            continue
        out.append(TextDeadline(text=m.group(0), days=0, unit=DeadlineUnit.DAYS,
                                anchor=date_words(day, month, year), about=_about(said, signed),
                                fixed_date=date(year, month, day) if year else None))
    return out


def _about(said: _Said, signed: list[str]) -> str | None:
    """The signed paper the sentence names, else the subject it demands something of."""
    sentence = said.sentence
    if (doc := said.paper) and (match := next((d for d in signed if d == doc or _head(d) == _head(doc)),
                                                    None)):
        return match
    if m := _PARTY_DOES.match(sentence):
        return m["what"].casefold()  # 'The municipality must appoint a super user ...': the super user
    if m := _SUBJECT.match(sentence):
        what = m["what"].split()
        while len(what) > 1 and what[0].casefold() in _NOT_A_NAME:
            what = what[1:]  # 'The signed form must ...': the form
        what = " ".join(what)
        return what.casefold() if what[:1].islower() or what.isupper() else what
    return doc
