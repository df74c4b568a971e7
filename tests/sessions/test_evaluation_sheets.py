from sessions.models import EvaluationSheet
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import make_prototype, url

SHEET = {
    "learnt": "People want it shorter",
    "young_people": "4",
    "staff": "2",
    "managers": "1",
    "gets_in_the_way": "Printing costs",
    "how_we_will_know": "Fewer calls in the first week",
}


def test_the_group_fills_in_a_sheet_for_a_session(cast, client_as):
    prototype = make_prototype(cast)
    session = make_session(cast.project, days=-1)
    response = client_as("young_person").post(
        url(prototype, "sheets/new/"), {**SHEET, "session": session.pk}
    )
    assert response.status_code == 302
    sheet = EvaluationSheet.objects.get()
    assert sheet.session == session and sheet.tried_with_total == 7
    assert sheet.written_by == cast.participants["young_person"]


def test_sheets_are_kept_in_order_on_the_idea_page(cast, client_as):
    prototype = make_prototype(cast)
    client = client_as("staff")
    client.post(url(prototype, "sheets/new/"), {**SHEET, "learnt": "First thing we learnt"})
    client.post(url(prototype, "sheets/new/"), {**SHEET, "learnt": "Second thing we learnt"})
    page = client.get(url(prototype)).content.decode()
    assert page.index("First thing we learnt") < page.index("Second thing we learnt")
    assert "4 young people, 2 frontline staff, 1 manager" in page


def test_a_sheet_needs_what_we_learnt_and_whole_numbers(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("staff").post(
        url(prototype, "sheets/new/"), {**SHEET, "learnt": "", "staff": "-2"}
    )
    page = response.content.decode()
    assert "Say what you learnt." in page and "Give a whole number, or 0." in page
    assert not EvaluationSheet.objects.exists()
