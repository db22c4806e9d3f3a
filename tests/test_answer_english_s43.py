"""English questions read as Danish says them: a phrasal verb split by its object ('puts the bins up'),
a passive after an -ing noun ('where is the meeting held?') or after a phrase the glossary rendered
('when are the updates sent out?'), 'be present', and the s43 block of english.txt (everyday verbs and
second meanings: 'street' is also 'gade', a 'bin' also a 'spand')."""

from pathlib import Path

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.english.framing import _particle_home
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9901", title="MRK 1 Julemarked på torvet", project="Julemarked", priority="Obligatorisk",
         description="Vejafdelingen stiller 25 affaldsspande op på torvet. Gadefejningen begynder kl. 7. "
                     "Markedsboder, der efterlader affald, betaler et gebyr på 300 kr. Informationsmødet for "
                     "standholderne afholdes i rådhushallen. Pårørende må gerne være til stede ved "
                     "åbningen. Vagtfirmaet Sikkerby leverer fire vagter."),
    Task(id="9902", title="OPD 1 Opdatering af tablets", project="Tablets i hjemmeplejen", priority="Valgfri",
         description="Opdateringerne udsendes hver torsdag. Medarbejderne afleverer deres gamle tablets "
                     "i receptionen sammen med opladeren. Beboerne på plejecentret får tilbudt en tablet."),
]


@pytest.mark.parametrize(("english", "moved"), [
    ("which department puts the bins up?", "puts up the bins?"),
    ("who hands the keys out to the staff?", "hands out the keys to"),
    ("what does a stall that leaves rubbish behind have to pay?", "leaves behind rubbish have"),
    ("who fills the form in?", "fills in the form?"),
])
def test_a_phrasal_verb_split_by_its_object_is_read_whole(english, moved):
    assert moved in _particle_home(english)


@pytest.mark.parametrize("english", [
    "how do we sign up?",  # a subject between is no object
    "who puts up the bins?",  # already whole
    "when is the shop in the town open?",  # no phrase of the word lists
    "who hands out tickets?",
])
def test_a_particle_that_is_no_split_verbs_is_left_alone(english):
    assert _particle_home(english) == english


@pytest.mark.parametrize(("english", "danish_word"), [
    ("Which department puts the bins up?", "opstille"),
    ("Where is the information meeting held?", "afholdes"),  # an -ing noun is no progressive
    ("When are the updates sent out?", "udsendes"),  # the glossary's verb of the phrase, in the passive
    ("Can relatives be present at the opening?", "til stede"),
    ("When does the street sweeping start?", "gadefejning"),  # a second meaning joined in a compound
    ("How many rubbish bins are put up?", "affaldsspand"),
    ("Which security company provides the guards?", "vagtfirma"),
    ("Do residents get a tablet?", "beboer"),
    ("What do we do if a resident gets sick?", "bliver syg"),
    ("Is it our job to count the tablets?", "skal vi"),
    ("Do we hand in the charger too?", "oplader"),  # an agent noun, not 'charge' ('betale')
    ("Is the hall closed in summer?", "sommer"),  # not 'sum' ('beløb')
])
def test_everyday_english_is_read_as_danish_says_it(index, english, danish_word):
    q = analyse(index, english)
    assert q.lang == "en" and danish_word in q.text, q.text


@pytest.mark.parametrize(("question", "expected"), [
    ("When does the street sweeping start?", "kl. 7"),
    ("What does a stall that leaves rubbish behind have to pay?", "300"),
    ("Which security company provides the guards?", "Sikkerby"),
    ("Where do staff hand in their old tablets?", "receptionen"),
])
def test_an_english_question_in_everyday_words_is_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


def test_a_second_meaning_the_tasks_do_not_say_still_gets_no_answer(kb):
    a = answer(kb, "Who empties the buckets in the sports hall?")
    assert not a.found, a.answer


def _s43_lines() -> list[str]:
    text = (Path(__file__).parents[1] / "knowledge" / "qa" / "english.txt").read_text(encoding="utf-8")
    block = text[text.index("# s43:"):]
    return [line for line in block.splitlines() if "~" in line and not line.startswith("#")]


def test_the_s43_lines_list_base_forms_the_lookup_inflects():
    # 'handles', 'recruited', 'bins' are read by the lookup's endings: a line lists the base form
    for line in _s43_lines():
        english = [w.strip() for w in line.partition("~")[2].split(",")]
        for word in english:
            if " " not in word and word.endswith("s") and not word.endswith("ss"):
                assert word[:-1] not in english, line


def test_enough_is_dropped_only_where_what_comes_before_asks_it(index):
    assert "enough" not in analyse(index, "Are three samples per site enough?").text
    # 'enough licences' asks whether there are as many as needed, not whether there are any
    assert "enough" in analyse(index, "Do we have enough licences?").text
