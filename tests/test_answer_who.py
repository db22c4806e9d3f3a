"""Who-questions answered from how a task's sentence ties a party to a duty or a role ('X står for Y',
'Ansvaret for Y ligger hos X', 'Y godkendes af X' with the question's other words elsewhere in the
task, 'Leverandør: X'), a project named in an inflected form, and a signature question about a
document the named project does not have. The tasks and questions are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import grading
from benchmarks.questions import answer_all
from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Task
from knowledge.parse import parse_text
from knowledge.qa.agents import duties
from knowledge.qa.pipeline import answer
from knowledge.stated_facts import label_facts

_MD = """## GE 1 (Organisation) Organisering af Gravstedsregistret

**Master-opgave ID** 7701

**Projekt** Gravstedsregistret

**Bølger** Gravstedsregistret - Bølge 1

**Beskrivelse** Kirkegårdskontoret står for kontakten til leverandøren under hele projektet.
Teknisk afdeling varetager opsætningen af kortlagene.
Ansvaret for datakvaliteten i registret ligger hos kirkegårdslederne.
Leverandør: Nordkort
Kontakt hos KOMBIT: Lise Holm, arkitekt

**Metode og fremgangsmåde** 1. Udpeg en koordinator
2. Meld navnet ind i KLIK

## GE 2 (Jura) Aftale om Gravstedsregistret

**Master-opgave ID** 7702

**Projekt** Gravstedsregistret

**Bølger** Gravstedsregistret - Bølge 1

**Beskrivelse** Aftalen om registret er en del af bilag C.
Bilag C skal godkendes af kommunens jurist, inden det sendes.
Tilslutningsaftalen skal underskrives af kommunaldirektøren og sendes til KOMBIT.

**Metode og fremgangsmåde** 1. Hent bilaget
2. Send bilaget til KOMBIT

## GE 3 (Data) Datarettelser

**Master-opgave ID** 7703

**Projekt** Gravstedsregistret

**Bølger** Gravstedsregistret - Bølge 1

**Beskrivelse** Leverandøren kører en fejlliste på registrets data hver uge. Byggesager hentes fra Byggeweb.

**Anbefalet ansvarlig** Jurist

**Metode og fremgangsmåde** 1. Ret fejlene
"""

_OTHER = """## BY 1 (Jura) Tilslutningsaftale for Byggeweb

**Master-opgave ID** 7801

**Projekt** Byggeweb

**Beskrivelse** Tilslutningsaftalen skal underskrives af borgmesteren og sendes til KOMBIT.

**Metode og fremgangsmåde** 1. Hent aftalen

**Anbefalet udfører** Jurist
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(tasks=[*parse_text(_MD), *parse_text(_OTHER)])


def test_duty_statements_name_the_party_before_the_verb_or_after_hos():
    said = {d.agent: d.obj for t in ("Kirkegårdskontoret står for kontakten til leverandøren.",
                                     "Ansvaret for datakvaliteten ligger hos kirkegårdslederne.",
                                     "Det er pladskoordinatoren, der sørger for, at aftalen sendes.")
            for d in duties(t)}
    assert said == {"Kirkegårdskontoret": "kontakten til leverandøren",
                    "kirkegårdslederne": "datakvaliteten", "pladskoordinatoren": "at aftalen sendes"}
    assert duties("Kommunen skal sørge for, at der er en tilslutningsaftale.")[0].agent == "Kommunen"
    assert not duties("Der står for lidt i aftalen.")  # 'der' is no party


@pytest.mark.parametrize(("question", "party"), [
    ("Hvem varetager kontakten til leverandøren?", "Kirkegårdskontoret"),  # the text: 'står for'
    ("Hvem står for opsætningen af kortlagene?", "Teknisk afdeling"),  # the text: 'varetager'
    ("Hvem tager sig af datakvaliteten i Gravstedsregistret?", "kirkegårdslederne"),
    ("Hvem skal godkende bilag C til aftalen om registret?", "jurist"),  # 'registret' in the sentence before
    ("Hvem kører fejllisten på data til Gravstedsregistret?", "Leverandøren"),  # the project, inflected
    ("Hvem er leverandør af Gravstedsregistret?", "Nordkort"),
])
def test_who_is_answered_by_the_sentence_that_ties_the_party_to_it(kb, question, party):
    result = answer(kb, question)
    assert result.found and party in result.answer, result.answer


def test_a_labelled_line_is_a_fact_when_its_label_names_a_party_and_its_value_is_one():
    facts = label_facts("Leverandør: Nordkort\nKontakt hos KOMBIT: Lise Holm, arkitekt\nFrist: senest 3 uger"
                        "\nAnbefalet ansvarlig: Jurist\nSupport: tlf. 70 10 20 30")
    assert [(f.subject, f.value) for f in facts] == [("Leverandør", "Nordkort")]


def test_a_signature_question_about_a_document_the_named_project_lacks_is_not_answered(kb):
    assert not answer(kb, "Hvem underskriver databehandleraftalen for Byggeweb?").found
    result = answer(kb, "Hvem skal underskrive tilslutningsaftalen for Byggeweb?")
    assert result.found and "borgmesteren" in result.answer and "kommunaldirektøren" not in result.answer
    assert "borgmesteren" in answer(kb, "Hvem skal underskrive noget i Byggeweb?").answer


def _listed(text: str) -> set[str]:
    return {line.split(" – ")[0].lstrip("• ") for line in text.splitlines() if line.startswith("• ")}


def test_a_list_about_a_project_is_its_tasks_and_a_list_of_mentions_is_every_task_naming_it(kb):
    assert _listed(answer(kb, "Hvilke opgaver handler om Byggeweb?").answer) == {"7801"}
    assert _listed(answer(kb, "Which tasks concern Byggeweb?").answer) == {"7801"}
    assert _listed(answer(kb, "Hvilke opgaver nævner Byggeweb?").answer) == {"7801", "7703"}


def test_a_list_by_recommended_role_reads_the_field_the_question_names(kb):
    assert _listed(answer(kb, "Hvilke opgaver har Jurist som anbefalet udfører?").answer) == {"7801"}
    assert _listed(answer(kb, "Which tasks have the Jurist as recommended responsible?").answer) == {"7703"}
    assert not answer(kb, "Hvilke opgaver har Teknisk afdeling som anbefalet udfører?").found


def test_who_gets_a_signed_document_is_asked_in_the_main_clause_and_signing_in_a_subordinate_one(kb):
    result = answer(kb, "Hvem skal have tilslutningsaftalen for Byggeweb retur, når den er skrevet under?")
    assert result.found and "KOMBIT" in result.answer and result.sources == ["7801"]


def test_deadlines_of_several_tasks_say_whose_is_whose():
    tasks = parse_text(_OTHER.replace("sendes til KOMBIT.", "sendes til KOMBIT senest 6 uger før go-live.")
                       + "\n" + _OTHER.replace("7801", "7802").replace("Byggeweb", "Gravweb")
                       .replace("senest 6 uger", "").replace("KOMBIT.", "KOMBIT senest 30 dage før go-live."))
    result = answer(KnowledgeBase(tasks=tasks), "Hvornår skal tilslutningsaftalen være underskrevet?")
    lines = result.answer.splitlines()
    assert any(line.startswith("7801") and "6 uger" in line for line in lines), result.answer
    assert any(line.startswith("7802") and "30 dage" in line for line in lines), result.answer


_ROLES = """## JO 3 (Jura) Databehandling i Jobportalen

**Master-opgave ID** 5501

**Projekt** Jobportalen

**Beskrivelse** Kommunen er dataansvarlig for oplysningerne om ledige. Netcompany er databehandler.
Opsætningen af brugerne varetages af jobcentrets it-koordinator. Jobcentret står for undervisningen.

**Metode og fremgangsmåde** 1. Send listen over brugere til Netcompany
"""


@pytest.mark.parametrize(("question", "party"), [
    ("Hvem er databehandler for Jobportalen?", "Netcompany"),  # 'X er databehandler', X first
    ("Hvem håndterer opsætningen af brugerne?", "it-koordinator"),  # the passive of another duty word
    ("Hvem varetager undervisningen?", "Jobcentret"),
])
def test_a_party_is_named_by_a_copula_or_a_passive_duty(question, party):
    result = answer(KnowledgeBase(tasks=parse_text(_ROLES)), question)
    assert result.found and party in result.answer, result.answer


def test_words_left_over_in_a_list_within_a_project_say_which_of_its_tasks(kb):
    listed = _listed(answer(kb, "Hvilke opgaver i Gravstedsregistret skal sendes til KOMBIT?").answer)
    assert listed == {"7702"}


def test_when_a_document_must_be_signed_is_its_deadline_not_who_signs():
    tasks = parse_text(_OTHER.replace("sendes til KOMBIT.", "sendes til KOMBIT senest 6 uger før go-live."))
    result = answer(KnowledgeBase(tasks=tasks), "Hvornår skal tilslutningsaftalen være underskrevet?")
    assert result.found and "6 uger før go-live" in result.answer.splitlines()[0], result.answer


def test_a_table_row_of_a_label_and_a_party_is_a_fact():
    facts = label_facts("", [["Oplysning", "Værdi"], ["Leverandør", "Nordkort"], ["System-ID", "GR-0042"],
                             ["Ansvarlig", "Opdateres af KOMBIT hver uge i testperioden"]])
    assert [(f.subject, f.value) for f in facts] == [("Leverandør", "Nordkort")]


def test_a_project_named_with_a_wave_number_names_that_wave_of_every_project():
    text = _OTHER.replace("**Projekt** Byggeweb", "**Projekt** Byggeweb\n\n**Bølger** Byggeweb - Bølge 2")
    other = text.replace("7801", "7901").replace("**Projekt** Byggeweb", "**Projekt** Støttesystemer")
    other = other.replace("BY 1 (Jura) Tilslutningsaftale for Byggeweb", "ST 1 (Adgang) Roller til Byggeweb")
    kb = KnowledgeBase(tasks=[*parse_text(text), *parse_text(other)])
    assert _listed(answer(kb, "Hvilke opgaver er i Byggeweb bølge 2?").answer) == {"7801", "7901"}
    assert _listed(answer(kb, "Hvilke opgaver hører til Byggeweb?").answer) == {"7801"}


def test_a_duty_is_not_answered_by_a_sentence_about_another_thing_done(kb):
    """'hostingen' is read as the supplier's business; 'i samarbejde med leverandøren' is who helps, not
    what the sentence's party does."""
    assert duties("X varetager opsætningen i samarbejde med leverandøren.")[0].obj == "opsætningen"
    assert not answer(kb, "Hvem varetager hostingen af Gravstedsregistret?").found


def test_the_who2_set_answers_most_and_nothing_its_tasks_do_not_say():
    """tests/questions/who2: who, lists, signatures and when on the repo's development exports."""
    questions, answers = answer_all(Path(__file__).parent / "questions" / "who2")
    right = sum(not grading.grade(q, a) for q, a in zip(questions, answers, strict=True))
    assert right >= 0.9 * len(questions), f"{right}/{len(questions)}"
    assert not [q["q"] for q, a in zip(questions, answers, strict=True) if not q["found"] and a["found"]]


def test_an_english_list_keeps_the_words_tasks_hold_with_the_name(kb):
    assert _listed(answer(kb, "Which tasks must be sent to KOMBIT?").answer) == {"7702", "7801"}


def test_a_who_question_naming_a_wave_is_not_a_list_of_the_wave():
    text = _OTHER.replace("**Projekt** Byggeweb", "**Projekt** Byggeweb\n\n**Bølger** Byggeweb - Bølge 2")
    kb = KnowledgeBase(tasks=parse_text(text))
    result = answer(kb, "Hvem bør udføre opgaven om aftalen for Byggeweb bølge 2?")
    assert "Jurist" in result.answer, result.answer


@pytest.mark.parametrize("question", ["hvem er leverandør af SD Løn?", "who is the supplier of SD Løn?"])
def test_the_role_is_held_by_the_agent_of_its_deed_in_the_passive(question):
    """'SD Løn leveres af Fujitsu' says who the supplier is; a sentence about another deed of the same
    task ('Systemet hostes af Netic') is not the supplier, though it names a party."""
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="821", title="SD 3 Opsæt løn", project="Personale",
             description="SD Løn leveres af Fujitsu. Systemet hostes af Netic i Aalborg."),
        Task(id="823", title="Opsæt portal", project="Borger", description="Portalen driftes af KMD.")])
    got = answer(kb, question)
    assert got.found and "Fujitsu" in got.answer and "Netic" not in got.answer, got.answer


@pytest.mark.parametrize(("body", "question"), [("direktionen", "hvem godkender aftalen?"),
                                                 ("ledelsen", "hvem godkender planen?")])
def test_a_governing_body_is_a_party(body, question):
    """'Aftalen godkendes af direktionen': the board (direktion, ledelse) approves, as a styregruppe does."""
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="831", title="Godkend aftale og plan", project="Personale",
             description=f"Aftalen godkendes af {body}. Planen godkendes af {body}."),
        Task(id="832", title="Test", project="Borger", description="Test portalen.")])
    got = answer(kb, question)
    assert got.found and body in got.answer, got.answer


@pytest.mark.parametrize(("question", "recipient"), [("hvem modtager lønsedlerne?", "Danske Lønservice"),
                                                     ("hvem modtager kontrakten?", "KOMBIT")])
def test_who_receives_is_where_the_text_sends_it(question, recipient):
    """'X sendes til Y' / 'X returneres til Y' says who receives X, though no task says 'modtager'."""
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="821", title="SD 3 Opsæt løn", project="Personale",
             description="Lønsedlerne sendes til Danske Lønservice. Kontrakten returneres til KOMBIT."),
        Task(id="823", title="Opsæt portal", project="Borger", description="Portalen driftes af KMD.")])
    got = answer(kb, question)
    assert got.found and recipient in got.answer, got.answer


@pytest.mark.parametrize("doer", ["Arkivaren", "Sekretæren", "Specialisten", "Ingeniøren", "Visitatoren"])
def test_an_occupation_is_a_party(doer):
    """An occupation ('arkivar', 'sekretær', 'specialist', 'ingeniør', 'visitator') names a party, as
    '-chef' and '-ansvarlig' do, so a sentence it opens can say who does a thing."""
    from knowledge.qa.types import Expect, holds
    from knowledge.roles import names_role

    assert names_role(doer)
    assert holds(Expect.PARTY, f"{doer} kortlægger, hvilke arkiver der deles.", "Hvem kortlægger arkiverne?")


def test_who_does_a_compound_thing_is_read_in_the_task_that_writes_the_compound():
    """'Få skabelonerne godkendt af juridisk afdeling' in a task about complaint letters does not say who
    approves the tilsynsskabeloner; the task that writes that word does."""
    kb = KnowledgeBase.from_tasks([
        Task(id="7201", title="Klagevejledning", description="Opdater brevskabelonerne.",
             method_steps=[MethodStep(number=1, text="Få skabelonerne godkendt af juridisk afdeling")]),
        Task(id="7202", title="Opsætning af tilsynsskabeloner",
             description="Skabelonerne godkendes af dagtilbudschefen, før de tages i brug."),
    ])
    for question in ("hvem godkender tilsynsskabelonerne?", "hvem godkender tilsynsskabelonnerne"):
        a = answer(kb, question)
        assert a.found and "dagtilbudschefen" in a.answer and a.sources == ["7202"], a.answer
