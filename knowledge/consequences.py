"""Sentences that tell what happens when something is not done (in time), in the ways authors write it."""

from __future__ import annotations

import re

from knowledge.passages import sentences

# 'Hvis opgaven ikke løses, ...', 'Uden lokale administratorer kan ingen ...', 'Tilmeldes de for sent, ...'
_IF = re.compile(r"\s*(?:hvis|if|såfremt|unless|medmindre|undlader|undlades|uden|without|fails? to|indtil|"
                 r"until|i tilfælde af|in case of|in the event of|så længe|as long as)\b|"
                 r".*\b(?:for sent|too late)\b", re.I)
# what makes such a sentence about something not done, missing, late or failing
_NOT = re.compile(r"\b(?:ikke|not|ingen|no|uden|without|for sent|too late|afvises|mister|risikerer|"
                  r"undlader|undlades|venter|fails?|mangler|manglende|fejler|forsinke[ts]|overskrides|udebliver|"
                  r"missing|late|fejl|afvigelser|differencer|errors?|discrepancies|differences|missed|exceeded|"
                  r"overskredet)\b", re.I)
_OTHERWISE = re.compile(r"\b(?:ellers|i modsat fald|otherwise|or else)\b", re.I)
# 'De skal udbedres inden 48 timer, eller redskabet spærres af': a duty, then 'eller' and a loss or a
# failure (not 'skal bruge MitID, eller NemID', nor another way to do it: 'skal sendes via portalen, eller
# den afleveres i Borgerservice', 'eller du kan vælge ...')
_LOSS = (r"spærres|lukkes|afvises|slettes|annulleres|bortfalder|stoppes|opsiges|inddrages|afbrydes|udelukkes|"
         r"forsinkes|mistes|fortabes|mister|risikerer|ikke|loses?|cannot|not|"
         r"(?:bliver|is|are|gets?)\s+(?:afvist|lukket|spærret|slettet|annulleret|stoppet|refused|rejected|"
         r"closed|cancell?ed|blocked|lost|suspended)")
_MUST_OR = re.compile(r"\b(?:skal|må|must)\b[^.;]{0,120}?,\s*(?:eller|or)\s+(?:også\s+)?"
                      rf"(?:[^\W\d_]+\s+){{1,3}}?(?:{_LOSS})\b", re.I)
# 'når/when' opens a condition only with a negation before its comma ('Når aftalen ikke er
# underskrevet, kan ...'; not 'Når opgaven er løst, skal den ikke ...')
_WHEN_NOT = re.compile(r"\s*(?:når|when)\b[^,.;]{0,120}?\b(?:ikke|not|mangler|missing|overskre\w+|udløb\w*|"
                       r"for sent|too late|passed|expired)\b[^,.;]*,", re.I)
# A failure first, as an inverted condition without 'ikke': 'Overskrides fristen, flyttes ...', 'Mangler
# underskriften, er ...', 'Udebliver svaret, ...', 'Er der fejl i data, afvises filen'
_FAILING_FIRST = re.compile(r"\s*(?:overskrides|overskrider|mangler|udebliver|udløber|fejler|svigter|"
                            r"(?:er|opstår|findes|kommer) der (?:fejl|mangler|afvigelser|problemer))\b"
                            r"[^,.;]{0,120},\s*\w", re.I)
# 'Først når aftalen er underskrevet, kan KOMBIT ...': what cannot happen before
_ONLY_WHEN = re.compile(r"\s*(?:først når|først efter|først da|only when|only after|only once)\b"
                        r"[^.;]{0,120},\s*(?:kan|må|vil|bliver|can|may|will)\b", re.I)
# 'Kun bevillinger, der er aktive, flyttes', 'Only signs that are registered are shown': those left out
# are not
_ONLY_WHICH = re.compile(r"\s*(?:kun|only)\s+(?:[\w-]+,?\s+){1,3}?(?:der|som|that|which)\b[^.;]{0,80}?,\s*"
                         r"(?:[a-zæøå]{3,}es|kan|må|vil|bliver|kommer|får|are|is|will|can|gets?)\b", re.I)
# 'Efter fristen kan der ikke længere tilmeldes', 'after the deadline ... no longer'
_AFTER_DEADLINE = re.compile(r"\b(?:efter fristen|after the deadline)\b[^.;]{0,80}?"
                             r"\b(?:ikke|not|no longer|ingen)\b", re.I)
# A condition written with the verb first: 'Er aftalen ikke modtaget senest ..., flyttes kommunen ...',
# 'Deltager kommunen ikke i testen, risikerer den ...', 'Sker det ikke, vil ...'
# ('Har kommunen ingen superbrugere, tilbyder ...': a thing lacking)
_VERB_FIRST = re.compile(r"\s*(?P<verb>[^\W\d_]+)\s+(?:[^\W\d_][\w-]*\s+){1,4}?(?:ikke|not|ingen|intet|"
                         r"for sent|too late|"
                         r"efter fristen|after the deadline|fejl|afvigelser|differencer|errors)\b"
                         r"[^,.;]{0,120},\s*\w", re.I)
_NOT_VERBS = frozenset("der her hver hvor over under efter enten hverken andre alle flere nogle senere "
                       "tidligere yderligere kommuner brugere leverandører medarbejdere borgere "
                       "there where other others".split())
# a finite verb ('deltager', 'sker', 'er', 'modtages', 'kan'), not a noun ('Kommunen skal ikke ..., men')
_FINITE = re.compile(r"(?:[^e]er|[aåø]r|^[a-zæøå]{1,2}r|es|[^e]s|"
                     r"^(?:kan|skal|vil|må|bør|should|were|had|did|does|is))$")
# 'Manglende tiltrædelse medfører ...', 'Ved fejl i EAN-nummeret afvises fakturaen', 'Lack of ... means'
_LACK = re.compile(r"\s*(?:manglende|mangelfuld\w*|ved\s+(?:manglende|fejl|forsinkelse)|fejl\s+i|"
                   r"(?:en\s+|et\s+|a\s+)?(?:forsinket|forsinkede|for\s+sen|late|delayed)\s+\w+|"
                   r"forsinkelse[rn]?\b|lack\s+of|missing|failure\s+to|delays?\s+in)\b", re.I)
# ... and the lack inside the subject: 'En saltbil uden GPS-enhed medfører, at ...', 'Et barn uden samtykke
# betyder, at ...', 'A request without an EAN number leads to ...' (a result verb after it, in its clause),
# or what a thing without it cannot be or only may: 'Scener uden lys kan ikke bookes', 'Rooms without X cannot
# be used', 'Busser uden lift kan kun køre til skoler'
_LACK_INSIDE = re.compile(r"\b(?:uden|without|manglende|lack\s+of)\s[^,.;:]{1,60}?\b(?:medfører|medførte|"
                          r"betyder|fører\s+til|resulterer\s+i|means|leads\s+to|results\s+in|"
                          r"(?:kan|må|vil|can|may|will)\s+(?:[\w-]+\s+)?(?:ikke|not)|cannot|"
                          r"(?:kan|må|can|may)\s+(?:[\w-]+\s+)?(?:kun|only))\b", re.I)
_RESULT = re.compile(r"\b(?:medfører|betyder|fører|giver|afvises|kan|vil|risikerer|stopper|forsinker|"
                     r"resulterer|means?|leads?|causes?|will|cannot|can)\b", re.I)
# 'Bestillinger, der ikke er oprettet via portalen, kan ikke afregnes', 'Fejl, der ikke er rettet
# inden go-live, medfører, at ...', 'Målere, der ikke er registreret, kommer ikke med i planen'
_WHICH_NOT = re.compile(r"\b(?:der|som|that|which)\s+(?:[\w-]+\s+){0,2}?(?:ikke|not)\b[^.;]{0,120}?,\s*"
                        r"(?:kan|vil|skal|medfører|betyder|bliver|risikerer|må|afvises|går|får|mister|kommer|indgår|can|will|"
                        r"must|are|is|gets?|gain|lose|loses|"
                        r"cannot|[a-zæøå]{3,}es|"
                        # a main verb in the present with a negation of its own: 'Skilte, der ikke er
                        # registreret, kommer ikke med i Tavlebasen', '..., står ikke på listen'
                        r"(?!(?:eller|efter|under|over|hver|der|her|enten|sammen|derefter|senere)\b)"
                        r"[a-zæøå]{2,}e?r\s+(?:[\w-]+\s+)?(?:ikke|ingen|not))\b", re.I)
# ... and without its commas: 'Et badested der ikke er registreret vises ikke på kortet'
_WHICH_NOT_BARE = re.compile(r"\b(?:der|som)\s+ikke\s+(?:er|bliver|blev)\s+[a-zæøå]{3,}(?:et|t)\s+"
                             r"[a-zæøå]{3,}es\s+ikke\b", re.I)
# '..., hvis integrationen ikke er på plads', 'Kommunen risikerer at miste ...', 'risiko for ...'
_TRAILING_IF = re.compile(r"(?:,|[^\W\d_])\s+(?:hvis|såfremt|if|unless|medmindre)\b[^.;]{0,120}?"
                          r"\b(?:ikke|not|mangler|missing|for sent|too late|overskrides|overskrider|"
                          r"overskredet|udebliver|udløber)\b", re.I)
# '..., når afgiften ikke er betalt 30 dage efter rykkeren': what is done to what was not done (a
# participle), not a state ('Opgaven er løst, når der ikke er flere fejl')
_TRAILING_WHEN = re.compile(r",\s+(?:når|when)\b[^.;,]{0,80}?\b(?:ikke|not)\s+"
                            r"(?:er|bliver|blev|har|is|has|are|was|were|been)\s+(?:\w+\s+)?"
                            r"[^\W\d_]{3,}(?:et|t|d|ed)\b", re.I)
# 'Ingen besøg, når vinden er over 15 m/s', 'No swimming if the flag is red': a rule that nothing is done,
# opened by its 'ingen', under a condition after it (what happens when the condition holds)
_NONE_WHEN = re.compile(r"[\s•*–-]*(?:ingen|intet|no)\s+(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*,?\s+"
                        r"(?:når|hvis|naar|when|if)\s+\w", re.I)
# 'Ved overskridelse af fristen opkræves et gebyr', 'Ved for sen tilmelding henvises kommunen til ...'
_AT_FAILURE = re.compile(r"\s*(?:ved|upon|on)\s+(?:overskridelse|for\s+sen\w*|exceeding|missing)\b", re.I)
_RISK = re.compile(r"\b(?:risikerer|risiko for|med den konsekvens|konsekvensen er|at risk of|"
                   r"(?:konsekvensen|følgen|the consequence) (?:af|ved|of) [^.;]{0,80}?\b(?:er|is)\b|"
                   r"risks?\s+\w+ing)\b", re.I)

# A precondition says what cannot happen without it: 'Aftalen skal underskrives, før integrationen kan
# sættes i produktion', 'X er en forudsætning for Y', 'must be signed before ... can', 'Hver konsulent skal
# skrive under, før vedkommende får adgang'
_NEEDED_BEFORE = (r"\b(?:før|inden|before)\s+(?:[\w-]+\s+){0,4}?(?:kan|må|kunne|får|can|may|gets?)\b|"
                  r"\bforudsætning(?:en)? for\b|\bprerequisite\b")
_BEFORE_CAN = re.compile(_NEEDED_BEFORE + "|"
                         # 'KY kan ikke sende breve uden/før aftalen er godkendt'
                         r"\b(?:kan|vil|må|can|will)\s+(?:[\w-]+\s+){0,4}?(?:ikke|not)\b[^.;]{0,100}?"
                         r"\b(?:uden|without|før|inden|before|until)\b", re.I)
# The part of a precondition that names no outcome: what is needed before another thing can be
_ONLY_NEEDED = re.compile(_NEEDED_BEFORE, re.I)

# A consequence that leans on the sentence before: 'Sker det ikke, vil ...', 'I modsat fald ...',
# 'Ellers ...', 'Uden den kan ...'
_LEANS = re.compile(r"\s*(?:(?:sker|gøres|gør|er|bliver|holdes|overholdes)\s+"
                    r"(?:det|dette|den|de|denne|I|vi)\b[^,.;]{0,40}?\bikke\b|ellers|i modsat fald|"
                    r"hvis (?:ikke|det ikke|dette ikke|ikke det)\b|før (?:det|dette) kan\b|"
                    r"uden (?:den|det|dette|denne|dem|disse)\b|otherwise|if not\b|failing that|"
                    r"if (?:this|that|it) (?:is|does) not)", re.I)


def is_consequence(text: str) -> bool:
    """'Hvis opgaven ikke gennemføres, kan KY ikke ...', 'Er aftalen ikke modtaget ..., flyttes
    kommunen ...', 'Manglende tiltrædelse medfører ...', '..., ellers afvises brevene': what happens
    when something is not done, missing or late; in any sentence of a passage (a list item that a
    flattened export ran on into the next paragraph holds more than one)."""
    return _cued(text) and any(_says_consequence(s) for s in sentences(text))


# A word every kind of consequence sentence has one of: most passages are passed over on it alone.
_ANY_CUE = re.compile(r"ikke|not\b|ingen|uden|without|ellers|modsat|otherwise|or else|sent\b|late\b|mangl|"
                      r"fejl|risik|risk|konsekvens|forudsætning|prerequisite|missing|lack|failure|fails?\b|"
                      r"forsink|delay|udebliver|overskrid|undlad|venter|mister|afvises|unless|medmindre|før|"
                      r"inden|before|until|indtil|overskre|udløb|svigt|først|only|\bkun\b|tilfælde|in case|"
                      r"in the event|expired|passed|\bsen\b|missed|exceed|længe|long as|"
                      r", eller\b|, or\b", re.I)
# The same, case-sensitive, for a text in lower case (the pattern's letters are): with re.I every passage
# of the index was searched letter by letter (~1 s of a 1,000-task build); this one skips ahead.
_ANY_CUE_LOWER = re.compile(_ANY_CUE.pattern)


def _cued(text: str) -> bool:
    """`_ANY_CUE.search(text)`. In Latin-1 text a letter matches a cue's letter, case ignored, only as its
    lower case (re.I also matches 'ſ', 'ı' and the Kelvin sign, all outside it): elsewhere re.I is used."""
    if text.isascii() or max(text) < "\u0100":
        return bool(_ANY_CUE_LOWER.search(text.lower()))
    return bool(_ANY_CUE.search(text))


def only_a_precondition(text: str) -> bool:
    """Whether a passage says what follows a failure only as what must be in place before another thing can
    be ('Aftalen skal være på plads, før korene kan bruge app'en'), not as an outcome ('Uden aftalen kan
    korene ikke logge på', 'Hvis aftalen ikke er på plads, vises borde ikke')."""
    said = [s for s in sentences(text) if _says_consequence(s)]
    return bool(said) and all((m := _ONLY_NEEDED.search(s)) and not _says_outcome(s.replace(m.group(0), " "))
                              for s in said)


def _says_consequence(text: str) -> bool:
    return _says_outcome(text) or bool(_BEFORE_CAN.search(text))


def _says_outcome(text: str) -> bool:
    if (_IF.match(text) and _NOT.search(text)) or _OTHERWISE.search(text) or _WHEN_NOT.match(text) or \
            _MUST_OR.search(text):
        return True
    if _FAILING_FIRST.match(text) or _ONLY_WHEN.match(text) or _ONLY_WHICH.match(text) or \
            _AFTER_DEADLINE.search(text) or \
            _AT_FAILURE.match(text) or _NONE_WHEN.match(text):
        return True
    verb_first = _VERB_FIRST.match(text)
    if verb_first and _FINITE.search(verb := verb_first.group("verb").casefold()) and verb not in _NOT_VERBS:
        return True
    if (_LACK.match(text) and _RESULT.search(text)) or _LACK_INSIDE.search(text):
        return True
    return bool(_WHICH_NOT.search(text) or _WHICH_NOT_BARE.search(text) or _TRAILING_IF.search(text)
                or _TRAILING_WHEN.search(text) or _RISK.search(text))


def leans_on_previous(text: str) -> bool:
    """Whether the sentence's condition is the sentence before it ('Sker det ikke, vil ...')."""
    return bool(_LEANS.match(text))


# Words of a sentence that tells what follows from something (not only a 'Hvis ... ikke' sentence).
_CONSEQUENCE_WORDS = re.compile(r"\b(hvis|uden|ellers|risik\w*|konsekvens\w*|medfører|betyder|for sent|"
                                r"ikke kan|kan \w+ ikke|kan ikke|mister|afvises|if|without|otherwise|risk\w*|"
                                r"cannot|lose)\b", re.IGNORECASE)


def consequence_like(text: str) -> bool:
    """Whether a sentence tells what follows from something: its words, or a consequence the parser
    reads ('Skilte, der ikke er registreret, kommer ikke med i Tavlebasen': those left out are not)."""
    return bool(_CONSEQUENCE_WORDS.search(text)) or is_consequence(text)
