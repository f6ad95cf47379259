"""LIX (läsbarhetsindex), the usual readability measure for Swedish text.

    LIX = words / sentences + 100 × long words / words

How this module counts, so that anyone can check a value by hand:

* A **word** is a run of letters or digits (`[^\\W_]+`: å, ä, ö, é … are letters).
  Hyphens, dashes, slashes and dots split words: "F–3" is two words, "e-post" too.
  A number is a word: it is read as one.
* A **long word** has more than 6 characters (7 or more).
* A **sentence** ends at `.`, `!`, `?` or `:` followed by a space or the end of a
  line, and at every line break. `lix()` treats each line as one block (a
  paragraph, a heading, a list item); a block without end punctuation is still
  one sentence. A stretch without any word ("…", "–") is no sentence.
  Abbreviations such as "t.ex." end a sentence too; write "till exempel".
* Empty text has LIX 0.

`text_lix()` is for one student text (one paragraph: its line breaks are soft
wraps). `page_lix()` is for a whole generated page: it renders the Markdown and
counts only the text a reader sees (no front matter, tags, icons or attributes).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown
from markdown.extensions import Extension
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.tables import TableExtension

WORD = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 6  # a word is long when it has more characters than this
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
MARKDOWN_EXTENSIONS = ["md_in_html", "attr_list", "tables", "def_list", "admonition"]
_EXTENSIONS: dict[str, type[Extension]] = {
    "md_in_html": MarkdownInHtmlExtension,
    "attr_list": AttrListExtension,
    "tables": TableExtension,
    "def_list": DefListExtension,
    "admonition": AdmonitionExtension,
}
BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "ul", "ol", "dl", "dt"}
    | {"dd", "tr", "td", "th", "br", "figcaption", "blockquote"}
)
HIDDEN = frozenset(["svg", "script", "style", "template"])
# Inline icons hold no visible text; removing them first makes the conversion 2.5× faster.
SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.DOTALL)


@dataclass(frozen=True)
class Lix:
    """The counts behind a LIX value."""

    words: int
    sentences: int
    long_words: int

    @property
    def value(self) -> float:
        if not self.words:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def rounded(self) -> int:
        """The value as shown to users and compared with limits (half rounds up)."""
        return int(self.value + 0.5)


def lix(text: str) -> Lix:
    """LIX of plain text in which every line is one block."""
    words = sentences = long_words = 0
    for line in text.splitlines():
        for part in SENTENCE_END.split(line):
            found = WORD.findall(part)
            if found:
                sentences += 1
                words += len(found)
                long_words += sum(len(word) > LONG_WORD for word in found)
    return Lix(words, sentences, long_words)


def text_lix(text: str) -> Lix:
    """LIX of one student text: a single paragraph, its line breaks soft wraps."""
    return lix(" ".join(text.split()))


def page_lix(page_markdown: str) -> Lix:
    """LIX of a generated page: only the text a reader sees."""
    return lix(visible_text(page_markdown))


@functools.lru_cache(maxsize=4096)  # `trygg check` asks twice per page; huvudman texts recur
def visible_text(page_markdown: str) -> str:
    """The page's visible text, one block (paragraph, heading, list item) per line."""
    body = SVG.sub("", FRONT_MATTER.sub("", page_markdown))
    parser = _TextParser()
    parser.feed(_converter().reset().convert(body))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


@functools.cache
def _converter() -> markdown.Markdown:
    """One Markdown instance, reset between pages: building one costs more than a page.

    The extensions are given as objects: by name, Markdown would first scan every
    installed package's entry points to find them (20 ms in a fresh `trygg build`).
    """
    return markdown.Markdown(extensions=[_EXTENSIONS[name]() for name in MARKDOWN_EXTENSIONS])


class _TextParser(HTMLParser):
    """Collects text outside hidden elements; a block element ends a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
