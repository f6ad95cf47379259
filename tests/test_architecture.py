"""The shape of `generator/`: one folder per stage, no import cycles, MkDocs in one place.

Imports are read from the source with `ast`, including those inside functions and
under `TYPE_CHECKING`: a cycle through any of them is a cycle in the design.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generator"
STAGES = ("load", "validate", "model", "check", "rules", "render", "diagrams", "review")
STAGES += ("site", "build", "cli", "codes")
ENGINE = ("mkdocs", "material", "pymdownx")
ADAPTER = "generator.site"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules() else node.module)
    return found


@cache
def graph() -> dict[str, set[str]]:
    return {name: {m for m in imported(path) if m in modules()} for name, path in modules().items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in edges[node]:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_only_the_adapter_imports_the_engine() -> None:
    offenders = {
        name: sorted(m for m in imported(path) if m.split(".")[0] in ENGINE)
        for name, path in modules().items()
        if not name.startswith(ADAPTER)
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_top_level_holds_few_modules() -> None:
    top = [p.name for p in PACKAGE.glob("*.py")]
    assert len(top) <= 8, sorted(top)


@pytest.mark.parametrize("stage", STAGES)
def test_each_stage_folder_says_what_it_takes_and_gives(stage: str) -> None:
    init = PACKAGE / stage / "__init__.py"
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert 80 < len(docstring) < 700, f"{stage}/__init__.py needs a docstring of a few lines"


def loaded_by(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `statement`."""
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(done.stdout.split())


# The text widths the check's student pages are measured with, for their printed poster
# (`render.student.fit`): a table and two functions, no diagram.
MEASURED_WITH = ("generator.diagrams", "generator.diagrams.textmetrics")
MEASURED_WITH += ("generator.diagrams._dejavu_widths",)


def test_the_check_stage_loads_no_engine_renderer_or_build_machinery() -> None:
    loaded = loaded_by("import generator.check.run") - set(MEASURED_WITH)
    heavy = {m for m in loaded if m.split(".")[0] in ENGINE}
    heavy |= {
        m
        for m in loaded
        if m.startswith(("generator.site", "generator.build", "generator.diagrams"))
        or m.startswith(("generator.render.pages", "generator.render.plan"))
        or m.startswith(("generator.render.opendata", "generator.render.portal"))
        or m in ("generator.render.site", "generator.render.school", "generator.review.render")
    }
    assert sorted(heavy) == []


# Each part imports only parts before it. The one exception: the check renders the
# student pages it measures (and the Markdown helpers and photos they use), and follows
# an own page's links to the pages a site has (which pages, and where they are written).
RANK = {
    "problems": 0, "codes": 0, "text": 0, "personal_data": 0, "clock": 0,
    "colours": 0, "vocabulary": 0,
    "load": 1, "validate": 2, "model": 3, "rules": 4, "check": 5, "diagrams": 6, "review": 6,
    "render": 7, "site": 8, "build": 9, "cli": 10,
}  # fmt: skip
CHECKED_PAGES = ("generator.render.student", "generator.render.markdown", "generator.render.files")
CHECKED_PAGES += ("generator.render.photos", "generator.render.sitepages", "generator.render.uris")


def part(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def test_each_stage_imports_only_the_stages_before_it() -> None:
    backwards = sorted(
        (source, target)
        for source, targets in graph().items()
        for target in targets
        if part(source) in RANK
        and part(target) in RANK
        and RANK[part(target)] > RANK[part(source)]
        and not (part(source) == "check" and target.startswith(CHECKED_PAGES))
    )
    assert backwards == []
