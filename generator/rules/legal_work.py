"""TP107, TP108, TP110–TP113: the work behind the plan.

The four steps, the seven grounds and cooperation of
Diskrimineringslagen 3 kap., and the routines of Skollagen 6 kap. 9–10 §§.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.model import Plan
from generator.rules.engine import Context, Finding, rule
from generator.rules.routines import routine_flows, routine_source
from generator.text import is_placeholder, listing
from generator.vocabulary import COLLABORATION_STEP_LABELS, COLLABORATION_STEPS
from generator.vocabulary.terms import GROUNDS, term

DL_STEPS = ("kartläggning", "analys", "åtgärd", "uppföljning")
WHO = (("elever", "eleverna"), ("personal", "personalen"))  # samverkan's two required parts


@rule(
    "TP107",
    reads=("arshjul.aktiviteter", "trygghetsplan.uppföljning_av_planen", "trygghetsplan.giltighet"),
)
def four_steps(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        cycle = school.annual_cycle
        present = {a.step for a in cycle.activities}
        for step in (s for s in DL_STEPS if s not in present):
            message = f"årshjulet har ingen aktivitet för steget {step}"
            hint = f"lägg till en aktivitet med steg: {step}"
            yield ctx.at(cycle.source, ("aktiviteter",), message, hint)
    for _school, plan in ctx.current_plans():
        follow_up = plan.follow_up
        if follow_up is None:
            continue  # TP113
        if not plan.valid_from <= follow_up.by.last <= plan.valid_to:  # a deadline: its last day
            message = f"planen följs upp {follow_up.by.text}, utanför giltigheten"
            hint = f"välj ett datum mellan {plan.valid_from} och {plan.valid_to}"
            yield ctx.at(plan.source, ("uppföljning_av_planen", "senast"), message, hint)
        if is_placeholder(follow_up.how):
            message = "det står inte hur planen ska följas upp och utvärderas"
            hint = "beskriv under uppföljning_av_planen.hur hur och med vilka planen utvärderas"
            yield ctx.at(plan.source, ("uppföljning_av_planen", "hur"), message, hint)


@rule("TP113", reads=("trygghetsplan.uppföljning_av_planen",))
def plan_follow_up(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if plan.follow_up is None:
            message = "planen säger inte när och hur den följs upp och utvärderas"
            yield ctx.at(plan.source, (), message)


@rule("TP108", reads=("trygghetsplan.kartläggning",))
def all_grounds(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        survey = plan.survey
        covered = {tag for f in survey.findings for tag in f.tags}
        covered |= {g for g, how in survey.coverage.items() if not is_placeholder(how)}
        missing = [g for g in GROUNDS if g not in covered]
        if missing:
            names = listing(term(g) for g in missing)
            noun, examined = (
                ("grunden", "undersökt") if len(missing) == 1 else ("grunderna", "undersökta")
            )
            message = f"{noun} {names} är inte {examined}"
            path = ("kartläggning", "täckning") if survey.coverage else ("kartläggning",)
            yield ctx.at(plan.source, path, message)


@rule(
    "TP110",
    reads=("trygghetsplan.samverkan", "trygghetsplan.kartläggning", "trygghetsplan.analys"),
)
def cooperation(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if not plan.collaboration:
            message = "planen beskriver inte hur elever och personal har deltagit i arbetet"
            hint = f"lägg till samverkan med stegen {listing(COLLABORATION_STEPS)}"
            yield ctx.at(plan.source, (), message, hint)
            continue
        for step, label in COLLABORATION_STEP_LABELS.items():
            yield from _cooperation_in(ctx, plan, step, label.lower())


def _cooperation_in(ctx: Context, plan: Plan, step: str, label: str) -> Iterator[Finding]:
    """Pupils and staff in one step; the step's own elevmedverkan counts for the pupils
    (the model reads it into the survey and the analysis when samverkan leaves it out)."""
    part = plan.collaboration.get(step)
    own = {
        "kartläggning": plan.survey.pupil_participation,
        "analys": plan.analysis.pupil_participation,
    }
    pupils = own.get(step, "")
    if part is None and is_placeholder(pupils):
        message = f"samverkan i steget {label} är inte beskriven"
        hint = f"lägg till samverkan.{step} med elever och personal"
        yield ctx.at(plan.source, ("samverkan",), message, hint)
        return
    texts = (pupils or (part.pupils if part else ""), part.staff if part else "")
    for (key, who), text in zip(WHO, texts, strict=True):
        if is_placeholder(text):
            message = f"det står inte hur {who} deltog i steget {label}"
            path = ("samverkan", step, key) if part else ("samverkan",)
            yield ctx.at(plan.source, path, message, f"skriv under samverkan.{step}.{key} hur")


def organiser_told(ctx: Context, words: str) -> bool:
    """Whether `words` (lower case) name the huvudman's side: the word huvudmannen or a
    title under företrädare in huvudman.yml (the nämnd or the central unit count only when
    listed there: a routine may name them for support, not as the one who is told)."""
    names = ("huvudm", *ctx.project.organiser.representatives)
    spaced = " ".join(words.split())
    return any(
        re.search(r"\b" + re.escape(" ".join(name.casefold().split())), spaced)
        for name in names
        if name.strip()
    )


def _not_told(ctx: Context, words: str) -> list[str]:
    """Who of rektor and the huvudman a routine's steps (lower case) never name."""
    missing = ["rektor"] if "rektor" not in words else []
    return missing if organiser_told(ctx, words) else [*missing, "huvudmannen"]


def _organiser_hint(ctx: Context) -> str:
    names = ["huvudmannen", *ctx.project.organiser.representatives]
    named = ", ".join(names[:-1]) + " eller " + names[-1] if len(names) > 1 else names[0]
    return (
        f"skriv i ett steg att {named} får veta; titlar som står för huvudmannen "
        "skrivs under företrädare i huvudman.yml"
    )


@rule(
    "TP111",
    reads=("trygghetsplan.rutiner", "huvudman.rutiner", "huvudman.företrädare"),
)
def staff_pupil_routine(ctx: Context) -> Iterator[Finding]:
    for _plan, routines in routine_flows(ctx):
        staff = routines.staff_pupil
        texts = [s.text or s.question for s in staff.steps]
        if texts == [s.text or s.question for s in routines.pupil_pupil.steps]:
            message = "rutinen personal–elev är en kopia av rutinen elev–elev"
            yield Finding(staff.location, message, field="rutiner.personal_elev")
            continue
        words = " ".join(f"{s.actor} {s.text}" for s in staff.steps).casefold()
        if missing := _not_told(ctx, words):
            message = f"rutinen personal–elev säger inte att {listing(missing)} får veta"
            hint = _organiser_hint(ctx) if "huvudmannen" in missing else ""
            yield Finding(staff.location, message, hint, "rutiner.personal_elev")


@rule("TP112", reads=("trygghetsplan.rutiner", "huvudman.rutiner", "huvudman.företrädare"))
def reporting_chain(ctx: Context) -> Iterator[Finding]:
    for plan, routines in routine_flows(ctx):
        chain = routines.reporting
        for key, value in (
            ("personal_till_rektor", chain.staff_to_principal),
            ("rektor_till_huvudman", chain.principal_to_organiser),
        ):
            if is_placeholder(value):
                message = f"tidsgränsen för anmälan {key.replace('_', ' ')} saknas"
                hint = "skriv när anmälan ska göras, t.ex. samma dag"
                display, path = routine_source(ctx, plan, "anmälan")
                yield ctx.at(display, (*path, key), message, hint)
        flow = routines.pupil_pupil
        words = " ".join(f"{s.actor} {s.text}" for s in flow.steps).casefold()
        if missing := _not_told(ctx, words):
            message = f"ärendegången elev–elev visar inte anmälan till {listing(missing)}"
            hint = "lägg till ett steg där anmälan görs till rektor och vidare till huvudmannen"
            yield Finding(flow.location, message, hint, "rutiner.elev_elev")
