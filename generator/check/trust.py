"""Whether a school's model read back from the cache could have come from its check.

The cache is untrusted (CI restores it). A model decodes only into the right types
(`model.codec`); what the renderers make addresses and file paths of must also be as the
check leaves them: the school's own id, ids and slugs that are addresses, plan keys that
are periods, and images named by a plain path in the school's folder. A model that is
not is not built from: its school is withheld with why (`build.jobs`), never read from
elsewhere or written outside the site.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from generator.load.layout import URL_NAME, free_page_uri, inside_site
from generator.load.planfiles import plan_file_problem
from generator.model import School

DAMAGED = (
    "den sparade kontrollen av skolan i cachen stämmer inte med innehållet; ta bort "
    "cachen (.trygg-cache/) eller bygg med --ingen-cache"
)


def untrusted(school: School, school_id: str) -> bool:
    """Whether `school` (decoded from the cache for `school_id`) cannot be built from."""
    names = [school.id, *(report.id for report in school.reports)]
    keys = [plan.key for plan in (*school.plans, *school.drafts)]
    images = [school.logo, *(c.photo for c in (*school.contacts, *school.safety_team))]
    return (
        school.id != school_id
        or not all(URL_NAME.match(name) for name in names)
        or any(plan_file_problem(key)[0] for key in keys)
        or not all(inside_site(free_page_uri(page.slug)) for page in school.pages)
        or not all(_plain_path(image) for image in images if image)
    )


def _plain_path(written: str) -> bool:
    """A relative path with no way up and no hidden part, as `load.paths.resolve_inside`
    lets through."""
    path = PurePosixPath(written)
    hidden = any(part.startswith(".") for part in path.parts)
    return bool(written) and not path.is_absolute() and not hidden and not _ODD.search(written)


_ODD = re.compile(r"[\x00-\x1f\x7f\\]")  # control characters, a backslash
