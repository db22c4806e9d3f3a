"""Confident wrong answers (session 26): a role written with elided modifiers ('Kultur- og
fritidschef') is one party, not the shorter role its head spells ('fritidschef'), in lists by
responsible, executor and signer, both ways."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate
from knowledge.qa.pipeline import answer
from knowledge.qa.shortfalls import _joined_otherwise
from knowledge.roles import elided_heads, names_whole


def _task(ident: int, responsible: str, text: str) -> str:
    return (f"## HB {ident}\n\n**Master-opgave ID** {ident}\n\n"
            f"**Opgavetitel** HB (Havnebad) opgave {ident}\n\n"
            f"**Projekt** Havnebad\n\n**Prioritet** Obligatorisk\n\n**Slutdato (fra Go-Live)** -30\n\n"
            f"**Beskrivelse** {text}\n\n**Metode og fremgangsmåde** 1. Gør det\n\n"
            f"**Anbefalet udfører** Badeassistent\n\n**Anbefalet ansvarlig** {responsible}\n\n")


EXPORT = (_task(9101, "Idræts- og badechef", "Lejeaftalen underskrives af idræts- og badechefen.")
          + _task(9102, "Badechef", "Vagtplanen underskrives af badechefen.")
          + _task(9103, "Badechef", "Skiltene sættes op ved broen."))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="honest-s26"))


def test_elided_heads_read_the_modifiers_the_head_is_shared_with():
    (head, mods), = elided_heads("Park-, vej- og naturchef")
    assert len(mods) == 2 and head not in mods
    assert not elided_heads("Badechef og vagtleder")  # no elision: two roles


def test_names_whole_needs_the_elided_modifiers():
    (head, mods), = elided_heads("Idræts- og badechef")
    assert not names_whole("Idræts- og badechef", {head})
    assert names_whole("Idræts- og badechef", {head, *mods})
    assert names_whole("Badechef", {head})


def test_the_shorter_role_is_not_the_coordinated_one(kb):
    got = answer(kb, "hvilke opgaver er badechefen ansvarlig for?")
    assert got.found and set(got.sources) == {"9102", "9103"}, got.answer


def test_the_coordinated_role_is_not_the_shorter_one(kb):
    got = answer(kb, "hvilke opgaver er idræts- og badechefen ansvarlig for?")
    assert got.found and set(got.sources) == {"9101"}, got.answer


def test_signer_lists_keep_the_roles_apart(kb):
    got = answer(kb, "hvilke opgaver skal badechefen underskrive?")
    assert got.found and set(got.sources) == {"9102"}, got.answer


# Values of another thing than the one asked: a magnitude per another basis, a thing joined to another
# party, a supplier's verb done to another thing in a sentence that also names the asked one.
OTHER = (
    "## HB 9201\n\n**Master-opgave ID** 9201\n\n**Opgavetitel** HB (Havnebad) Aftale om Badevagt\n\n"
    "**Projekt** Havnebad\n\n**Prioritet** Obligatorisk\n\n**Slutdato (fra Go-Live)** -30\n\n"
    "**Beskrivelse** Livredderne planlægger vagterne i Badevagt, som leveres af Kystdata ApS. "
    "Skiltningen leveres af Skiltefabrikken A/S og kobles til Badevagt.\n\n"
    "Klubberne får et tilskud på 40 kr. pr. badegæst.\n\n"
    "**Metode og fremgangsmåde** 1. Gør det\n\n"
    "## HB 9202\n\n**Master-opgave ID** 9202\n\n**Opgavetitel** HB (Havnebad) Åbn havnebadet\n\n"
    "**Projekt** Havnebad\n\n**Prioritet** Obligatorisk\n\n**Slutdato (fra Go-Live)** 0\n\n"
    "**Beskrivelse** Havnebadet åbner 1. juni. Klager fra badegæster besvares af Kultursekretariatet.\n\n"
    "**Metode og fremgangsmåde** 1. Åbn badet\n\n")


@pytest.fixture(scope="module")
def other() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(OTHER, source="honest-s26-other"))


def test_a_size_per_another_basis_is_not_the_answer(other):
    assert not answer(other, "Hvor stort er tilskuddet pr. klub?").found
    got = answer(other, "Hvor stort er tilskuddet pr. badegæst?")
    assert got.found and "40 kr" in got.answer, got.answer


def test_a_thing_joined_to_another_party_is_not_the_answer(other):
    index = index_for(other)
    text = "Klager fra badegæster besvares af Kultursekretariatet."
    said = Candidate(kind="passage", text=text, tasks=[1], explained=set())
    titled = Candidate(kind="passage", text=text, tasks=[0], explained=set())  # (9201's title names Badevagt)
    assert not _joined_otherwise(index, analyse(index, "Hvem besvarer klager fra Badevagt?"), titled)
    assert _joined_otherwise(index, analyse(index, "Hvem besvarer klager fra klubberne?"), said)
    assert not _joined_otherwise(index, analyse(index, "Hvem besvarer klager fra badegæsterne?"), said)
    got = answer(other, "Hvem besvarer klager fra badegæsterne?")
    assert got.found and "Kultursekretariatet" in got.answer, got.answer


def test_a_supplier_of_another_thing_is_not_the_supplier_asked(other):
    got = answer(other, "Hvem leverer Badevagt?")
    assert got.found and "Kystdata" in got.answer and "Skiltefabrikken" not in got.answer, got.answer


PAPERS = (
    "## HB 9301\n\n**Master-opgave ID** 9301\n\n**Opgavetitel** HB (Havnebad) Indgå aftale om Badevagt\n\n"
    "**Projekt** Havnebad\n\n**Prioritet** Obligatorisk\n\n**Slutdato (fra Go-Live)** -30\n\n"
    "**Beskrivelse** Aftalen underskrives af idrætschefen. "
    "Databehandleraftalen underskrives af databeskyttelsesrådgiveren.\n\n"
    "**Metode og fremgangsmåde** 1. Få aftalen underskrevet af idrætschefen\n"
    "2. Få databehandleraftalen underskrevet af databeskyttelsesrådgiveren\n\n")


def test_a_generic_paper_signed_by_another_beside_its_compound_is_a_paper_of_its_own():
    (task,) = parse_text(PAPERS, source="honest-s26-papers")
    signed = {(s.document, s.signer) for s in task.signatures}
    assert signed == {("aftale", "idrætschefen"), ("databehandleraftale", "databeskyttelsesrådgiveren")}
    kb = KnowledgeBase.from_tasks([task])
    got = answer(kb, "Hvem underskriver databehandleraftalen?")
    assert got.found and "databeskyttelsesrådgiver" in got.answer, got.answer
    assert "idrætschef" not in got.answer, got.answer
