"""Review findings of the stop-45 merge (revb): B1 where a gathering is held, B2 a length that is no
deadline."""
import pytest

from knowledge.deadlines import sentence_deadlines


# B2: an unread length ('gælder i 2 år efter go-live') hides only a demand AT go-live in its own clause
@pytest.mark.parametrize("sentence, about", [
    ("Samarbejdsaftalen skal godkendes senest ved go-live og gælder i 3 år efter go-live.",
     "samarbejdsaftale"),
    ("Rollerne skal være tildelt inden go-live; testadgangen lukkes 2 år efter go-live.", "rollerne"),
    ("Opsætningen skal være afsluttet inden go-live, og sporet gemmes 30 timer efter go-live.",
     "opsætningen"),
])
def test_unread_length_keeps_the_deadline_at_golive_before_it(sentence, about):
    got = sentence_deadlines(sentence)
    assert [(d.days, d.anchor) for d in got] == [(0, "go-live")]
    assert about in (got[0].about or "")
    assert "efter go-live" not in got[0].text


@pytest.mark.parametrize("sentence", [
    "Databasen kopieres 36 timer før go-live.",
    "Databasen skal kopieres 36 timer før go-live.",
])
def test_unread_length_alone_is_no_deadline_at_golive(sentence):
    assert [d for d in sentence_deadlines(sentence) if d.anchor == "go-live" and d.days == 0] == []
