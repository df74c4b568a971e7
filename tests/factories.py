import factory
from django.utils import timezone

from participants.identity.codes import INVITATION_CODE_LENGTH, new_code
from participants.models import Invitation, Participant, User
from projects.models import (
    FundingContribution,
    Organisation,
    OrganisationMember,
    Partner,
    Project,
    Resource,
    Spend,
    Update,
)
from projects.roles import MemberStatus, Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", "a-good-long-password")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary = "Designing support together."


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    project = factory.SubFactory(ProjectFactory)
    user = factory.SubFactory(UserFactory)
    display_name = factory.LazyAttribute(lambda p: p.user.display_name if p.user else "Someone")
    role = Role.YOUNG_PERSON
    status = MemberStatus.ACTIVE
    joined_at = factory.LazyFunction(timezone.now)


class UpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Update

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Update {n}")
    body = "Here is how the project is going."
    is_public = True
    published_at = factory.LazyFunction(timezone.now)


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"File {n}")
    file = factory.django.FileField(data=b"Notes from the session.\n", filename="notes.txt")
    original_filename = "notes.txt"
    content_type = "text/plain; charset=utf-8"
    size = 24
    is_public = False


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.CHARITY


class OrganisationMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisationMember

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory("tests.factories.UserFactory")
    is_lead = True


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    project = factory.SubFactory(ProjectFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    roles = factory.LazyFunction(lambda: [Partner.PartnerRole.FUNDER])
    contact_name = "Sam"
    contact_email = factory.Sequence(lambda n: f"contact{n}@partner.example.org")


class ContributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingContribution

    partner = factory.SubFactory(PartnerFactory)
    project = factory.SelfAttribute("partner.project")
    kind = FundingContribution.Kind.CASH
    amount_pence = 100_000
    covers = factory.LazyFunction(lambda: ["materials"])
    description = "Money for materials"


class SpendFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spend

    project = factory.SubFactory(ProjectFactory)
    category = "materials"
    amount_pence = 1_000
    spent_on = factory.LazyFunction(lambda: timezone.localdate())
    note = "Pens"


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    project = factory.SubFactory(ProjectFactory)
    role = Role.YOUNG_PERSON
    invited_by = None
    code = factory.LazyFunction(lambda: new_code(INVITATION_CODE_LENGTH))
