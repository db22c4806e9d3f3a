"""Who gets a signed paper, said in more ways (issue 8, `recipient`): the party put first ('Til KOMBIT skal
kommunen sende ...'), a signer who returns it himself ('Direktøren underskriver og returnerer aftalen til
KOMBIT'), a party after a system ('uploades i KLIK til KOMBIT'), a paper addressed to a party
('Erklæringen til Udbetaling Danmark'), 'mellem kommunen og X' up to the verb, a system it is deposited
in ('Indsend ... via KLIK'), a relative clause ('en aftale, som skal underskrives af X'); and no recipient
where only the way it goes or another paper is sent ('returneres via Digital Post', 'sendes en kvittering
til leverandøren')."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str, steps: list[str] = ()):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(task)]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Til KOMBIT skal kommunen sende den underskrevne fuldmagt.",
     ["Få fuldmagten underskrevet af borgmesteren"], ("fuldmagt", "borgmesteren", "KOMBIT")),
    ("Send aftalen til direktøren. Direktøren underskriver og returnerer aftalen til KOMBIT.", [],
     ("aftale", "direktøren", "KOMBIT")),
    ("Den underskrevne aftale uploades i KLIK til KOMBIT.", ["Underskriv aftalen (direktøren)"],
     ("aftale", "direktøren", "KOMBIT")),
    ("Erklæringen til Udbetaling Danmark underskrives af ydelseschefen.", [],
     ("erklæring", "ydelseschefen", "Udbetaling Danmark")),
    ("Databehandleraftalen mellem kommunen og KOMBIT underskrives af kommunaldirektøren.", [],
     ("databehandleraftale", "kommunaldirektøren", "KOMBIT")),
    ("Erklæringen underskrives af direktøren.", ["Hent erklæringen", "Få erklæringen underskrevet",
                                                  "Indsend erklæringen via KLIK"],
     ("erklæring", "direktøren", "KLIK")),
    ("Leverandøren sender en ordrebekræftelse, som skal underskrives af it-chefen og returneres.", [],
     ("ordrebekræftelse", "it-chefen", "leverandøren")),
    ("Aftalen underskrives digitalt af direktøren, hvorefter KOMBIT automatisk modtager den.", [],
     ("aftale", "direktøren", "KOMBIT")),
    ("Blanketten underskrives af it-chefen og mailes til leverandørens projektleder.", [],
     ("blanket", "it-chefen", "leverandøren")),  # a person at a party is the party (golden_sets/dev3)
    ("Serviceaftalen godkendes af systemejeren. Når aftalen er godkendt, sendes en kvittering til "
     "leverandøren.", [], ("serviceaftale", "systemejeren", None)),
    ("Aftalen underskrives af direktøren.", ["Modtag aftalen", "Underskriv aftalen",
                                             "Aftalen returneres via Digital Post"],
     ("aftale", "direktøren", None)),
    ("Aftalen underskrives af direktøren og gemmes i ESDH.", [], ("aftale", "direktøren", None)),
])
def test_who_gets_the_signed_paper(description, steps, expected):
    assert _sigs(description, steps) == [expected]


@pytest.mark.parametrize(("description", "expected"), [
    ("Aftalen skal medunderskrives af kommunaldirektøren.", ("aftale", "kommunaldirektøren", None)),
    ("Aftalen skal kontrasigneres af borgmesteren.", ("aftale", "borgmesteren", None)),
    ("Testplanen skal forhåndsgodkendes af fagchefen.", ("testplan", "fagchefen", None)),
    ("Erklæringen skal attesteres af revisor.", ("erklæring", "revisor", None)),
])
def test_a_signing_verb_with_a_prefix_or_attested(description, expected):
    assert _sigs(description) == [expected]


def test_a_word_that_only_contains_a_signing_verb_is_none():
    assert _sigs("Leverandøren designer skabelonen, og kommunen beskriver processen.") == []
