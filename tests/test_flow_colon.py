"""A text with `: ` in it inside { } is told at that colon, with the text quoted as a
block value's is, not as a { } that does not close (its } is there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml

COLON = "innehåller ': ' (kolon och mellanslag), som YAML läser som början på en ny nyckel i "
COLON += "mappningen inom { }"


def told(line: str) -> str:
    with pytest.raises(LoadError) as caught:
        parse_yaml(f"åtgärder:\n  - id: A4\n{line}\n", Path("plan.yml"), "plan.yml")
    error = caught.value
    assert error.code == "TP003"
    return f"{error.line}:{error.column}: {error.message} – {error.hint}"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "    uppföljning: {när: 2027-02-26, hur: Enkätfrågan: elaka meddelanden, samtal i "
            "klassråden}",
            f"3:52: texten efter hur: {COLON} – sätt hela texten inom raka citattecken: "
            'hur: "Enkätfrågan: elaka meddelanden, samtal i klassråden"',
        ),
        (  # the text ends at the next pair
            "    uppföljning: {hur: Enkät: elaka, när: 2027-02-26}",
            f"3:29: texten efter hur: {COLON} – sätt hela texten inom raka citattecken: "
            'hur: "Enkät: elaka"',
        ),
        (  # several words before the colon: a text, or two pairs without their comma
            "    uppföljning: {när: 2027-02-26, hur: Enkät om elaka meddelanden: samtal}",
            f"3:67: texten efter hur: {COLON} – sätt hela texten inom raka citattecken: "
            'hur: "Enkät om elaka meddelanden: samtal" (eller sätt ett komma före '
            "meddelanden:, om det är en ny nyckel)",
        ),
    ],
)
def test_a_colon_in_a_text_in_braces_is_told_to_be_quoted(line: str, expected: str) -> None:
    assert told(line) == expected


def test_a_pair_without_its_comma_is_still_told_so() -> None:
    assert told("    uppföljning: {när: 2027-02-26 hur: Enkät}") == (
        "3:35: ett komma saknas före hur: i mappningen inom { } – sätt ett komma mellan "
        "paren, eller citattecken runt en text med kolon: uppföljning: {när: 2027-02-26, "
        "hur: Enkät}"
    )
