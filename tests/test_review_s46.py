"""Found while restructuring in stop 46: a task's or a step's number, in any form, is not asked as a
phone number."""

import pytest

from knowledge.qa.types import Expect, expected


@pytest.mark.parametrize("question", ["hvad er opgavens nummer?", "hvad er delopgavens nummeret?",
                                      "hvad er trinnets nummer?", "hvad er opgaves nummer"])
def test_a_tasks_or_steps_number_is_no_phone_number(question):
    assert expected(question) is not Expect.PHONE


@pytest.mark.parametrize("question", ["hvad er supportens nummer?", "hvad er servicedeskens nummeret?",
                                      "hvad er katrines nummer?"])
def test_someones_number_is_still_a_phone_number(question):
    assert expected(question) is Expect.PHONE
