"""Build the routines a plan follows: the huvudman's `rutiner`, with what a plan writes
in its own `rutiner` taking the place of the huvudman's key by key, and their flows."""

from __future__ import annotations

from typing import Any

from generator import model as m
from generator.load.document import Document
from generator.model.build_common import Data, at


def flow_from_data(data: Data, document: Document, path: tuple[str | int, ...] = ()) -> m.Flow:
    """A Flow from validated `flöde` data at `path` in `document` (locations point there)."""
    steps = tuple(
        m.FlowStep(
            id=s["id"],
            text=s.get("text", ""),
            actor=s.get("vem", ""),
            deadline=s.get("tid", ""),
            student_text=s.get("elevtext", ""),
            question=s.get("fråga", ""),
            yes=s.get("ja", ""),
            no=s.get("nej", ""),
            location=at(document, *path, "steg", i),
            youth_text=s.get("ungdomstext", ""),
        )
        for i, s in enumerate(data["steg"])
    )
    return m.Flow(data["rubrik"], steps, at(document, *path))


def routines(
    defaults: Data, overrides: Data, document: Document, plan: Document | None
) -> m.Routines:
    """The organiser's default rutiner with a plan's overrides applied key by key."""

    def pick(key: str) -> tuple[Any, Document]:
        if plan is not None and key in overrides:
            return overrides[key], plan
        return defaults.get(key, ""), document  # only optional keys can be missing

    def flow(key: str) -> m.Flow:
        data, source = pick(key)
        return flow_from_data(data, source, ("rutiner", key))

    reporting = pick("anmälan")[0]
    return m.Routines(
        pupil_pupil=flow("elev_elev"),
        staff_pupil=flow("personal_elev"),
        reporting=m.ReportingChain(
            reporting["personal_till_rektor"], reporting["rektor_till_huvudman"], reporting["hur"]
        ),
        investigation=pick("utredning")[0],
        follow_up=pick("uppföljning")[0],
        documentation=pick("dokumentation")[0],
        contact_roles=tuple(pick("kontaktpersoner")[0]),
        location=at(plan or document, "rutiner"),
        detection=pick("upptäcka")[0],
    )
