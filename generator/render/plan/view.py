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

    def finding_link(self, finding_id: str, *, named: bool = True) -> str:
        """ "[Fynd F1: text](#fynd-F1)", a link that makes sense on its own; without
        `named` only the text, under a heading that names the finding."""
        finding = self.finding(finding_id)
        text = finding.text if finding else ""
        label = f"Fynd {finding_id}" + (f": {text}" if text else "") if named or not text else text
        return link(plain(label), f"#fynd-{finding_id}")
