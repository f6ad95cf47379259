"""Schema validation of every content document, with Swedish file:line:column problems."""

from __future__ import annotations

from collections.abc import Iterator

from jsonschema.exceptions import ValidationError

from generator import codes
from generator.load.document import Document
from generator.load.quoting import named
from generator.load.sources import Sources
from generator.problems import Location, Problem, Severity
from generator.validate.aswritten import as_written
from generator.validate.fields import format_field
from generator.validate.messages import in_typographic_quotes, translations
from generator.validate.misspelt import misspellings
from generator.validate.schemas import fast_check, validator
from generator.validate.textkeys import split_text
from generator.validate.translation import Translation
from generator.validate.typographic import DataPath, reads_as_quotation, strings, wrapping
from generator.validate.typographic import hint as typographic_hint


def _relevant(errors: list[ValidationError]) -> list[ValidationError]:
    """For anyOf/oneOf, report the alternative's own error when only one can apply; a
    value that is no address (format) is not also reported for its form (pattern), nor
    a value of the wrong kind (type) for anything else (not allowed, too large…)."""
    found: list[ValidationError] = []
    for error in errors:
        if error.validator in ("anyOf", "oneOf") and error.context:
            deepest = [e for e in error.context if e.validator != "required"]
            found.extend(deepest or [error])
        else:
            found.append(error)
    formats = {tuple(e.absolute_path) for e in found if e.validator == "format"}
    kinds = {tuple(e.absolute_path) for e in found if e.validator == "type"}
    return [
        e
        for e in found
        if not (e.validator == "pattern" and tuple(e.absolute_path) in formats)
        and not (e.validator != "type" and tuple(e.absolute_path) in kinds)
    ]


def schema_problems(document: Document, schema: str) -> Iterator[Problem]:
    """Every schema error in `document`, translated and located, and each value it
    accepts that is wrapped in typographic quotes (TP023)."""
    told = _translations(document, schema)
    for translation in told:
        if (problem := _located(document, translation)) is not None:
            yield problem
    yield from quoted_values(document, {t.field for t in told})


def _translations(document: Document, schema: str) -> list[Translation]:
    check = fast_check(schema)
    if check is not None and check(document.data):
        return []  # valid: jsonschema would find nothing, ten times slower
    errors = _relevant(list(validator(schema).iter_errors(document.data)))
    misspelt = misspellings(errors)
    return [
        in_typographic_quotes(e, as_written(document, e, t))
        for e in errors
        for t in translations(e, misspelt.get(tuple(e.absolute_path), {}))
    ]


def _located(document: Document, translation: Translation) -> Problem | None:
    locate = document.locate_key if translation.at_key else document.locate
    line, column = locate(translation.place or translation.field)
    if translation.code == "TP012":
        line, column = document.locate(translation.field[:-1])
    location = Location(document.display, line, column)
    named = translation.field[:-1] if translation.text_key else translation.field
    field = format_field(named, document.data)
    hint = translation.hint
    if translation.text_key and (split := split_text(document, translation.field)):
        if not split.first:
            return None  # one problem for a text however many commas split it
        hint = split.hint
    return codes.problem(translation.code, location, translation.message, field=field, hint=hint)


def quoted_values(document: Document, refused: set[DataPath]) -> Iterator[Problem]:
    """TP023 for each accepted value in ” ” (`validate.typographic`): an error where the
    quotes would be published around a name, number or date, a warning around a sentence
    (which may be a quotation)."""
    for path, value in strings(document.data):
        if path in refused or (opening := wrapping(value)) is None:
            continue
        line, column = document.locate(path)
        quotation = reads_as_quotation(value)
        message = f"värdet står inom {named(opening)}, som YAML inte läser som citattecken"
        message += ": de publiceras som en del av " + ("texten" if quotation else "värdet")
        hint = typographic_hint(opening) + (", om texten inte är ett citat" if quotation else "")
        yield codes.problem(
            "TP023",
            Location(document.display, line, column),
            message,
            field=format_field(path, document.data),
            hint=hint,
            severity=Severity.WARNING if quotation else None,
        )


def validate_schemas(sources: Sources) -> list[Problem]:
    """Validate each document against the schema for its kind of file."""
    problems: list[Problem] = []
    if sources.organiser:
        problems += schema_problems(sources.organiser, "huvudman")
    for report in sources.reports:
        problems += schema_problems(report.document, "rapport")
    for school in sources.schools:
        if school.school:
            problems += schema_problems(school.school, "skola")
        if school.annual_cycle:
            problems += schema_problems(school.annual_cycle, "arshjul")
        for _period, plan in school.plans:
            problems += schema_problems(plan, "trygghetsplan")
        for page in school.pages:
            problems += schema_problems(page.front, "sida")
        for report in school.reports:
            problems += schema_problems(report.document, "rapport")
    return problems
