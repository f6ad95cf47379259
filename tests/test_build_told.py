"""What the terminal says when the portal was refused: whether the schools' new sites
were published beside it, as they were (never "publicerades" when none was)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.build.request import BuildResult
from generator.cli.buildtold import tell_outcome
from generator.problems import Report

REFUSED = "webbplatsen Strandviks kommun publiceras inte, den innehåller favicon.png: x"


@pytest.mark.parametrize(
    ("built", "withheld", "said"),
    [
        (("a", "b"), (), "Skolornas nya webbplatser publicerades, och"),
        (("a", "b"), ("a", "b"), "Ingen av skolornas nya webbplatser publicerades heller"),
        ((), (), "Ingen skolas webbplats byggdes på nytt, och"),
    ],
)
def test_a_refused_portal_says_what_became_of_the_new_sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], built: tuple[str, ...],
    withheld: tuple[str, ...], said: str,
) -> None:  # fmt: skip
    request = SimpleNamespace(
        only=(), content_dir=tmp_path, out=tmp_path / "site", drafts=False, merge_from=None,
        shard=None, preview=False,
    )  # fmt: skip
    result = BuildResult(
        Report([]), built, withheld=withheld, portal_refused=REFUSED, old_portal=True,
        refused=tuple(f"webbplatsen {school} publiceras inte" for school in withheld),
    )  # fmt: skip
    assert tell_outcome(request, result) == 1
    told = capsys.readouterr().err
    assert f"Portalen publicerades inte. {said}" in told
    assert ("Skolornas nya webbplatser publicerades" in told) == (said.startswith("Skolornas"))


@pytest.mark.parametrize("preview", [False, True])
def test_only_a_built_folder_with_utkast_is_told_not_to_be_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], preview: bool
) -> None:
    """A preview with utkast builds into its own temporary folder, which no one publishes:
    telling the author not to publish that folder only puzzles."""
    request = SimpleNamespace(
        only=(), content_dir=tmp_path, out=tmp_path / "site-utkast", drafts=True,
        merge_from=None, shard=None, preview=preview,
    )  # fmt: skip
    assert tell_outcome(request, BuildResult(Report([]), ("a",))) == 0
    told = capsys.readouterr().out
    assert ("en intern granskningsversion med utkast: publicera den inte" in told) != preview
