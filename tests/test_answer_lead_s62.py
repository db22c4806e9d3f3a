# ruff: noqa: E501
"""The lead's mends of the forty-eighth session's merge, on tasks written here: an English value question's
word that the asker typed right after a determiner ('what does the hamster app cost?') names the thing
asked of; no task saying it, the price of another app is no answer. Review A's mends: a loan asked after
a date no sentence bounds is no Ja from the start sentence; 'hvor længe må vi have X?' is not answered by
a notice ('2 måneders varsel'); 'hvad får kommunen i tilskud?' asks an amount, not contents; a cause
written 'på grund af' in the question and 'pga' in the task. Controls: the task's own app by its name or
by its own word, a Danish twin, the cause written alike."""

import pytest
from test_answer_retrieval_s61 import _found, _not_claimed

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

RINKS = """## SKØJ 2 – Tilslutning til Isbanebogen

**Master-opgave ID** 9302

**Opgavetitel** SKØJ 2 – Tilslutning til Isbanebogen

**Projekt** Fælles Skøjtebane

**Prioritet** Obligatorisk

**Mål** Kommunen kan udleje skøjtetider i Isbanebogen.

**Beskrivelse** Isbanebogen er appen, hvor foreninger booker tider på kunstisbanen. Før kommunen kan bruge appen, skal der foreligge en aftale med KOMBIT.
- Udvikler: Rimfrost Software
- Drift: Nordlys Hosting
- Pris: 1.240 kr. pr. måned

**Resultat** Aftalen er underskrevet.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(RINKS))


@pytest.mark.parametrize("question", [
    "What does the hamster app cost per month?",
    "What does the hamster system cost per month?",
    "How much is the walrus app per month?",
])
def test_an_unknown_word_before_the_thing_is_no_verb(kb, question):
    _not_claimed(kb, question, "1.240")


@pytest.mark.parametrize("question", [
    "What does the Isbanebogen app cost per month?",
    "Hvad er prisen for Isbanebogen?",
])
def test_the_apps_own_price_is_kept(kb, question):
    _found(kb, question, "1.240", "9302")


def test_a_danish_unknown_qualifier_stays_unanswered(kb):
    _not_claimed(kb, "Hvad koster hamster-appen om måneden?", "1.240")


SLEDS = """## KÆLK 3 – Udlån af kælke til institutionerne

**Master-opgave ID** 9313

**Opgavetitel** KÆLK 3 – Udlån af kælke til institutionerne

**Projekt** Fælles Kælkebakke

**Prioritet** Obligatorisk

**Mål** Børnehaverne kan låne kælke til vinterdagene.

**Beskrivelse** Kommunen får 15.000 kr. i tilskud fra Vinterfonden. Ingen kælkning pga isslag, når vejret varsler frost efter tøbrud.
- Pris: 300 kr. pr. måned
- Opsigelse: 2 måneders varsel
- Udlånet starter 1. december 2031
- Sidste udlånsdag: 28. februar 2032

**Resultat** Kælkene er udlånt.
"""


@pytest.fixture(scope="module")
def sleds():
    return KnowledgeBase.from_tasks(parse_text(SLEDS))


# review A's task (written by the reviewer for this session's review)
KAYAKS = """## HAVN 4 Lån af kajakker til skolerne (HAVN 4)

**Master-opgave ID** 96202

**Opgavetitel** HAVN 4 Lån af kajakker til skolerne (HAVN 4)

**Projekt** Fælles Havn

**Prioritet** Prioritet 2

**Mål** Skolerne kan ro kajak.

**Beskrivelse** Skolerne kan låne kajakker hos Havørn Kajakudlejning. Kajakkerne bruges ved Sydstranden.

- Pris: 1.500 kr. pr. måned
- Opsigelse: 3 måneders varsel
- Udlånet starter 1. maj 2031
- Sidste udlånsdag: 30. september 2031
- Ruten: højst 10 km pr. tur

Et kajaklån omfatter 10 kajakker og 10 pagajer.

Højst 6 elever må gå med på hver tur. Børn fra 10 år må sejle. Ingen sejlads under 14 grader.

Skader meldes inden for 2 dage efter tilbageleveringen.

Udlånslisten har for hver kajak: nummer, farve og størrelse.

Havnefogeden står for udlånslisten.

**Resultat** Opgaven er løst.
"""


@pytest.fixture(scope="module")
def kayaks():
    return KnowledgeBase.from_tasks(parse_text(KAYAKS))


@pytest.mark.parametrize("question, wrong", [
    ("kan vi låne kajakker efter 1. oktober 2031?", "Ja"),  # not granted by the start line
    ("hvor længe må vi have kajakkerne?", "3 måneders"),  # a notice is no loan period
])
def test_review_a_no_claim(kayaks, question, wrong):
    _not_claimed(kayaks, question, wrong)


@pytest.mark.parametrize("question, wrong", [
    ("Kan børnehaverne låne kælke efter 1. april 2032?", "Ja"),
    ("Hvor længe må vi have kælkene?", "2 måneders"),
])
def test_review_a_no_claim_controls(sleds, question, wrong):
    _not_claimed(sleds, question, wrong)


@pytest.mark.parametrize("question, expected", [
    ("Hvad får kommunen i tilskud?", "15.000"),
    ("Hvornår er der ingen kælkning på grund af isslag?", "frost"),
    ("Hvornår er der ingen kælkning pga isslag?", "frost"),
])
def test_review_a_answered(sleds, question, expected):
    _found(sleds, question, expected, "9313")


# review B's kinds, on tasks written here
SNOWSHOES = """## SNE 1 – Udlån af snesko

**Master-opgave ID** 9401

**Opgavetitel** SNE 1 – Udlån af snesko

**Projekt** Fælles Sneskoture

**Prioritet** Obligatorisk

**Mål** Skiklubben og skolerne kan låne snesko.

**Beskrivelse** Der er 20 snesko i alt, og en guidet tur koster 50 kroner pr. person. Den tidligere skiinstruktør Bo Fnug underviser i sikkerhed. Skiklubben går tur hver lørdag kl. 10, og den endelige sæsonplan kommer i november. Sporene præpareres to gange om året, i januar og februar.

Hjælperne skal medbringe følgende:
- Termokande
- Førstehjælpstaske
- Pandelampe

**Fremgangsmåde**
1. Indhent tilbud fra udlejeren.
2. Opret sneskodagen i Bookingsystemet.
3. Få lejeaftalen underskrevet.

**Underskrift** Lejeaftalen underskrives af direktøren og sendes til Naturstyrelsen.

**Resultat** Sneskoene er lånt ud.
"""


@pytest.fixture(scope="module")
def snowshoes():
    return KnowledgeBase.from_tasks(parse_text(SNOWSHOES))


@pytest.mark.parametrize("question, wrong", [
    ("hvor mange hjælpere er der?", "3"),  # a list of what they bring counts no helpers
    ("hvor mange snesko kan man låne ad gangen?", "20"),  # a total, and 'pr.' is a price's
    ("hvilke aftaler skal sendes til direktøren?", "Opgaver med en underskrift"),  # the signer: no recipient
    ("hvilke aftaler skal sendes til skiklubben?", "9401"),  # a recipient no paper goes to: none, not all
    ("hvad er det sidste man gør inden sneskodagen?", "Trin 3"),  # before an event, not the last step
    ("hvem er skiinstruktøren?", "Bo Fnug"),  # a former holder holds it no more
    ("hvornår må skiklubben ikke gå tur?", "lørdag"),  # 'endelige' denies nothing
])
def test_review_b_no_claim(snowshoes, question, wrong):
    _not_claimed(snowshoes, question, wrong)


@pytest.mark.parametrize("question, expected", [
    ("hvilke aftaler skal sendes til Naturstyrelsen?", "9401"),
    ("hvem er den tidligere skiinstruktør?", "Bo Fnug"),
])
def test_review_b_controls(snowshoes, question, expected):
    got = answer(snowshoes, question)
    assert got.found and expected in got.answer + " ".join(got.sources), got.answer


def test_a_unit_of_time_after_a_preposition_is_answered_by_a_time(snowshoes):
    """'i hvilken måned ...?' asks a time, which a month's name answers without the word 'måned' (the cw
    branch's 'ved hvilken temperatur' reading needs the noun said, but not for a unit of time). A control:
    the failures this mends are facts24 #21, facts25 #15 and paraphrase21 #69 (own sets)."""
    _found(snowshoes, "i hvilken måned kommer den endelige sæsonplan?", "november", "9401")
    _found(snowshoes, "i hvilke måneder præpareres sporene?", "januar", "9401")


# review C's kinds (the parser branch and the lead's own mends), on a task written here
RAFTS = """## TØMMER 2 – Udlån af tømmerflåder

**Master-opgave ID** 9502

**Opgavetitel** TØMMER 2 – Udlån af tømmerflåder

**Projekt** Fælles Flådebyg

**Prioritet** Obligatorisk

**Mål** Spejderne kan bygge og låne tømmerflåder.

**Beskrivelse** Udlånet starter 3. juni. Den fhv. flådebygger Ib Reb hjælper til ved søsætningen. Den underskrevne låneaftale sendes til borgerservice. Den underskrevne fuldmagt sendes til ejendomsservice. Følgende skal underskrives af kommunen: se også bilag 4.

Flådebyggere til søsætningen er følgende:
- Ulla Tov
- Kim Knob

**Fremgangsmåde**
1. Bestil tømmer hos savværket.
2. Søsæt flåderne.
3. Indsaml flåderne efter sæsonen.

**Resultat** Flåderne er lånt ud.
"""


@pytest.fixture(scope="module")
def rafts():
    return KnowledgeBase.from_tasks(parse_text(RAFTS))


@pytest.mark.parametrize("question, expected", [
    ("hvornår starter udlånet?", "3. juni"),  # the text dates the start itself, not the task's own start
    ("hvor mange flådebyggere er der til søsætningen?", "2"),  # 'er følgende:' lists them
    ("hvilke dokumenter skal underskrives i TØMMER 2?", "borgerservice"),  # a department in lower case
])
def test_review_c_answered(rafts, question, expected):
    _found(rafts, question, expected, "9502")


@pytest.mark.parametrize("question, wrong", [
    ("hvem er flådebygger?", "Ib Reb"),  # 'fhv.' is a former holder too
    ("hvem skal underskrive bilag 4?", "Bilag 4 skal underskrives"),  # 'se også bilag 4' signs no paper
])
def test_review_c_no_claim(rafts, question, wrong):
    _not_claimed(rafts, question, wrong)


ELECTION = """## VALG 4 – Afstemning om ny skolestruktur

**Master-opgave ID** 9604

**Opgavetitel** VALG 4 – Afstemning om ny skolestruktur

**Projekt** Fælles Borgerafstemning

**Prioritet** Obligatorisk

**Mål** Borgerne kan stemme digitalt.

**Beskrivelse** Resultatet offentliggøres på kommunens hjemmeside dagen efter, at afstemningen er lukket. Stemmedata gemmes i 5 år, så revisionen kan kigge i dem. Naboer til skolerne skal høres i 14 dage, før afstemningen åbner.
- Hosting: Ravnsborg Data
- Drift: Kildevæld IT

**Resultat** Afstemningen er gennemført.
"""


@pytest.fixture(scope="module")
def election():
    return KnowledgeBase.from_tasks(parse_text(ELECTION))


@pytest.mark.parametrize("question, expected", [
    # (own-set losses of the merge: honest21 #94, paraphrase4 #32, paraphrase15 #64, english2 #9)
    ("Hvornår offentliggøres resultatet af afstemningen?", "dagen efter"),  # 'efter, at X' is a time
    ("Hvor længe skal vi kunne kigge i stemmedata?", "5 år"),  # 'kunne' is a modal, not the deed
    ("Hvor længe skal de der bor ved skolerne høres?", "14 dage"),  # 'der' is no deed
    ("Who hosts VALG 4?", "Ravnsborg"),  # English: the rendering's word is not the asker's own
])
def test_merge_losses_mended(election, question, expected):
    _found(election, question, expected, "9604")
