"""One Markdown converter per site (`site.onemarkdown`) gives every page what MkDocs' own
`Page.render`, with a new converter per page, gives: the HTML, the table of contents,
the title, the anchors and the links to anchors. Compared page by page on the example,
on synthetic schools and on hostile free pages, and for raw hostile Markdown converted
in sequence. No timings here: the speed is measured by hand (benchmarks/README.md)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import markdown
import pytest
from mkdocs.structure.pages import Page

from benchmarks.synthetic import generate
from generator.site import internals, onemarkdown
from generator.site.defaults import markdown_extensions
from generator.site.fences import diagram_fences
from tests.incremental_support import build, copy_content, fix_the_day

MKDOCS_RENDER = Page.render  # MkDocs' own, as imported (the patch is only inside builds)

HOSTILE = """---
titel: {title}
beskrivning: En sida vars text prövar vad en omvandlare kan minnas mellan sidor.
ordning: {order}
---
[{own}]: https://example.org/{own} "Titel"

Se [{other}] och [länk][{other}], [{own}] och *öppen betoning och **dubbel ~~ :smile:

## Trygghetsteamet {{#trygghetsteamet}}

## Trygghetsteamet

## Trygghetsteamet

!!! note "Obs"
    Inuti en ruta med `kod` och \\*escape\\* och &amp; och &#35;.

??? info "Detaljer"
    Mer text <https://example.org/x> och [^1].

Term
:   Definition med *betoning*

| a | b |
|---|---|
| *x* | y: z |

    indragen kod

```flode
rubrik: Så går det till
steg:
  - id: forst
    text: Du berättar för en vuxen.
    vem: Eleven
  - id: sedan
    text: Den vuxna pratar med dig samma dag.
    vem: Mentor
```

```flode
rubrik: Så går det till
steg:
  - id: forst
    text: Du berättar för en vuxen.
    vem: Eleven
  - id: sedan
    text: Den vuxna pratar med dig samma dag.
    vem: Mentor
```

- punkt {{: .klass }}
- punkt med `kod

!!! warning
"""


def _hostile_pages(school: Path) -> None:
    for order, (own, other) in enumerate([("forsta", "andra"), ("andra", "forsta")], start=1):
        text = HOSTILE.format(title=f"Prövning {order}", order=90 + order, own=own, other=other)
        (school / "sidor" / f"provning-{order}.md").write_text(text, encoding="utf-8")


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each page rendered through the shared converter is rendered again by MkDocs, on a
    copy of the page, and the two compared; the pages compared are listed."""
    fix_the_day(monkeypatch)
    seen: list[str] = []
    shared = onemarkdown._render

    def both(page: Page, md: markdown.Markdown, config: Any, files: Any) -> None:
        shared(page, md, config, files)
        alone = copy.copy(page)
        MKDOCS_RENDER(alone, config, files)
        assert _rendered(page) == _rendered(alone), page.file.src_uri
        seen.append(page.file.src_uri)

    monkeypatch.setattr(onemarkdown, "_render", both)
    return seen


def _rendered(page: Page) -> tuple[object, ...]:
    return (
        page.content,
        _headings(page.toc.items),
        page._title_from_render,
        page.present_anchor_ids,
        page.links_to_anchors,
    )


def _headings(items: Any) -> list[object]:
    return [(i.title, i.id, i.url, i.level, _headings(i.children)) for i in items]


def test_every_page_of_the_example_renders_as_mkdocs_renders_it(
    compared: list[str], tmp_path: Path
) -> None:
    content = copy_content(tmp_path)
    _hostile_pages(content / "skolor" / "strandskolan")
    build(content, tmp_path / "site")
    assert {"sidor/provning-1.md", "sidor/provning-2.md", "granskning/index.md"} <= set(compared)
    assert len(compared) > 50  # every site's pages, the portal's included
    page = (tmp_path / "site" / "strandskolan" / "sidor" / "provning-2" / "index.html").read_text()
    assert 'id="trygghetsteamet_1"' in page and 'id="trygghetsteamet_2"' not in page
    assert "Se [forsta] och [länk][forsta]" in page  # the first page's reference is not here


def test_every_page_of_synthetic_schools_renders_as_mkdocs_renders_it(
    compared: list[str], tmp_path: Path
) -> None:
    content = tmp_path / "content"
    ids = generate(content, 4, seed=7)
    build(content, tmp_path / "site", only=tuple(ids[:3]))
    assert len(compared) > 40


def _extensions(**fences: Any) -> tuple[list[str], dict[str, Any]]:
    found = markdown_extensions()
    configs = {name: settings for name, settings in found.items() if settings}
    configs["pymdownx.superfences"] = {"custom_fences": diagram_fences({}), **fences}
    return list(found), configs


def test_hostile_markdown_in_sequence_converts_as_with_a_new_converter() -> None:
    """Raw Markdown, unsanitized: what a converter could carry from one page to the next
    (references, ids, open blocks, fences, stashed HTML)."""
    texts = [
        HOSTILE.format(title="a", order=1, own="x", other="y").split("---\n", 2)[2],
        "[x]\n\n[y]: /y\n\n## Trygghetsteamet\n\n<div id='d' markdown>\n*öppen",
        "```arshjul\nokänd: 1\n```\n\n```flode\nx\n```\n\n<!-- öppen kommentar\n",
        "!!! note\n    ruta\n\n        djupare\n\n- lista\n\n    !!! tip\n        i listan",
        "<details markdown='1'>\n<summary>S</summary>\n\n# R {#trygghetsteamet}\n",
        "```\nstängs aldrig\n\n[y]\n",
        ":material-shield-check: :smile: `a``b` \\\\` <b>fet</b> &copy; [TOC]\n\n## Sist",
    ]
    extensions, configs = _extensions()
    reused = markdown.Markdown(extensions=extensions, extension_configs=configs)
    assert onemarkdown.reusable(reused, configs) and onemarkdown.known_extensions(extensions)
    for order in (texts, texts[::-1], texts + texts):
        for text in order:
            onemarkdown.fresh_state(reused)
            alone = markdown.Markdown(extensions=extensions, extension_configs=configs)
            assert reused.convert(text) == alone.convert(text), text
            assert reused.toc_tokens == alone.toc_tokens  # type: ignore[attr-defined]


def test_a_site_with_an_extension_not_known_to_reset_is_rendered_by_mkdocs() -> None:
    extensions, configs = _extensions()
    footnotes = markdown.Markdown(extensions=[*extensions, "footnotes"], extension_configs=configs)
    assert not onemarkdown.reusable(footnotes, configs)
    fence = {"name": "egen", "class": "egen", "format": lambda *a, **k: ""}
    configs["pymdownx.superfences"]["custom_fences"].append(fence)
    plain = markdown.Markdown(extensions=extensions, extension_configs=configs)
    assert not onemarkdown.reusable(plain, configs)  # a custom fence that says no reset
    assert not onemarkdown.known_extensions([*extensions, "abbr"])  # kept state, unregistered
    assert not onemarkdown.known_extensions([*extensions, "pymdownx.snippets"])
    assert onemarkdown.known_extensions(["markdown.extensions.toc", "pymdownx.emoji"])


def test_the_patch_checks_the_source_it_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    assert onemarkdown.render_patchable()
    monkeypatch.setattr(internals, "_WARNED", set())
    monkeypatch.setattr(onemarkdown, "RENDER_SOURCE", "0" * 16)
    assert not onemarkdown.render_patchable()
    with onemarkdown.one_markdown_per_site():
        assert Page.render is MKDOCS_RENDER  # left alone: MkDocs renders
