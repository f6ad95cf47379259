"""The name `trygg init` wrote left in a published text (TP312).

Without `--skolnamn` or `--huvudman`, `trygg init` writes "Min skola" and "Min kommun"
(`trygg ny-skola` "Ny skola") into the example's texts: the plan's inledning, vision and
pupil texts, the pages. skola.yml's `namn` is marked FYLL I; the texts are not, so once
the unit has its own name the site would tell pupils and guardians that its plan is
another school's. That is an error, as TP311 and TP127 are: what is published must be the
unit's own. An utkast is never published: its texts are read when it is decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from generator.rules.engine import Context, Finding, rule
from generator.rules.names import starts_a_sentence
from generator.rules.text import Span
from generator.text import STARTER_ORGANISER_NAME, STARTER_SCHOOL_NAMES, as_read


def _named(names: Iterable[str]) -> re.Pattern[str]:
    """The names, but not where a quotation starts: a pupil's words ("”Min skola är en
    plats där alla ska känna sig trygga”") may well begin so."""
    return re.compile(r"(?<![\"”“'’«»])\b(?:" + "|".join(re.escape(n) for n in names) + r")")


SCHOOL_NAMES = _named(STARTER_SCHOOL_NAMES)
ORGANISER_NAME = _named([STARTER_ORGANISER_NAME])
# The names each pattern finds, as written: a text without one is not searched.
WRITTEN = {SCHOOL_NAMES: STARTER_SCHOOL_NAMES, ORGANISER_NAME: (STARTER_ORGANISER_NAME,)}


@rule("TP312")
def starter_name_left(ctx: Context) -> Iterator[Finding]:
    drafts = {plan.source for school in ctx.project.schools for plan in school.drafts}
    texts = {d: s for d, s in ctx.named_text.items() if d not in drafts}
    for school in ctx.project.schools:
        if as_read(school.name) in {as_read(n) for n in STARTER_SCHOOL_NAMES}:
            continue
        folder = f"{school.directory}/"
        for display, spans in sorted(texts.items()):
            if display.startswith(folder):
                yield from _found(spans, SCHOOL_NAMES, school.name, "skolans")
    organiser = ctx.project.organiser.name
    if as_read(organiser) != as_read(STARTER_ORGANISER_NAME):
        for _display, spans in sorted(texts.items()):
            yield from _found(spans, ORGANISER_NAME, organiser, "huvudmannens")


def _found(spans: list[Span], pattern: re.Pattern[str], own: str, whose: str) -> Iterator[Finding]:
    names = WRITTEN[pattern]
    for span in spans:
        if not any(name in span.text for name in names):
            continue
        for match in pattern.finditer(span.text):
            if match[0] == "Ny skola" and starts_a_sentence(span.text, match.start()):
                continue  # "Ny skola – nya kompisar": words of their own, not the name
            message = (
                f"texten säger {match[0]}, namnet som trygg init skrev, men {whose} namn är "
                f"{own}: webbplatsen skulle säga att texten gäller en annan"
            )
            hint = f"skriv {own} i stället för {match[0]}"
            yield Finding(span.location(match.start()), message, hint, span.key)
