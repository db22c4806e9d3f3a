"""An English question read in Danish words, and the checks of answers to English questions."""

from __future__ import annotations

import re

from knowledge.fold import (
    content_keys,
    key,
    load_phrases,
)
from knowledge.index import Index
from knowledge.morphology import in_compound
from knowledge.qa.english.compounds import _irregular_verbs, _join_compounds
from knowledge.qa.english.frame_words import _WORD
from knowledge.qa.english.framing import (
    _arrives,
    _glossed,
    _modal_first,
    _particle_home,
    _prepositions,
    _unspaced,
    _word_parts,
)
from knowledge.qa.english.grammar import (
    _attributive,
    _do_support,
    _infinitive_marker,
    _ing_nouns,
    _name_before_noun,
    _passive,
    _passive_question,
    _progressive,
    _progressive_after_modal,
    _too_before_word,
    _who_deals,
)
from knowledge.qa.english.rendering import _one_way, _render_at
from knowledge.qa.english.senses import _VERB_PARTICLES, _in_context
from knowledge.qa.english.typos import _misspelt, _wh_typo
from knowledge.qa.english.words import (
    _bases,
    _danish_verbs,
    _english_words,
    _glossary_phrase,
    _known,
    _longer_names,
    _phrase_forms,
    _tables,
    _vocabulary,
)
from knowledge.qa.types import Expect


def load() -> None:
    """Load the English word lists now (about a second), so that the first English question or
    typo after a start does not wait for them."""
    load_phrases()
    _tables()
    _vocabulary()
    _english_words()
    _danish_verbs()  # (and the dictionary's verbs it is made of)
    _one_way()  # (~3 ms each, read by the first question that renders a word or names a long name)
    _longer_names()
    _irregular_verbs()


# 'is the fridge cold enough?', 'are three samples enough?': what comes before asks it ('nok' is also
# 'probably'); not 'enough licences', where it asks whether there are as many as needed
_ENOUGH_LAST = re.compile(r"\s+enough(?=\s*(?:[?.!,]|$))", re.I)


# the spaces a rewritten question is tidied of (compiled once: every English question is tidied)
_SPACES = re.compile(r"\s{2,}")
_SPACE_BEFORE_MARK = re.compile(r"\s+([?.,!])")


def danish(index: Index, text: str) -> tuple[str, dict[str, str]]:
    """The question in Danish words: frames, glossary forms and dictionary words rendered, names,
    codes, numbers, unknown words and words the tasks use kept as typed; and for each rendered
    word the words typed (to name them back to the asker)."""
    typed: dict[str, str] = {}
    parts = _WORD.findall(_prepositions(_modal_first(_unspaced(_particle_home(_word_parts(
        index, _arrives(_ENOUGH_LAST.sub("", _glossed(index, text))))))), index))
    words = [i for i, p in enumerate(parts) if p[:1].isalpha()]
    as_typed = list(parts)
    for n, i in enumerate(words):  # 'sickness benfits': the word meant, so that the phrase is read as one
        around = tuple(parts[words[m]].casefold() for m in (n - 1, n + 1) if 0 <= m < len(words))
        others = tuple(parts[words[m]] for m in range(len(words)) if m != n)
        meant = _misspelt(index, parts[i], around=around, others=others) if parts[i].islower() else None
        if n == 0 and meant is None:
            meant = _wh_typo(parts[i])  # 'wich login does X use?': the question's first word
        parts[i] = meant or parts[i]
    out = list(parts)
    first = words[0] if words else -1
    j = 0
    single: list[tuple[int, str]] = []  # words and phrases rendered: (position, the English typed)
    while j < len(words):
        i = words[j]
        rendered, used = _render_at(index, parts, words, j, first)
        if rendered is not None:
            if rendered:
                typed.setdefault(rendered, "".join(as_typed[i:words[j + used - 1] + 1]))
                phrase = " ".join(parts[k].casefold() for k in words[j:j + used])
                if used == 1 or phrase.rsplit(" ", 1)[-1] in _VERB_PARTICLES or _glossary_phrase(phrase) \
                        or len(_tables().dictionary.get(phrase, ())) > 1:  # 'department head': -chef, -leder
                    single.append((i, phrase))  # a word, a phrasal verb ('set up') or a phrase of the
                    # glossary ('system owner'); another noun phrase ('test users') names one thing
            out[i] = rendered
            for k in range(i + 1, words[j + used - 1] + 1):
                out[k] = ""  # the phrase's other words and the spaces between them
        j += used
    _in_context(index, out, single, typed)
    _attributive(parts, words, out, typed)
    _join_compounds(index, out, typed)
    _passive(index, out, typed)
    _passive_question(out, typed, nouns=_ing_nouns(parts, words))
    _progressive(index, parts, words, out, typed)
    _progressive_after_modal(index, parts, words, out, typed)
    _too_before_word(parts, words, out)
    _do_support(parts, words, out, typed)
    _infinitive_marker(parts, words, out)
    _name_before_noun(parts, words, out)
    return _who_deals(_SPACES.sub(" ", _SPACE_BEFORE_MARK.sub(r"\1", "".join(out))).strip()), typed


def alternatives(index: Index, english: str) -> tuple[str, ...]:
    """The keys the tasks have of every Danish word the glossary and the dictionary give for an
    English word or phrase: a word with several meanings ('register': 'tilmelde', 'registrere';
    'instructions': 'vejledning', 'instruks') is rendered as one of them, and the tasks may say
    another; the question's token matches each."""
    tables = _tables()
    phrase = english.casefold().replace("’", "'")
    single = " " not in phrase
    forms = _bases(phrase) if single else _phrase_forms(phrase)
    danish_words: list[str] = []
    for form in forms:
        glossed = tables.glossary.get(form) if single else _glossary_phrase(form)
        danish_words += [glossed] if glossed else []
        danish_words += tables.dictionary.get(form, ())
    found: list[str] = []
    for word in danish_words:
        if " " in word or not word.isalpha():
            continue
        k = key(word.casefold())
        known = k if k in index.postings else next(iter(index.variants(k, limit=1)), None)
        if known and known not in found:
            found.append(known)
    return tuple(found)


def read_alike(index: Index, q, tokens) -> bool:
    """Whether words of a question can be compared with the Danish text: a Danish question's always
    (a party the tasks never name is not the one they name); an English question's only when each
    was read as a word the tasks use ('the mayor' -> 'borgmester'), since an English word left as
    typed ('the same person') says nothing about who the text names."""
    return q.lang == "da" or all(t.surface in q.typed or (t.match >= 1 and _known(index, t.surface))
                                 for t in tokens)




def unknown_role(q, candidates) -> None:
    """'who chairs the committee that adopts the rules?': an English who-question whose first word of
    substance, the role or deed asked for ('formand'), is one no task holds in any of its Danish words
    is not answered by a sentence about the rest ('Reglerne vedtages af udvalget' names the committee, not
    its chair). A Danish twin's unknown word weighs the answer under the threshold; read in English, the
    rest of the question splits into more words ('fugleskræmsel regel') that outweigh it."""
    if q.lang != "en" or q.yesno or q.expects is not Expect.PARTY:
        return
    # (held only inside another word is not held: 'formand' in a task's 'klubformand', another role)
    asked = next(iter(q.content()), None)
    if asked is None or asked.match >= 1 or asked.weight < _ROLE_WEIGHT or asked.role != "word":
        return
    for c in candidates:
        if c.found and asked.pos not in c.explained:
            c.found = False


_ROLE_WEIGHT = 0.5  # a word of substance, not a light verb ('lavet' of 'who made X')


def careful(q, candidates) -> None:
    """An English yes/no question is answered only when the answer accounts for every content word
    of its Danish rendering: a Ja or Nej read from a sentence about part of a looser rendering
    ('an ordinary administrator' -> 'almindelig administrator') is a guess, and a wrong yes/no is
    worse than 'I don't know'. Open questions keep their answers: the answer types and checks
    already ask them for what was asked. A word the answer's sentence says, alone or in a compound
    ('kontrollere' in 'stikprøvekontrol'), is accounted for."""
    unknown_role(q, candidates)
    if q.lang != "en" or not q.asked or not q.yesno:
        return
    asked = {t.pos: t for t in q.content()}
    for c in candidates:
        if not c.found or not set(asked) - c.explained:
            continue
        said = set(content_keys(c.text))
        if any(not any(in_compound(k, said) for k in asked[p].keys) for p in set(asked) - c.explained):
            c.found = False
