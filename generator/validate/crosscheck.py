"""Checks that span fields or files: unique ids, references, periods.

These run only on documents that passed their schema, so the data has the
shape the schema promises and the checks can index it directly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from generator import codes
from generator.load.document import Document
from generator.load.sources import SchoolSources, Sources
from generator.problems import Location, Problem
from generator.validate.messages import format_field
from generator.validate.organiserfile import organiser_file_problems
from generator.validate.schoolfiles import school_file_problems, week_problems

Path_ = tuple[str | int, ...]


def _problem(document: Document, path: Path_, code: str, message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(code, location, message, field=format_field(path), hint=hint)


def unique_ids(document: Document, path: Path_, items: list[dict[str, Any]]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["id"] in seen:
            hint = "ge varje punkt ett eget id"
            yield _problem(
                document, (*path, index, "id"), "TP034", f"id '{item['id']}' används redan", hint
            )
        seen.add(item["id"])


def _references(
    document: Document, path: Path_, refs: list[str], known: set[str], what: str
) -> Iterator[Problem]:
    for index, ref in enumerate(refs):
        if ref not in known:
            hint = f"använd ett av {what}: " + (", ".join(sorted(known)) or "(inga finns)")
            yield _problem(
                document, (*path, index), "TP030", f"'{ref}' finns inte bland {what}", hint
            )


def flow_problems(document: Document, path: Path_, flow: dict[str, Any]) -> Iterator[Problem]:
    steps = flow["steg"]
    yield from unique_ids(document, (*path, "steg"), steps)
    ids = {step["id"] for step in steps}
    for index, step in enumerate(steps):
        for branch in ("ja", "nej"):
            target = step.get(branch)
            if target is not None and target not in ids:
                hint = "ange id:t på ett steg i samma flöde: " + ", ".join(s["id"] for s in steps)
                message = f"steget '{target}' finns inte i flödet"
                yield _problem(document, (*path, "steg", index, branch), "TP036", message, hint)


def _routine_problems(
    document: Document, path: Path_, routines: dict[str, Any]
) -> Iterator[Problem]:
    for key in ("elev_elev", "personal_elev"):
        if key in routines:
            yield from flow_problems(document, (*path, key), routines[key])


def _date_order(
    document: Document, path: Path_, first: str, last: str, data: dict[str, Any]
) -> Iterator[Problem]:
    if last in data and data[first] > data[last]:
        hint = f"{first} ska vara samma dag eller före {last}"
        yield _problem(
            document,
            (*path, last),
            "TP042",
            f"{last} ({data[last]}) är före {first} ({data[first]})",
            hint,
        )


def plan_problems(document: Document) -> Iterator[Problem]:
    """Ids, references and dates inside one plan."""
    plan = document.data
    survey = plan["kartläggning"]
    lists: list[tuple[Path_, list[dict[str, Any]]]] = [
        (("mål",), plan.get("mål", [])),
        (("kartläggning", "metoder"), survey["metoder"]),
        (("kartläggning", "fynd"), survey["fynd"]),
        (("åtgärder",), plan["åtgärder"]),
    ]
    for list_path, items in lists:
        yield from unique_ids(document, list_path, items)
    yield from _reference_problems(document)
    yield from _date_order(document, ("giltighet",), "från", "till", plan["giltighet"])
    yield from _survey_count_problems(document, survey["metoder"])
    yield from _routine_problems(document, ("rutiner",), plan.get("rutiner", {}))


def _reference_problems(document: Document) -> Iterator[Problem]:
    """Findings name methods, causes and measures name findings, measures name goals."""
    plan = document.data
    survey, measures = plan["kartläggning"], plan["åtgärder"]
    findings = {f["id"] for f in survey["fynd"]}
    methods = {m["id"] for m in survey["metoder"]}
    goals = {g["id"] for g in plan.get("mål", [])}
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


def _survey_count_problems(document: Document, methods: list[dict[str, Any]]) -> Iterator[Problem]:
    """TP049: a method cannot have more answers than people asked, nor a group than the method."""
    for index, method in enumerate(methods):
        path: Path_ = ("kartläggning", "metoder", index)
        answers, asked = method.get("antal_svar"), method.get("antal_tillfrågade")
        if answers is not None and asked is not None and answers > asked:
            message = f"fler svar än tillfrågade ({answers} svar, {asked} tillfrågade)"
            hint = "kontrollera antal_svar och antal_tillfrågade"
            yield _problem(document, (*path, "antal_svar"), "TP049", message, hint)
        if answers is None:
            continue
        for part_index, part in enumerate(method.get("delresultat", [])):
            if part["antal_svar"] > answers:
                message = (
                    f"fler svar i gruppen '{part['grupp']}' ({part['antal_svar']}) "
                    f"än i hela kartläggningen ({answers})"
                )
                hint = "en grupps antal_svar kan inte vara större än metodens antal_svar"
                part_path = (*path, "delresultat", part_index, "antal_svar")
                yield _problem(document, part_path, "TP049", message, hint)


def _consecutive_problems(previous: Document, current: Document) -> Iterator[Problem]:
    """SL 6:8 links consecutive plans: outcomes must name last period's åtgärder."""
    earlier_ids = {m["id"] for m in previous.data["åtgärder"]}
    outcomes = current.data.get("utvärdering", {}).get("åtgärder", [])
    for index, outcome in enumerate(outcomes):
        if outcome["id"] not in earlier_ids:
            hint = f"använd id:n från {previous.display}: " + ", ".join(sorted(earlier_ids))
            message = f"åtgärden '{outcome['id']}' finns inte i förra periodens plan"
            yield _problem(
                current, ("utvärdering", "åtgärder", index, "id"), "TP031", message, hint
            )
    if previous.data["giltighet"]["till"] >= current.data["giltighet"]["från"]:
        hint = (
            f"låt planen börja efter att förra planen slutar ({previous.data['giltighet']['till']})"
        )
        message = f"giltigheten överlappar förra periodens plan ({previous.display})"
        yield _problem(current, ("giltighet", "från"), "TP032", message, hint)


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
        yield from unique_ids(cycle, ("aktiviteter",), cycle.data["aktiviteter"])
        yield from week_problems(cycle, [period for period, _doc in school.plans])
    if school.school and school.school.display in valid:
        yield from school_file_problems(school, school.school)


def cross_problems(sources: Sources, invalid: set[str]) -> list[Problem]:
    """Cross-field and cross-file problems, skipping documents with schema errors."""
    valid = {doc.display for doc in sources.documents()} - invalid
    problems: list[Problem] = []
    organiser = sources.organiser
    if organiser and organiser.display in valid:
        problems += _routine_problems(organiser, ("rutiner",), organiser.data["rutiner"])
        problems += organiser_file_problems(organiser)
    for school in sources.schools:
        problems += _school_problems(school, valid)
    return problems
