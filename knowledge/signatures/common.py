"""Words, context and the Mention record that the signature readers share."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field

from knowledge.language import document_lemma

_AUX = {"skal", "vil", "må", "bør", "kan", "bedes", "desuden", "derefter", "herefter", "så", "også", "først",
        "nu", "dog", "være", "blive", "er", "bliver", "blevet", "været", "have", "få", "at"}
_ADVERBS = {"derefter", "herefter", "dernæst", "endelig", "også", "først", "dog", "samtidig", "altid",
            "gerne", "selv", "typisk", "normalt", "efterfølgende", "straks", "hurtigst", "muligt", "senere",
            "ligeledes", "derfor", "dermed", "således", "hermed", "nu", "fortsat", "stadig",
            "kun", "blot", "bare", "alene"}  # 'Kommunen skal kun godkende den': the subject is before them
_IF = re.compile(r"\b(?:når|hvis|efter\s+at|så\s+snart|først\s+når|medmindre)\b"
                 r"|\b(?:orienter\w*|informer\w*|besked)\s+om,?\s+at\b", re.I)  # 'orienteres om, at ...'
_IMPERATIVES = {"send", "returnér", "returner", "retursend", "indsend", "aflever", "fremsend", "udsend",
                "upload", "mail", "indberet", "overdrag", "oversend", "lever", "indlever"}


# The things (not papers) the task being read has a named approver approve: {word form: name}
_THINGS: ContextVar[dict[str, str] | None] = ContextVar("approved_things", default=None)
# ... and of those the ones a named signer signs (papers by another name): signed, not approved
_SIGNED: ContextVar[frozenset[str]] = ContextVar("signed_things", default=frozenset())


def _lemma(word: str, *, loose: bool = False) -> str | None:
    """A paper ('blanketten' -> 'blanket') or a thing approved in this task ('regelsættet' -> 'regelsæt')."""
    lemma = document_lemma(word, loose=True) if loose else document_lemma(word)  # one cache key per call form
    if lemma is None and (things := _THINGS.get()):
        return things.get(word.casefold().strip(".'’"))
    return lemma


@dataclass
class Mention:
    """One sentence about a document: signed or approved there (`signing`), or only received or
    sent there (which counts for a document signed somewhere else in the task)."""

    order: int  # position in the task's texts: method steps first
    document: str
    plural: bool
    step: int | None
    signing: bool
    signer: str | None = None
    # (rank: 0 sent back to, 1 sent to, 2 came from, 3 the other party; an e-mail address?, name)
    recipient: tuple[int, bool, str] | None = None
    # what doing this step does to the document: "receive", "sign" (signs or approves it), "return"
    # (sends it back signed: 'Returnér den underskrevne aftale') or "send" (sends it on)
    act: str | None = None
    returns: bool = False  # the step also sends it on: 'Aftalen underskrives af X og sendes til KOMBIT'
    handed_to: str | None = None  # 'Forelæg aftalen for direktøren': who the step hands it to
    receives: bool = False  # a step that signs it receives it too: 'Modtag aftalen og få den underskrevet'
    spans: list[str] = field(default_factory=list)
    # 'når aftalen er godkendt af Digitaliseringsstyrelsen': a condition on a paper signed elsewhere
    condition: bool = False
    # signed only as the second of a pair ('Aftalen og bilaget underskrives af X'): what the task says of
    # that paper on its own comes first
    joined: bool = False
    # 'Kommunens NemLog-in-administrator opretter en fuldmagt til KOMBIT': who makes a power of attorney for
    # a party (made_by), and the step that makes it (made_in): giving it, when nobody else signs it
    made_by: str | None = None
    made_in: int | None = None
    # 'Kontrollér, at aftalen står som underskrevet': a step that checks the paper is signed, not one that
    # signs it
    checks: bool = False


def _things_key() -> frozenset[tuple[str, str]]:
    """The cache key part of what the cached readers below see: the task's approved things."""
    things = _THINGS.get()
    return frozenset(things.items()) if things else frozenset()
