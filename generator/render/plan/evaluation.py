"""Plan section 1: utvärdering of last period's åtgärder (skollagen 6 kap. 8 §)."""

from __future__ import annotations

from generator.model import Outcome, Plan
from generator.render import uris
from generator.render.markdown.blocks import gap, heading, labelled, link, page, table
from generator.render.markdown.safety import cell, plain, sanitize
from generator.render.plan.refs import in_words
from generator.render.plan.view import PlanView
from generator.text import capitalised, listing
from generator.vocabulary import NOT_GIVEN, OUTCOME_STATUS


def evaluation(view: PlanView) -> str:
    plan, previous = view.plan, view.previous
    outcomes = plan.evaluation.outcomes
    blocks = [heading(2, "Utvärdering av förra årets åtgärder", "utvardering")]
    earlier = plan.earlier_period if previous is None else None
    if previous is not None:
        target = view.to(uris.plan_page(view.school, previous))
        name = link(f"trygghetsplanen för {plain(previous.period.label)}", target)
        blocks.append(f"Så här genomfördes åtgärderna i {name}, och det här blev effekten.")
    elif earlier is not None:
        blocks.append(
            f"Så här genomfördes åtgärderna i trygghetsplanen för {earlier.period.label}, "
            "och det här blev effekten. Den planen finns inte publicerad här."
        )
    if plan.evaluation.summary:
        blocks.append(sanitize(plan.evaluation.summary))
    if outcomes:
        headers = ["Åtgärd", "Mål eller önskad effekt", "Resultat"]
        blocks.append(table(headers, (_outcome_row(view, o) for o in outcomes)))
    elif previous is None and earlier is None:
        blocks.append("Det här är den första planen som publiceras här, så det finns inga "
                      "tidigare åtgärder att utvärdera.")  # fmt: skip
    else:
        blocks.append("Förra årets åtgärder har inte utvärderats här. " + _missing(view))
    if (previous is not None or earlier is not None) and outcomes:
        blocks.append(_missing(view))
    if plan.evaluation.participants:
        blocks.append(
            labelled("Så gick utvärderingen till", sanitize(plan.evaluation.participants))
        )
    else:
        blocks.append(gap(view.preview, "vilka som var delaktiga i utvärderingen"))
    return page(*blocks)


def _missing(view: PlanView) -> str:
    previous, earlier = view.previous, view.plan.earlier_period
    if previous is not None:
        ids = [m.id for m in previous.measures]
    elif earlier is not None:
        ids = [m.id for m in earlier.measures]
    else:
        return ""
    done = {o.measure_id for o in view.plan.evaluation.outcomes}
    left = [id_ for id_ in ids if id_ not in done]
    return gap(view.preview, "utvärdering av " + listing(left)) if left else ""


def _outcome_row(view: PlanView, outcome: Outcome) -> list[str]:
    previous = view.previous
    measure = previous.measure(outcome.measure_id) if previous else None
    if previous is None or measure is None:
        return _outcome_row_unlinked(view, outcome)
    target = view.to(uris.plan_page(view.school, previous)) + "#" + uris.measure_anchor(measure.id)
    name = link(plain(measure.title), target)
    aim = _aim(previous, measure.goal_id) or cell(measure.description)
    return [name, aim, _result(view, outcome)]


def _outcome_row_unlinked(view: PlanView, outcome: Outcome) -> list[str]:
    """A row for an åtgärd whose plan is not published here: its title and aim come from
    the plan's `föregående_period` when it tells them."""
    earlier = view.plan.earlier_period if view.previous is None else None
    told = earlier.measure(outcome.measure_id) if earlier else None
    # That plan is not published here, so the aim is told here or not at all.
    not_told = capitalised(NOT_GIVEN) + "."
    if told is None:
        return [plain(f"Åtgärd {outcome.measure_id}"), not_told, _result(view, outcome)]
    aim = cell(told.aim) if told.aim else not_told
    return [plain(told.title), aim, _result(view, outcome)]


def _result(view: PlanView, outcome: Outcome) -> str:
    effect = in_words(cell(outcome.effect), view)
    result = f"**{OUTCOME_STATUS[outcome.status.value]}.** {effect}"
    if outcome.lesson:
        result += f"<br><br>*Lärdom:* {in_words(cell(outcome.lesson), view)}"
    return result


def _aim(plan: Plan, goal_id: str) -> str:
    goal = next((g for g in plan.goals if g.id == goal_id), None)
    if goal is None:
        return ""
    level = f" Målnivå: {plain(goal.target_level)}." if goal.target_level else ""
    return f"{plain(goal.text)}{level}"
