"""Plan sections 1–3: utvärdering of last period's åtgärder, kartläggning and analys."""

from __future__ import annotations

from generator.model import Cause, Finding, Outcome, Plan, PupilForum, SurveyMethod
from generator.model.disclosure import ReleasedGroup
from generator.render import uris, words
from generator.render.disclosure import withheld_group, withheld_total
from generator.render.markdown.blocks import facts, gap, heading, labelled, link, page, table
from generator.render.markdown.safety import cell, plain, sanitize
from generator.render.plan.charts import survey_chart, table_id
from generator.render.plan.trends import trend
from generator.render.plan.view import PlanView
from generator.text import capitalised, listing
from generator.vocabulary import AREAS, GROUNDS, NOT_GIVEN, OUTCOME_STATUS, term


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
        headers = ["Åtgärd", "Målet/önskad effekt", "Hur blev det?"]
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
    target = view.to(uris.plan_page(view.school, previous)) + f"#atgard-{measure.id}"
    name = link(plain(f"{measure.id}: {measure.title}"), target)
    aim = _aim(previous, measure.goal_id) or cell(measure.description)
    return [name, aim, _result(outcome)]


def _outcome_row_unlinked(view: PlanView, outcome: Outcome) -> list[str]:
    """A row for an åtgärd whose plan is not published here: its title and aim come from
    the plan's `föregående_period` when it tells them."""
    earlier = view.plan.earlier_period if view.previous is None else None
    told = earlier.measure(outcome.measure_id) if earlier else None
    # That plan is not published here, so the aim is told here or not at all.
    not_told = capitalised(NOT_GIVEN) + "."
    if told is None:
        return [plain(f"Åtgärd {outcome.measure_id}"), not_told, _result(outcome)]
    aim = cell(told.aim) if told.aim else not_told
    return [plain(f"{told.id}: {told.title}"), aim, _result(outcome)]


def _result(outcome: Outcome) -> str:
    result = f"**{OUTCOME_STATUS[outcome.status.value]}.** {cell(outcome.effect)}"
    if outcome.lesson:
        result += f"<br><br>*Lärdom:* {cell(outcome.lesson)}"
    return result


def _aim(plan: Plan, goal_id: str) -> str:
    goal = next((g for g in plan.goals if g.id == goal_id), None)
    if goal is None:
        return ""
    level = f" Målnivå: {plain(goal.target_level)}." if goal.target_level else ""
    return f"{plain(goal.text)}{level}"


def survey(view: PlanView) -> str:
    s = view.plan.survey
    blocks = [
        heading(2, "Kartläggning", "kartlaggning"),
        f"Så här har vi tagit reda på hur {words.children(view.school)} har det.",
    ]
    blocks += [_method(view, m, i) for i, m in enumerate(s.methods, 1)]
    if s.results:
        blocks += [heading(3, "Resultat", "resultat"), sanitize(s.results)]
    blocks += [heading(3, "Det här kom fram", "fynd"), _findings(view)]
    blocks += [heading(3, "Diskrimineringsgrunderna", "grunder"), _grounds(view)]
    blocks.append(_areas(view))
    if s.pupil_participation or s.pupil_forums:  # else TP110 asks for it; no empty heading
        pupils = words.pupils(view.school)
        blocks += [heading(3, f"Så var {pupils} med", "elevmedverkan-kartlaggning")]
        blocks.append(_pupils_took_part(s.pupil_participation, s.pupil_forums))
    return page(*blocks)


def _pupils_took_part(text: str, forums: tuple[PupilForum, ...]) -> str:
    """elevmedverkan: a list of fora (forum, when, what pupils contributed), or the text."""
    if not forums:
        return sanitize(text)
    return "\n".join(
        f"- **{plain(capitalised(f.forum))}**"
        + (f" ({words.date(f.when)})" if f.when else "")
        + f": {sanitize(' '.join(f.contribution.split()))}"
        for f in forums
    )


def _response_rate(view: PlanView, method: SurveyMethod) -> str:
    if method.released.total_withheld:
        return withheld_total(method.released, view.project.organiser.rule_profile.min_responses)
    return words.response_rate(method.released)


def _method(view: PlanView, method: SurveyMethod, index: int) -> str:
    pairs = [
        ("Datum", words.date(method.date)),
        ("Vilka", plain(method.participants)),
        ("Svarsfrekvens", _response_rate(view, method)),
    ]
    blocks = [
        heading(3, plain(method.method), f"metod-{method.id}"),
        facts(pairs),
        sanitize(method.results),
    ]
    if method.released.groups:
        rows = [_group_row(view, g) for g in method.released.groups]
        results = table(["Grupp", "Mått", "Antal svar", "Andel"], rows)
        blocks += [
            "Resultat per grupp:",
            survey_chart(view, method, index),
            f'<div class="trygg-table" id="{table_id(index)}" markdown>\n\n{results}\n\n</div>',
            trend(view, method, index),
        ]
    return page(*blocks)


def _group_row(view: PlanView, group: ReleasedGroup) -> list[str]:
    if group.responses is None or group.percent is None:
        note = withheld_group(group, view.project.organiser.rule_profile.min_responses)
        return [plain(group.group), plain(group.measure), "–", f"– {note}"]
    counted = str(group.responses)
    return [plain(group.group), plain(group.measure), counted, words.percent(group.percent)]


def _findings(view: PlanView) -> str:
    return "\n\n".join(_finding(view, f) for f in view.plan.survey.findings)


def _finding(view: PlanView, finding: Finding) -> str:
    plan = view.plan
    first = f"- **Fynd {plain(finding.id)}:** {plain(finding.text)}\n    {{#fynd-{finding.id}}}"
    about = "*Gäller:* " + listing([term(t) for t in finding.tags]) + "."
    if finding.areas:
        about += " *Var:* " + listing([AREAS.get(a, a) for a in finding.areas]) + "."
    sources = [m for m in plan.survey.methods if m.id in finding.sources]
    if sources:
        links = [link(plain(m.method), f"#metod-{m.id}") for m in sources]
        about += " *Underlag:* " + listing(links) + "."
    return first + "\n\n    " + about + "\n\n    " + _finding_measures(view, finding)


def _finding_measures(view: PlanView, finding: Finding) -> str:
    measures = [m for m in view.plan.measures if finding.id in m.addresses]
    if measures:
        links = [link(plain(f"{m.id}: {m.title}"), f"#atgard-{m.id}") for m in measures]
        return "*Åtgärder:* " + listing(links) + "."
    causes = [c for c in view.plan.analysis.causes if finding.id in c.finding_ids]
    reasoned = next((c for c in causes if c.no_measure_reason), None)
    if reasoned is not None:
        target = "#" + cause_anchor(reasoned)
        return f"*Ingen egen åtgärd:* skälet står i {link('analysen av fyndet', target)}."
    return "*Ingen åtgärd.* " + gap(view.preview, "en åtgärd eller ett skäl i analysen")


def _grounds(view: PlanView) -> str:
    survey = view.plan.survey
    rows = []
    for ground in GROUNDS:
        found = [f for f in survey.findings if ground in f.tags]
        parts = [link(plain(f"Fynd {f.id}"), f"#fynd-{f.id}") for f in found]
        if ground in survey.coverage:
            parts.append(cell(survey.coverage[ground]))
        text = listing(parts) or "Inte redovisad. " + gap(view.preview, "hur grunden undersöktes")
        rows.append([capitalised(term(ground)), text.strip()])
    intro = "Kartläggningen ska omfatta alla sju diskrimineringsgrunder. Så här har de undersökts."
    return page(intro, table(["Diskrimineringsgrund", "Resultat"], rows))


def _areas(view: PlanView) -> str:
    """The areas of the law that were surveyed without findings (`täckning`), if any."""
    rows = [
        [capitalised(AREAS[area]), cell(how)]
        for area, how in view.plan.survey.coverage.items()
        if area in AREAS
    ]
    if not rows:
        return ""
    intro = "Lagen räknar upp områden som arbetet ska omfatta. De här undersöktes utan fynd."
    return page(
        heading(3, "Områden utan fynd", "omraden"),
        intro,
        table(["Område", "Så undersöktes det"], rows),
    )


def analysis(view: PlanView) -> str:
    analysis_ = view.plan.analysis
    blocks = [
        heading(2, "Analys", "analys"),
        "Här beskriver vi vad vi tror är orsakerna till det vi har sett.",
    ]
    blocks += [_cause(view, c) for c in analysis_.causes]
    if analysis_.pupil_participation or analysis_.pupil_forums:  # else TP110 asks for it
        pupils = words.pupils(view.school)
        blocks.append(heading(3, f"Så var {pupils} med i analysen", "elevmedverkan-analys"))
        blocks.append(_pupils_took_part(analysis_.pupil_participation, analysis_.pupil_forums))
    return page(*blocks)


def cause_anchor(cause: Cause) -> str:
    return "orsak-" + "-".join(cause.finding_ids)


def _cause(view: PlanView, cause: Cause) -> str:
    ids = cause.finding_ids
    title = ("Fynd " if len(ids) == 1 else "Fynden ") + listing([plain(i) for i in ids])
    quoted = [f"> {view.finding_link(i)}" for i in ids]
    blocks = [heading(3, title, cause_anchor(cause)), "\n>\n".join(quoted)]
    blocks.append(labelled("Orsak", sanitize(cause.cause)))
    if cause.no_measure_reason:
        blocks.append(labelled("Varför ingen åtgärd", sanitize(cause.no_measure_reason)))
    return page(*blocks)
