"""One command set: every /klik subcommand works as `klik SUB …` with the same words (Danish and
English), `klik --help` lists them in Danish, and replies show commands in the form that works here."""

from __future__ import annotations

from bot.cli.slash import registry


def test_every_slack_word_is_a_cli_command(klik):
    listing = klik("--help")
    for sub in registry().subcommands:
        assert any(f"  {name} " in listing for name in sub.names), sub.names
        for name in sub.names:
            assert "Brug:" in klik(name, "--help")


def test_status_hints_work_as_typed_in_the_cli(klik):
    shown = klik("status", "433")
    assert "klik done 433 1" in shown and "/klik" not in shown
    assert "markerede trin 1" in klik("done", "433", "1")
    assert "markerede trin 2" in klik("færdig", "433", "2")  # the Danish word too
    assert "fortrød trin 2" in klik("undo", "433", "2")
    assert "Trin 9 findes ikke" in klik("done", "433", "9", code=1)


def test_golive_slet_works_in_the_cli_as_in_slack(klik):
    klik("golive", "KY - Bølge 3", "2027-03-01")
    assert "er fjernet" in klik("golive", "KY - Bølge 3", "slet")
    assert "1. marts 2027" in klik("go-live", "KY - Bølge 3", "2027-03-01")


def test_list_takes_the_same_filters(klik):
    klik("assign", "433", "ansvarlig", "mig")
    mine = klik("list", "mine")
    assert "433" in mine and "eFaktura" not in mine
    assert "433" in klik("liste", "open")
