"""Signatures read from what a task's text says: which document someone must sign or approve, by
whom, who gets it back, and which method steps receive and sign it. Found from the Danish verbs
and their places in the sentence, not from known document names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.approvals import (
    ASSENT_ACTIVE,
    ASSENT_HINT,
    ASSENT_PASSIVE,
    SIGN_HINT,
    approved_things,
    as_passive,
    inverted_subject,
    signing_idioms,
    stems,
)
from knowledge.extract import sentences
from knowledge.fold import key
from knowledge.language import (
    AREA_LIST,
    ARTICLES,
    COMPOUND_ONLY,
    DELIVER,
    GENERIC_DOCS,
    IN_BODY,
    NEGATION,
    PARTIES,
    POINTING_BACK,
    ROLE_ENDINGS,
    ROLE_IN_AREA,
    SEND,
    STOP_WORDS,
    US,
    clause_end,
    clause_start,
    document_lemma,
    is_plural,
    lower_first,
    name_after,
    starts_with_names,
    words,
)
from knowledge.models import Signature, Task
from knowledge.quickcheck import literal_stems, may_find
from knowledge.roles import names_role
from knowledge.signer_shapes import who_signs_first

# Papers that are given rather than signed ('give KOMBIT fuldmagt'): giving one is signing it.
GIVEN = "fuldmagt|bemyndigelse"
_GIVEN_CUE = re.compile(r"(?:af)?(?:giver|give|giv|givet)|til(?:deler|dele|del)", re.I)
# 'give KOMBIT fuldmagt', 'afgive en fuldmagt til KOMBIT': who the power of attorney is given to (past an
# adverb: 'Kommunen giver derfor X fuldmagt')
_GIVEN_TO = re.compile(r"\b(?:(?:af)?(?:giver|give|giv|gives)|til(?:deler|dele|del))\s+"
                       r"(?:(?:derfor|dermed|hermed|også|samtidig|nu|så|endvidere|desuden)\s+)?"
                       r"(?:(?:en\s+)?(?:" + GIVEN + r")\w*\s+til\s+(?P<to>\S.*)"
                       r"|(?P<who>(?:[\w'’-]+\s+){1,3}?)(?:" + GIVEN + r")\w*\b)", re.I)
# 'oprette en fuldmagt til KOMBIT', 'Der oprettes i NemLog-in en fuldmagt til KMD': a power of attorney made
# for a party, who is its recipient ('fuldmagt til at hente data' says what it allows, not to whom)
_MADE_FOR = re.compile(r"\bopret\w*\b(?:\s+[\w'’-]+){0,4}?\s+(?:" + GIVEN + r")\w*"
                       r"\s+til\s+(?!at\b)(?P<to>\S.*)", re.I)
# One alternative per way of saying it; the group name says where the document and the signer are. A verb may
# carry a prefix that makes it co-, counter- or pre-signing ('medunderskrives', 'kontrasigneres',
# 'ledelsesgodkendes', 'forhåndsgodkendt'), written as one word.
_PREFIXES = "med|kontra|ledelses|direktions|forhånds"
_CUE = re.compile(r"""\b(?:""" + _PREFIXES + r""")?(?:
    (?P<state>i\s+underskrevet\s+stand|i\s+signeret\s+stand)
  | (?P<for>til\s+(?:underskrift|underskrivning|signering|signatur|godkendelse))
  | (?P<adj>underskrevne|signerede|signede|godkendte|tiltrådte|påtegnede|kvitterede)
  | (?P<passive>underskrives|signeres|skrives\s+under|skrevet\s+under|underskrevet|signeret
      # English in Danish: 'skal signes af X', 'Få aftalen signet af X' ('signet', a seal, only before 'af')
      |signes|signet(?=\s+af\b)
      |påtegnes|påtegnet|tiltrædes|tiltrådt|bekræftes|bekræftet|attesteres|attesteret
      |kvitteres(?=\s+(?:af|for|på|og|elektronisk|digitalt)\b)|kvitteret(?=\s+(?:af|for|på)\b))
  | (?P<approved>godkendes|godkendt|accepteres|accepteret|indgås(?=\s+af\b)
      |(?:af)?gives(?=\s+(?:(?:i|via|på)\s+\S+\s+)?af\b)  # 'Fuldmagten gives (i NemLog-in) af X'
      |(?:af)?gives(?=\s+(?:en\s+)?(?:""" + GIVEN + r"""))  # 'Der skal gives fuldmagt til KOMBIT'
      |givet  # 'når fuldmagten er givet' (of a paper given only: _GIVEN_CUE)
      |vedtages(?=\s+(?:af|i)\s)|vedtaget(?=\s+(?:af|i)\s)
      |""" + ASSENT_PASSIVE + r""")
  | (?P<active>underskriver|underskrive|underskriv|signerer|signere|signér|signer
      |påtegner|påtegne|påtegn|tiltræder|tiltræde|tiltræd|bekræfter|bekræfte|bekræft
      |attesterer|attestere|attestér|attester
      |(?:kvitterer|kvittere|kvittér|kvitter)(?=\s+(?:for|på)\s+(?!modtagels|modtaget))
      |(?:kvitterer|kvittere|kvittér|kvitter)(?=\s+(?!modtagels|modtaget)(?:den|det|dem|[\w-]+(?:en|et|erne)\b))
      |(?:skriver|skrive|skriv)\s+(?:også\s+|selv\s+|derefter\s+|herefter\s+|digitalt\s+|elektronisk\s+)?under
       (?:\s+på)?)
  | (?P<approve>godkender|godkende|godkend|accepterer|acceptere|acceptér|accepter|vedtager|vedtage
      |""" + ASSENT_ACTIVE + r"""
      # 'Kommunen skal give KOMBIT fuldmagt', 'Giv Udbetaling Danmark fuldmagt': a paper given is signed
      |(?:(?:af)?(?:giver|give|giv)|til(?:deler|dele|del))(?=\s+(?:(?!(?:besked|meddelelse|adgang|om|til|på|i|af|for)\b)[\w'’-]+\s+){0,3}?
                                  (?:""" + GIVEN + r""")\w*\b))
  | (?P<noun>underskrift(?:en|er|erne)?|signatur(?:en)?|signering(?:en)?|underskrivning(?:en)?
      |underskrivelse(?:n)?
      |sign-?off(?:et)?
      |(?<=^)godkendelse(?:n)?(?=\s+af\b)
      # 'Aftalen skal godkendes. Godkendelsen foretages af X': who approves the paper just named
      |(?<=^)godkendelse(?:n)?(?=\s+(?:skal\s+|vil\s+)?(?:foretages|varetages|udføres|afgives|gives)\s+af\s)
      |(?<=s\s)godkendelse(?:n)?  # 'direktionens godkendelse (af aftalen)': whose approval
      # 'Efter godkendelse i Økonomiudvalget sendes aftalen til KOMBIT' ('godkendelse af X' is of X)
      |(?<=efter\s)godkendelse(?:n)?(?=\s+(?:i|hos)\s))
)\b""", re.I | re.X)
# Every alternative of _CUE holds one of these; a sentence without any (most) is not scanned for cues.
_CUE_HINT = re.compile(r"underskr|sign|godkend|accept|skriv|skrev|påtegn|tiltræd|tiltråd|bekræft|attest"
                       r"|kvitter|indgås|gives|vedtag|" + ASSENT_HINT + "|" + GIVEN, re.I)
_CUE_STEMS = literal_stems(_CUE_HINT)  # looked for first: the regex is slow on the many sentences without
# 'bekræftes af systemejeren med MitID' is signing; 'Leverandøren bekræfter modtagelsen' is not: a
# confirmation counts only when the sentence names an electronic signature to do it with.
# ('bekræftet ved underskrift', 'bekræftes ved sin underskrift': the confirmation is the signing)
_ESIGN = re.compile(r"\b(?:MitID|NemID|nem-?id|mit-?id|digital\s+signatur|e-?signatur|digitalt\s+signer\w*"
                    r"|ved\s+(?:sin\s+|en\s+|digital\s+)?underskrift)", re.I)
_APPROVAL_HINT = re.compile(r"godkend|accept|sign-?off|vedtag|" + ASSENT_HINT, re.I)
_AUX = {"skal", "vil", "må", "bør", "kan", "bedes", "desuden", "derefter", "herefter", "så", "også", "først",
        "nu", "dog", "være", "blive", "er", "bliver", "blevet", "været", "have", "få", "at"}
# 'Bilag 3 (instruks om underdatabehandlere) skal underskrives af X': an aside after a document's name
_ASIDE = re.compile(r"(\S+)(\s+\d{1,3}[a-z]?|\s+[A-Z])?\s*\([^()]{1,80}\)(?=[\s,.;:]|$)")
_DOC_NUMBER = re.compile(r"\d{1,3}[a-z]?|[A-Z]|[IVX]{1,4}")
_UNIT_AFTER = re.compile(r"(?:arbejds|hver|kalender|bank)?dag|døgn|uge|måned|år\b", re.I)
_ADVERBS = {"derefter", "herefter", "dernæst", "endelig", "også", "først", "dog", "samtidig", "altid",
            "gerne", "selv", "typisk", "normalt", "efterfølgende", "straks", "hurtigst", "muligt", "senere",
            "ligeledes", "derfor", "dermed", "således", "hermed", "nu", "fortsat", "stadig",
            "kun", "blot", "bare", "alene"}  # 'Kommunen skal kun godkende den': the subject is before them
_NOT_CONTENT = _AUX | {"når", "hvis", "efter", "som", "at", "og"}
_MANNER = {"automatisk", "direkte", "elektronisk", "digitalt", "herefter", "dermed", "således"}
_IF = re.compile(r"\b(?:når|hvis|efter\s+at|så\s+snart|først\s+når|medmindre)\b"
                 r"|\b(?:orienter\w*|informer\w*|besked)\s+om,?\s+at\b", re.I)  # 'orienteres om, at ...'
# 'Tidligere skulle blanketten underskrives, men det er ikke længere nødvendigt': no demand now
_NO_LONGER = re.compile(r"\bikke\s+(?:længere|mere)\b|^tidligere\b|\bbortfald\w*|\budgår\b", re.I)
# 'Brugeren tiltræder vilkårene første gang, hun logger på': what a system's users do, not a paper to sign
_EVERY_TIME = re.compile(r"\b(?:første\s+gang|hver\s+gang|automatisk|løbende|fremover)\b", re.I)
# A step in which the paper arrives, said other than with an imperative
_RECEIVED = re.compile(r"\b(?:modtages|modtager|hentes|downloades|er\s+modtaget|er\s+kommet|kommer|ankommer"
                       r"|fremkommer|tilgår|lander)\b"
                       # 'Når I har fået aftalen fra KOMBIT', 'Når kommunen har modtaget erklæringen': it has
                       # come to the municipality (not 'Når KOMBIT har modtaget den', which is sent)
                       r"|\b(?:i|vi|du|kommunen)\s+har\s+(?:nu\s+)?(?:fået|modtaget)\b"
                       # 'Aftalen indhentes hos X' takes the paper in; 'Underskrift indhentes fra X' signs it
                       r"|(?<!underskrift\s)(?<!underskriften\s)(?<!godkendelse\s)(?<!godkendelsen\s)"
                       r"\b(?:indhentes|er\s+indhentet)\b"
                       # 'Aftalen foreligger i kommunens postkasse', 'Fuldmagten ligger klar i NemLog-in':
                       # it has arrived where the municipality takes it in (not 'foreligger i underskrevet
                       # stand')
                       r"|\b(?:foreligger|ligger\s+klar)\s+(?:nu\s+)?(?:i|på)\s+(?!underskrevet\b|signeret\b)"
                       # 'Fuldmagten fra KOMBIT findes i NemLog-in': a paper from another party that is there
                       # has come in; without 'fra X' ('Aftalen ligger i KLIK') it is where the result is kept
                       r"|\bfra\s+\w[^.,;:]{0,40}?\s(?:ligger|findes|er\s+tilgængelig)\s+(?:nu\s+)?(?:i|på)\s+"
                       r"(?!underskrevet\b|signeret\b|\d|to\b|tre\b|flere\b)"
                       r"|\b(?:sender|fremsender|udsender|sendes|fremsendes|udsendes|leverer|leveres)\b[^.]*?"
                       # 'til kommunens hovedpostkasse', 'til jeres sikre mail': a place of the municipality's
                       r"\btil\s+(?:kommunen|kommunerne|jer|os|dig"
                       r"|(?:kommunens|jeres|vores)\s+[\w-]+)\b"
                       # 'KOMBIT sender jer aftalen', 'Aftalen fremsendes af KOMBIT': sent to the municipality
                       r"|\b(?:sender|fremsender|udsender|tilsender)\s+(?:jer|kommunen|os|dig)\s"
                       r"|\b(?:sendes|fremsendes|udsendes|tilsendes)\s+(?:\w+\s+){0,2}?af\s+(?-i:[A-ZÆØÅ])",
                       re.I)
# 'Indhent aftalen' takes a paper in; 'Indhent lederens underskrift' gets one signed
_FETCH = r"indhent(?!\w*\s+(?:[\w'’-]+\s+){0,3}?(?:underskrift|signatur|godkendelse|accept))"
# ('få' gets it signed, not in)
_TAKE_IN = re.compile(r"(?:modtag|hent|" + _FETCH + r"|afvent|åbn|download|tag\s+imod)\w*\b", re.I)
_KEEP = re.compile(r"(?:gem|arkivér|arkiver|journalisér|journaliser|opbevar|print|læs|kontrollér|kontroller"
                   r"|tjek)\b", re.I)
# 'i underskrevet stand være modtaget af KOMBIT': who receives, not who signs
# 'Aftalen skal foreligge hos KOMBIT', 'skal tilgå KOMBIT', 'være KOMBIT i hænde': where it must be
# ('Kontrakten skal være retur hos leverandøren', 'Det underskrevne eksemplar skal være hos KOMBIT')
_HELD_AT = r"\b(?:foreligge|foreligger|være|ligge|ligger)\s+(?:retur\s+|tilbage\s+|klar\s+)?hos\s+"
_ARRIVES = re.compile(_HELD_AT + r"\S"
                      r"|(?<!kan\s)(?<!kunne\s)\btilgå(?:r)?\s+\S"
                      r"|\bi\s+hænde\b", re.I)
_RECEIVED_BY = re.compile(r"\b(?:modtaget|modtages|sendt|indsendt|afleveret|uploadet|returneret|fremsendt"
                          r"|være\s+\S+\s+i\s+hænde)\s+af$", re.I)
_CONDITION = re.compile(r"^(?:når|hvis|efter|først\s+når|så\s+snart|indtil|før)\b", re.I)
# 'Log på portalen og hent aftalen': the paper taken in by the second of two imperatives
# ('Modtagelse af aftalen': a step named by the noun)
_RECEIVE = re.compile(r"^(?:\w+\s+(?:[\w'’-]+\s+){0,3}?og\s+)?(?:modtag|hent|" + _FETCH
                      + r"|få|afvent|find|åbn|download|tag\s+imod|modtagelse(?=\s+af\s))\b",
                      re.I)
_BACK = re.compile(r"\b(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|retur|tilbage"
                   r"|underskrevet\s+stand"
                   r"|underskrevne|signerede?|signeret\s+stand)\b", re.I)
_NOT_A_PARTY = re.compile(r"^(?:underskrift|underskrivning|signering|godkendelse|orientering|gennemsyn|"
                          r"høring|brug|videre|behandling|opgaven|sagen|journalen|arkivet)\b", re.I)
# 'Få underskrift fra direktøren', 'Få ydelseschefens underskrift på bemyndigelsen'
# ('Indhent begge underskrifter': the signatures of the paper spoken of)
_GET_SIGNED = re.compile(r"(?:få|indhent)\w*\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:(?:underskrift|signatur)\w*(?:\s+(?:fra|af|på)\s|\s*\.?$)|godkendelse\w*\s+fra\s)",
                         re.I)
_PLACE = (r"(?:(?:digitale|sikre|elektroniske|fælles)\s+)?"
          r"\w*(?:postkasse|mailboks|kundeportal|portal|supportportal|sekretariat|servicedesk"
          r"|dokumentboks|indbakke"
          r"|selvbetjening\w*|hjemmeside|supportfunktion)")
# 'Læg sedlen i leverandørens kundeportal': a paper put where the other party gets it (not 'Læg aftalen
# på byrådets dagsorden' nor 'Læg regelsættet i Administrationsmodulet', which deliver nothing)
# ('De underskrevne vedtægter lægges på musikskolens hjemmeside' publishes them: no party gets them)
_PUT = re.compile(rf"\b(?:læg|lægges|placér|placer|placeres)\b.*?\s(?:i|på)\s+"
                  # 'i Dansk Hunderegisters dokumentboks': a party of two names owns the place
                  rf"(?P<place>(?:[A-ZÆØÅ][\w-]*\s+)?[\w-]+(?:'s|’s|s)\s+(?!\w*hjemmeside){_PLACE}\b|KLIK\b)",
                  re.I)
# ('Aftalen forelægges byrådet, der skal godkende den')
# ('Aftalen fremlægges for kommunalbestyrelsen, som skal godkende den': laid before it)
_WHO_THEN = re.compile(r"\b(?:(?:forelægges|fremlægges|forelægge|fremlægge)(?:\s+for)?|til|hos|af|for)"
                       r"\s+([^,]+),"
                       r"\s*(?:som|der)\s+(?:skal\s+|vil\s+|kan\s+)?$", re.I)
# 'direktørens underskrift', 'den tekniske direktørs underskrift' (an article and an adjective make the
# noun definite)
# ('direktørens digitale underskrift': how it is given may come between whose and the signature)
_HOW_SIGNED = r"(?:(?:egen|digitale|elektroniske|skriftlige|endelige|formelle|personlige)\s+)?"
_WHOSE = re.compile(r"\b([\w-]+?(?:en|et|ne|ren)|(?:den|det)\s+[\w-]+e\s+[\w-]+?)(?:'s|’s|s)\s+"
                    + _HOW_SIGNED + "$", re.I)
# 'direktørens signatur', 'kræver en signatur': someone's signature demanded, not a system's signing
_SOMEONES = re.compile(r"(?:\b[\w-]+?(?:en|et|ne|ren)(?:'s|’s|s)|\b(?:den|det)\s+[\w-]+e\s+[\w-]+(?:'s|’s|s)"
                       r"|\bkræve[rs]?(?:\s+en)?)\s+" + _HOW_SIGNED + "$", re.I)
# where someone's signature is: 'underskrift på fuldmagten', 'underskrift skal fremgå af aftalen', '... skal
# stå på erklæringen'
_ON_PAPER = re.compile(r"\s+(?:(?:skal|må|bør)\s+(?:\w+\s+)?(?:fremgå|stå|være|findes|ses)\s+)?(?:på|af)\b",
                       re.I)
_SPAN_BEFORE = re.compile(r"\b\w+\s+(?:arbejds|hver|kalender|bank)?(?:dag|døgn|uge|måned)\w*\s+"
                          r"(?:efter|før|fra|inden)\s+(?:den\s+|sin\s+)?$", re.I)
_LABEL = re.compile(r"\s*:\s*(?=\w)")  # 'Underskrift: kommunaldirektøren'


def _labelled(name: str | None) -> str | None:
    """The name after a label, which starts with a capital as a line does: a role ('Borgmesteren',
    'Kommunaldirektøren') is written in lower case, a proper name ('Hanne Lund', 'KOMBIT') as it is."""
    if not name:
        return None
    first = name.split()[0]
    role = any(stem.endswith(ROLE_ENDINGS) for stem in stems(first.casefold()))
    return _role(name, initial=role)


_BY_LABEL = re.compile(r"\s+af\s*:\s*(?=\w)", re.I)  # 'Underskrives af: borgmesteren'
# 'uploades i KLIK', 'Indsend kvitteringen i Serviceplatformen': a system (capitalised) that receives it
_PUT_IN = re.compile(r"^(?:\s+(?!til\b)[\w'’-]+){0,4}?\s+(?:i|på)\s+(?=[A-ZÆØÅ])")
# 'Leverandøren skal have den underskrevne aftale', 'Leverandøren modtager bestillingen': who gets it
# ('Derefter skal KOMBIT have den': the same after an adverb, the party after the verb)
_GETS = re.compile(r"(?:(?:derefter|herefter|dernæst|så|endelig|til\s+sidst)\s+skal\s+"
                   r"(?P<late>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:have|modtage)"
                   # ('KOMBIT skal herefter modtage den': an adverb between the modal and its verb)
                   r"|(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:skal\s+(?:(?:herefter|derefter|dernæst|så|nu|også)\s+)?"
                   r"(?:have|modtage)|modtager|får))\s", re.I)
# 'Videresend aftalen til direktøren', 'Forelæg aftalen for direktøren': the paper goes on to its signer
_HAND_ON = re.compile(r"(?:videresend|forelæg|fremlæg|præsent[eé]r|overgiv|giv|udlev[eé]r|uddel)\w*\s+"
                      r"(?:den|det|dem|de|\w+en|\w+et|\w+erne)\s+"
                      r"(?:\w+\s+){0,3}?(?:til|for)\s", re.I)
# 'Giv leverandøren den underskrevne aftale': the one given it comes between the verb and the paper
_GIVE_TO = re.compile(r"(?:send|giv|mail|aflever|returnér|returner|retursend)\s+"
                      r"((?:[\w-]+(?:'s|’s|s)\s+)?[A-ZÆØÅ][\w'’-]*|[\w-]+(?:'s|’s|ens|ets|s)\s+[a-zæøå-]{3,}"
                      r"|[a-zæøå-]{3,}(?:en|et))"
                      r"\s+(?=(?:den|det|de|en|et)\s)", re.I)
# 'Planen skal have direktionens godkendelse', 'Aftalen får borgmesterens underskrift': what the paper gets
# is an assent, its subject the paper itself, nobody it is sent to
_ASSENT_GOT = re.compile(r"(?:[\w'’-]+(?:'s|’s|s)\s+)?(?:politiske\s+)?" + _HOW_SIGNED +
                         r"(?:godkendelse|underskrift|signatur|accept|sign-?off|samtykke|tiltrædelse)\b",
                         re.I)
# '..., hvorefter KOMBIT skal have den retur': a clause of its own that says who gets it
_THEN = re.compile(r",\s*(?:hvorefter|og|så|derefter)\s+", re.I)
_ACT_NOUN = re.compile(r"(?:send|indsend|upload|returnér|returner|retursend|mail)\s+"
                       r"(?:den\s+|jeres\s+|kommunens\s+)?"
                       r"(?:godkendelse|accept)(?:n|en)?\s+(?:til|i|på)\s"
                       # 'Godkendelsen sendes til KOMBIT': the same said in the passive
                       r"|(?:den\s+|jeres\s+|kommunens\s+)?(?:godkendelse|accept)(?:n|en)\s+(?:\w+\s+)?"
                       r"(?:sendes|indsendes|fremsendes|uploades|returneres|retursendes|mailes|afleveres)"
                       r"\s+(?:til|i|på|hos)\s",
                       re.I)
_IMPERATIVES = {"send", "returnér", "returner", "retursend", "indsend", "aflever", "fremsend", "udsend",
                "upload", "mail", "indberet", "overdrag", "oversend", "lever", "indlever"}
_SEND_ON = (r"(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?"
            r"(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|send\w*|fremsend\w*|upload\w*"
            r"|mail\w*|indberet\w*|overdrag\w*|oversend\w*|" + DELIVER + ")"
            # 'Sendes derefter til X', 'Returneres pr. mail til X': an adverb or the means before where
            r"(?:\s+(?:derefter|herefter|dernæst|efterfølgende|så|straks|endelig|også))?"
            r"(?:\s+(?:den|det|dem|de))?(?:\s+(?:retur|tilbage|videre))?"
            r"(?:\s+(?:pr\.|per|via)\s+(?:e-?mail|mail|post))?(?:\s+(?:til|i|på|hos)\b|\s*\.?$)")
_CAME_FROM = re.compile(r"\b(?:modtag\w*|få|får|hent\w*|download\w*|sendes|sendt|send\w*|kommer|find)\b"
                        r"((?:\s+(?!fra\b)\S+){0,4}?)\s+fra\s+", re.I)
# 'Aftalen fremsendes af KOMBIT', 'tilsendes af leverandøren': a party that sends it (by name, or supplier)
_SENT_BY = re.compile(r"\b(?:sendes|fremsendes|udsendes|tilsendes)\s+(?:\w+\s+){0,2}?af\s+"
                      r"(?=(?-i:[A-ZÆØÅ])|leverandør)", re.I)
_SIGNER_WORD = re.compile(r"\bunderskriftsberettige\w*(?:\s*\([^)]*\))?", re.I)
_WHO_GETS = re.compile(r"((?:(?!,)[\w/-]+\s+){0,3}?[\w/-]+),?\s+som\s+(?:vil\s+|skal\s+)?"
                       r"(?:få|får|modtager)\b", re.I)


# The things (not papers) the task being read has a named approver approve: {word form: name}
_THINGS: ContextVar[dict[str, str] | None] = ContextVar("approved_things", default=None)
# ... and of those the ones a named signer signs (papers by another name): signed, not approved
_SIGNED: ContextVar[frozenset[str]] = ContextVar("signed_things", default=frozenset())
_SIGN_HINT = SIGN_HINT  # any verb of signing: what it is done to is a paper


def _lemma(word: str, *, loose: bool = False) -> str | None:
    """A paper ('blanketten' -> 'blanket') or a thing approved in this task ('regelsættet' -> 'regelsæt')."""
    lemma = document_lemma(word, loose=True) if loose else document_lemma(word)  # one cache key per call form
    if lemma is None and (things := _THINGS.get()):
        return things.get(word.casefold().strip(".'’"))
    return lemma


@dataclass
class Mention:
    """One sentence about a document: signed or approved there (`signing`), or only received or
    sent there (which counts for a document signed somewhere else in the task)."""

    order: int  # position in the task's texts: method steps first
    document: str
    plural: bool
    step: int | None
    signing: bool
    signer: str | None = None
    # (rank: 0 sent back to, 1 sent to, 2 came from, 3 the other party; an e-mail address?, name)
    recipient: tuple[int, bool, str] | None = None
    # what doing this step does to the document: "receive", "sign" (signs or approves it), "return"
    # (sends it back signed: 'Returnér den underskrevne aftale') or "send" (sends it on)
    act: str | None = None
    returns: bool = False  # the step also sends it on: 'Aftalen underskrives af X og sendes til KOMBIT'
    handed_to: str | None = None  # 'Forelæg aftalen for direktøren': who the step hands it to
    receives: bool = False  # a step that signs it receives it too: 'Modtag aftalen og få den underskrevet'
    spans: list[str] = field(default_factory=list)
    # 'når aftalen er godkendt af Digitaliseringsstyrelsen': a condition on a paper signed elsewhere
    condition: bool = False
    # signed only as the second of a pair ('Aftalen og bilaget underskrives af X'): what the task says of
    # that paper on its own comes first
    joined: bool = False
    # 'Kommunens NemLog-in-administrator opretter en fuldmagt til KOMBIT': who makes a power of attorney for
    # a party (made_by), and the step that makes it (made_in): giving it, when nobody else signs it
    made_by: str | None = None
    made_in: int | None = None


def extract_signatures(task: Task) -> list[Signature]:
    """Documents the text says must be signed or approved: what, by whom, to whom, in which steps.
    A thing that is not a paper counts when a named approver approves it (knowledge/approvals.py)."""
    said = [text for _, text in texts(task)]
    things = approved_things(said) if any(map(_APPROVAL_HINT.search, said)) else None
    if signed := approved_things(said, signed=True) if any(map(_SIGN_HINT.search, said)) else None:
        things = {**signed, **(things or {})}
    token, signed_token = _THINGS.set(things), _SIGNED.set(frozenset((signed or {}).values()))
    try:
        found = _signatures(task)
        # 'Bestillingen signeres': a word that is a paper only in a compound ('bestilling', 'rapport') is
        # one here, so 'Modtag bestillingen' and 'den underskrevne bestilling' speak of it too: read again.
        papers = {s.document for s in found if " " not in s.document and not document_lemma(s.document)
                  and document_lemma(s.document, loose=True) == s.document}
        # 'Udarbejd en datakvalitetsplan ... Få planen ledelsesgodkendt': the head alone is the one
        # compound signed in the task
        heads = _compound_heads(found, said)
        if not papers and not heads:
            return found
        forms = {w.group(0).casefold().strip(".'’"): heads.get(lemma, lemma)
                 for text in said for w in words(text)
                 if (lemma := document_lemma(w.group(0), loose=True)) in papers | heads.keys()}
        forms |= {w.group(0).casefold().strip(".'’"): heads[head] for text in said for w in words(text)
                  if not document_lemma(w.group(0), loose=True)
                  and (head := next((h for h in stems(w.group(0)) if h in heads), None))}
        _THINGS.set({**(things or {}), **forms})
        return _signatures(task)
    finally:
        _THINGS.reset(token)
        _SIGNED.reset(signed_token)


def _compound_heads(found: list[Signature], said: list[str]) -> dict[str, str]:
    """{'plan': 'datakvalitetsplan', 'resultat': 'testresultat'}: a head that is a paper only in a
    compound, or the head of a thing approved, for the one signed compound that ends with it."""
    heads: dict[str, list[str]] = {}
    # a thing approved, or a paper no word list knows that is signed ('Refusionsopgørelsen kræver
    # underskrift af X ... Send opgørelsen til revisionen')
    things = [s.document for s in found
              if (s.approval or s.document in _SIGNED.get()) and " " not in s.document]
    for head in {stem for text in said for w in words(text) for stem in stems(w.group(0))} if things else ():
        for doc in things:
            if len(head) >= 4 and doc.endswith(head) and len(doc) > len(head) + 2:
                heads.setdefault(head, []).append(doc)  # 'resultatet' of the one 'testresultat'
    for signature in found:
        doc = signature.document
        for head in COMPOUND_ONLY:
            if " " not in doc and doc.endswith(head) and len(doc) > len(head) + 2:
                heads.setdefault(head, []).append(doc)
    return {head: docs[0] for head, docs in heads.items() if len(set(docs)) == 1}


def _signatures(task: Task) -> list[Signature]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions(task):
        groups.setdefault(mention.document, []).append(mention)
    unnamed = [m.signer for m in groups.pop("", [])]  # 'Adgangen godkendes af X': who, not what
    _given_by_its_maker(groups)
    _merge_generic(groups, set().union(*map(_paper_lemmas, (text for _, text in texts(task)))))
    for doc, ms in groups.items():
        if any(m.signing and not m.joined for m in ms):
            groups[doc] = [m for m in ms if not (m.signing and m.joined)]
    # in the order the task first speaks of them: a merged generic word ('blanketten' of the
    # 'bankoplysningsblanket') is re-keyed at the end of the dict, not where the task names it
    groups = dict(sorted(groups.items(), key=lambda item: min(m.order for m in item[1])))
    # A paper only named in a condition ('kan først åbnes, når aftalen er godkendt af X'), which no step
    # handles and nobody sends, is signed in another task: nothing to track here.
    found = [_signature(doc, ms) for doc, ms in groups.items() if any(m.signing for m in ms)
             and any(not m.condition or m.step is not None or m.recipient for m in ms)]
    # 'Kommunen skal tiltræde kontrakten' in a task that has a paper to sign for it: the municipality
    # accedes by signing that paper ('via en underskrevet tilslutningsaftale'), not a second paper.
    accession = {doc for doc, ms in groups.items()
                 if all(m.spans and m.spans[0].casefold().startswith("tiltr") for m in ms if m.signing)}
    if len(found) > 1:
        found = [s for s in found if not (s.document in accession and s.signer.casefold() in US)] or found
    # 'Tilslutningen kræver en underskrift fra direktionen' in a task with a 'tilslutningsaftale': the
    # activity is done by signing that paper (a signed noun of doing, approvals.py), not a second paper
    signed_names = _SIGNED.get()
    found = [s for s in found if not (s.document in signed_names and any(
        o.document != s.document and o.document.startswith(s.document) for o in found))]
    # 'De to dokumenter underskrives af forskellige personer' with nothing more: which paper, by whom
    # and when is unknown, and a reminder about it would be a guess.
    found = [s for s in found if s.document not in GENERIC_DOCS or s.steps or s.recipient
             or s.signer.casefold() not in US]
    said = [text for _, text in texts(task)]
    found = [s for s in found if not _not_ours(s, said)]
    if len(found) == 1 and found[0].signer.casefold() in US and unnamed:
        found[0].signer = unnamed[0]  # the task's one approval: the text says who approves
    _full_names(found, [text for _, text in texts(task)])
    if len(found) == 1:
        _labelled_recipient(found[0], [text for _, text in texts(task)])
    _proper_names(found, [text for _, text in texts(task)])
    _at_its_organisation(found, [text for _, text in texts(task)])
    _at_its_owner(found, [text for _, text in texts(task)])
    _spelled_as_known(found, [text for _, text in texts(task)])
    return found


# An authority acting as one: 'Kortlægningsplanen skal godkendes af Miljøstyrelsen', 'Dispensation gives af
# fredningsnævnet', 'Boopgørelser godkendes af skifteretten', 'Lægeskift godkendes af regionen'. Its permit
# or approval is its decision, not a paper the municipality signs or has signed for a counterpart; unless
# the paper then goes on to someone ('underskrives af regionen og sendes til KOMBIT').
_AUTHORITY = re.compile(r"(?:styrelse|ministeri|nævn|retten\b|politi|tilsyn|^region(?:en)?\b)", re.I)
# The council deciding as the authority it is ('Lokalplaner vedtages af kommunalbestyrelsen') is no signing
# the task asks for, unless a step has it sign or the paper goes to a counterpart ('Forelæg handleplanen for
# kommunalbestyrelsen ... send den til KOMBIT')
_COUNCIL = re.compile(r"^(?:kommunalbestyrelse|byråd|borgerrepræsentation)(?:n|en|et)?$", re.I)
# A body that decides at its meetings ('Økonomiudvalget', 'Social- og Sundhedsudvalget', 'direktionen')
_A_BODY = re.compile(r"(?:udvalg|byråd|bestyrelse|borgerrepræsentation|direktion|styregruppe|ledelse)\w*$",
                     re.I)
# 'Aftalen behandles på udvalgsmødet', 'Planen drøftes i direktionen': the step in which a body that
# approves the paper deals with it (its approval, when the body is its signer)
_AT_MEETING = re.compile(r"\b(?:behandl|drøft|vedtag)\w*\b.*?\s(?:på|i)\s+(?:[\w-]+\s+){0,2}?[\w-]*"
                         r"(?:møde|udvalg|byråd|bestyrelse|borgerrepræsentation|direktion|styregruppe)\w*",
                         re.I)
# 'Lægeerklæringer underskrives af den praktiserende læge ... Kommunen skal ikke selv underskrive noget'
_WE_SIGN_NOTHING = re.compile(r"\b(?:kommunen|i|vi)\s+skal\s+ikke\s+(?:selv\s+)?(?:underskrive|signere)\b",
                              re.I)


def _not_ours(signature: Signature, said: list[str]) -> bool:
    """Whether a signing the text describes is no signature of this task: an authority's decision, the
    council's as authority, or another's paper when the text says the municipality signs nothing."""
    signer, recipient = signature.signer, signature.recipient
    if _AUTHORITY.search(signer) and (recipient is None or key(recipient) == key(signer)):
        return True
    if _COUNCIL.match(signer) and recipient is None and signature.signed_step is None:
        return True
    return not signature.steps and recipient is None and signer.casefold() not in US and \
        any(_WE_SIGN_NOTHING.search(text) for text in said)


_UNIT_OF = re.compile(r"(?:sekretariat|afdeling|team|servicedesk|support|enhed|kontor|center|centret)\w*$")


def _at_its_organisation(found: list[Signature], said: list[str]) -> None:
    """'Mail erklæringerne til SAPA-sekretariatet' in a step and 'til SAPA-sekretariatet hos KOMBIT' in the
    description: a unit or person the task names at an organisation is that organisation's, as
    'SAPA-sekretariatet hos KOMBIT' is KOMBIT (_at_organisation)."""
    for signature in found:
        name = signature.recipient
        last = (name or "").split()[-1:] or [""]
        if not name or (name[:1].isupper() and "-" not in name) or not (
                _PERSON.search(last[0]) or _UNIT_OF.search(last[0].casefold())):
            continue  # 'Digitaliseringsstyrelsen', 'leverandøren' are parties by their own names
        for text in said:
            # 'konsulenten' in a step, 'jeres konsulent fra KOMBIT' in the description: any form of the word
            stem = re.escape(re.sub(r"(?:en|et|ne|n)$", "", name)) if " " not in name else re.escape(name)
            m = re.search(rf"(?<![\w-])(?i:{stem})\w*\s+(?:hos|i|fra|ved)\s+(?=[A-ZÆØÅ])", text)
            org = _party(_party_name(text[m.end():]) or "") if m else ""
            if org and not _is_us(org) and org.casefold() != name.casefold():
                signature.recipient = org
                break


def _at_its_owner(found: list[Signature], said: list[str]) -> None:
    """'Upload aftalen til kundeportalen' and 'KOMBIT's kundeportal' elsewhere in the task: a place the task
    names as one party's is that party's, as 'KOMBIT's kundeportal' is KOMBIT (_owner); a place no text
    gives an owner stays as written."""
    for signature in found:
        name = signature.recipient or ""
        if " " in name or not re.fullmatch(rf"{_PLACE}(?:en|et|n)", name, re.I):
            continue
        stem = re.escape(re.sub(r"(?:en|et|n)$", "", name))
        owners = {_owner(m.group(0)) for text in said
                  for m in re.finditer(rf"\b[\w-]+(?:'s|’s|s)\s+(?i:{stem})\b", text)}
        owners = {o for o in owners if o and " " not in o and not _is_us(o)}
        if len(owners) == 1:
            signature.recipient = owners.pop()


def _spelled_as_known(found: list[Signature], said: list[str]) -> None:
    """'Kombit', 'kombit', 'Kmd': a party written in another case is the one party, spelled as it names
    itself (language.PARTIES) or as the task writes it elsewhere in capitals ('KOMBIT'), so a recipient
    is one name in every task and every reminder."""
    for signature in found:
        name = signature.recipient
        if not name or not name.isalpha() or name.isupper():
            continue  # 'ERP-leverandør' is no party's own spelling
        known = PARTIES.get(name.casefold())
        if known is None and any(re.search(rf"\b{re.escape(name.upper())}\b", text) for text in said):
            known = name.upper()
        signature.recipient = known or name


# 'Modtager: KOMBIT', 'Modtageren er KOMBIT', 'Sendes til: KMD': who gets the paper, said as a label
_RECIPIENT_LABEL = re.compile(r"^\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?"
                              r"(?:modtager(?:en)?|(?:sendes|returneres|indsendes|afleveres)\s+til)"
                              r"\s*(?::|\ber\b)\s*(?P<who>\S.*)$", re.I | re.M)


def _labelled_recipient(signature: Signature, said: list[str]) -> None:
    """A label that names who receives the task's one signed paper ('Modtager: KOMBIT' beside 'Underskriver:
    kommunaldirektøren') says it more plainly than a system it is uploaded in; it counts in a text that
    also speaks of the paper or of signing it ('Modtager: borgerne' in a list of letters does not)."""
    for text in said:
        if not (m := _RECIPIENT_LABEL.search(text)) or not (_CUE.search(text) or any(
                _lemma(w.group(0), loose=True) == signature.document for w in words(text))):
            continue
        who = m["who"].strip(" .")
        name = _at_organisation(_owner(_party_name(who)), who)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            signature.recipient = name
            return


def _proper_names(found: list[Signature], said: list[str]) -> None:
    """'Netcompany skal have instruksen' read with its first letter lowered ('leverandøren' is right for
    'Leverandøren skal have ...'): a recipient or signer the texts write capitalised inside a sentence ('til
    Netcompany', 'forelægges Økonomiudvalget') is a proper name and keeps its capital."""
    for signature in found:
        signer = signature.signer
        if signer[:1].islower() and signer.casefold() not in US and _written_capitalised(signer, said):
            signature.signer = signer[:1].upper() + signer[1:]
        name = signature.recipient
        if not name or not name[:1].islower():
            continue
        if re.fullmatch(r"[a-zæøå]+(?<!s)\s+[A-ZÆØÅ][\w-]*", name) and name.split()[0] not in US | ARTICLES:
            signature.recipient = name[:1].upper() + name[1:]  # 'Udbetaling Danmark' first in a sentence
            continue
        if _written_capitalised(name, said):
            signature.recipient = name[:1].upper() + name[1:]


def _written_capitalised(name: str, said: list[str]) -> bool:
    proper = re.escape(name[:1].upper() + name[1:])
    return any(re.search(rf"(?<=[\w,]\s){proper}\b", text) for text in said)


def _full_names(found: list[Signature], said: list[str]) -> None:
    """'Udarbejd en testrapport. Rapporten godkendes af chefen': the paper signed by its short name is
    the one compound the task names with that ending ('testrapport', 'bestillingsblanket')."""
    short = [s for s in found if " " not in s.document]
    if not short:
        return
    lemmas = set().union(*map(_paper_lemmas, said))
    taken = {s.document for s in found}
    for signature in short:
        longer = [d for d in lemmas if d != signature.document and d.endswith(signature.document)]
        if len(longer) == 1 and longer[0] not in taken:
            signature.document = longer[0]


@lru_cache(maxsize=2048)  # pure, and exports repeat their texts from task to task
def _paper_lemmas(text: str) -> frozenset[str]:
    """Every paper a text names, by its lemma ('testrapporten' -> 'testrapport')."""
    return frozenset(lemma for w in words(text) if (lemma := document_lemma(w.group(0), loose=True)))


def texts(task: Task) -> Iterator[tuple[int | None, str]]:
    """Method steps first: their wording is the most precise about who does what."""
    for step in task.method_steps:
        yield step.number, step.text
    for item in task.checklist:
        yield None, "\n".join([item.text, *(s.text for s in item.substeps)])
    # The title last: 'Underskriv databehandleraftalen' there is as good as in the text, but says less.
    title = re.sub(r"^\([^()]*\)\s*|^[A-ZÆØÅ]{2,}\s*\d+\w*\s*(?:\([^()]*\)\s*)?", "", task.title)
    for text in (task.description, task.goal, task.result, task.recommended_executor,
                 task.executor_comment, task.recommended_responsible, *task.extra.values(), title):
        if text:
            yield None, text


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
        for sentence in sentences(text):
            order += 1
            if step is not None and (heading := _step_heading(sentence)):
                # 'Tilslutningsaftale: send aftalen til KOMBIT': the paper the step is about, then the step
                last, sentence = (heading[0], False), sentence[heading[1]:]
            if unsigned and (who := _done_it_by(sentence)):
                for m in unsigned:
                    m.signer = who  # 'Ansøgningen skal underskrives. Det gøres af økonomichefen.'
                continue
            who = _bracket_role(sentence) if "(" in sentence or ":" in sentence else None
            sentence = _without_asides(sentence, _things_key()) if "(" in sentence else sentence
            sentence = as_passive(sentence)  # 'Godkendelsen af X foretages af Y': 'X godkendes af Y'
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


# 'Det gøres af X', 'Dette varetages af X': a sentence that only says who does what the one before demands
_DONE_IT = re.compile(r"^(?:det|dette)\s+(?:skal\s+|vil\s+)?(?:gøres|sker|foretages|varetages|udføres)\s+"
                      r"(?:af|ved)\s+", re.I)


# 'Det er X, der har underskriftskompetencen', 'X har prokura': the power to sign names who signs
_HOLDS_POWER = re.compile(r"^(?:det\s+er\s+)?(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?:,\s*)?"
                          r"(?:der\s+|som\s+)?har\s+"
                          r"(?:underskriftskompetencen|underskriftsretten|tegningsretten|prokura)\b", re.I)


def _done_it_by(sentence: str) -> str | None:
    """Who a 'Det gøres af X' (or 'Det er X, der har underskriftskompetencen') sentence names (X), or None
    for any other sentence."""
    if m := _DONE_IT.match(sentence):
        return _role(_before_verb(name_after(sentence[m.end():])), initial=False)
    if (m := _HOLDS_POWER.match(sentence)) and \
            (who := _role(name_after(m["who"]), initial=m.start("who") == 0)) and \
            not _is_us(who):
        return who
    return None


_HEADING = re.compile(r"([\w-]+)\s*:\s+(?=\w)")


def _step_heading(sentence: str) -> tuple[str, int] | None:
    """A step that opens with a paper as its heading ('Tilslutningsaftale: underskriv (borgmesteren)'): the
    paper's lemma and where the step's own words start; None for any other step ('Underskrift: X')."""
    m = _HEADING.match(sentence)
    paper = _lemma(m.group(1)) if m else None
    return (paper, m.end()) if paper else None


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
# Who signs said in a sentence of its own, with the signer last: 'Det er X, der godkender den' (a cleft),
# 'Den, der underskriver, er X', 'Underskriver er X', 'Underskriveren er X' say 'X underskriver (den)'.
_CLEFT = re.compile(r"^det\s+(?:er|bliver)\s+(?P<who>[\w'’/-]+(?:\s+(?!der\b|som\b)[\w'’/-]+){0,5}?)"
                    r"\s*,?\s*(?:der|som)\s+"
                    r"(?P<rest>(?:skal\s+|må\s+|bør\s+)?\w.*)$", re.I)
_WHO_IS = re.compile(r"^(?:den|personen|den\s+person),?\s+(?:der|som)\s+(?:skal\s+)?"
                     r"(?P<verb>underskriver|underskrive|skriver\s+under|skrive\s+under|signerer|signere|godkender|godkende)(?P<obj>(?:\s+\w+){0,3}?)"
                     r",?\s+er\s+(?P<who>\S.*)$"
                     r"|^(?:(?:kommunens|jeres|vores)\s+)?"  # 'Kommunens underskriver er X'
                     r"(?P<noun>underskriver(?:en)?|godkender(?:en)?|underskriftsgiver(?:en)?|underskrivende\s+part)"
                     r"(?:\s+(?:for|på\s+vegne\s+af)\s+kommunen)?\s+(?:er|bliver)\s+"
                     r"(?P<who2>\S.*)$", re.I)
# 'X er den, der underskriver aftalen', 'X har ansvaret for at underskrive aftalen', 'X står for at signere
# den': who signs, said as the one who does it or whose duty it is
_DUTY_TO_SIGN = re.compile(r"^(?P<who>[\w'’/-]+(?:\s+(?!er\b|har\b|står\b|sørger\b)[\w'’/-]+){0,5}?)\s+"
                           r"(?:er\s+(?:den|personen),?\s+(?:der|som)\s+(?:skal\s+)?"
                           r"|(?:er\s+ansvarlig|har\s+ansvaret|står|sørger)\s+for\s+at\s+)"
                           r"(?P<verb>underskriver|underskrive|skriver\s+under|skrive\s+under|signerer|signere"
                           r"|godkender|godkende)\b(?P<rest>.*)$", re.I)
# 'Det er KOMBIT, der skal have bemyndigelsen': who gets it, said as a cleft
_HAS = re.compile(r"(?:skal\s+)?(?:have|modtage|modtager|får)\s", re.I)
_AS_VERB = {"underskrive": "underskriver", "skrive under": "skriver under", "signere": "signerer",
            "godkende": "godkender"}


# 'X skal skrive aftalen under', 'Skriv den under': the paper between the verb and its particle
_OBJECT_BETWEEN = re.compile(r"\b(skriver|skrive|skriv)\s+(?!(?:også|derefter|herefter|så|først|selv|ikke"
                             r"|gerne|straks|digitalt|elektronisk|fysisk)\b)"
                             r"((?:den|det|dem)|(?:(?:den|det|de)\s+)?[\w-]+)\s+under\b(?!\s+på\b)", re.I)


# 'Aftalen underskrives på vegne af kommunen af X', 'X underskriver på kommunens vegne': for whom, not who
_ON_BEHALF = re.compile(r",?\s+(?:på\s+vegne\s+af\s+kommunen|på\s+kommunens\s+vegne|for\s+kommunen)"
                        r"(?=\s+af\s|[\s,.])", re.I)


def _maker(sentence: str, at: int) -> str | None:
    """Who makes the power of attorney whose making starts at `at`: the role before 'opretter' ('Kommunens
    NemLog-in-administrator opretter derfor en fuldmagt til KOMBIT'); None for an imperative, a passive
    or the municipality."""
    who = _subject(sentence[clause_start(sentence, at):at])
    return who if who and who.casefold() not in US else None


def _given_by_its_maker(groups: dict[str, list[Mention]]) -> None:
    """A power of attorney nobody is said to sign or approve, that a named role makes for a party, is given
    by that role in the step that makes it ('Opret fuldmagten til KOMBIT'): making it in NemLog-in is
    giving it. One that someone approves is signed by them, and making it is no step of it (dev8)."""
    for ms in groups.values():
        maker = next((m.made_by for m in ms if m.made_by), None)
        if maker is None or any(m.signing for m in ms):
            continue
        for m in ms:
            if m.made_by or m.made_in:
                m.signing, m.signer, m.spans = True, maker, ["opretter"]
                m.step, m.act = m.made_in, "sign" if m.made_in else None


@lru_cache(maxsize=8192)
def uncleft(sentence: str) -> str:
    """'Det er X, der godkender den' -> 'X godkender den'; 'Den, der underskriver, er X' and
    'Underskriver er X' -> 'X underskriver'; 'X skal skrive aftalen under' -> 'X skal skrive under på
    aftalen'."""
    sentence = _OBJECT_BETWEEN.sub(r"\1 under på \2", sentence)
    sentence = who_signs_first(_ON_BEHALF.sub("", sentence))  # 'Det påhviler X at underskrive den'
    if (m := _DUTY_TO_SIGN.match(sentence)) and m["who"].split()[0].casefold() not in POINTING_BACK:
        verb = " ".join(m["verb"].split()).casefold()
        return f"{m['who']} {_AS_VERB.get(verb, verb)}{m['rest']}"
    if not re.match(r"(?:det\s+er|det\s+bliver|den|personen|underskriv|godkender|underskriftsgiver"
                    r"|kommunens|jeres|vores)",
                    sentence, re.I):
        return sentence
    if (m := _CLEFT.match(sentence)) and (_CUE.search(m["rest"]) or _HAS.match(m["rest"])):
        return f"{m['who'].strip()} {m['rest']}"
    if m := _WHO_IS.match(sentence):
        if m["noun"]:
            verb = "godkender" if m["noun"].casefold().startswith("godk") else "underskriver"
            return f"{m['who2'].rstrip(' .')} {verb}."
        verb = " ".join(m["verb"].split()).casefold()
        return f"{m['who'].rstrip(' .')} {_AS_VERB.get(verb, verb)}{m['obj']}."
    return sentence


# 'Underskriv aftalen (pensionschefen)', 'Skriv under (borgmester og kommunaldirektør)': an imperative
# says who does it in brackets; a role there is a definite noun or ends like one.
_BRACKET = re.compile(r"\(\s*(?:fx\.?\s+|typisk\s+|f\.eks\.\s+)?([^()]{3,60}?)\s*\)")
# 'Underskrivning af aftalen (udføres af X)', 'Underskriv aftalen – ansvarlig: X': the step's executor
# labelled as such, in brackets or after a dash at the step's end, is who does it
_EXECUTOR = re.compile(r"(?:\(\s*|\s[–—-]\s*)(?:(?:udføres|varetages|foretages|gøres)\s+af|"
                       r"(?:ansvarlig|ansvar|udfører|udførende)\s*:)\s*([^():]{3,60}?)\s*\)?[\s.]*$", re.I)


def _bracket_role(sentence: str) -> str | None:
    if (m := _TYPICALLY.search(sentence)) and (name := name_after(m.group(1), both=True)):
        return name
    # a labelled executor names who does the step however it is worded ('Fuldmagten underskrives (udfører:
    # X)'); a bare bracket only after an imperative ('Underskriv aftalen (X)'), where it cannot be an aside
    labelled = _EXECUTOR.search(sentence)
    m = labelled or _BRACKET.search(sentence)
    if not m or not (_CUE.search(sentence) if labelled else _CUE.match(sentence.lstrip())):
        return None
    name = name_after(m.group(1), both=True)
    if not name or name != " ".join(m.group(1).split()) or any(c.isdigit() for c in name):
        return None
    last = name.split()[-1].casefold()
    if document_lemma(last) or last in US or not (last.endswith(ROLE_ENDINGS) or last.endswith(("en", "ne"))):
        return None
    return name


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
        if _negated(sentence, cue) or (cue.group(0)[:3].casefold() == "bek" and not _ESIGN.search(sentence)) \
                or _NO_LONGER.search(sentence) or (cue.group(0)[:3].casefold() in {"bek", "til"} and
                                                   _EVERY_TIME.search(sentence)):
            continue
        if cue.lastgroup == "noun" and _SPAN_BEFORE.search(sentence[:cue.start()]):
            continue  # 'senest 2 uger efter underskrift af kontrakten': the signing is when time counts from
        if step is None and cue.lastgroup == "noun" and cue.group(0)[:3].casefold() in {"god", "sig", "und"} \
                and not cue.group(0).casefold().startswith("underskrift") \
                and not _DONE_BY.match(sentence, cue.end()) and not (
                    cue.group(0).casefold().startswith(("signatur", "godkendelse"))
                    and _SOMEONES.search(sentence[:cue.start()])) \
                and not _AFTER_SIGNING.fullmatch(sentence[:cue.start()]):
            continue  # 'Godkendelse af ansøgningen sker i KP' describes the system; a step instructs; but
            # 'Aftalen kræver direktørens signatur' names whose signature the paper needs
        doc = _cue_document(sentence, cue, last)
        if doc is None and out and re.fullmatch(r"\s*(?:og|samt|eller)\s*", sentence[cue_end:cue.start()]):
            doc = (out[-1].document, out[-1].plural)  # 'sendes til godkendelse og underskrift hos X'
        cue_end = cue.end()
        if doc and _GIVEN_CUE.fullmatch(cue.group(0)) and not re.search(rf"(?:{GIVEN})$", doc[0]):
            continue  # 'Giv leverandøren adgang', 'Adgangen er givet': only a power of attorney is given
        if doc is None:
            # 'Underskriften foretages af X', 'X står for underskriften': who signs, the paper said elsewhere
            doer = cue.lastgroup == "noun" and bool(_DONE_BY.match(sentence, cue.end())
                                                    or _TAKES_CARE.search(sentence[:cue.start()]))
            who = _signer(sentence, cue) if cue.lastgroup in {"passive", "approved"} or doer else None
            if doer and who and last and who.casefold() not in US:
                doc = last  # 'KOMBIT sender aftalen. Underskriften foretages af X': the paper just named
            elif who:
                unnamed.append(Mention(order=order, document="", plural=False, step=None, signing=False,
                                       signer=who))
        if doc is None:
            continue
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
            continue
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
    if not out and not NEGATION.search(sentence):
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
        m.recipient, m.act, m.returns, m.handed_to = None if other else recipient, act, returns, handed
    return out + unnamed


@lru_cache(maxsize=8192)
def _sent_papers(sentence: str, things: frozenset) -> frozenset[str]:
    """The papers the clause with the sending verb names ('sendes en kvittering til X' -> {'kvittering'});
    empty when it names none ('Send den til KOMBIT')."""
    # the sending that names where it goes ('Samtykket gives ved, at X ... sender den til KMD')
    sends = list(SEND.finditer(sentence))
    send = next((m for m in sends if re.match(r"(?:\s+\S+){0,6}?\s+(?:til|hos)\s", sentence[m.end():], re.I)),
                sends[0] if sends else None)
    if send is None:
        return frozenset()
    start = clause_start(sentence, send.start())
    if (both := re.search(r"([\w-]+)\s+(?:og|samt|eller)\s*$", sentence[:start])) and \
            _lemma(both.group(1), loose=True):
        start = both.start()  # 'Både fuldmagten og bilaget sendes til KMD': 'og bilaget' is no new clause
    clause = sentence[start:send.end() + clause_end(sentence[send.end():], 0)]
    # 'Send godkendelsen til KOMBIT' sends (the approval of) the thing approved, no other paper
    return frozenset(lemma for w in words(clause) if (lemma := _lemma(w.group(0), loose=True))
                     and not _ACT_WORD.fullmatch(lemma))


# a sending verb right before a participle: 'returneres underskrevet', 'sendes signeret retur', 'Send den
# underskrevet til X'
_SENT_AS = re.compile(r"\b(?:return[eé]r\w*|(?:retur|tilbage)send\w*|indsend\w*|aflever\w*|send\w*"
                      r"|fremsend\w*|upload\w*|mail\w*)(?:\s+(?:den|det|dem|de|retur|tilbage|[\w-]+(?:en|et|ne)))?\s+$",
                      re.I)
_ACT_WORD = re.compile(r"godkendelse|accept|underskrift|signatur|tiltrædelse", re.I)
_SIGNING_VERB = re.compile(r"underskr|signer|sign[eé]r|skriv|skrev", re.I)
_CUE_PREFIX = re.compile(r"(?:til\s+|i\s+)?(?:" + _PREFIXES + r")?(?=\w)", re.I)


def _cue_act(span: str) -> str | None:
    """What a cue says is done to a paper: 'sign' ('underskrives', 'skrive under'), 'approve'
    ('godkendes', 'ledelsesgodkendes', 'til godkendelse', 'sign-off'), or None ('påtegnes')."""
    verb = _CUE_PREFIX.sub("", span.strip(), count=1)
    if _APPROVAL_HINT.match(verb):
        return "approve"
    return "sign" if _SIGNING_VERB.match(verb) else None
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


# 'underskrift fra X', 'underskrift og stempel fra X', 'underskrift på fuldmagten'
_NOUN_BY = re.compile(r"\s+(?:(?:og|samt)\s+[\w-]+\s+)?(?:af|fra|på)\b", re.I)


def _before_cue(sentence: str, cue: re.Match[str]) -> tuple[int, str]:
    """Where the signing word's clause starts, and the words before the word that may name its paper: its
    clause, or the clause before when the signing verb is the second of two ('Blanketten udfyldes og
    underskrives'), both papers of a pair, or the subject of a list of passives."""
    start = clause_start(sentence, cue.start())
    left = sentence[start:cue.start()]
    # ('... og derefter underskrives af X': an adverb after the 'og' is no subject either)
    if all(w.group(0).casefold() in _ADVERBS | _AUX for w in words(left)) and \
            re.search(r"\b(?:og|samt|eller)\s*$", sentence[:start], re.I):
        left = sentence[clause_start(sentence, start - 4):start]  # 'Blanketten udfyldes og underskrives'
    elif (pair := _PAPER_AND.search(sentence, 0, start)) and _lemma(pair.group(1)) and \
            _first_document(left, last=None, subject=False):
        # 'Aftalen og bilaget underskrives af X': 'og bilaget' reads as 'og sendt' (a verb), which starts a
        # clause; the subject is both papers, the first of which is before the 'og'
        left = sentence[clause_start(sentence, pair.start()):cue.start()]
    # 'Sedlen skal udfyldes, dateres og underskrives af X': back past every passive of a list to its subject
    while cue.lastgroup in {"passive", "approved"} and (at := cue.start() - len(left)) > 0 and \
            re.search(r",\s*$", sentence[:at]) and words(left) and \
            all(w.group(0).casefold() in _ADVERBS | _AUX | {"og", "samt", "eller"} or
                re.fullmatch(r"[a-zæøå]{3,}es", w.group(0)) for w in words(left)):
        left = sentence[clause_start(sentence, at - 2):cue.start()]
    return start, left


def _cue_document(sentence: str, cue: re.Match[str],
                  last: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """The document a signing word is about, from where Danish puts it: before a passive ('Bilaget
    signeres'), after an active verb ('underskriv aftalen'), before 'til underskrift'."""
    kind = cue.lastgroup
    start, left = _before_cue(sentence, cue)
    right = sentence[cue.end():cue.end() + clause_end(sentence[cue.end():], 0)]
    earlier = [lemma for w in words(sentence[:start])
               if (lemma := _lemma(w.group(0)))]
    if earlier:
        last = (earlier[-1], False)  # 'Blanketten sendes retur, når den er underskrevet': den = blanketten
    if kind in {"active", "approve"} and re.search(r"\bsom\b", left, re.I) and not _first_document(
            " ".join(right.split()[:6]), last=None, subject=False):
        return last if earlier else None  # 'kontrakten, som kommunen skal underskrive
    if kind in {"passive", "approved"} and re.search(r"\b(?:en|et|den|det|de|begge)\s+$", left, re.I) and \
            not re.search(r"\bfå\s+(?:den|det|dem|de)\s+$", left, re.I) and \
            not cue.group(0).casefold().endswith("es"):  # 'Den underskrives af X': a pronoun, a passive
        kind = "adj"  # 'via en underskrevet tilslutningsaftale': the participle describes what follows
    # 'Leverandøren sender en aftale, som skal underskrives af it-chefen': the paper 'som' stands for
    if kind in {"passive", "approved", "state"} and earlier and start > 0 and \
            re.match(r"\s*(?:som|der)\b", left, re.I) and \
            all(w.group(0).casefold() in _AUX | _ADVERBS | {"som", "der"} for w in words(left)):
        return last
    if kind == "noun" and _LABEL.match(sentence, cue.end()) and not words(left):
        return last  # 'Underskrift: kommunaldirektøren' under a step about the paper
    if kind == "noun" and _WHOSE.search(left) and not _lemma(_WHOSE.search(left).group(1).split()[-1]):
        return _first_document(left, last=last, subject=True) or (  # 'forsynes med direktørens ...'
            _first_document(" ".join(right.split()[:6]), last=None, subject=False)
            if _ON_PAPER.match(right) else None) or (  # 'Efter direktørens underskrift sendes aftalen ...'
            _first_document(sentence[cue.end():], last=None, subject=False) if _AFTER_SIGNING.match(left)
            else None) or last  # '... underskrift på fuldmagten'
    if kind == "noun" and last and not words(left) and len(words(right)) <= 3 and \
            not re.match(r"\s+(?:af|fra|på)\b", right, re.I):
        return last  # a step 'Signering i Penneo' after 'Modtag aftalen'
    if kind == "noun" and _AFTER_SIGNING.fullmatch(left) and re.match(r"\s+(?:hos|ved|i)\s", right, re.I):
        # 'Efter underskrift hos pensionschefen sendes aftalen retur': the paper the main clause names
        return _first_document(sentence[cue.end():], last=None, subject=False)
    if kind == "noun" and last and not words(right) and _GET_SIGNED.match(sentence):
        return last  # a step 'Indhent begge underskrifter' after 'Modtag aftalen'
    if kind == "noun" and not (re.match(_NOUN_BY, right) or
                               re.search(r"\b(?:kræver|kræve|mangler|afventer)\s+(?:en\s+)?$", left, re.I)):
        return None  # 'læs bilagene inden underskrift' names no document to sign
    if kind == "noun" and re.match(_NOUN_BY, right) and not re.match(r"\s+på\b", right, re.I) and \
            not _first_document(left, last=None, subject=False):
        # 'Få underskrift fra direktøren (på fuldmagten)': the paper named after it, else the one before
        return _first_document(" ".join(right.split()[:6]), last=None, subject=False) or last
    if kind in {"passive", "approved"} and re.search(r"\b(?:have|har|havde|haft)\s+$", left, re.I):
        return _first_document(" ".join(right.split()[:4]), last=last, subject=True)  # 'har underskrevet X'
    if kind in {"passive", "approved"} and re.fullmatch(r"\s*der\s+(?:skal\s+|må\s+|bør\s+|vil\s+)?", left,
                                                         re.I):  # 'Der skal underskrives en aftale'
        return _first_document(" ".join(right.split()[:4]), last=None, subject=False)
    if kind in {"passive", "approved"} and not words(left):  # 'Underskrevet aftale skal foreligge'
        found = _first_document(" ".join(right.split()[:3]), last=None, subject=False)
        # a step 'Underskrives af direktøren' goes on about the paper of the step before
        return found or (last if kind == "passive" and re.match(r"\s+af\s", right, re.I) else None)
    if kind in {"passive", "approved"} and _part_of_paper(left):
        return None  # 'Teksten i blanketten skal godkendes af X': the text is approved, the paper not signed
    if kind in {"state", "for", "passive", "approved"}:
        found = _first_document(left, last=last, subject=kind in {"passive", "approved"})
        if found is None and kind in {"for", "passive"} and re.match(r"\s*\w+es\b", left) and \
                (joined := re.search(r"^(.*?)\s+(?:\w+es\s+)?(?:og|samt)\s*$", sentence[:start])):
            # 'Blanketten udfyldes og sendes til underskrift hos X': two passives that share the subject
            found = _first_document(joined.group(1), last=None, subject=True)
        if found is None and last and kind in {"passive", "approved"} and _SENT_AS.fullmatch(left) and \
                not re.search(r"\s(?:den|det|de|dem)\s*$", left, re.I):
            return last  # a step 'Returneres underskrevet til KOMBIT': the paper of the step before
        if found is None and kind == "for" and last and (tokens := [w.group(0) for w in words(left)]) and \
                any(_pronoun_at(tokens, i) for i in range(min(3, len(tokens)))):
            return last  # 'Læg den til underskrift hos X', 'Send det til godkendelse': the paper before
        if found is None and kind in {"passive", "for"}:  # signing, not approving: 'Bestillingen signeres'
            loose = [lemma for w in words(left) if (lemma := _lemma(w.group(0), loose=True))]
            return (loose[0], False) if loose else None
        if found is None and last and any(_lemma(w.group(0), loose=True) == last[0] for w in words(left)):
            return last  # 'Hent certifikatet, når bestillingen er godkendt': the order just signed
        return found
    if kind in {"active", "approve"}:
        found = _first_document(" ".join(right.split()[:6]), last=last, subject=True)
        if found is None and not words(left) and (then := _AND_VERB.match(sentence, cue.end())):
            # 'Underskriv og returner aftalen til KOMBIT': two imperatives share the object ('returner'
            # reads as a present tense that starts a clause)
            found = _first_document(" ".join(sentence[then.end():].split()[:6]), last=None, subject=False)
        bare = not words(_HOW.sub("", right))
        if found is None and kind == "active" and last and (bare or not words(left)
                                                            or _SHARED_OBJECT.match(right)):
            return last  # 'Hent aftalen. Pensionschefen skriver under (digitalt)': the paper before
        if found is None and kind == "active":  # 'skal underskrive godkendelsen af generalprøven'
            loose = [lemma for w in words(" ".join(right.split()[:3]))
                     if (lemma := _lemma(w.group(0), loose=True))]
            return (loose[0], False) if loose else None
        return found
    if kind == "adj":
        return _first_document(" ".join(right.split()[:3]), last=None, subject=False)
    return _first_document(left, last=None, subject=False) or \
        _first_document(" ".join(right.split()[:4]), last=None, subject=False)


# a paper, then 'og' right where a clause was taken to start: 'Aftalen og | bilaget underskrives'
_PAPER_AND = re.compile(r"([\w-]+)\s+(?:og|samt)\s+$", re.I)
# 'Underskriv og returner ...', 'Godkend og send ...': a second imperative after the first
_AND_VERB = re.compile(r"\s*(?:og|samt)\s+[a-zæøåé]+\s", re.I)
# 'til at underskrive og returnere den': the pronoun after a second verb is the object of both
_SHARED_OBJECT = re.compile(r"\s*(?:og|samt)\s+[a-zæøå]{3,}e\s+(?:den|det|dem)\b", re.I)
# 'Efter underskrift hos X', 'Ved direktørens underskrift': when it is signed, before the main clause
_AFTER_SIGNING = re.compile(r"\s*(?:efter|ved)\s+(?:endt\s+|[\w-]+(?:'s|’s|s)\s+)?", re.I)
# How a paper is signed, which names no paper: 'digitalt', 'med MitID Erhverv', 'i Penneo'
_HOW = re.compile(r"\b(?:digitalt|elektronisk|fysisk|med\s+(?:MitID|NemID)(?:\s+Erhverv)?|i\s+[A-ZÆØÅ][\w-]*"
                  r"|via\s+[A-ZÆØÅ][\w-]*)\b")


_COPY = re.compile(r"(?:eksemplar|original|kopi)\w*", re.I)  # a copy of the paper is the paper sent on
_COUNTS = {"begge", "alle", "ene", "andet", "to", "tre", "et", "en", "hvert", "hver"}


def _first_document(text: str, *, last: tuple[str, bool] | None, subject: bool) -> tuple[str, bool] | None:
    """The first document word in `text`; a pronoun standing for a document ('den skal godkendes')
    means the one spoken of last."""
    tokens = [w.group(0) for w in words(text)]
    for i, tok in enumerate(tokens):
        if lemma := _lemma(tok):
            if i + 1 < len(tokens) and tok.casefold()[len(lemma):] in {"s", "ens", "ets", "ns", "ts"} and \
                    _lemma(tokens[i + 1]):
                continue  # 'databehandleraftalens bilag 3': the paper is the appendix
            # 'Bilag 1' and 'Bilag 2' are two papers: a number or letter right after the word is its name
            if i + 1 < len(tokens) and _DOC_NUMBER.fullmatch(tokens[i + 1]) and not (
                    i + 2 < len(tokens) and _UNIT_AFTER.match(tokens[i + 2])):  # 'aftalen 3 uger før'
                lemma = f"{lemma} {tokens[i + 1]}"
            return lemma, is_plural(tok) or any(t.casefold() in {"begge", "alle", "de"} for t in tokens)
    if not (subject and last):
        return None
    at = next((i for i, t in enumerate(tokens) if t.casefold() not in _NOT_CONTENT), None)
    if at is not None and tokens[at].casefold() in POINTING_BACK and not _article(tokens, at):
        return last
    # 'Kommunaldirektøren underskriver begge eksemplarer', 'Send det ene eksemplar til X': copies of it
    content = next((t for t in tokens if t.casefold() not in _NOT_CONTENT | POINTING_BACK | _COUNTS), None)
    return last if content is not None and _COPY.fullmatch(content) else None


@lru_cache(maxsize=8192)
def _without_asides(sentence: str, things: frozenset) -> str:
    """The sentence read past the asides that follow a document's name; other brackets stay ('den
    underskriftsberettigede (systemansvarlig for ...)' says who signs)."""
    return _ASIDE.sub(lambda m: m.group(1) + (m.group(2) or "") if _lemma(m.group(1)) else m.group(0),
                      sentence)


def _things_key() -> frozenset[tuple[str, str]]:
    """The cache key part of what the cached readers below see: the task's approved things."""
    things = _THINGS.get()
    return frozenset(things.items()) if things else frozenset()


@lru_cache(maxsize=8192)  # pure, and exports repeat their sentences from task to task
def _last_document(sentence: str, things: frozenset) -> tuple[str, bool] | None:
    return _first_document(sentence, last=None, subject=False)


@lru_cache(maxsize=8192)
def _moved_document(sentence: str, last: tuple[str, bool] | None,
                    things: frozenset = frozenset()) -> tuple[str, bool] | None:
    """A document received ('Modtag blanketten fra KOMBIT') or sent on ('Send aftalen retur til
    KOMBIT', 'Begge aftaler sendes fra KOMBIT'): it counts only if it is signed elsewhere."""
    if not (_RECEIVE.match(sentence) or SEND.search(sentence) or _GETS.match(sentence)
            or _HAND_ON.match(sentence) or _RECEIVED.search(sentence) or _PUT.search(sentence)
            or _AT_MEETING.search(sentence)
            or _ARRIVES.search(sentence) or _MADE_FOR.search(sentence) or _ON_TO.search(sentence)):
        return None
    found = _first_document(sentence, last=None, subject=False)
    tokens = [w.group(0) for w in words(sentence)]
    if found is None and last and any(_pronoun_at(tokens, i) for i in range(min(3, len(tokens)))):
        return last  # 'Send den retur til KOMBIT'
    if found is None and last and (gets := _GETS.match(sentence)) and \
            _pronoun_at(tokens, len(words(sentence[:gets.end()]))):
        return last  # 'Udbetaling Danmark skal have den retur senest ...'
    if found is None and last and _ACT_NOUN.match(sentence):
        return last  # 'Send godkendelsen til KOMBIT': the approval of the thing just approved
    if found is None and last and any(_COPY.fullmatch(t) for t in tokens[:5]):
        return last  # 'Send det ene eksemplar til leverandøren'
    if found is None and last and re.match(_SEND_ON, sentence, re.I):
        return last  # 'Indscan og send den til KOMBIT', 'Sendes til KOMBIT's postkasse'
    return found


def _part_of_paper(left: str) -> bool:
    """'Teksten i blanketten', 'Oplysningerne på fuldmagten': the subject is a part of a paper, no paper."""
    tokens = [w.group(0) for w in words(left)]
    return len(tokens) >= 3 and tokens[0].casefold() not in POINTING_BACK | _NOT_CONTENT and \
        not _lemma(tokens[0]) and tokens[1].casefold() in {"i", "på"} and bool(_lemma(tokens[2]))


def _article(tokens: list[str], i: int) -> bool:
    """'Godkend den endelige indlæsning': 'den' is the article of an adjective and its noun, not a
    pronoun for the paper spoken of before."""
    return i + 2 < len(tokens) and not _pronoun_at(tokens, i) and tokens[i + 1].casefold().endswith("e") \
        and tokens[i + 2].isalpha()


_AND_THEN = re.compile(r"\s*(?:,|\bog\b|\bsamt\b)\s*(?:(?:den|det|de|en|et)\s+)?([\w-]+)", re.I)


def _joined_documents(sentence: str, first: str) -> list[str]:
    """The papers joined to the first one a sentence names ('tilslutningsaftalen og samtykket',
    'blanketten, fuldmagten og bilaget'): each word right after 'og', 'samt' or a comma that is a paper."""
    at = next((w for w in words(sentence) if _lemma(w.group(0)) == first), None)
    out: list[str] = []
    end = at.end() if at else len(sentence)
    while (joined := _AND_THEN.match(sentence, end)) and (lemma := _lemma(joined.group(1))):
        if lemma != first and lemma not in out:
            out.append(lemma)
        end = joined.end()
    return out


_SIGNED_ADJ = re.compile(r"underskrevne|signerede|godkendte|påtegnede")


def _pronoun_at(tokens: list[str], i: int) -> bool:
    """'Send den retur', 'Scan den og upload den': a pronoun; 'Den tekniske administrator uploader ...': an
    article before the words it goes with."""
    if tokens[i].casefold() not in POINTING_BACK:
        return False
    after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
    return not after or after in STOP_WORDS | {"retur", "tilbage", "videre", "ind", "op", "ud", "igen"} or \
        not after.isalpha() or after in _IMPERATIVES or after.endswith(("es", "er")) or \
        bool(_SIGNED_ADJ.fullmatch(after))  # 'Den sendes til ...', 'Send den underskrevne til KOMBIT'


def _signer(sentence: str, cue: re.Match[str]) -> str | None:
    """Who signs: the agent the sentence names; else the word for 'the authorised signatory'
    ('udpeg underskriftsberettigede (systemansvarlig for ...)'), which names the role to find."""
    who = _named_signer(sentence, cue)
    said = cue.group(0).casefold()
    prefix = next((body for part, body in _BODY_PREFIX.items() if said.startswith(part)), None)
    if prefix and (who is None or who.casefold() in US):
        return prefix  # 'Planen skal ledelsesgodkendes': the prefix names who approves
    if (m := _SIGNER_WORD.search(sentence)) and (who is None or _SIGNER_WORD.fullmatch(who.split()[-1])):
        return m.group(0)  # 'Kommunens underskriftsberettigede skal', not '... underskriftsberettiget leder'
    return who


# 'ledelsesgodkendes', 'direktionsgodkendt': a verb whose first part is the body that signs
_BODY_PREFIX = {"ledelses": "ledelsen", "direktions": "direktionen"}
# 'godkendes på direktionsniveau', 'på ledelsesniveau', 'på udvalgsniveau', 'på direktørniveau'
_AT_LEVEL = re.compile(r"\s+på\s+([\w-]+?)-?niveau(?:et)?\b", re.I)
_LEVEL_BODY = {**_BODY_PREFIX, "udvalgs": "udvalget", "byråds": "byrådet", "styregruppe": "styregruppen",
               "bestyrelses": "bestyrelsen", "kommunalbestyrelses": "kommunalbestyrelsen"}


def _level_body(word: str) -> str | None:
    """'direktions' -> 'direktionen'; a role ('direktør', 'chef') stays as it is written."""
    low = word.casefold()
    if low in _LEVEL_BODY:
        return _LEVEL_BODY[low]
    return low if low.endswith(ROLE_ENDINGS) else None
# 'Bed kommunens tegningsberettigede om at godkende fuldmagten', 'Få direktøren til at underskrive':
# the one asked to sign is named between the request verb and 'om at'/'til at'.
_ASKED = re.compile(r"\b(?:bed|beder|anmod|anmoder|få|får)\s+(?P<who>(?:(?!om\b|til\b)[\w'’/-]+\s+){1,6}?)"
                    r"(?:om|til)\s+at\s+$", re.I)


def _named_signer(sentence: str, cue: re.Match[str]) -> str | None:
    kind = cue.lastgroup
    left = sentence[clause_start(sentence, cue.start()):cue.start()]
    if kind in {"passive", "approved"} and (m := re.search(r"\b(?:have|har|havde|haft)\s+$", left, re.I)):
        return _subject(left[:m.start()])  # 'Inden go-live skal kommunaldirektøren have underskrevet X'
    if kind in {"active", "approve"} and (m := _ASKED.search(sentence[:cue.start()])):
        return _role(name_after(m.group("who")), initial=False)
    right = sentence[cue.end():]
    listed = (by := re.match(r"\s+af\s+", right, re.I)) and (starts_with_names(right[by.end():])
                                                              or ROLE_IN_AREA.match(right, by.end()))
    right = right[:clause_end(right, 0)] if not re.match(r"\s+af\s+(?:både|enten)\b", right, re.I) \
        and not listed else right  # 'af X og Y', 'af X, Y og Z': every name, past the comma
    if kind == "noun" and (m := _LABEL.match(sentence, cue.end())):
        return _role(name_after(sentence[m.end():]), initial=False)  # 'Underskrift: kommunaldirektøren'
    if kind == "active" and not re.search(r"\w", sentence[:cue.start()]) and \
            (m := _LABEL.match(sentence, cue.end())):
        return _labelled(name_after(sentence[m.end():]))  # 'Underskriver: kommunaldirektøren'
    if kind in {"passive", "approved"} and (m := _BY_LABEL.match(sentence, cue.end())):
        return _labelled(name_after(sentence[m.end():]))  # 'Underskrives af: borgmesteren'
    before = sentence[:cue.start()]
    if kind == "noun" and (m := _DONE_BY.match(right)):
        # 'Kommunens underskrift foretages af X', 'Underskrivelsen varetages af X': the doer, not the owner
        return _role(_before_verb(name_after(right[m.end():])), initial=False)
    if kind == "noun" and (m := _TAKES_CARE.search(before)):
        return _subject(before[clause_start(before, m.start()):m.start()])  # 'X står for underskriften'
    if kind == "noun" and (m := _WHOSE.search(before)) and not _lemma(m.group(1).split()[-1]):
        # 'direktørens underskrift'; 'Kommunaldirektørens underskrift skal ...' loses the sentence's capital
        return _role(m.group(1), initial=not before[:m.start()].strip())
    if kind == "for" and (m := _PRESENTED.search(before)) and \
            (who := _role(name_after(m.group(1)), initial=False)):
        return who  # 'Aftalen skal forelægges byrådet til godkendelse'
    if kind == "for" and (m := re.search(r"\b(?:til|hos)\s+((?:\S+\s+){1,6}?)$", before, re.I)
                          or re.search(r"\b(?:til|for|hos)\s+((?:\S+\s+){1,4}?)$", before, re.I)):
        if who := _role(name_after(m.group(1)), initial=False):
            return who  # 'Giv aftalen til direktøren (for Sundhed og Omsorg) til underskrift'
    if kind == "noun" and (m := re.search(r"\b(?:sætter|sætte|sæt|giver|give)\s+(?:sin|sit|deres|en)\s+$",
                                          before, re.I)):
        return _subject(before[clause_start(before, m.start()):m.start()])  # 'X sætter sin underskrift på'
    if kind in {"active", "approve"} and re.search(r"\b(?:til|med|for)\s+at\s+$", before, re.I) and \
            (m := _LIES_WITH.search(right)):
        return _role(name_after(right[m.end():]), initial=False)  # 'Kompetencen til at underskrive ... hos X'
    if kind in {"active", "approve"} and (m := _WHO_THEN.search(before)):
        return _role(name_after(m.group(1)), initial=False)  # 'Send den til direktøren, som underskriver den'
    if kind in {"passive", "approved", "state", "for", "noun"}:
        # 'underskrift fra direktøren', 'underskrift og stempel fra lønkontoret'
        if kind == "noun" and (m := re.match(r"\s+(?:(?:og|samt)\s+[\w-]+\s+)?fra\s+", right, re.I)):
            return _role(name_after(right[m.end():]), initial=False)
        right = _WHEN_DUE.sub("", right, count=1)  # 'godkendes senest 10 dage før go-live af X': X signs
        right = _AT_MEETING_IN.sub(r"\1", right, count=1)  # 'godkendes på et møde i økonomiudvalget'
        right = _MANNER_FIRST.sub("", right, count=1)  # 'godkendes politisk i økonomiudvalget'
        if (m := re.match(r"((?:\s+(?!af\b)[\w@/.'’-]+){0,6}?)\s+af\s+", right, re.I)) and \
                not _RECEIVED_BY.search(m.group(1) + " af"):
            rest = right[m.end():]
            # 'af både X og Y', 'skal både underskrives af X og af Y'
            both = bool(re.match(r"(?:både|enten)\b", rest, re.I) or re.search(r"\bbåde\s+$", before, re.I))
            # 'af kommunen ved (underskrift af) kommunaldirektøren': who signs for it
            if by := re.match(r"kommunen\s+(?:ved|v/)\s+(?:(?:underskrift|signatur)\w*\s+(?:af|fra)\s+)?",
                              rest, re.I):
                rest = rest[by.end():]
            return _role(_before_verb(name_after(rest, both=both)), initial=False)
        # ('lægges frem til underskrift for X': before whom the paper is laid)
        if m := re.match(r"\s+(?:hos|ved|for)\s+" if kind == "for" else r"\s+(?:hos|ved)\s+", right, re.I):
            who = _role(_before_verb(name_after(right[m.end():])), initial=False)
            # 'ved direktøren' names who; 'ved første login' names when
            if who and (m.group(0).strip().casefold() == "hos" or who[:1].isupper()
                        or any(stem.endswith(ROLE_ENDINGS) for stem in stems(who.split()[-1]))):
                return who
            return None
        if (m := _AT_LEVEL.match(right)) and (who := _level_body(m.group(1))):
            return who  # 'godkendes på direktionsniveau': the level names the body
        if m := IN_BODY.match(right):
            # 'godkendes i økonomiudvalget'; 'Efter godkendelse i Økonomiudvalget sendes ...' (the verb next)
            return _role(_before_verb(name_after(right[m.end():])), initial=False)
        if m := _WHO_GETS.search(sentence[:cue.start()]):
            tokens = m.group(1).split()
            cut = max((i + 1 for i, t in enumerate(tokens) if t.casefold() in ARTICLES | _AUX), default=0)
            return _role(name_after(" ".join(tokens[cut:])))
    if kind in {"active", "approve"}:
        if who := _subject(sentence[_subject_start(sentence, cue.start()):cue.start()]):
            return who
        if (m := _AS_ROLE.search(right)) and m.group(1).casefold().endswith(ROLE_ENDINGS + ("berettiget",)):
            return _role(m.group(1))  # 'Accepter aftalen som tegningsberettiget'
        inverted = inverted_subject(sentence, cue)  # 'Derefter underskriver direktøren aftalen'
        return _role(name_after(inverted[0])) if inverted else None
    return None


# how it is approved, between the verb and the body or place ('godkendes politisk i økonomiudvalget',
# 'vedtages formelt i byrådet')
_MANNER_FIRST = re.compile(r"^\s+(?:politisk|formelt|endeligt|endelig|administrativt|skriftligt)"
                           r"(?=\s+(?:i|af|hos|ved)\s)", re.I)
# the meeting where the body approves it: 'godkendes (endeligt) på et (ordinært) møde i økonomiudvalget'
_AT_MEETING_IN = re.compile(r"^(\s+(?:politisk|formelt|endeligt|endelig))?"
                            r"\s+på\s+(?:et|sit|det|næste|førstkommende)"
                            r"(?:\s+[\w-]+)?\s+møde(?=\s+i\s)", re.I)
# a deadline between a passive and its agent: 'godkendes i NemLog-in senest 10 dage før go-live af X'
_WHEN_DUE = re.compile(r"\s+(?:senest|inden(?:\s+for)?)\s+\d{1,3}\s+[\w-]+\s+(?:før|efter)\s+[\w-]+"
                       r"(?=\s+af\s)", re.I)


def _subject_start(sentence: str, at: int) -> int:
    """Where the clause with the subject of the verb at `at` starts, past a comma in an area's name
    ('Direktøren for Børn, Unge og Familie underskriver')."""
    start = clause_start(sentence, at)
    for m in AREA_LIST.finditer(sentence, 0, at):
        if m.start() < start < m.end():
            return clause_start(sentence, m.start())
    return start


_HAPPENED = re.compile(r"(?:\s+(?!af\b)[\w'’-]+){0,4}?\s+(?:er|blev|var|har\s+været)\s+(?:allerede\s+|nu\s+)?"
                       r"(?:foretaget|sket|givet|afgivet|indhentet|modtaget)\b", re.I)
# 'Underskriften foretages af X', 'Kommunens underskrift varetages af X', 'Signaturen afgives af X'
_DONE_BY = re.compile(r"\s+(?:skal\s+|vil\s+)?(?:foretages|varetages|udføres|afgives|sker|ske)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:af|ved)\s+", re.I)
# 'Pensionschefen står for underskriften', 'X varetager signeringen', 'X tager sig af underskriften'
_TAKES_CARE = re.compile(r"\b(?:står|stå|varetager|varetage|tager\s+sig\s+af|tage\s+sig\s+af)\s+(?:for\s+)?"
                         r"(?:den\s+)?$", re.I)
# 'af kommunen (typisk kommunaldirektøren)': the bracket says who signs for the municipality
# ('af kommunen (ved kommunaldirektøren)', 'kommunen (v/ borgmesteren)': who acts for it)
_TYPICALLY = re.compile(r"\bkommunen\s*\(\s*(?:(?:typisk|fx\.?|f\.eks\.|dvs\.|normalt|som\s+regel|ved"
                        r"|repræsenteret\s+ved)\s+|v/\s*)([^()]{3,60})\)", re.I)
# 'Aftalen skal forelægges byrådet (til godkendelse)': the body presented to comes right after the verb
_PRESENTED = re.compile(r"\b(?:forelægges|fremlægges|forelægge|forelæg|fremlæg)\s+"
                        r"((?:(?!for\b|til\b)\S+\s+){1,3}?)$", re.I)
# 'Kompetencen til at underskrive aftalen ligger hos X', 'Ansvaret for at signere den er placeret hos X'
_LIES_WITH = re.compile(r"\s(?:ligger|er\s+placeret|hviler)\s+hos\s+", re.I)
_AS_ROLE = re.compile(r"\bsom\s+(?:kommunens\s+)?([\w-]+)\s*$", re.I)


_BOTH = {"begge", "alle", "hver", "sammen"}  # 'X og Y skal begge underskrive'


def _subject(left: str) -> str | None:
    """'Kommunaldirektøren skal' -> 'kommunaldirektøren'; 'Husk at' and 'I skal' name nobody."""
    tokens = [t for t in left.split() if t.casefold() != "e-"]  # 'Direktøren e-signerer'
    if len(tokens) == 2 and tokens[-1].casefold() in {"og", "eller"} and left[:1].isupper():
        return None  # 'Print og underskriv aftalen': two imperatives, nobody named
    coordinated = len(tokens) > 2 and tokens[-1].casefold() in {"og", "eller"}
    if coordinated:
        tokens = _before_first_verb(tokens[:-1])  # 'Administratoren logger på portalen og tiltræder'
    # 'Kommunaldirektøren bedes underskrive', 'X skal digitalt signere': the subject before the modal
    modal = [i for i, t in enumerate(tokens) if t.casefold() in {"skal", "må", "bør", "vil", "kan", "bedes"}]
    after = [t for t in tokens[modal[-1] + 1:] if t.casefold() not in _AUX | _ADVERBS | _MANNER | _BOTH] \
        if modal else []
    if after and coordinated and modal[0] <= 3 and tokens[0].casefold() not in STOP_WORDS | _ADVERBS:
        tokens = tokens[:modal[0]]  # 'Direktionen skal tage stilling til og godkende X': the first verb's
    elif after and modal[-1] >= 0:
        # 'I forbindelse med X skal jobcenterchefen', '(Hvis ..., ) skal direktøren': subject after the verb
        tokens = after
        if coordinated and len(tokens) > 1 and re.fullmatch(r"[a-zæøå]+e", tokens[-1]):
            tokens = tokens[:-1]  # '... skal jobcenterchefen læse og underskrive': the first infinitive
    while tokens and tokens[-1].casefold() in (_AUX - {"at"}) | _MANNER | _BOTH:
        tokens.pop()
    # 'Aftalen indgås ved at kommunaldirektøren underskriver den': the subject follows the last 'at'
    if (cut := max((i for i, t in enumerate(tokens[:-1]) if t.casefold() in {"at", "som"}), default=-1)) > 0:
        tokens = tokens[cut + 1:]
    while tokens and tokens[0].casefold() in {"desuden", "derefter", "herefter", "så", "dernæst", "som", "at",
                                              "der", "hvis", "når", "lad", "bed"}:
        tokens.pop(0)
    said = " ".join(tokens)
    long = len(tokens) > 5 and not AREA_LIST.search(said) and \
        (name_after(said) or "").casefold() != said.casefold()
    if not tokens or tokens[-1].casefold() == "at" or long:
        return None  # a long subject only when it is all names ('Chefen for Løn og Personale og X')
    if len(tokens) == 1 and tokens[0].casefold() in POINTING_BACK:
        return None
    name = name_after(" ".join(tokens))
    return _role(name) if name and not document_lemma(name.split()[-1]) else None


_PREPOSITIONS = {"til", "på", "om", "af", "med", "for"}


def _before_first_verb(tokens: list[str]) -> list[str]:
    """The subject of the first of two coordinated verbs: 'Administratoren logger på portalen (og ...)'
    -> 'Administratoren'. The verb is a lower-case present tense followed by a small word or nothing
    ('Kommunens borgmester logger ind': 'borgmester' is followed by a verb, so it is no verb)."""
    for i in range(1, len(tokens)):
        low = tokens[i].casefold()
        after = tokens[i + 1].casefold() if i + 1 < len(tokens) else ""
        # 'Direktøren tegner kommunen og underskriver': a verb whose object is the municipality
        small = STOP_WORDS | ARTICLES | US | {"ind", "ud", "op", "sig"}
        if tokens[i][:1].islower() and low.endswith(("er", "r")) and (not after or after in small):
            return tokens[:i]
        # 'Direktionen tager stilling til (og godkender)': a verb, its bare noun and a preposition end it
        if tokens[i][:1].islower() and low.endswith(("er", "r")) and i + 3 == len(tokens) and \
                tokens[i + 1].islower() and tokens[i + 2].casefold() in _PREPOSITIONS:
            return tokens[:i]
    return tokens


def _role(name: str | None, *, initial: bool = True) -> str | None:
    """A name as written (only a capital that starts the sentence goes), or None for a document
    ('aftalen skal underskrive' names nobody)."""
    if not name or document_lemma(name.split()[-1]):
        return None
    return lower_first(name) if initial else name


# Where a sentence's next clause starts, one with its own verb: ' – ', ';', ', men '
_OTHER_CLAUSE = re.compile(r"\s[–-]\s|;|,\s*(?:men|mens)\s", re.I)


@lru_cache(maxsize=8192)
def _recipient(sentence: str) -> tuple[int, bool, str] | None:
    """Who gets the document: 'returneres til KOMBIT' and 'Send X til KOMBIT' (sent back to,
    rank 0) before 'fra KOMBIT' or 'KOMBIT sender X' (where it came from, rank 1) before
    'mellem jer og KOMBIT' (rank 2). The municipality itself is never the recipient."""
    found: list[tuple[int, bool, str]] = []
    for send in SEND.finditer(sentence):
        subject = sentence[clause_start(sentence, send.start()):send.start()]
        if re.search(r"\b(?:ikke|aldrig)\s+(?:\w+\s+)?$", subject, re.I):
            continue  # '... - den skal ikke sendes til KOMBIT med mail': where it does not go
        passive = send.group(0).casefold().endswith(("es", "t"))  # 'sendes', 'sendt': nobody sends here
        # ('Fristen for returnering af aftalen er ...': a noun of sending has no subject that sends)
        noun = re.search(r"(?:ing|else)(?:en|er|erne)?$", send.group(0), re.I)
        sender = None if passive or noun or send.group(0).casefold() in _IMPERATIVES else _subject(subject)
        if sender and not _is_us(sender) and not _NOT_A_PARTY.match(sender):
            found.append((2, "@" in sender, sender))  # 'KOMBIT sender aftalen': where it came from, unless
            # it says to whom ('Direktøren underskriver og returnerer aftalen til KOMBIT')
        # '... – den skal ikke sendes til X': the clause after is another's
        tail = where = _OTHER_CLAUSE.split(sentence[send.end():], maxsplit=1)[0]
        if send.group(0).casefold().startswith("tilsend") and not re.match(r"\s+til\s", tail, re.I):
            tail = " til" + tail  # 'skal tilsendes Netcompany': the party is its object, no 'til' before it
        for til in re.finditer(r"\b(?:til|(?<!underskrift\s)(?<!godkendelse\s)hos)\s+", tail, re.I):
            rest = tail[til.end():]
            # ('et tillæg til kontrakten' is the paper it belongs to, no party it is sent to)
            if _NOT_A_PARTY.match(rest) or ((first := words(rest)) and document_lemma(first[0].group(0))):
                where = " " + rest  # "uploades som bilag til opgaven i KLIK": the system after it may say
                continue
            name = _at_organisation(_owner(name_after(rest)), rest)
            if name and name.casefold() == "os":
                name = "KOMBIT"  # the tasks are KOMBIT's: 'Send den retur til os'
            copy = bool(_COPY_TO.search(tail[:til.start()]))  # 'med kopi til X': X gets a copy, not it
            if name and not _is_us(name):
                # sent back (or sent on once signed) before merely sent: 'send dem til den juridiske
                # afdeling' is a step on the way, 'Returnér aftalen til KOMBIT' is where it ends
                back = _BACK.search(sentence) or _CUE.search(sentence)
                rank = (0 if back else 1) + _SYSTEM * bool(_MODULE.fullmatch(name)) + _A_COPY * copy
                found.append((rank, "@" in name, name))
            if copy:
                continue  # 'Send en kopi til KL og originalen til KOMBIT': where the original goes follows
            break
        else:
            if (put := _PUT_IN.match(where)) and (name := _owner(plain := name_after(where[put.end():]))) \
                    and not _is_us(name):
                # 'Upload aftalen i KLIK' names the system it goes through: a party it goes to ('uploades
                # i KLIK til KOMBIT', 'Send den til KOMBIT') is the recipient before it
                rank = (0 if _BACK.search(sentence) else 1) + _SYSTEM * (name == plain)
                found.append((rank, "@" in name, name))
    for m in _CAME_FROM.finditer(sentence):
        between = m.group(1) or ""
        if between.strip() and not any(document_lemma(w.group(0)) or w.group(0).casefold() in POINTING_BACK
                                       for w in words(between)) and \
                not re.fullmatch(r"\s+til\s+(?:kommunen|jer|os)", between, re.I):  # '... til kommunen fra X'
            continue  # 'hente data fra CPR': no document comes from there
        name = _owner(name_after(sentence[m.end():]), loose=True)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            found.append((2, "@" in name, name))
    for m in _SENT_BY.finditer(sentence):  # 'Aftalen fremsendes af KOMBIT': where it came from
        name = _owner(name_after(sentence[m.end():]), loose=True)
        if name and not _is_us(name) and not document_lemma(name.split()[-1]):
            found.append((2, "@" in name, name))
    # 'Læg aftalen i KOMBIT's postkasse'; but 'accepteres i NemLog-in's administrationsportal' sends nothing
    put = SEND.search(sentence) or re.search(r"\b(?:læg|lægges|lagt|placér|placer)\w*\b", sentence, re.I)
    for m in re.finditer(rf"\b(?:i|til)\s+([\w-]+(?:'s|’s|s))\s+{_PLACE}\b", sentence if put else "", re.I):
        if not _is_us(name := _owner(m.group(1) + " postkasse")):  # 'Læg aftalen i KOMBIT's postkasse'
            found.append((0 if _BACK.search(sentence) else 1, False, name))
    if (m := _PUT.search(sentence)) and (name := _owner(plain := name_after(m["place"]))) and \
            not _is_us(name):
        found.append(((0 if _BACK.search(sentence) else 1) + _SYSTEM * (name == plain), False, name))
    # 'KL modtager en kopi, og KOMBIT får originalen': each clause's party, who gets a copy after the other
    for gets in (_GETS.match(sentence),
                 (later := _THEN.search(sentence)) and _GETS.match(sentence, later.end())):
        if gets and (name := name_after(" ".join(w for w in (gets["who"] or gets["late"]).split()
                                                 if w.casefold() not in _ADVERBS | _MANNER))) and \
                not _is_us(name) and not document_lemma(name.split()[-1]) and \
                name.casefold() not in POINTING_BACK and not _ASSENT_GOT.match(sentence, gets.end()):
            name = name if re.search(r"\s[A-ZÆØÅ]", name) else lower_first(name)  # 'Udbetaling Danmark'
            copy = _A_COPY * bool(re.match(r"\s*(?:en\s+|kopien\b)?kopi", sentence[gets.end():], re.I))
            found.append(((0 if _BACK.search(sentence) else 1) + copy, "@" in name, name))
    if (m := _GIVE_TO.match(sentence)) and (name := name_after(m.group(1))) and not _is_us(name) \
            and not document_lemma(name.split()[-1]) and name.casefold() not in POINTING_BACK | ARTICLES:
        # 'Send KOMBIT den underskrevne aftale', 'Send leverandørens projektleder ...' (the party)
        found.append((0, False, _at_organisation(lower_first(name), "")))
    for m in re.finditer(r"\b(?:være|er)\s+((?:\S+\s+){0,2}?\S+)\s+i\s+hænde\b"
                         r"|\b(?:modtaget|modtages)\s+af\s+(\S.*)"
                         r"|" + _HELD_AT + r"(\S.*)"  # 'være retur hos X', 'ligge klar hos X'
                         # 'Aftalen skal tilgå KOMBIT senest ...'; 'så X kan tilgå testmiljøet' is access
                         r"|(?<!kan\s)(?<!kunne\s)\btilgå(?:r)?\s+(\S.*)"
                         # 'accepten registreres (automatisk) hos KOMBIT': the party that records it has it
                         r"|\bregistre(?:res|ret)\s+(?:\w+\s+)?hos\s+(\S.*)",
                         sentence, re.I):  # 'være KOMBIT i hænde', 'være modtaget af/foreligge hos KOMBIT'
        if (name := name_after(next((g for g in m.groups() if g), ""))) and \
                not _is_us(name) and \
                not document_lemma(name.split()[-1]):
            found.append((0, "@" in name, name))
    if (m := _TO_FIRST.match(sentence)) and SEND.search(sentence, m.end()) and \
            (name := _owner(name_after(m["who"]))) and not _is_us(name) and \
            not document_lemma(name.split()[-1]):
        found.append((0 if _BACK.search(sentence) else 1, "@" in name, name))
    # 'Indsend erklæringen via KLIK': a system a paper is deposited in ('Aftalen returneres via Digital Post'
    # names only the way it goes, not who gets it)
    for m in _VIA.finditer(sentence if _DEPOSIT.search(sentence) else ""):
        if (name := name_after(m["where"])) and re.match(r"\s+[a-zæøå]", sentence[m.end():]):
            name = _party(name)  # 'via Serviceplatformens selvbetjening': the system that owns the place
        if name and not _is_us(name):
            found.append((2 + _SYSTEM, False, name))  # a way it goes, after a party it goes to or came from
    if (m := _GIVEN_TO.search(sentence)) and (name := _party_name(m["who"] or m["to"])) and not _is_us(name) \
            and name.casefold() not in POINTING_BACK:
        found.append((1, False, name))  # 'give KOMBIT fuldmagt': who the power of attorney is given to
    if (m := _FETCHED_BY.search(sentence)) and (name := _party_name(m["who"])) and not _is_us(name) \
            and name[:1].isupper():
        found.append((0, False, name))  # 'i KLIK, hvor KOMBIT henter den': where it ends, past the system
    for m in _ON_TO.finditer(sentence):
        # 'Videresend aftalen til direktøren' hands it on inside the municipality; a paper sent on to
        # another party ('videresendes aftalen til KOMBIT's servicedesk', 'Videresend den til Kombit') is
        # sent there ('eFaktura videresendes til KP' sends no paper)
        if not any(_lemma(w.group(0), loose=True) or w.group(0).casefold() in POINTING_BACK
                   for w in words(m["what"])):
            continue
        name = _at_organisation(_owner(name_after(m["to"])), m["to"])
        if name and not _is_us(name) and (name[:1].isupper() or name.casefold() in PARTIES):
            found.append((0 if _BACK.search(sentence) else 1, "@" in name, name))
    if (m := _MADE_FOR.search(sentence)) and (name := _party_name(m["to"])) and not _is_us(name) \
            and (name[:1].isupper() or names_role(name)) and name.casefold() not in POINTING_BACK:
        found.append((1, False, _at_organisation(name, m["to"])))  # 'oprette en fuldmagt til KOMBIT'
    if m := re.search(r"\bmellem\s+(?:jer|os|kommunen)\s+og\s+", sentence, re.I):
        if name := _party_name(sentence[m.end():]):
            found.append((3, False, name))
    # 'Erklæringen til Udbetaling Danmark underskrives af X': the paper is addressed to a party
    # ('Tilslutningsaftalen til Digital Post sendes til kommunen' names what it is for: it comes to us)
    if (m := _ADDRESSED.match(sentence)) and _lemma(m["doc"]) and (name := _party_name(m["to"])) and \
            not _is_us(name) and not document_lemma(name.split()[-1]) and \
            not re.match(r"\w+es\s+til\s+(?:kommunen|jer|dig|os)\b", sentence[m.end():], re.I):
        found.append((1, False, name))
    return min(found, key=lambda r: (r[0], r[1])) if found else None


# 'Aftalen lægges i KLIK, hvor KOMBIT henter den': the party that fetches it from the place gets it
_FETCHED_BY = re.compile(r",\s*(?:hvor|hvorfra|og)\s+(?P<who>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?)\s+"
                         r"(?:henter|afhenter|modtager|tager\s+imod)\s+(?:den|det|dem|[\w-]+(?:en|et|ne))\b")
_ON_TO = re.compile(r"\bvideresend\w*\b(?P<what>(?:\s+(?!til\b)[\w'’-]+){1,4}?)\s+til\s+(?P<to>\S.*)", re.I)
_SYSTEM = 0.5  # how much later than a party a system it is put in ranks as the recipient
# how much later than a party the original goes to one that gets a copy ranks ('kopi til X'); an odd number
# of quarters, so _to_a_copy tells it from _SYSTEM's
_A_COPY = 0.75
_COPY_TO = re.compile(r"\bkopi(?:en|er)?\s+(?:af\s+(?:\w+\s+){1,3}?)?$", re.I)  # '(med/en) kopi (af X) til'
# 'Upload aftalen til administrationsmodulet': a part of a system, which ranks after the party that owns it
# ('uploades til Serviceplatformens administrationsmodul' -> 'Serviceplatformen')
_MODULE = re.compile(r"[a-zæøå-]*(?:modul|portal|system|løsning)(?:et|en)?", re.I)
_TO_FIRST = re.compile(r"(?:til|hos)\s+(?P<who>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?|[\w-]+(?:en|et))\s+"
                       r"(?:skal|må|bør|sendes|indsendes|fremsendes|returneres|afleveres|uploades)\b", re.I)
_DEPOSIT = re.compile(r"\b(?:indsend|upload|indberet|indlæs|registrer|registrér)\w*", re.I)
_VIA = re.compile(r"\bvia\s+(?P<where>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?)")


_ADDRESSED = re.compile(r"(?:den\s+|det\s+)?(?P<doc>[\w-]+)\s+til\s+(?P<to>(?:[A-ZÆØÅ][\w'’-]*\s+){1,3})"
                        r"(?=skal|må|bør|\w{3,}es\b)")


# the party a person works for: a name ('i KOMBIT') or a supplier or agency ('hos leverandøren')
_AT_ORG = re.compile(r"\s*(?:hos|i|ved)\s+(?P<org>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?"
                     r"|[\w-]*leverandøren|[\w-]+styrelsen)\b")
# a person by role ('projektlederen', 'jeres konsulent', 'kontaktpersonen'), who works for a party
_PERSON = re.compile(r"(?<!leverand)(?:" + "|".join(ROLE_ENDINGS) + r"|kontaktperson|person|medarbejder)"
                     r"(?:en|e|n|et)?$", re.I)
_ATTENTION = re.compile(r"\s+(?:v|att|attn|c/o)\.?(?:\s.*)?$", re.I)  # 'KOMBIT v. projektlederen'


def _at_organisation(name: str | None, rest: str) -> str | None:
    """'projektlederen hos KOMBIT', 'jeres konsulent i KOMBIT', 'leverandørens projektleder', 'jeres
    KOMBIT-konsulent', 'KOMBIT att. projektlederen': a person at an organisation is who the paper goes
    to by name only; the recipient is the organisation, as 'KOMBIT's testleder' is KOMBIT."""
    if not name:
        return name
    parts = name.split()
    if re.fullmatch(r"(?:[A-ZÆØÅ][a-zæøå]+\s+){1,3}[A-ZÆØÅ][a-zæøå]+", name) and \
            (at := rest.find(name)) >= 0 and \
            (m := re.match(r"\s*,\s*(?P<org>[A-ZÆØÅ]{2,}[\w'’-]*)", rest[at + len(name):])):
        return _party(m["org"])  # 'Anne Jensen, KOMBIT': a person by name, then the party she is at
    if (m := re.fullmatch(r"(?P<org>[A-ZÆØÅ]{2,}\w*)-(?P<who>[a-zæøå]+)", parts[-1])) and \
            _PERSON.search(m["who"]):
        return m["org"]  # 'jeres KOMBIT-konsulent'
    if name[:1].isupper():
        return _ATTENTION.sub("", name) or name
    person, _, org = name.partition(" hos ")
    if org[:1].isupper():
        return org
    if 2 <= len(parts) <= 4 and re.fullmatch(r"[\w-]+s", parts[0]) and _PERSON.search(parts[-1]) and \
            not _is_us(parts[0]):
        return _party(parts[0])  # 'leverandørens projektleder', 'leverandørens account manager'
    at = rest.find(name)
    if at >= 0 and _PERSON.search(parts[-1]) and (m := _AT_ORG.match(rest, at + len(name))) and \
            (org := _party(m["org"])) and not _is_us(org):
        return org
    return name


def _before_verb(name: str | None) -> str | None:
    """'pensionschefen sendes aftalen' (read after 'Efter underskrift hos') -> 'pensionschefen': a name ends
    before the verb of the clause that follows it."""
    tokens = (name or "").split()
    for i, tok in enumerate(tokens):
        if i and (tok.casefold() in _AUX or re.fullmatch(r"[a-zæøå]{3,}es", tok)):
            return " ".join(tokens[:i])
    return name


def _party_name(text: str) -> str | None:
    """The name that starts `text`, up to the verb after it: 'KOMBIT underskrives af X' -> 'KOMBIT'."""
    name = name_after(text)
    tokens = (name or "").split()
    for i, tok in enumerate(tokens):
        if i and (tok.casefold() in _AUX | {"og", "eller"} or re.fullmatch(r"[a-zæøå]{3,}es", tok)):
            tokens = tokens[:i]
            break
    return " ".join(tokens) or None


def _owner(name: str | None, *, loose: bool = False) -> str | None:
    """'KMD's kundeportal', 'KOMBIT's postkasse': the party that owns the place is who gets it
    ('leverandørens supportteam' stays whole unless `loose`, for where a paper came from)."""
    if name and (place := re.fullmatch(r"([A-ZÆØÅ]{2,})-(?:opgave|\w*portal)\w*", name)):
        return place.group(1)  # 'uploades til KLIK-opgaven', 'KOMBIT-portalen': the system or party
    if not name or len(name.split()) < 2:
        return name
    tokens = name.split()
    for j in range(1, len(tokens) - 1):  # 'Udbetaling Danmarks kontraktteam': a party of two names
        if not tokens[j - 1][:1].isupper():
            break
        if re.fullmatch(r"[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s", tokens[j]) and tokens[j + 1][:1].islower():
            return " ".join([*tokens[:j], _party(tokens[j])])
    first, place = name.split()[0], name.split()[1]
    if re.fullmatch(r"[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s", first) and place[:1].islower() and \
            place.casefold() not in {"kommune", "region"}:
        return _party(first)  # 'Netcompanys kontraktenhed', 'Serviceplatformens administrationsmodul'
    if re.fullmatch(r"[\w-]+(?:'s|’s)", first) or (
            re.fullmatch(r"[\w-]+s", first) and (loose or re.match(_PLACE, place, re.I))):
        return _party(first)
    return name


def _party(genitive: str) -> str:
    """'KOMBIT's' -> 'KOMBIT', 'leverandørens' -> 'leverandøren', 'KMDs' -> 'KMD': the party itself."""
    if re.search(r"(?:'s|’s)$", genitive):
        return genitive[:-2]
    if re.fullmatch(r"[A-ZÆØÅa-zæøå][a-zæøå-]+(?:en|et|ne)s|[A-ZÆØÅ]{2,}s|[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s",
                    genitive):
        return genitive[:-1]
    return genitive


def _is_us(name: str) -> bool:
    """'kommunens DPO', 'samtlige kommuner', 'jer': the municipality never sends itself a document
    ('jeres kontaktperson hos KOMBIT' is KOMBIT's)."""
    if m := re.search(r"\shos\s+(?=[A-ZÆØÅ])", name):
        name = name[m.end():]
    return any(w.casefold() in US or w.casefold().startswith("kommune") for w in name.split())


def _act(sentence: str, found: list[Mention]) -> str | None:
    """A step that signs, approves or sends the document back signs it; one that receives it marks
    its arrival. 'orienteres om, at der vil komme en aftale til underskrift' does neither, nor does
    a condition ('Når aftalen er godkendt, ...')."""
    if not found:
        return None
    if _CONDITION.match(sentence):
        main = sentence[sentence.find(",") + 1:].strip() if "," in sentence else ""
        # 'Når I har fået aftalen, læg (send) den til underskrift hos X': it comes in and is signed there;
        # 'Når aftalen er modtaget, sendes den til direktøren': it comes in there, and goes on to be signed
        condition = sentence[:sentence.find(",")]  # (without a comma: all but the last character)
        received = _RECEIVED.search(condition)
        if received and main and (then := _act(main, found)) in {"sign", "send"}:
            return "sign" if then == "sign" else "receive"
        if not re.match(_SEND_ON, main, re.I):
            # 'Når erklæringen er modtaget, læses den igennem': the step where it has arrived
            return "receive" if received else None
        # 'Når aftalen er underskrevet, sendes den til KOMBIT': it goes back signed here
        return "return" if _CUE.search(condition) else "send"

    # a signing verb, not 'til underskrift' nor 'i underskrevet stand' (which say how it travels)
    signs = any(m.spans and m.spans[0] and not re.match(r"(?:til\s|i\s|underskrift|signatur)", m.spans[0],
                                                          re.I) for m in found)
    if _GET_SIGNED.match(sentence):
        return "sign"  # 'Få underskrift fra direktøren', 'Indhent godkendelse af chefen'
    if not signs and not _RECEIVE.match(sentence) and (_RECEIVED.search(sentence)
                                                       or _THEY_SEND.match(sentence)):
        return "receive"  # 'Aftalen modtages fra KOMBIT', 'KOMBIT sender aftalen (til kommunen)'
    if _RECEIVE.match(sentence) and not signs and re.search(r"\b(?:retur|tilbage)\b", sentence, re.I):
        return "return"  # 'Modtag kontrakten retur fra revisionen': it comes back signed
    if (verb := _RECEIVE.match(sentence)) and not signs:
        # 'Hent certifikatet, når bestillingen er godkendt' receives the certificate, not the order
        got = sentence[verb.end():verb.end() + clause_end(sentence[verb.end():], 0)]
        return "receive" if _first_document(got, last=None, subject=False) or not _first_noun_is_other(got) \
            else None
    if _KEEP.match(sentence) and not signs and not SEND.search(sentence):
        return None  # 'Gem en kopi af den underskrevne aftale i ESDH' comes after the signing
    # 'Giv aftalen til direktøren til underskrift' signs it; 'orienteres om, at der vil komme en aftale til
    # underskrift' (a clause that tells of it) does not
    if signs or (not _IF.search(sentence) and any(
            m.signing and m.spans and m.spans[0] and not re.match(r"i\s", m.spans[0], re.I) for m in found)):
        return "sign"  # 'Underskriv aftalen', 'Underskrift: X', 'Aftalen forsynes med X's underskrift'
    if _BACK.search(sentence) or (SEND.search(sentence) and any(m.signing for m in found)):
        return "return"  # 'Returnér blanketten i underskrevet stand', 'Send den underskrevne aftale til X'
    if _PUT.search(sentence) or re.match(r"(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?(?:send|vedhæft|videregiv"
                                        r"|videresend|forelæg|aflever|indsend|upload|mail|e-mail|fremsend"
                                        r"|indberet|overdrag|retursend|oversend|indlever)\w*\b"
                                        r"|(?:\w+\s+(?:\w+\s+){0,2}?og\s+)?lever\b(?!\s+op\b)",
                                        sentence, re.I) or \
            re.match(_SEND_ON, sentence, re.I) or any(
                v.group(0).casefold().endswith("es") for v in SEND.finditer(sentence)):
        return "send"  # signs it only when a step before signed or received it
    return None


# 'KOMBIT fremsender aftalen', 'Leverandøren sender kontrakten': a step in which another party sends it in
_THEY_SEND = re.compile(r"(?:(?-i:[A-ZÆØÅ]{3,})\w*|(?-i:[A-ZÆØÅ])\w*styrelsen|Udbetaling\s+Danmark"
                        r"|leverandøren)\s+"
                        r"(?:sender|fremsender|udsender|tilsender|oversender|leverer)\s+"
                        r"(?!\w+\s+til\s+(?!kommunen|jer)\w)", re.I)


def _received_first(sentence: str) -> bool:
    """'Når I har fået aftalen fra KOMBIT, ...': a condition that says the paper has come in."""
    condition = _condition_clause(sentence)
    return condition is not None and bool(_RECEIVED.search(condition))


def _condition_clause(sentence: str) -> str | None:
    """The clause before the comma of a sentence that opens with a condition ('Når I har fået aftalen'
    of 'Når I har fået aftalen, læg den til underskrift hos X'); None for any other sentence."""
    return sentence[:sentence.find(",")] if _CONDITION.match(sentence) and "," in sentence else None


def _first_noun_is_other(text: str) -> bool:
    """'certifikatet fra NemLog-in': the object received is a thing (a definite noun), not the paper."""
    first = next((w.group(0) for w in words(text) if w.group(0).casefold() not in ARTICLES), "")
    return bool(re.fullmatch(r"[a-zæøå-]{3,}(?:en|et|ne|erne)", first)) and not _lemma(first, loose=True)


def _merge_generic(groups: dict[str, list[Mention]], named_papers: set[str] = frozenset()) -> None:
    """'blanketten' in one step and 'bestillingsblanket' in another are the same paper when the task
    names only one specific document; 'begge aftaler' are each of the task's agreements. A generic word
    is not another paper's ('Udfyld bestillingsblanketten ... Blanketten underskrives af X' next to
    'godkende testbrevene'): when the task names a paper of that kind that is not among those signed,
    the word is that paper (named in full later, _full_names)."""
    for base in [doc for doc in groups if " " not in doc]:  # 'begge bilag' of 'bilag 1' and 'bilag 2'
        numbered = [d for d in groups
                    if d.startswith(base + " ") and _DOC_NUMBER.fullmatch(d[len(base) + 1:])]
        if not numbered:
            continue
        for m in groups.pop(base):
            for target in numbered if m.plural or len(numbered) == 1 else []:
                groups[target].append(Mention(**{**m.__dict__, "document": target}))
            if not m.plural and len(numbered) > 1:
                groups.setdefault(base, []).append(m)  # which of them is not said
    signed = [doc for doc, ms in groups.items() if any(m.signing for m in ms)]
    for short in [doc for doc in groups if doc not in GENERIC_DOCS]:
        longer = [d for d in signed if d != short and d.endswith(short)] or \
            ([d for d in groups if d != short and d.endswith(short)] if short in signed else [])
        if len(longer) == 1:  # 'erklæringen' of the one 'samtykkeerklæring'
            groups[longer[0]] += [Mention(**{**m.__dict__, "document": longer[0]}) for m in groups.pop(short)]
    specific = [doc for doc, ms in groups.items() if doc not in GENERIC_DOCS and any(m.signing for m in ms)]
    for generic in [doc for doc in groups if doc in GENERIC_DOCS]:
        ending = [d for d in specific if d.endswith(generic)]
        named = [d for d in groups if d not in GENERIC_DOCS and d.endswith(generic)]
        if generic in signed and len(named) == 1 and not any(d.endswith(generic) for d in specific):
            ending = named  # 'Modtag tilslutningsaftalen', 'Underskriv aftalen': the one paper
        if not ending and any(p != generic and p.endswith(generic) and p not in groups for p in named_papers):
            continue  # 'blanketten' of the 'bestillingsblanket' the task names, not of the one 'testbrev'
        # 'Blanketten underskrives af økonomichefen. Fuldmagten underskrives af direktøren': a generic word
        # signed by another than the one specific paper is a paper of its own, not that one
        # (also when the one specific paper ends with the word: 'Aftalen underskrives af kultur- og
        # fritidschefen. Databehandleraftalen underskrives af databeskyttelsesrådgiveren' are two papers;
        # not 'aftalerne', which are the specific ones: 'Samarbejdsaftalerne ... Få aftalerne underskrevet')
        own = len(specific) == 1 and (not ending or (ending == specific and not any(
            m.plural for m in groups[generic]))) and _signed_by_another(groups[generic], groups[specific[0]])
        for m in groups.pop(generic):
            # 'blanketten' of the one form, unless the one paper it names is another ('aftalen' of the one
            # 'tilslutningsaftale', not of the 'kontrakt' acceded to)
            if own:
                targets = []
            elif not ending and named and not m.plural:
                # 'Blanketten underskrives af X' where the task names forms ('samtykkeblanket') but the one
                # paper signed otherwise is no form ('teksten' approved): the form, not that paper
                targets = named if len(named) == 1 else []
            elif (len(specific) == 1 and ending in ([], specific)) or (m.plural and not ending):
                targets = specific  # 'blanketten' of the one form; 'de to dokumenter' of all of them
            else:
                targets = ending if m.plural or len(ending) == 1 else []
            if not targets:
                groups.setdefault(generic, []).append(m)
                continue
            for target in targets:
                groups[target].append(Mention(**{**m.__dict__, "document": target}))


_OUR_WORDS = frozenset({"kommunen", "kommunens", "den", "det"})  # ('kommunens X' and 'kommunens Y' differ)


def _signed_by_another(generic: list[Mention], specific: list[Mention]) -> bool:
    """The generic word is signed by someone named, and the specific paper by others only."""
    def who(ms: list[Mention]) -> set[str]:
        return {m.signer.casefold() for m in ms if m.signing and m.signer and m.signer.casefold() not in US}
    def words(names: set[str]) -> set[str]:  # ('lederen' is 'lederen i Sundhedsafdelingen' said short)
        return {key(w) for name in names for w in re.findall(r"[\wæøå]{3,}", name) if w not in _OUR_WORDS}
    return bool(who(generic)) and bool(who(specific)) and not words(who(generic)) & words(who(specific))


def _signature(document: str, mentions: list[Mention]) -> Signature:
    mentions = sorted(mentions, key=lambda m: m.order)
    signers = [m.signer for m in mentions if m.signer and m.signing]
    # 'Erklæringen skal godkendes af kommunalbestyrelsen. Herefter skal borgmesteren underskrive den', 'Send
    # aftalen til godkendelse hos DPO'en' and 'Få aftalen underskrevet af skolechefen': of a paper one party
    # approves and another signs, the signer is who signs it ('Accepter aftalen som tegningsberettiget' by
    # the same party named two ways is kept)
    acted = [(m.signer, {_cue_act(span) for span in m.spans})
             for m in mentions if m.signer and m.signing and m.spans]
    signing = {who for who, acts in acted if acts - {"approve"} and who.casefold() not in US}
    approving = {who for who, acts in acted if "approve" in acts} - signing
    if signing and approving and not any(_same_party(a, s) for a in approving for s in signing):
        signers = [s for s in signers if s not in approving] or signers
    specific = _fullest([s for s in signers if s.casefold() not in US])
    signer = _with_article(_jointly(specific) or (specific or signers or ["kommunen"])[0])
    # 'Send kontrakten til revisionen. Revisionen påtegner kontrakten': the signer is not where it ends
    # 'Erklæringen tilgår musikskolen pr. mail' in the step that takes it in: where it arrives is the
    # municipality, not where it goes (but 'modtages fra KOMBIT' names the other party)
    # a body's meeting step is where a body approves it; a person who signs does not sit in it
    if not _A_BODY.search(signer):
        mentions = [m for m in mentions if m.act != "meeting"]
    recipients = sorted(((m.recipient, m.order) for m in mentions if m.recipient
                         and not stems(m.recipient[2].split()[-1]) & stems(signer.split()[-1])
                         and not (m.act == "receive" and m.step is not None and m.recipient[0] < 2)),
                        key=lambda r: (r[0][0], r[0][1], r[1]))
    return Signature(
        document=document,
        signer=signer,
        recipient=next((r[0][2] for r in recipients if not r[0][2].casefold().startswith("afsender")),
                       recipients[0][0][2] if recipients else None),
        steps=sorted({m.step for m in mentions if m.step is not None}),
        received_step=min((m.step for m in mentions if m.step and (m.act == "receive" or m.receives)),
                          default=None),
        signed_step=(signed := _signed_step(mentions, signer)),
        returned_step=_returned_step(mentions, signed, signer),
        approval=document in (_THINGS.get() or {}).values() and not document_lemma(document, loose=True)
        and document not in _SIGNED.get(),
    )


def _same_party(one: str, other: str) -> bool:
    """'tegningsberettiget' and 'kommunens tegningsberettigede': one party, named two ways."""
    a, b = one.split()[-1].casefold(), other.split()[-1].casefold()
    return bool(stems(a) & stems(b)) or key(a) == key(b)


def _with_article(signer: str) -> str:
    """'juridiske chef' (read from 'Den juridiske chef skriver under') -> 'den juridiske chef': a definite
    adjective before a noun keeps the article it needs."""
    first, *rest = signer.split()
    if rest and re.fullmatch(r"[a-zæøå-]*[a-zæøå]e", first) and rest[0][:1].isalpha() \
            and rest[0].casefold() not in STOP_WORDS | {"og", "eller"} \
            and first.casefold() not in ARTICLES:
        return f"den {signer}"
    return signer


def _jointly(signers: list[str]) -> str | None:
    """'Borgmesteren underskriver' and 'Kommunaldirektøren underskriver' in two steps, 'skal underskrives af
    både borgmester og kommunaldirektør' in the description: the naming of them all, when one says it."""
    single = {s for s in signers if not re.search(r"\s(?:og|samt)\s", s)}
    if len(single) < 2:
        return None
    for joint in (s for s in signers if re.search(r"\s(?:og|samt)\s", s)):
        parts = [stems(p.split()[-1]) for p in re.split(r"\s+(?:og|samt)\s+|,\s*", joint) if p.split()]
        if all(any(stems(s.split()[-1]) & part for part in parts) for s in single):
            return joint
    return None


def _fullest(signers: list[str]) -> list[str]:
    """The signers, the first one named in full: 'administratoren' in a step and 'kommunens NemLog-in
    administrator' in the description are one role, said best by the longer naming."""
    if signers and len(signers[0].split()) > 1:
        # 'Den dataansvarlige direktør underskriver' read as 'dataansvarlige direktør': a definite
        # adjective without its article is a naming cut short; one that says it whole is better
        cut_short = re.fullmatch(r"[a-zæøå-]+e", signers[0].split()[0])
        whole = [s for s in signers[1:] if s.endswith(" " + signers[0])] if cut_short else []
        # 'NemLog-in administratoren' in a step, 'kommunens NemLog-in administrator' in the description: the
        # same words before the same person word, said more fully
        first = signers[0].split()
        whole = whole or [s for s in signers[1:] if len(s.split()) > len(first)
                          and stems(s.split()[-1]) & stems(first[-1])
                          and all(w in s.split()[:-1] for w in first[:-1])]
        return whole[:1] + signers
    if not signers:
        return signers
    head = stems(signers[0])
    fuller = [s for s in signers[1:] if stems(_person_word(s)) & head
              and [w for w in s.split()[:-1] if w.casefold() not in US | ARTICLES]]  # not just 'kommunens'
    # 'afdelingslederen' in a step, 'afdelingslederen for Borgerservice' in the description: a leader named
    # with the unit it leads ('den systemansvarlige for Opus' is responsible for a system, and stays short)
    fuller = fuller or [s for s in signers[1:] if (named := _OF_UNIT.split(s, maxsplit=1)) and len(named) > 1
                        and _LEADER.search(named[0]) and stems(named[0].split()[-1]) & head]
    # 'direktøren' in a step, 'ældre- og sundhedsdirektøren' in the description: the compound it heads
    own = key(signers[0].casefold())
    fuller = fuller or [s for s in signers[1:] if len(own) >= 4 and (k := key(_person_word(s).casefold()))
                        and len(k) > len(own) + 2 and k.endswith(own)]

    return fuller[:1] + signers if fuller else signers


_OF_UNIT = re.compile(r"\s+(?:for|i|hos|ved|på)\s+(?=\S)", re.I)
_LEADER = re.compile(r"(?:leder|chef|direktør)(?:en)?$", re.I)


def _person_word(name: str) -> str:
    """'lederen i Pensionsteamet', 'direktøren for Økonomi og IT' -> 'lederen', 'direktøren': the word that
    names the person, before the unit or the department (named by two areas, or a word for a unit: 'lederen
    for Familieafdelingen') that says which one; 'den systemansvarlige for Ydelsesindeks' names a system one
    is responsible for, and stays whole."""
    return re.split(r"\s+(?:i|for(?=\s+[A-ZÆØÅ]\w*\s+og\s+[A-ZÆØÅ])"
                    r"|for(?=\s+[A-ZÆØÅ]\w*(?:afdeling|sekretariat|kontor|center|centret|enhed)\w*\b))\s+",
                    name, maxsplit=1)[0].split()[-1]


def _signed_step(mentions: list[Mention], signer: str) -> int | None:
    """The step in which the document is signed: the last that signs it ('Underskriv aftalen', 'Få
    erklæringen underskrevet af X', 'Aftalen underskrives af X'); without one, the first that sends it
    back signed ('Returnér blanketten i underskrevet stand'), else the last that sends it on after a
    step that received it ('Modtag blanketten', then 'Send blanketten til KOMBIT'). A step that hands it
    to its signer ('Forelæg aftalen for direktøren') signs it."""
    signs = [m.step for m in mentions if m.step and (m.act in {"sign", "meeting"} or (
        m.handed_to and _names_signer(m.handed_to, signer)) or (
        m.act == "send" and m.recipient and m.recipient[0] < 2  # 'Send aftalen til byrådet' (its signer)
        and _names_signer(m.recipient[2], signer)))]
    if signs:
        return max(signs)
    if back := [m.step for m in mentions if m.step and m.act == "return"]:
        return min(back)
    first = min((m.step for m in mentions if m.step and m.act == "receive"), default=None)
    sends = [m.step for m in mentions if m.step and m.act == "send" and (first is None or m.step > first)]
    return max(sends, default=None)


def _names_signer(name: str, signer: str) -> bool:
    """'byrådet' for 'byrådet', 'udvalget' for 'Social- og Sundhedsudvalget': the party a step hands the
    paper to is its signer, named in full or by the head of its compound."""
    one, other = name.split()[-1], signer.split()[-1]
    if stems(one) & stems(other):
        return True
    short, full = key(one.casefold()), key(other.casefold())
    return len(short) >= 5 and len(full) > len(short) + 2 and full.endswith(short)


def _returned_step(mentions: list[Mention], signed: int | None, signer: str) -> int | None:
    """The step that sends the document on once signed ('Send den underskrevne aftale til KOMBIT', or
    the signing step itself: 'Underskriv og returnér aftalen'); None when no step does. A step that
    sends it to its signer ('Send planen til direktionen') sends it to be signed, not on."""
    if signed is None:
        return None
    steps = [m for m in mentions if m.step and m.step >= signed and m.returns
             and not (m.recipient and m.recipient[0] < 2  # sent to the signer, not back from it
                      and stems(m.recipient[2].split()[-1]) & stems(signer.split()[-1]))]
    # 'Send originalen til KOMBIT', then 'Send en kopi til økonomiafdelingen': the original is what returns
    originals = [m for m in steps if not (m.recipient and _to_a_copy(m.recipient[0]))]
    return max((m.step for m in originals or steps), default=None)


def _to_a_copy(rank: float) -> bool:
    """A recipient's rank says it gets a copy: _A_COPY adds an odd number of quarters, _SYSTEM an even one."""
    return round(rank * 4) % 2 == 1


def _sends_on(sentence: str) -> bool:
    """'Aftalen underskrives af X og sendes til KOMBIT', 'Underskriv og returnér blanketten': the step that
    signs also sends it on ('Send aftalen til underskrift hos X' sends it to be signed, not on)."""
    to_sign = re.search(r"\btil\s+(?:underskrift|underskrivning|signering|godkendelse)", sentence, re.I)
    back = re.search(r"\b(?:retur|tilbage)\b", sentence, re.I)
    return bool(back or (SEND.search(sentence) and not to_sign))
