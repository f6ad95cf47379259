"""A new school filled in the way its rektor does it, line by FYLL I line, publishes
nothing the example tells of itself: what happened in its period (the analysis, the
pupils' and the others' part, `cli.ownfacts`), its description of the school and its
staff's pictures. What it planned stays under FYLL I lines; a text that keeps the name
`trygg init` wrote once the school has its own is an error (TP312)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.check.run import check_content
from generator.cli import fillin, ownfacts, starter
from generator.codes import withholds
from tests.test_init import _pages, decide, fill_in, run, take_over


def _told(example: dict[str, Any]) -> list[str]:
    """Every text of the example plan that tells what happened in its period."""
    analysis, survey = example.get("analys", {}), example["kartläggning"]
    found = [c.get(k, "") for c in analysis.get("orsaker", []) for k in ("orsak", "utan_åtgärd")]
    for pupils in (analysis.get("elevmedverkan", []), survey.get("elevmedverkan", [])):
        found += [p["bidrag"] for p in pupils] if isinstance(pupils, list) else [pupils]
    found += [text for step in example["samverkan"].values() for text in step.values()]
    return [str(text) for text in found if text]


def _phrase(text: str, names: tuple[str, ...]) -> str:
    """The longest stretch of `text` without the example's name, at most 40 characters:
    the name is the new school's in the copy."""
    flat = " ".join(text.split())
    pieces = re.split("|".join(re.escape(n) for n in names), flat) if names else [flat]
    return max(pieces, key=len).strip()[:40]


def _filled_in(content: Path) -> Path:
    """Every file of the new repo filled in: each first line removed, each FYLL I dealt
    with (`test_init.fill_in`), the page's mark removed; the plan decided."""
    take_over(content / "skolor/min-skola")
    [plan] = (content / "skolor/min-skola/trygghetsplan").glob("*.yml")
    for path in (content / "huvudman.yml", content / "skolor/min-skola/arshjul.yml", plan):
        path.write_text(path.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
        fill_in(path)
    for page in (content / "skolor/min-skola/sidor").glob("*.md"):
        text = page.read_text(encoding="utf-8").replace(fillin.PAGE_MARK, "")
        page.write_text(text, encoding="utf-8")
    decide(plan)
    return plan


@pytest.mark.parametrize("template", list(starter.SCHOOL_TEMPLATES))
def test_filling_in_every_fill_in_line_publishes_none_of_the_examples_facts(
    template: str, tmp_path: Path
) -> None:
    assert run("init", str(tmp_path), "--mall", template) == 0
    content, mall = tmp_path / "content", starter.SCHOOL_TEMPLATES[template]
    example = starter._example_plan(mall)
    source = mall.source / "skola.yml"
    described = yaml.safe_load(source.read_text(encoding="utf-8"))["beskrivning"]
    names = (*mall.names, *mall.genitives)
    phrases = [_phrase(text, names) for text in [*_told(example), described]]
    phrases.append("Tecknad figur")  # the example's picture of its kurator
    assert not list((content / "skolor/min-skola").glob("foton/*"))
    written = next((content / "skolor/min-skola/trygghetsplan").glob("*.yml"))
    plan = written.read_text(encoding="utf-8")
    for key in [k for k in (*ownfacts.PLANNED, *ownfacts.ORGANISED) if k in example]:
        if key == "åtgärder":  # each of the example's åtgärder under a line of its own
            assert plan.count(f"# FYLL I: {ownfacts.PLANNED[key]}") == len(example[key])
        else:
            assert re.search(rf"^# FYLL I: [^\n]*\n{key}:", plan, re.MULTILINE), key
    section, part, _what = ownfacts.METHODS
    assert re.search(rf"^{section}:\n  # FYLL I: [^\n]*\n  {part}:", plan, re.MULTILINE)
    organiser = (content / "huvudman.yml").read_text(encoding="utf-8")
    for key in ownfacts.ORGANISER:
        assert re.search(rf"^# FYLL I: [^\n]*\n{key}:", organiser, re.MULTILINE), key
    _filled_in(content)
    report = check_content(content).report
    assert not report.has_errors, report.format_text()
    published = " ".join(" ".join(_pages(content).values()).split())
    assert "trygghetsplan/index.md" in _pages(content)
    assert [p for p in phrases if p in published] == []


def test_a_school_renamed_by_hand_is_not_published_with_the_name_init_wrote(
    tmp_path: Path,
) -> None:
    """The examiner's way: a bare `trygg init`, every FYLL I filled in and skola.yml's
    `namn` written as the school's own: the plan's texts still say Min skola (TP312)."""
    assert run("init", str(tmp_path)) == 0
    content = tmp_path / "content"
    _filled_in(content)
    skola = content / "skolor/min-skola/skola.yml"
    text = skola.read_text(encoding="utf-8").replace("namn: Min skola", "namn: Björkskolan")
    skola.write_text(text, encoding="utf-8")
    left = [p for p in check_content(content).report if p.code == "TP312"]
    in_plan = {p.field for p in left if "/trygghetsplan/" in p.location.file}
    assert {"inledning", "text", "elevtext", "barntext"} <= in_plan
    assert all(withholds(p) for p in left)
    assert "trygghetsplan/index.md" not in _pages(content)
