"""Writes questions.jsonl for yesno14 (yes/no and text-deadline questions)."""
import json

Y, D = "yes-no", "deadline-text"


def q(text, kind, src, all_=(), any_=(), none=()):
    return {"q": text, "found": True, "all": list(all_), "any": list(any_),
            "none": list(none), "src": [src], "kind": kind}


def nf(text, kind):
    return {"q": text, "found": False, "all": [], "any": [], "none": [], "src": [], "kind": kind}


NEJ, JA = ("nej",), ("ja",)
QS = [
    # TAX 1
    q("Skal borgmesteren underskrive aftalen om TaxiRegistret?", Y, "TAX 1", NEJ + ("direktøren",), (), JA),
    q("Er det direktøren for Teknik og Miljø der skriver under på TaxiRegistret-aftalen?",
      Y, "TAX 1", JA, (), NEJ),
    q("Er Trafikstyrelsen part i aftalen om TaxiRegistret?", Y, "TAX 1", NEJ, (), JA),
    q("Er det nok at sende TaxiRegistret-aftalen med en mail?", Y, "TAX 1", NEJ, ("serviceplatformen",), JA),
    q("Skal aftalen om TaxiRegistret sendes via Serviceplatformen?", Y, "TAX 1", JA, (), NEJ),
    q("Leverer Vognløb TaxiRegistret?", Y, "TAX 1", JA, (), NEJ),
    q("Koster TaxiRegistret 1.500 kr. om måneden?", Y, "TAX 1", NEJ, ("1.800",), JA),
    q("Kan vi opsige TaxiRegistret-aftalen efter 6 måneder?", Y, "TAX 1", NEJ, ("12 måneder",), JA),
    q("Hvornår skal aftalen om TaxiRegistret være underskrevet?", D, "TAX 1", ("60 dage",), (), ()),
    q("Hvor lang tid har vi til at sende den underskrevne TaxiRegistret-aftale til KOMBIT?",
      D, "TAX 1", ("5 arbejdsdage",), (), ()),
    q("When must the TaxiRegistret agreement be signed?", D, "TAX 1", ("60",), (), ()),
    q("Hvad er fristen for at sende TaxiRegistret-aftalen til KOMBIT?",
      D, "TAX 1", ("5 arbejdsdage",), (), ()),
    nf("Skal TaxiRegistret-aftalen fornyes hvert år?", Y),
    nf("Er TaxiRegistret tilgængeligt som app?", Y),
    nf("Hvornår sender Vognløb fakturaen for TaxiRegistret?", D),
    # TAX 3
    q("Kan vi springe testen af tilladelsesflowet over?", Y, "TAX 3", NEJ, ("obligatorisk",), JA),
    q("Er testen af tilladelsesflowet frivillig?", Y, "TAX 3", NEJ, ("obligatorisk",), JA),
    q("Må testen af tilladelsesflowet laves i produktion?", Y, "TAX 3", NEJ, ("testmiljøet",), JA),
    q("Er det nok at teste 3 ansøgninger i tilladelsesflowet?", Y, "TAX 3", NEJ, ("5",), JA),
    q("Skal der testes mindst én fornyelse?", Y, "TAX 3", JA, (), NEJ),
    q("Skal fejl af kategori A rettes før go-live?", Y, "TAX 3", JA, (), NEJ),
    q("Skal fejl af kategori C rettes før go-live?", Y, "TAX 3", NEJ, ("efter go-live",), JA),
    q("Kan testen af tilladelsesflowet gennemføres før TaxiRegistret-aftalen er underskrevet?",
      Y, "TAX 3", NEJ, (), JA),
    q("Gennemføres testen af tilladelsesflowet af trafikkoordinatoren?", Y, "TAX 3", JA, (), NEJ),
    q("When must the test report be sent to Vognløb?", D, "TAX 3", ("3 hverdage",), (), ()),
    q("Hvornår skal testrapporten sendes til Vognløb?", D, "TAX 3", ("3 hverdage",), (), ()),
    q("Hvor lang tid har vi til at sende testrapporten?", D, "TAX 3", ("3 hverdage",), (), ()),
    nf("Skal testrapporten underskrives af vejchefen?", Y),
    nf("Hvornår skal fejl af kategori B rettes?", D),
    # TAX 5
    q("Overføres udløbne taxitilladelser?", Y, "TAX 5", NEJ, (), JA),
    q("Skal de udløbne tilladelser slettes i det gamle system?", Y, "TAX 5", NEJ, (), JA),
    q("Overføres kun gyldige tilladelser?", Y, "TAX 5", JA, (), NEJ),
    q("Må listen over tilladelserne være en Excel-fil?", Y, "TAX 5", NEJ, ("csv",), JA),
    q("Er det nok at aflevere listen over tilladelserne 7 dage før overførslen?",
      Y, "TAX 5", NEJ, ("14 dage",), JA),
    q("Foretages overførslen af tilladelserne af Vognløb?", Y, "TAX 5", JA, (), NEJ),
    q("Hvornår skal listen over tilladelserne afleveres til Vognløb?", D, "TAX 5", ("14 dage",), (), ()),
    q("Hvornår skal vognmændene orienteres?", D, "TAX 5", ("7 dage",), (), ()),
    q("Hvor lang tid før overførslen skal vognmændene have besked?", D, "TAX 5", ("7 dage",), (), ()),
    nf("Hvornår på natten foretages overførslen af tilladelserne?", D),
    nf("Skal vognmændene betale for overførslen?", Y),
    # STP 02
    q("Skal byrådet godkende databehandleraftalen for StadeBook?", Y, "8802", NEJ, (), JA),
    q("Skal vi indhente tilbud fra andre leverandører end Markedsdata?", Y, "8802", NEJ, (), JA),
    q("Underskrives databehandleraftalen for StadeBook af DPO'en?",
      Y, "8802", NEJ, ("kommunaldirektøren",), JA),
    q("Skal DPO'en godkende databehandleraftalen for StadeBook?", Y, "8802", JA, (), NEJ),
    q("Returneres databehandleraftalen for StadeBook pr. e-mail?", Y, "8802", JA, (), NEJ),
    q("Er det Markedsdata der leverer StadeBook?", Y, "8802", JA, (), NEJ),
    q("Hvor lang tid har vi til at returnere databehandleraftalen for StadeBook?",
      D, "8802", ("10 hverdage",), (), ()),
    q("Hvornår skal databehandleraftalen for StadeBook returneres?", D, "8802", ("10 hverdage",), (), ()),
    q("By when do we have to return the data processing agreement for StadeBook?",
      D, "8802", ("10",), (), ()),
    nf("Skal databehandleraftalen for StadeBook også sendes til Datatilsynet?", Y),
    nf("Hvornår sender Markedsdata databehandleraftalen?", D),
    # STP 04
    q("Er opmålingen af stadepladser obligatorisk?", Y, "8804", NEJ, ("valgfri",), JA),
    q("Kan vi springe opmålingen af stadepladserne over, hvis vi har digitale kort over torvene?",
      Y, "8804", JA, (), NEJ),
    q("Må en stadeplads være 4 x 5 meter?", Y, "8804", NEJ, ("3 x 4",), JA),
    q("Skal pladserne på gågaden opmåles?", Y, "8804", NEJ, (), JA),
    q("Udføres opmålingen af landinspektøren?", Y, "8804", JA, (), NEJ),
    q("Hvornår skal kortet over torvene uploades i StadeBook?", D, "8804", ("3 uger",), (), ()),
    q("Hvornår skal skemaet med pladsnumre sendes til Markedsdata?", D, "8804", ("1. april 2027",), (), ()),
    q("Hvad er fristen for skemaet med pladsnumre?", D, "8804", ("1. april",), (), ()),
    nf("Skal landinspektøren bruge GPS til opmålingen?", Y),
    nf("Hvornår skal landinspektøren være færdig med opmålingen af gågaden?", D),
    # STP 06
    q("Skal foreninger betale stadeleje?", Y, "8806", NEJ, (), JA),
    q("Koster en stadeplads 300 kr. om dagen?", Y, "8806", NEJ, ("250",), JA),
    q("Sendes fakturaerne for stadeleje som papirbrev?", Y, "8806", NEJ, ("digital post",), JA),
    q("Sendes fakturaerne for stadeleje via Digital Post?", Y, "8806", JA, (), NEJ),
    q("Kan første opkrævning af stadeleje ske før go-live?", Y, "8806", NEJ, ("2 uger",), JA),
    q("Mister stadeholderen sin plads, hvis lejen ikke betales til tiden?", Y, "8806", JA, (), NEJ),
    q("Hvornår skal stadeholderne betale stadelejen?", D, "8806", ("14 dage",), (), ()),
    q("How long do the stall holders have to pay the invoice?", D, "8806", ("14",), (), ()),
    q("Hvornår sker den første opkrævning af stadeleje tidligst?", D, "8806", ("2 uger",), (), ()),
    nf("Kan stadelejen betales med MobilePay?", Y),
    nf("Får stadeholderne rabat, hvis de lejer en plads hele året?", Y),
    # HU 01
    q("Skal børne- og skoleudvalget godkende tilslutningen til TilsynsPortalen?", Y, "9301", NEJ, (), JA),
    q("Skal borgmesteren underskrive tilslutningsaftalen til TilsynsPortalen?",
      Y, "9301", NEJ, ("skolechefen",), JA),
    q("Underskrives tilslutningsaftalen til TilsynsPortalen af skolechefen?", Y, "9301", JA, (), NEJ),
    q("Skal kommunen betale for tilslutningen til TilsynsPortalen i det første år?", Y, "9301", NEJ, (), JA),
    q("Må blanketten Tilslutning returneres før aftalen er underskrevet?", Y, "9301", NEJ, (), JA),
    q("Driftes TilsynsPortalen af KOMBIT?", Y, "9301", NEJ, ("skoledata",), JA),
    q("Hvor lang tid har vi til at returnere blanketten Tilslutning?", D, "9301", ("4 uger",), (), ()),
    q("Hvornår skal blanketten Tilslutning returneres til KOMBIT?", D, "9301", ("4 uger",), (), ()),
    nf("Hvor meget koster TilsynsPortalen efter det første år?", Y),
    nf("Hvornår modtager kommunen blanketten Tilslutning?", D),
    # HU 03
    q("Må forældrene selv vælge den tilsynsførende?", Y, "9303", NEJ, (), JA),
    q("Udpeges den tilsynsførende af skolelederen?", Y, "9303", JA, (), NEJ),
    q("Er det nok at varsle forældrene 7 dage før tilsynsbesøget?", Y, "9303", NEJ, ("14 dage",), JA),
    q("Skal tilsynsrapporten sendes til Undervisningsministeriet?", Y, "9303", NEJ, (), JA),
    q("Skal tilsynsbesøget finde sted i hjemmet?", Y, "9303", JA, (), NEJ),
    q("Er det nok med ét tilsynsbesøg om året?", Y, "9303", NEJ, ("2",), JA),
    q("Kan varslingen af forældrene ske mundtligt?", Y, "9303", NEJ, ("skriftligt",), JA),
    q("Hvornår skal tilsynsrapporten sendes til forældrene?", D, "9303", ("10 arbejdsdage",), (), ()),
    q("Hvor lang tid har den tilsynsførende til at sende tilsynsrapporten?",
      D, "9303", ("10 arbejdsdage",), (), ()),
    q("Hvornår skal forældrene varsles om et tilsynsbesøg?", D, "9303", ("14 dage",), (), ()),
    q("How many days before a supervision visit must the parents be notified?", D, "9303", ("14",), (), ()),
    nf("Skal den tilsynsførende være uddannet lærer fra et bestemt seminarium?", Y),
    nf("Hvornår skal den tilsynsførende udpeges?", D),
    nf("Må tilsynsbesøget optages på video?", Y),
]

if __name__ == "__main__":
    with open("questions.jsonl", "w", encoding="utf-8") as out:
        for item in QS:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(QS), sum(not i["found"] for i in QS))
