"""Approvals of things that are not papers: 'Kommunens sikkerhedsansvarlige godkender privilegiegruppen',
'Regelsættet godkendes af fagchefen', 'Få rollekonfigurationen accepteret af den systemansvarlige'.

The rule: an approval is tracked like a signature (document = the thing approved, signer = the
approver) when the text names both, as a demand of this task: a named approver (a role or an
organisation, not 'I', 'vi', 'man' or 'kommunen' as a whole) and a named thing (a noun, not a pronoun
without antecedent, 'at ...' or the task itself). It is an ordinary verb when the approver is not
named ('Godkend opsætningen i portalen'), when it has happened or is a condition ('Leverandøren har
godkendt testen', 'når regelsættet er godkendt', 'det godkendte regelsæt'), is negated, or describes
a habit ('KOMBIT godkender løbende leverancerne')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from knowledge.extract import sentences
from knowledge.language import (
    ARTICLES,
    IN_BODY,
    NEGATION,
    ROLE_ENDINGS,
    STOP_WORDS,
    US,
    clause_end,
    clause_start,
    document_lemma,
    name_after,
)

# Verbs of approving or assenting to a paper besides 'godkende', 'acceptere' and 'vedtage', one list for every
# reader (signatures, approvals, deadlines): a party's assent ('godtages af X') and a body's confirmation
# ('ratificeres', 'stadfæstes', 'sanktioneres af udvalget', 'billiges'). Not the infinitive 'billige': nearly
# always the adjective ('køber de billige licenser'), which made a buyer a paper's approver
ASSENT_PASSIVE = ("godtages|godtaget|ratificeres|ratificeret|stadfæstes|stadfæstet|sanktioneres|sanktioneret"
                  "|billiges|billiget")
ASSENT_ACTIVE = ("godtager|godtage|godtag|ratificerer|ratificere|ratificér|stadfæster|stadfæste"
                 "|sanktionerer|sanktionere|billiger")
ASSENT_HINT = "godtag|ratific|stadfæst|sanktioner|billig"
_ACTIVE = re.compile(r"\b(?:godkender|godkende|godkend|accepterer|acceptere|acceptér|accepter"
                     r"|vedtager|vedtage|" + ASSENT_ACTIVE + r")\b", re.I)
# an adoption is an approval by a body: 'Planen vedtages af børne- og ungeudvalget'
_PASSIVE = re.compile(r"\b(?:godkendes|godkendt|accepteres|accepteret|vedtages|vedtaget|" + ASSENT_PASSIVE
                      + r")\b", re.I)
_HINT = re.compile(r"godkend|accept|vedtag|" + ASSENT_HINT, re.I)
# Every verb that puts a signature on a paper, not only 'underskrive': 'påtegne', 'attestere',
# 'kontrasignere', 'tiltræde' ('Skrivelsen tiltrædes af X ved underskrift'); what they are done to is a
# paper by that alone
_SIGN_ACTIVE = re.compile(r"\b(?:underskriver|underskrive|underskriv"
                          r"|(?:kontra)?(?:signerer|signere|signér|signer)|påtegner|påtegne|påtegn"
                          r"|attesterer|attestere|attestér|tiltræder)\b", re.I)
_SIGN_PASSIVE = re.compile(r"\b(?:underskrives|underskrevet|(?:kontra)?(?:signeres|signeret)"
                           r"|påtegnes|påtegnet|attesteres|attesteret|tiltrædes)\b", re.I)
SIGN_HINT = re.compile(r"underskr|signer|påtegn|attester|tiltræd|sætter\s+sin\s+underskrift", re.I)
_SIGN_HINT = SIGN_HINT
_NEEDS_SIGNATURE = re.compile(r"\s+(?:skal\s+)?(?:kræver|afventer)\s+(?:en\s+)?(?:digital\s+)?"
                              r"(?:underskrift|signatur)\s+(?:af|fra)\s+", re.I)
# 'X skal forsynes med (have, bære) Y's underskrift' says 'X skal underskrives af Y'; 'Y sætter sin
# underskrift på X' and 'Y skriver under på X' say 'Y underskriver X'
_PROVIDED_WITH = re.compile(r"\b(?P<aux>skal\s+|må\s+|bør\s+)?(?:forsynes\s+med|have|bære|kræver)\s+"
                            r"(?P<who>[\w'’-]+?)(?:'s|’s|s)\s+(?:digitale\s+)?(?:underskrift|signatur)\b",
                            re.I)
_PUTS_ON = re.compile(r"\b(?:sætter\s+sin\s+(?:digitale\s+)?(?:underskrift|signatur)|skriver\s+under)\s+på\b",
                      re.I)
# 'X skal skrives under af Y' is 'X skal underskrives af Y' (the particle verb in the passive)
_WRITTEN_UNDER = re.compile(r"\b(?P<verb>skrives|skrevet)\s+under(?=\s+af\b)", re.I)


# 'Y sætter sit navn (navnetræk) under X' is 'Y skriver under på X': the idiom has no signing word of its
# own, so it is said as the verb it means before any reader looks for one
_NAME_UNDER = re.compile(r"\b(?P<verb>sætter|sætte|sæt|satte)\s+(?:sit|sin|deres)\s+(?:eget\s+)?"
                         r"(?:navn|navnetræk|(?:digitale\s+)?(?:underskrift|signatur))\s+(?:under|på)\b",
                         re.I)
_WRITE = {"sætter": "skriver", "sætte": "skrive", "sæt": "skriv", "satte": "skrev"}
# 'Forsyn aftalen med underskrift', 'Få skemaet forsynet med lederens underskrift', 'Skemaet skal forsynes med
# underskrift fra X': to provide a paper with a signature is to sign it, in every form of the verb, whoever's
# signature it is said to be (a whose before it, 'af'/'fra' after it) or none
_PROVIDE = re.compile(r"\b(?P<verb>forsyn(?:es|et|er|e)?)\s+(?P<obj>(?:[\w-]+\s+){0,2}?)med\s+"
                      # (a pronoun's 'hans', 'hendes' names no one: no signer is read from it)
                      r"(?:(?:en|sin|deres|hans|hendes|dens|dets|vores|jeres)\s+|(?P<who>[\w'’-]+?)(?:'s|’s|s)\s+)?"
                      r"(?:digitale?\s+|elektroniske?\s+|egen\s+)?(?:underskrift|signatur)"
                      # ('med underskrift og stempel fra X': a second noun shares the agent: left as is)
                      r"(?!\s+(?:og|samt)\s+[\w-]+\s+(?:af|fra)\b)(?P<by>\s+(?:af|fra)\b)?",
                      re.I)
_SIGN_FORM = {"forsyn": "underskriv", "forsyne": "underskrive", "forsyner": "underskriver",
              "forsynes": "underskrives", "forsynet": "underskrevet"}


def signing_idioms(sentence: str) -> str:
    """'Y sætter sit navn (sin signatur) under (på) X' -> 'Y skriver under på X'; 'Forsyn X med (Y's)
    underskrift' -> 'Underskriv X (af Y)'."""
    if "navn" not in sentence and "underskrift" not in sentence and "signatur" not in sentence:
        return sentence
    if "forsyn" in sentence.casefold():
        sentence = _PROVIDE.sub(_provided, sentence)
    return _NAME_UNDER.sub(lambda m: _cased(_WRITE[m["verb"].casefold()], m["verb"]) + " under på", sentence)


def _provided(m: re.Match[str]) -> str:
    verb = _cased(_SIGN_FORM[m["verb"].casefold()], m["verb"])
    by = f" af {m['who']}" if m["who"] else " af" if m["by"] else ""
    return f"{verb} {m['obj']}".rstrip() + by


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def _as_signing(sentence: str) -> str:
    """'X forsynes med Y's underskrift' -> 'X underskrives af Y'; 'Y sætter sin underskrift på X' -> 'Y
    underskriver X'."""
    if m := _PROVIDED_WITH.search(sentence):
        sentence = f"{sentence[:m.start()]}{m['aux'] or ''}underskrives af {m['who']}{sentence[m.end():]}"
    sentence = _WRITTEN_UNDER.sub(lambda m: "under" + m["verb"].casefold(), sentence)
    return _PUTS_ON.sub("underskriver", signing_idioms(sentence))
_AUX = {"skal", "vil", "må", "bør", "kan", "være", "blive", "først", "også", "dog", "derefter", "herefter",
        "så", "nu", "altid", "efterfølgende", "endeligt", "endelig"}
_DONE = re.compile(r"\b(?:er|har|blev|var|bliver|havde|har\s+været|er\s+blevet)\s+(?:\w+\s+){0,2}$", re.I)
_CONDITION = re.compile(r"^(?:når|hvis|efter|først\s+når|så\s+snart|indtil|før|inden)\b", re.I)
_HABIT = re.compile(r"\b(?:løbende|typisk|normalt|altid|ofte|generelt|sædvanligvis|automatisk|fremover"
                    r"|fremadrettet|fremtidigt|fremad|dagligt|ugentligt|månedligt|årligt|hver\s+gang)\b",
                    re.I)
_LEAD = {"få", "lad", "sørg", "for", "at", "husk", "derefter", "herefter", "dernæst", "så", "til", "sidst",
         "endelig", "desuden"}
_DETERMINERS = ARTICLES | {"hver", "hvert", "enhver", "ethvert", "alle", "eventuelle", "kommunens", "nye",
                           "ny", "nyt", "lokale", "egne"}
_INDEFINITE = {"en", "et", "hver", "hvert", "enhver", "ethvert"}
_NOT_A_THING = {"den", "det", "de", "dem", "dette", "disse", "begge", "alt", "noget", "opgave", "opgaven",
                "trin", "trinnet", "kommunen",
                "at", "om", "hvordan", "hvilke", "hvad", "sig", "jer", "os", "brug"}
# Words for an activity or an outcome in general, not a thing delivered: 'Resultatet godkendes af
# økonomichefen' and 'Adgangen godkendes af X' say who decides, not what to track; and the cases the
# systems handle day to day ('Sagsbehandleren godkender udbetalingen' is how KY works, not a task's
# deliverable). A compound names the thing ('testresultatet', 'brugeradgangen') and counts.
_GENERIC = {"resultat", "test", "løsning", "ændring", "proces", "forløb", "arbejde", "indsats", "beslutning",
            "valg", "adgang", "leverance", "materiale", "indhold", "udførelse", "gennemførelse",
            "udbetaling", "betaling", "sag", "bevilling", "afgørelse", "faktura", "ydelse", "refusion",
            "modtagelse"}
# The noun of a verb in -ere is the doing itself: 'Konverteringen godkendes af styregruppen' approves
# an activity, nothing handed over ('konvertering', 'implementering', 'migrering', 'registrering')
_DOING = "ering"
# Heads that make any compound an activity ('testforløbet', 'integrationstesten', 'testkørslen'), where
# 'testresultatet' and 'brugeradgangen' name a thing
_ACTIVITY = ("test", "forløb", "proces", "kørsel", "kørsl", "gennemførelse", "afprøvning", "planlægning",
             "aktivitet")
# The noun in -ning of a particle verb is the doing too: 'Oprydningen skal godkendes af HR-chefen',
# 'Opsætningen kræver godkendelse fra driftsleverandøren' ('rydde op', 'sætte op'); 'vejledningen'
# (no particle) may name a thing handed over
_PARTICLE_DOING = re.compile(r"(?:op|ud|af|til|ind|om|ned|over|sam|fra|gen)[a-zæøå]{2,}ning", re.I)
_NOTHING_SIGNED = re.compile(r"\b(?:intet|ingen|ikke)\b[^.]*\b(?:underskri(?:v|ft)|signer|skrives\s+under)",
                             re.I)
_NOUN = re.compile(r"[^\W\d_][\w-]{3,}", re.UNICODE)


def approved_things(texts: Iterable[str], *, signed: bool = False) -> dict[str, str]:
    """{word as written, casefolded: the thing's name} for every non-paper a named approver approves
    in these texts; other forms of the same word in them ('regelsæt', 'regelsættet') join it. With
    `signed`, what a named signer signs whose name is no known paper ('Oversigten over ... skal
    underskrives af kommunaldirektøren'): whatever is signed is a paper."""
    found: dict[str, str] = {}
    parts = [sentences(text) for text in texts]
    texts = [s for part in parts for s in part]
    # what a text sends on to a party ('De vedtagne regler sendes ... til X', 'Send reglerne til X'): a thing
    # a body adopts in another sentence is then handed over, not a decision kept at home
    sent_on = frozenset(stem for sentence in texts
                        if _ADOPT.search(sentence) is None and _SENDS.search(sentence)
                        for m in _SENT_THING.finditer(sentence) for stem in stems(m["thing"])) \
        if any(_ADOPT.search(s) for s in texts) else frozenset()
    for sentence in texts:
        for word in _approved_words(sentence, signed=signed, sent_on=sent_on):
            found[word] = _name(word, texts)
    found = _as_compounds(found, parts)
    if found:
        approved = list(found.items())
        prefixes = {k[:3] for k in found}
        for sentence in texts:
            for w in _NOUN.findall(sentence):
                low = w.casefold()
                if low[:3] in prefixes and low not in found and \
                        (same := [n for k, n in approved if same_thing(low, k)]):
                    found[low] = same[0]
    return found


# An approval said with the noun: 'Godkendelsen af regelsættet foretages af fagchefen', 'Regelsættet
# kræver godkendelse fra fagchefen' say what 'Regelsættet godkendes af fagchefen' says.
# 'Sign-off' (the English word, used in Danish project language) is an approval said with a noun.
_BY_NOUN = re.compile(r"(?:den\s+)?(?:endelige\s+)?(?:godkendelse|accept|sign-?off)(?:n|en|et)?\s+af\s+"
                      r"(?P<thing>.+?)\s+"
                      r"(?P<aux>(?:skal\s+)?(?:foretages|ske|sker|gives|udføres|varetages|skal\s+gives))\s+"
                      r"(?:af|hos)\s+", re.I)
# 'Byrådets godkendelse af takstbladet skal foreligge ...': whose approval of what, said as 'X godkendes af Y'
_WHOSE_NOUN = re.compile(r"(?P<who>[\w-]+?(?:en|et|ne))s\s+(?:(?:endelige|formelle|politiske)\s+)?"
                         r"(?:godkendelse|accept)\s+af\s+(?P<thing>(?:(?:den|det|de)\s+)?[\w-]+)", re.I)
_NEEDS = re.compile(r"\s+(?:skal\s+)?(?:kræver|have|har\s+brug\s+for|afventer)\s+(?:en\s+)?(?:endelig\s+)?"
                    r"(?:godkendelse|accept|sign-?off|samtykke)\s+(?:fra|af|hos)\s+", re.I)
# 'X skal give sign-off på planen', 'Giv sign-off på rapporten', 'X giver sit samtykke til aftalen': the verb
# 'godkende' said with the noun ('giver samtykke til, at ...' consents to a deed, no paper)
_GIVES = re.compile(r"\b(?P<verb>giv|give|giver)\s+"
                    r"(?:sin\s+|sit\s+|jeres\s+|endelig\s+|endeligt\s+)?"
                    r"(?:skriftlige\s+|endelige\s+)?(?:godkendelse|accept|sign-?off|samtykke|tilslutning|tilsagn)"
                    r"\s+(?:på|af|til)\s+(?!at\b|,)", re.I)
_GIVES_AS = {"giv": "godkend", "give": "godkende", "giver": "godkender"}
# 'X skal sige god for aftalen', 'X giver grønt lys til aftalen': idioms of approving
_SAYS_YES = re.compile(r"\b(?:(?P<say>sig|sige|siger)\s+god"
                       r"|(?P<verb>giv|give|giver)\s+(?:sit\s+)?grønt\s+lys)"
                       r"\s+(?:for|til)\s+", re.I)
_SAYS_AS = {**_GIVES_AS, "sig": "godkend", "sige": "godkende", "siger": "godkender"}


def gives_as_verb(sentence: str) -> str:
    """'X giver sin godkendelse (sit samtykke, sign-off) til Y' as 'X godkender Y'; else as it was."""
    if m := _GIVES.search(sentence):
        verb = _cased(_GIVES_AS[m["verb"].casefold()], m["verb"])
        return f"{sentence[:m.start()]}{verb} {sentence[m.end():]}"
    return sentence


@lru_cache(maxsize=8192)
def as_passive(sentence: str) -> str:
    """'Godkendelsen af X foretages af Y' and 'X kræver godkendelse fra Y' as 'X godkendes af Y'; 'Y skal
    give sign-off på X' as 'Y skal godkende X'."""
    low = sentence.casefold()
    if ("god for" in low or "grønt lys" in low) and (m := _SAYS_YES.search(sentence)):
        said = m["say"] or m["verb"]
        sentence = f"{sentence[:m.start()]}{_cased(_SAYS_AS[said.casefold()], said)} {sentence[m.end():]}"
    if "godkendelse" not in low and "accept" not in low and "sign" not in low and "samtykke" not in low:
        return sentence
    if (said := gives_as_verb(sentence)) != sentence:
        return said
    if m := _BY_NOUN.match(sentence):
        return f"{m['thing']} godkendes af {sentence[m.end():]}"
    if m := _WHOSE_NOUN.match(sentence):  # (the owner a common noun: 'Byrådets' is 'byrådet' in the middle)
        who = m["who"][:1].lower() + m["who"][1:]
        return f"{m['thing']} godkendes af {who},{sentence[m.end():]}"
    if m := _NEEDS.search(sentence):
        return f"{sentence[:m.start()]} godkendes af {sentence[m.end():]}"
    if m := _PRESENTED_FOR.search(sentence):
        return f"{sentence[:m.start()]}godkendes af {m['who']}{sentence[m.end():]}"
    return sentence


# 'Planen forelægges (for) udvalget til godkendelse': the body it is presented to approves it
# (not when it is not presented: 'forelægges ikke udvalget til godkendelse'; another body that only gets it
# for another purpose first is not the approver: 'forelægges direktionen til orientering og udvalget til
# godkendelse' - udvalget)
_BODY_WORD = r"(?:\w+-\s+og\s+[\w-]+|(?!(?:ikke|til|og|eller)\b)[\w-]+)"  # ('kultur- og fritidsudvalget')
_PRESENTED_FOR = re.compile(r"\b(?:forelægges|fremlægges)\s+(?:først\s+|derefter\s+|herefter\s+)?(?:for\s+)?"
                            rf"(?:(?:{_BODY_WORD}\s+){{1,4}}til\s+{_BODY_WORD}\s+og\s+)?"
                            rf"(?P<who>(?:{_BODY_WORD}\s+){{0,4}}?{_BODY_WORD})"
                            r"\s+til\s+(?:endelig\s+|politisk\s+)?godkendelse\b", re.I)


# 'Brugerpolitikken, der fastlægger, hvem der må køre, skal godkendes af HR-chefen': a relative clause between
# the thing and its passive cue (commas inside it too), then the cue, with a modal or not
_RELATIVE_BEFORE_CUE = re.compile(r"^(?P<thing>[A-ZÆØÅ][\w-]{3,}(?:en|et|ne))\s*,\s*(?:der|som)\s+"
                                  r"[^.;:]{3,160}?,\s*(?=(?:(?:skal|må|bør|kan)\s+)?"
                                  r"(?:godkendes|underskrives|vedtages|signeres|accepteres)\b)")


def without_relative(sentence: str) -> str:
    """The sentence with a relative clause between its thing and its passive cue read past: 'Brugerpolitikken,
    der fastlægger ..., skal godkendes af X' as 'Brugerpolitikken skal godkendes af X' (the thing's own
    clause says who approves it; the relative clause only describes it)."""
    if m := _RELATIVE_BEFORE_CUE.match(sentence):
        return f"{m['thing']} {sentence[m.end():]}"
    return sentence


@lru_cache(maxsize=8192)  # pure, and exports repeat their sentences from task to task
def _approved_words(sentence: str, *, signed: bool = False,
                    sent_on: frozenset[str] = frozenset()) -> tuple[str, ...]:
    sentence = without_relative(sentence)
    # 'Opgørelsen kræver underskrift af X' says what 'Opgørelsen underskrives af X' says
    sentence = _as_signing(_NEEDS_SIGNATURE.sub(" underskrives af ", sentence, count=1)) if signed else \
        as_passive(sentence)
    passive, active, hint = (_SIGN_PASSIVE, _SIGN_ACTIVE, _SIGN_HINT) if signed else \
        (_PASSIVE, _ACTIVE, _HINT)
    if not hint.search(sentence) or _CONDITION.match(sentence) or \
            (not signed and _NOTHING_SIGNED.search(sentence)):
        return ()  # 'Udpegningen godkendes af it-chefen, men der er intet, der skal underskrives'

    out = []
    for cue in passive.finditer(sentence):
        if (word := _passive_thing(sentence, cue, signed=signed, sent_on=sent_on)) and word not in out:
            out.append(word)
    for cue in active.finditer(sentence):
        if (word := _active_thing(sentence, cue, signed=signed)) and word not in out and \
                _may_be_adopted(word, cue):
            out.append(word)
    if signed:  # a paper's own name ('godkendelsen'), or a copy of one, is the signature reader's
        out = [w for w in out if not document_lemma(w, loose=True) and not _COPY.match(w)]
    return tuple(out)


_COPY = re.compile(r"eksemplar|original|kopi", re.I)
_ADOPT = re.compile(r"\bvedtage?[ns]\b|\bvedtaget\b", re.I)
_SENDS = re.compile(r"\b(?:send|sendes|fremsend|fremsendes|aflever|afleveres|returnér|returner|returneres)\b",
                    re.I)
# the thing a sentence sends on to a party, named in capitals or by a definite noun: 'De vedtagne regler
# sendes sammen med listen til Springmose', 'Send reglerne og listen til X' (not 'sendes til høring')
_SENT_THING = re.compile(r"(?:^|\b(?:send|fremsend|aflever|returnér|returner)\s+)(?:(?:de|det|den)\s+)?"
                         r"(?:vedtagne\s+|godkendte\s+|endelige\s+)?(?P<thing>[\w-]{3,})\b"
                         r"(?:\s+(?:sendes|fremsendes|afleveres|returneres))?[^.;]{0,80}?\btil\s+"
                         r"(?:(?-i:[A-ZÆØÅ])|[\w-]+(?:en|et|ne)\b)", re.I)


def _may_be_adopted(word: str, cue: re.Match[str]) -> bool:
    """What a body adopts is a paper to track only when its word is a paper's head ('Planen vedtages af
    udvalget' of the task's one 'optagelsesplan'); 'Regulativet vedtages af kommunalbestyrelsen' is the
    council's decision, no paper signed."""
    return not cue.group(0).casefold().startswith("vedtag") or bool(document_lemma(word, loose=True))


def _passive_thing(sentence: str, cue: re.Match[str], *, signed: bool = False,
                   sent_on: frozenset[str] = frozenset()) -> str | None:
    """'Regelsættet (skal) godkendes af fagchefen', 'Få rollekonfigurationen accepteret af X'."""
    left = sentence[clause_start(sentence, cue.start()):cue.start()]
    if _DONE.search(left) and not re.search(r"\bskal\s+være\s+$", left, re.I):
        return None  # 'når regelsættet er godkendt'; but 'skal være godkendt af X' is a demand
    if _blocked(sentence, cue, left):
        return None
    # the agent after 'af', or the body in whose meeting it is decided ('godkendes i økonomiudvalget')
    agent = re.match(r"((?:\s+(?!af\b)[\w-]+){0,3}?)\s+af\s+", sentence[cue.end():], re.I) or \
        re.match(r"(?:\s+(?:politisk|formelt|endeligt))?" + IN_BODY.pattern, sentence[cue.end():], re.I)
    if not agent or not _named(name_after(sentence[cue.end() + agent.end():])):
        return None
    # 'Rapporten gennemgås og godkendes af X', 'en fuldmagt, som oprettes i NemLog-in og godkendes af X':
    # the thing is the subject before the first of the passives it shares
    left = re.sub(r"\s[\w-]+(?:es|[aeiouyæøå]s)(?:\s+(?:i|på|af|hos|via|med|fra|til)\s+[\w'’-]+)?"
                  r"\s+(?:og|eller)\s*$", " ", left, flags=re.I)
    before = sentence[:clause_start(sentence, cue.start())]
    if re.match(r"\s*som\s", left, re.I) and (antecedent := re.search(r"([\w-]+)\s*,?\s*$", before)):
        left = antecedent.group(1)  # 'en fuldmagt, som ... godkendes af X': what 'som' stands for
    tokens = [t for t in re.findall(r"[\w-]+", left) if t.casefold() not in _AUX]
    tokens = [t for t in tokens if t.casefold() not in _LEAD]
    # 'Organisationsstrukturen i Fælleskommunal Organisation skal godkendes': the thing is the noun the
    # phrase after the preposition describes
    if cut := next((i for i, t in enumerate(tokens) if i > 0 and t.casefold() in _POSTMODIFIER), None):
        tokens = tokens[:cut]
    # 'Risikoklassificeringen godkendes af X og sendes til KOMBIT': what is sent on once approved is handed
    # over, a thing to track whatever its noun ('Konverteringen godkendes af styregruppen' stays a doing)
    handed = bool(_SENT_ON.match(sentence, cue.end() + agent.end()))
    # ('Hver lokal klassifikation': the determiner too, which tells the adjective from the noun)
    span = tokens[-3:] if len(tokens) >= 3 and tokens[-3].casefold() in _INDEFINITE else tokens[-2:]
    thing = _thing(span, signed=signed or handed) if tokens else None
    # (a body's adoption of a thing it then sends on is no decision kept at home: 'Ordensreglerne vedtages
    # af udvalget og sendes til leverandøren' hands a text over)
    handed = handed or bool(thing and stems(thing) & sent_on)  # sent on in another sentence
    return thing if thing and (handed or _may_be_adopted(thing, cue)) else None


# the approver's name, then 'og sendes (retur) til', 'og returneres til': the thing approved goes to a party,
# a name or a noun in its definite form ('KOMBIT', 'leverandøren'); a bare noun after 'til' says what for
# ('sendes til betaling', 'til høring', 'til orientering'); the participle too, after a demand's 'være' ('skal
# være vedtaget af udvalget og sendt til X')
_SENT_ON = re.compile(r"(?:[\w'’-]+\s+){1,4}?og\s+(?:derefter\s+|herefter\s+)?(?:sendes|fremsendes|returneres"
                      r"|indsendes|afleveres|sendt|fremsendt|returneret|indsendt|afleveret)\s+(?:derefter\s+|herefter\s+|så\s+|videre\s+)?(?:retur\s+|tilbage\s+)?"
                      # ('sendes sammen med bilaget til KOMBIT', 'sendes med en liste over parkerne til X':
                      # what goes with it on the way)
                      r"(?:(?:sammen\s+)?med\s+(?:[\w'’-]+\s+){1,5}?)?til\s+(?:[A-ZÆØÅ]|[\w-]+(?:en|et|ne)\b)")


def _active_thing(sentence: str, cue: re.Match[str], *, signed: bool = False) -> str | None:
    """'Kommunens sikkerhedsansvarlige godkender privilegiegruppen', 'Lad DPO'en godkende X'."""
    left = sentence[clause_start(sentence, cue.start()):cue.start()]
    if _DONE.search(left) or _blocked(sentence, cue, left):
        return None
    if cue.group(0).casefold() in {"godkend", "accepter", "acceptér"} and \
            re.search(r"(?:\bog|\beller|,)\s*$", left):
        return None  # 'Test og godkend integrationen': imperatives, nobody named
    subject = left.split()
    if modal := [i for i, t in enumerate(subject) if t.casefold() in {"skal", "må", "bør", "vil", "kan"}]:
        after = [t for t in subject[modal[-1] + 1:] if t.casefold() not in _AUX | _LEAD]
        subject = after if after and modal[-1] > 0 else subject[:modal[-1]]  # 'For at ... skal kommunen'

    subject = [t for t in subject if t.casefold() not in _AUX]
    while subject and subject[0].casefold() in _LEAD:
        subject.pop(0)
    rest = sentence[cue.end():]
    if not subject and (inverted := inverted_subject(sentence, cue)):
        subject, rest = [inverted[0]], rest[inverted[1]:]  # 'Derefter godkender fagchefen regelsættet'
    # 'Underskriv ansvarsfordelingen': what an imperative of signing is done to is a paper, whoever signs
    imperative = not subject and cue.group(0).casefold() in _SIGN_IMPERATIVES
    if not imperative and (not subject or len(subject) > 5 or not _named(name_after(" ".join(subject)))):
        return None
    right = re.findall(r"[\w-]+|[^\w\s]", rest)
    words = []
    for tok in right[:5]:
        if not re.match(r"\w", tok) or tok.casefold() in STOP_WORDS:
            break
        words.append(tok)
    return _thing(words[:3], signed=signed)


_SIGN_IMPERATIVES = {"underskriv", "signér", "signer"}
_POSTMODIFIER = {"i", "på", "til", "for", "fra", "med", "hos", "under", "over"}
_FRONTED = {"derefter", "herefter", "dernæst", "så", "nu", "endelig", "til", "sidst", "bagefter",
            "efterfølgende", "desuden", "også", "samtidig", "først"}


# a subordinate clause put first ('Når kontrakten er modtaget, ...') moves the subject after the finite verb
_SUBORDINATE_FIRST = re.compile(r"^\s*(?:når|hvis|efter\s+at|så\s+snart|straks\s+efter\s+at|inden|før|idet"
                                r"|fordi|da)\b[^,]*,\s*$", re.I)


def _after_fronted_clause(before: str, verb: str) -> bool:
    """'Når kontrakten er modtaget, underskriver direktionen den': a finite verb (present tense, '-r') right
    after a fronted subordinate clause has its subject next; an imperative there ('..., underskriv den')
    has none."""
    return verb.casefold().endswith("r") and bool(_SUBORDINATE_FIRST.match(before))


def inverted_subject(sentence: str, cue: re.Match[str]) -> tuple[str, int] | None:
    """'Derefter godkender fagchefen regelsættet': (the subject after the verb, where it ends in the
    text after the verb) when only an adverb comes before the verb; an imperative ('Godkend X') has none."""
    start = clause_start(sentence, cue.start())
    left = sentence[start:cue.start()].split()
    if not left and not _after_fronted_clause(sentence[:start], cue.group(0)):
        return None
    if any(t.casefold() not in _FRONTED for t in left):
        return None
    tokens = list(re.finditer(r"[\w@'’.-]+", sentence[cue.end():]))
    i = 1 if tokens and tokens[0].group(0).casefold() in ARTICLES | {"kommunens"} else 0
    if len(tokens) < i + 2:
        return None
    word = tokens[i].group(0).rstrip(".")
    if word.casefold() in STOP_WORDS | US or document_lemma(word):
        return None
    return " ".join(t.group(0) for t in tokens[:i + 1]).rstrip("."), tokens[i].end()


_QUOTE_OPENS = re.compile(r"[\"“”«„]\s*$")


def _blocked(sentence: str, cue: re.Match[str], left: str) -> bool:
    """Negated ('skal ikke godkendes'), a habit ('KOMBIT godkender løbende ...') or a quoted name (a
    field or a status: 'sætter flueben i feltet "Godkendt af ejer"')."""
    return bool(_QUOTE_OPENS.search(sentence, 0, cue.start())
                or NEGATION.search(" ".join(left.split()[-6:])) or re.match(r"\s+(?:ikke|aldrig)\b",
                sentence[cue.end():], re.I)
                or _HABIT.search(sentence[cue.end():clause_end(sentence, cue.end())])
                or _HABIT.search(left))


def _thing(tokens: list[str], *, signed: bool = False) -> str | None:
    """The head noun of 'det nye regelsæt', 'privilegiegruppen' (casefolded), or None. With `signed` (a verb
    of signing), a noun of doing names the paper done ('Indberetningen underskrives af X'): nobody signs
    an activity."""
    # 'hver lokal klassifikation', 'et nyt regelsæt': after an indefinite determiner the second word is
    # the noun, its adjective (uninflected) before it
    indefinite = len(tokens) >= 3 and tokens[-3].casefold() in _INDEFINITE
    tokens = [t for t in tokens if t.casefold() not in _DETERMINERS | STOP_WORDS]
    if not tokens or any(document_lemma(t) for t in tokens):
        return None  # a paper ('Digitaliseringsstyrelsens tilslutningsvilkår') is the signature reader's
    # 'godkendte mappingtabel' (an adjective first), 'leverandørens opsætning' (a genitive first)
    first = tokens[0].casefold()
    head = tokens[-1] if len(tokens) == 1 or first.endswith(("e", "s", "'s", "’s")) or indefinite \
        else tokens[0]
    low = head.casefold()
    doing = not signed and any(stem.endswith(_DOING) or _PARTICLE_DOING.fullmatch(stem)
                               for stem in stems(low))
    if low in _NOT_A_THING or low in STOP_WORDS or not _NOUN.fullmatch(head) or head.isupper() or \
            stems(low) & _GENERIC or doing:
        return None  # 'KOMBIT' is a party, not a thing
    if any(stem.endswith(head_word) for stem in stems(low) for head_word in _ACTIVITY):
        return None  # 'Testforløbet godkendes af ydelseschefen': a test passed, nothing handed over
    if any(stem.endswith(ROLE_ENDINGS) for stem in stems(low)):
        return None  # 'Fuldmagten oprettes af brugeradministratoren og skal godkendes af X': a person
    return low


def _named(name: str | None) -> bool:
    """A role or organisation: 'fagchefen for myndighedsområdet', 'KOMBIT'; not 'I', 'kommunen'."""
    return bool(name) and name.casefold() not in US and not document_lemma(name.split()[-1]) and \
        name.split()[0].casefold() not in {"den", "det", "de", "dem", "som", "hvem"}


def stems(word: str) -> frozenset[str]:
    """The forms a Danish noun may have without its ending: 'regelsættet' -> {'regelsæt', ...}."""
    low = word.casefold()
    out = {low}
    for ending in ("erne", "ene", "rne", "ne", "en", "et", "er", "n", "t", "e", "r"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[:-len(ending)]
            out.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå":
                out.add(stem[:-1])  # 'tabellen' -> 'tabel'
    if low.endswith("iet") and len(low) > 6:
        out.add(low[:-2] + "um")  # a Latin neuter: 'kommissoriet' is the 'kommissorium'
    return frozenset(out)


def same_thing(a: str, b: str) -> bool:
    """'mappingtabellen' and 'mappingtabel' are one thing; 'regel' and 'regelsæt' are not."""
    return a == b or (a[:3] == b[:3] and bool(stems(a) & stems(b)))


def _as_compounds(found: dict[str, str], parts: list[list[str]]) -> dict[str, str]:
    """'Laboratoriet udarbejder et prøvetagningsprogram. Programmet godkendes af X': the short word is the
    compound named in a sentence just before it, in the same text ('Beskrivelsen' the
    'leverancebeskrivelse', 'Profilerne' the 'badevandsprofiler'), and every form of that compound is the
    same thing. A compound elsewhere (the title's 'organisationsudtræk' beside 'Udtrækket skal godkendes')
    is not what the short word refers back to."""
    out = dict(found)
    for name in set(found.values()):
        nouns = {w for p, part in enumerate(parts) for i, sentence in enumerate(part)
                 if (said := {w.casefold() for w in _NOUN.findall(sentence)
                              if found.get(w.casefold()) == name})
                 for j in range(max(i - 2, 0), i)
                 for w in _introduced(part[j], _subject_in(sentence, said) if j == i - 1 else set(),
                                      parts[:p] + parts[p + 1:])}
        # the compound is its first part and the short word's own name: 'badevandsprofilerne' with
        # 'profil' is the 'badevandsprofil'
        of = {w: {stem for stem in stems(w) if stem.endswith(name)} for w in nouns
              if len(w) > len(name) + 2 and not w.startswith(name)}
        compounds = {stem for found_stems in of.values() for stem in found_stems if len(stem) > len(name) + 2}
        if len(compounds) != 1:
            continue  # none, or two compounds the short word could stand for
        [compound] = compounds
        out |= {word: compound for word, n in found.items() if n == name}
        out |= {w: compound for w, found_stems in of.items() if compound in found_stems}
    return out


_PLURAL_ER = re.compile(r"([^aeiouyæøå])(?!\1)[tdkgpbs]er$")


# 'Laboratoriet udarbejder et prøvetagningsprogram': a thing brought in by an indefinite article
_INTRODUCED = re.compile(r"\b(?:en|et)\s+([^\W\d_][\w-]{3,})", re.I)


def _subject_in(sentence: str, said: set[str]) -> set[str]:
    """The short word (of `said`) when it is the sentence's subject: 'Profilerne skal attesteres af X'."""
    first = _NOUN.match(sentence)
    return {first.group().casefold()} & said if first else set()


def _introduced(sentence: str, subject: set[str], others: list[list[str]]) -> set[str]:
    """The things a sentence brings in for a short word after it to refer back to: one it introduces with
    an indefinite article ('sender en leverancebeskrivelse'), or its own subject when the next sentence's
    subject (`subject`) repeats its end as written and the task's other texts name it too
    ('Badevandsprofilerne opdateres hvert år. Profilerne skal attesteres af X' beside the step 'Opdatér
    badevandsprofilerne': the topic carried on). Not a thing in passing ('en tekstpakke med nyhedstekst'),
    nor a subject one another party acts on ('Anvisningsreglerne vedtages af byrådet'), nor one the short
    word meets elsewhere in its sentence or a sentence later: reading those as the compound lowered a
    held-out parse figure (s32, s33)."""
    words = {w.casefold() for w in _INTRODUCED.findall(sentence)}
    if subject and (first := _NOUN.match(sentence)) and not re.search(r"\baf\s", sentence, re.I):
        low = first.group().casefold()
        named = {w.casefold() for part in others for text in part for w in _NOUN.findall(text)}
        if any(low.endswith(word) and len(low) > len(word) + 2 for word in subject) and \
                any(same_thing(low, w) for w in named):
            words.add(low)
    return words


def _name(word: str, texts: list[str]) -> str:
    """The thing's name without its ending: the indefinite form when the task uses it ('Hver
    privilegiegruppe'), else by Danish rules ('regelsættet' -> 'regelsæt', 'tabellen' -> 'tabel')."""
    seen = {w.casefold() for text in texts for w in _NOUN.findall(text)}
    candidates = sorted(stems(word) & seen - {word}, key=len)
    # 'konsekvensanalysen' and 'den godkendte analyse': the bare head seen elsewhere gives the ending
    candidates = candidates or sorted({c for c in stems(word) - {word} for x in seen
                                       if len(x) >= 5 and c.endswith(x) and x != word}, key=len)[-1:]
    bare = [c for c in candidates if not c.endswith(("en", "et", "ne"))]
    # 'vedtægterne', 'vedtægter': a plural in -er of a noun that ends in two consonants, the last a stop or
    # s ('vedtægt', 'kontrakt', 'instruks'); 'rollerne', 'reglerne' and 'beskrivelserne' are of 'rolle',
    # 'regel' and 'beskrivelse', whose singular is no cut of the plural, and are left as they are
    if bare and _PLURAL_ER.search(bare[-1]) and not bare[-1].endswith("elser") and \
            bare[-1] + "ne" in seen | {word}:
        return bare[-1][:-2]
    if bare:
        return bare[-1]
    # 'Listen godkendes af X': a paper's head knows its own ending ('listen' -> 'liste', not 'list'),
    # which the rules below cannot tell from a noun in -en ('planen' -> 'plan')
    if paper := document_lemma(word, loose=True):
        return paper
    if word.endswith("iet") and len(word) > 6:
        return word[:-2] + "um"  # a Latin neuter: 'kommissoriet' -> 'kommissorium', 'kriteriet'

    for ending in ("erne", "ene", "et", "en", "n"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem[-1] == stem[-2] and stem[-1] not in "aeiouyæøå":
                if ending == "et" or stem[-1] == "l":
                    return stem[:-1]  # 'regelsættet', 'mappingtabellen'
                return stem + "e"  # 'gruppen', 'grupperne'
            if ending == "en" and stem[-1] == "l" and stem[-2] not in "aeiouyæøål":
                return stem + "e"  # 'nøglen' -> 'nøgle'
            if ending == "en" and stem.endswith("c"):
                return stem + "e"  # no Danish noun ends in -c: 'matricen' -> 'matrice'
            if ending == "erne" and re.search(r"[^aeiouyæøå][lr]$", stem):
                return word[:-2]  # 'reglerne' (of 'regel', the e dropped): the plural, no bare 'regl'
            if ending == "en" and stem.endswith("els"):
                return stem + "e"  # 'opgørelsen' -> 'opgørelse', 'tilladelsen' -> 'tilladelse'
            return stem if ending != "n" or stem.endswith("e") else word
    return word
