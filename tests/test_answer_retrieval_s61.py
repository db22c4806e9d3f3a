# ruff: noqa: E501
"""Passages the question's words did not reach (s61), on tasks written here: how many may take part in or come
to an occasion is the room it gives ('hvor mange borgere kan deltage på Padledagen?' - 'Der er plads til 60
borgere'; 'hvor mange kan komme med på Rodagen?' - 'Der er plads til 140 besøgende'), though the sentence
writes neither the verb nor, for a light verb, the occasion's name. Controls: the helpers counted beside the
room, people an occasion gives no room to, and a count of all the municipality's citizens."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _found(kb, question: str, expected: str, source: str) -> None:
    """The question is answered with the expected words, from the source task."""
    got = answer(kb, question)
    assert got.found and expected in got.answer and source in got.sources, got.answer


def _not_claimed(kb, question: str, wrong: str = "") -> None:
    """The question is not answered with the wrong words (with none: not answered at all)."""
    got = answer(kb, question)
    assert not (got.found and wrong in got.answer), got.answer


KAYAKS = """## KAJK 4 – Padledagen (valgfri)

**Master-opgave ID** 7704

**Opgavetitel** KAJK 4 – Padledagen (valgfri)

**Projekt** Fælles Kajakhavn

**Prioritet** Valgfri

**Mål** Borgerne kan prøve en havkajak på Padledagen.

**Beskrivelse** Padledagen holdes lørdag den 9. maj 2032 kl. 10-15 ved Bølgehuset i Roskær. Der er plads til 60 borgere, og 9 frivillige hjælper til. Dagen oprettes i Kajakbogen senest 6 dage før go-live.

**Resultat** Padledagen er holdt.

## KAJK 5 – Rodagen (valgfri)

**Master-opgave ID** 7705

**Opgavetitel** KAJK 5 – Rodagen (valgfri)

**Projekt** Fælles Kajakhavn

**Prioritet** Valgfri

**Mål** Borgerne kan komme med på en gratis rotur på Rodagen.

**Beskrivelse** Rodagen holdes søndag den 7. juni 2032 kl. 11-16 ved Det Gamle Bådeværft, Værftsvej 2, 4873 Åby. Den tidligere roer Lis Åregaard fortæller om kapronning. Der er plads til 140 besøgende, og højst 12 pr. båd.

**Resultat** Rodagen er holdt.

## KAJK 6 – Havnedagen (valgfri)

**Master-opgave ID** 7706

**Opgavetitel** KAJK 6 – Havnedagen (valgfri)

**Projekt** Fælles Kajakhavn

**Prioritet** Valgfri

**Mål** Kommunens 38.000 borgere kender den nye kajakhavn.

**Beskrivelse** Havnedagen holdes fredag den 19. juni 2032 kl. 15-19 ved havnen. Borgerne kan komme med på en gratis havnerundfart. 5 medarbejdere fra havnekontoret viser rundt.

**Metode og fremgangsmåde**
1. Beslut om kommunen deltager
2. Fortæl om dagen på kommunens hjemmeside

**Resultat** Havnedagen er holdt.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(KAYAKS))


@pytest.mark.parametrize("question, expected, source", [
    ("Hvor mange borgere kan deltage på Padledagen?", "60", "7704"),
    ("hvor mange borgere kan deltage i padledagen", "60", "7704"),
    ("hvor mange kan komme med på Rodagen i alt", "140", "7705"),
    ("Hvor mange kan deltage i Rodagen?", "140", "7705"),
    # (a control: the room asked by its own words, as before)
    ("Hvor mange borgere er der plads til på Padledagen?", "60", "7704"),
    # (a control: the helpers counted beside the room keep their own count)
    ("Hvor mange frivillige hjælper på Padledagen?", "9", "7704"),
])
def test_taking_part_is_said_by_the_room(kb, question, expected, source):
    _found(kb, question, expected, source)


@pytest.mark.parametrize("question, wrong", [
    # Havnedagen gives no room: all the municipality's citizens, or the staff showing round, are no room
    ("Hvor mange borgere kan deltage på Havnedagen?", "38.000"),
    ("hvor mange kan komme med på Havnedagen", "5 medarbejdere"),
])
def test_no_room_no_count(kb, question, wrong):
    _not_claimed(kb, question, wrong)


COMPASS = """## ORIE 01 – Adgang til Kompasbogen

**Master-opgave ID** 7801

**Opgavetitel** ORIE 01 – Adgang til Kompasbogen

**Projekt** Fælles Orientering

**Prioritet** Obligatorisk

**Mål** Kommunens orienteringsklubber kan hente kort og melde poster i Kompasbogen.

**Beskrivelse** Kompasbogen er appen, hvor klubberne henter kort og melder manglende poster. Kommunen skal indgå aftalen “Adgang til Kompasbogen” med KOMBIT.
- Udvikler: Nordpil Data
- Drift: Skovsti Hosting
- Pris: 940 kr. pr. måned

Aftalen underskrives af direktøren for Natur og Fritid og sendes til KOMBIT senest 5 uger før go-live.

Kontakt: Lone Nordvang, KOMBIT, tlf. 5521 8830.

**Metode og fremgangsmåde**
1. Læs aftalen “Adgang til Kompasbogen”
2. Send aftalen til KOMBIT

## ORIE 02 – Postlisten

**Master-opgave ID** 7802

**Opgavetitel** ORIE 02 – Postlisten

**Projekt** Fælles Orientering

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen laver en liste over alle faste poster i skovene og sender den til Kortfabrikken. Emnet på mailen skal være “Postlisten Orientering”.

Kontakt: Per Sydhøj, Kortfabrikken, per@kortfabrikken.dk

## ORIE 03 – Kortlisten

**Master-opgave ID** 7803

**Opgavetitel** ORIE 03 – Kortlisten

**Projekt** Fælles Orientering

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen laver en kortliste over alle orienteringskort. Kortlisten godkendes af chefen for Skov og Spor, der sender den til Nordpil Data senest 3 uger før go-live. Nordpil Data lægger kortene ind i Kompasbogen inden for 5 arbejdsdage.
"""


@pytest.fixture(scope="module")
def compass():
    return KnowledgeBase.from_tasks(parse_text(COMPASS))


@pytest.mark.parametrize("question, expected", [
    ("Hvem er kontaktperson for Kompasbogen-aftalen?", "Lone Nordvang"),
    ("hvad er telefonnummeret til kontaktpersonen på kompasbogen-aftalen", "5521 8830"),
    ("hvem er kontaktperson for aftalen om Kompasbogen", "Lone Nordvang"),
    # (a control: the title's own words, as before)
    ("Hvem er kontaktperson for Kompasbogen?", "Lone Nordvang"),
])
def test_a_paper_named_by_the_title_is_the_titles_thing(compass, question, expected):
    # the text calls the title's thing 'aftalen “Adgang til Kompasbogen”': the agreement is the task's
    _found(compass, question, expected, "7801")


def test_a_quote_after_no_paper_names_no_kind(compass):
    # 'Emnet ... “Postlisten Orientering”' makes no agreement of Postlisten: its contact is not the agreement's
    _not_claimed(compass, "Hvem er kontaktperson for Postlisten-aftalen?", "Per Sydhøj")


@pytest.mark.parametrize("question, expected, source", [
    ("hvem skal jeg skrive til om Kompasbogen", "Lone Nordvang", "7801"),
    ("hvem skriver man til om postlisten", "Per Sydhøj", "7802"),
    ("Hvem kan vi skrive til om Postlisten?", "Per Sydhøj", "7802"),
    # (a control: the asker's other verbs of turning to someone, as before)
    ("hvem skal jeg ringe til om Kompasbogen", "Lone Nordvang", "7801"),
    # (controls: who writes, not whom the asker writes to: no contact line answers it)
    ("hvem skal skrive postlisten?", None, "7802"),
    ("hvem skal skrive til Kortfabrikken om postlisten?", None, "7802"),
])
def test_whom_the_asker_writes_to_is_the_contact(compass, question, expected, source):
    if expected is None:
        _not_claimed(compass, question, "Per Sydhøj")
    else:
        _found(compass, question, expected, source)


@pytest.mark.parametrize("question", [
    "Hvem sender kortlisten til leverandøren?",
    "hvornår skal kortlisten sendes til leverandøren",
])
def test_the_supplier_is_the_firm_labelled_so(compass, question):
    # 'Udvikler: Nordpil Data' in the project's agreement makes Nordpil Data 'leverandøren'
    _found(compass, question, "chefen for Skov og Spor", "7803")


def test_a_firm_labelled_nothing_is_no_supplier(compass):
    # Kortfabrikken is labelled no supplier: sending Postlisten there says nothing of 'leverandøren'
    _not_claimed(compass, "Hvem sender postlisten til leverandøren?", "Kortfabrikken")


@pytest.mark.parametrize("question", ["Hvilket firma driver Kompasbogen?", "hvem står for driften af Kompasbogen"])
def test_who_operates_is_not_the_developer(compass, question):
    # the glossary reads 'driver' as a supplier's word, but the firm that operates is labelled 'Drift'
    _not_claimed(compass, question, "Nordpil")


HARBOUR = """## HAVN 2 – Havnereglerne

**Master-opgave ID** 7902

**Opgavetitel** HAVN 2 – Havnereglerne

**Projekt** Fælles Lystbådehavn

**Prioritet** Obligatorisk

**Mål** Der gælder de samme havneregler i alle kommunens lystbådehavne.

**Beskrivelse** Kommunen vedtager havnereglerne for lystbådehavnene. Reglerne siger blandt andet:

1. Både må højst sejle 3 knob inde i havnen.
2. Grill er ikke tilladt på flydebroerne.
3. Kun havnefogeden må flytte en båd uden ejerens samtykke.

Havnereglerne vedtages af teknik- og miljøudvalget og sendes til Bådeby Data senest 4 uger før go-live.

**Resultat** Havnereglerne ligger i Bådebogen.

## HAVN 3 – Grillpladsen

**Master-opgave ID** 7903

**Opgavetitel** HAVN 3 – Grillpladsen

**Projekt** Fælles Lystbådehavn

**Prioritet** Valgfri

**Beskrivelse** Kommunen indretter en grillplads ved havnekontoret. Pladsen skal have:

1. To faste grill
2. Et bord med plads til 12 personer
"""


@pytest.fixture(scope="module")
def harbour():
    return KnowledgeBase.from_tasks(parse_text(HARBOUR))


@pytest.mark.parametrize("question, expected", [
    ("hvad står der i havnereglerne om grill", "flydebroerne"),
    ("hvad står der i havnereglerne om havnefogeden", "Kun havnefogeden"),
    # (a control: the grill place's list, 'Pladsen skal have: To faste grill', is no rule of the harbour)
    ("hvad står der i havnereglerne om fiskeri", None),
])
def test_an_intros_head_refers_back_for_its_items(harbour, question, expected):
    # 'Reglerne siger blandt andet:' after '... havnereglerne ...' says 'havnereglerne' of the items below it
    if expected is None:
        _not_claimed(harbour, question)
    else:
        _found(harbour, question, expected, "7902")
