"""Places: where a thing is, is held or comes from, as opposed to a place the question names itself."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from knowledge.fold import content_keys, key
from knowledge.qa.types.labels import _TASK_FIELDS, _WHERE_LABEL, _asked_labels
from knowledge.qa.types.parties import _thing_word

_PREPOSITIONS = frozenset({"i", "pa", "på", "hos", "til", "via", "fra", "ved", "in", "at", "on", "to",
                           "from"})


def _restated(said: set[str], asked: set[str]) -> bool:
    """Whether every word said is one of the question's, in any form ('lokalt' for 'lokale')."""
    return all(k in asked or any(len(a) >= 4 and abs(len(k) - len(a)) <= 2
                                 and (k.startswith(a) or a.startswith(k)) for a in asked) for k in said)


# A genitive before a noun ('KOMBITs', 'kommunens'): whose, not where ('i KOMBITs kursus' is the course).
_GENITIVE_WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ-]*s|[a-zæøå]{3,}(?:ens|ets|nes)")


def _place_keys(value: str, after: str) -> set[str]:
    """The keys of a place after its preposition; a genitive names its noun ('i KOMBITs kursus': kursus),
    and a name before a definite noun is that noun's ('i NemLog-in administrationsportalen': the portal)."""
    last = value.split()[-1]
    noun = re.match(r"\s+([\wæøåÆØÅ-]+)", after)
    if noun and _GENITIVE_WORD.fullmatch(last):
        return content_keys(value[:-len(last)] + " " + noun.group(1))
    if noun and last[:1].isupper() and _HEAD_NOUN.fullmatch(noun.group(1)):
        return content_keys(value + " " + noun.group(1))
    return content_keys(value)


# A definite noun after a name, the head of the place it names ('NemLog-in administrationsportalen').
_HEAD_NOUN = re.compile(r"[a-zæøå][a-zæøå-]{4,}(?:en|et|ne|erne)")


# 'hvor ligger X?', 'where is X located?': the answer is an address, a web address or a named place.
# 'hvor kommer data fra?', 'where do the families come from?': an origin, a place after 'fra' (where a
# thing is fetched from may be where it lies: 'hvor henter vi blanketten fra?' - 'på KOMBITs side')
_ORIGIN_ASKED = re.compile(r"^\W*(hvor|where)\b.*\b(komme|kommer|kom|kommet|stamme|stammer|come|comes|came|"
                           r"originate\w*)\b.*\b(fra|from)\W*$")
_FROM = re.compile(r"(fra|from)\b", re.I)
# 'hvor kan vi låne kikkerter?', 'where can we rent a trailer?': where a thing is borrowed, rented or bought
# is the one who lends or sells it ('hos Frøbjerg Udlejning', 'fra X', 'låne af X', 'via X') or an address,
# not a place it is used at
_SOURCE_ASKED = re.compile(r"^\W*(hvor|where)\b.*\b(laane|laaner|laanes|leje|lejer|lejes|koebe|koeber|koebes|"
                           r"borrow|borrows|rent|rents|buy|buys|hire)\b")
_FROM_SOURCE = re.compile(r"(hos|fra|af|via|gennem|from|through|at)\b", re.I)
# ... said in the text, whatever place the value found names ('Tablets til valglisterne lånes af kommunens
# it-afdeling': the lender, after 'af', is no place of the value pattern's)
_SOURCE_SAID = re.compile(r"\b(?:l(?:å|aa)n\w*|lej\w*|køb\w*|koeb\w*|borrow\w*|rent\w*|hire\w*|bought|buy\w*)"
                          r"\s+(?:[\wæøå-]+\s+){0,3}?(?:af|hos|fra|from)\s+\w", re.I)
# a place's name after the noun the preposition took: 'ved ungdomshuset Remisen', 'i bygningen Navitas'
_NAME_AFTER = re.compile(r"[ \t]+(?=[A-ZÆØÅ][\wæøå-]+)")
_LOCATED = re.compile(r"\b(ligger|placeret|beliggende|holder til|located|based|situated)\b")
# (a web address may be written bare: 'ligger på laering.qmatic.dk')
_ADDRESS = re.compile(r"@|https?://|www\.|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|net|eu|io|gov|example)\b|"
                      r"\d{4}\s+[A-ZÆØÅ]|\b(?:i|på|ved|in|at|near)\s+[A-ZÆØÅ]|"
                      r"\b[A-ZÆØÅ][a-zæøå]+(vej|gade|allé|plads|torv|stræde|boulevard)\b")


# Where a gathering takes place or a thing is put up: 'hvor foregår kurset?', 'hvor afholdes mødet?', 'where
# is the course held?', 'hvor monteres enhederne?' (ascii-folded; 'hvor foregår testen?' may be 'i
# testmiljøet')
_HELD = re.compile(r"^\W*(?:hvor|where)\b"
                   r"(?=.*\b(?:foregaar|afholdes|holdes|finder\s+sted|takes?\s+place|held)\b)"
                   r"(?=.*(?:kurs|undervisning|workshop|moede|webinar|uddannelse|traening|oplaering|konference|"
                   r"seminar|temadag|course|training|meeting))|"
                   r"^\W*(?:hvor|where)\b.*\b(?:monteres|opstilles|mounted)\b")
_HELD_AT = re.compile(r"\b(?:online|virtuel\w*|remote|onsite|hos\s+[A-ZÆØÅ]|at\s+[A-Z])")
# 'på rådhuset', 'i kantinen', 'ved indgangen': a definite place a gathering is held or a thing mounted at
# (a preposition of place with a definite noun), not a thing ('på platformen', 'i scanner-appen'), nor a time
# ('på go-live-dagen', 'i foråret', 'på mødet') or a manner ('på den måde')
_AT_BUILDING = re.compile(r"(?:på|i|ved)\s+(?!\S*(?:dag|uge|måned|år|tid|tidspunkt|møde|måde|side|skærm|"
                          r"nett|web|app|periode|forår|efterår|sommer|vinter|weekend|løb|start|slutning|begyndelse|forvej)"
                          r"(?:n|t|en|et|ene)$)[a-zæøå][\wæøå-]{2,}(?:en|et)", re.I)


def _at_building(value: str) -> bool:
    """'på rådhuset': a definite place named by a common noun (places.txt), not a system ('i testmiljøet'),
    a deed or an event ('i frokostpausen', 'ved overdragelsen')."""
    value = value.rstrip(".")
    return bool(_AT_BUILDING.fullmatch(value)) and not _thing_word(value.split()[-1]) and \
        _place_noun(value.split()[-1].casefold())


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    lines = Path(__file__).parent.with_name("places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def _place_noun(word: str) -> bool:
    """Whether a definite noun ('rådhuset', 'hallen', 'plejehjemmet', 'centret', 'kantinen') is a place of
    places.txt, or a compound whose last part is one ('byrådssalen')."""
    stems = set()
    for ending in ("en", "et", "n", "t"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            stems.add(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # 'hallen', 'hjemmet'
            if stem.endswith("r") and len(stem) > 2 and stem[-2] not in "aeiouyæøå":
                stems.add(stem[:-1] + "er")  # 'centret', 'teatret'
    heads = _place_heads()
    return any(stem[-len(head):] == head and (len(head) >= 4 or len(stem) == len(head)
                                              or len(stem) - len(head) >= 3)
               for stem in stems for head in heads if len(stem) >= len(head))


# 'hvad er adressen ...?', 'hvilken adresse ...?': a mail, web or street address answers, not a place's name
_ADDRESS_ASKED = re.compile(r"\b(adressen|adresserne|adresse|postadresse\w*|address)\b")
# a street's name with its number ('Scenevej 5')
_STREET = r"\b[A-ZÆØÅ][a-zæøå]+(?:vej|gade|allé|plads|torv|stræde|boulevard)\s+\d"
# a street address: that, or a postcode before a town after a comma (', 7394 Tonekær'; no year before a name)
STREET_ADDRESS = re.compile(r",\s*\d{4}\s+[A-ZÆØÅ][a-zæøå]|" + _STREET)
ADDRESS_KEY = key("adresse")  # the word a question asks an address by ('adressen', 'address' rendered)


def street_address_passages(index) -> frozenset[int]:
    """The passages that give a street address, read once per index: each says the address a place
    question asks ('hvad er adressen på Amfiparken?' - 'i Amfiparken, Scenevej 5, 7394 Tonekær')."""
    return index.kept("street_address_passages", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if STREET_ADDRESS.search(index.passages.text_of(pid))))


_STREET_OR_WEB = re.compile(r"@|https?://|www\.|\b[\w-]+\.(dk|com|org|eu|net)\b|\b\d{4}\s+[A-ZÆØÅ]|"
                            + _STREET)


def _place_said_at_once(text: str, asked: str, asked_keys: frozenset[str], folded: str, *,
                         question: str = "") -> bool | None:
    """What a place's label or an asked address says before any place is read (None: the places decide)."""
    if any(label.casefold() not in _TASK_FIELDS and not _restated(content_keys(value), asked_keys)
           for label, _, value in _asked_labels(text, asked_keys)):
        return True  # 'Vejledning: KOMBIT's KUI-side' says where the vejledning asked about is
        # (not a task's own field, 'Resultat: Tidsplanen er godkendt', for 'hvor offentliggøres resultatet?';
        # nor a value that is the question's own name: 'Hosting: Tylstrup Hosting' for 'hvor ligger Tylstrup
        # Hosting?' names the host, not where it lies)
    if _WHERE_LABEL.search(text):
        return True  # 'Adresse for Østervang: Østergade 112': the label says the value is a place
    if _ADDRESS_ASKED.search(folded):
        # a mail, web or street address, not the question's own ('i Serviceplatformens
        # administrationsmodul' names the module asked about, no address of it)
        if _NAMED_ADDRESS_ASKED.search(question):
            text = _MAIL.sub(" ", text)  # a contact line's mail is how to write to the firm, not its address
        return any(not re.search(re.escape(m.group(0).casefold()), asked)
                   for m in _STREET_OR_WEB.finditer(text))
    return None


# 'hvad er adressen på Sæby Padleservice?': the address of a thing named, where it lies or its web address
_NAMED_ADDRESS_ASKED = re.compile(r"\badressen?\s+(?:på|hos)\s+(?-i:[A-ZÆØÅ])", re.I)
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# 'hvor ligger X?' (_LOCATED), 'where is X hosted?', 'hvor opbevares X?': where a named thing is or runs,
# which a text says with a word for being there ('ligger', 'hostes', 'Hosting:', 'datacenter', 'opbevares')
# or an address; a place after another verb ('X lægger reglerne ind i Sækkevagten', 'X vises på
# Klokortet') is that deed's
_KEPT_ASKED = re.compile(r"\b(hostes|hosted|hoster|hostet|hosting|driftes|drives|opbevares|opbevaret|stored|"
                         r"gemmes|kept)\b")
_SITED_SAID = re.compile(r"\b(?:ligger|liggende|placeret|beliggende|holder\s+til|adresse\w*|located|based|"
                         r"situated|host\w*|drift\w*|driv\w*|datacent\w*|serverpark\w*|serverhal\w*|server\w*|"
                         r"opbevar\w*|gemme\w*|gemt|stored|lagr\w*|hjemsted\w*|cloud|skyen|"
                         # (where a paper lies: 'findes på', 'kan hentes i', 'available on')
                         r"findes|fås|hent\w*|står|tilgængelig\w*|available|found|download\w*)\b", re.I)
# the question names what it asks of by its name: 'hvor ligger Oksbøl Data?' (a capital after the first word)
_NAME_ASKED = re.compile(r"^\W*\S+.*?\s(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]+")


def asks_located(folded: str) -> bool:
    """Whether an ascii-folded question asks where a thing lies ('hvor ligger X?', 'where is X located?'),
    not its address for mail ('hvad er adressen ...?')."""
    return bool(_LOCATED.search(folded)) and not _ADDRESS_ASKED.search(folded)


def asks_sited(folded: str) -> bool:
    """Whether an ascii-folded question asks where a thing is or runs ('hvor ligger X?', 'where is X
    hosted?'), not where a deed is done ('hvor holdes kurset?')."""
    return bool(_LOCATED.search(folded) or _KEPT_ASKED.search(folded))


def sited_unsaid(text: str, question: str, folded: str) -> bool:
    """'Hvor ligger Oksbøl Data?' is not answered by 'Oksbøl Data lægger reglerne ind i Sækkevagten', nor
    'where is Klokortet hosted?' by 'Området vises på Klokortet': where a named thing is or runs is said with
    a word for being there or an address, and a place after another verb is where that deed is done."""
    named = _NAME_ASKED.search(question)
    if not (asks_sited(folded) and named) or _STREET_OR_WEB.search(text):
        return False
    own = _clauses_of_name(text, question, named) if _LOCATED.search(folded) else None
    # ('Drift: Oksbøl Data; servere hos Y': the servers are at Y, Oksbøl Data lies nowhere said)
    if _SITED_SAID.search(text if own is None else own):
        return False
    name = named.group(0).split()[-1]  # 'Kulturhuset i Vejle': the name and a town right after it say where
    return not re.search(re.escape(name) + r"\s+i\s+(?-i:[A-ZÆØÅ])\w+", text, re.I)


# the name a question asks where it lies: its capitalised words from the first after the question word
_NAME_RUN = re.compile(r"(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøåÆØÅ-]+)*")
# a clause of a line: its parts between semicolons and line breaks
_CLAUSE_END = re.compile(r"[;\n]")


def _clauses_of_name(text: str, question: str, named: re.Match) -> str | None:
    """The clauses of the text that name what a 'hvor ligger X?' question asks of, with that name and a
    label it is the value of taken out ('Drift: X', 'Hosting – X': the label says what X does, not where X
    lies); None when no clause names it (then the whole text is read)."""
    run = _NAME_RUN.match(question, named.end() - len(named.group(0).split()[-1]))
    if not run:
        return None
    name = run.group(0)
    label = r"(?:[\wæøåÆØÅ-]+\s*[:–-]\s*)?[“\"«]?"
    own = [re.sub(label + re.escape(name), " ", clause, flags=re.I)
           for clause in _CLAUSE_END.split(text) if name.casefold() in clause.casefold()]
    return " ; ".join(own) if own else None


def _place_no_answer(m: re.Match, text: str, *, asked_keys: frozenset[str], folded: str) -> bool:
    """Whether a place found names no new place, or not the kind of place the question asks: an origin, a
    named place or an address, where a thing is held or mounted."""
    if _restated(_place_keys(m.group(0).strip(), text[m.end():]) - _PREPOSITIONS, asked_keys):
        return True  # 'i Boligstøttesystemet' for 'hvor i Boligstøttesystemet ...?' names no new place
    if _ORIGIN_ASKED.search(folded) and not _FROM.match(m.group(0)):
        return True  # 'hvor kommer X fra?' asks where X comes from: 'findes i registret' says where it is
    if _SOURCE_ASKED.search(folded) and not _FROM_SOURCE.match(m.group(0)) and \
            not _ADDRESS.search(m.group(0)) and not _SOURCE_SAID.search(text):
        return True  # 'hvor kan vi låne kikkerter?' asks whom from: 'hos X', not 'se storkene på afstand'
    if _LOCATED.search(folded) and not _ADDRESS.search(m.group(0)) and \
            not _NAME_AFTER.match(text[m.end():]):
        return True  # where a thing is ('hvor ligger X?') is an address or a named place, not 'til kommunen'
    # where a course is held or a thing is mounted is a named place, an address, 'hos X' or 'online', not
    # 'i hver daginstitution' or 'i scanner-appen'
    return bool(_HELD.search(folded)) and not (_ADDRESS.search(m.group(0)) or _HELD_AT.search(m.group(0))
                                               or _at_building(m.group(0)))
