"""Group commit (bot/store/tinydb.py): a transaction whose batch failed to reach the disk is told so,
even when it hears about its batch only after a later batch failed too (only the last failure was
remembered, so such a transaction returned as if stored: an acknowledged change that was never
written)."""

from __future__ import annotations

import pytest

from bot.store import Store


def _put(store: Store, key: str) -> None:
    with store.transaction() as tx:
        tx.put("progress", key, {"done": True})


def test_a_transaction_that_hears_late_of_its_failed_batch_is_not_told_it_was_stored(tmp_path, monkeypatch):
    store = Store(tmp_path / "klik.json")
    backend = store.backend

    def full_disk(data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backend.wal, "append", full_disk)
    with pytest.raises(OSError):
        _put(store, "T1:433")  # batch 0: its writer fails
    with pytest.raises(OSError):
        _put(store, "T2:433")  # batch 1 fails too, before a second thread of batch 0 looks
    # A thread whose change joined batch 0 but reached the flush lock only now (after batch 1's
    # writer got it first) asks how its batch went: it must hear the failure, not success.
    with pytest.raises(OSError):
        backend._flush(0)
    monkeypatch.undo()
    assert Store(tmp_path / "klik.json").get("progress", "T1:433") is None
