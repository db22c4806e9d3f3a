"""Data flows one way (GUIDE, "Architecture we aim for"): Slack/CLI -> handlers/ -> bot/ -> knowledge/.
Read from the source with ast, so an import added anywhere (in a function, under TYPE_CHECKING) counts:
features do not import each other, bot/ never imports handlers/, knowledge/ imports neither nor Slack."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ASSEMBLER = "handlers.edge"  # installs every feature for the runtime: the one module that names them all


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module `path` imports; `from handlers import klik` counts as handlers.klik."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _features() -> set[str]:
    """handlers/ modules with a top-level register(app): one per feature."""
    return {_module(p) for p in _sources("handlers")
            if any(isinstance(n, ast.FunctionDef) and n.name == "register"
                   for n in ast.parse(p.read_text(encoding="utf-8")).body)}


def test_the_feature_modules_are_found():
    assert {"handlers.klik", "handlers.questions", "handlers.status", "handlers.home"} <= _features()


def test_no_handlers_module_imports_a_feature_but_the_assembler():
    """A feature imports the shared modules (render, registry, actions, people), never another feature,
    and neither does a shared module (it would carry one feature into another)."""
    features = _features()
    crossing = {f"{_module(p)} imports {name}" for p in _sources("handlers") if _module(p) != ASSEMBLER
                for name in _imports(p) & features if name != _module(p)}
    assert not crossing, sorted(crossing)


@pytest.mark.parametrize(("package", "forbidden"), [
    ("bot", ("handlers",)),
    ("knowledge", ("bot", "handlers", "slack_bolt", "slack_sdk")),
])
def test_a_lower_layer_imports_no_higher_one(package, forbidden):
    crossing = {f"{_module(p)} imports {name}" for p in _sources(package) for name in _imports(p)
                if name.split(".")[0] in forbidden}
    assert not crossing, sorted(crossing)
