"""The jobs of the schools a build builds, from the check's result: each with its model and
student pages as the check made them, or, for a build in this process, those at hand.
"""

from __future__ import annotations

from pathlib import Path

from generator.build.jobs import SchoolJob
from generator.build.request import BuildRequest
from generator.check.models import StudentPages
from generator.check.run import Checked
from generator.check.trust import DAMAGED
from generator.clock import reference_date
from generator.model import Project
from generator.model.codec import dumps
from generator.problems import BuildFailed


def school_jobs(
    request: BuildRequest,
    checked: Checked,
    school_ids: list[str],
    folder: Path,
    *,
    encoded: bool = True,
) -> list[SchoolJob]:
    """A job per school to build, with its model and student pages from the check; without
    `encoded` (a build in this process) the models are left out, since they are at hand."""
    if not school_ids:
        return []
    assert checked.organiser is not None
    organiser = dumps(checked.organiser) if encoded else ""
    return [
        SchoolJob(
            config_file=str(request.config_file),
            content_dir=str(request.content_dir),
            site_dir=str(folder),
            school_id=school_id,
            root=str(checked.root),
            organiser=organiser,
            school=checked.models.text(school_id) if encoded else "",
            student_pages=checked.models.pages.text(school_id) if encoded else "",
            today=reference_date(),
            drafts=request.drafts,
        )
        for school_id in school_ids
    ]


def at_hand(checked: Checked, school_id: str) -> tuple[Project, StudentPages | None]:
    """What a school's site is built from in this process: its model and student pages
    (`BuildFailed` when the model from the cache does not decode)."""
    school, organiser = checked.school(school_id), checked.organiser
    if school is None:
        raise BuildFailed(DAMAGED)
    assert organiser is not None
    project = Project(organiser, (school,), str(checked.root))
    return project, checked.models.student_pages(school_id)
