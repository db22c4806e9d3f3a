"""Writes questions.jsonl for yesno27: yes/no and consequence questions on rat control and winter service tasks."""
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


def effect(text, src, all_=(), any_=()):
    return q(text, all_=all_, any_=any_, src=[src], kind="consequence")


def unknown(text, kind="yes-no"):
    return q(text, found=False, kind=kind)


QUESTIONS = [
    # ROT 01 (4401): the reporting form's contract
    yes("Skal kommunaldirektøren underskrive kontrakten med RatStop?", "4401"),
    no("Skal borgmesteren underskrive kontrakten om rotteanmeldelse?", "4401", any_=["kommunaldirektør"]),
    yes("Skal miljøudvalget godkende kontrakten med RatStop?", "4401"),
    yes("Er ROT 01 obligatorisk?", "4401"),
    no("Hoster leverandøren løsningen til rotteanmeldelse?", "4401", any_=["it-afdeling"]),
    no("Kan borgerne se alle anmeldelser?", "4401", any_=["egne"]),
    yes("Kan skadedyrsteknikeren se alle anmeldelser?", "4401"),
    yes("Er det gratis at anmelde rotter?", "4401"),
    yes("Gælder kontrakten med RatStop i 4 år?", "4401"),
    no("Gælder kontrakten om rotteanmeldelse i 2 år?", "4401", any_=["4 år"]),
    no("Gemmes rotteanmeldelserne i 5 år?", "4401", any_=["2 år"]),
    yes("Kan kontrakten med RatStop forlænges?", "4401"),
    yes("Skal der sendes en kopi af kontrakten til KLIK?", "4401"),
    unknown("Findes formularen til rotteanmeldelse på engelsk?"),
    unknown("Skal kommunaldirektøren godkende tilskuddet til rottespærrer?"),
    # ROT 02 (4402): rat barriers
    no("Er opgaven om rottespærrer obligatorisk?", "4402", any_=["valgfri"]),
    yes("Betaler grundejeren selv for rottespærren?", "4402"),
    no("Kan grundejeren selv montere rottespærren?", "4402", any_=["kloakmester"]),
    yes("Giver kommunen tilskud til rottespærrer?", "4402"),
    no("Er tilskuddet til rottespærren på 5.000 kr.?", "4402", any_=["2.000"]),
    yes("Skal rottespærrerne registreres i rotteregistret?", "4402"),
    no("Udføres opgaven om rottespærrer i landzonen?", "4402", any_=["byzone"]),
    unknown("Skal grundejeren betale for kloakmesterens rapport?"),
    # SNE 1: the cycle path contract
    yes("Skal vejchefen underskrive aftalen med Hvid Vej?", "SNE 1"),
    no("Skal kommunaldirektøren underskrive aftalen om snerydning?", "SNE 1", any_=["vejchef"]),
    yes("Er SNE 1 obligatorisk?", "SNE 1"),
    yes("Løber aftalen med Hvid Vej i 3 vintre?", "SNE 1"),
    no("Koster snerydningen på cykelstierne 1.500 kr. i timen?", "SNE 1", any_=["1.200"]),
    yes("Skal cykelstierne være ryddet inden kl. 6?", "SNE 1"),
    yes("Har entreprenøren GPS i alle køretøjer?", "SNE 1"),
    unknown("Skal Hvid Vej også salte vejene?"),
    unknown("Skal aftalen om snerydning godkendes af teknisk udvalg?"),
    # SNE 2: information to citizens
    no("Er sms-tjenesten obligatorisk for borgerne?", "SNE 2", any_=["frivillig"]),
    no("Koster sms-tjenesten noget for borgerne?", "SNE 2"),
    no("Sendes beskederne om snerydning på engelsk?", "SNE 2"),
    yes("Skal grundejerne selv rydde fortovet?", "SNE 2"),
    yes("Godkender vejchefen sms-teksterne?", "SNE 2"),
    no("Skal borgmesteren godkende sms-teksterne?", "SNE 2", any_=["vejchef"]),
    unknown("Kan borgerne afmelde sms-tjenesten igen?"),
    # English
    yes_en("Is it free for citizens to report rats?", "4401"),
    no_en("Does the supplier host the rat reporting solution?", "4401"),
    no_en("Is task ROT 02 mandatory?", "4402"),
    yes_en("Does the environment committee have to approve the RatStop contract?", "4401"),
    yes_en("Is the snow clearing contract signed by the road manager?", "SNE 1"),
    yes_en("Is the SMS service free?", "SNE 2"),
    unknown("Is the snow clearing contract hosted in Denmark?", kind="english"),
    # consequences
    effect("Hvad sker der, hvis kontrakten med RatStop ikke er underskrevet inden go-live?", "4401", all_=["formularen"]),
    effect("Hvad sker der hvis databehandleraftalen for rotteanmeldelsen mangler?", "4401", any_=["ikke tages i brug"]),
    effect("Hvad sker der, hvis grundejeren ikke giver adgang til ejendommen?", "4402", all_=["påbud"]),
    effect("Hvad er konsekvensen, hvis grundejeren ikke overholder påbuddet?", "4402", all_=["bøde"]),
    effect("Hvad sker der hvis kloakmesteren ikke afleverer sin rapport?", "4402", all_=["tilskud"]),
    effect("Hvad er konsekvensen af en manglende rapport fra kloakmesteren?", "4402", all_=["tilskud"]),
    effect("Hvad sker der, hvis entreprenøren ikke har ryddet cykelstierne inden kl. 6?", "SNE 1", all_=["5.000"]),
    effect("Hvad sker der hvis GPS-dataene ikke bliver afleveret?", "SNE 1", all_=["faktura"]),
    effect("Hvad sker der, hvis en grundejer ikke rydder fortovet?", "SNE 2", all_=["erstatningsansvarlig"]),
    effect("Hvad sker der hvis sms-tjenesten går ned?", "SNE 2", all_=["hjemmeside"]),
    effect("What happens if the contractor misses the 6 am deadline?", "SNE 1", all_=["5.000"]),
    effect("What happens if the GPS data is not delivered?", "SNE 1", all_=["faktura"]),
    effect("What happens if the RatStop contract is not signed before go-live?", "4401", all_=["formularen"]),
    effect("What is the consequence if a property owner does not clear the pavement?", "SNE 2", all_=["erstatningsansvarlig"]),
    unknown("Hvad sker der hvis miljøudvalget ikke godkender kontrakten?", kind="consequence"),
    unknown("Hvad sker der, hvis vejchefen ikke godkender sms-teksterne?", kind="consequence"),
    unknown("Hvad sker der, hvis borgerne ikke tilmelder sig sms-tjenesten?", kind="consequence"),
    unknown("Hvad sker der hvis kopien af kontrakten ikke sendes til KLIK?", kind="consequence"),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("questions.jsonl")
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS), encoding="utf-8")
    print(len(QUESTIONS), "questions,", sum(not x["found"] for x in QUESTIONS), "not answerable")
