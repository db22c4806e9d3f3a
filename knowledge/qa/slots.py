"""Whose value it is: a mail, phone, web address, price, version, share or time of day answers a
question only when the sentence that gives it is about what the question asks about. 'Hvad er URL'en
til testmiljøet?' is not answered by 'Produktionsmiljøet ligger på https://…' (a sibling of the thing
asked about: another compound with the same head), 'hvad er mailen til kommunens DPO?' not by
'KOMBITs DPO-team, dpo@…' (another owner), and 'hvilken version af ESDH-integrationen …?' not by
'Integrationen til BBR bruger version 2.4' (a name the question writes that neither the sentence nor
what its task is about says)."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fold import GENERIC_KEYS, ascii_fold, content_keys, hyphened_first, is_stop, key, loose
from knowledge.index import Index
from knowledge.language import PARTING_SEMICOLON
from knowledge.lexicon import number_alternation
from knowledge.morphology import as_head, in_compound, named_alike
from knowledge.passages import sentences
from knowledge.qa.agents import same_thing
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.types import PLAIN, ROLE_HELD, Expect, asked_value, found_values, holds, is_number
from knowledge.units import DEFINITE, PLURAL, SINGULAR, UNITS, unit_words

# Values that stand plainly in one sentence, whose sentence says whose they are.
_SLOTTED = PLAIN | {Expect.PASSWORD}
# A head shared by two compounds ('miljø' of 'testmiljø' and 'produktionsmiljø') is at least this long,
# and each compound has at least this much in front of it (so an inflection is no head).
_HEAD = 5
_MODIFIER = 3
_LINES = re.compile(r"\n+")
# a mail or web address: the value itself, whose words are no other thing the sentence speaks of
# ('Send aftalen til mosteaftale@kombit.dk' names no sibling of the tilslutningsaftale asked about)
_AN_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


def value_of_asked(index: Index, q: Question, c: Candidate) -> bool:
    """Whether some sentence of the answer's task that gives the value the answer shows is about
    what the question asks about (True when there is nothing to check)."""
    if q.expects not in _SLOTTED or not c.tasks:
        return True
    values = found_values(q.expects, c.text, q.text)
    if not values:
        return True
    asked = _asked(q, q.expects)
    # the first part of a hyphenated compound says which one, also when no task has the word alone
    # (a word set aside as unknown: 'økonomi-integrationen')
    asked += [t for t in q.tokens if t not in asked and _modifies(q, t) and t.pos not in q.project_pos
              and asked_value(ascii_fold(t.surface.casefold())) is Expect.ANY]
    owners = _owners(q)
    narrowing = {t.pos for t in asked if _is_name(t) or _modifies(q, t)}
    if not asked and not owners:
        return True
    task = c.tasks[0]
    context = _context_keys(index, task)
    holding = _holding(index, c, values)
    version_of = _version_of(q) if q.expects is Expect.VERSION else set()
    related = _relations(q) if q.expects in (Expect.MAIL, Expect.PHONE) else []
    # a 'Support: ... support@x' line names no thing of its own: a name its task says elsewhere is the
    # line's ('supportmailen til HaveKø' in the task whose description brings in HaveKø)
    in_task = {t.pos for t in asked if t.pos in narrowing and any(index.task_has(task, k) for k in t.keys)}
    return any(_about(clause, asked, narrowing - in_task if _LABEL_LINE.match(s) else narrowing, owners,
                      context)
               and not _in_other_clause(clause, s, asked)
               and not _versions_other(clause, version_of)
               and all(any(in_compound(k, content_keys(clause)) for k in noun) for noun in related)
               for s in holding for clause in _clauses(s, values))


# a line that is a label and its value ('Support: hverdage kl. 9-15 på support@x.example')
_LABEL_LINE = re.compile(r"^\W*[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,2}:\s+\S")


# a name's genitive and the lower-case noun after it ('Lars Holms chef', "Rasmus Friis' leder"; found at
# every word: 'Lars Holms')
_NAMED_GENITIVE = re.compile(r"(?=\b([A-ZÆØÅ][\wæøåÆØÅ-]*(?:'s|’s|s|'|’))\s+([a-zæøå][\wæøå-]*))")


# the plain nouns a phone number is asked by ('Hanne Vestergaards nummer'): the named one's own number,
# not a thing of theirs
_PHONE_NOUNS = frozenset(content_keys("nummer nummeret nr mobil mobilen"))


def _relations(q: Question) -> list[set[str]]:
    """The nouns a name owns in the question, 'Lars Holms chef', 'KOMBITs kontaktperson': the value is the
    noun's, so the sentence that gives it must say the noun (the named one's own value is no answer)."""
    out = []
    for m in _NAMED_GENITIVE.finditer(q.text):
        owner, word = m.group(1), m.group(2)
        noun = content_keys(word)
        if noun and asked_value(ascii_fold(word.casefold())) is Expect.ANY and \
                not noun & content_keys(_bare(owner)) and \
                not (q.expects is Expect.PHONE and noun <= _PHONE_NOUNS):
            out.append(noun)
    return out


# 'hvilken version af KMD Opkrævning ...?': what the version asked is of (up to three words, to a stop word)
_VERSION_OF = re.compile(r"\b(?:version|versionen|versionsnummer\w*)\s+(?:af|of|til|for|på|paa)\s+"
                         r"((?:[\wæøåÆØÅ-]+\s*){1,3})", re.I)
# 'webservicen RestanceIndberet version 2.1', 'BBR-grænsefladen version 2.4': the name or definite noun
# right before a version number is whose version it is, with a definite noun before a name (not a verb:
# 'bruger version 2.4', 'bruger registergrænsefladen version 3.2' is the interface's)
_OWNED_VERSION = re.compile(r"((?:[a-zæøå-]{3,}(?:en|et|ne)\s+)?)([A-ZÆØÅ][\wæøåÆØÅ-]*|[\wæøå]+-[\wæøå-]+|"
                            r"[a-zæøå]{3,}(?:en|et|ne))\s+(?:version|ver\.|v)\s*\d+(?:\.\d+)*(?!\s+(?:af|of)\b)")


def _version_of(q: Question) -> set[str]:
    m = _VERSION_OF.search(q.asked or q.text)
    if m is None:
        return set()
    words = []
    for w in m.group(1).split():
        if is_stop(ascii_fold(w.casefold())):
            break
        words.append(w)
    return content_keys(" ".join(words))


def _versions_other(clause: str, version_of: set[str]) -> bool:
    """Whether every version number the clause gives with its owner before it is another's than the one
    the question asks the version of ('RestanceIndberet version 2.1' for 'hvilken version af KMD
    Opkrævning?'); False when the clause names no owner, or the question no thing of its own."""
    if not version_of:
        return False
    owned = [content_keys(m.group(1) + " " + m.group(2)) for m in _OWNED_VERSION.finditer(clause)]
    return bool(owned) and not any(any(in_compound(k, keys) or in_compound(a, {k}) for k in version_of
                                       for a in keys) for keys in owned)


# Where a sentence sets one thing against another: 'Kurset er gratis, men overnatning betaler I selv'.
# (not before a clause that prices on from it: 'De første 100 kasser er med i prisen; derefter koster ...')
_CONTRAST = re.compile(r"[;,]\s*(?=(?:men|mens|hvorimod|dog|but|while|whereas)\b)|"
                       + PARTING_SEMICOLON, re.I)


def _clauses(sentence: str, values: list[str]) -> list[str]:
    """The clauses of a contrasting sentence that give a value (the whole sentence when it has one)."""
    parts = _CONTRAST.split(sentence)
    return [p for p in parts if any(v in p for v in values)] or [sentence]


def _in_other_clause(clause: str, sentence: str, asked: list[Token]) -> bool:
    """Whether an asked word stands in another clause of the sentence and not in the value's: the
    value is what the sentence sets against the thing asked about."""
    if clause == sentence:
        return False
    here, rest = content_keys(clause), content_keys(sentence.replace(clause, " "))
    if any(any(in_compound(k, here) for k in t.keys) and _sibling(t, rest) for t in asked):
        return False  # 'testmiljøet koster 250 kr.; produktionsmiljøet er gratis': siblings set apart
    return any(not any(in_compound(k, here) for k in t.keys) and any(in_compound(k, rest) for k in t.keys)
               for t in asked)


def _holding(index: Index, c: Candidate, values: list[str]) -> list[str]:
    """The sentences of the answer's tasks that give one of the values, else those of the answer."""
    out: list[str] = []
    for task in c.tasks[:3]:
        for pid in index.task_passage_ids(task):
            text = index.passages[pid].text
            if any(v in text for v in values):
                out += _giving(text, values)
    if out and all(s.strip(" .") in values for s in out):
        out = []  # a table's cell says the value alone: the answer says whose it is ('Telefon for X: ...')
    return list(dict.fromkeys(out or _giving(c.text, values)))


def _giving(text: str, values: list[str]) -> list[str]:
    return [s for line in _LINES.split(text) for s in sentences(line) if any(v in s for v in values)]


def _asked(q: Question, kind: Expect) -> list[Token]:
    """The words that say what the question asks the value of: known to the tasks, not a question
    word, not the project, not the kind of value itself ('telefonnummeret', 'koster'), no number."""
    out = []
    for t in q.tokens:
        if t.role != "word" or t.weight < 0.3 or t.match < 1 or t.concepts or t.pos in q.project_pos:
            continue
        folded = ascii_fold(t.surface.casefold())
        if is_number(t.surface) or asked_value(folded) is not Expect.ANY:
            continue
        out.append(t)
    return out


def _context_keys(index: Index, task: int) -> set[str]:
    """What the whole task is about: its title, project, waves, goal and first sentence."""
    t = index.tasks[task]
    first = sentences(t.description.split("\n\n")[0])[:1] if t.description else []
    return content_keys(" ".join([t.title, t.project or "", *t.waves, t.goal or "", *first]))


def _about(sentence: str, asked: list[Token], narrowing: set[int], owners: list[tuple[str, set[str]]],
           context: set[str]) -> bool:
    said = content_keys(_AN_ADDRESS.sub(" ", sentence))  # an address's words are the value's
    for t in asked:
        if any(in_compound(k, said) for k in t.keys):
            continue
        if _sibling(t, said):
            return False  # 'testmiljø' asked, the sentence speaks of 'produktionsmiljø'
        if t.pos in narrowing and not any(in_compound(k, context) for k in t.keys):
            return False  # 'ESDH-integrationen' asked: neither the sentence nor its task's topic says ESDH
    return not any(_other_owner(sentence, owner, noun) for owner, noun in owners)


def _modifies(q: Question, t: Token) -> bool:
    """Whether the word is the first part of a compound the question writes with a hyphen ('økonomi'
    of 'økonomi-integrationen'): it says which one."""
    return len(t.surface) >= 3 and t.surface.isalpha() and not is_stop(ascii_fold(t.surface.casefold())) and \
        hyphened_first(q.text, t.surface)


def _is_name(t: Token) -> bool:
    """A name the question writes: capitalised after the first word, in capitals, or a code."""
    s = t.surface
    return t.pos > 0 and (s[:1].isupper() or any(ch.isdigit() for ch in s))


def _sibling(t: Token, said: set[str]) -> bool:
    """Whether the sentence speaks of another compound with the head of the asked one."""
    for a in t.keys:
        for size in range(len(a) - _MODIFIER, _HEAD - 1, -1):
            head = a[-size:]
            # ('indberetning' is the head of the 'affaldsindberetning' asked, no sibling of it)
            if any(k != a and not a.endswith(k) and k.endswith(head) and len(k) - size >= _MODIFIER
                   for k in said):
                return True
    return False


# A genitive before a noun: 'kommunens DPO', 'KOMBITs servicedesk', "Netcompany's support".
# The owner is a name ('KOMBITs') or a definite noun ('kommunens', 'leverandørens'), not a verb
# ('afvikles prøvekørsel').
_GENITIVE = re.compile(r"\b(?!(?:Hans|Hendes|Dens|Dets|Deres|Its)\b)"  # a pronoun refers to the owner asked
                       r"(?P<owner>[A-ZÆØÅ][\wæøåÆØÅ-]+?(?:'s|’s|s'?|')|[a-zæøå-]{3,}(?:ens|ets|nes))"
                       r"\s+(?P<noun>[\wæøåÆØÅ-]+)")


def other_owner(q: Question, text: str) -> bool:
    """'Hvem er vores DPO?' is not answered by 'KOMBITs DPO-team': the noun asked about stands in the
    text as another owner's, never as the one the question names."""
    owners = _owners(q)  # (the question's, read once: the text may have many sentences)
    return bool(owners) and any(_other_owner(s, owner, noun)
                                for s in _giving(text, [""]) for owner, noun in owners)


# 'vores DPO', 'our DPO', 'jeres kontaktperson': the asker's own, the municipality's.
_OWN = re.compile(r"\b(?:vores|vor|vort|our)\s+(?P<noun>[\wæøåÆØÅ-]+)", re.I)
_MUNICIPALITY = next(iter(content_keys("kommunen")))
_PLACED = re.compile(r"\b(hos|ved|fra|i|at|from|in|with)\s+[A-ZÆØÅ]")


def _owners(q: Question) -> list[tuple[str, set[str]]]:
    """The owners the question names before a noun ('kommunens DPO' -> ('kommun', {'dpo' keys}))."""
    asked = q.asked or q.text
    # 'vores kontaktperson hos KMD' is KMD's: the owner is where the question places it
    out = [] if _PLACED.search(asked) else [
        (_MUNICIPALITY, noun) for m in _OWN.finditer(asked)
        if (noun := content_keys(m.group("noun"))) and asked_value(ascii_fold(m.group("noun").casefold()))
        is Expect.ANY]
    for m in _GENITIVE.finditer(q.text):
        owner, noun = content_keys(_bare(m.group("owner"))), content_keys(m.group("noun"))
        if len(owner) == 1 and noun and not (noun & owner) and \
                asked_value(ascii_fold(m.group("noun").casefold())) is Expect.ANY:
            out.append((next(iter(owner)), noun))
    return out


def _other_owner(sentence: str, owner: str, noun: set[str]) -> bool:
    """Whether the sentence has the noun asked about as another owner's, and never as the asked one's."""
    other = False
    for m in _GENITIVE.finditer(sentence):
        keys = content_keys(m.group("noun"))
        if not any(in_compound(n, keys) for n in noun):
            continue
        whose = content_keys(_bare(m.group("owner")))
        if (name := _NAME_BEFORE.search(sentence, 0, m.start())) and whose:
            whose = whose | content_keys(name.group(0))  # 'GeoMiljø ApS' servicedesk': the whole name owns it
        if owner in whose:
            return False
        other = other or bool(whose)
    return other


# the capitalised words right before a genitive, which belong to its name ('GeoMiljø ApS'', 'Netvalg A/S'')
_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-ZÆØÅ][\wæøåÆØÅ&.-]*[\s/]+){1,3}$")


# a genitive's ending (compiled once, not per question)
_GENITIVE_END = re.compile(r"(?:'s|’s|s'|s|')$")


def _bare(owner: str) -> str:
    """The owner without its genitive ending ('kommunens' -> 'kommunen', "KOMBIT's" -> 'KOMBIT')."""
    return _GENITIVE_END.sub("", owner)


# A word as written, its parts joined: 'SMS-påmindelser' -> 'smspamind'.
_WRITTEN = re.compile(r"[\wæøåÆØÅ]+(?:-[\wæøåÆØÅ]+)*")


@lru_cache(maxsize=50_000)
def _whole(word: str) -> str:
    return key(ascii_fold(word.replace("-", "").casefold()))


@lru_cache(maxsize=4096)  # the same sentences are read for every word of the question, and again
def _written(sentence: str) -> frozenset[str]:  # for other questions about the same task
    # (an address's words are the value's, no compound the sentence speaks of: _AN_ADDRESS)
    return frozenset(_whole(w) for w in _WRITTEN.findall(_AN_ADDRESS.sub(" ", sentence)))


def other_member(index: Index, q: Question, text: str, task_text=lambda: "", title=frozenset) -> bool:
    """'Hvornår sendes mailpåmindelser?' is not answered by 'SMS-påmindelser sendes 24 timer før', nor
    'hvornår skal jobcentersystemet være tilsluttet?' by a sentence of the omsorgssystem: every sentence
    of the answer that holds the value asked for speaks of another compound with the asked one's head
    (a word the tasks know) and never of the asked one. Also for a compound the tasks lack."""
    if q.expects is Expect.ANY:
        return False
    holding = [s for line in _LINES.split(text) for s in sentences(line) if holds(q.expects, s, q.text)]
    if not holding:
        return False
    for t in q.tokens:
        if t.role != "word" or t.weight < 0.3 or t.pos in q.project_pos or \
                not t.surface.replace("-", "").isalpha():
            continue
        asked = _whole(t.surface)
        if len(asked) < _HEAD + _MODIFIER:
            continue
        if all(_other_member(index, asked, s) and not _sibling_asked(q, t, asked, s)
               and not _title_names_both(asked, s, title()) for s in holding):
            return True
        # a compound no task says ('jobcentersystemet') where the answer's task has others of its head
        if t.match == 0 and _other_member(index, asked, task_text()):
            return True
    return False


def _sibling_asked(q: Question, t: Token, asked: str, sentence: str) -> bool:
    """Whether the sentence's compound of the asked word's head is another word of the question itself:
    'fejl i kontrolrapporten for tilsynsrapporterne' names both, and 'Fejl i kontrolrapporten skal
    rettes ...' speaks of the one it asks about."""
    written = _written(sentence)
    return any(u.pos != t.pos and u.role == "word" and (other := _whole(u.surface)) in written and
               _common_tail(asked, other) >= _HEAD for u in q.tokens)


def _title_names_both(asked: str, sentence: str, title) -> bool:
    """Whether the answer's task's title names the asked compound and the sentence's one of its head as one
    thing: 'labyrintaftalen' and 'Tilslutningsaftalen' in the task 'Tilslutningsaftale for Labyrintbogen'."""
    return bool(title) and any(named_alike(asked, w, title) for w in _written(sentence))


def _other_member(index: Index, asked: str, sentence: str) -> bool:
    # judged once per word and sentence: the same answers' sentences are read for every candidate and question
    return index.kept("_other_member", (asked, sentence), lambda: _other_member_in(index, asked, sentence),
                      most=50_000)


def _other_member_in(index: Index, asked: str, sentence: str) -> bool:
    words = _written(sentence)
    if in_compound(asked, words):
        return False
    for w in words:
        size = _common_tail(asked, w)
        head, modifier = asked[-size:], asked[:-size]
        if size >= _HEAD and len(modifier) >= _MODIFIER and len(w) - size >= _MODIFIER and \
                head in index.postings and head not in GENERIC_KEYS and \
                not any(modifier in x for x in words):
            return True
    return False


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# Which one of a series: 'første indlæsning' is not 'den endelige indlæsning'.
_ORDINALS = {w: i for i, ws in enumerate(["første first initial", "anden andet second", "tredje third",
                                          "fjerde fourth", "sidste endelige last final", "næste next"])
             for w in ws.split()}
_ORDERED = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+([\wæøåÆØÅ-]+)(?:\s+([\wæøåÆØÅ-]+))?", re.I)


def other_ordinal(q: Question, text: str) -> bool:
    """Whether the text speaks of the thing the question numbers by its order ('den endelige
    indlæsning') only as another one of the series ('første indlæsning')."""
    for m in _ORDERED.finditer(q.text):
        rank, noun = _ORDINALS[m.group(1).casefold()], content_keys(m.group(2))
        if not noun:
            noun = content_keys(m.group(3) or "")
        if not noun:
            continue
        said = [_ORDINALS[x.group(1).casefold()] for x in _ORDERED.finditer(text)
                if _same_noun(noun, content_keys(x.group(2)) or content_keys(x.group(3) or ""))]
        if said and rank not in said:
            return True
    return False


def _same_noun(a: set[str], b: set[str]) -> bool:
    """Whether two sets of keys share a word or a compound's head ('aftalen', 'databehandleraftalen'); the
    same reading for the ordinal's noun and a price's or count's basis."""
    return any(same_thing(x, b) for x in a)


# What a price or a count is per: 'pr. deltager', 'per user', 'for hver zone', 'kr./måned', 'om året',
# 'årligt'. A period is one word for all its forms: the unit's words (knowledge/units.py) and how often.
# (a month's abbreviations, 'pr. md.', 'pr mdr', are its basis as much as 'pr. måned')
_PERIODS = {"day": "daglig dagligt daily", "week": "ugentlig ugentligt weekly",
            "month": "månedlig månedligt monthly md mdr mnd", "year": "årlig årligt yearly annual annually",
            "quarter": "kvartal kvartalet kvartalsvis quarter quarterly"}


def _typed(word: str) -> set[str]:
    """A word as it is typed without æ/ø/å too ('måned' as 'maaned' and 'maned'): 'hvad koster X pr
    maned?' asks the price per month that 'pr. måned' gives."""
    return {word, ascii_fold(word), loose(ascii_fold(word))}


_PERIOD_WORDS = [(w, p) for p, ws in _PERIODS.items() for w in ws.split()] + [
    (w, u.name) for u in UNITS if u.name in _PERIODS
    for w in unit_words(u.name, forms=(SINGULAR, PLURAL, DEFINITE))]
_PERIOD = {typed: period for word, period in _PERIOD_WORDS for typed in _typed(word)}
_PER = re.compile(r"(?:\b(?:pr\.?|per|for hver|for each|each)\s+|/\s*)(?:(?:en|et|the|a)\s+)?"
                  r"(?P<unit>[\wæøåÆØÅ-]+)(?=\s+(?P<noun>[\wæøåÆØÅ-]+))?|"
                  r"\b(?:om|i|a|an)\s+(?P<period>dagen|ugen|måneden|kvartalet|året|day|week|month|quarter|year)\b|"
                  r"\b(?P<often>dagligt|ugentligt|månedligt|kvartalsvis|årligt|daily|weekly|monthly|quarterly|"
                  r"yearly|annually)\b", re.I)
# A unit of measure is one basis in all its names: 'pr. kilo' is 'pr. kg'.
_MEASURES = {"kg": "kg kilo kiloet kilogram kilogrammet", "ton": "t ton tons tonnet",
             "l": "l liter literen litre", "m": "m meter meteren metre", "km": "km kilometer kilometeren",
             "m2": "m2 m² kvadratmeter kvadratmeteren", "kwh": "kwh kilowatttime kilowatt-time",
             "piece": "stk styk stykke stykket stykker piece"}
_MEASURE = {w: u for u, ws in _MEASURES.items() for w in ws.split()}
_PER_KINDS = frozenset({Expect.PRICE, Expect.COUNT})
# A word before the noun a price is per: 'indberettet', 'påbegyndt', 'tilmeldte', 'aktive'.
# (and the participles in -t of common verbs: 'pr. overført sag', 'pr. indkøbt enhed', 'pr. tilvalgt modul')
_PARTICIPLE = re.compile(r"(et|ede|te|dt|ende|ive|ige|ført|kørt|gjort|købt|solgt|valgt|sendt|brugt|lånt|"
                         r"tømt)$")


# an adjective before the noun a price is per: 'pr. aktiv kursist', 'pr. ny bruger', 'per active user'
_ADJECTIVE = re.compile(r"[a-zæøå]+(?:iv|ive|ig|ige|lig|lige|isk|iske)|ny|nye|ekstra|"
                        r"active|new|extra|additional", re.I)


# In a text, a thing said with 'hver'/'hvert' is what a number in its sentence is per: 'Hvert træ registreres
# med 11 felter' gives the felter pr. træ (read in the text only: a question's 'hver' may say which, not per
# what: 'hvor tit tømmes hver container?')
_EACH = re.compile(r"\b(?:hver|hvert)\s+(?P<unit>[a-zæøå][\wæøå-]+)", re.I)
# ... and a label of one of a thing opening its line: 'Et lån: 20 plaider og 4 regnslag' gives them per lån
_ONE_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?:en|et|én|ét|hver|hvert)\s+(?P<unit>[a-zæøå][\wæøå-]+)\s*:",
                        re.I | re.M)


def _bases(text: str, *, each: bool = False) -> set[str]:
    out: set[str] = set()
    if each:
        out |= {k for m in _EACH.finditer(text) for k in content_keys(m.group("unit"))}
        out |= {k for m in _ONE_LABEL.finditer(text) for k in content_keys(m.group("unit"))}
    for m in _PER.finditer(text):
        word = (m.group("unit") or m.group("period") or m.group("often")).casefold()
        basis = _PERIOD.get(word) or _MEASURE.get(word)
        out |= {basis} if basis else content_keys(word)
        if m.group("unit") and m.group("noun") and (_PARTICIPLE.search(word) or _ADJECTIVE.fullmatch(word)):
            out |= content_keys(m.group("noun"))  # 'pr. indberettet husstand', 'pr. aktiv kursist
    return out


def other_basis(q: Question, text: str, *, magnitude: bool = False) -> bool:
    """'Hvad koster undervisningen pr. kommune?' is not answered by '1.200 kr. pr. deltager', nor 'hvad
    koster tilslutningen om måneden?' by a price that is per nothing: a price or count the question asks
    per something is an answer only where a sentence that gives it says that basis. `magnitude`: the
    question asks how big a thing is ('hvor stort er tilskuddet pr. forening?'), an amount or a count."""
    if q.expects not in _PER_KINDS and not (magnitude and q.expects is Expect.ANY):
        return False
    asked = _bases(q.text)
    if q.lang != "da":  # an English question's 'per user' is said in Danish words; its periods are not
        asked &= set(_PERIODS)
    if not asked:
        return False
    if q.expects not in _PER_KINDS and not all(t.match >= 1 for t in q.tokens if set(t.keys) & asked):
        return False  # ('hvor meget salt pr. kvadratmeter?' where the tasks write 'pr. m²': any size asked)
    # ... as the question's word was read: 'pr. pose' is the tasks' 'pr. doseringspose'
    asked |= {k for t in q.tokens if t.own_key in asked and t.match > 0 for k in t.keys}
    kinds = (q.expects,) if q.expects in _PER_KINDS else tuple(_PER_KINDS)
    holding = [s for line in _LINES.split(text) for s in sentences(line)
               if any(holds(kind, s, q.text) for kind in kinds)]
    # (a price in words, 'gratis', is the same per anything)
    return bool(holding) and not any(_same_noun(asked, _bases(s, each=True)) or not _DIGIT.search(s)
                                     for s in holding)


_DIGIT = re.compile(r"\d")


# Units of measure a count may ask in ('hvor mange kilobyte ...?'), one name per unit.
_UNITS = {"kb": "kb kilobyte kilobytes", "mb": "mb megabyte megabytes", "gb": "gb gigabyte gigabytes",
          "pixel": "pixel pixels px", "char": "tegn characters chars", "page": "side sider sidetal pages"}
_UNIT = {w: u for u, ws in _UNITS.items() for w in ws.split()}
_COUNTED = re.compile(r"\b(?:hvor mange|how many)\s+(?P<unit>[\wæøå]+)", re.I)
_MEASURED = re.compile(r"\d\s*(?:x\s*\d+\s*)?(?P<unit>[a-zæøå]+)\b", re.I)


def other_unit(q: Question, text: str) -> bool:
    """'Hvor mange kilobyte må byvåbnet fylde?' is not answered by 'højst 300 x 300 pixels': a count
    asked in a unit of measure is an answer only where a number stands with that unit, not another."""
    m = _COUNTED.search(q.text)
    unit = _UNIT.get(m.group("unit").casefold()) if m else None
    if unit is None or q.expects is not Expect.COUNT:
        return False
    said = {_UNIT[x.group("unit").casefold()] for x in _MEASURED.finditer(text)
            if x.group("unit").casefold() in _UNIT}
    return bool(said) and unit not in said


# 'hvor mange (højst) X': the thing counted, after the words that bound the count
_COUNTED_THING = re.compile(r"\b(?:hvor mange|how many)\s+(?:(?:højst|mindst|maks\w*|minimum|maksimum|"
                            r"cirka|ca|omtrent|præcis|i alt|at most|at least|about)\.?\s+)*"
                            r"(?P<unit>[\wæøå]+)", re.I)
_TIME_UNITS = frozenset(unit_words(forms=(SINGULAR, PLURAL, DEFINITE)))
# Nouns that count whatever a line is about ('Lokal administrator: 2-4 personer', '3 stk.')
_COUNTERS = frozenset(key(w) for w in ("person", "personer", "stk", "styk", "people", "persons", "pieces"))
# A number and the word after it, what it counts: «104 enkeltture», «to superbrugere» («en», «et»: articles).
_MAGNITUDE = r"(?:mio|mia|mill|millioner|million|milliarder|milliard|tusind|tusinde)"
_COUNT_WORDS = number_alternation(1, 12, english=False, without=("en", "et"))
_NUMBERED = re.compile(r"\b(?:\d+(?:[.,]\d+)?|" + _COUNT_WORDS + r"|et par|nogle få)"
                       # ('2,3 mio. dokumenter': a magnitude is part of the number, not what it counts)
                       r"(?:\s+" + _MAGNITUDE + r"\b\.?)?\s+(?!" + _MAGNITUDE + r"\b)"
                       r"(?P<noun>[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,2})", re.I)
# ('40 tilfældigt udvalgte bådpladser': the words after a number up to its noun are all taken, so a count
# past adjectives counts its noun)


def _counted_words(words: str) -> set[str]:
    """The keys of what a number counts: the words after it ('tilfældigt udvalgte bådpladser'), none when
    the first is a small word ('to i reserve' says not what it counts)."""
    first = words.split()[0]
    return content_keys(words) if content_keys(first) else set()


def other_counted(q: Question, text: str) -> bool:
    """'Hvor mange borgere er visiteret?' is not answered by 'En visiteret borger kan højst få 104
    enkeltture om året': where the text says the thing the question counts but every number in it
    counts another thing, the count is of that other thing. A count of the asked thing itself or of a
    kind of it ('104 enkeltture' for 'ture') answers; a text that never says the asked word (another
    word for it) is left to the other checks."""
    asked = counted_keys(q) if q.expects is Expect.COUNT else set()
    if not asked:
        return False
    if "|" in text:  # a table's numbers stand in cells, not before what they count
        return False
    if any(_counts_asked(asked, content_keys(lab.group(1))) for lab in _LABEL_COUNT.finditer(text)
           if is_number(lab.group("n"))):
        return False  # 'Affaldsspande: 6 pr. hundeskov': the label says what its number counts (any line's:
        # 'KSD Lokal administrator: Højst to medarbejdere' under its column's header)
    if any(_counts_asked(asked, content_keys(held.group(1))) for held in _ROLE_HELD.finditer(text)):
        return False  # 'to medarbejdere med rollen Kioskadministrator': people counted by the role asked
    numbered = [_counted_words(x.group("noun")) for x in _NUMBERED.finditer(text)
                if x.group("noun").split()[0].casefold() not in _TIME_UNITS]  # '6 uger' is how long
    # ('to i reserve': a number before a small word says not what it counts; '2-4 personer' counts
    # whoever the line is about)
    if not numbered or not all(numbered) or any(ks & _COUNTERS for ks in numbered) or \
            not any(in_compound(a, content_keys(text)) for a in asked):
        return False
    return not any(_counts_asked(asked, ks) for ks in numbered)


def counted_keys(q: Question) -> set[str]:
    """The keys of the thing a 'hvor mange X ...?' counts, or none when it counts a time or a unit."""
    m = _COUNTED_THING.search(q.spelt())  # ('hvor mange testcaes': as the tasks write it)
    if m is None or m.group("unit").casefold() in _UNIT or m.group("unit").casefold() in _TIME_UNITS:
        return set()  # 'hvor mange år' asks a length
    asked = content_keys(m.group("unit"))
    return set() if asked & GENERIC_KEYS else asked


def counts_in(asked: set[str], text: str) -> bool:
    """Whether a number of the text counts the asked thing ('et klippekort med 10 besøg' for 'besøg')."""
    return any(_counts_asked(asked, _counted_words(x.group("noun"))) for x in _NUMBERED.finditer(text))


# the role that the people a count counts hold: '... medarbejdere med rollen Kioskadministrator'
_ROLE_HELD = re.compile(r"\b" + ROLE_HELD + r"([\w-]+)", re.IGNORECASE)
_LABEL_COUNT = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?([^:\n]{1,60}):[ \t]*"
                          r"(?:(?:ca\.|cirka|højst|mindst|op til|maks\w*)[ \t]*)?"
                          r"(?P<n>\d+|[^\W\d_]+)", re.MULTILINE | re.IGNORECASE)


def _counts_asked(asked: set[str], counted: set[str]) -> bool:
    """Whether a number's words count the asked thing: the same word, a kind of it ('104 enkeltture' for
    'ture': the asked word is the compound's head) or the compound asked by its head; not a compound the
    asked word only begins ('tre medlemstyper' counts types, not 'medlemmer')."""
    return any(a == c or (len(a) >= 3 and c.endswith(as_head(a))) or (len(c) >= 3 and a.endswith(as_head(c)))
               for a in asked for c in counted)
