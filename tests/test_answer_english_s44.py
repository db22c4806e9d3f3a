"""English questions read as Danish says them (s44): 'too' before a word is a degree, 'will be -ing' after a
modal is the verb, a past participle after 'do' is no verb, frames ('in front of', 'is it true that', 'who
gets to', 'by the hour', 'at the end of'), a Latin verb's Danish '-ere' loanword, and the s44 block of
english.txt (second meanings: 'charge' a car is 'oplade', 'petrol' also 'benzin')."""

from pathlib import Path

import pytest

from knowledge.fold import key, stem_key
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9951", title="HAV 1 Ny bådebro i lystbådehavnen", project="Lystbådehavn",
         priority="Obligatorisk",
         description="Entreprenøren Havnebyg ApS bygger broen. Foran havnekontoret opstilles en ny "
                     "informationstavle. Havnefogeden registrerer bådene og kalibrerer vægten hvert forår. "
                     "Havnens elbiler skal oplades ved standerne på molen, og benzinbiler må ikke køre på "
                     "broen. Ved slutningen af sæsonen tømmes bådpladserne."),
    Task(id="9952", title="HAV 2 Rengøring af havnebadet", project="Lystbådehavn", priority="Valgfri",
         description="Havnebadet rengøres hver mandag. Vandet testes af laboratoriet, og badning er "
                     "forbudt, når vandet er for koldt. Betaling for ophold sker i automaten. "
                     "Sejlerne betaler et gebyr pr. time for at ligge ved gæstebroen."),
]


@pytest.mark.parametrize(("english", "danish_words"), [
    ("Is the water too cold?", ["for kold"]),  # a degree before a word of its own
    ("Do we clean the bath too?", ["også"]),  # 'also' at the end
    ("Who will be registering the boats?", ["registrere", "vil"]),  # no 'være' before the verb
    ("Should we be testing the water?", ["teste"]),
    ("What is put up in front of the harbour office?", ["foran"]),
    ("is it true that the fee runs for two years?", ["er det rigtigt at"]),
    ("Who gets to build the jetty?", ["hvem må"]),
    ("Do sailors pay by the hour?", ["pr. time"]),
    ("What happens at the end of the season?", ["ved slutningen af"]),
    ("Who calibrates the scales?", ["kalibrere"]),  # the '-ere' loanword the tasks write
    ("Where are the electric cars charged?", ["oplade"]),  # a second meaning said with the question's words
])
def test_english_frames_and_forms_are_read_as_danish_says_them(index, english, danish_words):
    q = analyse(index, english)
    assert q.lang == "en" and all(w in q.text for w in danish_words), q.text


def test_a_past_participle_after_do_is_no_verb(index):
    # 'broken' is the state of the charger, not the verb of 'what number do we call'
    q = analyse(index, "What number do we call if a charger is broken?")
    assert q.text.startswith("hvilke nummer ringer vi"), q.text


@pytest.mark.parametrize(("question", "expected"), [
    ("What is put up in front of the harbour office?", "informationstavle"),
    ("Where are the electric cars charged?", "standerne"),
])
def test_an_english_question_in_everyday_words_is_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


def test_a_word_the_tasks_do_not_say_still_gets_no_answer(kb):
    a = answer(kb, "Who repairs the umbrellas at the harbour bath?")
    assert not a.found, a.answer


def _s44_lines() -> list[str]:
    text = (Path(__file__).parents[1] / "knowledge" / "qa" / "english.txt").read_text(encoding="utf-8")
    block = text[text.index("# s44:"):]
    return [line for line in block.splitlines() if "~" in line and not line.startswith("#")]


# Danish words whose key another common word shares: a line for them makes answers about something else
_TAKEN = ("både", "begge", "møller", "mærkede", "brand", "stige", "rive", "kost", "hele", "stille")


def test_the_s44_lines_name_no_word_whose_key_is_another_common_words():
    keys = {key(w) for w in _TAKEN} | {stem_key(w) for w in _TAKEN}
    for line in _s44_lines():
        danish = line.partition("~")[0].strip()
        assert key(danish) not in keys and stem_key(danish) not in keys, line

