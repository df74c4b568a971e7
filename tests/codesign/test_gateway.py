"""Messages leave through a real provider's official client: GOV.UK Notify for email, texts and
letters, Twilio's SDK for texts. Both run here against a local stand-in for the provider's HTTP
API (tests/fake_providers.py), never the network. Sends are retried with back-off while the
provider is down, never sent twice, and shown as not sent after the last try."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from codesign.gateway import NotSent, local
from codesign.runtime.messaging import messaging_settings
from participants.models import Delivery
from participants.notify import notify
from participants.notify.deliveries import TRIES, deliveries_due_send, delivery_send
from participants.notify.letters import letter_pdf
from tests import fake_providers
from tests.factories import UserFactory

NOTIFY = "codesign.gateway.notify.Notify"


@pytest.fixture
def provider():
    with fake_providers.FakeProviders() as fake:
        yield fake


@pytest.fixture
def through_notify(settings, provider):
    settings.EMAIL_GATEWAY = settings.TEXT_BACKEND = settings.LETTER_GATEWAY = NOTIFY
    settings.NOTIFY_API_KEY = fake_providers.NOTIFY_API_KEY
    settings.NOTIFY_BASE_URL = provider.url
    settings.NOTIFY_EMAIL_TEMPLATE_ID = "email-template"
    settings.NOTIFY_TEXT_TEMPLATE_ID = "text-template"
    return provider


@pytest.fixture
def robyn(db):
    return UserFactory(
        email="robyn@example.org",
        display_name="Robyn",
        mobile="07911 123456",
        wants_texts=True,
        wants_letters=True,
        postal_address="Flat 2, 14 Shore Street\nDunoon\nPA23 7AB",
    )


def _tell(user, **extra):
    return notify(
        user=user,
        subject="The map session has moved online",
        body="Storm warning: we meet online instead. The link is on the session's page.",
        essential=True,
        text="A session has changed",
        link="/me/",
        action="See the new details",
        **extra,
    )


def test_an_essential_message_goes_by_email_text_and_letter_through_notify(through_notify, robyn):
    note = _tell(robyn)
    paths = sorted(path for path, _ in through_notify.received)
    assert paths == ["/v2/notifications/email", "/v2/notifications/letter", "/v2/notifications/sms"]
    sent = dict(through_notify.received)
    email = sent["/v2/notifications/email"]
    assert email["email_address"] == "robyn@example.org"
    assert email["template_id"] == "email-template"
    assert email["personalisation"]["subject"] == "Codesign: The map session has moved online"
    assert "Storm warning" in email["personalisation"]["body"]
    assert "/email/stop/" in email["one_click_unsubscribe_url"]
    text = sent["/v2/notifications/sms"]
    assert text["phone_number"] == "+447911123456"
    assert text["personalisation"]["body"].startswith("Codesign: A session has changed")
    letter = sent["/v2/notifications/letter"]
    pages = PdfReader(io.BytesIO(__import__("base64").b64decode(letter["content"]))).pages
    assert "PA23 7AB" in pages[0].extract_text()
    deliveries = list(note.deliveries.order_by("channel"))
    assert [d.channel for d in deliveries] == ["email", "letter", "text"]
    for delivery in deliveries:
        assert delivery.status == Delivery.Status.SENT and delivery.provider_id
    # Each went with its own key, which Notify quotes back.
    references = {payload["reference"] for _, payload in through_notify.received}
    assert references == {d.reference for d in deliveries}


def test_texts_go_through_twilios_sdk(settings, provider, robyn):
    settings.TEXT_BACKEND = "codesign.gateway.twilio.Twilio"
    settings.TWILIO_ACCOUNT_SID = fake_providers.TWILIO_SID
    settings.TWILIO_AUTH_TOKEN = fake_providers.TWILIO_TOKEN
    settings.TWILIO_FROM = "+447700900000"
    settings.TWILIO_BASE_URL = provider.url
    note = _tell(robyn)
    ((path, payload),) = provider.received
    assert payload["To"] == "+447911123456" and payload["From"] == "+447700900000"
    assert payload["Body"].startswith("Codesign: A session has changed")
    text = note.deliveries.get(channel="text")
    assert text.status == Delivery.Status.SENT and text.provider_id.startswith("SM")


def test_twilio_with_the_wrong_token_is_not_sent_and_not_tried_again(settings, provider, robyn):
    settings.TEXT_BACKEND = "codesign.gateway.twilio.Twilio"
    settings.TWILIO_ACCOUNT_SID = fake_providers.TWILIO_SID
    settings.TWILIO_AUTH_TOKEN = "wrong"
    settings.TWILIO_FROM = "+447700900000"
    settings.TWILIO_BASE_URL = provider.url
    text = _tell(robyn).deliveries.get(channel="text")
    assert text.status == Delivery.Status.NOT_SENT and "401" in text.error
    assert provider.received == []


def test_while_the_gateway_is_down_the_message_waits_in_the_inbox_and_is_tried_again(
    through_notify, robyn
):
    through_notify.answer_status = 500
    note = _tell(robyn)
    assert note.pk and robyn.notifications.count() == 1  # in the inbox at once
    text = note.deliveries.get(channel="text")
    assert text.status == Delivery.Status.WAITING and text.attempts == 1
    assert text.next_try_at > timezone.now()
    # Not before its time...
    assert deliveries_due_send(timezone.now()) == 0
    # ...then the provider is back, and each channel goes once.
    through_notify.answer_status = None
    deliveries_due_send(timezone.now() + timedelta(minutes=2))
    assert len(through_notify.received) == 3
    assert set(note.deliveries.values_list("status", flat=True)) == {Delivery.Status.SENT}


def test_after_the_last_try_it_shows_as_not_sent_and_is_never_sent_again(through_notify, robyn):
    through_notify.answer_status = 503
    text = _tell(robyn).deliveries.get(channel="text")
    moment = timezone.now()
    for _ in range(TRIES):
        moment += timedelta(hours=3)
        delivery_send(text.pk, now=moment)
    text.refresh_from_db()
    assert text.status == Delivery.Status.NOT_SENT and text.attempts == TRIES
    through_notify.answer_status = None
    assert delivery_send(text.pk, now=moment + timedelta(days=1)) == Delivery.Status.NOT_SENT
    assert through_notify.received == []


def test_a_message_the_provider_refuses_is_not_tried_again(through_notify, robyn):
    through_notify.answer_status = 400
    text = _tell(robyn).deliveries.get(channel="text")
    assert text.status == Delivery.Status.NOT_SENT and text.attempts == 1


def test_a_delivery_is_sent_at_most_once_however_often_its_task_runs(through_notify, robyn):
    note = _tell(robyn)
    for delivery in note.deliveries.all():
        delivery_send(delivery.pk)
        delivery_send(delivery.pk)
    assert len(through_notify.received) == 3


def test_a_bad_api_key_is_refused_by_the_provider_and_not_retried(through_notify, settings, robyn):
    settings.NOTIFY_API_KEY = f"bad-{fake_providers.NOTIFY_SERVICE_ID}-{'0' * 36}"
    email = _tell(robyn).deliveries.get(channel="email")
    assert email.status == Delivery.Status.NOT_SENT and "403" in email.error


def _receipt(client, settings, body, token="callback-secret"):
    settings.NOTIFY_CALLBACK_TOKEN = "callback-secret"
    return client.post(
        reverse("notify_receipt"),
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )


def test_a_delivery_receipt_marks_the_message_delivered(client, settings, through_notify, robyn):
    text = _tell(robyn).deliveries.get(channel="text")
    response = _receipt(client, settings, {"id": text.provider_id, "status": "delivered"})
    assert response.status_code == 204
    text.refresh_from_db()
    assert text.status == Delivery.Status.DELIVERED


def test_a_failure_receipt_shows_it_as_not_sent(client, settings, through_notify, robyn):
    text = _tell(robyn).deliveries.get(channel="text")
    _receipt(client, settings, {"id": text.provider_id, "status": "permanent-failure"})
    text.refresh_from_db()
    assert text.status == Delivery.Status.NOT_SENT and "permanent-failure" in text.error


def test_a_receipt_with_a_wrong_token_is_refused_and_changes_nothing(
    client, settings, through_notify, robyn
):
    text = _tell(robyn).deliveries.get(channel="text")
    body = {"id": text.provider_id, "status": "permanent-failure"}
    assert _receipt(client, settings, body, token="guess").status_code == 403
    settings.NOTIFY_CALLBACK_TOKEN = ""  # no token set: every receipt is refused
    response = client.post(reverse("notify_receipt"), data=body, content_type="application/json")
    assert response.status_code == 403
    text.refresh_from_db()
    assert text.status == Delivery.Status.SENT


def test_a_receipt_that_is_not_a_receipt_is_a_bad_request(client, settings, db):
    assert _receipt(client, settings, {"status": "delivered"}).status_code == 400
    assert _receipt(client, settings, "not json").status_code == 400


def test_receipts_take_only_post(client, db):
    assert client.get(reverse("notify_receipt")).status_code == 405


def test_without_a_letter_provider_letters_wait_for_the_lead_to_post(robyn):
    letter = _tell(robyn).deliveries.get(channel="letter")
    assert letter.status == Delivery.Status.TO_POST
    assert local.letters == []


def test_a_letter_is_an_a4_page_with_the_address_in_the_envelope_window(robyn):
    letter = _tell(robyn).deliveries.get(channel="letter")
    (page,) = PdfReader(io.BytesIO(letter_pdf([letter]))).pages
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    words = page.extract_text()
    for expected in ("Robyn", "Dunoon", "PA23 7AB", "moved online", "See the new details"):
        assert expected in words


def test_a_message_that_is_not_essential_is_not_posted(robyn):
    note = notify(user=robyn, subject="A new comment", body="Someone replied.", texted=False)
    assert not note.deliveries.filter(channel="letter").exists()


def test_twilio_needs_all_three_settings(monkeypatch):
    monkeypatch.setenv("TEXT_PROVIDER", "twilio")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC123")
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(ImproperlyConfigured, match="TWILIO_AUTH_TOKEN"):
        messaging_settings()


def test_notify_needs_its_key_and_templates(monkeypatch):
    monkeypatch.setenv("EMAIL_PROVIDER", "notify")
    monkeypatch.setenv("NOTIFY_API_KEY", fake_providers.NOTIFY_API_KEY)
    with pytest.raises(ImproperlyConfigured, match="NOTIFY_EMAIL_TEMPLATE_ID"):
        messaging_settings()
    monkeypatch.setenv("NOTIFY_EMAIL_TEMPLATE_ID", "t")
    assert messaging_settings()["EMAIL_GATEWAY"] == NOTIFY


def test_on_a_queue_that_can_wait_a_retry_is_queued_for_its_time(through_notify, settings, robyn):
    from django_tasks import default_task_backend

    through_notify.answer_status = 500
    text = _tell(robyn).deliveries.get(channel="text")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    delivery_send(text.pk, now=text.next_try_at)
    text.refresh_from_db()
    (queued,) = default_task_backend.results
    assert queued.task.run_after == text.next_try_at
    assert queued.args == [] and queued.kwargs == {"delivery_id": text.pk}


def test_emails_to_an_address_go_through_notify_too(through_notify, settings):
    """Sign-in codes and invitations are sent to an address, not from an inbox: with Notify
    chosen for email they leave through it as well."""
    from django.core.mail import get_connection, send_mail

    settings.EMAIL_BACKEND = "codesign.gateway.notify.NotifyEmailBackend"
    sent = send_mail("Your sign-in code", "It is 123456.", None, ["jo@example.org"])
    assert sent == 1
    ((path, payload),) = through_notify.received
    assert path == "/v2/notifications/email" and payload["email_address"] == "jo@example.org"
    assert payload["personalisation"] == {"subject": "Your sign-in code", "body": "It is 123456."}
    through_notify.answer_status = 503
    with pytest.raises(NotSent):
        send_mail("Again", "Body", None, ["jo@example.org"])
    quiet = get_connection(fail_silently=True)
    assert send_mail("Again", "Body", None, ["jo@example.org"], connection=quiet) == 0


def test_choosing_notify_for_email_sends_every_email_through_it(monkeypatch):
    monkeypatch.setenv("EMAIL_PROVIDER", "notify")
    monkeypatch.setenv("NOTIFY_API_KEY", fake_providers.NOTIFY_API_KEY)
    monkeypatch.setenv("NOTIFY_EMAIL_TEMPLATE_ID", "t")
    found = messaging_settings()
    assert found["EMAIL_BACKEND"] == "codesign.gateway.notify.NotifyEmailBackend"
