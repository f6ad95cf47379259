"""Checks of published feeds and data packages against their specifications.

`atom_problems` validates a feed against RFC 4287 (Atom): its RELAX NG schema
(tests/schemas/atom.rnc, from the RFC's Appendix B) with lxml, and in Python what the schema
cannot express: the RFC's two Schematron rules, RFC 3339 dates, absolute ids and unique
alternate links. `package_problems` validates a datapackage.json with Frictionless
(the Data Package profile, and every resource: the file exists, a CSV file's header
and cells match the declared fields) and checks each CSV header against the fields.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import json
import re
from pathlib import Path

import frictionless
import rnc2rng
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_SCHEMA = Path(__file__).parent / "schemas" / "atom.rnc"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@functools.cache
def atom_schema() -> etree.RelaxNG:
    """RFC 4287's schema as lxml's validator. rnc2rng turns the RFC's `namespace local =
    ""` into `xmlns:local=""`, which XML namespaces 1.0 forbids; the schema uses the
    prefix only in a name class, which rnc2rng writes as `<nsName ns=""/>`, so the
    declaration is dropped."""
    grammar = rnc2rng.dumps(rnc2rng.loads(ATOM_SCHEMA.read_text(encoding="utf-8")))
    grammar = re.sub(r'\s+xmlns:local=""', "", grammar, count=1)
    return etree.RelaxNG(etree.fromstring(grammar.encode()))


def atom_problems(text: str) -> list[str]:
    """Everything in the feed that RFC 4287 does not allow (empty when it is valid)."""
    root = etree.fromstring(text.encode(), etree.XMLParser(resolve_entities=False))
    schema = atom_schema()
    found = []
    if not schema.validate(root):
        # libxml2 says some things twice, and knows no line for some (0).
        messages = (f"schema: line {e.line}: {e.message}" for e in schema.error_log)
        found = list(dict.fromkeys(m.replace(" line 0:", "") for m in messages))
    if root.tag != f"{ATOM}feed":
        return found or [f"root element is {root.tag}, not atom:feed"]
    entries = root.findall(f"{ATOM}entry")
    found += _common(root, "feed")
    for index, entry in enumerate(entries):
        found += _common(entry, f"entry[{index}]") + _entry_rules(root, entry, f"entry[{index}]")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    if len(set(ids)) != len(ids):
        found.append("two entries have the same atom:id")
    return found


def _entry_rules(feed: etree._Element, entry: etree._Element, where: str) -> list[str]:
    """The Schematron rules of the RFC's schema (the feed's, 4.1.1, checked per entry)."""
    found = []
    authors = (f"{ATOM}author", f"{ATOM}source/{ATOM}author")
    if feed.find(authors[0]) is None and not any(entry.find(a) is not None for a in authors):
        found.append(f"{where}: no atom:author, and the feed has none (4.1.1, 4.1.2)")
    alternate = [
        x for x in entry.findall(f"{ATOM}link") if x.get("rel", "alternate") == "alternate"
    ]
    if entry.find(f"{ATOM}content") is None and not alternate:
        found.append(f"{where}: neither atom:content nor a link rel=alternate (4.1.2)")
    return found


def _common(element: etree._Element, where: str) -> list[str]:
    """What the schema leaves to the RFC's prose: an id is an absolute IRI (4.2.6, where
    the schema has `atomUri = text`), a date has a time zone (3.3, which xsd:dateTime
    leaves optional), and alternate links differ in type or hreflang (4.1.1, 4.1.2)."""
    found = []
    for identifier in element.findall(f"{ATOM}id"):
        if not ABSOLUTE_IRI.match(identifier.text or ""):
            found.append(f"{where}: atom:id {identifier.text!r} is not an absolute IRI (4.2.6)")
    for name in ("updated", "published"):
        for date in element.findall(f"{ATOM}{name}"):
            if not _is_date(date.text or ""):
                found.append(f"{where}: atom:{name} {date.text!r} is not an RFC 3339 date-time")
    alternates: set[tuple[str | None, str | None]] = set()
    for link in element.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                found.append(f"{where}: two alternate links with the same type (4.1.1)")
            alternates.add(key)
    return found


def _is_date(value: str) -> bool:
    if not RFC3339.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def package_problems(folder: Path) -> list[str]:
    """What Frictionless finds wrong with `folder/datapackage.json` and its files, and
    any CSV file whose header is not its declared fields, in order."""
    with contextlib.chdir(folder):  # Frictionless reads a package's paths from there
        report = frictionless.validate("datapackage.json")
    found = [str(error.message) for task in report.tasks for error in task.errors]
    found += [str(error.message) for error in report.errors]
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        path = folder / resource["path"]
        if not path.is_file():
            found.append(f"{resource['path']} does not exist")
        elif "schema" in resource:
            with path.open(encoding="utf-8", newline="") as file:
                header = next(csv.reader(file))
            fields = [f["name"] for f in resource["schema"]["fields"]]
            if header != fields:
                found.append(f"{resource['path']}: header {header} is not {fields}")
    return found
