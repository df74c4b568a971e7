from django.urls import path

from participants.views import account, messages, network, sign_in_cards

app_name = "me"

urlpatterns = [
    path("", account.home, name="home"),
    path("sign-in-card/", sign_in_cards.my_sign_in_card, name="sign_in_card"),
    path("sign-in-name/", sign_in_cards.sign_in_name_step, name="sign_in_name"),
    path("messages/", messages.inbox, name="messages"),
    path("messages/<int:pk>/open/", messages.open_message, name="message_open"),
    path("messages/read/", messages.read_all, name="messages_read"),
    path("future-work/", network.my_future_work, name="future_work"),
    path("future-work/stop/", network.my_future_work_stop, name="future_work_stop"),
    path("texts/stop/", account.texts_stop, name="texts_stop"),
    path("data/", account.data_page, name="data"),
    path("data.json", account.data_json, name="data_json"),
    path("delete/", account.delete_account, name="delete"),
    path(
        "consents/<int:consent_id>/withdraw/",
        account.consent_withdraw_view,
        name="consent_withdraw",
    ),
]
