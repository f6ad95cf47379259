"""`trygg build` when one school's new site is refused after it is built (by the last look,
or by MkDocs): the other schools are still published, the refused school keeps its old
site byte for byte, the terminal says why, and the next build tries it again. The look
is stood in for where it must refuse one school in this process; with worker processes
a real number that only the look reads is used (workers may be started without fork)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.build import jobs
from generator.problems import BuildFailed
from generator.render.portalrows import Withheld, withheld_row
from tests.test_build import make_project, read, run_build
from tests.test_isolation import Run, captured_build, edit, hashes

REFUSED, EDITED = "ekbackens-skola", "strandskolan"
WHY = f"webbplatsen {REFUSED} publiceras inte, den innehåller index.html: ett personnummer"


_LOOK = jobs.refuse_unsafe


def _refusing(target: Path, *args: Any, **kwargs: Any) -> None:
    if Path(target).name == REFUSED:
        raise BuildFailed(WHY)
    _LOOK(target, *args, **kwargs)


def _build(project: Path, out: Path, *extra: str) -> tuple[int, str]:
    code, _stdout, stderr = captured_build(project, out, *extra)
    return code, stderr


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Two schools edited after a good build; the new site of one of them is refused."""
    project = make_project(tmp_path_factory.mktemp("refused"))
    out = project / "site"
    assert run_build(project, out) == 0
    before = hashes(out / REFUSED)
    for school in (REFUSED, EDITED):
        skola = project / "content" / "skolor" / school / "skola.yml"
        edit(skola, "beskrivning: |\n", "beskrivning: |\n  Nyhet i dag.\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jobs, "refuse_unsafe", _refusing)  # (built whole: the look at the end)
        found = captured_build(project, out, "--ingen-cache")
    return Run(project, out, before, *found)


def test_the_refused_school_keeps_its_old_site_and_the_others_are_published(
    refused: Run,
) -> None:
    assert refused.code == 1
    assert hashes(refused.out / REFUSED) == refused.before
    assert "Nyhet i dag." in read(refused.out / EDITED / "index.html")
    assert (refused.out / "index.html").is_file()  # the portal too


def _portal_row(out: Path, school: str) -> str:
    """The portal's row of the school (its link, or its name when nothing is published)."""
    rows = re.findall(r'<tr><th scope="row">.*?</tr>', read(out / "index.html"), re.DOTALL)
    [row] = [row for row in rows if f'href="{school}/"' in row]
    return row


def test_the_portal_lists_the_refused_school_as_withheld_with_its_old_site(refused: Run) -> None:
    """The portal, built while the schools were, is made again: the central unit sees the
    school's old site is what is published, not the new plan's status."""
    row = _portal_row(refused.out, REFUSED)
    assert "Under uppdatering</strong>: webbplatsen visar den senast publicerade" in row
    assert "uppdatering" not in _portal_row(refused.out, EDITED)
    granskning = read(refused.out / "granskning" / "index.html")
    assert "stoppades när webbplatsen byggdes" in granskning


def test_a_refused_school_never_published_is_named_without_a_link() -> None:
    row = withheld_row(
        Withheld("nya-skolan", "Nya <skolan>", (), published=False), dt.date(2026, 12, 6)
    )
    assert '<th scope="row">Nya &lt;skolan&gt;</th>' in row and "href" not in row
    assert "<strong>Inte publicerad</strong>" in row  # the granskning's word


def test_the_terminal_says_why_and_which_school(refused: Run) -> None:
    assert f"trygg: fel: {WHY}" in refused.stderr
    assert f"Fel i skolan {REFUSED} – publicerades inte." in refused.stderr
    assert "Inget publicerades" not in refused.stderr


def test_all_or_nothing_publishes_nothing(refused: Run, tmp_path: Path) -> None:
    out = tmp_path / "site"
    shutil.copytree(refused.out, out, symlinks=True)  # an output to build over
    before = hashes(out)
    edit(refused.project / "content" / "skolor" / EDITED / "skola.yml", "Nyhet i dag.", "Nytt.")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jobs, "refuse_unsafe", _refusing)
        code, stderr = _build(refused.project, out, "--allt-eller-inget", "--ingen-cache")
    assert code != 0 and WHY in stderr
    assert hashes(out) == before


def test_the_next_build_publishes_it_once_it_passes(refused: Run) -> None:
    code, _stderr = _build(refused.project, refused.out)
    assert code == 0
    assert "Nyhet i dag." in read(refused.out / REFUSED / "index.html")
    assert "stoppades" not in _portal_row(refused.out, REFUSED)


@pytest.fixture
def check_misses_coded_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check as if it did not decode a number written in layers of references (it
    does, TP401): what only the last look then reads. The forked workers inherit it."""
    from generator.rules import privacy_numbers

    monkeypatch.setattr(privacy_numbers, "_coded_number", lambda _text: None)


@pytest.mark.usefixtures("check_misses_coded_numbers")
def test_a_number_the_check_does_not_read_is_refused_with_worker_processes(
    refused: Run,
) -> None:
    """A number written as references of references (`&amp;#49;` shows as `&#49;`) that
    passes the check but not the last look, which decodes it: that school is withheld,
    the others are built by the worker processes and published."""
    before = hashes(refused.out / REFUSED)
    coded = "".join(f"&amp;#{ord(c)};" for c in "121212-1212")
    schools = refused.project / "content" / "skolor"
    edit(schools / REFUSED / "skola.yml", "beskrivning: |\n", f"beskrivning: |\n  Kod {coded}.\n")
    edit(schools / EDITED / "skola.yml", "beskrivning: |\n", "beskrivning: |\n  Mer nytt.\n")
    code, stderr = _build(refused.project, refused.out, "--jobs", "2", "--ingen-cache")
    assert code == 1, stderr
    assert "den innehåller index.html: ett personnummer" in stderr
    assert f"Fel i skolan {REFUSED} – publicerades inte." in stderr
    assert hashes(refused.out / REFUSED) == before
    assert "Mer nytt." in read(refused.out / EDITED / "index.html")
    assert "Under uppdatering" in _portal_row(refused.out, REFUSED)


@pytest.mark.usefixtures("check_misses_coded_numbers")
def test_the_next_build_tries_a_refused_school_again_though_nothing_changed(
    refused: Run,
) -> None:
    """(After the build above, with its number still there.) Not "nothing has changed":
    the school is built again, refused again, and the terminal says why again."""
    code, stderr = _build(refused.project, refused.out, "--jobs", "2")
    assert code == 1, stderr
    assert "den innehåller index.html: ett personnummer" in stderr
    assert "Inget har ändrats" not in stderr
