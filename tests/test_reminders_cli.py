"""The issue's 'Done means' through the command line: klik golive, klik remind --dry-run --json, klik due."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli

KEYS = {"task", "kind", "recipient", "channel", "text", "due"}


@pytest.fixture
def klik(tmp_path, monkeypatch):
    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    for name in ("KLIK_TEAM", "KLIK_REMINDER_CHANNEL", "KLIK_REMINDER_HOUR", "KLIK_REMINDER_EVERY_DAYS",
                 "SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str, code: int = 0) -> str:
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == code, result.output
        return result.output

    return run


def _planned(klik, now: str) -> list[dict]:
    return json.loads(klik("remind", "--now", now, "--dry-run", "--json"))


def _for_433(klik, now: str, kind: str = "signature") -> list[dict]:
    return [r for r in _planned(klik, now) if r["task"] == "433" and r["kind"] == kind]


def test_done_means_signature_reminder_for_433_on_15_september(klik):
    assert "1. marts 2027" in klik("golive", "KY - Bølge 3", "2027-03-01")
    [reminder] = _for_433(klik, "2026-09-15T09:00")
    assert KEYS <= set(reminder)
    assert reminder["due"] == "2026-10-08" and reminder["recipient"] is None and reminder["channel"] is None
    assert "bestillingsformular mangler underskrift" in reminder["text"]


def test_done_means_nothing_for_433_on_1_august(klik):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    assert [r for r in _planned(klik, "2026-08-01T09:00") if r["task"] == "433"] == []


def test_done_means_overdue_after_8_october(klik):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    [reminder] = _for_433(klik, "2026-10-09T09:00")
    assert reminder["overdue"] is True and "OVERSKREDET" in reminder["text"]
    assert _for_433(klik, "2026-10-08T09:00")[0]["overdue"] is False


@pytest.mark.parametrize("signing", ["/klik signed 433", "/klik done 433 5"])
def test_done_means_nothing_for_433_after_signing(klik, signing):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    klik("say", signing)
    assert [r for r in _planned(klik, "2026-09-15T09:00") if r["task"] == "433"] == []
    assert _for_433(klik, "2026-10-09T09:00") == []


def test_channel_and_assignee_become_destinations(klik, monkeypatch):
    monkeypatch.setenv("KLIK_REMINDER_CHANNEL", "C0REMIND")
    klik("golive", "KY - Bølge 3", "2027-03-01")
    planned = _for_433(klik, "2026-09-15T09:00")
    assert [(r["recipient"], r["channel"]) for r in planned] == [(None, "C0REMIND")]


def test_human_output_and_sending_without_a_token(klik):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    text = klik("remind", "--now", "2026-09-15T09:00", "--dry-run")
    assert "1 påmindelse (prøvekørsel, intet sendt)" in text and "ingen modtager" in text
    error = klik("remind", "--now", "2026-09-15T09:00", code=1)
    assert "SLACK_BOT_TOKEN mangler" in error
    assert "--now skal være et tidspunkt" in klik("remind", "--now", "i morgen", "--dry-run", code=1)
    assert "ingen påmindelser" in klik("remind", "--now", "2026-09-12T09:00", "--dry-run")  # Saturday


def test_golive_list_set_clear_and_errors(klik):
    assert "ikke sat" in klik("golive")
    assert "KY - Bølge 3: 1. marts 2027" in klik("golive", "KY", "-", "Bolge", "3", "1.", "marts", "2027")
    assert "1. marts 2027" in klik("golive")
    assert klik("golive", "KY - Bølge 3") == (
        "KY - Bølge 3: 1. marts 2027 (bølge i KY; gælder 1 opgave). Opgaver: 433.\n")
    klik("golive", "KY", "2026-01-01")
    listing = klik("golive")
    assert listing.index("KY - Bølge 3  ") < listing.index("KY  ") < listing.index("Kan sættes:")
    assert "1. januar 2026     projekt; gælder opgaver uden egen bølge-dato: ingen af 1 opgave" in listing
    klik("golive", "--clear", "KY")
    assert "Mente du «KY - Bølge 3»" in klik("golive", "KY - Bølge 33", "2027-03-01", code=1)
    assert "februar 2027 har 28 dage" in klik("golive", "KY", "29.2.2027", code=1)
    assert "er fjernet" in klik("golive", "--clear", "KY - Bølge 3")


def test_due_lists_433_while_its_window_is_open(klik):
    assert "Intet forfalder" in klik("due")
    klik("golive", "KY - Bølge 3", "2027-03-01")
    out = klik("due", "--today", "2026-09-15")
    assert out.startswith("433  frist 8. oktober 2026  (vindue åbent")
    [row, *_] = json.loads(klik("due", "--today", "2026-10-20", "--json"))
    assert (row["state"], row["status"], row["status_code"]) == ("overdue", "ikke påbegyndt", "not_started")
    late = klik("due", "--today", "2026-10-20")
    assert late.startswith("433  frist 8. oktober 2026  (OVERSKREDET med 12 dage")
    assert "(OVERSKREDET med 1 dag;" in klik("due", "--today", "2026-10-09")
    assert "433" in klik("due", "30 dage", "--today", "20.10.2026")
    assert "Højst 365 dage frem" in klik("due", "99999999999", code=1)


def test_human_output_names_console_users_and_keeps_slack_ids(klik):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    klik("say", "/klik assign 433 ansvarlig @mette")
    klik("say", "/klik assign 433 udfører <@U0ANSV|ansv>")
    text = klik("remind", "--now", "2026-09-15T09:00", "--dry-run")
    assert "433 underskrift -> @mette: " in text and "433 underskrift -> U0ANSV: " in text
    assert "U6D65747465" not in text


def test_an_unknown_team_is_named_with_the_known_ones_and_what_to_type(klik, tmp_path):
    """`klik remind --team` with a typo must not be a silent pass that sends nothing."""
    from bot.store import Store

    empty = klik("remind", "--team", "TNOPE", "--dry-run", code=1)
    assert "«TNOPE» kendes ikke" in empty and "Udelad --team" in empty and "Traceback" not in empty
    with Store(tmp_path / "klik.json").transaction() as tx:  # a workspace the store has data for
        tx.claim("teams", "T0KNOWN", {})
    line = klik("remind", "--team", "TNOPE", "--dry-run", code=1)
    assert "«TNOPE» kendes ikke" in line and "`klik remind --team T0KNOWN`" in line
    assert len(line.strip().splitlines()) == 1
    assert "ingen påmindelser" in klik("remind", "--team", "T0KNOWN", "--now", "2026-08-01T09:00",
                                       "--dry-run")


def test_remind_summary_words_come_from_the_language_tables(klik):
    """The summary of `klik remind` is Danish by default and English with --lang en: the same lines,
    worded from knowledge/qa/messages (keys remind_*), none written inline."""
    from knowledge.qa.messages import da, en

    assert {k for k in da.TEXTS if k.startswith("remind")} == {k for k in en.TEXTS if k.startswith("remind")}
    klik("golive", "KY - Bølge 3", "2027-03-01")
    danish = klik("remind", "--now", "2026-09-15T09:00", "--dry-run")
    english = klik("remind", "--now", "2026-09-15T09:00", "--dry-run", "--lang", "en")
    assert "15. september 2026 kl. 09.00:" in danish and "(prøvekørsel, intet sendt)" in danish
    assert "15 September 2026 at 09.00:" in english and "(dry run, nothing sent)" in english
    assert "433 signature" in english and "433 underskrift" in danish
    assert len(danish.splitlines()) == len(english.splitlines())
