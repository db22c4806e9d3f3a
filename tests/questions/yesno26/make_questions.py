"""Writes questions.jsonl for yesno26: yes/no questions on signers, approvers, hosts, prices, durations, what people can see or do."""
# ruff: noqa: E501 - one question a line reads better than wrapped data
import json
from pathlib import Path


def q(text, found=True, all_=(), any_=(), none=(), src=(), kind="yes-no"):
    return {"q": text, "found": found, "all": list(all_), "any": list(any_), "none": list(none),
            "src": list(src), "kind": kind}


def yes(text, src, any_=()):
    return q(text, all_=["ja"], any_=any_, none=["nej"], src=[src])


def no(text, src, any_=()):
    return q(text, all_=["nej"], any_=any_, none=["ja"], src=[src])


def yes_en(text, src):
    return q(text, any_=["ja", "yes"], none=["nej", "no"], src=[src], kind="english")


def no_en(text, src):
    return q(text, any_=["nej", "no"], none=["ja", "yes"], src=[src], kind="english")


def unknown(text, kind="yes-no"):
    return q(text, found=False, kind=kind)


QUESTIONS = [
    # CHIP 01 (4301): the weighing system's agreement
    yes("Skal teknik- og miljødirektøren underskrive aftalen om vejesystemet?", "4301"),
    no("Skal borgmesteren underskrive aftalen med WasteTrack?", "4301", any_=["teknik- og miljødirektør"]),
    yes("Er opgaven om chipaflæsning obligatorisk?", "4301"),
    yes("Løber aftalen med WasteTrack i 3 år?", "4301"),
    no("Løber aftalen om vejesystemet i 5 år?", "4301", any_=["3 år"]),
    yes("Gemmes vejedata i 5 år?", "4301"),
    yes("Hostes vejesystemet af leverandøren?", "4301"),
    yes("Hostes vejesystemet i Danmark?", "4301"),
    no("Hoster kommunen selv vejesystemet?", "4301", any_=["leverandør"]),
    no("Er vejesystemet gratis for kommunen?", "4301", any_=["85.000"]),
    no("Betaler kommunen 100.000 kr. om året for vejesystemet?", "4301", any_=["85.000"]),
    yes("Kan borgerne se deres egne vejninger?", "4301"),
    no("Kan borgerne se naboens vejninger?", "4301"),
    no("Skal borgerne selv montere chippene?", "4301", any_=["renovatør"]),
    yes("Monterer renovatøren chippene?", "4301"),
    yes("Skal aftalen om vejesystemet sendes til KLIK senest 20 dage før go-live?", "4301"),
    no("Skal aftalen om vejesystemet sendes til KLIK senest 10 dage før go-live?", "4301", any_=["20 dage"]),
    yes("Vejes beholderne, når de bliver tømt?", "4301"),
    yes("Er affaldschefen ansvarlig for aftalen om chipaflæsning?", "4301"),
    unknown("Kan aftalen med WasteTrack forlænges?"),
    unknown("Skal byrådet godkende aftalen om vejesystemet?"),
    unknown("Skal renovatøren betale for chippene?"),
    unknown("Skal borgerne betale for vejningen af deres affald?"),
    unknown("Skal WasteTrack uddanne skraldemændene?"),
    yes_en("Is the weighing system hosted by the supplier?", "4301"),
    yes_en("Does the municipality pay a yearly fee for the weighing system?", "4301"),
    no_en("Can residents see their neighbours' weighings?", "4301"),
    # CHIP 02 (4302): the letter to the households
    yes("Får husstandene et brev i e-Boks om vejeordningen?", "4302"),
    no("Sendes brevet om vejeordningen med almindelig post?", "4302"),
    yes("Er det gratis for borgerne at få en ny chip?", "4302"),
    yes("Skal affaldschefen godkende brevet til husstandene?", "4302"),
    no("Skal borgmesteren godkende brevet til husstandene?", "4302", any_=["affaldschef"]),
    yes("Skriver kommunikationsafdelingen brevet til husstandene?", "4302"),
    yes("Holdes der et borgermøde om vejeordningen?", "4302"),
    no("Holdes borgermødet om vejeordningen på biblioteket?", "4302", any_=["rådhushallen"]),
    no("Er opgaven om information til husstandene obligatorisk?", "4302", any_=["valgfri"]),
    unknown("Skal brevet om vejeordningen oversættes til engelsk?"),
    unknown("Kan borgerne melde sig ud af vejeordningen?"),
    unknown("Skal husstandene svare på brevet om vejeordningen?"),
    yes_en("Is informing the households about the weighing optional?", "4302"),
    # FORÆ 1: the parent app
    yes("Hoster KidSoft forældreappen?", "FORÆ 1"),
    no("Hostes BørneLink i Danmark?", "FORÆ 1", any_=["tyskland"]),
    yes("Er forældreappen gratis for forældrene?", "FORÆ 1"),
    no("Er BørneLink gratis for kommunen?", "FORÆ 1", any_=["12 kr"]),
    yes("Koster BørneLink 12 kr. pr. barn om måneden?", "FORÆ 1"),
    yes("Kan forældrene melde deres barn syg i forældreappen?", "FORÆ 1"),
    no("Kan forældrene se andre børns billeder i BørneLink?", "FORÆ 1"),
    yes("Logger forældrene ind i BørneLink med MitID?", "FORÆ 1"),
    yes("Skal børne- og familiedirektøren underskrive databehandleraftalen for BørneLink?", "FORÆ 1"),
    no("Skal dagtilbudschefen underskrive databehandleraftalen for BørneLink?", "FORÆ 1", any_=["børne- og familiedirektør"]),
    yes("Skal databehandleraftalen for BørneLink underskrives, før appen tages i brug?", "FORÆ 1"),
    yes("Skal personalet gennemføre et e-læringskursus om forældreappen?", "FORÆ 1"),
    yes("Varer e-læringskurset om BørneLink 45 minutter?", "FORÆ 1"),
    no("Varer e-læringskurset om BørneLink 90 minutter?", "FORÆ 1", any_=["45 minutter"]),
    unknown("Skal forældrene gennemføre e-læringskurset om BørneLink?"),
    unknown("Er der en prøveperiode på forældreappen?"),
    unknown("Kan forældrene betale for madordningen i BørneLink?"),
    yes_en("Is the parent app hosted in Germany?", "FORÆ 1"),
    no_en("Do parents have to pay for the parent app?", "FORÆ 1"),
    unknown("Does KidSoft offer support in the evening?", kind="english"),
    # FORÆ 2: phasing out paper notes
    no("Er dagplejen omfattet af udfasningen af papirsedler?", "FORÆ 2"),
    yes("Skal papirsedlerne udfases senest 1. august 2027?", "FORÆ 2"),
    yes("Skal beskeder til forældrene skrives på dansk?", "FORÆ 2"),
    yes("Kan forældrene få beskederne oversat til arabisk?", "FORÆ 2"),
    no("Er udfasningen af papirsedler obligatorisk?", "FORÆ 2", any_=["valgfri"]),
    no_en("Is the childminder scheme (dagplejen) covered by the phase-out of paper notes?", "FORÆ 2"),
]


if __name__ == "__main__":
    out = Path(__file__).with_name("questions.jsonl")
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS), encoding="utf-8")
    print(len(QUESTIONS), sum(not x["found"] for x in QUESTIONS))
