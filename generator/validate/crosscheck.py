"""Checks that span fields or files: unique ids, references, periods.

Each check runs only when the sections it reads (top-level keys, `validate.sections`)
passed their schema, so the data has the shape the schema promises and the checks can
index it directly; a file with a schema error at its top is left out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from generator.load import dates
from generator.load.document import Document
from generator.load.layout import period_bounds, split_plan_key
from generator.load.planfiles import period_id_problem
from generator.load.sources import SchoolSources, Sources
from generator.problems import Problem
from generator.validate.identity import evaluated_id, identity_problems, plan_refs
from generator.validate.located import problem_at as _problem
from generator.validate.measurements import continued_method_problems, measurement_problems
from generator.validate.organiserfile import organiser_file_problems
from generator.validate.schoolfiles import school_file_problems, week_problems
from generator.validate.sections import failed_keys
from generator.validate.versions import periods, version_problems

Path_ = tuple[str | int, ...]
Failed = frozenset[str]  # the top-level keys of a document that have schema errors


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


# The routines' ärendegångar (in a plan and in huvudman.yml), each a flöde like a
# ```flode fence's.
ROUTINE_FLOWS = ("elev_elev", "personal_elev")


def _routine_problems(
    document: Document, path: Path_, routines: dict[str, Any]
) -> Iterator[Problem]:
    for key in ROUTINE_FLOWS:
        if key in routines:
            yield from flow_problems(document, (*path, key), routines[key])


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
    yield from _reference_problems(document, failed)
    if "giltighet" not in failed:
        yield from _date_order(document, ("giltighet",), "från", "till", plan["giltighet"])
    if "kartläggning" not in failed:
        yield from _survey_count_problems(document, plan["kartläggning"]["metoder"])
    if failed.isdisjoint({"mål", "kartläggning"}):
        yield from measurement_problems(document)
    if "rutiner" not in failed:
        yield from _routine_problems(document, ("rutiner",), plan.get("rutiner", {}))


def _reference_problems(document: Document, failed: Failed) -> Iterator[Problem]:
    """Findings name methods, causes and measures name findings, measures name goals."""
    plan = document.data
    survey = {} if "kartläggning" in failed else plan["kartläggning"]
    findings = {f["id"] for f in survey.get("fynd", [])}
    methods = {m["id"] for m in survey.get("metoder", [])}
    for index, finding in enumerate(survey.get("fynd", [])):
        sources_path: Path_ = ("kartläggning", "fynd", index, "källor")
        known = "kartläggningens metoder"
        yield from _references(document, sources_path, finding.get("källor", []), methods, known)
    if failed.isdisjoint({"analys", "kartläggning"}):
        for index, cause in enumerate(plan["analys"]["orsaker"]):
            path: Path_ = ("analys", "orsaker", index, "fynd")
            yield from _references(document, path, cause["fynd"], findings, "fynden")
    if "åtgärder" not in failed:
        yield from _measure_problems(document, failed, findings)


def _measure_problems(document: Document, failed: Failed, findings: set[str]) -> Iterator[Problem]:
    """What each measure names (findings, a goal) must exist; it must start before it ends."""
    goals = {g["id"] for g in document.data.get("mål", [])} if "mål" not in failed else None
    for index, measure in enumerate(document.data["åtgärder"]):
        path: Path_ = ("åtgärder", index)
        if "kartläggning" not in failed:
            addressed = measure.get("adresserar", [])
            yield from _references(document, (*path, "adresserar"), addressed, findings, "fynden")
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


def _outcome_problems(
    current: Document, earlier_ids: set[str], where: str, failed: Failed
) -> Iterator[Problem]:
    """SL 6:8: outcomes must name last period's åtgärder, as listed in `where`, or a
    measure of this plan that continues one of them (`fortsätter`)."""
    outcomes = current.data.get("utvärdering", {}).get("åtgärder", [])
    measures = [] if "åtgärder" in failed else plan_refs(current.data, failed)
    for index, outcome in enumerate(outcomes):
        if not evaluated_id(outcome["id"], measures, earlier_ids):
            hint = f"använd id:n från {where}: " + ", ".join(sorted(earlier_ids))
            message = f"åtgärden '{outcome['id']}' finns inte i förra periodens plan"
            path: Path_ = ("utvärdering", "åtgärder", index, "id")
            yield _problem(current, path, "TP031", message, hint)


def _consecutive_problems(
    previous: Document, current: Document, failed: tuple[Failed, Failed]
) -> Iterator[Problem]:
    """SL 6:8 links consecutive plans: outcomes must name last period's åtgärder."""
    if "åtgärder" not in failed[0] and "utvärdering" not in failed[1]:
        earlier_ids = {m["id"] for m in previous.data["åtgärder"]}
        yield from _outcome_problems(current, earlier_ids, previous.display, failed[1])
    if "kartläggning" not in failed[0] | failed[1]:
        yield from continued_method_problems(previous, current)
    if "giltighet" in failed[0] | failed[1]:
        return
    if previous.data["giltighet"]["till"] >= current.data["giltighet"]["från"]:
        hint = (
            f"låt planen börja efter att förra planen slutar ({previous.data['giltighet']['till']})"
        )
        message = f"giltigheten överlappar förra periodens plan ({previous.display})"
        yield _problem(current, ("giltighet", "från"), "TP032", message, hint)


def _earlier_period_problems(period_id: str, document: Document) -> Iterator[Problem]:
    """TP037: the light account's period is a period, and one that starts before this one
    (a school that moves from läsår to kalenderår has periods that overlap)."""
    earlier = document.data["föregående_period"]["period"]
    why = period_id_problem(earlier)
    if not why and period_bounds(earlier)[0] >= period_bounds(period_id)[0]:
        why = f"perioden {earlier} börjar inte före planens period {period_id}"
    if why:
        hint = "skriv förra planens period, till exempel 2025-26 för en plan för 2026-27"
        path: Path_ = ("föregående_period", "period")
        yield _problem(document, path, "TP037", why, hint)


def _holds(document: Document, key: str) -> bool:
    """Whether the file's data is a mapping with `key` (a plan file may hold only a number,
    which the schema reports)."""
    return isinstance(document.data, dict) and key in document.data


def _light_account_problems(school: SchoolSources, failed: dict[str, Failed]) -> Iterator[Problem]:
    """föregående_period: the first plan's evaluation names its measures (later plans are
    checked against the plan before them), and its period comes before the plan's own.
    The versions of the first period (`validate.versions`) are each a first plan."""
    groups = periods(school.plans)
    for first in groups[0] if groups else []:
        light = _holds(first, "föregående_period") and first.display in failed
        if light and failed[first.display].isdisjoint({"föregående_period", "utvärdering"}):
            earlier_ids = {m["id"] for m in first.data["föregående_period"]["åtgärder"]}
            yield from _outcome_problems(
                first, earlier_ids, "föregående_period", failed[first.display]
            )
    for previous_period, versions in itertools.pairwise(groups):
        previous = previous_period[-1]
        for later in versions:
            if later.display in failed and _holds(later, "föregående_period"):
                message = f"föregående_period används inte: förra planen ({previous.display}) finns"
                hint = "ta bort föregående_period; utvärderingen redovisar förra planens åtgärder"
                yield _problem(later, ("föregående_period",), "TP037", message, hint)
    for key, document in school.plans:
        usable = document.display in failed and _holds(document, "föregående_period")
        if usable and "föregående_period" not in failed[document.display]:
            yield from _earlier_period_problems(split_plan_key(key)[0], document)


def _period_pair_problems(
    groups: list[list[Document]], failed: dict[str, Failed]
) -> Iterator[Problem]:
    """The versions of a period in order (TP058), and each against the last version of the
    period before: a period decided anew is still one period after the one before."""
    for versions in groups:
        for earlier, later in itertools.pairwise(versions):
            if {earlier.display, later.display} <= failed.keys():
                yield from version_problems(
                    earlier, later, (failed[earlier.display], failed[later.display])
                )
    for previous_period, versions in itertools.pairwise(groups):
        previous = previous_period[-1]
        for current in versions:
            if {previous.display, current.display} <= failed.keys():
                pair = (failed[previous.display], failed[current.display])
                yield from _consecutive_problems(previous, current, pair)


def _school_problems(school: SchoolSources, failed: dict[str, Failed]) -> Iterator[Problem]:
    for _key, document in school.plans:
        if document.display in failed:
            yield from plan_problems(document, failed[document.display])
    yield from _period_pair_problems(periods(school.plans), failed)
    yield from _light_account_problems(school, failed)
    yield from identity_problems(school, failed)
    cycle = school.annual_cycle
    if cycle and "aktiviteter" not in failed.get(cycle.display, frozenset({"aktiviteter"})):
        yield from unique_ids(cycle, ("aktiviteter",), cycle.data["aktiviteter"])
        period_ids = dict.fromkeys(split_plan_key(key)[0] for key, _doc in school.plans)
        yield from week_problems(cycle, list(period_ids))
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
            problems += _routine_problems(organiser, ("rutiner",), organiser.data["rutiner"])
        problems += organiser_file_problems(organiser, failed[organiser.display])
    for school in sources.schools:
        problems += _school_problems(school, failed)
    return problems
