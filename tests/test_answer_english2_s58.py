# ruff: noqa: E501
"""English when/how-long/what-if questions (session 58), on tasks written here (footbridges on a shared map,
the lamps along them): a list that 'is late' is the text's 'Kommer listen ikke i tide / for sent' (the
sentence says the list by its short head, 'listen', of the title's 'Broliste'); 'what if X is late?' asks
what follows, not which of our tasks are overdue; 'how many days is X planned to take?' and 'how long does
<code> take?' ask the task's own Opgave varighed; 'how long can X be in <System>?' asks a size; 'mailed' is the text's
'mailes'. ('be signed for <the day>' read as signed regarding it was taken back after review: it made
'what must be signed for the key?' a list of signatures where the task says 'kvitteres for'.)"""

from __future__ import annotations

from functools import cache

import pytest

from bot.ask import ask
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BROS 1 – Broliste til Spangkortet
**Master-opgave ID** 88401
**Opgavetitel** BROS 1 – Broliste til Spangkortet
**Projekt** Fælles Gangbroer
**Fase** Fase 2 – Forberedelse
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 7
**Slutdato (fra Go-Live)** -20
**Startdato (fra Slutdato)** –7
**Bølger** Gangbroer – Bølge 1
**Beskrivelse** Spangkortet viser kommunens gangbroer over åer og grøfter. Hver bro skal have et nummer, før borgerne kan melde skader på den. En skadesmelding må højst være 300 tegn. Brolisten godkendes af lederen af Vejteamet og sendes til Spanglund Data senest 5 uger før go-live. Kommer listen ikke i tide, vises broerne først på kortet to måneder efter go-live.
**Anbefalet udfører** Vejteamet
## BROS 2 – Lampeliste til Spangkortet
**Master-opgave ID** 88402
**Opgavetitel** BROS 2 – Lampeliste til Spangkortet
**Projekt** Fælles Gangbroer
**Fase** Fase 2 – Forberedelse
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** -15
**Startdato (fra Slutdato)** –3
**Bølger** Gangbroer – Bølge 1
**Beskrivelse** Lamperne ved gangbroerne skal stå på Spangkortet. Lampelisten sendes til Spanglund Data senest 3 uger før go-live. Kommer listen for sent, tændes lamperne på kortet først efter go-live.
**Anbefalet udfører** Vejteamet
## BROS 3 – Leje af lift (valgfri)
**Master-opgave ID** 88403
**Opgavetitel** BROS 3 – Leje af lift (valgfri)
**Projekt** Fælles Gangbroer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Bølger** Gangbroer – Bølge 1
**Beskrivelse** Løftegrej Udlejning udlejer en lift til eftersyn af brodækkene. Lejeaftalen skrives under af chefen for Vejteamet og mailes til Løftegrej Udlejning senest 6 dage før det første eftersyn. Vejteamet kvitterer for liften ved modtagelsen.
**Anbefalet udfører** Vejteamet
## BROS 4 – Brodagen (valgfri)
**Master-opgave ID** 88404
**Opgavetitel** BROS 4 – Brodagen (valgfri)
**Projekt** Fælles Gangbroer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Bølger** Gangbroer – Bølge 1
**Beskrivelse** På Brodagen går borgerne over alle kommunens gangbroer sammen med en vejingeniør. Brodagen holdes lørdag den 4. maj 2030. Der skal ikke skrives noget under i denne opgave.
**Anbefalet udfører** Vejteamet
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


# Each question, what the answer must say, and why (a control passed before the change too).
_SAYS = [
    # a list that 'is late' is the text's 'Kommer listen ikke i tide'
    ("What happens if the bridge list is late?", "to måneder efter go-live"),
    ("hvad sker der hvis brolisten er forsinket", "to måneder efter go-live"),
    ("What happens if the bridge list comes too late?", "to måneder efter go-live"),  # a control
    # the time planned for a task is its Opgave varighed
    ("How many days is BROS 1 planned to take?", "7 days"),
    ("How many days are planned for BROS 2?", "3 days"),
    ("How long is task 88401 planned to last?", "7 days"),
    ("How long does BROS 2 take?", "3 days"),  # a control
    ("hvor lang tid tager BROS 2?", "3 dage"),  # a control
    # 'how long can X be in <system>?' asks a limit on X's size, not how long something lasts
    ("How long can a damage report be at most in Spangkortet?", "300 tegn"),
    ("How long may a damage report be?", "300 tegn"),  # a control
    # 'mailed' is the tasks' 'mailes' (a way of sending), as in a Danish question
    ("When must the lift rental agreement be mailed?", "6 dage"),
    ("By when does the lift rental agreement have to be emailed?", "6 dage"),  # a control
    ("skal der skrives noget under til Brodagen?", "Nej –"),  # a control
    # signing for a delivery is a receipt (controls)
    ("Who signs for the lift when it arrives?", "kvitterer"),
    ("must the lift be signed for?", "kvitterer"),
]


@pytest.mark.parametrize(("question", "expected"), _SAYS)
def test_the_answer_says_it(question: str, expected: str):
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "what if the list of zeppelins is late",  # (s63: 'footbridges' is now read as the tasks' 'broer')
    "hvad hvis listen over spangene er forsinket",
])
def test_what_if_a_list_is_late_asks_what_follows_not_what_is_overdue(question: str):
    """'what if X is late?' asked in a workspace is a consequence question; routed to the workspace's own
    overdue tasks it said, confidently, that no go-live date is set (here the tasks do not name the thing)."""
    a = ask(Store(None), _kb(), team="T1", question=question, user="U1").answer
    assert "go-live" not in a.answer or not a.found, a.answer
    assert "golive" not in a.answer, a.answer


def test_what_if_a_named_list_is_late_is_answered():  # a control
    a = ask(Store(None), _kb(), team="T1", question="what if the lamp list is late", user="U1").answer
    assert a.found and "tændes lamperne" in a.answer, a.answer
