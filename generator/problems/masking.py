"""Personnummer kept out of what trygg says: a message that quotes an author's text (an
SVG's metadata, an action's new title) shows a personnummer in it as `ÅÅMMDD-XXXX`.

Messages reach CI logs, which can be public, and the granskning; the problem that tells
of the number itself (TP401) points at its line. Numbers are found as everywhere else
(`personal_data.personal_numbers`); each is masked from where it starts through its ten
digits (twelve with the century), with what stands between them.
"""

from __future__ import annotations

import re

from generator.personal_data import personal_numbers

MASK = "ÅÅMMDD-XXXX"
DIGITS_AT_LEAST = 10  # fewer digits in a text: no personnummer in it
# What may stand between a personnummer's digits as a reader sees them (`personal_data`).
BETWEEN = re.compile(r"[\s\-+./\\\u2010-\u2015\u2212\u00ad\u200b-\u200f\u2060\ufeff&#;_*`~]")


def masked(text: str) -> str:
    """`text` with each personnummer or samordningsnummer in it shown as `MASK`."""
    if sum(c.isdigit() for c in text) < DIGITS_AT_LEAST:
        return text
    starts = list(personal_numbers(text))
    if not starts:
        return text
    parts, done = [], 0
    for start in starts:
        if start < done:
            continue
        end = _end(text, start)
        parts += [text[done:start], MASK]
        done = end
    return "".join([*parts, text[done:]])


def _end(text: str, start: int) -> int:
    """Where the number that starts at `start` ends: after its tenth digit, or its twelfth
    when it is written with the century (19, 20) and twelve digits run on."""
    digits: list[int] = []  # the index of each digit in the run
    index = start
    while index < len(text) and len(digits) < 12:
        if text[index].isdigit():
            digits.append(index)
        elif not BETWEEN.match(text, index):
            break
        index += 1
    century = len(digits) == 12 and text[digits[0]] + text[digits[1]] in ("19", "20")
    wanted = 12 if century else min(10, len(digits))
    return digits[wanted - 1] + 1 if wanted else start + 1
