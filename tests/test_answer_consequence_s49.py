"""What happens to the things a task leaves out (s49): 'Hvad sker der med X, der ikke V?' is answered by the
task's 'X, der ikke V, <main clause with its own negation>' ('Poster, der ikke er godkendt, kommer ikke med
i budgettet'), with or without the relative clause's commas; a relative clause followed by a deed that is no
consequence ('..., bestiller den hos IT') is none."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.consequences import is_consequence
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## BÅD 3 (Data) Indberet kommunens bådpladser

**Master-opgave ID** 6641

**Opgavetitel** BÅD 3 (Data) Indberet kommunens bådpladser

**Projekt** Lystbådehavne

**Prioritet** Obligatorisk

**Beskrivelse** Havnefogeden indberetter alle bådpladser i Kajregistret inden go-live.

Bådpladser, der ikke er indberettet, kommer ikke med i udlejningen i første sæson.

En bøje der ikke er indberettet vises ikke på havnekortet.
"""


@pytest.mark.parametrize(("question", "said"), [
    ("Hvad sker der med bådpladser, der ikke bliver indberettet?", "udlejningen"),
    ("hvad sker der med en bøje, som ikke er indberettet?", "havnekortet"),
])
def test_what_happens_to_what_is_left_out(question, said):
    got = answer(KnowledgeBase.from_tasks(parse_text(EXPORT)), question)
    assert got.found and said in got.answer


@pytest.mark.parametrize(("text", "consequence"), [
    ("Poster, der ikke er godkendt, kommer ikke med i budgettet", True),
    ("Et skur der ikke er anmeldt fjernes ikke automatisk", True),
    ("Medarbejdere, der ikke har adgang, bestiller den hos IT", False),
    ("Kommunen skal sikre, at der ikke sendes breve", False),
])
def test_a_relative_clause_then_a_negated_main_verb(text, consequence):
    assert is_consequence(text) is consequence
