"""Real SMTP servers on loopback for fault tests: one that works (aiosmtpd), one that accepts
the connection and never answers, one that drops every connection, and a closed port."""

import contextlib
import socket
import threading

from aiosmtpd.controller import Controller

SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def closed_port():
    """A port nothing listens on (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@contextlib.contextmanager
def working_server():
    inbox = Inbox()
    port = closed_port()  # aiosmtpd checks its server by connecting, so it needs a real port
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


class BadServer:
    """Accepts connections on loopback and then hangs (`hang`) or closes them (`drop`).
    Counts the connections it saw, so a test can prove a request never tried to send."""

    def __init__(self, behaviour):
        self.behaviour = behaviour
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.open = []
        self.stopping = False
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while not self.stopping:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            if self.behaviour == "drop":
                conn.close()
            else:
                self.open.append(conn)  # never answers the greeting

    def close(self):
        self.stopping = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        for conn in self.open:
            conn.close()
        self.thread.join(timeout=5)


@contextlib.contextmanager
def bad_server(behaviour):
    server = BadServer(behaviour)
    try:
        yield server
    finally:
        server.close()
