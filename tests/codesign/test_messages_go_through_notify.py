"""Email, texts and letters leave only through the notice service (participants.notify), which
keeps each in the person's inbox and sends it at most once per channel, and through the few
places that send to an address rather than a person (the sign-in emails of the accounts
package). Code anywhere else that sends directly fails this test."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("codesign", "projects", "participants", "sessions")

# Names whose use sends a message (Django's email, our task and gateways, providers' clients).
SENDING = {
    "send_mail",
    "send_mass_mail",
    "mail_admins",
    "mail_managers",
    "EmailMessage",
    "EmailMultiAlternatives",
    "get_connection",
    "send_email",
    "send_text",
    "send_letter",
    "send_sms_notification",
    "send_email_notification",
    "send_precompiled_letter_notification",
}

ALLOWED = {
    "codesign/tasks.py",  # the email task itself
    "codesign/texts.py",  # the text backends themselves
    "participants/adapters.py",  # sign-in codes and address checks, to an address
}
ALLOWED_FOLDERS = ("codesign/gateway/", "participants/notify/")


def _senders():
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if "/migrations/" in name or name in ALLOWED or name.startswith(ALLOWED_FOLDERS):
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=name)):
                used = (
                    node.id
                    if isinstance(node, ast.Name)
                    else node.attr
                    if isinstance(node, ast.Attribute)
                    else node.name
                    if isinstance(node, ast.alias)
                    else None
                )
                if used in SENDING:
                    found.append(f"{name}:{node.lineno} uses {used}")
    return found


def test_nothing_sends_around_the_notice_service():
    assert _senders() == []


def test_the_check_finds_a_direct_send(tmp_path, monkeypatch):
    """The check is not blind: a module that emails directly is reported."""
    app = tmp_path / "sessions"
    app.mkdir()
    (app / "sneaky.py").write_text(
        "from django.core.mail import send_mail\n\n"
        "def go():\n    send_mail('a', 'b', None, ['x'])\n"
    )
    for other in APPS[:-1]:
        (tmp_path / other).mkdir()
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    assert _senders() == [
        "sessions/sneaky.py:1 uses send_mail",
        "sessions/sneaky.py:4 uses send_mail",
    ]
