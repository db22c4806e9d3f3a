"""A question read into tokens: language, named tasks, step numbers, question concepts, and
for every word the index key it matches (after spelling correction) and how much it matters."""

from knowledge.qa.analysis.compounds import (
    HEAD_MATCH,
    MAX_COMPOUND,
    MIN_HEAD,
    MIN_MODIFIER,
    compound_head,
    compound_starts,
    keys_beginning,
    longest_known_head,
    split_compound,
)
from knowledge.qa.analysis.known import DEED_ENDINGS
from knowledge.qa.analysis.language import detect_lang
from knowledge.qa.analysis.projects import project_tasks
from knowledge.qa.analysis.reading import analyse
from knowledge.qa.analysis.tokens import CONCEPT_WEIGHT, RARE_TASKS, Question, Token
from knowledge.qa.analysis.unknown import unlinked
from knowledge.qa.types import expected

__all__ = [
    "CONCEPT_WEIGHT", "DEED_ENDINGS", "HEAD_MATCH", "MAX_COMPOUND", "MIN_HEAD", "MIN_MODIFIER", "RARE_TASKS",
    "Question", "Token", "analyse", "compound_head", "compound_starts",
    "detect_lang", "expected", "keys_beginning", "longest_known_head", "project_tasks", "split_compound",
    "unlinked",
]
