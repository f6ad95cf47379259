"""What a plan date written the Word way should be written as in trygg.

Plans say "v. 38", "vecka 38", "oktober 2026", "hösten 2026" or "från januari". trygg
reads the forms in `generator.load.dates`; for the others TP015's hint says the form that
means the same, with the year where the author gave one (trygg never guesses a year).
"""

from __future__ import annotations

import re

from generator.load.dates import TERM_NAMES
from generator.validate.dayhints import lone_month
from generator.validate.exampledates import recent
from generator.vocabulary import MONTHS

_YEAR = r"(?:[\s,]+(?P<year>\d{4}))?"
_WEEK = re.compile(r"^(?:v|v\.|vecka|veckan)\s*(?P<week>\d{1,2})" + _YEAR + "$")
_MONTH = re.compile(r"^(?P<month>[a-zåäö]{3,})\.?" + _YEAR + "$")  # "aug", "sept.", "augusti"
# "ht 2026", "HT26", "vår 2027", "höstterminen -26": the term and its year.
_TERMS = {word: form for form, words in TERM_NAMES.items() for word in words}
_TERM_WORD = "|".join(sorted(_TERMS, key=len, reverse=True))
_TERM = re.compile(rf"^(?P<term>{_TERM_WORD})[\s'’-]*(?P<year>\d{{4}}|\d{{2}})?$")
_LEAD = re.compile(r"^(?:från|fr\.?\s*o\.?\s*m\.?|senast|till|under|i|efter)\s+")


def suggested_form(written: str) -> str:
    """ "skriv 2026-W38" for "v. 38 2026", or "" when `written` is no known Word form."""
    text = _LEAD.sub("", " ".join(written.casefold().split()))
    if match := _WEEK.match(text):
        week = int(match["week"])
        return _with_year(match["year"], f"-W{week}", f"vecka {week}")
    if (match := _MONTH.match(text)) and (month := lone_month(match["month"])):
        return _with_year(match["year"], f"-{month:02d}", MONTHS[month - 1])
    if (match := _TERM.match(text)) and match["year"]:
        year = match["year"] if len(match["year"]) == 4 else "20" + match["year"]
        return f"skriv {_TERMS[match['term']]} {year}"
    if match:
        term = _TERMS[match["term"]]
        return f"skriv terminen med året, som {term} ÅÅÅÅ (t.ex. {recent(f'{term} 2026')})"
    return ""


def _with_year(year: str | None, form: str, said: str) -> str:
    if year:
        return f"skriv {year}{form}"
    return f"skriv {said} med året, som ÅÅÅÅ{form} (t.ex. {recent(f'2026{form}')})"
