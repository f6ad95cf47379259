"""SVG allow-list (TP047), årshjul weeks (TP048), pupil roles (TP050), personnummer, ICS weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.load.weeks import week_monday
from generator.personal_data import personal_numbers
from generator.validate.pupilcontacts import is_pupil_role
from generator.validate.schoolweeks import _week_month_problem
from generator.validate.svgsafety import UnsafeSvg, check_svg

SVG = 'xmlns="http://www.w3.org/2000/svg"'
UNSAFE = {
    "prefixed script": f'<svg {SVG} xmlns:s="http://www.w3.org/2000/svg"><s:script>x</s:script></svg>',
    "xhtml script": f'<svg {SVG}><h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script></svg>',
    "entity javascript href": f'<svg {SVG} xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<a xlink:href="java&#115;cript:alert(1)"/></svg>',
    "tab in scheme": f'<svg {SVG}><a href=" jav&#9;ascript:alert(1)"/></svg>',
    "no namespace": "<svg><script>alert(1)</script></svg>",
    "foreignObject": f"<svg {SVG}><foreignObject/></svg>",
    "upper-case handler": f'<svg {SVG} ONLOAD="alert(1)"/>',
    "set href": f'<svg {SVG}><a><set attributeName="href" to="javascript:x"/></a></svg>',
    "svg data url": f'<svg {SVG}><image href="data:image/svg+xml,x"/></svg>',
    "entity bomb": f'<!DOCTYPE svg [<!ENTITY a "aa"><!ENTITY b "&a;&a;">]><svg {SVG}>&b;</svg>',
    "stylesheet": f'<?xml-stylesheet type="text/xsl" href="x.xsl"?><svg {SVG}/>',
    "unparseable": f"<svg {SVG}><g></svg>",
}


@pytest.mark.parametrize("svg", UNSAFE.values(), ids=UNSAFE)
def test_unsafe_svg_is_rejected(svg: str) -> None:
    with pytest.raises(UnsafeSvg):
        check_svg(svg.encode())


def test_utf16_svg_is_decoded_before_checking() -> None:
    unsafe = f'<?xml version="1.0" encoding="UTF-16"?><svg {SVG} onload="alert(1)"/>'
    with pytest.raises(UnsafeSvg, match="onload"):
        check_svg(unsafe.encode("utf-16"))
    check_svg(f"<svg {SVG}><text>å</text></svg>".encode("utf-16"))


def test_ordinary_editor_svg_passes() -> None:
    inkscape = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
        ' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        f'<svg {SVG} xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.2">'
        '<inkscape:thing/><defs><linearGradient id="g"/></defs><use xlink:href="#g"/>'
        '<image href="data:image/png;base64,AAAA"/><image href="bild.png"/></svg>'
    )
    check_svg(inkscape.encode())


@pytest.mark.parametrize(
    ("week", "month", "year", "expected"),
    [
        (53, 12, 2025, "vecka 53 finns inte 2025"),
        (53, 12, 2026, ""),
        (53, 1, 2027, ""),
        (1, 12, 2025, ""),  # week 1 of 2026 starts on 29 December 2025
        (12, 9, 2025, "vecka 12 ligger inte i september 2025"),
        (53, 9, 2026, "vecka 53 ligger inte i september 2026"),
        (37, 9, 2025, ""),
    ],
)
def test_week_must_exist_and_touch_its_month(
    week: int, month: int, year: int, expected: str
) -> None:
    assert _week_month_problem(week, month, year).startswith(expected)
    assert bool(expected) is (week_monday(year, month, week) is None)


def test_week_monday_is_the_week_in_the_month() -> None:
    assert week_monday(2026, 12, 53) == dt.date(2026, 12, 28)
    assert week_monday(2025, 9, 37) == dt.date(2025, 9, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Elevens personnr: 121212-1212",
        "pnr 19121212-1212",
        "Förbättring: 121212-1212",
        "20121212–1212",
        "121212–1212",
    ],
)
def test_personnummer_is_found(text: str) -> None:
    assert list(personal_numbers(text))


@pytest.mark.parametrize(
    "text", ["Tel. 121212-1212", "telefon: 121212-1212", "Mobil 121212-1212", "nr 121212-1212"]
)
def test_a_phone_label_does_not_hide_a_personnummer(text: str) -> None:
    """A Swedish phone number starts with 0; these digits are a personnummer's."""
    assert list(personal_numbers(text))


@pytest.mark.parametrize(
    "text", ["Tel. 0501011001", "telefon: 0701011009", "Mobil 0601011000", "sms 0701011009"]
)
def test_a_phone_number_is_not_a_personnummer(text: str) -> None:
    """Ten digits from 0 after a phone label, though they pass the Luhn check."""
    assert not list(personal_numbers(text))


@pytest.mark.parametrize(
    ("role", "pupil"),
    [
        ("Elevrepresentant i 9B", True),
        ("Elev", True),
        ("Elevrådet", True),
        ("9B", True),
        ("Kurator", False),
        ("Mentor 9B", False),
        ("Elevhälsoteamet", False),
        ("Elevassistent", False),
        ("Lärare, elevrådsansvarig", False),
        ("Elevrådsansvarig lärare", False),
        ("Trivselledare", True),
        ("Elevombud", True),
        ("Klassens representant", True),
        ("Elevrådets ordförande, ansvarig för rastaktiviteter", True),
        ("Rastaktivitetsledare", True),
    ],
)
def test_pupil_roles(role: str, pupil: bool) -> None:
    assert is_pupil_role(role) is pupil
