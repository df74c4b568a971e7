"""How email, texts and letters leave the site, read from the environment.

Every channel works with no settings at all: email and texts are printed to the console and
letters wait in the lead's "letters to post". EMAIL_PROVIDER=file and TEXT_PROVIDER=file keep
them in OUTBOX_DIR (default outbox/) instead, as `make run` does. In production choose, for
each channel:

- email: EMAIL_PROVIDER=smtp (EMAIL_HOST and friends) or notify;
- texts: TEXT_PROVIDER=twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM) or notify;
- letters: LETTER_PROVIDER=notify, or post (printed by the lead: the default).

Notify needs NOTIFY_API_KEY and, for email and texts, the ids of two templates (see
codesign/gateway/notify.py); NOTIFY_CALLBACK_TOKEN lets its delivery receipts in.
"""

from django.core.exceptions import ImproperlyConfigured

from codesign.env import env_bool, env_choice, env_int, env_str, env_url

NOTIFY_API = "https://api.notifications.service.gov.uk"


def messaging_settings():
    found = {}
    email_provider = env_choice(
        "EMAIL_PROVIDER",
        {"smtp", "console", "file", "notify"},
        "smtp" if env_str("EMAIL_HOST") else "console",
    )
    found["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
    if email_provider == "smtp":
        found |= _smtp()
    # "file": the development outbox, one file per email (what `make run` uses).
    outbox = env_str("OUTBOX_DIR", "outbox")
    found["EMAIL_FILE_PATH"] = f"{outbox}/email"
    found["TEXT_FILE"] = f"{outbox}/texts.txt"
    if email_provider == "file":
        found["EMAIL_BACKEND"] = "django.core.mail.backends.filebased.EmailBackend"
    if email_provider == "notify":  # sign-in codes and invitations leave through Notify too
        found["EMAIL_BACKEND"] = "codesign.gateway.notify.NotifyEmailBackend"
    found["EMAIL_GATEWAY"] = (
        "codesign.gateway.notify.Notify"
        if email_provider == "notify"
        else "codesign.gateway.local.DjangoEmail"
    )
    found["DEFAULT_FROM_EMAIL"] = env_str(
        "DEFAULT_FROM_EMAIL", "Codesign <hello@codesign.localhost>"
    )
    found["SERVER_EMAIL"] = found["DEFAULT_FROM_EMAIL"]

    text_provider = env_choice("TEXT_PROVIDER", {"console", "file", "twilio", "notify"}, "console")
    found["TEXT_BACKEND"] = {
        "console": "codesign.texts.ConsoleBackend",
        "file": "codesign.texts.FileBackend",
        "twilio": "codesign.gateway.twilio.Twilio",
        "notify": "codesign.gateway.notify.Notify",
    }[text_provider]
    found["TWILIO_ACCOUNT_SID"] = env_str("TWILIO_ACCOUNT_SID")
    found["TWILIO_AUTH_TOKEN"] = env_str("TWILIO_AUTH_TOKEN")
    found["TWILIO_FROM"] = env_str("TWILIO_FROM")
    found["TWILIO_BASE_URL"] = ""
    if text_provider == "twilio" and not all(
        found[name] for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM")
    ):
        raise ImproperlyConfigured(
            "TEXT_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM."
        )

    letter_provider = env_choice("LETTER_PROVIDER", {"post", "notify"}, "post")
    found["LETTER_GATEWAY"] = (
        "codesign.gateway.notify.Notify"
        if letter_provider == "notify"
        else "codesign.gateway.local.PostByHand"
    )

    found["NOTIFY_API_KEY"] = env_str("NOTIFY_API_KEY")
    found["NOTIFY_BASE_URL"] = env_url("NOTIFY_BASE_URL", NOTIFY_API)
    found["NOTIFY_EMAIL_TEMPLATE_ID"] = env_str("NOTIFY_EMAIL_TEMPLATE_ID")
    found["NOTIFY_TEXT_TEMPLATE_ID"] = env_str("NOTIFY_TEXT_TEMPLATE_ID")
    found["NOTIFY_CALLBACK_TOKEN"] = env_str("NOTIFY_CALLBACK_TOKEN")
    _check_notify(found, email_provider, text_provider, letter_provider)
    return found


def _smtp():
    found = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": env_str("EMAIL_HOST"),
        "EMAIL_PORT": env_int("EMAIL_PORT", 587, minimum=1),
        "EMAIL_HOST_USER": env_str("EMAIL_HOST_USER"),
        "EMAIL_HOST_PASSWORD": env_str("EMAIL_HOST_PASSWORD"),
        "EMAIL_USE_TLS": env_bool("EMAIL_USE_TLS", True),
        "EMAIL_USE_SSL": env_bool("EMAIL_USE_SSL", False),
        # Short, so that a hung mail server holds a worker for seconds, not minutes.
        "EMAIL_TIMEOUT": 10,
    }
    if not found["EMAIL_HOST"]:
        raise ImproperlyConfigured("EMAIL_PROVIDER=smtp needs EMAIL_HOST.")
    if found["EMAIL_USE_TLS"] and found["EMAIL_USE_SSL"]:
        raise ImproperlyConfigured("Set only one of EMAIL_USE_TLS and EMAIL_USE_SSL.")
    return found


def _check_notify(found, *providers):
    if "notify" not in providers:
        return
    needed = ["NOTIFY_API_KEY"]
    needed += ["NOTIFY_EMAIL_TEMPLATE_ID"] if providers[0] == "notify" else []
    needed += ["NOTIFY_TEXT_TEMPLATE_ID"] if providers[1] == "notify" else []
    missing = [name for name in needed if not found[name]]
    if missing:
        raise ImproperlyConfigured(f"Sending through GOV.UK Notify needs {', '.join(missing)}.")
