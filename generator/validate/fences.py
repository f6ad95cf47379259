"""Diagram fences in hand-written pages: unclosed ones, and YAML that does not fit.

Each fence's YAML (read by `load.fences`) is validated like a data file against the
schema of its kind, and problems point at their line and column in the .md file, so
the build stops before any page is made.
"""

from __future__ import annotations

from generator import codes
from generator.load.document import Document
from generator.load.fences import Fence
from generator.load.sources import Sources
from generator.problems import Location, Problem
from generator.validate.documents import schema_problems
from generator.validate.references import flow_problems, unique_ids
from generator.validate.textlinks import text_link_problems

# Fence language -> the schema its YAML follows.
SCHEMAS: dict[str, str] = {
    "arshjul": "arshjul",
    "flode": "rutiner.schema.json#/definitions/flöde",
}


def fence_problems(sources: Sources) -> list[Problem]:
    """Problems in the diagram fences of every free page, located in the .md file."""
    problems: list[Problem] = []
    for school in sources.schools:
        for page in school.pages:
            for fence in page.fences:
                problems += problems_of(fence, page.front.display)
    return problems


def problems_of(fence: Fence, display: str) -> list[Problem]:
    """Why the fence cannot be drawn; empty when its diagram can be modelled."""
    if not fence.closed:
        return [_unclosed(fence, display)]
    if fence.document is None:
        return [fence.problem] if fence.problem else []
    found = list(schema_problems(fence.document, SCHEMAS[fence.kind])) or _cross_problems(
        fence.kind, fence.document
    )
    drawn = fence.kind in ("flode", "arshjul")  # texts drawn as plain text in a diagram
    return found + (text_link_problems([fence.document], plain_only=True) if drawn else [])


def _cross_problems(kind: str, document: Document) -> list[Problem]:
    if kind == "flode":
        return list(flow_problems(document, (), document.data))
    return list(unique_ids(document, ("aktiviteter",), document.data["aktiviteter"]))


def _unclosed(fence: Fence, display: str) -> Problem:
    opening = f"{fence.fence}{fence.kind}"
    return codes.problem(
        "TP044",
        Location(display, fence.opening_line, fence.column),
        f"diagrammet {opening} avslutas inte, så det visas som vanlig text",
        hint=f"avsluta diagrammet med en rad med bara {fence.fence}, indragen som {opening}",
    )
