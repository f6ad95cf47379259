"""The compiled templates a process keeps for its sites' Jinja environments
(`generator.site.speed.BytecodeCache`): each environment renders what its template's
source says now, also after a theme file changed under `mkdocs serve`."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.site import speed
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


def test_sites_in_one_process_find_the_themes_once_and_load_the_same_theme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs import utils
    from mkdocs.config import load_config

    (tmp_path / "mkdocs.yml").write_text("site_name: Skolan\ntheme:\n  name: material\n")
    (tmp_path / "docs").mkdir()
    plain = load_config(str(tmp_path / "mkdocs.yml")).theme.dirs
    found = utils.get_themes
    asked: list[str] = []
    with speed.themes_found_once():
        monkeypatch.setattr(utils, "entry_points", lambda **kw: asked.append("x") or [])
        for _site in range(3):
            assert load_config(str(tmp_path / "mkdocs.yml")).theme.dirs == plain
    assert asked == []  # the package metadata was not read again for each site
    assert utils.get_themes is found


def test_a_broken_theme_install_is_a_site_configuration_error_as_without_the_speed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import functools

    from mkdocs import utils
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    @functools.cache
    def broken() -> dict[str, object]:
        raise ConfigurationError("The theme 'mkdocs' is a builtin theme but the package 'x' …")

    (tmp_path / "mkdocs.yml").write_text("site_name: Skolan\ntheme:\n  name: material\n")
    (tmp_path / "docs").mkdir()
    monkeypatch.setattr(utils, "get_themes", broken)

    def loading() -> str:
        try:
            load_config(str(tmp_path / "mkdocs.yml"))
        except BaseException as error:
            return repr(error)
        return ""

    plain = loading()
    with speed.themes_found_once():  # entering does not raise: loading the site does
        assert loading() == plain != ""
