""" "Ask me about future work" when a project reaches its working-group stage: everyone taking
part who has not said yes is asked, once a move, one click away."""

from participants.models import FutureWork, Notification
from projects.models import Stage
from projects.roles import MemberStatus
from projects.services.stage import project_move_stage


def move(cast, to_stage):
    return project_move_stage(
        project=cast.project, to_stage=to_stage, by=cast.lead, reason="Ready to move on."
    )


def test_reaching_the_working_group_stage_asks_everyone_who_has_not_said_yes(cast):
    cast.project.stage = Stage.OUTCOMES
    cast.project.save()
    FutureWork.objects.create(user=cast.staff, wants_asking=True)
    left = cast.participants["manager"]
    left.status = MemberStatus.LEFT
    left.save()
    move(cast, Stage.WORKING_GROUP)
    told = Notification.objects.filter(subject="Support for care leavers now has a working group")
    assert {n.user.email for n in told} == {
        "local_lead@example.org",
        "facilitator@example.org",
        "young_person@example.org",
    }
    message = told.get(user=cast.young_person)
    assert message.link == "/me/future-work/" and "/me/future-work/" in message.body
    assert message.action == "Ask me about future work"


def test_other_stages_and_moving_back_ask_no_one(cast):
    cast.project.stage = Stage.WORKING_GROUP
    cast.project.save()
    move(cast, Stage.OUTCOMES)
    cast.project.stage = Stage.SETUP
    cast.project.save()
    move(cast, Stage.INVITING)
    assert not Notification.objects.filter(subject__contains="working group").exists()


def test_the_message_leads_to_the_answer_page(cast, client_as):
    cast.project.stage = Stage.OUTCOMES
    cast.project.save()
    move(cast, Stage.WORKING_GROUP)
    client = client_as("young_person")
    assert "Ask me about future work" in client.get("/me/future-work/").content.decode()
    client.post("/me/future-work/", {"future-wants_asking": "on"})
    assert FutureWork.objects.get(user=cast.young_person).wants_asking
