from django.db.models import Count

from projects.models import Reflection


def reflections_for_list(project, *, kind=""):
    reflections = project.reflections.order_by("-written_in", "-pk")
    return reflections.filter(kind=kind) if kind in Reflection.Kind.values else reflections


def reflection_counts(project):
    """{kind: how many} for every kind, in one query."""
    rows = project.reflections.order_by().values("kind").annotate(n=Count("pk"))
    found = {row["kind"]: row["n"] for row in rows}
    return [(kind, label, found.get(kind, 0)) for kind, label in Reflection.Kind.choices]


def reflections_of(user):
    """A person's own reflections, for "all your data"."""
    rows = Reflection.objects.filter(author=user).select_related("project")
    return [
        {
            "Project": r.project.title,
            "About": r.get_kind_display(),
            "What you wrote": r.text,
            "When": r.written_in.strftime("%B %Y"),
        }
        for r in rows.order_by("written_in", "pk")
    ]
