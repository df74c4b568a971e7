"""The top layer: what happens in a project once people are in it.

It is one Django app cut into seven parts, each a folder with its own models, reads
(`selectors/`), writes (`services/`), forms, views, `urls.py`, templates (`templates/<part>/`),
demo chapter and scale data:

- `meetings/`: sessions, repeats, finding a time, replies and the waiting list, disruption,
  reminders, calendars, check-in, attendance and photos;
- `prototypes/`: ideas, versions, pictures, comments and moderation, evaluation sheets, test
  rounds and feedback, decisions and pitches;
- `payments/`: rate cards, payment terms, claims and expenses, approvals and finance;
- `evidence/`: "How co-produced is it?", the report, certificates and the working group (their
  models sit lower, in `projects`, which the overview and the public page read);
- `training/`: training modules and their steps, taking one on a phone, confidence before and
  after, and delivering a module in a training session;
- `credentials/`: Open Badges, signed proof of a finished training or of a certificate of
  involvement that the person keeps and anyone can check;
- `safeguarding/`: the safeguarding leads, the concerns people raise with them, and the vetting
  of the people who run sessions (it sits here because a session may name only vetted people).

It sits above `projects` and `participants` and may import from both; they never import from it.
Its label is `workshops` because Django's own sessions app owns the label "sessions".

`manage.py seed_demo` lives here because the demo tells the whole story, and only the top layer
may reach every app: it calls each app's chapters in the order the story happens.
"""

from importlib import import_module

from django.apps import AppConfig

# Each part's `register()` adds its menu entries, overview sections, personal data and stage
# tasks to the shared registries (see sessions/parts.py).
PARTS = (
    "meetings",
    "prototypes",
    "payments",
    "evidence",
    "training",
    "credentials",
    "safeguarding",
)


class WorkshopsConfig(AppConfig):
    # django.contrib.sessions already owns the "sessions" label.
    name = "sessions"
    label = "workshops"
    verbose_name = "Sessions, prototypes, payments and evidence"

    def ready(self):
        for part in PARTS:
            import_module(f"sessions.{part}.register").register()
