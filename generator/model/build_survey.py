"""Build a plan's kartläggning and analys: its survey methods (with the figures the
disclosure step releases), its findings and causes, and how pupils took part in each."""

from __future__ import annotations

import dataclasses

from generator import model as m
from generator.load.dates import checked as plan_date
from generator.load.document import Document
from generator.model.build_common import Data, at
from generator.model.disclosure import release
from generator.model.suppression import Figures

Pupils = tuple[str, tuple[m.PupilForum, ...]]  # elevmedverkan as text, or as fora


def pupils_in(plan: Data, document: Document, index: int) -> Pupils:
    """How pupils took part in step `index` (0 kartläggning, 1 analys): the step's own
    elevmedverkan, as fora when written as a list; or else what samverkan says of the
    pupils in that step, so it is written only once."""
    step = ("kartläggning", "analys")[index]
    own: str | list[Data] = plan[step].get("elevmedverkan", "")
    if not isinstance(own, list):
        return own or plan.get("samverkan", {}).get(step, {}).get("elever", ""), ()
    return "", tuple(
        m.PupilForum(
            f["forum"],
            plan_date(f["när"]) if "när" in f else None,
            f.get("bidrag", ""),
            at(document, step, "elevmedverkan", i),
            f.get("elevtext", ""),
        )
        for i, f in enumerate(own)
    )


def survey(data: Data, document: Document, threshold: int, pupils: Pupils) -> m.Survey:
    findings = tuple(
        m.Finding(
            f["id"],
            f["text"],
            tuple(f.get("källor", [])),
            tuple(f["taggar"]),
            tuple(f.get("områden", [])),
            at(document, "kartläggning", "fynd", i),
        )
        for i, f in enumerate(data["fynd"])
    )
    released = release([_figures(d) for d in data["metoder"]], threshold)
    methods = tuple(
        dataclasses.replace(_method(d, document, i), released=released[d["id"]])
        for i, d in enumerate(data["metoder"])
    )
    coverage = dict(data.get("täckning", {}))
    location = at(document, "kartläggning")
    shared = data.get("resultat", "")
    return m.Survey(methods, findings, pupils[0], coverage, shared, location, pupils[1])


def analysis(data: Data, document: Document, pupils: Pupils) -> m.Analysis:
    causes = tuple(
        m.Cause(
            tuple(c["fynd"]),
            c["orsak"],
            c.get("utan_åtgärd", ""),
            at(document, "analys", "orsaker", i),
        )
        for i, c in enumerate(data["orsaker"])
    )
    return m.Analysis(causes, pupils[0], at(document, "analys"), pupils[1])


def _method(data: Data, document: Document, index: int) -> m.SurveyMethod:
    path = ("kartläggning", "metoder", index)
    groups = tuple(
        m.GroupResult(
            g["grupp"],
            g["mått"],
            g["antal_svar"],
            g["andel"],
            at(document, *path, "delresultat", i),
        )
        for i, g in enumerate(data.get("delresultat", []))
    )
    return m.SurveyMethod(
        id=data["id"],
        method=data["metod"],
        date=plan_date(data["datum"]),
        participants=data["deltagare"],
        invited=data.get("antal_tillfrågade"),
        responses=data.get("antal_svar"),
        results=data.get("resultat", ""),
        group_results=groups,
        location=at(document, *path),
        continues=data.get("fortsätter", ""),
    )


def _figures(data: Data) -> Figures:
    groups = tuple(
        (g["grupp"], g["mått"], g["antal_svar"], g["andel"]) for g in data.get("delresultat", [])
    )
    responses, invited = data.get("antal_svar"), data.get("antal_tillfrågade")
    return Figures(data["id"], data["deltagare"], responses, invited, groups)
