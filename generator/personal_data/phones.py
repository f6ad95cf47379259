"""A Swedish phone number, told from a personnummer of someone born 2000–2009, which
also starts with 0 (`worded`, `disguised`, `personal_data.written._is_phone`).

A leading 0 alone does not tell them apart: 050101-1234 is a real personnummer. What
does is a word for a phone before the number ("ring", "tel", "mobil", "växel", "nås
på"), or a grouping that no date has: the area or mobile code apart ("070-123 45 67",
"0480 123 45", "08-123 456 78"), or Stockholm's 08 followed by a hyphen and pairs
("08-12 34 56 78"). Digits from 0 in the date's own pairs ("07 01 23 45 69") or in one
run may be either, and are left to the word before them: when in doubt, a personnummer.

And a number's digits as dialled within Sweden (`national`), however it is written: what
a page's tel: link dials (`render.markdown.blocks.tel`) and how a number of PTS's series
for fiction is known (`fiction`).
"""

from __future__ import annotations

import re
import unicodedata

from generator.personal_data.characters import read_digit

# What makes a number from 0 after it a phone number ("Ring 070-…", "Mentorn nås på …"):
# whole words only ("ringde", "Mobilen", "Telefonkedjan" say nothing of the number). A
# number that starts with 1 or 2 is no Swedish phone number, whatever word is before it:
# it is never excused by one (`excuses`).
PHONE_WORD = re.compile(
    r"\b(?:ring|ringa|ringer|tel|telefon|telefonnummer|telefonnr|telnr|tfn|mobil|mobilnummer"
    r"|mobilnr|mobiltelefon|sms|fax|växel|växeln|nås|kontakta|kontaktnummer|journummer)\b|☎",
    re.IGNORECASE,
)
DATE_SHAPED = re.compile(r"\d{6}|\d\d[ .-]\d\d[ .-]\d\d")  # how a number from 0 must start
# Stockholm's area code apart by a hyphen, the subscriber's eight digits in pairs: a date
# is never written with a hyphen after its year and spaces after.
STOCKHOLM_PAIRS = re.compile(r"08-\d\d(?: \d\d){3}")


def excuses(text: str, start: int, end: int, number: str) -> bool:
    """Whether a word for a phone between `start` and `end` of `text` makes `number` a
    phone number: only a number from 0 (a Swedish phone number's first digit; a
    personnummer of a pupil born 2010–2020 starts with 1 or 20)."""
    return number.startswith("0") and PHONE_WORD.search(text, start, end) is not None


def dialled(written: str) -> bool:
    """Whether digits `written` from 0 are grouped as a phone number is, and a date never
    is: not from the date's six digits or its pairs ("070-123 45 67", "0701 23 45 67"),
    or Stockholm's number in pairs ("08-12 34 56 78")."""
    if not written.startswith("0"):
        return False
    return DATE_SHAPED.match(written) is None or STOCKHOLM_PAIRS.fullmatch(written) is not None


def national(phone: str) -> str:
    """The digits of `phone` as dialled within Sweden, in ASCII: a Swedish number's from 0
    and its area code ("+46 (0)8-465 004 12", "0046 8 465 004 12" and "０８-４６５ ００４ １２"
    → 0846500412), another country's from 00 and its country code ("+47 22 …" →
    004722…), and a number from neither, such as a short number, as written ("116 111"
    → 116111). Any script's digits (`readable.read_digit`: "٣", "３", "❸") and a
    full-width "＋" count as the plain ones."""
    digits = "".join(str(d) for char in phone if (d := read_digit(char)) is not None)
    plus = unicodedata.normalize("NFKC", phone).strip().startswith("+")
    if not (plus and digits) and not digits.startswith("00"):
        return digits
    abroad = digits if plus else digits[2:]
    if abroad.startswith("460"):  # "+46 (0)8-…": the 0 is not dialled after +46
        abroad = "46" + abroad[3:]
    # After +46 a number from 0 again ("+46 00…") has no national form: it keeps 0046.
    swedish = abroad.startswith("46") and not abroad.startswith("460")
    return "0" + abroad[2:] if swedish else "00" + abroad
