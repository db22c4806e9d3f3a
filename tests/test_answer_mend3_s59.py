# ruff: noqa: E501
"""Mends of session 59's retrieval and english rules (part 3), on reviewer B's tasks: a clock question's
start/end verb frames only an event's time ('hvad tid lukker hovedbiblioteket?' is not the Læsefest's
span); the bare 'emnet' is a topic, not the mail's subject field; a quoted value before 'i <noun>' says
which subject field only; an object pronoun agrees in number with what it stands for ('den' is no
'vejviserne'); a deletion line says how long data are kept only when it counts from a moment."""

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = {
    "læsefest": """## LÆS 1 – Læsefesten
**Master-opgave ID** 55101
**Opgavetitel** LÆS 1 – Læsefesten
**Projekt** Fælles Biblioteker
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Bib – Bølge 1
**Beskrivelse** Hovedbiblioteket holder en Læsefest den 4. maj kl. 14-17 for børn i salen. Tilmeldingen sker i Bibliotekskortet. Caféen i hallen sælger kage.
**Anbefalet udfører** Bibliotekaren
""",
    "billetsalg": """## LÆS 1 – Tilmelding til Læsefesten
**Master-opgave ID** 66101
**Opgavetitel** LÆS 1 – Tilmelding til Læsefesten
**Projekt** Fælles Biblioteker
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Bib – Bølge 1
**Beskrivelse** Biblioteket holder en Læsefest den 4. maj kl. 14-17 for børn. Tilmeldingen sker i Bibliotekskortet. Billetsalget åbner i april.
**Anbefalet udfører** Bibliotekaren
## LÆS 2 – Havedagen
**Master-opgave ID** 66102
**Opgavetitel** LÆS 2 – Havedagen
**Projekt** Fælles Biblioteker
**Fase** Fase 2 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 10
**Startdato (fra Slutdato)** –5
**Bølger** Bib – Bølge 1
**Beskrivelse** Kommunen kan holde Havedagen søndag den 7. juni kl. 10-14 i bibliotekshaven. Vindagen er fredag den 5. juni kl. 18-22 i kælderen.
**Anbefalet udfører** Bibliotekaren
## LÆS 3 – Billetsalg til Koncerten
**Master-opgave ID** 66103
**Opgavetitel** LÆS 3 – Billetsalg til Koncerten
**Projekt** Fælles Biblioteker
**Fase** Fase 2 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 10
**Startdato (fra Slutdato)** –5
**Bølger** Bib – Bølge 1
**Beskrivelse** Biblioteket afholder en Koncert fredag den 19. juni kl. 19-22 i salen. Billetterne sælges i Bibliotekskortet.
**Anbefalet udfører** Bibliotekaren
""",
    "havnefest": """## HVN 1 – Havnefesten
**Master-opgave ID** 99101
**Opgavetitel** HVN 1 – Havnefesten
**Projekt** Fælles Havne
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Havn – Bølge 1
**Beskrivelse** Skriv "Havnefest – tilmelding" i emnefeltet, når I tilmelder jer havnefesten.

Sejlene på skibene skiftes af Riggerne ApS. Løbene på kajen tilmeldes hos Sportsklubben. Borgene ved fjorden åbnes af Slotsstyrelsen. Bannerne hænges op af Tryk & Skilt A/S. Planerne for festen godkendes af havneudvalget. Vejskiltene sættes op af Vejafdelingen.

Kajplanen sendes til Havneservice senest 3 uger før go-live. Havneservice lægger den ind i Havnekortet inden for 4 dage. Pladsfordelingen sendes til Kajmester ApS senest 2 uger før go-live. Kajmester ApS offentliggør den på hjemmesiden.
**Anbefalet udfører** Havnefogeden
""",
    "padle": """## PDL 1 – Tilslutning til Padleportalen
**Master-opgave ID** 77101
**Opgavetitel** PDL 1 – Tilslutning til Padleportalen
**Projekt** Fælles Kajakudlejning
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Kajak – Bølge 1
**Beskrivelse** Padleportalen er en fælles app, hvor borgerne lejer en kajak. Udfyld tilmeldingsskemaet, og send kvitteringen til KOMBIT senest 7 uger før go-live. Modtages aftalen for sent, kan kommunen ikke gå i drift. KOMBIT bekræfter modtagelsen inden for 5 arbejdsdage.

Spørgsmål til aftalen: Lise Holm, KOMBIT, lh@kombit.dk

Skriv "Padle – tilslutning" i emnefeltet, når I sender skemaet.
**Anbefalet udfører** Havnefogeden
## PDL 2 – Kajakoversigten
**Master-opgave ID** 77102
**Opgavetitel** PDL 2 – Kajakoversigten
**Projekt** Fælles Kajakudlejning
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 8
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –10
**Bølger** Kajak – Bølge 1
**Beskrivelse** Kommunen laver en oversigt over sine kajakker og stierne ned til vandet.

- Redningsveste: 2 pr. kajak
- Sletning af testdata: 14 dage før go-live

Kajakoversigten godkendes af lederen af Havn og Fritid og sendes til Padle ApS senest 3 uger før go-live. Padle ApS lægger den ind i Padleportalen inden for 4 arbejdsdage efter modtagelsen.

Stierne vedligeholdes af Vejafdelingen. Fiskene i havnen tælles af Naturstyrelsen hvert år.

Spillene på stranden registreres af Klubhuset ApS.
**Anbefalet udfører** Havnefogeden
## PDL 3 – Padledagen (valgfri)
**Master-opgave ID** 77104
**Opgavetitel** PDL 3 – Padledagen (valgfri)
**Projekt** Fælles Kajakudlejning
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 14
**Startdato (fra Slutdato)** –7
**Bølger** Kajak – Bølge 1
**Beskrivelse** Kommunen kan holde en Padledag lørdag den 12. juni 2032 kl. 11-15 ved Havnevej 3. Tilmeldingen til Padledagen lukker kl. 12 dagen før. Opstillingen af teltene starter kl. 8. Emnet for Padledagen er havmiljø. Der er plads til 40 tilskuere på molen.
**Anbefalet udfører** Havnefogeden
""",
    "park": """## GRØ 1 – Grønne arealer
**Master-opgave ID** 14101
**Opgavetitel** GRØ 1 – Grønne arealer
**Projekt** Fælles Parker
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Park – Bølge 1
**Beskrivelse** Kommunen registrerer sine parker i Parkportalen. Sæt kryds ved "Offentlig" i skemaet for hver park. Skriv "Ja" i feltet, hvis parken har toiletter.
**Anbefalet udfører** Parkforvalteren
""",
    "skilte": """## SKL 1 – Skiltning
**Master-opgave ID** 11101
**Opgavetitel** SKL 1 – Skiltning
**Projekt** Fælles Vandrestier
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Sti – Bølge 1
**Beskrivelse** Vejviserne bestilles hos Tryk A/S sammen med en plakat senest 6 uger før go-live. Borgerservice hænger den op i foyeren inden for 3 dage efter modtagelsen.

Rutekortet sendes til Naturstyrelsen. Naturstyrelsen vurderer det i hvert enkelt tilfælde.
**Anbefalet udfører** Stikoordinatoren
""",
    "cykel": """## CYK 1 – Cykelparkeringen
**Master-opgave ID** 33101
**Opgavetitel** CYK 1 – Cykelparkeringen
**Projekt** Fælles Cykelparkering
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Cykel – Bølge 1
**Beskrivelse** Kommunen registrerer sine cykelstativer i Cykelkortet. Når en plads er markeret grøn i Cykelkortet, er den ledig.

Tidsforbrug for kommunen:

- Oprettelse af brugere: 2 dage
- Sletning af data: 3 dage

Stativlisten sendes til KOMBIT og til Stelværk A/S senest 4 uger før go-live. Stelværk A/S opsætter dem inden for 10 dage.

Spørgsmål til aftalen: Lise Holm, KOMBIT, lh@kombit.dk

Borgerne kan låne en cykelpumpe på rådhuset. Rådhuset lukker den 1. juli for sommerferie.

Bag cykelskuret står affaldscontainerne. Projektet er drevet af Teknik og Miljø.
**Anbefalet udfører** Trafikplanlæggeren
""",
}


@cache
def _kb(name: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(TASKS[name])])


@pytest.mark.parametrize(("name", "question", "wrong"), [
    # 1. the Læsefest's span says not when the library, the sign-up, the ticket sale or the café open or close
    ("læsefest", "hvad tid lukker hovedbiblioteket?", "kl. 14-17"),
    ("læsefest", "hvad tid lukker tilmeldingen til læsefesten?", "kl. 14-17"),
    ("læsefest", "hvad tid åbner caféen på læsefesten?", "kl. 14-17"),
    ("billetsalg", "hvad tid åbner billetsalget til koncerten?", "kl. 19-22"),
    # 2. 'emnet' of a topic is no subject field
    ("havnefest", "hvad er emnet for havnefesten?", "emnefeltet"),
    # 3. 'Sæt kryds ved "Offentlig" i skemaet' says what goes in the form, not which form
    ("park", "hvilket skema skal udfyldes for hver park?", "Offentlig"),
    # 4. 'den' stands for the poster, not 'vejviserne'
    ("skilte", "hvor hænges vejviserne op?", "foyeren"),
    ("skilte", "hvem hænger vejviserne op?", "Borgerservice"),
    ("skilte", "hvornår skal vejviserne hænges op?", "3 dage"),
    # 5. 'Sletning af data: 3 dage' under 'Tidsforbrug for kommunen:' is the effort, not how long data are kept
    ("cykel", "hvor længe gemmes data?", "3 dage"),
])
def test_no_confident_wrong_answer(name, question, wrong):
    got = answer(_kb(name), question)
    assert not got.found or wrong not in got.answer, got.answer


@pytest.mark.parametrize(("name", "question", "expected"), [
    # 1. the event's own start and end stay framed by its span
    ("læsefest", "hvad tid starter læsefesten?", "kl. 14-17"),
    ("læsefest", "hvad tid slutter læsefesten?", "kl. 14-17"),
    # 2. the topic, and the subject field, each keep their own answer
    ("padle", "hvad er emnet for padledagen?", "havmiljø"),
    ("padle", "hvad skal der stå i emnefeltet?", "Padle – tilslutning"),
])
def test_the_right_answer_stays(name, question, expected):
    got = answer(_kb(name), question)
    assert got.found and expected in got.answer, got.answer
