"""An English question rendered in Danish, word by word, so it is analysed like its Danish equivalent:
the question words and verbs every intent and check reads ('who must approve X?' -> 'hvem skal
godkende X?'), the glossary's Danish forms, and the English dictionary (english.txt) for words the
tasks do not contain. Names, codes, numbers and words the tasks themselves use are kept as typed."""

from knowledge.qa.english.framing import english_content, plain_question
from knowledge.qa.english.reading import alternatives, careful, danish, load, read_alike

__all__ = ["alternatives", "careful", "danish", "english_content", "load", "plain_question", "read_alike"]
