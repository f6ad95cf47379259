"""Checks inside one plan: unique ids, what findings, causes and measures name, dates in
order, and survey counts that add up.

Each check reads only the sections without schema errors (`failed` holds the others).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load import dates
from generator.load.document import Document
from generator.problems import Problem
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.validate.measurements import measurement_problems
from generator.validate.references import references, routine_problems, unique_ids

Failed = frozenset[str]  # the top-level keys of a document that have schema errors


def _date_order(
    document: Document, path: Path_, first: str, last: str, data: dict[str, Any]
) -> Iterator[Problem]:
    """TP042 when `last` ends before `first` begins (a month or term by its first or last day)."""
    if first not in data or last not in data:
        return
    begins, ends = dates.parse(data[first]), dates.parse(data[last])
    if begins is not None and ends is not None and ends.last < begins.first:
        hint = f"{first} ska vara samma dag eller före {last}"
        yield _problem(
            document,
            (*path, last),
            "TP042",
            f"{last} ({data[last]}) är före {first} ({data[first]})",
            hint,
        )


def plan_problems(document: Document, failed: Failed = frozenset()) -> Iterator[Problem]:
    """Ids, references and dates inside one plan, in the sections without schema errors."""
    plan = document.data
    yield from _unique_id_problems(document, failed)
    yield from _reference_problems(document, failed)
    if "giltighet" not in failed:
        yield from _date_order(document, ("giltighet",), "från", "till", plan["giltighet"])
    if "kartläggning" not in failed:
        yield from _survey_count_problems(document, plan["kartläggning"]["metoder"])
    if failed.isdisjoint({"mål", "kartläggning"}):
        yield from measurement_problems(document)
    if "rutiner" not in failed:
        yield from routine_problems(document, ("rutiner",), plan.get("rutiner", {}))


def _unique_id_problems(document: Document, failed: Failed) -> Iterator[Problem]:
    """TP034 in each list of the plan whose items have ids."""
    plan = document.data
    lists: list[tuple[Path_, str]] = [
        (("mål",), "mål"),
        (("kartläggning", "metoder"), "kartläggning"),
        (("kartläggning", "fynd"), "kartläggning"),
        (("åtgärder",), "åtgärder"),
    ]
    if "föregående_period" in plan:
        lists.append((("föregående_period", "åtgärder"), "föregående_period"))
    for list_path, section in lists:
        if section not in failed:
            items = plan.get(section, []) if len(list_path) == 1 else plan[section][list_path[1]]
            yield from unique_ids(document, list_path, items)


def _reference_problems(document: Document, failed: Failed) -> Iterator[Problem]:
    """Findings name methods, causes and measures name findings, measures name goals."""
    plan = document.data
    survey = {} if "kartläggning" in failed else plan["kartläggning"]
    findings = {f["id"] for f in survey.get("fynd", [])}
    methods = {m["id"] for m in survey.get("metoder", [])}
    for index, finding in enumerate(survey.get("fynd", [])):
        sources_path: Path_ = ("kartläggning", "fynd", index, "källor")
        known = "kartläggningens metoder"
        yield from references(document, sources_path, finding.get("källor", []), methods, known)
    if failed.isdisjoint({"analys", "kartläggning"}):
        for index, cause in enumerate(plan["analys"]["orsaker"]):
            path: Path_ = ("analys", "orsaker", index, "fynd")
            yield from references(document, path, cause["fynd"], findings, "fynden")
    if "åtgärder" not in failed:
        yield from _measure_problems(document, failed, findings)


def _measure_problems(document: Document, failed: Failed, findings: set[str]) -> Iterator[Problem]:
    """What each measure names (findings, a goal) must exist; it must start before it ends."""
    goals = {g["id"] for g in document.data.get("mål", [])} if "mål" not in failed else None
    for index, measure in enumerate(document.data["åtgärder"]):
        path: Path_ = ("åtgärder", index)
        if "kartläggning" not in failed:
            addressed = measure.get("adresserar", [])
            yield from references(document, (*path, "adresserar"), addressed, findings, "fynden")
        if goals is not None and "mål" in measure and measure["mål"] not in goals:
            hint = "använd ett av målen: " + (", ".join(sorted(goals)) or "(inga finns)")
            message = f"'{measure['mål']}' finns inte bland målen"
            yield _problem(document, (*path, "mål"), "TP030", message, hint)
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
