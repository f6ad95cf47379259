"""The compiled templates a process keeps for its sites' Jinja environments
(`generator.site.speed.BytecodeCache`): each environment renders what its template's
source says now, also after a theme file changed under `mkdocs serve`."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.site.speed import BytecodeCache


def _render(folder: Path, cache: BytecodeCache) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), bytecode_cache=cache)
    return env.get_template("main.html").render(title="Trygghetsplan")


def test_environments_share_compiled_templates_and_see_changed_sources(tmp_path: Path) -> None:
    theme, disk = tmp_path / "overrides", tmp_path / "jinja"
    theme.mkdir()
    (theme / "main.html").write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    cache = BytecodeCache(disk)
    assert _render(theme, cache) == _render(theme, cache) == "<h1>Trygghetsplan</h1>"
    assert len(cache.compiled) == 1
    (theme / "main.html").write_text("<h2>{{ title | upper }}</h2>", encoding="utf-8")
    assert _render(theme, cache) == "<h2>TRYGGHETSPLAN</h2>"
    # A new process finds the template compiled on disk, and the changed source too.
    assert _render(theme, BytecodeCache(disk)) == "<h2>TRYGGHETSPLAN</h2>"
