"""TP407: three capitals without dots beside a class ("Vi pratade med KLN i 8A").

Three capitals are more often an abbreviation ("EHT", "NPF") than initials, so with a
class alone they are a warning, which no regelprofil can switch off (the code is
locked). Initials with dots or blanks and two capitals ("K.N. i 8A", "K N (8A)", "KN i
8A"), and three capitals with a pupil word or what one person suffered or did, are
TP404's error (`rules.phrased`); after a staff role or in a list of staff they count
never.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.personal_data.names_seen import as_read
from generator.rules.engine import Context, Finding, rule
from generator.rules.phrased import initials_alone
from generator.rules.privacy_names import STAFF_FIELDS
from generator.rules.text import published_spans


@rule("TP407")
def initials_with_a_class(ctx: Context) -> Iterator[Finding]:
    for span in published_spans(ctx.named_text):
        if span.key == "id" or span.key in STAFF_FIELDS:
            continue
        seen = as_read(span.text)
        for index, initials in initials_alone(seen.text):
            message = (
                f"'{initials}' står med en klass och kan peka ut en elev för den som känner klassen"
            )
            yield Finding(span.location(seen.where[index]), message)
