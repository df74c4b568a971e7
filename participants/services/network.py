"""The network: a person says whether to ask them about future work, and a lead invites the
people who said yes into a new project in one step, the least recently asked first. People
with an email address get the usual invitation by email; people without one get a code to
print on a card, and a message on the site."""

from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from codesign.paging import PER_PAGE
from participants.identity.codes import grouped
from participants.models import DoNotInvite, FutureWork, NetworkAsk
from participants.notify import notify, site_url
from participants.selectors.network import network_people, organisation_network
from participants.services.invitations import invitation_create
from projects.audit import audit_record
from projects.freshness import changes_pages
from projects.models import Stage
from projects.roles import MemberStatus, role_phrase


@transaction.atomic
@changes_pages
def future_work_save(
    *, user, wants_asking, would_like=(), in_my_own_words="", availability=(), break_until=None
):
    """Save the person's one answer about future work (see FutureWork for why once a person)."""
    answer, _ = FutureWork.objects.select_for_update().get_or_create(user=user)
    answer.wants_asking = wants_asking
    answer.would_like = list(would_like)
    answer.in_my_own_words = in_my_own_words
    answer.availability = list(availability)
    answer.break_until = break_until
    answer.save()
    return answer


@transaction.atomic
@changes_pages
def future_work_stop(*, user):
    """Take back "ask me about future work": out of every network at once. What they would
    like to do is kept, so saying yes again is one click too."""
    answer = FutureWork.objects.select_for_update().filter(user=user).first()
    if answer is not None and answer.wants_asking:
        answer.wants_asking = False
        answer.save(update_fields=["wants_asking", "updated_at"])
    return answer


def future_work_offer(*, project, stage, by):
    """When a project reaches its working-group stage, everyone taking part who has not said
    "ask me about future work" is asked whether they would like to be, one click away."""
    if stage != Stage.WORKING_GROUP:
        return []
    said_yes = FutureWork.objects.filter(wants_asking=True).values("user")
    places = (
        project.participants.filter(status=MemberStatus.ACTIVE, user__is_active=True)
        .exclude(user=by)
        .exclude(user__in=said_yes)
        .select_related("user")
    )
    link = reverse("me:future_work")
    told = []
    for place in places:
        notify(
            user=place.user,
            subject=f"{project.title} now has a working group",
            body=render_to_string(
                "participants/email/working_group_stage.txt",
                {"project": project, "future_work_url": site_url(link)},
            ),
            project=project,
            link=link,
            action="Ask me about future work",
        )
        told.append(place.user)
    return told


@transaction.atomic
def network_invite(*, project, by, how_many=None, organisation=None):
    """Invite up to `how_many` people (at most a page), the least recently asked first,
    recording each ask; returns (emailed, cards) invitations. They come from the lead's own
    network, or from `organisation`'s network when one is given."""
    if organisation is None:
        network = network_people(project, by)
    else:
        network = organisation_network(organisation, project=project)
    people = list(network[: how_many or PER_PAGE])
    # Someone who takes it back while this runs is not asked.
    still_yes = set(
        FutureWork.objects.select_for_update()
        .filter(user__in=people, wants_asking=True)
        .values_list("user_id", flat=True)
    )
    emailed, cards = [], []
    for person in people:
        if person.pk not in still_yes or _asked_not_to_be_invited(person):
            continue
        invitation = invitation_create(
            project=project,
            by=by,
            role=person.places[0].role,
            email=person.email,
            name=person.display_name,
        )
        NetworkAsk.objects.create(user=person, project=project, asked_by=by, invitation=invitation)
        if person.email:
            emailed.append(invitation)
        else:
            cards.append(invitation)
            _tell_on_the_site(person, invitation)
    audit_record(
        actor=by,
        action="network_invite",
        target=project,
        project=project,
        detail={
            "emailed": len(emailed),
            "cards": len(cards),
            "organisation": organisation.slug if organisation else "",
        },
    )
    return emailed, cards


def _asked_not_to_be_invited(person):
    return bool(person.email) and (
        DoNotInvite.objects.filter(email_hash=DoNotInvite.hash_of(person.email)).exists()
    )


def _tell_on_the_site(person, invitation):
    project = invitation.project
    notify(
        user=person,
        subject=f"You are invited to {project.title}",
        body=(
            f"You said we could ask you about future work, so we are asking: would you like to "
            f"join {project.title} as {role_phrase(invitation.role)}? Open the invitation to "
            "say yes. If not, you do not need to do anything."
        ),
        project=None,
        essential=True,
        link=reverse("join_code", kwargs={"code": grouped(invitation.code)}),
        action="See the invitation",
    )


def organisation_places_forget(*, user, participants, remove_contributions):
    """An account that goes leaves every organisation, and every organisation's network lead."""
    user.organisation_places.all().delete()
