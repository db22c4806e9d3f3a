"""Confident wrong answers (session 26): a role written with elided modifiers ('Kultur- og
fritidschef') is one party, not the shorter role its head spells ('fritidschef'), in lists by
responsible, executor and signer, both ways."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
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
