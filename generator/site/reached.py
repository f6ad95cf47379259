"""Every place where trygg relies on what MkDocs, Material or Python-Markdown do not promise.

`REACHED_INTO` is the one list: each private name, patched function and English wording
trygg relies on, the modules of `generator/site/` that do, how each checks it first and
what happens when the check fails. tests/test_reached.py greps `generator/site/` for
private names and known internals and fails for one this table lacks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reached:
    what: str  # the internal names (as in the code) or the wording relied on
    where: tuple[str, ...]  # the modules of generator/site/ that rely on it
    guard: str  # what is checked before relying on it
    fallback: str  # what happens when the check fails


REACHED_INTO = (
    Reached(
        "mkdocs Hooks._load_hook (its lru_cache cleared)",
        ("reloading",),
        "hasattr, and that it has cache_clear",
        "a changed hook file runs as first loaded until the preview is restarted",
    ),
    Reached(
        "mkdocs Files.add_files_from_theme (patched), File.__init__'s parameters",
        ("themelisting",),
        "their signatures (`theme_listing_patchable`)",
        "warn_once; MkDocs lists the theme's files for every site",
    ),
    Reached(
        "mkdocs Theme.get_env (patched)",
        ("internals",),
        "its signature (`environments_patchable`)",
        "warn_once; Material's search environments compile their own templates",
    ),
    Reached(
        "mkdocs LiveReloadServer.observer, build_delay, unwatch, watch (set and called)",
        ("internals", "preview"),
        "hasattr (`server_patchable`), the observer a PollingObserver not yet running",
        "warn_once; MkDocs' polling",
    ),
    Reached(
        "mkdocs LiveReloadServer.error_handler (wrapped), ._inject_js_into_html, ._visible_epoch",
        ("internals",),
        "hasattr (`reload_error_pages`)",
        "warn_once; the 404 page does not reload after a rebuild",
    ),
    Reached(
        "mkdocs mkdocs.commands.build.get_files (patched)",
        ("speed",),
        "it is mkdocs.structure.files.get_files (`no_docs_walk`)",
        "warn_once; MkDocs lists docs_dir for every site",
    ),
    Reached(
        "mkdocs mkdocs.utils.get_themes (patched; cleared by Theme._load_theme_config)",
        ("speed",),
        "a cached function without parameters (`themes_found_once`)",
        "warn_once; every site asks the package metadata for themes",
    ),
    Reached(
        "mkdocs Page.render (patched), pages._RawHTMLPreprocessor, "
        "._ExtractAnchorsTreeprocessor, ._RelativePathTreeprocessor, "
        "._ExtractTitleTreeprocessor, their ._register, Page._title_from_render, "
        "Page.present_anchor_ids",
        ("onemarkdown",),
        "source digest of Page.render (`RENDER_SOURCE`), hasattr (`render_patchable`)",
        "warn_once; MkDocs renders each page with a new Markdown",
    ),
    Reached(
        "mkdocs Page.present_anchor_ids (the charts' anchors added)",
        ("charts",),
        "none beyond getattr; MkDocs 1.6 reads it to validate links to anchors",
        "if renamed, MkDocs does not know the charts' anchors: a link to one is "
        "reported as missing (validation.anchors)",
    ),
    Reached(
        "Python-Markdown InlineProcessor._InlineProcessor__handleInline, "
        "._InlineProcessor__applyPattern",
        ("plaininline",),
        "source digests (`SOURCES`), the processor's exact type (`patchable`)",
        "warn_once; the inline patterns are tried on every text",
    ),
    Reached(
        "Material material.plugins.search Parser, Element, Section, void, "
        "SearchIndex.add_entry_from_context (wrapped), the plugin's search_index",
        ("searchindex", "searchread"),
        "source digest (`READER_DIGEST`), the void elements, a probe page (`usable`)",
        "warn_once; Material's own parser reads every page",
    ),
    Reached(
        "mkdocs' warning \"A 'dirty' build is being performed…\" (filtered)",
        ("reuse", "build"),
        "its logger (that of mkdocs' build command), level WARNING and the word 'dirty' "
        "(`QuietDirty`; tests/test_reached.py runs a dirty build)",
        "the warning passes: in strict mode a build that reuses pages stops (the test fails first)",
    ),
    Reached(
        "the English lines of mkdocs.commands.build/serve and mkdocs.livereload "
        "(properdocs.* under ProperDocs)",
        ("mkdocslines", "mkdocswords"),
        "each line matched whole (`mkdocswords.LINES`)",
        "a line not known stays in English",
    ),
    Reached(
        "mkdocs' English objections to mkdocs.yml (\"Config value '…': …\")",
        ("configwords", "mkdocswords"),
        "each objection matched whole (`mkdocswords.OBJECTIONS`)",
        'MkDocs\' own words after "MkDocs säger:"',
    ),
)
