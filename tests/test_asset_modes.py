"""Theme files are published readable as any new file (a web server runs as another user)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.site.assets import AssetStore


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("copy", [False, True])
def test_a_published_theme_file_is_readable_by_others(
    tmp_path: Path, umask_022: None, copy: bool
) -> None:
    source = tmp_path / "theme.css"
    source.write_text("body { color: #111 }\n", encoding="utf-8")
    source.chmod(0o600)  # as a theme file may be installed; the site's copy follows the umask
    store = AssetStore(tmp_path / "store", copy=copy)
    published = tmp_path / "site" / "assets" / "theme.css"
    store.place(str(source), "assets/theme.css", str(published))
    assert published.read_text(encoding="utf-8") == "body { color: #111 }\n"
    assert stat.S_IMODE(published.stat().st_mode) == 0o644
    assert not [p for p in (tmp_path / "store").rglob("*") if p.name.startswith(".lagras-")]
