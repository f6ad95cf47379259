"""`--out` relative to the working folder is that folder, wherever mkdocs.yml is: MkDocs
reads a relative `site_dir` from the configuration's folder, so the build once made its
portal in proj/proj/ and stopped ("filen eller mappen finns inte")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cache_root import one_school
from tests.test_init import run


def test_a_relative_out_beside_another_folder_s_configuration_is_built_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = one_school(tmp_path)
    monkeypatch.chdir(tmp_path)
    argv = ("build", "--config", "projekt/mkdocs.yml", "--out", "projekt/public", "--utan-pdf")
    assert run(*argv, "--ingen-cache") == 0
    assert (project / "public" / "index.html").is_file()
    assert (project / "public" / "ekbackens-skola" / "index.html").is_file()
    assert not (project / "projekt").exists()
