"""A small stand-in for GOV.UK Notify's and Twilio's HTTP APIs, served on a free local port by
the test that needs it, so the real clients are exercised without the network.

It checks what the real services check (Notify's signed token, Twilio's account and basic
authentication), keeps every request it accepted, and can be told to answer with an error.
"""

import base64
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from notifications_python_client.authentication import decode_jwt_token

NOTIFY_SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
NOTIFY_SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
NOTIFY_API_KEY = f"codesign_test-{NOTIFY_SERVICE_ID}-{NOTIFY_SECRET}"
TWILIO_SID = "AC0123456789abcdef0123456789abcdef"
TWILIO_TOKEN = "twilio-test-token"


class FakeProviders:
    def __init__(self):
        self.received = []  # (path, payload) of each accepted request
        self.answer_status = None  # e.g. 500: every request gets this error instead
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.startswith("/v2/notifications/"):
                    return self._notify(raw)
                if self.path == f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json":
                    return self._twilio(raw)
                return self._reply(404, {"message": "no such address"})

            def _notify(self, raw):
                scheme, _, token = self.headers.get("Authorization", "").partition(" ")
                try:
                    assert scheme == "Bearer"
                    decode_jwt_token(token, NOTIFY_SECRET)
                except Exception:
                    return self._reply(403, {"errors": [{"error": "AuthError"}]})
                if fake.answer_status:
                    return self._reply(fake.answer_status, {"errors": [{"message": "down"}]})
                payload = json.loads(raw)
                fake.received.append((self.path, payload))
                return self._reply(
                    201, {"id": str(uuid.uuid4()), "reference": payload.get("reference")}
                )

            def _twilio(self, raw):
                expected = base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
                if self.headers.get("Authorization") != f"Basic {expected}":
                    return self._reply(401, {"code": 20003, "message": "Authenticate"})
                if fake.answer_status:
                    return self._reply(fake.answer_status, {"code": 21211, "message": "refused"})
                payload = {key: values[0] for key, values in parse_qs(raw.decode()).items()}
                fake.received.append((self.path, payload))
                sid = f"SM{uuid.uuid4().hex}"
                return self._reply(201, {"sid": sid, "status": "queued", "to": payload["To"]})

            def _reply(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
