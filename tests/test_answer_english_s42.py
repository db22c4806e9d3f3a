"""Everyday English about any municipal task is read in Danish: the s42 blocks of english.txt (weather and
winter service, buildings, sports halls, health, waste, schools, offices and IT), their word
families by the lookup's endings and english_forms.txt's irregular forms, and the blocks kept to the
dictionary's format."""

from pathlib import Path

import pytest

from knowledge.fold import is_stop
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.english.frame_words import _FRAMES
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9801", title="VEJ 1 Vintertjeneste og grønne områder", project="Drift af veje og parker",
         priority="Obligatorisk",
         description="Vejrudsigten kontrolleres hver aften af vagthavende. "
                     "Saltbilerne kører ud ved glatføre. Græsplænerne slås hver anden uge af entreprenøren "
                     "Grøn Pleje ApS. Gamle madrasser "
                     "afleveres på genbrugspladsen. Stilladset ved rådhuset efterses hver mandag."),
    Task(id="9802", title="HAL 1 Idrætshaller og arrangementer", project="Fritid", priority="Valgfri",
         description="Nøglerne til idrætshallen udleveres af halinspektøren. Ved arrangementer med over 200 "
                     "deltagere skal der være to brandvagter. "
                     "Solcellerne på taget monteres af Sol og Tag A/S. "
                     "Hvis telefonen mangler strøm, hentes en reservenøgle i receptionen."),
]


@pytest.mark.parametrize(("english", "danish_word"), [
    ("When is the weather forecast checked?", "vejrudsigt"),
    ("Who checks the forecast in the evening?", "vejrudsigt"),
    ("How often are the lawns mowed?", "græsplæne"),
    ("Where do old mattresses go?", "madras"),
    ("Who inspects the scaffolding?", "stillads"),
    ("Who hands out the keys to the sports hall?", "idrætshal"),
    ("Who installs the solar panels?", "solcelle"),
    ("When do the gritters go out?", "saltbil"),
    ("What happens on icy roads?", "glatføre"),
    ("Who is the duty officer?", "vagthavende"),
    ("What if the phone runs out of power?", "mangle"),
])
def test_everyday_words_of_any_municipal_field_are_read_in_danish(index, english, danish_word):
    q = analyse(index, english)
    assert q.lang == "en" and danish_word in q.text, q.text


@pytest.mark.parametrize(("english", "danish_word"), [
    ("Were the bikes stolen?", "stjæle"),  # english_forms.txt: steal, stole, stolen
    ("Were any mice seen in the kitchen?", "mus"),  # mouse, mice
    ("Has the gritter been refilled?", "genopfylde"),  # -ed of a new verb, by the lookup's endings
    ("Who is fitting the solar panels?", "solcelle"),  # a plural of a phrase
])
def test_word_families_are_read_by_the_lookup_not_listed(index, english, danish_word):
    q = analyse(index, english)
    assert danish_word in q.text, q.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Who hands out the keys to the sports hall?", "halinspektøren"),
    ("Who fits the solar panels?", "Sol og Tag"),
    ("How often is the scaffolding inspected?", "hver mandag"),
    ("When is the weather forecast checked?", "hver aften"),
    ("What if the phone runs out of power?", "reservenøgle"),
])
def test_an_english_question_in_everyday_words_is_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


def test_an_everyday_word_the_tasks_do_not_say_still_gets_no_answer(kb):
    a = answer(kb, "Who repairs the radiators in the sports hall?")
    assert not a.found, a.answer


def _s42_lines() -> list[str]:
    text = (Path(__file__).parents[1] / "knowledge" / "qa" / "english.txt").read_text(encoding="utf-8")
    block = text[text.index("# s42:"):]
    return [line for line in block.splitlines() if "~" in line and not line.startswith("#")]


def test_the_s42_lines_keep_the_dictionarys_format():
    lines = _s42_lines()
    assert len(lines) > 300
    pairs = set()
    for line in lines:
        danish, _, english = line.partition("~")
        danish = danish.strip()
        assert danish and " " not in danish and not is_stop(danish), line  # one Danish word a task may say
        for word in (w.strip().casefold() for w in english.split(",")):
            assert word and word not in _FRAMES, line  # a framing word is the frames' to render
            assert (danish, word) not in pairs, line
            pairs.add((danish, word))
