"""Columns count the characters of a line as an editor's cursor steps over them: a zero-width
character (U+FEFF, U+200B) and a tab count one each, in every message, whichever parser
found the problem; a file's own byte order mark counts for nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.check.rawhtml import text_problems
from generator.load import yamlfast
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import ContentLoader, load_yaml, parse_yaml

INVISIBLE = pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u200b\ufeff"])


def error_of(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    return caught.value


@INVISIBLE
def test_a_colon_after_an_invisible_character_is_told_at_its_column(invisible: str) -> None:
    line = f"titel: Rast{invisible} och lek: för alla"
    error = error_of(f"id: A1\n{line}\n")
    assert (error.line, error.column) == (2, line.index(": för") + 1)


@INVISIBLE
def test_an_unclosed_quote_after_an_invisible_character_is_told_at_the_quote(
    invisible: str,
) -> None:
    line = f'skolformer: [{invisible}förskoleklass, "grundskola, fritidshem]'
    error = error_of(f"{line}\nårskurser: F-6\n")
    assert (error.line, error.column) == (1, line.index('"') + 1)
    assert error.message.startswith('citattecknet " som inleder texten')
    assert error.hint.endswith('förskoleklass, "grundskola", fritidshem]')


@INVISIBLE
def test_a_tag_after_an_invisible_character_is_told_at_its_column(invisible: str) -> None:
    """A valid file's positions (libyaml's, and the text's own) agree with the errors'."""
    line = f"    beskrivning: Vi{invisible} har <b>fet</b> text."
    text = f"åtgärder:\n  - id: A1\n{line}\n"
    document = parse_yaml(text, Path("plan.yml"), "plan.yml")
    [problem] = text_problems(document)
    assert (problem.location.line, problem.location.column) == (3, line.index("<b>") + 1)


def test_both_parsers_count_an_invisible_character_in_a_node_s_column() -> None:
    """The fast path (libyaml) and the strict loader give a value the same column."""
    text = "a:\n  b: x\ufeff y\n  c: \ufeff\ufeffz\n"
    fast, strict = yamlfast.compose(text), yaml.compose(text, Loader=ContentLoader)
    assert fast is not None and strict is not None
    columns = [[v.start_mark.column for _k, v in n.value[0][1].value] for n in (fast, strict)]
    assert columns == [[5, 5], [5, 5]]
    assert strict.value[0][1].value[1][1].end_mark.column == 8  # after both marks and z


def test_a_byte_order_mark_at_the_start_of_a_file_does_not_move_line_one(
    tmp_path: Path,
) -> None:
    plain, marked = tmp_path / "utan.yml", tmp_path / "med.yml"
    plain.write_text("titel: Rast: för alla\n", encoding="utf-8")
    marked.write_text("\ufefftitel: Rast: för alla\n", encoding="utf-8")
    found = []
    for path in (plain, marked):
        with pytest.raises(LoadError) as caught:
            load_yaml(path, path.name)
        found.append((caught.value.line, caught.value.column, caught.value.hint))
    assert found[0] == found[1] == (1, 12, found[0][2])
    assert "\ufeff" not in found[1][2]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("a:\n\tb: c\n", "2:1: TP007 tabbtecken används för indrag"),
        ("a:\n  \tb: c\n", "2:3: TP007 tabbtecken används för indrag"),
        # a tab inside a text, pasted from a table, is not indentation
        (
            "a: Rast\tlek: c\n",
            "1:8: TP003 ett tabbtecken i texten gör att YAML inte kan läsa raden",
        ),
    ],
)
def test_a_tab_counts_one_column_and_is_told_for_what_it_does(text: str, told: str) -> None:
    error = error_of(text)
    assert f"{error.line}:{error.column}: {error.code} {error.message}" == told
