"""The lead's mends after the reviews of session 64's merge (the reviewers' kinds, on tasks written here):
a measure is compared only with a bound of the thing the question measures; 'er der X?' is not denied by a
conditioned 'uden X, hvis ...'; a cap with no span and no 'pr.' bounds every span; a determined phrase that
opens its clause signs ('Den ansvarlige underskriver med MitID'); a stranded deed is said with a particle
grown onto it ('indsendes' for 'sendes'); 'Dokument:' and 'Dokumenter:' are one label; doers after 'af' and
the question's own words are no information enumerated; a passive deed after a paper's name is no intro of its
text; a distance is no size; English field words ('which project is X part of?') are read as fields, not
as dictionary words; bare lines after a colon are no list (prose and cut lists were read so)."""

from functools import cache

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(n: int, title: str, text: str) -> str:
    return (f"## SVOM {n} – {title}\n\n**Master-opgave ID** 640{n}\n\n**Opgavetitel** SVOM {n} – {title}\n\n"
            f"**Projekt** Fælles Svømmehal\n\n**Prioritet** Valgfri\n\n**Slutdato (fra Go-Live)** -30\n\n"
            f"**Startdato (fra Slutdato)** -10\n\n**Mål** Opgaven er løst.\n\n**Beskrivelse** {text}\n\n"
            f"**Resultat** Det er gjort.\n\n")


TASKS = "".join([
    _task(1, "Lejeaftale for svømmehallens depot",
          "Lejeaftalen giver klubberne plads til deres udstyr. Hver bane er 25 meter lang. "
          "Trailerne ved depotet må højst veje 750 kg. Pavillonen må højst være 4 m bred.\n\n"
          "Den ansvarlige underskriver med MitID Erhverv."),
    _task(2, "Udstyr og udlån",
          "Man må højst låne udstyret 3 gange. Man kan leje et skab uden depositum, hvis man er medlem af "
          "en klub; andre betaler 200 kr. i depositum. Svømmebrætter lånes højst 2 pr. lån.\n\n"
          "Dokument: lejeaftale\n\nDokument: ordensregler\n\nDokumenter: kort over hallen og bilag"),
    _task(3, "Svømmebogen",
          "Svømmebogen kan bruges af skoler, klubber og borgere. Svømmebogen gemmer holdenes navne, "
          "trænere og telefonnumre. Lejekontrakten underskrives af følgende:\n- klubbens formand\n"
          "- klubbens kasserer\n\nLejekontrakten er underskrevet.\n\n"
          "En pavillon må højst være 5 meter lang. Pavillonen skal stå mindst 3 meter fra indgangen."),
    _task(4, "Ansøgning om klubtilskud",
          "Ansøgningen skal for hver klub indeholde:\nnavn og adresse\ntelefonnummer\nCVR-nummer ved "
          "erhverv\nklubbens formand\nKultur og Fritid behandler ansøgningen inden 14 dage.\n\n"
          "Hver svømmer skal medbringe:\nhåndklæde\nbadehætte\nlås til skabet"),
])


@cache
def _kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def _ask(question: str):
    return answer(_kb(), question)


@pytest.mark.parametrize("question", [
    "må en bane være 50 meter lang?",   # no bound of a bane: 25 meter is a plain measure
    "må en kajak veje 900 kg?",         # the trailer's bound is no kayak's
    "må et skab være 2 m bredt?",       # the pavilion's bound is no cabinet's
])
def test_a_bound_of_another_thing_settles_nothing(question):
    got = _ask(question)
    assert not got.found or "Trailerne" not in got.answer and "Pavillonen må" not in got.answer, got.answer


def test_a_bound_of_the_thing_measured_still_settles():
    got = _ask("må traileren veje 900 kg?")
    assert got.found and got.answer.startswith("Nej") and "750 kg" in got.answer, got.answer


def test_a_conditioned_without_does_not_deny_that_there_is_one():
    got = _ask("er der depositum for et skab?")
    assert not (got.found and got.answer.startswith("Nej")), got.answer


def test_a_cap_with_no_span_bounds_a_year_too():
    got = _ask("må jeg låne udstyret 5 gange om året?")
    assert got.found and got.answer.startswith("Nej") and "3 gange" in got.answer, got.answer


def test_a_cap_per_loan_says_nothing_of_a_year():
    got = _ask("må jeg låne 4 svømmebrætter om året?")
    assert not (got.found and got.answer.startswith("Nej")), got.answer


def test_a_determined_phrase_opening_its_clause_signs():
    got = _ask("hvem underskriver lejeaftalen?")
    assert got.found and "ansvarlig" in got.answer.casefold(), got.answer


def test_a_stranded_deed_said_with_a_particle():
    kb = KnowledgeBase.from_tasks(parse_text(
        _task(5, "Reglerne for bådpladser", "Ansøgningen om bådplads indsendes til Havnekontoret.")
        + _task(6, "Fakturering", "Fakturaen sendes til Økonomi og Løn.")))
    got = answer(kb, "hvem skal ansøgningen om bådplads sendes til?")
    assert got.found and "Havnekontoret" in got.answer, got.answer


def test_a_plural_label_is_the_same_label():
    got = _ask("hvilke dokumenter er der i SVOM 2?")
    assert not got.found or ("lejeaftale" in got.answer and "ordensregler" in got.answer
                             and "kort over hallen" in got.answer), got.answer


def test_doers_after_af_are_no_information():
    got = _ask("hvilke oplysninger kan skoler se i Svømmebogen?")
    assert not got.found or "skoler, klubber og borgere" not in got.answer, got.answer


def test_a_passive_deed_after_the_papers_name_is_no_text_of_it():
    got = _ask("hvad står der i lejekontrakten?")
    assert not got.found or "kasserer" not in got.answer, got.answer


def test_a_distance_is_no_size():
    got = _ask("hvor stor må en pavillon være?")
    assert not got.found or "fra indgangen" not in got.answer, got.answer


def test_english_field_question_names_the_project():
    got = _ask("which project is SVOM 3 part of?")
    assert got.found and "Fælles Svømmehal" in got.answer, got.answer


def test_bare_lines_are_no_cut_list():
    # a capitalised line ('CVR-nummer ...') would have ended a list of bare lines after two items
    got = _ask("Hvor mange oplysninger skal ansøgningen indeholde om hver klub?")
    assert not got.found or "2" not in got.answer.split("\n")[0], got.answer
    got = _ask("Hvad skal hver svømmer medbringe?")
    assert got.found and "badehætte" in got.answer, got.answer


# --- the integration run's losses (retired sets), mended by kind on tasks written here

def _event_kb():
    text = ("Kommunen kan holde Svømmedagen lørdag den 6. juni 2031 kl. 10-14 i Havbadet, Strandvej 4, "
            "7100 Vejle. Vandprøverne tages af chefen for Park og Fritid.\n\nTilmeldingen sker i SvømWeb.\n\n"
            "Felter: 4 (navn, alder, klub, svømmeprøve)\n\nFelter: 2 (hold, tid)\n\n"
            "Bookinger registreres i systemet SvømWeb version 3, som hostes af Havdata.")
    return KnowledgeBase.from_tasks(parse_text(_task(7, "Svømmedagen", text)))


@pytest.mark.parametrize("question, expected", [
    ("hvor er svømmedagn", "Havbadet"),         # a misspelt one-word name is no name of several
    ("who is hosting svomweb", "Havdata"),
])
def test_a_misspelt_one_word_name_is_read_as_the_thing(question, expected):
    got = answer(_event_kb(), question)
    assert got.found and expected in got.answer, got.answer


def test_a_guessed_word_only_inside_a_name_of_several_is_still_no_answer():
    got = answer(_event_kb(), "Er der parkering ved havbadet?")
    assert not (got.found and "Park og Fritid" in got.answer), got.answer


def _contact_kb():
    return KnowledgeBase.from_tasks(parse_text(
        _task(8, "Databehandleraftale for Svømmebogen",
              "Aftalen underskrives af direktøren. Spørgsmål til aftalen stilles til Jens Hav, jurist i "
              "Kultur og Fritid, på jeha@kommune.dk.")
        + _task(9, "Overførsel af holdtilladelser",
                "Tilladelserne overføres til Svømmebogen. Mangler en tilladelse sit CVR-nummer, kan den ikke "
                "overføres og skal oprettes manuelt.")))


def test_questions_asked_about_are_the_topic_not_the_askers_frame():
    got = answer(_contact_kb(), "Hvem skal vi kontakte om spørgsmål til databehandleraftalen for "
                                "Svømmebogen?")
    assert got.found and "Jens Hav" in got.answer, got.answer


def test_a_verb_of_lacking_answers_if_there_is_no():
    got = answer(_contact_kb(), "What happens if a permit has no CVR number?")
    assert got.found and "manuelt" in got.answer, got.answer


@pytest.mark.parametrize("rules, question, found", [
    # 'sanke' has no English in the dictionary: the unknown 'foraging' may name it, the answer stands
    ("Sankereglerne vedtages af teknik- og skovudvalget.", "who adopts the foraging rules?", True),
    # 'ballon' is 'balloon': the unknown 'quidditch' names other rules
    ("Ballonreglerne vedtages af teknik- og skovudvalget.", "who adopts the quidditch rules?", False),
])
def test_an_unknown_english_qualifier_is_another_kind_only_where_its_part_is_named(rules, question, found):
    got = answer(KnowledgeBase.from_tasks(parse_text(_task(10, "Reglerne i skoven", rules))), question)
    assert got.found is found and "skovudvalget" in got.answer, got.answer  # (as the closest when not found)


def test_a_size_of_another_thing_under_the_projects_noun_is_no_size_of_it():
    kb = KnowledgeBase.from_tasks(parse_text(_task(
        11, "Sikkerhedsregler for svømmehallerne",
        "Sikkerhedsreglerne gælder for alle svømmehaller:\n- Højst 40 personer i bassinet ad gangen\n"
        "- Gelænderet skal være mindst 1,2 meter højt\n- Eftersyn hver 2. måned")))
    got = answer(kb, "how tall are the swimming halls?")
    assert not got.found or "Gelænderet" not in got.answer, got.answer
    got = answer(kb, "hvor høje er svømmehallerne?")
    assert not got.found or "Gelænderet" not in got.answer, got.answer


def test_a_who_question_after_a_deadline_is_not_the_deadlines():
    kb = KnowledgeBase.from_tasks(parse_text(_task(
        12, "Regler for ophængning af svømmeplakater",
        "Svømmeplakater må hænges op fra den 1. maj. De skal være taget ned senest 8 dage efter stævnet.\n\n"
        "Plakater, der ikke er taget ned i tide, fjernes af Vej og Park, og klubben opkræves et gebyr.")))
    got = answer(kb, "Who takes down posters that are left up after the deadline?")
    assert got.found and "Vej og Park" in got.answer, got.answer


def test_a_which_time_is_of_the_thing_asked():
    kb = KnowledgeBase.from_tasks(parse_text(_task(
        13, "Baneliste til Svømmebogen",
        "Banelisten godkendes af idrætschefen og sendes til Bølge Data senest 6 uger før go-live. Bølge Data "
        "sender derefter en fejlliste, og rettelser laves i fællesskab.")))
    got = answer(kb, "Hvilken dato sender Bølge Data fejllisten?")
    assert not got.found or "6 uger" not in got.answer, got.answer


def test_a_head_many_titles_share_names_no_one_task():
    kb = KnowledgeBase.from_tasks(parse_text(
        _task(14, "Serviceaftale for Svømmebogen",
              "Aftaleadministratoren får serviceaftalen til underskrift.")
        + _task(15, "Databehandleraftale for Svømmebogen",
                "Kommunens databeskyttelsesrådgiver skal høres, inden aftalen underskrives.")))
    got = answer(kb, "Who has to be consulted before the agreement is signed?")
    assert not got.found or "Aftaleadministratoren" not in got.answer, got.answer
