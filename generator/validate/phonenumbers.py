"""A Swedish phone number, as the schemas' `telefon` holds it (`PHONE_PATTERN`), and what
TP015 says of a value that is none (`phone_refusal`).

In national form from 0 (not 00) with 7–10 digits (mobile 070-174 06 50: 10; Stockholm
08-465 004 12: 8–10), or so after +46 or 0046 and perhaps "(0)"; or a short number from
1 with 3–6 digits (112, 1177, 116 111). A page links the number as its digits
(`render.markdown.blocks.tel`: 0480… is tel:+46480…), so "12 03 04 12 39" would be
published as tel:1203041239 and "0 13 08 22 34 01" as tel:+461308223401, a personnummer
behind a 0: eleven digits or more are no Swedish number. Between digits: blanks (any
space, as `\\s` reads them: the hard space Word writes), brackets, dots, slashes and every
dash (`DASHES`: Word's non-breaking hyphen U+2011, the minus sign, the figure dash, as a
reader takes any dash for a hyphen, `personal_data.readable`). A value with no digit is
let be (a name in it is read by TP404, as in any text). The message never quotes the
value: it may be a personnummer, which every CI log would keep (TP401's messages quote no
number either); it names a character that does not belong, which is no digit.
"""

from __future__ import annotations

from generator.invisible import is_invisible, named

# Every dash of the Basic Multilingual Plane (Unicode's Pd, as of Unicode 15), the minus
# sign and the hyphen bullet: written as escapes, which the schema's readers (Python's
# `re`, an editor's JavaScript) both know, so that the schema files show which.
DASHES = (
    "\u058a\u05be\u1400\u1806\u2010\u2011\u2012\u2014\u2015\u2e17\u2e1a\u2e3a\u2e3b\u2e40"
    "\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\ufe63\uff0d\u2212\u2043"
)
_ESCAPED = "".join(f"\\u{ord(char):04x}" for char in DASHES)
_APART = rf"[-–{_ESCAPED}\s()./]*"
_NATIONAL = rf"0{_APART}[1-9](?:{_APART}\d){{5,8}}"
_INTERNATIONAL = (
    rf"(?:[+＋]|0{_APART}0){_APART}4{_APART}6{_APART}(?:\(0\){_APART})?[1-9](?:{_APART}\d){{5,8}}"
)
_SHORT = rf"1(?:{_APART}\d){{2,5}}"
PHONE_PATTERN = rf"^{_APART}(?:{_NATIONAL}|{_INTERNATIONAL}|{_SHORT}){_APART}$|^(?!\s*[+＋])\D*$"
NOT_A_PHONE = (
    "telefonnumret är inte ett svenskt telefonnummer: från 0 eller +46, 7–10 siffror med "
    "nollan, eller ett kortnummer från 1 med 3–6 siffror (numret visas inte här, eftersom "
    "det kan vara ett personnummer)"
)
PHONE_FORM = (
    "skriv numret med riktnumret, t.ex. 08-465 004 12 eller 070-174 06 50, eller ett "
    "kortnummer som 112; är det ett personnummer, ta bort det"
)
BETWEEN_DIGITS = frozenset("-–()./+＋" + DASHES)
ODD_HINT = (
    "ta bort tecknet (radera numret och skriv det på nytt, med siffror, mellanslag och "
    "bindestreck); "
)


def phone_refusal(written: str) -> tuple[str, str]:
    """What TP015 says of `written`, which is no phone number: the first character that
    does not belong in one, when it has one (by its code, never the digits), and how to
    write the number."""
    odd = next((char for char in written if not _belongs(char)), None)
    if odd is None:
        return NOT_A_PHONE, PHONE_FORM
    return f"{NOT_A_PHONE}; det har {_odd_named(odd)}", ODD_HINT + PHONE_FORM


def _belongs(char: str) -> bool:
    return char.isdecimal() or char.isspace() or char in BETWEEN_DIGITS


def _odd_named(char: str) -> str:
    """`ett osynligt tecken U+00AD (mjukt bindestreck)`, `tecknet 'x' (U+0078)`."""
    if is_invisible(char):
        return f"ett osynligt tecken {named(char)}"
    return f"tecknet '{char}' (U+{ord(char):04X})"
