"""How long pictures of ideas and prototypes are kept: like session photos, by the narrowest
consent of the people tagged in them, counted from the day the picture was added."""

from sessions.meetings.retention import photo_records
from sessions.prototypes.models.prototypes import PrototypeImage

RETAINED = photo_records(
    prefix="prototype_pictures",
    model=PrototypeImage,
    name="Pictures of ideas and prototypes",
    why="To show how an idea grew, from the first drawing to what was tested, as far as the "
    "people in the pictures agreed.",
    after="after the picture was added",
    taken="uploaded_at",
    project="prototype__project",
    permission="workshops.view_prototype",
    order=53,
)
