"""TP101 and TP114: a decided plan in force today, as Skollagen 6 kap. 8 § requires.

TP101 is the day without a plan in force, whatever the reason: no plan, only utkast,
days before the next plan starts, or a plan that has expired. TP114 warns before the
plan in force expires. Both depend on the day, so neither keeps a site from being
published (`codes.withholds`): the pages tell the reader instead (`render.pages.standing`).
An utkast is never in force, so it never expires, and one whose validity has ended is
no fix: the school needs a plan for the period it is in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.load import schoolyears
from generator.load.planfiles import next_period
from generator.model import Plan, School
from generator.model.period import PeriodKind
from generator.model.status import PlanStatus, decided_plans, open_drafts, status_of
from generator.problems import today_said
from generator.rules.engine import Context, Finding, rule

# How long before a plan's end TP114 warns: a plan that ends in mid-August is warned of
# in June, before the summer break, not in July when the school is closed.
EXPIRY_NOTICE = dt.timedelta(days=60)


def period_for(today: dt.date, kind: PeriodKind = PeriodKind.SCHOOL_YEAR) -> str:
    """The period of `kind` a plan made `today` is for, as a plan file name: 2026-27
    (`load.schoolyears`: from 1 July the coming läsår), 2026. Only the hints name it:
    whether a plan is in force is its giltighet's question."""
    if kind is PeriodKind.CALENDAR_YEAR:
        return str(today.year)
    return schoolyears.of_day(today)


@rule("TP101", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut", "skola.namn"))
def plan_in_force(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        status, plan = status_of(decided_plans(school), ctx.today)
        if plan is None:
            decided = "beslutad " if school.drafts or any(p.draft for p in school.plans) else ""
            message = f"{school.name} har ingen {decided}trygghetsplan"
            yield Finding(school.location, message, _new_plan_hint(school, ctx.today))
        elif status is PlanStatus.UPCOMING:
            today = today_said(ctx.today)
            message = f"ingen plan gäller {today}; nästa börjar gälla {plan.valid_from}"
            yield ctx.at(
                plan.source, ("giltighet", "från"), message, _not_started_hint(school, plan)
            )
        elif status is PlanStatus.EXPIRED:
            message = (
                f"ingen plan gäller {today_said(ctx.today)}; planen för {plan.period.label} "
                f"gick ut {plan.valid_to}, och ingen nyare plan är beslutad"
            )
            hint = _new_plan_hint(school, ctx.today)
            yield ctx.at(plan.source, ("giltighet", "till"), message, hint)


def _new_plan_hint(school: School, today: dt.date) -> str:
    """How a school without a plan in force gets one: an utkast that can still come into
    force decided, or a plan for the period it is in started."""
    if drafts := open_drafts(school, today):  # named by its period: the granskning is public
        period = drafts[-1].period.label
        if drafts[-1].decided_on is not None and drafts[-1].decided_on <= today:  # TP129
            return f"utkastet till planen för {period} har beslut: skriv status: beslutad"
        return (
            f"besluta utkastet till planen för {period} (status: beslutad och beslut med "
            "datum och rektor)"
        )
    files = (*school.plans, *school.drafts)
    if not files:
        new_file = f"{school.directory}/trygghetsplan/{period_for(today)}.yml"
        return f"skapa {new_file}; trygg ny-period {school.id} gör ett utkast att utgå från"
    return f"börja en plan med {_new_period_command(school, files, today)} och besluta den"


def _new_period_command(school: School, files: tuple[Plan, ...], today: dt.date) -> str:
    """`trygg ny-period` for the period the school is in (or the one after its newest
    file, when that period has a file already), with `--period` when it needs one."""
    newest = max(files, key=lambda p: (p.period.start, p.version, not p.draft))
    after = next_period(newest.period.id)
    wanted = max(period_for(today, newest.period.kind), after)
    command = f"trygg ny-period {school.id}"
    if wanted != after or newest.draft:  # ny-period starts from a decided plan's next period
        command += f" --period {wanted}"
    return command


def _not_started_hint(school: School, plan: Plan) -> str:
    """What closes the days without a plan: an earlier start, or a longer earlier plan."""
    steps = []
    if plan.decided_on is not None and plan.decided_on < plan.valid_from:
        steps.append(f"låt planen gälla från beslutsdagen ({plan.decided_on})")
    if school.previous_plan(plan) is not None:
        steps.append("låt den förra planen gälla tills den här börjar")
    if not steps:
        return "sidorna säger att ingen plan gäller ännu; planen gäller från giltighet.från"
    return " eller ".join(steps)


@rule("TP114", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut"))
def plan_expiry(ctx: Context) -> Iterator[Finding]:
    """The plan in force expires within `EXPIRY_NOTICE` without a newer decided plan: a
    warning (an error only under --strict); once it has expired, TP101 says so. A newer
    decided plan that leaves days between them is TP128's."""
    for school in ctx.project.schools:
        decided = decided_plans(school)
        status, plan = status_of(decided, ctx.today)
        if plan is None or status is not PlanStatus.CURRENT or plan is not decided[-1]:
            continue
        if plan.valid_to - ctx.today > EXPIRY_NOTICE:
            continue
        message = f"planen går ut {plan.valid_to}, och ingen nyare plan är beslutad"
        hint = f"börja nästa plan med trygg ny-period {school.id} och besluta den i tid"
        if drafts := open_drafts(school, ctx.today):  # the next plan is under way
            hint = "besluta utkastet till nästa plan i tid (status: beslutad och beslut)"
            after = plan.valid_to + dt.timedelta(days=1)
            if all(draft.valid_from > after for draft in drafts):  # TP128 in the utkast
                hint += f", och låt det gälla från {after}"
        yield ctx.at(plan.source, ("giltighet", "till"), message, hint)
