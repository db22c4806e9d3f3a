"""The who-by-title reading: a sentence answers 'hvem' only when it says who (knowledge/qa/titles.py)."""

import pytest

from knowledge.qa.titles import _SAYS_WHO


@pytest.mark.parametrize(("sentence", "says_who"), [
    ("Integrationen driftes af KMD.", True),
    ("Spørgsmål sendes til kommunens it-afdeling.", True),
    ("Kontakt Mette Lund ved spørgsmål.", True),
    ("Status af testen noteres i loggen.", False),  # a noun in -s before 'af' is no passive's agent
    ("Testen gennemføres i uge 12.", False),
])
def test_a_sentence_says_who_by_an_agent_a_party_or_a_name(sentence, says_who):
    assert bool(_SAYS_WHO.search(sentence)) is says_who
