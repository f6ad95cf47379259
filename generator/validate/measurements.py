"""`mål.mätning`: a goal names a survey method and one of its measures, which must exist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load.document import Document
from generator.problems import Problem
from generator.validate.located import Path_, problem_at


def measurement_problems(document: Document) -> Iterator[Problem]:
    """Each goal's `mätning` names a method of the kartläggning and a measure of its
    delresultat (run only when `mål` and `kartläggning` passed their schemas)."""
    methods = {m["id"]: m for m in document.data["kartläggning"]["metoder"]}
    for index, goal in enumerate(document.data.get("mål", [])):
        measured = goal.get("mätning")
        if not measured:
            continue
        path: Path_ = ("mål", index, "mätning")
        method = methods.get(measured["metod"])
        if method is None:
            known = ", ".join(sorted(methods)) or "(inga finns)"
            message = f"'{measured['metod']}' finns inte bland kartläggningens metoder"
            yield problem_at(
                document, (*path, "metod"), "TP030", message, f"använd ett av: {known}"
            )
            continue
        measures = _measures(method)
        if measured["mått"] not in measures:
            known = "; ".join(measures) or "(metoden har inga delresultat)"
            message = f"'{measured['mått']}' finns inte bland delresultaten i {method['id']}"
            hint = f"skriv måttet som i delresultaten: {known}"
            yield problem_at(document, (*path, "mått"), "TP030", message, hint)


def continued_method_problems(previous: Document, current: Document) -> Iterator[Problem]:
    """A method's `fortsätter` names a method of the previous period's plan (run only when
    both plans' `kartläggning` passed their schemas)."""
    earlier = {m["id"] for m in previous.data["kartläggning"]["metoder"]}
    for index, method in enumerate(current.data["kartläggning"]["metoder"]):
        if "fortsätter" in method and method["fortsätter"] not in earlier:
            path: Path_ = ("kartläggning", "metoder", index, "fortsätter")
            message = f"'{method['fortsätter']}' finns inte bland metoderna i {previous.display}"
            hint = "använd ett av: " + (", ".join(sorted(earlier)) or "(inga finns)")
            yield problem_at(current, path, "TP030", message, hint)


def _measures(method: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(g["mått"] for g in method.get("delresultat", [])))
