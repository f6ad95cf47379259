"""Hostile author text comes out of the page renderers as harmless text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from render_html import Outline, render, unsafe_markup

from generator.load.safeurls import is_local, is_safe_url
from generator.render.markdown.safety import cell, plain, sanitize

HOSTILE = [
    "<script>alert(1)</script>",
    "a <img src=x onerror=alert(1)> b",
    "<iframe src=https://evil.example></iframe>",
    "<svg onload=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<div markdown=1>*x*</div>",
    "<!-- kommentar --> <!--> <script>alert(1)</script> -->",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&amp;#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java&Tab;script:alert(1))",
    "[x](java\nscript:alert(1))",
    "[x](\x01javascript:alert(1))",
    "[x](`javascript:alert(1)`)",
    "[x]( <javascript:alert(1)> )",
    "[x](vbscript:msgbox)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "- [x][r]\n\n    [r]:\n    javascript:alert(1)",
    "> [r]: data:text/html,<script>alert(1)</script>\n\n[y][r]",
    "<https://ok.example> <a@b.se> <javascript:alert(1)>",
    "![a](https://evil.example/x.png)",
    "![a](//evil.example/x.png)",
    "![](/\\evil.example/x.png)",
    "![a][r]\n\n[r]: https://evil.example/x.png",
    "text {: onclick=alert(1)}\n{: onclick=alert(1) }",
    "# Rubrik {: onclick=alert(1)}",
    "\\{: onclick=alert(1)}\n\\\\{: onclick=alert(1)}",
    "*x*{ onclick=alert(1) }",
    "- lista\n  <script>alert(1)</script>\n- [x](javascript:alert(1))",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
    "Term\n:   <script>x</script>\n:   [x](javascript:alert(1))",
    "!!! note\n    <script>alert(1)</script>",
    '??? note "<img src=x onerror=alert(1)>"\n    x',
    "\\`<i>x</i>`<img src=x onerror=alert(1)>`",
    "\\\\`a` <img src=x onerror=1>` c`",
    "`` a ` <i>x</i> ``",
    "```\n<b>unclosed\n",
    "```js\n<b>\n````\n<img src=x onerror=1>\n```",
    "``` {onclick=alert(1)}\n<script>x</script>\n```",
    "    ```\n    <i>a</i>\n```\n<img src=x onerror=1>\n```",
    "- item\n\n    ```\n    x\n```\n<img src=x onerror=1>\n```",
    "> ```\n> x\n```\n<img src=x onerror=1>\n```",
    "!!! note\n    ```\n    x\n```\n<img src=x onerror=1>\n```",
    "| a | b |\n|---|---|\n| `x | <img src=x onerror=1>` | y |",
    ":smile: :+1: :material-account:",
    "Rubrik\n===\n\n<script>x</script>\n---",
]


def _in_table(markdown_text: str) -> str:
    return "| Rubrik |\n|---|\n| " + cell(markdown_text) + " |\n"


RENDERERS: dict[str, Callable[[str], str]] = {
    "sanitize": sanitize,
    "cell": _in_table,
    "plain": plain,
    "free page": lambda text: sanitize(text, headings_from=2),
}


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_without_executable_markup(renderer: str, text: str) -> None:
    html = render(RENDERERS[renderer](text))
    assert unsafe_markup(html) == []


def test_raw_html_shows_as_text() -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in render(sanitize("<script>alert(1)</script>"))
    assert "&lt;!-- kommentar --&gt;" in render(sanitize("<!-- kommentar -->"))


def test_markdown_formatting_still_works() -> None:
    html = render(sanitize("- **fet** och *kursiv*\n- [länk](https://skolor.strandvik.se)"))
    assert "<strong>fet</strong>" in html
    assert "<em>kursiv</em>" in html
    assert '<a href="https://skolor.strandvik.se">länk</a>' in html


@pytest.mark.parametrize(
    "target",
    ["https://x.se", "http://x.se", "mailto:a@x.se", "tel:+46846500411", "../sidor/a.md", "#fynd"],
)
def test_safe_link_targets_are_kept(target: str) -> None:
    assert sanitize(f"[x]({target})") == f"[x]({target})"


def test_unsafe_link_target_becomes_a_dead_link() -> None:
    assert sanitize("[Klicka](javascript:alert(1))") == "[Klicka](#)"


def test_url_checks() -> None:
    assert is_safe_url("https://x.se") and is_safe_url("sida.md")
    assert not is_safe_url(" JAVA\tSCRIPT:alert(1)")
    assert is_local("bild.png") and not is_local("https://x.se/bild.png")
    assert not is_local("//x.se/bild.png") and not is_local("/\\x.se/bild.png")


def test_only_local_images_are_kept() -> None:
    assert sanitize("![Karta](karta.png)") == "![Karta](karta.png)"
    assert sanitize("![Karta](https://x.se/k.png)") == "[Bild: Karta](https://x.se/k.png)"
    assert "<img" not in render(sanitize("![](https://x.se/k.png)"))


def test_code_fences_become_inert_code_blocks() -> None:
    fence = "```python\naktiviteter: [{id: a, namn: <b>}]\n```"
    inert = "aktiviteter&#58; &#91;&#123;id&#58; a&#44; namn&#58; &#60;b&#62;&#125;&#93;"
    assert sanitize("Före\n\n" + fence + "\n\nEfter") == (
        f"Före\n\n<pre><code>{inert}</code></pre>\n\nEfter"
    )
    html = render(sanitize("```\n<b>x</b>\n```"))
    assert html == "<pre><code>&#60;b&#62;x&#60;&#47;b&#62;</code></pre>"
    assert "<pre><code>a&#10;&#10;b</code></pre>" in sanitize("~~~\na\n\nb\n~~~")


def test_diagram_fences_pass_only_in_free_pages() -> None:
    fence = "```arshjul\naktiviteter: [{id: a, namn: <b>}]\n```"
    assert sanitize("Före\n\n" + fence, headings_from=2) == "Före\n\n" + fence
    assert sanitize(fence).startswith("<pre><code>aktiviteter")
    quoted = "> ~~~ { .flode }\n> rubrik: x\n>\n> ~~~"
    assert sanitize(quoted, headings_from=2) == quoted
    # Not read as a diagram fence by superfences either way: shown as text.
    assert "<pre>" not in sanitize("  ```flode\n <b>\n  ```", headings_from=2)


def test_code_spans_show_as_written() -> None:
    html = render(sanitize("Skriv `<b>{fet}</b>` så här."))
    assert "<code>&#60;b&#62;&#123;fet&#125;&#60;&#47;b&#62;</code>" in html
    assert "<b>" not in html


def test_emoji_shortcodes_do_not_load_pictures() -> None:
    assert sanitize(":smile: :material-account:") == "&#58;smile: :material-account:"
    assert sanitize(":x:smile::+1:") == "&#58;x&#58;smile:&#58;+1:"
    assert plain("a:b:smile:") == "a&#58;b&#58;smile:"


def test_table_cells_keep_the_table_intact() -> None:
    text = "Första raden\nfortsätter.\n\n- punkt | ett\n- punkt två\n\n```\nkod | mer\n```"
    outline = Outline(render("| A | B |\n|---|---|\n| " + cell(text) + " | x |\n"))
    assert outline.tables == [[2, 2]]
    assert cell("rad ett\nrad två") == "rad ett rad två"
    assert cell("a\n\nb") == "a<br><br>b"
    assert cell("- a\n- b") == "- a<br>- b"


def test_plain_text_shows_literally() -> None:
    assert plain("1. *Rektor* & <b>") == "1\\. \\*Rektor\\* &amp; &lt;b>"
    assert plain("- Anna_Berg | #1") == "\\- Anna\\_Berg &#124; #1"


def test_field_headings_become_bold_and_page_headings_move_down() -> None:
    assert sanitize("# Rubrik\ntext") == "**Rubrik**\ntext"
    assert sanitize("# Rubrik\n\n## Under", headings_from=2) == "## Rubrik\n\n### Under"
    assert sanitize("## Rubrik\n\n### Under", headings_from=2) == "## Rubrik\n\n### Under"
    assert sanitize("Rubrik\n===\n\ntext", headings_from=2) == "## Rubrik\n\n\ntext"


def test_a_paragraph_too_dense_to_parse_shows_its_characters() -> None:
    """Shown as plain text, escaped once: backticks as backticks, markup as text."""
    shown = render(sanitize("`" * 60_000 + " <script>x</script> &amp;"))
    assert "&amp;#96;" not in shown and "````" in shown
    assert "<script>" not in shown and "&lt;script&gt;" in shown
