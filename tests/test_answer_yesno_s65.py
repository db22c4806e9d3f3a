"""Yes/no (session 65), on tasks written here (a municipality's allotment gardens and its winter bathing
jetty): leave asked for a thing ('må man have en trampolin i haven?', 'må man tænde grill på broen?') against
a rule line that bans the thing outright without a verb ('Ingen trampoliner', 'Ingen grill på badebroen',
'intet glas ved arrangementer eller badning') is a 'Nej', whatever deed the question names with the thing;
controls stay honest where the ban is bound to a place, a condition or a level the question does not put
forward, or where the question asks of another thing. A count over a cap ('må der være 10 deltagere på et
syltehold?') is denied by a cap on the head of the question's compound ('Højst 8 deltagere pr. hold') in the
task whose title names the compound ('Sylteregler for fælleskøkkenet', 'Udlån af haveredskaber')."""

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

**Projekt** Fælles Kolonihaver

**Prioritet** Prioritet 2

**Mål** Opgaven er klar til go-live.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


# (code, title, description): the gardens' and the jetty's tasks, numbered 65101 on
_SPECS = [
    ("KOLO 1", "Havereglementet for kolonihaverne",
     "Havereglementet skal mindst fastsætte:\n\n- Højst 2 skure pr. have\n- Hækken klippes hver 6. uge\n"
     "- Ingen trampoliner\n- Ingen hunde i fælleshuset\n\nReglementet vedtages af haveudvalget."),
    ("KOLO 2", "Ordensregler for vinterbadebroen",
     "Ordensreglerne for vinterbadebroen:\n\n- Ingen grill på broen\n"
     "- Intet glas ved arrangementer eller badning om natten\n- Ingen kajakker undtagen redningskajakken\n"
     "\nReglerne sendes til Isflage Service senest 3 uger før go-live."),
    ("KOLO 4", "Sylteregler for fælleskøkkenet",
     "Reglerne for syltningen i fælleskøkkenet:\n\n1. Højst 8 deltagere pr. hold.\n"
     "2. Glas vaskes ved vasken.\n\nReglerne vedtages af haveudvalget."),
    ("KOLO 5", "Udlån af haveredskaber",
     "Foreningen låner haveredskaber ud til medlemmerne.\n\n- Højst 2 redskaber pr. lån\n"
     "- Lånetid: højst 3 dage"),
    ("KOLO 3", "Aftale med Havebogen", "Kommunen indgår aftale med Spadestik ApS om bookingsystemet "
     "Havebogen. Medlemmerne booker syltehold i Havebogen. Aftalen underskrives af chefen for Park og "
     "Natur."),
]
_TASKS = "".join(_task(ident=65101 + n, code=code, title=title, description=description)
                 for n, (code, title, description) in enumerate(_SPECS))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


# (question, the verdict it opens with, what the evidence says): were not settled before (no passage said
# the question's verb, or the place was only the task's, or 'ved ... eller ...' was read as a prohibition)
_SETTLED = [
    ("Må man have en trampolin i kolonihaven?", "Nej", "Ingen trampoliner"),
    ("Må man opstille trampoliner i kolonihaverne?", "Nej", "Ingen trampoliner"),
    ("Må man tænde grill på vinterbadebroen?", "Nej", "Ingen grill på broen"),
    ("Må man medbringe glas ved arrangementer på vinterbadebroen?", "Nej", "Intet glas ved arrangementer"),
    ("Er hunde tilladt i fælleshuset?", "Nej", "Ingen hunde i fælleshuset"),
    ("May we have a trampoline in the allotment gardens?", "No", "Ingen trampoliner"),
]

# a count over a cap whose noun or unit is the head of the question's compound, in the task the compound
# names by its title (its modifier begins a title word, or the title says it whole): were not settled
_CAPPED = [
    ("Må der være 10 deltagere på et syltehold?", "Nej", "Højst 8 deltagere pr. hold"),
    ("Må et medlem låne 4 haveredskaber på én gang?", "Nej", "Højst 2 redskaber pr. lån"),
]

# (question, the verdict it must not open with): neighbours the ban must leave unsettled
_CONTROLS = [
    # banned in the club house only: was 'Nej' (the passage's 'Ingen' read without its place)
    ("Må man have hunde i kolonihaven?", "Nej"),
    ("Må man medbringe glas på vinterbadebroen om dagen?", "Nej"),  # banned at events or night bathing
    ("Må man tænde grill i kolonihaven?", "Nej"),  # banned on the jetty, not in the gardens
    ("Må man have to skure i haven?", "Nej"),  # a count within a cap: not the banned thing
    ("Må man ikke have trampoliner i kolonihaven?", "Ja"),  # a negated question is not read here
    ("Må der være 6 deltagere på et syltehold?", "Nej"),  # within the cap
    ("Må et medlem låne 4 havestole på én gang?", "Nej"),  # the title names tools, not chairs
]


@pytest.mark.parametrize("question, verdict, said",
                         [*_SETTLED, *_CAPPED, *((q, None, no) for q, no in _CONTROLS)])
def test_banned_things(question: str, verdict: str | None, said: str) -> None:
    """A settled question opens with its verdict and quotes the banning line; a control (verdict None)
    never opens with the verdict it names (`said`)."""
    reply = answer(_kb(), question)
    if verdict is None:
        assert not reply.answer.startswith(said + " "), reply.answer
    else:
        assert reply.found and reply.answer.startswith(verdict) and said in reply.answer, reply.answer
