"""Who a notice reached, and how: the honest count a planner sees after telling people about a
change ("2 told by email, 1 by text, 1 only on the site"), with the people the site alone
reached and the people taking part offline, to phone or text by hand."""

from dataclasses import dataclass, field

# How the team said to reach someone taking part offline, as the planner reads it.
OFFLINE_WAYS = {
    "phone": "a phone call",
    "text": "a text",
    "email": "an email",
    "worker": "through their worker or whoever invited them",
    "post": "a letter",
}


@dataclass
class Reach:
    by_email: int = 0
    by_text: int = 0
    by_letter: int = 0
    # (name, phone number or "") for people told only in their inbox on the site.
    site_only: list = field(default_factory=list)
    # Names of people taking part offline, with no account to tell.
    offline: list = field(default_factory=list)

    # Everyone with an account who was told, on any channel (their inbox at least).
    total: int = 0

    def __len__(self):
        return self.total

    def add(self, notification, *, phone=""):
        """Count one message `participants.notify.notify` has just sent."""
        emailed = notification.emailed_at is not None
        texted = bool(notification.text_body)
        posted = "letter" in notification.channels  # set by participants.notify
        self.total += 1
        self.by_email += emailed
        self.by_text += texted
        self.by_letter += posted
        if not (emailed or texted or posted):
            self.site_only.append((notification.user.name, phone))

    def add_offline(self, participant):
        """Someone taking part offline: told the way the team recorded for them (a phone call,
        a text, through their worker…), by hand."""
        needs = getattr(participant, "support_needs", None)
        how = OFFLINE_WAYS.get(needs.preferred_contact, "") if needs is not None else ""
        if how and needs.phone and needs.preferred_contact in ("phone", "text"):
            how += f" on {needs.phone}"
        self.offline.append((participant.display_name, how))

    def in_words(self):
        """ "3 told by email, 1 by text, 1 only on the site." and who to phone, in plain words."""
        parts = []
        if self.by_email:
            parts.append(f"{self.by_email} told by email")
        if self.by_text:
            parts.append(f"{self.by_text} by text" if parts else f"{self.by_text} told by text")
        if self.by_letter:
            n = self.by_letter
            parts.append(f"{n} by letter" if parts else f"{n} told by letter")
        if self.site_only:
            parts.append(f"{len(self.site_only)} only on the site")
        said = (", ".join(parts) + ".") if parts else "Nobody with an account needed telling."
        to_call = [
            f"{name} ({phone})" if phone else f"{name} (no number)"
            for name, phone in self.site_only
        ]
        to_call += [
            f"{name} (taking part offline{': ' + how if how else ''})" for name, how in self.offline
        ]
        if to_call:
            said += " Not reached yet, so please phone or text them: " + ", ".join(to_call) + "."
        return said


def phone_for(user, participant=None):
    """A number to call someone on: their mobile, or the phone they gave with their needs."""
    if user is not None and user.mobile:
        return user.mobile.as_national
    needs = getattr(participant, "support_needs", None) if participant is not None else None
    return needs.phone if needs is not None and needs.phone else ""
