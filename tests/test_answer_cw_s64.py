"""Confident wrong answers refused or mended (session 64): a recipient asked with its verb last ('hvem skal
aftalen sendes til?') answered by a sentence of another deed ('giver klubberne adgang til appen'); a compound
whose head its key cuts short ('akvarievagterne' keyed 'akvarievag', 'vagt' alone) answered by a sentence of
its first part alone ('Akvariet har 3 rum'); a word no task writes read as another of its root that only a
department's name has ('parkering' in 'chefen for Park og Vej'); a go-live date asked 'for the X project'
answered by the project field; 'vi er bagud – hvornår ...?' answered by the workspace's overdue status;
'hvad kommer der ud af X, når den er færdig?' answered by the task's end; a plural 'hvilke dokumenter'
answered by one of two label lines; 'the quidditch rules' answered by 'Ballonreglerne'; hours in a table
('kl. 9-15') read as a count; 'Find den rette underskriver' read as a signer; 'hvem skal listen sendes
til?' answered by 'sende en liste med navnene'."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa import gate
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate
from knowledge.qa.intents.fields import _asked
from knowledge.qa.intents.own_work import Own, own_intent
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds


def _task(code: str, ident: str, title: str, text: str, *, steps: str = "", goal: str = "Opgaven er løst.",
          result: str = "Det er gjort.") -> str:
    method = f"\n**Metode og fremgangsmåde** {steps}\n" if steps else ""
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fælles Bunker

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -10

**Mål** {goal}

**Beskrivelse** {text}
{method}
**Resultat** {result}

"""


TASKS = "".join([
    _task("BNKR 1", "8801", "Adgang til Bunkerappen",
          "Aftalen &ldquo;Adgang til Bunkerappen&rdquo; giver klubberne adgang til appen, hvor de finder "
          "rummene i bunkeren.\n\n• Udvikler: Betonspor Data\n• Pris: 450 kr. pr. måned\n"
          "• Binding: 6 måneder\n\nAftalen signeres med MitID Erhverv af direktøren for Kultur og Fritid "
          "og sendes til KOMBIT senest 15 dage før go-live.",
          steps="1. Læs aftalen 2. Find den rette underskriver 3. Signer aftalen med MitID Erhverv "
                "4. Send aftalen til KOMBIT"),
    _task("BNKR 2", "8802", "Serviceaftale og bunkerplan",
          "Dokument: serviceaftale med Betonspor Data\n\nDokument: bunkerplan\n\n"
          "Udstyr: hjelm til hver gæst"),
    _task("BNKR 3", "8803", "Bunkerkortet",
          "Bunkerkortet beskriver de ture, der kan bookes. For hver tur angives:\n\n- turens navn\n"
          "- længde\n- sværhedsgrad\n- antal trapper\n\n| tur | hverdage | weekend |\n|---|---|---|\n"
          "| kort tur | kl. 9-15 | kl. 10-16 |\n| lang tur | kl. 10-14 | kl. 10-17 |\n\n"
          "Der skal altid være mindst 2 akvarievagter med lommelygte på arbejde.",
          steps="1. Tegn turene ind på kortet 2. Få bunkerkortet godkendt af chefen for Park og Vej "
                "3. Få turene godkendt i Kultur- og Fritidsudvalget",
          result="Bunkerkortet er lagt ind i Bunkerbogen."),
    _task("BNKR 4", "8804", "Tilslutning til Bunkerbogen",
          "Akvariet har 3 rum og 2 udgange. Systemet er udviklet af Betonspor Data. Om natten låser en vagt "
          "døren.",
          steps="1. Udfyld aftalens bilag med kommunens oplysninger om akvariet 2. Send aftalen til KOMBIT"),
    _task("BNKR 5", "8805", "Gæstelisten",
          "Gæstelisten har navn og alder på hver gæst. Reglerne for gæster hænger ved døren. Lederen af "
          "Bunkerlauget sender gæstelisten til Betonspor Data senest 3 uger før go-live."),
    _task("BNKR 7", "8807", "Bunkerdagen (valgfri)",
          "Bunkerdagen holdes for borgerne. Tilmeldingen åbnes senest 5 arbejdsdage før go-live."),
    _task("BNKR 6", "8806", "Ballonreglerne",
          "Ballonreglerne vedtages af kulturudvalget og sendes til Betonspor Data senest 4 uger "
          "før go-live."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question, other", [
    # 'parkering', which no task writes, read as 'park': only the department 'Park og Vej' has it
    ("Er der parkering ved bunkeren?", "Park og Vej"),
    # 'når den er færdig' frames the question; its end is not what comes out of the task
    ("Hvad kommer der ud af BNKR 3, når den er færdig?", "før go-live"),
    # a kind of rules the dictionary does not know, answered by the rules of another kind (a compound)
    ("Who adopts the quidditch rules?", "kulturudvalget"),
    # a plural 'hvilke' answered by one of the task's two 'Dokument:' lines
    ("Hvilke dokumenter er der i BNKR 2?", None),
])
def test_no_confident_answer_from_another_thing(kb, question, other):
    got = answer(kb, question)
    if other is None:  # found only with both documents
        assert not got.found or ("serviceaftale" in got.answer and "bunkerplan" in got.answer), got.answer
    else:
        assert not got.found or other not in got.answer, got.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvem skal signere aftalen om Bunkerappen?", "direktøren for Kultur og Fritid"),
    ("Hvem skal aftalen sendes til?", "KOMBIT"),  # the step says the sending
    ("Hvem har udviklet Bunkerbogen?", "Betonspor Data"),
    ("Hvad er udstyret i BNKR 2?", "hjelm"),  # one label line, asked in the singular
    ("Hvem sender gæstelisten til Betonspor Data?", "Lederen af Bunkerlauget"),
    ("Hvornår skal gæstelisten sendes?", "3 uger"),
    ("Hvad er slutdatoen for BNKR 3?", "30 dage"),  # its end asked in the main clause
    ("Hvilket projekt hører BNKR 1 til?", "Fælles Bunker"),
    ("Who adopts the rules?", "kulturudvalget"),
    # a guessed word ('udvalg', which no task writes alone) said as the part of a name's word
    ("Hvilket udvalg godkender turene?", "Fritidsudvalget"),
    ("Who adopts the balloon rules?", "kulturudvalget"),
    # a unit's compound ('arbejdsdage') is no other kind of the day asked of
    ("When should sign-up for the quidditch day open?", "5 arbejdsdage"),
])
def test_the_answer_of_the_thing_asked_is_still_given(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


def _judged(kb, question: str, ident: str, text: str, kind: str = "passage") -> bool:
    """gate.answers on a sentence of the task `ident` (the pipeline's ranking often hides such a sentence
    behind a better one; the gate must refuse it itself)."""
    index = index_for(kb)
    task = next(i for i, t in enumerate(index.tasks) if t.id == ident)
    return gate.answers(index, analyse(index, question), Candidate(kind, text, [task], set()))


_OTHER_DEED = ("Aftalen “adgang til bunkerappen” giver klubberne adgang til appen, hvor de finder rummene i "
               "bunkeren. pr. system:\n• Udvikler: Betonspor Data\n• Pris: 450 kr. pr. måned")


@pytest.mark.parametrize("question, ident, text, gives", [
    # the verb right before the stranded 'til' is not said: 'giver klubberne adgang til appen' is no sending
    ("Hvem skal aftalen om Bunkerappen sendes til?", "8801", _OTHER_DEED, False),
    ("Hvem skal aftalen om Bunkerappen sendes til?", "8801", "4. Send aftalen til KOMBIT", True),
    # a compound whose first part the key cuts ('bunker': 'bunk'), written by one task, is not answered by
    # another task's sentence of the first part alone
    ("Hvem er akvarievagterne?", "8804", "1. Udfyld aftalens bilag med kommunens oplysninger om akvariet",
     False),
    ("Hvad skal akvarievagterne have med?", "8804", "Akvariet har 3 rum og 2 udgange.", False),
    ("Hvad skal akvarievagterne have med?", "8803",
     "Der skal altid være mindst 2 akvarievagter med lommelygte på arbejde.", True),
    ("Hvad har akvariet?", "8804", "Akvariet har 3 rum og 2 udgange.", True),
    # whom a thing is sent to stands after 'til': 'sende ... med navne' names no one it goes to
    ("Hvem skal gæstelisten sendes til?", "8805", "Kommunen skal sende en gæsteliste med gæsternes navne.",
     False),
    ("Hvem skal gæstelisten sendes til?", "8805",
     "Lederen af Bunkerlauget sender gæstelisten til Betonspor Data senest 3 uger før go-live.", True),
])
def test_the_gate_judges_the_thing_of_the_sentence(kb, question, ident, text, gives):
    assert _judged(kb, question, ident, text) is gives


def test_a_go_live_date_for_a_project_asks_no_project_field(kb):
    index = index_for(kb)
    asked = _asked(analyse(index, "What is the go-live date for the bunker project?"))
    assert asked is None or "project" not in asked[0]
    assert "project" in _asked(analyse(index, "Hvilket projekt hører BNKR 1 til?"))[0]


@pytest.mark.parametrize("question, own", [
    ("Vi er lidt bagud med gæstelisten – hvornår skal den være afsted?", None),  # the deadline is asked
    ("Er vi bagud?", Own.OVERDUE),
    ("Hvilke opgaver er forsinket?", Own.OVERDUE),
])
def test_being_behind_with_a_when_asks_the_deadline(question, own):
    assert own_intent(question) is own


@pytest.mark.parametrize("text, question, counts", [
    # hours of the day, after one 'kl.' too
    ("| kort tur | kl. 9-15 | kl. 10-16 |", "Hvor mange oplysninger skal angives for hver tur?", False),
    ("| hverdage | kl. 11 og 14 | kl. 11, 13 og 15 |", "Hvor mange oplysninger skal angives for hver tur?",
     False),
    # a count after a time is still one
    ("Turen starter kl. 10, og 12 turister kan komme med", "Hvor mange turister kan komme med?", True),
    ("Der er 4 ture om dagen", "Hvor mange ture er der?", True),
])
def test_hours_are_no_count(text, question, counts):
    assert holds(Expect.COUNT, text, question) is counts
