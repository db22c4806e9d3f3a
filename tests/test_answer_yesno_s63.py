"""Yes/no (session 63), on tasks written here (a municipality's beehives): a party read only by its compound's
first part ('naturlederne', 'miljøchefen', where the signer is 'direktøren for Natur og Miljø') is another
signer: 'Nej';
a paper found only by who signs another task's paper ('Skal kommunaldirektøren underskrive bireglementet?')
is the task the paper's word names, with nothing to sign and the sentence saying who adopts it; the verb
after a relative clause ('Må en frivillig, der ikke står på listen, åbne stadet?') picks the sentence that
says it among equals; a task's own sentence calling it optional outright ('Bidagen er valgfri og holdes
...') settles it though its priority is on another scale ('Prioritet 2'); a price's span said as an
adverb ('månedligt', 'monthly') is compared as 'pr. måned' is; an English word with a syllabic l
('capsule') is read as the loanword spelt with '-el' ('kapsel'); and 'hvad må man ikke ...?' is not
answered by a sentence that bans nothing (controls for each)."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.english.words import _loan_spellings
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, description: str, priority: str = "Prioritet 2",
          steps: str = "", goal: str = "Opgaven er klar til go-live.") -> str:
    method = f"\n**Metode og fremgangsmåde** {steps}\n" if steps else ""
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** Fælles Bistade

**Prioritet** {priority}

**Mål** {goal}

**Beskrivelse** {description}
{method}
**Resultat** Opgaven er løst.

"""


_TASKS = _task(ident=63101, code="BIST 1", title="Adgang til Honningbogen", description=(
    "Honningbogen er systemet, hvor borgerne booker besøg ved bistaderne.\n\n"
    "- Pris: 700 kr. pr. kvartal\n- Opsigelse: 2 måneders varsel\n\n"
    "Kommunen skal indgå aftalen «Adgang til Honningbogen»."), steps=(
    "<ol><li>1. Læs aftalen igennem</li><li>2. Få aftalen signeret af direktøren for Natur og Miljø</li>"
    "<li>3. Send aftalen til KOMBIT</li></ol>")) + _task(
    ident=63102, code="BIST 2", title="Databehandleraftale for bibesøg", description=(
        "Databehandleraftalen underskrives af kommunaldirektøren og sendes til Voksdata senest 4 uger før "
        "go-live.")) + _task(
    ident=63103, code="BIST 3", title="Bireglementet", description=(
        "Bireglementet fastsætter, hvordan borgerne færdes ved bistaderne.\n\n"
        "Reglementet vedtages af natur- og miljøudvalget og sendes til Voksdata senest 10 dage før go-live."
    ), steps="<ol><li>1. Skriv udkastet</li><li>2. Få reglementet vedtaget i udvalget</li></ol>") + _task(
    ident=63104, code="BIST 4", title="Biavlerlisten over dem, der åbner bistaderne",
    goal="Alle frivillige biavlere står på biavlerlisten.",
    description="Frivillige, der ikke står på listen, må ikke åbne bistaderne.") + _task(
    ident=63105, code="BIST 5", title="Bidagen", description=(
        "Bidagen er valgfri og holdes lørdag den 6. juni 2032 kl. 10-14 ved Kløvermarken.")) + _task(
    ident=63106, code="BIST 6", title="Bimarkedet", description=(
        "Bimarkedet er valgfrit for kommuner uden egen bigård og holdes i august.")) + _task(
    ident=63107, code="BIST 7", title="Voksmuseet", priority="Valgfri", description=(
        "Kommunen viser voks og honning i en lille udstilling.")) + _task(
    ident=63108, code="BIST 8", title="Regler for bigården", description=(
        "Reglerne siger, hvad man må tage med ind i bigården:\n\n- Parfume og bananer er ikke tilladt\n"
        "- Alle bærer bidragt\n\nSamtlige stier i bigården holdes af Voksdata."), steps=(
    "<ol><li>1. Skriv reglerne</li><li>2. Tag reglerne med ind i bigården og sæt dem op</li></ol>"))


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


# (question, the verdict it opens with, what the evidence says)
_SETTLED = [
    # a party read by its compound's first part: was 'Ja' (its 'natur' is the signer's 'Natur')
    ("Skal naturlederne signere aftalen om Honningbogen?", "Nej", "direktøren for Natur og Miljø"),
    ("Skal miljøchefen underskrive aftalen om Honningbogen?", "Nej", "direktøren for Natur og Miljø"),
    # a paper found only by another task's signer: was that task's 'Ja' (or not settled)
    ("Skal kommunaldirektøren underskrive bireglementet?", "Nej", "natur- og miljøudvalget"),
    # the verb after the relative clause: was not settled ('Alle frivillige biavlere står på biavlerlisten')
    ("Må en frivillig, der ikke står på biavlerlisten, åbne bistaderne?", "Nej", "må ikke åbne bistaderne"),
    # a sentence calling the task's own thing optional outright, of a 'Prioritet 2': was not settled
    ("Er Bidagen valgfri?", "Ja", "Bidagen er valgfri"),
    # a price's span as an adverb: was not settled
    ("Betales Honningbogen månedligt?", "Nej", "700 kr. pr. kvartal"),
    ("Is Honningbogen paid per month?", "No", "700 kr. pr. kvartal"),
    ("Is Honningbogen paid monthly?", "No", "700 kr. pr. kvartal"),
]

# (question, the verdict it must not open with): neighbours each kind must leave as they were
_CONTROLS = [
    ("Skal direktøren for Natur og Miljø signere aftalen om Honningbogen?", "Nej"),  # the signer itself
    ("Skal miljødirektøren underskrive aftalen om Honningbogen?", "Nej"),  # its kind, its first part
    ("Skal naturvejlederne signere aftalen om Honningbogen?", "Ja"),
    ("Skal kommunaldirektøren underskrive databehandleraftalen for bibesøg?", "Nej"),  # that paper's signer
    ("Må en frivillig, der står på biavlerlisten, åbne bistaderne?", "Nej"),  # the ban is on the others
    ("Er Bidagen obligatorisk?", "Ja"),
    ("Betales Honningbogen kvartalsvis?", "Nej"),  # the same span
    ("Betales Honningbogen pr. kvartal?", "Nej"),
]


@pytest.mark.parametrize("question, verdict, said", _SETTLED)
def test_the_text_settles_it(question: str, verdict: str, said: str) -> None:
    reply = answer(_kb(), question)
    assert reply.found and reply.answer.startswith(verdict) and said in reply.answer, reply.answer


@pytest.mark.parametrize("question, never", _CONTROLS)
def test_the_text_does_not_settle_it_so(question: str, never: str) -> None:
    reply = answer(_kb(), question)
    assert not reply.answer.startswith(never + " "), reply.answer


def test_a_word_near_a_concept_words_stem_only_is_no_misspelling_of_it() -> None:
    """'Skal Voksdata også salte stierne?': 'salte' (stem 'salt') is no misspelt 'samtlige' (stem 'samt',
    read as 'all'): the claim's verb is then a word the tasks lack, not dropped for a Ja (was 'Ja – ...
    Samtlige stier ... holdes af Voksdata')."""
    a = answer(_kb(), "Skal Voksdata også salte stierne i bigården?")
    assert not a.found, a.answer
    kept = answer(_kb(), "Skal Voksdata holde stierne i bigården?")  # control: the verb the text says
    assert kept.found and kept.answer.startswith("Ja"), kept.answer


def test_a_ban_question_is_not_answered_by_a_sentence_that_bans_nothing() -> None:
    """'Hvad må man ikke tage med ind i bigården?': a step that takes something into it is no answer (was
    the answer: it says 'tage med ind i bigården' word for word); the banning sentence is, or nothing."""
    a = answer(_kb(), "Hvad må man ikke tage med ind i bigården?")
    assert not a.found or "ikke tilladt" in a.answer, a.answer
    assert "sæt dem op" not in a.answer or not a.found, a.answer


@pytest.mark.parametrize("english, danish", [
    ("capsule", "kapsel"), ("article", "artikel"), ("muscle", "muskel"), ("vehicle", "vehikel"),
])
def test_a_syllabic_l_is_spelt_el_in_the_loanword(english: str, danish: str) -> None:
    """An English word no word list has is read as the tasks' loanword by the regular spellings: a syllabic l
    is '-el' in Danish (was '-l': 'kapsl', 'kabl', which no task writes)."""
    assert danish in _loan_spellings(english)


def test_a_syllabic_l_after_d_keeps_its_spelling() -> None:  # control: 'middle' is no 'middel'
    assert "middel" not in _loan_spellings("middle")
