"""An own page's links written as web addresses (`../rutiner/`), followed as the browser
follows them from the page's address (sidor/<namn>/), and links to trygg's pages."""

from __future__ import annotations

from pathlib import Path

import examplecopy
import pytest
from examplecopy import edited

from generator.check.run import check_content
from generator.problems import Problem

PAGE = Path("skolor/strandskolan/sidor/trygghetsteamet.md")


content = examplecopy.content  # this module's copy of the example (a fixture)


def link_problems(content: Path, link: str) -> list[Problem]:
    with edited(content / PAGE, lambda original: f"{original}\nLäs {link}.\n"):
        report = check_content(content).report
    return [p for p in report if p.code == "TP053"]


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        ("[rutinerna](../rutiner/)", "skriv ../rutiner/index.md"),
        ("[planen](../trygghetsplan)", "skriv ../trygghetsplan/index.md"),
        ("[årshjulet](arshjul/)", "skriv ../arshjul/index.md"),
        ("[reglerna](ordningsregler/)", "skriv ordningsregler.md"),
        ("[årshjulet](../arshjul.md)", "skriv ../arshjul/index.md"),
        ("[Skolverket](www.skolverket.se/om-oss)", "https://www.skolverket.se/om-oss"),
        ("[Friends](friends.se)", "https://friends.se"),
        ("[ut](../../../annan/)", "länka till en egen sida med namn.md"),
        ("[rutinerna](/rutiner/)", "skriv ../rutiner/index.md"),
        ("[rektor@strandvik.se](rektor@strandvik.se)", "mailto:rektor@strandvik.se"),
        ("[070-123 45 67](070-1234567)", "tel:0701234567"),
        ("![bild](/etc/passwd)", "ta bort bilden"),
    ],
)
def test_an_address_that_leads_nowhere_is_told_with_the_form_that_works(
    content: Path, link: str, hint: str
) -> None:
    [problem] = link_problems(content, link)
    assert hint in problem.format(), problem.format()
    assert problem.location.line == (content / PAGE).read_text(encoding="utf-8").count("\n") + 2


@pytest.mark.parametrize(
    "link",
    [
        "[rutinerna](../rutiner/index.md)",
        "[planen](../trygghetsplan/index.md#mal)",
        "[start](../index.md)",
        "[startsidan](../../)",
        "[rutinerna](../../rutiner/)",
        "[reglerna](../ordningsregler/)",
        "[mellanstadiet](../../elev/mellanstadiet/)",
        "[Skolverket](https://www.skolverket.se)",
        "[överst](#det-har-gor-teamet)",
        "[högstadiet](../elev/hogstadiet/index.md)",
        "[förra planen](../trygghetsplan/2025-26/index.md)",
        "[kalendern](../arshjul.ics)",
        # Text that only looks like a link: a line that goes on after "[Obs]:", code
        "\n\n[Obs]: gäller alla elever på skolan",
        "`[text](sida/)` i kod",
    ],
)
def test_an_address_or_file_that_leads_to_a_page_is_not_told(content: Path, link: str) -> None:
    assert link_problems(content, link) == []


def test_an_address_from_the_servers_root_in_a_yaml_text_is_told(content: Path) -> None:
    """A relative address in a text may be right on the one page that shows it (a report's
    text, on its own page); one from the server's root never leads into the school's site."""
    school = content / PAGE.parent.parent / "skola.yml"
    old = "Strandskolan är kommunens"
    assert old in school.read_text(encoding="utf-8")
    linked = f"Se [rutinerna](/rutiner/) och [planen](../trygghetsplan/). {old}"
    with edited(school, lambda original: original.replace(old, linked, 1)):
        found = [p for p in check_content(content).report if p.code == "TP053"]
    assert [p.location.file.endswith("skola.yml") for p in found] == [True]
    assert "'/rutiner/' är en sökväg" in found[0].message
