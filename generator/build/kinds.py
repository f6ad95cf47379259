"""Which files a published site may hold, for the last look (`build.filescan`): the
kinds `validate.filekinds` allows, and no hidden file.

A static host reads a hidden file (.htaccess) or one it knows by name (_headers) as its
own settings, which could serve a .txt as a page: anything not of an allowed kind (a
file in the theme folder, `custom_dir`, or in a site taken from a cache or a part) is
refused at its path, with what to do.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from generator.build.packed import PACKED, UNREAD
from generator.site.outputs import OUTPUT_MARK, PREVIEW_MARK
from generator.validate.filekinds import KINDS_SAID, unpublished_suffix

# At the top of a folder: trygg's own marks (`site.outputs`, `build.shards`; a folder
# looked at whole has none, as publishing keeps hidden entries apart).
OWN_MARKS = re.compile(
    rf"{re.escape(OUTPUT_MARK)}|{re.escape(PREVIEW_MARK)}|\.trygg-del-\d+-av-\d+\.json"
)
REMOVE = "ta bort den ur temamappen (custom_dir under theme)"


def kind_problem(relative: str) -> str:
    """Why the file at `relative` (a path in the site, with /) is not published ("" when
    its kind may be): a hidden file or folder, or a kind `validate.filekinds` refuses."""
    path = PurePosixPath(relative)
    if OWN_MARKS.fullmatch(relative):
        return ""
    if any(part.startswith(".") for part in path.parts):
        return f"en dold fil, som webbhotellet kan läsa som sina inställningar – {REMOVE}"
    suffix = unpublished_suffix(relative)
    if suffix is None:
        return ""
    if suffix in PACKED:
        return f"{UNREAD} – {REMOVE}"
    said = f"filändelsen {suffix}" if suffix else "ingen filändelse"
    return f"en fil med {said}, som webbplatserna inte publicerar ({KINDS_SAID}) – {REMOVE}"
