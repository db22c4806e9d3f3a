"""Writes the three task exports of yesno20 (markdown LF, tab-separated HTML, markdown from Word CRLF)."""
# ruff: noqa: E501 - one task or question a line reads better than wrapped data
from pathlib import Path

HERE = Path(__file__).parent / "tasks"


def md(t, word=False):
    dash = "\u2013" if word else "-"
    rows = [("Master-opgave ID", t["id"]), ("Opgavetitel", t["title"]), ("Projekt", t["project"]),
            ("Fase", t["phase"]), ("Prioritet", t["prio"]), ("Opgave varighed (antal dage)", t["days"]),
            ("Slutdato (fra Go-Live)", t["end"].replace("-", dash)),
            ("Startdato (fra Slutdato)", t["start"].replace("-", dash)),
            ("Bølger", f"{t['project']} {dash} Bølge {t['wave']}" if word else f"{t['project']} - Bølge {t['wave']}"),
            ("Mål", t["goal"]), ("Beskrivelse", "\n\n".join(t["desc"]))]
    steps = (" ".join(f"{i}) {s}" for i, s in enumerate(t["steps"], 1)) if not word
             else "\n\n".join("\u2022 " + s for s in t["steps"]))
    rows += [("Metode og fremgangsmåde", steps), ("Resultat", t["result"]),
             ("Anbefalet udfører", t["doer"]), ("Anbefalet ansvarlig", t["owner"])]
    text = f"## {t['title']}\n\n" + "\n\n".join(f"**{k}** {v}" for k, v in rows) + "\n\n\n"
    if word:
        text = text.replace("\u00a0", " ").replace(" kr.", "\u00a0kr.").replace("\n", "\r\n")
    return text


def tsv(t):
    desc = " ".join(f"<p>{p}</p>" for p in t["desc"])
    steps = "<ol>" + "".join(f"<li>{s}</li>" for s in t["steps"]) + "</ol>"
    rows = [("*Opgavetitel", t["title"]), ("*Projekt", t["project"]),
            ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", t["prio"]),
            ("Fase", t["phase"]), ("Opgave varighed (antal dage)", t["days"]),
            ("Slutdato (fra Go-Live)", t["end"]), ("Startdato (fra Slutdato)", t["start"]),
            ("Bølger", f"{t['project']} - Bølge {t['wave']}"), ("Mål", t["goal"]), ("*Beskrivelse", desc),
            ("Metode og fremgangsmåde", steps), ("Resultat", t["result"])]
    if t.get("related"):
        rows.append(("Opgaven er tæt relateret til", t["related"]))
    rows += [("Anbefalet udfører", t["doer"]), ("Anbefalet ansvarlig", t["owner"])]
    return "\n".join(f"{k}\t{v}" for k, v in rows) + "\n\n\n"


HP = [
    dict(id="9101", title="HP 01 (Aftaler) Databehandleraftale om Parkeringsregistret (B1)",
         project="Handicapparkering", phase="Fase 1: Forberedelse", prio="Obligatorisk på kritisk vej",
         days="25", end="-60", start="-25", wave="1", goal="Databehandleraftalen om Parkeringsregistret er indgået.",
         desc=["Parkeringsregistret drives af Nordpark A/S. Databehandleraftalen underskrives af kommunaldirektøren "
               "og skal være underskrevet senest 60 dage før go-live.",
               "Sammen med aftalen sender kommunen en fortegnelse over behandlinger, en beskrivelse af "
               "sikkerhedsforanstaltningerne og en liste over underdatabehandlere.",
               "Den underskrevne aftale returneres via Serviceportalen, ikke pr. e-mail. Det er frivilligt at "
               "deltage i Nordparks brugergruppe."],
         steps=["Gennemgå aftalen", "Få den underskrevet af kommunaldirektøren", "Returnér den via Serviceportalen"],
         result="Aftalen er underskrevet.", doer="Parkeringskoordinator", owner="Kommunaldirektør"),
    dict(id="9103", title="HP 03 (Sagsbehandling) Ansøgninger om handicapparkeringskort (B1)",
         project="Handicapparkering", phase="Fase 2: Klargøring", prio="Obligatorisk",
         days="15", end="-10", start="-15", wave="1", goal="Ansøgninger om handicapparkeringskort kan behandles.",
         desc=["Ansøgningen kan indsendes af borgeren selv eller af en pårørende med fuldmagt. Ansøgeren skal være "
               "fyldt 18 år for at søge et kort til eget brug; for børn søger forældrene.",
               "Ansøgningen skal vedlægges en lægeerklæring og et portrætfoto. Kortet er gratis for borgeren og "
               "udstedes for 5 år ad gangen.",
               "Afgørelsen sendes med Digital Post. Sagsbehandlingstiden må højst være 4 uger."],
         steps=["Opsæt ansøgningsskemaet", "Instruér sagsbehandlerne", "Test en ansøgning"],
         result="Ansøgninger kan behandles.", doer="Sagsbehandler", owner="Borgerservicechef"),
    dict(id="9105", title="HP 05 (Skilte) Skiltning ved handicappladser (B2)",
         project="Handicapparkering", phase="Fase 3: Test", prio="Valgfri",
         days="20", end="-5", start="-20", wave="2", goal="Handicappladserne er skiltet.",
         desc=["Skiltene bestilles af vejafdelingen. Politiet skal give samtykke til skiltningen, før skiltene "
               "sættes op. Det er ikke nødvendigt at høre handicaprådet.",
               "Hver plads skal have et P-skilt og en undertavle med kørestolssymbol. Pladserne skal være mindst "
               "3,5 meter brede."],
         steps=["Indhent politiets samtykke", "Bestil skiltene", "Sæt skiltene op"],
         result="Pladserne er skiltet.", doer="Vejingeniør", owner="Vejchef"),
    dict(id="9107", title="HP 07 (Drift) Kontrol af handicappladser (B2)",
         project="Handicapparkering", phase="Fase 4: Drift", prio="Obligatorisk",
         days="30", end="45", start="-30", wave="2", goal="Handicappladserne kontrolleres.",
         desc=["Kontrollen udføres af parkeringsvagterne mindst to gange om ugen. Afgiften for uberettiget "
               "parkering på en handicapplads er 510 kr.",
               "Parkeringsvagterne får et tillæg for kontrol i weekenden. Tillægget er skattepligtigt.",
               "Kommunen indberetter antallet af afgifter til Vejdirektoratet én gang om året, senest 1. marts."],
         steps=["Planlæg kontrollen", "Udfør kontrollen", "Indberet til Vejdirektoratet"],
         result="Kontrollen er i drift.", doer="Parkeringsvagt", owner="Vejchef"),
]

FP = [
    dict(title="(FP 1) Aftaler med foreningerne om fritidspas", project="Fritidspas",
         phase="Fase 1: Forberedelse", prio="Obligatorisk på kritisk vej", days="30", end="-45", start="-30",
         wave="1", goal="Der er aftaler med de deltagende foreninger.",
         desc=["Aftalen med hver forening underskrives af kultur- og fritidschefen og af foreningens formand. "
               "Aftalerne skal være underskrevet senest 45 dage før go-live.",
               "Foreningerne oplyser antal ledige pladser, kontingent og en kontaktperson.",
               "Det er obligatorisk for foreningerne at føre fremmøderegistrering."],
         steps=["Kontakt foreningerne", "Indgå aftalerne", "Registrér pladserne"],
         result="Aftalerne er underskrevet.", related="FP 5", doer="Fritidskonsulent", owner="Kultur- og fritidschef"),
    dict(title="(FP 3) Udvælgelse af børn til fritidspas", project="Fritidspas",
         phase="Fase 2: Klargøring", prio="Obligatorisk", days="20", end="-15", start="-20", wave="1",
         goal="Børnene til fritidspas er udvalgt.",
         desc=["Fritidspas tilbydes børn og unge mellem 6 og 17 år, som bor i kommunen. Udvælgelsen foretages af "
               "familieafdelingen i samarbejde med skolerne.",
               "Forældrene skal give samtykke, før barnet tilmeldes. Tilbuddet er gratis for familien, og "
               "tilskuddet er skattefrit."],
         steps=["Find børnene", "Indhent samtykke", "Tilmeld børnene"],
         result="Børnene er tilmeldt.", doer="Familierådgiver", owner="Familiechef"),
    dict(title="(FP 5) Udbetaling af tilskud til foreninger", project="Fritidspas",
         phase="Fase 4: Drift", prio="Obligatorisk", days="10", end="30", start="-10", wave="2",
         goal="Tilskuddet udbetales til foreningerne.",
         desc=["Tilskuddet udbetales direkte til foreningen, ikke til familien. Det er højst 2.000 kr. pr. barn "
               "pr. år.",
               "Udbetalingen sker i februar og i august. Foreningen sender en elektronisk faktura via NemHandel. "
               "Fakturaerne godkendes af økonomikonsulenten."],
         steps=["Modtag fakturaerne", "Godkend fakturaerne", "Udbetal tilskuddet"],
         result="Tilskuddet er udbetalt.", doer="Økonomikonsulent", owner="Kultur- og fritidschef"),
    dict(title="(FP 7) Evaluering af fritidspas", project="Fritidspas",
         phase="Fase 4: Drift", prio="Valgfri", days="40", end="180", start="-40", wave="2",
         goal="Ordningen er evalueret.",
         desc=["Evalueringen udføres af en ekstern konsulent. Den skal belyse fastholdelse, trivsel, økonomi og "
               "foreningernes erfaringer.",
               "Rapporten forelægges kultur- og fritidsudvalget senest 6 måneder efter go-live. Det er frivilligt "
               "for familierne at deltage i interview."],
         steps=["Vælg konsulent", "Gennemfør interview", "Forelæg rapporten"],
         result="Rapporten er forelagt.", doer="Fritidskonsulent", owner="Kultur- og fritidschef"),
]

VT = [
    dict(id="9301", title="VT 01 (Aftaler) Kontrakter med vognmænd (B1)", project="Vintertjeneste",
         phase="Fase 1: Forberedelse", prio="Obligatorisk på kritisk vej", days="30", end="-40", start="-30",
         wave="1", goal="Der er kontrakter med vognmændene.",
         desc=["Kontrakterne med vognmændene underskrives af driftschefen og skal være underskrevet senest "
               "1. oktober. Kontrakten løber i 3 sæsoner.",
               "Hver vognmand skal have mindst to saltspredere og én sneplov til rådighed. Det er ikke tilladt "
               "at bruge underleverandører uden kommunens skriftlige accept."],
         steps=["Udsend kontrakterne", "Få dem underskrevet af driftschefen", "Registrér materiellet"],
         result="Kontrakterne er underskrevet.", doer="Driftsleder", owner="Driftschef"),
    dict(id="9303", title="VT 03 (Planlægning) Ruteplan for snerydning (B1)", project="Vintertjeneste",
         phase="Fase 2: Klargøring", prio="Obligatorisk", days="20", end="-20", start="-20", wave="1",
         goal="Ruteplanen er godkendt.",
         desc=["Ruteplanen udarbejdes af vejafdelingen og godkendes af teknik- og miljøudvalget. Cykelstier "
               "ryddes før kørebaner.",
               "Vejene inddeles i A-veje, B-veje og C-veje. Villaveje ryddes kun, når der er faldet mere end "
               "10 cm sne.",
               "Ruteplanen offentliggøres på kommunens hjemmeside senest 15. november."],
         steps=["Udarbejd ruteplanen", "Få den godkendt i udvalget", "Offentliggør den"],
         result="Ruteplanen er offentliggjort.", doer="Vejingeniør", owner="Driftschef"),
    dict(id="9305", title="VT 05 (Beredskab) Vagtordning i vintersæsonen (B2)", project="Vintertjeneste",
         phase="Fase 3: Test", prio="Obligatorisk", days="15", end="-5", start="-15", wave="2",
         goal="Vagtordningen er på plads.",
         desc=["Vagtordningen gælder fra 15. november til 31. marts. Den vagthavende skal kunne rykke ud inden "
               "for 1 time.",
               "Det er frivilligt for medarbejderne at tage ekstra vagter. Rådighedstillægget er skattepligtigt. "
               "Vagtplanen godkendes af driftschefen."],
         steps=["Lav vagtplanen", "Få den godkendt", "Test udkaldet"],
         result="Vagtordningen er i drift.", doer="Driftsleder", owner="Driftschef"),
    dict(id="9308", title="VT 08 (Evaluering) Vinterrapport (B2)", project="Vintertjeneste",
         phase="Fase 4: Drift", prio="Valgfri", days="20", end="150", start="-20", wave="2",
         goal="Vinterrapporten er udarbejdet.",
         desc=["Rapporten udarbejdes af vejafdelingen senest 30. april. Den skal indeholde saltforbruget, antallet "
               "af udkald og borgernes klager.",
               "Rapporten sendes til udvalget gennem dagsordensystemet."],
         steps=["Saml tallene", "Skriv rapporten", "Send den til udvalget"],
         result="Rapporten er sendt.", doer="Vejingeniør", owner="Driftschef"),
]

if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    (HERE / "handicapparkering.md.txt").write_text("".join(md(t) for t in HP), encoding="utf-8")
    (HERE / "fritidspas.tsv.txt").write_text("".join(tsv(t) for t in FP), encoding="utf-8")
    (HERE / "vintertjeneste-fra-word.md.txt").write_bytes("".join(md(t, True) for t in VT).encode("utf-8"))
