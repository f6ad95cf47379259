"""The web server of `trygg förhandsvisa`: the preview's output folder, as a static host
serves it, on this machine only unless asked.

It serves files and nothing else: no folder listings, no scripts added to the pages (the
reader reloads the page after a rebuild), and a missing address gets the 404 page of the
site it is under (as a host with each site's 404.html would), or the portal's.
"""

from __future__ import annotations

import http.server
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from generator.build.helpers import Helper, start_helper

NOT_FOUND = "404.html"


class _Handler(http.server.SimpleHTTPRequestHandler):
    error_message_format = (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>%(code)d</title>'
        "</head><body><main><h1>%(code)d</h1><p>%(explain)s</p></main></body></html>"
    )

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload shows the latest build
        super().end_headers()

    def list_directory(self, path: str | Any) -> None:
        self.send_error(404, "Sidan finns inte")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self._not_found_page() if code == 404 else None
        if page is None:
            explain = explain or "Servern kunde inte svara på frågan."
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
            except OSError:
                continue
        return None

    def log_message(self, format: str, *args: Any) -> None:
        return  # the terminal is for the builds' messages


class PreviewServer:
    """A server bound to `address` (so a port in use is found before anything is built),
    serving `folder` once `start`ed."""

    def __init__(self, address: tuple[str, int], folder: Path) -> None:
        handler = partial(_Handler, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(address, handler)
        self.helper: Helper | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
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
