"""Exceptions and ranges: whether the sentence says its claim of only some of what the question names."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.language import US
from knowledge.qa.agents import same_thing
from knowledge.qa.intents.yesno.words import EVERYONE_ASKED, ONLY_WHO, grants_all, only_deed

# A ban on the ones a negated relative clause picks out: 'Roere, der ikke står på rorlisten, må ikke komme
# om bord', 'Deltagere som ikke har betalt kan ikke ...', 'Guests who are not registered may not ...'
_WORD = r"[^\W\d_][\wæøå-]*"
_BANNED_SOME = re.compile(rf"^\W*(?P<who>{_WORD}(?:\s+{_WORD})?),?\s+(?:der|som|who|that)\s+"
                          r"(?:ikke|not|are\s+not|is\s+not|do\s+not|does\s+not)\s+(?P<rel>[^,;.]+?),?\s+"
                          r"(?:må|kan|skal|får|may|can|must|are|is)\s+(?:ikke|not)\b", re.I)
# the question puts its ones outside what the clause says ('uden for rorlisten', 'der ikke står på listen',
# 'uden hjelm' for 'der ikke har hjelm på', 'not on the list')
_OUTSIDE = re.compile(r"\b(?:uden(?:\s+for)?|udenfor|outside|ikke|not|without)\b", re.I)


def outside_words(question: str) -> set[str]:
    """The words that put the question's ones outside ('uden' of 'uden for'): no thing it asks of."""
    return {w.casefold() for m in _OUTSIDE.finditer(question) for w in m.group(0).split()}

_ALL = re.compile(r"\b(?:alle|all|every)\s+(?:\w+\s+)??([^\W\d_][\wæøå-]{2,}s\s+[^\W\d_][\wæøå-]{2,}|"
                  r"[^\W\d_][\wæøå-]{2,})", re.I)  # 'alle kommunens medarbejdere': the genitive's noun too
_SOME = re.compile(r"\b(?:mindst|minimum|at least)\s+(?:\w+\s+)??([^\W\d_][\wæøå-]{2,})", re.I)

# 'mindst 10 % af de overførte foreninger', 'en stikprøve på 5 procent af sagerne': a share, not all
_SHARE = re.compile(r"\b(?:[1-9]\d?(?:,\d+)?)\s*(?:%|procent|pct\.?|percent)\s+(?:af|of)\s+"
                    r"(?:de|den|det|the)?\s*(?:\w+\s+)??([^\W\d_][\wæøå-]{2,})", re.I)

# 'Pladser med mere end 150 enheder skal også ...', 'Skoler, der har over 300 elever, ...': only the ones
# a number bounds
_BOUNDED_GROUP = re.compile(r"\b([^\W\d_][\wæøå-]{2,}),?\s+(?:med|(?:der|som)\s+har|with|that\s+have)\s+"
                            r"(?:mere|flere|over|mindst|under|færre|mindre|more|fewer|less|at\s+least)\b",
                            re.I)


# 'Bilisterne kan se deres egne parkeringer': each one's own, not all of them
_OWN_ONES = re.compile(r"\b(?:deres|sine|sin|sit|hans|hendes|their|its|his|her)\s+(?:egne?|own)\s+"
                       r"([^\W\d_][\wæøå-]{2,})", re.I)


def _all_against_some(question: str, said: str) -> bool:
    """Whether the question asks of all of a thing ('skal alle skoler være oprettet?') that the sentence
    requires only at least some of ('mindst én skole'), or each one's own of ('deres egne')."""
    asked = {k for m in _ALL.finditer(question) for k in content_keys(m.group(1))}
    # ('Kun spejderlederne må ...': the only ones who may are all of that group, not some of it; whether
    # the asked ones are they is everyone_against_only's)
    who = {m.start() for m in ONLY_WHO.finditer(said)}
    some = {k for p in (_SOME, _ONLY_SOME, _SHARE, _BOUNDED_GROUP, _OWN_ONES)
            for m in p.finditer(said) if not (p is _ONLY_SOME and m.start() in who)
            for k in content_keys(m.group(1))}
    return bool(asked) and not _ALL.search(said) and any(same_thing(k, some) for k in asked)


def everyone_against_only(question: str, claim: str) -> bool:
    """Whether leave is asked for everyone ('må alle tænde ovnen?', 'må alle frivillige køre pistemaskinen?')
    or for a group ('må landsbylaugene selv flytte deres fugleskræmsler?') against a sentence that allows
    only others ('kun ovnmesteren må tænde ovnen', 'Kun kommunens pladsmester må flytte et fugleskræmsel');
    not when the only ones are the group asked of ('må alle medarbejdere i X ...?' - 'Kun medarbejdere i X
    må ...'), nor when the sentence allows the deed to all or limits another deed or thing."""
    everyone, only = EVERYONE_ASKED.match(question), ONLY_WHO.search(claim)
    asked = everyone or _GROUP_LEAVE.match(question)
    if asked is None or only is None:
        return False
    words = asked.group("rest").split()
    deed = content_keys(only_deed(claim, only))
    # the asked deed's verb: the first word the limited deed says; the words before it are the group
    at = next((i for i, w in enumerate(words) if content_keys(w) & deed), None)
    if at is None or (everyone is None and at == 0):
        return False  # the only ones do another deed
    verb = content_keys(words[at])
    thing = content_keys(" ".join(words[at + 1:])) - verb
    if grants_all(claim, next(iter(verb)), thing=thing) or \
            (thing and not any(same_thing(k, deed) for k in thing)):
        return False  # all may ('..., men alle må se listen'), or the only ones may do it to another thing
    group = [w for w in words[:at] if w.casefold() not in _NOT_GROUP]
    if everyone is None and (not group or any(w.casefold() in US for w in group)):
        return False  # 'må vi selv ...?', 'må man ...?': whether the asker is among the only ones, unsaid
    only_keys = content_keys(only.group("who"))
    group_keys = content_keys(" ".join(group))
    if not any(same_thing(k, only_keys) for k in group_keys):
        return True
    # 'må alle instruktørerne ...?' - 'Kun de certificerede instruktører må ...': the only ones are a part
    # of the group asked of, told apart by a word the question does not say, so not all of them may
    return everyone is not None and _narrower(only_keys, group_keys)


def _narrower(only_keys: set[str], group_keys: set[str]) -> bool:
    """Whether the only ones are the asked group with a word more that picks some out ('de certificerede
    instruktører' of 'instruktørerne'): a key of theirs that is no key of the group's."""
    return any(not same_thing(k, group_keys) and len(k) >= 4 for k in only_keys)


def banned_outside(question: str, said: str) -> bool | None:
    """For a sentence that bans only the ones its negated relative clause picks out ('Roere, der ikke står
    på rorlisten, må ikke komme om bord'): True when the question puts its ones outside what the clause
    says ('må roere uden for rorlisten ...?', '... der ikke står på listen?') or asks of all of them ('må
    alle roere ...?'), so the ban reaches them; False when it does not ('må roere på rorlisten ...?', 'må
    roere ...?': a ban on the others grants and denies them nothing); None for any other sentence."""
    m = _BANNED_SOME.match(said)
    if m is None:
        return None
    said_of = {k for k in content_keys(m.group("rel")) if len(k) >= 4}
    named = [w for w in re.findall(r"[\wæøå-]+", question)
             if any(same_thing(k, said_of) for k in content_keys(w))]
    if EVERYONE_ASKED.match(question):
        return True
    if not named:
        return False
    at = question.find(named[0])
    return bool(_OUTSIDE.search(question[:at]))


# leave asked for a group as the subject: 'må landsbylaugene selv flytte ...?', 'kan frivillige køre ...?'
_GROUP_LEAVE = re.compile(r"^\W*(?:må|kan|får|may|can)\s+(?P<rest>.*)", re.I)
# words between the modal and the deed that name no one: 'selv', 'også', 'gerne', 'godt'
_NOT_GROUP = frozenset("selv også gerne godt ikke themselves also".split())


# 'Alle planlæggere skal ..., undtagen nyansatte, som ...', 'bortset fra X', 'except X': X is left out
_EXCEPT = re.compile(r"\b(?:undtagen|bortset\s+fra|med\s+undtagelse\s+af|except(?:\s+for)?|apart\s+from)\s+"
                     r"([^,.;:!?()]{3,40})", re.I)


def excepted(question: str, said: str) -> bool:
    """Whether the sentence makes an exception of a thing the question names ('skal nyansatte ...?' -
    '..., undtagen nyansatte'): what it says of the rest is a 'Nej' for that thing."""
    if _EXCEPT.search(question):
        return False
    asked = content_keys(question)
    for m in _EXCEPT.finditer(said):
        named = content_keys(" ".join(m.group(1).split()[:3]))
        if not any(same_thing(k, asked) for k in named if len(k) >= 4):
            continue
        # '..., undtagen nyansatte, som kan tage det efter go-live': a word of the question only the
        # exception's own clause says ('tage') asks what holds for the excepted, which that clause tells
        main, tail = content_keys(said[:m.start()]), content_keys(said[m.end():])
        if not any(len(k) >= 3 and k in tail and k not in main for k in asked):
            return True
    return False


# 'kun til borgere, der ...': only some of a thing, where the question asks of all of it
# ('må kun gives til medarbejdere med ...': the passive verb before)
_ONLY_SOME = re.compile(r"\b(?:kun|alene|only)\s+(?:[a-zæøå]{3,}es\s+|be\s+[a-z]{3,}ed\s+)?"
                        r"(?:til|for|i|på|hos|to|in|at)?\s*(?:\w+\s+)??"
                        r"([^\W\d_][\wæøå-]{2,})", re.I)

_RANGE = re.compile(r"\bfra\s+(\d{1,2})\.?\s+til\s+(\d{1,2})\.?\s+([\wæøå]{3,})|"
                    r"\b(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.?\s+([\wæøå]{3,})|"
                    r"\bfrom\s+(\d{1,2})(?:st|nd|rd|th)?\s+to\s+(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})",
                    re.I)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:\.|st|nd|rd|th)\s+([\wæøå]{3,})", re.I)


def _outside_range(question: str, said: str) -> bool:
    """Whether the question names a numbered one ('10. klasse') of a kind the sentence gives a range of
    that leaves it out ('fra 0. til 9. klasse')."""
    ranges = []
    for m in _RANGE.finditer(said):
        low, high, noun = next(m.group(i, i + 1, i + 2) for i in (1, 4, 7) if m.group(i))
        ranges.append((int(low), int(high), content_keys(noun)))
    for m in _ORDINAL.finditer(question):
        n, noun = int(m.group(1)), content_keys(m.group(2))
        kinds = [(low, high) for low, high, said_noun in ranges if noun & said_noun]
        if kinds and not any(low <= n <= high for low, high in kinds):
            return True
    return False
