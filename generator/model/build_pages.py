"""A school's free pages and the diagrams drawn in them (```arshjul and ```flode fences),
and the annual cycle, which a school's årshjul.yml and an ```arshjul fence share."""

from __future__ import annotations

from generator import model as m
from generator.load.document import Document
from generator.load.fences import Fence
from generator.load.reader import PageSource
from generator.model.build_common import at as _at
from generator.model.build_common import date as _date
from generator.model.build_routines import flow_from_data


def page(source: PageSource) -> m.FreePage:
    front = source.front.data
    return m.FreePage(
        slug=source.slug,
        title=front["titel"],
        description=front.get("beskrivning", ""),
        order=front.get("ordning", 100),
        date=_date(front["datum"]) if "datum" in front else None,
        body=source.body,
        source=source.front.display,
        body_line=source.body_line,
        diagrams=tuple(page_diagram(fence) for fence in source.fences),
    )


def page_diagram(fence: Fence) -> m.PageDiagram:
    """A validated fence's diagram (the model is built only when validation found nothing)."""
    assert fence.document is not None
    if fence.kind == "arshjul":
        return m.PageDiagram(fence.kind, fence.key, cycle=annual_cycle(fence.document))
    document = fence.document
    return m.PageDiagram(fence.kind, fence.key, flow=flow_from_data(document.data, document))


def annual_cycle(document: Document) -> m.AnnualCycle:
    data = document.data
    activities = tuple(
        m.Activity(
            id=a["id"],
            name=a["namn"],
            month=a["månad"],
            week=a.get("vecka"),
            step=a["steg"],
            responsible=a.get("ansvarig", ""),
            audience=a.get("målgrupp", ""),
            description=a.get("beskrivning", ""),
            location=_at(document, "aktiviteter", i),
        )
        for i, a in enumerate(data["aktiviteter"])
    )
    return m.AnnualCycle(data.get("start_månad", "augusti"), activities, document.display)
