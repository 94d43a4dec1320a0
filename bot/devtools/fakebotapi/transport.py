"""The fake server's HTTP plumbing: one handler thread per connection, open connections
tracked so that ``stop()`` can end them."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.devtools.fakebotapi.server import FakeBotAPI


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.0"  # one request per connection, unless keep_alive

    def setup(self) -> None:
        if self.server.api.keep_alive:
            # Connections stay open for the next request (stop() closes them); without
            # Nagle's algorithm, or each answer's body would wait for the client's delayed
            # acknowledgement of its headers (~40 ms).
            self.protocol_version = "HTTP/1.1"
            self.disable_nagle_algorithm = True
        super().setup()

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean

    def _handle(self) -> None:
        api = self.server.api
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if api.rtt:
            time.sleep(api.rtt / 2)  # the request's way there
        answer = api._dispatch(self.path, self.headers.get("Content-Type", ""), body)
        if answer.release is None:
            time.sleep(answer.delay + api.rtt / 2)  # (a late answer, then) the way back
        else:
            answer.release.wait(answer.delay)  # a late answer that a test releases
            time.sleep(api.rtt / 2)
        if answer.body is None:
            self.close_connection = True  # dropped: the client sees no answer at all
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 resets connections when a bot sends many
    # requests at once (bench --e2e); Telegram does not.
    request_queue_size = 1024

    def __init__(self, api: FakeBotAPI):
        self.api = api
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def shutdown(self) -> None:
        """socketserver's, without waiting for its serving loop's next poll (up to its 10 ms
        interval, at every stop of every test's server): a connection wakes the loop at
        once, and the loop sees the request to stop before it takes the connection."""
        self._BaseServer__shutdown_request = True  # what BaseServer.shutdown sets first
        with contextlib.suppress(OSError):
            socket.create_connection(self.server_address[:2], timeout=1).close()
        super().shutdown()

    def close_connections(self) -> None:
        """End every open connection: a handler waiting for its next request gets none."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (e.g. PTB cancelling a long-poll at shutdown) is normal.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)
