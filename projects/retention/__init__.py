"""The retention schedule at work: how long each kind of record is kept (the registry in
`projects/registries/retention.py`, filled by each app), the organisation's own periods and
what legal holds keep (`schedule.py`), the daily run (`run.py`, `tasks.py`,
`manage.py apply_retention`), the schedule as written in docs/retention.md (`docs.py`),
placing and lifting legal holds (`services/holds.py`), and a project's privacy page
(`privacy.py` reads it, `views/privacy.py` shows it)."""
