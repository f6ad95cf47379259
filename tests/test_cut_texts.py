"""TP010: a text without quotes that a comment like `#metoo` cuts short."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.load.yamlstrict import parse_yaml
from generator.validate.comments import cut_text_problems

ROOT = Path(__file__).resolve().parents[1]
PLAN = Path("skolor/ekbackens-skola/trygghetsplan/2026-27.yml")


def warnings(text: str, line_offset: int = 0) -> list[str]:
    document = parse_yaml(text, Path("plan.yml"), "plan.yml", line_offset)
    return [problem.format() for problem in cut_text_problems([document])]


def test_a_hashtag_cuts_the_title_and_is_named_where_it_starts() -> None:
    assert warnings("id: A1\ntitel: Ord som sårar #metoo\n") == [
        "plan.yml:2:22: varning TP010 titel: texten slutar vid ' #metoo': allt efter ' #' "
        "räknas som en kommentar och visas inte – sätt hela texten inom raka citattecken: "
        'titel: "Ord som sårar #metoo"'
    ]


def test_a_number_after_a_hash_in_a_list_item_keeps_the_whole_rest_of_the_line() -> None:
    (found,) = warnings("punkter:\n  - Vi är #1 på trygghet # säger eleverna\n")
    assert found.startswith("plan.yml:2:11: varning TP010 punkter[1]: ")
    assert found.endswith('- "Vi är #1 på trygghet # säger eleverna"')


def test_a_long_text_is_quoted_short_and_the_offset_of_front_matter_counts() -> None:
    long = "Vi arbetar med trygghet hela året och följer upp varje vecka i klassråden"
    (found,) = warnings(f"titel: {long} #trygghet\n", line_offset=1)
    assert found.startswith("plan.yml:2:")
    assert found.endswith(
        'titel: "Vi arbetar med trygghet hela året och följer upp varje … #trygghet"'
    )


@pytest.mark.parametrize(
    "text",
    [
        "status: utkast  # byt till beslutad när rektor har beslutat planen\n",
        "namn: Ekbackens skola  # FYLL I\n",
        "namn: Ekbackens skola  #FYLL I: skolans namn\n",
        'titel: "Ord som sårar #metoo"\n',
        "titel: 'Ord som sårar #metoo'\n",
        "länk: https://exempel.se/sida#avsnitt\n",
        "ordning: 10 #10\n",
        "text: |\n  Ord som sårar #metoo\n",
        "# en kommentar\ntitel: Ord\n",
    ],
    ids=[
        "template",
        "fill-in",
        "fill-in-tight",
        "double",
        "single",
        "anchor",
        "number",
        "block",
        "own-line",
    ],
)
def test_comments_trygg_writes_and_quoted_texts_are_left_alone(text: str) -> None:
    assert warnings(text) == []


def test_the_check_warns_and_still_passes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    plan = content / PLAN
    text = plan.read_text(encoding="utf-8")
    assert "    titel: Ord som sårar\n" in text
    plan.write_text(
        text.replace("titel: Ord som sårar\n", "titel: Ord som sårar #metoo\n"), "utf-8"
    )
    report = check_content(content).report
    (found,) = [p for p in report if p.code == "TP010"]
    line = text[: text.index("titel: Ord som sårar")].count("\n") + 1
    assert (found.location.line, found.location.column) == (line, 26)
    assert found.field == "åtgärder (id: A6).titel" and not report.has_errors


@pytest.mark.parametrize(
    ("space", "named"),
    [
        ("\u00a0", "ett hårt mellanslag (U+00A0), ofta från Word"),
        ("\u202f", "ett smalt hårt mellanslag (U+202F)"),
    ],
)
def test_a_comment_after_an_odd_space_would_be_published_and_is_an_error(
    space: str, named: str
) -> None:
    (found,) = warnings(f"id: A1\ntitel: Plan{space}# byt titel sedan\n")
    assert found == (
        f"plan.yml:2:12: fel TP024 titel: före # står {named}, så YAML läser inte det som "
        "står efter # som en kommentar: kommentaren visas på sidan som en del av texten – "
        "radera tecknet före # och skriv ett vanligt mellanslag i stället"
    )


@pytest.mark.parametrize(
    "text",
    [
        "titel: Ord som sårar\u00a0#metoo\n",
        'titel: "Plan\u00a0# med flit"\n',
        "text: |\n  a\u00a0# b\n",
    ],
    ids=["hashtag", "quoted", "block"],
)
def test_an_odd_space_before_a_hashtag_or_inside_quotes_is_left_alone(text: str) -> None:
    assert warnings(text) == []


def test_a_school_whose_plan_would_publish_a_comment_is_not_published(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    plan = content / PLAN
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("titel: Ord som sårar\n", "titel: Ord som sårar\u00a0# ändra?\n"), "utf-8"
    )
    checked = check_content(content)
    (found,) = [p for p in checked.report if p.code == "TP024"]
    line = text[: text.index("titel: Ord som sårar")].count("\n") + 1
    assert (found.location.line, found.location.column) == (line, 25)
    assert found.field == "åtgärder (id: A6).titel" and checked.report.has_errors
    assert checked.school("ekbackens-skola") is None


def test_the_joined_comment_is_found_as_the_old_pattern_found_it() -> None:
    """`comments.joined_at` reads back from each `#`: the same place as the pattern it
    replaced (which started again at each odd space of a run), on random short texts."""
    import random
    import re

    from generator.load.oddspaces import ODD
    from generator.validate.comments import joined_at

    old = re.compile(rf"(?P<odd>[{ODD}])[ \t{ODD}]*#(?:[ \t]|$|FYLL I\b)", re.MULTILINE)
    rng = random.Random(24)
    pieces = ["a", " ", "\t", "\u00a0", "\u2007", "#", "# ", "#x", "\n", "FYLL I", "\u200b"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        start = rng.randrange(len(text) + 1)
        found = old.search(text, start)
        assert joined_at(text, start) == (None if found is None else found.start("odd")), text


def test_a_long_run_of_odd_spaces_is_read_once() -> None:
    """200 000 non-breaking spaces in a text, and one joined comment elsewhere in the
    file: one TP024, at its own space (the run was read once per space before)."""
    from generator.validate.comments import joined_at

    text = "vision: Trygg" + "\u00a0" * 200_000 + "skola\ntitel: Plan\u00a0# ändra\n"
    assert joined_at(text) == text.index("Plan") + len("Plan")
