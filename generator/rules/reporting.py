"""TP126: the deadlines of rutiner.anmälan and the ärendegång's steps say the same.

Skollagen 6 kap. 10 § has staff report to the rektor and the rektor to the huvudman;
a plan gives each report a deadline under `anmälan` and shows it again as the `tid` of
a step in each ärendegång. A guardian who reads both must not find two deadlines.

The step is found by what it says, not by its id (plans name steps as they like): a
step whose text reports ("anmäler", "anmälan", "rapporterar") to the huvudman, done by
the rektor, or to the rektor, done by someone else. Orosanmälan and polisanmälan are
other reports and do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.model import Flow, FlowStep, Plan, Routines
from generator.rules.deadlines import same_deadline
from generator.rules.engine import Context, Finding, rule
from generator.rules.legal_work import organiser_told
from generator.rules.routines import routine_flows, routine_source
from generator.text import is_placeholder

# A report as its own word: "anmäler", "anmälan", "rapporterar"; not "orosanmälan".
_REPORTS = re.compile(r"(?<![\w-])(?:anmäl|rapporter)")
FLOWS = (("elev_elev", "elev–elev"), ("personal_elev", "personal–elev"))


@dataclass(frozen=True)
class Report:
    """One report of the chain: its key under anmälan, and who reports to whom."""

    key: str
    says: str  # the report, as the message says it


CHAIN = (Report("personal_till_rektor", "personal anmäler till rektor"),
         Report("rektor_till_huvudman", "rektor anmäler till huvudmannen"))  # fmt: skip


def reported(ctx: Context, step: FlowStep) -> str:
    """The key under anmälan of the report `step` makes, or "" for a step that makes none."""
    text = step.text.casefold()
    if step.is_decision or not _REPORTS.search(text):
        return ""
    by_principal = "rektor" in step.actor.casefold() or text.startswith("rektor")
    if by_principal:
        return "rektor_till_huvudman" if organiser_told(ctx, text) else ""
    return "personal_till_rektor" if "rektor" in text else ""


def reporting_step(ctx: Context, flow: Flow, key: str) -> tuple[int, FlowStep] | None:
    """The first step of `flow` that makes the report `key`, with its index."""
    return next(((i, s) for i, s in enumerate(flow.steps) if reported(ctx, s) == key), None)


@rule("TP126", reads=("trygghetsplan.rutiner", "huvudman.rutiner", "huvudman.företrädare"))
def deadlines_agree(ctx: Context) -> Iterator[Finding]:
    for plan, routines in routine_flows(ctx):
        for key, label in FLOWS:
            if plan is None or {key, "anmälan"} & set(plan.routines_overridden):
                yield from _flow_deadlines(ctx, plan, routines, key, label)


def _flow_deadlines(
    ctx: Context, plan: Plan | None, routines: Routines, key: str, label: str
) -> Iterator[Finding]:
    flow = routines.pupil_pupil if key == "elev_elev" else routines.staff_pupil
    chain = routines.reporting
    said = {"personal_till_rektor": chain.staff_to_principal,
            "rektor_till_huvudman": chain.principal_to_organiser}  # fmt: skip
    for report in CHAIN:
        found = reporting_step(ctx, flow, report.key)
        deadline = said[report.key]
        if found is None or is_placeholder(deadline) or is_placeholder(found[1].deadline):
            continue  # a missing report or deadline is TP112's
        index, step = found
        if same_deadline(deadline, step.deadline):
            continue
        shown, path = routine_source(ctx, plan, "anmälan")
        reported_at = ctx.at(shown, (*path, report.key), "")
        flow_file, flow_path = routine_source(ctx, plan, key)
        in_flow = ctx.at(flow_file, (*flow_path, "steg", index, "tid"), "")
        message = (
            f"rutiner.anmälan säger att {report.says} '{_one_line(deadline)}' "
            f"({reported_at.location}), men steget {step.id} i ärendegången {label} säger "
            f"'{_one_line(step.deadline)}' ({in_flow.location})"
        )
        hint = (
            f"bestäm vilken tidsgräns som gäller och skriv den på båda ställena: under "
            f"rutiner.anmälan.{report.key} och som tid i steget {step.id}"
        )
        first = reported_at if _only_plan_side(plan, shown, flow_file) else in_flow
        yield Finding(first.location, message, hint, first.field)


def _only_plan_side(plan: Plan | None, reporting_file: str, flow_file: str) -> bool:
    """Whether anmälan is the plan's own and the ärendegång the huvudman's: then the
    finding points into the plan, which its author can change."""
    return plan is not None and reporting_file == plan.source != flow_file


def _one_line(text: str) -> str:
    return " ".join(text.split())
