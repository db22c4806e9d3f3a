"""Writes questions.jsonl for yesno22: yes/no and deadline-text questions."""
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


def unknown(text, kind="yes-no"):
    return q(text, found=False, kind=kind)


def due(text, src, any_):
    return q(text, any_=any_, src=[src], kind="deadline-text")


QUESTIONS = [
    # yes/no, forebyggende hjemmebesøg
    yes("Skal social- og sundhedsdirektøren skrive under på databehandleraftalen med Visitationsbasen?", "22101"),
    no("Er det borgmesteren der underskriver databehandleraftalen om Visitationsbasen?", "22101", ["direktør"]),
    no("Skal vi sende en risikovurdering med databehandleraftalen til Omsorgsdata?", "22101"),
    no("Kan databehandleraftalen med Omsorgsdata sendes tilbage på papir?", "22101", ["penneo"]),
    yes("Er det Omsorgsdata der leverer Visitationsbasen?", "22101"),
    no("Skal borgeren svare på tilbudsbrevet om forebyggende hjemmebesøg?", "22103"),
    yes("Sendes tilbudsbrevet med Digital Post?", "22103"),
    yes("Får en borger på 70 år, der har mistet sin ægtefælle, tilbud om forebyggende hjemmebesøg?", "22103"),
    no("Kan kommunen aflyse et forebyggende hjemmebesøg af sig selv?", "22103", ["afbud"]),
    yes("Må de pårørende være med under det forebyggende hjemmebesøg?", "22105"),
    no("Må sygeplejersken udlevere hjælpemidler under besøget?", "22105", ["visitationen"]),
    yes("Kan en ergoterapeut foretage de forebyggende hjemmebesøg?", "22105"),
    no("Er det et krav at bruge et eksternt konsulentfirma til evalueringen af de forebyggende hjemmebesøg?", "22107"),
    yes("Skal evalueringen af ordningen forelægges for ældrerådet?", "22107"),
    no("Er evalueringen af de forebyggende hjemmebesøg obligatorisk?", "22107", ["valgfri"]),
    # yes/no, kulturnat
    yes("Er det kulturchefen der skriver under på aftalen om lån af bygningerne til kulturnatten?", "KN 1"),
    no("Koster det foreningerne noget at låne de kommunale bygninger til kulturnatten?", "KN 1", ["gratis"]),
    no("Kan en forening uden ansvarsforsikring låne en kommunal bygning til kulturnatten?", "KN 1", ["ansvarsforsikring"]),
    yes("Er det nødvendigt at vedlægge en beredskabsplan til ansøgningen om arrangementstilladelse?", "KN 2"),
    no("Skal vi betale gebyr for ansøgningen om arrangementstilladelse?", "KN 2"),
    yes("Sendes ansøgningen om arrangementstilladelse til politiet?", "KN 2"),
    no("Skal de frivillige værter have børneattest?", "KN 4", ["børneaktiviteter", "medmindre"]),
    no("Kan en 15-årig være frivillig vært på kulturnatten?", "KN 4", ["16"]),
    no("Får de frivillige værter løn?", "KN 4"),
    yes("Sender kunstnerne en elektronisk faktura via NemHandel?", "KN 6"),
    no("Skal kunstnere fra udlandet have moms på fakturaen?", "KN 6"),
    q("Does the task require the volunteer hosts to be at least 16?", all_=["ja"], none=["nej"], src=["KN 4"]),
    # yes/no the tasks do not answer
    unknown("Skal ældrerådet godkende tilbudsbrevet om forebyggende hjemmebesøg?"),
    unknown("Kan borgeren få besøget over video i stedet for i hjemmet?"),
    unknown("Skal kunstnerne have en kontrakt med kommunen før kulturnatten?"),
    unknown("Må de frivillige værter have deres egne børn med på vagt?"),
    # deadline text
    due("Hvornår skal databehandleraftalen med Omsorgsdata være returneret?", "22101", ["10 arbejdsdage"]),
    due("Hvor lang tid har vi til at sende databehandleraftalen om Visitationsbasen tilbage?", "22101", ["10 arbejdsdage"]),
    due("Hvad er fristen for at sende tilbudsbrevene om forebyggende hjemmebesøg?", "22103", ["1. marts"]),
    due("Hvornår skal brevene til de ældre være sendt ud?", "22103", ["1. marts"]),
    due("Hvornår skal besøget være dokumenteret i omsorgssystemet?", "22105", ["3 hverdage"]),
    due("Hvor hurtigt skal spørgeskemaet om tilfredshed sendes efter besøget?", "22107", ["2 uger"]),
    due("Hvornår skal evalueringen af de forebyggende hjemmebesøg laves?", "22107", ["3 måneder"]),
    due("Hvornår skal aftalerne om lån af bygningerne være på plads?", "KN 1", ["8 uger"]),
    due("Hvad er fristen for at søge politiet om arrangementstilladelse?", "KN 2", ["4 uger"]),
    due("Hvornår skal de frivillige have vagtplanen?", "KN 4", ["5 dage"]),
    due("Hvornår skal kunstnerne have deres honorar udbetalt?", "KN 6", ["3 uger"]),
    due("What is the deadline for paying the artists after the culture night?", "KN 6", ["3 uger", "3 weeks"]),
    # deadline the tasks do not give
    unknown("Hvornår skal kunstnerne sende deres faktura?", "deadline-text"),
    unknown("Hvad er fristen for at rekruttere de frivillige værter?", "deadline-text"),
]


def main():
    out = Path(__file__).with_name("questions.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for item in QUESTIONS:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
