"""Contacts are defined once: the staff roles under `kontakter` in skola.yml.

`rutiner.kontaktpersoner`, in huvudman.yml or in a plan, names those roles (or
Trygghetsteamet, the school's trygghetsteam); the pages take name, e-mail and
phone from skola.yml. A role in huvudman.yml must exist in every school that
uses the organiser's list, that is, whose plans do not replace it. A plan's
structured riktlinjer (`vänd_dig_till`, `utreds_av`) name roles in the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from generator import codes, invisible
from generator.load.document import Document
from generator.load.sources import SchoolSources
from generator.problems import Location, Problem
from generator.validate import lookalike
from generator.validate.fields import format_field
from generator.validate.sectionkeys import failed_keys

CODE = "TP057"
TEAM = "Trygghetsteamet"  # the school's trygghetsteam, not a role under kontakter
KEY = ("rutiner", "kontaktpersoner")


def roles(school: Document) -> list[str]:
    """The roles a school defines, as written, each once, with Trygghetsteamet last."""
    written = [contact["roll"] for contact in school.data["kontakter"]]
    return [*dict.fromkeys(written), TEAM]


def known(role: str, defined: list[str]) -> bool:
    return role.casefold() in {name.casefold() for name in defined}


def contact_problems(
    school: SchoolSources, organiser: Document | None, schema: Iterable[Problem]
) -> Iterator[Problem]:
    """Each school's roles once; every kontaktperson that school uses is one of them.

    Only sections without `schema` errors are read: skola.yml's kontakter and each plan's
    rutiner (the rest of a plan may have errors); the organiser is checked only when it
    is valid (pass None otherwise).
    """
    schema = list(schema)
    if school.school is None or not _valid(school.school, "kontakter", schema):
        return
    defined = roles(school.school)
    yield from _duplicates(school.school)
    replaced = [doc for _period, doc in school.plans if _listed(doc.data) is not None]
    for document in (d for d in replaced if _valid(d, "rutiner", schema)):
        yield from _references(document, _listed(document.data) or [], defined, school)
    for document in (d for _p, d in school.plans if _valid(d, "riktlinjer", schema)):
        yield from _guideline_roles(document, defined, school)
    # A unit without a plan shows huvudman.yml's routine with the roles it has (a förskola
    # has no kurator): only a plan that takes the routine must reach every role it names.
    uses_organiser = len(replaced) < len(school.plans)
    if organiser is not None and uses_organiser:
        found = _references(organiser, _listed(organiser.data) or [], defined, school)
        yield from (_at_school(p, school.school) if p.message.startswith("'") else p for p in found)


def _at_school(problem: Problem, school: Document) -> Problem:
    """A role of huvudman.yml's routines that a school lacks: told where huvudman.yml
    names it (an editor's or GitHub's mark lands on that line), as the school's own
    error, which withholds that school alone (`Problem.unit`)."""
    return dataclasses.replace(problem, unit=school.display)


def _valid(document: Document, section: str, schema: list[Problem]) -> bool:
    failed = failed_keys(document, schema)
    return failed is not None and section not in failed


def _listed(data: Any) -> list[Any] | None:
    routines = data.get("rutiner") if isinstance(data, dict) else None
    listed = routines.get("kontaktpersoner") if isinstance(routines, dict) else None
    return listed if isinstance(listed, list) else None


def _references(
    document: Document,
    listed: list[Any],
    defined: list[str],
    school: SchoolSources,
    key: tuple[str, ...] = KEY,
) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, role in enumerate(listed):
        if isinstance(role, str) and role.casefold() in seen:
            message = f"rollen '{role}' står redan i listan"
            yield _problem(document, (*key, index), message, "ta bort den ena")
            continue
        seen.add(role.casefold() if isinstance(role, str) else "")
        if isinstance(role, str) and not known(role, defined):
            yield _unknown(document, (*key, index), role, defined, school)


def _unknown(
    document: Document,
    path: tuple[str | int, ...],
    role: str,
    defined: list[str],
    school: SchoolSources,
) -> Problem:
    where = school.school.display if school.school else school.display
    message = f"'{role}' är ingen roll under kontakter i {where}"
    names = [f"'{name}'" for name in defined]
    hint = (
        f"skriv {', '.join(names[:-1])} eller {names[-1]}, eller lägg till rollen "
        "under kontakter i skola.yml; namn, e-post och telefon hämtas därifrån"
    )
    if (alike := lookalike.look_alike(role, defined)) is not None:  # the hint names it
        message = f"'{invisible.shown(role)}' är ingen roll under kontakter i {where}: {alike[0]}"
        hint = alike[1]
    return _problem(document, path, message, hint)


def _guideline_roles(
    document: Document, defined: list[str], school: SchoolSources
) -> Iterator[Problem]:
    """riktlinjer.vänd_dig_till and riktlinjer.utreds_av name roles too (TP109 reads them)."""
    guidelines = document.data.get("riktlinjer") if isinstance(document.data, dict) else None
    if not isinstance(guidelines, dict):
        return
    listed = guidelines.get("vänd_dig_till", [])
    yield from _references(document, listed, defined, school, ("riktlinjer", "vänd_dig_till"))
    role = guidelines.get("utreds_av")
    if isinstance(role, str) and not known(role, defined):
        yield _unknown(document, ("riktlinjer", "utreds_av"), role, defined, school)


def _duplicates(school: Document) -> Iterator[Problem]:
    """A role given twice, but to different people by name: a school has several
    mentors ("roll: Mentor" with "namn: Anna Berg", and again with "namn: Per Ek"),
    and the routines name them all by the role."""
    seen: dict[str, set[str]] = {}
    for index, contact in enumerate(school.data["kontakter"]):
        role, person = contact["roll"], str(contact.get("namn") or "").casefold()
        people = seen.setdefault(role.casefold(), set())
        if role.casefold() == TEAM.casefold() or (
            people and (not person or person in people | {""})
        ):
            message = f"rollen '{role}' finns redan"
            hint = (
                "ge varje kontakt en egen roll, eller var och en sitt namn om flera har samma "
                "roll (flera mentorer); rutinerna hänvisar till kontakterna med rollen"
            )
            yield _problem(school, ("kontakter", index, "roll"), message, hint)
        people.add(person)


def _problem(document: Document, path: tuple[str | int, ...], message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(
        CODE, location, message, field=format_field(path, document.data), hint=hint
    )
