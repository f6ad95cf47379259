"""A text that starts with a character YAML reads as its own syntax is told as a text
that needs quotes, at the value, with the line as it should be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml


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
    """Quotes would publish the bullet ("- Kurator"): the hint drops it, or makes a list."""
    error = load_error(f"id: B2\nansvarig: {value}\nstart: 2026-09\n")
    assert (error.code, error.line, error.column) == ("TP003", 2, 11)
    assert error.message.startswith(f"texten börjar med {starts}")
    assert error.hint == (
        f"ta bort {sign} före texten: ansvarig: Kurator – om fältet tar en lista, skriv i "
        "stället varje punkt på en egen rad under ansvarig:, med - först"
    )


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
