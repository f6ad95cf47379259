"""trygg: Swedish schools' trygghetsplan and årshjul as validated, accessible static sites.

The public API, in pipeline order (imported lazily, so `trygg check` does not pay for
the renderers or MkDocs):

- `check_content(content_dir)` reads, validates and checks everything → `Checked`
  (the `Report` of problems and, when there are no errors, the frozen `Project`);
- `render_school(project, school)` → the generated files of one school's site;
- `site_for(checked, school_id, content_dir, today=...)` → everything one site needs
  (engine-neutral);
- `export_sites(config, out)` writes the generated pages for any engine (a school with
  errors left out, as the build withholds it);
- `build_all(BuildRequest(...))` builds every site and the portal with MkDocs.

The stages live in one folder each; CONTRIBUTING.md shows the layout.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"
CACHE = ".trygg-cache"  # the cache folder's default name, beside content/ and mkdocs.yml

_EXPORTS = {
    "check_content": "generator.check.run",
    "Checked": "generator.check.checked",
    "Report": "generator.problems",
    "Problem": "generator.problems",
    "Project": "generator.model",
    "render_school": "generator.render.school",
    "site_for": "generator.render.site",
    "export_sites": "generator.build.export",
    "build_all": "generator.build.pipeline",
    "BuildRequest": "generator.build.request",
}
__all__ = [
    "BuildRequest",
    "Checked",
    "Problem",
    "Project",
    "Report",
    "build_all",
    "check_content",
    "export_sites",
    "render_school",
    "site_for",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
