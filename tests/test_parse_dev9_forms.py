"""Signatures and deadlines in wordings found while writing the twelfth set of exports (dev9, issue 8): a
statement as a paper ('refusionsopgørelsen', 'ledelsesredegørelsen') signed or
attested like any other; several papers in one task listed in the order the task names them; a step that
receives or sends two papers joined by 'og' ('Modtag aftalen og samtykket') is a step of each; a week
counted from an event ('i uge 2 efter go-live', 'senest i den tredje uge efter opstartsmødet') is a
deadline N weeks after it, but not when something only takes place then ('Kurset afholdes i uge 2 efter
go-live') and not counted back ('i uge 2 før go-live', whose end is not two weeks before)."""

from __future__ import annotations

import pytest
from test_parse_dev5_forms import _dl
from test_signature_wordings_more import _task

from knowledge.deadlines import sentence_deadlines


def _sigs(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient, s.steps) for s in task.signatures]


@pytest.mark.parametrize("description, steps, want", [
    ("Kommunens revisor attesterer refusionsopgørelsen, som derefter returneres til Udbetaling Danmark.",
     ["Udarbejd refusionsopgørelsen", "Kommunens revisor attesterer opgørelsen", "Returnér opgørelsen"],
     [("refusionsopgørelse", "kommunens revisor", "Udbetaling Danmark", [2, 3])]),
    ("Ledelsesredegørelsen underskrives af direktionen og sendes til KOMBIT.",
     ["Hent redegørelsen", "Send redegørelsen til KOMBIT"],
     [("ledelsesredegørelse", "direktionen", "KOMBIT", [1, 2])]),
    ("KOMBIT udarbejder en pensionsopgørelse. Opgørelsen uploades i KLIK med underskrift fra økonomichefen.",
     ["Hent opgørelsen i KLIK", "Økonomichefen underskriver opgørelsen"],
     [("pensionsopgørelse", "økonomichefen", "KLIK", [1, 2])]),
])
def test_a_statement_is_a_paper_to_sign(description, steps, want):
    assert _sigs(_task(description, steps)) == want


def test_a_statement_without_a_signing_is_no_signature():
    task = _task("Opgørelsen af forbruget sendes til KOMBIT.", ["Lav opgørelsen", "Send opgørelsen"])
    assert task.signatures == []


def test_several_papers_come_in_the_order_the_task_names_them():
    task = _task("Blanketten underskrives af økonomichefen. Fuldmagten til KMD underskrives af direktøren.",
                 ["Modtag blanketten fra KMD", "Økonomichefen underskriver blanketten",
                  "Direktøren underskriver fuldmagten", "Send fuldmagten til KMD"])
    assert [s.document for s in task.signatures] == ["blanket", "fuldmagt"]
    swapped = _task("Fuldmagten til KMD underskrives af direktøren. "
                    "Blanketten underskrives af økonomichefen.",
                    ["Direktøren underskriver fuldmagten", "Send fuldmagten til KMD",
                     "Modtag blanketten fra KMD", "Økonomichefen underskriver blanketten"])
    assert [s.document for s in swapped.signatures] == ["fuldmagt", "blanket"]


@pytest.mark.parametrize("first", ["Modtag tilslutningsaftalen og samtykket",
                                   "Modtag tilslutningsaftalen samt samtykket fra Udbetaling Danmark",
                                   "Hent tilslutningsaftalen, samtykket og vejledningen"])
def test_a_step_that_receives_two_papers_is_a_step_of_each(first):
    task = _task("Tilslutningsaftalen underskrives af HR-chefen. Samtykket underskrives af lønchefen.",
                 [first, "HR-chefen underskriver tilslutningsaftalen", "Lønchefen underskriver samtykket"])
    got = {s.document: (s.steps, s.received_step) for s in task.signatures}
    assert got == {"tilslutningsaftale": ([1, 2], 1), "samtykke": ([1, 3], 1)}


def test_a_paper_joined_to_one_signed_adds_no_signature():
    task = _task("Aftalen underskrives af direktøren.",
                 ["Modtag aftalen og vejledningen", "Underskriv aftalen"])
    assert [(s.document, s.steps) for s in task.signatures] == [("aftale", [1, 2])]


@pytest.mark.parametrize("sentence, want", [
    ("Restfejlene meldes til leverandøren i uge 2 efter go-live.", (2, "uger", "go-live", "restfejlene")),
    ("Lønoplysningerne indberettes i uge 3 efter idriftsættelsen.",
     (3, "uger", "go-live", "lønoplysningerne")),
    ("Senest i den tredje uge efter opstartsmødet skal testplanen sendes.",
     (3, "uger", "opstartsmødet", "testplanen")),
    ("Brugerne skal være oprettet i uge to efter modtagelsen.", (2, "uger", "modtagelse", "brugerne")),
])
def test_a_week_counted_from_an_event_ends_that_many_weeks_after_it(sentence, want):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.unit.value, deadline.anchor, deadline.about) == want
    assert "uge" in deadline.text and "efter" in deadline.text


@pytest.mark.parametrize("sentence", [
    "Kurset afholdes i uge 2 efter go-live.",
    "Evalueringsmødet er i uge 3 efter go-live.",
    "Testen gennemføres i uge 2 før go-live.",
    "Go-live er planlagt i uge 40.",
])
def test_a_week_when_something_takes_place_or_counted_back_is_no_counted_deadline(sentence):
    assert [d for d in sentence_deadlines(sentence) if d.unit.value == "uger"] == []


def test_a_counted_week_in_a_task_is_about_what_its_sentence_names():
    task = _task("Testen skal være gennemført senest 3 uger før go-live. "
                 "Fejlene rettes i uge 2 efter go-live.",
                 ["Gennemfør testen", "Ret fejlene"])
    assert sorted(_dl(task)) == [(-3, "uger", "go-live", "testen"), (2, "uger", "go-live", "fejlene")]


@pytest.mark.parametrize("sentence, want", [
    # 'inden for de første N dage efter X' is due N days after X, about what the sentence names
    ("Inden for de første 14 dage efter go-live skal pensionsberegningerne kontrolleres.",
     (14, "go-live", "pensionsberegningerne")),
    ("Brugerne skal oprettes i løbet af de første 5 arbejdsdage efter modtagelsen.",
     (5, "modtagelse", "brugerne")),
    # the start of something else is an anchor in its own words, the task's start is 'start'
    ("Testcasene skal være klar senest 3 uger før opstart af testen.",
     (-3, "opstart af testen", "testcasene")),
    ("Planen skal sendes senest 5 dage efter opgavens opstart.", (5, "start", "planen")),
    ("Planen skal sendes senest 5 dage efter start af opgaven.", (5, "start", "planen")),
    # a passive verb before its subject, in -es or -ås, and a plural subject ending in -ne
    ("Senest 2 uger efter go-live gennemgås brugerne igen.", (2, "go-live", "brugerne")),
    ("Senest 3 uger før go-live afleveres listerne til KOMBIT.", (-3, "go-live", "listerne")),
    ("Senest 3 uger før go-live sendes underskrevet erklæringen til KOMBIT.", (-3, "go-live", "erklæringen")),
    # a reply is on what it answers; a place is no part of the thing
    ("Vi skal have jeres tilbagemelding på testplanen senest 10 arbejdsdage efter modtagelse.",
     (10, "modtagelse", "tilbagemelding på testplanen")),
    ("Send listen på mail senest 3 uger før go-live.", (-3, "go-live", "listen")),
])
def test_deadline_leads_anchors_and_what_they_are_about(sentence, want):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.anchor, deadline.about) == want


@pytest.mark.parametrize("label", ["Tidsfrist", "Svarfrist", "Returfrist", "Frist"])
def test_a_label_that_is_a_word_for_deadline_is_about_the_paper_before(label):
    task = _task(f"Tilslutningsaftalen underskrives af direktøren. {label}: 15 arbejdsdage fra modtagelse.",
                 ["Modtag tilslutningsaftalen", "Send aftalen til KOMBIT"])
    assert _dl(task) == [(15, "arbejdsdage", "modtagelse", "tilslutningsaftale")]


@pytest.mark.parametrize("sentence, want", [
    # a compound of an act and a word for deadline is the deadline for that act
    ("Tilmeldingsfristen er 3 uger før kursusstart.", (-3, "kursusstart", "tilmelding")),
    ("Indmeldingsfristen for superbrugere er senest 4 uger før go-live.",
     (-4, "go-live", "indmelding af superbrugere")),
    # 'Datoen for X' is as 'Fristen for X'
    ("Datoen for aflevering af testplanen er senest 2 uger før go-live.", (-2, "go-live", "testplanen")),
    # a count before the thing an imperative names; a span of time is none
    ("Senest 2 uger før go-live: send 5 testbreve til KOMBIT.", (-2, "go-live", "testbreve")),
    ("Send listen 3 dage efter go-live.", (3, "go-live", "listen")),
])
def test_words_for_a_deadline_and_counted_things(sentence, want):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.anchor, deadline.about) == want


def test_the_date_for_returning_is_about_the_paper_just_named():
    task = _task("KOMBIT fremsender en erklæring. Erklæringen underskrives af direktøren og returneres til "
                 "KOMBIT. Datoen for returnering er senest 14 dage før go-live.",
                 ["Modtag erklæringen", "Underskriv erklæringen", "Returnér erklæringen til KOMBIT"])
    assert _dl(task) == [(-14, "dage", "go-live", "erklæring")]


@pytest.mark.parametrize("step", ["Udfyld indberetningsskemaet", "Gennemgå afleveringsplanen",
                                  "Læs returneringsblanketten"])
def test_a_paper_whose_name_starts_with_a_verb_of_sending_is_not_sent_by_a_step_that_only_names_it(step):
    task = _task("Skemaet underskrives af lønchefen og sendes til KMD.",
                 ["Modtag bestillingen", step, "Lønchefen underskriver skemaet", "Send skemaet til KMD"])
    assert [s.steps for s in task.signatures] == [[3, 4]]


@pytest.mark.parametrize("sentence", [
    "Senest tre uger før go-live – og gerne tidligere – skal testen være gennemført.",
    "Senest tre uger før go-live (og gerne før) skal testen være gennemført.",
])
def test_an_aside_after_a_fronted_deadline_is_read_past(sentence):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.about) == (-3, "testen")


DEV9 = __import__("pathlib").Path(__file__).parent / "fixtures" / "exports" / "dev9"


def test_a_file_cut_after_a_whole_item_of_an_open_list_is_refused_naming_task_and_line():
    """The file ends inside the first task's method list, after a whole item: the list never closes, the
    result and the other tasks are gone. Refused like a file cut inside an item."""
    from knowledge.errors import ParseError
    from knowledge.parse import parse_text

    text = (DEV9 / "md-sapa-skriver-under-li.md.txt").read_text(encoding="utf-8")
    cut = text[:text.find("<li>2. Kommunaldirektøren")]
    with pytest.raises(ParseError) as caught:
        parse_text(cut, source="cut.md")
    said = caught.value.text("da")
    assert "«7611»" in said and "linje 17" in said and "Metode" in said, said
    # a list left open inside a file that goes on is sloppy HTML, not a cut: nothing is lost
    sloppy = parse_text(text.replace("</ol>", "", 1), source="sloppy.md")
    assert [len(t.method_steps) for t in sloppy] == [3, 3, 2]


def test_a_tab_separated_label_followed_by_spaces_instead_of_a_tab_is_still_its_field():
    from knowledge.parse import parse_text

    text = (DEV9 / "tsv-kp-signeres-digitalt.tsv.txt").read_text(encoding="utf-8")
    spaced = text.replace("*Beskrivelse\t<p>KOMBIT", "*Beskrivelse    <p>KOMBIT")
    want = {t.id: (t.description, t.goal, len(t.signatures)) for t in parse_text(text)}
    got = {t.id: (t.description, t.goal, len(t.signatures)) for t in parse_text(spaced)}
    assert got == want


@pytest.mark.parametrize("sentence, want", [
    # the word before an offset from go-live is no thing
    ("Ved go-live minus 3 uger skal testen være afsluttet.", (-3, "go-live", "testen")),
    # a role named by an adjective is who acts; what it must do is the thing
    ("Kommunens dataansvarlige skal godkende databehandleraftalen senest 3 uger efter modtagelse.",
     (3, "modtagelse", "databehandleraftalen")),
    ("Den systemansvarlige skal oprette brugerne senest 2 uger før go-live.", (-2, "go-live", "brugerne")),
    # 'senest N dage efter' with nothing after: after the event the sentence opens with
    ("Når testen er gennemført, skal testrapporten sendes senest 3 dage efter.",
     (3, "testen er gennemført", "testrapporten")),
    ("Efter opstartsmødet skal planen sendes senest 5 dage efter.", (5, "opstartsmødet", "planen")),
])
def test_offsets_roles_and_spans_after_an_opening_event(sentence, want):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.anchor, deadline.about) == want


def test_a_span_after_nothing_named_is_no_deadline():
    assert sentence_deadlines("Planen sendes senest 5 dage efter.") == []


@pytest.mark.parametrize("description, want", [
    # 'bedes' is a modal: who is asked signs, and the word is no part of the name
    ("Kommunaldirektøren bedes underskrive databehandleraftalen og returnere den til KMD.",
     ("databehandleraftale", "kommunaldirektøren", "KMD")),
    # a manner adverb between the modal and the verb, after a name with 'og' in it
    ("Direktøren for Børn og Unge skal digitalt signere tilslutningsaftalen og sende den til KOMBIT.",
     ("tilslutningsaftale", "direktøren for Børn og Unge", "KOMBIT")),
    ("Borgmesteren skal elektronisk underskrive aftalen og sende den til KOMBIT.",
     ("aftale", "borgmesteren", "KOMBIT")),
    # a signature and something more from someone ('underskrift og stempel fra X')
    ("Skemaet skal være forsynet med underskrift og stempel fra lønkontoret og sendes til KMD.",
     ("skema", "lønkontoret", "KMD")),
    ("Erklæringen skal have underskrift samt dato fra direktøren og sendes til KMD.",
     ("erklæring", "direktøren", "KMD")),
])
def test_who_signs_past_modals_adverbs_and_a_second_noun(description, want):
    task = _task(description, ["Hent papiret", "Send det videre"])
    assert [(s.document, s.signer, s.recipient) for s in task.signatures] == [want]


@pytest.mark.parametrize("description, want", [
    # a second signing word joined by 'og' speaks of the paper the first one named
    ("Ansøgningen sendes til godkendelse og underskrift hos direktionen, og derefter til Udbetaling Danmark.",
     ("ansøgning", "direktionen", "Udbetaling Danmark")),
    # 'begge' between the modal and the verb
    ("Kommunaldirektøren og økonomidirektøren skal begge underskrive aftalen og sende den til KOMBIT.",
     ("aftale", "kommunaldirektøren og økonomidirektøren", "KOMBIT")),
    # a paper already signed by the other party, then to be signed here: the demand counts
    ("Aftalen er underskrevet af KOMBIT og skal nu underskrives af økonomichefen og sendes til KOMBIT.",
     ("aftale", "økonomichefen", "KOMBIT")),
    ("Aftalen er underskrevet af KOMBIT og skal nu underskrives af kommunen ved kommunaldirektøren.",
     ("aftale", "kommunaldirektøren", None)),
])
def test_coordinated_signing_words_quantifiers_and_a_paper_signed_before(description, want):
    task = _task(description, ["Hent papiret", "Læs papiret"])
    assert [(s.document, s.signer, s.recipient) for s in task.signatures] == [want]


def test_a_paper_only_signed_by_the_other_party_is_no_signature_here():
    task = _task("Aftalen er underskrevet af KOMBIT og ligger i KLIK til orientering.", ["Læs aftalen"])
    assert task.signatures == []


@pytest.mark.parametrize("sentence, want", [
    ("Senest 6 uger før go-live skal der være udpeget en kontaktperson.", (-6, "kontaktperson")),
    ("Senest 4 uger efter, at kommunen har modtaget testrapporten, skal den godkendes.",
     (4, "testrapporten")),
])
def test_what_a_fronted_deadline_is_about_past_a_participle_or_a_receipt(sentence, want):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.about) == want


def test_a_power_of_attorney_that_may_be_given_is_no_paper_beside_the_one_signed():
    task = _task("Aftalen underskrives af direktøren for teknik- og miljøområdet. Direktøren kan give en "
                 "afdelingschef fuldmagt til at underskrive i sit sted.",
                 ["Hent aftalen", "Send aftalen til KMD"])
    want = [("aftale", "direktøren for teknik- og miljøområdet")]
    assert [(s.document, s.signer) for s in task.signatures] == want
