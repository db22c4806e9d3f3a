"""Writes questions.jsonl for yesno25: yes/no questions on who signs, mandatory or not, cost, hosting, what people can do."""
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
    return q(text, any_=["ja", "yes"], none=["nej", "no"], src=[src])


def no_en(text, src, all_=()):
    return q(text, all_=all_, any_=["nej", "no"], none=["ja", "yes"], src=[src])


def unknown(text):
    return q(text, found=False)


QUESTIONS = [
    # ELEV 01 - kontrakt med Taxa Syd
    yes("Skal børne- og ungedirektøren underskrive kontrakten med Taxa Syd?", "25101"),
    no("Skal borgmesteren underskrive kørselskontrakten?", "25101"),
    no("Er det kommunaldirektøren der skriver under på kontrakten om elevkørsel?", "25101", ["børne- og ungedirektør"]),
    yes("Skal kontrakten om elevkørsel sendes til Taxa Syd?", "25101"),
    no("Skal kontrakten sendes til Taxa Syd senest 14 dage før go-live?", "25101", ["30 dage"]),
    yes("Løber kørselskontrakten i 4 år?", "25101"),
    no("Løber kontrakten med Taxa Syd i 5 år?", "25101", ["4 år"]),
    yes("Kan kontrakten med Taxa Syd forlænges?", "25101"),
    yes("Hoster leverandøren planlægningssystemet?", "25101"),
    no("Hoster kommunen selv RuteFlex?", "25101", ["leverandøren"]),
    yes("Koster elevkørslen 850.000 kr. om året?", "25101"),
    no("Koster elevkørslen 900.000 kr. om året?", "25101", ["850.000"]),
    yes("Skal der laves en databehandleraftale med Taxa Syd?", "25101"),
    yes("Er opgaven om kontrakten med Taxa Syd obligatorisk?", "25101"),
    unknown("Skal kørselskontrakten godkendes af byrådet?"),
    unknown("Kan kontrakten med Taxa Syd opsiges med 6 måneders varsel?"),
    # ELEV 02 - visitation
    yes("Kan forældrene søge om kørsel via Selvbetjening?", "25102"),
    no("Kan forældrene sende ansøgningen om kørsel med post?", "25102"),
    yes("Er det PPR der visiterer eleverne til kørsel?", "25102"),
    no("Er det skolens leder der visiterer eleverne til kørsel?", "25102", ["ppr"]),
    yes("Skal visitationen være afsluttet senest 14 dage før skolestart?", "25102"),
    no("Skal visitationen være afsluttet senest 7 dage før skolestart?", "25102", ["14 dage"]),
    no("Må en elev køre 90 minutter hver vej?", "25102", ["60"]),
    yes("Må en elev køre 45 minutter hver vej?", "25102"),
    yes("Kan forældrene se kørselsplanen i forældreappen?", "25102"),
    yes("Er kørslen gratis for forældrene?", "25102"),
    no("Skal forældrene betale for elevkørslen?", "25102"),
    no("Er kørsel til fritidsordning omfattet?", "25102"),
    unknown("Må eleverne have en ledsager med i bilen?"),
    unknown("Kan forældrene klage over visitationen til kørsel?"),
    # ELEV 03 - kursus for chauffører
    no("Er kurset om autisme obligatorisk for chaufførerne?", "25103", ["frivillig"]),
    no("Skal chaufførerne deltage i kurset om autisme?", "25103"),
    yes("Holder Autismeforeningen kurset for chaufførerne?", "25103"),
    no("Varer kurset om autisme 5 timer?", "25103", ["3 timer"]),
    yes("Afholdes chaufførkurset online?", "25103"),
    yes("Skal chaufførerne have børneattest?", "25103"),
    no("Er det leverandøren der indhenter børneattesterne?", "25103", ["kommunen"]),
    unknown("Får chaufførerne løn under kurset om autisme?"),
    unknown("Er der en prøve efter chaufførkurset?"),
    # STOR 1 - booking
    yes("Bestiller borgerne storskrald på Mit Affald?", "STOR 1"),
    yes("Er afhentning af storskrald gratis for parcelhuse?", "STOR 1"),
    no("Kan virksomheder bruge storskraldsordningen?", "STOR 1"),
    no("Kan man få hentet 3 m3 storskrald pr. gang?", "STOR 1", ["2 m3"]),
    no("Hentes elektronik med storskrald?", "STOR 1", ["genbrugspladsen"]),
    yes("Hoster Renova Vest bookingsystemet til storskrald?", "STOR 1"),
    unknown("Hentes storskrald også i weekenden?"),
    unknown("Er afhentningen af storskrald gratis for lejligheder?"),
    # STOR 2 - udbud
    yes("Skal teknisk direktør underskrive kontrakten om indsamling af storskrald?", "STOR 2"),
    no("Er det miljøudvalget der underskriver kontrakten om indsamling?", "STOR 2", ["teknisk direktør"]),
    yes("Godkender miljøudvalget udbudsmaterialet?", "STOR 2"),
    yes("Er det obligatorisk at stille krav om elbiler i udbuddet?", "STOR 2"),
    no("Gælder kontrakten om indsamling af storskrald i 4 år?", "STOR 2", ["6 år"]),
    no("Er tilbudsfristen i udbuddet af storskrald 3 uger?", "STOR 2", ["5 uger"]),
    unknown("Skal udbuddet af storskrald godkendes af byrådet?"),
    # English
    yes_en("Does the supplier host the planning system for school transport?", "25101"),
    yes_en("Is the transport free for parents?", "25102"),
    no_en("Is transport to after-school care covered?", "25102"),
    yes_en("Is the course for drivers held online?", "25103"),
    no_en("Is the autism course mandatory for the drivers?", "25103"),
    no_en("Can businesses use the bulky waste collection?", "STOR 1"),
    unknown("Is there a penalty if the transport supplier is late?"),
    unknown("Does the waste collection contract include glass?"),
]


def main():
    out = Path(__file__).with_name("questions.jsonl")
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS), encoding="utf-8")


if __name__ == "__main__":
    main()
