"""What the people running a session need to arrange, from this time's replies and each
person's standing support needs."""

from collections import Counter
from dataclasses import dataclass, field

from participants.models import SupportNeeds
from participants.selectors.consent import refused_data_use
from participants.selectors.needs import support_needs_of
from sessions.models import Attendance

Reply = Attendance.Reply
COMING = [Reply.YES, Reply.MAYBE]


@dataclass
class Arrangements:
    coming: int = 0
    maybe: int = 0
    childcare: list = field(default_factory=list)
    travel: list = field(default_factory=list)
    access: list = field(default_factory=list)  # [(need, count)]
    food: list = field(default_factory=list)
    other: list = field(default_factory=list)
    answers: list = field(default_factory=list)  # [(question, [(answer, count)])]

    @property
    def anything(self):
        return bool(self.childcare or self.travel or self.access or self.food or self.other) or any(
            counts for _, counts in self.answers
        )


def arrangements_for(session):
    """Counts and names for the people coming (yes) or maybe coming, in two queries."""
    replies = list(
        Attendance.objects.filter(session=session, reply__in=COMING)
        .select_related("participant", "participant__support_needs")
        .prefetch_related("participant__consents")
        .order_by("participant__display_name", "pk")
    )
    found = Arrangements()
    answers = {n: Counter() for n, _ in session.questions}
    access = Counter()
    access_labels = dict(SupportNeeds.Access.choices)
    for attendance in replies:
        person = attendance.participant
        found.coming += attendance.reply == Reply.YES
        found.maybe += attendance.reply == Reply.MAYBE
        standing = None if refused_data_use(person) else support_needs_of(person)
        if attendance.needs_childcare or (standing and standing.childcare):
            found.childcare.append(person.display_name)
        if attendance.needs_travel or (standing and standing.travel):
            found.travel.append(person.display_name)
        if standing:
            for need in standing.access:
                access[access_labels.get(need, need)] += 1
            if standing.dietary.strip():
                found.food.append((person.display_name, standing.dietary.strip()))
        if attendance.needs_other:
            found.other.append((person.display_name, attendance.needs_other))
        for number, _ in session.questions:
            text = getattr(attendance, f"answer_{number}").strip()
            if text:
                answers[number][_same_answer(text)] += 1
    found.access = sorted(access.items())
    found.answers = [(q, answers[n].most_common()) for n, q in session.questions]
    return found


def _same_answer(text):
    """ "Yes", "yes." and "YES" count as one answer."""
    text = " ".join(text.split()).rstrip(".!")
    return text[:1].upper() + text[1:].lower() if text.isupper() or text.islower() else text
