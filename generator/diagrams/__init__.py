"""Hand-drawn inline SVG diagrams, each with an HTML text alternative, and the årshjul as .ics.

Everything here is a pure function of the content model: no MkDocs, no network,
no JavaScript and nothing beyond the standard library. Layouts are exposed as
frozen dataclasses (`layout_*`) so tests can check geometry without parsing SVG.
"""

from __future__ import annotations

from generator.diagrams.flowchart import flow_as_list, layout_flow, render_flow
from generator.diagrams.ics import render_ics
from generator.diagrams.ladder import ladder_as_list, layout_ladder, render_ladder
from generator.diagrams.wheel import layout_wheel, render_wheel

__all__ = [
    "flow_as_list",
    "ladder_as_list",
    "layout_flow",
    "layout_ladder",
    "layout_wheel",
    "render_flow",
    "render_ics",
    "render_ladder",
    "render_wheel",
]
