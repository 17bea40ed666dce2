#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (issue 7), with Debian's aiosmtpd.

Usage: /usr/bin/python3 smtpserver.py PORT FOLDER [USER PASSWORD]   (PORT 0: a free one)

Writes each message it accepts to FOLDER as NNN.eml (the bytes received) and its envelope
(sender, then one recipient a line) as NNN.envelope. Refuses any recipient "refused@…", and
the message (DATA) of one sent to "spam@…". With USER and
PASSWORD it offers AUTH PLAIN/LOGIN without TLS and accepts only that pair. Prints "ready" on
stdout once it listens and the port it listens on ("ready 40123"), and runs until it is killed or its stdin closes.
"""
import logging
import os
import socket
import sys
import threading
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Saver:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(r.startswith("spam@") for r in envelope.rcpt_tos):
            return "554 5.7.1 Message rejected as spam"
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.folder, "%03d" % n)
        with open(base + ".envelope", "w", encoding="utf-8") as f:
            f.write(envelope.mail_from + "\n" + "\n".join(envelope.rcpt_tos) + "\n")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = (auth_data is not None and auth_data.login == self.user
              and auth_data.password == self.password)
        return AuthResult(success=ok, handled=False)


def main():
    # Quiet: the tests read the messages, not the server's log.
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    port = int(sys.argv[1])
    if port == 0:
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
    folder = sys.argv[2]
    kwargs = {}
    if len(sys.argv) >= 5:
        kwargs = dict(authenticator=Authenticator(sys.argv[3], sys.argv[4]),
                      auth_require_tls=False, auth_required=True)
    controller = Controller(Saver(folder), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin or kills us
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
