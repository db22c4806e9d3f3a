"""Task ids, codes, step and wave numbers in a question: which numbers name a task and which are values."""

from __future__ import annotations

from knowledge.fold import (
    ascii_fold,
    is_stop,
    key,
    loose,
)
from knowledge.index import Index, same_prefix
from knowledge.lexicon import (
    CONCEPTS,
    LAST,
    NUMBER_NOUNS,
    ORDINALS,
    STEP_NOUNS,
    TASK_NOUNS,
    WAVE_NOUNS,
    number_words,
    wave_key,
)
from knowledge.qa.analysis.tokens import Question, Token
from knowledge.qa.step_frames import step_asked
from knowledge.units import DEFINITE, DEFINITE_PLURAL, PLURAL, SINGULAR, unit_words

_CARDINALS = {key(w): n for w, n in number_words(1, 10).items()}
def _find_refs(index: Index, q: Question, spans) -> None:
    """Task ids and codes in the question: '433', 'opgave 433', 'efaktra 8b', 'nemlog-in 2'
    (prefix fuzzy, number exact). A reference that names no task (999, 'eFaktura 12') is kept
    in q.missing."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if not tok.surface.isdigit() or tok.role != "word":
            continue
        suffix = _attached_letter(toks, spans, i)
        numkey = str(int(tok.surface)) + (toks[i + 1].surface.casefold() if suffix else "")
        number = [i, i + 1] if suffix else [i]
        before = _words_before(toks, spans, i)
        if before and (before[-1][1].key in NUMBER_NOUNS or before[-1][1].key in STEP_NOUNS
                       or _step_number(before)):
            continue  # 'trin 3', 'bølge 2', 'prioritet 1', 'trin nummer 4'
        if i + 1 < len(toks) and toks[i + 1].key in STEP_NOUNS and int(tok.surface) <= _MAX_STEP and \
                not _known_prefix(before, list(index.ref_prefixes)) and \
                not (before and before[-1][1].key in TASK_NOUNS):
            continue  # '2. trin i 9802': a step's number ('opgave 12 trin 3' and 'KY 2 trin 3' name tasks)
        entries = index.refs.get(numkey, [])
        typed_prefix = _known_prefix(before, list(index.ref_prefixes))
        value = 0 if typed_prefix else _value(toks, before, i + len(number))
        if value == 2 or (value == 1 and not any(not p for p, _ in entries)):
            continue  # 'kategori 3', 'mere end 100 sager', 'inden for 3 dage': a value, not a task
        prefix = _known_prefix(before, [p for p, _ in entries if p])
        hit = [t for p, t in entries if prefix and p and same_prefix(prefix[0], p)]
        if not hit:
            prefix = None
            # 'Boligsystemet 2' names a version, not task 'BOLIG 2': a bare number only stands for
            # a prefixed task when no name is written right before it.
            named = bool(before) and before[-1][1].surface[:1].isupper()
            alone = [entries[0][1]] if len(entries) == 1 and not named else []
            hit = [t for p, t in entries if not p] or alone
        if hit:
            _mark(q, (prefix[1] if prefix else []) + number, "ref")
            q.tasks += [t for t in hit if t not in q.tasks]
            continue
        typed = _known_prefix(before, list(index.ref_prefixes))
        is_task_noun = bool(before) and before[-1][1].key in TASK_NOUNS
        looks_like_id = (len(tok.surface) >= 3 and tok.surface not in index.postings
                         and not _is_year(tok.surface))
        version = bool(before) and before[-1][1].surface[:1].isupper() and not typed  # 'Handler 2'
        if typed or is_task_noun or looks_like_id or (entries and not version):
            words_typed = [toks[p].surface for p in (typed[1] if typed else [])] + ["".join(
                toks[p].surface for p in number)]
            q.missing.append(" ".join(words_typed))
            _mark(q, (typed[1] if typed else []) + number, "ref")


# 'nummer', 'nr' between a step noun and its number ('trin nummer 4', 'step no. 2')
_NUMBER_WORDS = frozenset({"nummer", "nr", "number", "no"})


def _step_number(before: list[tuple[int, Token]]) -> bool:
    return len(before) == 2 and before[0][1].key in STEP_NOUNS and \
        before[1][1].surface.casefold() in _NUMBER_WORDS


_MAX_STEP = 30  # a bare number before 'trin' above this is a task's id ('433 trin 2')
# Words that make the number after them an amount or a limit ('mere end 100', 'inden for 3').
_VALUE_BEFORE = frozenset(key(w) for w in (
    "end over under mindst højst maks maksimalt minimum maksimum ca cirka omkring præcis "
    "kun hver inden senest indtil than least most about within until every each only approx "
    "approximately around max min").split())
_OP, _TIL = key("op"), key("til")
# Units and counted things after a number ('3 dage', '100 sager', '60 tegn').
# (every form of a unit of time, knowledge/units.py)
_UNITS = frozenset(key(w) for w in unit_words(forms=(SINGULAR, PLURAL, DEFINITE, DEFINITE_PLURAL)) + (
    "sekunder kr kroner procent pct stk styk tegn sager sag brugere personer medarbejdere "
    "gange working cases case users people employees times characters percent").split() if " " not in w)


def _value(toks: list[Token], before, after: int) -> int:
    """How surely a number is a value, not a task id: 2 after an amount word or before a unit
    ('mere end 100', '3 dage'); 1 after or before an ordinary lowercase word ('kategori 3',
    'bilag 2'); 0 in a task position ('opgave 433', 'i 433', '433?')."""
    prev = before[-1][1] if before else None
    nxt = toks[after] if after < len(toks) else None
    if prev is not None and prev.key in TASK_NOUNS:
        return 0
    # ('op til 100' is an amount; 'relateret til 1207' names a task)
    up_to = prev is not None and prev.key == _TIL and len(before) > 1 and before[-2][1].key == _OP
    if (prev is not None and prev.key in _VALUE_BEFORE) or up_to or (nxt is not None and nxt.key in _UNITS):
        return 2
    for tok in (prev, nxt):
        if tok is not None and _plain_word(tok):
            return 1
    return 0


def _plain_word(tok: Token) -> bool:
    """A lowercase content word that is no question word, verb of the lexicon nor task noun."""
    s = tok.surface
    return (s.isalpha() and s.islower() and len(s) >= 3 and not is_stop(s) and tok.key not in TASK_NOUNS
            and not CONCEPTS.get(tok.key))


def _attached_letter(toks: list[Token], spans, i: int) -> bool:
    """'8b': a single letter written right after the number, ending the word."""
    return (i + 1 < len(toks) and len(toks[i + 1].surface) == 1 and toks[i + 1].surface.isalpha()
            and spans[i + 1][1] == spans[i][2] and (i + 2 >= len(toks) or spans[i + 2][1] > spans[i + 1][2]))


def _words_before(toks: list[Token], spans, i: int) -> list[tuple[int, Token]]:
    """Up to two words right before word i, joined by nothing but a space or hyphen."""
    out: list[tuple[int, Token]] = []
    j = i
    while j > 0 and len(out) < 2 and toks[j - 1].role == "word" and not toks[j - 1].surface.isdigit() \
            and spans[j][1] - spans[j - 1][2] <= 2:
        out.insert(0, (j - 1, toks[j - 1]))
        j -= 1
    return out


def _known_prefix(before: list[tuple[int, Token]], prefixes: list[str]) -> tuple[str, list[int]] | None:
    """The words before a number that spell a known task-code prefix ('nemlog-in' -> 'nemlogin')."""
    for n in (1, 2):
        if len(before) < n:
            break
        typed = loose(ascii_fold("".join(t.surface for _, t in before[-n:])))
        if any(same_prefix(typed, p) for p in prefixes):
            return typed, [p for p, _ in before[-n:]]
    return None


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.startswith(("19", "20"))


def _mark(q: Question, positions: list[int], role: str) -> None:
    for p in positions:
        q.tokens[p].role = role


def _find_numbers(q: Question) -> None:
    """Step and wave numbers: 'trin 3', 'step three', 'tredje trin', 'sidste trin', 'bølge 3', 'B3'."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prv = toks[i - 1] if i > 0 else None
        if tok.key in STEP_NOUNS:
            q.concepts.add("step")
            numbered = nxt is not None and nxt.surface.casefold() in _NUMBER_WORDS and i + 2 < len(toks)
            after = toks[i + 2] if numbered else None
            if after is not None and after.surface.isdigit() and after.role == "word":  # 'trin nummer 4'
                q.step = int(after.surface)
                _mark(q, [i, i + 1, i + 2], "number")
            elif nxt and nxt.role == "word" and (nxt.surface.isdigit() or nxt.key in _CARDINALS):
                q.step = int(nxt.surface) if nxt.surface.isdigit() else _CARDINALS[nxt.key]
                _mark(q, [i, i + 1], "number")
            elif prv and (prv.key in ORDINALS or prv.key in LAST):
                q.step = ORDINALS.get(prv.key, -1)
                _mark(q, [i - 1, i], "number")
            elif prv and prv.surface.isdigit() and prv.role == "word":
                q.step = int(prv.surface)  # "3. trin"
                _mark(q, [i - 1, i], "number")
        elif tok.key in WAVE_NOUNS and nxt and nxt.role == "word" and (
                nxt.surface.isdigit() or (tok.key != "b" and wave_key(nxt.surface) is not None)):
            q.wave = wave_key(nxt.surface)  # 'bølge 2', 'bølge A'
            q.concepts.add("wave")
            _mark(q, [i, i + 1], "number")
        elif tok.key in WAVE_NOUNS and tok.key != "b" and prv and prv.key in ORDINALS:
            q.wave = ORDINALS[prv.key]  # 'første bølge', 'the second wave'
            q.concepts.add("wave")
            _mark(q, [i - 1, i], "number")
    framed = None if q.step is not None or q.yesno else step_asked([t.surface for t in toks])
    if framed:  # 'hvad skal vi starte med i X?': the first step, though no word says 'trin'
        q.step, said = framed
        q.concepts.add("step")
        _mark(q, [p for p in said if toks[p].role == "word"], "number")


def _join_codes(index: Index, q: Question, spans) -> None:
    """'SF1590 A', 'SF 1590_A', '1590A' -> one token with the joined code key the index knows."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if not tok.surface.isdigit() or tok.role != "word" or len(tok.surface) < 2:
            continue
        prefix = i - 1 if i > 0 and toks[i - 1].role == "word" and toks[i - 1].surface.isalpha() \
            and len(toks[i - 1].surface) <= 4 and spans[i][1] - spans[i - 1][2] <= 1 else None
        suffix = i + 1 if i + 1 < len(toks) and toks[i + 1].role == "word" and len(toks[i + 1].surface) == 1 \
            and toks[i + 1].surface.isalpha() and spans[i + 1][1] - spans[i][2] <= 1 else None
        number = tok.surface
        options = []
        if prefix is not None and suffix is not None:
            options.append(([prefix, i, suffix], toks[prefix].surface + number + toks[suffix].surface))
        if suffix is not None:
            options.append(([i, suffix], number + toks[suffix].surface))
        if prefix is not None:
            options.append(([prefix, i], toks[prefix].surface + number))
        for used, joined in options:
            k = ascii_fold(joined)
            if k in index.postings:
                tok.key, tok.concepts = k, frozenset()
                _mark(q, [p for p in used if p != i], "stop")
                break
