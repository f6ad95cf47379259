"""The words a Swedish school writes for a value or a term get "menade du …?" and the
form trygg reads, at the value: "föräldrar" is vårdnadshavare, "vår 2027" is vt 2027."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.validate.datehints import suggested_form
from generator.validate.enumhints import meant_value

EXAMPLE = Path(__file__).resolve().parents[1] / "content"
PLAN = "skolor/ekbackens-skola/trygghetsplan/2026-27.yml"
AUDIENCES = ("elever", "personal", "vårdnadshavare", "huvudman", "webb")


def checked_with(tmp_path: Path, written: str, instead: str) -> list[str]:
    """`trygg check`'s lines for the example plan with `written` changed to `instead`."""
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE, content)
    plan = content / PLAN
    text = plan.read_text(encoding="utf-8")
    assert written in text
    plan.write_text(text.replace(written, instead, 1), encoding="utf-8")
    return [p.format() for p in check_content(content).report if p.code in ("TP013", "TP015")]


def test_parents_are_told_as_vardnadshavare_at_the_value(tmp_path: Path) -> None:
    (found,) = checked_with(tmp_path, "{målgrupp: vårdnadshavare,", "{målgrupp: föräldrar,")
    assert found.startswith(f"content/{PLAN}:451:16: ")
    assert "'föräldrar' är inte ett tillåtet värde – menade du 'vårdnadshavare'?" in found


@pytest.mark.parametrize(
    ("written", "form"),
    [("vår 2027", "vt 2027"), ("våren 2027", "vt 2027"), ("Vårterminen 2027", "vt 2027")],
)
def test_a_term_in_words_is_told_in_trygg_form_at_the_value(
    tmp_path: Path, written: str, form: str
) -> None:
    (found,) = checked_with(tmp_path, "    klart: vt 2027\n", f"    klart: {written}\n")
    assert found.startswith(f"content/{PLAN}:375:12: ")
    assert found.endswith(f"'{written}' har fel form – skriv {form}")


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("vår 2027", "skriv vt 2027"),
        ("höst 2026", "skriv ht 2026"),
        ("höstterminen 2026", "skriv ht 2026"),
        ("hösttermin -26", "skriv ht 2026"),
        ("HT26", "skriv ht 2026"),
        ("vt '27", "skriv vt 2027"),
        ("vår", "skriv terminen med året, som vt ÅÅÅÅ (t.ex. vt 2027)"),
        ("vårdag 2027", ""),
    ],
)
def test_each_word_for_a_term_gets_its_form(written: str, hint: str) -> None:
    assert suggested_form(written) == hint


@pytest.mark.parametrize(
    ("written", "allowed", "value"),
    [
        ("föräldrar", AUDIENCES, "vårdnadshavare"),
        ("Hemsidan", AUDIENCES, "webb"),
        ("lärarna", AUDIENCES, "personal"),
        ("fastställd", ("utkast", "beslutad"), "beslutad"),
        ("klar", ("genomförd", "delvis", "ej_genomförd"), "genomförd"),
        ("pågår", ("genomförd", "delvis", "ej_genomförd"), "delvis"),
        ("fritids", ("förskoleklass", "grundskola", "fritidshem"), "fritidshem"),
        ("grundsärskola", ("grundskola", "anpassad_grundskola"), "anpassad_grundskola"),
        ("internet", ("raster", "digitala_miljöer"), "digitala_miljöer"),
        ("klar", ("utkast", "beslutad"), None),  # done writing is not decided
    ],
)  # fmt: skip
def test_a_schools_own_word_names_the_value_it_means(
    written: str, allowed: tuple[str, ...], value: str | None
) -> None:
    assert meant_value(written, written, allowed) == value
