import factory
from django.utils import timezone

from participants.models import Participant, User
from projects.models import Project, Resource, Update
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
