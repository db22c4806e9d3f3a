"""Which question sets are held out: `tests/heldout*` folders, except those retired to development."""

from __future__ import annotations

from pathlib import Path

# A held-out set stays unread until it is retired: a RETIRED.md in its folder says when and why it became a
# development set whose failures may be read (the newer held-out sets keep measuring generalisation).
RETIRED_MARK = "RETIRED.md"


def held_out(directory: Path | str) -> bool:
    """True for a set whose questions are not to be read: a heldout* folder without a RETIRED.md."""
    folder = Path(directory).resolve()
    return folder.name.startswith("heldout") and not (folder / RETIRED_MARK).is_file()
