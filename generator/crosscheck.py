"""Checks that span fields or files: unique ids, references, periods.

These run only on documents that passed their schema, so the data has the
shape the schema promises and the checks can index it directly.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

from generator.colours import contrast_ratio, nearest_passing
from generator.problems import Location, Problem, Severity
from generator.render.photos import photo_path_uri
from generator.schema_messages import format_field
from generator.sources import SchoolSources, Sources
from generator.yamlload import Document

Path_ = tuple[str | int, ...]
WHITE = "#ffffff"
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text
ACTIVE_SVG = re.compile(rb"<script|\son[a-z]+\s*=|javascript:|<foreignObject", re.IGNORECASE)


def _error(document: Document, path: Path_, code: str, message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return Problem(code, Severity.ERROR, location, message, format_field(path), hint)


def _unique_ids(document: Document, path: Path_, items: list[dict[str, Any]]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["id"] in seen:
            hint = "ge varje punkt ett eget id"
            yield _error(
                document, (*path, index, "id"), "TP034", f"id '{item['id']}' används redan", hint
            )
        seen.add(item["id"])


def _references(
    document: Document, path: Path_, refs: list[str], known: set[str], what: str
) -> Iterator[Problem]:
    for index, ref in enumerate(refs):
        if ref not in known:
            hint = f"använd ett av {what}: " + (", ".join(sorted(known)) or "(inga finns)")
            yield _error(
                document, (*path, index), "TP030", f"'{ref}' finns inte bland {what}", hint
            )


def _flow_problems(document: Document, path: Path_, flow: dict[str, Any]) -> Iterator[Problem]:
    steps = flow["steg"]
    yield from _unique_ids(document, (*path, "steg"), steps)
    ids = {step["id"] for step in steps}
    for index, step in enumerate(steps):
        for branch in ("ja", "nej"):
            target = step.get(branch)
            if target is not None and target not in ids:
                hint = "ange id:t på ett steg i samma flöde: " + ", ".join(s["id"] for s in steps)
                message = f"steget '{target}' finns inte i flödet"
                yield _error(document, (*path, "steg", index, branch), "TP036", message, hint)


def _routine_problems(
    document: Document, path: Path_, routines: dict[str, Any]
) -> Iterator[Problem]:
    for key in ("elev_elev", "personal_elev"):
        if key in routines:
            yield from _flow_problems(document, (*path, key), routines[key])


def _date_order(
    document: Document, path: Path_, first: str, last: str, data: dict[str, Any]
) -> Iterator[Problem]:
    if data[first] > data[last]:
        hint = f"{first} ska vara samma dag eller före {last}"
        yield _error(
            document,
            (*path, last),
            "TP042",
            f"{last} ({data[last]}) är före {first} ({data[first]})",
            hint,
        )


def plan_problems(document: Document) -> Iterator[Problem]:
    """Ids, references and dates inside one plan."""
    plan = document.data
    survey, measures = plan["kartläggning"], plan["åtgärder"]
    lists: list[tuple[Path_, list[dict[str, Any]]]] = [
        (("mål",), plan["mål"]),
        (("kartläggning", "metoder"), survey["metoder"]),
        (("kartläggning", "fynd"), survey["fynd"]),
        (("åtgärder",), measures),
    ]
    for list_path, items in lists:
        yield from _unique_ids(document, list_path, items)
    findings = {f["id"] for f in survey["fynd"]}
    methods = {m["id"] for m in survey["metoder"]}
    goals = {g["id"] for g in plan["mål"]}
    for index, finding in enumerate(survey["fynd"]):
        sources_path: Path_ = ("kartläggning", "fynd", index, "källor")
        known = "kartläggningens metoder"
        yield from _references(document, sources_path, finding.get("källor", []), methods, known)
    for index, cause in enumerate(plan["analys"]["orsaker"]):
        yield from _references(
            document, ("analys", "orsaker", index, "fynd"), cause["fynd"], findings, "fynden"
        )
    for index, measure in enumerate(measures):
        path: Path_ = ("åtgärder", index)
        yield from _references(
            document, (*path, "adresserar"), measure.get("adresserar", []), findings, "fynden"
        )
        if "mål" in measure:
            yield from _references(document, path, [measure["mål"]], goals, "målen")
        yield from _date_order(document, path, "start", "klart", measure)
    yield from _date_order(document, ("giltighet",), "från", "till", plan["giltighet"])
    yield from _routine_problems(document, ("rutiner",), plan.get("rutiner", {}))


def _consecutive_problems(previous: Document, current: Document) -> Iterator[Problem]:
    """SL 6:8 links consecutive plans: outcomes must name last period's åtgärder."""
    earlier_ids = {m["id"] for m in previous.data["åtgärder"]}
    outcomes = current.data["utvärdering"]["åtgärder"]
    for index, outcome in enumerate(outcomes):
        if outcome["id"] not in earlier_ids:
            hint = f"använd id:n från {previous.display}: " + ", ".join(sorted(earlier_ids))
            message = f"åtgärden '{outcome['id']}' finns inte i förra periodens plan"
            yield _error(current, ("utvärdering", "åtgärder", index, "id"), "TP031", message, hint)
    if previous.data["giltighet"]["till"] >= current.data["giltighet"]["från"]:
        hint = (
            f"låt planen börja efter att förra planen slutar ({previous.data['giltighet']['till']})"
        )
        message = f"giltigheten överlappar förra periodens plan ({previous.display})"
        yield _error(current, ("giltighet", "från"), "TP032", message, hint)


def _school_problems(school: SchoolSources, valid: set[str]) -> Iterator[Problem]:
    plans = [doc for _period, doc in school.plans]
    for document in plans:
        if document.display in valid:
            yield from plan_problems(document)
    for previous, current in itertools.pairwise(plans):
        if {previous.display, current.display} <= valid:
            yield from _consecutive_problems(previous, current)
    cycle = school.annual_cycle
    if cycle and cycle.display in valid:
        yield from _unique_ids(cycle, ("aktiviteter",), cycle.data["aktiviteter"])
    if school.school and school.school.display in valid:
        yield from _image_problems(school, school.school)
        if colour := school.school.data.get("färg"):
            yield from _brand_colour_problems(school.school, colour)


def _image_problems(school: SchoolSources, document: Document) -> Iterator[Problem]:
    """TP043: the logotyp and every foto must be a file; TP046: no two photos share a name."""
    data = document.data
    images: list[tuple[Path_, str]] = [(("logotyp",), data["logotyp"])] if "logotyp" in data else []
    photos: list[tuple[Path_, str]] = [
        ((key, index, "foto"), person["foto"])
        for key in ("kontakter", "trygghetsteam")
        for index, person in enumerate(data[key])
        if "foto" in person
    ]
    for path, image in [*images, *photos]:
        file = school.directory / image
        if not file.is_file():
            hint = f"lägg bildfilen i {school.display}/ eller ta bort raden"
            yield _error(document, path, "TP043", f"bildfilen '{image}' finns inte", hint)
        elif file.suffix.lower() == ".svg" and ACTIVE_SVG.search(file.read_bytes()):
            # An SVG opened at its own address runs its scripts on the school's site.
            message = f"SVG-filen '{image}' innehåller skript eller händelseattribut"
            hint = "spara bilden som PNG, eller ta bort <script> och on…-attribut ur filen"
            yield _error(document, path, "TP047", message, hint)
    named: dict[str, str] = {}
    for path, photo in photos:
        earlier = named.setdefault(photo_path_uri(photo), photo)
        if earlier != photo:
            message = f"fotona '{earlier}' och '{photo}' får samma filnamn på webbplatsen"
            hint = "byt namn på en av filerna så att fotona inte förväxlas"
            yield _error(document, path, "TP046", message, hint)


def _brand_colour_problems(document: Document, colour: str) -> Iterator[Problem]:
    """The brand colour carries white header text and is the link colour on white (WCAG 1.4.3)."""
    ratio = contrast_ratio(colour, WHITE)
    if ratio < MIN_CONTRAST:
        suggestion = nearest_passing(colour, WHITE, MIN_CONTRAST)
        message = (
            f"färgen {colour} ger för låg kontrast mot vitt ({ratio:.2f}:1, minst 4.5:1 krävs)"
        )
        hint = f"närmaste färg som fungerar är {suggestion}"
        yield _error(document, ("färg",), "TP045", message, hint)


def cross_problems(sources: Sources, invalid: set[str]) -> list[Problem]:
    """Cross-field and cross-file problems, skipping documents with schema errors."""
    valid = {doc.display for doc in sources.documents()} - invalid
    problems: list[Problem] = []
    organiser = sources.organiser
    if organiser and organiser.display in valid:
        problems += _routine_problems(organiser, ("rutiner",), organiser.data["rutiner"])
    for school in sources.schools:
        problems += _school_problems(school, valid)
    return problems
