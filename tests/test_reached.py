"""`site.reached.REACHED_INTO` lists every place where trygg relies on MkDocs', Material's
or Python-Markdown's internals: the code is searched for them here, so a new one the table
lacks fails. And the one wording trygg must recognise to build at all (MkDocs' warning of
a dirty build, held back when pages are reused) is checked against MkDocs as installed."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.site.build import COMMAND_LOGGER, TOOL_LOGGER
from generator.site.reached import REACHED_INTO
from generator.site.reuse import QuietDirty

SITE = Path(__file__).resolve().parents[1] / "generator" / "site"

# `x._name` (not `self._name`, trygg's own) and name-mangled `"_Class__method"`.
PRIVATE = re.compile(r"(?<![\w.])(?!self\b|cls\b)\w+\.(_(?!_)\w+)|[\"'](_[A-Z]\w*__\w+)[\"']")
# trygg's own private names reached through another object.
OWN = {("searchindex", "_trygg"), ("schoolnamed", "_site")}
# Internals with public-looking names: how the code uses them -> the table's word for them.
KNOWN = {
    r"Files\.add_files_from_theme\b": "add_files_from_theme",
    r"Theme\.get_env = ": "Theme.get_env",
    r"\bserver\.(observer|build_delay|unwatch)\b": "LiveReloadServer.observer",
    r"\berror_handler\b": "error_handler",
    r"\bcommand\.get_files\b": "get_files",
    r"\butils\.get_themes\b": "get_themes",
    r"\bPage\.render\b": "Page.render",
    r"\bpresent_anchor_ids\b": "present_anchor_ids",
    r"\bmaterial\.(Parser|Element|Section|void|SearchIndex)\b": "material.plugins.search",
    r"\bQuietDirty\b": "'dirty'",
    r"\bLINES\b": "English lines",
    r"\bOBJECTIONS\b": "English objections",
}


def _listed(module: str, word: str) -> bool:
    return any(module in entry.where and word in entry.what for entry in REACHED_INTO)


def _uses() -> list[tuple[str, str]]:
    """(module, word) for each private name and known internal the code relies on."""
    found = []
    for path in sorted(SITE.glob("*.py")):
        if path.stem in {"reached", "__init__"}:
            continue
        text = path.read_text(encoding="utf-8")
        for match in PRIVATE.finditer(text):
            name = match[1] or match[2]
            if (path.stem, name) not in OWN:
                found.append((path.stem, name))
        found += [(path.stem, word) for pattern, word in KNOWN.items() if re.search(pattern, text)]
    return found


def test_every_internal_the_code_relies_on_is_in_the_table() -> None:
    uses = _uses()
    assert ("onemarkdown", "_register") in uses, "the search finds what it is for"
    assert ("charts", "present_anchor_ids") in uses
    missing = sorted({use for use in uses if not _listed(*use)})
    assert not missing, f"add these to site/reached.py's REACHED_INTO: {missing}"


def test_the_table_names_modules_that_rely_on_what_it_says() -> None:
    uses = {module for module, _word in _uses()}
    for entry in REACHED_INTO:
        for module in entry.where:
            assert (SITE / f"{module}.py").is_file(), entry
            assert module in uses, entry
        assert entry.guard and entry.fallback, entry


def _dirty_build(tmp_path: Path, quiet: bool) -> list[str]:
    """The warnings MkDocs' strict mode would count in a dirty build of a tiny site."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "index.md").write_text("# Hej\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Prov\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "ut"))
    heard: list[str] = []
    counter = logging.Handler(logging.WARNING)
    counter.emit = lambda record: heard.append(record.getMessage())  # type: ignore[method-assign]
    filtering = QuietDirty()
    logging.getLogger(TOOL_LOGGER).addHandler(counter)
    if quiet:
        logging.getLogger(COMMAND_LOGGER).addFilter(filtering)
    try:
        build(config, dirty=True)
    finally:
        logging.getLogger(TOOL_LOGGER).removeHandler(counter)
        logging.getLogger(COMMAND_LOGGER).removeFilter(filtering)
    return heard


@pytest.mark.parametrize("quiet", [False, True])
def test_a_reused_build_holds_back_only_mkdocs_dirty_warning(tmp_path: Path, quiet: bool) -> None:
    """Without `QuietDirty` MkDocs warns of the dirty build (so the test sees a new
    wording); with it, nothing is left for `--strict` to stop on."""
    heard = _dirty_build(tmp_path, quiet)
    if quiet:
        assert heard == []
    else:
        assert len(heard) == 1 and "'dirty' build" in heard[0], heard
