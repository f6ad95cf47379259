"""MkDocs' objections to mkdocs.yml as `trygg build` tells them: in Swedish, with how to fix
it, at the line and column of the setting (`site.configwords`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.site.configwords import config_problem

ROOT = Path(__file__).resolve().parents[1]
BASE = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "place", "said"),
    [
        (
            "  - search:",
            "  - sokmotorn\n  - search:",
            "  - sokmotorn", "plugins → sokmotorn: tillägget sokmotorn är inte installerat",
        ),
        (
            "      skola:",
            "      skolan: x\n      skola:",
            "skolan:", "plugins → trygg → skolan: okänd inställning – rätta stavningen",
        ),
        (
            "site_name: trygg", "site_name: 12",
            "site_name", "site_name: värdet ska vara text, men är ett heltal",
        ),
        ("name: material", "name: materal", "theme:", "theme: temat materal finns inte"),
        (
            "docs_dir: content", "docs_dir: content\nsite_dir_x: 1",
            "site_dir_x", "site_dir_x: okänd inställning",
        ),
        (
            "  - search:\n",
            "  - search:\n      sprakk: sv\n",
            "sprakk", "plugins → material/search → sprakk: okänd inställning",
        ),
        (
            "      lang: sv",
            "      lang: 5",
            "lang", "plugins → material/search → lang: värdet ska vara en lista med språkkoder",
        ),
        (
            "theme:\n  name: material\n",
            "theme: 5\n",
            "theme", "theme: temat ska vara ett namn eller inställningar (name: material)",
        ),
        (
            "theme:",
            "markdown_extensions:\n  - toc\n  - tabellerna\ntheme:",
            "  - tabellerna",
            "markdown_extensions → tabellerna: Markdown-tillägget tabellerna kan inte laddas",
        ),
    ],
)  # fmt: skip
def test_an_objection_is_told_in_swedish_at_its_setting(
    tmp_path: Path, old: str, new: str, place: str, said: str
) -> None:
    (tmp_path / "content").mkdir()
    config = tmp_path / "mkdocs.yml"
    text = BASE.replace(old, new, 1)
    config.write_text(text, encoding="utf-8")
    why = config_problem(config)
    assert f"MkDocs kan inte läsa inställningen {said}" in why, why
    assert "\n" not in why and "Config value" not in why
    line, column = _place(text, place)
    assert why.startswith(f"{config}:{line}:{column}: "), why


def _place(text: str, start: str) -> tuple[int, int]:
    """Line and column of the first row that starts with `start` (after its indent)."""
    for number, row in enumerate(text.splitlines(), 1):
        if row.lstrip().startswith(start.strip()):
            entry = row.lstrip().startswith("- ")
            return number, len(row) - len(row.lstrip()) + 1 + (2 if entry else 0)
    raise AssertionError(start)


def test_an_objection_not_known_keeps_mkdocs_words_after_a_swedish_lead(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text(BASE + "use_directory_urls: [1]\n", encoding="utf-8")
    why = config_problem(config)
    assert why.startswith(f"{config}:"), why
    assert "MkDocs kan inte läsa inställningen use_directory_urls: " in why, why


def test_mkdocs_yml_it_accepts_is_no_problem() -> None:
    assert config_problem(ROOT / "mkdocs.yml") == ""


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (b"", "MkDocs kan inte läsa inställningen site_name: inställningen krävs men saknas"),
        (b"site_name: tr\xe4gg\n", "MkDocs kan inte läsa filen: den är inte UTF-8-text"),
        (b"- site_name\n", "MkDocs kan inte läsa filen: mkdocs.yml ska bestå av inställningar"),
    ],
)
def test_a_file_mkdocs_cannot_read_at_all_is_told_in_swedish(
    tmp_path: Path, written: bytes, said: str
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_bytes(written)
    why = config_problem(config)
    assert why.startswith(f"{config}") and said in why, why
    assert "MkDocs säger" not in why and "\n" not in why


@pytest.mark.parametrize(
    "repo_url", ["https://github.com/strandvik/trygg-innehall", "https://gitlab.strandvik.se/x/y"]
)
def test_a_setting_that_makes_readers_browsers_ask_another_host_is_refused(
    tmp_path: Path, repo_url: str
) -> None:
    """Material's script asks the repository host's API on every page view (non-negotiable
    3): `trygg build` and a plain `mkdocs build` both stop, at the setting's line."""
    (tmp_path / "content").mkdir()
    config = tmp_path / "mkdocs.yml"
    text = BASE.replace("docs_dir: content", f"docs_dir: content\nrepo_url: {repo_url}", 1)
    config.write_text(text, encoding="utf-8")
    why = config_problem(config)
    line, column = _place(text, "repo_url")
    assert why.startswith(f"{config}:{line}:{column}: repo_url gör att besökarnas webbläsare"), why
    assert "ta bort raden" in why, why
