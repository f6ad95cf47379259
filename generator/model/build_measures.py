"""Build a plan's mål and åtgärder from its file (for `model.build_plan`)."""

from __future__ import annotations

from generator import model as m
from generator.load.dates import checked as plan_date
from generator.load.document import Document
from generator.model.build_common import Data, at
from generator.text import grades_as_read


def goal(data: Data, document: Document, index: int) -> m.Goal:
    location = at(document, "mål", index)
    due = plan_date(data["datum"]) if "datum" in data else None
    indicator, level = data.get("indikator", ""), data.get("målnivå", "")
    grounds = tuple(data.get("grunder", []))
    measured = data.get("mätning")
    measurement = (
        m.Measurement(
            measured["metod"], measured["mått"], measured.get("minst"), measured.get("högst")
        )
        if measured
        else None
    )
    return m.Goal(data["id"], data["text"], indicator, level, due, location, grounds, measurement)


def measure(data: Data, document: Document, index: int) -> m.Measure:
    follow_up = data.get("uppföljning", {})
    return m.Measure(
        id=data["id"],
        title=data["titel"],
        kind=m.MeasureKind(data["typ"]),
        description=data["beskrivning"],
        addresses=tuple(data.get("adresserar", [])),
        goal_id=data.get("mål", ""),
        responsible=data.get("ansvarig", ""),
        start=plan_date(data["start"]),
        done_by=plan_date(data["klart"]) if "klart" in data else None,
        follow_up_when=plan_date(follow_up["när"]) if "när" in follow_up else None,
        follow_up_how=follow_up.get("hur", ""),
        communication=data.get("kommunikation", ""),
        student_text=data.get("elevtext", ""),
        location=at(document, "åtgärder", index),
        grounds=tuple(data.get("grunder", [])),
        continues=data.get("fortsätter", ""),
        grades=grades_as_read(data.get("årskurser", "")),
    )
