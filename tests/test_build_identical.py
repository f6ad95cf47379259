"""Every shortcut of `trygg build` gives the same bytes as a plain, clean build.

A cold build with every speed-up, a warm build (nothing changed), an incremental
build (one school edited, then reverted), a build after the output was removed or
tampered with, a build from shards and a plain build without any speed-up must all
write byte-identical output. An incremental build leaves the unchanged sites (and
an unchanged portal) where they are. No timings here: the speed is measured by
benchmarks/run.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.build.pipeline import build_all
from generator.build.request import BuildRequest
from generator.build.shards import Shard
from generator.load.layout import EMPTY_DOCS_DIR
from tests.incremental_support import (
    CONFIG,
    ROOT,
    build,
    copy_content,
    edit,
    fix_the_day,
    tree,
)


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_the_day(monkeypatch)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_content(tmp_path)


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*.html")}


def plain_tree(content: Path, out: Path) -> dict[str, bytes]:
    """The output of a build without cache, shards or speed-ups."""
    build(content, out, plain=True)
    return tree(out)


def test_cold_warm_and_incremental_builds_are_identical(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    plain = plain_tree(content, tmp_path / "plain")
    # The feeds and the open data files are among what must come out byte for byte the same.
    assert {"feed.xml", "strandskolan/feed.xml", "strandskolan/datapackage.json"} <= set(plain)
    assert "strandskolan/plan/2026-27-enkatresultat.csv" in plain
    cold = build(content, out, cache_dir=cache, jobs=2)
    assert tree(out) == plain
    assert sorted(cold.built) == [
        "ekbackens-skola",
        "forskolan-solrosen",
        "lovangens-skola",
        "strandskolan",
    ]

    warm = build(content, out, cache_dir=cache)
    assert warm.up_to_date and tree(out) == plain
    assert warm.report.format_text() == cold.report.format_text()

    before = inodes(out)
    edit(content, "alla kan vara sig själva", "alla får vara sig själva")
    incremental = build(content, out, cache_dir=cache)
    assert incremental.built == ("strandskolan",)
    assert len(incremental.reused) == len(cold.built) - 1
    assert tree(out) == plain_tree(content, tmp_path / "clean")
    after = inodes(out)
    kept = {p for p in after if before.get(p) == after[p]}
    # The other sites and the portal (the edit is not on it) were left where they were,
    # and so were the school's pages the edit did not change (`build.schoolpages`).
    assert {p for p in kept if p.startswith("strandskolan/")} >= {"strandskolan/arshjul/index.html"}
    assert {p for p in kept if not p.startswith("strandskolan/")} == {
        p for p in after if not p.startswith("strandskolan/")
    }

    edit(content, "alla får vara sig själva", "alla kan vara sig själva")
    reverted = build(content, out, cache_dir=cache)
    assert reverted.built == ("strandskolan",)
    assert tree(out) == plain


def test_a_change_the_portal_shows_rebuilds_it(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    unit_page = out / "granskning" / "enheter" / "strandskolan" / "index.html"
    portal = unit_page.read_text(encoding="utf-8")
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")  # the granskning lists it
    changed = build(content, out, cache_dir=cache, jobs=2)
    assert changed.built == ("strandskolan",)
    assert tree(out) == plain_tree(content, tmp_path / "plain")
    assert unit_page.read_text(encoding="utf-8") != portal


def test_a_changed_report_of_the_huvudman_rebuilds_the_portal_only(
    content: Path, tmp_path: Path
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    report = content / "rapporter" / "dialogmote-trygghet-2026.yml"
    text = report.read_text(encoding="utf-8")
    old, new = "{namn: Mobilfria lektioner, antal: 6}", "{namn: Mobilfria lektioner, antal: 16}"
    report.write_text(text.replace(old, new), encoding="utf-8")
    changed = build(content, out, cache_dir=cache)
    assert not changed.up_to_date and changed.built == () and changed.portal_built
    assert tree(out) == plain_tree(content, tmp_path / "plain")
    page = out / "rapporter" / "dialogmote-trygghet-2026" / "index.html"
    cells = re.sub(r' data-label="[^"]*"', "", page.read_text(encoding="utf-8"))
    assert "<td>Mobilfria lektioner</td>\n<td>16</td>" in cells


def test_a_removed_or_changed_output_is_restored(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    plain = plain_tree(content, tmp_path / "plain")
    build(content, out, cache_dir=cache)
    shutil.rmtree(out)
    assert not build(content, out, cache_dir=cache).up_to_date  # the output must be there
    assert tree(out) == plain
    page = out / "ekbackens-skola" / "index.html"
    page.unlink()
    page.write_text("ändrad för hand", encoding="utf-8")  # a new file, not the one built
    edit(content, "alla kan vara sig själva", "alla får vara sig själva")
    result = build(content, out, cache_dir=cache)
    assert result.built == ("strandskolan",)
    assert tree(out) == plain_tree(content, tmp_path / "clean")


def test_an_output_left_behind_by_a_build_elsewhere_is_brought_up_to_date(
    content: Path, tmp_path: Path
) -> None:
    """Built to A, the content changed, built to B, then to A again with one cache: A is
    brought up to date, not said to be ("Inget har ändrats")."""
    cache, first, second = tmp_path / "cache", tmp_path / "a", tmp_path / "b"
    build(content, first, cache_dir=cache)
    edit(content, "alla kan vara sig själva", "alla får vara sig själva")
    build(content, second, cache_dir=cache)
    again = build(content, first, cache_dir=cache)
    assert not again.up_to_date
    assert tree(first) == tree(second) == plain_tree(content, tmp_path / "plain")


def test_student_pages_from_a_tampered_cache_are_made_again(content: Path, tmp_path: Path) -> None:
    """The cache is untrusted: a kept student page with an address out of the site, or
    pages for other bands than the school's (a förskola's for a F–6 school), are not
    taken (`render.files`, `render.school`)."""
    cache, out = tmp_path / "cache", tmp_path / "site"
    plain = plain_tree(content, tmp_path / "plain")
    build(content, out, cache_dir=cache)
    kept = cache / "kontroll"
    key, _, text = (kept / "strandskolan.elevsidor.json").read_text("utf-8").partition("\n")
    outside = tmp_path / "utanför" / "index.md"  # "../" up to the root, then down here
    escape = f'{{"uri": "{"../" * 40}{str(outside).lstrip("/")}", "content": "# ut"}}, '
    text = text.replace('"data": [', '"data": [' + escape, 1)
    (kept / "strandskolan.elevsidor.json").write_text(f"{key}\n{text}", encoding="utf-8")
    other = (kept / "forskolan-solrosen.elevsidor.json").read_text("utf-8").partition("\n")[2]
    own = kept / "ekbackens-skola.elevsidor.json"
    own.write_text(own.read_text("utf-8").partition("\n")[0] + "\n" + other, encoding="utf-8")
    shutil.rmtree(cache / "webbplatser")  # the sites are made again, from the kept checks
    shutil.rmtree(out)
    assert len(build(content, out, cache_dir=cache).built) == 4
    assert tree(out) == plain
    assert not outside.parent.exists()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_tampered_model_in_the_cache_is_checked_again(
    content: Path, tmp_path: Path, jobs: int
) -> None:
    """A kept model edited in the cache (one that would read an image from elsewhere, or
    write a page outside the site) does not verify with the cache key: it is not built
    from, its school is checked and built again, and nothing outside is touched."""
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache, jobs=jobs)
    kept = cache / "kontroll"
    secret = tmp_path / "utanför" / "hemlig.png"
    secret.parent.mkdir()
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")  # what a model pointing here would publish
    tampered = {
        "strandskolan": ('"id": "strandskolan"', '"id": "../../../utanför"'),
        "ekbackens-skola": ('"slug": "', '"slug": "../../../utanför/'),
    }
    for school, (old, new) in tampered.items():
        model = kept / f"{school}.modell.json"
        text = model.read_text(encoding="utf-8")
        assert old in text
        model.write_text(text.replace(old, new, 1), encoding="utf-8")
    shutil.rmtree(cache / "webbplatser")  # the sites are made again, from the kept models
    shutil.rmtree(out)
    result = build_all(BuildRequest(CONFIG, content, out, cache_dir=cache, jobs=jobs))
    assert result.ok and {"strandskolan", "ekbackens-skola"} <= set(result.built)
    assert result.refused == ()
    assert sorted(p.name for p in secret.parent.iterdir()) == ["hemlig.png"]
    assert (out / "strandskolan" / "index.html").is_file()


def test_pages_the_check_allows_are_built_from_the_kept_check_too(
    content: Path, tmp_path: Path
) -> None:
    """Free pages with names the check accepts (hidden, a backslash, spaces and å) are
    built from a kept model as from a fresh one (`check.trust` is no stricter)."""
    pages = content / "skolor/strandskolan/sidor"
    for name in (".dold.md", "snedstreck\\bak.md", "Våra regler.md"):
        (pages / name).write_text((pages / "ordningsregler.md").read_text("utf-8"), "utf-8")
    cache, out = tmp_path / "cache", tmp_path / "site"
    plain = plain_tree(content, tmp_path / "plain")
    build(content, out, cache_dir=cache)
    shutil.rmtree(cache / "webbplatser")  # the sites are made again, from the kept models
    shutil.rmtree(out)
    assert len(build(content, out, cache_dir=cache).built) == 4
    assert tree(out) == plain


def test_shards_merge_into_the_same_output(content: Path, tmp_path: Path) -> None:
    plain = plain_tree(content, tmp_path / "plain")
    parts = tmp_path / "delar"
    for number in (1, 2):
        build(content, parts / f"del-{number}", shard=Shard(number, 2))
    merged = build(content, tmp_path / "site", merge_from=parts)
    assert merged.built == ()
    assert tree(tmp_path / "site") == plain


def test_shards_split_the_schools_between_them() -> None:
    ids = [f"skola-{n}" for n in range(200)]
    shards = [Shard(k, 3) for k in (1, 2, 3)]
    owners = [[s for s in shards if s.owns(school)] for school in ids]
    assert all(len(found) == 1 for found in owners)
    assert all(30 < sum(s.owns(i) for i in ids) < 100 for s in shards)


def test_a_bad_shard_is_refused_in_swedish() -> None:
    with pytest.raises(ValueError, match="ingen del"):
        Shard.parse("3/2")


def _project(tmp_path: Path) -> Path:
    """A project of the example's content, theme and mkdocs.yml, to run the command in."""
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "theme", project / "theme")
    shutil.copy(CONFIG, project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "content", project / "content")
    return project


def test_the_command_builds_an_edited_site_like_a_plain_build(tmp_path: Path) -> None:
    """Through `trygg build --jobs 2`: the standby process builds the one edited site."""
    from generator.cli.main import main

    project = _project(tmp_path)
    out = project / "site"

    def command() -> None:
        argv = ["build", "--config", str(project / "mkdocs.yml"), "--out", str(out), "--jobs", "2"]
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0

    command()
    edit(project / "content", "alla kan vara sig själva", "alla får vara sig själva")
    command()
    assert tree(out) == plain_tree(project / "content", tmp_path / "plain")
    # A measure renamed: the portal's granskning lists it, so the standby's twin builds
    # the portal while the standby builds the school.
    old_portal = tree(out)
    edit(project / "content", "Lugnare lektionsbyten i B-huset", "Lugnare byten i B-huset")
    command()
    rebuilt = tree(out)
    assert rebuilt == plain_tree(project / "content", tmp_path / "plain-portal")
    changed = {name for name in rebuilt if rebuilt[name] != old_portal.get(name)}
    assert any(name.startswith("granskning/") for name in changed)
    assert any(b"Lugnare byten i B-huset" in rebuilt[name] for name in changed)
    # The twin also left its portal in the cache: the next edit builds from it.
    edit(project / "content", "Samtycke och bilder i åk 7–9", "Samtycke och bilder")
    command()
    assert tree(out) == plain_tree(project / "content", tmp_path / "plain-again")


def _command(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """`trygg build --jobs 2` in a process of its own: its real stderr (pytest's capture
    would hide what MkDocs logs, and what the workers print)."""
    argv = ["build", "--config", str(project / "mkdocs.yml"), "--out", str(out), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRYGG_UTAN_PDF": "1"}
    command = [sys.executable, "-m", "generator", *argv]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("delay", "group"), [(0.5, False), (1.5, False), (1.5, True)])
def test_a_build_told_to_stop_by_its_ci_leaves_nothing_behind(
    tmp_path: Path, delay: float, group: bool
) -> None:
    """SIGTERM to the command (a CI cancelling its job), or to its whole process group,
    while its helpers check or build: it stops as after Ctrl-C, no helper is left holding
    its output open (nor is the command left waiting for a helper that died), no work
    folder is left beside the output, and the published output is as it was."""
    project = _project(tmp_path)
    out = project / "site"
    assert _command(project, out).returncode == 0
    before = tree(out)
    argv = ["build", "--config", str(project / "mkdocs.yml"), "--out", str(out), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRYGG_UTAN_PDF": "1"}
    command = [sys.executable, "-m", "generator", *argv, "--ingen-cache"]
    running = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    time.sleep(delay)
    if group:
        os.killpg(running.pid, signal.SIGTERM)
    else:
        running.send_signal(signal.SIGTERM)
    _out, err = running.communicate(timeout=60)  # every holder of the pipes has gone
    assert _in_session(running.pid) == []
    assert running.returncode in (0, 130), err
    if running.returncode == 130:
        assert err.decode().strip().endswith("trygg: avbrutet. Tidigare utdata är orörd.")
        assert tree(out) == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


def _in_session(session: int) -> list[int]:
    """The processes still alive in the session `session` leads (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == session and fields[0] != "Z":  # (state, ppid, pgrp, session)
                found.append(int(stat.parent.name))
    return found


def test_mkdocs_refusing_the_configuration_stops_a_build_with_a_standby(tmp_path: Path) -> None:
    """With a cache the standby process loads mkdocs.yml, not the command: a broken one
    still stops the build with one Swedish line and nothing else, before anything is
    published: when every site is to be built again (the file changed), and when nothing
    changed but MkDocs can no longer read it (its theme folder gone)."""
    project = _project(tmp_path)
    (project / "egen").mkdir()
    config = project / "mkdocs.yml"
    themed = "theme:\n  name: material\n  custom_dir: egen\n"
    config.write_text(config.read_text("utf-8").replace("theme:\n  name: material\n", themed))
    out = project / "site"
    assert _command(project, out).returncode == 0
    before = tree(out)
    (project / "egen").rmdir()
    for why in ("nothing changed", "the file changed"):
        done = _command(project, out)
        assert done.returncode == 2, (why, done.stderr)
        assert "MkDocs kan inte läsa" in done.stderr, (why, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, (why, done.stderr)
        assert tree(out) == before
        config.write_text(config.read_text("utf-8") + "  - ingen-sadan-plugin\n")


def test_a_standby_process_runs_one_job_and_passes_its_error_on() -> None:
    from generator.build.standby import Standby
    from generator.build.worker import build_school

    standby = Standby(CONFIG)
    try:
        why = standby.submit(build_school, "inget jobb", "{}").result()
    finally:
        standby.close()
    assert "Undecodable" in why and why.startswith("webbplatsen kunde inte byggas")
    assert not standby.process.is_alive()


def test_a_standby_process_says_what_mkdocs_thinks_of_the_configuration(tmp_path: Path) -> None:
    from generator.build.standby import Standby

    broken = tmp_path / "mkdocs.yml"
    broken.write_text(CONFIG.read_text(encoding="utf-8") + "  - ingen-sadan-plugin\n")
    for config, refused in ((CONFIG, False), (broken, True)):
        standby = Standby(config)
        try:
            why = standby.config_problem()
        finally:
            standby.close()
        assert ("MkDocs kan inte läsa" in why) is refused, why
        assert bool(why) is refused


def test_the_standby_twin_passes_a_portal_it_could_not_build_on(tmp_path: Path) -> None:
    from generator.build.portal import PortalPlan
    from generator.build.standby import Standby
    from generator.problems import BuildFailed

    standby = Standby(CONFIG)
    try:
        assert standby.build_portal("{}", tmp_path / ".portal", PortalPlan("", ""), copy=False)
        with pytest.raises(BuildFailed, match=r"^portalen kunde inte byggas"):
            standby.portal_built()
    finally:
        standby.close()


def _twin_of(standby: Any) -> int:
    """The pid of the standby's twin (its child, in its process group), once it exists."""
    for _ in range(500):
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and int(entry.name) != standby.process.pid:
                with contextlib.suppress(OSError):
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    if int(fields[1]) == standby.process.pid:  # its parent
                        return int(entry.name)
        time.sleep(0.01)
    raise AssertionError("no twin")


def _ended(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"  # ended, not yet reaped


def test_a_standby_process_that_is_gone_is_said_in_swedish() -> None:
    """Ended before it takes the job: the build stops with why; ended while it builds:
    the school is withheld with why (never a silent exit 0, never a traceback)."""
    from generator.build.standby import GONE, Standby
    from generator.build.worker import build_school
    from generator.problems import BuildFailed

    standby = Standby(CONFIG)
    try:
        assert standby.config_problem() == ""
        os.kill(standby.process.pid, signal.SIGKILL)
        standby.process.join()
        with pytest.raises(BuildFailed, match="avslutades oväntat"):
            standby.submit(build_school, "inget jobb", "{}")
    finally:
        standby.close()
    standby = Standby(CONFIG)
    try:
        assert standby.config_problem() == ""
        os.kill(standby.process.pid, signal.SIGSTOP)  # it cannot finish the job first
        standby.submit(build_school, "inget jobb", "{}")
        os.kill(standby.process.pid, signal.SIGKILL)
        assert standby.result() == GONE
    finally:
        standby.close()


def test_closing_a_standby_ends_its_twin_even_while_the_twin_builds() -> None:
    from generator.build.standby import Standby

    standby = Standby(CONFIG)
    try:
        assert standby.config_problem() == ""
        twin = _twin_of(standby)
        os.kill(twin, signal.SIGSTOP)  # as busy as it gets: it reads nothing
    finally:
        standby.close()
    for _ in range(200):
        if _ended(twin):
            break
        time.sleep(0.01)
    assert _ended(twin)


def test_a_helper_process_ends_when_the_process_that_forked_it_ends() -> None:
    """The standby dies with the build and the twin with the standby (a build stopped by
    its CI with SIGTERM to its group, or by kill -9, leaves nothing building)."""
    from generator.check.forking import die_with

    read, write = os.pipe()
    forker = os.fork()
    if forker == 0:  # stands for the build: forks a helper, says its pid, waits
        try:
            me = os.getpid()
            helper = os.fork()
            if helper == 0:
                die_with(me)
                time.sleep(60)
                os._exit(0)
            os.write(write, str(helper).encode())
            time.sleep(60)
        finally:
            os._exit(0)
    os.close(write)
    helper = int(os.read(read, 32))
    os.close(read)
    os.kill(forker, signal.SIGKILL)
    os.waitpid(forker, 0)
    for _ in range(300):
        if _ended(helper):
            break
        time.sleep(0.01)
    assert _ended(helper)
