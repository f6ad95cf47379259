"""An engine that runs no trygg plugin publishes nothing of the content from the layout
trygg writes: Zensical ignores MkDocs' plugins and builds docs_dir as it stands, and
mkdocs.yml's docs_dir is an empty folder (it was content/: every plan, utkast and survey
count was published as YAML)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from engines import ENGINES, clean_env, environment

from generator.load.layout import CONTENT_DIR, EMPTY_DOCS_DIR

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def engines_folder(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """As test_export's: pytest's cache, kept between runs."""
    cache = getattr(request.config, "cache", None)
    return Path(cache.mkdir("trygg-engines") if cache else tmp_path_factory.mktemp("engines"))


def test_zensical_on_the_repository_s_mkdocs_yml_publishes_no_content(
    engines_folder: Path, tmp_path: Path
) -> None:
    zensical = next(engine for engine in ENGINES if engine.name == "zensical")
    bin_dir = environment(engines_folder, zensical)
    if isinstance(bin_dir, str):
        pytest.skip(f"zensical does not install from the package index: {bin_dir}")
    for name in (CONTENT_DIR, EMPTY_DOCS_DIR):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    built = subprocess.run(
        [str(bin_dir / "zensical"), "build", "-f", "mkdocs.yml"],
        cwd=tmp_path, env=clean_env(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    site = tmp_path / "site"
    published = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert published, "Zensical built nothing"
    assert not [p for p in published if p.endswith((".yml", ".yaml", ".md"))], published
    assert not [p for p in published if p.startswith(("skolor/", "rapporter/"))], published
