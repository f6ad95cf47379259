"""The last look at a file a browser reads as XML (.xhtml, .xml, a feed): what the look
as HTML (`site.lastlook`) cannot see.

A browser parses such a file with an XML parser: `<h:script xmlns:h="…/xhtml">` is a
script there, which Lexbor reads as an unknown element `h:script`; `<?xml-stylesheet?>`
fetches a style sheet or an XSLT; an entity declared in the DTD is markup the HTML parser
never expands; and a character reference in a `<style>` is CSS there, text in HTML. So
the file is also walked as XML (expat, which decodes as a browser does), allow-listing:
no processing instruction, no DTD of its own, no element of XHTML, SVG or MathML written
with a prefix, no script at all, and each attribute and style sheet as the HTML look
reads them (`site.fetching`). A file that is not well-formed XML is refused: a browser
shows part of it, and the look cannot say which part.
"""

from __future__ import annotations

from xml.parsers import expat

from generator.site.fetching import FORBIDDEN, attribute_problems, css_problems

XML_SUFFIXES = frozenset({".xhtml", ".xht", ".xml", ".rss", ".atom", ".rdf", ".xsl", ".xslt"})
XHTML_NS = "http://www.w3.org/1999/xhtml"
MARKUP_NS = frozenset(
    {XHTML_NS, "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"}
)
UTF8 = frozenset({"utf-8", "utf8"})


class _Walk:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.style: list[str] | None = None  # the text of an open style element
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.XmlDeclHandler = self._declaration
        parser.StartDoctypeDeclHandler = self._doctype
        parser.ExternalEntityRefHandler = self._external
        parser.ProcessingInstructionHandler = self._instruction
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        self.parser = parser

    def _declaration(self, _version: str, encoding: str | None, _standalone: int) -> None:
        if encoding is not None and encoding.lower() not in UTF8:
            self.problems.append(f"XML i teckenkodningen {encoding}, inte UTF-8")

    def _doctype(
        self, _name: str, _system: str | None, _public: str | None, has_subset: bool
    ) -> None:
        if has_subset:
            self.problems.append("en DTD med egna deklarationer")

    def _external(self, *_: object) -> int:
        self.problems.append("en extern entitet")
        return 1

    def _instruction(self, target: str, _data: str) -> None:
        self.problems.append(f"bearbetningsinstruktionen <?{target}?>")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, local, shown = _parts(name)
        if self.style is not None:  # its text after the element is a style sheet too
            self.problems.append(f"elementet <{shown}> inne i <style>")
        markup = namespace in MARKUP_NS  # (another's elements and attributes do nothing)
        if markup and shown != local:
            self.problems.append(f"elementet <{shown}> med ett prefix")
        elif markup and local.lower() in FORBIDDEN | {"script"}:
            self.problems.append(f"elementet <{shown}>")
        if markup and local.lower() == "style":
            self.style = []
        if markup:
            written = {_parts(key)[2]: value for key, value in attributes.items()}
            self.problems += attribute_problems(local.lower(), written)

    def _end(self, name: str) -> None:
        namespace, local, _shown = _parts(name)
        if self.style is not None and namespace in MARKUP_NS and local.lower() == "style":
            self.problems += css_problems("".join(self.style))
            self.style = None

    def _text(self, text: str) -> None:
        if self.style is not None:
            self.style.append(text)


def _parts(name: str) -> tuple[str, str, str]:
    """(namespace, local name, name as written) of an expat name "uri local prefix",
    "uri local" or "local"."""
    parts = name.split(" ")
    if len(parts) == 1:
        return "", name, name
    return parts[0], parts[1], f"{parts[2]}:{parts[1]}" if len(parts) == 3 else parts[1]


def xml_problems(data: bytes) -> list[str]:
    """What in an XML file the HTML look cannot see (see the module), in Swedish."""
    walk = _Walk()
    try:
        walk.parser.Parse(data, True)
    except expat.ExpatError as error:
        return [*walk.problems, f"XML som inte går att läsa (rad {error.lineno})"]
    return walk.problems
