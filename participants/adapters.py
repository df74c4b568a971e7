from allauth.account.adapter import DefaultAccountAdapter
from django.contrib import messages
from django.utils.formats import date_format
from django.utils.timezone import localtime

from codesign.tasks import send_email
from participants.services.sign_in_cards import sign_in_cards_mark_told


class AccountAdapter(DefaultAccountAdapter):
    # The messages people can meet with our settings (email sign-in), in our own words.
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": "This account is switched off. Ask the person who invited you.",
        "cannot_remove_primary_email": "This is your main email address, so it cannot be removed.",
        "duplicate_email": "This email address is already on your account.",
        "email_password_mismatch": (
            "The email address or password is not right. Check them and try again."
        ),
        "email_taken": "Someone already has an account with this email address. Try signing in.",
        "enter_current_password": "Enter the password you use now.",
        "incorrect_code": "That code is not right. Check the email and try again.",
        "incorrect_password": "That password is not right.",
        "invalid_or_expired_key": "This link has expired or was already used.",
        "invalid_login": "We could not sign you in. Check your details and try again.",
        "invalid_password_reset": "This link has expired or was already used.",
        "max_email_addresses": "You cannot add more than %d email addresses.",
        "too_many_login_attempts": (
            "Too many tries to sign in. Wait a few minutes, then try again."
        ),
        "unknown_email": "There is no account with this email address.",
        "unverified_primary_email": "Your main email address needs checking first.",
        "same_as_current": "This is the same as before. Type a different one.",
        "rate_limited": "Too many tries in a short time. Wait a few minutes, then try again.",
    }

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        )
        send_email.enqueue(
            subject=message.subject,
            body=message.body,
            to=list(message.to),
            from_email=message.from_email,
            html=html,
        )

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.display_name = form.cleaned_data.get("display_name", "").strip()
        if commit:
            user.save()
        return user

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        self.tell_about_sign_in_cards(request, user)
        return response

    def tell_about_sign_in_cards(self, request, user):
        """Someone who was given a fresh sign-in card hears about it the next time they are in."""
        for card in sign_in_cards_mark_told(user=user):
            who = card.issued_by.name if card.issued_by else "Someone running your project"
            when = date_format(localtime(card.created_at), "j F Y")
            messages.warning(
                request,
                f"{who} gave you a new sign-in card on {when}, which ended your old password. "
                "If you did not ask for one, tell the project lead.",
            )
