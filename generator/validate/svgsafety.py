"""Is an SVG file safe to publish as a logo or photo? An allow-list walk of the parsed XML.

An SVG opened at its own address is a document: its scripts run on the school's
site. A regex over the bytes is easy to get round (namespace prefixes, character
references, UTF-16), so the file is parsed with expat, which decodes the encoding
and the references exactly as a browser does, and every element and attribute is
checked. DTDs with an internal subset or entity declarations are refused outright
(no entity expansion at all), and so are processing instructions such as
<?xml-stylesheet?>, which can pull in XSLT.
"""

from __future__ import annotations

from xml.parsers import expat

from generator.text import excerpt
from generator.validate.svgreferences import css_problem, safe_url

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Editor metadata that browsers ignore: Inkscape, Sodipodi and RDF/Dublin Core.
INERT_NS = frozenset(
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
    }
)
# What Inkscape and Illustrator write into <metadata> on their own: no one's words.
EDITOR_BOILERPLATE = frozenset({"", "image/svg+xml"})
ACTIVE_ELEMENTS = frozenset({"script", "foreignobject", "handler", "listener", "iframe"})
ANIMATIONS = frozenset({"set", "animate", "animatemotion", "animatetransform", "discard"})
# Elements whose text runs on in the text around them; any other's text stands apart.
RUNNING_TEXT = frozenset({"tspan", "textpath", "a"})
URL_ATTRIBUTES = frozenset({"href", "base"})  # href, xlink:href, xml:base


class UnsafeSvg(ValueError):
    """What makes the file unsafe, in Swedish, and the line in the SVG file."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(f"{reason} (rad {line} i SVG-filen)")
        self.reason, self.line = reason, line


def _split(name: str) -> tuple[str, str]:
    """(namespace, local name) of an expat name "uri local" or "local"."""
    namespace, _, local = name.rpartition(" ")
    return namespace, local


class _Walker:
    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.SkippedEntityHandler = self._skipped
        self.parser.ExternalEntityRefHandler = self._external
        self.parser.ProcessingInstructionHandler = self._instruction
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.parser.CommentHandler = self._comment
        self.root_seen = False
        self.style: list[str] | None = None  # the text of an open <style>
        self.quiet: list[bool] = []  # per open element: inside <metadata> or editor data
        self.texts: list[str] = []  # the runs of text alone, as a browser joins them
        # ... and with a blank between the texts of separate elements, as a reader reads
        # them: a name badge's <text>Saga</text><text>4B</text> is "Saga 4B", not "Saga4B"
        self.words: list[str] = []
        self.seen: list[str] = []  # every text and attribute value, for the personnummer check
        self.run: list[str] = []  # the pieces of the text since the last tag

    def _fail(self, reason: str) -> None:
        raise UnsafeSvg(reason, self.parser.CurrentLineNumber)

    def _doctype(self, _name: str, _system: str | None, _public: str | None, internal: int) -> None:
        if internal:
            self._fail("filen har en DOCTYPE med egna deklarationer")

    def _entity(self, name: str, *_rest: object) -> None:
        self._fail(f"filen deklarerar entiteten '{name}'")

    def _skipped(self, name: str, _is_parameter: int) -> None:
        self._fail(f"filen använder den okända entiteten '{name}'")

    def _external(self, *_args: object) -> int:
        self._fail("filen hänvisar till en extern entitet")
        return 0  # pragma: no cover - _fail raises

    def _instruction(self, target: str, _data: str) -> None:
        self._fail(f"filen har instruktionen <?{target}?>")

    def _root(self, namespace: str, local: str) -> None:
        self.root_seen = True
        if local != "svg":
            self._fail(f"rotelementet är <{local}>, inte <svg>")
        if namespace != SVG_NS:
            self._fail(f'<svg> saknar xmlns="{SVG_NS}"')

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, local = _split(name)
        self.seen.extend([self._text_run(local), *attributes.values()])
        quiet = bool(self.quiet and self.quiet[-1]) or namespace in INERT_NS
        self.quiet.append(quiet or (namespace == SVG_NS and local == "metadata"))
        if not self.root_seen:
            self._root(namespace, local)
        if self.quiet[-1]:
            self._check_metadata(attributes)
        if namespace in INERT_NS:
            return
        if namespace != SVG_NS:
            self._fail(f"elementet <{local}> hör inte till SVG (namnrymd '{namespace or 'ingen'}')")
        self._check_element(local, attributes)
        for attribute, value in attributes.items():
            self._check_attribute(attribute, value)
        if local.lower() == "style":
            self.style = []

    def _check_element(self, local: str, attributes: dict[str, str]) -> None:
        """An SVG element that runs code, or an animation that sets a link or a handler."""
        if local.lower() in ACTIVE_ELEMENTS:
            self._fail(f"filen har elementet <{local}>")
        if local.lower() in ANIMATIONS:
            target = _split(attributes.get("attributeName", "").strip())[1].rpartition(":")[2]
            if target.lower() in URL_ATTRIBUTES or target.lower().startswith("on"):
                self._fail(f"<{local}> ändrar attributet '{target}'")

    def _check_attribute(self, attribute: str, value: str) -> None:
        """An event handler, a link that leaves the file, or CSS that loads or runs."""
        attribute_ns, attribute_local = _split(attribute)
        lowered = attribute_local.lower()
        if lowered.startswith("on"):
            self._fail(f"filen har händelseattributet {attribute_local}")
        url = lowered in URL_ATTRIBUTES and attribute_ns in {"", XLINK_NS, XML_NS}
        if url and not safe_url(value):
            self._fail(f"attributet {attribute_local} pekar på '{excerpt(value.strip())}'")
        self._check_css(lowered, value)

    def _text(self, data: str) -> None:
        # expat hands over a run of text in pieces (at each character reference): the run
        # is joined when the next tag starts or ends.
        self.run.append(data)
        if self.style is not None:
            self.style.append(data)
        if self.quiet and self.quiet[-1] and data.strip() not in EDITOR_BOILERPLATE:
            # Titles, authors and descriptions in RDF are not shown, but they are published.
            self._fail(f"<metadata> har texten '{excerpt(data.strip())}'")

    def _check_metadata(self, attributes: dict[str, str]) -> None:
        """Editor settings are short values (colours, numbers, ids); words are refused."""
        for value in attributes.values():
            if len(value) > 64 or (" " in value.strip() and not value.startswith("http")):
                self._fail(f"<metadata> har texten '{excerpt(value.strip())}'")

    def _comment(self, data: str) -> None:
        self.seen.append(data)  # published with the file: checked like its text

    def _text_run(self, local: str) -> str:
        """The text since the last tag, which the tag of element `local` ends."""
        text, self.run = "".join(self.run), []
        self.texts.append(text)
        self.words += [text] if local.lower() in RUNNING_TEXT else [text, " "]
        return text

    def _end(self, name: str) -> None:
        self.seen.append(self._text_run(_split(name)[1]))
        if self.quiet:
            self.quiet.pop()
        if self.style is not None and _split(name)[1].lower() == "style":
            if why := css_problem("".join(self.style)):
                self._fail(f"<style> har {why}")
            self.style = None

    def _check_css(self, attribute: str, value: str) -> None:
        """A style attribute, or any presentation attribute that names a url()."""
        if not (attribute == "style" or "url" in value.lower() or "\\" in value):
            return
        if why := css_problem(value if attribute == "style" else f"x:{value}"):
            self._fail(f"attributet {attribute} har {why}")

    def parse(self, data: bytes) -> None:
        try:
            self.parser.Parse(data, True)
        except expat.ExpatError as error:
            raise UnsafeSvg("filen går inte att läsa som XML", error.lineno) from None
        if not self.root_seen:  # pragma: no cover - expat rejects a document without elements
            raise UnsafeSvg("filen har inget <svg>-element", 1)


def check_svg(data: bytes) -> str:
    """Raise UnsafeSvg if the SVG could run script, carries text in its metadata or cannot
    be parsed; else return its text and attribute values, decoded, for the text checks."""
    walker = _Walker()
    walker.parse(data)
    # Each piece on its own line, and the text runs joined as a browser shows them
    # ("1212<tspan>12-1212</tspan>" reads as one number), and as words.
    joined, words = "".join(walker.texts), "".join(walker.words)
    return "\n".join([*walker.seen, joined, *([words] if words.split() != joined.split() else [])])
