"""What each sentence of a task says about signing, as Mention records."""

from __future__ import annotations

import re

from knowledge.approvals import as_passive, signing_idioms, without_relative
from knowledge.extract import sentences, texts
from knowledge.language import GENERIC_DOCS, NEGATION, SEND, US, clause_start, is_plural, name_after
from knowledge.models import Task
from knowledge.quickcheck import may_find
from knowledge.signatures.common import _IF, Mention, _lemma, _things_key
from knowledge.signatures.cues import (
    _AFTER_SIGNING,
    _CUE,
    _CUE_HINT,
    _CUE_STEMS,
    _ESIGN,
    _GET_SIGNED,
    _GIVEN_CUE,
    _MADE_FOR,
    _SENT_AS,
    GIVEN,
    _cue_act,
)
from knowledge.signatures.documents import (
    _HOW_SIGNED,
    _cue_document,
    _first_document,
    _joined_documents,
    _last_document,
    _sent_papers,
    _without_asides,
)
from knowledge.signatures.parties import _is_us
from knowledge.signatures.recipient import _recipient
from knowledge.signatures.signers import (
    _DONE_BY,
    _TAKES_CARE,
    _bracket_role,
    _done_it_by,
    _maker,
    _signer,
    uncleft,
)
from knowledge.signatures.steps import (
    _AT_MEETING,
    _CONDITION,
    _HAND_ON,
    _TAKE_IN,
    CHECKS_STATE,
    _act,
    _condition_clause,
    _moved_document,
    _received_first,
    _sends_on,
    _step_heading,
)

# 'Tidligere skulle blanketten underskrives, men det er ikke længere nødvendigt': no demand now
_NO_LONGER = re.compile(r"\bikke\s+(?:længere|mere)\b|^tidligere\b|\bbortfald\w*|\budgår\b", re.I)
# 'Brugeren tiltræder vilkårene første gang, hun logger på': what a system's users do, not a paper to sign
_EVERY_TIME = re.compile(r"\b(?:første\s+gang|hver\s+gang|automatisk|løbende|fremover)\b", re.I)
# 'direktørens signatur', 'kræver en signatur': someone's signature demanded, not a system's signing
_SOMEONES = re.compile(r"(?:\b[\w-]+?(?:en|et|ne|ren)(?:'s|’s|s)|\b(?:den|det)\s+[\w-]+e\s+[\w-]+(?:'s|’s|s)"
                       r"|\bkræve[rs]?(?:\s+en)?)\s+" + _HOW_SIGNED + "$", re.I)
_SPAN_BEFORE = re.compile(r"\b\w+\s+(?:arbejds|hver|kalender|bank)?(?:dag|døgn|uge|måned)\w*\s+"
                          r"(?:efter|før|fra|inden)\s+(?:den\s+|sin\s+)?$", re.I)
# 'Find den rette underskriver', 'Udpeg en godkender': after an indefinite article, or a definite one with an
# adjective, 'underskriver'/'godkender' is the noun for the one who signs, not the verb (a bare 'den' may be
# a pronoun subject: 'Udvalget mødes, hvor den godkender planen')
_AGENT_NOUN = re.compile(r"underskriver|godkender", re.I)
# ... with no object after it ('Den ansvarlige godkender planen' is a verb: who approves the plan)
_NO_OBJECT = re.compile(r"\s*(?:$|[.,;:!?)]|(?:i|hos|for|på|til|fra|med|og|eller|som|der)\b)", re.I)
_CLAUSE_GOES_ON = re.compile(r"\w[\w)]*\s*$")  # a word right before, not a clause's start or a comma
_DETERMINED = re.compile(r"(?:\ben|\b(?:den|det|denne|hver)\s+[a-zæøå]+e)\s+$", re.I)


def mentions(task: Task) -> list[Mention]:
    found: list[Mention] = []
    order = 0
    last: tuple[str, bool] | None = None  # the document the text spoke of last: what 'den' means
    pair: tuple[str, ...] = ()  # the papers the text spoke of last together: what 'begge' means
    for step, text in texts(task):
        unsigned: list[Mention] = []  # the signings the sentence just read left without a signer
        if step is None:
            last = None  # method steps run on: 'Hent bilag 3', 'Underskriv det'; other texts start afresh
            pair = ()
        said = sentences(text)
        for at, sentence in enumerate(said):
            order += 1
            if ":" in sentence and _FOLLOWING.search(sentence):
                sentence = _following_named(sentence, said[at + 1:])
            if step is not None and (heading := _step_heading(sentence)):
                # 'Tilslutningsaftale: send aftalen til KOMBIT': the paper the step is about, then the step
                last, sentence = (heading[0], False), sentence[heading[1]:]
            if unsigned and (who := _done_it_by(sentence)):
                for m in unsigned:
                    m.signer = who  # 'Ansøgningen skal underskrives. Det gøres af økonomichefen.'
                continue
            who = _bracket_role(sentence) if "(" in sentence or ":" in sentence else None
            sentence = _without_asides(sentence, _things_key()) if "(" in sentence else sentence
            # 'Godkendelsen af X foretages af Y' and 'X, der ..., godkendes af Y': 'X godkendes af Y'
            sentence = as_passive(without_relative(sentence))
            sentence = signing_idioms(sentence)  # 'X sætter sit navn under Y': 'X skriver under på Y'
            if (signing := _SIGNING_OF.match(sentence)) and _lemma(signing["thing"].split()[-1], loose=True):
                # 'Underskrift af aftalen foretages af direktøren': 'Aftalen underskrives af direktøren'
                by = signing["by"] or signing["at"]
                sentence = f"{signing['thing']} underskrives {by} {sentence[signing.end():]}"
            sentence = uncleft(sentence)  # 'Det er X, der underskriver den': 'X underskriver den'
            sentence = _both_named(sentence, pair) if pair else sentence
            here = sentence_mentions(sentence, step=step, order=order, last=last)
            for m in here if who else ():
                if m.signing and (m.signer is None or m.signer.casefold() in US):
                    m.signer = who  # 'Underskriv aftalen (pensionschefen)'
            found += here
            unsigned = [m for m in here if m.signing and (m.signer is None or m.signer.casefold() in US)]
            named = [m for m in here if m.document]
            last = (named[-1].document, named[-1].plural) if named else \
                _last_document(sentence, _things_key()) or last
            pair = _pair(sentence, named) if named or last else pair
            if named and (means := _MEANS.search(sentence)) and (paper := _lemma(means.group(1))):
                last = (paper, False)  # 'tiltræder rammeaftalen med en tiltrædelseserklæring. Den ...'
    return found


# 'Følgende skal underskrives af X:', 'Nedenstående dokumenter underskrives af X: A og B': the papers a list
# (or the words after the colon) names
_FOLLOWING = re.compile(r"\b(?:følgende|nedenstående)\b(?:\s+(?P<noun>[\w-]+))?", re.I)
_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+")


def _following_named(sentence: str, rest: list[str]) -> str:
    """'Følgende skal underskrives af X:' then list items '- Tilslutningsaftalen', '- Bilag 2': the sentence
    with the papers named where it points forward ('Tilslutningsaftalen, Bilag 2 skal underskrives af X');
    unchanged when what follows names no paper."""
    head, colon, after = sentence.rpartition(":")
    pointer = _FOLLOWING.search(head)
    if pointer is None:
        return sentence
    if after.strip():  # 'Følgende underskrives af X: aftalen og bilaget.'
        items = [after.strip(" .")]
    else:
        items = []
        for item in rest:
            if not (m := _ITEM.match(item)):
                break
            items.append(item[m.end():].strip(" .;"))
    names = [name for item in items for name in [_paper_named(item)] if name]
    if not names:
        return sentence
    # ('følgende dokumenter' stands for the papers; 'følgende' before another noun is no pointer to them)
    end = pointer.end() if pointer["noun"] and _lemma(pointer["noun"], loose=True) else \
        pointer.start() + len("følgende" if pointer.group(0).casefold().startswith("f") else "nedenstående")
    listed = " og ".join(names)  # (a comma would end the clause the verb reads its subject in)
    return f"{head[:pointer.start()]}{listed}{head[end:]}."


def _paper_named(item: str) -> str | None:
    """'Databehandleraftalen (bilag 2)' -> 'Databehandleraftalen', 'rensningsaftalen og fuldmagten' as is: the
    item's words up to a bracket or a dash, when they start with a paper."""
    text = re.split(r"\s*[(–]|\s+-\s+|:", item, maxsplit=1)[0].strip()
    # (its first word, after an article: 'se også bilag 2' points at a paper, it names none to sign)
    first = re.sub(r"^(?:en|et|den|det|de|the|a|an)\s+", "", text, flags=re.I)
    return text if first and _first_document(first.split()[0], last=None, subject=False) else None


def _pair(sentence: str, named: list[Mention]) -> tuple[str, ...]:
    """The papers a sentence names together ('en tilslutningsaftale og en databehandleraftale'), which a
    'begge' or 'de' after it stands for; none when it names one paper."""
    papers = tuple(dict.fromkeys(m.document for m in named))
    if len(papers) < 2 and (first := _last_document(sentence, _things_key())):
        papers = (first[0], *_joined_documents(sentence, first[0]))
    if len(specific := tuple(p for p in papers if p not in GENERIC_DOCS)) >= 2:
        papers = specific  # 'De to dokumenter ...: X ... Y': X and Y ('aftalen og bilaget' are two)
    return papers if len(papers) >= 2 else ()


# 'Begge underskrives af X', 'Begge dele returneres', 'underskriver begge aftaler', 'De sendes derefter til
# KOMBIT' after a sentence that names two papers: each of them ('begge eksemplarer' are copies of one paper)
_BOTH_PAPERS = re.compile(r"(?:^|(?<=\s))(?:[Bb]egge(?:\s+(?P<what>dele|to|[\w-]+))?|(?:De|Disse)(?:\s+to)?"
                          r"(?=\s+(?:skal|må|bør|kan|vil|bliver|er|[a-zæøå]+es)\b))(?=[\s,.]|$)")


def _both_named(sentence: str, pair: tuple[str, ...]) -> str:
    """The sentence with the papers 'begge' stands for named: 'Begge underskrives af X' reads
    'tilslutningsaftale og databehandleraftale underskrives af X'."""
    m = _BOTH_PAPERS.search(sentence)
    if m is None or (m.start() > 0 and not m.group(0)[0].islower()):
        return sentence
    what, end = m["what"], m.end()
    if what and what.casefold() not in {"dele", "to"} and not (_lemma(what) and is_plural(what)):
        if m.start() > 0 or _lemma(what, loose=True):
            return sentence  # 'X og Y skal begge underskrive', 'begge eksemplarer': no pair of papers
        end = m.start("what") - 1  # 'Begge underskrives af X': 'begge' alone
    return sentence[:m.start()] + " og ".join(pair) + sentence[end:]


# 'Kommunen tiltræder aftalen med (ved, via) en underskrevet erklæring': the paper it is done with is
# what the next sentence speaks of ('Underskrivelsen varetages af X', 'Den sendes til KOMBIT')
_MEANS = re.compile(r"\b(?:med|ved|via)\s+(?:en|et|sin|sit|den|det)\s+(?:underskrevne?\s+|signerede?\s+)?"
                    r"([\w-]+)\s*[.;,]?\s*$", re.I)


_SIGNING_OF = re.compile(r"(?:den\s+)?(?:digital\s+|elektronisk\s+)?"
                         r"(?:underskrift|underskrivning|underskrivelse|signering)(?:en)?\s+af\s+(?P<thing>(?:(?:den|det|de)\s+)?[\w'’-]+(?:\s+\d{1,3})?)\s+"
                         r"(?:(?:skal\s+)?(?:foretages|ske|sker|udføres|varetages)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?P<by>af|hos|ved)|(?P<at>ved))\s+", re.I)


def sentence_mentions(sentence: str, *, step: int | None, order: int,
                      last: tuple[str, bool] | None) -> list[Mention]:
    """The documents one sentence signs, approves, receives or sends back."""
    out: list[Mention] = []
    unnamed: list[Mention] = []  # a signer whose document the sentence does not name
    if step is not None and (condition := _condition_clause(sentence)):
        # 'Når I har fået aftalegrundlaget, læg det til underskrift hos X': 'det' is the paper just named
        last = _first_document(condition, last=None, subject=False) or last
    hinted = may_find(sentence, _CUE_STEMS) and _CUE_HINT.search(sentence)
    cue_end = 0  # where the last signing word read ended
    for cue in _CUE.finditer(sentence) if hinted else ():
        if _skipped_cue(sentence, cue, step=step):
            continue
        doc = _cue_document(sentence, cue, last)
        if doc is None and out and re.fullmatch(r"\s*(?:og|samt|eller)\s*", sentence[cue_end:cue.start()]):
            doc = (out[-1].document, out[-1].plural)  # 'sendes til godkendelse og underskrift hos X'
        cue_end = cue.end()
        if doc and _GIVEN_CUE.fullmatch(cue.group(0)) and not re.search(rf"(?:{GIVEN})$", doc[0]):
            continue  # 'Giv leverandøren adgang', 'Adgangen er givet': only a power of attorney is given
        if doc is None:
            doc = _signer_only(sentence, cue, last, unnamed, order=order)
        if doc is None:
            continue
        if _said_again(sentence, cue, doc, out):
            continue
        _add_cue_mentions(sentence, cue, doc, out, step=step, order=order)
    if not out and not NEGATION.search(sentence):
        _add_moved_mentions(sentence, last, out, step=step, order=order)
    _add_travel(sentence, out, step=step)
    return out + unnamed


def _skipped_cue(sentence: str, cue: re.Match[str], *, step: int | None) -> bool:
    """Whether a cue reads no signing: negated, no longer so, a time counted from, or a system described."""
    if _negated(sentence, cue) or (cue.group(0)[:3].casefold() == "bek" and not _ESIGN.search(sentence)) \
            or _NO_LONGER.search(sentence) or (cue.group(0)[:3].casefold() in {"bek", "til"} and
                                               _EVERY_TIME.search(sentence)):
        return True
    if cue.lastgroup in {"active", "approve"} and _AGENT_NOUN.fullmatch(cue.group(0)) and \
            (det := _DETERMINED.search(sentence[:cue.start()])) and \
            _NO_OBJECT.match(sentence, cue.end()) and _CLAUSE_GOES_ON.search(sentence[:det.start()]):
        # 'Find den rette underskriver': a person to find, not a signing (the phrase opening its clause is
        # its subject: 'Den ansvarlige underskriver med MitID' signs)
        return True
    if cue.lastgroup == "noun" and _SPAN_BEFORE.search(sentence[:cue.start()]):
        return True  # 'senest 2 uger efter underskrift af kontrakten': the signing is when time counts from
    if step is None and cue.lastgroup == "noun" and cue.group(0)[:3].casefold() in {"god", "sig", "und"} \
            and not cue.group(0).casefold().startswith("underskrift") \
            and not _DONE_BY.match(sentence, cue.end()) and not (
                cue.group(0).casefold().startswith(("signatur", "godkendelse"))
                and _SOMEONES.search(sentence[:cue.start()])) \
            and not _AFTER_SIGNING.fullmatch(sentence[:cue.start()]):
        return True  # 'Godkendelse af ansøgningen sker i KP' describes the system; a step instructs; but
        # 'Aftalen kræver direktørens signatur' names whose signature the paper needs
    return False


def _signer_only(sentence: str, cue: re.Match[str], last: tuple[str, bool] | None, unnamed: list[Mention], *,
                 order: int) -> tuple[str, bool] | None:
    """The paper just named when a cue naming no paper says who signs it; else its signer is kept unnamed."""
    # 'Underskriften foretages af X', 'X står for underskriften': who signs, the paper said elsewhere
    doer = cue.lastgroup == "noun" and bool(_DONE_BY.match(sentence, cue.end())
                                            or _TAKES_CARE.search(sentence[:cue.start()]))
    who = _signer(sentence, cue) if cue.lastgroup in {"passive", "approved"} or doer else None
    if doer and who and last and who.casefold() not in US:
        return last  # 'KOMBIT sender aftalen. Underskriften foretages af X': the paper just named
    if who:
        unnamed.append(Mention(order=order, document="", plural=False, step=None, signing=False,
                               signer=who))
    return None


def _said_again(sentence: str, cue: re.Match[str], doc: tuple[str, bool], out: list[Mention]) -> bool:
    """Whether an earlier cue of the sentence read this paper: this cue then only completes its signer."""
    if (same := next((m for m in out if m.document == doc[0]), None)) and not same.signing and \
            _cue_act(cue.group(0)) and not _referred(sentence, cue, _signer(sentence, cue))[0]:
        out.remove(same)  # 'Aftalen er underskrevet af KOMBIT og skal nu underskrives af X': the demand
        same = None
    if same:
        if same.signer is None and same.signing:  # 'Underskrift - Fuldmagten underskrives af X'
            same.signer = _signer(sentence, cue)
        elif same.signing and same.spans and _cue_act(same.spans[0]) == "approve" and \
                _cue_act(cue.group(0)) == "sign" and (who := _signer(sentence, cue)) and \
                who.casefold() not in US:  # 'godkendes af direktionen og underskrives af X'
            same.signer, same.spans = who, [cue.group(0)]
        return True
    return False


def _add_cue_mentions(sentence: str, cue: re.Match[str], doc: tuple[str, bool], out: list[Mention], *,
                      step: int | None, order: int) -> None:
    """The mentions of the paper a cue signs (and of each paper joined to it), signing or only referred to."""
    signer = _signer(sentence, cue)
    reference, state = _referred(sentence, cue, signer)
    if reference and signer is None and _sent_on_signed(sentence, cue):
        reference = False  # (its state stays: the sentence sends it, it signs nothing itself)
    # 'Underskriften på aftalen er allerede foretaget af KOMBIT': a signing that has happened
    reference = reference or (cue.lastgroup == "noun" and bool(_HAPPENED.match(sentence, cue.end())))
    # 'Brevene kan underskrives digitalt': what can be done, by nobody named, is no demand to sign
    can = _CAN.search(sentence[clause_start(sentence, cue.start()):cue.start()])
    reference = reference or (signer is None and step is None and cue.lastgroup == "passive"
                              and bool(can))
    # 'Direktøren kan give en afdelingschef fuldmagt til at underskrive': a power of attorney that may
    # be given is an option, no paper the task demands
    reference = reference or (step is None and bool(can) and bool(_GIVEN_CUE.fullmatch(cue.group(0))))
    # 'Udpeg en person, som kan underskrive aftaler på kommunens vegne' says who is allowed to sign (but
    # 'Send aftalen til direktøren, som kan underskrive den' names the paper to sign)
    reference = reference or (cue.lastgroup not in {"passive", "approved", "noun"}
                              and bool(_WHO_CAN.search(sentence[:cue.start()]))
                              and not _THIS_PAPER.match(sentence, cue.end()))
    # 'Aftalen returneres underskrevet til KOMBIT': the participle says how it travels, as 'i underskrevet
    # stand' does; the step sends it back, it does not sign it
    travels = cue.lastgroup in {"passive", "approved"} and bool(_SENT_AS.search(sentence[:cue.start()]))
    # 'Databehandleraftalen og tilslutningsaftalen skal underskrives af X': each paper of the pair
    for lemma in [doc[0], *(j for j in _joined_documents(sentence, doc[0])
                            if all(m.document != j for m in out))]:
        out.append(Mention(order=order, document=lemma, plural=doc[1] if lemma == doc[0] else False,
                           step=step, signing=not reference, signer=signer,
                           spans=["" if state else "i " + cue.group(0) if travels else cue.group(0)],
                           condition=state and bool(_IF.search(sentence[:cue.start()])),
                           joined=lemma != doc[0]))


def _add_moved_mentions(sentence: str, last: tuple[str, bool] | None, out: list[Mention], *,
                        step: int | None, order: int) -> None:
    """The mentions of a paper a sentence with no cue receives, sends or makes."""
    doc = _moved_document(sentence, last, _things_key())
    if doc:
        # 'Opret fuldmagten til KOMBIT' names whom it is for; making it is none of its steps, as
        # filling it in is not ('Opret fuldmagten', 'Udfyld blanketten')
        made_for = _MADE_FOR.search(sentence)
        made = made_for and not (SEND.search(sentence) or _HAND_ON.match(sentence))
        maker = _maker(sentence, made_for.start()) if made else None
        # 'Modtag tilslutningsaftalen og samtykket': each paper of the pair is received in the step
        for lemma in [doc[0], *_joined_documents(sentence, doc[0])]:
            out.append(Mention(order=order, document=lemma, plural=doc[1] if lemma == doc[0] else False,
                               step=None if made else step, signing=False, made_by=maker,
                               made_in=step if made else None))


def _add_travel(sentence: str, out: list[Mention], *, step: int | None) -> None:
    """Where each mention's paper is sent, what the step does to it and whether it receives it."""
    recipient = _recipient(sentence) if out else None
    sent = _sent_papers(sentence, _things_key()) if recipient else frozenset()
    act = _act(sentence, out) if step is not None else None
    if act is None and step is not None and _AT_MEETING.search(sentence):
        act = "meeting"
    returns = act in {"return", "send"} or (act == "sign" and _sends_on(sentence))
    hand = _HAND_ON.match(sentence) if step is not None else None
    handed = name_after(sentence[hand.end():]) if hand else None
    # 'Modtag aftalen og få den underskrevet' takes it in; 'Indhent underskrift fra X' only gets it signed;
    # 'Når I har fået aftalen, læg den til underskrift hos X' has it come in first
    receives = act == "sign" and (bool(_TAKE_IN.match(sentence)) and not _GET_SIGNED.match(sentence)
                                  or _received_first(sentence))
    for m in out:
        m.receives = receives
        # 'Når aftalen er godkendt, sendes en kvittering til leverandøren': the receipt goes there, not it
        other = sent and not any(p in {m.document, m.document.split(" ")[0]} or m.document.endswith(p)
                                 or p.endswith(m.document) for p in sent)  # 'bilag' of 'bilag 3' is it
        other = other or bool(recipient and _anothers_clause(sentence, recipient[2], m.document))
        m.recipient, m.act, m.returns, m.handed_to = None if other else recipient, act, returns, handed
        m.checks = step is not None and bool(CHECKS_STATE.match(sentence))


# the clauses of a sentence that names two papers: 'Aftalen er modtaget af KOMBIT, og fuldmagten er godkendt'
_CLAUSES = re.compile(r",\s*(?:og|men|mens|samt)\s+|;\s*", re.I)


def _anothers_clause(sentence: str, party: str, document: str) -> bool:
    """Whether the party a sentence sends a paper to is named in a clause of its own about another paper
    ('Tilslutningsaftalen er modtaget af KOMBIT, og fuldmagten er godkendt i NemLog-in': KOMBIT got the
    agreement, not the power of attorney); a pronoun's clause ('..., og den sendes til KOMBIT') is of it."""
    clauses = _CLAUSES.split(sentence)
    at = [c for c in clauses if party in c]
    if len(clauses) < 2 or len(at) != 1:
        return False
    paper = _first_document(at[0], last=None, subject=False)
    return paper is not None and paper[0] != document and document.split()[0] not in at[0].casefold()


_CAN = re.compile(r"\bkan\s+(?:også\s+|nu\s+|fremover\s+)?$", re.I)
# 'en underskriftsberettiget person, som fremover kan underskrive aftaler': who may sign, not a paper to sign
_WHO_CAN = re.compile(r"\b(?:som|der)\s+(?:[\w-]+\s+){0,2}?(?:kan|må|har\s+ret\s+til\s+at)\s+"
                      r"(?:[\w-]+\s+){0,1}?$", re.I)
_THIS_PAPER = re.compile(r"\s+(?:den|det|dem|[\w-]+(?:en|et|erne|ne))\b", re.I)


# Parties outside the municipality: what they have signed is done, not for the municipality to track
_OUTSIDE = re.compile(r"[A-ZÆØÅ]{3,}|[Ll]everandør\w*|\w+styrelsen|Udbetaling\s+Danmark")


def _referred(sentence: str, cue: re.Match[str], signer: str | None) -> tuple[bool, bool]:
    """(reference, state): 'når aftalen er underskrevet' and 'den godkendte testplan' refer to a
    document signed elsewhere (maybe in another task), which is no signature to track; 'skal være
    godkendt' is a requirement, but no step does it there (a state, not an act)."""
    before = sentence[:cue.start()]
    reference = cue.lastgroup == "adj" or bool(
        re.search(r"\b(?:er|bliver|blev|har\s+været|har|havde)\s+(?:(?!af\b)\w+\s+){0,2}$", before, re.I))
    state = reference or bool(re.search(r"\bvære\s+$", before, re.I))
    if cue.group(0).casefold().startswith("tiltråd") and re.search(r"\b(?:har|have|havde)\s+$", before, re.I):
        reference = state = True  # 'Kommunen har tiltrådt aftalen': where the task ends, not a paper to sign
    if re.match(r"(?:få|sørg)\b", sentence, re.I):
        return False, False  # 'Få aftalen underskrevet', 'Sørg for at aftalen er underskrevet'
    done_elsewhere = bool(_OUTSIDE.fullmatch(signer or "")) and not _IF.search(before)
    # 'Kommunen har tiltrådt vilkårene' (the perfect, the municipality as a whole) is where the task ends
    done_elsewhere = done_elsewhere or (bool(re.search(r"\b(?:har|havde)\s+(?:\w+\s+){0,2}$", before, re.I))
                                        and (signer or "").casefold() in US)
    if reference and signer and cue.lastgroup != "adj" and not done_elsewhere:
        reference = False  # 'når den er underskrevet af direktøren' still says who signs; but 'Kontrakten er
        # underskrevet af KOMBIT' is done, by another party
    return reference, state


# 'Den underskrevne aftale mailes til KOMBIT', 'Når aftalen er underskrevet, sendes den til KOMBIT': the task
# itself sends the signed paper on to another party, so getting it signed is the municipality's part of it,
# no paper signed elsewhere (a copy kept or sent, or a paper that comes to the municipality, still is)
_SIGNED_PAPER = re.compile(r"underskrevne|signerede|underskrevet|signeret", re.I)


def _sent_on_signed(sentence: str, cue: re.Match[str]) -> bool:
    if not _SIGNED_PAPER.fullmatch(cue.group(0)) or re.search(r"\bkopi\w*\s+af\s+(?:\w+\s+)?$",
                                                              sentence[:cue.start()], re.I):
        return False
    if cue.lastgroup == "passive" and not _CONDITION.match(sentence):
        return False  # 'Aftalen er underskrevet af KOMBIT' tells what was done
    got = _recipient(sentence)
    return bool(got and got[0] < 2 and not _is_us(got[2]) and not _OUTSIDE_SENDS.search(sentence))


# a party outside the municipality sends it ('KOMBIT sender den underskrevne aftale til kommunen')
_OUTSIDE_SENDS = re.compile(r"\b(?:[A-ZÆØÅ]{3,}\w*|leverandøren|\w+styrelsen)\s+"
                            r"(?:sender|fremsender|returnerer"
                            r"|udsender|mailer)\b")


def _negated(sentence: str, cue: re.Match[str]) -> bool:
    """'Ingen aftaler skal underskrives', 'Hvis bilaget ikke underskrives', 'underskrives ikke'."""
    before = sentence[clause_start(sentence, cue.start()):cue.start()]
    return bool(NEGATION.search(" ".join(before.split()[-6:]))) or \
        bool(re.match(r"\s+(?:ikke|aldrig)\b", sentence[cue.end():], re.I))


_HAPPENED = re.compile(r"(?:\s+(?!af\b)[\w'’-]+){0,4}?\s+(?:er|blev|var|har\s+været)\s+(?:allerede\s+|nu\s+)?"
                       r"(?:foretaget|sket|givet|afgivet|indhentet|modtaget)\b", re.I)
