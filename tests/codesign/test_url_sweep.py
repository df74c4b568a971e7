"""The contract every page keeps, checked for every URL pattern in one table.

- a project page (MEMBER): anonymous visitors are sent to sign in, a signed-in outsider gets
  "page not found" (the project's existence stays hidden), and a wrong HTTP method gets 405;
- a signed-in page (SIGNED_IN): anonymous visitors are sent to sign in, wrong method 405;
- an open page (OPEN): anyone may ask; wrong method 405.

Adding a URL pattern without a row in PAGES fails `test_every_url_pattern_is_in_the_table`:
add the row here (its access and the methods it accepts); a URL that names an object by id
needs one in the `things` fixture, keyed by the path segment before the id ("people/<int:pk>/"
uses things["people"]), or by that segment and the one before it where one word names two
kinds of thing ("outcomes/<int:pk>/photos/<int:photo_pk>/" uses things["outcomes/photos"]).
Each request is checked to change nothing. The view's own test file keeps what differs by
role, the happy path and bad input. The admin and django-allauth's pages are not ours.
"""

import re

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse

from participants.models import Notification
from projects.files.images import image_process
from projects.models import GlossaryTerm, LegalHold
from sessions.meetings.services.photos import photo_add
from sessions.models import Concern, TimeOption, TimePoll
from sessions.payments.forms.claims import receipt_check
from sessions.payments.services.claims import claim_submit
from sessions.training.services.modules import step_picture_add
from tests.factories import (
    ContributionFactory,
    InvitationFactory,
    ParticipantFactory,
    PartnerFactory,
    ResourceFactory,
    SpendFactory,
    UpdateFactory,
)
from tests.participants.people import consent_for
from tests.projects.outcome_data import add_outcome, add_photo
from tests.projects.stage_data import add_decision
from tests.projects.test_images import jpeg_with_gps
from tests.sessions import places as places_helpers
from tests.sessions.conftest import make_session
from tests.sessions.credentials import badge, lead_organisation
from tests.sessions.payments import came_to
from tests.sessions.prototype_helpers import add_picture, comment, make_prototype, open_round
from tests.sessions.safeguarding import raise_concern
from tests.sessions.training import make_module

MEMBER, SIGNED_IN, OPEN = "member", "signed in", "open"
GET, POST, GET_POST = ("GET",), ("POST",), ("GET", "POST")

# url name: (access, methods the view accepts)
PAGES = {
    # projects
    "home": (OPEN, GET),
    "glossary": (OPEN, GET),
    "accessibility": (OPEN, GET),
    # The installable app: its manifest, service worker and the page shown with no signal.
    "manifest": (OPEN, GET),
    "service_worker": (OPEN, GET),
    "offline": (OPEN, GET),
    # Shown only with DEBUG on or to staff; everyone else gets "page not found"
    # (tests/codesign/test_styleguide.py).
    "styleguide": (OPEN, GET),
    "public:project": (OPEN, GET),
    "projects:list": (SIGNED_IN, GET),
    "projects:new": (SIGNED_IN, GET_POST),
    "projects:detail": (MEMBER, GET),
    "projects:edit": (MEMBER, GET_POST),
    "projects:stage": (MEMBER, GET_POST),
    "projects:stage_history": (MEMBER, GET),
    "projects:privacy": (MEMBER, GET),
    "projects:privacy_hold": (MEMBER, POST),
    "projects:privacy_hold_lift": (MEMBER, POST),
    "projects:updates": (MEMBER, GET),
    "projects:update_new": (MEMBER, GET_POST),
    "projects:update_edit": (MEMBER, GET_POST),
    "projects:update_delete": (MEMBER, GET_POST),
    "projects:resources": (MEMBER, GET),
    "projects:resource_new": (MEMBER, GET_POST),
    "projects:resource_edit": (MEMBER, GET_POST),
    "projects:resource_delete": (MEMBER, GET_POST),
    # Public files download for anyone, so this one is open; members-only files are checked in
    # tests/projects/test_resource_download.py.
    "projects:resource_download": (OPEN, GET),
    "projects:decisions": (MEMBER, GET),
    "projects:decision_new": (MEMBER, GET_POST),
    "projects:decision_edit": (MEMBER, GET_POST),
    "projects:outcomes": (MEMBER, GET),
    "projects:outcome_new": (MEMBER, GET_POST),
    "projects:outcome": (MEMBER, GET),
    "projects:outcome_edit": (MEMBER, GET_POST),
    "projects:outcome_review": (MEMBER, POST),
    "projects:outcome_in_practice": (MEMBER, POST),
    "projects:outcome_photo_new": (MEMBER, GET_POST),
    "projects:outcome_photo": (MEMBER, GET),
    "projects:outcome_photo_small": (MEMBER, GET),
    "projects:outcome_photo_remove": (MEMBER, GET_POST),
    "projects:reflections": (MEMBER, GET_POST),
    "projects:glossary": (MEMBER, GET),
    "projects:glossary_new": (MEMBER, GET_POST),
    "projects:glossary_edit": (MEMBER, GET_POST),
    "projects:glossary_delete": (MEMBER, GET_POST),
    "projects:partners": (MEMBER, GET),
    "projects:partner_add": (MEMBER, GET_POST),
    "projects:partner_edit": (MEMBER, GET_POST),
    "projects:partner_remove": (MEMBER, GET_POST),
    "projects:funding_csv": (MEMBER, GET),
    "projects:contribution_add": (MEMBER, GET_POST),
    "projects:contribution_edit": (MEMBER, GET_POST),
    "projects:contribution_delete": (MEMBER, GET_POST),
    "projects:spend_add": (MEMBER, GET_POST),
    "projects:spend_edit": (MEMBER, GET_POST),
    "projects:spend_delete": (MEMBER, GET_POST),
    # participants: people, invitations and joining
    "participants:people": (MEMBER, GET),
    "participants:invite": (MEMBER, GET_POST),
    "participants:network": (MEMBER, GET_POST),
    # An organisation's network: its leads only (tests/participants/test_organisation_network.py).
    "organisation:network": (MEMBER, GET_POST),
    # How long the organisation's projects keep records: its leads only
    # (tests/projects/test_organisation_records.py).
    "organisation:records": (MEMBER, GET),
    "organisation:record_period": (MEMBER, GET_POST),
    "organisation:record_usual": (MEMBER, POST),
    # An organisation's safeguarding leads: named by its leads, and the concerns of the
    # projects it leads (tests/sessions/test_safeguarding_organisation.py).
    "organisation_safeguarding:leads": (MEMBER, GET_POST),
    "organisation_safeguarding:concerns": (MEMBER, GET),
    "participants:letters": (MEMBER, GET),
    # Hours kept honestly: a person's own (tests/sessions/test_hours.py), and the time sheet a
    # project lead prints for someone.
    "hours:mine": (SIGNED_IN, GET),
    "hours:time_sheet": (MEMBER, GET),
    "payments:time_sheet": (MEMBER, GET),
    "participants:letters_pdf": (MEMBER, GET),
    "participants:letters_posted": (MEMBER, POST),
    "participants:invitation_card": (MEMBER, GET),
    "participants:invitation_revoke": (MEMBER, POST),
    "participants:invitation_resend": (MEMBER, POST),
    "participants:settings": (MEMBER, GET_POST),
    "participants:open_join_new_code": (MEMBER, POST),
    "participants:join_poster": (MEMBER, GET),
    "participants:add_offline": (MEMBER, GET_POST),
    "participants:waiting": (MEMBER, GET),
    "participants:person": (MEMBER, GET),
    "participants:person_role": (MEMBER, POST),
    "participants:person_leave": (MEMBER, POST),
    "participants:person_bring_back": (MEMBER, POST),
    "participants:person_code": (MEMBER, POST),
    "participants:person_working_group": (MEMBER, POST),
    "participants:approve": (MEMBER, POST),
    "participants:decline": (MEMBER, POST),
    "participants:sign_in_card": (MEMBER, GET_POST),
    "join": (OPEN, GET_POST),
    "join_code": (OPEN, GET_POST),
    "signin_card_use": (OPEN, GET_POST),
    # A delivery receipt from GOV.UK Notify, let in only with its token (test_gateway.py).
    "notify_receipt": (OPEN, POST),
    # One-click "less email" and "do not invite me again", by a signed link (test_unsubscribe.py).
    "email_stop": (OPEN, GET_POST),
    "no_invitations": (OPEN, GET_POST),
    # participants: needs, consent and My page
    "needs:welcome": (MEMBER, GET_POST),
    "needs:my_needs": (MEMBER, GET_POST),
    "needs:summary": (MEMBER, GET),
    "needs:record": (MEMBER, GET_POST),
    "needs:consent": (MEMBER, GET_POST),
    "needs:consent_print": (MEMBER, GET),
    "needs:consent_paper": (MEMBER, GET_POST),
    "me:home": (SIGNED_IN, GET_POST),
    "me:data": (SIGNED_IN, GET),
    "me:data_json": (SIGNED_IN, GET),
    "me:delete": (SIGNED_IN, GET_POST),
    "me:consent_withdraw": (SIGNED_IN, POST),
    "me:sign_in_card": (SIGNED_IN, GET),
    "me:sign_in_name": (SIGNED_IN, GET),
    "me:texts_stop": (SIGNED_IN, POST),
    "me:future_work": (SIGNED_IN, GET_POST),
    "me:future_work_stop": (SIGNED_IN, POST),
    "me:messages": (SIGNED_IN, GET),
    "me:message_open": (SIGNED_IN, POST),
    "me:messages_read": (SIGNED_IN, POST),
    # sessions
    "sessions:list": (MEMBER, GET),
    "sessions:new": (MEMBER, GET_POST),
    "sessions:detail": (MEMBER, GET),
    "sessions:ics": (MEMBER, GET),
    "sessions:edit": (MEMBER, GET_POST),
    "sessions:notes": (MEMBER, GET_POST),
    "sessions:disrupt": (MEMBER, GET_POST),
    "sessions:reply": (MEMBER, GET_POST),
    "sessions:reply_record": (MEMBER, GET_POST),
    "sessions:checkin": (MEMBER, GET_POST),
    "sessions:attendance": (MEMBER, POST),
    "sessions:sent_later": (MEMBER, POST),
    "sessions:photo_new": (MEMBER, GET_POST),
    "sessions:photo": (MEMBER, GET),
    "sessions:photo_small": (MEMBER, GET),
    "sessions:photo_delete": (MEMBER, GET_POST),
    "sessions:pitch": (MEMBER, GET_POST),
    "sessions:pitch_score": (MEMBER, GET_POST),
    "sessions:poll_new": (MEMBER, GET_POST),
    "sessions:poll": (MEMBER, GET_POST),
    "sessions:poll_pick": (MEMBER, POST),
    "working_group:page": (MEMBER, GET),
    "coproduction:page": (MEMBER, GET),
    "coproduction:rate": (MEMBER, POST),
    "report:page": (MEMBER, GET),
    "report:sessions_csv": (MEMBER, GET),
    "report:outcomes_csv": (MEMBER, GET),
    "report:feedback_csv": (MEMBER, GET),
    "report:edit": (MEMBER, GET_POST),
    "report:person_certificate": (MEMBER, GET),
    "certificate:mine": (MEMBER, GET),
    "certificate:open_badge": (MEMBER, POST),
    # Open Badges: checked by anyone; downloaded by their holder; revoked by the project's lead.
    "credentials:verify": (OPEN, GET_POST),
    "credentials:keys": (OPEN, GET),
    "credentials:issuer": (OPEN, GET),
    "credentials:check": (OPEN, GET),
    "credentials:status": (OPEN, GET),
    "my_credentials:download": (SIGNED_IN, GET),
    "my_credentials:readable": (SIGNED_IN, GET),
    "project_credentials:list": (MEMBER, GET),
    "project_credentials:revoke": (MEMBER, GET_POST),
    "project_credentials:training": (MEMBER, POST),
    "working_group:join": (MEMBER, POST),
    "working_group:leave": (MEMBER, POST),
    "working_group:update_new": (MEMBER, GET_POST),
    "working_group:handover": (MEMBER, GET_POST),
    "working_group:round_new": (MEMBER, GET_POST),
    "working_group:round": (MEMBER, GET),
    "working_group:round_next": (MEMBER, GET_POST),
    "working_group:apply": (MEMBER, GET_POST),
    "working_group:withdraw": (MEMBER, POST),
    "working_group:decide": (MEMBER, GET_POST),
    "working_group:reply": (MEMBER, POST),
    "working_group:application": (MEMBER, GET_POST),
    # payments
    "payments:home": (MEMBER, GET),
    "payments:rates": (MEMBER, GET_POST),
    "payments:terms": (MEMBER, GET_POST),
    "payments:queue": (MEMBER, GET),
    "payments:finance": (MEMBER, GET),
    "payments:letter": (MEMBER, GET),
    "payments:claim_new": (MEMBER, GET_POST),
    "payments:claim_record": (MEMBER, GET_POST),
    "payments:claim": (MEMBER, GET),
    "payments:claim_edit": (MEMBER, GET_POST),
    "payments:claim_decide": (MEMBER, GET_POST),
    "payments:claim_pay": (MEMBER, GET_POST),
    "payments:claim_unpay": (MEMBER, GET_POST),
    "payments:receipt": (MEMBER, GET),
    "training:list": (MEMBER, GET),
    "training:new": (MEMBER, GET_POST),
    "training:module": (MEMBER, GET),
    "training:edit": (MEMBER, GET_POST),
    "training:publish": (MEMBER, POST),
    "training:step_new": (MEMBER, GET_POST),
    "training:step_edit": (MEMBER, GET_POST),
    "training:picture_new": (MEMBER, GET_POST),
    "training:picture": (MEMBER, GET),
    "training:picture_small": (MEMBER, GET),
    "training:start": (MEMBER, GET_POST),
    "training:take": (MEMBER, GET),
    "training:finish": (MEMBER, GET_POST),
    "training:deliver": (MEMBER, GET_POST),
    # ideas and prototypes
    "prototypes:list": (MEMBER, GET),
    "prototypes:new": (MEMBER, GET_POST),
    "prototypes:moderation": (MEMBER, GET),
    "prototypes:detail": (MEMBER, GET),
    "prototypes:edit": (MEMBER, GET_POST),
    "prototypes:version_new": (MEMBER, GET_POST),
    "prototypes:image_new": (MEMBER, GET_POST),
    "prototypes:image": (MEMBER, GET),
    "prototypes:image_small": (MEMBER, GET),
    "prototypes:decide": (MEMBER, GET_POST),
    "prototypes:outcome_new": (MEMBER, GET_POST),
    "prototypes:comment": (MEMBER, POST),
    "prototypes:comment_edit": (MEMBER, GET_POST),
    "prototypes:comment_delete": (MEMBER, GET_POST),
    "prototypes:report": (MEMBER, GET_POST),
    "prototypes:hide": (MEMBER, GET_POST),
    "prototypes:show": (MEMBER, POST),
    "prototypes:look_again": (MEMBER, POST),
    "prototypes:sheet_new": (MEMBER, GET_POST),
    "prototypes:round_new": (MEMBER, GET_POST),
    "prototypes:round": (MEMBER, GET_POST),
    # A person's calendar address and reminders; the feed itself opens by its secret address.
    "calendar:mine": (SIGNED_IN, GET),
    "calendar:feed_new": (SIGNED_IN, POST),
    "calendar:feed_revoke": (SIGNED_IN, POST),
    "calendar:reminders": (SIGNED_IN, POST),
    "calendar:feed": (OPEN, GET),
    # keeping people safe
    "safeguarding:home": (MEMBER, GET),
    "safeguarding:raise": (MEMBER, GET_POST),
    "safeguarding:received": (MEMBER, GET),
    "safeguarding:leads": (MEMBER, GET_POST),
    "safeguarding:vetting": (MEMBER, GET),
    "safeguarding:vetting_new": (MEMBER, GET_POST),
    "safeguarding:concern": (MEMBER, GET),
    "safeguarding:action_new": (MEMBER, GET_POST),
    "safeguarding:referral_new": (MEMBER, GET_POST),
    "safeguarding:referral_made": (MEMBER, POST),
    "safeguarding:close": (MEMBER, GET_POST),
    "safeguarding:safety_mine": (MEMBER, GET_POST),
    "safeguarding:safety_delete": (MEMBER, GET_POST),
    "safeguarding:safety_list": (MEMBER, GET),
    "safeguarding:today": (MEMBER, GET_POST),
}

NOT_OURS = ("admin/", "accounts/")


def _patterns(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(NOT_OURS):
            continue
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _patterns(pattern, route, inner)
        else:
            yield namespace + (pattern.name or f"<unnamed {route}>"), route


def _unlisted(names, table):
    return sorted(set(names) - table.keys()), sorted(table.keys() - set(names))


def test_every_url_pattern_is_in_the_table():
    missing, stale = _unlisted([name for name, _route in _patterns()], PAGES)
    assert not missing, f"add these URLs to PAGES in {__name__}: {missing}"
    assert not stale, f"these rows name no URL any more: {stale}"


def test_a_url_without_a_row_is_reported():
    names = [name for name, _route in _patterns()]
    table = {name: row for name, row in PAGES.items() if name != "participants:approve"}
    assert _unlisted(names, table) == (["participants:approve"], [])
    assert _unlisted([*names, "workshops:new"], PAGES) == (["workshops:new"], [])


@pytest.fixture
def things(cast):
    """One real object of each kind a URL can name, in the cast's project."""
    project = cast.project
    offline = ParticipantFactory(project=project, user=None, display_name="Kirsty")
    partner = PartnerFactory(project=project)
    outcome = add_outcome(project, cast.lead)
    return {
        "updates": UpdateFactory(project=project, author=cast.lead),
        "resources": ResourceFactory(project=project),
        "decisions": add_decision(project),
        "outcomes": outcome,
        "outcomes/photos": add_photo(outcome, cast.facilitator),
        "glossary": GlossaryTerm.objects.create(
            project=project, term="STAF", plain_meaning="A charity."
        ),
        "partners": partner,
        "funding": ContributionFactory(partner=partner),
        "spending": SpendFactory(project=project),
        "invitations": InvitationFactory(project=project, invited_by=cast.lead),
        "people": cast.participants["staff"],
        "certificates": offline,
        "needs": offline,
        "paper": offline,
        "consents": consent_for(cast.participants["young_person"], "contact", "yes"),
        "messages": Notification.objects.create(user=cast.young_person, subject="Hi", body="Hello"),
        "hold": LegalHold.objects.create(project=project, reason="A complaint is open."),
        **_session_things(cast),
        **_payment_things(cast),
        **_prototype_things(cast),
        **_training_things(cast),
        **_safeguarding_things(cast),
        **_credential_things(cast),
        **_places_things(cast),
    }


def _credential_things(cast):
    """An Open Badge issued in the project, and the organisation that issued it."""
    credential = badge(cast)
    return {"credentials": credential, "issuers": lead_organisation(cast.project)}


def _places_things(cast):
    """A round of places on the working group with one application, for its URLs."""
    places_round = places_helpers.open_round(cast)
    application = places_helpers.apply(places_round, cast.participants["staff"])
    return {"places": places_round, "places/applications": application}


def _training_things(cast):
    """A published module whose first step has a picture, for the training URLs."""
    module = make_module(cast.project)
    step = module.steps.first()
    step_picture_add(
        step=step,
        by=cast.facilitator,
        processed=image_process(SimpleUploadedFile("talk.jpg", jpeg_with_gps())),
        alt_text="Two people talking",
    )
    return {"training": module, "steps": step, "take": step}


def _safeguarding_things(cast):
    """An allegation about an adult, with its referral to the designated officer."""
    concern = raise_concern(cast, category=Concern.Category.CONDUCT)
    return {"concerns": concern, "concerns/referrals": concern.referrals.get()}


def _prototype_things(cast):
    """An idea with a picture, a comment and a test round, for the prototypes URLs."""
    prototype = make_prototype(cast)
    return {
        "prototypes": prototype,
        "ideas": prototype,
        "pictures": add_picture(cast, prototype),
        "comments": comment(cast, prototype, "staff"),
        "test-rounds": open_round(prototype),
    }


def _session_things(cast):
    """A session with a photo, and a poll to find a time, for the sessions URLs."""
    session = make_session(cast.project)
    photo = photo_add(
        session=session,
        by=cast.facilitator,
        processed=image_process(SimpleUploadedFile("map.jpg", jpeg_with_gps())),
        alt_text="A map of Oban",
    )
    poll = TimePoll.objects.create(project=cast.project, title="Mapping day")
    TimeOption.objects.create(poll=poll, starts_at=session.starts_at, ends_at=session.ends_at)
    return {"sessions": session, "photos": photo, "times": poll}


def _payment_things(cast):
    """A claim with a receipt, for the payments URLs."""
    young = cast.participants["young_person"]
    session = came_to(young)
    claim = claim_submit(
        participant=young,
        session=session,
        by=young.user,
        minutes=60,
        route="voucher",
        expenses=[
            {
                "kind": "travel",
                "amount_pence": 460,
                "receipt": receipt_check(SimpleUploadedFile("bus.jpg", jpeg_with_gps())),
            }
        ],
    )
    return {"claims": claim, "receipts": claim.expenses.get()}


def _url(name, cast, things):
    route = dict(_patterns())[name]
    kwargs, parent = {}, ""
    for before, converter, key in re.findall(r"([\w-]+)/<(?:(\w+):)?(\w+)>", route):
        if key == "slug":
            kwargs[key] = cast.project.slug
        elif converter == "int":
            nested = f"{parent}/{before}"
            kwargs[key] = things[nested if nested in things else before].pk
        else:
            kwargs[key] = "KXPT7HWQ"
        parent = before
    return reverse(name, kwargs=kwargs)


def _everything():
    """Every row our apps hold, to show a refused request changed nothing."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for label in ("projects", "participants", "workshops")
        for model in apps.get_app_config(label).get_models()
    }


def _call(client, method, url):
    return getattr(client, method.lower())(url)


def _wrong_methods(methods):
    return [method for method in ("GET", "POST", "PUT", "PATCH", "DELETE") if method not in methods]


def _rows(*accesses):
    rows = sorted((name, row) for name, row in PAGES.items() if row[0] in accesses)
    return pytest.mark.parametrize(("name", "row"), rows, ids=[name for name, _ in rows])


@_rows(MEMBER, SIGNED_IN)
def test_anonymous_visitors_are_sent_to_sign_in(client, cast, things, name, row):
    _access, methods = row
    url = _url(name, cast, things)
    before = _everything()
    for method in methods:
        response = _call(client, method, url)
        assert response.status_code == 302, (method, response.status_code)
        assert response["Location"].startswith(reverse("account_login"))
    assert _everything() == before


@_rows(MEMBER)
def test_outsiders_do_not_learn_the_project_exists(client, cast, things, name, row):
    _access, methods = row
    client.force_login(cast.outsider)
    url = _url(name, cast, things)
    before = _everything()
    for method in methods:
        response = _call(client, method, url)
        assert response.status_code == 404, method
        assert cast.project.title not in response.content.decode()
    assert _everything() == before


@_rows(MEMBER, SIGNED_IN, OPEN)
def test_a_wrong_method_is_refused(client, cast, things, name, row):
    _access, methods = row
    client.force_login(cast.lead)
    url = _url(name, cast, things)
    before = _everything()
    for wrong in _wrong_methods(methods):
        assert _call(client, wrong, url).status_code == 405, wrong
    assert _everything() == before
