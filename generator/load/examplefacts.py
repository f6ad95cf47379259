"""The made-up addresses of trygg's example, read from the files trygg ships.

`trygg init` and `trygg ny-skola` write a school from one of the example's schools
(`content/skolor/*` in trygg's repo, `bundled/content` in the package) or of the template
schools (`cli/templates/skolor/*`), and huvudman.yml from the example's: their contacts,
trygghetsteam, e-mail addresses, phone numbers and web addresses are made up. They are
read here, at run time, from those very files, so that a rule can tell the addresses
wherever a project that is not the example has kept them (TP316): a guardian would write
to someone who does not exist. (Names are not read: a real colleague may have one. The
phone numbers are from PTS's series for fiction, which TP316 knows as such:
`personal_data.fiction`.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from generator.load.resources import resource_dir, template_schools
from generator.load.yamlstrict import parse_yaml

URL_KEYS = ("webbplats", "länk")  # the example's web addresses


@dataclass(frozen=True)
class ExampleFacts:
    """What the example says of its made-up huvudman and staff, each once, in file order."""

    organiser: str  # the example huvudman's name: a project of that name is the example
    emails: tuple[str, ...]
    domains: tuple[str, ...]  # e-mail domains and web hosts, each with its subdomains


@cache
def example_facts() -> ExampleFacts:
    """The example's made-up facts, from the example's and the template schools' files."""
    content = resource_dir("content")
    organiser = _read(content / "huvudman.yml")
    schools = [*sorted(content.glob("skolor/*/skola.yml"))]
    schools += sorted(template_schools().glob("*/skola.yml"))
    found = [organiser, *(_read(path) for path in schools)]
    values = [pair for data in found for pair in _values(data)]
    emails = [v for k, v in values if k == "epost" and "@" in v]
    domains = [v for k, v in values if k == "tillåtna_epostdomäner"]
    domains += [e.rpartition("@")[2] for e in emails]
    domains += [urlsplit(v).hostname or "" for k, v in values if k in URL_KEYS]
    return ExampleFacts(
        str(organiser.get("namn", "")),
        _once(e.casefold() for e in emails),
        _outermost(d.casefold() for d in domains if "." in d),
    )


def _read(path: Path) -> dict[str, object]:
    """The file's data, read as content is (libyaml where installed: every check reads the
    example's files once, and PyYAML's own parser took 30 ms of it)."""
    data = parse_yaml(path.read_text(encoding="utf-8"), path, path.name).data
    return data if isinstance(data, dict) else {}


def _values(data: object, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, value) of every string under `data`."""
    if isinstance(data, dict):
        for child_key, value in data.items():
            yield from _values(value, str(child_key))
    elif isinstance(data, list):
        for item in data:
            yield from _values(item, key)
    elif isinstance(data, str) and key:
        yield key, data.strip()


def _outermost(domains: Iterable[str]) -> tuple[str, ...]:
    """Each domain once, without those on another of them (www.strandvik.se is on
    strandvik.se, whose subdomains are all the example's)."""
    every = _once(domains)
    return tuple(d for d in every if not any(d.endswith(f".{o}") for o in every))


def _once(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))
