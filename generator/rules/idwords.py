"""TP315: a plan's own id alone in its free text ("Den startas om som A6", "när A3
flyttade trängseln"). The page shows the ids of åtgärder, mål and fynd nowhere, and last
year's A3 was another åtgärd than this year's: the reader cannot tell what the code is.
The forms the page turns into words (`model.idrefs.said_in_words`: "(A6)" and "förra
planens mål M2" in an outcome's effekt or lärdom) are not told; an id that neither this
plan nor the previous one has ("A4" paper) is not one of the plan's ids."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Plan
from generator.model.idrefs import BARE_ID, KINDS, meant_otherwise, said_in_words, title
from generator.rules.engine import Context, Finding, rule
from generator.rules.text import Span

# The values whose "(A6)" and "förra planens mål M2" the page writes as titles.
IN_WORDS_KEYS = frozenset({"effekt", "lärdom"})
LONGEST = 60  # characters of a title or finding quoted in the hint


# The ids it knows are those of the plan's åtgärder, mål and fynd (kartläggning).
@rule(
    "TP315",
    reads=("trygghetsplan.åtgärder", "trygghetsplan.mål", "trygghetsplan.kartläggning"),
)
def ids_in_text(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        previous = school.previous_plan(plan)
        for span in ctx.free_text.get(plan.source, []):
            yield from _bare_ids(span, plan, previous)


def _bare_ids(span: Span, plan: Plan, previous: Plan | None) -> Iterator[Finding]:
    spoken = said_in_words(span.text, plan, previous) if span.key in IN_WORDS_KEYS else []
    for match in BARE_ID.finditer(span.text):
        if any(start <= match.start() < end for start, end in spoken):
            continue
        id_ = match.group(1)
        now, before = title(plan, id_), title(previous, id_) if previous else ""
        if not now and not before:
            continue  # not an id of the plan's ("A4" paper)
        message = (
            f"{id_} står som en kod i texten: sidan visar inte planens koder, så läsaren "
            f"vet inte vad {id_} är"
        )
        both = meant_otherwise(previous, plan, id_)
        yield Finding(span.location(match.start()), message, _hint(id_, now, before, both))


def _hint(id_: str, now: str, before: str, both: bool) -> str:
    """The fix, with what the id is: this plan's and last plan's when they differ."""
    kind = KINDS[id_[0]]
    said = "skriv med ord vad som menas i stället för koden"
    if both:
        return (
            f"{said}: i den här planen är {id_} {kind} '{_short(now)}', i förra planen "
            f"var det {kind} '{_short(before)}'"
        )
    return f"{said}, till exempel {kind} '{_short(now or before)}'"


def _short(text: str) -> str:
    """A title or finding as the hint quotes it: whole words, at most `LONGEST` characters."""
    whole = " ".join(text.split()).rstrip(".")
    if len(whole) <= LONGEST:
        return whole
    return whole[:LONGEST].rsplit(" ", 1)[0] + " …"
