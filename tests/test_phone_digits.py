"""A phone number's digits as dialled within Sweden (`personal_data.phones.national`),
read once for both of their readers: a page's tel: link (`render.markdown.blocks.tel`)
and PTS's series for fiction (`personal_data.fiction`, TP316).

`tel` dialled every number as it does now before `national` was its reading: `_tel_before`
is that function as it was, and every shape below, and many drawn at random from the
characters a number is written with, links the same.
"""

from __future__ import annotations

import random
import unicodedata

import pytest

from generator.personal_data.fiction import in_fiction_series
from generator.personal_data.phones import national
from generator.render.markdown.blocks import tel
from generator.render.markdown.safety import plain


def _tel_before(phone: str) -> str:
    """`blocks.tel` as it was before it read `national` (kept here as the measure)."""
    digits = "".join(str(unicodedata.decimal(char)) for char in phone if char.isdecimal())
    if unicodedata.normalize("NFKC", phone).strip().startswith("+"):
        number = "+" + _without_trunk_zero(digits)
    elif digits.startswith("00"):
        number = "+" + _without_trunk_zero(digits[2:])
    elif digits.startswith("0"):
        number = "+46" + digits[1:]
    else:
        number = digits
    shown = f'<span class="trygg-nowrap">{plain(phone)}</span>'
    return f"[{shown}](tel:{number})" if digits else plain(phone)


def _without_trunk_zero(digits: str) -> str:
    return "46" + digits[3:] if digits.startswith("460") else digits


PREFIXES = ("", "+", "＋", "﹢", " +", "00", "0046", "0046 ", "+46", "+46 ", "＋４６", "+46 (0)")
PREFIXES += ("+46(0)", "0046 (0)", "(0)", "0", "000", "+460", "+4600", "00460", "+47 ", "001 ")
PREFIXES += ("tel ", "Tel: ", "ring ", "(", "\u00a0", "\u2003+46")
BODIES = ("8-465 004 12", "08-465 004 12", "0 8", "00 12", "116 111", "112", "", "abc")
BODIES += ("４６５ ００４ １２", "٠٨-٤٦٥", "70-174 06 50", "(08) 465 004 12", "46", "0", "4")
BODIES += ("08–465\u00a0004\u202f12", "8 (noll)", " ", "-", "²³", "+46 8")


def _shapes() -> list[str]:
    drawn = random.Random(316)
    alphabet = "0123456789+()- ０４６＋﹢ \u00a0٠٨a."
    randoms = ["".join(drawn.choices(alphabet, k=drawn.randint(0, 16))) for _ in range(3000)]
    return [p + b for p in PREFIXES for b in BODIES] + randoms


def test_a_page_dials_every_number_as_before() -> None:
    changed = [phone for phone in _shapes() if tel(phone) != _tel_before(phone)]
    assert changed == []


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("08-465 004 12", "0846500412"),
        ("+46 8 465 004 12", "0846500412"),
        ("+46 (0)8-465 004 12", "0846500412"),
        ("+46 (0) 8-465 004 12", "0846500412"),
        ("0046 8 465 004 12", "0846500412"),
        ("0046 (0)8-465 004 12", "0846500412"),
        ("０８-４６５ ００４ １２", "0846500412"),
        ("＋４６ ８ ４６５ ００４ １２", "0846500412"),
        ("08\u00a0465\u00a0004\u00a012", "0846500412"),
        ("+47 22 12 34 56", "004722123456"),
        ("116 111", "116111"),
        ("+46 00 12", "0046012"),  # no national form: it keeps 0046
        ("+", ""),
        ("nummer saknas", ""),
    ],
)
def test_a_number_is_read_as_dialled_within_sweden(written: str, digits: str) -> None:
    assert national(written) == digits


@pytest.mark.parametrize(
    "written",
    ["0046 8 465 004 12", "0046 (0)8-465 004 12", "０８-４６５ ００４ １２", "＋46 8 465 004 12"],
)
def test_the_series_is_told_in_international_and_full_width_forms(written: str) -> None:
    assert in_fiction_series(written)
