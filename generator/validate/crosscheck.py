"""Checks that span fields or files, gathered for all documents: unique ids, references,
periods. The checks themselves live in `validate.planchecks` (one plan),
`validate.periodchain` (a school's plans in order), `validate.references` (ids and flöden),
`validate.identity`, `validate.schoolfiles` and `validate.organiserfile`. The årshjul's
weeks depend on the day as well (`check.wheelweeks`).

Each check runs only when the sections it reads (top-level keys, `validate.sections`)
passed their schema, so the data has the shape the schema promises and the checks can
index it directly; a file with a schema error at its top is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator.load.sources import SchoolSources, Sources
from generator.problems import Problem
from generator.validate.identity import identity_problems
from generator.validate.organiserfile import organiser_file_problems
from generator.validate.periodchain import light_account_problems, period_pair_problems
from generator.validate.planchecks import Failed, plan_problems
from generator.validate.references import routine_problems, unique_ids
from generator.validate.schoolfiles import school_file_problems
from generator.validate.sectionkeys import failed_keys
from generator.validate.versions import periods


def _school_problems(school: SchoolSources, failed: dict[str, Failed]) -> Iterator[Problem]:
    for _key, document in school.plans:
        if document.display in failed:
            yield from plan_problems(document, failed[document.display])
    yield from period_pair_problems(periods(school.plans), failed)
    yield from light_account_problems(school, failed)
    yield from identity_problems(school, failed)
    cycle = school.annual_cycle
    if cycle and "aktiviteter" not in failed.get(cycle.display, frozenset({"aktiviteter"})):
        yield from unique_ids(cycle, ("aktiviteter",), cycle.data["aktiviteter"])
    if school.school and school.school.display in failed:
        yield from school_file_problems(school, school.school, failed[school.school.display])


def cross_problems(sources: Sources, schema: Iterable[Problem]) -> list[Problem]:
    """Cross-field and cross-file problems, in the sections of each document that have
    none of the `schema` problems (a document with an error at its top is left out)."""
    schema = list(schema)
    failed: dict[str, Failed] = {}
    for document in sources.documents():
        if (keys := failed_keys(document, schema)) is not None:
            failed[document.display] = keys
    problems: list[Problem] = []
    organiser = sources.organiser
    if organiser and organiser.display in failed:
        if "rutiner" not in failed[organiser.display]:
            problems += routine_problems(organiser, ("rutiner",), organiser.data["rutiner"])
        problems += organiser_file_problems(organiser, failed[organiser.display])
    for school in sources.schools:
        problems += _school_problems(school, failed)
    return problems
