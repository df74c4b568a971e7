"""What an Open Badge says was earned, in the words a reader outside the project understands."""

from django.utils import formats, timezone

from sessions.credentials.document import achievement


def _day(moment):
    return formats.date_format(timezone.localtime(moment), "j F Y")


def training_achievement(completion):
    module = completion.module
    project = module.project
    return achievement(
        key=f"/projects/{project.slug}/training/{module.pk}/",
        kind="Course",
        name=module.title,
        description=(
            f"Training in “{project.title}”, a co-production project where people who use "
            f"services, staff and managers design support together. After it, you are able "
            f"to: {module.able_to}"
        ),
        narrative=(
            f"Went through every step of the training “{module.title}” (about {module.minutes} "
            f"minutes) and finished it on {_day(completion.completed_at)}."
        ),
    )


def involvement_achievement(certificate):
    project = certificate.project
    lines = [
        f"Took part in “{project.title}”" + (f", {project.area}." if project.area else "."),
        f"Took part as: {', '.join(certificate.roles)}.",
        f"Came to {certificate.session_count} session"
        + ("" if certificate.session_count == 1 else "s")
        + f", {certificate.hours} hours in all.",
    ]
    lines += [f"Finished the training “{title}”." for title, _when in certificate.trainings]
    lines += [
        role.label + (f", from {role.since:%B %Y}." if role.since else ".")
        for role in certificate.roles_held
    ]
    lines += [f"Shaped the idea “{title}”." for title, _led_to in certificate.ideas]
    return achievement(
        key=f"/projects/{project.slug}/involvement/",
        kind="Certificate",
        name=f"Certificate of involvement: {project.title}",
        description=(
            "Involvement in a co-production project, where people who use services, staff and "
            "managers design support together as equals."
        ),
        narrative="\n".join(f"- {line}" for line in lines),
    )
