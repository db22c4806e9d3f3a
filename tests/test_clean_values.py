"""Clean values: no list markers in facts or steps, one spelling per wave/project/code, no control or
bidi characters in stored text; a go-live stored under another spelling is still found."""

from __future__ import annotations

from datetime import date

import pytest
from seed_texts import MD_SEED, TSV_SEED, parse_one

from bot.golive import clear_golive, golive_dates, golive_overview, set_golive
from bot.store import Store
from knowledge.base import KnowledgeBase
from knowledge.dates import golive_for
from knowledge.parse import parse_text
from knowledge.text import clean_name, html_to_text, strip_marker


@pytest.mark.parametrize("item", ["<li>- Drift og vedligehold: KMD</li><li>- Support: EG</li>",
                                  "<li>• Drift og vedligehold: KMD</li><li>• Support: EG</li>",
                                  "<li>1) Drift og vedligehold: KMD</li><li>2) Support: EG</li>"])
def test_list_markers_inside_html_items_do_not_reach_facts(item):
    text = TSV_SEED.split("\n*Beskrivelse")[0] + f"\n*Beskrivelse\t<p>Leverandører er:</p><ul>{item}</ul>\n"
    task = parse_one(text)
    assert [(f.subject, f.value) for f in task.facts] == [("Drift og vedligehold", "KMD"), ("Support", "EG")]
    assert "- -" not in task.description and "• -" not in task.description


@pytest.mark.parametrize("items", ["1) Drift: KMD\n2) Support: EG", "1. Drift: KMD\n2. Support: EG",
                                   "- Drift: KMD\n1) Support: EG"])
def test_numbered_or_mixed_list_items_in_markdown_are_facts(items):
    text = ("## KY 9 (Drift) Leverandører\n\n**Master-opgave ID** 9990\n\n**Opgavetitel** KY 9 (Drift) "
            f"Leverandører\n\n**Projekt** KY\n\n**Beskrivelse** Leverandører er:\n{items}\n\n"
            "**Metode og fremgangsmåde** 1. Kontakt leverandørerne\n\n**Resultat** Ok.\n")
    task = parse_one(text)
    assert [(f.subject, f.value) for f in task.facts] == [("Drift", "KMD"), ("Support", "EG")]


def test_markdown_bullets_written_twice_and_steps_with_markers():
    text = MD_SEED.replace("- KMD Opus Økonomi: KMD", "- • KMD Opus Økonomi: KMD")
    text = text.replace("<li>3. Kontakt", "<li>3. - Kontakt")
    task = parse_one(text)
    assert task.facts[0].subject == "KMD Opus Økonomi"
    assert task.step(3).text.startswith("Kontakt kommunens")


@pytest.mark.parametrize("wave", ["KY – Bølge 3", "KY—Bølge 3", "KY -  Bølge 3", "KY\u00a0-\u00a0Bølge 3",
                                  "KY \u2013 Bølge 3"])
def test_one_wave_however_the_dash_is_written(wave):
    task = parse_one(MD_SEED.replace("**Bølger** KY - Bølge 3", f"**Bølger** {wave}"))
    assert task.waves == ["KY - Bølge 3"]
    assert clean_name(wave) == "KY - Bølge 3"


def test_names_with_typographic_quotes_and_hyphens():
    assert clean_name("“KP” Videreudvikling") == '"KP" Videreudvikling'
    assert clean_name("KP\u2011systemansvarlig") == "KP-systemansvarlig"


@pytest.mark.parametrize("name", ["Fælles Social- og Sundhedsdata", "Teknik- og Miljøforvaltningen",
                                  "Løn- eller Personaledata", "Social-, Job- og Ældredata"])
def test_a_hyphen_before_og_is_part_of_the_name(name):
    # the word's shared ending is left out ('Social- og Sundhedsdata'): no dash to space out
    assert clean_name(name) == name
    assert clean_name("KY- Bølge 3") == "KY - Bølge 3"  # before any other word it is a dash
    assert strip_marker("1) - Drift") == "Drift" and strip_marker("2.5 mio. kr.") == "2.5 mio. kr."


def test_control_and_bidi_characters_never_reach_stored_text():
    text = MD_SEED.replace("**Projekt** KY", "**Projekt** K\u202eY\x0b").replace(
        "Det er kommunens opgave", "Det er\u2066 kommunens\u200b op\x07gave")
    task = parse_one(text)
    dumped = task.model_dump_json()
    assert task.project == "KY" and "Det er kommunens opgave" in task.description
    assert not any(ch in dumped for ch in "\x0b\x07\u202e\u2066\u200b")


def test_html_items_keep_their_numbers():
    assert html_to_text("<ol><li>1. - Gør x</li><li>2) y</li></ol>") == "1. Gør x\n2. y"


def test_a_list_inside_a_step_continues_the_step():
    method = ("<ol><li>Hent fuldmagten<ul><li>Den ligger i KLIK</li></ul></li><li>Underskrift<ul>"
              "<li>Fuldmagten underskrives af borgmesteren</li><li>Brug MitID</li></ul></li>"
              "<li>Send fuldmagten til KOMBIT</li></ol>")
    text = html_to_text(method)
    assert "\x00" not in text
    assert text.split("\n") == ["1. Hent fuldmagten - Den ligger i KLIK",
                                 "2. Underskrift - Fuldmagten underskrives af borgmesteren - Brug MitID",
                                 "3. Send fuldmagten til KOMBIT"]


def test_a_golive_stored_under_an_older_spelling_is_found_and_replaced(tmp_path):
    store = Store(tmp_path / "k.json")
    kb = KnowledgeBase([parse_one(MD_SEED)])
    with store.transaction() as tx:  # written before names were cleaned: a key of its own
        tx.put("golive", "W:ky—bølge 3", {"team": "W", "name": "KY—Bølge 3", "date": "2027-03-01"})
    assert golive_for(kb.tasks[0], golive_dates(store, "W")) == date(2027, 3, 1)
    assert [r.day for r in golive_overview(kb, store, "W") if r.name == "KY - Bølge 3"] == [date(2027, 3, 1)]
    change = set_golive(store, team="W", name="KY – Bølge 3", day="2027-04-01", user="U", command="c", kb=kb)
    assert (change.name, change.previous) == ("KY - Bølge 3", date(2027, 3, 1))
    assert golive_dates(store, "W") == {"KY - Bølge 3": date(2027, 4, 1)}
    clear_golive(store, team="W", name="KY-Bølge 3", user="U", command="c", kb=kb)
    assert golive_dates(store, "W") == {}


def test_a_tab_separated_id_is_spelt_like_its_code():
    (task,) = parse_text("*Opgavetitel\t(KP – 3) Test\n*Projekt\tKP\n")
    assert (task.id, task.code) == ("KP - 3", "KP - 3")


@pytest.mark.parametrize(("written", "related"), [
    ("PLA 04 Opsætning af takster og søskenderabat", ["PLA 04 Opsætning af takster og søskenderabat"]),
    ("433 og 434", ["433", "434"]), ("PLA 04 og PLA 05", ["PLA 04", "PLA 05"]),
    ("1207, 1302 og 1410", ["1207", "1302", "1410"]), ("(KY 3) og (KY 4)", ["(KY 3)", "(KY 4)"])])
def test_og_splits_related_task_references_not_the_words_of_a_title(written, related):
    label = "Opgaven er tæt relateret til\t"
    text = TSV_SEED.replace(label + "eFaktura 7", label + written)
    assert parse_one(text).related_tasks == related
