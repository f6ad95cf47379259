"""What a privacy finding points at (a pupil named in a unit's name, a file's name, an id, a
folder's name; a personnummer in a name) is never published: not in the portal, the
granskning's pages and CSV, the report's links and CSV, the search index, the sitemap,
`trygg granska`'s document nor its summary in the terminal. The unit is withheld for it,
and every other unit is published (`review.privacy`)."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.codes import problem
from generator.problems import Location, Problem
from generator.review.privacy import (
    HIDDEN_NAME,
    HIDDEN_PART,
    points_at_pupil,
    shown_name,
    shown_place,
)
from tests.test_build import make_project, read, run_build
from tests.test_isolation import captured_build, edit

PUPIL = "Noah Zebrafink i 8B"  # a pupil named with a class
FOLDER = "noah-zebrafink-8b"  # the same, as an id or a file's or folder's name
NUMBER = "900101-1239"  # a personnummer
SHOWN = ("Zebrafink", "zebrafink", "900101", "9001011239")
NAMED, NUMBERED, WITH_ID, CLEAN = (
    "strandskolan",
    "ekbackens-skola",
    "lovangens-skola",
    "forskolan-solrosen",
)


def _shown_anywhere(out: Path) -> list[str]:
    """The files of the output that show the pupil or the number (the sites the earlier,
    clean build published are the same, and do not)."""
    found = []
    for path in sorted(out.rglob("*")):
        if not path.is_file() or path.suffix in {".js", ".css", ".woff2", ".png", ".svg"}:
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        if any(word in text for word in SHOWN):
            found.append(str(path.relative_to(out)))
    return found


def _granska(content: Path, target: Path) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), pytest.raises(SystemExit) as exited:
        main(["granska", str(content), "--out", str(target)])
    return int(str(exited.value.code)), stderr.getvalue()


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """Published clean once, then: Strandskolan named with a pupil; Ekbackens named with a
    personnummer; Lövängens with an årshjul activity whose id names a pupil and a page
    whose file does. Förskolan Solrosen is clean."""
    project = make_project(tmp_path_factory.mktemp("names"))
    out, schools = project / "site", project / "content" / "skolor"
    assert run_build(project, out) == 0
    before = read(out / "granskning" / "enheter" / CLEAN / "index.html")
    name = f"namn: Strandskolan, där {PUPIL} blev slagen\n"
    edit(schools / NAMED / "skola.yml", "namn: Strandskolan\n", name)
    edit(
        schools / NUMBERED / "skola.yml",
        "namn: Ekbackens skola\n",
        f"namn: Ekbackens skola {NUMBER}\n",
    )
    (schools / WITH_ID / "sidor").mkdir()
    page = "---\ntitel: Samtal\nbeskrivning: Om samtalen.\n---\nVi har samtal varje vecka.\n"
    (schools / WITH_ID / "sidor" / f"{FOLDER}-elev.md").write_text(page, encoding="utf-8")
    arshjul = schools / WITH_ID / "arshjul.yml"
    text = re.sub(r"  - id: \S+", f"  - id: samtal-{FOLDER}", read(arshjul), count=1)
    arshjul.write_text(text, encoding="utf-8")
    code, _out, stderr = captured_build(project, out)
    return project, code, stderr, before


def test_the_names_are_in_no_file_of_the_portal_and_the_others_are_published(
    named: tuple[Path, int, str, str],
) -> None:
    project, code, stderr, _ = named
    out = project / "site"
    assert code == 1
    assert "Portalen publicerades inte" not in stderr  # one school's error stops no other
    assert (out / CLEAN / "index.html").is_file()
    portal = read(out / "index.html")
    assert f'<a href="{CLEAN}/">Förskolan Solrosen</a>' in portal
    assert _shown_anywhere(out) == []
    assert not any(word in stderr for word in ("Zebrafink", "900101"))


def test_a_unit_is_named_as_its_last_published_site_names_it(
    named: tuple[Path, int, str, str],
) -> None:
    portal = read(named[0] / "site" / "index.html")
    row = next(line for line in portal.splitlines() if f'href="{NAMED}/"' in line)
    assert f'<a href="{NAMED}/">Strandskolan</a>' in row
    assert "Under uppdatering" in row  # this build's portal, its old site kept
    assert f'<a href="{NUMBERED}/">Ekbackens skola</a>' in portal
    csv = read(named[0] / "site" / "granskning" / "granskning.csv")
    assert "Strandskolan" in csv


def test_the_place_of_a_finding_in_a_named_file_keeps_its_folder(
    named: tuple[Path, int, str, str],
) -> None:
    unit = read(named[0] / "site" / "granskning" / "enheter" / WITH_ID / "index.html")
    assert f"content/skolor/{WITH_ID}/sidor/{HIDDEN_PART}" in unit


def test_a_clean_unit_is_shown_as_before(named: tuple[Path, int, str, str]) -> None:
    project, _, _, before = named
    assert read(project / "site" / "granskning" / "enheter" / CLEAN / "index.html") == before


def test_granska_writes_no_name_and_says_none(
    named: tuple[Path, int, str, str], tmp_path: Path
) -> None:
    target = tmp_path / "granskning.md"
    code, stderr = _granska(named[0] / "content", target)
    document = read(target)
    assert code == 1
    assert not any(word in document + stderr for word in SHOWN)
    assert f"### {NAMED} {{#enhet-{NAMED}}}" in document  # by its folder: no clean name
    assert "Förskolan Solrosen" in document
    assert f"Plats: content/skolor/{WITH_ID}/sidor/{HIDDEN_PART}" in document


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """Ekbackens skola's folder (its id) names a pupil; the huvudman's report links to it."""
    project = make_project(tmp_path_factory.mktemp("folder"))
    schools = project / "content" / "skolor"
    (schools / NUMBERED).rename(schools / FOLDER)
    for report in (project / "content" / "rapporter").glob("*.yml"):
        report.write_text(read(report).replace(f"skola: {NUMBERED}", f"skola: {FOLDER}"))
    code, _out, stderr = captured_build(project, project / "site", "--ingen-cache")
    return project, code, stderr


def test_a_folder_named_for_a_pupil_is_in_no_address_or_text(
    folder: tuple[Path, int, str],
) -> None:
    project, code, stderr = folder
    out = project / "site"
    assert code == 1
    assert "Portalen publicerades inte" not in stderr
    assert (out / CLEAN / "index.html").is_file()
    assert _shown_anywhere(out) == []
    assert (out / "granskning" / "enheter" / "utan-namn-1" / "index.html").is_file()


def test_granska_shows_no_folder_named_for_a_pupil(
    folder: tuple[Path, int, str], tmp_path: Path
) -> None:
    target = tmp_path / "granskning.md"
    _code, stderr = _granska(folder[0] / "content", target)
    document = read(target)
    assert not any(word in document + stderr for word in SHOWN)
    assert f"content/skolor/{HIDDEN_PART}/trygghetsplan/" in document


def test_the_filter_passes_clean_names_and_places() -> None:
    for clean in ("Strandskolan", "lovangens-skola", "trygghetssamtal-ak7", "2026-27.yml"):
        assert not points_at_pupil(clean)
    place = "content/skolor/strandskolan/trygghetsplan/2026-27.yml:102:11"
    assert shown_place(place, frozenset()) == place
    assert shown_place(f"content/skolor/x/sidor/{FOLDER}.md:3:1", frozenset()) == (
        f"content/skolor/x/sidor/{HIDDEN_PART}:3:1"
    )


def test_a_name_is_hidden_only_when_a_privacy_error_is_on_its_line(tmp_path: Path) -> None:
    """A name the rules flag although no detector here reads it ("N.K. i 8B", initials)
    is hidden by the finding on its `namn:` line, and so is the same name kept from an
    older site; a finding on another line of skola.yml hides nothing."""
    folder = tmp_path / "content" / "skolor" / "x"
    folder.mkdir(parents=True)
    flagged = "Strandskolan, där N.K. i 8B blev slagen"
    (folder / "skola.yml").write_text(f"# x\nnamn: {flagged}\nkontakter: []\n", "utf-8")

    def error(line: int) -> Problem:
        return problem("TP404", Location("content/skolor/x/skola.yml", line, 7), "'N.K.' …")

    shown = functools.partial(shown_name, folder="content/skolor/x", root=tmp_path)
    assert shown((flagged, flagged, "x"), problems=[error(2)]) == "x"
    assert shown((flagged, "Strandskolan"), problems=[error(2)]) == "Strandskolan"
    assert shown((flagged,), problems=[error(2)]) == HIDDEN_NAME
    assert shown((flagged,), problems=[error(3)]) == flagged


def test_a_hidden_unit_never_takes_the_id_of_a_unit_shown_as_it_is() -> None:
    """A folder really named "utan-namn-1" keeps its page; the unit whose folder names a
    pupil is published under the next free id (else one unit's page, row and figures
    would be the other's)."""
    from generator.review.privacy import hidden_ids

    ids = ["utan-namn-1", FOLDER, "utan-namn-2", f"{FOLDER}-2"]
    assert hidden_ids(ids, frozenset()) == {FOLDER: "utan-namn-3", f"{FOLDER}-2": "utan-namn-4"}


def test_the_nyckeltal_names_no_pupil_where_the_units_rows_do_not() -> None:
    """The nyckeltal's table and its sentences ("Lägst 59 %: …") give a unit's name as the
    unit's own row does: hidden where it names a pupil, its id as published."""
    import dataclasses

    from generator.review.keyperiods import KeyPeriod
    from generator.review.private import private_review
    from tests.test_review_document import _example

    review = _example()
    period = KeyPeriod(
        "läsåret 2025/26", (59.0, 85.9), "november 2025", lowest=(PUPIL,), highest=("Alby",),
        units=((FOLDER, PUPIL, 59.0), ("alby", "Alby", 85.9)),
        calendar=(("år 2026", (PUPIL,)),),
    )  # fmt: skip
    shown = private_review(dataclasses.replace(review, key_periods=(period,)), [])
    [published] = shown.key_periods
    assert published.units == (("utan-namn-1", HIDDEN_NAME, 59.0), ("alby", "Alby", 85.9))
    assert published.lowest == (HIDDEN_NAME,) and published.highest == ("Alby",)
    assert published.calendar == (("år 2026", (HIDDEN_NAME,)),)
