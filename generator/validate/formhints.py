"""How to write a value of the wrong form: the hints of TP015 (a schema `pattern`, found
by a telling part of it) and TP016 (a `format`), in the author's words; a date written
the Word way gets the same date as trygg writes it (`datehints`, `dayhints`)."""

from __future__ import annotations

from typing import Any

from generator.load import dates
from generator.validate.datehints import suggested_form
from generator.validate.dayhints import missing_day, no_such_month, suggested_day
from generator.validate.draft7 import pattern_search
from generator.validate.exampledates import recent, recent_in

# How an address or a domain is written, in a hint: neutral, never the example school's domain,
# which a new huvudman's content still has until they fill it in.
NEUTRAL_DOMAIN = "kommun.se"
ADDRESS_FORM = f"namn@{NEUTRAL_DOMAIN}"

PATTERN_HINTS = {
    "]+@[": f"skriv adressen som {ADDRESS_FORM}: ett @, inga mellanslag och inte å, ä, ö",
    "[^<>": 'skriv texten utan tecknen < > " ` och utan teckenkoder som &lt; (skriv tecknet '
    "självt)",
    "[A-Za-zÅÄÖ": "använd bokstäver, siffror, - och _ utan mellanslag, t.ex. A1",
    "(\\.[A-Za-z0-9]": f"skriv domänen utan @, t.ex. {NEUTRAL_DOMAIN}",
    "[a-z0-9]": "använd bara små bokstäver a–z (inte å, ä, ö), siffror, - och _",
    "\\s?#]": 'skriv hela adressen med https:// och utan ? # < > " ` \\ eller mellanslag',
    "\\s]+$": 'skriv hela adressen med https:// och utan < > " ` \\ eller mellanslag',
    "https?": "skriv hela adressen med https://",
    "#[0-9a-fA-F]": "skriv färgen som # följt av sex hexadecimala siffror, t.ex. #1f4e79",
    "(F|[1-9])": "skriv årskurserna som F-6, 7–9 eller 4: F (förskoleklass) eller en siffra "
    "1–9, och för flera årskurser den första och den sista med ett streck emellan",
    "[0-9]{3} ?[0-9]{2}": "skriv postnumret som 123 45",
    "-W[0-9]": "skriv " + dates.FORMS_IN_WORDS,
    "[jJ][pP]": "ange en bildfil i skolans mapp som slutar på .jpg, .jpeg, .png, .webp eller .svg",
}


FORMAT_HINTS = {
    "date": ("är inte ett giltigt datum", "skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-08-17"),
    "tidpunkt": ("finns inte i kalendern", ""),  # the hint says why: `dates.impossible`
    "email": ("är inte en giltig e-postadress", f"skriv adressen som {ADDRESS_FORM}"),
    "uri": ("är inte en giltig webbadress", "skriv hela adressen, t.ex. https://exempel.se/sida"),
}


def pattern_hint(pattern: str, written: str, examples: list[Any]) -> str:
    """One hint for a value that does not match `pattern`: the form in words where trygg
    knows it (for a plan date, the date as trygg writes it), else the schema's example."""
    known = next((hint for part, hint in PATTERN_HINTS.items() if part in pattern), "")
    if "-W[0-9]" in pattern:  # a plan date: the Word way it was written, in trygg's form
        known = no_such_month(written) or suggested_day(written) or suggested_form(written) or known
    example = f'skriv värdet som i exemplet "{recent(str(examples[0]))}"' if examples else ""
    return known or example or "kontrollera hur värdet är skrivet"


def format_hint(format_name: str, written: str) -> tuple[str, str]:
    """What is wrong with a value of the wrong `format`, and how to write it."""
    message, hint = FORMAT_HINTS.get(format_name, ("har fel format", ""))
    if format_name in ("date", "tidpunkt") and dates.outside_years(written):
        return dates.OUTSIDE_YEARS, dates.YEARS_HINT
    if format_name == "tidpunkt" or (
        format_name == "date" and dates.SHAPE.match(written) and len(written) == len("2026-01-15")
    ):  # a day or week of the right form that is not in the calendar: which ones are
        return message, dates.impossible(written)
    if format_name == "date":
        told = no_such_month(written) or suggested_day(written) or missing_day(written)
        return message, told or recent_in(hint)
    return message, hint


LINE_BREAK_HINT = (
    "ta bort radbrytningen: skriv värdet utan \\n inom citattecken och utan | eller > "
    "före det, för id och adresser får inte fortsätta på en ny rad"
)


def line_break_at_end(pattern: str, written: str) -> str | None:
    """`written` without the line breaks at its end when only they keep it from `pattern`
    (Python's `$` let them through; one would split a line of the calendar file), else None."""
    bare = written.rstrip("\r\n")
    if bare == written or pattern_search(pattern)(bare) is None:
        return None
    return bare


def shaped_like_example(written: str, schema: Any) -> str:
    """A number written where a text is wanted (`postnummer: 38231`), in the form of the
    schema's example when its digits fit it and the result fits the pattern ("382 31");
    else the number as written."""
    if not isinstance(schema, dict) or not written.isdigit():
        return written
    example = str((schema.get("examples") or [""])[0])
    digits = list(written)
    if len(digits) != sum(char.isdigit() for char in example):
        return written
    shaped = "".join(digits.pop(0) if char.isdigit() else char for char in example)
    pattern = schema.get("pattern")
    fits = not isinstance(pattern, str) or pattern_search(pattern)(shaped) is not None
    return shaped if fits else written
