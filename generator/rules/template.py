"""trygg's example text left in what a guardian reads: FYLL I marks (TP304), a skola.yml
that is still the example's (TP311) and a decided plan that is not filled in (TP127).

`trygg init` writes the example's texts with FYLL I marks: a value ("FYLL I: vad metoden
visade") or a comment beside the example's own value ("namn: Maria Lindqvist  # FYLL I").
What each kind of file's marks mean for a guardian:

- a decided plan's file (TP127, an error): the plan is published as the school's decision,
  so a placeholder or the example's results, goals and findings would be read as the
  school's own; the school is not published until the file is filled in. An utkast's
  marks are only warnings: it is never published.
- skola.yml (TP311, an error): its first line says the whole file is the example's, its
  per-line marks that a contact, address or team member is the example's staff, whom a
  guardian could write to.
- an own page (TP313 in `rules.ownpages`, an error): it is published as it stands.
- the årshjul and huvudman.yml: only warnings. The årshjul's activities are general and
  say so; an error in huvudman.yml would stop every school's site.

TP304 lists every mark as a warning, also in the files TP311, TP313 and TP127 make an
error (told once per file, at its first mark), so that each mark can be found; only
skola.yml's first line and an own page's, which TP311 and TP313 tell, are not listed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.problems import Location
from generator.rules.engine import Context, Finding, rule
from generator.rules.text import Span
from generator.text import is_template

NOT_FILLED_IN = re.compile(r"FYLL I\b(?::\**\s*(?P<what>[^\n]*))?")
KEY = re.compile(r"^(?P<indent>\s*)(?:- )?(?P<key>[^\s#:\-{\[][^#:\n]*?):(?:\s|$)")
# A comment that only mentions the mark ("… där det står FYLL I.") is an instruction.
MENTIONED = re.compile(r"#[^\n]*\S[^\n]*$")


@dataclass(frozen=True)
class Mark:
    """One FYLL I mark: where it is, the field it marks ("" in a comment of its own) and
    what it asks for ("" when it says nothing more)."""

    location: Location
    field: str
    what: str

    @property
    def said(self) -> str:
        """ "inte ifyllt ännu (status): genomförd, delvis eller ej_genomförd": the field
        once, also where the mark's own words begin with it ("FYLL I: status – …"), and
        only the field where they say nothing more ("FYLL I: titel")."""
        said = f"inte ifyllt ännu ({self.field})" if self.field else "inte ifyllt ännu"
        what = self.what
        rest = what.removeprefix(self.field) if self.field else what
        if rest != what and (not rest or not rest[0].isalnum()):  # the field's whole word
            what = rest.lstrip(" :–-")
        return f"{said}: {what}" if what else said


def marks(span: Span) -> Iterator[Mark]:
    """The FYLL I marks of a file as written, in order."""
    yaml = span.display.endswith(".yml")
    for match in NOT_FILLED_IN.finditer(span.text):
        start = span.text.rfind("\n", 0, match.start()) + 1
        if yaml and MENTIONED.search(span.text[start : match.start()]):
            continue
        what = (match["what"] or "").strip().rstrip("\"'").rstrip(".")
        field = _field_at(span.text, match.start()) if yaml else ""
        yield Mark(span.location(match.start()), field, what)


def template_files(ctx: Context) -> frozenset[str]:
    """The skola.yml files that still begin with the example's first line."""
    schools = _schools(ctx)
    return frozenset(s.display for s in ctx.files if s.display in schools and is_template(s.text))


def decided_plan_files(ctx: Context) -> frozenset[str]:
    """The files of the decided plans: published as the school's, never an utkast."""
    schools = ctx.project.schools
    return frozenset(plan.source for school in schools for plan in school.plans if not plan.draft)


def _schools(ctx: Context) -> set[str]:
    return {s.school.display for s in ctx.scanned.schools if s.school is not None}


@rule("TP311")
def school_still_the_example(ctx: Context) -> Iterator[Finding]:
    whole, schools = template_files(ctx), _schools(ctx)
    for span in sorted((s for s in ctx.files if s.display in schools), key=_display):
        if span.display in whole:
            message = (
                "skola.yml är fortfarande trygg:s exempel (namn och adresser till exemplets "
                "personal)"
            )
            hint = (
                "skriv in skolans egna uppgifter och ta bort första raden; skolans webbplats "
                "publiceras först då"
            )
            yield Finding(Location(span.display, 1, 1), message, hint)
        elif found := list(marks(span)):
            message = (
                f"skola.yml har kvar exemplets uppgifter på {places(len(found))} "
                f"FYLL I ({_first(found[0])}), som en vårdnadshavare skulle läsa som skolans"
            )
            hint = (
                "skriv in skolans egna uppgifter och kontakter där det står FYLL I och ta bort "
                "markeringarna; skolans webbplats publiceras först då"
            )
            yield Finding(found[0].location, message, hint)


@rule("TP127")
def decided_plan_not_filled_in(ctx: Context) -> Iterator[Finding]:
    decided = decided_plan_files(ctx)
    for span in sorted((s for s in ctx.files if s.display in decided), key=_display):
        if not (found := list(marks(span))):
            continue
        message = (
            f"planen är beslutad men har kvar {places(len(found))} FYLL I "
            f"({_first(found[0])}): en beslutad plan ska vara skolans egen, och mallens och "
            "exemplets texter skulle publiceras som rektors beslut"
        )
        hint = (
            "skriv in er egen kartläggning, era mål och åtgärder där det står FYLL I och ta "
            "bort markeringarna, eller låt planen vara status: utkast tills den är ifylld; "
            "skolan publiceras först då"
        )
        yield Finding(found[0].location, message, hint)


def _first(mark: Mark) -> str:
    named = mark.field or mark.what
    return f"det första här: {named}" if named else "det första här"


def places(count: int) -> str:
    """How many places are marked FYLL I: "1 ställe markerat", "2 ställen markerade"."""
    return "1 ställe markerat" if count == 1 else f"{count} ställen markerade"


def _display(span: Span) -> str:
    return span.display


def _field_at(text: str, index: int) -> str:
    """The YAML key a FYLL I mark stands at: on its line ("namn: …  # FYLL I"), or the
    nearest key less indented above it (a mark inside a text block, or after an entry of
    a list written on one line: "kontakter"); "" for a comment."""
    start = text.rfind("\n", 0, index) + 1
    line = text[start:index]
    if found := KEY.match(line):
        return found["key"].strip()
    if line.lstrip().startswith("#"):
        return ""
    indent = len(line) - len(line.lstrip())
    for above in reversed(text[:start].splitlines()):
        found = KEY.match(above)
        if found and len(found["indent"]) < indent:
            return found["key"].strip()
    return ""
