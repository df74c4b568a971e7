"""The demo's training chapter: six starter modules written for care leavers in plain words,
published, so that anyone in the demo can take one on their phone. Running it again puts the
same words back."""

from django.utils import timezone

from sessions.models import AgeBand, Statement, TrainingModule, TrainingStep

# (title, what you will be able to do, minutes, steps, statements)
STARTERS = [
    (
        "Co-production and your part in it",
        "Say what co-production means and why your experience matters in it.",
        10,
        [
            "Co-production means people who use a service and people who run it design it "
            "together, as equals.",
            "You know what it is like to leave care. That knowledge is as important as a "
            "manager's or a worker's.",
            "Nobody is the boss in the room. Everyone's ideas are listened to and written down.",
            "You choose how much you do. You can say no, take a break or come back later.",
        ],
        ["I know what co-production means", "I feel my experience matters in this project"],
    ),
    (
        "What a prototype is and how to give feedback",
        "Try out a prototype and say clearly what works and what does not.",
        10,
        [
            "A prototype is a rough first version of an idea: a paper pack, a map or a "
            "drawing of an app.",
            "It is meant to be changed. Finding problems early is the whole point.",
            "When you try it, say what you liked, what confused you and what is missing.",
            "Be honest. “I would not use this because…” helps more than “It's fine”.",
        ],
        ["I know what a prototype is", "I feel confident saying what does not work"],
    ),
    (
        "How a workshop runs",
        "Know what happens at a workshop and how to take part in your own way.",
        8,
        [
            "A workshop is a meeting where we make things together, not a lecture.",
            "It starts with a welcome and ground rules everyone agrees.",
            "We work in small groups with paper, pens and models. You can draw instead of talking.",
            "There are breaks and food. Your travel and time are paid as the project says.",
            "At the end we agree what happens next and who does it.",
        ],
        ["I know what will happen at a workshop", "I feel comfortable joining in"],
    ),
    (
        "Speaking up with managers",
        "Say what you think in a meeting with managers, even when you disagree.",
        12,
        [
            "Managers are here to listen to you. You are the expert on your own experience.",
            "Before the meeting, write down one or two things you want to say.",
            "Start with what happened to you: “When I left care, I…”.",
            "It is fine to disagree. Say “I see it differently because…”.",
            "If you get stuck, ask the facilitator or a friend to help you finish.",
        ],
        [
            "I feel confident saying what I think to a manager",
            "I know how to disagree politely",
        ],
    ),
    (
        "Being on a pitch panel",
        "Listen to pitches, ask questions and score ideas fairly.",
        10,
        [
            "At a pitch, people explain an idea in a few minutes. The panel decides what to do "
            "next with it.",
            "Listen for who the idea helps and what it would change for them.",
            "Ask one clear question, for example “How would a young person find out about it?”.",
            "Score each idea on its own, using the score sheet. Your score counts the same as "
            "everyone else's.",
        ],
        ["I feel ready to sit on a pitch panel", "I know how to score an idea fairly"],
    ),
    (
        "Staying safe and who to tell",
        "Know how to keep yourself safe in the project and who to tell if something is wrong.",
        8,
        [
            "You only share what you want to share. You never have to tell your story.",
            "Your phone number and address are never shown to other people in the project.",
            "If anything worries you, tell the project lead or a facilitator, or raise a concern "
            "in the app.",
            "If someone is in danger right now, call 999.",
        ],
        ["I know who to tell if something is wrong", "I feel safe taking part"],
    ),
]


def chapter_training(project, users, *, facilitator):
    """The starter modules, published, written by the demo's facilitator."""
    now = timezone.now()
    for title, able_to, minutes, steps, statements in STARTERS:
        module, _ = TrainingModule.objects.update_or_create(
            project=project,
            title=title,
            defaults={
                "able_to": able_to,
                "age_band": AgeBand.YOUNG_ADULTS,
                "minutes": minutes,
                "written_by": facilitator,
            },
        )
        if module.published_at is None:
            module.published_at = now
            module.save(update_fields=["published_at"])
        module.steps.filter(number__gt=len(steps)).delete()
        for number, words in enumerate(steps, start=1):
            TrainingStep.objects.update_or_create(
                module=module, number=number, defaults={"words": words}
            )
        for number, words in enumerate(statements, start=1):
            Statement.objects.update_or_create(
                module=module, number=number, defaults={"words": words}
            )
