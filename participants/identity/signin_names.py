"""Sign-in names: how people without email sign in, printed on their card.

A name is a short word from the person's own name plus three digits, e.g. "jay482": easy to
read off a card and type on a phone. Names are kept in small letters, and a name differing
only in capitals counts as the same one. Suggestions carry random digits, so a suggestion
says nothing about who else has an account or in which project.
"""

import re
import secrets
import unicodedata

from django.core.exceptions import ValidationError

from participants.models import User

MIN_LENGTH = 4
MAX_LENGTH = 30
_ALLOWED = re.compile(r"^[a-z][a-z0-9._-]*$")
_NOT_LETTERS = re.compile(r"[^a-z]")


def normalise(text):
    return (text or "").strip().lower()


def is_taken(name, *, exclude_user=None):
    users = User.objects.filter(username__iexact=normalise(name))
    if exclude_user is not None:
        users = users.exclude(pk=exclude_user.pk)
    return users.exists()


def validate(name):
    """Raise ValidationError, in plain words, if `name` cannot be a sign-in name."""
    name = normalise(name)
    if len(name) < MIN_LENGTH:
        raise ValidationError(f"A sign-in name needs at least {MIN_LENGTH} letters or numbers.")
    if len(name) > MAX_LENGTH:
        raise ValidationError(f"A sign-in name can be at most {MAX_LENGTH} letters or numbers.")
    if "@" in name:
        raise ValidationError(
            "A sign-in name cannot have “@” in it. If you have an email address, type it in "
            "the email box instead."
        )
    if not _ALLOWED.match(name):
        raise ValidationError(
            "Use only letters and numbers (a dot, dash or underscore is fine too), starting "
            "with a letter, like jay482."
        )


def _stem(display_name):
    """The first word of a name in plain small letters: "Zoë Smith" → "zoe"."""
    words = (display_name or "").split()
    first = words[0] if words else ""
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()
    stem = _NOT_LETTERS.sub("", plain)[:12]
    return stem if len(stem) >= 2 else "member"


def suggest(display_name):
    """A free sign-in name made from the person's name and three random digits."""
    stem = _stem(display_name)
    for _ in range(20):
        candidate = f"{stem}{secrets.randbelow(900) + 100}"
        if not is_taken(candidate):
            return candidate
    # So many people share this first word that three digits are nearly used up.
    return f"{stem}{secrets.randbelow(900000) + 100000}"
