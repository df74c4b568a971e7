"""user_delete: personal data goes, participation stays as "A former participant"."""

from allauth.account.models import EmailAddress
from django.utils import timezone

from participants.models import Consent, Invitation, Notification, Participant, SupportNeeds
from participants.services.account import user_delete
from projects.models import Update
from projects.roles import Role
from tests.factories import ParticipantFactory
from tests.participants.people import another_young_person, consent_for, needs_for


def test_personal_data_goes_and_the_participation_stays(cast):
    jay = cast.participants["young_person"]
    user = jay.user
    user.date_of_birth = timezone.localdate().replace(year=2007)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    needs_for(jay, childcare=True, phone="07700 900123")
    consent_for(jay, "photos", "public")
    Notification.objects.create(user=user, subject="Hi", body="There")
    invitation = Invitation.objects.create(
        project=cast.project,
        role=Role.YOUNG_PERSON,
        name="Jay Smith",
        email="jay.private@example.org",
        code="JAYCODE",
        accepted_by=user,
        accepted_at=timezone.now(),
    )
    elsewhere = ParticipantFactory(user=user)

    user_delete(user=user)

    assert not type(user).objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email="young_person@example.org").exists()
    assert not SupportNeeds.objects.exists()
    assert not Consent.objects.exists()
    assert not Notification.objects.exists()
    invitation.refresh_from_db()
    assert (invitation.name, invitation.email, invitation.accepted_by) == ("", "", None)
    for place in (jay, elsewhere):
        place.refresh_from_db()
        assert place.user is None
        assert place.display_name == "A former participant"
        assert place.status == "left"


def test_other_peoples_data_is_untouched(cast):
    robyn = another_young_person(cast)
    needs_for(robyn, travel=True)
    consent_for(robyn, "photos", "inside")
    user_delete(user=cast.young_person)
    robyn.refresh_from_db()
    assert robyn.display_name == "Robyn" and robyn.user is not None
    assert SupportNeeds.objects.filter(participant=robyn).exists()
    assert Consent.objects.filter(participant=robyn).exists()


def test_people_a_local_lead_invited_keep_their_place(cast):
    kirsty = ParticipantFactory(project=cast.project, invited_by=cast.local_lead)
    user_delete(user=cast.local_lead)
    kirsty.refresh_from_db()
    assert kirsty.invited_by is None
    assert kirsty.status == "active"


def test_open_invitations_to_claim_the_record_are_revoked(cast):
    jay = cast.participants["young_person"]
    open_one = Invitation.objects.create(
        project=cast.project,
        role=Role.YOUNG_PERSON,
        email="jay@example.org",
        code="OPEN1",
        participant=jay,
    )
    user_delete(user=cast.young_person)
    open_one.refresh_from_db()
    assert open_one.revoked_at is not None and open_one.email == ""


def _post_by(user, project):
    return Update.objects.create(
        project=project, title="What we did", body="Words", author=user, published_at=timezone.now()
    )


def test_what_they_wrote_stays_without_a_name_by_default(cast):
    post = _post_by(cast.lead, cast.project)
    user_delete(user=cast.lead)
    post.refresh_from_db()
    assert post.author is None


def test_what_they_wrote_goes_when_they_ask(cast):
    mine = _post_by(cast.lead, cast.project)
    theirs = _post_by(cast.facilitator, cast.project)
    user_delete(user=cast.lead, remove_contributions=True)
    assert not Update.objects.filter(pk=mine.pk).exists()
    assert Update.objects.filter(pk=theirs.pk).exists()


def test_the_project_keeps_its_counts(cast):
    before = Participant.objects.filter(project=cast.project).count()
    user_delete(user=cast.manager)
    roles = list(Participant.objects.filter(project=cast.project).values_list("role", flat=True))
    assert len(roles) == before and "manager" in roles
