"""MkDocs' objections to mkdocs.yml as `trygg build` tells them: in Swedish, with how to fix
it, at the line and column of the setting (`site.configwords`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.layout import EMPTY_DOCS_DIR
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
            "docs_dir: mkdocs-tom", "docs_dir: mkdocs-tom\nsite_dir_x: 1",
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
    (tmp_path / EMPTY_DOCS_DIR).mkdir()
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
    (tmp_path / EMPTY_DOCS_DIR).mkdir()
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
    ("added", "place", "said"),
    [
        ("repo_url: https://github.com/strandvik/innehall", "repo_url", "repo_url gör att"),
        ("repo_url: https://gitlab.strandvik.se/x/y", "repo_url", "repo_url gör att"),
        (
            "extra_javascript:\n  - https://cdn.example.com/statistik.js",
            "- https://cdn",
            "extra_javascript → https://cdn.example.com/statistik.js hämtar ett skript",
        ),
        (
            "extra_css:\n  - //fonts.example.com/typsnitt.css",
            "- //fonts", "extra_css → //fonts.example.com/typsnitt.css hämtar en stilmall",
        ),
        (
            "extra:\n  analytics:\n    provider: google\n    property: G-XXXX",
            "analytics", "analytics gör att temat hämtar ett skript",
        ),
        (
            "copyright: '<style>body{display:none}</style> Strandviks kommun'",
            "copyright", "copyright har elementet <style>",
        ),
        (
            "copyright: 'Strandvik <META http-equiv=refresh content=0;url=https://x.example>'",
            "copyright", "copyright har elementet <meta>",
        ),
        (
            "copyright: '<span style=\"background-image:image-set(&quot;https://evil.example/x"
            ".png&quot; 1x)\">Strandvik</span>'",
            "copyright", "copyright har elementet <span>",
        ),
        (
            "copyright: '<a href=\"https://strandvik.se\" ping=\"https://tracker.example/p\">"
            "Strandvik</a>'",
            "copyright", "copyright har attributet ping på <a>",
        ),
        ("copyright: 'Strandvik <body onload=alert(1)>'", "copyright", "attributet onload"),
    ],
)  # fmt: skip
def test_a_setting_that_makes_pages_ask_another_host_is_refused_at_its_line(
    tmp_path: Path, added: str, place: str, said: str
) -> None:
    """Refused before anything is built (non-negotiable 3), not every site refused at the
    end of the build and told at its built files; a plain `mkdocs build` stops alike."""
    (tmp_path / "content").mkdir()
    (tmp_path / EMPTY_DOCS_DIR).mkdir()
    config = tmp_path / "mkdocs.yml"
    text = _without_copyright(BASE).replace(
        "docs_dir: mkdocs-tom", f"docs_dir: mkdocs-tom\n{added}", 1
    )
    config.write_text(text, encoding="utf-8")
    why = config_problem(config)
    line, column = _place(text, place)
    assert why.startswith(f"{config}:{line}:{column}: "), why
    assert said in why, why
    assert "andra webbplatser" in why or "bara text och länkar" in why, why


def test_settings_that_fetch_nothing_from_elsewhere_are_fine(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / EMPTY_DOCS_DIR).mkdir()
    config = tmp_path / "mkdocs.yml"
    added = (
        "copyright: 'Strandviks kommun – <a href=\"https://strandvik.se\">strandvik.se</a>'\n"
        "extra_css:\n  - stilar/egen.css"
    )
    text = _without_copyright(BASE).replace(
        "docs_dir: mkdocs-tom", f"docs_dir: mkdocs-tom\n{added}", 1
    )
    config.write_text(text, encoding="utf-8")
    assert config_problem(config) == ""


def _without_copyright(text: str) -> str:
    return "".join(line for line in text.splitlines(True) if not line.startswith("copyright:"))


@pytest.mark.parametrize("key", ["favicon", "logo"])
@pytest.mark.parametrize("address", ["https://cdn.example.com/a.png", "//cdn.example.com/a.png"])
def test_a_favicon_or_logo_from_another_host_is_refused_at_its_line(
    tmp_path: Path, key: str, address: str
) -> None:
    """Not every site refused at the end of the build at its built files: at the setting."""
    (tmp_path / "content").mkdir()
    (tmp_path / EMPTY_DOCS_DIR).mkdir()
    config = tmp_path / "mkdocs.yml"
    text = BASE.replace("  name: material\n", f"  name: material\n  {key}: {address}\n", 1)
    config.write_text(text, encoding="utf-8")
    why = config_problem(config)
    line, column = _place(text, f"{key}:")
    assert why.startswith(f"{config}:{line}:{column}: "), why
    assert f"theme → {key} → {address} hämtar en bild från en annan webbplats" in why, why
    config.write_text(text.replace(address, "bilder/logga.png"), encoding="utf-8")
    assert config_problem(config) == ""
