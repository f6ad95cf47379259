"""Where `trygg förhandsvisa` serves its pages: `VÄRD:PORT`, and why it cannot."""

from __future__ import annotations

import argparse
import errno

from generator.problems import os_reason

PORT = 8000


def address(text: str) -> tuple[str, int]:
    """`VÄRD:PORT` (or a port alone) as the server binds it."""
    host, _, port = text.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(
            f"'{text}' är ingen adress: skriv VÄRD:PORT, till exempel 127.0.0.1:{PORT + 1}"
        )
    return host, int(port)


def address_problem(address: tuple[str, int], error: OSError) -> str:
    host, port = address
    if error.errno == errno.EADDRINUSE:
        return (
            f"porten {port} på {host} används redan (kanske av mkdocs serve eller en annan "
            f"förhandsvisning); välj en annan med --adress {host}:{_other(port)}"
        )
    return f"kan inte ta emot anrop på {host}:{port} ({os_reason(error)}); välj en annan --adress"


def _other(port: int) -> int:
    return port + 1 if port < 65535 else PORT
