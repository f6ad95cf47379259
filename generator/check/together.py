"""What a check finds only with all schools at hand: the huvudman's reports with their
links to schools resolved, and the rules across huvudman.yml and every school."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.check.models import Models
from generator.check.organiser import OrganiserCheck, organiser_rules
from generator.check.reports import linked, modelled
from generator.check.school import SchoolCheck
from generator.check.student import Locator, shared_text_problems
from generator.load.schoolfolders import school_names
from generator.model import Organiser, School
from generator.problems import Problem, Report


def with_reports(
    organiser: OrganiserCheck, models: Models, report: Report, ids: list[str], day: dt.date
) -> Organiser | None:
    """The huvudman's model with its reports, their links resolved (problems go to
    `report`)."""
    model = organiser.model
    if model is None:
        return None
    threshold = model.rule_profile.min_responses
    # Every school folder may be linked to, also one refused for its name or for
    # leaving content/ (its own error withholds it); only the checked ones are
    # looked into.
    known = school_names(organiser.content_dir)
    checked = set(ids)

    def school(school_id: str) -> School | None:
        return models.school(school_id) if school_id in checked else None

    made = []
    for each in modelled(organiser.reports, report, threshold):
        done, found = linked(each, school, known, day)
        report.extend(found)
        made.append(done)
    return dataclasses.replace(model, reports=tuple(made))


def across(organiser: OrganiserCheck, checks: list[SchoolCheck], day: dt.date) -> list[Problem]:
    """What huvudman.yml gives on its own, each school's rules, and TP501 of the
    huvudman's texts, which every school's pages share (of the schools without errors,
    the only ones whose pages are checked)."""
    assert organiser.rules_model is not None and organiser.document is not None
    found = list(organiser_rules(organiser, day))
    for check in checks:
        found += check.rules or ()
    locator = Locator(organiser.root, [organiser.document])
    pages = [c.pages for c in checks if c.pages is not None]
    home, profile = organiser.rules_model.location.file, organiser.rules_model.rule_profile
    found += shared_text_problems(pages, home, profile, locator)
    return found
