"""The ideas' parts of the project overview (registered in sessions/apps.py)."""

from django.db.models import Count

from projects.roles import Role, role_heading
from sessions.models import Comment, EvaluationSheet, Feedback
from sessions.selectors.prototypes import gallery

LATEST = 3


def latest_ideas_for(project, user, member):
    """The newest ideas and comments: three queries whatever the project's size. Comments
    hidden by moderation or deleted are left out; a hidden name stays hidden."""
    ideas = list(gallery(project)[:LATEST])
    if not ideas:
        return {"project": project, "ideas": [], "comments": []}
    sees_names = user.has_perm("workshops.see_hidden_names", project)
    comments = list(
        Comment.objects.filter(
            prototype__project=project, hidden_at__isnull=True, deleted_at__isnull=True
        )
        .select_related("prototype", "author")
        .order_by("-created_at", "-pk")[:LATEST]
    )
    for comment in comments:
        comment.shown_name = comment.name_for(member, sees_names)
    return {
        "project": project,
        "ideas": ideas,
        "comments": comments,
    }


def idea_participation_for(project, user, member):
    """Ideas, comments, evaluation sheets and test answers by role: four queries (one while
    there are no ideas, and then the section is left out). Ideas by people whose account was
    deleted count under no role."""
    ideas = _by_role(project.prototypes.all(), "created_by__role")
    if not ideas:
        return None
    comments = _by_role(
        Comment.objects.filter(prototype__project=project, author__isnull=False), "author__role"
    )
    sheets = _by_role(
        EvaluationSheet.objects.filter(prototype__project=project, written_by__isnull=False),
        "written_by__role",
    )
    answers = _by_role(Feedback.objects.filter(round__prototype__project=project), "role")
    rows = [
        {
            "heading": role_heading(role),
            "counts": [
                ideas.get(role, 0),
                comments.get(role, 0),
                sheets.get(role, 0),
                answers.get(role, 0),
            ],
        }
        for role in Role
    ]
    totals = [sum(row["counts"][i] for row in rows) for i in range(4)]
    return {"rows": rows, "totals": totals}


def _by_role(rows, field):
    return dict(rows.order_by().values_list(field).annotate(n=Count("pk")))
