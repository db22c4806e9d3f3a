"""Names: whether a text names the thing a question only describes ('hvad hedder systemet?')."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.qa.types.kinds import _NAME_CUE
from knowledge.qa.types.values import _WORD
from knowledge.roles import names_role


def _version_owner(question: str) -> str:
    """The name a version is asked of: 'Android' in 'hvilken Android-version ...?' or 'which version of
    Android ...?' ('' when the question names none)."""
    m = _VERSION_OWNER.search(question)
    return (m.group(1) or m.group(2) or "") if m else ""


_VERSION_OWNER = re.compile(r"\b([A-Za-zÆØÅæøå][\w]*)-version|"
                            r"\bversion(?:en)?\s+(?:af|of|til|for|på)\s+([A-ZÆØÅa-zæøå][\w]*)", re.I)
# A name: a capitalised word inside a sentence, a word in capitals ('KOMBIT') or a code ('SF1520').
_NAME_WORD = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-ZÆØÅ][\wæøåÆØÅ/-]*|\b[A-ZÆØÅ]{2,}\b|\b\w*\d\w*\b")
_RELATIVE = re.compile(r"\b(som|der|which|that|who)\s+$", re.I)
_TO_PLACE = re.compile(r"\b(til|fra|på|via|i|to|from|on|via|in)\s+$", re.I)


def _names_focus(text: str, question: str) -> bool:
    """Whether the text names what the question describes: a name near the asked noun ('Leverandør af
    Sagsoverblik er Dataflow A/S'), not in the question, not the subject of a relative clause ('et
    system, som KOMBIT driver' names who runs it, not the system)."""
    cue = _NAME_CUE.search(ascii_fold(question.casefold()))
    owner = re.search(r"(\w+?)(?:s|'s) (?:navn|name)\b", question, re.I)
    if cue and cue.group("owner") and owner:  # 'leverandørens navn'
        focus = owner.group(1)
    else:
        rest = question[cue.end():] if cue and cue.end() < len(question) else question
        said = [w for w in _WORD.findall(rest) if content_keys(w)]
        # ('kommunens aftaleadministrator': the noun after a definite genitive is what is named)
        # (and after an article, an adjective: 'den kommunale kontakt' names a kontakt)
        focus = said[1] if len(said) > 1 and (re.fullmatch(r"[a-zæøå]{3,}(ens|ets|nes)", said[0]) or
                                              _ADJECTIVE_AFTER_ARTICLE.search(rest.casefold())) else \
            (said[0] if said else "")
    focus_keys, asked_keys = content_keys(focus), question_keys(question)
    sentences = re.split(r"(?<=[.!?;])\s+|\n", text)
    with_focus = [x for x in sentences if any(_is_focus(w, focus_keys) for w in _WORD.findall(x))]
    if not with_focus and focus_keys:
        return False  # a name in a text that does not speak of the thing asked about is no name of it
    return any(_name_near(x, focus_keys, asked_keys, question) for x in with_focus or sentences)


# a passive's agent before a name: 'leveres af', 'godkendes af kommunens', 'approved by'
_AGENT_BEFORE = re.compile(r"\b(af|by)\s+(\w+\s+)?$", re.I)


def _is_focus(word: str, focus_keys: set[str]) -> bool:
    """The asked noun, or a compound with it as its head ('afsendersystemet' for 'systemet')."""
    return any(k in focus_keys or any(len(f) >= 4 and k.endswith(f) for f in focus_keys)
               for k in content_keys(word))


def _name_near(sentence: str, focus_keys: set[str], asked_keys: set[str], asked: str) -> bool:
    """A name in the sentence, within four words of the asked noun when the sentence has it."""
    words = list(_WORD.finditer(sentence))
    near = [i for i, w in enumerate(words) if _is_focus(w.group(0), focus_keys)]
    if _labelled_name(sentence, focus_keys, asked_keys) or \
            _opens_as_the_focus(sentence, focus_keys, asked_keys):
        return True
    for m in _QUOTED_NAME.finditer(sentence):  # 'Standardskabelonen "Pædagogisk tilsyn 2027"': quoted whole
        at = sum(1 for w in words if w.start() < m.start())
        if (content_keys(m.group(1)) - asked_keys or re.search(r"\d", m.group(1))) and \
                near and any(abs(at - i) <= 2 for i in near):
            return True
        # a quoted name right after the asked noun names it, though made of the question's words
        # ('privilegiegruppen "KOMBIT Ydelser - Fuldmagt"'), unless the question writes it whole
        if near and any(at - i == 1 for i in near) and \
                ascii_fold(m.group(1).casefold()) not in ascii_fold(asked.casefold()):
            return True
    for m in _NAME_WORD.finditer(sentence):
        keys = content_keys(m.group(0))
        if not keys or keys <= asked_keys or _RELATIVE.search(sentence[:m.start()]) or m.group(0).isdigit():
            continue
        if _own_name(m.group(0), asked_keys):
            continue  # 'IdM-systemet' for 'hvad hedder IdM-leverandøren?': the question's own name
        if (said_is := _IS_THE_FOCUS.match(sentence[m.end():])) and \
                any(_is_focus(w, focus_keys) for w in _WORD.findall(said_is.group(1))):
            return True  # '... i Kronetjek, som er Kronedatas app til feltarbejde' names the app
        if _TO_PLACE.search(sentence[:m.start()]):
            continue  # '... sendes til KOMBIT' names where it goes, not the one asked about
        if not near and _AGENT_BEFORE.search(sentence[:m.start()]):
            continue  # 'godkendes af kommunens Superadministrator' names who does it, not the thing asked
        at = sum(1 for w in words if w.start() < m.start())
        if at >= 2 and at - 2 in near and _SCOPE.fullmatch(words[at - 1].group(0)):
            continue  # 'aftaleadministrator for Serviceplatformen' says whose, it names no administrator
        if near and at > max(near) and _COPULA_WORD.fullmatch(words[at - 1].group(0)) and \
                all(_scope_of_other(words, i, asked_keys) for i in near):
            continue  # 'Kontaktperson hos den gamle operatør er Lene Birk' names the contact, no operatør
        if not near or any(abs(at - i) <= 4 and _apposed(words, i, at, asked_keys) for i in near):
            return True
    return False


# a passive verb with its agent ('underskrives af', 'leveres af', 'approved by'), no genitive
_PASSIVE_BEFORE_AGENT = re.compile(r"\b[a-zæøå]{3,}es\s+af\b|\b[a-z]{3,}ed\s+by\b", re.IGNORECASE)


_COPULA_WORD = re.compile(r"er|var|is|was", re.I)


def _scope_of_other(words: list, noun: int, asked_keys: set[str]) -> bool:
    """Whether the asked noun only says where another noun sits, two words at most between: 'Kontaktperson
    hos den gamle operatør', 'Tovholderen i kommunen'; that other noun is what a name after them names."""
    for j in range(max(1, noun - 3), noun):
        if _SCOPE.fullmatch(words[j].group(0)):
            head = content_keys(words[j - 1].group(0))
            return bool(head) and not head <= asked_keys
    return False


def _apposed(words: list, noun: int, name: int, asked_keys: set[str]) -> bool:
    """Whether the words between the asked noun and a name only join them ('Elevsystemet Lingo',
    'Leverandør af Sagsoverblik er Dataflow', 'Lingo er sprogcentrets elevsystem'): no verb of
    another relation ('elevsystem er tilsluttet Serviceplatformen', 'Rapportmodulet leveres af
    Datavarme' name what it joins and who delivers it, not what it is called)."""
    between = [w.group(0) for w in words[min(noun, name) + 1:max(noun, name)]]
    if any(w.casefold() in _NAMING for w in between):
        return True  # 'systemet, som hedder Lingo', 'kaldet Lingo'
    if _PASSIVE_BEFORE_AGENT.search(" ".join(between)):
        return False  # 'Aftalen med Civitas underskrives af direktøren': the noun does the deed to the name
    return all(w.casefold() in _APPOSITION_GLUE or (content_keys(w) and content_keys(w) <= asked_keys)
               or (w[:1].isupper() and name < noun) or w.casefold().endswith("s") and not w.islower()
               or (w.casefold().endswith("s") and name < noun) for w in between)


# The words that join a noun to its name: a copula, the naming verbs, articles, 'af/for/til' before a
# word of the question
_APPOSITION_GLUE = frozenset("er var nemlig det den de en et nye ny af for til hos ved på i "
                             "is was the a an of at in with".split())
_NAMING = frozenset("hedder hed kaldes kaldet kaldt navnet navn called named".split())
# a field's label: 'Anbefalet udfører:', 'Anbefalet ansvarlig:'
_FIELD_LABEL = re.compile(r"^\W*Anbefalet \w+:", re.M | re.I)
# what a role is for or where it sits, between the role and a name: 'for', 'på', 'hos', 'i'
_SCOPE = re.compile(r"for|på|paa|hos|i|ved|at|of|in", re.I)
# A name in quotes: '"Pædagogisk tilsyn 2027"', '«Vintervagt»', '“Basis”'.
_QUOTED_NAME = re.compile(r"[\"“”«„]([^\"“”«»„\n]{2,60})[\"“”»]")


def _own_name(word: str, asked_keys: set[str]) -> bool:
    """Whether a hyphenated word names nothing but the question's own name and a common noun
    ('IdM-systemet', 'KY-integrationen' when the question writes IdM, KY)."""
    parts = [p for p in word.split("-") if p]
    named = [p for p in parts if p[:1].isupper() or any(ch.isdigit() for ch in p)]
    return len(parts) > 1 and bool(named) and len(named) < len(parts) and \
        all(content_keys(p) and content_keys(p) <= asked_keys for p in named)


# an article and an adjective before the noun a 'hvad hedder' question names ('den kommunale kontakt')
_ADJECTIVE_AFTER_ARTICLE = re.compile(r"^\W*(?:den|det|de|the)\s+[a-zæøå]{3,}e\s+[a-zæøå]")
# a name said to be the asked noun: 'Kronetjek, som er Kronedatas app', 'Lingo, der er sprogcentrets system'
_IS_THE_FOCUS = re.compile(r",?\s+(?:som|der|which|that)\s+(?:er|is)\s+((?:[\w-]+\s+){0,2}[\w-]+)")
# a label line whose label holds the asked noun, with a name for its value ('Testmiljø: Kunstkassen Test',
# 'Kontakt i kommunens projektgruppe: Solvej Hvidkilde')
_LABEL_LINE = re.compile(r"^\W*([A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[\wæøåÆØÅ-]+){0,3}):[ \t]+"
                         r"[\"“«]?([A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ-]*)*)")


def _labelled_name(sentence: str, focus_keys: set[str], asked_keys: set[str]) -> bool:
    """Whether the sentence is a label line whose label writes the asked noun and whose value opens with a
    name the question does not write."""
    m = _LABEL_LINE.match(sentence)
    if m is None or not focus_keys:
        return False
    label = _WORD.findall(m.group(1))
    return any(_is_focus(w, focus_keys) for w in label) and not _written_in(m.group(2), asked_keys)


# a sentence that opens with a name said to be the asked noun, with an article and at most two adjectives
# before it ('Nøglevogteren er en fælles løsning til ...', 'Løgbogen er den app, hvor ...')
_OPENS_AS = re.compile(r"^\W*(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]+)\s+(?:er|is)\s+(?:den|det|en|et|the|a|an)\s+"
                       r"(?P<words>(?-i:[a-zæøå])[\wæøå-]+(?:\s+(?-i:[a-zæøå])[\wæøå-]+){0,2})")


def _opens_as_the_focus(sentence: str, focus_keys: set[str], asked_keys: set[str]) -> bool:
    """Whether the sentence names the asked noun by its first word ('Løgbogen er den app, hvor ...' for
    'hvad hedder appen, hvor ...?'): the first word of a sentence is a name only so, said to be the noun
    itself (not a compound of it) within three words, and no party's word ('Kommunen er den ...') nor the
    question's own."""
    m = _OPENS_AS.match(sentence)
    if m is None or not focus_keys or names_role(m.group("name")):
        return False
    if not any(content_keys(w) & focus_keys for w in m.group("words").split()):
        return False
    from knowledge.qa.english.words import english_of  # (here: the English reading imports the types)

    name = content_keys(m.group("name"))
    # (a common Danish noun, one the dictionary gives in English, opens a sentence as a word, no name:
    # 'Ruten er den vej, bussen kører' names no road)
    return bool(name) and not name & asked_keys and not _is_focus(m.group("name"), focus_keys) and \
        not english_of(m.group("name"))


def _written_in(name: str, asked_keys: set[str]) -> bool:
    """Whether the question writes every word of a name."""
    keys = content_keys(name)
    return bool(keys) and keys <= asked_keys
