"""`trygg check` tells the settings of mkdocs.yml that `trygg build` refuses before any
site (`validate.siteconfig`), as error TP072 with the same words at the same line and
column, reading the file as YAML without MkDocs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.check.siteconfig import config_problems
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR
from generator.site.configwords import config_problem

ROOT = Path(__file__).resolve().parents[1]
BASE = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
FIXTURE = ROOT / "tests" / "rules" / "fixture" / "content"
REFUSED = {
    "repo_url": "repo_url: https://github.com/strandvik/innehall",
    "a script from a CDN": "extra_javascript:\n  - path: https://cdn.example.com/s.js\n"
    "    type: module",
    "a style sheet from elsewhere": "extra_css:\n  - assets/trygg.css\n"
    "  - //fonts.example.com/t.css",
    "analytics": "extra:\n  analytics:\n    provider: google\n    property: G-XXXX",
    "copyright with markup": "copyright: 'Strandvik <img src=x onerror=alert(1)>'",
    "copyright with a script link": "copyright: '<a href=\"javascript:alert(1)\">Strandvik</a>'",
    "a remote favicon": "theme:\n  name: material\n  favicon: https://cdn.example.com/f.png",
    "a remote logo with !ENV": "theme:\n  name: material\n  logo: //cdn.example.com/l.png\n"
    "  custom_dir: !ENV [TEMA, overrides]",
    "all at once": "repo_url: https://gitlab.example/x\ncopyright: '<b>Strandvik</b>'\n"
    "extra_css:\n  - https://x.example/a.css",
}  # fmt: skip


def _config(tmp_path: Path, added: str) -> Path:
    kept = [
        line
        for line in BASE.splitlines(True)
        if not line.startswith(("copyright:", "theme:", "  name: material"))
    ]
    config = tmp_path / "mkdocs.yml"
    config.write_text("".join(kept) + added + "\n", encoding="utf-8")
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    (tmp_path / "overrides").mkdir(exist_ok=True)
    return config


@pytest.mark.parametrize("added", REFUSED.values(), ids=list(REFUSED))
def test_check_tells_what_build_refuses_in_the_same_words_at_the_same_place(
    tmp_path: Path, added: str
) -> None:
    config = _config(tmp_path, added)
    found = config_problems(tmp_path)
    assert found and {p.code for p in found} == {"TP072"}
    assert all(p.location.file == "mkdocs.yml" and p.location.line for p in found)
    told = "; ".join(
        f"{tmp_path / p.location.file}:{p.location.line}:{p.location.column}: "
        f"{p.message} – {p.hint}"
        for p in found
    )
    assert told == config_problem(config)


def test_settings_build_accepts_are_no_problem(tmp_path: Path) -> None:
    added = (
        "copyright: 'Strandviks kommun – <a href=\"https://strandvik.se\">strandvik.se</a>'\n"
        "extra_css:\n  - stilar/egen.css\ntheme:\n  name: material\n  logo: bilder/l.png\n"
        "  custom_dir: overrides\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji"
    )
    _config(tmp_path, added)
    (tmp_path / "overrides" / "stilar").mkdir()
    (tmp_path / "overrides" / "stilar" / "egen.css").write_text("p {}\n", encoding="utf-8")
    assert config_problems(tmp_path) == []
    assert config_problems(tmp_path / "saknas") == []  # no mkdocs.yml: nothing to say
    (tmp_path / "mkdocs.yml").write_text("site_name: [\n", encoding="utf-8")
    [unreadable] = config_problems(tmp_path)  # not YAML: as `trygg build` says it
    assert (unreadable.code, unreadable.location.file) == ("TP072", "mkdocs.yml")
    assert unreadable.location.line == 2


def test_trygg_check_prints_them_with_the_content_s_problems_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(FIXTURE, tmp_path / "content")
    config = _config(tmp_path, REFUSED["repo_url"])
    line = config.read_text(encoding="utf-8").splitlines().index(REFUSED["repo_url"]) + 1
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["check", "content", "--ingen-cache"])
    out = capsys.readouterr().out
    assert exited.value.code == 1, out
    [told] = [text for text in out.splitlines() if "TP072" in text]
    assert told.startswith(f"mkdocs.yml:{line}:1: fel TP072 repo_url gör att besökarnas")
    assert told.endswith("ta bort raden (länka hellre till förrådet från en egen sida)")


THEME_FILES = {
    "assets/verktyg.exe": b"MZ",
    "assets/karta.kml": b"<kml/>",
    "assets/stil.css": b"p{}",
    "assets/logga.svg": b"<svg/>",
    "CNAME": b"skolor.strandvik.se",
    "main.html": b"{% extends 'base.html' %}",  # a template: MkDocs does not copy it
    ".htaccess": b"AddType text/html .txt",  # hidden: MkDocs does not copy it
    "README.txt": b"Om temat",
    "data/plan.json": '{"elev": "20150312-1234"}'.encode("utf-16"),
}


def test_check_tells_each_theme_file_the_build_would_refuse_at_the_file(tmp_path: Path) -> None:
    """A file in custom_dir is published by every site: the build refuses each of them
    (`build.kinds`); the check tells it once, at the file, before any build."""
    from generator.build.kinds import kind_problem

    _config(tmp_path, "theme:\n  name: material\n  custom_dir: overrides")
    for name, data in THEME_FILES.items():
        (tmp_path / "overrides" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "overrides" / name).write_bytes(data)
    found = {p.location.file: p for p in config_problems(tmp_path)}
    assert sorted(found) == [
        "overrides/assets/karta.kml", "overrides/assets/verktyg.exe", "overrides/data/plan.json"
    ]  # fmt: skip
    assert {p.code for p in found.values()} == {"TP072"}
    exe = found["overrides/assets/verktyg.exe"]
    assert exe.message.startswith("en fil med filändelsen .exe, som webbplatserna inte publicerar")
    assert exe.hint == "ta bort den ur temamappen (custom_dir under theme)"
    text = found["overrides/data/plan.json"]
    assert (text.message, text.hint) == (
        "en textfil som inte är skriven i UTF-8",
        "spara den som UTF-8",
    )
    for name in ("assets/verktyg.exe", "assets/karta.kml"):  # the build says the same
        assert kind_problem(name).startswith(found[f"overrides/{name}"].message)
    kept = ["assets/stil.css", "assets/logga.svg", "CNAME", "main.html", "data/plan.json"]
    assert [name for name in kept if kind_problem(name)] == []


def test_a_setting_inherited_from_another_file_is_told_as_the_build_tells_it(
    tmp_path: Path,
) -> None:
    """MkDocs merges the file `INHERIT` names under mkdocs.yml: a setting there refuses the
    build too, told at mkdocs.yml (the build cannot place it either)."""
    config = _config(tmp_path, "INHERIT: bas.yml\nextra:\n  farg: gron")
    (tmp_path / "bas.yml").write_text(
        "extra:\n  analytics:\n    provider: google\ncopyright: '<b>x</b>'\n", encoding="utf-8"
    )
    found = config_problems(tmp_path)
    assert [p.message.split()[0] for p in found] == ["analytics", "copyright"]
    # As far as mkdocs.yml shows each: extra: for the one, the file for the other.
    assert [p.location.line for p in found] == [_line(config, "extra:"), 0]
    told = "; ".join(f"{tmp_path}/{p.location}: {p.message} – {p.hint}" for p in found)
    assert told == config_problem(config)
    (tmp_path / "bas.yml").write_text("INHERIT: mkdocs.yml\n", encoding="utf-8")  # a loop
    [ring] = config_problems(tmp_path)  # MkDocs would stop with a RecursionError
    assert "går i ring" in ring.message


def _line(config: Path, start: str) -> int:
    return next(
        number
        for number, line in enumerate(config.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(start)
    )


def test_a_named_pipe_inherited_is_refused_not_waited_for(tmp_path: Path) -> None:
    """Reading a named pipe waits for a writer forever: `trygg check` and `trygg build`
    hung on `INHERIT: rör.yml`. It is refused as no file."""
    import signal

    config = _config(tmp_path, "INHERIT: rör.yml")
    os.mkfifo(tmp_path / "rör.yml")
    signal.alarm(20)  # a hang fails the test instead of the suite
    try:
        [pipe] = config_problems(tmp_path)
        from generator.cli.buildrefusals import settings_problem

        refused = settings_problem(config)
    finally:
        signal.alarm(0)
    assert pipe.code == "TP072" and "är ingen vanlig fil" in pipe.message
    assert refused.startswith(f"{tmp_path / 'rör.yml'}: är ingen vanlig fil")
