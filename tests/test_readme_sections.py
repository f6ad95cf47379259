"""Every message that sends the user to a README section ("README: PDF av planerna")
names one that is there: in the README `trygg init` writes, which is the one a
huvudman has at hand, and in trygg's own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CITED = re.compile(r"README: ([^)]+)\)")
READMES = {
    "init": ROOT / "generator/cli/templates/README.md",
    "trygg": ROOT / "README.md",
}


def _texts(tree: ast.AST) -> list[str]:
    """Each string of a module as a user reads it: parts split over lines joined, and an
    f-string's values shown as {}."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            found.append(
                "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append(node.value)
    return found


def citations() -> set[tuple[str, str]]:
    """(section, where it is cited) for every citation in trygg's messages and files."""
    cited = set()
    for path in sorted((ROOT / "generator").rglob("*")):
        if path.suffix == ".py":
            texts = _texts(ast.parse(path.read_text(encoding="utf-8")))
        elif path.suffix in (".md", ".yml", ".html", ".txt") or path.name in ("gitignore",):
            texts = [path.read_text(encoding="utf-8")]
        else:
            continue
        for text in texts:
            for section in CITED.findall(" ".join(text.split())):
                cited.add((section, str(path.relative_to(ROOT))))
    return cited


def headings(readme: Path) -> set[str]:
    text = readme.read_text(encoding="utf-8")
    return {m.group(1).strip() for m in re.finditer(r"^#+ (.+)$", text, re.MULTILINE)}


def test_messages_cite_readme_sections() -> None:
    """The search finds the citations there are (else the test below checks nothing)."""
    cited = citations()
    assert ("PDF av planerna", "generator/cli/build.py") in cited
    assert ("PDF av planerna", "generator/build/jobs.py") in cited  # split over two lines


@pytest.mark.parametrize("readme", READMES)
def test_every_cited_section_is_in_the_readme(readme: str) -> None:
    there = headings(READMES[readme])
    missing = sorted(
        f"{where}: {section}" for section, where in citations() if section not in there
    )
    assert missing == []
