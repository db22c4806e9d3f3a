"""The file of seen Slack signatures (bot/runtime/replay.py): shared by processes on one KLIK_DB,
kept across restarts, forgetting what is older than the window, compacted when it grows."""

from __future__ import annotations

import time

from bot.runtime import replay
from bot.runtime.replay import FileReplayLog


def test_a_signature_seen_by_one_process_is_refused_by_another_and_after_a_restart(tmp_path):
    path = tmp_path / "klik.json.replays"
    a, b = FileReplayLog(path, keep=300), FileReplayLog(path, keep=300)
    assert a.claim("v0=one") and not a.claim("v0=one")
    assert not b.claim("v0=one")  # another process on the same database
    assert b.claim("v0=two") and not a.claim("v0=two")
    assert not FileReplayLog(path, keep=300).claim("v0=one")  # a restart


def test_old_signatures_are_forgotten_and_a_torn_line_is_ignored(tmp_path):
    path = tmp_path / "klik.json.replays"
    path.write_bytes(f"{time.time() - 600:.3f} v0=old\nnot a line\n{time.time():.3f} v0=torn".encode())
    log = FileReplayLog(path, keep=300)
    assert log.claim("v0=old")  # outside the window: Slack's own timestamp check refuses it anyway
    assert log.claim("v0=torn")  # a line cut off by a crash never counted


def test_the_file_is_compacted_to_the_window(tmp_path, monkeypatch):
    monkeypatch.setattr(replay, "COMPACT_BYTES", 2000)
    path = tmp_path / "klik.json.replays"
    path.write_bytes("".join(f"{time.time() - 600:.3f} v0={n:064d}\n" for n in range(100)).encode())
    other = FileReplayLog(path, keep=300)
    assert other.claim("v0=before")
    log = FileReplayLog(path, keep=300)
    assert log.claim("v0=new")  # the file is over the limit: rewritten with the window's two
    assert path.stat().st_size < 200
    assert not other.claim("v0=new") and not other.claim("v0=before")  # the other process follows
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_busy_window_is_not_rewritten_on_every_claim(tmp_path, monkeypatch):
    """More signatures inside the window than the compaction limit: the file is rewritten once it
    has doubled since the last time, not on each request (and the signatures are all kept)."""
    monkeypatch.setattr(replay, "COMPACT_BYTES", 2000)
    path = tmp_path / "klik.json.replays"
    rewrites, real = [], replay.os.replace
    monkeypatch.setattr(replay.os, "replace", lambda a, b: rewrites.append(b) or real(a, b))
    log = FileReplayLog(path, keep=300)
    signatures = [f"v0={n:064d}" for n in range(200)]  # 200 lines of 83 bytes, all inside the window
    assert all(log.claim(s) for s in signatures)
    assert 1 <= len(rewrites) <= 4  # at 2, 4, 8 and 16 KB; once a claim before
    assert not any(FileReplayLog(path, keep=300).claim(s) for s in signatures)
