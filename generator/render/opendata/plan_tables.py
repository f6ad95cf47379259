"""A plan's open data as CSV: its åtgärder, its kartläggning's fynd and its survey results.

The columns carry the keys of the plan's JSON (`opendata.plan_json`). Survey results
are those the disclosure step releases (`SurveyMethod.released`), as the plan's page
shows them: a withheld group keeps its row, with its number of answers and share
empty and `utelämnat` says so, in one word whether it had few answers or protects one.
"""

from __future__ import annotations

from generator import model as m
from generator.model.disclosure import ReleasedGroup
from generator.render import words
from generator.render.disclosure import WITHHELD_IN_DATA, WITHHELD_IN_DATA_SAID
from generator.render.opendata.tables import Cell, Column, Table, listed
from generator.text import grade_span

WHEN = "En dag, månad, vecka eller termin, som planen skriver den."
FIRST, LAST = "Första dagen som tiden omfattar.", "Sista dagen som tiden omfattar."
LIST = " Flera värden skiljs åt med semikolon."
GRADES = "Årskurserna som åtgärden gäller (till exempel 4–6), eller tomt för hela skolan."
# A grade (F: förskoleklass) or a span of them, as published: with an en dash
# (`text.grade_span`), which no spreadsheet reads as a date (the content's "4-6" is 4 June).
GRADE_SPAN = "(F|[1-9])(–(F|[1-9]))?"

MEASURES = (
    Column("id", "string", "Åtgärdens id, till exempel A1."),
    Column("titel", "string", "Åtgärdens namn."),
    Column("typ", "string", "främjande eller förebyggande."),
    Column("beskrivning", "string", "Vad som ska göras (Markdown)."),
    Column("adresserar", "string", "Id för fynden som åtgärden bygger på." + LIST),
    Column("mål", "string", "Id för målet, eller tomt."),
    Column("ansvarig", "string", "Vem som ansvarar (en roll)."),
    Column("start", "string", "När åtgärden börjar. " + WHEN),
    Column("start_första", "date", FIRST),
    Column("klart", "string", "När åtgärden ska vara klar, eller tomt om den pågår. " + WHEN),
    Column("klart_sista", "date", LAST),
    Column("uppföljning_när", "string", "När åtgärden följs upp, eller tomt. " + WHEN),
    Column("uppföljning_hur", "string", "Hur åtgärden följs upp."),
    Column("kommunikation", "string", "Hur eleverna får veta, eller tomt."),
    Column("grunder", "string", "Diskrimineringsgrunder, eller kränkande_behandling." + LIST),
    Column("årskurser", "string", GRADES, GRADE_SPAN),
)
FINDINGS = (
    Column("id", "string", "Fyndets id, till exempel F1."),
    Column("text", "string", "Vad kartläggningen visade."),
    Column("källor", "string", "Id för metoderna som fyndet bygger på." + LIST),
    Column("taggar", "string", "Diskrimineringsgrunder och typer av kränkningar." + LIST),
    Column("områden", "string", "Var i verksamheten, till exempel raster." + LIST),
)
RESULTS = (
    Column("metod_id", "string", "Metodens id, till exempel K1, som i planens JSON-fil."),
    Column("metod", "string", "Metoden, till exempel trygghetsenkät."),
    Column("datum", "string", "När kartläggningen gjordes. " + WHEN),
    Column("grupp", "string", "Gruppen, till exempel en årskurs."),
    Column("mått", "string", "Vad som mättes."),
    Column("antal_svar", "integer", "Antal svar i gruppen; tomt när det inte publiceras."),
    Column("andel", "number", "Andel i procent; tomt när den inte publiceras."),
    Column("utelämnat", "string", WITHHELD_IN_DATA_SAID),
)


def plan_tables(plan: m.Plan) -> list[Table]:
    """The plan's three tables, at `plan/<key>-*.csv` beside its JSON file."""
    period, base = words.plan_period(plan), f"plan/{plan.key}"
    return [
        Table(f"{base}-atgarder.csv", f"Åtgärder, {period}", MEASURES, _measures(plan)),
        Table(f"{base}-fynd.csv", f"Kartläggningens fynd, {period}", FINDINGS, _findings(plan)),
        Table(
            f"{base}-enkatresultat.csv", f"Resultat per grupp, {period}", RESULTS, _results(plan)
        ),
    ]


def _text(value: m.PlanDate | None) -> str | None:
    return value.text if value is not None else None


def _measures(plan: m.Plan) -> tuple[tuple[Cell, ...], ...]:
    return tuple(_measure(x) for x in plan.measures)


def _measure(x: m.Measure) -> tuple[Cell, ...]:
    done = x.done_by.last.isoformat() if x.done_by else None
    return (
        x.id, x.title, x.kind.value, x.description, listed(x.addresses), x.goal_id or None,
        x.responsible or None, x.start.text, x.start.first.isoformat(), _text(x.done_by), done,
        _text(x.follow_up_when), x.follow_up_how or None, x.communication or None,
        listed(x.grounds), grade_span(x.grades) or None,
    )  # fmt: skip


def _findings(plan: m.Plan) -> tuple[tuple[Cell, ...], ...]:
    return tuple(
        (f.id, f.text, listed(f.sources), listed(f.tags), listed(f.areas))
        for f in plan.survey.findings
    )


def _results(plan: m.Plan) -> tuple[tuple[Cell, ...], ...]:
    return tuple(
        _result(method, group) for method in plan.survey.methods for group in method.released.groups
    )


def _result(method: m.SurveyMethod, group: ReleasedGroup) -> tuple[Cell, ...]:
    """A group's row; a withheld group's figures are empty, with the reason beside them."""
    shown = not group.withheld
    return (
        method.id, method.method, method.date.text, group.group, group.measure,
        group.responses if shown else None, group.percent if shown else None,
        WITHHELD_IN_DATA if group.withheld else None,
    )  # fmt: skip
