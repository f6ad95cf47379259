"""Plan section 2: kartläggning: the methods, their results and charts, the findings,
the grounds and the areas."""

from __future__ import annotations

from generator.model import Finding, SurveyMethod
from generator.model.disclosure import ReleasedGroup
from generator.model.titles import finding_title
from generator.render import uris, words
from generator.render.disclosure import withheld_group, withheld_groups, withheld_total
from generator.render.markdown.blocks import facts, gap, heading, link, page, table
from generator.render.markdown.safety import cell, plain, sanitize
from generator.render.plan import aims
from generator.render.plan.analysis import cause_anchor, pupils_took_part
from generator.render.plan.captions import captioned
from generator.render.plan.charts import group_shares, survey_chart, table_id
from generator.render.plan.refs import in_words
from generator.render.plan.trends import trend
from generator.render.plan.view import PlanView
from generator.shares import Percent, one_precision
from generator.text import capitalised, listing, sentences
from generator.vocabulary import AREAS
from generator.vocabulary.terms import GROUNDS, term


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
        blocks.append(pupils_took_part(s.pupil_participation, s.pupil_forums))
    return page(*blocks)


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
    least = view.project.organiser.rule_profile.min_responses
    if method.released.groups and all(g.percent is None for g in method.released.groups):
        blocks += [withheld_groups(least), trend(view, method, index)]
    elif method.released.groups:
        results = _results_table(view, method)
        blocks += [
            "Resultat per grupp:",
            survey_chart(view, method, index),
            captioned(f"Resultat per grupp: {method.method}", results, table_id(index)),
            trend(view, method, index),
        ]
    return page(*blocks)


def _results_table(view: PlanView, method: SurveyMethod) -> str:
    """The released group results, with the goals' aims where the chart draws them (the
    table is the chart's text alternative: what the chart shows, the table says)."""
    percent = one_precision(group_shares(method.released.groups))  # as the chart writes them
    rows = [_group_row(view, g, percent, method) for g in method.released.groups]
    goals = [
        aims.aim_text(aims.measurements(view.plan, method, g.measure))
        for g in method.released.groups
    ]
    if not any(goals):
        return table(["Grupp", "Mått", "Antal svar", "Andel"], rows)
    aimed = [[*row, plain(goal) or "–"] for row, goal in zip(rows, goals, strict=True)]
    return table(["Grupp", "Mått", "Antal svar", "Andel", "Mål"], aimed)


def _group_row(
    view: PlanView, group: ReleasedGroup, percent: Percent, method: SurveyMethod
) -> list[str]:
    if group.responses is None or group.percent is None:
        note = withheld_group(view.project.organiser.rule_profile.min_responses)
        return [plain(group.group), plain(group.measure), "–", f"– {note}"]
    counted = str(group.responses)
    return [plain(group.group), plain(group.measure), counted, percent(group.percent)]


def _findings(view: PlanView) -> str:
    return "\n\n".join(_finding(view, f) for f in view.plan.survey.findings)


def _finding(view: PlanView, finding: Finding) -> str:
    plan = view.plan
    first = f"- {_titled(finding.text)}\n    {{#fynd-{finding.id}}}"
    about = "*Gäller:* " + listing([term(t) for t in finding.tags]) + "."
    if finding.areas:
        about += " *Var:* " + listing([AREAS.get(a, a) for a in finding.areas]) + "."
    sources = [m for m in plan.survey.methods if m.id in finding.sources]
    if sources:
        links = [link(plain(m.method), f"#metod-{m.id}") for m in sources]
        about += " *Underlag:* " + listing(links) + "."
    return first + "\n\n    " + about + "\n\n    " + _finding_measures(view, finding)


def _titled(text: str) -> str:
    """A finding with its title, its first clause, in bold ("**Elaka meddelanden har
    minskat men finns kvar**, nu mest …"); a finding that is its own title is plain."""
    whole = " ".join(text.split())
    title = finding_title(text)
    rest = whole[len(title) :]
    if not rest.strip(" ."):
        return plain(whole)
    return f"**{plain(title)}**" + (" " if rest.startswith(" ") else "") + plain(rest)


def _finding_measures(view: PlanView, finding: Finding) -> str:
    measures = [m for m in view.plan.measures if finding.id in m.addresses]
    if measures:
        links = [link(plain(m.title), f"#{uris.measure_anchor(m.id)}") for m in measures]
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
        titles = [finding_title(f.text) for f in found]
        parts = [(link(plain(t), f"#fynd-{f.id}"), t) for t, f in zip(titles, found, strict=True)]
        if ground in survey.coverage:  # the author's own words, as written
            parts.append((in_words(cell(survey.coverage[ground]), view), "."))
        text = sentences(parts) or "Inte redovisad. " + gap(view.preview, "hur grunden undersöktes")
        named = f'<a id="{uris.ground_anchor(ground)}"></a>' + capitalised(term(ground))
        rows.append([named, text.strip()])  # the portal's table of the grounds links here
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
