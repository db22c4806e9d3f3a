"""Writes questions.jsonl for yesno18 (yes/no and consequence questions)."""
import json

Y, C = "yes-no", "consequence"


def q(text, kind, src, all_=(), any_=(), none=()):
    return {"q": text, "found": True, "all": list(all_), "any": list(any_),
            "none": list(none), "src": [src], "kind": kind}


def nf(text, kind):
    return {"q": text, "found": False, "all": [], "any": [], "none": [], "src": [], "kind": kind}


NEJ, JA = ("nej",), ("ja",)
NO, YES = ("nej", "no"), ("ja", "yes")  # an English question may be answered in English
QS = [
    # 7701 serviceaftale
    q("Skal borgmesteren underskrive serviceaftalen om Havneportalen?",
      Y, "7701", NEJ, ("økonomichefen",), JA),
    q("Er det økonomichefen der skriver under på serviceaftalen om Havneportalen?", Y, "7701", JA, (), NEJ),
    q("Is it the mayor who signs the Havneportalen service agreement?",
      Y, "7701", ("økonomichefen",), NO, YES),
    q("Behøver vi at indhente tilbud fra andre leverandører end Kajdata?", Y, "7701", NEJ, (), JA),
    q("Skal havnefogeden godkende serviceaftalen om Havneportalen?", Y, "7701", NEJ, (), JA),
    q("Skal havnefogeden orienteres om serviceaftalen?", Y, "7701", JA, (), NEJ),
    q("Kan serviceaftalen om Havneportalen opsiges med 1 måneds varsel?",
      Y, "7701", NEJ, ("3 måneders",), JA),
    q("Løber serviceaftalen om Havneportalen i 24 måneder?", Y, "7701", JA, (), NEJ),
    q("Er det Kajdata der leverer Havneportalen?", Y, "7701", JA, (), NEJ),
    q("Hvad sker der hvis serviceaftalen om Havneportalen ikke bliver underskrevet til tiden?",
      C, "7701", ("bølge 2",)),
    q("What happens if the Havneportalen service agreement is not signed in time?", C, "7701", ("bølge 2",)),
    nf("Skal serviceaftalen om Havneportalen godkendes af byrådet?", Y),
    nf("Koster Havneportalen noget om året?", Y),
    nf("Hvad sker der hvis Kajdata ikke overholder serviceaftalen?", C),
    # 7703 ventelister
    q("Skal vi selv indtaste ventelisterne i Havneportalen?", Y, "7703", NEJ, (), JA),
    q("Er det leverandøren der overfører ventelisterne?", Y, "7703", JA, (), NEJ),
    q("Kan vi levere ventelisterne som Excel-ark?", Y, "7703", NEJ, ("csv",), JA),
    q("Skal ventelisterne leveres som CSV?", Y, "7703", JA, (), NEJ),
    q("Skal udmeldte ansøgere med i overførslen af ventelisterne?", Y, "7703", NEJ, (), JA),
    q("Gælder overførslen også udmeldte ansøgere?", Y, "7703", NEJ, (), JA),
    q("Er det nok at kontrollere 10 stikprøver efter overførslen af ventelisterne?",
      Y, "7703", NEJ, ("20",), JA),
    q("Do we need to check samples after the waiting lists are transferred?", Y, "7703", ("20",), YES, NO),
    q("Må vi sende ventelistefilen til Kajdata via sikker mail?", Y, "7703", JA, (), NEJ),
    q("Hvad sker der hvis en ansøger står på flere ventelister?", C, "7703", ("ældste anciennitet",)),
    nf("Mister en ansøger sin anciennitet ved overførslen af ventelisterne?", Y),
    nf("Skal ventelisterne godkendes af havnefogeden før overførslen?", Y),
    # 7705 pladsleje
    q("Opkræves pladslejen to gange om året?", Y, "7705", NEJ, ("én gang",), JA),
    q("Sendes opkrævningen af pladsleje via Digital Post?", Y, "7705", JA, (), NEJ),
    q("Fastsætter KOMBIT pladslejen?", Y, "7705", NEJ, ("kommunen",), JA),
    q("Kan kommunen selv bestemme pladslejen?", Y, "7705", JA, (), NEJ),
    q("Er rykkergebyret 250 kr.?", Y, "7705", NEJ, ("100 kr",), JA),
    q("Hvad sker der hvis en lejer ikke betaler pladslejen efter anden rykker?", C, "7705", ("mister",)),
    q("Hvad sker der hvis lejeren ikke har betalt inden 30 dage?", C, "7705", ("rykker",)),
    q("Er opkrævning af pladsleje obligatorisk?", Y, "7705", NEJ, ("valgfri",), JA),
    nf("Kan pladslejen betales med MobilePay?", Y),
    # BP 2
    q("Er det kommunen selv der rekrutterer deltagerne til borgerpanelet?",
      Y, "BP 2", NEJ, ("tværsnit",), JA),
    q("Rekrutterer Tværsnit deltagerne til borgerpanelet?", Y, "BP 2", JA, (), NEJ),
    q("Må vi invitere til borgerpanelet via Facebook?", Y, "BP 2", NEJ, (), JA),
    q("Skal invitationerne til borgerpanelet sendes med Digital Post?", Y, "BP 2", JA, (), NEJ),
    q("Må kommunens egne medarbejdere være med i borgerpanelet?", Y, "BP 2", JA, (), NEJ),
    q("Kan en 16-årig deltage i borgerpanelet?", Y, "BP 2", NEJ, ("18 år",), JA),
    q("Er det nok med 300 deltagere i borgerpanelet?", Y, "BP 2", NEJ, ("500",), JA),
    q("Skal samtykkeerklæringen godkendes af databeskyttelsesrådgiveren?", Y, "BP 2", JA, (), NEJ),
    q("Kan vi sende invitationerne ud før samtykkeerklæringen er godkendt?", Y, "BP 2", NEJ, (), JA),
    nf("Får deltagerne i borgerpanelet tilsendt en velkomstpakke?", Y),
    nf("Is the borgerpanel survey open to people living outside the municipality?", Y),
    # BP 4
    q("Skal byrådet godkende spørgeskemaet?", Y, "BP 4", NEJ, (), JA),
    q("Er det direktionen der godkender spørgeskemaet til borgerpanelet?", Y, "BP 4", JA, (), NEJ),
    q("Må vi sende to påmindelser om undersøgelsen?", Y, "BP 4", NEJ, ("én påmindelse",), JA),
    q("Kan påmindelsen sendes 3 dage efter udsendelsen?", Y, "BP 4", NEJ, ("7 dage",), JA),
    q("Er undersøgelsen åben i 14 dage?", Y, "BP 4", JA, (), NEJ),
    q("Kan man se hvem der har svaret hvad i undersøgelsen?", Y, "BP 4", NEJ, (), JA),
    q("Offentliggøres resultaterne af undersøgelsen på hjemmesiden?", Y, "BP 4", JA, (), NEJ),
    q("Hvad sker der hvis svarprocenten er under 30 procent?", C, "BP 4", ("gentages",)),
    q("What happens if fewer than 30 percent answer the survey?", C, "BP 4", ("gentages",)),
    nf("Skal spørgeskemaet oversættes til engelsk?", Y),
    nf("Hvad sker der hvis direktionen ikke godkender spørgeskemaet?", C),
    # BP 6
    q("Skal honoreringen indberettes til Skattestyrelsen?", Y, "BP 6", NEJ, (), JA),
    q("Er gavekortet skattepligtigt for deltageren?", Y, "BP 6", NEJ, ("skattefri",), JA),
    q("Sendes gavekortene med Digital Post?", Y, "BP 6", NEJ, ("almindelig post",), JA),
    q("Får deltagere med to besvarelser et gavekort?", Y, "BP 6", NEJ, ("mindst tre",), JA),
    q("Er gavekortet på 200 kr.?", Y, "BP 6", JA, (), NEJ),
    nf("Kan gavekortet bruges i alle butikker?", Y),
    nf("Hvad sker der hvis et gavekort bliver væk med posten?", C),
    # 6601
    q("Kan teknisk chef underskrive databehandleraftalen om Lyskortet?",
      Y, "6601", NEJ, ("kommunaldirektøren",), JA),
    q("Er det kommunaldirektøren der underskriver databehandleraftalen?", Y, "6601", JA, (), NEJ),
    q("Skal juridisk afdeling godkende databehandleraftalen før den underskrives?", Y, "6601", JA, (), NEJ),
    q("Skal vi lave en ny risikovurdering når vi allerede har en for det gamle belysningssystem?",
      Y, "6601", NEJ, (), JA),
    q("Skal kopien af databehandleraftalen sendes til KOMBIT senest 5 arbejdsdage efter underskrivelsen?",
      Y, "6601", NEJ, ("10 arbejdsdage",), JA),
    q("Indgås databehandleraftalen med Lysnet?", Y, "6601", JA, (), NEJ),
    nf("Skal databehandleraftalen tinglyses?", Y),
    # 6604
    q("Skal kommunen selv registrere lysmasterne?", Y, "6604", NEJ, ("driftsentreprenøren",), JA),
    q("Er det driftsentreprenøren der registrerer masterne?", Y, "6604", JA, (), NEJ),
    q("Skal kommunen godkende registreringen af lysmasterne?", Y, "6604", JA, (), NEJ),
    q("Er det et krav at tage fotos af lysmasterne?", Y, "6604", NEJ, ("valgfrie",), JA),
    q("Skal master på private fællesveje registreres?", Y, "6604", NEJ, (), JA),
    q("Gælder registreringen også master på private fællesveje?", Y, "6604", NEJ, (), JA),
    q("Skal masterne registreres med GPS-position?", Y, "6604", JA, (), NEJ),
    q("Hvad sker der hvis der mangler master ved go-live?", C, "6604", ("ikke tages i brug",)),
    q("Har vi 60 dage til at registrere nye master efter go-live?", Y, "6604", NEJ, ("30 dage",), JA),
    nf("Skal masterne males når de er registreret?", Y),
    nf("Skal lysmasterne efterses hvert år?", Y),
    nf("Må driftsentreprenøren bruge underleverandører til registreringen?", Y),
    nf("What happens if the contractor registers a mast twice?", C),
]

if __name__ == "__main__":
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for row in QS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
