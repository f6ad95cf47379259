"""Material's search index read faster: `site.searchread` for its HTML parser, checked.

`quicken` gives a search plugin's index the faster reader of `site.searchread`, only where
Material's code is the code that reader was written for (`READER_DIGEST`: a digest of
`Parser`, `Element`, `Section` and `SearchIndex.add_entry_from_context`, and the void
elements, of Material for MkDocs 9.8.2) and a probe page comes out the same from both
(the tokens of `html.parser` are the standard library's). Otherwise it warns once and
leaves the plugin alone: the build is slower, its index the same. A page the reader
does not take is read by Material's parser.
"""

from __future__ import annotations

import functools
from typing import Any

from material.plugins.search import plugin as material

from generator.site.internals import source_digest, warn_once
from generator.site.searchread import sections

READER_DIGEST = "5bbe2e41cfe2fb79"  # `source_digest` of `_READ_BY_SECTIONS` in 9.8.2
_READ_BY_SECTIONS = (
    material.Parser,
    material.Element,
    material.Section,
    material.SearchIndex.add_entry_from_context,
)
READER_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                         "meta", "param", "source", "track", "wbr"})  # fmt: skip


PROBE = (
    '<p>Före &amp; <em>efter</em> &lt;b&gt; &#x27;</p>\n<h1 id="a">Titel<a class="headerlink" '
    'href="#a">¶</a></h1>\n<ul>\n<li>\n</li>\n<li>ett<br>två<br/></li>\n</ul>\n<div>'
    '<h2 id="b" class="x">Inne</h2><p>text</p></div>\n<p>efter</p><pre><code>a\n  b\n</code>'
    '</pre>\n<svg><title>T &amp; U</title><path d="M0 0"/></svg>\n<div data-search-exclude>'
    '<p>bort</p><div></div><p>kvar</p></div><p></p>\n<h3 id="c">Sist</h3>\ntext &amp'
)


@functools.cache
def usable() -> bool:
    """Whether `sections` does Material's work here: same code, same probe page."""
    try:
        if source_digest(*_READ_BY_SECTIONS) != READER_DIGEST or material.void != READER_VOID:
            return False
        parser = material.Parser()
        parser.feed(PROBE)
        parser.close()
    except (AttributeError, TypeError, OSError):
        return False
    return _shown(parser.data) == _shown(sections(PROBE) or [])


def _shown(found: list[Any]) -> list[tuple[Any, ...]]:
    """What of each section reaches the index, for comparing two readers."""
    return [(s.el.tag, s.el.attrs, s.id, s.title, s.text, s.is_excluded()) for s in found]


def quicken(plugins: Any) -> None:
    """Give the search index of Material's search plugin in `plugins` the faster reader."""
    for plugin in plugins.values():
        index = getattr(plugin, "search_index", None)
        if not isinstance(index, material.SearchIndex) or hasattr(index, "_trygg"):
            continue
        index._trygg = True  # (checked once per index)
        if not usable():
            warn_once("Materials sökindex (material.plugins.search.Parser)")
            continue
        index.add_entry_from_context = functools.partial(
            _add_entry, index, index.add_entry_from_context
        )


def _add_entry(index: Any, original: Any, page: Any) -> None:
    """`SearchIndex.add_entry_from_context` with `sections` for Material's parser."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return
    found = sections(page.content)
    if found is None:
        original(page)
        return
    for section in found:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
