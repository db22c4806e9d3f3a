"""A fact list introduced by a whole sentence keeps the sentence's names as written (session 57: the
sentence was lower-cased by str.capitalize, so 'Svend Ollerup Consult' was shown as 'svend ollerup consult')."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASK = """## RMV 1 – Aftale om Regnmålerportalen
**Master-opgave ID** 51201
**Opgavetitel** RMV 1 – Aftale om Regnmålerportalen
**Projekt** Fælles Regnmålere
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –10
**Bølger** Regnmålere – Bølge 1
**Mål** Kommunens regnmålere vises på portalen.
**Beskrivelse** Regnmålerportalen ejes af Svend Ollerup Consult:
- Pris: 640 kr. pr. år
- Garanti: 2 år
- Hosting: Dråbesky Hosting
Aftalen underskrives af direktøren for Teknik og sendes til KOMBIT senest 30 dage før go-live.
**Metode og fremgangsmåde**
1. Læs aftalen
2. Få aftalen underskrevet
"""


def test_a_sentence_before_a_fact_list_keeps_its_names_capitalised():
    kb = KnowledgeBase(parse_text(_TASK, source="regnmaalere.md"))
    result = answer(kb, "hvad står der om regnmålerportalen")
    assert result.found
    assert "Svend Ollerup Consult" in result.answer
    assert "svend ollerup" not in result.answer
