"""The local console: `klik say`, `klik chat`, `klik status` run the real app and print what Slack
would show."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.console import as_slack_would_send, as_text, local_user_id, local_user_name, mrkdwn_to_text


@pytest.fixture
def klik(tmp_path, monkeypatch):
    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_USER", "mette")
    monkeypatch.delenv("KLIK_TEAM", raising=False)
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        result = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
        return result

    return run


def test_done_in_the_console_shows_in_status_json(klik):
    said = klik("say", "/klik done 433 1")
    assert said.exit_code == 0
    assert "@mette markerede trin 1 i 433" in said.output
    status = klik("status", "433", "--json")
    record = json.loads(status.output)
    assert list(record) == ["task", "title", "status", "status_code", "assignees", "steps", "signatures"]
    assert record["task"] == "433" and record["status"] == "påbegyndt" and record["status_code"] == "started"
    step1, step2 = record["steps"][:2]
    assert step1["number"] == 1 and step1["done"] is True and step1["done_by"] == local_user_id("mette")
    assert step1["done_at"] and step2 == {"number": 2, "text": step2["text"], "done": False,
                                          "done_by": None, "done_at": None}
    assert record["signatures"][0]["document"] == "bestillingsformular"


def test_status_is_printed_as_slack_shows_it(klik):
    out = klik("say", "/klik status 433").output
    assert out.startswith("klik-bot (kun synlig for dig):\n433 SA 06 (Finans)")
    assert "⬜ 3. Kontakt kommunens systemansvarlig" in out and "[Marker trin 3 som udført]" in out
    assert "Status: ⚪ ikke påbegyndt" in out
    assert "<" not in out and "&lt;" not in out


def test_mistakes_get_the_same_helpful_message_as_in_slack(klik):
    out = klik("say", "/klik done 433 9").output
    assert "Trin 9 findes ikke; opgave 433 har trin 1-7." in out
    assert "Mente du «433»?" in klik("say", "/klik status 43").output


def test_a_dm_and_help(klik):
    out = klik("say", "hjælp").output
    assert out.startswith("klik-bot:\n") and "/klik done OPGAVE TRIN…" in out


def test_assign_with_a_typed_mention_shows_the_name(klik):
    assert "@søren er nu ansvarlig for 433" in klik("say", "/klik assign 433 ansvarlig @søren").output
    assert "Ansvarlig: @søren" in klik("say", "/klik status 433").output
    record = json.loads(klik("status", "433", "--json").output)
    assert record["assignees"] == {"ansvarlig": local_user_id("søren")}


def test_chat_presses_buttons_and_the_message_updates(klik):
    session = "/klik status 433\n[Marker trin 2 som udført]\n[Findes ikke]\n"
    out = klik("chat", input=session).output
    assert "✅ @mette markerede trin 2 som udført." in out
    assert "✅ 2. Påfør ansvarlig" in out
    assert "Der er ingen knap der hedder [Findes ikke]" in out
    assert json.loads(klik("status", "433", "--json").output)["steps"][1]["done"] is True


@pytest.mark.parametrize("goodbye", ["exit", "quit", "afslut", "Farvel!", "/exit"])
def test_chat_ends_on_a_goodbye_word(klik, goodbye):
    result = klik("chat", input=f"/klik hjælp\n{goodbye}\n/klik done 433 1\n")
    assert result.exit_code == 0 and "Det kan du skrive til klik-bot" in result.output
    assert result.output.rstrip().endswith("Farvel!") and "markerede" not in result.output
    assert json.loads(klik("status", "433", "--json").output)["status"] == "ikke påbegyndt"


def test_status_without_json_and_unknown_task(klik):
    assert "Trin (0 af 3 udført)" in klik("status", "efaktura", "8b").output
    result = klik("status", "nope", "--json")
    assert result.exit_code == 1 and "Jeg kender ingen opgave der hedder «nope»" in result.output


@pytest.mark.parametrize(("mrkdwn", "text"), [
    ("<@U0BOB|bob> og <@U0CARL>", "@bob og @U0CARL"),
    (f"<@{local_user_id('mette')}>", "@mette"),
    ("<!channel> <!here>", "@channel @here"),
    ("<#C123|general>", "#general"),
    ("<https://kombit.dk|KOMBIT> <https://x.dk>", "KOMBIT (https://kombit.dk) https://x.dk"),
    ("*fed* og _kursiv_ men 2*3*4 og snake_case_name", "fed og kursiv men 2*3*4 og snake_case_name"),
    ("&lt;!channel&gt; &amp; co", "<!channel> & co"),
])
def test_mrkdwn_reads_as_a_person_sees_it(mrkdwn, text):
    assert mrkdwn_to_text(mrkdwn) == text


def test_typed_mentions_become_user_ids_like_slack_sends_them():
    sent = as_slack_would_send("assign 433 ansvarlig @mette, mail a@b.dk")
    assert sent == f"assign 433 ansvarlig <@{local_user_id('mette')}|mette>, mail a@b.dk"
    assert local_user_name(local_user_id("søren")) == "søren" and local_user_name("U0BOB") is None


def test_block_kit_as_text():
    message = {"text": "x", "blocks": [
        {"type": "header", "text": {"type": "plain_text", "text": "Titel"}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "*Status*\nåben"}]},
        {"type": "section", "text": {"type": "mrkdwn", "text": "⬜ *3.* Gør noget"},
         "accessory": {"type": "button", "text": {"type": "plain_text", "text": "Udført"}}},
        {"type": "divider"},
        {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "A"}},
                                         {"type": "button", "text": {"type": "plain_text", "text": "B"}}]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "fodnote"}]},
    ]}
    assert as_text(message) == ("Titel\n═════\nStatus: åben\n⬜ 3. Gør noget  [Udført]\n" + "─" * 40
                                + "\n[A]  [B]\n  fodnote")


def test_a_button_that_opens_a_modal_says_so_in_the_console(tmp_path):
    from bot.console import Console
    from bot.store import Store

    with Console(Store(tmp_path / "klik.json"), team="T1", user="mette") as console:
        console.send("/klik status 433")
        shown = console.send("[Tildel …]")
    assert "åbner vinduet «Tildel opgave»" in shown.text and "Person" in shown.text


def test_status_says_an_end_after_go_live_as_after(klik, tmp_path):
    # 'Slutdato 30' counts 30 days after go-live: never 'slut -30 dage før go-live'
    export = tmp_path / "efter.txt"
    export.write_text("## 9911 (Drift) Opfølgning efter go-live\n\n**Master-opgave ID** 9911\n\n"
                      "**Opgavetitel** Opfølgning efter go-live\n\n**Projekt** Drift\n\n"
                      "**Slutdato** 30\n\n**Startdato** -10\n\n**Beskrivelse** Følg op på driften.\n",
                      encoding="utf-8")
    assert klik("import", str(export)).exit_code == 0
    out = klik("say", "/klik status 9911").output
    assert "slut 30 dage efter go-live" in out and "-30" not in out, out
