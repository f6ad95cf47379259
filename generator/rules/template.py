"""TP311: a school whose skola.yml is still trygg's example, as `trygg init` wrote it.

A new school's skola.yml starts as the example school's, under the new name: its
description and its contacts, with the names and e-mail addresses of the example's staff.
Each such line is marked FYLL I (TP304, a warning), and the file's first line says that
the whole file is the example's. While that line stands the school is not published: a
guardian should not read the example's school or write to its staff. The same line in
huvudman.yml stays a warning (TP304): an error there would stop every school's site.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.problems import Location
from generator.rules.engine import Context, Finding, rule
from generator.text import is_template


def template_files(ctx: Context) -> frozenset[str]:
    """The skola.yml files that still begin with the example's first line."""
    schools = {s.school.display for s in ctx.scanned.schools if s.school is not None}
    return frozenset(
        span.display for span in ctx.files if span.display in schools and is_template(span.text)
    )


@rule("TP311")
def school_still_the_example(ctx: Context) -> Iterator[Finding]:
    for display in sorted(template_files(ctx)):
        message = (
            "skola.yml är fortfarande trygg:s exempel (namn och adresser till exemplets personal)"
        )
        hint = (
            "skriv in skolans egna uppgifter och ta bort första raden; skolans webbplats "
            "publiceras först då"
        )
        yield Finding(Location(display, 1, 1), message, hint)
