"""Review of the s44 English lines: 'too' before a phrase is 'also', 'is over' and 'an hour' keep their sense,
and the lexicon names no meal or shade for a time or a colour the tasks say otherwise."""
import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse

TASKS = [
    Task(id="9961", title="BAD 1 Svømmehal for ældre", project="Svømmehal",
         description="Borgere over 65 år har gratis adgang om formiddagen. Rengøringen tager en time. "
                     "Bådene registreres igen næste år. Beboerne får middag kl. 17.30, og madaffald "
                     "sorteres i poser."),
]


@pytest.mark.parametrize(("english", "present", "absent"), [
    ("Should we register the boats too next year?", ["også"], ["for næste"]),
    ("Do we test the water too on Monday?", ["også"], []),
    ("Does a citizen who is over 65 get free entry?", ["65"], ["slut"]),
    ("Does the cleaning take an hour?", [], ["pr. time"]),
])
def test_english_words_keep_their_sense_in_context(index, english, present, absent):
    q = analyse(index, english)
    assert all(w in q.text for w in present) and not any(w in q.text for w in absent), q.text


def test_black_and_noon_are_not_read_as_sorting_or_dinner(index):
    assert "sort" not in analyse(index, "When are the black bags handed in?").text.split()
    assert "middag" not in analyse(index, "What time is noon at the care centre?").text.split()
