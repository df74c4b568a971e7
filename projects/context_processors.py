from django.utils.functional import SimpleLazyObject


def site(request):
    """The signed-in user's projects for the header, fetched only if a template uses them."""
    user = getattr(request, "user", None)

    def nav_projects():
        if user is None or not user.is_authenticated:
            return []
        from projects.models import Project

        return list(Project.objects.for_user(user).only("title", "slug").order_by("title")[:10])

    return {"nav_projects": SimpleLazyObject(nav_projects)}
