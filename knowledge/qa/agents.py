"""Who does what, as a task sentence says it, and whether that is who a yes/no question puts
forward: 'Serviceaftalerne godkendes af kommunens aftaleadministrator' settles 'Er det leverandøren,
der godkender serviceaftalerne?' with a "Nej" and 'Skal aftaleadministratoren godkende dem?' with
a "Ja"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.fold import content_keys, key
from knowledge.lexicon import number_words
from knowledge.morphology import PARTICLE_PREFIX

# A Danish passive with its agent ('Bilaget skal signeres af kommunaldirektøren ...') or a cleft
# ('Det er kommunens it-ansvarlige, der godkender tilslutningen').
# The agent is a lookahead, so a sentence with two ('A underskrives af X, mens B underskrives af Y')
# gives both.
_PASSIVE = re.compile(r"(?P<obj>[\wæøåÆØÅ-]+(?:\s+[\wæøåÆØÅ-]+){0,2}?)\s+(?:(?:skal|kan|må|bør|vil|skulle|"
                      r"være|er|blive|bliver|få|får)\s+(?:\w+\s+)?)?"
                      r"(?P<verb>[a-zæøå]{3,}(?:es|s|et|t))\s+(?:(?P<particle>op|ud|ind|ned|igennem|"
                      r"(?<=skrives\s|skrevet\s)under)\s+)?"
                      r"(?:(?:i|på|via|hos)\s+[\wæøåÆØÅ-]+\s+)?"
                      # an adverb or the subject after the verb ('afhentes hver tirsdag af X', 'Efter brug
                      # afhentes hjertestarteren af X'), no negation ('godkendes ikke af X')
                      # (nor a passive verb: in 'Eksisterende årskort overføres af X' the verb is 'overføres',
                      # not 'årskort' with 'overføres' as its adverb)
                      r"(?:(?-i:(?!(?:af|ikke|aldrig|not|og|eller|men|som|der)\b|[a-zæøå]{3,}[bdfgklmnprstv]es\b)"
                      r"[a-zæøå]+)\s+){0,2}?"
                      r"af\s+(?=(?P<agent>[^.;!?]+))", re.I)
_AF = re.compile(r"\saf\s", re.I)  # what every _PASSIVE match holds
# A passive's particle as the prefix of its verb: 'Lejeaftalen skrives under af X' says who 'underskriver' it
# ('under' only after 'skrives/skrevet': 'afleveres under festivalen af X' is no 'underafleveres')
_PREFIX = {**PARTICLE_PREFIX, "under": "under"}
# (the object may be left out: 'Det er behandlerne, der indberetter, men ...')
_CLEFT = re.compile(r"\b(?:det|den)\s+er\s+(?P<agent>[^,.;!?]+?),?\s+(?:der|som)\s+(?:skal\s+|kan\s+)?"
                    r"(?P<verb>[a-zæøå]{3,})(?:\s+(?P<obj>[\wæøåÆØÅ-]+))?", re.I)
# A party in charge of a deed named by its noun: 'AquaRegister ApS står for (selve) indlæsningen',
# 'Kommunen sørger for opsætningen' (the noun of a verb: '-ning', '-ering', '-else', '-sel')
_IN_CHARGE = re.compile(r"(?:^|[.;:]\s+|,\s+(?:men|og|mens)\s+)"
                        r"(?P<agent>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ-]*|A/S|ApS|I/S|P/S))*|"
                        r"[Kk]ommunen|[a-zæøå-]{3,}(?:en|et|erne))\s+"
                        r"(?:står\s+for|varetager|sørger\s+for|tager\s+sig\s+af|håndterer)\s+"
                        r"(?:selve\s+|hele\s+)?(?P<obj>[a-zæøå-]{3,}(?:ning|ering|else|sel)(?:en)?)\b")
# A duty told in a relative clause about what is done: 'et arrangement, som kulturafdelingen står for',
# 'Indberetningen er en opgave, som vejingeniøren varetager' (the relative clause ends with its verb:
# what is done is the noun before 'som', or the subject of 'N er en opgave')
_RELATIVE_DUTY = re.compile(r"(?P<obj>[\wæøåÆØÅ-]{3,}),?\s+som\s+"
                            r"(?P<agent>(?:[\wæøåÆØÅ/-]+\s+){0,2}?[\wæøåÆØÅ/-]{3,})\s+"
                            r"(?:står\s+for|varetager|sørger\s+for|tager\s+sig\s+af|håndterer)"
                            r"(?=\s*(?:[,.;:!?]|$)|\s+(?:og|mens|men)\b)")
_COPULA_BEFORE = re.compile(r"(?:^|[.;:!?]\s+)(?:(?:den|det|selve)\s+)?(?P<subj>[\wæøåÆØÅ-]{3,})"
                            r"(?:\s+(?:i|af|på|til|for|med|om)\s+[\wæøåÆØÅ-]+)?\s+(?:er|bliver)\s+"
                            r"(?:en|et|den|det)\s+(?:[\wæøåÆØÅ-]+\s+)?$", re.I)
# Where the agent's phrase ends: another clause ('..., mens ...', '... og sendes til ...', a deadline).
_AGENT_END = re.compile(r",\s*(?:mens|men|så|fordi|når|hvis|hvorefter)\b|"
                        r"\s+og\s+(?:\w+\s+)?[a-zæøå]{3,}(?:es|s)\b|\s+(?:senest|inden|før|efter)\b|\s*\(",
                        re.I)
# A second agent the sentence denies the deed of: '... af miljøteknikeren – ikke af laboratoriet'
_DENIED_AGENT = re.compile(r"\s*[,–-]\s*(?:og\s+|men\s+)?(?:ikke|not)\s+(?:af|by)\s+([^,.;!?()]+)", re.I)
# The head of an agent phrase, before 'på vegne af', 'på Serviceplatformen', 'i KOMBIT', ...
_HEAD_END = re.compile(r"\s+(?:på|for|i|hos|til|via|med|fra|under|,)\s|,", re.I)
# An alternative to the named agent: 'kommunaldirektøren eller den, der har fuldmagt'.
_ALTERNATIVE = re.compile(r"\b(eller|alternativt|fuldmagt\w*|stedfortræder\w*|or)\b", re.I)
# 'andre end', 'nogen anden end', 'other than': the question asks about anyone but the party named.
OTHER_THAN = re.compile(r"\b(andre|anden|andet|nogen|other|anyone|someone)\s+(end|than|but)\b|"
                        r"\bi\s+stedet\s+for\b|\binstead\s+of\b", re.I)

# Verbs that say who does what their subject names: 'Opsætningen foretages af X', 'Bestillingen varetages
# af X'
LIGHT_VERBS = frozenset(key(w) for w in "foretages foretage udføres udføre varetages varetage gennemføres "
                        "gennemføre håndteres håndtere afgives afgive afholdes afholde".split())

# Verbs that give a rule or plan the same standing: approving it and adopting it (as keys)
_SAME_ACTS = (frozenset({key("godkende"), key("vedtage")}),)


def same_act(verb) -> set[str]:
    """The keys of the verbs that do the asked verb's (a token's) act to a rule or plan, beside its own: a
    body 'vedtager' what the question asks it (or another) to 'godkende', and the other way round; none
    for other verbs."""
    return {k for group in _SAME_ACTS if set(verb.keys) & group for k in group}


@dataclass(frozen=True)
class Deed:
    """'<obj> <verb> af <agent>': who does something to what."""

    obj: str
    verb: str
    agent: str
    head: str  # the agent's head phrase, for comparing with a party
    negated: bool = False  # 'Aftalen skal ikke underskrives af X', 'leverandøren deltager ikke i testen'
    # the agent refers back to a party the sentence before names ('De sender ...', 'Den ansvarlige ...')
    refers: bool = False
    # the deed is the agent's own, not another's: 'Grundejeren skal selv sætte skiltet op'
    own: bool = False

    @property
    def obj_keys(self) -> set[str]:
        return content_keys(self.obj)


def deeds(text: str, verbs: set[str] = frozenset()) -> list[Deed]:
    """The 'X V-es af Y' and 'Det er Y, der V X' statements of a text, and for the verbs given (keys)
    the active ones: 'Leverandøren opretter abonnementet', '..., opretter leverandøren selv abonnementet'."""
    out = []
    # (a passive's agent follows 'af': most sentences have none, and the pattern is slow to fail on them)
    for m in _PASSIVE.finditer(text) if _AF.search(text) else ():
        agent, denied = m.group("agent"), _DENIED_AGENT.search(m.group("agent"))
        # a particle verb is the prefixed verb: 'Rutinen sættes op af X' says who 'opsætter' it
        verb = _PREFIX.get((m.group("particle") or "").casefold(), "") + m.group("verb")
        obj = m.group("obj")
        if out and _AND_END.search(obj):  # 'Skurene leveres af X og stilles op af Y': Y sets up the skure
            obj = out[-1].obj
        deed = _deed(obj, verb, agent[:denied.start()] if denied else agent)
        out.append(replace(deed, negated=bool(_NOT.search(text, m.end("obj"), m.start("verb")))))
        if denied:  # 'Prøverne tages af miljøteknikeren – ikke af laboratoriet': the second is denied it
            out.append(replace(_deed(obj, verb, denied.group(1)), negated=True))
    for m in _CLEFT.finditer(text):
        out.append(_deed(m.group("obj") or "", m.group("verb"), m.group("agent")))
    for m in _IN_CHARGE.finditer(text):  # 'X står for indlæsningen': as 'Indlæsningen varetages af X'
        out.append(_deed(m.group("obj"), "varetages", m.group("agent")))
    for m in _RELATIVE_DUTY.finditer(text):  # '..., som X står for': as '... varetages af X'
        if m.group("agent").split()[0].casefold() in _NO_AGENT:
            continue
        copula = _COPULA_BEFORE.search(text, 0, m.start("obj"))
        out.append(_deed(copula.group("subj") if copula else m.group("obj"), "varetages", m.group("agent")))
    if verbs:
        out += _active(text, verbs)
    return out


# A passive's 'object' that ends on a conjunction is the tail of the agent before it: the verb after
# 'og' has the first passive's subject
_AND_END = re.compile(r"(?:^|\s)(?:og|samt|and)$", re.I)
_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_NOT = re.compile(r"\b(?:ikke|aldrig|not|never)\b", re.I)
# Number words before a plural ('tre superbrugere'): a count, not the doer of a verb
_COUNT_WORDS = frozenset(number_words(2, 12, english=False)) | frozenset("flere mange alle få".split())
# Words before a present-tense verb that are no agent: a relative or a pronoun ('der opretter').
_NO_AGENT = frozenset("der som det den de man vi i jeg du han hun og eller at hvis når så".split())


def _active(text: str, verbs: set[str]) -> list[Deed]:
    words = list(_WORD.finditer(text))
    out = []
    for i, m in enumerate(words):
        word = m.group(0)
        if key(word.casefold()) not in verbs:
            continue
        if not word.casefold().endswith("r"):
            out += _modal_deed(text, words, i)  # 'Havnekontoret ..., men skal ikke godkende aftalen'
            continue
        before = text[words[i - 1].end():m.start()] if i else ""
        if i == 0 and m.group(0)[:1].isupper() and i + 1 < len(words) and \
                words[i + 1].group(0).casefold() in ("af", "for", "of"):
            continue  # 'Leverandør af X er Y' opens on a noun ('Leverandør' reads as 'leverer'), no verb
        if i == 0 or "," in before:  # verb first: '..., opretter leverandøren selv abonnementet'
            if i + 2 >= len(words):
                continue
            agent, rest = words[i + 1].group(0), words[i + 2:i + 6]
        else:
            agent, rest = _name_before(text, words, i), words[i + 1:i + 5]
        refers = _opens_sentence(text, words, i - 1) and agent.casefold() in _BACK or (
            i >= 2 and _opens_sentence(text, words, i - 2) and words[i - 2].group(0).casefold() in _BACK
            and _role_like(agent))
        obj_first = None
        if agent.casefold() in _AND and (first := _first_verb(text, words, i)) is not None:
            # 'Pladsanvisningen gennemgår reglerne og godkender dem': the first verb's subject, and its
            # object for a pronoun ('dem')
            agent, obj_first = _name_before(text, words, first), words[first + 1:i - 1]
        elif agent[:1].isdigit() or agent.casefold() in _COUNT_WORDS:
            continue  # '... op til 40 skoledistrikter': a plural counted, not a verb with its doer
        if agent.casefold() in _NO_AGENT and not refers:  # ('der opretter'; the first verb's subject too)
            continue
        said = [w.group(0) for w in rest]
        negated = any(_NOT.fullmatch(w) for w in said[:2])  # 'leverandøren deltager ikke i testen'
        said = [w for w in said if not _NOT.fullmatch(w)] if negated else said
        if obj_first and said and said[0].casefold() in _OBJECT_PRONOUNS:
            said = [w.group(0) for w in obj_first] + said[1:]
        out.append(Deed(obj=" ".join(said), verb=word, agent=agent, head=agent, negated=negated,
                        refers=refers))
    return out


# A subject that refers back to a party named before: 'De sender ...', 'Den ansvarlige registrerer ...'
_BACK = frozenset("de den det they".split())
_AND = frozenset({"og", "and"})
_OBJECT_PRONOUNS = frozenset("dem den det them it".split())


_SENTENCE_END = re.compile(r"[.!?]\s*$")
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
_ROLE_LIKE = re.compile(r"(?:ansvarlige|ansatte|berettigede|\w{3,}(?:ør|er|ist|ent|ant)(?:en|ne|e)?)$")


def _opens_sentence(text: str, words: list, j: int) -> bool:
    """Whether word j is the first of its sentence."""
    return j == 0 or bool(_SENTENCE_END.search(text[words[j - 1].end():words[j].start()]))


def _role_like(word: str) -> bool:
    """'ansvarlige', 'koordinatoren': a role word after 'Den'/'De', not a thing ('Den nye løsning')."""
    return bool(_ROLE_LIKE.search(word.casefold()))


def _first_verb(text: str, words: list, i: int) -> int | None:
    """The present-tense verb of the clause a coordinated verb ('... og godkender') shares its subject
    with: the sentence's first such verb after a subject, with no clause break between."""
    for k in range(1, i - 2):
        w = words[k].group(0)
        if w.casefold().endswith("r") and w.islower() and words[k - 1].group(0).casefold() not in _NO_AGENT \
                and not _CLAUSE_BREAK.search(text[words[k].end():words[i].start()]) \
                and not _CLAUSE_BREAK.search(text[words[0].start():words[k].start()]):
            return k
    return None


# The legal form that ends a company's name: 'CareRoute ApS afholder kurser' is done by CareRoute ApS
_COMPANY_FORM = frozenset("aps as is ps ks amba smba".split())
_MODAL_WORDS = frozenset("skal kan må bør vil skulle kunne".split())


def _name_before(text: str, words: list, i: int) -> str:
    """The doer written just before word i: one word, or a name of several ('CareRoute ApS', 'ParkTech
    Nordic A/S') whose last word is a company's legal form or whose words are all capitalised ('Renova
    Vest', with a role before it: 'Leverandøren Renova Vest')."""
    j = i - 1
    if words[j].group(0).casefold() not in _COMPANY_FORM and not (
            j > 0 and words[j - 1].group(0).casefold() == "a" and words[j].group(0).casefold() == "s") \
            and not (words[j].group(0)[:1].isupper() and j > 0 and words[j - 1].group(0)[:1].isupper()):
        return words[j].group(0)
    start = j
    while start > 0 and i - start < 5 and words[start - 1].group(0)[:1].isupper() \
            and not re.search(r"[,;:.!?]", text[words[start - 1].end():words[start].start()]):
        start -= 1
    return text[words[start].start():words[j].end()]


def _modal_deed(text: str, words: list, i: int) -> list[Deed]:
    """'X skal ikke V ...' with the infinitive V: X is not to do V; 'X skal selv V ...': V is X's own
    duty, not another's. A clause that starts with its modal after 'men'/'og' shares the subject of the
    sentence's first clause ('Havnekontoret skal have besked, men skal ikke godkende aftalen')."""
    verb = words[i].group(0)
    if verb.casefold().endswith("s") or i < 2:
        return []  # 'skal godkendes': a passive, told by its 'af'
    j = i - 1
    own = words[j].group(0).casefold() == _OWN
    if not own and not _NOT.fullmatch(words[j].group(0)):
        return []  # 'X kan V': what X may do is no answer to what X must do, nor to what others may
    j -= 1
    if j < 1 or words[j].group(0).casefold() not in _MODAL_WORDS:
        return []
    subject = words[j - 1].group(0)
    if subject.casefold() in ("men", "og", "but", "and"):  # the first clause's subject
        first = next((k for k in range(j - 1) if words[k].group(0).casefold() in _MODAL_WORDS), None)
        if not first or re.search(r"[.;!?]", text[words[first].end():words[j].start()]):
            return []
        subject = text[words[0].start():words[first - 1].end()] if first > 0 else ""
        if not subject or len(subject.split()) > 4:
            return []
    elif re.search(r"[,;:.!?]", text[words[j - 1].end():words[j].start()]):
        return []
    if subject.casefold() in _NO_AGENT or subject[:1].isdigit():
        return []
    rest = " ".join(w.group(0) for w in words[i + 1:i + 5] if not _NOT.fullmatch(w.group(0)))
    head = subject.split()[-1] if subject.split() else subject
    return [Deed(obj=rest, verb=verb, agent=subject, head=head, negated=not own, own=own)]


_OWN = "selv"  # 'X skal selv V': the doer's own deed


# Who has a duty, in the words tasks use for it: 'X står for Y', 'X varetager Y', 'X sørger for Y',
# 'X har ansvaret for Y', 'X håndterer Y' (and 'Det er X, der står for Y'); these answer one another.
_DUTY_VERB = (r"står\s+for|stå\s+for|varetager|varetage|sørger\s+for|sørge\s+for|tager\s+sig\s+af|"
              r"tage\s+sig\s+af|har\s+(?:det\s+)?ansvar(?:et)?\s+for|er\s+ansvarlig[e]?\s+for|håndterer|"
              r"håndtere|tager\s+hånd\s+om")
_DUTY = re.compile(rf"\b(?P<verb>{_DUTY_VERB}),?\s+(?P<obj>[^.;!?]+)", re.I)
# 'Ansvaret for Y ligger hos X', 'Ansvaret for Y er X's'.
_HELD = re.compile(r"\bansvar(?:et)?\s+for\s+(?P<obj>[^.;!?]+?)\s+(?:ligger|er|hviler|placeres)\s+hos\s+"
                   r"(?P<agent>[^.;!?,]+)", re.I)
_CLEFT_HEAD = re.compile(r"\b(?:det|den)\s+er\s+(?P<agent>[^,.;!?]+?),?\s+(?:der|som)\s+(?:skal\s+|kan\s+)?$",
                         re.I)


# Who helps is not what is done: 'X varetager opsætningen i samarbejde med leverandøren'.
_WITH = re.compile(r"\s+(?:i samarbejde med|sammen med|together with|in cooperation with)\b", re.I)


def duties(text: str) -> list[Deed]:
    """'Kommunens FLIS-koordinator står for kontakten til KOMBIT' -> Deed(obj='kontakten til KOMBIT',
    verb='står for', agent='Kommunens FLIS-koordinator'); 'Ansvaret for X ligger hos Y' likewise."""
    out = [_deed(m.group("obj"), "ansvar", m.group("agent")) for m in _HELD.finditer(text)]
    for m in _DUTY.finditer(text):
        before = text[:m.start()]
        cleft = _CLEFT_HEAD.search(before)
        if cleft:
            agent = cleft.group("agent")
        else:
            clause = re.split(r"[,;:–.!?]", before)[-1]
            words = clause.split()
            while words and words[-1].casefold() in ("skal", "kan", "vil", "bør", "selv", "også"):
                words.pop()
            if [w.casefold() for w in words] in (["som"], ["der"]):
                words = _relative_head(before)  # '… til Danmarks Miljøportal, som står for at …'
            if not words or words[-1].casefold() in _NO_AGENT:
                continue
            agent = " ".join(words[-4:])
        obj = _WITH.split(_AGENT_END.split(m.group("obj"), maxsplit=1)[0], maxsplit=1)[0]
        out.append(Deed(obj=obj.strip(), verb=m.group("verb"), agent=agent.strip(),
                        head=_HEAD_END.split(agent.strip(), maxsplit=1)[0]))
    return out


def _relative_head(before: str) -> list[str]:
    """The words of the noun a relative clause ('…, som står for X') is about: the end of the clause
    before its comma, after its last preposition ('indberettes det til Danmarks Miljøportal')."""
    clauses = re.split(r"[,;:–.!?]", before)
    words = clauses[-2].split() if len(clauses) > 1 else []
    last = max((i for i, w in enumerate(words) if w.casefold() in _PREPOSITIONS), default=-1)
    # without a preposition only a clause that is a noun alone ('Leverandøren, som …'): in 'Kommunen
    # udpeger en koordinator, der …' the noun is not told from the subject before it
    return words[last + 1:] if last >= 0 or len(words) <= 2 else []


_PREPOSITIONS = frozenset("til af hos fra med i på for via ved".split())


def _deed(obj: str, verb: str, agent: str) -> Deed:
    agent = _AGENT_END.split(agent, maxsplit=1)[0].strip(" ,–-")
    head = _HEAD_END.split(agent, maxsplit=1)[0]
    return Deed(obj=obj, verb=verb, agent=agent, head=head)


def role_before(said: str, agent: str) -> set[str]:
    """The keys of the role a sentence writes right before its doer's name, of the same person ('Den
    tidligere skovløber Niels Kvækmose fortæller ...': the skovløber is the one who tells): up to three
    words back from the name, within its clause."""
    at = said.find(agent)
    if at <= 0 or not agent[:1].isupper():
        return set()
    before = re.split(r"[,;:.!?()–-]", said[:at])[-1].split()
    return content_keys(" ".join(before[-3:]))


def is_agent(party: set[str], deed: Deed) -> bool | None:
    """Whether the party (content keys of the words a question names) is the deed's agent; None
    when the question names no party."""
    if not party:
        return None
    return bool(party & (content_keys(deed.head) | _joined_keys(deed.head))) or \
        _compound_agent(party, deed.agent)


def _compound_agent(party: set[str], agent: str) -> bool:
    """Whether a compound the question names ('udvalgsformanden') is the agent said in words: its head is
    a word of the agent ('formanden for teknik- og miljøudvalget', 'udvalgets formand') and its first
    part (without a linking 's') is another of its words or that word's head ('miljøudvalget', 'udvalgets'),
    not the start of one ('skolechefen' is not 'chefen for skoletandplejen')."""
    said = content_keys(agent)
    for k in party:
        for h in said:
            if len(h) < 4 or not k.endswith(h) or len(k) - len(h) < 4:
                continue
            first = k[:-len(h)]
            first = first[:-1] if first.endswith(("s", "e")) and len(first) > 4 else first
            if any(o != h and o.endswith(first) for o in said):
                return True
    return False


def _joined_keys(text: str) -> set[str]:
    """The keys of each two neighbouring words written as one: a question that writes 'juridisk
    afdeling' is read as the compound 'juridiskafdeling', which 'kommunens juridiske afdeling' says
    (the first word by its stem, so an inflected adjective joins as the question's does)."""
    words = re.findall(r"[\wæøåÆØÅ]+", text)
    return {key(key(a) + b) for a, b in zip(words, words[1:], strict=False)
            if len(a) >= 3 and len(b) >= 3}


def has_alternative(deed: Deed) -> bool:
    return bool(_ALTERNATIVE.search(deed.agent))


def verb_key(deed: Deed) -> str:
    return key(deed.verb.casefold())


def same_thing(k: str, obj_keys: set[str]) -> bool:
    """'serviceaftalerne' is 'Serviceaftalerne'; 'aftalen' is the end of 'databehandleraftalen'."""
    return k in obj_keys or (len(k) >= 4 and any(o.endswith(k) or k.endswith(o)
                                                 for o in obj_keys if len(o) >= 4))
