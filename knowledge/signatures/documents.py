"""What document a cue is about: the paper named before or after it, by its lemma."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.language import POINTING_BACK, SEND, STOP_WORDS, clause_end, clause_start, is_plural, words
from knowledge.signatures.common import _ADVERBS, _AUX, _IMPERATIVES, _lemma
from knowledge.signatures.cues import _ACT_WORD, _AFTER_SIGNING, _GET_SIGNED, _SENT_AS

# 'Bilag 3 (instruks om underdatabehandlere) skal underskrives af X': an aside after a document's name
_ASIDE = re.compile(r"(\S+)(\s+\d{1,3}[a-z]?|\s+[A-Z])?\s*\([^()]{1,80}\)(?=[\s,.;:]|$)")
_DOC_NUMBER = re.compile(r"\d{1,3}[a-z]?|[A-Z]|[IVX]{1,4}")
_UNIT_AFTER = re.compile(r"(?:arbejds|hver|kalender|bank)?dag|døgn|uge|måned|år\b", re.I)
_NOT_CONTENT = _AUX | {"når", "hvis", "efter", "som", "at", "og"}
# 'direktørens underskrift', 'den tekniske direktørs underskrift' (an article and an adjective make the
# noun definite)
# ('direktørens digitale underskrift': how it is given may come between whose and the signature)
_HOW_SIGNED = r"(?:(?:egen|digitale|elektroniske|skriftlige|endelige|formelle|personlige)\s+)?"
_WHOSE = re.compile(r"\b([\w-]+?(?:en|et|ne|ren)|(?:den|det)\s+[\w-]+e\s+[\w-]+?)(?:'s|’s|s)\s+"
                    + _HOW_SIGNED + "$", re.I)
# where someone's signature is: 'underskrift på fuldmagten', 'underskrift skal fremgå af aftalen', '... skal
# stå på erklæringen'
_ON_PAPER = re.compile(r"\s+(?:(?:skal|må|bør)\s+(?:\w+\s+)?(?:fremgå|stå|være|findes|ses)\s+)?(?:på|af)\b",
                       re.I)
_LABEL = re.compile(r"\s*:\s*(?=\w)")  # 'Underskrift: kommunaldirektøren'


@lru_cache(maxsize=8192)
def _sent_papers(sentence: str, things: frozenset) -> frozenset[str]:
    """The papers the clause with the sending verb names ('sendes en kvittering til X' -> {'kvittering'});
    empty when it names none ('Send den til KOMBIT')."""
    # the sending that names where it goes ('Samtykket gives ved, at X ... sender den til KMD')
    sends = list(SEND.finditer(sentence))
    send = next((m for m in sends if re.match(r"(?:\s+\S+){0,6}?\s+(?:til|hos)\s", sentence[m.end():], re.I)),
                sends[0] if sends else None)
    if send is None:
        return frozenset()
    start = clause_start(sentence, send.start())
    if (both := re.search(r"([\w-]+)\s+(?:og|samt|eller)\s*$", sentence[:start])) and \
            _lemma(both.group(1), loose=True):
        start = both.start()  # 'Både fuldmagten og bilaget sendes til KMD': 'og bilaget' is no new clause
    clause = sentence[start:send.end() + clause_end(sentence[send.end():], 0)]
    # 'Send godkendelsen til KOMBIT' sends (the approval of) the thing approved, no other paper
    return frozenset(lemma for w in words(clause) if (lemma := _lemma(w.group(0), loose=True))
                     and not _ACT_WORD.fullmatch(lemma))


# 'underskrift fra X', 'underskrift og stempel fra X', 'underskrift på fuldmagten'
_NOUN_BY = re.compile(r"\s+(?:(?:og|samt)\s+[\w-]+\s+)?(?:af|fra|på)\b", re.I)


def _before_cue(sentence: str, cue: re.Match[str]) -> tuple[int, str]:
    """Where the signing word's clause starts, and the words before the word that may name its paper: its
    clause, or the clause before when the signing verb is the second of two ('Blanketten udfyldes og
    underskrives'), both papers of a pair, or the subject of a list of passives."""
    start = clause_start(sentence, cue.start())
    left = sentence[start:cue.start()]
    # ('... og derefter underskrives af X': an adverb after the 'og' is no subject either)
    if all(w.group(0).casefold() in _ADVERBS | _AUX for w in words(left)) and \
            re.search(r"\b(?:og|samt|eller)\s*$", sentence[:start], re.I):
        left = sentence[clause_start(sentence, start - 4):start]  # 'Blanketten udfyldes og underskrives'
    elif (pair := _PAPER_AND.search(sentence, 0, start)) and _lemma(pair.group(1)) and \
            _first_document(left, last=None, subject=False):
        # 'Aftalen og bilaget underskrives af X': 'og bilaget' reads as 'og sendt' (a verb), which starts a
        # clause; the subject is both papers, the first of which is before the 'og'
        left = sentence[clause_start(sentence, pair.start()):cue.start()]
    # 'Sedlen skal udfyldes, dateres og underskrives af X': back past every passive of a list to its subject
    while cue.lastgroup in {"passive", "approved"} and (at := cue.start() - len(left)) > 0 and \
            re.search(r",\s*$", sentence[:at]) and words(left) and \
            all(w.group(0).casefold() in _ADVERBS | _AUX | {"og", "samt", "eller"} or
                re.fullmatch(r"[a-zæøå]{3,}es", w.group(0)) for w in words(left)):
        left = sentence[clause_start(sentence, at - 2):cue.start()]
    return start, left


def _cue_document(sentence: str, cue: re.Match[str],
                  last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The document a signing word is about, from where Danish puts it: before a passive ('Bilaget
    signeres'), after an active verb ('underskriv aftalen'), before 'til underskrift'."""
    kind = cue.lastgroup
    start, left = _before_cue(sentence, cue)
    right = sentence[cue.end():cue.end() + clause_end(sentence[cue.end():], 0)]
    earlier = [lemma for w in words(sentence[:start])
               if (lemma := _lemma(w.group(0)))]
    if earlier:
        last = (earlier[-1], False)  # 'Blanketten sendes retur, når den er underskrevet': den = blanketten
    if kind in {"active", "approve"} and re.search(r"\bsom\b", left, re.I) and not _first_document(
            " ".join(right.split()[:6]), last=None, subject=False):
        return last if earlier else None  # 'kontrakten, som kommunen skal underskrive
    if kind in {"passive", "approved"} and re.search(r"\b(?:en|et|den|det|de|begge)\s+$", left, re.I) and \
            not re.search(r"\bfå\s+(?:den|det|dem|de)\s+$", left, re.I) and \
            not cue.group(0).casefold().endswith("es"):  # 'Den underskrives af X': a pronoun, a passive
        kind = "adj"  # 'via en underskrevet tilslutningsaftale': the participle describes what follows
    # 'Leverandøren sender en aftale, som skal underskrives af it-chefen': the paper 'som' stands for
    if kind in {"passive", "approved", "state"} and earlier and start > 0 and \
            re.match(r"\s*(?:som|der)\b", left, re.I) and \
            all(w.group(0).casefold() in _AUX | _ADVERBS | {"som", "der"} for w in words(left)):
        return last
    if kind == "noun":
        return _noun_document(sentence, cue, left, right, last=last)
    if kind in {"passive", "approved"}:
        return _passive_document(sentence, kind, start, left, right, last=last)
    if kind in {"state", "for"}:
        return _named_before(sentence, kind, start, left, last=last)
    if kind in {"active", "approve"}:
        return _active_document(sentence, cue, kind, left, right, last=last)
    if kind == "adj":
        return _first_document(" ".join(right.split()[:3]), last=None, subject=False)
    return _either_side(left, right)


def _either_side(left: str, right: str) -> tuple[str, bool] | None:
    """The paper named before a cue, else the one just after it."""
    return _first_document(left, last=None, subject=False) or \
        _first_document(" ".join(right.split()[:4]), last=None, subject=False)


def _noun_document(sentence: str, cue: re.Match[str], left: str, right: str, *,
                   last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The paper a noun of signing is about ('underskrift af aftalen', 'direktørens underskrift')."""
    if _LABEL.match(sentence, cue.end()) and not words(left):
        return last  # 'Underskrift: kommunaldirektøren' under a step about the paper
    if _WHOSE.search(left) and not _lemma(_WHOSE.search(left).group(1).split()[-1]):
        return _first_document(left, last=last, subject=True) or (  # 'forsynes med direktørens ...'
            _first_document(" ".join(right.split()[:6]), last=None, subject=False)
            if _ON_PAPER.match(right) else None) or (  # 'Efter direktørens underskrift sendes aftalen ...'
            _first_document(sentence[cue.end():], last=None, subject=False) if _AFTER_SIGNING.match(left)
            else None) or last  # '... underskrift på fuldmagten'
    if last and not words(left) and len(words(right)) <= 3 and \
            not re.match(r"\s+(?:af|fra|på)\b", right, re.I):
        return last  # a step 'Signering i Penneo' after 'Modtag aftalen'
    if _AFTER_SIGNING.fullmatch(left) and re.match(r"\s+(?:hos|ved|i)\s", right, re.I):
        # 'Efter underskrift hos pensionschefen sendes aftalen retur': the paper the main clause names
        return _first_document(sentence[cue.end():], last=None, subject=False)
    if last and not words(right) and _GET_SIGNED.match(sentence):
        return last  # a step 'Indhent begge underskrifter' after 'Modtag aftalen'
    if not (re.match(_NOUN_BY, right) or
            re.search(r"\b(?:kræver|kræve|mangler|afventer)\s+(?:en\s+)?$", left, re.I)):
        return None  # 'læs bilagene inden underskrift' names no document to sign
    if re.match(_NOUN_BY, right) and not re.match(r"\s+på\b", right, re.I) and \
            not _first_document(left, last=None, subject=False):
        # 'Få underskrift fra direktøren (på fuldmagten)': the paper named after it, else the one before
        return _first_document(" ".join(right.split()[:6]), last=None, subject=False) or last
    return _either_side(left, right)


def _passive_document(sentence: str, kind: str, start: int, left: str, right: str, *,
                      last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The paper a passive or participle signs: its subject before it, or the object after 'har'/'der'."""
    if re.search(r"\b(?:have|har|havde|haft)\s+$", left, re.I):
        return _first_document(" ".join(right.split()[:4]), last=last, subject=True)  # 'har underskrevet X'
    if re.fullmatch(r"\s*der\s+(?:skal\s+|må\s+|bør\s+|vil\s+)?", left, re.I):
        # 'Der skal underskrives en aftale'
        return _first_document(" ".join(right.split()[:4]), last=None, subject=False)
    if not words(left):  # 'Underskrevet aftale skal foreligge'
        found = _first_document(" ".join(right.split()[:3]), last=None, subject=False)
        # a step 'Underskrives af direktøren' goes on about the paper of the step before
        return found or (last if kind == "passive" and re.match(r"\s+af\s", right, re.I) else None)
    if _part_of_paper(left):
        return None  # 'Teksten i blanketten skal godkendes af X': the text is approved, the paper not signed
    return _named_before(sentence, kind, start, left, last=last)


def _named_before(sentence: str, kind: str, start: int, left: str, *,
                  last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The paper named before a passive or 'til underskrift', else the one the step before named."""
    found = _first_document(left, last=last, subject=kind in {"passive", "approved"})
    if found is None and kind in {"for", "passive"} and re.match(r"\s*\w+es\b", left) and \
            (joined := re.search(r"^(.*?)\s+(?:\w+es\s+)?(?:og|samt)\s*$", sentence[:start])):
        # 'Blanketten udfyldes og sendes til underskrift hos X': two passives that share the subject
        found = _first_document(joined.group(1), last=None, subject=True)
    if found is None and last and kind in {"passive", "approved"} and _SENT_AS.fullmatch(left) and \
            not re.search(r"\s(?:den|det|de|dem)\s*$", left, re.I):
        return last  # a step 'Returneres underskrevet til KOMBIT': the paper of the step before
    if found is None and kind == "for" and last and (tokens := [w.group(0) for w in words(left)]) and \
            any(_pronoun_at(tokens, i) for i in range(min(3, len(tokens)))):
        return last  # 'Læg den til underskrift hos X', 'Send det til godkendelse': the paper before
    if found is None and kind in {"passive", "for"}:  # signing, not approving: 'Bestillingen signeres'
        loose = [lemma for w in words(left) if (lemma := _lemma(w.group(0), loose=True))]
        return (loose[0], False) if loose else None
    if found is None and last and any(_lemma(w.group(0), loose=True) == last[0] for w in words(left)):
        return last  # 'Hent certifikatet, når bestillingen er godkendt': the order just signed
    return found


def _active_document(sentence: str, cue: re.Match[str], kind: str, left: str, right: str, *,
                     last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The object of an active verb of signing ('underskriv aftalen'), else the paper before."""
    found = _first_document(" ".join(right.split()[:6]), last=last, subject=True)
    if found is None and not words(left) and (then := _AND_VERB.match(sentence, cue.end())):
        # 'Underskriv og returner aftalen til KOMBIT': two imperatives share the object ('returner'
        # reads as a present tense that starts a clause)
        found = _first_document(" ".join(sentence[then.end():].split()[:6]), last=None, subject=False)
    bare = not words(_HOW.sub("", right))
    if found is None and kind == "active" and last and (bare or not words(left)
                                                        or _SHARED_OBJECT.match(right)):
        return last  # 'Hent aftalen. Pensionschefen skriver under (digitalt)': the paper before
    if found is None and kind == "active":  # 'skal underskrive godkendelsen af generalprøven'
        loose = [lemma for w in words(" ".join(right.split()[:3]))
                 if (lemma := _lemma(w.group(0), loose=True))]
        return (loose[0], False) if loose else None
    return found


# a paper, then 'og' right where a clause was taken to start: 'Aftalen og | bilaget underskrives'
_PAPER_AND = re.compile(r"([\w-]+)\s+(?:og|samt)\s+$", re.I)
# 'Underskriv og returner ...', 'Godkend og send ...': a second imperative after the first
_AND_VERB = re.compile(r"\s*(?:og|samt)\s+[a-zæøåé]+\s", re.I)
# 'til at underskrive og returnere den': the pronoun after a second verb is the object of both
_SHARED_OBJECT = re.compile(r"\s*(?:og|samt)\s+[a-zæøå]{3,}e\s+(?:den|det|dem)\b", re.I)
# How a paper is signed, which names no paper: 'digitalt', 'med MitID Erhverv', 'i Penneo'
_HOW = re.compile(r"\b(?:digitalt|elektronisk|fysisk|med\s+(?:MitID|NemID)(?:\s+Erhverv)?|i\s+[A-ZÆØÅ][\w-]*"
                  r"|via\s+[A-ZÆØÅ][\w-]*)\b")


_COPY = re.compile(r"(?:eksemplar|original|kopi)\w*", re.I)  # a copy of the paper is the paper sent on
_COUNTS = {"begge", "alle", "ene", "andet", "to", "tre", "et", "en", "hvert", "hver"}


def _first_document(text: str, *, last: tuple[str, bool] | None, subject: bool) -> tuple[str, bool] | None:
    """The first document word in `text`; a pronoun standing for a document ('den skal godkendes')
    means the one spoken of last."""
    tokens = [w.group(0) for w in words(text)]
    for i, tok in enumerate(tokens):
        if lemma := _lemma(tok):
            if i + 1 < len(tokens) and tok.casefold()[len(lemma):] in {"s", "ens", "ets", "ns", "ts"} and \
                    _lemma(tokens[i + 1]):
                continue  # 'databehandleraftalens bilag 3': the paper is the appendix
            return _numbered(lemma, tokens[i + 1:i + 3]), \
                is_plural(tok) or any(t.casefold() in {"begge", "alle", "de"} for t in tokens)
    if not (subject and last):
        return None
    at = next((i for i, t in enumerate(tokens) if t.casefold() not in _NOT_CONTENT), None)
    if at is not None and tokens[at].casefold() in POINTING_BACK and not _article(tokens, at):
        return last
    # 'Kommunaldirektøren underskriver begge eksemplarer', 'Send det ene eksemplar til X': copies of it
    content = next((t for t in tokens if t.casefold() not in _NOT_CONTENT | POINTING_BACK | _COUNTS), None)
    return last if content is not None and _COPY.fullmatch(content) else None


@lru_cache(maxsize=8192)
def _without_asides(sentence: str, things: frozenset) -> str:
    """The sentence read past the asides that follow a document's name; other brackets stay ('den
    underskriftsberettigede (systemansvarlig for ...)' says who signs)."""
    return _ASIDE.sub(lambda m: m.group(1) + (m.group(2) or "") if _lemma(m.group(1)) else m.group(0),
                      sentence)


@lru_cache(maxsize=8192)  # pure, and exports repeat their sentences from task to task
def _last_document(sentence: str, things: frozenset) -> tuple[str, bool] | None:
    return _first_document(sentence, last=None, subject=False)


def _part_of_paper(left: str) -> bool:
    """'Teksten i blanketten', 'Oplysningerne på fuldmagten': the subject is a part of a paper, no paper."""
    tokens = [w.group(0) for w in words(left)]
    return len(tokens) >= 3 and tokens[0].casefold() not in POINTING_BACK | _NOT_CONTENT and \
        not _lemma(tokens[0]) and tokens[1].casefold() in {"i", "på"} and bool(_lemma(tokens[2]))


def _article(tokens: list[str], i: int) -> bool:
    """'Godkend den endelige indlæsning': 'den' is the article of an adjective and its noun, not a
    pronoun for the paper spoken of before."""
    return i + 2 < len(tokens) and not _pronoun_at(tokens, i) and tokens[i + 1].casefold().endswith("e") \
        and tokens[i + 2].isalpha()


def _numbered(lemma: str, after: list[str]) -> str:
    """'Bilag 1' and 'Bilag 2' are two papers: a number or letter right after the word is its name (not
    in 'aftalen 3 uger før'); `after` holds the two words after the paper's word."""
    if after and _DOC_NUMBER.fullmatch(after[0]) and not (len(after) > 1 and _UNIT_AFTER.match(after[1])):
        return f"{lemma} {after[0]}"
    return lemma


_AND_THEN = re.compile(r"\s*(?:,|\bog\b|\bsamt\b)\s*(?:(?:den|det|de|en|et)\s+)?([\w-]+)", re.I)


def _joined_documents(sentence: str, first: str) -> list[str]:
    """The papers joined to the first one a sentence names ('tilslutningsaftalen og samtykket',
    'blanketten, fuldmagten og bilaget'): each word right after 'og', 'samt' or a comma that is a paper."""
    # ('bilag 1 og tilslutningsaftalen': the first paper read with its number)
    tokens = words(sentence)
    at = next((i for i, w in enumerate(tokens) if _lemma(w.group(0)) == first.split()[0]), None)
    out: list[str] = []
    end = len(sentence) if at is None else tokens[at + (" " in first and at + 1 < len(tokens))].end()
    while (joined := _AND_THEN.match(sentence, end)) and (lemma := _lemma(joined.group(1))):
        end = joined.end()
        # 'tilslutningsaftalen og bilag 1': the joined paper keeps its number too
        after = [w for w in words(sentence[end:end + 30])][:2]
        if (named := _numbered(lemma, [w.group(0) for w in after])) != lemma:
            lemma, end = named, end + after[0].end()
        if lemma != first and lemma not in out:
            out.append(lemma)
    return out


_SIGNED_ADJ = re.compile(r"underskrevne|signerede|godkendte|påtegnede")


def _pronoun_at(tokens: list[str], i: int) -> bool:
    """'Send den retur', 'Scan den og upload den': a pronoun; 'Den tekniske administrator uploader ...': an
    article before the words it goes with."""
    if tokens[i].casefold() not in POINTING_BACK:
        return False
    after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
    return not after or after in STOP_WORDS | {"retur", "tilbage", "videre", "ind", "op", "ud", "igen"} or \
        not after.isalpha() or after in _IMPERATIVES or after.endswith(("es", "er")) or \
        bool(_SIGNED_ADJ.fullmatch(after))  # 'Den sendes til ...', 'Send den underskrevne til KOMBIT'
