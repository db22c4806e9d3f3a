"""The questions of yesno24, written to questions.jsonl by ../make_yesno_questions.py: yes/no questions on slots, negations, modals and values."""
# ruff: noqa: E501 - one question a line reads better than wrapped data
from make_yesno_questions import makers

yes, no, yes_en, no_en, unknown, effect = makers()

QUESTIONS = [
    # BV 01 - aftale med Vielsesbooking
    yes("Er det Vielsesbooking der leverer bookingløsningen til vielserne?", "24101"),
    no("Er det kommunaldirektøren der skal underskrive aftalen med Vielsesbooking?", "24101", ["borgerservicechef"]),
    yes("Skal borgerservicechefen skrive under på aftalen om bookingløsningen?", "24101"),
    no("Skal kommunaldirektøren underskrive aftalen om bookingløsningen?", "24101"),
    no("Skal kommunen betale for opsætningen af bookingløsningen til vielser?", "24101"),
    yes("Koster licensen til bookingløsningen 12.000 kr. om året?", "24101"),
    no("Koster licensen til bookingløsningen 15.000 kr. om året?", "24101", ["12.000"]),
    no("Skal aftalen med Vielsesbooking være underskrevet senest 4 uger før go-live?", "24101", ["6 uger"]),
    yes("Skal leverandøren af bookingløsningen levere en databehandleraftale?", "24101"),
    unknown("Kan aftalen med Vielsesbooking opsiges med 3 måneders varsel?"),
    unknown("Skal aftalen med Vielsesbooking godkendes af byrådet?"),
    # BV 02 - lokaler og vielsesdage
    yes("Holdes der vielser i rådhushaven?", "24102"),
    no("Holdes der vielser om søndagen?", "24102"),
    yes("Kan man blive gift om lørdagen på rådhuset?", "24102"),
    no("Må brudeparret have 40 gæster med i byrådssalen?", "24102", ["30"]),
    yes("Må brudeparret have 25 gæster med i byrådssalen?", "24102"),
    no("Er det obligatorisk at bruge kommunens fotograf til vielsen?", "24102", ["frivilligt"]),
    no("Skal brudeparret bruge kommunens fotograf?", "24102"),
    no("Varer en vielse 30 minutter?", "24102", ["20 minutter"]),
    yes("Varer hver vielse 20 minutter?", "24102"),
    unknown("Må brudeparret tage en hund med til vielsen?"),
    unknown("Skal brudeparret vise legitimation ved vielsen?"),
    unknown("Skal brudeparret betale for at blive gift i rådhushaven?"),
    # BV 03 - oplæring af vielsesforrettere
    yes("Skal alle vielsesforrettere deltage i kurset i bookingløsningen?", "24103"),
    no("Skal vikarerne deltage i kurset om bookingløsningen?", "24103"),
    yes("Skal vikarerne have adgang til vejledningen?", "24103"),
    no("Varer kurset for vielsesforretterne 3 timer?", "24103", ["2 timer"]),
    no("Er det kommunen der holder kurset for vielsesforretterne?", "24103", ["leverandøren"]),
    yes("Holdes kurset for vielsesforretterne på rådhuset?", "24103"),
    no("Må vielsesforretterne ændre en booking uden brudeparrets samtykke?", "24103"),
    no("Skal prøvelsesattesten foreligge senest 2 dage før vielsen?", "24103", ["4 dage"]),
    yes("Skal prøvelsesattesten foreligge senest 4 dage før vielsen?", "24103"),
    no("Er oplæringen af vielsesforretterne obligatorisk?", "24103", ["valgfri"]),
    unknown("Får vielsesforretterne et kursusbevis efter kurset?"),
    unknown("Kan vielsesforretterne tage kurset online?"),
    # ADR 1 - høring om vejnavne
    yes("Skal forslagene til nye vejnavne sendes i høring hos grundejerne?", "ADR 1"),
    no("Er det byrådet der godkender de nye vejnavne?", "ADR 1", ["teknisk udvalg"]),
    yes("Er det teknisk udvalg der godkender vejnavnene?", "ADR 1"),
    no("Er høringsperioden for vejnavne 6 uger?", "ADR 1", ["4 uger"]),
    yes("Må grundejerne selv foreslå navne til vejen?", "ADR 1"),
    no("Må et vejnavn have 30 tegn?", "ADR 1", ["25"]),
    no("Skal man betale gebyr for at foreslå et vejnavn?", "ADR 1"),
    unknown("Skal vejnavnene godkendes af Stednavneudvalget?"),
    unknown("Må et vejnavn indeholde et personnavn?"),
    # ADR 2 - husnumre
    yes("Registreres husnumrene i Danmarks Adresseregister?", "ADR 2"),
    no("Er det vejchefen der tildeler husnumrene?", "ADR 2", ["adressemedarbejder"]),
    no("Får grundejeren besked om husnummeret med almindelig post?", "ADR 2", ["digital post"]),
    yes("Får grundejeren besked om husnummeret med Digital Post?", "ADR 2"),
    no("Gives de lige numre til venstre side af vejen?", "ADR 2", ["ulige"]),
    no("Sætter kommunen husnummerskiltet op?", "ADR 2", ["grundejeren"]),
    no("Har grundejeren 6 måneder til at sætte husnummerskiltet op?", "ADR 2", ["3 måneder"]),
    yes("Er det obligatorisk at høre beredskabet før husnumrene tildeles?", "ADR 2"),
    no("Er det frivilligt at høre beredskabet om husnumrene?", "ADR 2"),
    unknown("Skal politiet høres før husnumrene tildeles?"),
    unknown("Kan en grundejer få et andet husnummer, hvis han ønsker det?"),
    # English
    yes_en("Is it required that all wedding officiants attend the booking course?", "24103"),
    no_en("Do we have to pay a fee for a street name proposal?", "ADR 1"),
    no_en("Is the property owner notified by ordinary mail about the house number?", "ADR 2"),
    no_en("Is it the mayor who signs the agreement with Vielsesbooking?", "24101", ["borgerservicechef"]),
    unknown("Do we have to inform the police about new street names?"),
]
