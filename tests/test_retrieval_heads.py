"""A passage that names a compound of the question only by its head ('Aftalen ...' for
'afsenderaftalen') accounts for part of that word, in a task that writes the whole compound."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import MethodStep, Task
from knowledge.qa.analysis import analyse
from knowledge.retrieval import HEAD_SHARE, rank_passages, refers_back


def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([
        Task(id="9101", title="(DP 90) Afsenderaftale med Digitaliseringsstyrelsen",
             description="Kommunen skal have en gyldig afsenderaftale. Samtidig fornyes "
                         "databehandleraftalen. Aftalen returneres i underskrevet stand til styrelsen "
                         "inden for tre uger."),
        Task(id="9102", title="(KY 90) Serviceaftale for økonomisystemet",
             description="Aftalen returneres til leverandøren efter godkendelse i direktionen."),
    ])


def _hits(kb: KnowledgeBase, question: str):
    index = index_for(kb)
    q = analyse(index, question)
    return index, q, rank_passages(index, q, limit=10, min_coverage=0.0)


def test_head_of_a_compound_counts_in_part_where_the_task_writes_the_compound():
    index, q, hits = _hits(_kb(), "hvordan returneres afsenderaftalen?")
    said = next(h for h in hits if "Aftalen returneres i underskrevet" in index.passages[h.pid].text)
    compound = next(t.pos for t in q.tokens if t.surface == "afsenderaftalen")
    assert said.partial == {compound} and compound in said.explained
    full = q.coverage(said.explained)
    expected = full - (1 - HEAD_SHARE) * q.coverage({compound})
    assert said.coverage < full and abs(said.coverage - expected) < 1e-9


def test_head_is_not_credited_in_a_task_without_the_compound():
    index, q, hits = _hits(_kb(), "hvordan returneres afsenderaftalen?")
    other = [h for h in hits if index.tasks[h.task].id == "9102"]
    assert all(not h.partial for h in other)


def test_who_question_needs_the_compound_itself():
    _, _, hits = _hits(_kb(), "hvem returnerer afsenderaftalen?")
    assert all(not h.partial for h in hits)


def test_yes_no_question_needs_the_compound_itself():
    # a Ja/Nej on 'afsenderaftalen' is not settled by a sentence on some 'aftale'
    _, q, hits = _hits(_kb(), "returneres afsenderaftalen i underskrevet stand?")
    assert q.yesno and all(not h.partial for h in hits)


# A definite head refers back to the compound the text last named with that head: the sentence says
# the thing itself, so it counts in full, also for 'hvem' and a yes/no.
def _referring_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([
        Task(id="9103", title="(SP 91) Oplæring af medarbejdere",
             description="Alle medarbejdere skal gennemføre e-læringsforløbet. Forløbet tager ca. "
                         "90 minutter. Bagefter afholdes et heldagskursus for superbrugerne. Forløbet på "
                         "kurset ledes af KOMBIT.",
             method_steps=[MethodStep(number=1, text="Tilmeld superbrugerne")]),
        Task(id="9104", title="(SP 92) Indgåelse af databehandleraftale",
             description="Databehandleraftalen underskrives af kommunaldirektøren. Leverandøren er "
                         "underdatabehandler. Aftalen kan opsiges med 6 måneders varsel.",
             method_steps=[MethodStep(number=1, text="Gennemgå aftalen med kommunens DPO")]),
    ])


def _passage(index, text: str) -> int:
    return next(pid for pid, p in enumerate(index.passages) if p.text.startswith(text))


def test_a_definite_head_refers_back_to_the_compound_just_named():
    index, q, hits = _hits(_referring_kb(), "hvor lang tid tager e-læringsforløbet?")
    said = next(h for h in hits if index.passages[h.pid].text.startswith("Forløbet tager"))
    compound = next(t.pos for t in q.tokens if t.surface.endswith("forløbet"))
    assert compound in said.explained and compound not in said.partial


def test_the_reference_reaches_over_other_sentences_and_into_the_steps():
    index, q, hits = _hits(_referring_kb(), "hvem skal databehandleraftalen gennemgås med?")
    step = next(h for h in hits if index.passages[h.pid].text.endswith("kommunens DPO"))
    compound = next(t.pos for t in q.tokens if t.surface == "databehandleraftalen")
    assert compound in step.explained and not step.partial
    later = _passage(index, "Aftalen kan opsiges")
    assert refers_back(index, later, "aftal", frozenset({"databehandleraftal"}))


def test_a_head_after_another_compound_with_it_refers_to_that_one():
    index = index_for(_referring_kb())
    # after 'heldagskursus', but the last compound with 'forløb' was e-læringsforløbet
    later = _passage(index, "Forløbet på kurset")
    assert refers_back(index, later, "forlob", frozenset({"laringsforlob"}))
    # the afsenderaftale task: 'Aftalen' after 'databehandleraftalen' is not the afsenderaftale
    index = index_for(_kb())
    later = _passage(index, "Aftalen returneres i")
    assert not refers_back(index, later, "aftal", frozenset({"afsenderaftal"}))


def test_an_indefinite_head_refers_to_nothing():
    kb = KnowledgeBase.from_tasks([Task(id="9105", title="(SP 93) Aftaler",
                                        description="Kommunen har en rammeaftale. En aftale kan opsiges.")])
    index = index_for(kb)
    assert not refers_back(index, _passage(index, "En aftale"), "aftal", frozenset({"rammeaftal"}))


def test_a_head_referring_back_counts_a_little_below_the_compound_named():
    index, q, hits = _hits(_referring_kb(), "hvor lang tid tager e-læringsforløbet?")
    said = next(h for h in hits if index.passages[h.pid].text.startswith("Forløbet tager"))
    compound = next(t.pos for t in q.tokens if t.surface.endswith("forløbet"))
    assert said.referred == {compound}
    # a yes/no weighs the sentence's own words: only a head that opens its sentence right after the one
    # naming the compound (two passages back at most, in the same field) refers back, and a head alone
    # is never a part of the compound
    index, q, hits = _hits(_referring_kb(), "tager e-læringsforløbet 90 minutter?")
    assert q.yesno and all(not h.partial for h in hits)
    assert {index.passages[h.pid].text for h in hits if h.referred} == {"Forløbet tager ca. 90 minutter."}
