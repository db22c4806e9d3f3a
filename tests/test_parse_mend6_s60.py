"""Session 60 mend 6 (texts written for these tests: a museum booking system, a library app): a bare paper
word ('aftalen') signed by one party and, in another step, its compound ('databehandleraftalen') signed by
another party are two papers, each with its own signer and steps; 'aftalerne' are both. Only when the same
party (or nobody named) signs the bare word is it read as the compound. Both export formats."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_TSV = ("*Opgavetitel\t(MUS 1) {title}\n*Projekt\tMuseumsbooking\nBølger\tMuseumsbooking - Bølge 1\n"
        "Mål\tKommunen har en gyldig aftale.\n*Beskrivelse\t{description}\n"
        "Metode og fremgangsmåde\t{method}\nResultat\tOpgaven er løst.\n")


def _tsv(title: str, description: str, steps: list[str]) -> str:
    method = "<ol>" + "".join(f"<li>{i}. {s}</li>" for i, s in enumerate(steps, 1)) + "</ol>"
    return _TSV.format(title=title, description=f"<p>{description}</p>", method=method)


def _md(title: str, description: str, steps: list[str]) -> str:
    method = ('<ol style="list-style-type: none"> '
              + " ".join(f"<li>{i}. {s}</li>" for i, s in enumerate(steps, 1)) + " </ol>")
    return (f"## MUS 1 {title}\n\n**Master-opgave ID** 9431\n\n**Opgavetitel** MUS 1 {title}\n\n"
            "**Projekt** Museumsbooking\n\n**Bølger** Museumsbooking - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n**Metode og fremgangsmåde** {method}\n\n"
            "**Resultat** Opgaven er løst.\n")


def _signed(export, title: str, description: str, steps: list[str]) -> list[tuple]:
    [task] = parse_text(export(title, description, steps))
    return sorted((s.document, s.signer, tuple(s.steps)) for s in task.signatures)


_STEPS = ["Hent aftaleudkastet på KLIK-opgaven", "Få aftalen underskrevet af digitaliseringschefen",
          "Få databehandleraftalen underskrevet af kulturchefen", "Upload aftalerne på KLIK-opgaven"]


@pytest.mark.parametrize("export", [_tsv, _md])
@pytest.mark.parametrize("description", [
    "Aftalen indgås med Bookly ApS. Aftalerne kan underskrives med MitID Erhverv.",
    "Aftalen om brug af Bookly indgås med Bookly ApS og underskrives af digitaliseringschefen. "
    "Databehandleraftalen underskrives alene af kulturchefen.",
])
def test_a_bare_paper_and_its_compound_signed_by_two_parties_are_two_papers(export, description):
    signed = _signed(export, "Aftale om Bookly", description, _STEPS)
    assert ("databehandleraftale", "kulturchefen", (3, 4)) in signed
    [bare] = [s for s in signed if s[0] != "databehandleraftale"]
    assert bare[1] == "digitaliseringschefen" and bare[2] == (2, 4)
    assert "aftale" in bare[0]


@pytest.mark.parametrize("export", [_tsv, _md])
@pytest.mark.parametrize("signer", ["kulturchefen", None])
def test_the_bare_word_signed_by_the_same_party_or_nobody_is_the_compound(export, signer):
    steps = ["Hent aftaleudkastet på KLIK-opgaven",
             f"Få aftalen underskrevet af {signer}" if signer else "Få aftalen underskrevet",
             "Få databehandleraftalen underskrevet af kulturchefen", "Upload aftalerne på KLIK-opgaven"]
    signed = _signed(export, "Databehandleraftale med Bookly",
                     "Aftalerne kan underskrives med MitID Erhverv.", steps)
    assert [s[:2] for s in signed] == [("databehandleraftale", "kulturchefen")]
