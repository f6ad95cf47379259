"""Checks of huvudman.yml on its own: its regelprofil and its web address.

Like `validate.crosscheck` these run only on the sections that passed their schema.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from generator import codes
from generator.load.document import Document
from generator.load.layout import CONTENT_FORMAT
from generator.problems import Location, Problem, Severity
from generator.problems.severity import profile_severity
from generator.validate.fields import format_field
from generator.validate.formhints import NEUTRAL_DOMAIN

Path_ = tuple[str | int, ...]


def organiser_file_problems(
    organiser: Document, failed: frozenset[str] = frozenset()
) -> Iterator[Problem]:
    """TP056, TP054 and TP055, each when the key it reads (not in `failed`) is well formed."""
    if "innehållsformat" not in failed:
        yield from _format_problems(organiser)
    if "regelprofil" not in failed:
        yield from _locked_rule_problems(organiser)
    if "webbplats" not in failed:
        yield from _website_problems(organiser)


def _format_problems(organiser: Document) -> Iterator[Problem]:
    """TP056: content written for another version of the content format."""
    written = organiser.data.get("innehållsformat")
    if written == CONTENT_FORMAT:
        return
    path: Path_ = ("innehållsformat",)
    if written is not None and written > CONTENT_FORMAT:
        message = (
            f"innehållet är skrivet för format {written}, men den här trygg läser {CONTENT_FORMAT}"
        )
        problem = _problem(organiser, path, "TP056", message, "uppgradera trygg")
        yield dataclasses.replace(problem, severity=Severity.ERROR)
        return
    shown = f"format {written}" if written is not None else "ett format från före versionerna"
    message = (
        f"innehållet är skrivet för {shown}; trygg läser det, men formatet är nu {CONTENT_FORMAT}"
    )
    hint = "kör trygg uppgradera, som skriver om filerna och behåller kommentarerna"
    yield _problem(organiser, path, "TP056", message, hint)


def _problem(document: Document, path: Path_, code: str, message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(
        code, location, message, field=format_field(path, document.data), hint=hint
    )


def _locked_rule_problems(organiser: Document) -> Iterator[Problem]:
    """TP054: a regelprofil that tries to switch off or lower a rule that protects pupils."""
    chosen: dict[str, str] = organiser.data.get("regelprofil", {}).get("regler", {})
    for code_id, severity in chosen.items():
        code = codes.REGISTRY.get(code_id)
        if code is None or not code.locked or profile_severity(severity) is code.severity:
            continue
        message = (
            f"{code_id} ({code.title}) kan inte ändras till '{severity}': personuppgifter om "
            "elever får aldrig publiceras, så regeln gäller alltid som fel"
        )
        path: Path_ = ("regelprofil", "regler", code_id)
        yield _problem(organiser, path, "TP054", message, "ta bort raden ur regelprofil.regler")


def _website_problems(organiser: Document) -> Iterator[Problem]:
    """TP055: without `webbplats` no site knows its address, and trygg does not guess one."""
    if organiser.data.get("webbplats"):
        return
    message = (
        "saknas, så webbplatserna får ingen webbplatskarta (sitemap.xml), inget flöde "
        "(feed.xml) och inga kanoniska länkar, och skolorna ingen felsida (404)"
    )
    hint = (
        "lägg till webbplats: i huvudman.yml med adressen där portalen publiceras, "
        f"t.ex. webbplats: https://skolor.{NEUTRAL_DOMAIN}"
    )
    yield _problem(organiser, ("webbplats",), "TP055", message, hint)
