"""Where `trygg förhandsvisa` serves its pages: `VÄRD:PORT`, and why it cannot."""

from __future__ import annotations

import argparse
import errno
import ipaddress
import socket

from generator.problems import os_reason

PORT = 8000


def address(text: str) -> tuple[str, int]:
    """`VÄRD:PORT` (or a port alone) as the server binds it."""
    host, _, port = text.rpartition(":")
    host = host.strip().strip("[]") or "127.0.0.1"
    if not (port.isascii() and port.isdigit()) or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(
            f"'{text}' är ingen adress: skriv VÄRD:PORT, till exempel 127.0.0.1:{PORT + 1}"
        )
    return host, int(port)


def shown(host: str, port: int) -> str:
    """`host:port` as written in an address ("[::1]:8000")."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def exposure_note(address: tuple[str, int]) -> str:
    """What to know when the pages are shown to more than this machine ("" when not)."""
    host, port = address
    if loopback(host):
        return ""
    return (
        f"Obs: sidorna visas för alla som når den här datorn på {shown(host, port)}, också "
        "planer som ännu inte är publicerade."
    )


def loopback(host: str) -> bool:
    """Whether `host` is this machine only (127.0.0.1, ::1, localhost)."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def address_problem(address: tuple[str, int], error: OSError) -> str:
    host, port = address
    if isinstance(error, socket.gaierror):
        return (
            f"värden {host} finns inte: skriv en adress den här datorn har, till exempel "
            f"--adress 127.0.0.1:{port}"
        )
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"den här datorn har inte adressen {host}: skriv en adress den har, till exempel "
            f"--adress 127.0.0.1:{port}"
        )
    if error.errno == errno.EADDRINUSE:
        return (
            f"porten {port} på {host} används redan (kanske av mkdocs serve eller en annan "
            f"förhandsvisning); välj en annan med --adress {shown(host, _other(port))}"
        )
    where = shown(host, port)
    return f"kan inte ta emot anrop på {where} ({os_reason(error)}); välj en annan --adress"


def _other(port: int) -> int:
    return port + 1 if port < 65535 else PORT
