"""Raising a concern: "Worried about someone?" on every project page, who will see it, the
concern saved once, the safeguarding leads told that it needs them (and nothing more)."""

import uuid

import pytest
from django.core import mail
from django.urls import reverse

from participants.models import Notification
from projects.models import AuditEntry
from sessions.models import Concern, Referral
from sessions.safeguarding.selectors.concerns import next_working_day
from tests.conftest import MEMBER_ROLES
from tests.sessions.safeguarding import WORDS, name_leads

pytestmark = pytest.mark.django_db


def _url(cast, name="safeguarding:raise"):
    return reverse(name, kwargs={"slug": cast.project.slug})


def _post(client, cast, **fields):
    data = {"token": str(uuid.uuid4()), "category": "welfare", "what_happened": WORDS} | fields
    return client.post(_url(cast), data)


@pytest.fixture
def leads(cast):
    return name_leads(cast, "facilitator", "manager")


def test_every_project_page_has_the_link(client_as, cast):
    client = client_as("young_person")
    for name in ("projects:detail", "sessions:list", "participants:people"):
        page = client.get(reverse(name, kwargs={"slug": cast.project.slug})).content.decode()
        assert "Worried about someone?" in page
        assert _url(cast) in page


def test_it_says_who_will_see_it(client_as, cast, leads):
    page = client_as("young_person").get(_url(cast)).content.decode()
    assert "Who will see what you write" in page
    assert "Facilitator" in page and "Manager" in page
    assert 'name="token"' in page


def test_without_leads_it_says_so(client_as, cast):
    page = client_as("young_person").get(_url(cast)).content.decode()
    assert "no safeguarding lead yet" in page


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_can_raise_one(client_as, cast, leads, who):
    response = _post(client_as(who), cast)
    assert response.status_code == 302
    assert response["Location"] == _url(cast, "safeguarding:received")
    concern = Concern.objects.get()
    assert concern.raised_by == cast.users[who]
    assert concern.what_happened == WORDS


def test_the_confirmation_names_the_leads_and_not_the_words(client_as, cast, leads):
    client = client_as("young_person")
    page = client.get(_url(cast, "safeguarding:received")).content.decode()
    assert "We have received your concern" in page
    assert "Facilitator" in page


def test_it_tells_the_leads_only_that_a_concern_needs_them(client_as, cast, leads):
    _post(client_as("young_person"), cast)
    concern = Concern.objects.get()
    notices = Notification.objects.filter(subject="A new concern needs you")
    assert sorted(n.user.email for n in notices) == [
        "facilitator@example.org",
        "manager@example.org",
    ]
    for notice in notices:
        assert WORDS not in notice.body and "Zebra" not in notice.text_body
        assert notice.link == reverse(
            "safeguarding:concern", kwargs={"slug": cast.project.slug, "pk": concern.pk}
        )
    assert not any("Zebra" in message.body for message in mail.outbox)


def test_it_is_written_to_the_audit_trail_without_words(client_as, cast, leads):
    _post(client_as("young_person"), cast)
    entry = AuditEntry.objects.get(action="concern_raise")
    assert entry.actor == cast.young_person
    assert "Zebra" not in entry.target_text and "Zebra" not in str(entry.detail)


def test_sending_the_form_twice_saves_one_concern(client_as, cast, leads):
    client = client_as("young_person")
    token = str(uuid.uuid4())
    _post(client, cast, token=token)
    second = _post(client, cast, token=token)
    assert second.status_code == 302
    assert Concern.objects.count() == 1
    assert Notification.objects.filter(subject="A new concern needs you").count() == 2


def test_an_allegation_about_an_adult_has_a_referral_due_the_next_working_day(
    client_as, cast, leads
):
    _post(client_as("young_person"), cast, category="conduct")
    referral = Referral.objects.get()
    concern = Concern.objects.get()
    assert "designated officer" in referral.to
    assert referral.due_on == next_working_day(concern.raised_at.date())
    assert referral.due_on.weekday() < 5


def test_the_next_working_day_skips_the_weekend():
    from datetime import date

    assert next_working_day(date(2026, 12, 4)) == date(2026, 12, 7)  # Friday → Monday
    assert next_working_day(date(2026, 12, 5)) == date(2026, 12, 7)  # Saturday → Monday
    assert next_working_day(date(2026, 12, 7)) == date(2026, 12, 8)  # Monday → Tuesday


def test_it_needs_words(client_as, cast, leads):
    response = _post(client_as("young_person"), cast, what_happened="   ")
    assert response.status_code == 200
    assert "Tell us what you saw, heard or were told." in response.content.decode()
    assert not Concern.objects.exists()
    assert not Notification.objects.exists()


def test_it_needs_a_category(client_as, cast, leads):
    response = _post(client_as("young_person"), cast, category="")
    assert "Choose what you are worried about." in response.content.decode()
    assert not Concern.objects.exists()


def test_it_refuses_a_missing_token(client_as, cast, leads):
    response = _post(client_as("young_person"), cast, token="")
    assert response.status_code == 200
    assert not Concern.objects.exists()


def test_anonymous_visitors_sign_in_first(client, cast):
    response = client.get(_url(cast))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_outsiders_get_not_found(client_as, cast):
    assert client_as("outsider").get(_url(cast)).status_code == 404
    assert _post(client_as("outsider"), cast).status_code == 404
    assert not Concern.objects.exists()


def test_a_site_administrator_outside_the_project_may_not_raise_one(client, cast):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(_url(cast)).status_code == 403


def test_it_rejects_other_methods(client_as, cast):
    assert client_as("young_person").put(_url(cast)).status_code == 405
    assert client_as("young_person").post(_url(cast, "safeguarding:received")).status_code == 405
