"""What `trygg check` says about a mistake, as the author reads it in the terminal: where the
mistake is (not where the YAML parser noticed it), what it is, and how to fix it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import examplecopy
import pytest
from examplecopy import edited

from generator.cli.main import main
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml
from generator.validate.fields import format_field

content = examplecopy.content  # this module's copy of the example (a fixture)

SCHOOL = Path("skolor") / "lovangens-skola"
PLAN = SCHOOL / "trygghetsplan" / "2026.yml"


def checked(capsys: pytest.CaptureFixture[str], content: Path) -> list[str]:
    """The problem lines `trygg check` prints for the school, their paths from content/."""
    with pytest.raises(SystemExit):
        main(["check", str(content), "--ingen-cache", "--jobs", "1", "--skola", "lovangens-skola"])
    out = capsys.readouterr().out
    shown = out.split("\n\n")[0].splitlines()[:-1]  # up to the summary; not the LIX table
    return [line.partition("content/")[2] for line in shown]


def line_of(content: Path, written: str) -> int:
    """The 1-based line of the plan where `written` first stands (the line an edit of it
    is on), so that the tests follow the example as it changes."""
    text = (content / PLAN).read_text(encoding="utf-8")
    assert written in text
    return text[: text.index(written)].count("\n") + 1


def replaced(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return edit


def test_a_list_item_is_named_by_its_id(capsys: pytest.CaptureFixture[str], content: Path) -> None:
    line = line_of(content, "    ansvarig: Rektor\n")
    with edited(content / PLAN, replaced("    ansvarig: Rektor\n", "    ansvarig: [Rektor]\n")):
        lines = checked(capsys, content)
    assert (
        f"{PLAN.as_posix()}:{line}:15: fel TP011 åtgärder (id: A1).ansvarig: måste vara text"
        in (line.partition(" – ")[0] for line in lines)
    )


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (
            {"åtgärder": [{"id": "A1"}, {"id": "rastvakter", "ansvarig": 1}]},
            "åtgärder (id: rastvakter).ansvarig",
        ),
        (
            {"åtgärder": [{}, {"titel": "Rastvärdar där eleverna leker"}]},
            "åtgärder[2].ansvarig",  # a title is free text, and may name a pupil
        ),
        ({"åtgärder": [{}, {"beskrivning": "…"}]}, "åtgärder[2].ansvarig"),
        ({"åtgärder": [{}, {"id": ["A1"]}]}, "åtgärder[2].ansvarig"),  # an id of the wrong kind
        ({"åtgärder": [{}, {"titel": "Samtal med 19121212-1212"}]}, "åtgärder[2].ansvarig"),
        (None, "åtgärder[2].ansvarig"),
    ],
    ids=["id", "title", "neither", "unusable-id", "personnummer", "no-data"],
)
def test_a_list_item_without_a_usable_id_is_named_by_its_title_or_position(
    data: object, named: str
) -> None:
    assert format_field(("åtgärder", 1, "ansvarig"), data) == named


@pytest.mark.parametrize(
    ("written", "told"),
    [
        (
            'färg: "#2e6b3a"',
            "färg: värdet är tomt, eftersom # inleder en kommentar i YAML: '#2e6b3a' räknas "
            'inte – sätt hela texten inom raka citattecken: färg: "#2e6b3a"',
        ),
        ("färg:  # FYLL I", "färg: måste vara text – fyll i ett värde efter kolonet"),
        ("färg: # skolans blå", "färg: måste vara text – fyll i ett värde efter kolonet"),
    ],
    ids=["value-as-comment", "fill-in-mark", "comment"],
)
def test_a_value_yaml_read_as_a_comment_is_told_to_be_quoted(
    capsys: pytest.CaptureFixture[str], content: Path, written: str, told: str
) -> None:
    line = written.replace('"', "") if written.startswith('färg: "') else written
    with edited(content / SCHOOL / "skola.yml", replaced('färg: "#2e6b3a"', line)):
        lines = checked(capsys, content)
    assert f"{(SCHOOL / 'skola.yml').as_posix()}:42:6: fel TP011 {told}" in lines


@pytest.mark.parametrize("written", ["1e3", "+5", "1.50", "2E2"])
def test_a_number_for_a_text_is_shown_as_the_author_wrote_it(
    capsys: pytest.CaptureFixture[str], content: Path, written: str
) -> None:
    line = line_of(content, "titel: Rastvärdar där eleverna leker")
    measure = replaced("titel: Rastvärdar där eleverna leker", f"titel: {written}")
    with edited(content / PLAN, measure):
        lines = checked(capsys, content)
    told = f'måste vara text – sätt citattecken runt värdet, t.ex. "{written}"'
    assert f"{PLAN.as_posix()}:{line}:12: fel TP011 åtgärder (id: A1).titel: {told}" in lines


def test_an_unclosed_quote_is_reported_where_it_opens(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    line = line_of(content, "titel: Rastvärdar där eleverna leker")
    opened = replaced(
        "titel: Rastvärdar där eleverna leker", 'titel: "Rastvärdar där eleverna leker'
    )
    with edited(content / PLAN, opened):
        lines = checked(capsys, content)
    assert (  # up to the next quote in the file, eleven lines further down
        f"{PLAN.as_posix()}:{line}:12: fel TP003 "
        + (
            'citattecknet " som inleder texten stängs inte på raden, så raderna '
            f"{line + 1}–{line + 11} blev en "
            'del av texten – avsluta texten med citattecken på samma rad: titel: "Rastvärdar där '
            'eleverna leker"'
        )
        in lines
    )


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            'a:\n  - id: A1\n    titel: "Trygg rast\n    typ: x\n',
            '3:12: citattecknet " som inleder texten stängs aldrig, så resten av filen blev en '
            'del av texten – avsluta texten med citattecken på samma rad: titel: "Trygg rast"',
        ),
        (
            "a:\n  titel: 'Trygg rast\n  typ: x\n  b: 'c'\n",
            "2:10: citattecknet ' som inleder texten stängs inte på raden, så raderna 3–4 blev "
            'en del av texten – avsluta texten med citattecken på samma rad: titel: "Trygg rast"',
        ),
        (
            'a:\n  - "Trygg rast\n  - b\n  - "c"\n',
            '2:5: citattecknet " som inleder texten stängs inte på raden, så raderna 3–4 blev '
            'en del av texten – avsluta texten med citattecken på samma rad: - "Trygg rast"',
        ),
        (
            'a:\n  titel: "\n  typ: x\n  b: "c"\n',
            '2:10: citattecknet " som inleder texten stängs inte på raden, så raderna 3–4 blev '
            'en del av texten – sätt ett " där texten slutar, eller ta bort citattecknet',
        ),
        (  # a text on two lines, closed, with a mistake after it: not the quote's fault
            'a:\n  titel: "Trygg\n    rast" x\n  b: c\n',
            "3:11: indraget stämmer inte – kontrollera indrag, kolon och citattecken på raden",
        ),
        (  # in a [ ]: closed where the item ends, at its comma, with the rest of the line
            'skolformer: [förskoleklass, "grundskola, fritidshem]\nårskurser: F-6\n',
            '1:29: citattecknet " som inleder texten stängs aldrig, så resten av filen blev en '
            "del av texten – avsluta texten med citattecken på samma rad: skolformer: "
            '[förskoleklass, "grundskola", fritidshem]',
        ),
        (  # a [ ] over two lines: the quote opens the second
            "a: [x,\n  'y, z]\nb: c\n",
            "2:3: citattecknet ' som inleder texten stängs aldrig, så resten av filen blev en "
            'del av texten – avsluta texten med citattecken på samma rad: "y", z]',
        ),
        (  # in a { }, closed at `färg: "`, whose colour the parser then reads as a comment
            'team:\n  - {roll: Kurator, namn: "Johan Ek, foto: k.svg}\n  - {roll: Rektor}\n'
            'färg: "#1f4e79"\n',
            '2:27: citattecknet " som inleder texten stängs inte på raden, så raderna 3–4 blev '
            "en del av texten – avsluta texten med citattecken på samma rad: - {roll: Kurator, "
            'namn: "Johan Ek", foto: k.svg}',
        ),
        (  # a value on the line after its key: no key and no dash on the quote's line
            'namn: Ekbacken\nbeskrivning:\n  "Vi är en F–6-skola\nfärg: blå\n',
            '3:3: citattecknet " som inleder texten stängs aldrig, så resten av filen blev en '
            'del av texten – avsluta texten med citattecken på samma rad: "Vi är en F–6-skola"',
        ),
        (  # a list item's key
            'a:\n  - titel: "Trygg rast\n    typ: x\n',
            '2:12: citattecknet " som inleder texten stängs aldrig, så resten av filen blev en '
            'del av texten – avsluta texten med citattecken på samma rad: - titel: "Trygg rast"',
        ),
    ],
    ids=[
        "never-closed",
        "single-quote",
        "list-item",
        "nothing-after-it",
        "closed",
        "flow-list",
        "flow-list-next-line",
        "flow-mapping",
        "value-on-own-line",
        "list-item-key",
    ],
)
def test_the_quote_that_opens_a_text_without_an_end(text: str, told: str) -> None:
    with pytest.raises(LoadError) as raised:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    error = raised.value
    assert f"{error.line}:{error.column}: {error.message} – {error.hint}" == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            'a:\n  - id: A1\n    titel: "Vi säger "stopp" nu"\n    typ: x\n',
            '3:22: citattecknet " inuti texten avslutar den, så YAML kan inte läsa resten av '
            "raden – sätt texten inom ' ' när den själv har \" i sig: titel: "
            "'Vi säger \"stopp\" nu'",
        ),
        (
            "a:\n  titel: 'Elevens 'egna' ord'\n",
            "2:19: citattecknet ' inuti texten avslutar den, så YAML kan inte läsa resten av "
            'raden – sätt texten inom " " när den själv har \' i sig: '
            "titel: \"Elevens 'egna' ord\"",
        ),
        (  # both kinds inside: escaped
            'a:\n  titel: "Vi "sa" \'nej\'"\n',
            '2:14: citattecknet " inuti texten avslutar den, så YAML kan inte läsa resten av '
            'raden – skriv texten inom " " och varje " inuti den som \\": '
            'titel: "Vi \\"sa\\" \'nej\'"',
        ),
        (  # a quoted word first, and a comment after the line's text
            'a:\n  - "Stopp" betyder stopp  # ord\n',
            '2:5: texten börjar med "Stopp", så YAML kan inte läsa resten av raden – sätt hela '
            "texten inom ' ' när den själv har \" i sig: - '\"Stopp\" betyder stopp'",
        ),
        (  # in a [ ]: no guess at where the text ends
            'a: [x, "b "c" d"]\n',
            '1:11: citattecknet " inuti texten avslutar den, så YAML kan inte läsa resten av '
            "raden – sätt texten inom ' ' när den själv har \" i sig",
        ),
    ],
    ids=["inside", "single-inside", "both-kinds", "quoted-word-first", "flow-list"],
)
def test_a_quote_inside_a_text_is_told_where_it_ends_the_text(text: str, told: str) -> None:
    """Before, each was "indraget stämmer inte" at the word after the quote."""
    with pytest.raises(LoadError) as raised:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    error = raised.value
    assert f"{error.line}:{error.column}: {error.message} – {error.hint}" == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (  # a block's text at its key's indentation: the block ends empty at once
            "åtgärder:\n  - id: A4\n    beskrivning: >-\n    Lektionerna om nätvett\n"
            "      fortsätter.\n    adresserar: [F1]\n",
            "4:5: texten under beskrivning: >- är inte indragen under nyckeln, så YAML läser "
            "den som en ny nyckel utan kolon – dra in textens rader längre än beskrivning:, "
            "så att de börjar med minst 6 mellanslag – lägg till 2 mellanslag",
        ),
        (
            "beskrivning: |  # skolan\nVi är en F–6-skola.\nnamn: Ekbacken\n",
            "2:1: texten under beskrivning: | är inte indragen under nyckeln, så YAML läser "
            "den som en ny nyckel utan kolon – dra in textens rader längre än beskrivning:, "
            "så att de börjar med minst 2 mellanslag – lägg till 2 mellanslag",
        ),
        (  # a line with no colon among keys
            "adress:\n  gata: Ekbacksvägen 4\n  Strandvik\n  postnummer: '382 31'\n",
            "3:3: raden har inget kolon, så YAML kan inte läsa den som nyckel: värde – skriv "
            "nyckel: värde, eller dra in raden om den hör till texten ovanför",
        ),
    ],
    ids=["block-text-not-indented", "top-level-block", "line-without-colon"],
)
def test_a_line_without_a_colon_is_told_at_that_line(text: str, told: str) -> None:
    """Before: "ett kolon saknas efter nyckeln" at a later line, with nothing wrong in it."""
    with pytest.raises(LoadError) as raised:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    error = raised.value
    assert f"{error.line}:{error.column}: {error.message} – {error.hint}" == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "åtgärder:\n  - adresserar: [F1  # fynd\n    mål: M2\n",
            "2:17: listan inom [ ] stängs inte på raden – avsluta med ] på samma rad: "
            "- adresserar: [F1]",
        ),
        (
            "team:\n  - {roll: Kurator, namn: Johan Ek\n  - {roll: Rektor}\n",
            "2:5: mappningen inom { } stängs inte på raden – avsluta med } på samma rad: "
            "- {roll: Kurator, namn: Johan Ek}",
        ),
        (  # a comma missing between two pairs
            "team:\n  - {roll: Specialpedagog namn: Elin Berg}\n",
            "2:27: ett komma saknas före namn: i mappningen inom { } – sätt ett komma mellan "
            "paren, eller citattecken runt en text med kolon: "
            "- {roll: Specialpedagog, namn: Elin Berg}",
        ),
        (  # a list over several lines: where it should close is not on its first line
            "a: [F1,\n  F2\nb: c\n",
            "1:4: en lista [ ] eller mappning { } stängs inte – kontrollera indrag, kolon och "
            "citattecken på raden",
        ),
    ],
    ids=["list", "mapping", "missing-comma", "over-lines"],
)
def test_a_bracket_or_comma_missing_on_the_line_is_shown_in_place(text: str, told: str) -> None:
    """Before, each was "en lista [ ] eller mappning { } stängs inte" with no example."""
    with pytest.raises(LoadError) as raised:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    error = raised.value
    assert f"{error.line}:{error.column}: {error.message} – {error.hint}" == told


# A section with an error, and a file that cannot be read: (file, text, text with the
# error, the error's code, the note's place and start).
SKIPPED = {
    "section": (
        SCHOOL / "skola.yml", 'färg: "#2e6b3a"', "färg: 12", "TP011",
        "42:1: upplysning TP029 avsnittet 'färg' har fel",
    ),
    "file": (
        PLAN, "titel: Rastvärdar", 'titel: "Rastvärdar', "TP003",
        "1:1: upplysning TP029 filen har fel, så de andra kontrollerna av skolans planer",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", SKIPPED)
def test_the_note_that_rules_were_skipped_follows_the_error_it_explains(
    capsys: pytest.CaptureFixture[str], content: Path, case: str
) -> None:
    file, old, new, code, note = SKIPPED[case]
    with edited(content / file, replaced(old, new)):
        told = checked(capsys, content)
    # the edited file's lines (the plan's own findings, as TP317, stand after them)
    error, explained = [line for line in told if line.startswith(file.as_posix())]
    assert f" fel {code} " in error
    assert explained.startswith(f"{file.as_posix()}:{note}")


@pytest.mark.parametrize(
    ("old", "new", "told"),
    [
        (
            "till: 2027-01-31}",
            "till: jan 2027}",
            ":37: fel TP016 giltighet.till: 'jan 2027' är inte ett giltigt datum – dagen "
            "saknas: skriv en dag i januari 2027 som 2027-01-DD (01–31)",
        ),
        (
            "    start: 2026-01\n",
            "    start: sept. 2026\n",
            ":12: fel TP015 åtgärder (id: A1).start: 'sept. 2026' har fel form – skriv 2026-09",
        ),
    ],
    ids=["day", "plan-date"],
)
def test_a_month_written_short_gets_its_date_or_the_missing_parts(
    capsys: pytest.CaptureFixture[str], content: Path, old: str, new: str, told: str
) -> None:
    line = line_of(content, old)
    with edited(content / PLAN, replaced(old, new)):
        lines = checked(capsys, content)
    assert f"{PLAN.as_posix()}:{line}{told}" in lines
