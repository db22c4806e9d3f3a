"""The last check before an answer is given as found, the same for every intent: it must hold a
value of the kind the question asks for (types/) that is not the question's own, a contact value
must stand with the name asked about, a 'hvilken X' answer must speak of an X and say which one, a
'hvem er <rolle>' answer must name the role, the names the question writes must be in the answer's
task, and a 'Ja' or a text deadline must be about the words the question names. An answer that
fails is said as what the tasks do say, with found=False (not_found.partial)."""

from __future__ import annotations

from knowledge.fold import ascii_fold
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.contacts import mobile_unsaid, way_to_reach_unsaid
from knowledge.qa.gate.addresses import _only_in_address, address_line, exact
from knowledge.qa.gate.clauses import _counted_in_another_clause, own_clause
from knowledge.qa.gate.contacts import contact_unsaid
from knowledge.qa.gate.contents import contents_unsaid
from knowledge.qa.gate.deeds import (
    _deed_only_as_state,
    _deed_unexplained,
    _party_of_another_deed,
    _stranded_deed_unsaid,
)
from knowledge.qa.gate.doings import _value_of_another_doing
from knowledge.qa.gate.ends import _end_of_thing_asked, end_state_only
from knowledge.qa.gate.events import _event_date_asked, hours_of_an_event, not_after_asked
from knowledge.qa.gate.houses import _other_house
from knowledge.qa.gate.lists import (
    _listed_among_others,
    _no_such_step,
    field_of_a_list,
    not_a_step,
    one_label_of_many,
)
from knowledge.qa.gate.modifiers import _modifier_only
from knowledge.qa.gate.names import _about_what_is_named, _names_said, _unknown_name
from knowledge.qa.gate.numbers import _same_number
from knowledge.qa.gate.opposite import _opposite
from knowledge.qa.gate.other_tasks import _of_another
from knowledge.qa.gate.parties import (
    _STRANDED,
    _at_asked_place,
    _party_after_preposition,
    _project_value_said,
    _value_about_subject,
)
from knowledge.qa.gate.places import _place_of_another_deed
from knowledge.qa.gate.preconditions import asks_what_follows, lists_no_outcome, precondition_for_other
from knowledge.qa.gate.prices import _price_of_another
from knowledge.qa.gate.reading import _DEADLINE, _OWNED, _QUOTING, _UNIT, label_parts, said
from knowledge.qa.gate.roles import _role_held, _role_said
from knowledge.qa.gate.second import second_question_unsaid
from knowledge.qa.gate.siblings import named_sibling_unsaid
from knowledge.qa.gate.signing import (
    _SIGN_MANNER,
    _manner_of_another,
    _manner_only_restated,
    _sent_out_not_back,
    _signer_for_holder,
    asks_way_of_signing,
)
from knowledge.qa.gate.sizes import (
    _AGE,
    _AGE_ASKED,
    _SIZE_REQUIRED,
    _has_amount,
    _has_measure,
    _has_size,
    _only_counts_of_others,
    asks_magnitude,
    asks_size,
    dimension_is_weight,
    gives_size,
    measured_text,
    measures_other_dimension,
    temperature_unsaid,
)
from knowledge.qa.gate.subjects import subject_unsaid
from knowledge.qa.gate.things import _unknown_role, _unknown_thing
from knowledge.qa.gate.times import _time_of_asked, denial_unsaid
from knowledge.qa.gate.told import only_told
from knowledge.qa.gate.totals import (
    _measure_of_another,
    _part_of_total,
    _per_unit_for_total,
    _table_without_asked,
)
from knowledge.qa.gate.which import (
    KIND_NOUN,
    PARTY_NOUN,
    _count_for_which,
    _which_noun_said,
    _which_one_said,
    asked_noun,
    which_noun,
)
from knowledge.qa.gate.why import _goal_for_why, use_denied, use_described, use_unsaid
from knowledge.qa.gate.words import _STEP_NUMBER, _telling
from knowledge.qa.slots import other_basis, other_counted, other_owner, other_unit, value_of_asked
from knowledge.qa.titles import respelled, untitled
from knowledge.qa.types import PLAIN, Expect, holds

__all__ = [
    "KIND_NOUN", "PARTY_NOUN", "address_line", "answers", "asked_noun", "asks_magnitude", "asks_size",
    "asks_way_of_signing", "asks_what_follows", "end_state_only", "exact", "gives_size", "label_parts",
    "named_sibling_unsaid", "own_clause", "said", "which_noun",
]


def answers(index: Index, q: Question, c: Candidate) -> bool:
    """Whether candidate c answers q: the value asked for, about what q names."""
    if _unknown_thing(q) or _unknown_name(index, q) or _unknown_role(q):
        return False
    if q.expects is not Expect.ANY and not _typed_value_given(q, c):
        return False
    if _another_things_value(index, q, c) or _another_measure(index, q, c) or _count_for_which(q, c):
        return False
    return _said_of_what_is_asked(index, q, c)


def _typed_value_given(q: Question, c: Candidate) -> bool:
    """Whether c gives a value of the type asked, as the value of what q asks about (not in a title, not a
    name listed among others, not a party of another deed or place)."""
    if c.kind in ("title", "overview") or (
            not holds(q.expects, said(c.text), untitled(q, c.titled), telling=_telling(q))
            and not _goal_for_why(q, c) and not use_described(q, c)):
        return False
    if q.expects is Expect.COUNT and not _UNIT.search(q.text) and \
            not holds(q.expects, _DEADLINE.sub(" ", said(c.text)), respelled(q, q.text)):
        return False  # 'lukkes senest 2 uger efter go-live' says when; it counts no abonnementer
    if q.expects in _OWNED and not _value_about_subject(q, c):
        return False
    if q.expects in (Expect.NAME, Expect.PARTY) and _listed_among_others(q, c):
        return False
    if q.expects is Expect.PARTY and _STRANDED.search(q.text) and \
            not _party_after_preposition(said(c.text), q):
        return False
    if q.expects is Expect.PARTY and c.kind in _QUOTING and _deed_only_as_state(q, said(c.text)):
        return False
    if q.expects is Expect.PARTY and c.kind in _QUOTING and _party_of_another_deed(q, said(c.text)):
        return False  # '... skrives af A, og de oversættes af et bureau': A does not translate
    if q.expects is Expect.PARTY and contact_unsaid(q, said(c.text)):
        return False  # 'hvem kan jeg spørge om X?' - 'Udkaldsmodulet sender udkald til chauffører'
    if q.expects is Expect.PARTY and not _at_asked_place(q, said(c.text)):
        return False
    if q.expects is Expect.PARTY and c.kind in ("passage", "fact") and _deed_unexplained(q, c):
        return False  # 'hvem leder centret?' is not answered by '... et kursus hos centret'
    if q.expects is Expect.PARTY and c.kind in ("passage", "fact") and _stranded_deed_unsaid(q, c):
        return False  # 'hvem skal aftalen sendes til?' - 'giver skolerne adgang til appen'
    if q.expects in PLAIN and not _project_value_said(q, said(c.text)):
        return False
    return True


def _another_things_value(index: Index, q: Question, c: Candidate) -> bool:
    """Whether the value c gives is another thing's: of another table row or house, a part of the total,
    a price per unit, another way or direction, the signer for a holder, another thing's price."""
    if q.expects is not Expect.ANY and _table_without_asked(index, q, c):
        return True  # 'leveringstiden på målerne' is not in a table of ladestandere's leveringstider
    if q.expects in (Expect.PARTY, Expect.NAME, Expect.MAIL, Expect.PHONE) and _other_house(index, q, c):
        return True  # 'kontaktperson hos KOMBIT' - 'Løsningen leveres af Nordsoft; kontaktperson er ...'
    if q.expects is Expect.COUNT and _part_of_total(index, q, c):
        return True  # 'hvor mange senge er der i alt?' - 'Sovesalen har 12 senge'
        # beside 'Familieværelserne har 4'
    if q.expects is Expect.PRICE and _per_unit_for_total(q, c):
        return True  # 'hvor mange penge er der i alt til tilskud?' - 'et tilskud på 2.000 kr. pr. spærre'
    if q.expects in (Expect.COUNT, Expect.TIME) and _measure_of_another(q, c):
        return True  # 'hvor mange timer tager e-læringen?' - 'et webinar på 2 timer og en e-læringspakke'
    if field_of_a_list(index, q, c):
        return True  # 'hvem er falkonererne?' - 'For hvert show skal listen indeholde: - ansvarlig falkoner'
    if one_label_of_many(index, q, c):
        return True  # 'hvilke dokumenter er der i X?' - 'Dokument: stylteplan', beside 'Dokument: aftale'
    if asks_way_of_signing(q) and not _SIGN_MANNER.search(c.text):
        return True  # 'hvordan underskrives aftalen?' asks the way ('digitalt i Penneo'), not who signs
        # nor '2. Få aftalen underskrevet'
    if _manner_of_another(q, c):
        return True  # 'hvordan orienteres rådgiverne?' is not answered by a sentence that orients no one
    if _manner_only_restated(q, c):
        return True  # 'hvordan sendes aftalen til X?' - '3. Send aftalen til X' says that, not how
    if c.kind in _QUOTING and _sent_out_not_back(q, said(c.text)):
        return True  # 'hvortil sendes aftalen retur?' is not answered by 'X sender aftalen til kommunen'
    if c.kind not in ("signature", "title", "overview", "list") and _signer_for_holder(q, said(c.text)):
        return True  # 'hvem skal have aftalen?' is not answered by 'Aftalen underskrives af X'
    if c.kind not in ("title", "overview", "list") and second_question_unsaid(q, said(c.text)):
        return True  # 'hvem godkender listen, og hvem får den?' - 'Få listen godkendt af X' gives no one
    if q.expects is Expect.PRICE and _price_of_another(index, q, c):
        return True  # 'hvad koster en natriumpære?' is not answered by 'Et armatur koster 3 450 kr.'
    return False


def _another_measure(index: Index, q: Question, c: Candidate) -> bool:
    """Whether c lacks the kind of measure asked (an amount, a size, a weight, an age), counts other
    things, or gives the value of another deed, end, event, sibling or step."""
    if asks_magnitude(q) and (c.kind in ("title", "overview", "list") or
                              not _has_amount(_STEP_NUMBER.sub(" ", said(c.text)))):
        return True  # 'hvor store forskelle ...?' asks a size: '3. Noter afvigelserne' gives none
    if _SIZE_REQUIRED.match(ascii_fold(q.text)) and not _has_size(q, said(c.text)):
        return True  # 'hvor store skal beholderne være?': not '... leveres inden for 10 dage', nor a price
    if (weight := dimension_is_weight(q)) is not None and \
            not _has_measure(measured_text(q, _STEP_NUMBER.sub(" ", said(c.text))), weight=weight):
        return True  # 'hvor højt er tårnet?' asks a height: '... koster 900 kr.' gives none, and 'hvad
        # vejer maskinen?' a weight: its '1.000 liter' tank gives none
    if measures_other_dimension(q, said(c.text)):
        return True  # 'hvor høj må kransen være?' is not answered by '40 cm i diameter'
    if _AGE_ASKED.match(ascii_fold(q.text)) and not _AGE.search(said(c.text)):
        return True  # 'hvor gammel skal man være ...?' asks an age: '... inden for 7 dage' gives none
    if temperature_unsaid(q, said(c.text)):
        return True  # 'hvor varme må gryderne være?' asks degrees: 'mindst 2 meter fra udgangen' gives none
    if q.expects is Expect.COUNT and c.kind not in ("title", "overview", "list") and q.lang == "da" and \
            _counted_in_another_clause(q, said(c.text).split("\n", 1)[0]):
        return True  # 'hvor mange besøg giver et vintermedlemskab?' - '..., og et klippekort med 10 besøg'
    if asks_magnitude(q) and \
            _only_counts_of_others(q, _STEP_NUMBER.sub(" ", said(c.text))):
        return True  # 'hvor store afvigelser ...?': 'mindst 50 ejendomme' counts other things
    if q.expects is Expect.PLACE and c.kind in _QUOTING and _place_of_another_deed(index, q, said(c.text)):
        return True  # 'hvor hostes Gryden?' is not answered by 'folkekøkkenet i mejeriet ... Gryden'
    if c.kind in _QUOTING | {"count"} and \
            _value_of_another_doing(index, q, c, said(c.text).split("\n", 1)[0]):
        return True  # 'hvor mange isvagter skal uddannes?' - 'Der skal være mindst 2 isvagter på banen'
    if c.kind == "when" and _end_of_thing_asked(index, q, c):
        return True  # 'hvornår slutter sæsonen?' - 'Evaluer den første sæson' ends before go-live
    if c.kind == "when" and _event_date_asked(q):
        return True  # 'hvornår er undervisningen?' asks a course's day, not the task's window
    if c.kind in _QUOTING and not_after_asked(q, said(c.text)):
        return True  # 'hvornår er næste padledag efter 2028?' - 'Padledagen holdes ... 20. august 2028'
    if c.kind in _QUOTING and hours_of_an_event(q, said(c.text)):
        return True  # 'hvornår er forsamlingshuset åbent?' - 'Kurset holdes ... kl. 16-19 i forsamlingshuset'
    if c.kind not in ("title", "overview", "list") and contents_unsaid(q, said(c.text)):
        return True  # 'hvad er der i en batkasse?' - '1. Bestil batkasserne hos X' says nothing in them
    if q.expects is not Expect.TIME and not q.yesno and c.kind in _QUOTING and \
            denial_unsaid(q, said(c.text)):
        return True  # 'hvad må man ikke lægge i kapslen?' - '4. Læg reglementet på nettet' denies nothing
    if c.kind in _QUOTING and only_told(q, said(c.text)):
        return True  # 'hvad fodres falkene med?' - 'Falkoneren viser, hvordan fuglene fodres'
    if use_denied(q, c):
        return True  # 'hvad bruges X til?' - 'Uden aftalen kan bogbinderne ikke logge ind i X'
    if use_unsaid(q, c):
        return True  # 'hvad kan klubberne bruge X til?' - 'Brugere: højst 60 brugere pr. klub'
    if lists_no_outcome(q, c):
        return True  # 'hvad betyder det, hvis en bane ikke har lys?' - 'Belysning: mindst 300 lux'
    if c.kind in _QUOTING and precondition_for_other(q, said(c.text)):
        return True  # 'hvad sker der, hvis aftalen kommer for sent?' - 'Før X kan bruges, skal aftalen ...'
    if c.kind not in ("title", "overview") and subject_unsaid(q, said(c.text)):
        return True  # 'hvad skal der stå i emnefeltet?' - '3. Send den med det rigtige emnefelt' quotes none
    if mobile_unsaid(q, said(c.text)):
        return True  # 'hvad er X's mobilnummer?' - 'Kontakt: X, tlf. 9811 2233' gives no mobile number
    if c.kind not in ("title", "overview") and way_to_reach_unsaid(q, said(c.text)):
        return True  # 'hvordan kontakter jeg X?' - 'Historikeren X holder talen' gives no way to reach X
    if named_sibling_unsaid(index, q, c):
        return True  # 'hvor mange døre er der i Søhallen?' - 'Antal døre: 38', Lindehallen named too
    if q.step is not None and (c.kind in ("title", "overview") or _no_such_step(index, q, c)
                               or not_a_step(q, c)):
        return True  # 'hvad er trin 4 i opgaven om X?' is not answered by X's name, nor where X has three,
        # nor by a sentence that is no step ('hvad står der i trin 2?' - 'Alle skabe står i X')
    return False


def _label_lines(text: str) -> str:
    """A run of label lines glued into one ('Garanti: 3 år Eftersyn: 2 pr. sæson') with each label on a
    line of its own again, so a label opens its line as it did in the task ('Eftersyn:' says what its 2
    counts)."""
    return "\n".join(part.strip() for line in text.split("\n") for part in label_parts(line))


def _said_of_what_is_asked(index: Index, q: Question, c: Candidate) -> bool:
    """Whether c says the value of what q names (which one, the role, the names, the time, the number),
    not another owner's, basis', unit's or counted thing's."""
    return (_which_noun_said(index, q, c) and _which_one_said(q, c) and _role_said(q, c) and _role_held(q, c)
            and _names_said(index, q, c)
            and _about_what_is_named(index, q, c) and _time_of_asked(index, q, c)
            and _same_number(index, q, c) and value_of_asked(index, q, c) and not _opposite(q, c)
            and not (q.expects is Expect.PARTY and c.kind in _QUOTING and other_owner(q, said(c.text)))
            and not _only_in_address(index, q, c) and not _of_another(index, q, c)
            and not _modifier_only(index, q, c)
            and not (c.kind not in ("title", "overview") and _other_basis_unit_or_counted(q, said(c.text))))


def _other_basis_unit_or_counted(q: Question, text: str) -> bool:
    """Whether the text's value is per another basis, in another unit or counts another thing (slots)."""
    return other_basis(q, text, magnitude=asks_magnitude(q)) or other_unit(q, text) or \
        other_counted(q, _label_lines(text))
