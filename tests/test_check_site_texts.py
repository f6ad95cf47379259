"""`trygg check` reads the strings of mkdocs.yml that every page publishes (the footer's
copyright, the <meta> description and author, extra's social links, the menu) with the
privacy rules, and tells what it finds at mkdocs.yml:line:column, as in a content file;
comments, other settings and values of tags such as !ENV are not published and not read."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.check.fingerprint import site_inputs
from generator.check.run import check_content
from generator.load.sitetexts import site_texts
from generator.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "ekbackens-skola"
NUMBER = "1203041239"


def _project(tmp_path: Path, settings: str, base: str = "") -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    (tmp_path / "mkdocs-tom").mkdir()
    written = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    kept = "".join(line for line in written.splitlines(True) if not line.startswith("copyright"))
    (tmp_path / "mkdocs.yml").write_text(base + kept + settings, encoding="utf-8")
    return tmp_path


def _found(root: Path, cache: Path | None = None) -> list[Problem]:
    checked = check_content(root / "content", only=(SCHOOL,), cache_dir=cache)
    return [p for p in checked.report if p.location.file in ("mkdocs.yml", "base.yml")]


def _at(found: list[Problem]) -> set[tuple[str, str, int, int]]:
    return {(p.code, p.location.file, p.location.line, p.location.column) for p in found}


def _line(root: Path, text: str, file: str = "mkdocs.yml") -> int:
    lines = (root / file).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_published_settings_are_read_with_the_privacy_rules_at_their_place(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        f"copyright: 'Strandvik. Anmälan {NUMBER}.'\n"
        'site_description: "Elev \\x31203041239"\n'
        "site_author: Saga på saga@gmail.com\n"
        "extra:\n  social:\n    - icon: fontawesome/brands/github\n"
        "      link: https://example.org\n"
        "      name: Saga i 4B blev slagen på rasten\n",
    )
    found = _at(_found(root))
    assert ("TP401", "mkdocs.yml", _line(root, "copyright"), 32) in found
    assert ("TP401", "mkdocs.yml", _line(root, "site_description"), 25) in found  # decoded
    assert ("TP402", "mkdocs.yml", _line(root, "site_author"), 22) in found
    assert ("TP404", "mkdocs.yml", _line(root, "name: Saga"), 13) in found


def test_comments_unpublished_settings_and_tags_are_not_read(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        f"# Elevens personnummer {NUMBER}\n"
        f"site_url: https://example.org/{NUMBER}/\n"
        f"edit_uri: '{NUMBER}'\n"
        f"site_description: !ENV [BESKRIVNING, '{NUMBER}']\n",
    )
    assert _found(root) == []


def test_the_menu_titles_and_an_inherited_file_are_read(tmp_path: Path) -> None:
    root = _project(tmp_path, f"nav:\n  - 'Anmälan {NUMBER}': index.md\n", "INHERIT: base.yml\n")
    (root / "base.yml").write_text(f"site_name: trygg\ncopyright: '{NUMBER}'\n", encoding="utf-8")
    found = _at(_found(root))
    assert ("TP401", "mkdocs.yml", _line(root, "Anmälan"), 14) in found
    assert ("TP401", "base.yml", 2, 13) in found


def test_a_changed_mkdocs_yml_is_read_again_with_the_cache(tmp_path: Path) -> None:
    root = _project(tmp_path, "copyright: Strandvik\n")
    cache = tmp_path / ".trygg-cache"
    assert _found(root, cache) == []
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"site_author: '{NUMBER}'\n")
    assert {p.code for p in _found(root, cache)} == {"TP401"}


def test_the_strings_are_those_the_theme_prints(tmp_path: Path) -> None:
    config = (
        "site_name: Strandvik\nrepo_name: innehåll\ntheme:\n  name: material\n  palette:\n"
        "    - toggle:\n        icon: material/brightness-7\n        name: Mörkt läge\n"
        "markdown_extensions:\n  - toc:\n      title: Innehåll\n  - attr_list\n"
        "plugins:\n  - search:\n      lang: sv\n"
    )
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    read = [node.value for texts in site_texts(tmp_path) for node, _key in texts.texts]
    assert read == ["Strandvik", "innehåll", "material/brightness-7", "Mörkt läge", "Innehåll"]


def test_a_changed_inherited_file_makes_the_sites_new(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    config, base = tmp_path / "repo" / "mkdocs.yml", tmp_path / "base.yml"  # outside the repo
    config.write_text("INHERIT: ../base.yml\nsite_name: trygg\n", encoding="utf-8")
    base.write_text("copyright: Strandvik\n", encoding="utf-8")
    before = site_inputs(config, "checked")
    assert site_inputs(config, "checked") == before
    base.write_text(f"copyright: '{NUMBER}'\n", encoding="utf-8")
    assert site_inputs(config, "checked") != before
