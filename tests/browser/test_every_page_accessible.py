"""Every page of the demo project, opened as the people who use it, on a computer and a phone,
passes the automated WCAG 2.2 AA checks. Journeys elsewhere test what the pages do; this makes
sure no page is left unchecked."""

import pytest
from django.urls import reverse

from participants.models import Invitation, Participant
from participants.seed.demo_network import NEXT_SLUG
from projects.models import OrganisationMember
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = [pytest.mark.browser, pytest.mark.sweep]


def project_url(name, project, **kwargs):
    return reverse(name, kwargs={"slug": project.slug, **kwargs})


def lead_pages(project):
    partner = project.partners.order_by("pk").first()
    contribution = project.funding.order_by("pk").first()
    spend = project.spending.order_by("pk").first()
    decision = project.decisions.order_by("pk").first()
    word = project.glossary_terms.order_by("pk").first()
    update = project.updates.order_by("pk").first()
    resource = project.resources.order_by("pk").first()
    person = project.participants.filter(role="staff").first()
    # A sign-in card is only for someone with no email address.
    no_email = project.participants.filter(role="young_person", user__email__isnull=True).first()
    offline = project.participants.filter(user__isnull=True, status="active").first()
    invitation = Invitation.objects.filter(project=project, revoked_at=None).first()
    pages = [
        "/",
        reverse("projects:list"),
        reverse("projects:new"),
        *(
            project_url(name, project)
            for name in [
                "projects:detail",
                "projects:edit",
                "projects:stage",
                "projects:stage_history",
                "projects:privacy",
                "projects:partners",
                "projects:partner_add",
                "projects:contribution_add",
                "projects:spend_add",
                "projects:decisions",
                "projects:decision_new",
                "projects:outcomes",
                "projects:outcome_new",
                "working_group:page",
                "working_group:update_new",
                "projects:reflections",
                "coproduction:page",
                "report:page",
                "projects:glossary",
                "projects:glossary_new",
                "projects:updates",
                "projects:update_new",
                "projects:resources",
                "projects:resource_new",
                "participants:people",
                "participants:invite",
                "participants:network",
                "participants:letters",
                "participants:join_poster",
                "participants:settings",
                "participants:add_offline",
                "needs:summary",
                "needs:my_needs",
                "needs:consent",
                "needs:consent_print",
            ]
        ),
        project_url("projects:partner_edit", project, pk=partner.pk),
        project_url("projects:partner_remove", project, pk=partner.pk),
        project_url("projects:contribution_edit", project, pk=contribution.pk),
        project_url("projects:spend_edit", project, pk=spend.pk),
        project_url("projects:decision_edit", project, pk=decision.pk),
        project_url("projects:glossary_edit", project, pk=word.pk),
        *outcome_pages(project, records=True),
        project_url("report:edit", project, section="helped"),
        project_url("report:person_certificate", project, pk=offline.pk),
        project_url("project_credentials:list", project),
        project_url("project_credentials:revoke", project, pk=_badge(project).pk),
        project_url("projects:update_edit", project, pk=update.pk),
        project_url("projects:updates", project) + "?from=working-group",
        project_url("projects:resource_edit", project, pk=resource.pk),
        project_url("participants:person", project, pk=person.pk),
        project_url("participants:invitation_card", project, pk=invitation.pk),
        # Only the confirmation: making a card would end a demo person's password.
        project_url("participants:sign_in_card", project, pk=no_email.pk),
        project_url("needs:record", project, participant_id=offline.pk),
        project_url("needs:consent_paper", project, participant_id=offline.pk),
        *session_pages(project, runs=True),
        *payment_pages(project, lead=True),
        *prototype_pages(project, runs=True),
        *places_pages(project, lead=True),
        project_url("safeguarding:raise", project),
        project_url("safeguarding:leads", project),
        project_url("safeguarding:vetting", project),
        project_url("safeguarding:vetting_new", project),
        reverse("public:project", kwargs={"slug": project.slug}),
        reverse("glossary"),
        # The lead's next project: its network lists the demo's people who said yes.
        reverse("participants:network", kwargs={"slug": NEXT_SLUG}),
        # The lead's organisation: its network across every project it is a partner of.
        reverse("organisation:network", kwargs={"slug": _lead_organisation_slug()}),
        # ...and how long its projects keep records; the demo keeps report photos longer.
        reverse("organisation:records", kwargs={"slug": _lead_organisation_slug()}),
        reverse(
            "organisation:record_period",
            kwargs={"slug": _lead_organisation_slug(), "key": "photos_reports"},
        ),
        # ...and who its safeguarding leads are, for every project it leads.
        reverse("organisation_safeguarding:leads", kwargs={"slug": _lead_organisation_slug()}),
        reverse("me:home"),
        reverse("calendar:mine"),
        reverse("me:data"),
        reverse("me:delete"),
        reverse("accessibility"),
    ]
    return pages


def _lead_organisation_slug():
    return (
        OrganisationMember.objects.leads()
        .get(user__email="lead@demo.codesign.test")
        .organisation.slug
    )


def outcome_pages(project, *, records):
    pages = [project_url("projects:outcome", project, pk=o.pk) for o in project.outcomes.all()]
    if records:
        pages.append(project_url("projects:outcome_edit", project, pk=project.outcomes.first().pk))
        pack = project.outcomes.get(title__startswith="Friends' pack")
        photo = pack.photos.get()
        pages += [
            project_url("projects:outcome_photo_new", project, pk=pack.pk),
            project_url("projects:outcome_photo_remove", project, pk=pack.pk, photo_pk=photo.pk),
        ]
    return pages


def session_pages(project, *, runs):
    from sessions.models import Session, TimePoll

    evening = Session.objects.get(project=project, title__startswith="Evening workshop")
    snowed = Session.objects.get(project=project, status="moved_online")
    past = Session.objects.filter(project=project, photos__isnull=False).first()
    poll = TimePoll.objects.get(project=project, session__isnull=True)
    pages = [
        project_url("sessions:list", project),
        project_url("sessions:detail", project, pk=evening.pk),
        project_url("sessions:detail", project, pk=snowed.pk),
        project_url("sessions:detail", project, pk=past.pk),
        project_url("sessions:reply", project, pk=evening.pk),
        project_url("sessions:poll", project, pk=poll.pk),
    ]
    if runs:
        pages += [
            project_url("sessions:new", project),
            project_url("sessions:poll_new", project),
            project_url("sessions:edit", project, pk=evening.pk),
            project_url("sessions:disrupt", project, pk=evening.pk),
            project_url("sessions:reply_record", project, pk=evening.pk),
            project_url("sessions:checkin", project, pk=past.pk),
            project_url("sessions:notes", project, pk=past.pk),
            project_url("sessions:photo_new", project, pk=past.pk),
            project_url(
                "sessions:photo_delete", project, pk=past.pk, photo_pk=past.photos.first().pk
            ),
        ]
    return pages


def payment_pages(project, *, lead):
    from sessions.models import Claim, Session

    paid = Claim.objects.get(project=project, status="paid")
    first = Session.objects.get(project=project, title="First workshop: sharing experiences")
    pages = [
        project_url("payments:home", project),
        project_url("payments:claim", project, pk=paid.pk),
    ]
    if lead:
        waiting = Claim.objects.get(
            project=project, status="waiting", participant__display_name="Ellie"
        )
        kirsty = project.participants.filter(user__isnull=True, status="active").first()
        pages += [
            project_url("payments:queue", project),
            project_url("payments:rates", project),
            project_url("payments:terms", project),
            project_url("payments:finance", project),
            project_url("payments:claim_decide", project, pk=waiting.pk),
            project_url("payments:claim_unpay", project, pk=paid.pk),
            project_url("payments:claim_edit", project, pk=waiting.pk),
            project_url("payments:claim_record", project, pk=first.pk, person=kirsty.pk),
        ]
    else:
        pages.append(project_url("payments:claim_new", project, pk=first.pk))
    return pages


def prototype_pages(project, *, runs):
    pack = project.prototypes.get(title="Friends' pack")
    map_idea = project.prototypes.get(title="Map of where to get help")
    test_round = pack.test_rounds.get()
    pitch = pack.pitches.get().session
    comment = pack.comments.exclude(author__role="lead").first()
    pages = [
        project_url("prototypes:list", project),
        project_url("prototypes:new", project),
        project_url("prototypes:detail", project, pk=pack.pk),
        project_url("prototypes:edit", project, pk=pack.pk),
        project_url("prototypes:version_new", project, pk=pack.pk),
        project_url("prototypes:image_new", project, pk=pack.pk),
        project_url("prototypes:sheet_new", project, pk=pack.pk),
        project_url("prototypes:round", project, pk=pack.pk, round_pk=test_round.pk),
        project_url("prototypes:report", project, pk=pack.pk, comment_pk=comment.pk),
        project_url("sessions:pitch", project, pk=pitch.pk),
    ]
    if runs:
        pages += [
            project_url("prototypes:moderation", project),
            project_url("prototypes:decide", project, pk=pack.pk),
            project_url("prototypes:outcome_new", project, pk=map_idea.pk),
            project_url("prototypes:round_new", project, pk=pack.pk),
            project_url("prototypes:hide", project, pk=pack.pk, comment_pk=comment.pk),
        ]
    else:
        pages.append(
            project_url("sessions:pitch_score", project, pk=pitch.pk, idea_pk=_map(project).pk)
        )
    return pages


def _map(project):
    return project.prototypes.get(kind="map")


def young_person_pages(project):
    return [
        "/",
        *(
            project_url(name, project)
            for name in [
                "projects:detail",
                "projects:partners",
                "projects:decisions",
                "projects:stage_history",
                "projects:glossary",
                "projects:updates",
                "projects:resources",
                "participants:people",
                "needs:my_needs",
                "needs:consent",
                "projects:outcomes",
                "working_group:page",
                "projects:reflections",
                "coproduction:page",
                "report:page",
                "safeguarding:raise",
                "safeguarding:received",
            ]
        ),
        *outcome_pages(project, records=False),
        project_url("certificate:mine", project),
        *session_pages(project, runs=False),
        *payment_pages(project, lead=False),
        *prototype_pages(project, runs=False),
        *training_pages(project),
        *own_safety_pages(project),
        *places_pages(project, lead=False),
        reverse("me:home"),
        reverse("me:data"),
        reverse("calendar:mine"),
        reverse("me:sign_in_card"),
        reverse("me:messages"),
        reverse("me:sign_in_name"),
        reverse("me:future_work"),
        reverse("hours:mine"),
        reverse("glossary"),
    ]


def own_safety_pages(project):
    """Jay's safety information for the evening workshop, and "How was today?" for the
    session he came to two days ago."""
    from sessions.safeguarding.demo import EVENING_TITLE, RECENT_TITLE

    evening = project.sessions.get(title=EVENING_TITLE)
    recent = project.sessions.get(title=RECENT_TITLE)
    return [
        project_url("safeguarding:safety_mine", project, pk=evening.pk),
        project_url("safeguarding:safety_delete", project, pk=evening.pk),
        project_url("sessions:detail", project, pk=recent.pk),
        project_url("safeguarding:today", project, pk=recent.pk),
    ]


def runner_safety_pages(project):
    """What Priya, who runs the demo's sessions, reads: Jay's safety information, and the
    "How was today?" summary on the page of the session two days ago."""
    from sessions.safeguarding.demo import EVENING_TITLE, RECENT_TITLE

    evening = project.sessions.get(title=EVENING_TITLE)
    recent = project.sessions.get(title=RECENT_TITLE)
    return [
        project_url("safeguarding:safety_list", project, pk=evening.pk),
        project_url("sessions:detail", project, pk=recent.pk),
    ]


def places_pages(project, *, lead):
    """Places on the working group: the open round and an application to it (Jay, the demo's
    young person, sits on its panel), and for the lead opening places and handing over; for
    Jay, whose term is ending, his note for the next members."""
    first, following = project.places_rounds.order_by("opened_at")
    application = following.applications.first()
    pages = [
        project_url("working_group:round", project, pk=following.pk),
        project_url(
            "working_group:application", project, pk=following.pk, application_pk=application.pk
        ),
    ]
    if lead:
        return [
            *pages,
            project_url("working_group:round_new", project),
            project_url("working_group:round_next", project, pk=first.pk),
            project_url("working_group:decide", project, pk=following.pk),
        ]
    return [*pages, project_url("working_group:handover", project)]


def training_pages(project):
    """The training list, and a starter module from its start to its last step."""
    from sessions.training.models import TrainingModule

    module = TrainingModule.objects.filter(project=project).order_by("pk").first()
    last = module.steps.order_by("-number").first()
    return [
        project_url("training:list", project),
        project_url("training:module", project, pk=module.pk),
        project_url("training:start", project, pk=module.pk),
        project_url("training:take", project, pk=module.pk, step=last.pk),
        project_url("training:finish", project, pk=module.pk),
    ]


def visitor_pages(project):
    code = Invitation.objects.filter(participant__isnull=False, accepted_at=None).first().code
    return [
        "/",
        reverse("public:project", kwargs={"slug": project.slug}),
        reverse("glossary"),
        reverse("join"),
        reverse("join_code", kwargs={"code": code}),
        reverse("account_login"),
        reverse("signin_card_use"),
        reverse("account_signup"),
        reverse("account_request_login_code"),
        reverse("account_reset_password"),
        reverse("accessibility"),
        reverse("offline"),
        reverse("credentials:verify"),
        reverse("credentials:check", kwargs={"public_id": _badge(project).public_id}),
    ]


def _badge(project):
    """The Open Badge Jay kept for the first starter training."""
    return project.credentials.order_by("pk").first()


def check_all(page, paths):
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        assert_no_axe_violations(page)


def test_every_page_a_lead_uses_on_a_computer(demo, desktop, live_server):
    lead = Participant.objects.get(project=demo, role="lead").user
    sign_in_browser(desktop, live_server, lead)
    check_all(desktop, lead_pages(demo))


def test_every_page_a_lead_uses_on_a_phone(demo, phone, live_server):
    lead = Participant.objects.get(project=demo, role="lead").user
    sign_in_browser(phone, live_server, lead)
    check_all(phone, lead_pages(demo))


def test_every_page_a_young_person_uses_on_a_phone(demo, phone, live_server):
    jay = Participant.objects.get(project=demo, user__email="young.person@demo.codesign.test")
    sign_in_browser(phone, live_server, jay.user)
    check_all(phone, young_person_pages(demo))


def test_every_page_a_visitor_sees_on_a_phone(demo, phone, live_server):
    check_all(phone, visitor_pages(demo))
