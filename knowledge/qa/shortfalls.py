"""Why a found answer gives less than the value asked: the tasks speak of the thing, but its value is not
there, is another thing's, or is the thing's with another party."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold, content_keys, is_stop, key
from knowledge.index import Index
from knowledge.morphology import has_head, unlinked_modifier
from knowledge.qa import checks, gate, other_party, tolerance, typical
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.claimed_values import other_occasion
from knowledge.qa.english.words import english_of
from knowledge.qa.types import Expect, holds, joined_values
from knowledge.roles import names_role


def why_partial(index: Index, q: Question, best: Candidate, answers) -> str:
    """The first reason the best candidate does not give the value asked for, or '': the tasks speak of
    the thing, but its value is not there, is another thing's, or is the thing's with another party.
    Checked in this order, each only when those before pass (`_value_left_out` sets what is asked)."""
    if not answers(best):
        return "gate.answers"
    reasons = (("local_holder", lambda: checks.local_holder(q)),
               ("unknown_qualifiers", lambda: unknown_qualifiers(q, best)),
               ("unknown_joined", lambda: unknown_joined(q, best)),
               ("general_for_own", lambda: typical.general_for_own(q, gate.said(best.text))),
               ("unknown_event", lambda: tolerance.unknown_event(q, best.explained, best.text)),
               ("unsaid_event",
                lambda: tolerance.unsaid_event(q, best.explained, best.text, kind=best.kind)),
               ("with_another_name", lambda: other_party.with_another_name(q, best.text)),
               ("at_another_place", lambda: other_party.at_another_place(q, gate.said(best.text))),
               ("other_occasion", lambda: another_occasion(q, best)),
               ("value_left_out", lambda: _value_left_out(q, best)),
               ("qualified_otherwise", lambda: qualified_otherwise(q, best)),
               ("coordinated_left_out", lambda: _coordinated_left_out(q, best)),
               ("joined_otherwise", lambda: _joined_otherwise(index, q, best)),
               # a goal or result sentence that outranks the rest says the state reached, not the
               # value asked: no answer (another sentence given instead would be a guess)
               ("end_state_only", lambda: gate.end_state_only(index, q, best)),
               ("agent_unsaid",
                lambda: best.kind not in _OWN_KINDS and
                other_party.agent_unsaid(q, _agent_read_in(index, q, best))),
               ("parties_of_many", lambda: parties_of_many(q, best)))
    return next((name for name, failed in reasons if failed()), "")


def _agent_read_in(index: Index, q: Question, best: Candidate) -> str:
    """Where the doer a question names must be said: in the answer; for what follows when a deed is not
    done ('hvad hvis fliseplanen ikke bliver godkendt af lauget?' - 'Uden en godkendt fliseplan kan der ikke
    bookes værkstedstimer'), also in the sentences of its task that say the deed, which say who does it
    ('Få fliseplanen godkendt af lederen af Mosaiklauget'; not 'Brandchefen modtager en kopi af listen',
    where the party named does another deed)."""
    said = gate.said(best.text)
    if best.kind != "consequence" or len(best.tasks) != 1:
        return said
    deed = _undone_deed(q)
    return " ".join([said, *(text for pid in index.task_passage_ids(best.tasks[0])
                             if deed & content_keys(text := index.passages.text_of(pid)))])


def _undone_deed(q: Question) -> set[str]:
    """The keys of the deed a consequence question has not done: the first word after its denial, past an
    auxiliary ('hvis listen ikke godkendes', 'ikke bliver godkendt', 'is not approved')."""
    words = [t for t in q.tokens if t.role in ("word", "stop")]
    for i, t in enumerate(words):
        if t.surface.casefold() in ("ikke", "not"):
            rest = [w for w in words[i + 1:i + 4] if w.surface.casefold() not in _AUXILIARIES]
            return set(rest[0].keys) if rest and rest[0].role == "word" else set()
    return set()


_AUXILIARIES = frozenset({"bliver", "blev", "er", "var", "blive", "være", "is", "was", "be", "been", "get",
                          "gets"})


# Answers read off a task's own fields and lists, not a sentence of its text
_OWN_KINDS = frozenset({"list", "title", "overview", "when", "field"})


# A who-question answered by this many role facts or more lists the parties of several things
PARTIES_LISTED = 4
HEADING_WORDS = 8  # 'Entreprenør pr. distrikt pr. system:' is a role's heading, a longer one a sentence
_EVERY = re.compile(r"\b(?:alle|samtlige|hver|hvert|all|each|every)\b")
_DEFINITE_PLURAL = re.compile(r"\w{3,}(?:erne|ene)\b")


def parties_of_many(q: Question, c: Candidate) -> bool:
    """'hvem er kontaktperson for sms-varslerne?' - the contacts for four other things: a who-question
    for one party answered by four or more role facts, none naming the thing the question names beyond
    the role, gives the role's holders for other things. Calibrated on counts (benchmarks/calibration.py):
    such answers were wrong far more often than right on sets never read."""
    if q.expects is not Expect.PARTY or c.kind != "fact" or q.yesno or q.has("which", "list"):
        return False
    lines = c.text.splitlines()
    listed = [line for line in lines if line.startswith("• ")]
    # a heading that is a sentence ('Pantet går til Kirkens Korshær; ...:') may answer itself
    if len(listed) < PARTIES_LISTED or len(lines[0].split()) > HEADING_WORDS or \
            _asks_several(q.text.casefold(), lines[0]):
        return False
    # the words of the question beyond the list's heading (its role and what it is per):
    # none, and the list is what is asked; a line whose name holds one is about the thing asked
    heading = content_keys(lines[0])
    asked = {k for t in q.content() for k in t.keys} - heading
    # a compound whose head the heading lists per ('bogføringssystemet', 'pr. system'): its kind is listed
    asked = {k for k in asked if not any(len(h) >= 4 and k.endswith(h) for h in heading)}
    return bool(asked) and not any(asked & content_keys(line.split(":")[0]) for line in listed)


def _asks_several(question: str, intro: str) -> bool:
    """'alle', 'hver', or the list's own role or thing in the definite plural ('hvem er vognmændene?',
    'hvem kører ruterne?'): the list is what is asked; a plural of another word ('sms-varslerne') is not."""
    said = content_keys(intro)
    return bool(_EVERY.search(question)) or \
        any(key(m.group()) in said for m in _DEFINITE_PLURAL.finditer(question))


def another_occasion(q: Question, c: Candidate) -> str:
    """'hvornår har lokalcentrene åbent om torsdagen?' - 'Batterier udleveres på lokalcentrene hver
    tirsdag': the text says the thing for another day (week, year, language, route) only; a yes/no
    question weighs the other value itself (yesno)."""
    if q.yesno or c.kind in ("list", "title", "overview"):
        return ""
    return other_occasion(q.text, gate.said(c.text))


def _value_left_out(q: Question, c: Candidate) -> bool:
    """A question for two values together ('hendes mail og telefonnummer') that the answer gives one of:
    partial. The one left out becomes what is asked, so the answer says which is not there."""
    for kind in joined_values(ascii_fold(q.text.casefold())):
        if not holds(kind, gate.said(c.text), q.text):
            q.expects = kind
            return True
    return False


def unknown_qualifiers(q: Question, c: Candidate) -> list:
    """The words of a question for an amount (a price, a count, a share) that no task contains and the
    answer does not explain, standing where the thing asked about stands ('en hovedret med glutenfri
    kost', 'hvor mange elever på efterskole'): the value the text gives is for the thing without
    them. (An unknown verb in a verb's place is the asker's own wording: tolerance weighs those.) In English
    only a word the asker typed right after a determiner ('what does the giraffe app cost?'): the rendering
    leaves other English words untranslated that are no qualifier."""
    if q.expects not in _VALUE_TYPES or q.yesno or q.lang not in ("da", "en"):
        return []
    said = content_keys(c.text)  # (an intent may count the word as its own: 'hvor mange private skoler')
    return [t for t in q.unknown() if not said & set(t.keys) and t.weight >= 0.5 and t.surface.isalpha()
            and t.surface.islower() and not tolerance.in_verb_slot(q, t) and _before_noun(q, t)
            and (q.lang == "da" or tolerance.after_determiner(q, t))]


def unknown_joined(q: Question, c: Candidate) -> list:
    """A word no task contains that names the party or thing the question's thing is joined to ('aftalen
    med fodterapeuternes brancheforening', 'kurset for nyansatte'): the sentence found is about the
    thing with someone or something else, which would read as the answer."""
    if q.yesno or q.lang != "da":
        return []
    said = content_keys(c.text)
    out = []
    for t in q.unknown():
        if not (t.surface.isalpha() and t.surface.islower()) or t.weight < 0.5 or said & set(t.keys) or \
                t.pos < 2 or t.pos in q.project_pos:  # ('i bookingprojektet' names the project asked of)
            continue
        before = q.tokens[t.pos - 1]
        if before.surface.casefold().endswith("s") and before.role == "word" and t.pos >= 3:
            before = q.tokens[t.pos - 2]  # 'med fodterapeuternes brancheforening': the genitive's head
        if before.surface.casefold() in JOINING and before.pos >= 2 and \
                q.tokens[before.pos - 1].role == "word":
            out.append(t)
    return out


def qualified_otherwise(q: Question, c: Candidate) -> list:
    """A word no task contains that says which kind of a thing the question means ('fældning af private
    træer'), where the answer says the thing only with another such word ('et bevaringsværdigt træ'):
    the answer is about the other kind."""
    if q.yesno or q.lang not in ("da", "en") or c.kind in ("list", "title", "overview"):
        return []
    words = _TEXT_WORD.findall(gate.said(c.text).split("\n", 1)[0])
    asked = {k for t in q.tokens for k in t.keys}
    out = []
    for t in q.unknown():
        if not (t.surface.isalpha() and t.surface.islower()) or t.weight < 0.5 or t.pos + 1 >= len(q.tokens) \
                or not _says_which_kind(q, t):
            continue
        noun = q.tokens[t.pos + 1]
        if noun.role != "word" or noun.match == 0 or not noun.surface.isalpha():
            continue
        hits = [i for i, w in enumerate(words) if _same_stem(key(w.casefold()), noun.keys)]
        if hits and all(i > 0 and _ADJECTIVE.fullmatch(words[i - 1].casefold()) and not is_stop(words[i - 1])
                        and key(words[i - 1].casefold()) not in asked for i in hits):
            out.append(t)
        elif not hits and words and _another_kind(key(words[0].casefold()), noun.keys, asked) and \
                (q.lang == "da" or _named_otherwise(words[0], noun.keys, t.surface)):
            # 'who adopts the wreath rules?' - 'Cachereglerne vedtages af ...': its subject is other rules
            # (only its subject: 'Tilmeldingen åbnes senest 5 arbejdsdage før' counts days of no kind)
            out.append(t)
    return out


def _says_which_kind(q: Question, t) -> bool:
    """Whether an unknown word stands where a word saying which kind of the next noun stands: a Danish
    adjective ('private', 'rustne'; not 'kun'), or an English word right after a determiner ('the wreath
    rules', which the dictionary does not read)."""
    if q.lang == "da":
        return bool(_ADJECTIVE.fullmatch(t.surface)) or t.surface.endswith("e")
    return tolerance.after_determiner(q, t)


def _named_otherwise(word: str, noun_keys, asked: str) -> bool:
    """Whether the dictionary gives the compound's first part English words and the asked one is none of
    them ('Ballonreglerne' is of a 'balloon', not of the 'quidditch' asked). A first part it gives no
    English for may be what the unknown word means ('Sankereglerne' for 'the foraging rules'): not told."""
    k = key(word.casefold())
    head = next((n for n in sorted(noun_keys, key=len, reverse=True) if k.endswith(n)), "")
    first = k[:len(k) - len(head)] if head else ""
    english = next((e for form in unlinked_modifier(first) if (e := english_of(form))), frozenset())
    asked = asked.casefold()
    return bool(english) and not any(asked == e or asked.startswith(e) or e in asked.split() for e in english)


def _another_kind(k: str, noun_keys, asked: set[str]) -> bool:
    """Whether a word is a compound of the asked noun with a first part of its own the question does not
    say ('cacheregl' for 'regl'): a kind of the thing, another than the one asked."""
    return any(len(n) >= 3 and k.endswith(n) and len(k) - len(n) >= 3 and
               not any(len(a) >= 3 and k.startswith(a) for a in asked - {n}) for n in noun_keys)


def _joined_otherwise(index: Index, q: Question, c: Candidate) -> list:
    """A thing the question names with a party or thing joined by a preposition ('spørgsmål fra
    foreningerne', 'aftalen med Gatekeep') where the answer names the same thing joined the same way to
    another one ('Spørgsmål fra forældre …') and never says the question's: the answer is about the
    other one. (A word no task has is `unknown_joined`'s; one the answer's task's title says is said.)"""
    if q.yesno or q.lang != "da" or c.kind in ("list", "title", "overview"):
        return []
    typed = _TEXT_WORD.findall(gate.said(c.text).split("\n", 1)[0])
    words = [w.casefold() for w in typed]
    said = {key(w) for w in words} | {k for t in c.tasks for k in content_keys(
        f"{index.tasks[t].title} {index.tasks[t].project or ''}")}  # (the task's project names its system)
    toks = q.tokens
    for i in range(1, len(toks) - 1):
        prep, noun = toks[i].surface.casefold(), toks[i - 1]
        if prep not in _QUALIFYING or noun.role != "word" or noun.weight <= 0 or not noun.surface.isalpha():
            continue
        x = next((t for t in toks[i + 1:i + 3] if t.role == "word"), None)
        if x is None or x.match < 1 or x.weight < 0.5 or any(_part_of(k, x.keys) for k in said):
            continue  # ('til aftalen' says 'til dataaftalen' of the task about it: a compound's part)
        # ('sendes til leverandøren': 'til Kørselsdata Nord' may name who holds that role; a thing the
        # answer's task speaks of elsewhere may be the one its sentence means)
        if names_role(x.surface) or any(index.task_has(t, k) for t in c.tasks for k in x.keys):
            continue
        # (the other one a name, where the question's is a common noun: it may be that one)
        if any(_same_stem(key(w), noun.keys) and words[j + 1] == prep and j + 2 < len(typed)
               and not (typed[j + 2][:1].isupper() and x.surface[:1].islower())
               and not (x.surface[:1].isupper() and _DEFINITE_NOUN.fullmatch(words[j + 2]))
               for j, w in enumerate(words[:-1])):
            return [x]
    return []


def _part_of(k: str, keys) -> bool:
    return any(min(len(k), len(o)) >= 3 and (k.startswith(o) or o.startswith(k) or k.endswith(o)
                                              or o.endswith(k)) for o in keys)


# a definite common noun ('løsningen', 'systemet') may refer back to the name the question writes
_DEFINITE_NOUN = re.compile(r"[a-zæøå]{3,}(?:en|et|ne|ene)")
# the prepositions that join a thing to the one it is of ('spørgsmål fra X', 'aftalen med X', 'kurset om X')
_QUALIFYING = frozenset({"fra", "til", "for", "med", "hos", "om"})


def _coordinated_left_out(q: Question, c: Candidate) -> list:
    """Two things asked together ('kontingentet for juniorklub og ungeklub', 'prisen for A og B') where
    the answer speaks of one and not the other: the value of the other is not given."""
    if q.expects not in _VALUE_TYPES or q.yesno:
        return []
    held = content_keys(gate.said(c.text))
    toks = q.tokens
    for i in range(1, len(toks) - 1):
        a, b = toks[i - 1], toks[i + 1]
        if toks[i].surface.casefold() not in ("og", "and") or a.role != "word" or b.role != "word" or \
                min(a.weight, b.weight) < 0.5 or not (a.surface.isalpha() and b.surface.isalpha()) or \
                not (a.surface.islower() and b.surface.islower()):
            continue  # ('Byg og Miljø' is one name)
        said_a, said_b = (any(_says_word(h, t.keys) for h in held) for t in (a, b))
        if said_a != said_b:
            return [b if said_a else a]
    return []


def _same_stem(k: str, keys) -> bool:
    """Whether a key of the text is one of the question's words in another inflection."""
    return any(min(len(k), len(o)) >= 3 and (k.startswith(o) or o.startswith(k)) for o in keys)


def _says_word(k: str, keys) -> bool:
    """Whether a key of the text says one of the question's words: an inflection of it, or a compound that
    has it for its head ('sikkerhedshjelme' says 'hjelme': a compound is a kind of its head; not where the
    question asks which kind, see qualified_otherwise)."""
    return _same_stem(k, keys) or any(has_head(k, o) for o in keys)


_TEXT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# The endings of a Danish adjective or participle before its noun ('bevaringsværdigt', 'kommunale',
# 'aflåst', 'overdækket'): a word there says which kind of the noun is meant
_ADJECTIVE = re.compile(r"[a-zæøå-]{3,}(?:ig|igt|ige|lig|ligt|lige|isk|iske|bar|bart|bare|som|somt|somme|"
                        r"ende|ede|ale|elle|ære)|[a-zæøå-]{4,}(?:et|st)")


def _before_noun(q: Question, t) -> bool:
    """Whether the word stands before a content word of the question, as a word that says which kind
    of it ('glutenfri kost', 'private skoler'); not 'året' in 'om året', the question's own framing."""
    nxt = q.tokens[t.pos + 1] if t.pos + 1 < len(q.tokens) else None
    return nxt is not None and nxt.role == "word" and nxt.weight > 0 and nxt.surface.isalpha()


# Amounts only: a word before a noun of a 'hvornår' question is mostly the asker's own wording of the
# same deed or paper ('den endelige aftale'), and the task's one deadline for it is still the answer.
_VALUE_TYPES = frozenset({Expect.PRICE, Expect.COUNT, Expect.PERCENT})


# ('aftalen om parkering', 'kontrakten vedrørende vintertjeneste': what the paper is about names which one)
JOINING = frozenset({"med", "hos", "fra", "til", "for", "i", "på", "om", "vedrørende", "with", "from", "at",
                      "in", "of", "about"})
