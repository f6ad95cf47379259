"""The site's files as the plugin gives them to MkDocs: every page from the content,
checked and rendered, and nothing in docs_dir as it stands. docs_dir is an empty folder
(`load.layout.EMPTY_DOCS_DIR`; one that is or holds content/ is refused before this), and
a file someone put there is not published either."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files, InclusionLevel

from generator.render.sitecontent import SiteContent


def content_files(files: Files, config: Any, site: SiteContent) -> Files:
    """`files` without the authored ones in docs_dir, with the site's pages added."""
    for authored in [f for f in files if f.src_dir == config.docs_dir]:
        files.remove(authored)
    # Pages the menu leaves out on purpose (earlier plans, the granskning's unit pages,
    # the error page's copies) are marked so: MkDocs then does not list them to the
    # author, in English, as pages "not included in the nav" on every preview.
    menu = [] if site.failed else site.navigation
    listed = {uri for entry in menu for uri in entry.values()}
    for made in site.files:
        unlisted = made.uri.endswith(".md") and made.uri not in listed
        inclusion = InclusionLevel.NOT_IN_NAV if unlisted else InclusionLevel.UNDEFINED
        files.append(File.generated(config, made.uri, content=made.content, inclusion=inclusion))
    return files
