"""Synthetic KLIK-like tasks and questions with known answers, from a seeded random generator."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.models import ChecklistItem, Fact, MethodStep, Signature, Task

PROJECTS = ["KY", "KP", "KSD", "SAPA", "FLIS", "KP Videreudvikling", "KY Støttesystemer"]
PRIORITIES = ["Prioritet 1", "Prioritet 2", "Prioritet 3", "Obligatorisk", "Valgfri",
              "Obligatorisk på kritisk vej"]
PHASES = ["Fase 1.1: Forberedelse", "Fase 2.1: Planlægning", "Fase 2.2: Klargøring", "Fase 3.1: Test",
          "Fase 4.1: Idriftsættelse"]
THEMES = ["It-miljø og infrastruktur", "Organisation og forandring", "Jura og aftaler", "Integrationer",
          "Data og konvertering", "Uddannelse"]
AREAS = ["Finans", "Løn", "Personale", "Dokumenter", "Borger", "Sag", "Ydelser", "Økonomi", "Byg", "Data"]
VERBS = ["Klargør", "Tilslut", "Test", "Opsæt", "Bestil", "Konverter", "Afprøv", "Etabler", "Oprydning i",
         "Godkend"]
THINGS = ["bogføringssystem", "lønsystem", "ESDH-system", "sagssystem", "fagsystem", "brugerstyring",
          "økonomisystem", "dokumentboks", "ydelsessystem", "integrationsplatform", "printløsning",
          "rapporteringsværktøj"]
ROLES = ["systemansvarlig for bogføringssystemet", "lønkonsulent", "it-chef", "ESDH-ansvarlig",
         "aftaleadministrator", "økonomichef", "projektleder", "digitaliseringskonsulent",
         "informationssikkerhedskoordinator", "KP-systemansvarlig", "fagsystemansvarlig"]
DOCUMENTS = ["bestillingsformular", "databehandleraftale", "tilslutningsaftale", "serviceaftale", "fuldmagt",
             "dueslagsaftale", "samtykkeerklæring", "leveranceaftale"]
ORGS = ["Digitaliseringsstyrelsen", "KOMBIT", "Datafordeleren", "Udbetaling Danmark", "KL", "Skattestyrelsen",
        "Statens Administration", "Netcompany", "KMD", "Fujitsu", "EG", "Ejerkredsen", "Systematic"]
MUNICIPALITIES = ["Kolding", "Herning", "Odense", "Aarhus", "Aalborg", "Esbjerg", "Vejle", "Randers",
                  "Horsens", "Silkeborg", "Gentofte", "Roskilde", "Næstved", "Holbæk", "Viborg", "Ballerup"]
CODE_WORDS = ["eFaktura", "NemLog-in", "Byg", "SAG", "Løn", "BBR", "Fordeling", "Ydelse", "Konvertering",
              "Borger", "Print", "Adgang", "Klassifikation", "Journal", "Test", "Drift"]
CONTEXTS = ["forvaltningsansvarlig", "driftsansvarlig", "leverandør"]
_CONS = "bdfgklmnprstv"
_VOWS = "aeiouyæøå"

STEP_TEMPLATES = [
    "Læs opgaven og stil eventuelle spørgsmål via besked i KLIK",
    "Påfør ansvarlig og udfører på opgaven og opdater udførelsesstatus til \"påbegyndt\"",
    "Kontakt {role} og aftal hvem der bestiller opsætning af {iface}",
    "Bestil adgang til testmiljøet for {system} hos {org}",
    "Gennemfør test af {iface} sammen med {role}",
    "Modtag {doc} fra {org} og få den underskrevet af {signer}",
    "Returner {doc} til {org} i underskrevet stand senest {days} dage efter modtagelse",
    "Få bekræftet af {org}, at {system} er sat op i produktion",
    "Opdater udførelsesstatus på KLIK-opgaven til \"fuldført\"",
]


@dataclass
class Question:
    """A question with the checks a right answer passes (found, a phrase it contains, its source)."""

    text: str
    kind: str
    found: bool = True
    expect: list[str] = field(default_factory=list)
    source: str | None = None


def _name(rng: random.Random, used: set[str], consonants: str = _CONS) -> str:
    """A system-like name ('Valtrix', 'Nordelo') never handed out before."""
    while True:
        syllables = "".join(rng.choice(consonants) + rng.choice(_VOWS) for _ in range(rng.randint(2, 3)))
        name = (syllables + rng.choice(["x", "n", "s", "m", "ra", "ta", ""])).capitalize()
        if name not in used and name.isascii():
            used.add(name)
            return name


def make_tasks(n: int, *, seed: int = 7) -> list[Task]:
    """n varied tasks: ids or codes, projects, waves, facts with exceptions, steps, signatures."""
    rng = random.Random(seed)
    used: set[str] = set()
    tasks = []
    codes: set[str] = set()
    interfaces: set[str] = set()
    for i in range(n):
        project = rng.choice(PROJECTS)
        system = f"{_name(rng, used)} {rng.choice(['Økonomi', 'Løn', 'Sag', 'Data', 'Cloud'])}"
        while (iface := f"SF{rng.randint(1000, 9999)}_{rng.choice('ABCD')}") in interfaces:
            pass
        interfaces.add(iface)
        org, role = rng.choice(ORGS), rng.choice(ROLES)
        if rng.random() < 0.3:
            while (code := f"{rng.choice(CODE_WORDS)} {rng.randint(1, 400)}{rng.choice(['', 'a', 'b'])}") \
                    in codes:
                pass
            codes.add(code)
            task_id, title = code, f"({code}) {rng.choice(VERBS)} {rng.choice(THINGS)} for {system}"
        else:
            task_id = str(10_000 + i)
            title = (f"SA {rng.randint(1, 40):02d} ({rng.choice(AREAS)}) {rng.choice(VERBS)} "
                     f"{rng.choice(THINGS)} "
                     f"til {project} – {system} (B{rng.randint(1, 5)})")
        tasks.append(_task(rng, used, task_id, title, project, system, iface, org, role))
    return tasks


def _task(rng: random.Random, used: set[str], task_id: str, title: str, project: str, system: str,
          iface: str, org: str, role: str) -> Task:
    context = rng.choice(CONTEXTS)
    subjects = [_name(rng, used) for _ in range(rng.randint(2, 4))]
    vendors = [rng.choice(ORGS) for _ in subjects]
    exception = rng.randrange(len(subjects))
    town = rng.choice(MUNICIPALITIES)
    values = [v + (f" (undtaget er {town} Kommune, der har hjemtaget driften)" if j == exception else "")
              for j, v in enumerate(vendors)]
    doc = rng.choice(DOCUMENTS) if rng.random() < 0.4 else None
    signer = rng.choice(ROLES)
    fill = {"role": role, "iface": iface, "system": system, "org": org, "doc": doc or "blanketten",
            "signer": signer, "days": rng.randint(5, 30)}
    templates = STEP_TEMPLATES[:2] + rng.sample(STEP_TEMPLATES[2:-1], rng.randint(1, 4)) + STEP_TEMPLATES[-1:]
    if doc is None:
        templates = [t for t in templates if "{doc}" not in t]
    steps = [MethodStep(number=k, text=t.format(**fill)) for k, t in enumerate(templates, 1)]
    sign_steps = [s.number for s in steps if doc and doc in s.text]
    wait = rng.randint(5, 40)
    consequence = (f"Hvis opgaven ikke gennemføres, kan {project} ikke "
                   f"{rng.choice(['sende', 'modtage', 'bogføre'])} "
                   f"{rng.choice(['finansbilag', 'lønoplysninger', 'dokumenter', 'ydelser', 'afgørelser'])} "
                   f"via {system}.") if rng.random() < 0.5 else ""
    description = "\n\n".join(p for p in [
        f"Det er kommunens opgave at sikre, at {system} er klar til {project}. "
        f"{org} har på kommunernes vegne "
        f"igangsat arbejdet med snitfladen {iface}.",
        f"{context[:1].upper() + context[1:]} er for de fleste kommuners vedkommende:\n"
        + "\n".join(f"- {s}: {v}" for s, v in zip(subjects, values, strict=True)),
        f"Behandlingstiden hos {org} for {system} er op til {wait} arbejdsdage.",
        (f"Kommunen skal underskrive en {doc}, som {org} fremsender." if doc else ""),
        consequence,
    ] if p)
    checklist = [ChecklistItem(number=k, title=f"{rng.choice(VERBS)} {rng.choice(THINGS)}",
                               status=rng.choice(["Gennemført", "Ej gennemført"]))
                 for k in range(1, rng.randint(1, 3))]
    return Task(
        id=task_id, code=task_id if not task_id.isdigit() else None, title=title, project=project,
        phase=rng.choice(PHASES), theme=rng.choice(THEMES), priority=rng.choice(PRIORITIES),
        sts_infrastructure=rng.random() < 0.4, duration_days=rng.randint(1, 20),
        end_offset_days=-rng.randint(10, 250), start_offset_days=-rng.randint(5, 60),
        waves=[f"{project} - Bølge {rng.randint(1, 5)}"],
        goal=f"Kommunen sikrer, at {system} kan {rng.choice(['modtage', 'sende'])} data fra {project} "
             f"via snitfladen {iface}.",
        description=description, method_steps=steps,
        result=f"Opgaven kan markeres som fuldført, når {org} har bekræftet opsætningen af {system}.",
        recommended_executor=role[:1].upper() + role[1:],
        recommended_responsible=signer[:1].upper() + signer[1:],
        checklist=checklist,
        facts=[Fact(subject=s, value=v, context=context) for s, v in zip(subjects, values, strict=True)],
        signatures=[Signature(document=doc, signer=signer, recipient=org, steps=sign_steps)] if doc else [],
    )


def make_questions(tasks: list[Task], count: int, *, seed: int = 11) -> list[Question]:
    """Questions people would ask about these tasks, and ~20% the knowledge base cannot answer."""
    rng = random.Random(seed)
    known_names = sorted({w.casefold() for t in tasks for f in [*t.facts, Fact(subject=_system(t), value="",
                                                                            context="")]
                          for w in f.subject.split()})
    out: list[Question] = []
    while len(out) < count:
        if rng.random() < 0.2:
            out.append(_not_found(rng, known_names, len(tasks)))
            continue
        task = rng.choice(tasks)
        out.append(rng.choice(_ASKERS)(rng, task))
    return out


def _fact_q(rng: random.Random, task: Task) -> Question:
    fact = rng.choice(task.facts)
    subject = _typo(rng, fact.subject) if rng.random() < 0.25 else fact.subject
    text = rng.choice([f"hvem er {fact.context} for {subject}?", f"{subject} {fact.context}",
                       f"who is the {fact.context} for {subject}?"])
    return Question(text, "fact", expect=[fact.value], source=task.id)


def _step_q(rng: random.Random, task: Task) -> Question:
    step = rng.choice(task.method_steps)
    return Question(rng.choice([f"hvad er trin {step.number} i {task.id}?", f"{task.id} trin {step.number}",
                                f"what is step {step.number} in {task.id}?"]), "step",
                    expect=[step.text], source=task.id)


def _when_q(rng: random.Random, task: Task) -> Question:
    return Question(rng.choice([f"hvornår skal {task.id} starte?", f"hvornår er deadline for {task.id}"]),
                    "when", expect=[f"{-task.end_offset_days} dage før go-live"], source=task.id)


def _goal_q(rng: random.Random, task: Task) -> Question:
    return Question(rng.choice([f"hvad er målet med {task.id}?", f"what is the goal of task {task.id}?"]),
                    "field", expect=[task.goal], source=task.id)


def _interface_q(rng: random.Random, task: Task) -> Question:
    iface = task.goal.rsplit(" ", 1)[-1].rstrip(".")
    typed = rng.choice([iface, iface.replace("_", " "), iface[2:].replace("_", "")])
    return Question(f"hvad er {typed}?", "interface", expect=[iface], source=task.id)


def _passage_q(rng: random.Random, task: Task) -> Question:
    line = next(p for p in task.description.split("\n\n") if p.startswith("Behandlingstiden"))
    org, system = line.split(" hos ")[1].split(" for ")[0], line.split(" for ")[1].split(" er ")[0]
    days = line.split("op til ")[1].split()[0]
    return Question(f"hvor lang er behandlingstiden hos {org} for {system}?", "passage",
                    expect=[f"{days} arbejdsdage"], source=task.id)


def _sign_q(rng: random.Random, task: Task) -> Question:
    if not task.signatures:
        return _step_q(rng, task)
    sig = task.signatures[0]
    return Question(f"hvem skal underskrive {sig.document}en i {task.id}?", "signature",
                    expect=[sig.signer], source=task.id)


def _consequence_q(rng: random.Random, task: Task) -> Question:
    said = next((p for p in task.description.split("\n\n") if p.startswith("Hvis opgaven")), None)
    if said is None:
        return _goal_q(rng, task)
    return Question(f"hvad sker der hvis {task.id} ikke gennemføres?", "consequence", expect=[said],
                    source=task.id)


_ASKERS = [_fact_q, _fact_q, _step_q, _when_q, _goal_q, _interface_q, _passage_q, _sign_q, _consequence_q]


def _not_found(rng: random.Random, known_names: list[str], n: int) -> Question:
    # A name within two typos of a known one would rightly be read as that one: not asked. Other
    # consonants than the known names' keep the two apart.
    while process.extractOne((unknown := _name(rng, set(), "hjwzcq")).casefold(), known_names,
                             scorer=OSA.distance, score_cutoff=2) is not None:
        pass
    unknown += rng.choice(["", " Cloud"])
    text = rng.choice([f"hvem er forvaltningsansvarlig for {unknown}?",
                       f"hvad er trin 2 i opgave {90_000 + n}?",
                       "hvordan bliver vejret i morgen?", "hvem er Mette Hansen?", f"who handles {unknown}?",
                       "hvad koster en pizza?", f"hvem er driftsansvarlig for {unknown} i Kolding?"])
    return Question(text, "not found", found=False)


def _system(task: Task) -> str:
    """The task's own system name, as its goal states it ('Kommunen sikrer, at Rapobem Data ...')."""
    return task.goal.split(", at ", 1)[1].split(" kan ")[0]


def _typo(rng: random.Random, name: str) -> str:
    """Swap two inner letters of the first word: 'Prisme' -> 'Prsime'."""
    word, *rest = name.split()
    if len(word) < 5:
        return name
    i = rng.randint(1, len(word) - 3)
    word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return " ".join([word, *rest])


# ---------------------------------------------------------------- real phrasing
# The same facts asked the way people write in Slack: other word order, other verbs, English,
# filler words; none of these is a template the tasks or the engine were written from.


def _fact_phrased(rng: random.Random, task: Task) -> Question:
    fact = rng.choice(task.facts)
    c, s = fact.context, fact.subject
    text = rng.choice([f"ved du hvem der er {c} på {s}?", f"hvem har vi som {c} til {s}",
                       f"{s} - hvem er {c} der?", f"who's the {c} for {s} again?",
                       f"hvem er det nu der er {c} for {s}?", f"hvem står som {c} på {s}?"])
    return Question(text, "fact", expect=[fact.value], source=task.id)


def _step_phrased(rng: random.Random, task: Task) -> Question:
    step = rng.choice(task.method_steps)
    n, i = step.number, task.id
    text = rng.choice([f"hvad går trin {n} i opgave {i} ud på?", f"hvad skal vi gøre i trin {n} af {i}?",
                       f"what do we do in step {n} of task {i}?", f"trin {n} på {i}, hvad er det?"])
    return Question(text, "step", expect=[step.text], source=task.id)


def _when_phrased(rng: random.Random, task: Task) -> Question:
    i = task.id
    text = rng.choice([f"hvornår skal vi være færdige med {i}?", f"hvad er fristen for {i}?",
                       f"when is task {i} due?", f"hvornår skal {i} være løst?"])
    return Question(text, "when", expect=[f"{-task.end_offset_days} "], source=task.id)


def _sign_phrased(rng: random.Random, task: Task) -> Question:
    if not task.signatures:
        return _step_phrased(rng, task)
    sig, i = task.signatures[0], task.id
    text = rng.choice([f"hvem skriver under på {sig.document}en i {i}?",
                       f"hvem skal signere {sig.document}en til {i}?",
                       f"who signs the {sig.document} in task {i}?"])
    return Question(text, "signature", expect=[sig.signer], source=task.id)


def _consequence_phrased(rng: random.Random, task: Task) -> Question:
    said = next((p for p in task.description.split("\n\n") if p.startswith("Hvis opgaven")), None)
    if said is None:
        return _fact_phrased(rng, task)
    text = rng.choice([f"hvad sker der, hvis vi ikke når {task.id}?",
                       f"hvad er konsekvensen, hvis {task.id} ikke bliver gjort?",
                       f"what happens if task {task.id} is not done?"])
    return Question(text, "consequence", expect=[said], source=task.id)


_PHRASED = [_fact_phrased, _fact_phrased, _step_phrased, _when_phrased, _sign_phrased, _consequence_phrased]


def make_phrased_questions(tasks: list[Task], count: int, *, seed: int = 23) -> list[Question]:
    """Questions in people's own phrasing, and ~20% the knowledge base cannot answer."""
    rng = random.Random(seed)
    known_names = sorted({w.casefold() for t in tasks for f in t.facts for w in f.subject.split()})
    out: list[Question] = []
    while len(out) < count:
        if rng.random() < 0.2:
            out.append(_not_found(rng, known_names, len(tasks)))
        else:
            out.append(rng.choice(_PHRASED)(rng, rng.choice(tasks)))
    return out
