"""What else happens when a project reaches a stage, without `projects` importing up.

An upper app registers in its AppConfig.ready():

    stage_moves.on_reaching(key="future_work", run=offer_future_work)

`run(project=…, stage=…, by=…)` is called inside the stage move's transaction each time the
project moves on into a stage (not when it moves back); it decides itself which stages matter.
"""


class StageMoves:
    def __init__(self):
        self._runs = {}

    def on_reaching(self, *, key, run):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._runs[key] = run

    def remove(self, key):
        self._runs.pop(key, None)

    def reached(self, *, project, stage, by):
        for key in sorted(self._runs):
            self._runs[key](project=project, stage=stage, by=by)


stage_moves = StageMoves()
