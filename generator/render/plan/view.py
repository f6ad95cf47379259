"""What every section of a plan page needs: the plan, its school and where the page is."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Finding, Plan, Project, School
from generator.render import uris
from generator.render.markdown.blocks import link, rel
from generator.render.markdown.safety import plain


@dataclass(frozen=True)
class PlanView:
    project: Project
    school: School
    plan: Plan
    preview: bool

    @property
    def uri(self) -> str:
        return uris.plan_page(self.school, self.plan)

    @property
    def is_current(self) -> bool:
        return self.plan is self.school.current_plan

    @property
    def previous(self) -> Plan | None:
        return self.school.previous_plan(self.plan)

    def to(self, uri: str) -> str:
        """A relative link target from this plan's page."""
        return rel(self.uri, uri)

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.plan.survey.findings if f.id == finding_id), None)

    def finding_link(self, finding_id: str) -> str:
        """ "[text](#fynd-F1)", the finding's own words: its id ("F1") told a reader
        nothing. "Fynd F1" only for a finding without a text."""
        finding = self.finding(finding_id)
        label = finding.text if finding and finding.text else f"Fynd {finding_id}"
        return link(plain(label), f"#fynd-{finding_id}")
