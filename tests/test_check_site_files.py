"""`trygg check` tells the files mkdocs.yml names for every page that the sites cannot
have (`check.sitefiles`): an extra template, which stops every site's build with MkDocs'
English "Template skipped", and a script or style sheet that no published folder holds,
which every page would link to all the same. Each is TP072 at its line in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.siteconfig import config_problems
from generator.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
BASE = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
FIXTURE = ROOT / "tests" / "rules" / "fixture" / "content"


def _told(tmp_path: Path, added: str) -> dict[str, str]:
    text = BASE.replace("theme:\n", "theme:\n  custom_dir: tema\n") + added
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    (tmp_path / "tema" / "js").mkdir(parents=True, exist_ok=True)
    (tmp_path / "tema" / "js" / "egen.js").write_text("//\n", encoding="utf-8")
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "content" / "bara-har.css").write_text("p {}\n", encoding="utf-8")
    return {f"{p.location.line}:{p.location.column}": p.format() for p in config_problems(tmp_path)}


def _line(tmp_path: Path, written: str) -> str:
    lines = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    number, line = next((n, line) for n, line in enumerate(lines, 1) if written in line)
    return f"{number}:{line.index(written) + 1}"


def test_an_extra_template_is_told_as_the_build_s_stop_in_swedish(tmp_path: Path) -> None:
    told = _told(tmp_path, "extra_templates:\n  - x.html\n")
    assert list(told) == [_line(tmp_path, "x.html")]
    [said] = told.values()
    assert said.startswith(f"mkdocs.yml:{_line(tmp_path, 'x.html')}: fel TP072 extra_templates ")
    assert "nämner x.html, men trygg publicerar ingen mall ur docs_dir, så bygget stoppas" in said


def test_a_script_or_style_sheet_no_published_folder_holds_is_told_at_its_entry(
    tmp_path: Path,
) -> None:
    added = (
        "extra_javascript:\n  - path: saknas.js\n    async: true\n  - js/egen.js\n"
        "extra_css:\n  - assets/trygg.css\n  - bara-har.css\n  - https://example.org/a.css\n"
    )
    told = _told(tmp_path, added)
    missing, only_content = _line(tmp_path, "saknas.js"), _line(tmp_path, "bara-har.css")
    remote = _line(tmp_path, "https://example.org")  # refused already, as another host's
    assert sorted(told) == sorted([missing, only_content, remote])
    assert "skriptet saknas.js finns inte i temamappen (custom_dir under theme), men varje " \
        "sida länkar till det – lägg filen i temamappen" in told[missing]  # fmt: skip
    assert "stilmallen bara-har.css ligger bara i content/, som webbplatserna inte " \
        "publicerar" in told[only_content]  # fmt: skip


def test_trygg_check_fails_on_them_and_build_refuses_them_in_the_same_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    shutil.copytree(FIXTURE, tmp_path / "content")
    _told(tmp_path, "extra_templates: [x.html]\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["check", "content", "--ingen-cache"])
    assert exited.value.code == 1
    assert "fel TP072 extra_templates nämner x.html" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        main(["build", "--out", str(tmp_path / "ut"), "--ingen-cache"])
    assert exited.value.code == 2
    place = _line(tmp_path, "x.html")
    assert capsys.readouterr().err.startswith(
        f"trygg: fel: mkdocs.yml:{place}: extra_templates nämner x.html, men trygg publicerar "
        "ingen mall ur docs_dir, så bygget stoppas – ta bort raden"
    )
    assert not (tmp_path / "ut").exists()
