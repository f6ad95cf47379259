"""Hostile content: every case ends in a Swedish problem with its code and position.

Each case edits a copy of the example content as a careless or hostile author might,
and `trygg check` must report the class of problem at the right place, never crash
and never read a file outside the school's folder. Run in-process, so the corpus is fast.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build.marks import write_marks
from generator.check.run import check_content
from generator.load.layout import EMPTY_DOCS_DIR
from generator.problems import Problem, Severity
from generator.render.markdown.brackets import tidy_brackets
from generator.render.markdown.safety import sanitize

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = Path("skolor/ekbackens-skola")
SKOLA = SCHOOL / "skola.yml"
PHOTO = "foto: foton/kurator.svg"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "projekt" / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def errors(content: Path) -> list[Problem]:
    return [p for p in check_content(content).report if p.severity is Severity.ERROR]


def replace(content: Path, file: Path, old: str, new: str) -> None:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text, (file, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    crc = struct.pack(">I", zlib.crc32(chunk))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + crc


PATHS: dict[str, tuple[Callable[[Path], str], str]] = {
    "absolute path to a system file": (lambda c: "/etc/ssl/hemlig.png", "TP051"),
    "an absolute path inside": (lambda c: str(c / SCHOOL / "foton/kurator.svg"), "TP051"),
    "a path that climbs out of the school": (lambda c: "../../../hemlig.png", "TP051"),
    "a path into another school": (lambda c: "../strandskolan/foton/bild.svg", "TP051"),
    "a hidden file": (lambda c: "foton/.hemlig.png", "TP051"),
    "a home-relative path": (lambda c: "~/bild.png", "TP051"),
    "a backslash path": (lambda c: "foton\\\\kurator.svg", "TP051"),
    "a file that is missing": (lambda c: "foton/saknas.png", "TP043"),
}  # fmt: skip


@pytest.mark.parametrize("case", PATHS)
def test_a_photo_path_outside_the_school_is_refused(case: str, content: Path) -> None:
    target, code = PATHS[case]
    before = (content / SKOLA).read_text(encoding="utf-8")
    line = before[: before.index(PHOTO)].count("\n") + 1
    replace(content, SKOLA, PHOTO, f'foto: "{target(content)}"')
    [problem] = [p for p in errors(content) if p.location.file.endswith("skola.yml")]
    # The schema already refuses most of these forms (TP015); the resolver refuses the rest.
    assert problem.code in (code, "TP015"), problem.format()
    assert problem.location.line == line and problem.field.endswith(".foto")


def test_a_symlink_that_leaves_the_content_is_refused(content: Path, tmp_path: Path) -> None:
    secret = tmp_path / "hemlig.txt"
    secret.write_text("HEMLIGT=1\n", encoding="utf-8")
    (content / SCHOOL / "foton" / "logo.png").symlink_to(secret)
    replace(
        content, SKOLA, "namn: Ekbackens skola", "namn: Ekbackens skola\nlogotyp: foton/logo.png"
    )
    [problem] = errors(content)
    assert problem.code == "TP051" and "utanför" in problem.message


# A content file (or folder) trygg reads, replaced by a symbolic link to the build
# machine's copy of it: {case: (path in content/, the files refused)}.
PLANS = SCHOOL / "trygghetsplan"
REPORT = "rapporter/verksamhetsplan-2026-27.yml"
LINKED = {
    "huvudman.yml": ("huvudman.yml", ["huvudman.yml"]),
    "a school's skola.yml": (str(SKOLA), [str(SKOLA)]),
    "a plan": (f"{PLANS}/2026-27.yml", [f"{PLANS}/2026-27.yml"]),
    "a free page": (f"{SCHOOL}/sidor/ordningsregler.md", [f"{SCHOOL}/sidor/ordningsregler.md"]),
    "the plans' folder": (str(PLANS), [str(PLANS)]),  # the link, not each file
    "a huvudman's report": (REPORT, [REPORT]),
    "the huvudman's reports' folder": ("rapporter", ["rapporter"]),
    "a school's folder": (str(SCHOOL), [str(SCHOOL)]),
}  # fmt: skip


@pytest.mark.parametrize("case", LINKED)
def test_a_content_file_linked_out_of_its_folder_is_not_read(
    case: str, content: Path, tmp_path: Path
) -> None:
    linked, files = LINKED[case]
    outside = tmp_path / "utanför" / Path(linked).name
    outside.parent.mkdir()
    (content / linked).rename(outside)  # the same bytes, now on the build machine
    (content / linked).symlink_to(outside, target_is_directory=outside.is_dir())
    refused = [p for p in errors(content) if p.code == "TP051"]
    shown = [f"content/{file}" for file in files]
    assert [p.location.file for p in refused] == shown, [p.format() for p in refused]
    assert "utanför" in refused[0].message and "när symboliska länkar följs" in refused[0].message
    assert "ersätt länken med själva" in refused[0].hint


ODD_FILES = {
    "a free page": SCHOOL / "sidor" / "udda.md",
    "a plan": SCHOOL / "trygghetsplan" / "2027-28.yml",
    "a school's report": SCHOOL / "rapporter" / "udda.yml",
    "a huvudman's report": Path("rapporter") / "udda.yml",
}


@pytest.mark.parametrize("kind", ["a loop of links", "a named pipe"])
@pytest.mark.parametrize("where", ODD_FILES)
def test_a_link_loop_or_a_pipe_is_an_error_not_a_hang_or_a_crash(
    content: Path, kind: str, where: str
) -> None:
    odd = content / ODD_FILES[where]
    odd.parent.mkdir(exist_ok=True)
    if kind == "a named pipe":
        os.mkfifo(odd)  # reading it would wait forever for a writer
    else:
        odd.symlink_to(odd.name)
    [problem] = [p for p in errors(content) if p.location.file.endswith(odd.name)]
    code, said = ("TP001", "ingen vanlig fil") if kind == "a named pipe" else ("TP051", "sig själv")
    assert problem.code == code and said in problem.message, problem.format()


# A folder (or a report's body) replaced by a link in a loop or to nothing: an error on
# it, never a site published without what it held.
BROKEN_LINKS = {
    "a school's sidor/ in a loop": (SCHOOL / "sidor", "sidor", "TP051"),
    "a school's plans to nothing": (SCHOOL / "trygghetsplan", "ingenstans", "TP001"),
    "a school's reports to nothing": (Path("skolor/strandskolan/rapporter"), "x", "TP001"),
    "the huvudman's reports in a loop": (Path("rapporter"), "rapporter", "TP051"),
    "a school's folder in a loop": (SCHOOL, SCHOOL.name, "TP051"),
    "content/skolor to nothing": (Path("skolor"), "ingenstans", "TP001"),
    "a report's body to nothing": (Path("rapporter/dialogmote-trygghet-2026.md"), "x.md", "TP062"),
}  # fmt: skip


@pytest.mark.parametrize("case", BROKEN_LINKS)
def test_a_folder_or_body_linked_to_nothing_is_an_error(content: Path, case: str) -> None:
    path, target, code = BROKEN_LINKS[case]
    replaced = content / path
    if replaced.is_dir():
        shutil.rmtree(replaced)
    else:
        replaced.unlink()
    replaced.symlink_to(target)
    found = [p for p in errors(content) if p.code == code]
    assert found, [p.format() for p in errors(content)]
    shown = f"content/{path.as_posix()}"
    assert any(p.location.file in (shown, f"{shown.removesuffix('.md')}.yml") for p in found)


def test_odd_names_in_the_content_are_as_the_check_says(content: Path) -> None:
    """A link to a file among the school folders is passed over like a plain file; a page
    whose file name has a control character cannot be an address (TP001)."""
    (content / "skolor" / "LÄSMIG.md").symlink_to(Path("..") / "huvudman.yml")
    assert errors(content) == []
    page = content / SCHOOL / "sidor" / "ny\x07sida.md"
    page.write_text((content / SCHOOL / "sidor/ordningsregler.md").read_text("utf-8"), "utf-8")
    [problem] = errors(content)
    assert problem.code == "TP001" and "styrtecken" in problem.message


def test_a_link_inside_its_folder_is_read(content: Path) -> None:
    page = content / SCHOOL / "sidor" / "ordningsregler.md"
    kept = content / SCHOOL / "sidor-original.md"  # in the school's folder, not in sidor/
    page.rename(kept)
    page.symlink_to(Path("..") / kept.name)
    assert errors(content) == []


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("logo.png", b"<html><script>alert(1)</script></html>", "men är ingen bild"),
        ("logo.png", b"\xff\xd8\xff\xe0" + b"\0" * 20, "men är JPEG"),
        ("logo.png", png(7000, 10), "7000 × 10 pixlar"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024), "högst 5 MB"),
    ],
)
def test_an_image_is_judged_by_its_bytes(content: Path, name: str, data: bytes, why: str) -> None:
    (content / SCHOOL / name).write_bytes(data)
    replace(content, SKOLA, "namn: Ekbackens skola", f"namn: Ekbackens skola\nlogotyp: {name}")
    [problem] = errors(content)
    assert problem.code == "TP052" and why in problem.message, problem.format()


def test_a_real_small_png_passes(content: Path) -> None:
    (content / SCHOOL / "logo.png").write_bytes(png(120, 40))
    replace(content, SKOLA, "namn: Ekbackens skola", "namn: Ekbackens skola\nlogotyp: logo.png")
    assert errors(content) == []


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("vision: Trygghet\x1b[31m för alla\n", "TP009", 1, 17),
        ("vision: Trygg\x00het\n", "TP009", 1, 14),
        ("vision: Trygghet\u009b31m\n", "TP009", 1, 17),
        ("vision: " + "[" * 300 + "]" * 300 + "\n", "TP008", 1, 72),
    ],
)
def test_control_characters_and_deep_nesting_are_named_where_they_are(
    content: Path, text: str, code: str, line: int, column: int
) -> None:
    plan = content / SCHOOL / "trygghetsplan" / "2026-27.yml"
    original = plan.read_text(encoding="utf-8")
    plan.write_text(text + original.replace("vision:", "visionen:", 1), encoding="utf-8")
    [problem] = errors(content)
    assert (problem.code, problem.location.line, problem.location.column) == (code, line, column)
    assert "\x1b" not in problem.format() and "\x00" not in problem.format()


@pytest.mark.parametrize("escape", ["\\x08", "\\e[31m", "\\uD800", "\\uFFFE", "\\uFFFF"])
def test_a_character_written_as_an_escape_is_named_too(content: Path, escape: str) -> None:
    # A lone surrogate crashed the build; the others made the Atom feed ill-formed XML.
    report = content / "rapporter" / "dialogmote-trygghet-2026.yml"
    text = report.read_text(encoding="utf-8")
    before, rest = text.split("sammanfattning:", 1)
    after = rest[rest.index("\n\navsnitt:") :]
    summary = f'sammanfattning: "Ett dialogmöte{escape} om trygghet."'
    report.write_text(before + summary + after, encoding="utf-8")
    [problem] = errors(content)
    where = (problem.location.line, problem.location.column)
    assert problem.code == "TP009" and where == (before.count("\n") + 1, 17)
    assert "U+" in problem.message and "\\" + "u" not in problem.format()


@pytest.mark.parametrize(
    "address", ['https://x.se/"><script>alert(1)</script>', "https://x.se/a`b"]
)
def test_a_webbplats_that_would_break_out_of_an_attribute_is_refused(
    content: Path, address: str
) -> None:
    # It passed the check, then the build's last look refused every page without saying why.
    organiser = content / "huvudman.yml"
    text = organiser.read_text(encoding="utf-8")
    written = address.replace("'", "''")
    organiser.write_text(
        re.sub(r"(?m)^webbplats: .*$", f"webbplats: '{written}'", text), encoding="utf-8"
    )
    [problem] = errors(content)
    assert problem.code == "TP015" and problem.location.file.endswith("huvudman.yml")
    assert "< >" in problem.hint


def test_a_control_character_in_a_page_is_found_too(content: Path) -> None:
    page = content / SCHOOL / "sidor" / "ordningsregler.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSlut\x07\n", encoding="utf-8")
    [problem] = errors(content)
    assert problem.code == "TP009" and problem.location.file.endswith("ordningsregler.md")
    assert "U+0007" in problem.message


@pytest.mark.parametrize("name", ["granskning", "regler", "assets", "search"])
def test_a_school_named_like_a_portal_folder_is_refused(content: Path, name: str) -> None:
    shutil.copytree(content / SCHOOL, content / "skolor" / name)
    [problem] = errors(content)
    assert problem.code == "TP039" and name in problem.message


@pytest.mark.parametrize(
    "unit", ["[", "![", "](", "[x](", "][", "![a](b ![c](d ", "\\[", "(", "[[[[[[[[x]]]]]]]]"]
)
def test_brackets_that_start_no_link_are_shown_as_text(unit: str) -> None:
    text = unit * 2000
    tidied = tidy_brackets(text)
    depth, deepest = 0, 0
    for index, char in enumerate(tidied):
        escaped = index and tidied[index - 1] == "\\"
        if char == "[" and not escaped:
            depth += 1
            deepest = max(deepest, depth)
        elif char == "]" and not escaped:
            depth -= 1
    assert deepest <= 4 and depth >= 0
    # Short enough to be parsed as Markdown (longer, it is shown as plain text):
    assert "javascript" not in sanitize("[x](javascript:alert(1)) " + unit * (1000 // len(unit)))


def test_a_paragraph_dense_with_syntax_is_shown_as_its_plain_text() -> None:
    dense = "![<b>x</b> & [y](javascript:z) " * 2000
    shown = sanitize(f"Före **fet**.\n\n{dense}\n\nEfter [länk](https://a.se).")
    before, paragraph, after = re.split(r"\n{2,}", shown)
    assert (before, after) == ("Före **fet**.", "Efter [länk](https://a.se).")
    assert paragraph.startswith("<p>![&lt;b&gt;x&lt;/b&gt; &amp; [y](javascript:z) ![")
    assert paragraph.endswith("</p>") and "<b>" not in paragraph and "\n" not in paragraph


def test_a_link_to_a_page_keeps_its_brackets() -> None:
    text = "Läs [ordningsreglerna](ordningsregler.md) och [[mer]](sida.md)."
    assert tidy_brackets(text) == text


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("[a](<min sida.md>)", "[a](min%20sida.md)"),
        ('[a](<x(1).md> "titel")', '[a](x%281%29.md "titel")'),
        ("![bild](<//annan.example/b.png>)", "[Bild: bild](//annan.example/b.png)"),
        ("[a](<javascript:x>)", "[a](#)"),
        ("[a](<java script:x>)", "[a](#)"),
    ],
)
def test_a_target_in_angle_brackets_keeps_its_meaning(written: str, shown: str) -> None:
    # Left as it was, its `<` would be escaped and the link would point at "&lt;…>".
    assert sanitize(written) == shown


@pytest.mark.parametrize(
    "target",
    ["/etc/passwd", "../../huvudman.yml", "a/../../../x", "~/x", "x\\y", ".git/config", "länk"],
)
def test_the_resolver_keeps_every_path_inside(target: str, tmp_path: Path) -> None:
    from generator.load.paths import PathRefused, resolve_inside

    school = tmp_path / "skolor" / "a"
    school.mkdir(parents=True)
    (tmp_path / "huvudman.yml").write_text("x", encoding="utf-8")
    (school / "länk").symlink_to(tmp_path / "huvudman.yml")
    with pytest.raises(PathRefused):
        resolve_inside(target, school, school)


@pytest.mark.parametrize(
    "target", ["/etc/passwd", "../../../../etc/passwd", "../strandskolan/skola.yml"]
)
def test_a_logo_outside_the_school_is_never_read(content: Path, target: str) -> None:
    replace(content, SKOLA, "namn: Ekbackens skola", f"namn: Ekbackens skola\nlogotyp: {target}")
    [problem] = errors(content)
    assert problem.code == "TP051" and problem.field == "logotyp" and problem.location.line == 3


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        (SKOLA, "namn: Ekbackens skola", 'namn: "Eken\\" onmouseover=alert(1) x=\\""'),
        (SKOLA, "namn: Ekbackens skola", "namn: Eken<script>alert(1)</script>"),
        (Path("huvudman.yml"), "namn: Strandviks kommun", "namn: Strandvik`s <b>kommun</b>"),
        (SCHOOL / "sidor" / "ordningsregler.md", "titel: ", "titel: <img src=x onerror=alert(1)> "),
        # Material's striptags decodes references in <title>: &lt;/title&gt;&lt;a …&gt;
        (SCHOOL / "sidor" / "ordningsregler.md", "titel: ", "titel: A &lt;/title&gt;&lt;a&gt; "),
        (SKOLA, "namn: Ekbackens skola", "namn: Eken &#60;b&#62;"),
    ],
)
def test_markup_in_a_name_or_title_is_refused(
    content: Path, file: Path, old: str, new: str
) -> None:
    replace(content, file, old, new)
    [problem] = errors(content)
    assert problem.code == "TP015" and "utan tecknen < >" in problem.hint, problem.format()


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        (SKOLA, "namn: Ekbackens skola", 'namn: "Eken\\u202e"'),
        (SKOLA, "namn: Ekbackens skola", "namn: Eken\u202e skola"),
        (SCHOOL / "trygghetsplan" / "2026-27.yml", "vision:\n  text: ", "vision:\n  text: \u202d"),
        (SCHOOL / "sidor" / "ordningsregler.md", "titel: ", "titel: \u202d"),
    ],
)
def test_a_control_that_overrides_the_texts_direction_is_refused_in_any_text(
    content: Path, file: Path, old: str, new: str
) -> None:
    """U+202D and U+202E make a text read otherwise than it is written: in a name, a title
    or a plan's text, written as the character or as an escape."""
    replace(content, file, old, new)
    [problem] = errors(content)
    assert problem.code == "TP009" and "styrtecken för textens riktning" in problem.message


def test_a_pasted_phone_number_in_its_direction_marks_is_text(content: Path) -> None:
    """Mail and chat programs put U+202A…U+202C or U+2068…U+2069 around a number they copy;
    in a text that is no error (names and titles refuse them: their schemas)."""
    plan = SCHOOL / "trygghetsplan" / "2026-27.yml"
    marked = "vision:\n  text: Ring \u202a0480-45 12 10\u202c eller \u2068Kalle\u2069. "
    replace(content, plan, "vision:\n  text: ", marked)
    assert errors(content) == []


@pytest.mark.parametrize(
    "address", ['https://x.example/"><script>alert(1)</script>', "https://x.example/<b>"]
)
def test_an_address_that_could_close_its_attribute_is_refused(content: Path, address: str) -> None:
    """Safe as it was (the link was dropped), but silently: the author is told instead."""
    replace(
        content,
        SKOLA,
        "namn: Ekbackens skola",
        f"namn: Ekbackens skola\nordningsregler: '{address}'",
    )
    [problem] = errors(content)
    assert problem.code == "TP015" and problem.field == "ordningsregler", problem.format()
    assert problem.hint == 'skriv hela adressen med https:// och utan < > " ` \\ eller mellanslag'


def test_the_theme_gets_names_it_cannot_read_as_markup() -> None:
    from generator.site.siteconfig import for_theme

    assert for_theme('Eken" onmouseover="x') == "Eken&quot; onmouseover=&quot;x"
    assert for_theme("<script>") == "&lt;script&gt;"
    assert for_theme("Skola & fritids") == "Skola & fritids"
    assert for_theme("A &lt;/title&gt;&#60;a") == "A &amp;lt;/title&amp;gt;&amp;#60;a"


def project_for_build(tmp_path: Path) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ROOT / "theme", project / "theme")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    return project


@pytest.mark.parametrize(
    "out",
    [
        "",
        ".",
        "..",
        "content",
        "content/skolor",
        "theme",
        "mkdocs.yml",
        ".trygg-cache",
        "fil.txt",
        "~",
        "~/site",
    ],
)
def test_an_output_over_the_project_is_refused_and_nothing_is_touched(
    tmp_path: Path, out: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    (project / "fil.txt").write_text("min fil", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    monkeypatch.chdir(project)
    with pytest.raises(SystemExit) as exited:
        main(["build", "--out", out, "--jobs", "1"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("trygg: fel: ") and "Traceback" not in error
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert (project / "fil.txt").read_text(encoding="utf-8") == "min fil"


@pytest.mark.parametrize("command", ["build", "export"])
def test_an_output_holding_files_trygg_did_not_write_is_refused_and_kept(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `trygg build --out ~` replaced a whole home folder with the sites.
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    home = tmp_path / "hem"
    (home / "dokument").mkdir(parents=True)
    (home / ".bashrc").write_text("export PATH", encoding="utf-8")
    (home / "dokument" / "brev.txt").write_text("hej", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    where = ["--out", str(home)] if command == "build" else [str(home)]
    with pytest.raises(SystemExit) as exited:
        main([command, "--config", str(project / "mkdocs.yml"), *where])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "innehåller redan filer som trygg inte har skrivit" in error
    assert "välj en ny eller tom mapp" in error
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_cache_folder_holding_files_of_its_own_is_refused_and_kept(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The cache removes what it no longer needs in its folders: `--cache ~` is no cache.
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    home = tmp_path / "hem"
    (home / "kontroll").mkdir(parents=True)
    (home / "kontroll" / "anteckning.json").write_text("{}", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    where = ["--config", str(project / "mkdocs.yml")] if command == "build" else []
    where += [] if command == "build" else [str(project / "content")]
    with pytest.raises(SystemExit) as exited:
        main([command, *where, "--cache", str(home)])
    assert exited.value.code == 2
    assert "innehåller filer som inte är trygg:s cache" in capsys.readouterr().err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_cache_folder_is_marked_as_trygg_s_when_it_is_used(tmp_path: Path) -> None:
    from generator.build.guard import CACHE_MARK, cache_problem, mark_cache

    project = project_for_build(tmp_path)
    chosen, default = tmp_path / "cache", project / ".trygg-cache"
    mark_cache(tmp_path / "saknas")  # made by the run, marked after it
    chosen.mkdir()
    mark_cache(chosen)
    (chosen / "bygge.json").write_text("{}", encoding="utf-8")
    default.mkdir()
    (default / "bygge.json").write_text("{}", encoding="utf-8")  # made before the mark
    assert (chosen / CACHE_MARK).is_file() and not (tmp_path / "saknas").exists()
    for folder in (chosen, default, tmp_path / "ny"):
        assert cache_problem(folder, project) == "", folder


def test_a_share_without_its_own_output_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--shard 1/2` alone replaced the published site/ with a share of the schools.
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["build", "--config", str(project / "mkdocs.yml"), "--shard", "1/2"])
    assert exited.value.code == 2
    assert "ange en egen mapp för delen med --out" in capsys.readouterr().err
    assert not (project / "site").exists()


def test_a_merge_from_a_folder_that_is_not_there_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A mistyped artifact folder rebuilt every school in silence, saying "0 kom färdiga".
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    config, parts = str(project / "mkdocs.yml"), str(tmp_path / "delarr")
    with pytest.raises(SystemExit) as exited:
        main(["build", "--config", config, "--merge", parts, "--out", str(tmp_path / "ut")])
    assert exited.value.code == 2
    assert f"--merge {parts}: mappen finns inte" in capsys.readouterr().err
    assert not (tmp_path / "ut").exists()


def test_an_output_given_as_a_link_is_built_where_the_link_points(tmp_path: Path) -> None:
    # A web server serving the real folder must see the new build, and the link stay a link.
    from generator.cli import build as command

    real, link = tmp_path / "publicerat", tmp_path / "lank"
    real.mkdir()
    link.symlink_to(real)
    assert command._followed(link) == real.resolve()
    assert command._followed(real) == real


def test_check_inside_the_content_folder_keeps_its_cache_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.cli.main import main

    project = project_for_build(tmp_path)
    monkeypatch.chdir(project / "content")
    with pytest.raises(SystemExit):
        main(["check", "."])
    assert not (project / "content" / ".trygg-cache").exists()
    assert (project / ".trygg-cache").is_dir()


def test_an_output_trygg_wrote_or_an_empty_one_may_be_written(tmp_path: Path) -> None:
    from generator.build.guard import OUTPUT_MARK, output_problem

    config = project_for_build(tmp_path) / "mkdocs.yml"
    earlier, empty, default = tmp_path / "publicerat", tmp_path / "tom", config.parent / "site"
    for folder in (earlier, empty, default):
        folder.mkdir()
    (earlier / OUTPUT_MARK).write_text("", encoding="utf-8")
    for folder in (earlier, default):
        (folder / "index.html").write_text("<p>förra bygget</p>", encoding="utf-8")
    for folder in (earlier, empty, default, tmp_path / "ny"):
        assert output_problem(str(folder), config) == "", folder


def test_a_page_mkdocs_refuses_stops_the_build_with_a_swedish_line(tmp_path: Path) -> None:
    """Should MkDocs stop anyway (strict mode), the build says why in Swedish, naming the
    page, and publishes nothing."""
    import dataclasses

    from generator.check.run import check_content
    from generator.clock import reference_date
    from generator.problems import BuildFailed
    from generator.render.files import GeneratedFile
    from generator.render.site import site_for
    from generator.site.build import build_site

    project = project_for_build(tmp_path)
    checked = check_content(project / "content", only=["ekbackens-skola"])
    site = site_for(checked, "ekbackens-skola", project / "content", today=reference_date())
    broken = [
        GeneratedFile(f.uri, f"{f.content}\n[Mer](saknas.md)\n") if f.uri == "index.md" else f
        for f in site.files
    ]
    with pytest.raises(BuildFailed, match=r"sidan index\.md länkar till 'saknas\.md'"):
        build_site(project / "mkdocs.yml", tmp_path / "ut", dataclasses.replace(site, files=broken))


@pytest.mark.parametrize(
    ("link", "why"),
    [
        ("[Mer](saknas.md)", "sidan 'saknas.md' finns inte"),
        ("![Bild](bild.png)", "bilden 'bild.png' kan inte visas"),
        ("[Broschyr](broschyr.pdf)", "filen 'broschyr.pdf' publiceras inte"),
        ("[Hemlig](../../../huvudman.yml)", "pekar utanför"),
    ],
)
def test_a_link_the_site_could_not_follow_is_found_by_the_check(
    content: Path, link: str, why: str
) -> None:
    page = content / SCHOOL / "sidor" / "ordningsregler.md"
    text = page.read_text(encoding="utf-8") + f"\nSe {link}.\n"
    page.write_text(text, encoding="utf-8")
    [problem] = errors(content)
    assert problem.code == "TP053" and why in problem.message, problem.format()
    assert problem.location.line == text.count("\n") and problem.location.column > 3


def test_a_link_written_as_an_address_finds_its_page(content: Path) -> None:
    """MkDocs follows `Mobil%20regler.md` to the page `Mobil regler.md`; so does the check
    (the odd name is TP065's warning, not a broken link)."""
    pages = content / SCHOOL / "sidor"
    (pages / "ordningsregler.md").rename(pages / "Mobil regler.md")
    index = content / SCHOOL / "sidor" / "Mobil regler.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nSe [här](Mobil%20regler.md).\n")
    assert not [p for p in errors(content) if p.code == "TP053"]
    broken = index.read_text(encoding="utf-8").replace("Mobil%20regler", "Mobil%20regel")
    index.write_text(broken, encoding="utf-8")
    [problem] = [p for p in errors(content) if p.code == "TP053"]
    assert "'Mobil regel.md' finns inte" in problem.message, problem.format()


@pytest.mark.parametrize(
    ("link", "told"),
    [
        ("[reglerna](ordningsregler.md)", "sökväg"),
        ("![bild](foton/kurator.svg)", "sökväg"),
        ("[plan](<../strandskolan/plan.pdf>)", "sökväg"),
        ("[klick](\\javascript:x.y)", "sökväg"),
        # `\\host\…` names a shared drive, as the author's computer reaches it
        ("![bild](\\\\annan.example/c.png)", "en delad enhet"),
    ],
)
def test_a_path_in_a_yaml_text_is_found_by_the_check(content: Path, link: str, told: str) -> None:
    replace(content, SKOLA, "fritidshem. Vi har", f"fritidshem {link}. Vi har")
    [problem] = errors(content)
    assert problem.code == "TP053" and told in problem.message, problem.format()
    assert problem.location.file.endswith("skola.yml")
    target_column = 18 + link.index("](") + 2 + ("](<" in link)  # the link starts at 18
    assert (problem.location.line, problem.location.column) == (7, target_column)


def test_a_path_in_the_organisers_texts_is_found_too(content: Path) -> None:
    path = content / "huvudman.yml"
    path.write_text(path.read_text(encoding="utf-8") + "# [x](y.md)\n", encoding="utf-8")
    assert errors(content) == []  # a comment is not a text
    text = path.read_text(encoding="utf-8").replace(
        "namn: Strandviks kommun", "namn: Strandviks kommun\nwebbplats_text: '[x](y.md)'"
    )
    path.write_text(text, encoding="utf-8")
    assert any(p.code == "TP053" for p in check_content(content).report), "huvudman.yml"


def test_leftover_work_folders_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    from generator.build.publish import remove_leftovers, work_folder

    out = tmp_path / "site"
    dead = tmp_path / ".site.bygger-999999999-abcd"
    dead.mkdir()
    mine = work_folder(out, "resurser")
    mine.mkdir()
    remove_leftovers(out)
    assert not dead.exists() and mine.exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text.replace('"problems": [', '"problems": [{"bogus": 1}, ', 1),
        lambda text: "[" * 100_000,
        lambda text: text[: len(text) // 2],
        lambda text: '{"format": 1, "data": {"shared": 5}}',
    ],
)
def test_a_damaged_build_cache_is_a_miss(tmp_path: Path, damage: Callable[[str], str]) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    project = project_for_build(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "ut"
    request = BuildRequest(project / "mkdocs.yml", project / "content", out, cache_dir=cache)
    assert build_all(request).ok
    manifest = cache / "bygge.json"
    manifest.write_text(damage(manifest.read_text(encoding="utf-8")), encoding="utf-8")
    again = build_all(request)
    assert again.ok and not again.up_to_date


def test_a_part_whose_files_differ_from_its_record_is_built_again(tmp_path: Path) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest
    from generator.build.shards import Shard

    project = project_for_build(tmp_path)
    parts = tmp_path / "delar"
    for number in (1, 2):
        part = BuildRequest(
            project / "mkdocs.yml", project / "content", parts / f"{number}", shard=Shard(number, 2)
        )
        assert build_all(part).ok
    [page] = list(parts.glob("*/strandskolan/index.html"))
    page.write_text("<script>alert(1)</script>", encoding="utf-8")
    merged = build_all(
        BuildRequest(project / "mkdocs.yml", project / "content", tmp_path / "ut", merge_from=parts)
    )
    assert merged.ok and "strandskolan" in merged.built
    assert "alert(1)" not in (tmp_path / "ut" / "strandskolan" / "index.html").read_text()


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'


@pytest.mark.parametrize(
    "inner",
    [
        "<style>@import url(https://evil.example/x.css);</style>",
        "<style>rect { fill: url(https://evil.example/p.svg#a) }</style>",
        "<style>@font-face { src: url(//evil.example/f.woff) }</style>",
        "<style>rect { background: u\\72l(https://evil.example/x.png) }</style>",
        "<style>rect { background: url(/*x*/https://evil.example/x.png) }</style>",
        "<style>@im/**/port 'https://evil.example/x.css';</style>",
        '<rect style="fill: url(https://evil.example/p.svg#a)" width="5" height="5"/>',
        '<rect fill="url(\'//evil.example/p.svg#a\')" width="5" height="5"/>',
        '<rect filter="url(https://evil.example/f.svg#b)" width="5" height="5"/>',
        '<image href="//evil.example/x.png" width="5" height="5"/>',
        '<image href="\\\\evil.example/x.png" width="5" height="5"/>',
    ],
)
def test_an_svg_that_loads_from_elsewhere_through_css_is_refused(inner: str) -> None:
    from generator.validate.svgsafety import UnsafeSvg, check_svg

    with pytest.raises(UnsafeSvg):
        check_svg(SVG.format(inner).encode())


@pytest.mark.parametrize(
    "inner",
    [
        "<style>rect { fill: #123456; stroke: url(#grad) }</style>",
        '<rect fill="url(#grad)" style="stroke: url( \'#grad\' )" width="5" height="5"/>',
        '<use href="#grad"/>',
    ],
)
def test_an_svg_with_local_references_passes(inner: str) -> None:
    from generator.validate.svgsafety import check_svg

    check_svg(SVG.format(inner).encode())


def test_a_file_name_with_an_escape_sequence_cannot_steer_the_terminal(content: Path) -> None:
    from generator.problems import Report

    page = content / SCHOOL / "sidor" / "x\x1b[2Jy.md"
    page.write_text("ingen rubrik\n", encoding="utf-8")
    (content / "skolor" / "a\n::error::b").mkdir()  # a line a CI would read as a command
    text = check_content(content).report.format_text()
    assert "\x1b" not in text and "\\u001b" in text
    assert not [line for line in text.splitlines() if line.startswith("::")]
    assert Report().format_text() == "Inga problem hittades."


@pytest.mark.parametrize(
    "html",
    [
        '<img src="https://evil.example/x.png">',
        '<img src="//evil.example/x.png">',
        '<img src="\\\\evil.example/x.png">',
        '<img srcset="a.png 1x, https://evil.example/b.png 2x">',
        '<p onclick="alert(1)">x</p>',
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" jav&#x09;ascript:alert(1)">x</a>',
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<link rel="canonical preload" href="https://evil.example/x.css">',
        '<link rel="canonical" href="javascript:alert(1)">',
        '<iframe src="x.html"></iframe>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<div style="background:url(https://evil.example/x.png)">x</div>',
        "<style>@import 'https://evil.example/x.css';</style>",
        '<svg><image href="https://evil.example/x.png"/></svg>',
        "<!--> <img src=https://evil.example/x.png> -->",
    ],
)
def test_the_last_look_finds_what_would_load_or_run(html: str) -> None:
    from generator.site.lastlook import scan_html

    assert list(scan_html(html, frozenset())), html


def test_a_canonical_link_and_a_404_pages_base_path_pass_the_last_look() -> None:
    from generator.site.lastlook import scan_html
    from generator.site.themescripts import script_hash

    scope = '__md_scope=new URL("{}",location)'
    allowed = frozenset({script_hash(scope.format("."))})
    page = '<link rel="canonical" href="https://skolor.strandvik.se/ek/"><script>{}</script>'
    assert list(scan_html(page.format(scope.format("/ek/")), allowed)) == []
    assert list(scan_html(page.format(scope.format("/skolor/ek-1/")), allowed)) == []
    assert list(scan_html(page.format(scope.format('/ek/"+alert(1)+"/')), allowed))


def test_the_example_site_passes_the_last_look(tmp_path: Path) -> None:
    from generator.build.scan import scan_site
    from generator.site.build import theme_dirs

    build_all_example = project_for_build(tmp_path)
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    out = tmp_path / "ut"
    config = build_all_example / "mkdocs.yml"
    assert build_all(BuildRequest(config, build_all_example / "content", out)).ok
    dirs = theme_dirs(config)
    schools = [p for p in out.iterdir() if (p / "search" / "search_index.json").is_file()]
    portal = tmp_path / "portal"  # the portal's own entries, without the schools' sites
    shutil.copytree(out, portal, ignore=lambda top, _names: [p.name for p in schools])
    assert len(schools) == len(list((build_all_example / "content" / "skolor").iterdir()))
    for site in [portal, *schools]:
        assert scan_site(site, dirs) == [], site


def test_a_cached_site_with_a_foreign_script_or_a_link_out_is_built_again(tmp_path: Path) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    project = project_for_build(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "ut"
    request = BuildRequest(project / "mkdocs.yml", project / "content", out, cache_dir=cache)
    assert build_all(request).ok
    cached = cache / "webbplatser"
    [bundle] = (cached / "strandskolan" / "assets" / "javascripts").glob("bundle.*.js")
    bundle.unlink()  # a new file in place of the hard link: the output keeps the old one
    bundle.write_text("window.__pwned = 1", encoding="utf-8")
    secret = tmp_path / "hemlig.txt"
    secret.write_text("hemlighet", encoding="utf-8")
    (cached / "ekbackens-skola" / "hemlig.txt").symlink_to(secret)
    for school in ["strandskolan", "ekbackens-skola"]:  # the marks say nothing changed
        marks = f"filer/webbplatser/{school}.json"
        write_marks(cached / school, cache / marks, marks)
    shutil.rmtree(out)
    again = build_all(request)
    assert again.ok and {"strandskolan", "ekbackens-skola"} <= set(again.built)
    assert (
        "__pwned"
        not in next((out / bundle.relative_to(cached)).parent.glob("bundle.*.js")).read_text()
    )
    assert not (out / "ekbackens-skola" / "hemlig.txt").exists()


def test_a_tampered_cached_site_is_built_again(tmp_path: Path) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    project = project_for_build(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "ut"
    request = BuildRequest(project / "mkdocs.yml", project / "content", out, cache_dir=cache)
    assert build_all(request).ok
    cached = cache / "webbplatser" / "strandskolan" / "index.html"
    was = cached.stat()
    payload = b'<p onclick="alert(1)">x</p><script>alert(2)</script>'
    cached.unlink()  # same size and time as before: only the scan can tell
    cached.write_bytes(payload.ljust(was.st_size, b" "))
    os.utime(cached, ns=(was.st_atime_ns, was.st_mtime_ns))
    shutil.rmtree(out)
    again = build_all(request)
    assert again.ok and "strandskolan" in again.built
    assert "alert(" not in (out / "strandskolan" / "index.html").read_text(encoding="utf-8")


def test_editing_a_published_file_never_changes_a_later_build(tmp_path: Path) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    project = project_for_build(tmp_path)
    cache, out, other = tmp_path / "cache", tmp_path / "ut", tmp_path / "annan"
    config, content = project / "mkdocs.yml", project / "content"
    assert build_all(BuildRequest(config, content, out, cache_dir=cache)).ok
    for name in ["strandskolan/trygghetsplan/index.html", "index.html"]:
        with (out / name).open("a", encoding="utf-8") as published:  # edited in place
            published.write("<!-- ändrad efteråt -->")
    again = build_all(BuildRequest(config, content, other, cache_dir=cache))
    assert again.ok and "strandskolan" in again.built
    for name in ["strandskolan/trygghetsplan/index.html", "index.html"]:
        assert "ändrad efteråt" not in (other / name).read_text(encoding="utf-8"), name


def test_ctrl_c_says_one_line_exits_130_and_leaves_the_output(tmp_path: Path) -> None:
    project = project_for_build(tmp_path)
    command = [sys.executable, "-m", "generator", "build", "--out", "ut", "--jobs", "2"]
    first = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    published = (project / "ut" / "strandskolan" / "index.html").read_bytes()
    replace(
        project / "content", Path("huvudman.yml"), "Barn- och utbildningsnämnden", "Skolnämnden"
    )
    build = subprocess.Popen(
        command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        process_group=0,  # a terminal sends Ctrl-C to the whole group: workers too
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(project.glob(".ut.bygger-*/*/")) and build.poll() is None:  # sites begun
        assert time.monotonic() < deadline, "the build never started on its sites"
        time.sleep(0.005)
    assert build.poll() is None, "the build ended before it could be interrupted"
    os.killpg(build.pid, signal.SIGINT)
    _out, err = build.communicate(timeout=60)
    assert build.returncode == 130, err
    assert err == "trygg: avbrutet. Tidigare utdata är orörd.\n"
    assert (project / "ut" / "strandskolan" / "index.html").read_bytes() == published
    assert not [p.name for p in project.iterdir() if p.name.startswith(".ut.")]


def test_a_tampered_cached_portal_is_built_again(tmp_path: Path) -> None:
    from generator.build.pipeline import build_all
    from generator.build.request import BuildRequest

    project = project_for_build(tmp_path)
    cache, out = tmp_path / "cache", tmp_path / "ut"
    request = BuildRequest(project / "mkdocs.yml", project / "content", out, cache_dir=cache)
    assert build_all(request).ok
    index = cache / "portal" / "index.html"
    index.unlink()
    index.write_text('<img src="https://annan.example/spår.png">', encoding="utf-8")
    write_marks(
        cache / "portal", cache / "filer" / "portal" / "portal.json", "filer/portal/portal.json"
    )
    shutil.rmtree(out)
    again = build_all(request)
    assert again.ok and again.portal_built
    assert "annan.example" not in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("file", [SCHOOL / "trygghetsplan" / "2026-27.yml", SCHOOL / "arshjul.yml"])
def test_a_text_shown_in_a_table_cell_has_a_length_limit(content: Path, file: Path) -> None:
    # A table cell is one paragraph that Python-Markdown cannot parse in linear time.
    path = content / file
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "beskrivning: >-")
    lines.insert(at + 1, "      " + "![" * 2001)
    path.write_text("\n".join(lines), encoding="utf-8")
    [problem] = errors(content)
    assert problem.location.file.endswith(file.name) and problem.location.line == at + 1
    assert "4000" in problem.message, problem.format()


@pytest.mark.parametrize(
    "text",
    [
        "Se [a](<b>\n\n[klicka](javascript:alert(1))",
        "Se [a](<b>\n\n[klicka][r]\n\n[r]: javascript:alert(1)",
        "Se ![](<> //evil.example/x.png) här.",
        "![x](<//evil.example/y.png> 'titel')",
        "<div/style=background:URL(//evil.example/x.png);x//@x>",
        "<details/open/ontoggle=alert(1)//@x>",
        "<script/src=//evil.example/x.js//@x>",
        "<img/src=//evil.example/x.png/x@x.se>",
        "!![x\n](https://evil.example/a.png)",
        "!!![x](https://evil.example/a.png)",
        "![![a](https://evil.example/x.png)](https://b.se)",
        "![x ![![a](//evil.example/x.png)](//c)](https://b.se)",
    ],
)
def test_nothing_in_a_text_loads_or_runs_once_parsed(text: str) -> None:
    import markdown

    from generator.render.markdown.htmlcheck import unsafe_html
    from generator.site.lastlook import scan_html

    extensions = ["toc", "tables", "admonition", "attr_list", "md_in_html", "def_list"]
    shown = markdown.markdown(sanitize(text), extensions=extensions)
    assert unsafe_html(shown) == [] and list(scan_html(shown, frozenset())) == [], shown


HIDDEN_LINKS = [
    "[x](<saknas sida.md>)",
    "![bild](<bild a.png>)",
    "[[x]](saknas.md)",
    "[regler\nna](saknas.md)",
    "\\\\[x](saknas.md)",
    "[x](saknas.)",
    "[x][r]\n\n[r]: saknas.md",
    "[x][r]\n\n[r]: <saknas.md>",
]


@pytest.mark.parametrize("link", HIDDEN_LINKS)
def test_every_way_to_write_a_link_is_found_in_a_page(content: Path, link: str) -> None:
    page = content / SCHOOL / "sidor" / "ordningsregler.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\nSe {link}.\n", encoding="utf-8")
    assert [p.code for p in errors(content)] == ["TP053"]


@pytest.mark.parametrize("link", HIDDEN_LINKS)
def test_every_way_to_write_a_link_is_found_in_a_yaml_text(content: Path, link: str) -> None:
    written = link.replace("\n", "\n\n  ")  # a block scalar: its lines indented
    # The link's line ends after it: a definition ("[r]: saknas.md") must end its line.
    replace(content, SKOLA, "fritidshem. Vi har", f"fritidshem {written}\n\n  Vi har")
    assert [p.code for p in errors(content)] == ["TP053"]


def test_a_page_under_any_page_name_is_scanned(tmp_path: Path) -> None:
    from generator.build.scan import scan_site

    for name in ["x.HTML", "z.htm", "y.xhtml", "w.shtml"]:
        (tmp_path / name).write_text("<script>alert(1)</script>", encoding="utf-8")
    found = scan_site(tmp_path, ())
    assert len([line for line in found if "skript som inte är temats" in line]) == 4
    # And a kind of page trygg never writes is not published (`build.kinds`).
    assert sorted(line.split(":")[0] for line in found if "inte publicerar" in line) == [
        "w.shtml",
        "y.xhtml",
        "z.htm",
    ]


def test_an_output_on_the_projects_own_folders_says_so_plainly(tmp_path: Path) -> None:
    from generator.build.guard import output_problem

    config = project_for_build(tmp_path) / "mkdocs.yml"
    content = config.parent / "content"
    same = output_problem(str(content), config)
    assert same.startswith("utdatamappen får inte vara content (bygget tömmer utdatamappen")
    inside = output_problem(str(content / "site"), config)
    assert inside.startswith(f"utdatamappen {content / 'site'} får inte ligga i content")
    for said in (same, inside):
        assert said.endswith("välj en egen mapp, t.ex. --out site")
