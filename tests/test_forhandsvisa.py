"""`trygg förhandsvisa`: every site and the portal served on this machine, built again
after each save, as `trygg build` would build them.

The builds are tested in this process (`build.live`: the same bytes as a plain build,
through the standby process it keeps ready); the command once, in a process of its own,
as an author uses it: the pages served, an edit shown, an error told and survived, Ctrl-C.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from generator.build.live import LiveBuilds
from generator.build.pipeline import build_all
from generator.build.request import BuildRequest
from generator.cli.previewaddress import address
from generator.cli.previewinputs import preview_request
from generator.load.layout import EMPTY_DOCS_DIR
from tests.incremental_support import CONFIG, PLAN, ROOT, edit, fix_the_day, tree
from tests.test_build_identical import plain_tree

SCHOOL = "strandskolan"  # PLAN's
MEASURE = ("Lugnare lektionsbyten i B-huset", "Lugnare byten i B-huset")


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_the_day(monkeypatch)


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "theme", project / "theme")
    shutil.copy(CONFIG, project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir()
    shutil.copytree(ROOT / "content", project / "content")
    return project


def test_each_build_after_a_save_is_a_plain_builds_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A school with errors keeps its last site (and is told to save again, not to run
    trygg build), the others follow; once fixed, the output is a plain build's."""
    from generator.cli.buildtold import tell_outcome

    project = _project(tmp_path)
    builds = LiveBuilds(preview_request(project / "mkdocs.yml", tmp_path / "visning", jobs=2))
    out, plan = builds.request.out, project / "content" / PLAN
    try:
        first = builds.build()
        assert first.result.ok and len(first.result.built) == 4 and first.result.portal_built
        assert builds.standby is not None  # ready for the next save
        before, good = tree(out / SCHOOL), plan.read_text(encoding="utf-8")
        plan.write_text(good + "\n: [\n", encoding="utf-8")
        held = builds.build()
        assert held.result.withheld == (SCHOOL,) and tree(out / SCHOOL) == before
        capsys.readouterr()
        tell_outcome(builds.request, held.result)
        told = capsys.readouterr().err
        assert "Rätta felen ovan och spara, så bygger förhandsvisningen om." in told
        assert "trygg build" not in told
        plan.write_text(good.replace(*MEASURE), encoding="utf-8")  # the portal shows it
        fixed = builds.build()
        assert fixed.result.ok and fixed.result.built == (SCHOOL,) and fixed.result.portal_built
        assert tree(out) == plain_tree(project / "content", tmp_path / "plain")
        # mkdocs.yml changed: a standby ready with the old settings would build old pages.
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\ncopyright: Ny rad\n")
        again = builds.build(settings_changed=True)
        assert again.result.ok and "Ny rad" in (out / SCHOOL / "index.html").read_text()
    finally:
        builds.close()
    assert builds.standby is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [("127.0.0.1:8001", ("127.0.0.1", 8001)), (":9000", ("127.0.0.1", 9000)),
     ("[::1]:8000", ("::1", 8000)), ("0.0.0.0:80", ("0.0.0.0", 80))],
)  # fmt: skip
def test_addresses_are_read_as_host_and_port(given: str, expected: tuple[str, int]) -> None:
    assert address(given) == expected


@pytest.mark.parametrize("given", ["localhost", "127.0.0.1:0", "127.0.0.1:70000", "a:b", ":²"])
def test_an_address_without_a_port_is_refused_in_swedish(given: str) -> None:
    import argparse

    with pytest.raises(argparse.ArgumentTypeError, match="är ingen adress: skriv VÄRD:PORT"):
        address(given)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # localhost only
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _until(test: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not test():  # type: ignore[operator]
        assert time.monotonic() < end, "waited too long"
        time.sleep(0.05)


def _told(log: Path) -> str:
    return log.read_text(encoding="utf-8")


def _start(project: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "generator", "förhandsvisa", "--jobs", "2"]
    command += ["--adress", f"127.0.0.1:{port}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(project.parent)}
    with log.open("wb") as written:
        return subprocess.Popen(command, cwd=project, env=env, stdout=written, stderr=written)


def test_the_command_serves_every_site_and_shows_each_save(tmp_path: Path) -> None:
    project, port, log = _project(tmp_path), _free_port(), tmp_path / "logg.txt"
    preview = _start(project, port, log)
    base = f"http://127.0.0.1:{port}/"
    try:
        _until(lambda: "Förhandsvisningen finns på" in log.read_text(encoding="utf-8"))
        assert _get(base)[0] == 200 and _get(f"{base}{SCHOOL}/")[0] == 200
        missing, page = _get(f"{base}{SCHOOL}/finns-inte/")
        assert missing == 404 and 'lang="sv"' in page  # the school's own 404 page
        assert _get(f"{base}assets/")[0] == 404  # no folder listings
        assert _get(f"{base}..%2f..%2fetc%2fpasswd")[0] == 404
        unit = f"{base}granskning/enheter/{SCHOOL}/"
        edit(project / "content", *MEASURE)
        _until(lambda: MEASURE[1] in _get(unit)[1])
        # A broken mkdocs.yml is told at its line; the last build stays served, also
        # after a save to content/ (checked again, never built with).
        config = project / "mkdocs.yml"
        good = config.read_text(encoding="utf-8")
        config.write_text(good + "\nextra: [\n", encoding="utf-8")
        _until(lambda: _told(log).count("mkdocs.yml:") == 1)
        assert "visar det senaste bygget" in _told(log)
        edit(project / "content", MEASURE[1], "Lugna byten")
        _until(lambda: _told(log).count("mkdocs.yml:") == 2)
        assert MEASURE[1] in _get(unit)[1] and preview.poll() is None
        config.write_text(good, encoding="utf-8")
        _until(lambda: "Lugna byten" in _get(unit)[1])
        # Nothing there has a NUL; a page elsewhere cannot reach the preview by its name.
        assert _get(f"{base}%00")[0] == 404
        asked_elsewhere = urllib.request.Request(base, headers={"Host": "angripare.example"})
        with pytest.raises(urllib.error.HTTPError, match="403"):
            urllib.request.urlopen(asked_elsewhere, timeout=5)  # localhost only
    finally:
        preview.send_signal(signal.SIGINT)
        code = preview.wait(timeout=30)
    told = _told(log)
    assert code == 0 and "Förhandsvisningen är avslutad." in told, told
    assert "Traceback" not in told
    assert not list(tmp_path.glob("trygg-forhandsvisning-*"))  # its folder removed
    assert not (project / "site").exists() and not (project / ".trygg-cache").exists()


def test_a_port_in_use_is_told_before_anything_is_built(tmp_path: Path) -> None:
    project = _project(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [
            sys.executable,
            "-m",
            "generator",
            "förhandsvisa",
            "--adress",
            f"127.0.0.1:{port}",
        ]
        done = subprocess.run(command, cwd=project, capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)  # fmt: skip
    assert done.returncode == 2
    assert f"porten {port} på 127.0.0.1 används redan" in done.stderr
    assert f"--adress 127.0.0.1:{port + 1}" in done.stderr


@pytest.mark.parametrize("typed", ["förhandsvisa", "forhandsvisa"])
def test_the_command_is_found_as_typed_with_or_without_the_o_umlaut(typed: str) -> None:
    from generator.cli.main import parse
    from generator.cli.preview import run_preview

    args = parse([typed, "--adress", "127.0.0.1:8123"])
    assert args.command is run_preview and args.adress == ("127.0.0.1", 8123)


class _Sent:
    """A connection that keeps what is sent."""

    def __init__(self) -> None:
        self.words: list[bytes] = []

    def send_bytes(self, data: bytes) -> None:
        self.words.append(data)


def _sender(root: Path) -> tuple[Any, _Sent]:
    from generator.build.watch import Watched, _Sender

    sent = _Sent()
    settings = (root / "mkdocs.yml", root / "conf" / "base.yml")  # the second: not made yet
    watched = Watched(root / "content", (root / "theme", root / "mall"), settings)
    return _Sender(sent, watched), sent  # type: ignore[arg-type]


def test_the_watcher_sends_a_change_to_what_the_watching_rests_on_as_settings(
    tmp_path: Path,
) -> None:
    """Then the watching starts afresh: theme/ made, content/ replaced, the folder of a
    file mkdocs.yml inherits made; a plan saved is content; other files are nothing."""
    from watchdog import events

    from generator.build.watch import CONTENT, SETTINGS

    root = tmp_path
    told = {
        events.FileModifiedEvent(f"{root}/content/skolor/a/skola.yml"): [CONTENT],
        events.DirCreatedEvent(f"{root}/theme"): [SETTINGS],
        events.FileModifiedEvent(f"{root}/theme/main.html"): [SETTINGS],
        events.FileModifiedEvent(f"{root}/mall/main.html"): [SETTINGS],  # a custom_dir
        events.DirMovedEvent(f"{root}/content.ny", f"{root}/content"): [SETTINGS],
        events.DirDeletedEvent(f"{root}/content"): [SETTINGS],
        events.DirCreatedEvent(f"{root}/conf"): [SETTINGS],
        events.FileMovedEvent(f"{root}/.mkdocs.yml.tmp", f"{root}/mkdocs.yml"): [SETTINGS],
        events.DirModifiedEvent(f"{root}"): [],  # a file made beside mkdocs.yml
        events.FileModifiedEvent(f"{root}/README.md"): [],
        events.FileOpenedEvent(f"{root}/content/skolor/a/skola.yml"): [],
        events.DirCreatedEvent(f"{root}/site"): [],
    }
    for event, words in told.items():
        sender, sent = _sender(root)
        sender.on_any_event(event)
        assert sent.words == words, event


def test_a_theme_changed_is_read_again_for_its_scripts(tmp_path: Path) -> None:
    """The last look allows only the theme's own scripts: after the settings change, a
    script a template now writes is the theme's (a fresh `trygg build` would allow it)."""
    from generator.site.themescripts import forget_theme_scripts, script_hash, theme_scripts

    template = tmp_path / "main.html"
    template.write_text("<p>tema</p>", encoding="utf-8")
    assert theme_scripts((str(tmp_path),)) == frozenset()
    template.write_text("<script>console.log(1)</script>", encoding="utf-8")
    forget_theme_scripts()
    assert theme_scripts((str(tmp_path),)) == {script_hash("console.log(1)")}
    forget_theme_scripts()


def test_a_closed_terminal_stops_the_preview_as_ctrl_c_does() -> None:
    from generator.cli.stopping import hang_up_as_stop

    undo = hang_up_as_stop()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGHUP)
            time.sleep(1)
    finally:
        undo()
    assert signal.getsignal(signal.SIGHUP) is signal.SIG_DFL


def test_what_is_said_of_an_address() -> None:
    from generator.cli.previewaddress import address_problem, exposure_note

    assert exposure_note(("127.0.0.1", 8000)) == exposure_note(("localhost", 8000)) == ""
    assert "alla som når den här datorn på 0.0.0.0:8000" in exposure_note(("0.0.0.0", 8000))
    unknown = socket.gaierror(-2, "Name or service not known")
    assert address_problem(("ingen.example", 8000), unknown).startswith("värden ingen.example")
    assert "[::1]:8001" in address_problem(("::1", 8000), OSError(98, "Address in use"))


def test_a_watcher_renewed_misses_no_save_and_waits_for_content_to_come_back(
    tmp_path: Path,
) -> None:
    """A save just before or after the watcher is renewed (after a settings change) is
    still reported; content/ moved away is not watched, and its return is a change."""
    from generator.build.watch import Watched, Watcher

    root = tmp_path
    (root / "content").mkdir()
    (root / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    watched = Watched(root / "content", (root / "theme",), (root / "mkdocs.yml",))
    watcher = Watcher(watched)
    try:
        (root / "content" / "a.yml").write_text("a: 1\n", encoding="utf-8")
        time.sleep(0.3)  # seen by the watcher that is about to be replaced
        watcher.renew(watched)
        assert watcher.wait() is False
        watcher.renew(watched)
        (root / "content" / "a.yml").write_text("a: 2\n", encoding="utf-8")
        assert watcher.wait() is False
        (root / "content").rename(root / "borta")
        assert watcher.wait() is True
        watcher.renew(watched)  # content/ is not there: the watcher still starts
        (root / "borta").rename(root / "content")
        assert watcher.wait() is True
    finally:
        watcher.close()


def test_hooks_and_a_custom_dir_elsewhere_are_inputs_of_every_site(tmp_path: Path) -> None:
    """A hook file or a template in a `custom_dir` outside theme/ changed: every site is
    built again (the cache took them to be unchanged), and MkDocs loads the hook afresh."""
    from mkdocs.config import config_options

    from generator.check.fingerprint import site_inputs
    from generator.site.reloading import forget_loaded_settings

    config = tmp_path / "mkdocs.yml"
    config.write_text("theme:\n  name: material\n  custom_dir: mall\nhooks: [krok.py]\n")
    (tmp_path / "mall").mkdir()
    (tmp_path / "mall" / "main.html").write_text("A", encoding="utf-8")
    (tmp_path / "krok.py").write_text("A = 1\n", encoding="utf-8")
    seen = {site_inputs(config, "")}
    (tmp_path / "mall" / "main.html").write_text("B", encoding="utf-8")
    seen.add(site_inputs(config, ""))
    (tmp_path / "krok.py").write_text("A = 2\n", encoding="utf-8")
    seen.add(site_inputs(config, ""))
    assert len(seen) == 3
    config_options.Hooks("plugins")._load_hook("krok", str(tmp_path / "krok.py"))
    assert config_options.Hooks._load_hook.cache_info().currsize == 1
    forget_loaded_settings()
    assert config_options.Hooks._load_hook.cache_info().currsize == 0


def test_a_preview_of_one_school_builds_it_and_the_portal_only(tmp_path: Path) -> None:
    project = _project(tmp_path)
    request = preview_request(project / "mkdocs.yml", tmp_path / "visning", 2, (SCHOOL,))
    builds = LiveBuilds(request)
    try:
        built = builds.build().result
    finally:
        builds.close()
    assert built.built == (SCHOOL,) and built.portal_built
    out = request.out
    assert (out / SCHOOL / "index.html").is_file() and (out / "index.html").is_file()
    assert not (out / "ekbackens-skola").exists()


def test_a_school_that_is_not_there_is_refused_before_anything_is_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from generator.cli.preview import run_preview

    project = _project(tmp_path)
    asked = argparse.Namespace(
        config=str(project / "mkdocs.yml"), skola=["strandskolna"], adress=("127.0.0.1", 0), jobs=1
    )
    assert run_preview(asked) == 2
    told = capsys.readouterr().err
    assert "strandskolna" in told and "strandskolan" in told  # the one meant, as TP041 says


def test_a_preview_with_utkast_shows_each_save_of_an_utkast_as_a_build_with_utkast(
    tmp_path: Path,
) -> None:
    """The preview keeps its own cache also with utkast shown: after a save, its sites are
    those a fresh `trygg build --med-utkast` (which keeps no cache) makes."""
    from tests.test_drafts_build import DRAFT_FILE, MARKERS, _with_drafts

    project = _project(tmp_path)
    _with_drafts(project)
    request = preview_request(project / "mkdocs.yml", tmp_path / "visning", 2, drafts=True)
    builds = LiveBuilds(request)
    try:
        builds.build()
        edit(project, MARKERS[1], "Utkastet sparat igen", DRAFT_FILE)
        assert builds.build().result.built == (SCHOOL,)
    finally:
        builds.close()
    shown = (request.out / SCHOOL / "trygghetsplan" / "index.html").read_text("utf-8")
    assert "Utkast – inte beslutad" in shown and "Utkastet sparat igen" in shown
    fresh = tmp_path / "utkast"
    build_all(BuildRequest(project / "mkdocs.yml", project / "content", fresh, drafts=True))
    assert tree(request.out) == tree(fresh)
