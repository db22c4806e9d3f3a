"""Mend 4 (s61): a title's '(valgfri)' makes a ranked task optional by the one rule of
knowledge/priority.py, said as such, and does not make the project's ranks 'Obligatorisk'; a what-if
bound answers only a count of the thing it bounds, beside a task's consequence lines too."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.priority import Weight, is_critical, task_weight
from knowledge.qa.pipeline import answer

_TASKS = Path(__file__).parent / "fixtures" / "mend4_s61_tasks.md"


@cache
def _kb(rules_of_none: bool = False) -> KnowledgeBase:
    text = _TASKS.read_text(encoding="utf-8")
    if rules_of_none:  # a consequence line of the same task ('Ingen udlån, når ...')
        text = text.replace("- Børn under 10 år",
                            "- Ingen udlån, når værkstedet er lukket.\n- Børn under 10 år")
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(text)])


def _task(kb: KnowledgeBase, ident: str):
    return next(t for t in kb.tasks if t.id == ident)


def test_a_ranked_task_its_title_calls_optional_weighs_optional() -> None:
    kb = _kb()
    assert task_weight(_task(kb, "77103")) is Weight.OPTIONAL and not is_critical(_task(kb, "77103"))
    assert is_critical(_task(kb, "77101"))


def test_one_optional_title_does_not_make_the_ranks_obligatory() -> None:
    a = answer(_kb(), "hvilke opgaver er obligatoriske?")
    assert "77102" not in a.answer and "77104" not in a.answer and "77103" not in a.answer, a.answer
    assert "77111" in a.answer and "prioritet «Obligatorisk»" not in a.answer, a.answer


def test_optional_by_title_is_said_so_not_as_a_priority() -> None:
    a = answer(_kb(), "hvilke opgaver er valgfri?")
    assert a.found and "77103" in a.answer and "ifølge titlen" in a.answer, a.answer
    assert "prioritet «Valgfri»" not in a.answer, a.answer


def test_a_bound_answers_beside_a_consequence_line() -> None:
    a = answer(_kb(rules_of_none=True), "hvad sker der hvis der står 5 personer ved båndsaven?")
    assert a.found and "Højst 4 personer" in a.answer, a.answer


def test_a_bound_answers_a_count_of_what_it_bounds() -> None:
    a = answer(_kb(), "hvad sker der hvis 15 deltagere tilmelder sig kurset i lapning?")
    assert a.found and "højst 12 deltagere" in a.answer, a.answer


def test_a_price_is_no_count_of_a_bound_on_people() -> None:
    a = answer(_kb(), "hvad sker der hvis kurset i lapning koster mere end 200 kr?")
    assert not a.found or "højst 12" not in a.answer, a.answer
