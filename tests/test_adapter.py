"""The MkDocs adapter: the checked patches of MkDocs' internals, and their fallback.

Each patch (`site.reached` lists them) checks first that what it replaces is still as
expected; when it is not (a newer compatible release), trygg says so once and lets MkDocs
work alone. Both ways give the same bytes.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.utils import CountHandler

from generator.check.run import check_content
from generator.clock import reference_date
from generator.render.site import site_for
from generator.render.sitecontent import SiteContent
from generator.site import internals, themelisting
from generator.site.build import build_site, speeding_up
from generator.site.preview import native_watching
from generator.site.quiet import THEME_NOTICE_OFF

ROOT = Path(__file__).resolve().parents[1]
TRYGG = "mkdocs.plugins.trygg"  # the plugin's logger, as MkDocs names it
SCHOOL = "strandskolan"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def site() -> SiteContent:
    checked = check_content(ROOT / "content", only=[SCHOOL])
    return site_for(checked, SCHOOL, ROOT / "content", today=reference_date())


def build(out: Path, site: SiteContent, cache: Path | None = None) -> dict[str, bytes]:
    """The site built plainly, or (given a folder) with every speed-up and its caches there."""
    if cache is None:
        build_site(ROOT / "mkdocs.yml", out, site)
    else:
        with speeding_up(cache / "lager", False, str(cache / "mkdocs"), "nyckel"):
            build_site(ROOT / "mkdocs.yml", out, site)
    return tree(out)


def test_the_patched_the_fallback_and_the_plain_build_give_the_same_bytes(
    tmp_path: Path,
    site: SiteContent,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    plain = build(tmp_path / "plain", site)
    fast = build(tmp_path / "fast", site, tmp_path / "cache")
    again = build(tmp_path / "again", site, tmp_path / "cache")  # from the kept listing
    assert fast == plain and again == plain
    assert list((tmp_path / "cache" / "mkdocs").glob("temafiler-*.json")), "the listing is kept"

    monkeypatch.setattr(themelisting, "theme_listing_patchable", lambda: False)
    monkeypatch.setattr(internals, "_WARNED", set())
    with caplog.at_level(logging.INFO, logger=TRYGG):
        first = build(tmp_path / "fallback", site, tmp_path / "other")
        second = build(tmp_path / "fallback2", site, tmp_path / "other")
    assert first == plain and second == plain
    warnings = [r for r in caplog.records if "Files.add_files_from_theme" in r.getMessage()]
    assert len(warnings) == 1, "one warning, however many sites"
    assert not list((tmp_path / "other" / "mkdocs").glob("temafiler-*.json"))


def test_the_listing_patch_checks_the_signatures_it_relies_on() -> None:
    assert themelisting.theme_listing_patchable()


def test_a_shortcut_turned_off_is_told_as_the_plugins_messages_are_not_as_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under `mkdocs build` and `mkdocs serve` the notice goes through MkDocs' handler
    (its level name, "trygg: " once), and `--strict` does not stop on it: nothing for
    the author to fix, the bytes are the same."""
    monkeypatch.setattr(internals, "_WARNED", set())
    mkdocs = logging.getLogger("mkdocs")
    shown, counted = logging.StreamHandler(sys.stderr), CountHandler()
    shown.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    counted.setLevel(logging.WARNING)  # as MkDocs counts for --strict
    monkeypatch.setattr(mkdocs, "level", logging.INFO)
    for handler in (shown, counted):
        mkdocs.addHandler(handler)
    try:
        internals.warn_once("Theme.get_env")
        internals.warn_once("Theme.get_env")
    finally:
        for handler in (shown, counted):
            mkdocs.removeHandler(handler)
    told = capsys.readouterr().err.splitlines()
    assert told == [
        "INFO - trygg: Theme.get_env är inte som trygg väntar sig i den installerade "
        "versionen; trygg bygger utan den genvägen (långsammare, med samma resultat)."
    ]
    assert not counted.get_counts()


def test_a_tampered_stored_listing_is_not_used(tmp_path: Path) -> None:
    dirs = ("/tema", "|")
    file = themelisting._listing_file(tmp_path, "nyckel", dirs)
    file.write_text('[["../../etc/passwd", "/tema"]]', encoding="utf-8")
    assert themelisting._stored(tmp_path, "nyckel", dirs) is None
    file.write_text('[["x.css", "/någon/annan"]]', encoding="utf-8")
    assert themelisting._stored(tmp_path, "nyckel", dirs) is None
    file.write_text("inte json", encoding="utf-8")
    assert themelisting._stored(tmp_path, "nyckel", dirs) is None


def test_a_server_without_the_expected_attributes_keeps_polling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(internals, "_WARNED", set())
    server = SimpleNamespace(watch=lambda path: None)  # a server of another shape
    config = SimpleNamespace(docs_dir="docs", config_file_path="mkdocs.yml")
    with caplog.at_level(logging.INFO, logger=TRYGG):
        assert not native_watching(server, config, [tmp_path])
        assert not native_watching(server, config, [tmp_path])
    assert [r.getMessage() for r in caplog.records if "LiveReloadServer" in r.getMessage()]
    assert len(caplog.records) == 1


@pytest.mark.parametrize("quiet", [False, True])
def test_trygg_keeps_materials_end_of_life_notice_out(quiet: bool) -> None:
    """Material prints its notice when it is loaded in a process started as `mkdocs`,
    unless the variable it honours is set: trygg's commands set it first (`quiet_mkdocs`).
    Without it the notice shows, so this test sees when Material drops or renames it."""
    script = (
        "import sys; sys.argv[0] = '/usr/bin/mkdocs'\n"
        "from generator.site.quiet import quiet_mkdocs\n"
        f"{'quiet_mkdocs()' if quiet else ''}\n"
        "from mkdocs.config import load_config\n"
        f"load_config({str(ROOT / 'mkdocs.yml')!r})\n"
    )
    env = {k: v for k, v in os.environ.items() if k != THEME_NOTICE_OFF}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert ("end of life" in done.stderr) is not quiet, done.stderr
