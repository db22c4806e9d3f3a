"""Small pieces of Danish the signature and deadline readers (and the answer engine) share: clauses,
documents, roles."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text import one_line

# Where a sentence's coordinate clauses part: ', og', ', men', ', mens', ';' (a list's 'X og Y' is one clause)
_JOINED = r",\s*(?:og|men|mens|while|and|but)\s+"
COORDINATE_CLAUSES = re.compile(_JOINED + r"|;\s*", re.I)
# what opens a clause that prices on from the one before: 'derefter koster en plade 185 kr.' after 'De første
# 50 plader er med i prisen' (the price is of the plader beyond those)
THEN_PRICED = (r"(?:og\s+)?(?:derefter|herefter|dernæst|thereafter|after that|then)\s+"
               r"(?:koster|kostede|betales|costs?)\b")
# a semicolon that parts two clauses, not before one that prices on from the clause before it
PARTING_SEMICOLON = r";(?!\s*" + THEN_PRICED + r")\s*"
# coordinate clauses, a clause that prices on kept with the one before ('De første 50 plader er med i
# prisen; derefter koster en plade 185 kr.' prices the plader beyond the first 50)
PRICED_ON_CLAUSES = re.compile(_JOINED + "|" + PARTING_SEMICOLON, re.I)

# What one signs, approves or sends back, by the last part of the (compound) word: 'bestillingsformular',
# 'serviceaftale', 'tjekliste', 'testgodkendelse', 'vilkår'. A class of words, not a list of names.
DOC_HEADS = ("aftale", "formular", "blanket", "kontrakt", "fuldmagt", "erklæring", "dokument", "skema",
             "ansøgning", "tillæg", "protokol", "samtykke", "attest", "accept", "bilag", "vilkår",
             "betingelse", "liste", "godkendelse", "bekræftelse", "bestilling", "anmodning", "ordre",
             "rekvisition", "kvittering", "rapport", "plan", "udkast", "tilbud", "papir", "dokumentation",
             "seddel", "instruks", "bemyndigelse", "indstilling", "mandat", "tilsagn", "referat", "notat",
             "brev", "vurdering", "opgørelse", "redegørelse", "oversigt")
# Words that name a kind of paper rather than one: 'blanketten' in one step and 'bestillingsblanket'
# in another are the same paper; 'begge aftaler' are all the task's agreements.
# Heads that name a document only inside a compound: 'testgodkendelsen', 'tjeklisten', 'testplanen'
# are papers; 'Godkendelsen skal ske', 'listen', 'planen' are not.
COMPOUND_ONLY = {"godkendelse", "liste", "plan", "rapport", "bekræftelse", "bestilling", "ordre", "tilbud",
                 "indstilling", "brev", "notat", "referat",
                 "udkast", "accept", "papir", "vurdering",  # 'risikovurderingen', not 'en vurdering'
                 "opgørelse", "redegørelse",  # statements a revisor or a chief attests
                 "oversigt"}  # 'stangoversigten' is a paper, 'en oversigt' any overview
GENERIC_DOCS = {"blanket", "formular", "dokument", "skema", "aftale", "anmodning", "papir", "dokumentation"}
_ENDINGS = ("", "en", "n", "et", "t", "er", "r", "erne", "rne", "ne", "ene", "e", "s", "ens", "ets", "ernes")

# Words that end a name: 'af økonomichefen og sendes ...', 'til KOMBIT senest 14 dage ...'.
STOP_WORDS = {
    "i", "på", "via", "inden", "indenfor", "senest", "før", "efter", "så", "når", "hvis", "med", "som", "der",
    "da", "fordi", "mens", "hvorefter", "digitalt", "elektronisk", "typisk", "snarest", "straks", "senere",
    "samt", "til", "fra", "ved", "hos", "og", "eller", "men", "for", "at", "om", "under", "over", "hurtigst",
    "gerne", "allerede", "først", "derefter", "herefter", "igen", "retur", "tilbage", "også", "videre",
    "skal", "kan", "vil", "må", "bør", "er", "bliver", "har", "pr", "per", "gennem",
}
# The parties of a KLIK task as they spell themselves: 'Kombit' and 'kombit' are KOMBIT.
PARTIES = {name.casefold(): name for name in (
    "KOMBIT", "KMD", "KL", "KLIK", "Netcompany", "Digitaliseringsstyrelsen", "Penneo", "NemLog-in",
    "Serviceplatformen")}
ARTICLES = {"den", "det", "de", "en", "et", "jeres", "din", "dit", "vores", "deres", "sin", "sit", "sine"}
QUANTIFIERS = {"forskellige", "flere", "begge", "alle", "nogle", "hver", "enhver"}
# pronouns that point back to a thing named before them ('Den underskrives af X', 'Fristen for dette er ...')
POINTING_BACK = {"den", "det", "de", "dem", "disse", "denne", "dette"}
US = {"kommunen", "kommunens", "jer", "jeres", "os", "vi", "i", "du", "man", "kommunerne"}
# 'godkendes i økonomiudvalget', 'godkendes i byrådet', 'i teknik- og miljøudvalget': a body that decides in
# its meeting (read by the parser and by the answers' gate, which must not load the parser)
# ('i Teknisk Udvalg', 'i Økonomisk Udvalg': a committee's own name, without the article)
_DECIDING = r"(?:udvalget|byrådet|bestyrelsen|direktionen|styregruppen|ledelsen)"
IN_BODY = re.compile(r"\s+i\s+(?=(?:\S+-\s+og\s+)?\S*"
                     + _DECIDING + r"\b"
                     r"|[\w-]+isk\s+udvalg\b|[\w-]+\s+(?-i:U)dvalg\b)",
                     re.I)
# a party that is a body deciding in its meeting ('naturudvalget', 'byrådet', 'Teknisk Udvalg'), not a
# management ('projektledelsen', 'skoleledelsen': its officers approve, no meeting adopts)
DECIDING_BODY = re.compile(r"(?:\S*(?:udvalget|byrådet|bestyrelsen|direktionen|styregruppen)"
                           r"|[\w-]+isk\s+udvalg|[\w-]+\s+(?-i:U)dvalg)\s*$", re.I)
NEGATION = re.compile(r"\b(?:ikke|ingen|intet|aldrig)\b", re.I)
WORD = re.compile(r"[\w@][\w@/'’.-]*[\w]|[\w@]", re.UNICODE)
# The definite neuter nouns for a body that decides ('byrådet', 'økonomiudvalget', 'sekretariatet'): they
# end in '-et' as a past participle does ('og sendt', 'og underskrevet'), but name who acts.
_BODY = r"(?:rådet|udvalget|præsidiet|sekretariatet|direktoratet|forummet|panelet|teamet|kontoret|centret)"
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s|\b(?:mens|men|hvorefter|fordi|så\s+at"
                           # 'og sendes' starts a clause, 'sundheds- og ældreområdet' does not
                           # ('og sendt' too; but 'og byrådet', 'og udvalget' name a body, no verb)
                           r"|(?<!-\s)og\s+(?!(?-i:[a-zæøå]*" + _BODY + r")\b)"
                           # ('og it-chefen' names someone: 'it' is a compound's first part, no verb)
                           r"(?=(?-i:[a-zæøå]+(?:e[rs]|t))\b(?!-)))\b", re.I)


@lru_cache(maxsize=16384)  # the same words recur in every task
def document_lemma(word: str, *, loose: bool = False) -> str | None:
    """'blanketten' -> 'blanket', 'serviceaftalerne' -> 'serviceaftale', 'vilkårene' -> 'vilkår';
    None for a word that is not a document ('aftaleadministrator', 'underskriftsberettigede').
    `loose` also takes the heads that are documents only in a compound ('Bestillingen signeres')."""
    low = word.casefold().strip(".'’")
    if "@" in low or len(low) < 4:
        return None
    low = re.sub(r"sedl(?=en|er|erne|ens|ernes|$)", "seddel", low)  # 'sedlen' is a form of 'seddel'
    for head in DOC_HEADS:
        idx = low.rfind(head)
        if idx < 0:
            continue
        rest = low[idx + len(head):]
        if head in COMPOUND_ONLY and idx < 3 and not loose:
            continue
        if rest.startswith(head[-1]) and head[-1] not in "aeiouyæøå":
            rest = rest[1:]  # doubled consonant: 'blanketten'
        if head.endswith("e") and rest.startswith("r") and rest[1:] in _ENDINGS:
            return low[: idx + len(head)]  # 'aftaler', 'aftalerne'
        if rest in _ENDINGS:
            return low[: idx + len(head)]
    return None


def is_plural(word: str) -> bool:
    """'aftalerne', 'bilagene', 'dokumenter': several documents are meant."""
    low = word.casefold()
    lemma = document_lemma(low) or low
    return low != lemma and low[len(lemma):] in {"er", "r", "erne", "rne", "ene", "ne"} and \
        not (lemma.endswith("e") and low[len(lemma):] in {"ne"})


def clause_start(text: str, end: int) -> int:
    """Where the clause that holds position `end` starts."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, end)]
    return starts[-1] if starts else 0


def clause_end(text: str, start: int) -> int:
    m = _CLAUSE_BREAK.search(text, start)
    return m.start() if m else len(text)


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def name_after(text: str, *, both: bool = False, most: int = 6) -> str | None:
    """The name that starts `text`: 'kommunens NemLog-in administrator i NemLog-in' ->
    'kommunens NemLog-in administrator'; 'social- og sundhedsdirektøren, ...' keeps the
    suspended compound; with `both`, 'borgmesteren og direktøren' stays whole."""
    tokens = re.findall(r"[\w@][\w@/'’.-]*|[,;:.()–—]", text)
    out: list[str] = []
    i, both = _after_articles(tokens, both=both)
    begun = 0  # where the name being read starts: each of several signers gets `most` words
    while i < len(tokens) and len(out) - begun < most:
        tok = tokens[i]
        low = tok.casefold().rstrip(".")
        if tok == "," and out and _listed_at(tokens, i + 1):
            out[-1] += ","  # 'af skolelederen, forældrerepræsentanten og lejrskolelederen': a list of names
            i += 1
            both = True
            continue
        kept = _kept_at(tokens, i, out)
        if kept is None:
            break
        if kept:
            i += kept
            continue
        if not both and low in {"og", "eller", "samt"} and out and i + 1 < len(tokens) and \
                _cosigner_at(tokens, i + 1):
            both = True  # 'af borgmesteren og kommunaldirektøren', not 'af økonomichefen og sendes'
        if both and low in {"og", "eller", "samt"} and out and i + 1 < len(tokens):
            out.append(tok)
            begun = len(out)
            both = False
            i = _next_signer(tokens, i + 1, out)
            continue
        if low in STOP_WORDS and out:
            break
        if low in STOP_WORDS or (low in ARTICLES and out):
            break
        if out and low.isdigit() and i + 1 < len(tokens) and _SPAN_UNIT.match(tokens[i + 1]):
            break  # 'hos KOMBIT 2 måneder efter ...': a span of time follows the name
        out.append(tok.rstrip("."))
        i += 1
    return _name_of(out)


def _after_articles(tokens: list[str], *, both: bool) -> tuple[int, bool]:
    """Where the name starts past its articles, and whether 'både' or 'enten' announced two names."""
    i = 0
    while i < len(tokens) and tokens[i].casefold() in ARTICLES | {"både", "enten"}:
        both = both or tokens[i].casefold() in {"både", "enten"}
        i += 1
    return i, both


def _kept_at(tokens: list[str], i: int, out: list[str]) -> int | None:
    """How many tokens from the i-th the name keeps (added to `out`): an area's list, a suspended
    compound, 'hos', 'i', 'med' or 'for' and what follows; 0 when none; None where the name ends."""
    tok = tokens[i]
    low = tok.casefold().rstrip(".")
    if tok == "," and len(out) >= 2 and out[-2].casefold() == "for" and \
            (took := _areas_listed(tokens, i + 1)):
        for t in tokens[i:i + 1 + took]:  # 'direktøren for Børn, Unge og Familie': one area's name
            if t == ",":
                out[-1] += ","
            else:
                out.append(t.rstrip("."))
        return 1 + took
    if tok in _PUNCTUATION:
        return None
    if out and out[-1].endswith("-") and low in {"og", "eller"} and i + 1 < len(tokens):
        out += [tok, tokens[i + 1].rstrip(".")]  # 'social- og sundhedsdirektøren'
        return 2
    if low == "hos" and out and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
        out += [tok, tokens[i + 1].rstrip(".")]  # 'projektlederen hos KOMBIT'
        return 2
    if low == "i" and out and (took := _unit_after(out[-1], tokens, i + 1)):
        out += [tok, *(t.rstrip(".") for t in tokens[i + 1:i + 1 + took])]  # 'chefen i Jobcentret'
        return 1 + took
    if low == "med" and out and out[-1].casefold() in _ANYONE and i + 1 < len(tokens) and \
            tokens[i + 1].casefold() not in STOP_WORDS and tokens[i + 1] not in ",;:.()":
        out.append(tok)  # 'en person med rettigheden Administrator': who is said by what they have
        return 1
    if low == "for" and out and i + 1 < len(tokens) and tokens[i + 1] not in ",;:.()":
        nxt = tokens[i + 1].casefold()
        if nxt not in STOP_WORDS and nxt not in {"det", "den", "de"}:
            out += [tok, tokens[i + 1].rstrip(".")]  # 'systemansvarlig for bogføringssystemet'
            return 2
        return None
    if low == "og" and len(out) >= 2 and out[-2].casefold() == "for" and _area_after(tokens, i + 1):
        out += [tok, tokens[i + 1].rstrip(".")]  # 'direktøren for børn og unge': one area, one role
        return 2
    return 0


def _next_signer(tokens: list[str], i: int, out: list[str]) -> int:
    """Where the next signer's name starts after 'og': past 'af' and the articles, 'en anden' kept."""
    if i + 1 < len(tokens) and tokens[i].casefold() == "af":
        i += 1  # 'både af kommunaldirektøren og af økonomichefen'
    while i < len(tokens) and tokens[i].casefold() in ARTICLES:
        if i + 1 < len(tokens) and tokens[i + 1].casefold() in _OTHER:
            out += [tokens[i], tokens[i + 1]]  # 'it-chefen eller en anden ... leder'
            i += 1
        i += 1
    return i


def _name_of(out: list[str]) -> str | None:
    """The name read, or None for none or for a quantity of people ('af forskellige personer')."""
    if not out or out[-1].casefold() in {"og", "eller"}:
        return None
    name = one_line(" ".join(out))
    if out[0].casefold() in QUANTIFIERS or any(w.casefold() in {"forskellige", "flere"} for w in out):
        return None  # 'af forskellige personer' names nobody; 'af to tegningsberettigede' does
    return name


_OTHER = {"anden", "andet", "andre"}
_DEFINITE = ("en", "ne", "n", "e", "et")


def is_person(word: str) -> bool:
    """'afdelingschefen', 'lederen', 'direktøren': a role in the definite form (one person)."""
    low = word.casefold()
    return any(low.endswith(end) and low[:-len(end)].endswith(ROLE_ENDINGS) for end in _DEFINITE)


def _unit_after(person: str, tokens: list[str], i: int) -> int:
    """How many tokens from tokens[i] name the unit a person works in ('afdelingschefen i Jobcentret',
    'lederen i Pensionsteamet', 'direktøren i Teknik og Miljø', 'chefen i Center for X'): a word for a
    unit of an organisation, or a department named by two areas; 0 for anything else ('administratoren i
    NemLog-in' names a system, 'projektlederen i KOMBIT' the party, which is read apart)."""
    if not is_person(person) or i >= len(tokens) or tokens[i] in _PUNCTUATION:
        return 0
    word = tokens[i].rstrip(".")
    low = word.casefold()
    if low in STOP_WORDS | ARTICLES | US or low.startswith("kommune"):
        return 0
    # 'Teknik og Miljø', 'Børn og Unge', 'HR og Personale': a department named by its areas (an area may be
    # an abbreviation; a party is no area: 'konsulenten i KMD og Netcompany')
    area = word[:1].isupper() and (word[1:].islower() or (word.isupper() and len(word) <= 4))
    if area and i + 2 < len(tokens) and tokens[i + 1] == "og" and tokens[i + 2][:1].isupper() \
            and not word.endswith(".") and tokens[i + 2].rstrip(".")[1:].islower() \
            and low not in PARTIES and tokens[i + 2].rstrip(".").casefold() not in PARTIES:
        return 3
    if _UNIT.search(low) and (word[:1].isupper() or low.endswith(("en", "et"))):
        return 1
    if word[:1].isupper() and word[1:].islower() and low.endswith(("en", "et")) and low not in PARTIES and \
            i + 1 < len(tokens) and tokens[i + 1].rstrip(".") in _DISTRICTS:
        # 'lederen i Hjemmeplejen Nord': a unit called by its own name and its district ('i Administrations-
        # modulet' alone names a system, and stays out)
        return 2
    if word.endswith("-") and i + 2 < len(tokens) and tokens[i + 1] in {"og", "eller"} and \
            _UNIT.search(tokens[i + 2].rstrip(".").casefold()):
        return 3  # 'Løn- og personaleafdelingen'
    return 0


_DISTRICTS = {"Nord", "Syd", "Øst", "Vest", "Midt", "Centrum"}
# The words for a unit of an organisation, as the last part of its name ('Ydelsescentret', 'Pensionsteamet',
# 'Økonomiafdelingen', 'jobcentret', 'Center for ...', 'Borgerservice')
_UNIT = re.compile(r"(?:afdeling|center|centret|centeret|team|kontor|forvaltning|sekretariat|enhed|service"
                   r"|område|styrelse)(?:en|et|n|t|r|rne|erne)?$")
_SPAN_UNIT = re.compile(r"(?:arbejds|hver|kalender|bank)?dag|døgn|uge|måned|år\b", re.I)
# Words for just anyone: such a name is said by what follows ('en medarbejder med adgang til X')
_ANYONE = {"person", "personer", "personen", "medarbejder", "medarbejdere", "medarbejderen", "bruger",
           "brugere", "brugeren"}
# The endings of a role in its indefinite form ('borgmester og kommunaldirektør'): a noun, not a verb.
ROLE_ENDINGS = ("ør", "chef", "leder", "ejer", "mester", "rådgiver", "administrator", "ansvarlig",
                 "ansvarlige",
                 "direktion", "berettigede", "sekretær", "konsulent", "koordinator", "formand",
                 "manager")  # English in Danish: 'leverandørens account manager'


def _area_after(tokens: list[str], i: int) -> bool:
    """The second half of a role's area ('for børn og unge', 'for Sundhed og Omsorg'): a word that is no
    second name, small word or verb ('og sendes', 'og returnerer den'), and ends the name."""
    if i >= len(tokens) or tokens[i] in _PUNCTUATION or _cosigner_at(tokens, i):
        return False
    word = tokens[i].rstrip(".").casefold()
    if word in STOP_WORDS or word.endswith(("es", "ede")):
        return False
    last = tokens[i].endswith(".") or i + 1 >= len(tokens) or tokens[i + 1] in _PUNCTUATION
    # ('og Ydelser i Jobcentret': a capitalised word mid-sentence is a name, no verb in -er)
    return last or ((not word.endswith("er") or tokens[i][:1].isupper())
                    and tokens[i + 1].casefold() in STOP_WORDS)


_PUNCTUATION = frozenset(",;:.()–—")


def _cosigner_at(tokens: list[str], i: int) -> bool:
    """A second name starts at tokens[i]: 'kommunaldirektøren', or 'en anden underskriftsberettiget
    leder' (an article, 'anden' and adjectives before the role), 'af foreningens formand' (the agent's
    'af' said again, a whose before the role)."""
    if tokens[i].casefold() == "af" and i + 1 < len(tokens):
        return _cosigner_at(tokens, i + 1)
    if _whose_role(tokens, i):
        return True
    if tokens[i].casefold() in ARTICLES and i + 1 < len(tokens) and tokens[i + 1].casefold() in _OTHER:
        rest = [t for t in tokens[i + 2:i + 5] if t not in _PUNCTUATION]
        return any(_cosigner(t) for t in rest[:3])
    if tokens[i].casefold() in US and i + 1 < len(tokens):  # 'og kommunens it-chef': whose, then the role
        return tokens[i + 1].casefold().rstrip(".").endswith(ROLE_ENDINGS) or is_person(tokens[i + 1])
    return _cosigner(tokens[i])


def _whose_role(tokens: list[str], i: int) -> bool:
    """'foreningens formand', 'leverandørens projektleder': a whose (a genitive), then a role word."""
    low = tokens[i].casefold()
    return len(low) > 4 and low.endswith(("ens", "ets", "ernes", "enes")) and i + 1 < len(tokens) and \
        tokens[i + 1].casefold().rstrip(".").endswith(ROLE_ENDINGS)


def _areas_listed(tokens: list[str], i: int) -> int:
    """How many tokens name the rest of an area after 'for Børn,': capitalised words up to the one after
    'og' ('Unge og Familie', 'Unge, Fritid og Kultur'); 0 when they do not."""
    j = i
    while j + 1 < len(tokens) and tokens[j][:1].isupper() and tokens[j + 1] == ",":
        j += 2
    if j + 2 < len(tokens) and tokens[j][:1].isupper() and tokens[j + 1] == "og" and \
            tokens[j + 2][:1].isupper():
        return j + 3 - i
    return 0


def _listed_at(tokens: list[str], i: int) -> bool:
    """The names after a comma go on to a last one after 'og' or 'eller' ('X, Y og Z', 'X, Y, Z og W'):
    each one word that names someone, so 'af direktøren, hvorefter ...' or 'af X, og den sendes ...' is no
    list."""
    while i + 1 < len(tokens) and _cosigner(tokens[i]):
        if tokens[i + 1] == ",":
            i += 2
            continue
        return tokens[i + 1].casefold() in {"og", "eller", "samt"} and i + 2 < len(tokens) and \
            _cosigner_at(tokens, i + 2)
    return False


# 'direktøren for Børn, Unge og Familie': a role whose area's name has a comma, which is no clause break
AREA_LIST = re.compile(r"\b(?:for|i)\s+(?:[A-ZÆØÅ][\w-]*,\s*)+[A-ZÆØÅ][\w-]*\s+og\s+[A-ZÆØÅ]")
# the role before it: 'chefen for IT, Data og Drift'
ROLE_IN_AREA = re.compile(r"[\w-]+\s+" + AREA_LIST.pattern.removeprefix(r"\b"))


def starts_with_names(text: str) -> bool:
    """`text` opens with a list of names joined by commas ('skolelederen, forældrerepræsentanten og
    lejrskolelederen'), which a clause break at its first comma would cut."""
    tokens = re.findall(r"[\w@][\w@/'’.-]*|[,;:.()–—]", text[:200])
    return len(tokens) > 3 and tokens[1] == "," and _cosigner(tokens[0]) and _listed_at(tokens, 2)


_COPIES = ("original", "kopi", "eksemplar")


def _cosigner(word: str) -> bool:
    """A second name after 'og': a noun in the definite form ('kommunaldirektøren') or a proper
    name ('KOMBIT'), not a verb ('sendes', 'returnerer') or a small word ('derefter', 'den')."""
    word = word.rstrip(".")  # the last word of a sentence: 'af borgmesteren og kommunaldirektøren.'
    low = word.casefold()
    if low in STOP_WORDS or low in ARTICLES or document_lemma(low) or low.startswith(_COPIES):
        return False  # 'til KL og originalen til KOMBIT': a copy of the paper names nobody
    if low.endswith(ROLE_ENDINGS) and len(low) > 4:
        return True
    return (word[0].isupper() and not low.endswith(("es", "er"))) or \
        (low.endswith(("en", "et", "ne")) and len(low) > 4 and not low.endswith(("es", "ede")))


def lower_first(text: str) -> str:
    """'Forvaltningsansvarlig' -> 'forvaltningsansvarlig' and 'E-læringen' -> 'e-læringen' (one letter
    before a hyphen is a word's first letter), but 'KOMBIT' and 'ERP-leverandør' stay."""
    if len(text) > 1 and text[0].isupper() and (text[1].islower() or text[1:3] == "-" + text[2:3].lower()
                                                 and text[2:3].isalpha()):
        return text[0].lower() + text[1:]
    return text


# Verbs of handing a paper on, shared by the signature reader and the answer engine's what-if intent.
# 'Lever planen til leverandøren', 'indleveres hos KOMBIT', 'Leverandøren leverer aftalen' ('lever op til'
# is to meet a demand)
DELIVER = r"indlever\w*|lever(?:e|er|es|et)?(?!\s+op\b)"
# a verb of sending, not a paper whose name starts with one ('Udfyld indberetningsskemaet')
SEND = re.compile(r"\b(?![\w-]*?(?:" + "|".join(DOC_HEADS) + r")(?:er|en|et|erne|ne|e|r|n|t)?\b)"
                   r"(?:(?<=skal\s)(?:retur|tilbage)|return[eé]r\w*|(?:retur|tilbage)send\w*|vedhæft\w*"
                   # 'Herefter skal den tilbage til KOMBIT': the paper goes back, with no verb of sending
                   r"|(?<=skal\sden\s)(?:retur|tilbage)|(?<=skal\sdet\s)(?:retur|tilbage)"
                   r"|indsend\w*|aflever\w*|indberet\w*|overdrag(?:e|er|es|et)?|" + DELIVER +
                   r"|(?<!videre)send(?:e|er|es|t)?|fremsend\w*|oversend\w*"
                   r"|udsend\w*|upload\w*|mail(?:e|er|es|et|ede)?|gives"
                   # 'videregives til', 'postes til', 'tilsendes Netcompany' (the party right after it)
                   r"|videregiv\w*|videregive|postes|tilsend(?:e|er|es|t)?"
                   # 'Derefter skal aftalen tilbage til KL': back to a party named, with no verb of sending
                   # ('Aftalen skal herefter videre til Digitaliseringsstyrelsen': on to a party named)
                   r"|(?:retur|tilbage|videre)(?=\s+til\s+(?-i:[A-ZÆØÅ])))\b", re.I)
# A verb whose 'not done' leaves the thing missing: sending or delivering it (SEND), or making it ('hvis
# kloakmesteren ikke afleverer / udarbejder / udfylder rapporten'), not judging one that is there ('ikke
# godkender rapporten')
SUPPLY = re.compile(r"(?:" + SEND.pattern + r")|\b(?:udarbejd\w*|udfyld\w*|skriv(?:e|er|es)?|skrevet"
                    r"|lav(?:e|er|es|et)?|udform\w*|indhent\w*)\b", re.I)
