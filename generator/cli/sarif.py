"""`trygg check --format sarif`: the report as SARIF 2.1.0, for code-scanning annotations.

Git hosting (GitHub code scanning, GitLab) reads SARIF and annotates the changed
lines with each problem. Paths are relative to the folder that holds content/,
which is normally the repository root. Annotations are kept and may be public: what a
privacy finding quotes is left out (`cisafe`), and a path with a part left out is
percent-encoded, as a URI.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from generator import __version__
from generator.cli.cisafe import for_ci, hidden_place
from generator.codes import all_codes
from generator.problems import Problem, Report, Severity

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _text(text: str) -> dict[str, str]:
    return {"text": text}


def _rule_descriptors() -> list[dict[str, Any]]:
    """A descriptor for every registered code (`generator.codes`)."""
    return [
        {
            "id": entry.code,
            "name": entry.code,
            "shortDescription": _text(entry.title),
            "fullDescription": _text(entry.checks),
            "help": _text(f"{entry.fix[:1].upper()}{entry.fix[1:]}. Källa: {entry.source}."),
            "defaultConfiguration": {"level": LEVELS[entry.severity]},
            "properties": {"category": entry.category.value, "source": entry.source},
        }
        for entry in all_codes()
    ]


def _result(problem: Problem, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": problem.code,
        "ruleIndex": index[problem.code],
        "level": LEVELS[problem.severity],
        "message": _text(problem.explained()),
    }
    where = problem.location
    if where.file:
        uri = quote(where.file, safe="/") if hidden_place(where.file) else where.file
        physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
        if where.line:
            physical["region"] = {"startLine": where.line, "startColumn": where.column or 1}
        result["locations"] = [{"physicalLocation": physical}]
    return result


def format_sarif(report: Report) -> str:
    """The report as a SARIF 2.1.0 log with one run, as indented JSON."""
    rules = _rule_descriptors()
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    driver = {
        "name": "trygg",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": rules,
    }
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "language": "sv-SE",
                "columnKind": "unicodeCodePoints",
                "results": [_result(p, index) for p in for_ci(report)],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
