"""The retention schedule at work: how long each kind of record is kept (the registry in
`projects/registries/retention.py`, filled by each app), the organisation's own periods and
legal holds (`schedule.py`), the daily run (`run.py`, `tasks.py`, `manage.py apply_retention`),
the schedule as written in docs/retention.md (`docs.py`) and a project's privacy page."""
