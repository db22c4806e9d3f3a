"""The store: keyed documents and an audit log behind one interface (`base`), one backend per module
(`tinydb`: files on disk, the default; `memory`: in-process)."""

from bot.store.base import (
    TASK_TABLES,
    WORKSPACE_TABLES,
    Backend,
    Session,
    Store,
    StoreDamaged,
    StoreError,
    StoreLocked,
    Tx,
    workspace_of,
)

__all__ = ["TASK_TABLES", "WORKSPACE_TABLES", "Backend", "Session", "Store", "StoreDamaged", "StoreError",
           "StoreLocked", "Tx", "workspace_of"]
