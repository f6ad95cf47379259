"""Plan section 4: mål och åtgärder, split into främjande and förebyggande."""

from __future__ import annotations

from generator.model import Measure, MeasureKind
from generator.render import uris, words
from generator.render.markdown.blocks import facts, gap, heading, link, page, table
from generator.render.markdown.safety import plain, sanitize
from generator.render.plan.framing import ground_names, per_ground
from generator.render.plan.view import PlanView
from generator.text import sentences
from generator.vocabulary import NOT_GIVEN

INTRO = {
    MeasureKind.PROMOTING: (
        "Främjande åtgärder riktar sig till alla och stärker det som gör oss trygga. "
        "De behöver inte bygga på ett fynd i kartläggningen."
    ),
    MeasureKind.PREVENTIVE: (
        "Förebyggande åtgärder ska minska de risker som kartläggningen har visat. "
        "Varje åtgärd bygger på ett eller flera fynd."
    ),
}
HEADINGS = {
    MeasureKind.PROMOTING: ("Främjande åtgärder", "framjande"),
    MeasureKind.PREVENTIVE: ("Förebyggande åtgärder", "forebyggande"),
}


def goals_and_measures(view: PlanView) -> str:
    blocks = [heading(2, "Mål och åtgärder", "mal-och-atgarder"), heading(3, "Mål", "mal")]
    rows = [
        [
            f'<a id="{uris.goal_anchor(g.id)}"></a>' + plain(g.text),
            plain(g.indicator) or NOT_GIVEN,
            plain(g.target_level) or NOT_GIVEN,
            words.date(g.due) if g.due else NOT_GIVEN,
        ]
        for g in view.plan.goals
    ]
    if rows:
        blocks.append(table(["Mål", "Så mäter vi", "Målnivå", "Klart senast"], rows))
    else:
        blocks.append(gap(view.preview, "mål för perioden") or "Planen har inga egna mål.")
    blocks.append(per_ground(view))
    for kind in (MeasureKind.PROMOTING, MeasureKind.PREVENTIVE):
        blocks.append(_kind(view, kind))
    return page(*blocks)


def _kind(view: PlanView, kind: MeasureKind) -> str:
    title, anchor = HEADINGS[kind]
    measures = [m for m in view.plan.measures if m.kind is kind]
    blocks = [heading(3, title, anchor), INTRO[kind]]
    if not measures:
        blocks.append(f"Planen har inga {title.lower()} den här perioden.")
    blocks += [_measure(view, m) for m in measures]
    return page(*blocks)


def _findings(view: PlanView, ids: tuple[str, ...]) -> str:
    """The findings a measure builds on, each in its own words: whole sentences one after
    another (`sentences`), never "… och Några elever …"."""
    found = [view.finding(i) for i in ids]
    return sentences(
        (view.finding_link(i), f.text if f else "") for i, f in zip(ids, found, strict=True)
    )


def _measure(view: PlanView, measure: Measure) -> str:
    pairs = []
    if measure.addresses:
        pairs.append(("Bygger på", _findings(view, measure.addresses)))
    elif measure.kind is MeasureKind.PREVENTIVE:
        pairs.append(("Bygger på", gap(view.preview, "vilket fynd åtgärden bygger på")))
    goal = next((g for g in view.plan.goals if g.id == measure.goal_id), None)
    if goal is not None:
        target = "#" + uris.goal_anchor(goal.id)
        pairs.append(("Mål", link(plain(goal.text), target)))
    if measure.grounds:
        pairs.append(("Gäller", ground_names(measure.grounds)))
    if measure.grades:
        pairs.append(("Årskurser", words.grades(measure.grades).removeprefix("årskurs ")))
    pairs += [
        ("Ansvarig", plain(measure.responsible) or NOT_GIVEN),
        ("Tidsplan", words.date_range(measure.start, measure.done_by)),
        ("Uppföljning", _follow_up(measure)),
        (
            f"Så får {words.pupils(view.school)} veta",
            plain(measure.communication)
            or gap(view.preview, f"hur {words.pupils(view.school)} får veta"),
        ),
    ]
    return page(
        heading(4, plain(measure.title), uris.measure_anchor(measure.id)),
        sanitize(measure.description),
        facts(pairs),
    )


def _follow_up(measure: Measure) -> str:
    """When and how; with neither, the plan's own follow-up covers the åtgärd."""
    when = words.date(measure.follow_up_when) + "." if measure.follow_up_when else ""
    text = " ".join(part for part in (when, plain(measure.follow_up_how)) if part)
    return text or "Följs upp med planen."
