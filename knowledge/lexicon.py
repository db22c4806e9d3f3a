"""The words questions are built from: question types and task fields in Danish and English."""

from __future__ import annotations

from knowledge.fold import key, words

# Concept -> the words (Danish and English, any inflection the stemmer does not join) that ask
# for it. A word may serve several concepts ("underskrift" is both a field and a list criterion).
CONCEPT_WORDS: dict[str, str] = {
    "who": "hvem who whom whose",
    "what": "hvad what",
    "which": "hvilke hvilken hvilket which",
    "list": "liste list oversigt overview alle all samtlige",
    "when": "hvornår when dato datoer date dates deadline deadlines frist frister tidsfrist tidspunkt",
    "start": "start starte startes starter startdato begynde begynder begin begins began påbegynde",
    "end": "slut slutdato slutter færdig færdiggøres færdiggjort afslutte afsluttes løst løses løse finish "
           "finished end "
           "ends due",
    "golive": "golive live idriftsættelse idriftsættelsen idriftsat",
    "duration": "varighed tid dage duration long days",
    "sign": "underskrift underskrifter underskrive underskrives underskriver underskrevet underskriv "
            "underskriftsberettiget underskriftsberettigede signere signeres signering sign signs signed "
            "signature signatures signing signer signatory",
    "step": "trin skridt step steps punkt punkter",
    "method": "metode fremgangsmåde method procedure approach how hvordan gøre gøres gør do",
    "goal": "mål målet formål formålet goal goals purpose aim objective",
    "result": "resultat resultatet outcome result results",
    "description": "beskrivelse beskrivelsen description",
    "priority": "prioritet prioriteten prioriteret priority prioritised prioritized obligatorisk "
                "obligatoriske valgfri valgfrie mandatory optional required",
    "project": "projekt projektet projekter project projects",
    "phase": "fase fasen phase",
    "theme": "tema temaet theme",
    "wave": "bølge bølgen bølger wave waves",
    "sts": "sts infrastruktur infrastrukturopgave infrastructure",
    "publication": "publicering publiceringsstatus publiceret published publication",
    "related": "relateret relaterede relation relationer relateres related relates relation sammenhæng "
               "tilknyttet",
    "involved": "involveret involverede parter part involved parties party",
    "executor": "udfører udførende udføre udføres executor performs perform performer carries execute",
    "responsible": "ansvarlig ansvarlige ansvar ansvaret responsible owner owns accountable",
    "status": "status gennemført gennemføres gennemføre gennemfør fuldført fuldføres mangler "
              "missing completed complete done klar ready finished",
    "consequence": "sker ske happens happen konsekvens konsekvenser consequence consequences",
    "negation": "ikke not ej never aldrig",
    "if": "hvis if",
    "task": "opgave opgaver opgaven opgaverne task tasks klik klikopgave id nummer nr",
    "link": "link links url hjemmeside website",
    "title": "titel titlen hedder title called named",
    "fact": "leverandør leverandøren leverer levere leveres leverede supplier supplies vendor provider "
            "provides drifter drives runs",
}

CONCEPTS: dict[str, frozenset[str]] = {}
for _name, _text in CONCEPT_WORDS.items():
    for _word in words(_text):
        CONCEPTS.setdefault(key(_word), frozenset())
        CONCEPTS[key(_word)] |= {_name}

# Concepts that only frame a question: they carry no weight of their own.
FRAMING = frozenset({"who", "what", "which", "when", "if", "negation", "task", "list"})

# Words naming a number that is not a task: "trin 3", "bølge 3", "prioritet 1", "fase 2".
NUMBER_NOUNS = frozenset(key(w) for w in words(
    "trin step punkt bølge wave prioritet priority fase phase dag dage day days uge week kl klokken "
    "version år year måned month side page"))
STEP_NOUNS = frozenset(key(w) for w in words("trin step punkt skridt"))
WAVE_NOUNS = frozenset(key(w) for w in words("bølge bølgen wave b"))
TASK_NOUNS = frozenset(key(w) for w in words("opgave opgaven task klikopgave id nummer nr no"))

ORDINALS: dict[str, int] = {key(w): n for n, ws in enumerate([
    "første first 1st", "anden andet second 2nd", "tredje third 3rd", "fjerde fourth 4th",
    "femte fifth 5th", "sjette sixth 6th", "syvende seventh 7th", "ottende eighth 8th",
    "niende ninth 9th", "tiende tenth 10th"], start=1) for w in words(ws) if not w.isdigit()}
LAST = frozenset(key(w) for w in words("sidste last final"))
