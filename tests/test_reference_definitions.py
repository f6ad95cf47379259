"""Reference definitions (`[r]: target`): the targets the renderer rewrites are the ones
`trygg check` tells, and both are the definitions Python-Markdown links to, with the
site's extensions (`load.definitions`). Each target here is unsafe (`javascript:xN`), so
each definition read must be rewritten by the renderer and told by the check."""

from __future__ import annotations

import itertools
import random
import re

import markdown
import pytest

from generator.load.definitions import definitions
from generator.render.markdown.links import neutralize_links
from generator.render.markdown.safety import cell, sanitize
from generator.validate.linktargets import AUTOLINK, targets
from generator.validate.unsafelinks import rewritten
from tests.render.render_html import EXTENSIONS, render, unsafe_markup

MARK = re.compile(r"[xy]\d+")


def linked(text: str) -> set[str]:
    """The marks of the targets Python-Markdown defines in `text`."""
    parser = markdown.Markdown(extensions=EXTENSIONS)
    parser.convert(text)
    return {m for href, _title in parser.references.values() for m in MARK.findall(href)}


def read(text: str) -> set[str]:
    return {m for d in definitions(text) for m in MARK.findall(d.target)}


def told(text: str) -> set[str]:
    """The marks of the definitions' targets the check tells (an unsafe `<…>` that is no
    definition is told as text too, which the renderer escapes: left out here)."""
    found = [(at, t) for i, t, at in targets(text) if rewritten(t, image=i)]
    for autolink in AUTOLINK.finditer(text):
        if (autolink.start(1), autolink.group(1)) in found:
            found.remove((autolink.start(1), autolink.group(1)))
    return {m for _at, t in found for m in MARK.findall(t)}


def rewritten_by_renderer(text: str) -> set[str]:
    return set(MARK.findall(text)) - set(MARK.findall(neutralize_links(text)))


TRICKY = {
    "empty label": ("[]: javascript:x1\n", True),
    "blank label": ("[ ]: javascript:x1\n", True),
    "label ends on the next line": ("[a\n]: javascript:x1\n", True),
    "label starts on the line before": ("[\na]: javascript:x1\n", True),
    "label across a blank line": ("[a\n\n]: javascript:x1\n", False),
    "label with [": ("[a[b]: javascript:x1\n", False),
    "label with ]": ("[a]b]: javascript:x1\n", False),
    "label ending in a backslash": ("[a\\]: javascript:x1\n", True),
    "escaped [": ("\\[r]: javascript:x1\n", False),
    "blank before the colon": ("[r] : javascript:x1\n", False),
    "three blanks": ("   [r]: javascript:x1\n", True),
    "no blank after the colon": ("[r]:javascript:x1\n", True),
    "tab after the colon": ("[r]:\tjavascript:x1\n", True),
    "no-break space after the colon": ("[r]:\u00a0javascript:x1\n", False),
    "in a list item": ("- [r]: javascript:x1\n", True),
    "in a nested list item": ("- - [r]: javascript:x1\n", True),
    "in a numbered item": ("1. [r]: javascript:x1\n", True),
    "in a quote": ("> [r]: javascript:x1\n", True),
    "in a quote, label on two lines": ("> [a\n> ]: javascript:x1\n", True),
    "in a quote, target on the next line": ("> [r]:\n> javascript:x1\n", True),
    "in a definition list": ("Term\n:   [r]: javascript:x1\n", True),
    "indented in a list item": ("- a\n\n    [r]: javascript:x1\n", True),
    "in an admonition": ("!!! note\n    [r]: javascript:x1\n", True),
    "in details": ("??? note\n    [r]: javascript:x1\n", True),
    "after a paragraph's line": ("Text\n[r]: javascript:x1\nmer text\n", True),
    "target on the next line": ("[r]:\n    javascript:x1\n", True),
    "target after a blank line": ("[r]:\n\njavascript:x1\n", False),
    "target in <>": ("[r]: <javascript:x1>\n", True),
    "target in <<>>": ("[r]: <<javascript:x1>>\n", True),
    "blank in <>": ("[r]: <java script:x1>\n", False),
    "text after the target": ("[r]: javascript:x1 och mer\n", False),
    "no-break space after the target": ("[r]: javascript:x1\u00a0b\n", False),
    'title in ""': ('[r]: javascript:x1 "t"\n', True),
    "title in ''": ("[r]: javascript:x1 't'\n", True),
    "title in ()": ("[r]: javascript:x1 (t)\n", True),
    "title with a quote inside": ('[r]: javascript:x1 "a"b"\n', True),
    "title with unmatched quotes": ("[r]: javascript:x1 \"a'\n", False),
    "text after the title": ('[r]: javascript:x1 "a" b\n', False),
    "title on the next line": ('[r]: javascript:x1\n"t"\n', True),
    "title starting inside the target": ('[r]: javascript:x1"t" y"\n', True),
    "title in () starting inside": ("[r]: javascript:x1(t) y)\n", True),
    "in a heading": ("# [r]: javascript:x1\n", False),
    "in a table": ("| a |\n|---|\n| [r]: javascript:x1 |\n", False),
    "two in a row": ("[a]: javascript:x1\n[b]: javascript:x2\n", True),
    "a line that is no target": ("[a]:\n[b]: javascript:x1 och mer\n[c]: javascript:x2\n", True),
}


@pytest.mark.parametrize(("written", "defines"), TRICKY.values(), ids=TRICKY)
def test_a_definition_is_read_as_python_markdown_reads_it(written: str, defines: bool) -> None:
    """What Python-Markdown links to is rewritten and told; what it shows as text is not
    touched and not told."""
    assert bool(linked(written)) is defines  # Python-Markdown's reading, as found
    assert read(written) == told(written) == rewritten_by_renderer(written) == linked(written)


READ_MORE = {
    "indented code": "    [r]: javascript:x1\n",
    "a tab": "\t[r]: javascript:x1\n",
    "a marker that starts no list": "-[r]: javascript:x1\n",
    "a paragraph's indented line": "Text\n    [r]: javascript:x1\n",
    "target after an admonition": "!!! note\n    [r]:\njavascript:x1\n",
    "a quote's marker, outside a quote": "[r]:\n> javascript:x1\n",
    "a label across a quote's lines, outside a quote": "Text\n[> a\n> b]: javascript:x1\n",
}


@pytest.mark.parametrize("written", READ_MORE.values(), ids=READ_MORE)
def test_where_a_line_starts_more_is_read_than_python_markdown_reads(written: str) -> None:
    """No definition for Python-Markdown, read as one all the same: the renderer rewrites
    its target and the check tells it, both alike, and no page links to it."""
    assert linked(written) == set()
    assert read(written) == told(written) == rewritten_by_renderer(written) == {"x1"}


PREFIX = ["", "   ", "- ", "> ", "1. ", "* ", "Term\n:   ", "> - ", "text\n", "- a\n\n    "]
LABEL = ["", " ", "r", "R r", "a\n", "\na", "a[b", "a]b", "a\\", "a\n\nb"]
SEPARATOR = [":", ": ", ":\t", ":\n", ":\n    ", ": \n", " :", ":\n\n"]
TARGET = ["javascript:x{n}", "<javascript:x{n}>", "<<javascript:x{n}>>", "<java script:x{n}>"]
AFTER = ["", " ", ' "t"', " 't'", " (t)", ' "a"b"', '"t" y"', "(t) y)", " x", '\n"t"']
AFTER += [" \"a'", "\u00a0x", "\n\nmer", ' "t" x', "\n[b]: javascript:y{n}"]
FORMS = list(itertools.product(PREFIX, LABEL, SEPARATOR, TARGET, AFTER))
SAMPLE = random.Random(15).sample(range(len(FORMS)), 600)


def _form(n: int) -> str:
    prefix, label, separator, target, after = FORMS[n]
    return f"{prefix}[{label}]{separator}{target}{after}\n".replace("{n}", str(n))


@pytest.mark.parametrize("n", SAMPLE)
def test_the_renderer_and_the_check_read_each_form_as_python_markdown(n: int) -> None:
    written = _form(n)
    assert read(written) == told(written) == rewritten_by_renderer(written) == linked(written)


def _in_a_table(text: str) -> str:
    return f"| Rubrik |\n|---|\n| {cell(text)} |\n"


SHOWN = {
    "field": sanitize,
    "free page": lambda text: sanitize(text, headings_from=2),
    "table cell": _in_a_table,
}


@pytest.mark.parametrize("n", SAMPLE[:150])
def test_no_form_of_a_definition_reaches_a_page_as_a_live_link(n: int) -> None:
    """Used by every kind of reference, also a bare `[]` (an empty label's)."""
    written = _form(n) + "\n[x][r] [y][a] [z][a b] [v][b] [] ![][] [w][]\n"
    for shown in SHOWN.values():
        assert unsafe_markup(render(shown(written))) == [], written
