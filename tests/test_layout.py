"""A newcomer reads the tree as the data flows: no import cycles, each layer imports only those
below it, the page holds no database or cluster driver. Every import counts, inside functions and
under TYPE_CHECKING too."""

from __future__ import annotations

import ast
from collections import defaultdict

import pytest

from tests.paths import ROOT

PACKAGES = ("gazetteer", "incidents", "dashboard", "cli")
DRIVERS = ("sqlite3", "duckdb", "psycopg", "dask", "distributed", "pyarrow")


def _module_name(path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every module of ours -> every module it imports (ours and others), anywhere in its code."""
    modules = {_module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                for alias in node.names:  # "from pkg import module" names a module when one exists
                    target = f"{base}.{alias.name}"
                    graph[name].add(target if target in modules else base)
        graph.setdefault(name, set())
    return {k: v for k, v in graph.items()}


def _ours(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {k: {t for t in v if t in graph and t != k} for k, v in graph.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


GRAPH = _imports()


def test_no_import_cycle_between_our_modules():
    assert _cycle(_ours(GRAPH)) is None


@pytest.mark.parametrize(("lower", "upper"), [("gazetteer", "incidents"), ("gazetteer", "dashboard"),
                                              ("gazetteer", "cli"), ("incidents", "dashboard"), ("incidents", "cli"),
                                              ("dashboard", "cli"), ("incidents.storage", "incidents.query")])
def test_a_lower_layer_never_imports_an_upper_one(lower, upper):
    offenders = sorted(f"{m} -> {t}" for m, targets in GRAPH.items() if m == lower or m.startswith(lower + ".")
                       for t in targets if t == upper or t.startswith(upper + "."))
    assert offenders == []


def test_the_page_holds_no_database_or_cluster_driver():
    offenders = sorted(f"{m} -> {t}" for m, targets in GRAPH.items() if m.startswith("dashboard")
                       for t in targets if t.split(".")[0] in DRIVERS)
    assert offenders == []


def test_the_checker_sees_imports_inside_functions_and_relative_ones():
    # the graph is not empty by accident: known edges of each kind are in it
    assert "incidents.storage.postgres" in GRAPH["incidents.storage"]  # inside open_store()
    assert "incidents.record" in GRAPH["incidents.storage.sqlite"]  # "from ..record import"
    assert "gazetteer" in GRAPH["incidents.extract.places"]


@pytest.mark.parametrize("script", sorted(p.stem for p in (ROOT / "benchmarks").glob("*.py") if p.stem != "__init__"))
def test_every_benchmark_script_still_imports_what_it_names(script):
    import importlib

    importlib.import_module(f"benchmarks.{script}")
