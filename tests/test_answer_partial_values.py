"""Partial answers: the tasks name the thing asked about but not the value asked for, and a nearby
sentence holds a value of the same type for another slot (a sibling environment's web address, another
integration's version, another owner's mailbox, another event's time of day). The answer says what
the tasks do say with found=False; the same types are answered where the text gives them. Tasks here
are written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, found_values, holds

TASK = """## HV 3 (Havnekontrol) Klargør havnesystemet til drift

**Master-opgave ID** 9771

**Opgavetitel** HV 3 (Havnekontrol) Klargør havnesystemet til drift

**Projekt** Havnekontrol

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Havnekontrol - Bølge 1

**Mål** Havnefogederne kan registrere anløb i Havnekontrol fra go-live.

**Beskrivelse** Havnekontrol erstatter kommunernes lokale anløbsregistre.

Kommunen får adgang til et øvelsesmiljø, hvor havnefogederne kan afprøve registreringen.
Driftsmiljøet ligger på https://drift.havnekontrol.dk.

Integrationen til Søfartsregistret bruger registergrænsefladen version 3.2.
Integrationen til kommunens økonomisystem opsættes af økonomileverandøren.

Spørgsmål om databehandling: Havneselskabets databeskyttelsesteam, dpo@havneselskabet.dk.

På go-live-dagen åbner Havnekontrol for havnefogederne kl. 6.30.
Selvbetjeningen for bådejere åbner samme dag, men tidspunktet meldes ud senere.

Mindst 90 % af anløbene skal være registreret, før den gamle løsning lukkes.

**Metode og fremgangsmåde** 1. Afprøv registreringen i øvelsesmiljøet
2. Kontrollér integrationen
3. Meld klar til drift

**Resultat** Havnesystemet er klar.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize("question", [
    "Hvad er webadressen til øvelsesmiljøet i Havnekontrol?",  # only the sibling driftsmiljø has one
    "Hvad er linket til øvelsesmiljøet?",  # 'linket' asks for a web address
    "Hvilken version af økonomi-integrationen bruger Havnekontrol?",  # the version is the register's
    "Hvad er mailadressen til kommunens databeskyttelsesteam?",  # the mailbox is Havneselskabets
    "Hvad tid åbner selvbetjeningen for bådejere?",  # a time of day only for the havnefogeder
    "Hvornår på dagen åbner selvbetjeningen for bådejerne?",
    "What is the web address of the practice environment in Havnekontrol?",
    # the version stands with the register interface's name; the register itself has none
    "Hvilken version af Søfartsregistret bruger Havnekontrol?",
])
def test_a_value_of_another_slot_is_no_answer(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvad er webadressen til driftsmiljøet i Havnekontrol?", "https://drift.havnekontrol.dk"),
    ("Hvilken version af registergrænsefladen bruger Havnekontrol?", "3.2"),
    ("Hvilken version af registergrænsefladen skal bruges?", "3.2"),  # 'bruges' is the asker's verb
    ("Hvad er mailadressen til Havneselskabets databeskyttelsesteam?", "dpo@havneselskabet.dk"),
    ("Hvad tid åbner Havnekontrol for havnefogederne på go-live-dagen?", "6.30"),
    ("Hvor mange procent af anløbene skal være registreret?", "90 %"),
])
def test_the_same_types_are_answered_where_the_text_gives_them(kb, question, value):
    got = answer(kb, question)
    assert got.found and value in got.answer, got.answer


def test_the_partial_answer_says_what_the_text_has(kb):
    got = answer(kb, "Hvad er webadressen til øvelsesmiljøet i Havnekontrol?")
    assert "webadresse" in got.answer and "øvelsesmiljø" in got.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("hvad tid starter kurset?", Expect.CLOCK),
    ("hvilket klokkeslaet aabner portalen?", Expect.CLOCK),
    ("hvornaar paa dagen lukker hotlinen?", Expect.CLOCK),
    ("what time does the hotline open?", Expect.CLOCK),
    ("hvor mange procent af sagerne skal overfoeres?", Expect.PERCENT),
    ("hvilken version af graensefladen bruges?", Expect.VERSION),
    ("hvad er versionsnummeret paa skabelonen?", Expect.VERSION),
    ("hvornaar kommer den nye version?", Expect.TIME),  # asks when, not which version
    ("hvad er linket til webinaret?", Expect.URL),
])
def test_time_of_day_share_and_version_are_types_of_their_own(question, kind):
    assert expected(question) is kind


@pytest.mark.parametrize(("kind", "text", "holds_it"), [
    (Expect.CLOCK, "fra kl. 9.30 til 15.30", True),
    (Expect.CLOCK, "hverdage kl. 8-16", True),
    (Expect.CLOCK, "koster 18.500 kr.", False),  # an amount, no time of day
    (Expect.CLOCK, "version 2.4", False),
    (Expect.VERSION, "skabelonen (version 1.3)", True),
    (Expect.VERSION, "senest 3 uger før go-live", False),
    (Expect.PERCENT, "mindst 95 % af sagerne", True),
    (Expect.PERCENT, "mindst 95 sager", False),
])
def test_values_of_the_new_types(kind, text, holds_it):
    assert holds(kind, text) is holds_it


def test_a_web_address_is_found_whole():
    assert found_values(Expect.URL, "Driftsmiljøet ligger på https://drift.havnekontrol.dk.") == \
        ["https://drift.havnekontrol.dk"]


ROLES = """## HV 5 (Havnekontrol) Beredskab og testmiljø

**Master-opgave ID** 9775

**Opgavetitel** HV 5 (Havnekontrol) Beredskab og testmiljø

**Projekt** Havnekontrol

**Prioritet** Valgfri

**Bølger** Havnekontrol - Bølge 1

**Mål** Der er beredskab de første dage efter go-live.

**Beskrivelse** Kommunen udpeger to vagtansvarlige: en for lystbådehavnen og en for erhvervshavnen.

Kommunen skal have mindst én superbruger på vagt de første tre dage.

KOMBIT åbner prøvemiljøet for kommunen 5 uger før go-live.

Kontaktperson hos Havneselskabet er Jonna Fisker (jfi@havneselskabet.dk), produktejer for Havnekontrol.

**Metode og fremgangsmåde** 1. Udpeg de vagtansvarlige
2. Læg en vagtplan
"""


@pytest.fixture(scope="module")
def roles() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(ROLES))


@pytest.mark.parametrize("question", [
    "Hvem er vagtansvarlig for erhvervshavnen?",  # the text says one is appointed, not who
    "Hvem er superbruger på vagt efter go-live?",  # a count of superbrugere names no one
    "Hvornår lukker prøvemiljøet i Havnekontrol?",  # the text says when it opens
])
def test_a_sentence_about_the_slot_that_does_not_fill_it_is_no_answer(roles, question):
    got = answer(roles, question)
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvornår åbner prøvemiljøet i Havnekontrol?", "5 uger"),
    ("Hvem er produktejer for Havnekontrol?", "Jonna Fisker"),  # a name with its role in apposition
])
def test_the_slot_is_answered_where_the_text_fills_it(roles, question, value):
    got = answer(roles, question)
    assert got.found and value in got.answer, got.answer


def test_a_tasks_own_dates_answer_when_it_ends_though_they_say_when_it_starts(kb):
    got = answer(kb, "Hvornår skal opgave 9771 afsluttes?")
    assert got.found and "30 dage" in got.answer, got.answer


def test_a_doer_who_does_what_the_role_is_named_for_holds_it():
    tasks = parse_text(ROLES.replace("Kommunen skal have mindst én superbruger på vagt de første tre dage.",
                                     "Det er Havneselskabet, der ejer Havnekontrol."))
    got = answer(KnowledgeBase.from_tasks(tasks), "Hvem er ejer af Havnekontrol?")
    assert got.found and "Havneselskabet" in got.answer, got.answer


@pytest.mark.parametrize(("question", "joined"), [
    ("Hvilken dato går Havnekontrol i drift?", "Hvilken dato går i drift Havnekontrol?"),
    ("Hvornår går Havnekontrol i luften?", "Hvornår går i luften Havnekontrol?"),
    ("Hvilke opgaver har en frist efter go-live?",  # no verb of go-live before it
     "Hvilke opgaver har en frist efter go-live?"),
])
def test_a_verb_split_from_its_two_word_tail_is_read_as_one(question, joined):
    from knowledge.qa.particles import join_tail
    assert join_tail(question) == joined


@pytest.mark.parametrize("question", [
    "Hvilken dato går Havnekontrol i drift?",  # go-live, and no go-live date is set
    "Hvornår går Havnekontrol i luften?",
])
def test_going_live_in_other_words_asks_for_the_go_live_date(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


APPENDIX = """## HV 7 (Havnekontrol) Nyt bilag B til databehandleraftalen

**Master-opgave ID** 9777

**Opgavetitel** HV 7 (Havnekontrol) Nyt bilag B til databehandleraftalen

**Projekt** Havnekontrol

**Beskrivelse** Havneselskabet skifter underdatabehandler.
Bilaget skal signeres af kommunaldirektøren senest 14 dage efter modtagelsen.
"""


@pytest.mark.parametrize(("question", "found"), [
    ("Hvem underskriver bilag C til databehandleraftalen for Havnekontrol?", False),  # the task has bilag B
    ("Hvornår skal bilag C være underskrevet?", False),
    ("Hvem underskriver bilag B til databehandleraftalen for Havnekontrol?", True),
])
def test_a_lettered_thing_the_answers_task_names_otherwise_is_not_answered(question, found):
    got = answer(KnowledgeBase.from_tasks(parse_text(APPENDIX)), question)
    assert got.found is found, got.answer


COSTS = """## HV 9 (Havnekontrol) Tilslutningsaftale for Havnekontrol

**Master-opgave ID** 9779

**Opgavetitel** HV 9 (Havnekontrol) Tilslutningsaftale for Havnekontrol

**Projekt** Havnekontrol

**Beskrivelse** Kommunens andel af udgifterne fordeles efter antallet af havne.
Beløbet fremgår af bilag 2 til aftalen.
Aftalen returneres underskrevet til aftale@havneselskabet.dk senest 30 dage før go-live.
Opsætningen af havnekameraer koster 4.000 kr. pr. havn.
"""


@pytest.fixture(scope="module")
def costs() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(COSTS))


@pytest.mark.parametrize("question", [
    "Hvad er kommunens andel af udgifterne til Havnekontrol?",  # how it is shared, not how much
    "Hvor stor er kommunens andel af udgifterne?",
    "Hvad er beløbet i bilag 2?",  # where the amount stands, not the amount
    "Hvornår udløber aftalen med Havneselskabet?",  # 'havneselskabet' only in a mail address
])
def test_an_amount_or_a_subject_the_text_only_points_at_is_not_given(costs, question):
    got = answer(costs, question)
    assert not got.found, got.answer


def test_an_amount_the_text_gives_is_answered(costs):
    got = answer(costs, "Hvad er beløbet for opsætningen af havnekameraer?")
    assert got.found and "4.000 kr" in got.answer, got.answer


def test_a_value_set_against_the_thing_asked_about_is_not_its_value():
    text = COSTS.replace("Opsætningen af havnekameraer koster 4.000 kr. pr. havn.",
                         "Kurset for havnefogeder er gratis, men overnatning afholder kommunen selv.")
    kb = KnowledgeBase.from_tasks(parse_text(text))
    assert not answer(kb, "Hvad koster overnatningen ved kurset for havnefogeder?").found
    got = answer(kb, "Hvad koster kurset for havnefogeder?")
    assert got.found and "gratis" in got.answer, got.answer


def test_a_place_is_not_the_thing_asked_about_behind_a_genitive():
    question = "Hvor holdes vagtkurset?"
    assert not holds(Expect.PLACE, "Hver havn sender en deltager til Havneselskabets vagtkursus.", question)
    assert holds(Expect.PLACE, "Vagtkurset holdes på Hotel Marina, Havnegade 2, 6000 Kolding.", question)


def test_clauses_that_set_siblings_apart_answer_for_each():
    text = COSTS.replace("Opsætningen af havnekameraer koster 4.000 kr. pr. havn.",
                         "Det koster 300 kr. pr. bruger at få adgang til øvelsesmiljøet; "
                         "driftsmiljøet er gratis.")
    got = answer(KnowledgeBase.from_tasks(parse_text(text)), "Hvad koster adgang til driftsmiljøet?")
    assert got.found and "gratis" in got.answer, got.answer


def test_the_other_role_is_said_but_not_claimed_as_the_one_asked_for():
    text = """## HV 11 (Havnekontrol) Udpeg havnefoged

**Master-opgave ID** 9781

**Opgavetitel** HV 11 (Havnekontrol) Udpeg havnefoged

**Projekt** Havnekontrol

**Beskrivelse** Kommunen udpeger en havnefoged.

**Anbefalet udfører** Havnechef
"""
    got = answer(KnowledgeBase.from_tasks(parse_text(text)), "Hvem er ansvarlig for opgave 9781?")
    assert not got.found and "Havnechef" in got.answer, got.answer


OWNERS = """## HV 13 (Havnekontrol) Databehandling i Havnekontrol

**Master-opgave ID** 9783

**Opgavetitel** HV 13 (Havnekontrol) Databehandling i Havnekontrol

**Projekt** Havnekontrol

**Beskrivelse** Spørgsmål om databehandling: Havneselskabets DPO-team, dpo@havneselskabet.dk.
Det er økonomileverandøren, der sender fakturaerne til kommunen.
Kurset afholdes i Esbjerg i uge 12.
"""


@pytest.mark.parametrize("question", [
    "Hvem er vores DPO?",  # the asker's own; the text has Havneselskabets
    "Who is our DPO?",
    "Hvem er økonomileverandøren?",  # a cleft names what the role does, not who holds it
])
def test_another_owners_holder_or_an_unnamed_holder_is_no_answer(question):
    got = answer(KnowledgeBase.from_tasks(parse_text(OWNERS)), question)
    assert not got.found, got.answer


def test_a_pronoun_before_the_noun_refers_to_the_owner_asked_about():
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.slots import other_owner
    kb = KnowledgeBase.from_tasks(parse_text(OWNERS))
    q = analyse(index_for(kb), "Hvem er Jonna Fiskers stedfortræder?")
    assert not other_owner(q, "Kontakt: Jonna Fisker. Hendes stedfortræder er Ole Bro.")
    assert other_owner(q, "Kontakt: Jonna Fisker. Havneselskabets stedfortræder er Ole Bro.")


def test_a_contact_of_someone_the_name_owns_is_not_the_name_s_own():
    export = ("**Master-opgave ID** 9731\n\n**Opgavetitel** HV 5 Opsæt havnesystemet\n\n"
              "**Projekt** Havnekontrol\n\n**Beskrivelse** Leverandørens konsulent Lars Holm, "
              "telefon 70 20 31 45, hjælper med opsætningen.\n")
    kb = KnowledgeBase.from_tasks(parse_text(export, source="relations"))
    assert not answer(kb, "Hvad er telefonnummeret til Lars Holms chef?").found  # the number is his own
    assert not answer(kb, "What is the phone number of Lars Holm's manager?").found
    got = answer(kb, "Hvad er Lars Holms telefonnummer?")
    assert got.found and "70 20 31 45" in got.answer, got.answer
    got = answer(kb, "Hvad er telefonnummeret til leverandørens konsulent?")
    assert got.found and "70 20 31 45" in got.answer, got.answer


def test_someone_at_a_named_place_is_placed_there_by_the_text():
    export = ("**Master-opgave ID** 9732\n\n**Opgavetitel** HV 6 Indgå aftale med Søfartsstyrelsen\n\n"
              "**Projekt** Havnekontrol\n\n**Beskrivelse** Aftalen underskrives af kommunaldirektøren og "
              "sendes til Søfartsstyrelsen. Kontaktperson hos Søfartsstyrelsen er Ida Lund, il@sfs.dk.\n")
    kb = KnowledgeBase.from_tasks(parse_text(export, source="placed"))
    # the signer is the municipality's; the agreement only goes to Søfartsstyrelsen
    assert not answer(kb, "Hvem hos Søfartsstyrelsen underskriver aftalen?").found
    got = answer(kb, "Hvem hos Søfartsstyrelsen er kontaktperson?")
    assert got.found and "Ida Lund" in got.answer, got.answer
    got = answer(kb, "Hvem underskriver aftalen?")
    assert got.found and "kommunaldirektør" in got.answer, got.answer


CONTACTS = ("## KR 1\n\n**Master-opgave ID** 9781\n\n**Opgavetitel** KR 1 Indgå aftale om kørselsportal\n\n"
            "**Projekt** Kørselsportal\n\n**Beskrivelse** Portalen købes hos Vognlink ApS. Vognlinks "
            "driftsansvarlige er Carsten Holm, mail ch@vognlink.dk. Kontrakten underskrives af "
            "direktøren. Aftalen løber i 3 år.\n\n"
            "## KR 2\n\n**Master-opgave ID** 9782\n\n"
            "**Opgavetitel** KR 2 Opsæt betaling i kørselsportalen\n\n**Projekt** Kørselsportal\n\n"
            "**Beskrivelse** Betalingen sker via Paylink A/S. Aftalen med Paylink underskrives af "
            "økonomichefen.\n\n")


@pytest.fixture(scope="module")
def contacts() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(CONTACTS, source="partial-contacts"))


@pytest.mark.parametrize(("question", "what", "name"), [
    ("Hvad er Carsten Holms telefonnummer?", "telefonnummer", "Carsten Holm"),
    ("Hvad er telefonnummeret til Vognlinks driftsansvarlige?", "telefonnummer",
     "Vognlinks driftsansvarlige"),
    ("What is Carsten Holm's phone number?", "phone number", "Carsten Holm"),
])
def test_a_contact_with_another_value_is_a_partial_answer_saying_what_is_there(contacts, question, what,
                                                                               name):
    # the tasks give his mail, not his phone: not found, naming who the value is missing for (a
    # genitive with its noun, not 'for Vognlinks'), and quoting the sentence with the mail
    got = answer(contacts, question)
    assert not got.found and what in got.answer and f"for {name}" in got.answer, got.answer
    assert "ch@vognlink.dk" in got.answer, got.answer


def test_the_value_the_contact_has_is_answered(contacts):
    got = answer(contacts, "Hvad er Carsten Holms mail?")
    assert got.found and "ch@vognlink.dk" in got.answer, got.answer


@pytest.mark.parametrize("question", ["Hvor længe løber aftalen med Paylink?",
                                      "How long does the agreement with Paylink run?"])
def test_a_value_of_another_partys_thing_is_not_quoted_for_the_party_asked(contacts, question):
    # another task names Paylink; the only term said is of the agreement with Vognlink
    got = answer(contacts, question)
    assert not got.found and "3 år" not in got.answer and "Paylink" in got.answer, got.answer
    got = answer(contacts, "Hvor længe løber aftalen med Vognlink?")
    assert got.found and "3 år" in got.answer, got.answer


LINES = ("## KR 3\n\n**Master-opgave ID** 9783\n\n"
         "**Opgavetitel** KR 3 Godkend serviceaftalerne for kørselsportalen\n\n"
         "**Projekt** Kørselsportal\n\n**Beskrivelse** SF1601 Digital Post: Afsendelse af breve\n"
         "Serviceaftalerne skal være godkendt senest 30 dage før go-live.\n"
         "Spørgsmål om serviceaftalerne rettes til Bente Lund, arkitekt i KOMBIT (bl@kombit.dk).\n\n")


@pytest.mark.parametrize("question", ["Hvad er Bente Lunds telefonnummer?",
                                      "What is Bente Lund's phone number?"])
def test_a_partial_answer_quotes_the_line_that_names_the_person(question):
    kb = KnowledgeBase.from_tasks(parse_text(LINES, source="partial-lines"))
    got = answer(kb, question)
    assert not got.found and "bl@kombit.dk" in got.answer and "30 dage" not in got.answer, got.answer


def test_of_several_lines_the_partial_answer_keeps_those_that_name_the_person():
    from knowledge.qa.not_found import _lines_naming
    said = ("The task says: “SF1601 Digital Post: Afsendelse af breve\n"
            "Serviceaftalerne skal være godkendt senest 30 dage før go-live.\n"
            "Spørgsmål rettes til Bente Lund, arkitekt i KOMBIT (bl@kombit.dk).”")
    got = _lines_naming(said, "Bente Lund")
    assert got == "Spørgsmål rettes til Bente Lund, arkitekt i KOMBIT (bl@kombit.dk)."
    assert _lines_naming("Bente Lund, bl@kombit.dk", "Bente Lund") == "Bente Lund, bl@kombit.dk"
