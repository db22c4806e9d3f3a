"""Lists across tasks, read from the task fields and text: by project, wave, priority (Danish and
English, 'obligatorisk' including 'obligatorisk på kritisk vej'), signature, text deadline and words
the tasks mention; each task with its label and the sources; honest when nothing passes or the
question names a value no task has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import Task
from knowledge.parse import parse_file
from knowledge.qa.pipeline import answer

EXPORTS = Path(__file__).parent / "fixtures" / "exports" / "more"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    tasks = [t for f in sorted(EXPORTS.glob("*.txt")) for t in parse_file(f)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


def _listed(text: str) -> set[str]:
    """The task ids on the answer's bullet lines."""
    return {line[2:].split(" – ")[0] for line in text.splitlines() if line.startswith("• ")}


def _signed(task) -> bool:
    """Whether a task has a paper to sign (an approval of a thing is no signature)."""
    return any(not s.approval for s in task.signatures)


def _priority_ids(kb, *words: str) -> set[str]:
    return {t.id for t in kb.tasks if t.priority and all(w in t.priority.casefold() for w in words)}


@pytest.mark.parametrize("question", ["hvilke opgaver er valgfrie?", "which tasks are optional?",
                                      "list the optional tasks", "vis de valgfri opgaver"])
def test_optional_tasks(kb, question):
    result = answer(kb, question)
    assert result.found, result.answer
    assert _listed(result.answer) == _priority_ids(kb, "valgfri")
    assert set(result.sources) == _priority_ids(kb, "valgfri")


@pytest.mark.parametrize("question", ["hvilke opgaver ligger på den kritiske vej?",
                                      "which tasks are on the critical path?",
                                      "hvilke opgaver er obligatoriske på kritisk vej?"])
def test_critical_path_tasks(kb, question):
    result = answer(kb, question)
    assert result.found and _listed(result.answer) == _priority_ids(kb, "kritisk vej"), result.answer


@pytest.mark.parametrize("question", ["hvilke opgaver er obligatoriske?", "which tasks are mandatory?"])
def test_mandatory_includes_mandatory_on_the_critical_path(kb, question):
    listed = _listed(answer(kb, question).answer)
    assert listed == _priority_ids(kb, "obligatorisk")
    assert _priority_ids(kb, "kritisk vej") <= listed


def test_numbered_priority_within_a_project(kb):
    result = answer(kb, "giv mig en liste over KY-opgaverne med prio 1")
    ky_first = {t.id for t in kb.tasks if t.project == "KY" and t.priority == "Prioritet 1"}
    assert result.found and _listed(result.answer) == ky_first


@pytest.mark.parametrize(("question", "lang"), [("hvilke opgaver er anbefalede?", "da"),
                                                ("which tasks are recommended?", "en")])
def test_a_priority_no_task_has_is_said_not_searched_for(kb, question, lang):
    result = answer(kb, question)
    assert not result.found and not _listed(result.answer)
    assert ("Anbefalet" in result.answer) if lang == "da" else ("priority" in result.answer)


def test_a_wave_that_does_not_exist_is_an_honest_empty_list(kb):
    result = answer(kb, "hvilke opgaver er i bølge 8?")
    assert not result.found and "bølge 8" in result.answer and not _listed(result.answer)


def test_project_and_wave_together(kb):
    result = answer(kb, "which tasks are in wave 2 of Støttesystemerne?")
    expected = {t.id for t in kb.tasks if "Støttesystemerne - Bølge 2" in t.waves}
    assert result.found and _listed(result.answer) == expected and result.lang == "en"


def _count(text: str) -> int:
    """The number of tasks a list answer says it has ('Opgaver med ... (17):'), shown or not."""
    return int(re.search(r"\((\d+)\):", text).group(1))


def test_deadline_before_and_after_go_live(kb):
    before = answer(kb, "hvilke opgaver har en frist før go-live?").answer
    after = answer(kb, "which tasks have a deadline after go-live?").answer
    anchored = {t.id: [d.days for d in t.text_deadlines if d.anchor == "go-live"] for t in kb.tasks}
    expect_before = {task for task, days in anchored.items() if any(d < 0 for d in days)}
    expect_after = {task for task, days in anchored.items() if any(d > 0 for d in days)}
    # A long list shows its first lines and says how many more: every line shown is right, and
    # the count is all of them.
    assert _listed(before) and _listed(before) <= expect_before and _count(before) == len(expect_before)
    assert _listed(after) and _listed(after) <= expect_after and _count(after) == len(expect_after)


def test_deadline_lists_quote_the_deadline(kb):
    text = answer(kb, "hvilke opgaver har frist efter modtagelsen?").answer
    assert "efter modtagelse" in text and _listed(text)


@pytest.mark.parametrize("question", ["hvilke opgaver nævner Netcompany?", "which tasks mention Netcompany?"])
def test_tasks_that_mention_an_organisation(kb, question):
    result = answer(kb, question)
    expected = {t.id for t in kb.tasks if "Netcompany" in t.model_dump_json()}
    assert result.found and _listed(result.answer) == expected and len(expected) >= 2


def test_tasks_about_a_subject(kb):
    result = answer(kb, "hvilke opgaver handler om abonnementer?")
    # BF 3 and BF 4 are about subscriptions; 7301 and 7302 (the Beskedfordeler export) too
    assert result.found and _listed(result.answer) == {"BF 3", "BF 4", "7301", "7302"}


def test_a_mention_nobody_makes(kb):
    result = answer(kb, "hvilke opgaver nævner SAP?")
    assert not result.found and "SAP" in result.answer


@pytest.mark.parametrize("question", ["hvilke opgaver kræver underskrift af borgmesteren?",
                                      "which tasks need a signature from the borgmester?"])
def test_tasks_a_signer_must_sign(kb, question):
    result = answer(kb, question)
    expected = {t.id for t in kb.tasks if any("borgmester" in s.signer for s in t.signatures)}
    assert result.found and _listed(result.answer) == expected
    assert "tilslutningsaftale" in result.answer  # the document, from the task


def test_every_task_with_a_signature(kb):
    result = answer(kb, "hvilke opgaver kræver en underskrift?")
    signed = {t.id for t in kb.tasks if t.signatures}
    assert result.found and len(_listed(result.answer)) == min(len(signed), 12)
    assert _listed(result.answer) <= signed


def test_a_question_for_one_value_is_no_list(kb):
    result = answer(kb, "hvilken rolle skal underskrive tilslutningsaftalen for Digital Post?")
    assert not _listed(result.answer)


@pytest.mark.parametrize(("question", "expected"), [("hvilke opgaver er i fasen Forberedelse?", {"KP 11"}),
                                                    ("which tasks are in the Opstart phase?", {"2101"})])
def test_tasks_of_a_phase(kb, question, expected):
    result = answer(kb, question)
    assert result.found and _listed(result.answer) == expected


@pytest.mark.parametrize(("question", "keep"), [
    ("hvilke opgaver er ikke obligatoriske?", lambda t: "obligatorisk" not in (t.priority or "").casefold()),
    ("which tasks are not mandatory?", lambda t: "obligatorisk" not in (t.priority or "").casefold()),
    ("hvilke KY-opgaver kræver ikke underskrift?", lambda t: t.project == "KY" and not _signed(t)),
    ("which tasks don't need a signature?", lambda t: not _signed(t))])
def test_a_negated_filter_lists_the_other_tasks(kb, question, keep):
    result = answer(kb, question)
    expected = [t.id for t in kb.tasks if keep(t)]
    assert result.found and _listed(result.answer) == set(expected[:12]), result.answer


def test_who_does_them_frames_a_list_by_a_party(kb):
    result = answer(kb, "hvilke opgaver skal løses af kommunaldirektøren?")
    assert result.found and {"3022", "2101"} <= _listed(result.answer)


def test_an_english_verb_is_not_searched_for_in_the_danish_text(kb):
    """'handle' stems like 'handler': in English, the names are what the tasks must mention."""
    result = answer(kb, "which tasks does Netcompany handle?")
    assert result.found and _listed(result.answer) == {"2102", "4101"}


def test_a_project_code_shared_by_two_projects_shows_both(kb):
    result = answer(kb, "which tasks are in the KP project?")
    projects = {t.project for t in kb.tasks if t.project and t.project.split()[0] == "KP"}
    assert result.found and all(p in result.answer for p in projects) and len(projects) == 2


@pytest.mark.parametrize("question", ["hvilke opgaver er prioriteret højest?",
                                      "which tasks have the highest priority?"])
def test_the_highest_priority_is_the_critical_path_or_not_known(kb, question):
    """'højest' is a word these tasks never use, so the answer may be unsure; never other tasks."""
    result = answer(kb, question)
    assert _listed(result.answer) == _priority_ids(kb, "kritisk vej") or not result.found, result.answer


def test_a_priority_it_cannot_read_is_not_searched_for_as_words(kb):
    result = answer(kb, "hvilke opgaver har en lav prioritet?")
    assert not _listed(result.answer) or not result.found


@pytest.mark.parametrize("question", ["hvilke opgaver nævner Fujitsu?", "hvilke opgaver omtaler Fujitsu?",
                                      "which tasks mention Fujitsu?"])
def test_the_words_that_ask_for_a_mention_need_not_be_in_the_tasks(question):
    """Tasks that never write 'nævner' or 'omtaler' are still searched for the name asked about."""
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="801", title="Opsæt lønsystem", project="Løn", description="Leverandøren er Fujitsu."),
        Task(id="802", title="Test lønsystem", project="Løn", description="Leverandøren tester selv."),
        Task(id="803", title="Luk gammelt system", project="Løn", description="Fujitsu lukker systemet.")])
    result = answer(kb, question)
    assert result.found and _listed(result.answer) == {"801", "803"}, result.answer


def test_tasks_that_start_or_end_before_go_live_by_their_own_offsets(kb):
    ends = _listed(answer(kb, "hvilke opgaver skal være færdige før go-live?").answer)
    starts = _listed(answer(kb, "which tasks start before go-live?").answer)
    ending = {t.id for t in kb.tasks if (t.end_offset_days or 0) < 0}
    assert ends <= ending and len(ends) == min(len(ending), 12)  # a list shows twelve and says how many more
    assert starts == {t.id for t in kb.tasks if (t.start_offset_days or 0) < 0}


@pytest.mark.parametrize("question", ["hvilke opgaver har ingen frist?", "which tasks have no deadline?"])
def test_tasks_without_a_deadline_in_the_text(kb, question):
    result = answer(kb, question)
    assert result.found and _listed(result.answer) == {t.id for t in kb.tasks if not t.text_deadlines}


def test_a_deadline_in_working_days(kb):
    result = answer(kb, "hvilke opgaver har frist i arbejdsdage?")
    expected = {t.id for t in kb.tasks if any(d.unit == "arbejdsdage" for d in t.text_deadlines)}
    assert result.found and _listed(result.answer) == expected


@pytest.mark.parametrize("question", ["hvilke opgaver hænger sammen med 3022?",
                                      "which other tasks depend on 3022?"])
def test_tasks_related_to_a_task_both_ways(question):
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="3021", title="Opret postkasser", project="DP", related_tasks=["3022"]),
        Task(id="3022", title="Tilslutningsaftale", project="DP", related_tasks=["3023", "9999"]),
        Task(id="3023", title="Test afsendelse", project="DP"),
        Task(id="3024", title="Noget andet", project="DP")])
    result = answer(kb, question)
    assert result.found and _listed(result.answer) == {"3021", "3023"}, result.answer


def _shared_opening_kb():
    """Two projects whose names open with the same word, as many KOMBIT projects do ('Fælles …')."""
    from knowledge.models import Task

    return KnowledgeBase.from_tasks([
        Task(id="811", title="Indgå aftale", project="Fælles Lønregister", description="Aftale."),
        Task(id="812", title="Udpeg brugere", project="Fælles Lønregister", description="Udpeg to brugere."),
        Task(id="813", title="Test snitflader", project="Fælles Børne- og Skoledata",
             description="Test snitfladen til skolesystemet.")])


@pytest.mark.parametrize(("question", "expected"), [
    ("hvilke opgaver hører til Lønregistret?", {"811", "812"}),
    ("which tasks belong to Lønregister?", {"811", "812"}),
    ("hvilke opgaver er der i Skoledata?", {"813"}),
])
def test_a_project_is_named_by_its_own_word_not_the_opening_it_shares(question, expected):
    """'Fælles Lønregister' is named by 'Lønregister(et)', not by 'fælles', which opens other names too."""
    result = answer(_shared_opening_kb(), question)
    assert result.found and _listed(result.answer) == expected, result.answer


def test_the_shared_opening_word_names_no_project():
    from knowledge.fold import key
    from knowledge.index import index_for

    assert key("fælles") not in index_for(_shared_opening_kb()).projects


def _coded_kb():
    from knowledge.models import Task

    return KnowledgeBase.from_tasks([
        Task(id="TOL 1", code="TOL 1", title="Indgå aftale", project="Tolkning", description="Aftale."),
        Task(id="TOL 2", code="TOL 2", title="Registrer behov", project="Tolkning", description="Sprog."),
        Task(id="821", title="SD 3 Opsæt løn", project="Personale",
             description="Leverandøren af SD Løn er Fujitsu."),
        Task(id="822", title="SD 4 Test løn", project="Personale", description="Test lønkørslen.")])


@pytest.mark.parametrize(("question", "expected"), [("hvilke TOL-opgaver er der?", {"TOL 1", "TOL 2"}),
                                                    ("which SD tasks are there?", {"821", "822"})])
def test_the_code_prefix_before_tasks_names_the_coded_tasks(question, expected):
    result = answer(_coded_kb(), question)
    assert result.found and _listed(result.answer) == expected, result.answer


def test_a_code_prefix_that_is_also_a_name_is_the_name():
    """'SD Løn' is a system, so the question is not scoped to the tasks coded 'SD 3', 'SD 4';
    'SD-opgaverne' are those tasks."""
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse

    index = index_for(_coded_kb())
    assert analyse(index, "hvem er leverandør af SD Løn?").project_tasks is None
    assert analyse(index, "hvem underskriver i SD-opgaverne?").project_tasks == frozenset({2, 3})


def test_words_left_over_within_a_project_narrow_it_even_to_none():
    """'hvilke opgaver i X kræver en fuldmagt?' when another project's task has one and none of X's
    does: none, not every task of X."""
    from knowledge.models import Task

    kb = KnowledgeBase.from_tasks([
        Task(id="831", title="Indgå aftale", project="Tolkning", description="Aftalen underskrives."),
        Task(id="832", title="Registrer behov", project="Tolkning", description="Registrer sprogene."),
        Task(id="833", title="Giv adgang", project="Vejdata", description="Opret en fuldmagt i NemLog-in.")])
    assert not answer(kb, "hvilke opgaver i projektet Tolkning skal have en fuldmagt?").found
    result = answer(kb, "hvilke opgaver i Vejdata kræver en fuldmagt?")
    assert result.found and _listed(result.answer) == {"833"}, result.answer


def _lists_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([
        Task(id="7101", title="Opsætning af skranker", project="Kundecenter", phase="Fase 2: Klargøring",
             end_offset_days=-30, description="Skrankerne sættes op. Parkering ved rådhuset er gratis."),
        Task(id="7102", title="Evaluering af åbningstider", project="Kundecenter", phase="Fase 4: Drift",
             end_offset_days=30, description="Åbningstiderne evalueres efter go-live."),
        Task(id="7103", title="Tilsynsrapporter", project="Tilsyn med plejehjem", end_offset_days=-10,
             description="Tilsynsrapporterne godkendes af plejechefen."),
    ])


@pytest.mark.parametrize(("question", "listed", "not_listed"), [
    ("hvilke opgaver er i klargøringsfasen?", "7101", "7102"),  # the phase named as a compound
    ("hvilke opgaver hører til driftsfasen?", "7102", "7101"),
    ("hvilke opgaver ligger efter go-live?", "7102", "7101"),  # where a task lies is its end
])
def test_lists_by_phase_compound_and_by_where_a_task_lies(question, listed, not_listed):
    a = answer(_lists_kb(), question)
    assert a.found and listed in a.answer and not_listed not in a.answer, a.answer


@pytest.mark.parametrize("question", ["list the tasks in the Parkering project",
                                      "hvilke opgaver hører til Parkering-projektet?",
                                      "hvilke opgaver har projektet Parkering?"])
def test_a_name_called_a_project_that_is_none_is_not_listed_by_mention(question):
    a = answer(_lists_kb(), question)
    assert not a.found and "7101" not in a.answer and "Parkering" in a.answer, a.answer


def test_a_compound_read_as_a_projects_name_only_by_its_head_names_no_project():
    """'Datatilsynet' is not the project 'Tilsyn med plejehjem', and no task names it."""
    a = answer(_lists_kb(), "hvilke opgaver skal godkendes af Datatilsynet?")
    assert not a.found, a.answer
    assert answer(_lists_kb(), "hvilke opgaver hører til Tilsyn med plejehjem?").found
