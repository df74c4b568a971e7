"""Saying no to email in one click, from the email itself.

Every message emailed to someone with an account carries `List-Unsubscribe` and one-click
`List-Unsubscribe-Post` headers (RFC 8058) and a link at the foot: following it turns their email
down to essentials only (invitations, cancellations, places, payments), which stay, since they
are about what the person is part of. An invitation to an address with no account carries a
"don't invite me again" link instead: once used, no project can invite that address again.

The links carry a signed token, not a password: they work without signing in, for as long as
the site's SECRET_KEY stays the same, and reveal nothing about the person.
"""

from django.core import signing
from django.urls import reverse

STOP_SALT = "codesign.email-stop"
NO_INVITATIONS_SALT = "codesign.no-invitations"


def email_stop_url(user):
    from participants.notify import site_url

    token = signing.Signer(salt=STOP_SALT).sign_object(user.pk, compress=True)
    return site_url(reverse("email_stop", kwargs={"token": token}))


def no_invitations_url(email):
    from participants.notify import site_url

    token = signing.Signer(salt=NO_INVITATIONS_SALT).sign_object(
        email.strip().lower(), compress=True
    )
    return site_url(reverse("no_invitations", kwargs={"token": token}))


def user_id_from(token):
    try:
        return int(signing.Signer(salt=STOP_SALT).unsign_object(token))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def email_from(token):
    try:
        email = signing.Signer(salt=NO_INVITATIONS_SALT).unsign_object(token)
    except signing.BadSignature:
        return None
    return email if isinstance(email, str) and "@" in email else None
