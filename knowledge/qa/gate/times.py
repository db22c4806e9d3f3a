"""Whether a time or deadline answer is the time of what is asked, done by the one asked about."""

from __future__ import annotations

import re

from knowledge.deadlines import EVENT_CLAUSE
from knowledge.fold import ascii_fold, bounded_starts, content_keys
from knowledge.index import Index
from knowledge.morphology import derivations
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.events import _WHEN_IS
from knowledge.qa.gate.modifiers import _TASK_KEYS
from knowledge.qa.gate.reading import _sentences, said
from knowledge.qa.gate.words import _TIME_WORDS, _keys_in_task, _says_asked, _title_keys
from knowledge.qa.types import Expect, holds, is_number

# What a time is counted from or what it is for: a clause after 'efter at', 'når', 'så', 'for at'
# (to the clause's end), or the noun after 'før/efter/inden' ('før uddannelsen', 'efter modtagelsen').
# ('Fristen for at afmelde X er ...', 'the deadline for X': what the deadline is for, no purpose beside it)
_FOR_AT = r"(?<!frist )(?<!fristen )(?<!deadline )(?<!deadlinen )for at"
_BESIDE = re.compile(r"\b(?:efter,? at|når|så snart|så|" + _FOR_AT + r"|after|once|so that|in order to)\b"
                     r"(?:[^,.;:!?\n]|,\s*(?=(?:at|der|som|that|which)\b))*|"  # '..., at KSD er åbnet'
                     # ('efter modtagelsen af fejllisten': the event and what it is of)
                     r"\b(?:før|efter|inden|forud for|before|after|prior to)\s+(?:\w+\s+(?:af|of)\s+)?"
                     r"(?:\w+\s+)?\w+|"
                     # where it goes: 'Tilmeld lederne til webinarerne senest ...' is no time of the webinars
                     r"\b(?:til|to)\s+(?:(?:den|det|de|the|kommunens|jeres)\s+)?[\wæøå-]+", re.I)
# What a question says its time is for or on condition of ('... for at blive skrevet op?'; not where a
# thing goes: 'frist til tilmelding' asks of the tilmelding)
_PURPOSE = re.compile(r"\b(?:" + _FOR_AT + r"|efter,? at|når|så snart|in order to|so that)\b[^,.;:!?\n]*",
                      re.I)
# a cause the question names: 'pga vind', 'på grund af vejret', 'because of the water level'
_CONNECTIVES = ("pga", "p.g.a", "på grund af", "paa grund af", "grundet", "because of", "due to")
_CAUSE = re.compile(r"\b(?:" + "|".join(map(re.escape, _CONNECTIVES)) + r")(?!\w)[^,.;:!?\n]*", re.I)
# the words of the connective itself, which a text may write otherwise ('på grund af alger' - 'pga alger')
_CAUSE_WORDS = frozenset(w for c in _CONNECTIVES for w in c.split())

_TIME_KINDS = frozenset({"deadline", "passage", "fact"})


def _positions_in(q: Question, phrase: re.Pattern) -> set[int]:
    """The question's words in the phrases it says its time is caused by: in its Danish reading, or, asked
    in English, by the English words typed ('because of the water level')."""
    said = set()
    for text in {q.text, q.asked or q.text}:
        said |= {w.casefold() for m in phrase.finditer(text) for w in re.findall(r"[^\W\d_]+", m.group(0))}
    return {t.pos for t in q.tokens
            if t.surface.casefold() in said or set(q.typed.get(t.surface, "").casefold().split()) & said}


# 'hvor lang tid tager det at rengøre en kørestol?', 'how long does it take to test ...': the deed whose
# length is asked, as an infinitive after 'at'/'to'
_SPAN_OF_DEED = re.compile(r"^\W*(?:hvor\s+lang\s+tid|hvor\s+længe|how\s+long)\s+"
                           r"(?:tager|varer|tog|vil|skal|kan|does|will|did|would)\s+(?:det|it)\s+"
                           r"(?:\w+\s+){0,2}?(?:at|to)\s+(?P<deed>[^\W\d_]{3,})\b|"
                           # 'hvor længe må vi have kikkerterne?': how long one may do the deed
                           r"^\W*(?:hvor\s+længe|hvor\s+laenge|how\s+long)\s+(?:må|maa|kan|skal|får|faar|may|can|must)\s+"
                           # (a deed, not a relative 'der' or a modal: 'hvor længe skal vi kunne kigge i X?')
                           r"(?:vi|man|i|de|jeg|kommunen|we|you|they|one)\s+"
                           r"(?P<may>(?!(?:der|som|ikke|kunne|skulle|måtte|maatte|ville|være|vaere|be)\b)"
                           r"[^\W\d_]{3,})\b", re.I)
# a period a thing is had for: 'Låneperiode: 10 dage', 'i lejeperioden' (how long it is kept, whatever the
# verb)
_PERIOD_SAID = re.compile(r"\w*period\w*", re.I)


def _deed_of_span_said(q: Question, c: Candidate) -> bool:
    """'Hvor lang tid tager det at rengøre en kørestol?' is not answered by 'En kørestol kasseres efter 8 år':
    a length asked of a deed is that deed's, so an answer that gives the time of another deed must say the
    deed asked (in any form: 'rengøres', 'rengøringen'), not only the thing it is done to."""
    m = _SPAN_OF_DEED.match(q.text)
    if m is None or c.kind not in _TIME_KINDS | {"count"}:
        return True
    deed = (m.group("deed") or m.group("may")).casefold()
    if m.group("may"):
        # 'hvor længe må vi have kikkerterne?' is answered by a period ('Låneperiode: 10 dage') or a span of
        # the deed, not by another deed's time that does not say the deed asked: a deadline counted from an
        # event ('Skader meldes inden for 2 arbejdsdage efter tilbageleveringen'), a notice ('Opsigelse: 3
        # måneders varsel')
        if _PERIOD_SAID.search(said(c.text)):
            return True
    keys = next((set(t.keys) for t in q.tokens if t.surface.casefold() == deed), None) or content_keys(deed)
    text = said(c.text)
    if _LASTS.search(text):
        return True  # 'Arbejdet tager to til tre uger' in the task that does it says how long it takes
    stem = ascii_fold(deed)[:4]
    return _says_asked(content_keys(text), keys) or \
        any(ascii_fold(w.casefold()).startswith(stem) for w in re.findall(r"\w+", text))


_LASTS = re.compile(r"\b(?:tager|tog|varer|varede|takes|took|lasts|lasted)\b", re.I)


def _time_of_asked(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår starter uddannelsen?' is not answered by 'Navnene meldes ind senest 8 uger før go-live,
    så de kan nå uddannelsen': a time in the text says when its sentence's subject happens; when the
    thing the question asks the time of stands only in what the time is counted from ('efter, at
    leverandøren har fået aftalen') or what it is for ('så de kan nå uddannelsen'), it is not that."""
    if q.expects is Expect.TIME and c.kind == "when" and _agent_never_does(index, q, c):
        return False  # the task's dates say when it is done, not when a party it only sends to acts
    if q.expects is Expect.TIME and not _deed_of_span_said(q, c):
        return False
    if q.expects is not Expect.TIME or c.kind not in _TIME_KINDS:
        return True
    if denial_unsaid(q, said(c.text)):
        return False
    # the words the answer's task knows: 'hvornår skal 1207 være løst?' asks nothing its text must repeat
    # (each as the task writes it: 'papirerne' is the task's 'dokumenter' where another task has 'blanket')
    # (one group per word: a word the task holds in two forms, 'besøg' and 'besøgsdag', is said by either)
    # what the question itself says the time is for or counted from ('hvor gammel skal man være for at
    # blive skrevet op?') may stand so in the text too ('... fyldt 18 år ... for at blive skrevet op'), and
    # so may the cause it names ('hvornår er der ingen besøg pga vind?' - 'Ingen besøg, når vinden er ...')
    # - where the text must say the cause, in the main clause or its condition ('når vinden er over 15 m/s')
    aside = content_keys(" ".join(m.group(0) for m in _PURPOSE.finditer(q.text)))
    caused = _positions_in(q, _CAUSE)
    weighed = [(t, g) for t in q.tokens
               if t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos | caused
               and not is_number(t.surface) and (g := set(_keys_in_task(index, c, t)) - _TIME_WORDS - aside)]
    groups = [g for _, g in weighed]
    # (a condition's main clause may name the asked deed by its act noun: 'ingen tælling, når ...')
    acted = [g | _act_nouns(t.surface) for t, g in weighed]
    causes = [set(t.keys) for t in q.tokens if t.pos in caused and t.role == "word" and t.weight > 0.1
              and t.surface.casefold() not in _CAUSE_WORDS]
    asked = set().union(*groups)
    if not asked:
        return True
    timed = [(_timed_clause(s, q), s) for s in _sentences(said(c.text).strip())
             if holds(Expect.TIME, s, q.text)]
    named = _title_keys(index, c)
    return not timed or any(_said_as_subject(s, asked - _recipient_reached(q, s)) and
                            all(_says_asked(content_keys(s), cause) for cause in causes) and
                            not _only_recipient(q, s) and
                            not recipient_acts(q, s) and not _agent_in_other_clause(q, s, whole) and
                            not _only_signing_up(q, s) and
                            not _deed_only_counted_from(q, s) and
                            not _passive_deed_only_counted_from(q, s) and
                            not _passive_of_another_subject(q, s) and
                            not _another_deed_of_asked(q, s) and
                            not _asked_only_in_condition(q, s, asked) and
                            not _asked_only_as_doer(q, s, asked) and
                            not _window_of_a_modifier(q, s, asked) and
                            (_condition_of_all(s, acted, named) or
                             holds(Expect.TIME, _WHEN.sub(" ", s), q.text)) for s, whole in timed)


# 'hvornår må man ikke patruljere?', 'when are visits not allowed?': the time a deed is denied, asked in the
# main clause (ascii-folded; not 'hvornår skal X sendes, hvis den ikke ...', whose denial is a condition's);
# and so 'hvad må man ikke lægge i kapslen?', what a deed is denied for
_DENIED_WHEN = re.compile(r"^\W*(?:hvornaar|when|hvad|hvilke[nt]?|what|which)\b"
                          r"(?:(?!\b(?:hvis|if|naar)\b)[^,])*?"
                          # (not a deed named undone: 'hvad er konsekvensen af ikke at udpege X?')
                          r"\b(?:ikke|not|aldrig|never)\b(?!\s+(?:at|to)\b|\s+\w+ing\b)")
# what says a deed is denied, stopped or over: a negation, a ban, a cancellation, an end
_DENIAL_SAID = re.compile(r"\b(?:ikke|ingen|intet|aldrig|ej|uden|forbud\w*|forbyd\w*|forbudt|aflys\w*|"
                          # (whole verb forms: 'endelig', 'stoppested', 'slutdato' deny nothing)
                          r"ophør\w*|lukke[rst]?|lukket|udløb\w*|stop(?:pe[rst]?|pet)?|"
                          r"slut(?:te[rst]?|tet)?|not|no|never|none|cancel\w*|clos(?:e|es|ed|ing)|"
                          r"end(?:s|ed|ing)?|expir\w*)\b", re.I)


# a denial inside a relative clause only picks out whom or what the question is about ('hvad betaler borgere
# der ikke bor i kommunen?', 'what do citizens who do not live here pay?'); not 'må der ikke', whose 'der' is
# the expletive subject after a modal or a verb, nor a cleft's 'det som' ('hvad er det som ikke må ...?'; 'den
# som ikke bor her' is a relative clause)
_RELATIVE_DENIAL = re.compile(r"\b(?!(?:må|kan|skal|bør|vil|er|var|bliver|blev|har|havde|gør|sker|det|hvad|"
                              r"what)\b)"
                              r"[a-zæøå]{2,}\s+(?:der|som)\s+(?:\w+\s+)?(?:ikke|aldrig)\b|"
                              r"\b(?:who|that|which)\s+(?:\w+\s+){0,2}?(?:not|never)\b|"
                              r"\b(?:who|that|which)\s+\w+n[’']t\b", re.I)


def denial_unsaid(q: Question, text: str) -> bool:
    """'Hvornår må man ikke patruljere?' asks when patrolling is denied: a sentence that denies, bans, calls
    off or ends nothing ('..., hvor frivillige booker patruljer, når tudserne vandrer') says when it is done,
    not when it may not be; and 'hvad må man ikke lægge i kapslen?' is not answered by '4. Læg reglementet
    på hjemmesiden'."""
    return bool(_DENIED_WHEN.search(ascii_fold(q.text.casefold()))) and not _RELATIVE_DENIAL.search(q.text) \
        and not _DENIAL_SAID.search(text)


# 'Hvornår skal aftalen være hos KOMBIT?', 'when must the rules be sent to Oksbøl Data?': the party the
# thing goes to (as the question writes it: 'hos kombit' too)
_RECIPIENT_ASKED = re.compile(r"\b(?:til|to|hos)\s+(?:(?:den|det|the)\s+)?(?P<party>[^\W\d_][\wæøåÆØÅ-]{2,})",
                              re.I)
# a thing that goes to the party: 'sendes til', 'være hos', 'returneres til', 'sent to', 'be with'
_DELIVERED = re.compile(r"\b(?:send\w*|retur\w*|aflever\w*|indsend\w*|upload\w*|v(?:æ|ae)re\s+hos|"
                        r"i\s+h(?:æ|ae)nde|submit\w*|deliver\w*|return\w*|be\s+with|reach\w*)\b", re.I)
# a clause that opens on a party after a conjunction or 'derefter' ('..., og KOMBIT bekræfter ...')
_CLAUSE_OPENING = re.compile(r"^\W*(?:(?:og|men|and|but|så|derefter|herefter|then)\s+)*", re.I)
# the party receives (or has received) the thing: 'KOMBIT skal (senest 1. maj) have aftalen' is its arrival
_GETS = re.compile(r"\b(?:have|få|får|fået|modtage|modtager|modtaget|"
                   r"receive|receives|received|get|gets|got)\b", re.I)


def _recipient_reached(q: Question, clause: str) -> set[str]:
    """The words of the party a question sends its thing to ('være hos KOMBIT', 'sendes til KOMBIT') where
    the clause sends a thing there too ('send den til KOMBIT senest ...'): there 'til KOMBIT' is what the
    question asks the time of reaching, not a place beside the timed deed."""
    if not _DELIVERED.search(q.text):
        return set()
    return {key for m in _RECIPIENT_ASKED.finditer(q.text)
            if (to := re.search(r"\b(?:til|to)\s+" + re.escape(m.group("party")) + r"\b", clause, re.I))
            and not _sends_other(q, clause[:to.start()], m.group("party"))
            for key in content_keys(m.group("party"))}


def _sends_other(q: Question, before: str, party: str) -> bool:
    """Whether the clause sends another thing than the one asked to the party: a noun as the send verb's
    object that the question does not name ('..., og send kvitteringen til KOMBIT' for 'hvornår skal
    tilmeldingsskemaet være hos KOMBIT?'); a pronoun ('send den til KOMBIT') stands for the thing asked."""
    sent = next(reversed(list(_SEND_VERB.finditer(before))), None)  # the verb nearest the party
    if sent is None:
        return False  # ('Aftalen sendes til KOMBIT ...': the thing is its subject)
    objects = [w for w in re.findall(r"\w+", before[sent.end():]) if w.casefold() not in _SENT_PRONOUNS]
    if not objects:
        return False
    asked = content_keys(q.text) - content_keys(party)
    said = content_keys(" ".join(objects))
    return not any(a == k or (min(len(a), len(k)) >= 4 and (a.endswith(k) or k.endswith(a)))
                   for a in asked for k in said)


# the verb that sends a thing, its object after it: 'send kvitteringen til', 'returner den til'
_SEND_VERB = re.compile(r"\b(?:send|sende|indsend|indsende|returner|returnere|aflever|aflevere|upload|"
                        r"uploade|submit|deliver|return)\b(?![\wæøå])", re.I)
_SENT_PRONOUNS = frozenset({"den", "det", "dem", "it", "them", "ind", "videre", "også", "then"})


def recipient_acts(q: Question, clause: str) -> bool:
    """'Hvornår skal aftalen være hos KOMBIT?' is not answered by '..., og KOMBIT bekræfter modtagelsen inden
    for 5 arbejdsdage' nor 'when must the rules be sent to Oksbøl Data?' by 'Oksbøl Data lægger reglerne ind
    inden for 3 arbejdsdage efter modtagelsen': the party the question sends the thing to is the doer of the
    timed clause, so the time is that party's own deed once it has the thing, not by when it must get it."""
    if not _DELIVERED.search(q.text):
        return False  # 'hvornår kan vi ringe til kontoret?', 'fra vi bestiller til X kommer': nothing sent
    opened = clause[_CLAUSE_OPENING.match(clause).end():]
    for m in _RECIPIENT_ASKED.finditer(q.text):
        party = m.group("party")
        opens = re.match(re.escape(party) + r"\b", opened, re.I)  # the whole party ('Vejdata A/S') opens it
        if opens and not _GETS.search(opened, opens.end()) and \
                not re.search(r"\b(?:til|to|hos)\s+" + re.escape(party) + r"\b", opened, re.I):
            return True
    # ('by when must the sheet be sent to the supplier?' - 'Hvedholm Kortdata lægger toiletterne ind inden for
    # 3 arbejdsdage efter modtagelsen af skemaet': a window counted from a receipt for another deed than
    # sending is the receiver's, whatever name the question gives the receiver; 'Aftalen returneres inden for
    # 10 arbejdsdage efter modtagelsen' is the sender's own window to send it back)
    receipt = _FROM_RECEIPT.search(opened)
    if receipt is None or _FROM_RECEIPT.search(q.text):
        return False
    # (the deed the window is of: before it, or after it up to a deed joined on: 'Senest 15 arbejdsdage efter
    # modtagelsen skal aftalen være X i hænde', not '... efter modtagelsen af skemaet og sender kommunen ...')
    own = opened[:receipt.start()] + " " + _JOINED_DEED.split(opened[receipt.end():], maxsplit=1)[0]
    return not _DELIVERED.search(own)


# where a deed joined on begins: 'og sender kommunen ...', ', og ...', '; '
_JOINED_DEED = re.compile(r"\s+og\s+|\s+and\s+|[,;]")
# a time counted from the receipt of a thing: 'efter modtagelsen (af X)', 'efter at have modtaget X', 'after
# receiving it', 'after receipt'
_FROM_RECEIPT = re.compile(r"\b(?:efter|fra|after|from)\s+(?:(?:at\s+(?:have|den|det|de)\s+)?modtag\w*|"
                           r"receiv\w*|receipt|getting)\b", re.I)


# 'Hvornår er (der) X?', 'hvornår holdes X?', 'hvilken dag afleverer vi X?', 'when is X?': the day a thing is
# or is done (spelt as users type 'hvornår'), not a deadline ('hvornår er fristen?')
_WHEN_IS_ANY = re.compile(r"^\W*(?:(?:hvorn\w*|when)\s+(?:er|bliver|holdes|afholdes|is|are|will|does|do)\b|"
                          r"(?:hvilken|hvilke|which|what)\s+(?:dag|dato|day|date)\b)", re.I)
_DEADLINE_ASKED = re.compile(r"\b(?:frist\w*|deadline\w*|senest|latest|due)\b", re.I)
# signing up for a thing: 'Tilmeld lederne senest ...', 'Tilmelding til et webinar skal ske senest ...',
# 'melde antallet af deltagere ... senest ...'
_SIGNING_UP = re.compile(r"\b(?:tilmeld\w*|indmeld\w*|meld\w*\s+(?:\w+\s+)?(?:antal\w*|deltager\w*)|"
                         r"sign(?:s|ed|ing)?\s+up|enrol\w*|registration\s+for)\b", re.I)
_TIMED_PARTS = re.compile(r"[.;]\s|,\s+(?:og|men|and|but)\s+", re.I)


def _only_signing_up(q: Question, clause: str) -> bool:
    """'Hvornår er informationsaftenen?' is not answered by 'Tilmeld deltagerne senest 15 arbejdsdage før
    go-live': when every time the text gives is of signing up for the thing, it says by when one must sign
    up, not the day the thing is held (unless signing up is what the question asks of)."""
    if not _WHEN_IS_ANY.match(q.text) or _SIGNING_UP.search(q.text) or _DEADLINE_ASKED.search(q.text):
        return False
    timed = [p for p in _TIMED_PARTS.split(clause) if holds(Expect.TIME, p, q.text)]
    return bool(timed) and all(_SIGNING_UP.search(p) for p in timed)


def _agent_in_other_clause(q: Question, clause: str, sentence: str) -> bool:
    """'Hvornår sender Tarm Data prøvesiden?' is not answered by 'Tarm Data sender derefter en prøveside;
    rettelser til den skal sendes senest 10 dage efter, at den er modtaget': the name the question has
    doing it stands only in the other clause, so the time is of someone else's deed."""
    m = _asked_agent(q)
    if m is None or clause == sentence:
        return False
    agent = m.group("agent")
    return bool(bounded_starts(sentence, agent)) and not bounded_starts(clause, agent)


# 'Hvornår modtager kommunen X?': the deed asked, a present tense first (an English question is rendered to
# Danish before this, so it has no English branch: 'does' itself would pass for the verb)
_DEED_ASKED = re.compile(r"^\W*hvornår\s+(?P<verb>[a-zæøå]{3,}(?:er|r|s))\b", re.I)
# what a time is counted from, besides _BESIDE: 'regnet fra den dag X har sendt den'
_COUNTED_FROM_CLAUSE = re.compile(_BESIDE.pattern + r"|\b(?:regnet\s+fra|fra\s+den\s+dag|counted\s+from)\b"
                                  r"[^.;:!?\n]*", re.I)


def _deed_only_counted_from(q: Question, sentence: str) -> bool:
    """'Hvornår modtager kommunen blanketten?' is not answered by 'Blanketten skal returneres senest 4 uger
    efter, at kommunen har modtaget den': the asked deed stands only in what the time is counted from, so
    the time is another deed's (the return's), not the asked one's."""
    m = _DEED_ASKED.match(q.text)
    if m is None:
        return False
    verb = next((t for t in q.tokens if t.surface.casefold() == m.group("verb").casefold()), None)
    if verb is None or verb.weight <= 0.1:
        return False
    keys = {verb.own_key}  # (its own word: the glossary may give 'modtage' and 'returnere' one key)
    beside, rest = _counted_from_parts(sentence)
    return bool(content_keys(beside) & keys) and not content_keys(rest) & keys


def _counted_from_parts(sentence: str) -> tuple[str, str]:
    """The parts of a sentence that say what its time is counted from, and the rest of it."""
    return (" ".join(x.group(0) for x in _COUNTED_FROM_CLAUSE.finditer(sentence)),
            _COUNTED_FROM_CLAUSE.sub(" ", sentence))


# 'hvornår bliver X leveret?', 'hvornår skal X males?': the deed asked as a participle or passive at the end
# ('hvornår bliver' with a participle, 'hvornår skal' with a passive), not a name after a preposition there
# ('... sendt til kombit?')
_PASSIVE_DEED_ASKED = re.compile(r"^\W*hvornår\s+(?:(?:bliver|blir|er)\s+\S.*\s"
                                 r"(?P<done>(?-i:[a-zæøå]{4,}(?:et|t)))|"
                                 r"(?:skal|kan|vil)\s+\S.*\s(?P<deed>(?-i:[a-zæøå]{4,}es)))\W*$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:til|hos|fra|i|på|med|af|for|om|ved)\s+\S+\W*$", re.I)


def _passive_deed_only_counted_from(q: Question, sentence: str) -> bool:
    """'Hvornår bliver vestene leveret?' is not answered by 'Bestillingen sendes til X senest 20 dage før
    ønsket levering': the asked deed (by its stem, 'lever-') stands only in what the time is counted from,
    so the time is the order's, not the delivery's."""
    m = _PASSIVE_DEED_ASKED.match(q.text)
    if m is None or _PREPOSITION_BEFORE.search(q.text):
        return False
    deed = (m.group("done") or m.group("deed")).casefold()
    stem = deed[:max(5, len(deed) - 3)]
    beside, rest = _counted_from_parts(sentence)
    return _says_stem(beside, stem) and not _says_stem(rest, stem)


# 'hvornår må kapslen åbnes?', 'hvor længe går der, før kapslen åbnes?': the passive deed asked at the end
# and the words between its modal (or 'før') and it, its subject
_PASSIVE_SUBJECT_ASKED = re.compile(r"^\W*(?:hvornår\s+(?:skal|kan|vil|må|bør)|"
                                    r"hvor\s+(?:længe|lang\s+tid)\b[^,.?]*?,?\s+(?:før|inden))\s+"
                                    r"(?P<subject>\S.*?)\s+(?P<deed>(?-i:[a-zæøå]{3,}es))\W*$", re.I)
# the subject a clause opens on, a definite noun ('Tilmeldingen', 'Kassen'), before a modal or an adverb (past
# the quote mark an English answer opens its quoted sentence with)
_OPENING_SUBJECT = r"(?:^|[.;:]\s+|,\s+(?:og|men)\s+)[“\"«']?(?P<noun>[^\W\d_]{3,}(?:en|et|ne))\s+" \
    r"(?:(?:skal|kan|vil|må|bør|først|senest|ikke|også)\s+){0,2}"


def _passive_of_another_subject(q: Question, sentence: str) -> bool:
    """'Hvornår må kapslen åbnes?' is not answered by 'Tilmeldingen åbnes senest 6 arbejdsdage før
    go-live': the asked passive deed is done there to another thing, a noun the clause opens on as its
    subject that is none of the question's subject words, so the time is that thing's, not the asked one's."""
    m = _PASSIVE_SUBJECT_ASKED.match(q.text)
    if m is None or _PREPOSITION_BEFORE.search(q.text):
        return False
    # (the subject's words as the reading writes them: an English question's token is typed 'capsule' where
    # its reading says 'kapsel')
    words = {w.casefold() for w in re.findall(r"\w+", m.group("subject"))}
    subject_keys = content_keys(m.group("subject"))
    asked = set().union(*(set(t.keys) for t in q.tokens if t.role == "word" and t.weight > 0
                          and (t.surface.casefold() in words or subject_keys & set(t.keys))), set())
    if not asked:
        return False
    pattern = _OPENING_SUBJECT + re.escape(m.group("deed")) + r"\b"
    subjects = [x.group("noun") for x in re.finditer(pattern, sentence, re.I)]
    return bool(subjects) and not any(_says_asked(content_keys(n), asked) for n in subjects) and \
        not _says_asked(content_keys(sentence) - _TIME_WORDS, asked)


# a time asked of a passive deed at the question's end after a modal ('hvor mange dage før go-live skal
# reglerne sendes?', the Danish reading of 'when must the rules be sent?')
_PASSIVE_DEED_LAST = re.compile(r"\b(?:skal|kan|må|bør|vil)\s+\S.*?\s(?P<deed>(?-i:[a-zæøå]{3,}es))\W*$",
                                re.I)
# a clause's own passive deed right after the noun it opens on ('Reglementet evalueres 4 måneder efter ...')
_OWN_PASSIVE = re.compile(r"(?:^|[.;:]\s+|,\s+(?:og|men)\s+)(?P<noun>[^\W\d_]{3,})\s+"
                          r"(?:(?:skal|kan|må|bør|vil|først|senest|ikke|også)\s+){0,2}(?P<verb>[a-zæøå]{3,}es)\b",
                          re.I)


def _another_deed_of_asked(q: Question, sentence: str) -> bool:
    """'When must the visitor rules be sent?' is not answered by 'Reglementet evalueres 4 måneder efter
    første besøgsdag': the sentence gives the time of another passive deed done to the thing asked and does
    not say the asked deed in any form (its stem, or a word the glossary reads as it), so the time is that
    other deed's."""
    m = _PASSIVE_DEED_LAST.search(q.text)
    if m is None or not _WHEN_OR_HOW_LONG.match(q.text):
        return False
    deed = m.group("deed").casefold()
    token = next((t for t in q.tokens if t.surface.casefold() == deed), None)
    if token is None or token.role != "word":
        return False
    if _says_stem(sentence, deed[:-2]) or content_keys(sentence) & set(token.keys):
        return False
    asked = set().union(*(set(t.keys) for t in q.tokens
                          if t.role == "word" and t.weight > 0.1 and t is not token), set())
    return any(x["verb"].casefold() != deed and _says_asked(content_keys(x["noun"]), asked)
               for x in _OWN_PASSIVE.finditer(sentence))


_WHEN_OR_HOW_LONG = re.compile(r"^\W*(?:hvornår|hvor\s+(?:mange|længe|lang\s+tid))\b", re.I)


def _says_stem(text: str, stem: str) -> bool:
    return re.search(r"\b" + re.escape(stem), text, re.I) is not None


def _timed_clause(sentence: str, q: Question) -> str:
    """The clause of a sentence that holds its time, when only one does and it opens on the event it counts
    from ('X sendes til Y, og når X er modtaget, har I 10 dage til ...'): the time is of what that clause
    speaks of, not of the sending in the clause before it."""
    for clauses in (EVENT_CLAUSE, _MAIN_CLAUSE):
        parts = clauses.split(sentence)
        timed = [p for p in parts if holds(Expect.TIME, p, q.text)]
        if len(parts) > 1 and len(timed) == 1:
            return timed[0]
    return sentence


# Two main clauses joined ('X sender derefter en fejlliste, og rettelserne skal være indsendt senest 7
# arbejdsdage efter modtagelsen'; 'X laver en prøve; fejl meldes inden for 6 dage'): a time in one of
# them is the time of what that clause speaks of, not of the deed in the other
_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:og|men|and|but)|;)\s+", re.I)


# 'hvor længe må vi have X?': how long a thing lasts or is kept (ascii-folded), not by when ('... før?');
# a window counted from an event ('inden for 2 arbejdsdage efter tilbageleveringen'); a sentence's subject
# as a head noun and a phrase on what it is of ('Skader på kikkerterne meldes ...')
_SPAN_ASKED = re.compile(
    r"^\W*(?:hvor\s+(?:laenge|lang\s+tid)|how\s+long)\b(?!.*\b(?:foer|efter|inden|before|after|prior)\b)")
_WINDOW = re.compile(
    r"\b(?:inden\s+for|indenfor|senest|within|no\s+later\s+than)\b[^.;!?]*?\b(?:efter|før|after|before)\b",
    re.I)
_HEAD_AND_OF = re.compile(
    r"^\W*(?P<head>[^\W\d_][\w-]*)\s+(?:på|af|ved|i|til|for|on|of|to|in)\s+"
    r"(?P<of>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)\s",
    re.I)


def _window_of_a_modifier(q: Question, sentence: str, asked: set[str]) -> bool:
    """'Hvor længe må vi have kikkerterne?' asks how long the thing is kept: 'Skader på kikkerterne meldes
    ... inden for 2 arbejdsdage efter tilbageleveringen' is the window of another thing's deed (the damage's
    report), where the asked thing only says what the subject is of."""
    if not _SPAN_ASKED.match(ascii_fold(q.text.casefold())) or not _WINDOW.search(sentence):
        return False
    m = _HEAD_AND_OF.match(sentence)
    if m is None or _says_asked(content_keys(m["head"]), asked) or \
            not _says_asked(content_keys(m["of"]), asked):
        return False
    return not _says_asked(content_keys(sentence[m.end():]) - _TIME_WORDS, asked)


def _asked_only_as_doer(q: Question, sentence: str, asked: set[str]) -> bool:
    """'Hvornår samles vej- og parkudvalget?', 'hvornår er der møde i udvalget?' are not answered by
    'Belysningsplanen skal vedtages af vej- og parkudvalget ... senest 6 uger før go-live': the thing asked
    stands in the sentence only as who does its deed (after 'af'), and the question's other words, its own
    event, the sentence does not say: the time is of the deed, not of the asked thing's event."""
    spans = [m.span("doer") for m in _DOER.finditer(sentence)]
    if not spans:
        return False
    doers = " ".join(sentence[a:b] for a, b in spans)
    cuts = [0, *(i for span in spans for i in span), len(sentence)]
    outside = " ".join(sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    rest = content_keys(outside) - _TIME_WORDS
    said = content_keys(sentence) - _TIME_WORDS
    event = [t for t in q.tokens if t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos
             and not is_number(t.surface) and not _says_asked(said, set(t.keys))]
    return bool(event) and _says_asked(content_keys(doers), asked) and not _says_asked(rest, asked)


# who does a passive's deed, after its verb: 'vedtages af vej- og parkudvalget', 'godkendt af direktøren for
# Teknik og Miljø', 'approved by X' (to the next verb or punctuation: 'af X og sendes til Y' ends at 'og
# sendes'); not what a noun is of ('Levering af billeder')
_DOER = re.compile(r"\b\w+(?:s|t|ed)\s+(?:af|by)\s+(?P<doer>[\wæøåÆØÅ-]+"
                   r"(?:\s+(?!(?:og|and)\s+[a-zæøå]+(?:es|s|er|ed)\b)[\wæøåÆØÅ-]+){0,4})", re.I)


def _asked_only_in_condition(q: Question, sentence: str, asked: set[str]) -> bool:
    """'Hvornår er testdagen?' is not answered by 'Hvis en elev er syg på testdagen, tages testen igen
    inden for 2 uger': where the asked thing stands only in an opening 'hvis'-clause and the time only in
    the main clause after it, the time is of what happens then, not of the thing the condition names.
    (A time inside the condition, 'Hvis aftalen ikke er sendt 50 dage før go-live, ...', is its own.) Only
    a question of the day a thing is ('hvornår er X?'): 'hvornår skal X ...?' may be answered by a main
    clause that speaks of X as 'den'."""
    m = _IF_CLAUSE.match(sentence)
    if m is None or not _WHEN_IS.match(ascii_fold(q.text.casefold())):
        return False
    condition, main = m.group("cond"), m.group("main")
    return not holds(Expect.TIME, condition, q.text) and \
        _says_asked(content_keys(condition) - _TIME_WORDS, asked) and \
        not _says_asked(content_keys(main) - _TIME_WORDS, asked)


# An opening condition and its main clause: 'Hvis en elev er syg på testdagen, tages testen igen ...'.
_IF_CLAUSE = re.compile(r"^\W*(?:hvis|dersom|if)\b(?P<cond>[^,;:]+),(?P<main>.+)$", re.I | re.S)


# 'Hvornår sender KOMBIT ...?', 'when does KOMBIT send ...?': the name that does what is asked about.
_AGENT_ASKED = re.compile(r"^\W*(?i:hvornår|when)\s+(?:(?:skal|vil|kan|does|do|will|must|should)\s+)?"
                          r"(?:[a-zæøå]+\s+)?(?P<agent>[A-ZÆØÅ][\wæøåÆØÅ-]+)")


# 'hvornår skal aftalen underskrives af ParkSys?': the name after a passive verb's 'af'.
_PASSIVE_AGENT_ASKED = re.compile(r"^\W*(?i:hvornår|when)\b.*\b[a-zæøå]{3,}(?:es|s)\s+af\s+"
                                  r"(?P<agent>[A-ZÆØÅ][\wæøåÆØÅ-]+)")


# 'hvornår skal KOMBIT have/modtage aftalen?': the name is whom the thing goes to, which a sentence says
# with 'sendes til KOMBIT senest ...'; the question's party receives, it does not act
_RECEIVES = re.compile(r"\s+(?:have|få|modtage|receive|get|have\s+(?:modtaget|fået))\b", re.I)


# after 'the NAME': one or two nouns, then a passive's 'be' ('the X agreement be back', 'the X access form be
# sent'); not an active verb ('the X supplier send the invoice': the supplier is the doer)
_THING_PASSIVE = r"(?:\s+[a-z]+){1,2}\s+(?:be|been|is|are)\b"


def _asked_agent(q: Question) -> re.Match[str] | None:
    """The name a 'hvornår' question has doing what it asks about, unless the name only receives it."""
    m = _AGENT_ASKED.match(q.text) or _PASSIVE_AGENT_ASKED.match(q.text)
    if m is not None and q.lang == "en" and re.search(
            r"\bthe\s+" + re.escape(m.group("agent")) + _THING_PASSIVE, q.asked, re.I):
        return None  # 'the Bikortet access agreement be sent': the name says which thing, no doer
    return None if m is None or _RECEIVES.match(q.text, m.end()) else m


# the name as whom a thing goes to, or with whom ('sendes retur til ParkSys'), compiled once
_TO_BEFORE = re.compile(r"\b(til|to)\s+$", re.I)
_TO_OR_WITH_BEFORE = re.compile(r"\b(til|to|med|with)\s+$", re.I)


def _only_recipient(q: Question, sentence: str) -> bool:
    """'Hvornår sender KOMBIT aftalen?' (or 'hvornår underskrives aftalen af ParkSys?') is not answered by
    'Aftalen sendes retur til KOMBIT senest ...': the one the question has doing it stands in the
    sentence only as whom it goes to."""
    m = _asked_agent(q)
    if m is None:
        return False
    spots = bounded_starts(sentence, m.group("agent"))
    return bool(spots) and all(_TO_BEFORE.search(sentence[:x]) for x in spots)


def _agent_never_does(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvornår underskriver ParkSys aftalen?' is not answered by the dates of a task whose timed sentence
    about the asked deed names another doer and ParkSys only as whom it goes to ('Aftalen underskrives af
    kommunaldirektøren og returneres til ParkSys senest 14 dage før go-live')."""
    m = _asked_agent(q)
    if m is None or len(c.tasks) != 1:
        return False
    agent = m.group("agent")
    deed = {k for t in q.tokens if t.role == "word" and t.weight > 0.1 and t.surface.islower()
            for k in t.keys}
    for pid in index.task_passage_ids(c.tasks[0]):
        for sentence in _sentences(index.passages[pid].text):
            if not (deed & content_keys(sentence) and holds(Expect.TIME, sentence)):
                continue
            spots = bounded_starts(sentence, agent)
            if all(_TO_OR_WITH_BEFORE.search(sentence[:x]) for x in spots) and \
                    (spots or _AGENT.search(sentence)):
                return True
    return False


# a passive verb with its doer: 'underskrives af kommunaldirektøren'
_AGENT = re.compile(r"\b[a-zæøå]{3,}(?:es|s)\s+af\s+\w|\b[a-z]{3,}ed\s+by\s+\w", re.I)


# a condition's word with its Danish clause ('når tudserne vandrer over vejene om foråret'): what the clause
# says is the time of its own verb, not of the main clause's deed ('Kommunen er tilsluttet Paddebogen, hvor
# frivillige booker patruljer, når tudserne vandrer ... om foråret' says no season of the tilslutning); the
# English 'after' is also a preposition before the time itself ('deleted after 3 months'), and 'dagen
# efter, at X' says its own time: only the word
_WHEN = re.compile(r"\b(?:når|så snart)\b[^,.;:!?\n]*|\b(?:efter at|after|once)\b", re.I)


def _condition_of_all(sentence: str, groups: list[set[str]], named: set[str] = frozenset()) -> bool:
    """'Egne breve bruges, når en sag er overgået ...' says when letters are used, not when they are made:
    a time that is only a condition ('når ...') answers when its main clause says every asked word (each
    word by one of its keys: `groups`). A main clause about the task itself ('Marker opgaven som fuldført,
    når ...') need not repeat the words of its title that the question names the task by ('the NemLog-in
    task')."""
    rest = content_keys(_BESIDE.sub(" ", _conditioned(sentence))) - _TIME_WORDS
    if not _TASK_KEYS & rest:
        named = frozenset()
    return all(any(_says_asked(rest, {a}) or a in named for a in group) for group in groups)


def _act_nouns(word: str) -> set[str]:
    """The keys of the act nouns of a passive or infinitive verb ('tælles' / 'tælling', 'lukkes' /
    'lukning'): the noun that names the deed the verb does (morphology.derivations, its -ing forms)."""
    folded = ascii_fold(word.casefold())
    if not _VERB_FORM.search(folded):
        return set()
    return {k for k in derivations(word.casefold()) if k.endswith("ing")}


# a passive or an infinitive: 'tælles', 'lukkes', 'tælle' (not a noun's plural '-er', nor '-ing' itself)
_VERB_FORM = re.compile(r"[a-z]{2}(?:es|e)$")


def _conditioned(sentence: str) -> str:
    """The part of a sentence its condition is of: a relative clause the condition follows is what it
    conditions ('..., hvor frivillige booker patruljer, når tudserne vandrer' says when patrols are
    booked, not when the main clause's 'kommunen er tilsluttet' is); else the whole sentence."""
    cond = _CONDITION_WORD.search(sentence)
    if cond is None:
        return sentence
    relative = list(_RELATIVE_OPENING.finditer(sentence, 0, cond.start()))
    return sentence[relative[-1].end():cond.start()] + sentence[cond.start():] if relative else sentence


# the Danish conjunction of a condition, and a relative clause's opening after a comma
_CONDITION_WORD = re.compile(r"\b(?:når|så snart)\b", re.I)
_RELATIVE_OPENING = re.compile(r",\s*(?:hvor|som|der)\s+(?=[^,]*,?\s*$)", re.I)


def _said_as_subject(sentence: str, asked: set[str]) -> bool:
    """Whether an asked word stands in the sentence outside what its time is counted from or for
    (or in neither: the sentence may speak of it in other words)."""
    beside = " ".join(m.group(0) for m in _BESIDE.finditer(sentence))
    rest = _BESIDE.sub(" ", sentence)
    return _says_asked(content_keys(rest) - _TIME_WORDS, asked) or \
        not _says_asked(content_keys(beside) - _TIME_WORDS, asked)
