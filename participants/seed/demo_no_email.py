"""The demo's people reached without email: Dylan signs in with the sign-in name on his card and
chose texts, Sam, waiting for a lead to say yes, asked for texts too, and Ellie chose letters.
Used by `manage.py seed_demo` only."""

from projects.roles import MemberStatus, Role

# Dylan has no email address: he signs in with this name and the demo password.
NO_EMAIL_NAME = "Dylan"
NO_EMAIL_SIGN_IN = "dylan583"
# A made-up mobile number for Sam, who chose texts. With the console text backend the demo
# uses, texts are only printed; seed_demo refuses to run on a live site without --force.
TEXTS_MOBILE = "+447911123456"
DYLAN_MOBILE = "+447911123457"
LETTERS_EMAIL = "young.person2@demo.codesign.test"
LETTERS_ADDRESS = "Flat 1, 3 Argyll Street\nDunoon\nPA23 7HG"


def seed_no_email(project, users, *, password, requester_email):
    """Returns Dylan's account."""
    from participants.models import User

    local_lead = users["local.lead@demo.codesign.test"]
    dylan = User.objects.filter(username=NO_EMAIL_SIGN_IN).first()
    if dylan is None:
        dylan = User.objects.create_user(
            None, password, username=NO_EMAIL_SIGN_IN, display_name=NO_EMAIL_NAME
        )
    elif not dylan.check_password(password):
        dylan.set_password(password)
        dylan.save(update_fields=["password"])
    if not dylan.wants_texts:  # he chose texts in the welcome step
        dylan.mobile = DYLAN_MOBILE
        dylan.wants_texts = True
        dylan.save(update_fields=["mobile", "wants_texts"])
    project.participants.update_or_create(
        user=dylan,
        defaults={
            "display_name": NO_EMAIL_NAME,
            "role": Role.YOUNG_PERSON,
            "status": MemberStatus.ACTIVE,
            "invited_by": local_lead,
        },
    )
    # Ellie chose letters in the post: what matters to her is printed for the lead to post.
    ellie = User.objects.get(email=LETTERS_EMAIL)
    if not ellie.wants_letters:
        from participants.notify import notify

        ellie.wants_letters = True
        ellie.postal_address = LETTERS_ADDRESS
        ellie.save(update_fields=["wants_letters", "postal_address"])
        # Her first letter waits on the lead's overview, to print and post.
        notify(
            user=ellie,
            project=project,
            subject="You chose letters in the post",
            body="We will post you a letter when a session you are coming to changes, when a "
            "place comes free for you and when a payment is made. Everything is also in "
            "Messages on the website. You can change how we contact you on My page.",
            link="/me/",
            action="Change how we contact you",
            letter=True,
        )
    sam = User.objects.get(email=requester_email)
    if not sam.wants_texts:
        sam.mobile = TEXTS_MOBILE
        sam.wants_texts = True
        sam.save(update_fields=["mobile", "wants_texts"])
    return dylan
