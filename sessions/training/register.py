"""What training adds to the rest of the site: the Training menu entry and what a person's
completions and ratings are."""

from participants.registries.involvement import involvement
from participants.registries.roles_held import roles_held
from sessions.parts import register_part
from sessions.training.personal_data import HELD
from sessions.training.selectors.involvement import trainings_completed_by
from sessions.training.selectors.roles import co_trainers_among

MENU = [
    {
        "label": "Training",
        "url_name": "training:list",
        "perm": "workshops.view_training",
        "order": 65,
    },
]


def register():
    register_part(menu=MENU, held=HELD)
    roles_held.add(key="co_trainer", find=co_trainers_among)
    involvement.add(key="trainings", find=trainings_completed_by, empty=())
