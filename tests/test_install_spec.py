"""What the CI files of `trygg init` install (`cli.installspec`): never a bare PyPI name
for a trygg that did not come from PyPI, since anyone could publish under that name."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

from generator import __version__
from generator.cli import installspec
from generator.cli.main import main


class _Installed:
    """A stand-in distribution with the given `direct_url.json` (None: none recorded)."""

    def __init__(self, direct: dict[str, object] | None) -> None:
        self.direct = direct

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return None if self.direct is None else json.dumps(self.direct)


def _installed(monkeypatch: pytest.MonkeyPatch, direct: dict[str, object] | None) -> None:
    monkeypatch.setattr(metadata, "distribution", lambda name: _Installed(direct))


@pytest.mark.parametrize(
    ("direct", "expected"),
    [
        (None, f"trygg=={__version__}"),  # from the package index
        (
            {"url": "https://git.example.se/trygg.git", "vcs_info": {"vcs": "git"}},
            f"trygg @ git+https://git.example.se/trygg.git@v{__version__}",
        ),
        ({"url": "file:///home/a/trygg", "vcs_info": {"vcs": "git"}}, installspec.UNKNOWN),
        (
            {"url": "file:///tmp/dist/trygg-0.1.0-py3-none-any.whl", "archive_info": {}},
            installspec.UNKNOWN,
        ),
        ({"url": "file:///work/trygg", "dir_info": {"editable": True}}, installspec.UNKNOWN),
    ],
)
def test_ci_installs_trygg_from_where_it_came(
    monkeypatch: pytest.MonkeyPatch, direct: dict[str, object] | None, expected: str
) -> None:
    _installed(monkeypatch, direct)
    assert installspec.install_spec() == expected


def test_a_wheel_installed_trygg_writes_no_pypi_name_and_says_what_to_write(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _installed(monkeypatch, {"url": "file:///tmp/trygg-0.1.0-py3-none-any.whl"})
    with pytest.raises(SystemExit) as done:
        main(["init", str(tmp_path / "repo")])
    assert done.value.code == 0
    said = capsys.readouterr().out
    assert "vet inte var trygg ska hämtas" in said and "--installera" in said
    for name in (".github/workflows/trygg.yml", ".gitlab-ci.yml", "README.md"):
        text = (tmp_path / "repo" / name).read_text(encoding="utf-8")
        assert f"trygg=={__version__}" not in text, name
        assert "<adressen till trygg:s förråd>" in text, name
