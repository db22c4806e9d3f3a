"""An English question rendered in Danish, word by word, so it is analysed like its Danish equivalent:
the question words and verbs every intent and check reads ('who must approve X?' -> 'hvem skal
godkende X?'), the glossary's Danish forms, and the English dictionary (english.txt) for words the
tasks do not contain. Names, codes, numbers and words the tasks themselves use are kept as typed."""

from knowledge.qa.english.frame_words import _FRAMES
from knowledge.qa.english.framing import (
    _BE_ALLOWED,
    _modal_first,
    _particle_home,
    english_content,
    plain_question,
)
from knowledge.qa.english.grammar import _who_deals
from knowledge.qa.english.reading import alternatives, careful, danish, load, read_alike
from knowledge.qa.english.typos import _misspelt, _wh_typo
from knowledge.qa.english.words import _bases, _derived_noun, _verbs_of_noun

__all__ = [
    "_BE_ALLOWED", "_FRAMES", "_bases", "_derived_noun", "_misspelt", "_modal_first", "_particle_home",
    "_verbs_of_noun", "_wh_typo", "_who_deals", "alternatives", "careful", "danish", "english_content",
    "load", "plain_question", "read_alike",
]
