"""Who-answers name the party of the asked deed: a sentence of two passive deeds is cut to the asked one's
clause also in a passage's answer, a passive whose subject follows its verb after an opening adverbial is
done to that subject, a role with what it is for before a name in apposition is held by that name, and a
task's goal names no one for a who-question. The tasks and questions are written for this test."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_MD = """## SKF 1 (Drift) Skolefoto på kommunens skoler

**Master-opgave ID** 6601

**Projekt** Skolefoto

**Bølger** Skolefoto - Bølge 1

**Mål** Vi ved, hvor mange fotopakker forældrene køber.

**Beskrivelse** Fotoaftalen underskrives af skolelederen, mens fotoplanen godkendes af skolebestyrelsen.
Hvert forår kontrolleres fotoudstyret af en tekniker fra IT-afdelingen.
Ved spørgsmål kontaktes den ansvarlige for fotoaftalen, Lene Dahl.

**Metode og fremgangsmåde** 1. Underskriv fotoaftalen
2. Planlæg fotodagen

**Anbefalet udfører** Skolesekretær

**Anbefalet ansvarlig** Skoleleder
"""


def _ask(question: str):
    return answer(KnowledgeBase(tasks=parse_text(_MD)), question)


def test_two_passive_deeds_are_cut_to_the_asked_deeds_clause():
    result = _ask("hvem underskriver fotoaftalen?")
    assert result.found and "skolelederen" in result.answer
    assert "skolebestyrelsen" not in result.answer  # the board approves the plan, it signs nothing


def test_a_passive_subject_after_its_verb_is_what_the_deed_is_done_to():
    result = _ask("hvem kontrollerer fotoudstyret?")
    assert result.found and "tekniker" in result.answer


def test_a_role_for_a_thing_before_a_name_in_apposition_is_held_by_that_name():
    result = _ask("hvem er ansvarlig for fotoaftalen?")
    assert result.found and "Lene Dahl" in result.answer


def test_the_goal_names_no_one_for_a_who_question():
    result = _ask("hvem måler salget af fotopakker?")
    assert "Vi ved" not in result.answer or not result.found


_MORE = """## BIB 1 (Drift) Udlån af elcykler

**Master-opgave ID** 6801

**Projekt** Elcykler

**Beskrivelse** Borgeren betaler et gebyr på 200 kr. ved udlånet. Gebyret tilbagebetales af biblioteket, når
cyklen er afleveret. Forsikringen betales af kommunen.

Biblioteket har fastsat disse vilkår for udlån af elcykler:
- Udlånsperiode: 14 dage
- Gebyr: 200 kr.
- Aldersgrænse: 18 år
"""


def _ask_more(question: str):
    return answer(KnowledgeBase(tasks=parse_text(_MORE)), question)


def test_a_verb_with_a_particle_is_another_deed_than_the_plain_verb():
    back = _ask_more("hvem betaler gebyret tilbage?")
    assert "Borgeren" not in back.answer  # the borrower pays the fee; the library pays it back
    assert not back.found or "biblioteket" in back.answer
    assert "Borgeren" in _ask_more("hvem betaler gebyret?").answer


def test_what_is_paid_for_is_the_object_of_paying():
    result = _ask_more("hvem betaler for udlånsperioden?")
    assert "Forsikringen betales af kommunen" not in result.answer


def test_a_list_whose_lines_name_no_one_is_no_who_answer():
    result = _ask_more("hvem står for vilkårene for udlån af elcykler?")
    assert not result.found or "Aldersgrænse" not in result.answer


def test_an_inverted_passive_is_a_clause_of_its_own():
    md = _MD.replace("Hvert forår kontrolleres fotoudstyret af en tekniker fra IT-afdelingen.",
                     "Om foråret kontrolleres fotoudstyret af en tekniker, mens lys leveres af FOTOLYS.")
    result = answer(KnowledgeBase(tasks=parse_text(md)), "hvem kontrollerer fotoudstyret?")
    assert result.found and "tekniker" in result.answer and "FOTOLYS" not in result.answer


def test_a_genitive_before_its_noun_is_no_passive_with_its_subject_after_it() -> None:
    # 'kommunens andel af udgiften' is a genitive, not 'opsættes hegnet af': the sentence is quoted as the
    # task writes it, not glued to the first clause's subject (review of s47)
    tsv = ("*Opgavetitel\t(TIL 1) Tilskud til legepladser\n*Projekt\tLegepladser\n"
           "*Beskrivelse\t<p>Ansøgningen godkendes af udvalget, og kommunens andel af udgiften betales af "
           "staten.</p>\nAnbefalet udfører\tSagsbehandler\n")
    a = answer(KnowledgeBase.from_tasks(parse_text(tsv)), "hvem betaler kommunens andel af udgiften?")
    assert "Ansøgningen kommunens" not in a.answer, a.answer
    assert a.found and "staten" in a.answer, a.answer
