"""Stated values read in more of the forms task authors write them: a frequency with an ordinal
('hvert 15. minut'), a count after a possessive ('kommunens 74 legepladser' is how many there are),
and a party named by the profession it is trained in ('en klinisk diætist'). Tasks here are written
for these tests."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASK = """## BH 1 Indførelse af Badehotel (B1)

**Master-opgave ID** 9931

**Opgavetitel** BH 1 Indførelse af Badehotel (B1)

**Projekt** Badehotel

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Badehotel - Bølge 1

**Mål** Svømmehallerne bruger Badehotel.

**Beskrivelse** Bookingen af kommunens 9 svømmehaller flyttes til Badehotel.
Vandprøverne skal analyseres af en akkrediteret kemotekniker.
Klortallet måles hver 2. time, og pumperne efterses hvert 3. år.

Badeplanen skal godkendes af en autoriseret fysioterapeut.

Support: hjaelp@badehotel.example, tlf. 70 10 20 30.

**Metode og fremgangsmåde** 1. Opret svømmehallerne
2. Test bookingen

**Resultat** Badehotel er i brug.
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(TASK))


def test_a_frequency_with_an_ordinal_is_a_frequency():
    assert holds(Expect.FREQUENCY, "Klortallet måles hver 2. time.", "Hvor ofte måles klortallet?")
    assert holds(Expect.FREQUENCY, "Pumperne efterses hvert 3. år.", "Hvor tit efterses pumperne?")
    assert not holds(Expect.FREQUENCY, "Pumperne efterses i 3. kvartal.", "Hvor tit efterses pumperne?")
    a = answer(_kb(), "Hvor ofte måles klortallet?")
    assert a.found and "hver 2. time" in a.answer and a.sources == ["9931"]


def test_a_count_after_a_possessive_says_how_many_there_are():
    question = "Hvor mange svømmehaller har kommunen?"
    assert holds(Expect.COUNT, "Bookingen af kommunens 9 svømmehaller flyttes til Badehotel.", question)
    # a bare number after an ordinary word is still no count of what there is
    assert not holds(Expect.COUNT, "Bookingen flyttes til Badehotel for 9 svømmehaller ad gangen.", question)
    a = answer(_kb(), question)
    assert a.found and "9 svømmehaller" in a.answer


def test_a_profession_is_a_party():
    a = answer(_kb(), "Hvem skal godkende badeplanen?")
    assert a.found and "fysioterapeut" in a.answer
    # the profession's own word is a party; a deadline word ending alike is not ('frist')
    assert holds(Expect.PARTY, "Planen godkendes af en klinisk diætist.", "Hvem godkender planen?")
    assert not holds(Expect.PARTY, "Planen godkendes inden fristen.", "Hvem godkender planen?")


SUPPLIER = """## VK 1 Aftale om vaskeri (B1)

**Master-opgave ID** 9932

**Opgavetitel** VK 1 Aftale om vaskeri (B1)

**Projekt** Vaskeri

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -40

**Bølger** Vaskeri - Bølge 1

**Mål** Kommunen har en underskrevet kontrakt om vask af linned.

**Beskrivelse** Linnedet vaskes af Renvask Nord A/S i Aabenraa. Renvask Nord skal levere begge ydelser.

Leverandørens kontaktperson er driftsleder Per Holm, tlf. 20 30 40 50.

Opsigelsesvarsel: 3 måneder
Aftalenummer: VK-2027-002

**Metode og fremgangsmåde** 1. Underskriv kontrakten

**Resultat** Kontrakten er underskrevet.

## VK 2 Aftale om rengøring (B1)

**Master-opgave ID** 9933

**Opgavetitel** VK 2 Aftale om rengøring (B1)

**Projekt** Vaskeri

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -40

**Bølger** Vaskeri - Bølge 1

**Mål** Kommunen har en aftale om rengøring.

**Beskrivelse** Rengøringen udføres af Skinne ApS.

**Metode og fremgangsmåde** 1. Underskriv aftalen

**Resultat** Aftalen er underskrevet.
"""


def test_a_what_question_names_its_task_by_a_name_the_task_writes():
    kb = KnowledgeBase(parse_text(SUPPLIER))
    a = answer(kb, "Hvad er opsigelsesvarslet på kontrakten med Renvask Nord?")
    assert a.found and "3 måneder" in a.answer and a.sources == ["9932"]
    # a name another task writes does not borrow this task's value
    b = answer(kb, "Hvad er opsigelsesvarslet på aftalen med Skinne?")
    assert not b.found and "3 måneder" not in b.answer
    # nor does a name no task writes
    c = answer(kb, "Hvad er aftalenummeret for kontrakten med Bleghuset?")
    assert not c.found and "VK-2027-002" not in c.answer
    # a sentence that writes the names itself but only restates the question names no ydelser
    d = answer(kb, "Hvilke ydelser skal Renvask Nord levere?")
    assert not d.found


def test_a_who_question_names_its_task_by_a_name_the_task_writes():
    kb = KnowledgeBase(parse_text(SUPPLIER))
    a = answer(kb, "Hvem er kontaktperson hos Renvask Nord?")
    assert a.found and "Per Holm" in a.answer and a.sources == ["9932"]
    b = answer(kb, "Hvem er kontaktperson hos Skinne?")
    assert not b.found and "Per Holm" not in b.answer.split("Kilde")[0]


ROWS = ("<tr><th>Distrikt</th><th>Skolegårde</th><th>Tilsynsførende</th></tr>"
        "<tr><td>Vest</td><td>12</td><td>Ole Krag</td></tr><tr><td>Øst</td><td>9</td><td>Rikke Bøg</td></tr>")
TABLE = """*Opgavetitel	(SK 4) Tilsyn med skolegårde
*Projekt	Skolegårde
*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri	Obligatorisk
Slutdato (fra Go-Live)	30
Bølger	Skolegårde - Bølge 1
Mål	Alle skolegårde er gennemgået.
*Beskrivelse	<p>Skolegårdene gennemgås af kommunens tilsynsførende.</p><table>""" + ROWS + """</table>
Metode og fremgangsmåde	<ol><li>Gennemgå skolegårdene</li></ol>
Resultat	Skolegårdene er gennemgået.
Anbefalet udfører	Skoleleder
"""


def test_a_table_row_is_named_with_its_header_and_its_number_counts_its_column():
    kb = KnowledgeBase(parse_text(TABLE))
    a = answer(kb, "Hvor mange skolegårde ligger i distrikt Vest?")
    assert a.found and "12" in a.answer and "9" not in a.answer.split("Kilde")[0]
    b = answer(kb, "Hvor mange skolegårde er der i Øst?")
    assert b.found and "9" in b.answer
    # the column says what the number counts: no count of another thing
    c = answer(kb, "Hvor mange elever går i distrikt Vest?")
    assert not c.found and "12" not in c.answer.split("Kilde")[0]


LABELS = """## GR 2 Flytning af gravregister (B1)

**Master-opgave ID** 9934

**Opgavetitel** GR 2 Flytning af gravregister (B1)

**Projekt** Gravregister

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Gravregister - Bølge 1

**Mål** Gravregisteret er flyttet til det nye system.

**Beskrivelse** Gravregisteret flyttes fra det gamle system.

•	Antal gravsteder: ca. 1,4 mio.
•	Pris for konvertering: 62 000 kr.
•	Dokumentformat: PDF/A

Driften af det nye system koster 400 kr. om måneden.

**Metode og fremgangsmåde** 1. Bestil konverteringen

**Resultat** Gravregisteret er flyttet.
"""


def test_a_label_naming_the_kind_of_value_answers_for_its_thing():
    kb = KnowledgeBase(parse_text(LABELS))
    a = answer(kb, "Hvor mange gravsteder skal flyttes?")
    assert a.found and "1,4 mio" in a.answer and a.sources == ["9934"]
    b = answer(kb, "Hvad koster konverteringen?")
    assert b.found and "62" in b.answer
    # the label's kind word alone names no thing: another thing's price is not this one's
    c = answer(kb, "Hvad koster flytningen af urnerne?")
    assert not c.found
    d = answer(kb, "Hvor mange urner skal flyttes?")
    assert not d.found and "1,4 mio" not in d.answer.split("Kilde")[0]


ARCHIVE = """## AR 1 Aflevering til arkiv (B1)

**Master-opgave ID** 9935

**Opgavetitel** AR 1 Aflevering til arkiv (B1)

**Projekt** Arkivering

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Arkivering - Bølge 1

**Mål** Data fra det gamle journalsystem er afleveret til arkivet.

**Beskrivelse** Kommunen afleverer data fra journalsystemet til Stadsarkivet Vest,
som er kommunens offentlige arkiv.

**Metode og fremgangsmåde** 1. Send data

**Resultat** Data er afleveret.
"""


def test_a_which_question_looks_past_a_sentence_that_only_restates_it():
    kb = KnowledgeBase(parse_text(ARCHIVE))
    a = answer(kb, "Hvilket arkiv skal data afleveres til?")
    assert a.found and "Stadsarkivet Vest" in a.answer
    # a which-question nothing names the one of stays not found
    b = answer(kb, "Hvilket journalsystem har vi i dag?")
    assert not b.found
    # a lower sentence that names something else than the thing asked (no 'portal') does not say which
    c = answer(kb, "Hvilken portal bruges til afleveringen?")
    assert not c.found and "Stadsarkivet Vest" not in c.answer.split("Kilde")[0]


def test_a_compound_label_is_named_by_its_parts_in_their_written_forms():
    kb = KnowledgeBase(parse_text(LABELS))
    # 'dokumenterne' (stem 'dokumen') and 'format' name 'Dokumentformat', joined by the written 't'
    a = answer(kb, "Hvilket format skal dokumenterne have?")
    assert a.found and "PDF/A" in a.answer
    b = answer(kb, "Hvilket format skal billederne have?")
    assert not b.found and "PDF/A" not in b.answer.split("Kilde")[0]



def test_a_name_in_an_address_counts_when_the_task_writes_the_name_itself():
    a = answer(_kb(), "Hvad er telefonnummeret til Badehotel-supporten?")
    assert a.found and "70 10 20 30" in a.answer
    # a word only inside the address is still no mention ('hjaelp' is written nowhere else)
    b = answer(_kb(), "Hvad er telefonnummeret til Hjaelp-afdelingen?")
    assert not b.found


def test_a_count_of_a_tables_rows_by_the_header_over_their_names():
    kb = KnowledgeBase(parse_text(TABLE))
    a = answer(kb, "Hvor mange distrikter er der?")
    assert a.found and "2 distrikter" in a.answer and "Vest" in a.answer and "Øst" in a.answer
    b = answer(kb, "Hvor mange zoner er der?")
    assert not b.found
    # two tables with rows of the same kind: which one is asked about is not said
    twice = TABLE + TABLE.replace("(SK 4)", "(SK 5)").replace("Vest", "Nord").replace("Øst", "Syd")
    c = answer(KnowledgeBase(parse_text(twice)), "Hvor mange distrikter er der?")
    assert not (c.found and "Opgaven nævner" in c.answer)


RESPONSIBLE = """## VP 2 Registrering af vandprøver (B1)

**Master-opgave ID** 9936

**Opgavetitel** VP 2 Registrering af vandprøver (B1)

**Projekt** Vandprøver

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -10

**Bølger** Vandprøver - Bølge 1

**Mål** Vandprøverne registreres hver dag.

**Beskrivelse** Prøverne tages hver dag.
Kommunens badeleder er ansvarlig for at kontrollere registreringerne hver uge.

**Metode og fremgangsmåde** 1. Registrér prøverne
2. Kontrollér registreringerne

**Resultat** Vandprøverne er registreret.
"""


def test_who_is_said_by_being_responsible_for_the_deed():
    kb = KnowledgeBase(parse_text(RESPONSIBLE))
    a = answer(kb, "Hvem kontrollerer registreringerne af vandprøver?")
    assert a.found and "badeleder" in a.answer
    b = answer(kb, "Hvem godkender registreringerne af vandprøver?")
    assert not b.found or "badeleder" not in b.answer.split("Kilde")[0]


def test_a_way_or_an_english_question_gets_no_title_credit():
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.candidate import Context
    from knowledge.qa.titles import titled_passages
    index = index_for(KnowledgeBase(parse_text(RESPONSIBLE)))
    for question in ("Hvordan registreres vandprøver?", "How are the water samples registered?"):
        ctx = Context(index=index, q=analyse(index, question), golive=None)
        assert titled_passages(ctx, threshold=0.6) == []
