"""Spans of grades never break at their dash (`site.nobreak`): "(F–6)" stays whole."""

from __future__ import annotations

from generator.site.nobreak import unbroken_grade_spans


def test_spans_of_grades_in_text_are_kept_whole() -> None:
    page = unbroken_grade_spans("<td>fritidshem (F–6)</td><p>i åk 5–6, 7–9 och 10–12.</p>")
    assert '(<span class="trygg-nowrap">F–6</span>)' in page
    assert 'åk <span class="trygg-nowrap">5–6</span>,' in page
    assert (
        '<span class="trygg-nowrap">7–9</span> och <span class="trygg-nowrap">10–12</span>.' in page
    )


def test_attributes_svg_code_and_other_dashes_are_untouched() -> None:
    page = (
        '<a title="åk 4–6" href="#x">x</a><svg><text>F–3</text></svg><code>4–6</code>'
        "<p>2026–27, 15 augusti 2026 – 15 augusti 2027, 123–456</p>"
    )
    assert unbroken_grade_spans(page) == page
