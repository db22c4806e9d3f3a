"""Checks that a text gives the value asked of one party, name or place as another's: 'navnet på
stedfortræderen' is not 'Navnet på administratoren', 'supportmailen til Strandvagt' not 'Badenets
supportmail'."""

from __future__ import annotations

import re

from knowledge.fold import at_boundary, content_keys, holds_folded, key, same_ignoring_case
from knowledge.morphology import in_compound
from knowledge.qa.analysis import Question


def of_another(q: Question, text: str) -> bool:
    """Whether the text says the thing the question joins to one party or thing ('navnet på
    stedfortræderen') of another one, joined the same way ('Navnet på administratoren ...'), and never
    names the asked one: its value is the other's. Common nouns only: a name ('aftalen med KMD') may be
    the same party the text calls by its role ('Aftalen med leverandøren')."""
    if q.yesno or q.lang != "da":  # (an English question's words are not the Danish text's)
        return False  # 'skal aftalen underskrives af borgmesteren?' is settled by 'af arkivchefen': Nej
    said = content_keys(text)
    toks = q.tokens
    for i in range(2, len(toks)):
        word, prep, thing = toks[i], toks[i - 1], toks[i - 2]
        if word.role != "word" or not word.surface.isalpha() or not word.surface.islower() or \
                prep.surface.casefold() not in _JOINED or thing.role != "word" or len(thing.surface) < 4 or \
                thing.surface.endswith("es") or set(word.keys) & said:  # (a thing, not a passive verb)
            continue
        if word.surface.endswith("s") and i + 1 < len(toks) and set(toks[i + 1].keys) & said:
            continue  # 'rapporten fra arkivets kontrol': joined to 'kontrol', which the text says
        stem = thing.surface.casefold()[:max(4, len(thing.surface) - 3)]
        if prep.surface.casefold() not in text or not holds_folded(text, stem):
            continue  # (no pattern compiled for a question the text cannot match)
        stem = re.escape(stem)
        joined = rf"(?i:\b{stem}\w*)\s+{re.escape(prep.surface.casefold())}\s+([a-zæøå][\w-]+)"
        for m in re.finditer(joined, text):
            other = m.group(1).casefold()
            if not (_ROLE.search(other) and _ROLE.search(word.surface.casefold())):
                continue  # roles only: 'afslag på kørsel' is 'afslag på befordring', another word
            if len(other) >= 4 and other[:max(4, len(other) - 3)] not in word.surface.casefold():
                return True  # (not 'enheden' for 'whistleblowerenheden': its head, the same thing)
    return False


# A word for a person or role: 'administratoren', 'stedfortræderen', 'suppleanten', 'kulturchefen'.
_ROLE = re.compile(r"(?:ør|er|or|ant|ent|ist|chef|leder|ansvarlig)(?:en|e|ne|erne)?$")
_JOINED = frozenset({"på", "for", "af", "med", "til", "om", "fra", "hos", "of", "with"})


def with_another_name(q: Question, text: str) -> str:
    """The asked name, when the text joins the thing the question joins to it ('aftalen med Rutenet') to
    another name the same way ('Tilslutningsaftalen med Geodatastyrelsen'), a compound of it too, and
    never names the asked one: what it says is of the other party's thing."""
    if q.yesno:  # 'skal blanketten sendes til KOMBIT?' is settled by '... sendes til Udbetaling Danmark': Nej
        return ""
    toks = q.tokens
    said = content_keys(text)
    for i in range(2, len(toks)):
        name, prep, thing = toks[i], toks[i - 1], toks[i - 2]
        if name.role != "word" or not name.surface[:1].isupper() or name.match < 1 or \
                prep.surface.casefold() not in _JOINED or thing.role != "word" or len(thing.surface) < 5 or \
                thing.surface.endswith("es") or set(name.name_keys) & said or name.pos in q.project_pos:
            continue  # (a thing, not a passive verb: 'sendes til KOMBIT' names where it goes)
        stem = thing.surface.casefold()[:max(4, len(thing.surface) - 3)]
        if prep.surface.casefold() not in text or not holds_folded(text, stem):
            continue  # (no pattern compiled for a question the text cannot match)
        stem = re.escape(stem)
        bare = name.surface.rstrip("'’s") if name.surface.endswith(("s", "'", "’")) else name.surface
        joined = rf"(?i:\b\w*{stem}\w{{0,4}})\s+{re.escape(prep.surface.casefold())}\s+([A-ZÆØÅ][\w-]+)"
        if any(not m.group(1).startswith(bare[:4]) for m in re.finditer(joined, text)):
            return name.surface
    return ""


def at_another_place(q: Question, text: str) -> str:
    """The asked name, where the question puts its thing at a named place ('hvor mange parkeringspladser er
    der ved Lunden?') and the text puts the thing, or the head of its compound, at another named place the
    same way ('20 pladser ved Kildeparken'), never naming the asked one: the value is the other place's."""
    if q.yesno:
        return ""
    toks = q.tokens
    said = content_keys(text)
    for i in range(2, len(toks)):
        name, prep = toks[i], toks[i - 1]
        if name.role != "word" or not name.surface[:1].isupper() or name.match < 1 or \
                prep.surface.casefold() not in _AT_PLACE or set(name.name_keys) & said or \
                name.pos in q.project_pos:
            continue
        things = [t for t in toks[max(0, i - 5):i - 1] if t.role == "word" and t.weight > 0.1
                  and t.surface.islower() and len(t.surface) >= 4]
        if not things or not holds_folded(text, prep.surface.casefold()):
            continue  # (no pattern compiled for a question the text cannot match)
        at = rf"([\wæøåÆØÅ-]+)\s+{re.escape(prep.surface.casefold())}\s+((?-i:[A-ZÆØÅ])[\w-]+)"
        for m in re.finditer(at, text, re.I):
            word = key(m.group(1).casefold())
            if m.group(2).casefold()[:4] != name.surface.casefold()[:4] and \
                    any(in_compound(word, set(t.keys)) for t in things):
                return name.surface
    return ""


_AT_PLACE = frozenset({"ved", "i", "på", "hos", "at", "in", "near"})


_POSSESSIVE = frozenset({"hans", "hendes", "dens", "dets", "deres", "its", "his", "hers", "theirs"})


# A noun's definite ending ('Leverandøren', 'Kommunen', 'Firmaet', 'Konsulenterne'): a sentence's first
# word so ending is a noun with a capital, not a name ('Leverandørens kontaktperson er ...')
_DEFINITE_END = re.compile(r"(?:en|et|rne|ene)$", re.I)


def _name_at_start(word: str) -> bool:
    """Whether a sentence's first word, a genitive without its -s ('Frostlines' -> 'Frostline'), is a
    name rather than a noun with a capital only because it opens the sentence ('Leverandørens')."""
    return len(word) >= 4 and not _DEFINITE_END.search(word)


# a capitalised name's genitive and the word after it: 'Badenets supportmail'
_GENITIVE = re.compile(r"\b([A-ZÆØÅ][\w-]+?)s\s+")
_WORD_END = re.compile(r"\w{0,4}")


def _owned(text: str, stem: str) -> list[re.Match[str]]:
    r"""The genitives before a word that begins with the stem (any case) and has at most four letters more:
    what re.finditer(r"\b([A-ZÆØÅ][\w-]+?)s\s+(?i:" + re.escape(stem) + r"\w{0,4}\b)", text) finds, with
    one pattern for every stem instead of one compiled per question."""
    out: list[re.Match[str]] = []
    if not holds_folded(text, stem):
        return out  # (most texts: no word of the stem at all)
    pos = 0
    while (m := _GENITIVE.search(text, pos)) is not None:
        end = _stem_word_end(text, m.end(), stem)
        if end is None:
            pos = m.start() + 1
            continue
        out.append(m)
        pos = end
    return out


def _stem_word_end(text: str, at: int, stem: str) -> int | None:
    """Where a word that begins with the stem at `at` ends, when it ends within four more letters."""
    if not same_ignoring_case(text[at:at + len(stem)], stem):
        return None
    after = at + len(stem)
    for end in range(_WORD_END.match(text, after).end(), after - 1, -1):  # as \w{0,4}\b backtracks
        if at_boundary(text, end):
            return end
    return None


def owned_by_another(q: Question, text: str) -> bool:
    """Whether the text gives the thing the question asks of one name ('supportmailen til Strandvagt',
    'Strandvagts supportmail') as another name's ('Badenets supportmail er ...'), never as the asked one's."""
    if q.yesno:
        return False
    toks = q.tokens
    for i, thing in enumerate(toks):
        if thing.role != "word" or len(thing.surface) < 5 or not thing.surface.islower() or \
                thing.surface.endswith("es"):
            continue
        name = None
        if i + 2 < len(toks) and toks[i + 1].surface.casefold() in _JOINED:
            name = toks[i + 2]
        elif i > 0 and toks[i - 1].surface.endswith("s"):
            name = toks[i - 1]
        if name is None or name.role != "word" or not name.surface[:1].isupper() or name.match < 1 or \
                name.pos in q.project_pos:
            continue
        bare = name.surface[:-1] if name is toks[i - 1] else name.surface
        stem = thing.surface.casefold()[:max(4, len(thing.surface) - 3)]
        # (a name inside a sentence: 'Hans stedfortræder' is his, 'Leverandørens kontaktperson' a noun's)
        owners = [m.group(1) for m in _owned(text, stem)
                  if m.group(1).casefold() + "s" not in _POSSESSIVE
                  and (text[:m.start()].strip()[-1:] not in ("", ".", ":", "!", "?", "«", "“")
                       or _name_at_start(m.group(1)))]
        if owners and not any(o.startswith(bare[:4]) for o in owners):
            return True
    return False


# Who does a passive deed: 'være underskrevet af kommunaldirektøren', 'godkendes af udvalget' (a passive, or
# a participle after its auxiliary; a noun before 'af' names what is done: 'udtrækket af samtykker')
_AGENT_ASKED = re.compile(r"\b(?:[a-zæøå]{4,}es|(?:være|blive|er|bliver|blevet|været|var|blev)\s+[a-zæøå]{3,}"
                          r"(?:et|t))\s+af\s+(?:den\s+|det\s+|de\s+)?(?P<agent>[\wæøåÆØÅ-]{4,})")


# a participle after the 'af' phrase: the word after the auxiliary was the inverted subject, not the deed
_LATER_PARTICIPLE = re.compile(r"\b[a-zæøå]{4,}(?:et|t)\W*$")


def agent_unsaid(q: Question, text: str) -> bool:
    """'Hvornår skal aftalen være underskrevet af kommunaldirektøren?' is not answered by 'Den underskrevne
    aftale sendes ... senest 30 dage før go-live': the question says who does the deed, the answer (its
    task's words, `text`) says nothing of that party, so the value it gives is for the deed by anyone, or
    by another. (A Danish question: an English one's words are matched to the text by meaning.)"""
    if q.yesno or q.lang != "da":
        return False
    m = _AGENT_ASKED.search(q.text)
    if m and _LATER_PARTICIPLE.search(q.text, m.end()):
        m = None  # 'hvor bliver udbuddet af ladestandere offentliggjort?': the noun's 'af', no agent
    agent = next((t for t in q.tokens if t.surface == m.group("agent")), None) if m else None
    if agent is None or agent.role != "word" or agent.weight <= 0 or agent.pos in q.project_pos:
        return False
    said = content_keys(text)
    # (in_compound takes a head too: 'direktøren' in 'kommunaldirektøren')
    return not any(in_compound(k, said) for k in agent.keys)
