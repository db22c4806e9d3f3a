"""The lead's mends after the first review of session 63's merge (the reviewer's own small exports), with
the answers that must stay: a paper sent along is no partner in a deed ('Send billedet sammen med
ansøgningen'); a plural of times does no deed ('Kun lørdage i juli åbner honningboden'); a state after a
copula says nothing of who a person is ('Lise Hav er på barsel'); a public body is no supplier ('Region
Syddanmark godkender ...'); a compound signer with a linking -s- is the same signer ('beredskabschefen' =
'chefen for beredskabet'); a sentence calling a part of the task optional does not make the task so; an
English subject is read as its Danish reading in the passive-deed gate ('When can the capsule be opened?');
a denial inside a relative clause picks out whom the question is about; a fee's adjective says how often it
is paid ('et årligt gebyr' for 'betales gebyret månedligt?')."""

from functools import cache

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

T1 = (
    '## SAND 1 – Sandsækdepot ved åen\n'
    '\n'
    '**Master-opgave ID** 9101\n'
    '\n'
    '**Opgavetitel** SAND 1 – Sandsækdepot ved åen\n'
    '\n'
    '**Projekt** Fælles Højvande\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Borgerne ved åen kan hente sandsække ved højvande.\n'
    '\n'
    '**Beskrivelse** Kommunen opretter et sandsækdepot ved åen. Depotet oprettes i Sønderborg '
    'senest 20 arbejdsdage før go-live. Sandsækkene udleveres gratis til borgere, der bor ved '
    'åen. Borgere fra andre kommuner betaler 40 kr. pr. sæk. Vejledningen forklarer, hvordan '
    'sandsækkene fyldes. Kassen med skovle åbnes først, når beredskabet giver besked.\n'
    '\n'
    'Til øvelsen deltager:\n'
    '\n'
    '- medarbejdere fra vejafdelingen\n'
    '- medarbejdere fra beredskabet\n'
    '\n'
    '1. Send billedet af depotet sammen med ansøgningen\n'
    '2. Tøm kasserne sammen med vejmændene\n'
    '\n'
    'Aftalen om depotet underskrives af chefen for beredskabet. Reglementet for depotet sendes '
    'til Strandvold Teknik senest 12 dage før go-live. Region Syddanmark godkender listen inden'
    ' for 5 arbejdsdage efter modtagelsen.\n'
    '\n'
    '**Resultat** Depotet er klar.\n'
    '\n'
    '## SAND 2 – Bistader i parkerne\n'
    '\n'
    '**Master-opgave ID** 9102\n'
    '\n'
    '**Opgavetitel** SAND 2 – Bistader i parkerne\n'
    '\n'
    '**Projekt** Fælles Højvande\n'
    '\n'
    '**Prioritet** Valgfri\n'
    '\n'
    '**Mål** Der står bistader i tre parker.\n'
    '\n'
    '**Beskrivelse** Kommunen stiller bistader op i tre parker. Biavleren får 2.000 kr. om '
    'året, hvilket dækker foder og voks. Lise Hav er på barsel. Anne Mose er bortrejst. Den '
    'pensionerede biavler Poul Bi viser skolerne bistaderne. Kun lørdage i juli åbner '
    'honningboden. Der er plads til 40 gæster ved honningdagen. Bistaderne flyttes senest 1. '
    'oktober. Listen over biavlere indleveres senest 1. marts.\n'
    '\n'
    'For hvert bistade skal skemaet indeholde:\n'
    '\n'
    '- dato for tømning\n'
    '- ansvarlig biavler\n'
    '\n'
    'Kontakt den ansvarlige biavler Karen Voks ved spørgsmål.\n'
    '\n'
    '**Resultat** Bistaderne står i parkerne.\n'
    '\n'
    '## SAND 3 – Vinterbadning ved badebroen\n'
    '\n'
    '**Master-opgave ID** 9103\n'
    '\n'
    '**Opgavetitel** SAND 3 – Vinterbadning ved badebroen\n'
    '\n'
    '**Projekt** Fælles Højvande\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Mål** Vinterbadere kan bruge badebroen sikkert.\n'
    '\n'
    '**Beskrivelse** Badebroen er åben for vinterbadere fra november til marts. Badere, der '
    'ikke er medlem af klubben, betaler 25 kr. pr. dag. Saunaen bookes i Badebogen. Badebogen '
    'er systemet, hvor klubberne booker saunatider. Systemet gemmer badernes navne i 30 dage. '
    'Skiltet fortæller, hvornår saunaen er åben. Livredderen tjekker vandet hver morgen. Kun '
    'medlemmer af klubben må bruge saunaen om aftenen.\n'
    '\n'
    '**Resultat** Badebroen er åben.\n'
    '\n'
)

T2 = (
    '## KOMP 1 – Kompostordning\n'
    '\n'
    '**Master-opgave ID** 9201\n'
    '\n'
    '**Opgavetitel** KOMP 1 – Kompostordning\n'
    '\n'
    '**Projekt** Fælles Kompost\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Borgerne kan aflevere haveaffald til kompost.\n'
    '\n'
    '**Beskrivelse** Kommunen indfører en kompostordning. Borgere fra andre kommuner betaler 60'
    ' kr. pr. læs. Send billedet af pladsen sammen med ansøgningen. Kompostbogen er systemet, '
    'hvor haveejerne booker afhentning. Systemet sender en kvittering til borgeren. Region '
    'Midtjylland godkender pladsen inden for 5 arbejdsdage efter modtagelsen.\n'
    '\n'
    '**Resultat** Ordningen kører.\n'
    '\n'
)

T3 = (
    '## BI 1 – Bistader i parkerne\n'
    '\n'
    '**Master-opgave ID** 9301\n'
    '\n'
    '**Opgavetitel** BI 1 – Bistader i parkerne\n'
    '\n'
    '**Projekt** Fælles Bier\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Der står bistader i tre parker.\n'
    '\n'
    '**Beskrivelse** Kommunen stiller bistader op i tre parker. Smagningen ved bistaderne er '
    'valgfri. Biavleren får 2.000 kr. om året, hvilket dækker foder og voks.\n'
    '\n'
    '**Resultat** Bistaderne står i parkerne.\n'
    '\n'
    '## BI 2 – Honningdag\n'
    '\n'
    '**Master-opgave ID** 9302\n'
    '\n'
    '**Opgavetitel** BI 2 – Honningdag\n'
    '\n'
    '**Projekt** Fælles Bier\n'
    '\n'
    '**Prioritet** Valgfri\n'
    '\n'
    '**Mål** Borgerne smager honning.\n'
    '\n'
    '**Beskrivelse** Honningdagen holdes i august.\n'
    '\n'
    '**Resultat** Dagen er holdt.\n'
    '\n'
)

T5 = (
    '## KAP 1 – Tidskapsel ved rådhuset\n'
    '\n'
    '**Master-opgave ID** 9501\n'
    '\n'
    '**Opgavetitel** KAP 1 – Tidskapsel ved rådhuset\n'
    '\n'
    '**Projekt** Fælles Kapsel\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Mål** Byens tidskapsel graves ned ved rådhuset.\n'
    '\n'
    '**Beskrivelse** Kommunen graver en tidskapsel ned ved rådhuset. Tilmeldingen åbnes senest '
    '6 arbejdsdage før go-live. Reglementet evalueres 4 måneder efter nedgravningen.\n'
    '\n'
    '**Resultat** Kapslen er gravet ned.\n'
    '\n'
)

T7 = (
    '## HUND 1 – Hundeskov\n'
    '\n'
    '**Master-opgave ID** 9701\n'
    '\n'
    '**Opgavetitel** HUND 1 – Hundeskov\n'
    '\n'
    '**Projekt** Fælles Hund\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Mål** Hundeejere kan lufte hunde i skoven.\n'
    '\n'
    '**Beskrivelse** Kommunen indretter en hundeskov. Der er plads til 30 hunde i skoven. '
    'Hundeejere betaler et årligt gebyr på 300 kr. Skovfogeden Per Gran fører tilsyn. Per Gran '
    'er ansat i Teknik og Miljø. Tilmeldingslisten skal indeholde: - ejerens navn - hundens '
    'race - ansvarlig skovfoged. Hundebogen er appen, hvor ejerne booker tider. Appen viser '
    'ledige tider.\n'
    '\n'
    '**Resultat** Skoven er åben.\n'
    '\n'
)

@cache
def _kb(tasks: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(tasks))


@pytest.mark.parametrize("tasks, question, wrong", [
    (T2, "Hvem sender billedet af pladsen?", "ansøgningen"),  # a paper sent along is no partner
    (T1, "Hvem åbner honningboden?", "lørdage"),  # a plural of times does no deed
    (T1, "Hvem er Lise Hav?", "barsel"),  # a state, not what she is
    (T1, "Who is Anne Mose?", "bortrejst"),
    (T1, "Hvor lang tid har leverandøren til at godkende listen?", "5 arbejdsdage"),  # a region
    (T1, "Skal beredskabschefen underskrive aftalen?", "Nej"),  # the same signer
    (T3, "Er BI 1 valgfri?", "Ja"),  # the tasting is optional, not the task
    (T3, "Er opgaven om bistader i parkerne valgfri?", "Ja"),
    (T5, "When can the capsule be opened?", "6 arbejdsdage"),  # the sign-up is opened, not the capsule
])
def test_no_confident_wrong_answer(tasks, question, wrong):
    got = answer(_kb(tasks), question)
    assert not got.found or wrong not in got.answer.split("\n")[0], got.answer


@pytest.mark.parametrize("tasks, question, expected", [
    (T2, "Hvad betaler borgere der ikke bor i kommunen?", "60 kr."),  # a relative clause's denial
    (T2, "What do citizens who do not live in the municipality pay?", "60 kr."),
    (T7, "Betales gebyret månedligt?", "Nej"),  # a yearly fee
    (T7, "Is the fee paid monthly?", "No"),
    # controls: the readings the mends narrow keep their answers
    (T1, "Hvem er Poul Bi?", "biavler"),
])
def test_answer_kept(tasks, question, expected):
    got = answer(_kb(tasks), question)
    assert got.found and expected in got.answer, got.answer


# The lead's mends after the first integration run: a dashed item that states a rule is no field of a list
# ('- kun kommunens ovnmester må tænde ovnen'); an embedded question ends at its comma, and what follows is
# the sentence's own again ('..., hvilke stier der er ryddet, på kortet, som opdateres hver time')
T8 = (
    "## SMT 1 – Smedjen ved museet\n\n**Master-opgave ID** 9801\n\n"
    "**Opgavetitel** SMT 1 – Smedjen ved museet\n\n"
    "**Projekt** Fælles Smedje\n\n**Prioritet** Prioritet 2\n\n**Mål** Smedjen kan bruges sikkert.\n\n"
    "**Beskrivelse** Reglerne for smedjen:\n\n- kun kommunens smedemester må tænde essen\n"
    "- gæster skal bære forklæde\n\nBorgerne kan se, hvilke stier der er ryddet, på kommunens kort, som "
    "opdateres hver time. For hver vagt skal listen indeholde:\n\n- dato\n- vagthavende smed\n\n"
    "**Resultat** Smedjen er åben.\n"
)


@pytest.mark.parametrize("question, expected", [
    ("Hvem må tænde essen?", "smedemester"),
    ("Hvor ofte opdateres kortet over ryddede stier?", "hver time"),
])
def test_rule_items_and_embedded_questions_answer(question, expected):
    got = answer(_kb(T8), question)
    assert got.found and expected in got.answer, got.answer


def test_a_field_of_a_list_still_names_no_one():
    got = answer(_kb(T8), "Hvem er den vagthavende smed?")
    assert not got.found or "- dato" not in got.answer, got.answer


# The lead's mends after the second review (its own exports): a when-question naming a doer over two joined
# clauses no longer crashes; a consequence's doer is read only where its task says the undone deed; a cleft
# 'det som ikke' is the denial asked; a thing before 'selv' and a passive verb is no doer; 'Hele opgaven er
# valgfri' calls the task itself optional
R1 = (
    '## GENBRUG 1 – Farligt affald på genbrugspladsen\n'
    '\n'
    '**Master-opgave ID** 7701\n'
    '\n'
    '**Opgavetitel** GENBRUG 1 – Farligt affald på genbrugspladsen\n'
    '\n'
    '**Projekt** Fælles Genbrug\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Mål** Borgerne kan aflevere farligt affald sikkert.\n'
    '\n'
    '**Beskrivelse** Kommunen opstiller en container til farligt affald på genbrugspladsen. '
    'Maling og kemikalier må lægges i containeren. Batterier må ikke lægges i containeren. Kun '
    'medarbejdere fra genbrugspladsen må tømme containeren med kranen. Borgerne kan selv tømme '
    'deres spande i containeren. Borgere, der ikke bor i kommunen, betaler 50 kr. pr. besøg. '
    'Erhvervskunder betaler et årligt gebyr på 300 kr.\n'
    '\n'
    '**Resultat** Containeren er i brug.\n'
    '\n'
    '## HUND 1 – Hundeskov ved skolen\n'
    '\n'
    '**Master-opgave ID** 7702\n'
    '\n'
    '**Opgavetitel** HUND 1 – Hundeskov ved skolen\n'
    '\n'
    '**Projekt** Fælles Genbrug\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Der er en hundeskov ved skolen.\n'
    '\n'
    '**Beskrivelse** Kommunen indhegner et areal ved skolen til hundeskov. Denne opgave er '
    'valgfri. Hans Fletmose er projektleder for hundeskoven. KommuneSoft ApS lægger reglerne '
    'for hundeskoven ind i bookingsystemet inden for 4 arbejdsdage efter modtagelsen. Selve '
    'indvielsen af hundeskoven er obligatorisk.\n'
    '\n'
    '**Resultat** Hundeskoven er åben.\n'
    '\n'
    '## FOTO 1 – Skolefoto via portalen\n'
    '\n'
    '**Master-opgave ID** 7703\n'
    '\n'
    '**Opgavetitel** FOTO 1 – Skolefoto via portalen\n'
    '\n'
    '**Projekt** Fælles Genbrug\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Forældre kan bestille skolefoto i portalen.\n'
    '\n'
    '**Beskrivelse** Fotolisten indeholder følgende oplysninger om hver elev:\n'
    '\n'
    '- navn\n'
    '- klasse\n'
    '- skolens navn\n'
    '\n'
    'Kommunen betaler 500 kr. for opsætningen af portalen. Skolesekretæren sender fotolisten '
    'til fotografen senest 14 dage før fotodagen.\n'
    '\n'
    'Tarm Data sender derefter en prøveside; rettelser til den skal sendes senest 10 dage '
    'efter, at den er modtaget.\n'
    '\n'
    '**Resultat** Skolefoto er bestilt.\n'
    '\n'
    '## KOLONI 1 – Venteliste til kolonihaver\n'
    '\n'
    '**Master-opgave ID** 7704\n'
    '\n'
    '**Opgavetitel** KOLONI 1 – Venteliste til kolonihaver\n'
    '\n'
    '**Projekt** Fælles Genbrug\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Kolonihaverne fordeles retfærdigt.\n'
    '\n'
    '**Beskrivelse** Ventelisten godkendes af formanden for haveforeningen. Brandchefen '
    'modtager en kopi af ventelisten. Uden en godkendt venteliste kan haverne ikke fordeles.\n'
    '\n'
    '**Resultat** Haverne er fordelt.\n'
    '\n'
    '## KOLONI 2 – Affald i kolonihaverne\n'
    '\n'
    '**Master-opgave ID** 7705\n'
    '\n'
    '**Opgavetitel** KOLONI 2 – Affald i kolonihaverne\n'
    '\n'
    '**Projekt** Fælles Genbrug\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Affaldet i kolonihaverne hentes.\n'
    '\n'
    '**Beskrivelse** Haveforeningen sender affaldslisten til kommunen. Hvis affaldslisten ikke '
    'sendes, kan containerne ikke bestilles.\n'
    '\n'
    '**Resultat** Affaldet er hentet.\n'
)

R2 = (
    '## FÆRGE 1 – Færgedag for ældre\n'
    '\n'
    '**Master-opgave ID** 7711\n'
    '\n'
    '**Opgavetitel** FÆRGE 1 – Færgedag for ældre\n'
    '\n'
    '**Projekt** Fælles Havn\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Ældre borgere kommer på en tur med færgen.\n'
    '\n'
    '**Beskrivelse** Kommunen arrangerer en færgedag for ældre borgere. Hele opgaven er '
    'valgfri. Lise Hav er tidligere skoleleder og står for færgedagen. Aftalen om færgedagen '
    'underskrives af skolesekretæren.\n'
    '\n'
    '**Resultat** Færgedagen er holdt.\n'
    '\n'
    '## FÆRGE 2 – Haveaffald ved havnen\n'
    '\n'
    '**Master-opgave ID** 7712\n'
    '\n'
    '**Opgavetitel** FÆRGE 2 – Haveaffald ved havnen\n'
    '\n'
    '**Projekt** Fælles Havn\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Haveaffald kan afleveres ved havnen.\n'
    '\n'
    '**Beskrivelse** Haveaffald må afleveres i containeren ved havnen. Deltagelse i oprydningen'
    ' er valgfri.\n'
    '\n'
    '**Resultat** Containeren er opstillet.\n'
    '\n'
    '## FÆRGE 3 – Billeder til fotografen\n'
    '\n'
    '**Master-opgave ID** 7713\n'
    '\n'
    '**Opgavetitel** FÆRGE 3 – Billeder til fotografen\n'
    '\n'
    '**Projekt** Fælles Havn\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Fotografen har det, der skal bruges.\n'
    '\n'
    '**Beskrivelse** Kommunen sender følgende til fotografen:\n'
    '\n'
    '- en liste over færgerne\n'
    '- et kort over havnen\n'
    '\n'
    'Kommunen betaler 500 kr. for opsætningen af udstillingen. Tilsynsdata ApS kontrollerer '
    'listen inden for 3 arbejdsdage efter modtagelsen.\n'
    '\n'
    '**Resultat** Udstillingen er klar.\n'
)

R3 = (
    '## BÅD 1 – Bådpladser i lystbådehavnen\n'
    '\n'
    '**Master-opgave ID** 7721\n'
    '\n'
    '**Opgavetitel** BÅD 1 – Bådpladser i lystbådehavnen\n'
    '\n'
    '**Projekt** Fælles Lystbåd\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Mål** Bådejere kan leje en plads.\n'
    '\n'
    '**Beskrivelse** Kommunen udlejer bådpladser i lystbådehavnen.\n'
    '\n'
    '1. Send lejekontrakten sammen med billederne af båden\n'
    '2. Tøm slæbestedet sammen med havnefogederne\n'
    '\n'
    'Kun havnefogeden må flytte bådene på land. Bådejerne kan selv sætte deres både i vandet.\n'
    '\n'
    '**Resultat** Pladserne er lejet ud.\n'
)


@pytest.mark.parametrize("tasks, question, wrong", [
    (R1, "Hvornår sender Tarm Data prøvesiden?", "10 dage"),  # crashed: a pattern read as a string
    (R1, "When does Tarm Data send the sample page?", "10 dage"),
    (R1, "Hvad sker der hvis ventelisten ikke godkendes af brandchefen?", "Uden"),  # he only gets a copy
    (R2, "Hvad er det som ikke må afleveres i containeren ved havnen?", "Haveaffald"),  # a cleft's denial
    (R3, "Må bådene selv flyttes på land?", "Nej"),  # the boats are moved, they do not move
])
def test_second_review_no_confident_wrong(tasks, question, wrong):
    got = answer(_kb(tasks), question)
    assert not got.found or wrong not in got.answer.split("\n")[0], got.answer


# A deadline explains the question's supplier and its 'after receipt' only where it says the thing asked
# ('Pelsdata lægger listen ind ...' says no 'baneregler')
T9 = (
    "## KLUB 1 – Bindereglerne\n\n**Master-opgave ID** 9901\n\n**Opgavetitel** KLUB 1 – Bindereglerne\n\n"
    "**Projekt** Fælles Klub\n\n**Prioritet** Prioritet 2\n\n**Mål** Reglerne er lagt ind.\n\n"
    "**Beskrivelse** Bindereglerne vedtages af udvalget. Klubhuset har en banelang hal.\n\n"
    "**Resultat** Det er gjort.\n\n"
    "## KLUB 2 – Kaninlisten\n\n**Master-opgave ID** 9902\n\n**Opgavetitel** KLUB 2 – Kaninlisten\n\n"
    "**Projekt** Fælles Klub\n\n**Prioritet** Prioritet 2\n\n**Mål** Listen er lagt ind.\n\n"
    "**Beskrivelse** Pelsdata ApS lægger listen ind i Kaninbogen inden for 3 arbejdsdage efter "
    "modtagelsen.\n\n"
    "**Resultat** Det er gjort.\n"
)


def test_a_deadline_explains_supplier_and_receipt_only_beside_the_thing_asked():
    got = answer(_kb(T9), "hvor hurtigt lægger leverandøren banereglerne ind efter modtagelsen?")
    assert not got.found or "Pelsdata" not in got.answer, got.answer
    kept = answer(_kb(T9), "hvor hurtigt lægger leverandøren listen ind efter modtagelsen?")
    assert kept.found and "3 arbejdsdage" in kept.answer, kept.answer


# The lead's mends after the third review (its own exports): an English word the dictionary reads is not
# taken for two swapped letters of another ('busy' is no 'buys'); 'low', 'loose' and 'fuse' have a second
# Danish sense the tasks use ('Lav en oversigt', 'sikring af data'); 'den som ikke bor her' is a relative
# clause; a field named by a relative clause is still a field
C1 = (
    '\n'
    '\n'
    '\n'
    '## VT 01 Klargør vintertjenesten til sæsonen\n'
    '\n'
    '**Master-opgave ID** 9101\n'
    '\n'
    '**Opgavetitel** VT 01 Klargør vintertjenesten til sæsonen\n'
    '\n'
    '**Projekt** VT\n'
    '\n'
    '**Fase** Fase 1: Forberedelse ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 1\n'
    '\n'
    '**Beskrivelse** Vej og Park skal klargøre vintertjenesten inden 1. november.\n'
    '\n'
    'Chaufførerne skal afprøve saltsprederne på materielgården inden 15. oktober.\n'
    '\n'
    'Kortet på kommunens hjemmeside viser, hvilke veje, stier og pladser der saltes.\n'
    '\n'
    'Ved glatføre skal Vej og Park salte cykelstierne inden kl. 6.\n'
    '\n'
    'Der lægges særlig vægt på borgerkommunikation i hele sæsonen.\n'
    '\n'
    'Lastbilerne vejes på vægten ved genbrugspladsen, før saltet læsses.\n'
    '\n'
    'Borgerservice oplever ofte kø ved skranken i januar, og vagtlederen sætter da ekstra '
    'personale ind.\n'
    '\n'
    '\n'
    '\n'
    '## KG 02 Drift af kirkegårdene\n'
    '\n'
    '**Master-opgave ID** 9102\n'
    '\n'
    '**Opgavetitel** KG 02 Drift af kirkegårdene\n'
    '\n'
    '**Projekt** KG\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Kirkegårdslederen skal godkende alle nye gravsten, før de sættes op.\n'
    '\n'
    'Kommunen hæfter for skader på gravstenene, som opstår under gravearbejde.\n'
    '\n'
    'For hver begravelse skal bookingskemaet indeholde:\n'
    '- dato for begravelsen\n'
    '- navn på den graver, der har vagten\n'
    '- type af gravsted\n'
    '\n'
    'Urner nedsættes af graveren senest 6 måneder efter kremeringen.\n'
    '\n'
    'Hvis kirkegårdslederen ikke har godkendt gravstenen, fjernes den af entreprenøren.\n'
    '\n'
    '\n'
    '\n'
    '## BD 03 Aflæsning og tilsyn i kommunens bygninger\n'
    '\n'
    '**Master-opgave ID** 9103\n'
    '\n'
    '**Opgavetitel** BD 03 Aflæsning og tilsyn i kommunens bygninger\n'
    '\n'
    '**Projekt** BD\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Driftsteamet skal aflæse vandmåleren i hver bygning den første hverdag i '
    'måneden.\n'
    '\n'
    'IT-afdelingen står for sikring af data fra bygningsdatabasen med en daglig backup.\n'
    '\n'
    'Resultaterne føres ind i en tabel i regnearket for energiforbrug.\n'
    '\n'
    'Cykelparkeringen ved rådhuset tilses af pedellen hver fredag.\n'
    '\n'
    'Elektrikeren fra Lysgaard El lægger nye kabler i kælderen i marts.\n'
    '\n'
    '\n'
    '\n'
    '## BS 04 Pasudstedelse i Borgerservice\n'
    '\n'
    '**Master-opgave ID** 9104\n'
    '\n'
    '**Opgavetitel** BS 04 Pasudstedelse i Borgerservice\n'
    '\n'
    '**Projekt** BS\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 3\n'
    '\n'
    '**Beskrivelse** Medarbejderen skal fortælle borgeren om gebyret for pas, før ansøgningen '
    'oprettes.\n'
    '\n'
    'Spørgsmål om gebyret rettes til teamlederen i Borgerservice.\n'
    '\n'
    'Borgere med papirpost møder op i Borgerservice med deres gamle pas.\n'
    '\n'
    'Lav en oversigt over de borgere, der har bestilt pas i december.\n'
    '\n'
    'Gebyret for et pas til voksne er 742 kr.\n'
    '\n'
    '\n'
    '\n'
    '## SK 05 Indkøb til skolekøkkenerne\n'
    '\n'
    '**Master-opgave ID** 9105\n'
    '\n'
    '**Opgavetitel** SK 05 Indkøb til skolekøkkenerne\n'
    '\n'
    '**Projekt** SK\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Køkkenlederen fører en kalender over leverancer fra leverandøren.\n'
    '\n'
    'Frugt leveres af Grøn Grossist hver mandag.\n'
    '\n'
    'Hvis køkkenlederen ikke bestiller varerne inden torsdag, leverer Grøn Grossist ingen varer'
    ' den følgende uge.\n'
    '\n'
    'Eleverne må selv hente frugt i kantinen.\n'
    '\n'
    '\n'
    '\n'
    '## NP 06 Naturpleje ved Kærmosen\n'
    '\n'
    '**Master-opgave ID** 9106\n'
    '\n'
    '**Opgavetitel** NP 06 Naturpleje ved Kærmosen\n'
    '\n'
    '**Projekt** NP\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Entreprenøren sår frø af hjemmehørende arter på skrænten i april.\n'
    '\n'
    'Byrådet tog beslutningen om naturplejen i maj 2025.\n'
    '\n'
    'Udenbys skoleklasser betaler 150 kr. for en guidet tur.\n'
    '\n'
    'Naturvejlederen viser, hvilke planter, svampe og dyr der lever i mosen.\n'
    '\n'
    'For hver tur skal tilmeldingsskemaet indeholde:\n'
    '- dato for turen\n'
    '- navn på den lærer, der er ansvarlig for klassen\n'
    '- antal elever\n'
    '\n'
    'Prisen er 2 øre pr. liter vand fra pumpen.\n'
)

# the same tasks and more: the canteen, the hall's keys and its inspector
C9 = C1 + (
    '\n'
    '\n'
    '\n'
    '## FH 07 Foreningernes brug af idrætshallen\n'
    '\n'
    '**Master-opgave ID** 9107\n'
    '\n'
    '**Opgavetitel** FH 07 Foreningernes brug af idrætshallen\n'
    '\n'
    '**Projekt** FH\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Kun bestyrelsen må mødes med kommunen om tilskud.\n'
    '\n'
    'Kun halinspektøren må låse hallen op om søndagen.\n'
    '\n'
    'Selve tilmeldingen til halfordelingen er valgfri for foreningerne.\n'
    '\n'
    'Kassereren indsender regnskabet til Kultur og Fritid.\n'
    '\n'
    'Hvis regnskabet ikke indsendes inden 1. april, bortfalder tilskuddet.\n'
    '\n'
    'Foreningerne kan se, hvilke haller der er ledige, i bookingsystemet Halbogen.\n'
    '\n'
    'For hver aften skal vagtlisten indeholde:\n'
    '- navn på den frivillige, der har vagten\n'
    '- tidspunkt for lukning\n'
    '\n'
    '\n'
    '\n'
    '## FR 08 Frivillige ved arrangementer i Kærmosen\n'
    '\n'
    '**Master-opgave ID** 9108\n'
    '\n'
    '**Opgavetitel** FR 08 Frivillige ved arrangementer i Kærmosen\n'
    '\n'
    '**Projekt** FR\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Hver frivillig må højst medbringe to gæster til arrangementet.\n'
    '\n'
    'Kantinen køber kaffe og kage ind hver fredag.\n'
    '\n'
    'Plejen af engen omfatter slåning to gange om året.\n'
    '\n'
    'Nøglen til hallen findes i boksen ved indgangen.\n'
    '\n'
    'Halinspektøren låser døren til hallen kl. 23.\n'
)

C10 = (
    '\n'
    '\n'
    '\n'
    '## UD 10 Udlån af shelterpladser\n'
    '\n'
    '**Master-opgave ID** 9110\n'
    '\n'
    '**Opgavetitel** UD 10 Udlån af shelterpladser\n'
    '\n'
    '**Projekt** UD\n'
    '\n'
    '**Fase** Fase 2: Drift ( Fase )\n'
    '\n'
    '**Prioritet** Prioritet 2\n'
    '\n'
    '**Beskrivelse** Naturvejlederen registrerer alle bookinger af shelterne i Shelterbogen.\n'
    '\n'
    'Denne del af opgaven er valgfri: kommunen kan tilbyde brænde ved shelterne.\n'
    '\n'
    'Udenbys grupper betaler 50 kr. pr. nat.\n'
    '\n'
    'Glasflasker må ikke efterlades i shelteret.\n'
)


@pytest.mark.parametrize("tasks, question, wrong", [
    (C9, "When is the canteen busy?", "fredag"),  # 'busy' read as 'buys'
    (C9, "Where are the exits of the hall?", "Nøglen"),
    (C1, "Which tasks have low priority?", "9104"),  # 'Lav en oversigt' is no low priority
    (C1, "What is the low fee for a passport?", "742"),
    (C1, "Who is responsible for the fuses in the buildings?", "sikring"),
])
def test_third_review_no_confident_wrong(tasks, question, wrong):
    got = answer(_kb(tasks), question)
    assert not got.found or wrong not in got.answer, got.answer


def test_a_relative_clause_denial_keeps_its_answer():
    got = answer(_kb(C10), "Hvad betaler den som ikke bor i kommunen pr. nat?")
    assert got.found and "50 kr." in got.answer, got.answer


def test_a_field_named_by_a_relative_clause_is_a_field():
    from knowledge.fold import content_keys
    from knowledge.qa.gate.lists import _field_named
    text = ("For hver tur skal skemaet indeholde:\n- dato for turen\n"
            "- navn på den lærer, der er ansvarlig for klassen\n- antal elever")
    assert _field_named(text, content_keys("ansvarlig klassen"))
