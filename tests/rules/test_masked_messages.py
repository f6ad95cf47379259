"""No message repeats a personnummer from the author's text (`problems.masking`): a
message that quotes a text (an SVG's metadata, an action's new title) shows the number
as ÅÅMMDD-XXXX in every report, CI log and the granskning, while TP401 still points at
where it stands."""

from __future__ import annotations

import json
from pathlib import Path

from ruletools import PLAN, Tree

from generator import codes
from generator.problems import Location, Report
from generator.problems.masking import MASK, masked
from generator.validate.svgsafety import UnsafeSvg, check_svg

NUMBER = "900101-1239"


def test_an_action_s_new_title_is_quoted_without_the_number(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "  - id: A7\n", "  - id: A2\n")  # TP059: last period's A2 was another
    title = "Planerade eftermiddagar på fritids"
    tree.edit(PLAN, f"titel: {title}\n", f"titel: Samtal med elev {NUMBER} <b>\n")
    report = tree.check().report
    [reused] = [p for p in report if p.code == "TP059"]
    assert reused.message.endswith(f"nu 'Samtal med elev {MASK} <b>'")
    assert any(p.code == "TP401" for p in report)  # the number is still told, at its place
    told = [report.format_text(), json.dumps([p.as_dict() for p in report], ensure_ascii=False)]
    assert all(NUMBER not in text for text in told)


def test_an_svg_s_metadata_is_quoted_without_the_number() -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><metadata><![CDATA[{NUMBER}]]></metadata></svg>'
    try:
        check_svg(svg.encode())
    except UnsafeSvg as unsafe:
        said = str(unsafe)
    assert NUMBER in said  # the check's own words quote it…
    problem = codes.problem("TP047", Location("bild.svg"), said, hint=f"ta bort {NUMBER}")
    assert NUMBER not in Report([problem]).format_text()  # …what the user reads does not
    assert problem.message == f"<metadata> har texten '{MASK}' (rad 1 i SVG-filen)"
    assert problem.hint == f"ta bort {MASK}"


def test_only_personnummer_are_masked() -> None:
    kept = [
        "rad 12, kolumn 3", "datum 2026-02-30", "ring 0701234567", "Dnr 250911-0032",
        "vecka 2026-W10", "19 av 1239 elever",
    ]  # fmt: skip
    assert [masked(text) for text in kept] == kept
    assert masked("a 19900101-1239, b pnr 900101 1239.") == f"a {MASK}, b pnr {MASK}."
