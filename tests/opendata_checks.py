"""Checks of published feeds and data packages against their specifications.

`atom_problems` checks a feed against RFC 4287 (Atom): the elements a feed and each entry
must have, exactly once where the RFC says so, absolute ids, RFC 3339 dates, text
constructs and links. `package_problems` validates a datapackage.json with Frictionless
(the Data Package profile, and every resource: the file exists, a CSV file's header
and cells match the declared fields) and checks each CSV header against the fields.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import frictionless

ATOM = "{http://www.w3.org/2005/Atom}"
ONCE = ("id", "title", "updated")  # exactly once in a feed and in an entry (4.1.1, 4.1.2)
AT_MOST_ONCE = ("icon", "logo", "rights", "subtitle", "generator")  # in a feed
ENTRY_AT_MOST_ONCE = ("content", "published", "rights", "source", "summary")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def atom_problems(text: str) -> list[str]:
    """Everything in the feed that RFC 4287 does not allow (empty when it is valid)."""
    root = ET.fromstring(text)
    if root.tag != f"{ATOM}feed":
        return [f"root element is {root.tag}, not atom:feed"]
    found = _common(root, "feed", AT_MOST_ONCE)
    entries = root.findall(f"{ATOM}entry")
    feed_author = root.find(f"{ATOM}author") is not None
    for index, entry in enumerate(entries):
        where = f"entry[{index}]"
        found += _common(entry, where, ENTRY_AT_MOST_ONCE)
        if not feed_author and entry.find(f"{ATOM}author") is None:
            found.append(f"{where}: no atom:author, and the feed has none (4.1.1)")
        alternate = [
            x for x in entry.findall(f"{ATOM}link") if x.get("rel", "alternate") == "alternate"
        ]
        if entry.find(f"{ATOM}content") is None and not alternate:
            found.append(f"{where}: neither atom:content nor a link rel=alternate (4.1.2)")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    if len(set(ids)) != len(ids):
        found.append("two entries have the same atom:id")
    return found


def _common(element: ET.Element, where: str, at_most_once: tuple[str, ...]) -> list[str]:
    found = []
    for name in ONCE:
        count = len(element.findall(f"{ATOM}{name}"))
        if count != 1:
            found.append(f"{where}: atom:{name} {count} times, must be exactly once")
    for name in at_most_once:
        if len(element.findall(f"{ATOM}{name}")) > 1:
            found.append(f"{where}: atom:{name} more than once")
    identifier = element.findtext(f"{ATOM}id") or ""
    if not ABSOLUTE_IRI.match(identifier):
        found.append(f"{where}: atom:id {identifier!r} is not an absolute IRI (4.2.6)")
    for name in ("updated", "published"):
        value = element.findtext(f"{ATOM}{name}")
        if value is not None and not _is_date(value):
            found.append(f"{where}: atom:{name} {value!r} is not an RFC 3339 date-time (3.3)")
    for name in ("title", "summary", "subtitle", "rights"):
        for text in element.findall(f"{ATOM}{name}"):
            if text.get("type", "text") not in ("text", "html", "xhtml"):
                found.append(f"{where}: atom:{name} has type {text.get('type')!r} (3.1.1)")
    for person in element.findall(f"{ATOM}author"):
        if len(person.findall(f"{ATOM}name")) != 1 or not person.findtext(f"{ATOM}name"):
            found.append(f"{where}: an atom:author without exactly one atom:name (3.2.1)")
    found += _links(element, where)
    return found


def _links(element: ET.Element, where: str) -> list[str]:
    found = []
    alternates: set[tuple[str | None, str | None]] = set()
    for link in element.findall(f"{ATOM}link"):
        if not link.get("href"):
            found.append(f"{where}: atom:link without href (4.2.7.1)")
        if link.get("rel", "alternate") == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                found.append(f"{where}: two alternate links with the same type (4.1.1)")
            alternates.add(key)
    return found


def _is_date(value: str) -> bool:
    if not RFC3339.match(value):
        return False
    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
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
