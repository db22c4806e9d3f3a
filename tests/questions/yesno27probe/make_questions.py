"""Writes questions.jsonl for yesno27probe: a probe written after the s44 yesno changes, on a new task."""
# ruff: noqa: E501 - one question a line reads better than wrapped data
import json
from pathlib import Path


def q(text, found=True, all_=(), any_=(), none=(), src=("4451",), kind="yes-no"):
    return {"q": text, "found": found, "all": list(all_), "any": list(any_), "none": list(none),
            "src": list(src) if found else [], "kind": kind}


QUESTIONS = [
    q("Løber leveranceaftalen med ScanPark i 6 år?", all_=["ja"], none=["nej"]),
    q("Løber leveranceaftalen med ScanPark i 1 år?", all_=["nej"], any_=["6 år"], none=["ja"]),
    q("Opbevares scanningsdata i 5 år?", all_=["nej"], any_=["1 år"], none=["ja"]),
    q("Kan bilisterne se alle parkeringer i appen?", found=False),
    q("Kan bilisterne se deres egne parkeringer?", all_=["ja"], none=["nej"]),
    q("Er appen gratis for bilisterne?", all_=["ja"], none=["nej"]),
    q("Kræver appen MitID?", all_=["nej"], none=["ja"]),
    q("Skal borgmesteren underskrive leveranceaftalen?", all_=["nej"], any_=["by- og miljødirektør"], none=["ja"]),
    q("Er PARK 01 obligatorisk?", all_=["ja"], none=["nej"]),
    q("Hvad sker der, hvis leveranceaftalen med ScanPark ikke er underskrevet i tide?", all_=["udskydes"], kind="consequence"),
    q("What happens if the ScanPark agreement is not signed in time?", all_=["udskydes"], kind="consequence"),
    q("Hvad sker der, hvis vi ikke uddanner vagterne?", all_=["scannerne"], kind="consequence"),
    q("Hvad sker der, hvis scannerne går i stykker?", found=False, kind="consequence"),
    q("Hvad sker der, hvis ScanPark ikke leverer scannerne til tiden?", found=False, kind="consequence"),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("questions.jsonl")
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in QUESTIONS), encoding="utf-8")
    print(len(QUESTIONS), "questions")
