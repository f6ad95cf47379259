"""TP309–TP310: a goal's aim as the trend chart draws it (`mål.mätning`).

The chart of a method's results year by year draws a goal's `mätning` (its `minst` or
`högst`) as a mark across the bars, and prints it in the chart's title. The goal's `målnivå` says
the same aim in words. TP309 warns when the two disagree, so that a guardian never reads
"Minst 91 %" in the goals and sees the line at 90. TP310 tells, once per goal, where a
goal with a share as its målnivå ("minst 90 %") could be drawn: a method of the plan has
a measure whose words are all in the goal's indicator, but the goal names no `mätning`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.model import Goal, Plan
from generator.rules.engine import Context, DataPath, Finding, rule
from generator.text import percent
from generator.vocabulary.wordoverlap import content_words, word_overlap

# A share: "90 %", "90,5 procent"; not a difference ("5 %-enheter", "5 procentenheter").
SHARE = r"(\d+(?:[,.]\d+)?)\s*(?:%(?![-–]?\s*enhet)|procent\b)"
KIND_AND_SHARE = re.compile(rf"\b(minst|högst)\s+{SHARE}", re.IGNORECASE)
ANY_SHARE = re.compile(SHARE, re.IGNORECASE)
IN_BRACKETS = re.compile(r"\([^()]*\)")  # "(86 % i november 2025)": what was, not the aim
# "5 procentenheter högre än 87 %": an aim relative to another figure, read by no check.
RELATIVE = re.compile(r"procentenhet|%[-–]?\s*enhet", re.IGNORECASE)

Aim = tuple[str, float]  # ("minst" | "högst" | "", per cent)


def stated_aim(level: str) -> Aim | None:
    """The aim a målnivå states, where it states one: the share after "minst" or "högst"
    ("Minst 90 % (86 % i november 2025)" → ("minst", 90.0)), or else its one share outside
    brackets ("90 %" → ("", 90.0)). None without a share, and where the words leave the
    aim unclear: two different minst/högst, several shares without them ("Öka från 87 %
    till 92 %"), or a difference ("5 procentenheter högre"), which no check should guess
    at."""
    if RELATIVE.search(level):
        return None
    kinds = {(k.lower(), _number(v)) for k, v in KIND_AND_SHARE.findall(level)}
    if kinds:
        return kinds.pop() if len(kinds) == 1 else None
    shares = {_number(v) for v in ANY_SHARE.findall(IN_BRACKETS.sub("", level))}
    return ("", shares.pop()) if len(shares) == 1 else None


def _number(written: str) -> float:
    return float(written.replace(",", "."))


def _field(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


@rule("TP309", reads=("trygghetsplan.mål",))
def aim_agrees_with_level(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        for index, goal in enumerate(plan.goals):
            measured, stated = goal.measurement, stated_aim(goal.target_level)
            if measured is None or stated is None:
                continue
            kind, value = stated
            drawn = {"minst": measured.at_least, "högst": measured.at_most}
            key = kind or ("minst" if measured.at_least is not None else "högst")
            if drawn[key] == value:
                continue
            words = f"{kind} {percent(value)}" if kind else percent(value)
            path: DataPath = ("mål", index, "mätning", *([key] if drawn[key] is not None else []))
            if measured.aim:
                message = (
                    f"målnivån för {goal.id} är {words}, men mätningen ritar "
                    f"mållinjen vid {measured.aim}"
                )
            else:
                message = f"mätningen för {goal.id} har inget målvärde, men målnivån är {words}"
            hint = (
                f"skriv {key}: {_field(value)} under mätning, eller rätta målnivån så att "
                "diagrammet och målets text säger samma sak"
            )
            yield ctx.at(plan.source, path, message, hint)


@rule("TP310", reads=("trygghetsplan.mål", "trygghetsplan.kartläggning"))
def aim_could_be_drawn(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        for index, goal in enumerate(plan.goals):
            stated = stated_aim(goal.target_level)
            found = _matching_measure(plan, goal) if goal.measurement is None else None
            if stated is None or not stated[0] or found is None:
                continue  # only an aim whose direction the målnivå says (minst, högst)
            method_id, measure = found
            key = stated[0]
            message = (
                f"målet {goal.id} har en målnivå i procent men ingen mätning, så den ritas "
                "inte som en linje i diagrammet"
            )
            hint = (
                f"om målet följs upp med måttet '{measure}' i {method_id}, skriv under målet: "
                f"mätning: {{metod: {method_id}, mått: {measure}, {key}: {_field(stated[1])}}}"
            )
            yield ctx.at(plan.source, ("mål", index, "målnivå"), message, hint)


def _matching_measure(plan: Plan, goal: Goal) -> tuple[str, str] | None:
    """The first measure of the plan's group results whose every word is in the goal's
    indicator (or its text): ("K2", "Känner sig trygg i skolan")."""
    about = goal.indicator or goal.text
    for method in plan.survey.methods:
        for measure in dict.fromkeys(g.measure for g in method.released.groups):
            words = content_words(measure)
            shorter = 0 < len(words) <= len(content_words(about))
            if shorter and word_overlap(measure, about) == 1.0:  # the measure's every word
                return method.id, measure
    return None
