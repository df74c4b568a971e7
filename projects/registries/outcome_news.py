"""Who is told when an outcome is agreed or put into practice, without `projects` importing up.

The people behind an outcome are known to the upper apps (who proposed the decisions behind
it, later who made the prototypes), and messages go out through `participants.notify`. Those
apps register here in their AppConfig.ready():

    news.add_contributors("decision_proposers", find)   # find(outcome) -> iterable of users
    news.set_messenger(notify)                           # notify(*, user, subject, body, project)

Services call `news.tell(outcome, subject=..., body=...)`; each person is told once.
"""


class OutcomeNews:
    def __init__(self):
        self._finders = {}
        self._messenger = None
        self._reviewers = None

    def add_contributors(self, key, find):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._finders[key] = find

    def set_messenger(self, send):
        self._messenger = send

    def set_reviewers(self, find):
        """`find(outcome)` -> the users who may review it (the people records know roles)."""
        self._reviewers = find

    def tell_reviewers(self, outcome, *, by, changed=False):
        """Tell everyone who may review the outcome, but whoever wrote this version, that it is
        waiting for them; returns who was told."""
        if self._messenger is None or self._reviewers is None:
            return []
        told = [user for user in self._reviewers(outcome) if user.pk != by.pk and user.is_active]
        what = "was changed and is" if changed else "is"
        for user in told:
            self._messenger(
                user=user,
                subject=f"An outcome to review: “{outcome.title}”",
                body=f"{by.name} recorded what the project led to. It {what} waiting for "
                "someone who did not write it to agree that it happened, or to ask for changes.",
                project=outcome.project,
                link=outcome.get_absolute_url(),
                action="Review the outcome",
            )
        return told

    def contributors(self, outcome):
        """Every user behind the outcome, each once, in a stable order."""
        people = {}
        for key in sorted(self._finders):
            for user in self._finders[key](outcome):
                if user is not None and user.is_active:
                    people.setdefault(user.pk, user)
        return [people[pk] for pk in sorted(people)]

    def tell_one(self, user, outcome, *, subject, body, action="See the outcome"):
        """Tell one person about an outcome (the person who recorded it, say)."""
        if self._messenger is None or user is None or not user.is_active:
            return
        self._messenger(
            user=user,
            subject=subject,
            body=body,
            project=outcome.project,
            link=outcome.get_absolute_url(),
            action=action,
        )

    def tell(self, outcome, *, subject, body):
        if self._messenger is None:
            return []
        told = self.contributors(outcome)
        for user in told:
            self._messenger(
                user=user,
                subject=subject,
                body=body,
                project=outcome.project,
                link=outcome.get_absolute_url(),
                action="See the outcome",
            )
        return told


news = OutcomeNews()
