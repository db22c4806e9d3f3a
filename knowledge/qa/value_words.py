"""The words of a question that only say what kind of answer it asks, credited to answers of that kind."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold

# the verbs of what a thing holds: 'hvilke felter skal listen indeholde?', 'hvor mange typer er omfattet?'
# ask its content, which a text gives as a label's value or a list after a colon ('Testudtræk: 250
# familier', 'med disse 8 felter: ...'), rarely in the verb itself
_CONTENT_VERB = re.compile(r"indehold(e|er|es|t|te)|omfatte(r|s|t|de)?|rumme(r|s|t)?|bestaa(r)?|"
                           r"contains?|contained|includes?|included|consists?")
# a label's value or a list after a colon ('Format: CSV', 'omfatter:\n1) ...'), not a colon ending the text
_COLON_CONTENT = re.compile(r":[ \t]*\S|:\s*\n\s*\S")


def credit_value_words(q, candidates) -> None:
    """An answer of the kind the question's framing words ask for explains them: a label's value or a list
    explains the verb of what a thing holds. The words stay weighed (retrieval finds the lines by them),
    but a sentence need not say them to answer. (A price is not credited so: 'Pris: ...' lines of a thing
    answered questions about a variant of it, 'hvad koster det at få X holdt hos os?', held-out counts.)"""
    from knowledge.qa.gate import said  # (the gate reads the candidates this module credits)

    content = _positions(q, _CONTENT_VERB) if not q.yesno else set()
    if not content:
        return
    for c in candidates:
        if c.found and c.kind not in ("title", "overview") and content - c.explained and \
                _COLON_CONTENT.search(said(c.text)):
            c.explained = c.explained | content


def _positions(q, words: re.Pattern[str]) -> set[int]:
    return {t.pos for t in q.content() if words.fullmatch(ascii_fold(t.surface.casefold()))}


# the noun of the contact asked for ('hvem er kontaktperson for X?', English 'who is the KOMBIT contact for
# X?', read as 'kontaktperson')
_CONTACT_NOUN = re.compile(r"kontakt\w*|contacts?")


def credit_contact_words(q, candidates) -> None:
    """The line on whom to ask, with a way to reach them, says the contact asked for by whatever word it
    uses ('Spørgsmål til aftalen: X, KOMBIT, x@kombit.dk' for 'who is the KOMBIT contact for the
    agreement?'): it explains the question's contact noun. The other words must still be said."""
    from knowledge.qa.contacts import asks_whom, reachable, says_whom
    from knowledge.qa.gate import said
    from knowledge.qa.types import Expect

    if q.yesno or q.expects is not Expect.PARTY or not asks_whom(q):
        return
    noun = _positions(q, _CONTACT_NOUN)
    for c in candidates:
        if c.found and c.kind not in ("title", "overview") and noun - c.explained and \
                says_whom(said(c.text)) and reachable(said(c.text)):
            c.explained = c.explained | noun
