"""Writes questions.jsonl for yesno20 (yes/no, how-many and list-across questions)."""
# ruff: noqa: E501 - one task or question a line reads better than wrapped data
import json

Y, H, L = "yes-no", "how-many", "list-across"


def q(text, kind, src, all_=(), any_=(), none=()):
    return {"q": text, "found": True, "all": list(all_), "any": list(any_),
            "none": list(none), "src": [src] if src else [], "kind": kind}


def nf(text, kind):
    return {"q": text, "found": False, "all": [], "any": [], "none": [], "src": [], "kind": kind}


NEJ, JA = ("nej",), ("ja",)
HP = ["9101", "9103", "9105", "9107"]
FP = ["FP 1", "FP 3", "FP 5", "FP 7"]
VT = ["9301", "9303", "9305", "9308"]


def but(*keep):
    """The other tasks of the three projects: a listing that names one of them is wrong."""
    return [t for t in HP + FP + VT if t not in keep]


QS = [
    # 9101 databehandleraftale
    q("Skal kommunaldirektøren skrive under på databehandleraftalen om Parkeringsregistret?", Y, "9101", JA, (), NEJ),
    q("Er det borgmesteren der underskriver databehandleraftalen med Nordpark?",
      Y, "9101", NEJ, ("kommunaldirektøren",), JA),
    q("Er det obligatorisk at være med i Nordparks brugergruppe?", Y, "9101", NEJ, (), JA),
    q("Kan vi sende den underskrevne databehandleraftale retur på mail?", Y, "9101", NEJ, ("serviceportalen",), JA),
    q("Skal databehandleraftalen om Parkeringsregistret være underskrevet 60 dage før go-live?", Y, "9101", JA, (), NEJ),
    q("Er fristen for databehandleraftalen om Parkeringsregistret 30 dage før go-live?",
      Y, "9101", NEJ, ("60",), JA),
    q("Er det Nordpark der driver Parkeringsregistret?", Y, "9101", JA, (), NEJ),
    q("Hvor mange dokumenter skal sendes med databehandleraftalen om Parkeringsregistret?",
      H, "9101", (), ("3", "tre")),
    nf("Skal databehandleraftalen om Parkeringsregistret godkendes af byrådet?", Y),
    # 9103 ansøgninger
    q("Kan en 16-årig selv søge om handicapparkeringskort til eget brug?", Y, "9103", NEJ, ("18",), JA),
    q("Kan en borger på 40 år selv søge om et handicapparkeringskort?", Y, "9103", JA, (), NEJ),
    q("Koster handicapparkeringskortet noget for borgeren?", Y, "9103", NEJ, ("gratis",), JA),
    q("Udstedes handicapparkeringskortet for 10 år ad gangen?", Y, "9103", NEJ, ("5 år",), JA),
    q("Sendes afgørelsen om handicapparkeringskort med almindelig post?", Y, "9103", NEJ, ("digital post",), JA),
    q("Må en pårørende søge om handicapparkeringskort på borgerens vegne?", Y, "9103", JA, ("fuldmagt",), NEJ),
    q("Skal der vedlægges en lægeerklæring til ansøgningen om handicapparkeringskort?", Y, "9103", JA, (), NEJ),
    q("Hvor mange bilag skal vedlægges ansøgningen om handicapparkeringskort?", H, "9103", (), ("2", "to")),
    q("Hvor mange uger må sagsbehandlingen af handicapparkeringskort højst tage?", H, "9103", ("4",)),
    nf("Hvor mange handicapparkeringskort udsteder kommunen om året?", H),
    nf("Kan man få handicapparkeringskortet sendt til en anden adresse?", Y),
    # 9105 skilte
    q("Skal politiet give samtykke før skiltene ved handicappladserne sættes op?", Y, "9105", JA, (), NEJ),
    q("Skal handicaprådet høres om skiltningen ved handicappladserne?", Y, "9105", NEJ, (), JA),
    q("Er det nok at handicappladserne er 3 meter brede?", Y, "9105", NEJ, ("3,5",), JA),
    q("Er skiltning ved handicappladser obligatorisk?", Y, "9105", NEJ, ("valgfri",), JA),
    q("Hvor mange skilte skal der være ved hver handicapplads?", H, "9105", (), ("2", "to", "p-skilt")),
    nf("Hvad koster et skilt til en handicapplads?", Y),
    # 9107 kontrol
    q("Er weekendtillægget til parkeringsvagterne skattefrit?", Y, "9107", NEJ, ("skattepligtig",), JA),
    q("Er afgiften for at holde uberettiget på en handicapplads 510 kr.?", Y, "9107", JA, (), NEJ),
    q("Skal vi indberette til Vejdirektoratet om handicappladserne?", Y, "9107", JA, (), NEJ),
    q("Er fristen for indberetningen til Vejdirektoratet 1. april?", Y, "9107", NEJ, ("1. marts",), JA),
    q("Er det parkeringsvagterne der kontrollerer handicappladserne?", Y, "9107", JA, (), NEJ),
    q("Hvor mange gange om ugen skal handicappladserne mindst kontrolleres?", H, "9107", (), ("2", "to")),
    nf("Må parkeringsvagterne bære bodycam under kontrollen af handicappladser?", Y),
    # FP 1 aftaler
    q("Skal foreningens formand underskrive aftalen om fritidspas?", Y, "FP 1", JA, (), NEJ),
    q("Skal borgmesteren skrive under på aftalerne med foreningerne om fritidspas?", Y, "FP 1", NEJ, (), JA),
    q("Er fremmøderegistrering frivillig for foreningerne i fritidspas?", Y, "FP 1", NEJ, ("obligatorisk",), JA),
    q("Hvor mange oplysninger skal foreningerne give om fritidspas?", H, "FP 1", (), ("3", "tre")),
    q("Skal aftalerne med foreningerne være underskrevet 45 dage før go-live?", Y, "FP 1", JA, (), NEJ),
    # FP 3 udvælgelse
    q("Kan en 19-årig få fritidspas?", Y, "FP 3", NEJ, ("17",), JA),
    q("Kan et barn på 10 år få fritidspas?", Y, "FP 3", JA, (), NEJ),
    q("Er tilskuddet til fritidspas skattepligtigt?", Y, "FP 3", NEJ, ("skattefri",), JA),
    q("Skal forældrene give samtykke før barnet tilmeldes fritidspas?", Y, "FP 3", JA, (), NEJ),
    q("Er det familieafdelingen der udvælger børnene til fritidspas?", Y, "FP 3", JA, (), NEJ),
    q("Skal familierne betale for fritidspas?", Y, "FP 3", NEJ, ("gratis",), JA),
    nf("Skal barnet have dansk statsborgerskab for at få fritidspas?", Y),
    # FP 5 udbetaling
    q("Bliver tilskuddet til fritidspas udbetalt til familien?", Y, "FP 5", NEJ, ("foreningen",), JA),
    q("Kan en forening få 3.000 kr. pr. barn om året i tilskud til fritidspas?", Y, "FP 5", NEJ, ("2.000",), JA),
    q("Udbetales tilskuddet til foreningerne kun én gang om året?", Y, "FP 5", NEJ, (), JA),
    q("Hvor mange udbetalinger af tilskud til foreningerne er der om året?", H, "FP 5", (), ("2", "to", "februar")),
    q("Kan foreningerne sende fakturaen på papir?", Y, "FP 5", NEJ, ("nemhandel",), JA),
    q("Er det økonomikonsulenten der godkender fakturaerne fra foreningerne?", Y, "FP 5", JA, (), NEJ),
    nf("Hvor mange foreninger er med i fritidspas?", H),
    # FP 7 evaluering
    q("Er det obligatorisk for familierne at deltage i interview om fritidspas?", Y, "FP 7", NEJ, ("frivillig",), JA),
    q("Hvor mange emner skal evalueringen af fritidspas belyse?", H, "FP 7", (), ("4", "fire")),
    q("Skal evalueringen af fritidspas laves af kommunen selv?", Y, "FP 7", NEJ, ("ekstern konsulent",), JA),
    q("Skal evalueringsrapporten om fritidspas forelægges byrådet?", Y, "FP 7", NEJ, ("udvalget",), JA),
    # 9301 vognmænd
    q("Skal driftschefen skrive under på kontrakterne med vognmændene?", Y, "9301", JA, (), NEJ),
    q("Er fristen for at underskrive kontrakterne med vognmændene 1. november?", Y, "9301", NEJ, ("1. oktober",), JA),
    q("Løber kontrakten med vognmændene i 3 sæsoner?", Y, "9301", JA, (), NEJ),
    q("Må vognmændene frit bruge underleverandører?", Y, "9301", NEJ, ("accept",), JA),
    q("Hvor mange saltspredere skal hver vognmand mindst have?", H, "9301", (), ("2", "to")),
    nf("Hvor mange vognmænd har kommunen kontrakt med?", H),
    # 9303 ruteplan
    q("Skal ruteplanen for snerydning godkendes af teknik- og miljøudvalget?", Y, "9303", JA, (), NEJ),
    q("Bliver villaveje ryddet når der er faldet 5 cm sne?", Y, "9303", NEJ, ("10 cm",), JA),
    q("Hvor mange vejklasser er der i ruteplanen for snerydning?", H, "9303", (), ("3", "tre")),
    q("Offentliggøres ruteplanen for snerydning i lokalavisen?", Y, "9303", NEJ, ("hjemmeside",), JA),
    q("Ryddes kørebanerne før cykelstierne?", Y, "9303", NEJ, (), JA),
    # 9305 vagtordning
    q("Er det obligatorisk for medarbejderne at tage ekstra vagter i vintertjenesten?", Y, "9305", NEJ, ("frivillig",), JA),
    q("Er rådighedstillægget i vintertjenesten skattefrit?", Y, "9305", NEJ, ("skattepligtig",), JA),
    q("Starter vagtordningen i vintertjenesten 1. november?", Y, "9305", NEJ, ("15. november",), JA),
    q("Er det driftschefen der godkender vagtplanen for vintertjenesten?", Y, "9305", JA, (), NEJ),
    nf("Får den vagthavende fri dagen efter en nattevagt i vintertjenesten?", Y),
    # 9308 vinterrapport
    q("Hvor mange ting skal vinterrapporten indeholde?", H, "9308", (), ("3", "tre")),
    q("Skal vinterrapporten være færdig senest 30. april?", Y, "9308", JA, (), NEJ),
    q("Sendes vinterrapporten til udvalget på e-mail?", Y, "9308", NEJ, ("dagsordensystemet",), JA),
    # list-across
    q("hvilke opgaver er der i Fritidspas?", L, "", FP, (), but(*FP)),
    q("hvilke opgaver i Handicapparkering hører til bølge 2?", L, "", ("9105", "9107"), (), but("9105", "9107")),
    q("vis opgaverne i Vintertjeneste bølge 1", L, "", ("9301", "9303"), (), but("9301", "9303")),
    q("hvilke opgaver i Vintertjeneste er valgfri?", L, "", ("9308",), (), but("9308")),
    q("hvilke opgaver i Fritidspas er obligatorisk på kritisk vej?", L, "", ("FP 1",), (), but("FP 1")),
    q("hvilke opgaver i Handicapparkering skal underskrives?", L, "", ("9101",), (), but("9101")),
    q("hvilke opgaver i Handicapparkering ligger efter go-live?", L, "", ("9107",), (), but("9107")),
    q("hvilke Fritidspas-opgaver skal være færdige før go-live?", L, "", ("FP 1", "FP 3"), (), but("FP 1", "FP 3")),
    q("which tasks in Vintertjeneste are in wave 2?", L, "", ("9305", "9308"), (), but("9305", "9308")),
    nf("hvilke opgaver er der i Skolemad?", L),
    nf("hvilke opgaver i Fritidspas er i bølge 3?", L),
]

if __name__ == "__main__":
    with open(__file__.rsplit("/", 1)[0] + "/questions.jsonl", "w", encoding="utf-8") as out:
        for row in QS:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
