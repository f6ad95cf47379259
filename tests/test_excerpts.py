"""Every message quotes an author's text the same way (`text.excerpt`): at most
`text.SHOWN` characters and … where it was cut, never cut without a mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.pdf.fetching import Confinement
from generator.load.quoting import quoted_value
from generator.text import SHOWN, brief, excerpt
from generator.validate.fields import format_field
from generator.validate.svgsafety import UnsafeSvg, check_svg

LONG = "Rastvärdarna på skolgården går runt på fasta platser och byter plats varje vecka så att "


def test_a_refused_address_in_a_pdf_is_quoted_as_any_other_text(tmp_path: Path) -> None:
    url = "https://annan.example/" + "a" * 200
    confinement = Confinement(tmp_path)
    with pytest.raises(Exception):  # noqa: B017 - the refusal, whatever its class
        confinement.open(url)
    (refused,) = confinement.refused
    assert refused == f"en adress utanför webbplatsen ({url[:SHOWN]}…)"


def test_text_in_an_svgs_metadata_is_cut_with_a_mark() -> None:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg"><metadata>{LONG * 2}</metadata></svg>'
    ).encode()
    with pytest.raises(UnsafeSvg) as refused:
        check_svg(svg)
    assert str(refused.value).startswith(f"<metadata> har texten '{excerpt(LONG * 2)}'")
    assert f"{LONG[:SHOWN]}…'" in str(refused.value)


def test_a_hint_keeps_the_end_of_the_line_to_write_and_a_field_a_short_id() -> None:
    assert quoted_value(LONG + "#trygghet") == (
        '"Rastvärdarna på skolgården går runt på fasta platser och … så att #trygghet"'
    )
    item = {"åtgärder": [{"id": "A" * 60}]}
    assert format_field(("åtgärder", 0, "titel"), item) == f"åtgärder (id: {'A' * 40}…).titel"


def test_a_text_in_brief_keeps_whole_words_and_marks_the_cut() -> None:
    """A fynd or mål named in a heading or a cell (`text.brief`): never cut inside a word,
    no comma left before the …, and a short text whole without its full stop."""
    said = brief("Flickor i åk 8–9 beskriver beröring, kommentarer och blickar i trapporna.", 40)
    assert said == "Flickor i åk 8–9 beskriver beröring …"
    assert brief("Alla elever känner sig trygga i skolan.", 50) == (
        "Alla elever känner sig trygga i skolan"
    )
