"""Whether a party or contact value stands with the name, place and subject asked about."""

from __future__ import annotations

import re
from itertools import takewhile

from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.names import _names
from knowledge.qa.gate.reading import _FRAMING, _sentences, said
from knowledge.qa.gate.totals import _TOTAL
from knowledge.qa.gate.words import _shares
from knowledge.qa.types import cues, holds

# 'Hvem skal man tilmelde sig undervisningen hos?', 'who do we send it to?': the party asked for
# stands after a preposition in the answer ('Tilmelding sker til Helle Krogh'), not as the object.
# (_PARTY_AFTER is read with re.I on purpose: any noun after the preposition may be the party, 'til
# driftslederen', 'med lederne', 'til kommunens arkiv'; read case-sensitively, as a name or a role word only,
# it lost 12 right answers over our own and the retired sets for one confident wrong answer fewer, s52)
_STRANDED = re.compile(r"\b(hos|til|med|fra|to|with|from)\s*\?*\s*$", re.I)
_TO = frozenset({"til", "to"})  # whom a thing goes to: said only after 'til'
_PARTY_AFTER = re.compile(r"\b(hos|til|med|fra|af|via|to|with|from|by)\s+(?:\w+\s+){0,2}?"
                          r"(?P<party>[A-ZÆØÅ][\wæøåÆØÅ-]*|\w*(ansvarlig|chef|direktør|leverandør|koordinator|"
                          r"administrator|konsulent|afdeling|sekretariat|support|helpdesk)\w*)", re.I)


# 'hvem hos KOMBIT ...?', 'who at Gældsstyrelsen ...?': someone at a named place
_AT_NAMED = re.compile(r"^\W*(?i:hvem|who)\s+(?i:hos|ved|i|fra|at|from|in)\s+"
                       r"(?P<place>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]*)*)")


def _at_asked_place(q: Question, text: str) -> bool:
    """'Hvem hos Gældsstyrelsen underskriver aftalen?' is answered by someone the text places there
    ('Gældsstyrelsens jurist', 'kontaktperson hos Gældsstyrelsen', 'Anne Mølgaard, KOMBIT'), not by
    'underskrives af kommunaldirektøren og sendes til Gældsstyrelsen' (True when no place is asked)."""
    m = _AT_NAMED.match(q.text)
    if m is None:
        return _role_at_place(q, text)
    place = re.escape(m.group("place"))
    at = re.compile(r"\b" + place + r"(?:s|'s|’s)\s+\w|\w\s+(?:hos|ved|i|fra|at|from|in)\s+" + place + r"\b|"
                    r"\b[A-ZÆØÅ][\wæøåÆØÅ-]*,\s+" + place + r"\b")
    return at.search(text) is not None


# 'hvem er integrationsarkitekt hos Netcompany?', 'who is the project manager at Bogdata?'
_ROLE_AT = re.compile(r"^\W*(?i:hvem|who)\s+(?i:er|var|is|was)\s+(?:(?i:the|en|an?)\s+)?"
                      r"(?P<role>[a-zæøå][\wæøå-]+(?:\s+[a-zæøå][\wæøå-]+)?)\s+(?i:hos|ved|at)\s+"
                      r"(?P<place>[A-ZÆØÅ][\wæøåÆØÅ-]*)")


def _role_at_place(q: Question, text: str) -> bool:
    """'Hvem er integrationsarkitekt hos Netcompany?' is answered by a sentence that says the role and
    the place together (or with no other named place), not by a passage whose integrationsarkitekt is
    'i KOMBIT' and which names Netcompany elsewhere, nor by one that never says the role (True when
    the question asks for no role at a place)."""
    m = _ROLE_AT.match(q.text)
    if m is None:
        return True
    role = content_keys(m.group("role"))
    place = re.compile(r"\b" + re.escape(m.group("place")) + r"(?:s|'s|’s)?\b")
    # (a contact is said by the sentence that says where questions go and names the place: 'Spørgsmål til
    # aftalen kan rettes til Agnete Brøndum, Hedebo Softworks' names Hedebo Softworks' contact)
    contact = _CONTACT_ROLE.fullmatch(m.group("role")) is not None
    said = [s for s in _sentences(text) if _shares(content_keys(s), role)]
    # ('Kontaktperson hos leverandøren: ...' may be the place's; 'integrationsarkitekt i KOMBIT' is not)
    return any(place.search(s) or not _AT_OTHER.search(s) for s in said) or \
        (contact and any(_turned_to(s, place) for s in _sentences(text)))


def _turned_to(sentence: str, place: re.Pattern[str]) -> bool:
    """Whether the sentence says questions go to someone at the place: the place after the last 'til',
    'hos' or ':' that follows the word for questions ('Spørgsmål til aftalen rettes til Agnete Brøndum,
    Hedebo Softworks'), not as what the questions are about ('Spørgsmål om Bogteks fakturaer rettes til
    ...')."""
    m = _CONTACT_SAID.search(sentence)
    turns = list(_TURNED_TO.finditer(sentence, m.end())) if m else []
    return bool(turns) and place.search(sentence, turns[-1].end()) is not None


# a role that is a contact, and the words that say where one turns with questions
_CONTACT_ROLE = re.compile(r"(kontakt|contact)\w*", re.I)
_CONTACT_SAID = re.compile(r"\b(spørgsmål\w*|henvend\w*|kontakt\w*|questions?|contact\w*)\b", re.I)
# where questions go: 'rettes til', 'kontakt hos', 'questions to', 'Spørgsmål om X: Navn, Firma'
_TURNED_TO = re.compile(r"\b(?:til|hos|to|with)\b|:", re.I)
# a named place after a preposition: 'i KOMBIT', 'hos Netcompany'
_AT_OTHER = re.compile(r"\b(?:hos|ved|i|fra|at|in|from)\s+[A-ZÆØÅ][\wæøåÆØÅ-]*")


# a line that opens with a short label ('Åbningstid: kl. 7-22', '• Pris: 200 kr.')
_VALUE_LABEL = re.compile(r"^[^\w\n]*([A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[\wæøåÆØÅ-]+){0,2}):\s", re.M)


def _project_value_said(q: Question, text: str) -> bool:
    """'Hvad koster KY?' asks a value of the project itself: a price in one of its tasks' sentences that
    never names the project ('Det er gratis at deltage') is another thing's (True when the question says
    more than the project)."""
    if not q.project_pos or any(t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos
                                and not cues(ascii_fold(t.surface.casefold()), q.expects)
                                for t in q.tokens):
        return True
    if _TOTAL.search(q.text) and _TOTAL.search(text):
        return True  # 'hvad koster KY i alt?': 'Anlægget koster i alt 420.000 kr.' is the project's whole sum
    labels = content_keys(" ".join(m.group(1) for m in _VALUE_LABEL.finditer(text)))
    if labels and any(t.pos not in q.project_pos and set(t.keys) & labels for t in q.tokens):
        return True  # 'åbningstiden på pumptracken': a line labelled 'Åbningstid:' in its task gives it
    return any(_shares(content_keys(text), set(q.tokens[p].keys)) for p in q.project_pos)


def _party_after_preposition(text: str, q: Question) -> bool:
    """Whether a party the question does not name stands after a preposition in the text: its first
    word that is no article ('hos den nuværende leverandør'), or the noun after a genitive ('med
    kommunens DPO' names the DPO, not the kommune)."""
    asked = question_keys(q.text, q.held)
    stranded = _STRANDED.search(q.text)
    for m in _PARTY_AFTER.finditer(text):
        if m.group(1).casefold() in ("af", "by") and stranded and \
                stranded.group(1).casefold() not in ("fra", "from"):
            continue  # 'foretages af miljøteamet' names who does it, not to whom ('hvem indberettes X til?')
        if stranded and stranded.group(1).casefold() in _TO and m.group(1).casefold() not in _TO:
            continue  # 'hvem skal taglisten sendes til?': 'sende en tagliste med de bygninger' says to no one
        words = [w for w in _AFTER_WORDS.findall(text[m.start("party"):m.start("party") + 80])[:3]
                 if content_keys(w)]
        if words and _GENITIVE_OWNER.fullmatch(words[0]) and len(words) > 1:
            words = words[1:]
        if words and not content_keys(" ".join(_name_words(words))) <= asked:
            return True
    # a label line that names the asked deed, with a name for its value: 'Tilmelding og spørgsmål: Ingrid
    # Holm, ...' says whom one signs up with ('hvem tilmelder man sig hos?')
    for m in _LABEL_NAME.finditer(text):
        if content_keys(m.group(1)) & asked and not content_keys(m.group(2)) <= asked and \
                _PERSON_NAME.match(m.group(2)):
            return True
    return False


def _name_words(words: list[str]) -> list[str]:
    """The party's words: its first, and when that is capitalised the rest of its name in capitals ('til
    Spartel Udlejning' names a firm the question's 'spartlerne' does not, though its first word is one)."""
    name = words[:1]
    if words and words[0][:1].isupper():
        name += list(takewhile(lambda w: w[:1].isupper(), words[1:]))
    return name


_PERSON_NAME = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)+")
_LABEL_NAME = re.compile(r"^\W*([A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[a-zæøå][\wæøå-]*){0,3}):[ \t]+"
                         r"([A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ-]*)*)", re.M)


_AFTER_WORDS = re.compile(r"[\wæøåÆØÅ-]+")
_GENITIVE_OWNER = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ-]*s|[a-zæøå]{3,}(?:ens|ets|nes|ernes)")


def _value_about_subject(q: Question, c: Candidate) -> bool:
    """A contact value belongs to whom the question names: 'Hvad er Jonas Vestergaards mail?' is not
    answered by the support mail in the next sentence. When the answer has several sentences, the
    value must stand in one with a name the question writes."""
    # (the task's words without the framing, so 'The task says: “Kontakt hos X A/S: Y, tlf. ...”' is
    # one labelled line, as the Danish answer's is, not a label 'The task says' and two parts)
    sentences = [_FRAMING.sub("", s) for s in _sentences(said(c.text).strip()) if s.strip()]
    if len(sentences) <= 1:
        return True
    # without a name, what the question asks the value of ('forældrehotlinen'); either counts where a
    # sentence of the answer says it ('Servicedesk: åben ...' is not the 'Support-mail: ...' line after
    # it), a name said only in the task's title ('HMP') holds for all of them
    told = [content_keys(s) for s in sentences]
    names = {k for t in _names(q) for k in t.keys} or \
        {k for t in q.content() if t.weight >= 0.5 and t.pos not in q.project_pos for k in t.keys}
    names = {k for k in names if any(_shares(keys, {k}) for keys in told)}
    if not names:
        return True
    holding = [s for s in sentences if holds(q.expects, s, q.text)]
    return not holding or any(_shares(content_keys(s), names) for s in holding)
