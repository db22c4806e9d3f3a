"""Session 61, the export parser (texts written for these tests: a harvest festival, bird boxes, a kayak
school): a plural group that acts by a reflexive verb is part of what its deadline concerns ('Vejviserne skal
melde sig senest ...' concerns the guides' registering, not only 'melde sig'), while the municipality, one of
its units or a party only does it; a one-word definite 'about' that is the head of the one compound the text
named just before ('Høstdagen holdes ... Dagen oprettes senest ...') is that compound. Signatures (a marina):
a thing that 'skal være vedtaget af X og sendt til Y' is handed over and tracked; 'forelægges X til
godkendelse' is approved by X; a body named short in the result ('er godkendt af udvalget') is no signer of
its own beside its full name; the subject of a clause of purpose ('så bådejerne kan aflevere ...')
is no party the paper goes to, nor is a party named in the clause of another paper ('Aftalen er
modtaget af X, og fuldmagten er godkendt'); a step that has someone do something to the paper ('Få
juristen til at gennemgå aftalen') does not receive it."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## HØST 3 Høstfest\n\n**Master-opgave ID** 7713\n\n"
            "**Opgavetitel** HØST 3 Høstfest\n\n"
            "**Projekt** Fælles Høstfester\n\n**Bølger** Høstfest - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Planlæg festen\n2. Opdater status i KLIK\n\n"
            "**Resultat** Opgaven er løst.\n")


def _abouts(description: str) -> list[str | None]:
    [task] = parse_text(_export(description))
    return [d.about for d in task.text_deadlines]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kajakinstruktørerne skal melde sig senest 8 dage før sæsonen starter.",
     "kajakinstruktørerne melde sig"),
    ("De frivillige vejvisere tilmelder sig senest 6 dage før go-live.", "frivillige vejvisere tilmelde sig"),
    ("Markvagterne tilmelder sig via Høstbogen senest 4 arbejdsdage før go-live.",
     "markvagterne tilmelde sig"),
])
def test_a_group_acting_by_a_reflexive_verb_is_part_of_what_its_deadline_concerns(sentence, about):
    assert _abouts(sentence) == [about]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kommunen tilmelder sig senest 2 uger før go-live.", "tilmelde sig"),
    ("Forvaltningen melder sig senest 3 uger før go-live.", "melde sig"),
    ("Leverandørerne skal melde sig senest 5 dage før go-live.", "melde sig"),
    ("I skal melde jer senest 10 dage før go-live.", "melde sig"),
])
def test_the_municipality_a_unit_or_a_party_only_does_the_reflexive_act(sentence, about):
    assert _abouts(sentence) == [about]


@pytest.mark.parametrize(("text", "about"), [
    ("Høstdagen holdes lørdag den 3. oktober på Møllegården. Dagen oprettes i Markbogen senest 12 dage før "
     "go-live.", "høstdagen"),
    ("Kommunen hænger mellem 20 og 40 fuglekasser op i skovene.\n\nSkovdata registrerer kasserne i "
     "Fuglebogen inden for 3 arbejdsdage efter modtagelsen af oversigten.", "fuglekasserne"),
])
def test_a_definite_head_of_the_compound_named_before_is_that_compound(text, about):
    assert _abouts(text) == [about]


@pytest.mark.parametrize(("text", "about"), [
    # two compounds fit: which one is meant is not said
    ("Prøvedagen holdes i maj og Høstdagen i oktober. Dagen oprettes i Markbogen senest 12 dage før go-live.",
     "dagen"),
    # the word said alone before names its own thing
    ("Der hænges kasser op i parkerne, og fuglekasserne tælles. Kasserne skal være tømt senest 5 dage før "
     "go-live.", "kasserne"),
    # a particle before the head makes a word of its own: 'hovedudvalget' is no kind of 'valget'
    ("Hovedudvalget mødes i maj. Valget skal være afsluttet senest 3 uger før go-live.", "valget"),
    # 'søndag' is no compound of 'dagen'
    ("Festen holdes søndag den 4. oktober. Dagen skal være planlagt senest 2 uger før go-live.", "dagen"),
])
def test_a_definite_head_stays_as_written_when_no_one_compound_is_meant(text, about):
    assert _abouts(text) == [about]


def _marina(description: str, method: str, result: str = "Opgaven er løst."):
    text = ("## MARI 2 Bådepladser\n\n**Master-opgave ID** 7720\n\n**Opgavetitel** MARI 2 Bådepladser\n\n"
            "**Projekt** Fælles Marinaer\n\n**Bølger** Marina - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n**Metode og fremgangsmåde** {method}\n\n"
            f"**Resultat** {result}\n")
    [task] = parse_text(text)
    return task


def test_a_thing_that_must_be_adopted_and_sent_on_is_tracked():
    task = _marina("Bådepladsregulativet skal være vedtaget af havneudvalget og sendt til Marina Nord "
                   "senest 4 uger før go-live.",
                   "1. Skriv udkastet\n2. Få regulativet vedtaget af havneudvalget\n"
                   "3. Send det til Marina Nord")
    [signature] = task.signatures
    assert (signature.document, signature.signer, signature.recipient) == \
           ("bådepladsregulativ", "havneudvalget", "Marina Nord")


def test_a_thing_only_adopted_by_the_council_stays_its_decision():
    task = _marina("Bådepladsregulativet skal være vedtaget af kommunalbestyrelsen senest 4 uger før "
                   "go-live.",
                   "1. Skriv udkastet\n2. Opdater status i KLIK")
    assert task.signatures == []


def test_a_thing_presented_to_a_body_for_approval_is_approved_by_that_body():
    task = _marina("Bådeoversigten forelægges havne- og fritidsudvalget til godkendelse og sendes derefter "
                   "til Marina Nord senest 5 uger før go-live.",
                   "1. Lav oversigten\n2. Send den godkendte oversigt til Marina Nord")
    [signature] = task.signatures
    assert (signature.document, signature.signer, signature.recipient) == \
           ("bådeoversigt", "havne- og fritidsudvalget", "Marina Nord")


def test_a_body_named_short_in_the_result_does_not_replace_its_full_name():
    task = _marina("Lejeaftalen godkendes af havne- og fritidsudvalget og sendes til Marina Nord senest 3 "
                   "uger før go-live.",
                   "1. Forelæg lejeaftalen for havne- og fritidsudvalget til godkendelse\n"
                   "2. Send aftalen til Marina Nord",
                   result="Lejeaftalen er godkendt af udvalget og sendt.")
    [signature] = task.signatures
    assert signature.signer == "havne- og fritidsudvalget"


def test_the_subject_of_a_clause_of_purpose_is_no_party_the_paper_goes_to():
    task = _marina("Målet er en godkendt pladsplan, så bådejerne kan aflevere deres både på den rigtige "
                   "plads. Pladsplanen godkendes af havnechefen.",
                   "1. Lav pladsplanen\n2. Få pladsplanen godkendt af havnechefen")
    [signature] = task.signatures
    assert (signature.signer, signature.recipient) == ("havnechefen", None)


def test_a_party_that_sends_the_paper_is_still_where_it_came_from():
    task = _marina("Marina Nord sender lejeaftalen til kommunen. Lejeaftalen underskrives af havnechefen.",
                   "1. Modtag lejeaftalen\n2. Få lejeaftalen underskrevet af havnechefen")
    [signature] = task.signatures
    assert (signature.signer, signature.recipient) == ("havnechefen", "Marina Nord")


def test_a_party_in_the_clause_of_another_paper_is_not_this_papers_recipient():
    task = _marina("Lejeaftalen underskrives af havnechefen og sendes til Marina Nord. Fuldmagten godkendes "
                   "af kommunens NemLog-in-administrator i NemLog-in.",
                   "1. Få lejeaftalen underskrevet af havnechefen\n2. Få fuldmagten godkendt i NemLog-in",
                   result="Lejeaftalen er modtaget af Marina Nord, og fuldmagten er godkendt i NemLog-in.")
    recipients = {s.document: s.recipient for s in task.signatures}
    assert recipients == {"lejeaftale": "Marina Nord", "fuldmagt": None}


def test_a_pronoun_for_the_paper_keeps_its_clause_and_recipient():
    task = _marina("Lejeaftalen underskrives af havnechefen, og den sendes derefter til Marina Nord.",
                   "1. Få lejeaftalen underskrevet af havnechefen\n2. Send den til Marina Nord")
    [signature] = task.signatures
    assert signature.recipient == "Marina Nord"


def test_having_someone_review_the_paper_is_no_step_that_receives_it():
    task = _marina("Lejeaftalen underskrives af havnechefen og sendes til Marina Nord.",
                   "1. Læs lejeaftalen\n2. Få kommunens jurist til at gennemgå aftalen\n"
                   "3. Få aftalen underskrevet af havnechefen\n"
                   "4. Send den underskrevne aftale til Marina Nord")
    [signature] = task.signatures
    assert (signature.received_step, signature.signed_step) == (None, 3)


def test_a_step_that_gets_the_paper_still_receives_it():
    task = _marina("Lejeaftalen underskrives af havnechefen og sendes til Marina Nord.",
                   "1. Få lejeaftalen fra Marina Nord\n2. Få aftalen underskrevet af havnechefen\n"
                   "3. Send den underskrevne aftale til Marina Nord")
    [signature] = task.signatures
    assert (signature.received_step, signature.signed_step) == (1, 2)
