"""Checks that keep a confident wrong answer out, on every candidate: a name the question writes
must stand in the answer's task; 'hvem redigerer X?' needs a sentence that says who edits, not any
sentence about X; who holds a role in the asker's own municipality is not in the tasks."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE
from knowledge.file_formats import asks_file_format, names_format
from knowledge.fold import ascii_fold, content_keys, key, question_keys
from knowledge.implied import KEPT, implied_keys
from knowledge.index import Index
from knowledge.language import DOC_HEADS, document_lemma
from knowledge.morphology import derivations, named_alike
from knowledge.qa.agents import Deed, deeds, same_thing, verb_key
from knowledge.qa.analysis import MIN_HEAD, MIN_MODIFIER, Question, Token, longest_known_head
from knowledge.qa.candidate import Candidate
from knowledge.qa.claimed_values import DAY_NAMES
from knowledge.qa.contacts import ASKER_WRITES
from knowledge.qa.other_party import of_another, owned_by_another
from knowledge.qa.types import PLAIN, Expect, asks_for_tasks, holds
from knowledge.qa.value_words import enumerates, info_asked, lists_records
from knowledge.wording import say


def check(index: Index, q: Question, candidates: list[Candidate]) -> None:
    """Lower the prior of (or unexplain words in) candidates that do not answer what was asked."""
    deed, role = asked_deed(q), asked_role(q)
    relation = _asked_relation(q) if deed is None else None
    which = bool(_WHICH.match(q.text)) and not _WHICH_TASKS.match(q.text)
    asked = question_keys(q.text, q.held)
    papers, seat = asked_papers(q), asked_seat(q)
    modifiers = _head_modifiers(index, q)
    signer = q.has("sign") and q.expects is Expect.PARTY and not q.yesno
    kept = _kept_asked(q)
    _no_tasks_stands(q, candidates)
    for c in candidates:
        if kept and c.found and c.kind in _QUOTING and kept & c.explained and _kept_unsaid(c.text):
            c.prior *= 0.6  # 'hvilke oplysninger gemmes?' is not 'Oplysningerne slettes efter 6 måneder',
            c.explained = c.explained - kept  # which says how long they are kept, not what or where
        if signer and c.kind == "passage" and _NOT_SIGNED.search(c.text):
            c.found = False  # 'Indberetningen skal ikke underskrives': no signer to give, only that fact
        _check_names(index, q, c)
        if modifiers and c.tasks and not all(_task_says_modifier(index, c.tasks[0], m) for m in modifiers):
            c.prior *= 0.85  # 'aftalenummeret på flådestyringsaftalen': another task's aftale is not it
        if papers and c.found and c.kind in _QUOTING and _of_other_paper(index, papers, c):
            c.prior *= 0.6  # 'hvem underskriver kontrakten?' is not 'Databehandleraftalen underskrives af X'
        if c.found and c.kind in _QUOTING and owned_by_another(q, c.text):
            c.prior *= 0.5  # 'supportmailen til Strandvagt' is not 'Badenets supportmail er ...'
        if c.found and c.kind in _QUOTING and of_another(q, c.text):
            c.prior *= 0.5  # 'navnet på stedfortræderen' is not 'Navnet på administratoren'
        if seat and c.found and c.kind in _QUOTING and _seated_elsewhere(c.text, seat):
            c.prior *= 0.6  # 'hvem er kontaktperson hos KOMBIT?' is not the supplier's contact person
        if deed is not None and c.kind in ("passage", "fact") and not says_deed(deed, c.text):
            c.prior *= 0.6  # 'hvem redigerer brevhovedet?' is not answered by the rules for the letterhead
        elif (deed or relation) is not None and c.kind == "passage" and c.tasks and \
                _done_to_another(q, deed or relation, c.text, index.tasks[c.tasks[0]].title):
            c.prior *= 0.6  # 'hvem holder kurset?' is not 'Lønudgiften afholdes af kommunen'
        if role is not None and c.kind == "passage" and _only_refers_to(c.text, set(role.keys), asked=q.text):
            c.prior *= 0.6  # 'hvem er arkivansvarlig?' is not 'godkendes af kommunens arkivansvarlige'
        if c.found and c.kind in _QUOTING | {"step"} and only_receives(q, c.text):
            c.prior *= 0.5  # 'hvad gør X med reglerne?' is not 'Reglerne sendes til X': X only gets them
        if which and c.kind == "passage" and not _names_something(_quoted(c.text), asked) and \
                not _qualifies(c.text, q.tokens[1]) and not _plain_value(q, c.text) and \
                not members_named(q.tokens[1].surface, c.text) and not lists_records(q, c.text) and \
                not _frame_says_which(index, q, c) and not _time_for_when_noun(q, c) and \
                not (info_asked(q) is not None and enumerates(c.text, q)):
            c.prior *= 0.6  # 'hvilke services?' is not 'en serviceaftale for hver service'


def _frame_says_which(index: Index, q: Question, c: Candidate) -> bool:
    """Whether the sentence puts things in the asked noun's place of the question's own verb ('hvilke fugle
    flyver falkonererne med?' - '... hvor falkonererne flyver med falke, ugler og ørne'): gate.which's
    reading, which says which though it names nothing the question does not write."""
    from knowledge.qa.gate.which import frame_says_which  # (the gate reads the checks: imported when asked)

    return frame_says_which(index, q, c)


def _time_for_when_noun(q: Question, c: Candidate) -> bool:
    """Whether 'hvilke tider ...?' is answered by a time the text says (gate.which's reading)."""
    from knowledge.qa.gate.which import time_for_when_noun  # (the gate reads the checks: imported when asked)

    return time_for_when_noun(q, q.tokens[1].surface, c.text)


def only_receives(q: Question, text: str) -> bool:
    """'hvad gør X (med Y)?', 'hvad laver X?', 'what does X do?' asks what the party named does: a text
    that names X only as whom something goes to ('Reglerne sendes til X', '3. Send listen til X') does
    not say it."""
    m = _WHAT_DOES.match(q.text)
    if m is None:
        return False
    name = re.escape(m.group("who"))
    said = list(re.finditer(rf"\b{name}\b", text, re.IGNORECASE))
    return bool(said) and all(_TO_BEFORE.search(text, 0, found.start()) and
                              not _DOER_AFTER.match(text, found.end()) for found in said)


# 'hvad gør Snurretop Service ...', 'what does Rullemose Systemer do': the first word of the party after the
# verb of doing (not a pronoun: 'hvad gør vi, når ...' asks our own next deed)
_WHAT_DOES = re.compile(r"^\W*(?:hvad|what)\s+(?:gør|laver|foretager|does|do)\s+"
                        r"(?!(?:vi|man|jeg|i|du|de|det|den|der|we|you|they|it|the)\b)(?P<who>[\wæøåÆØÅ-]{3,})",
                        re.IGNORECASE)
# 'til ' (or 'to ') right before a name: the one something goes to
_TO_BEFORE = re.compile(r"\b(?:til|to)\s+$", re.IGNORECASE)
# a relative clause right after the name (and the rest of it) makes it a doer: 'til KOMBIT, der opretter
# kommunens brugere', 'til Borgerservice, som udleverer nøglerne'
# (a finite verb after the relative word: present tense in -r or a modal; not a participle: 'sendes til X,
# som aftalt med Y' / 'som beskrevet i vejledningen' says how it is sent, not what X does)
_DOER_AFTER = re.compile(r"(?:[\s-]+[A-ZÆØÅ0-9][\w&.-]*)*\s*,\s*"
                         r"(?:(?i:som|der)\s+(?:\w+r|skal|kan|vil|må|bør)\b|"
                         r"(?i:which|who|that)\s+\w)")


def _no_tasks_stands(q: Question, candidates: list[Candidate]) -> None:
    """'hvilke opgaver hører til Solure - Bølge 3?': when the list of tasks the question asks for is empty
    (no task of the project is in that wave), a fact line or a checklist item's status of a task that
    names the project's thing is no list of tasks, and the empty list's honest not-found stands (they are
    dropped, so that it is what the reply says)."""
    if asks_for_tasks(q.text) and any(c.kind == "list" and not c.found for c in candidates):
        candidates[:] = [c for c in candidates if c.kind not in _NO_TASK_LIST]


# Candidates that give one value of one task, never a list of tasks
_NO_TASK_LIST = frozenset({"fact", "status"})


def _kept_asked(q: Question) -> set[int]:
    """The positions of the question's 'gemme' ('hvilke oplysninger gemmes?', 'hvor opbevares data?'),
    when it asks anything but how long."""
    if q.expects is Expect.TIME:
        return set()
    return {t.pos for t in q.tokens if t.key == KEPT}


def _kept_unsaid(text: str) -> bool:
    """Whether the text is about keeping only by a deletion time ('Data slettes efter 13 måneder')."""
    return KEPT in implied_keys(text) and KEPT not in content_keys(text)


# 'hvilke dage', 'which days': a kind whose members the text names ('tirsdage og torsdage', 'Mondays')
_DAY_NOUN = re.compile(r"dag|dage|dagene|ugedag|ugedage|ugedagene|day|days|weekday|weekdays", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(DAY_NAMES) + r")", re.IGNORECASE)


def members_named(noun: str, text: str) -> bool:
    """Whether the text names members of the kind the noun asks which of: 'hvilke dage ...?' -
    'mandag, onsdag og fredag'."""
    return bool(_DAY_NOUN.fullmatch(noun)) and bool(_WEEKDAY.search(text))


# A sentence saying its paper is not signed ('skal ikke underskrives', 'kræver ikke underskrift')
_NOT_SIGNED = re.compile(r"\b(?:ikke|aldrig)\s+(?:\w+\s+)?(?:underskrives|underskrive|underskrift\w*|"
                         r"signeres|skrives\s+under)\b|\bkræver\s+ingen\s+underskrift|\buden\s+underskrift|"
                         r"\bnot\s+(?:need\s+to\s+)?be\s+signed\b|\bno\s+signature\b", re.IGNORECASE)
# 'Hvilke services ...?', 'Which certificate ...?': the answer names one (not a task list).
_WHICH = re.compile(r"^\W*(hvilke|hvilken|hvilket|which)\s+\w", re.IGNORECASE)
_WHICH_TASKS = re.compile(r"^\W*(hvilke|hvilken|hvilket|which)\s+(\w+\s+)?(opgave\w*|tasks?)\b",
                          re.IGNORECASE)
# A name in a text: a capitalised word inside a sentence, a code ('SF1520', 'ksd_fordeler', 'B-post'),
# or a quoted term.
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][\wæøåÆØÅ-]*|\b\w*[\d_]\w*\b|[«“\"][^»”\"]+[»”\"]")


def _plain_value(q: Question, text: str) -> bool:
    """'Hvilken mailadresse ...?' is answered by the address itself, a value the text shows plainly;
    'hvilken dato/uge ...?' by a day of the calendar ('den 15. september', 'uge 41'), which names no
    member by a capital (not by a span counted from something: 'senest 4 uger før kurset' is no day)."""
    if q.expects is Expect.TIME:
        return bool(_CALENDAR_DAY.search(text))
    if asks_file_format(q.tokens[1].surface, [t.surface for t in q.tokens[2:]]):
        return names_format(text)  # 'hvilket filformat ...?': 'et regneark (xlsx)'
    return q.expects in PLAIN and holds(q.expects, text, q.text)


_CALENDAR_DAY = re.compile(r"\b\d{1,2}\.\s*(?:" + MONTHS_DA_RE + r")|\buge\s+\d{1,2}\b"
                           r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", re.IGNORECASE)


def _quoted(text: str) -> str:
    """The task's words of an English answer ('The task says: “…”'), not the quote around them,
    which is no quoted term."""
    said = say("says", "en")
    return text[len(said) + 1:-1] if text.startswith(said + "“") and text.endswith("”") else text


def _names_something(text: str, asked: set[str]) -> bool:
    """Whether the text names something the question does not ('SF1520', 'B-post', «Ydelsessag
    oprettet»), or lists things."""
    for m in _NAME.finditer(text.strip()):
        keys = content_keys(m.group(0))
        if keys and not keys <= asked and not m.group(0).isdigit():
            return True
    return "\n" in text.strip() or bool(_COLON_LIST.search(text))  # a list, in lines or after a colon


# a list after a colon in a sentence: 'skal indeholde disse felter: sagsnummer, afsenderenhed og en mail'
_COLON_LIST = re.compile(r":\s+[^\s,.;:][^,.;:\n]*(?:,\s+[^,.;:\n]+)*,?\s+(?:og|samt|eller|and|or)\s+\w",
                         re.IGNORECASE)


_GENERIC = re.compile(r"\b(hver|hvert|alle|enhver|ethvert|en|et|de|disse|flere|nogle|each|every|all|any|a|an)"
                      r"\s+$", re.IGNORECASE)


def _qualifies(text: str, noun: Token) -> bool:
    """'Portalen håndterer kun sager i kategori 5' says which cases; 'en serviceaftale for hver
    service' does not say which services: the asked noun stands in the text, not after a quantifier."""
    own = key(noun.surface.casefold())
    for m in re.finditer(r"[\wæøåÆØÅ-]+", text):
        if set(noun.keys) & content_keys(m.group(0)) and (not _GENERIC.search(text[:m.start()])
                                                          or _modified_compound(m.group(0), own)):
            return True
    return False


def _modified_compound(word: str, own: str) -> bool:
    """Whether a text's word is the asked noun with a modifier before it ('en asfaltbelægning' says which
    belægning, where 'en belægning' would not)."""
    folded = key(word.casefold())
    return len(own) >= 4 and len(folded) >= len(own) + 3 and folded.endswith(own)


def asked_deed(q: Question, *, derived: bool = False) -> Token | None:
    """The verb of 'hvem (kan) redigerer/opsætte X?', 'who approves X?', 'hvem hos KMD tager imod X?': the
    answer must say who does it. A verb the tasks never use is asked too (no passage says who does it);
    'laver', 'gør' ask for any deed, and a corrected or guessed word asks nothing. With `derived`, a word
    read as another word of its root is asked too (the intent that finds the deed's noun asks it)."""
    if q.expects is not Expect.PARTY or not q.tokens or q.tokens[0].key not in ("hvem", "who"):
        return None
    after_where = False
    for t in q.tokens[1:]:
        if after_where:  # 'hos KMD', 'i direktionen': where the party sits, before the verb
            after_where = False
            continue
        if t.surface.casefold() in _WHERE_PARTY:
            after_where = True
            continue
        if t.weight <= 0 and not t.concepts:
            if t.role == "stop" and _ASKING.fullmatch(t.surface.casefold()):
                return None  # 'hvem kan jeg spørge om reglerne?': whom to ask ('spørge' weighs nothing), not
                # a deed of the definite noun after it ('reglerne' is no verb)
            continue  # 'kan', 'skal'
        verb_like = (written_as_verb(t) and (not 0 < t.match < 1 or (derived and _of_same_root(t)))
                     and t.key not in _DO)
        if verb_like and (_ASKING.fullmatch(t.surface.casefold()) or _asker_writes(q, t)):
            return None  # 'hvem skal man kontakte ved fejl?': whom, said as 'Fejl meldes til support'
        return t if verb_like and not t.concepts else None
    return None


def _asker_writes(q: Question, t: Token) -> bool:
    """Whether the word is the asker's writing to someone ('hvem skal jeg skrive til om X?'): whom to write
    to, which a contact's line says, not who writes."""
    return t.surface.casefold() in ("skrive", "skriver") and ASKER_WRITES.search(q.text) is not None


def written_as_verb(t: Token) -> bool:
    """Whether a word of the question is written as a Danish verb ('redigerer', 'opsætte', 'underskrives')."""
    return t.role == "word" and t.surface.islower() and t.surface.endswith(("r", "e", "s"))


def open_deed(t: Token) -> bool:
    """Whether a verb after 'hvem' asks no deed of its own: 'laver', 'gør' stand for any deed, and
    'kontakte', 'spørge' ask whom to turn to, which a sentence says in other words ('Meld fejl til X')."""
    return t.key in _DO or bool(_ASKING.fullmatch(t.surface.casefold()))


def _of_same_root(t: Token) -> bool:
    """Whether a word the tasks lack was read as another word of its root ('underviser' as the tasks'
    'undervisning'), not as a guessed spelling: the verb is still asked ('Undervisningen varetages af X')."""
    return t.key in derivations(t.surface.casefold())


def _asked_relation(q: Question) -> Token | None:
    """The verb of 'hvem leverer / drifter X?' when it is a relation the glossary reads as a role
    ('leverer' -> 'leverandør'): `asked_deed` leaves it to the intents, but a sentence where that verb is
    done to another thing ('Adgangskontrollen leveres af Gatekeep og kobles til Baneplan') still does
    not say who supplies X."""
    if q.expects is not Expect.PARTY or q.yesno or len(q.tokens) < 3 or \
            q.tokens[0].key not in ("hvem", "who"):
        return None
    t = next((t for t in q.tokens[1:] if t.weight > 0 or t.concepts), None)
    if t is None or t.role != "word" or not t.concepts or not t.surface.islower() or \
            not t.surface.endswith("r") or t.match < 1:
        return None
    return t


_WHERE_PARTY = frozenset("hos i fra ved at in from".split())
# The verbs of asking someone: the text says whom another way ('rettes til', 'meldes til', 'besvares af').
# (and their passives: 'hvem skal kontaktes om kontrakten?' is answered by 'Spørgsmål ... rettes til X')
_ASKING = re.compile(r"kontakte[rs]?|spørge[rs]?|henvende[rs]?|ringe[rs]?|contact|ask|reach")
# 'hvem laver systembrugeren?': a verb that means doing or making stands for any deed ('opretter')
_DO = frozenset(key(w) for w in "lave laver laves lavet gøre gør gøres gjort gjorde make makes made".split())


_IDENTITY = re.compile(r"^\W*(hvem|who)\s+((skal|kan|bør|should|will|must)\s+(være|vaere|be)|"
                       r"er|var|is|was)\b",
                       re.IGNORECASE)
# 'hvem er systemansvarlig i vores kommune?': who holds a role in the asker's own organisation is
# not in tasks written for every municipality (the workspace's assignments may know it).
_LOCAL = re.compile(r"\b(i|hos|in|at)\s+(vores|vor|our)\s+(kommune|organisation|forvaltning|afdeling|"
                    r"municipality|organi[sz]ation|council)\b|\bhos os\b", re.IGNORECASE)


def local_holder(q: Question) -> bool:
    # (an English question's 'in our municipality' is read as 'i kommunen': its own words tell)
    return q.expects is Expect.PARTY and bool(_IDENTITY.match(q.text)) and \
        bool(_LOCAL.search(q.text) or _LOCAL.search(q.asked or ""))


def asked_role(q: Question) -> Token | None:
    """The role of 'hvem er arkivansvarlig?'."""
    if q.expects is not Expect.PARTY or not _IDENTITY.match(q.text):
        return None
    first = next((t for t in q.tokens[1:] if t.weight > 0 or t.concepts), None)
    if first is not None and not first.concepts and first.surface.islower() and first.pos + 1 < len(q.tokens):
        first = q.tokens[first.pos + 1]  # 'hvem er den nuværende leverandør …?': a word before its noun
        first = first if first.concepts & _RELATION_CONCEPTS else None
    if first is not None and first.concepts & _RELATION_CONCEPTS and first.surface.islower():
        return None  # 'hvem er leverandør af bookingløsningen?': the role is the relation, X is what it is of
    named = [t for t in q.content() if not t.concepts and t.role == "word" and t.pos not in q.project_pos]
    # the head noun: not a genitive before it ('kommunens databeskyttelsesrådgiver'), and the most
    # telling word ('underdatabehandler', not 'nye')
    heads = [t for t in named if not ((t.surface.endswith("s") or _ATTRIBUTIVE.fullmatch(t.surface))
                                      and t.pos + 1 < len(q.tokens) and q.tokens[t.pos + 1] in named)]
    heads = [t for t in heads if not t.surface[:1].isupper()] or heads  # a role, not the name of its holder
    return max(heads or named, key=lambda t: t.weight) if named else None


# an adjective's inflected form before its noun ('den pensionerede urmager', 'den gamle skipper'): the noun
# is the role
_ATTRIBUTIVE = re.compile(r"[a-zæøå]{2,}e")


# The concepts of the words for a party's relation to a thing ('leverandør', 'ansvarlig', 'udfører')
_RELATION_CONCEPTS = frozenset({"fact", "executor", "responsible"})


# 'kommunens arkivansvarlige', 'jeres systemansvarlige', 'den forvaltningsansvarlige': the role itself,
# as the text refers to whoever holds it.
_REFERENCE = re.compile(r"\b(kommunens|kommunernes|jeres|vores|deres|sin|sine|den|de|the|your|its)\s+"
                        r"(?:[\w-]+\s+)?$|[\w-]\s*\(\s*$", re.IGNORECASE)  # or its abbreviation: '... (DPO)'
_WORDS = re.compile(r"[\w-]+")


def _only_refers_to(text: str, role: set[str], *, asked: str = "") -> bool:
    """Whether the text names the role asked about only as 'the municipality's X', never with its
    holder ('X er Sofie Dam', 'X: KMD'); a former holder ('den tidligere biavler Ole Sværmer') holds it no
    more, unless the question asks the former one."""
    refs = [m for m in _WORDS.finditer(text) if content_keys(m.group(0)) & role]
    if not refs:
        return False
    unasked_former = not _FORMER.search(asked)
    return all((unasked_former and _FORMER_BEFORE.search(text[:m.start()])) or _refers_only(text, m)
               for m in refs)


def _refers_only(text: str, m: re.Match[str]) -> bool:
    """Whether one mention of the role refers to whoever holds it, without naming the holder."""
    return bool((_REFERENCE.search(text[:m.start()]) or
                 (_DEFINITE.search(m.group(0)) and _PREPOSITION.search(text[:m.start()])))
                and not re.match(r"\s*(:|er\b|is\b)", text[m.end():])
                and not _APPOSED.search(text[:m.start()])
                and not ((_DEFINITE.search(m.group(0)) or _ARTICLE_BEFORE.search(text[:m.start()]))
                         and _NAME_AFTER.match(text, m.end())))


# a holder no more: 'den tidligere skovløber', 'the former ranger' (asked so, the former one is the answer)
_FORMER = re.compile(r"\b(?:(?:tidligere|forhenværende|former|ex)\b|fhv\.?(?!\w))", re.IGNORECASE)
_FORMER_BEFORE = re.compile(_FORMER.pattern + r"\s+$", re.IGNORECASE)


# An article before an adjective and the role makes it definite, as an ending does: 'Den pensionerede urmager
# Aksel Tandhjul' names the holder in close apposition, as 'underleverandøren Vovdata ApS' does
_ARTICLE_BEFORE = re.compile(r"\b(den|det|de|the)\s+[\w-]+\s+$", re.IGNORECASE)


# A name right after a definite role, in close apposition: 'af underleverandøren Vovdata ApS'
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-ZÆØÅ])[\wæøå&.-]+")


# A holder named before the role in apposition: 'Anders Lykke, kommunens vejchef', 'Tove Riis, den nye X'.
_APPOSED = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][\wæøå-]+)+,\s+(?:[\wæøå]+\s+)?$")


# 'af driftsleverandøren', 'til kontaktpersonen': a definite noun refers to whoever holds the role.
_DEFINITE = re.compile(r"[a-zæøå]{4}(en|et|ne|ene)$")
_PREPOSITION = re.compile(r"\b(af|til|hos|med|fra|ved|by|to|from|with)\s+$", re.IGNORECASE)


def says_key(k: str, said: set[str]) -> bool:
    """Whether a text's keys say key `k`: as itself, or a word it begins ('godkend' in 'godkendelse')."""
    return k in said or (len(k) >= 3 and any(s.startswith(k) for s in said))


def says_deed(deed: Token, text: str) -> bool:
    """The verb asked about in any form, or its doer ('leverer' in 'Leverandør: Systematic'); a
    receiving asked about ('hvem modtager X?') by a sending only with whom it goes to ('X sendes til
    Y', not 'Kommunen godkender prøven, inden X sendes': that names who approves)."""
    said = content_keys(text)
    if _GETTING.fullmatch(deed.surface.casefold()) and _GOES_TO.search(text):
        return True  # 'hvem får pantet?': 'Pantet går ubeskåret til Kirkens Korshær' says who gets it
    # (the question's own word: where no task writes 'modtage', its key is the sending's)
    if _RECEIVING.match(deed.surface.casefold()) and not any(s.startswith("modtag") for s in said):
        return any(says_key(k, said) for k in deed.keys) and _TO_SOMEONE.search(text) is not None
    return any(says_key(k, said) for k in deed.keys)


def other_object(q: Question, verb: Token, deed: Deed, text: str = "", title: str = "") -> bool:
    """The deed is done to another thing than the noun the question names right after its verb: the
    head of the deed's subject in its clause of the text (the last word before a preposition:
    'Lønudgiften' of 'Lønudgiften til instruktørerne', 'samtykke' of 'borgerens samtykke') is neither
    that noun nor a part of it. An English question is read in its Danish translation, whose nouns are
    the words the tasks write ('Who approves the cooperation agreement?' is not answered by
    'Databehandleraftalen godkendes af juristen, inden samarbejdsaftalen underskrives')."""
    nouns, more = _object_phrase(q, verb)
    if not nouns and more and q.tokens[verb.pos + 1].surface.casefold() in _OBJECT_PREPOSITIONS and \
            q.tokens[verb.pos - 1].surface.casefold() not in _BEING:
        nouns, more = more, []  # 'hvem betaler for opsætningen?': what is paid for is the object (not
        # 'hvem er databehandler for KY?', a role for a thing)
    if not nouns or any(t.role != "word" or t.match == 0 for t in nouns):
        return False
    # a name ('Baneplan') only where the sentence writes it in another part: 'Adgangskontrollen leveres af
    # Gatekeep og kobles til Baneplan' supplies another thing; 'Systemet leveres af X' may refer back to it
    if not all(t.surface.islower() for t in nouns) and not (
            text and all(t.surface[:1].isupper() and set(t.keys) & content_keys(text) for t in nouns)):
        return False
    if title and text and _names_only_in_title(nouns, text, title):
        return False  # 'Adgangen godkendes af X' in the task 'Godkend modulet': what the task's deed is of
    head = _deed_object(deed, text)
    if not head:
        return False  # 'når den er gennemgået af X': a pronoun refers back
    # the same thing, or one a compound's part of the other ('kortet' - 'Kortlaget', 'lønnen' - 'Lønudgift');
    # a word of the complement as the head's first part ('opbygningen af organisationen' -
    # 'Organisationsstrukturen')
    return not any(_part_of_other(k, h) for t in nouns for k in t.keys for h in head) and \
        not any(h.startswith(k) for t in more for k in t.keys for h in head if len(k) >= 4)


# The prepositions after a verb whose phrase is the verb's object ('betale for X', 'søge om X')
_OBJECT_PREPOSITIONS = frozenset({"for", "om"})
_BEING = frozenset({"er", "var", "bliver", "is", "was", "are"})


def _object_phrase(q: Question, verb: Token) -> tuple[list[Token], list[Token]]:
    """The words of the object phrase after the question's verb, and those of its complement (after the
    first preposition, up to the next)."""
    nouns, more, joined = [], [], False
    for t in q.tokens[verb.pos + 1:]:
        if _OBJ_PHRASE_END.fullmatch(f" {t.surface} "):
            if joined:
                break
            joined = True
            continue
        if t.weight > 0 or t.role == "word":
            (more if joined else nouns).append(t)
    return nouns, more


# a clause's or a parenthesis' mark (compiled once, not per question)
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _deed_object(deed: Deed, text: str) -> set[str]:
    """The keys of the head of the thing the deed is done to in the text (a passive's subject, an active
    verb's object), or of the deed's own object without a text; none when the verb shares the subject
    of the one before it or a pronoun stands there."""
    at = text.find(" " + deed.verb) if text else -1
    # (a passive's subject stands before its verb, an active verb's object after it: 'X tømmer containerne')
    before = at > 0 and not deed.verb.casefold().endswith(("r", "e"))
    # (an active verb's object is read off loosely, 'X, pladsformand, lægger vagtplanen hver anden uge',
    # '... et testmiljø, som Odontia stiller til rådighed': any other word of the sentence may be it)
    verb_at = at + 1 + len(deed.verb)
    clause = _CLAUSE_MARK.split(text[:at])[-1] if before else \
        text[:at] + " " + text[verb_at:] if at > 0 else deed.obj
    words = _OBJ_WORD.findall(clause)
    while words and words[-1].casefold() in _AUXILIARIES:
        words.pop()
    if not words or words[-1].casefold() in _COORDINATED:
        return set()  # '... og lægges ind af X': the verb shares the subject of the one before
    phrase = _OBJ_PHRASE_END.split(" ".join(words))[0] if before else " ".join(words)
    # (a letter or code after the noun names which one: 'Bilag C')
    heads = [content_keys(w) for w in _OBJ_WORD.findall(phrase) if len(w) > 2 and not w.isupper()]
    # (an active verb's object may run on in a clause, 'kortlægger, hvilke arkiver der deles': any word)
    if not before:
        return set().union(*heads)
    head = next((h for h in reversed(heads) if h), set())
    # (a sentence that opens with an adverbial puts the passive's subject after its verb: 'Efter lejen
    # tjekkes lokalet af en pedel' is done to 'lokalet', not to 'lejen'; either may be it)
    if at > 0 and (inverted := _INVERTED_SUBJECT.match(text, verb_at)):
        head = head | content_keys(inverted.group(1))
    return head


# The subject after a passive verb, before its agent: ' lokalet af', ' den nye aftale af'
_INVERTED_SUBJECT = re.compile(r"\s+(?:(?:den|det|de|en|et)\s+)?(?:[a-zæøå]+e\s+)?"
                               r"([a-zæøå][\wæøå-]{2,})\s+(?:af|by)\s", re.I)


def _part_of_other(a: str, b: str) -> bool:
    """The same key, or either one a compound's first or last part of the other ('kas' of 'arkivkas')."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a) or a.endswith(b)
                                                     or b.endswith(a)))


def _names_only_in_title(nouns: list[Token], text: str, title: str) -> bool:
    """The question's thing is named by the task's title, not by the sentence: the sentence is about it."""
    said, titled = content_keys(text), content_keys(title)
    return all(any(same_thing(k, titled) for k in t.keys) and not any(same_thing(k, said) for k in t.keys)
               for t in nouns)


def _done_to_another(q: Question, verb: Token, text: str, title: str) -> bool:
    """Every sentence part saying who does the asked verb does it to another thing ('other_object')."""
    said = [d for d in deeds(text, set(verb.keys)) if verb_key(d) in verb.keys]
    return bool(said) and all(other_object(q, verb, d, text, title) for d in said)


# Where the head of a noun phrase ends: a preposition after it ('Lønudgiften til instruktørerne').
_OBJ_PHRASE_END = re.compile(r"\s+(?:til|om|for|af|på|i|med|fra|over|under|hos|ved|mellem|blandt|efter|"
                             r"før|inden|uden|via|gennem|mod|omkring|pr\.|per|to|of|from|with|in|on|by)\s+",
                             re.I)
_OBJ_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_COORDINATED = frozenset("og eller men samt and or but".split())
_AUXILIARIES = frozenset("skal kan må bør vil skulle være er blive bliver få får ikke".split())


_RECEIVING = re.compile(r"modtag|receiv")
# 'hvem får X?' asks who a thing goes to: said by a verb of giving or going with the one it goes to
_GETTING = re.compile(r"får|få|fik|gets?|got")
_GOES_TO = re.compile(r"\b(?:går|gives|tilfalder|udbetales|overføres|doneres|goes|is given|is paid)\b"
                      r"[^.;:]*?\b(?:til|to)\s+\w", re.IGNORECASE)
_TO_SOMEONE = re.compile(r"\b(til|to)\s+\w", re.IGNORECASE)


def _head_modifiers(index: Index, q: Question) -> list[str]:
    """The modifiers of the question's compounds read only by their head ('flådestyring' of
    'flådestyringsaftalen', read as 'aftale') that some task writes beside that head: they say which
    one of the head's things is meant, so a task that never writes the modifier is about another."""
    out = []
    for t in q.tokens:
        if t.role != "word" or t.weight <= 0 or not t.read_by_head:
            continue
        folded = ascii_fold(t.surface.casefold())
        found = longest_known_head(index, folded, min_modifier=MIN_MODIFIER, min_head=MIN_HEAD)
        if found is None or found[1] != t.key:
            continue
        modifier = folded[:found[0]]
        modifier = modifier[:-1] if modifier[-1] in "se" and len(modifier) > MIN_MODIFIER + 1 else modifier
        if len(modifier) >= 5 and any(_task_says_modifier(index, task, modifier)
                                      for task in index.task_postings.get(t.key, ())[:_MOST_HEAD_TASKS]):
            out.append(modifier)
    return out


_MOST_HEAD_TASKS = 50


def _task_says_modifier(index: Index, task: int, modifier: str) -> bool:
    """Whether a word of the task begins with the modifier."""
    return index.kept("modifier_in_task", (task, modifier), most=20_000, make=lambda: any(
        re.search(r"\b" + re.escape(modifier), ascii_fold(index.passages[p].text.casefold()))
        for p in index.task_passage_ids(task)))


def _check_names(index: Index, q: Question, c: Candidate) -> None:
    """A name the question writes ('ArkivAflever') counts as explained only when the answer or its
    task says it, not when a part of it ('arkiv') matched."""
    for t in q.tokens:
        if t.pos not in c.explained or not t.alts or t.match < 1 or not t.surface[:1].isupper() or t.pos == 0:
            continue
        if t.pos in c.read:
            continue  # a party a yes/no verdict denies by naming another doer
        if t.key not in index.postings:
            continue
        if t.pos in q.project_pos and c.tasks and q.project_tasks and set(c.tasks) <= q.project_tasks:
            continue  # the project the question names is the task's project ('Sygedagpenge')
        if not any(index.task_has(task, t.key) for task in c.tasks[:3]):
            c.explained = c.explained - {t.pos}


def _subject_papers(text: str) -> set[str]:
    """The papers a text's sentences are about: named among a sentence's first words
    ('Databehandleraftalen med X underskrives ...', 'Den underskrevne kontrakt ...'), not a paper it
    names on the way ('Direktøren kan give en afdelingschef fuldmagt til at underskrive') nor one in a
    mail address ('kontrakt@kombit.dk')."""
    out = set()
    for sentence in _SENTENCE.split(_ADDRESS.sub(" ", text)):
        sentence = _LEAD.sub("", sentence)
        out |= {lemma for w in _WORDS.findall(sentence)[:_OPENING]
                if (lemma := document_lemma(w)) is not None}
    return out


_OPENING = 3  # the words of a sentence that hold its subject
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
# what comes before a task's own words: 'Ja – opgaven siger: «', 'The task says: “', '• '
_LEAD = re.compile(r"^[^«“:]{0,40}[:«“]\s*[«“]?|^\W+")


# Words for any paper ('Send begge dokumenter'): not another paper than the one asked.
_ANY_PAPER = frozenset({"dokument", "papir", "dokumentation"})
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+", re.IGNORECASE)
# The candidates that quote a task's sentence as the answer (the others say what they are about).
_QUOTING = frozenset({"passage", "doer", "fact", "deadline", "when", "yesno"})


def asked_papers(q: Question) -> list[str]:
    """The papers a question names by its own words ('kontrakten', 'databehandleraftalen'), as lemmas;
    none for a question about papers of a kind ('hvilke aftaler ...?')."""
    if q.expects is Expect.ANY or q.yesno or q.has("which", "list"):
        return []  # (a yes/no may name a paper as the means: 'kan en med fuldmagt skrive under?')
    return [lemma for t in q.content() if t.pos not in q.project_pos and not t.concepts
            and t.key == t.own_key  # (not a word read as the task's own compound: 'tilmeldingsskemaet')
            and (lemma := document_lemma(t.surface)) is not None]


def _of_other_paper(index: Index, papers: list[str], c: Candidate) -> bool:
    """Whether the candidate's sentence is about another paper than the one asked: it names papers
    and none of them is the asked one ('Databehandleraftalen ...' for the contract), or only the
    asked paper's head ('Aftalen med Nets ...') in a task that never names the asked paper."""
    said = _subject_papers(c.text)
    words = {lemma for w in _WORDS.findall(_ADDRESS.sub(" ", c.text)) if (lemma := document_lemma(w))}
    # (compared as typed in ASCII too: 'traeoversigten' is the task's 'træoversigten')
    if not said or {ascii_fold(w) for w in words} & {ascii_fold(p) for p in papers}:
        return False  # the asked paper said further on ('... instruksen i bilag 1'), or no paper named
    for asked in papers:
        keys = content_keys(asked)
        for paper in said:
            if ascii_fold(paper).endswith(ascii_fold(asked)) or paper in _ANY_PAPER:
                return False  # the paper, a kind of it ('serviceaftalen' for 'aftalen'), 'dokumenterne'
            if _titled_alike(index, c, asked, paper):
                return False  # 'labyrintaftalen': 'Tilslutningsaftalen' of 'Tilslutningsaftale for Labyrint'
            if asked.endswith(paper) and paper in DOC_HEADS and (
                    any(index.task_has(task, k) for task in c.tasks[:3] for k in keys)
                    or not any(k in index.postings for k in keys)):
                # 'Aftalen' in a task that names the 'databehandleraftale' it is, or for a paper no task
                # names ('dataaftalen': the asker's word for it); not in a task that never names the
                # kind of agreement other tasks have
                return False
    return True


def _titled_alike(index: Index, c: Candidate, asked: str, paper: str) -> bool:
    """Whether the candidate's one task's title names the asked paper and the one its sentence says as one."""
    if len(c.tasks) != 1:
        return False
    return named_alike(key(asked), key(paper), content_keys(index.tasks[c.tasks[0]].title))


def asked_seat(q: Question) -> tuple[str, ...]:
    """The keys of the organisation a 'hvem' question places its party at: 'hvem er kontaktperson hos
    KOMBIT?', 'who at Netcompany approves ...?' (a name, not the project the question is about)."""
    if q.expects is not Expect.PARTY:
        return ()
    for t in q.tokens[1:-1]:
        if t.surface.casefold() in _AT:
            name = q.tokens[t.pos + 1]
            if name.surface[:1].isupper() and name.match >= 1 and name.pos not in q.project_pos:
                return name.name_keys
    return ()


_AT = frozenset({"hos", "at"})


def _seated_elsewhere(text: str, seat: tuple[str, ...]) -> bool:
    """Whether the text places what it says at another organisation than the one asked about ('Løsningen
    leveres af Nordsoft ApS; kontaktperson er ...' for a contact at KOMBIT), never naming the asked one."""
    if any(k in content_keys(text) for k in seat):
        return False
    return any(not content_keys(m.group(1) or m.group(2)) & set(seat) for m in _ORGANISATION.finditer(text))


# An organisation a sentence names: 'leveres af Nordsoft', 'hos KMD', 'Carelink A/S'.
_ORGANISATION = re.compile(r"\b(?:af|hos|fra|by|at|from)\s+([A-ZÆØÅ][\wæøåÆØÅ-]+)|"
                           r"\b([A-ZÆØÅ][\wæøåÆØÅ-]+)\s+(?:ApS|A/S|I/S|Inc|Ltd)\b")


def clause_of(deed, text: str) -> str:
    """Of a sentence that says who does two things ('Enheden udpeges af direktøren, og kommissoriet
    godkendes af udvalget'), the clauses that say who does the asked one; the other clause's party
    would read as the answer too. The sentence as it is when no clause or every clause says it."""
    return _clauses_where(text, lambda clause: says_deed(deed, clause))


def clause_with(verb: str, text: str) -> str:
    """Of a sentence that says who does two things, the clause whose passive verb is the one given
    (the deed a doer was read from: 'Registreringen udføres af X, og resultatet kontrolleres af Y')."""
    said = re.compile(rf"\b{re.escape(verb)}\b", re.IGNORECASE)
    return _clauses_where(text, lambda clause: said.search(clause) is not None)


def clause_naming(party: str, text: str) -> str:
    """Of a sentence that says who does two things, the clause that names the party given (a signature's
    signer: 'Aftalen underskrives af A, mens planen godkendes af B' quotes A's clause)."""
    party = party.casefold()
    return _clauses_where(text, lambda clause: party in clause.casefold()) if party else text


def _clauses_where(text: str, keep) -> str:
    """The clauses of a sentence of two or more passive clauses, each with its own agent, that keep
    holds for; the sentence as it is when none or all do."""
    clauses = _own_subjects(_CLAUSES.split(text))
    if len(clauses) < 2 or not all(_AGENT.search(c) and not _AGENT.match(c) for c in clauses):
        return text
    said = [c for c in clauses if keep(c)]
    if not said or len(said) == len(clauses):
        return text
    out = " ".join(said).strip()
    return out[:1].upper() + out[1:] + ("" if out.endswith((".", "!", "?")) else ".")


def _own_subjects(clauses: list[str]) -> list[str]:
    """A clause without its own subject ('... af byrådet og indtastes af X'), or with a pronoun for it ('...,
    og de oversættes af X'), with the subject of the clause it is joined to ('Åbningstiderne indtastes af
    X'), so that it can stand alone."""
    out = clauses[:1]
    for clause in clauses[1:]:
        before = _AGENT.search(out[-1])
        bare = _SUBJECT_PRONOUN.sub("", clause, count=1)
        if _AGENT.match(bare) and before is not None and before.start() > 0:
            clause = f"{out[-1][:before.start()].strip()} {bare}"
        out.append(clause)
    return out


# A clause's subject that stands for the subject of the clause before: '..., og de oversættes af X'.
_SUBJECT_PRONOUN = re.compile(r"^(?:de|den|det|they|it)\s+(?=\w)", re.IGNORECASE)


# Where a sentence joins two clauses of its own: ', og ', ', mens ', '; ' (not ', men af ...', which corrects
# one: no agent of its own), and ' og ' before a passive with its agent, whose subject is the first clause's.
_CLAUSES = re.compile(r",\s+(?:og|mens|men|hvorimod)\s+(?=\w+\s+\w+)|;\s+|,\s+(?:and|while|whereas|but)\s+"
                      r"|\s+og\s+(?=[a-zæøå]{3,}(?:es|s)\s+af\b)")
# A Danish passive with its agent ('udpeges af', 'oversættes til engelsk af'), or an English one
# ('approved by').
_AGENT = re.compile(r"\b[a-zæøå]{3,}(?:es|s)"
                    r"(?:\s+(?:til|i|på|via|med|for|hos|fra)\s+[\wæøå-]+(?:\s+[\wæøå-]+)?)?\s+af\b|"
                    # (its subject after it when the sentence opens with an adverbial: 'Om foråret opsættes
                    # hegnet af X'); not a genitive before its noun: 'kommunens andel af udgiften'
                    r"\b(?![a-zæøå]+(?:ens|ets|ernes|enes)\b)[a-zæøå]{3,}(?:es|s)"
                    r"\s+(?:(?:den|det|de)\s+)?[a-zæøå][\wæøå-]{2,}\s+af\b|"
                    r"\b[a-z]{3,}ed\s+by\b", re.IGNORECASE)
