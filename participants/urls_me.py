from django.urls import path

from participants import views_me

app_name = "me"

urlpatterns = [
    path("", views_me.home, name="home"),
    path("data/", views_me.data_page, name="data"),
    path("data.json", views_me.data_json, name="data_json"),
    path("delete/", views_me.delete_account, name="delete"),
    path(
        "consents/<int:consent_id>/withdraw/",
        views_me.consent_withdraw_view,
        name="consent_withdraw",
    ),
]
