"""Turn validated documents into the frozen model.

Only called when validation found no errors, so the data has the shape the
schemas promise. This is the one place where Swedish content keys meet the
English model, and where date strings become dates: `project` puts together the parts
that `model.build_organiser`, `model.build_school` (with `build_plan`, `build_survey`,
`build_routines`, `build_report`) and `model.build_pages` make.
"""

from __future__ import annotations

from generator import model as m
from generator.load.sources import Sources
from generator.model.build_organiser import organiser
from generator.model.build_pages import page_diagram
from generator.model.build_school import school

# The parts' builders that are imported from here (`modelbuild.school`).
__all__ = ["organiser", "page_diagram", "project", "school"]


def project(sources: Sources) -> m.Project:
    assert sources.organiser is not None
    schools = tuple(school(s, sources.organiser) for s in sources.schools)
    return m.Project(organiser(sources.organiser), schools, str(sources.root))
