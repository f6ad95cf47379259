"""The rules engine: `Rule`, the registry, and `run_rules`.

A rule is a small function `check(context) -> Iterator[Finding]` registered with
`@rule("TP104", reads=("trygghetsplan.åtgärder",))`, which names the sections of the
content files it reads (`generator.validate.sections`). Its severity, Swedish texts and
the law or guidance it rests on are the code's, in `generator.codes`; `run_rules` turns
findings into `Problem`s, applying the huvudman's `regelprofil` (a rule can be switched
off with `av`, or given another severity). A rule that reads a section with errors is left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from generator import codes
from generator.codes import Code
from generator.load.document import Document
from generator.load.sources import Sources
from generator.model import Plan, Project, School
from generator.problems import Location, Problem, Severity
from generator.rules.freetext import NOT_FREE_TEXT, file_spans, free_text
from generator.rules.nameless import address_keys, nameless_keys
from generator.rules.svgtext import svg_spans
from generator.rules.text import Span, setting_spans
from generator.validate.fields import format_field

DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    """What a check found: where, what, and (optionally) a more specific hint."""

    location: Location
    message: str
    hint: str = ""
    field: str = ""


@dataclass(frozen=True)
class Context:
    """Everything a check may look at. `today` decides which plan is in force.

    With `organiser=False` (one school checked on its own, see `generator.check.school`)
    the checks leave out what huvudman.yml alone gives: a run on the organiser alone
    finds that once. The organiser's document stays in `index`, so that a school's
    finding can still point into it.
    """

    project: Project
    sources: Sources
    today: dt.date
    index: dict[str, Document] = field(default_factory=dict)  # display path -> document
    organiser: bool = True

    @classmethod
    def create(
        cls, project: Project, sources: Sources, today: dt.date, *, organiser: bool = True
    ) -> Context:
        index = {d.display: d for d in sources.documents()}
        return cls(project, sources, today, index, organiser)

    @property
    def scanned(self) -> Sources:
        """The files whose text the text rules scan: without huvudman.yml for a lone school."""
        if self.organiser:
            return self.sources
        return dataclasses.replace(self.sources, organiser=None, reports=(), settings=())

    @functools.cached_property
    def files(self) -> tuple[Span, ...]:
        """Every scanned file as a whole (`text.file_spans`): read once for the rules that
        scan the files as written (personnummer, e-mail addresses, FYLL I)."""
        return tuple(file_spans(self.scanned))

    @functools.cached_property
    def settings(self) -> tuple[Span, ...]:
        """mkdocs.yml's published strings as written (`text.setting_spans`), read with
        huvudman.yml: for the rules that scan the files as written (`files`)."""
        return tuple(setting_spans(self.scanned))

    @functools.cached_property
    def _published_text(self) -> dict[str, list[Span]]:
        """Every published string value and page body per file: walked once."""
        return free_text(self.scanned, frozenset())

    @property
    def published_text(self) -> dict[str, list[Span]]:
        """Every published string value and page body per file, as written (`free_text`
        with nothing left out): for the scans of what their pages show."""
        return self._published_text

    @functools.cached_property
    def named_text(self) -> dict[str, list[Span]]:
        """Published text per file for the name rule: every value but those that cannot
        hold a name (`rules.nameless`: lists, dates, addresses, references), and the text
        of each SVG file (`rules.svgtext`)."""
        named = _without(self._published_text, nameless_keys())
        for span in svg_spans(self.scanned):  # an SVG's text is published as it stands
            named.setdefault(span.display, []).append(span)
        return named

    @functools.cached_property
    def address_text(self) -> dict[str, list[Span]]:
        """Published web addresses per file (`nameless.address_keys`), which the name
        rule reads as their words."""
        keys = address_keys()
        return {d: [s for s in found if s.key in keys] for d, found in self._published_text.items()}

    @functools.cached_property
    def free_text(self) -> dict[str, list[Span]]:
        """Published free text per file, shared by the text rules: no names, roles, ids,
        dates or enums (`text.NOT_FREE_TEXT`)."""
        return _without(self._published_text, NOT_FREE_TEXT)

    def document(self, display: str) -> Document | None:
        """The loaded document shown as `display` (a plan's `source`, for example)."""
        return self.index.get(display)

    def at(self, display: str, path: DataPath, message: str, hint: str = "") -> Finding:
        """A finding that points at `path` inside the document `display`."""
        document = self.document(display)
        if document is None:
            return Finding(Location(display), message, hint, format_field(path))
        line, column = document.locate(path)
        field = format_field(path, document.data)
        return Finding(Location(display, line, column), message, hint, field)

    def current_plans(self) -> Iterator[tuple[School, Plan]]:
        """Each school's newest plan: the plan content rules are about."""
        for school in self.project.schools:
            if school.current_plan is not None:
                yield school, school.current_plan


def _without(spans: dict[str, list[Span]], keys: frozenset[str]) -> dict[str, list[Span]]:
    return {d: [s for s in found if s.key not in keys] for d, found in spans.items()}


Check = Callable[[Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """One rule: its registered code (`generator.codes`), the check that finds it, and the
    sections it reads (`trygghetsplan.åtgärder`): it runs only when none was skipped."""

    code: Code
    check: Check
    reads: frozenset[str] = frozenset()

    def problems(self, context: Context, severity: Severity) -> Iterator[Problem]:
        for found in self.check(context):
            yield codes.problem(
                self.code.code,
                found.location,
                found.message,
                field=found.field,
                hint=found.hint,
                severity=severity,
            )


RULES: dict[str, Rule] = {}


def rule(name: str, reads: tuple[str, ...] = ()) -> Callable[[Check], Check]:
    """Register the decorated check function as the rule for the registered code `name`;
    `reads` names the sections of content files it reads, as `trygghetsplan.åtgärder`
    (none for a rule that scans the files' text as written)."""

    def register(check: Check) -> Check:
        if name in RULES:
            raise ValueError(f"rule code {name} is registered twice")
        RULES[name] = Rule(codes.code(name), check, frozenset(reads))
        return check

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by code (`generator.rules` imports every rule module)."""
    return [RULES[name] for name in sorted(RULES)]


def run_rules(
    project: Project,
    sources: Sources,
    today: dt.date,
    *,
    organiser: bool = True,
    skipped: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Run every rule that the huvudman's profile has not switched off and that reads
    none of the `skipped` sections (those with errors, `validate.sections`).

    `organiser=False` leaves out the findings huvudman.yml gives on its own (see `Context`).
    """
    context = Context.create(project, sources, today, organiser=organiser)
    profile = project.organiser.rule_profile
    problems: list[Problem] = []
    for rule_ in all_rules():
        severity = profile.severity(rule_.code)
        if severity is not None and not rule_.reads & skipped:
            problems.extend(rule_.problems(context, severity))
    return problems
