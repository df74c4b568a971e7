from django.urls import path

from sessions.payments.views import approvals, claims, finance, hours, payments

app_name = "payments"

# Mounted at /projects/<slug>/payments/.
urlpatterns = [
    path("", payments.payments_home, name="home"),
    path("rates/", payments.rates, name="rates"),
    path("terms/", payments.terms, name="terms"),
    path("queue/", approvals.queue, name="queue"),
    path("finance/", finance.finance, name="finance"),
    path("letter/", finance.letter, name="letter"),
    path("sessions/<int:pk>/claim/", claims.claim_new, name="claim_new"),
    path("sessions/<int:pk>/people/<int:person>/claim/", claims.claim_record, name="claim_record"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim"),
    path("claims/<int:pk>/edit/", claims.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/decide/", approvals.claim_decide, name="claim_decide"),
    path("claims/<int:pk>/pay/", approvals.claim_pay, name="claim_pay"),
    path("claims/<int:pk>/not-paid/", approvals.claim_unpay, name="claim_unpay"),
    path("claims/<int:pk>/receipts/<int:expense>/", claims.receipt, name="receipt"),
    path("people/<int:pk>/time-sheet.pdf", hours.person_time_sheet, name="time_sheet"),
]
