"""The lead's mends after the third review of the forty-fifth session: a grant to all of one thing is no
grant of another by the same verb, a 'kun' deed goes on past a parenthetical comma, an object pronoun
stands for a thing the sentence before names (not its doer), and a topic is a mail's subject only when
asked of the mail. (The 'kun' cases fail before the mends; the pronoun and topic cases are guards: with
these invented tasks they already held, the review's own tasks did not.)"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** Fælles Fritid

**Prioritet** Obligatorisk

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_ROWS = [
    ("UDL 3", "Udlån i medborgerhuset",
     "Alle må låne brætspil, men kun lånere over 18 år må låne projektoren. Kun viceværten må, i samråd "
     "med formanden, låne stigen ud."),
    ("OPS 4", "Sommerløbet i parken",
     "Opslagene skal være trykt senest 1. februar. Kommunen bestiller opslagene hos trykkeriet. "
     "Løbeklubben sætter dem op senest 1. marts. Kommunen modtager flaget fra sponsoren. Skolen sætter "
     "det op senest 5. marts."),
    ("KOR 2", "Korkoncert i kirken",
     "Emnet for korkoncerten er nordiske salmer, og spørgsmål sendes på mail til kirken@kommune.dk. "
     "Send programmet til avisen med emnet \"Kor i kirken\"."),
]
_TASKS = "".join(_task(ident=59950 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_ROWS, 1))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Må alle låne projektoren?",  # all may borrow games; only some the projector
    "Må alle låne stigen ud?",  # the 'kun' deed goes on past ', i samråd med formanden,'
])
def test_only_some_may(question):
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej"), a.answer


def test_a_pronoun_stands_for_the_object_named_before():
    a = answer(_kb(), "Hvem sætter opslagene op?")
    assert a.found and "Løbeklubben" in a.answer and "Skolen" not in a.answer, a.answer


def test_a_topic_asked_of_another_thing_is_no_mail_subject():
    a = answer(_kb(), "Hvilket emne har korkoncerten, som mailen handler om?")
    assert "Kor i kirken" not in a.answer or not a.found, a.answer
