"""What every kind of scale row shares: the members who make them, and sharing rows out."""

from projects.roles import MemberStatus

BATCH = 500
TOPICS = ["money and benefits", "a place to live", "health", "college and work", "friends"]


def active_members(project):
    """Active members, oldest first: [(pk, role, user pk)]."""
    rows = project.participants.filter(status=MemberStatus.ACTIVE).order_by("pk")
    return list(rows.values_list("pk", "role", "user_id"))


def member_pks(project):
    return [pk for pk, _role, _user in active_members(project)]


def spread(n, weights, have, cap):
    """How many rows to add to each item so that together they hold `n`, shared out by
    `weights`, none above `cap`; rows already there stay where they are."""
    missing = n - sum(have)
    if missing <= 0:
        return [0] * len(weights)
    total = sum(weights) or 1
    add = [max(0, min(cap, n * w // total) - h) for w, h in zip(weights, have, strict=True)]
    while sum(add) > missing:
        add[max(range(len(add)), key=add.__getitem__)] -= 1
    # Shares were rounded down: the rest goes round the items that still have room.
    while sum(add) < missing:
        room = [i for i in range(len(add)) if have[i] + add[i] < cap]
        if not room:
            break
        for i in room[: missing - sum(add)]:
            add[i] += 1
    return add
