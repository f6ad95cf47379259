"""The secret that makes the cache trustworthy: what trygg reads back from it is MACed.

Cache keys are hashes of public inputs, so anyone who can write the cache (a CI cache
restored from another branch, a shared runner) could otherwise forge an entry: a
check result, a model or a built page that was never checked, published as it stands.
Every entry trygg trusts is therefore sealed with an HMAC under a key the cache does not
hold: `TRYGG_CACHENYCKEL` (in CI a repository secret), else a key file outside the
project, made on first use with mode 0600 (`$XDG_CACHE_HOME/trygg/cachenyckel`, or
`~/.cache/trygg/cachenyckel`). An entry whose MAC does not verify is a miss, never an
error. The cache's `nyckel-id` says which key made it (`other_key_note`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from generator.check.cachefiles import inside, write_bytes

ENV = "TRYGG_CACHENYCKEL"
KEY_BYTES = 32  # of a key made here (one from the environment is hashed to as many)
KEY_ID = "nyckel-id"  # in the cache folder: which key sealed it (not the key)
# Said where the run is (a CI runner, another user, another computer): why the cache is
# not used, and how CI keeps it.
OTHER_KEY = (
    "trygg: obs: cachen gjordes med en annan cachenyckel (av en annan användare, på en annan "
    "dator eller i en ny CI-körning) och används inte; allt görs om. I CI behålls cachen "
    f"mellan körningar om {ENV} sätts som hemlighet (t.ex. {ENV}: "
    f"${{{{ secrets.{ENV} }}}} i arbetsflödet)."
)


def key_file() -> Path:
    """Where the key is kept when `TRYGG_CACHENYCKEL` is not set: outside any project."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trygg" / "cachenyckel"


@functools.cache
def cache_key() -> bytes:
    """The key: from the environment, else from the key file (made if missing). Where
    no file can be kept, a key for this run only: the cache is then never trusted."""
    if given := os.environ.get(ENV, "").strip():
        return hashlib.sha256(given.encode()).digest()
    file = key_file()
    with contextlib.suppress(OSError):
        return _read_key(file) or _make_key(file)
    return secrets.token_bytes(KEY_BYTES)


def _read_key(file: Path) -> bytes:
    """The key in `file`; b"" when there is none yet. A link or a damaged file is an
    OSError: the key is then this run's only."""
    if not file.exists() and not file.is_symlink():
        return b""
    handle = os.open(file, os.O_RDONLY | os.O_NOFOLLOW)  # a link is an OSError
    with os.fdopen(handle, "rb") as opened:
        if not stat.S_ISREG(os.fstat(handle).st_mode) or os.fstat(handle).st_mode & 0o077:
            raise OSError(f"{file} is not a key file of its owner's alone")
        written = opened.read(KEY_BYTES * 2 + 2)
    try:
        key = bytes.fromhex(written.decode("ascii").strip())
    except ValueError as damaged:
        raise OSError(f"{file} is damaged") from damaged
    if len(key) != KEY_BYTES:  # an empty or short key would be anyone's
        raise OSError(f"{file} is damaged")
    return key


def _make_key(file: Path) -> bytes:
    """A new key in `file`, written whole with mode 0600 and then linked into place, so
    that another process never reads half a key (one made at the same time wins)."""
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = file.with_name(f".{file.name}.{secrets.token_hex(8)}")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as written:
        written.write(secrets.token_hex(KEY_BYTES) + "\n")
    try:
        os.link(temporary, file)
    except FileExistsError:
        pass
    finally:
        temporary.unlink()
    return _read_key(file)


def mac(purpose: str, data: bytes) -> str:
    """The HMAC of `data` for one `purpose` (where and what it is: an entry for one school
    is never taken for another's)."""
    return hmac.new(cache_key(), purpose.encode() + b"\0" + data, hashlib.sha256).hexdigest()


def seal(purpose: str, data: bytes) -> bytes:
    """`data` with its MAC on a first line of its own."""
    return mac(purpose, data).encode("ascii") + b"\n" + data


def unseal(purpose: str, sealed: bytes) -> bytes | None:
    """The data `seal` sealed for `purpose`, or None when its MAC does not verify."""
    found, newline, data = sealed.partition(b"\n")
    if not newline or not hmac.compare_digest(found, mac(purpose, data).encode("ascii")):
        return None
    return data


def other_key_note(cache_dir: Path) -> str:
    """`OTHER_KEY` when the cache was sealed with another key (a fresh CI runner without
    the secret), else ""; then marks the cache as this key's."""
    try:
        found = inside(cache_dir, KEY_ID).read_bytes() if cache_dir.is_dir() else b""
    except (OSError, ValueError):
        found = b""
    if not found or found == _key_id():
        return ""
    stamp(cache_dir)
    return OTHER_KEY


def stamp(cache_dir: Path) -> None:
    """Mark the cache as sealed with this key (when something is kept in it)."""
    with contextlib.suppress(OSError, ValueError):
        write_bytes(inside(cache_dir, KEY_ID), _key_id())


def _key_id() -> bytes:
    return mac(KEY_ID, b"trygg").encode("ascii")
