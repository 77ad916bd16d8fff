"""The package's layers point one way (docs/architecture.md).

`make lint` runs import-linter on the contracts in pyproject.toml; this test reads the
same contracts and checks every direct import against them, so that `make test` keeps
the layers too.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

grimp = pytest.importorskip("grimp")

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
CONTRACTS = {c["id"]: c for c in CONFIG["contracts"]}
PACKAGE = "cscaucasus"


def _layers() -> list[list[str]]:
    return [
        [m.strip() for m in layer.replace("|", ":").split(":")]
        for layer in CONTRACTS["layers"]["layers"]
    ]


def _layer_of(module: str, layers: list[list[str]]) -> int | None:
    top = module.split(".")[1] if module.count(".") else None
    return next((i for i, names in enumerate(layers) if top in names), None)


def _graph():
    return grimp.build_graph(PACKAGE, exclude_type_checking_imports=True)


def upward_imports(graph) -> list[str]:
    """Every direct import from a layer to one above it (or between two modules of a
    layer that keeps them apart with ``|``)."""
    layers, raw = _layers(), CONTRACTS["layers"]["layers"]
    found = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            low, high = _layer_of(importer, layers), _layer_of(imported, layers)
            if low is None or high is None or importer.split(".")[1] == imported.split(".")[1]:
                continue
            if high < low or (high == low and "|" in raw[low]):
                found.append(f"{importer} -> {imported}")
    return found


def cycles(graph) -> list[tuple[str, str]]:
    """Pairs of top-level modules that import each other, directly or not."""
    ignored = {tuple(i.split(" -> ")) for i in CONTRACTS["acyclic"].get("ignore_imports", [])}
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        if module == PACKAGE:
            continue
        here = edges.setdefault(_top(module), set())
        for imported in graph.find_modules_directly_imported_by(module):
            if (module, imported) not in ignored and imported != PACKAGE:
                here.add(_top(imported))
    reach = {a: _reachable(edges, a) for a in edges}
    return sorted((a, b) for a in edges for b in reach[a] if a < b and a in reach.get(b, ()))


def _top(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen - {start}


def test_every_module_has_a_layer() -> None:
    layers = _layers()
    tops = {m.split(".")[1] for m in _graph().modules if m.count(".")}
    assert {t for t in tops if _layer_of(f"{PACKAGE}.{t}", layers) is None} == set()


def test_imports_point_down_the_layers() -> None:
    assert upward_imports(_graph()) == []


def test_no_two_modules_import_each_other() -> None:
    assert cycles(_graph()) == []


def test_no_two_modules_share_a_name() -> None:
    src = ROOT / "src" / PACKAGE
    stems = Counter(p.stem for p in src.rglob("*.py") if p.stem != "__init__")
    assert [stem for stem, n in stems.items() if n > 1] == []


def test_an_analysis_function_does_not_hide_its_module() -> None:
    import cscaucasus.analysis as analysis

    assert callable(analysis.chronology) and callable(analysis.sentiment_by_actor)
    assert analysis.timeline.__name__ == "cscaucasus.analysis.timeline"
    assert analysis.actor_tone.__name__ == "cscaucasus.analysis.actor_tone"


def test_an_upward_import_or_a_cycle_is_caught() -> None:
    graph = _graph()
    graph.add_import(importer="cscaucasus.reports", imported="cscaucasus.cli")
    graph.add_import(importer="cscaucasus.engines", imported="cscaucasus.corpus")
    assert set(upward_imports(graph)) == {
        "cscaucasus.reports -> cscaucasus.cli",
        "cscaucasus.engines -> cscaucasus.corpus",
    }
    assert ("cscaucasus.corpus", "cscaucasus.engines") in cycles(graph)
