"""What a list across tasks is filtered by, read from the question as data: a project, a wave, a
priority ('obligatorisk på kritisk vej', 'optional', 'prio 1'), STS, a signature (by document,
signer or recipient), a deadline in the text ('frist før go-live') or words the tasks mention."""

from knowledge.qa.intents.list_filters.attributes import (
    PHASE_NUMBER,
    WAVES,
    attribute_filters,
    phase_number_filter,
    priority_filters,
    project_filters,
    sts_filter,
    wave_filter,
)
from knowledge.qa.intents.list_filters.criteria import Anchor, By, Filter, Note, positions_of
from knowledge.qa.intents.list_filters.mentions import (
    LITERAL,
    MENTION_WORDS,
    about_positions,
    mention_filter,
    negate,
    related_filter,
)
from knowledge.qa.intents.list_filters.signing import _ANY_PAPER, sent_paper, signature_filter
from knowledge.qa.intents.list_filters.timing import (
    deadline_filter,
    length_before,
    window_filter,
    within_filter,
)

__all__ = [
    "Anchor",
    "By",
    "Filter",
    "LITERAL",
    "MENTION_WORDS",
    "Note",
    "PHASE_NUMBER",
    "WAVES",
    "_ANY_PAPER",
    "sent_paper",
    "about_positions",
    "attribute_filters",
    "deadline_filter",
    "length_before",
    "mention_filter",
    "negate",
    "phase_number_filter",
    "positions_of",
    "priority_filters",
    "project_filters",
    "related_filter",
    "signature_filter",
    "sts_filter",
    "wave_filter",
    "window_filter",
    "within_filter",
]
