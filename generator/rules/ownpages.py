"""An own page that is still trygg's example (TP313): what `trygg init` copied, published.

`trygg init` and `trygg ny-skola` copy the example's own pages (sidor/*.md) with the line
`PAGE_NOTE` at the top. A page is published as it stands, so a guardian would read the
mark and the example's text as the school's: like a skola.yml that is still the example's
(TP311), the error keeps the school's site from being published until the page is
rewritten or removed. A page with other FYLL I marks (written by someone at the school)
would show them just the same.

TP304 still lists each mark as a warning, except the page's first line, which TP313 tells.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.rules.engine import Context, Finding, rule
from generator.rules.template import Mark, marks, places
from generator.rules.text import Span
from generator.text import PAGE_NOTE


def page_files(ctx: Context) -> frozenset[str]:
    """The own pages of the schools, as shown in messages."""
    return frozenset(page.front.display for s in ctx.scanned.schools for page in s.pages)


def is_page_note(span: Span, mark: Mark) -> bool:
    """Whether `mark` is the line `trygg init` writes at the top of an example page."""
    line = span.text.splitlines()[mark.location.line - 1]
    return line.lstrip("\ufeff").strip().startswith(PAGE_NOTE)


@rule("TP313")
def own_page_still_the_example(ctx: Context) -> Iterator[Finding]:
    pages = page_files(ctx)
    for span in sorted((s for s in ctx.files if s.display in pages), key=lambda s: s.display):
        if not (found := list(marks(span))):
            continue
        note = next((m for m in found if is_page_note(span, m)), None)
        if note is not None:
            message = (
                "sidan är fortfarande trygg:s exempel, och vårdnadshavare och elever skulle "
                "läsa raden FYLL I och exemplets text som skolans"
            )
            hint = (
                "skriv om sidan och ta bort raden FYLL I, eller ta bort filen; skolans "
                "webbplats publiceras först då"
            )
            yield Finding(note.location, message, hint)
            continue
        message = (
            f"sidan har kvar {places(len(found))} FYLL I, som vårdnadshavare och "
            "elever skulle läsa på sidan"
        )
        hint = (
            "skriv er egen text där det står FYLL I och ta bort markeringarna, eller ta bort "
            "filen; skolans webbplats publiceras först då"
        )
        yield Finding(found[0].location, message, hint)
