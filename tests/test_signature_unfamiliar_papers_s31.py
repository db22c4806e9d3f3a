"""Papers no word list names are found by what is done to them: whatever a named party signs with any
verb of signing ('påtegnes', 'attesteres', 'kontrasigneres', 'tiltrædes ... ved underskrift', 'forsynes med
X's underskrift', 'X sætter sin underskrift på') is a paper; a short word for it ('Programmet', 'Skrivelsen')
is the one compound the task names ('prøvetagningsprogram', 'hensigtsskrivelse'); its name is its singular
('kommissoriet' -> 'kommissorium', 'vedtægterne' -> 'vedtægt'); and the step it arrives in names no
recipient ('Skrivelsen tilgår musikskolen'), nor
does a website it is published on."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

TASK = """## X 1 (Aftaler) Prøve

**Master-opgave ID** 9999

**Opgavetitel** X 1 (Aftaler) Prøve

**Projekt** KY

**Bølger** KY - Bølge 1

**Mål** Noget er på plads.

**Beskrivelse** {description}

**Metode og fremgangsmåde** {steps}

**Resultat** Færdig.
"""
# (description, method steps, (document, signer, recipient, received_step, signed_step, returned_step))
CASES = [
    ("Regionen sender en hensigtsskrivelse. Skrivelsen tiltrædes af skolechefen ved underskrift og sendes "
     "tilbage til regionen.",
     ["Hensigtsskrivelsen tilgår skoleafdelingen pr. mail",
      "Skolechefen tiltræder skrivelsen ved sin underskrift",
      "Send skrivelsen tilbage til regionen"],
     ("hensigtsskrivelse", "skolechefen", "regionen", 1, 2, 3)),
    ("Laboratoriet udarbejder et analyseprogram. Programmet skal påtegnes af miljøchefen og returneres til "
     "laboratoriet.",
     ["Programmet kommer fra laboratoriet", "Miljøchefen påtegner programmet",
      "Returnér programmet til laboratoriet"],
     ("analyseprogram", "miljøchefen", "laboratoriet", 1, 2, 3)),
    ("Stormflodsprofilerne opdateres. Profilerne skal attesteres af beredskabschefen.",
     ["Opdatér stormflodsprofilerne", "Beredskabschefen attesterer profilerne"],
     # (the previous sentence's subject, carried on as the next one's, is the compound: s33)
     ("stormflodsprofil", "beredskabschefen", None, None, 2, None)),
    ("Lejeoverenskomsten skal forsynes med idrætschefens underskrift og sendes til Idrætshuset.",
     ["Lejeoverenskomsten modtages fra Idrætshuset", "Idrætschefen sætter sin underskrift på overenskomsten",
      "Send overenskomsten til Idrætshuset"],
     ("lejeoverenskomst", "idrætschefen", "Idrætshuset", 1, 2, 3)),
    ("Kommissoriet skal godkendes af teknisk direktør og sendes tilbage til KOMBIT.",
     ["Kommissoriet modtages fra KOMBIT", "Teknisk direktør godkender kommissoriet",
      "Send kommissoriet tilbage til KOMBIT"],
     ("kommissorium", "teknisk direktør", "KOMBIT", 1, 2, 3)),
    ("Foreningens vedtægter revideres. Vedtægterne underskrives af formanden og kassereren i fællesskab. De "
     "underskrevne vedtægter lægges på foreningens hjemmeside.",
     ["Udarbejd de reviderede vedtægter", "Formanden og kassereren skriver under på vedtægterne"],
     ("vedtægt", "formanden og kassereren", None, None, 2, None)),
]


@pytest.mark.parametrize(("description", "steps", "expected"), CASES)
def test_a_paper_with_an_unfamiliar_name(description, steps, expected):
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    assert [(s.document, s.signer, s.recipient, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures] == [expected]
