"""The hashes that decide which pages of a site a build takes from the last one.

A page's HTML depends on its own Markdown and on what every page of its site shares (the
`frame`): the portal (`build.portal`) and each school's site (`build.schoolpages`) take
a page from the last build only when both are as they were.
"""

from __future__ import annotations

import hashlib
import json

from generator.render.files import GeneratedFile
from generator.render.sitecontent import SiteContent


def site_frame(content: SiteContent, shared: str, lastmod: str) -> str:
    """What reaches every page of a site (the portal, or a school's: `build.schoolpages`):
    all of its SiteContent but the pages' own text (warnings are only logged). With each
    file's hash, the key of the whole portal."""
    head = f"{shared}\n{lastmod}\n{content.title}\n{content.logo_uri}\n{content.site_url}\n"
    digest = hashlib.sha256(head.encode())
    settings = [content.navigation, content.theme_values, content.at_root, content.failed]
    digest.update(json.dumps(settings).encode())
    digest.update(repr(sorted(content.diagrams.items())).encode())
    for generated in content.files:  # which pages there are, and in what order
        digest.update(f"{generated.uri}\0{type(generated.content).__name__}\0".encode())
    return digest.hexdigest()


def page_hash(generated: GeneratedFile) -> str:
    data = generated.content
    raw = data.encode() if isinstance(data, str) else data
    head = f"{generated.uri}\0{type(data).__name__}\0{len(raw)}\0".encode()
    return hashlib.sha256(head + raw).hexdigest()
