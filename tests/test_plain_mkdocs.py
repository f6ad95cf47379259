"""A plain `mkdocs build` with trygg's plugin, in-process as MkDocs' command line runs it:
it never empties trygg build's output, tells trygg's problems at their level, and says
MkDocs' own lines in Swedish."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.cli.main import main
from generator.load.resources import resource_dir
from generator.site.mkdocslines import swedish_lines
from generator.site.outputs import OUTPUT_MARK, PREVIEW
from tests.test_init import take_over

SCHOOL = "solskolan"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun")
    with pytest.raises(SystemExit) as done:
        main(["init", str(root), "--huvudman", "Norrviks kommun", "--skola", SCHOOL])
    assert not done.value.code
    take_over(root / "content/skolor" / SCHOOL)  # else its errors stop the build (TP311)
    return root


class _Heard(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.levelno, record.getMessage()))


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Heard]:
    """What MkDocs' terminal would show, at INFO and above (as `mkdocs build` logs)."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    logger, handler = logging.getLogger("mkdocs"), _Heard()
    level = logger.level
    logger.setLevel(logging.INFO)  # `trygg build` in this process may have quietened it
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def plain_build(project: Path, site_dir: Path | None = None, *, strict: bool = False) -> None:
    """`mkdocs build [-d site_dir] [--strict]` in `project`, as MkDocs' command runs it."""
    folder = str(site_dir) if site_dir else None
    config = load_config(str(project / "mkdocs.yml"), site_dir=folder, strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def trygg_output(folder: Path) -> dict[str, str]:
    """A folder as `trygg build` leaves it: the portal, a school, the mark."""
    files = {"index.html": "Portalen", f"{SCHOOL}/index.html": "Skolan", OUTPUT_MARK: ""}
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return files


def unchanged(folder: Path, files: dict[str, str]) -> bool:
    found = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    return found == set(files) and all(
        (folder / name).read_text(encoding="utf-8") == text for name, text in files.items()
    )


def test_a_plain_build_writes_beside_trygg_builds_output_and_says_so(
    project: Path, heard: _Heard
) -> None:
    published = trygg_output(project / "site")
    plain_build(project)
    assert unchanged(project / "site", published)
    preview = project / PREVIEW
    assert "Min skola" in (preview / "index.html").read_text(encoding="utf-8")
    said = [message for _, message in heard.lines]
    assert any(f"{PREVIEW}/ – {project}/site/ är trygg build:s mapp" in m for m in said), said
    assert f"Bygger webbplatsen i {preview}" in said, said
    assert any(re.fullmatch(r"Webbplatsen byggdes på \d+,\d\d sekunder", m) for m in said), said
    english = ("Cleaning site directory", "Building documentation", "Documentation built")
    assert not [m for m in said if m.startswith(english)], said
    warned = [m for level, m in heard.lines if level == logging.WARNING]
    assert warned and all(m.startswith("trygg: content/") for m in warned), warned
    assert any(" varning TP304 " in m for m in warned), warned


def test_a_site_dir_of_ones_own_is_built_there(project: Path, tmp_path: Path) -> None:
    plain_build(project, tmp_path / "egen")
    assert (tmp_path / "egen" / "index.html").is_file()
    assert not (project / "site").exists() or (project / "site" / OUTPUT_MARK).exists()


@pytest.mark.parametrize("where", ["ut", "ut/solskolan", "runt"])
def test_a_plain_build_never_touches_a_folder_trygg_built(
    project: Path, tmp_path: Path, where: str
) -> None:
    """The folder itself, a folder inside it, or one that holds it (`runt/ut`)."""
    built = tmp_path / ("runt/ut" if where == "runt" else "ut")
    built.mkdir(parents=True)
    published = trygg_output(built)
    with pytest.raises(Abort) as stopped:
        plain_build(project, tmp_path / where)
    said = stopped.value.format_message()
    assert "innehåller webbplatser som trygg har byggt" in said, said
    assert f"mkdocs build -d {PREVIEW}" in said and "trygg build" in said
    assert unchanged(built, published)


def test_a_plain_build_never_empties_a_folder_of_someone_elses_files(
    project: Path, tmp_path: Path
) -> None:
    """`mkdocs build -d ~/Dokument`: MkDocs would empty it; the build stops, nothing touched."""
    own = tmp_path / "dokument"
    files = {"brev.txt": "Mitt brev", "bilder/semester.txt": "Bilder"}
    for name, text in files.items():
        (own / name).parent.mkdir(parents=True, exist_ok=True)
        (own / name).write_text(text, encoding="utf-8")
    with pytest.raises(Abort) as stopped:
        plain_build(project, own)
    said = stopped.value.format_message()
    assert f"{own}/ innehåller redan filer som mkdocs build inte har skrivit" in said, said
    assert f"mkdocs build -d {PREVIEW}" in said, said
    assert unchanged(own, files)


def test_a_plain_build_builds_again_where_it_built_before(project: Path, tmp_path: Path) -> None:
    """Its own folder, and one holding only hidden entries (a `.git` of a host's branch)."""
    folder = tmp_path / "forhandsvisning"
    (folder / ".git").mkdir(parents=True)
    plain_build(project, folder)
    (folder / "gammal.html").write_text("från förra bygget", encoding="utf-8")
    plain_build(project, folder)
    assert (folder / "index.html").is_file() and (folder / ".git").is_dir()
    assert not (folder / "gammal.html").exists()


def test_strict_stops_at_trygg_warnings_in_swedish(project: Path, tmp_path: Path) -> None:
    """As `trygg check --strict` does: a new repo's FYLL I marks are warnings."""
    with pytest.raises(Abort) as stopped:
        plain_build(project, tmp_path / "strikt", strict=True)
    said = stopped.value.format_message()
    assert said.startswith("Bygget avbröts med --strict: ") and " varningar (se ovan)." in said


def test_the_preview_servers_lines_keep_their_time_and_address(heard: _Heard) -> None:
    server = logging.getLogger("mkdocs.livereload")
    with swedish_lines():
        server.info("[12:17:09] Serving on http://127.0.0.1:8000/skola/")
        server.info("[12:17:20] Detected file changes")
        server.info("[12:17:21] Something MkDocs says that trygg does not know")
    server.info("[12:17:22] Reloading browsers")  # outside trygg's run: as MkDocs says it
    assert [message for _, message in heard.lines] == [
        "[12:17:09] Förhandsvisningen finns på http://127.0.0.1:8000/skola/",
        "[12:17:20] Filer har ändrats",
        "[12:17:21] Something MkDocs says that trygg does not know",
        "[12:17:22] Reloading browsers",
    ]


def test_the_preview_names_the_folders_it_watches_as_the_author_knows_them(
    heard: _Heard,
) -> None:
    """Before: "Bevakar ändringar i 'content', 'mkdocs.yml', '/home/…/site-packages/
    generator/bundled/schemas'", a path inside the installation and the package's name."""
    venv = "/home/rektor/.venv/lib/python3.12/site-packages"
    watched = [
        "content",
        "mkdocs.yml",
        f"{venv}/generator/bundled/schemas",
        f"{venv}/generator/bundled/theme/overrides",
        f"{venv}/material/templates",
        str(resource_dir("schemas")),  # a checkout of trygg: its schemas/
    ]
    with swedish_lines():
        logging.getLogger("mkdocs.livereload").info(
            "[12:17:09] Watching paths for changes: " + ", ".join(f"'{p}'" for p in watched)
        )
    assert [message for _, message in heard.lines] == [
        "[12:17:09] Bevakar ändringar i 'content', 'mkdocs.yml', trygg:s scheman, trygg:s tema "
        "och det installerade paketet material"
    ]


def test_a_plain_build_with_a_repository_box_stops_and_writes_nothing(
    project: Path, tmp_path: Path
) -> None:
    """`repo_url` would make every reader's browser ask the repository host (Material's
    script); a plain build stops as `trygg build` does, before it makes its folder."""
    copy = tmp_path / "kopia"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site*"))
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + "repo_url: https://github.com/norrvik/trygg\n", encoding="utf-8")
    with pytest.raises(Abort) as stopped:
        plain_build(copy, tmp_path / "ut")
    assert "repo_url gör att besökarnas webbläsare" in stopped.value.format_message()
    assert not (tmp_path / "ut").exists()


def test_a_watched_path_s_control_characters_are_shown_not_run() -> None:
    """The paths are the repository's mkdocs.yml's: an escape sequence in one is shown as
    text in the terminal, never run (it could rewrite the screen or the window's title)."""
    from generator.site.mkdocslines import watched

    told = watched("'content', 'x\x1b[31mRÖD\x1b]0;titel\x07'")
    assert "\x1b" not in told and "\x07" not in told
    assert told.startswith("'content' och 'x")
