"""Where a plan's rutiner come from: the plan's own overrides or huvudman.yml."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Plan, Routines
from generator.rules.engine import Context, DataPath


def routine_source(ctx: Context, plan: Plan | None, key: str) -> tuple[str, DataPath]:
    """The file that holds rutiner.`key` for `plan` (None: the huvudman's defaults)."""
    if plan is not None and key in plan.routines_overridden:
        return plan.source, ("rutiner", key)
    return ctx.project.organiser.location.file, ("rutiner", key)


def routine_flows(ctx: Context) -> Iterator[tuple[Plan | None, Routines]]:
    """The huvudman's default rutiner, then those of each current plan that overrides any."""
    if ctx.organiser:
        yield None, ctx.project.organiser.routines
    for _school, plan in ctx.current_plans():
        if plan.routines_overridden:
            yield plan, plan.routines
