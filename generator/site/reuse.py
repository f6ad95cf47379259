"""Rebuilding only the pages that changed: the others are taken from the last build as built.

A page's HTML depends on its own Markdown and on what every page shares (the settings,
the navigation, the theme, the list of files). When the build (`build.portal`) finds
the shared part unchanged, it names the pages whose Markdown is unchanged too; the
plugin places each of those from the last build's output (`take_pages`, a hard link)
and MkDocs builds only the rest (its `dirty` build skips a file that says it is not
modified). What a dirty build leaves out is put back here:

- the sitemap lists every page with the content's date (the plugin sets it in `on_env`,
  also for the pages MkDocs does not read);
- Material's search index holds only the rebuilt pages: `merge_search_index` puts the
  last build's entries of the taken pages back, in the order of a full build.

A page with front matter is always built (its metadata reaches other pages' menus), and
so is every page when MkDocs is to warn about links to missing anchors (it would check
them only on the rebuilt pages). The result is byte-identical to a full build
(tests/test_portal_pages.py); whether the taken pages can be trusted is the build's
business (`build.portal`).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.utils import meta

SEARCH_INDEX = "search/search_index.json"


@dataclass
class Reuse:
    """The pages to take from `source` (a built site), by their Markdown's path; filled in
    by the plugin with what it took and each page's address in the order MkDocs builds."""

    source: Path
    pages: frozenset[str]
    copy: bool = False  # copies instead of hard links (`trygg build --kopiera-resurser`)
    taken: set[str] = field(default_factory=set)  # output paths of the pages taken
    order: list[tuple[str, bool]] = field(default_factory=list)  # (url, taken) per page


class _Taken(File):
    """A page placed from the last build: MkDocs' dirty build neither reads nor writes it."""

    def is_modified(self) -> bool:
        return False


def take_pages(files: Files, config: Any, reuse: Reuse) -> Files:
    """`on_files`: each page to reuse that the last build has, linked into the site."""
    if config.validation.links.anchors >= logging.WARNING:
        return files
    taken = []
    for file in files:
        if file.src_uri not in reuse.pages or not file.is_documentation_page():
            taken.append(file)
        elif (placed := _placed(file, config, reuse)) is not None:
            taken.append(placed)
        else:
            taken.append(file)
    return Files(taken)


def _placed(file: File, config: Any, reuse: Reuse) -> File | None:
    """The page as taken from the last build, or None when it is to be built."""
    markdown = file.content_string
    if meta.get_data(markdown)[1]:
        return None
    source = os.path.join(reuse.source, file.dest_uri)  # noqa: PTH118 (strings: per page)
    if not os.path.isfile(source) or os.path.islink(source):  # noqa: PTH113, PTH114
        return None
    os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)  # noqa: PTH103, PTH120
    try:
        if reuse.copy:
            shutil.copy2(source, file.abs_dest_path)
        else:
            os.link(source, file.abs_dest_path)
    except OSError:  # another file system: a copy
        shutil.copy2(source, file.abs_dest_path)
    reuse.taken.add(file.dest_uri)
    return _Taken.generated(config, file.src_uri, content=markdown, inclusion=file.inclusion)


def record_order(files: Files, reuse: Reuse) -> None:
    """`on_env`: the pages in the order MkDocs builds them (and Material indexes them)."""
    reuse.order[:] = [
        (file.page.url if file.page else file.url, isinstance(file, _Taken))
        for file in files.documentation_pages()
    ]


class QuietDirty(logging.Filter):
    """MkDocs warns that a dirty build may link wrongly ("A 'dirty' build is being
    performed, …"): here every link is as in a full build, and in strict mode the warning
    would stop the build. Put on the logger of MkDocs' build command (`build.COMMAND_LOGGER`),
    it holds back that logger's warnings that say "dirty", however MkDocs words the rest
    (tests/test_reached.py runs a dirty build through it: `site.reached`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        said = record.getMessage().lower()
        return not (record.levelno == logging.WARNING and "dirty" in said)


def merge_search_index(site_dir: Path, reuse: Reuse) -> bool:
    """Put the taken pages' entries from the last build's search index into this one's,
    in the order of a full build. False when that cannot be done (then build it all)."""
    built, last = site_dir / SEARCH_INDEX, reuse.source / SEARCH_INDEX
    if not built.is_file():
        return not last.exists()  # no search plugin: nothing to merge
    try:
        index = json.loads(built.read_text(encoding="utf-8"))
        earlier = json.loads(last.read_text(encoding="utf-8"))["docs"]
        docs = _merged(_by_page(index["docs"]), _by_page(earlier), reuse.order)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    if docs is None:
        return False
    index["docs"] = docs
    fresh = built.with_name(built.name + ".ny")
    # As Material writes it (`SearchIndex.generate_search_index`).
    fresh.write_bytes(json.dumps(index, separators=(",", ":"), default=str).encode("utf-8"))
    fresh.replace(built)
    return True


def _by_page(docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    pages: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        pages.setdefault(str(doc["location"]).split("#", 1)[0], []).append(doc)
    return pages


def _merged(
    built: dict[str, list[dict[str, Any]]],
    last: dict[str, list[dict[str, Any]]],
    order: list[tuple[str, bool]],
) -> list[dict[str, Any]] | None:
    """Each page's entries, from this build or (taken) from the last; None if this build
    indexed a page it did not build."""
    docs: list[dict[str, Any]] = []
    for url, taken in order:
        docs += last.get(url, []) if taken else built.pop(url, [])
    return None if built else docs
