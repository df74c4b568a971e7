from django.utils.crypto import salted_hmac


def offline_user_key(request):
    """A key for the store of pages saved on this device for the person signed in: made from
    their session, so it says nothing about who they are and changes at each sign-in (pages
    saved in an earlier session are then cleared). Empty for visitors who are not signed in."""
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    if user is None or not user.is_authenticated or session is None or not session.session_key:
        return {"offline_user_key": "", "offline_owner_key": ""}
    key = salted_hmac("codesign.offline.user", session.session_key).hexdigest()[:24]
    # What was done with no signal is kept for the person, across sign-ins: it is sent only
    # while they are signed in, and never shown to anyone else using the phone.
    owner = salted_hmac("codesign.offline.owner", str(user.pk)).hexdigest()[:24]
    return {"offline_user_key": key, "offline_owner_key": owner}
