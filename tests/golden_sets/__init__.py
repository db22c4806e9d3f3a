"""Golden export sets dev2-dev31: per set, a module with DIRECTORY (its folder of exports under
tests/fixtures/exports), GOLDEN (what each export must yield), and where the set has them TEXTS (each text
deadline's words as written), check_task (checks of its own on each parsed task) and more_broken (broken
copies beyond golden_exports.broken_variants, of the files in MORE_BROKEN), FIXED_DATES (each dated
anchor's date), KINDS (each text deadline that is an earliest day or a period's end, by its days, unit and
anchor). tests/test_exports_golden_sets.py runs them all."""

from __future__ import annotations

import importlib
from types import ModuleType

NAMES = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
         "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
         "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31")


def load(name: str) -> ModuleType:
    return importlib.import_module(f"golden_sets.{name}")
