"""A concern's words are on its own page, for the safeguarding leads, and nowhere else: on no
other page anyone in the cast can open, in no email, no message in anyone's inbox, no audit
entry, no download of someone's data and nothing kept in the cache."""

import pytest
from django.core import mail
from django.core.cache import cache

from participants.models import Notification
from projects.models import AuditEntry
from sessions.models import Concern
from tests.codesign.test_url_sweep import MEMBER, PAGES, SIGNED_IN, _url, things  # noqa: F401
from tests.conftest import MEMBER_ROLES
from tests.sessions.safeguarding import name_leads, raise_concern

SECRET = "Zebra"
# The one page that shows the words, to the safeguarding leads.
ITS_OWN_PAGE = "safeguarding:concern"


@pytest.fixture
def words_everywhere(cast, things):  # noqa: F811
    name_leads(cast, "facilitator")
    raise_concern(cast, "young_person")
    raise_concern(cast, "staff", category=Concern.Category.CONDUCT)
    return things


def _pages():
    return sorted(
        name
        for name, (access, methods) in PAGES.items()
        if access in (MEMBER, SIGNED_IN) and "GET" in methods and name != ITS_OWN_PAGE
    )


@pytest.mark.parametrize("who", [*MEMBER_ROLES, "outsider"])
def test_the_words_are_on_no_other_page(client, cast, words_everywhere, who):
    client.force_login(cast.users[who])
    for name in _pages():
        response = client.get(_url(name, cast, words_everywhere))
        body = b"".join(response) if response.streaming else response.content
        assert SECRET.encode() not in body, (who, name)


def test_the_words_are_on_their_own_page_for_a_safeguarding_lead(client_as, cast, words_everywhere):
    concern = Concern.objects.filter(raised_by=cast.young_person).first()
    page = client_as("facilitator").get(concern_url := _concern_url(cast, concern))
    assert SECRET in page.content.decode()
    assert concern_url


def _concern_url(cast, concern):
    from django.urls import reverse

    return reverse(ITS_OWN_PAGE, kwargs={"slug": cast.project.slug, "pk": concern.pk})


def test_the_words_are_in_no_email_message_audit_entry_or_cache(client_as, cast, words_everywhere):
    concern = Concern.objects.filter(raised_by=cast.young_person).first()
    client_as("facilitator").get(_concern_url(cast, concern))
    assert Notification.objects.filter(subject="A new concern needs you").exists()
    for notice in Notification.objects.all():
        assert SECRET not in notice.body + notice.subject + notice.text_body
    for message in mail.outbox:
        assert SECRET not in message.subject + message.body
        assert all(SECRET not in str(part) for part in getattr(message, "alternatives", ()))
    for entry in AuditEntry.objects.all():
        assert SECRET not in entry.target_text + str(entry.detail)
    assert all(SECRET.encode() not in value for value in _every_cached_value())


def _every_cached_value():
    """Every value in the cache as bytes: the local-memory cache's own dict, or every key of
    the Redis database the tests use (CI's PostgreSQL pass)."""
    kept = getattr(cache, "_cache", None)
    if isinstance(kept, dict):
        return list(kept.values())
    client = kept.get_client(write=False)
    return [client.get(key) or b"" for key in client.scan_iter("*")]


def test_the_person_who_raised_it_sees_only_that_it_was_received(client_as, cast, words_everywhere):
    from django.urls import reverse

    page = client_as("young_person").get(reverse("projects:detail", args=[cast.project.slug]))
    text = page.content.decode()
    assert "worried about someone 2 times" in text and "They received it." in text
    assert SECRET not in text


# Safety information for a session and "How was today?" answers: the health notes, the
# emergency contact and an answer's words are on the pages of their own and nowhere else.
SAFETY_SECRETS = ("Quokka", "Wombat", "07700 900123", "Kookaburra")
# Where the people who run the session read them.
RUNNERS_PAGE = "safeguarding:safety_list"
# Where the young person sees their own.
OWN_PAGES = {"safeguarding:safety_mine", "safeguarding:today", "me:data", "me:data_json"}


@pytest.fixture
def safety_everywhere(cast, things):  # noqa: F811
    from sessions.safeguarding.services.how_was_today import how_was_today_answer
    from tests.sessions.conftest import reply
    from tests.sessions.session_safety import ended_session, give_safety_info

    young = cast.participants["young_person"]
    session = things["sessions"]
    session.runners.set([cast.participants["facilitator"]])
    reply(session, young, "yes")
    give_safety_info(session, young)
    ended = ended_session(cast, came=("young_person",))
    give_safety_info(ended, young)
    how_was_today_answer(session=ended, participant=young, feeling="not_good", words="Kookaburra")
    return things


def _safety_pages(who):
    skip = {RUNNERS_PAGE} | (OWN_PAGES if who == "young_person" else set())
    return [name for name in _pages() if name not in skip] + (
        [ITS_OWN_PAGE] if who != "facilitator" else []
    )


@pytest.mark.parametrize("who", [*MEMBER_ROLES, "outsider"])
def test_safety_information_is_on_no_other_page(client, cast, safety_everywhere, who):
    client.force_login(cast.users[who])
    for name in _safety_pages(who):
        response = client.get(_url(name, cast, safety_everywhere))
        body = b"".join(response) if response.streaming else response.content
        for secret in SAFETY_SECRETS:
            assert secret.encode() not in body, (who, name, secret)
    cached = _every_cached_value()
    assert not [s for s in SAFETY_SECRETS if any(s.encode() in value for value in cached)]


def test_safety_information_is_in_no_email_message_audit_entry_or_cache(
    client_as, cast, safety_everywhere
):
    from django.urls import reverse

    session = safety_everywhere["sessions"]
    page = client_as("facilitator").get(
        reverse(RUNNERS_PAGE, kwargs={"slug": cast.project.slug, "pk": session.pk})
    )
    assert "Quokka" in page.content.decode()
    assert AuditEntry.objects.filter(action="safety_info_view").exists()
    assert Notification.objects.filter(subject="Someone said today was not good").exists()
    for secret in SAFETY_SECRETS:
        for notice in Notification.objects.all():
            assert secret not in notice.body + notice.subject + notice.text_body
        for message in mail.outbox:
            assert secret not in message.subject + message.body
        for entry in AuditEntry.objects.all():
            assert secret not in entry.target_text + str(entry.detail)
        assert all(secret.encode() not in value for value in _every_cached_value())
