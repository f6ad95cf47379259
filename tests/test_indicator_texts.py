"""A text that starts with a character YAML reads as its own syntax is told as a text
that needs quotes, at the value, with the line as it should be written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml

ROOT = Path(__file__).resolve().parents[1]


def load_error(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    return caught.value


@pytest.mark.parametrize(
    ("value", "starts"),
    [
        ("[Reviderad] Rastvärdar på skolgården", "[, som YAML läser som början på en lista"),
        ("[Nytt för i år: fler vuxna", "[, som YAML läser som början på en lista"),
        ("{Preliminärt} Samtal i klassråden", "{, som YAML läser som början på en mappning"),
        ("*Observera* att listan gäller alla", "*, som YAML läser som en hänvisning"),
        ("**Fetstil:** viktiga datum", "*, som YAML läser som en hänvisning"),
        ("& och % i texten", "&, som YAML läser som ett ankare"),
        ("@trygghetsteamet svarar i appen", "@, ett tecken som YAML har reserverat"),
        ("`Kod` i texten", "`, ett tecken som YAML har reserverat"),
        ("%-satsen ökade i år", "%, som YAML läser som ett direktiv"),
        ("> Citat ur enkäten", ">, som YAML läser som början på en text på flera rader"),
        ("] Klart", "], som YAML läser som slutet på en lista"),
        ("} slut", "}, som YAML läser som slutet på en mappning"),
        (", och sedan", "ett kommatecken, som YAML läser som en avgränsare i en lista"),
    ],
)
def test_a_text_starting_with_a_yaml_character_is_told_to_be_quoted(
    value: str, starts: str
) -> None:
    error = load_error(f"id: B2\nbeskrivning: {value}\nansvarig: Rektor\n")
    assert (error.code, error.line, error.column) == ("TP003", 2, 14)
    assert error.message.startswith(f"texten börjar med {starts}")
    quoted = value.replace('"', '\\"')
    assert error.hint == f'sätt hela texten inom raka citattecken: beskrivning: "{quoted}"'


@pytest.mark.parametrize(
    ("value", "starts", "sign"),
    [
        ("- Kurator", "-, som YAML läser som en punkt i en lista", "strecket"),
        ("* Kurator", "*, som YAML läser som en hänvisning", "stjärnan"),
    ],
)
def test_a_bullet_before_a_value_is_told_to_be_removed_not_quoted(
    value: str, starts: str, sign: str
) -> None:
    """Quotes would publish the bullet ("- Kurator"): the hint drops it. Whether the field
    takes a list the load stage cannot know (`validate.listhints` tells)."""
    error = load_error(f"id: B2\nansvarig: {value}\nstart: 2026-09\n")
    assert (error.code, error.line, error.column) == ("TP003", 2, 11)
    assert error.message.startswith(f"texten börjar med {starts}")
    assert error.hint == f"ta bort {sign} före texten: ansvarig: Kurator"


def check_with(tmp_path: Path, file: str, written: str, instead: str) -> list[str]:
    """`trygg check`'s TP003 lines for the example with `written` in `file` as `instead`."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert written in text
    path.write_text(text.replace(written, instead, 1), encoding="utf-8")
    report = check_content(content).report
    return [p.format() for p in report if p.code == "TP003"]


def test_a_bullet_before_a_field_that_takes_no_list_is_told_to_go(tmp_path: Path) -> None:
    plan = "skolor/ekbackens-skola/trygghetsplan/2026-27.yml"
    (found,) = check_with(tmp_path, plan, "    ansvarig: Kurator\n", "    ansvarig: - Kurator\n")
    assert found.endswith(
        "texten börjar med -, som YAML läser som en punkt i en lista – ta bort strecket före "
        "texten: ansvarig: Kurator"
    )
    assert "lista:" not in found


@pytest.mark.parametrize(
    ("file", "written", "instead", "key"),
    [
        ("skolor/ekbackens-skola/skola.yml", "skolformer: [förskoleklass, grundskola, fritidshem]",
         "skolformer: - grundskola", "skolformer"),
        ("skolor/ekbackens-skola/trygghetsplan/2026-27.yml", "    adresserar: [F1]",
         "    adresserar: * F1", "adresserar"),
    ],
)  # fmt: skip
def test_a_bullet_before_a_list_field_is_told_how_to_write_the_list(
    tmp_path: Path, file: str, written: str, instead: str, key: str
) -> None:
    (found,) = check_with(tmp_path, file, written, instead)
    item = instead.rsplit(maxsplit=1)[-1]
    assert found.endswith(
        f"{key} tar en lista: låt {key}: stå ensamt på raden och skriv varje punkt på en egen "
        f"rad under, två mellanslag längre in och med - först: - {item}"
    )
    assert "ta bort" not in found


def test_a_list_item_that_starts_so_is_told_with_the_list_items_line() -> None:
    error = load_error('punkter:\n  - "Ett"\n  - [Två] och tre\n')
    assert (error.line, error.column) == (3, 5)
    assert error.hint == 'sätt hela texten inom raka citattecken: - "[Två] och tre"'


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("skolformer: [grundskola, fritidshem\nnamn: x\n", "TP003", "lista"),  # a real list
        ("adresserar: [F3\nnamn: x\n", "TP003", "lista"),
        ("bas: &gemensamt\n  a: 1\nkopia: *gemensamt\n", "TP005", "ankare"),  # a real anchor
        ("lista: &lista [a, b]\n", "TP005", "ankare"),
        ("kopia: *gemensamt\n", "TP005", "alias"),
    ],
)
def test_yaml_meant_as_yaml_keeps_its_own_message(text: str, code: str, message: str) -> None:
    error = load_error(text)
    assert error.code == code
    assert "texten börjar med" not in error.message
    assert message in error.message


def test_bracketed_lists_and_block_texts_still_load() -> None:
    text = "skolformer: [grundskola, fritidshem]\ntext: |\n  rad ett\n  rad två\n"
    loaded = parse_yaml(text, Path("plan.yml"), "plan.yml").data
    assert loaded == {"skolformer": ["grundskola", "fritidshem"], "text": "rad ett\nrad två\n"}


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("-", 'sätt hela texten inom raka citattecken: effekt: "-"'),
        ("-   # inget att säga", 'sätt hela texten inom raka citattecken: effekt: "-"'),
        ("- -", 'ta bort strecket före texten: effekt: "-"'),
        ("- Färre bråk  # enkäten", "ta bort strecket före texten: effekt: Färre bråk"),
    ],
)  # fmt: skip
def test_a_lone_dash_as_a_value_is_told_as_a_list_item_to_quote(value: str, hint: str) -> None:
    """`effekt: -` (nothing to say) once got only «YAML-syntaxfel: raden går inte att
    tolka»; the hint's line must load as the text meant, not fail again."""
    error = load_error(f"id: B2\nstatus: genomförd\neffekt: {value}\nlärdom: Bra\n")
    assert (error.code, error.line, error.column) == ("TP003", 3, 9)
    assert error.message == "texten börjar med -, som YAML läser som en punkt i en lista"
    assert error.hint == hint
    fixed = hint.split(": ", 1)[1]
    loaded = parse_yaml(f"id: B2\n{fixed}\n", Path("plan.yml"), "plan.yml").data
    assert loaded["effekt"] in ("-", "Färre bråk")


def test_a_lone_dash_on_its_own_line_is_still_a_list_item() -> None:
    loaded = parse_yaml("punkter:\n  -\n  - Två\n", Path("plan.yml"), "plan.yml").data
    assert loaded == {"punkter": [None, "Två"]}


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        ("id: B2\neffekt: ! Viktigt att se\n", (2, 9), 'effekt: "! Viktigt att se"'),
        ("punkter:\n  - Ett\n  - ! Två\n", (3, 5), '- "! Två"'),
    ],
)
def test_a_text_after_a_bare_exclamation_mark_is_not_loaded_without_it(
    text: str, where: tuple[int, int], hint: str
) -> None:
    """YAML reads "! " as a tag that says nothing: the text loaded as "Viktigt att se"."""
    error = load_error(text)
    assert (error.code, error.line, error.column) == ("TP003", *where)
    assert error.message == "texten börjar med !, som YAML läser som en tagg"
    assert error.hint == f"sätt hela texten inom raka citattecken: {hint}"


def test_an_exclamation_mark_inside_a_text_or_a_block_is_text() -> None:
    text = "a: Hej! Kul\nb: |\n  ! inte en tagg\n"
    loaded = parse_yaml(text, Path("plan.yml"), "plan.yml").data
    assert loaded == {"a": "Hej! Kul", "b": "! inte en tagg\n"}
