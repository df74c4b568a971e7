"""Join codes: short enough to copy from a printed card on a phone, too many to guess.

Codes use 25 symbols with no look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so a code read
aloud or copied from paper can only be typed one way. They are stored as plain capitals and
shown in groups of four, e.g. KXPT-7HWQ.
"""

import re
import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
# 25 ** 8 is about 150 billion: with wrong guesses rate-limited, finding a live code by
# guessing is hopeless. Open join codes are longer so they never collide with invitations.
INVITATION_CODE_LENGTH = 8
OPEN_JOIN_CODE_LENGTH = 12
# A person's own code on their sign-in card, typed at the door to check them in.
CARD_CODE_LENGTH = 8

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.]+")


def new_code(length):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_card_code():
    return new_code(CARD_CODE_LENGTH)


def normalise(text):
    """The code as stored: capitals, without the dashes and spaces people type."""
    return _SEPARATORS.sub("", (text or "").upper())


def grouped(code):
    """KXPT7HWQ → KXPT-7HWQ, for reading and copying."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def unused_symbols(code):
    """Characters in a (normalised) code that no code ever contains, in the order typed."""
    seen = []
    for char in code:
        if char not in ALPHABET and char not in seen:
            seen.append(char)
    return seen


def hashed(code):
    """A keyed hash of a one-time code, for storing it without being able to read it back."""
    from django.utils.crypto import salted_hmac

    key = "participants.one-time-code"
    return salted_hmac(key, normalise(code), algorithm="sha256").hexdigest()
