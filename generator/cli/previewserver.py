"""The web server of `trygg förhandsvisa`: the preview's output folder, as a static host
serves it, on this machine only unless asked.

It serves files and nothing else: no folder listings, no scripts added to the pages (the
reader reloads the page after a rebuild), and a missing address gets the 404 page of the
site it is under (as a host with each site's 404.html would), or the portal's. Bound to
this machine, it answers only requests made to this machine by name (a page elsewhere
cannot read the preview through a name that leads here: DNS rebinding).
"""

from __future__ import annotations

import http.server
import socket
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from generator.build.helpers import Helper, start_helper
from generator.cli.previewaddress import loopback

NOT_FOUND = "404.html"
NOT_BUILT = (
    "Sidan finns inte, eller så är första bygget inte klart. Terminalen där trygg "
    "förhandsvisa kör säger vad den bygger och om något hindrar det."
)
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})


class _Handler(http.server.SimpleHTTPRequestHandler):
    error_message_format = (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>%(code)d</title>'
        "</head><body><main><h1>%(code)d</h1><p>%(explain)s</p></main></body></html>"
    )

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload shows the latest build
        super().end_headers()

    def send_head(self) -> Any:
        if not self._asked_here():
            self.send_error(403, "Fel värd", "Förhandsvisningen svarar bara på den här datorn.")
            return None
        try:
            return super().send_head()
        except ValueError:  # a NUL in the address: no file has that name
            self.send_error(404)
            return None

    def _asked_here(self) -> bool:
        """Whether the request names this machine, when the server is bound to it only."""
        bound = str(getattr(self.server, "server_address", ("",))[0])
        if not loopback(bound):
            return True
        host = (self.headers.get("Host") or "").lower()
        if not host:  # HTTP/1.0 without one: no browser, so no page elsewhere asking
            return True
        name = host.rpartition(":")[0] if host.rpartition(":")[2].isdigit() else host
        name = name.rstrip(".")  # "localhost." is localhost
        return name in LOCAL_NAMES or name.strip("[]") == bound

    def list_directory(self, path: str | Any) -> None:
        self.send_error(404)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self._not_found_page() if code == 404 else None
        if page is None:
            explain = explain or (NOT_BUILT if code == 404 else "Servern kunde inte svara.")
            super().send_error(code, message, explain)
            return
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(page)

    def _not_found_page(self) -> bytes | None:
        """The 404 page of the site the address is under, else the portal's."""
        root = Path(self.directory)
        site = self.path.split("?", 1)[0].strip("/").split("/", 1)[0]
        for folder in ([root / site] if site and "." not in site else []) + [root]:
            try:
                return (folder / NOT_FOUND).read_bytes()
            except (OSError, ValueError):  # not there; a NUL in the address
                continue
        return None

    def log_message(self, format: str, *args: Any) -> None:
        return  # the terminal is for the builds' messages


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a reader who left mid-page: nothing for the terminal


class _Server6(_Server):
    address_family = socket.AF_INET6


class PreviewServer:
    """A server bound to `address` (so a port in use is found before anything is built),
    serving `folder` once `start`ed."""

    def __init__(self, address: tuple[str, int], folder: Path) -> None:
        handler = partial(_Handler, directory=str(folder))
        server = _Server6 if ":" in address[0] else _Server
        self.server = server(address, handler)
        self.helper: Helper | None = None

    def alive(self) -> bool:
        return self.helper is not None and self.helper.runner.is_alive()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        name = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(name, name)  # a browser opens these
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def start(self) -> None:
        self.helper = start_helper(_serve, self.server)
        if isinstance(self.helper.runner, BaseProcess):
            self.server.socket.close()  # the helper process has its own copy

    def close(self) -> None:
        if self.helper is not None:
            if not isinstance(self.helper.runner, BaseProcess):
                self.server.shutdown()
            self.helper.close()
        self.server.server_close()


def _serve(_connection: Connection, server: http.server.ThreadingHTTPServer) -> None:
    server.serve_forever(poll_interval=0.2)
