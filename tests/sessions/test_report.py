"""The project report: written from the records on known data, the lead's edits kept, helpful
empty sections, printable, and the CSV files for funders."""

import csv
import io

import pytest
from django.utils import timezone

from projects.models import Reflection, ReportEdit
from sessions.models import Feedback, Prototype
from sessions.prototypes.services.rounds import feedback_give
from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory, ProjectFactory
from tests.helpers import assert_query_budget
from tests.projects.outcome_data import add_outcome, agree
from tests.sessions.conftest import make_session, reply
from tests.sessions.prototype_helpers import make_prototype, open_round


def url(project, tail=""):
    return f"/projects/{project.slug}/report/{tail}"


@pytest.fixture
def story(cast):
    project = cast.project
    p = cast.participants
    iriss = PartnerFactory(project=project, organisation__name="IRISS")
    PartnerFactory(project=project, organisation__name="STAF")
    ContributionFactory(
        partner=iriss, kind="cash", amount_pence=500000, covers=["facilitators", "materials"]
    )
    Reflection.objects.create(project=project, kind="helped", text="An independent lead.")
    Reflection.objects.create(project=project, kind="difficulty", text="Time was hard.")
    Reflection.objects.create(project=project, kind="advice", text="Pay young people.")
    agree(add_outcome(project, cast.lead, title="Friends' pack adopted"), cast.manager)
    held = make_session(project, title="First workshop", days=-10, hour=18)
    for who in ("young_person", "staff", "manager"):
        reply(held, p[who], "yes", attended=True)
    make_session(project, title="Snowed off", days=-5, status="cancelled")
    p["young_person"].in_working_group = True
    p["young_person"].save()
    return cast


def test_it_reads_like_a_practice_example_from_the_records(story, client_as):
    body = client_as("young_person").get(url(story.project)).content.decode()
    assert (
        "IRISS and STAF worked in partnership on a project called Support for care leavers." in body
    )
    assert "IRISS provided £5,000.00 for" in body
    assert "- An independent lead." in body and "- Time was hard." in body
    assert "- Pay young people." in body
    assert "Friends&#x27; pack adopted (agreed)" in body
    assert "A working group carries the work on: 1 person, including 1 young person." in body
    assert "6 people took part: 1 project lead, 1 local lead" in body
    assert (
        "1 session were held, 1 of them outside working hours." in body or "1 session was" in body
    )
    assert "People came 3 times in all" in body
    assert body.count("Written from the project's records.") == 8
    assert "css/report.css" in body
    assert "sessions.csv" not in body


def test_an_empty_project_gets_helpful_sections(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "No partners are recorded yet." in body
    assert "No outcomes recorded yet." in body and "No advice recorded yet." in body


def test_the_lead_edits_a_section_and_can_go_back(story, client_as):
    client = client_as("lead")
    form = client.get(url(story.project, "helped/edit/")).content.decode()
    assert "- An independent lead." in form
    response = client.post(url(story.project, "helped/edit/"), {"text": "Our own words."})
    assert response["Location"] == url(story.project) + "#helped"
    body = client.get(url(story.project)).content.decode()
    assert "Our own words." in body and "Edited by the lead" in body
    assert "- An independent lead." not in body
    # New records do not overwrite the lead's words.
    Reflection.objects.create(project=story.project, kind="helped", text="Venues were free.")
    assert "Venues were free." not in client.get(url(story.project)).content.decode()
    client.post(url(story.project, "helped/edit/"), {"reset": "1"})
    body = client.get(url(story.project)).content.decode()
    assert "Venues were free." in body and not ReportEdit.objects.exists()


def test_an_empty_edit_is_explained_and_nothing_kept(story, client_as):
    response = client_as("lead").post(url(story.project, "helped/edit/"), {"text": "  "})
    assert "Write the section, or choose to go back" in response.content.decode()
    assert not ReportEdit.objects.exists()


def test_an_unknown_section_is_not_found(story, client_as):
    assert client_as("lead").get(url(story.project, "gossip/edit/")).status_code == 404


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_only_the_lead_edits_and_downloads(story, client_as, who):
    client = client_as(who)
    assert client.get(url(story.project)).status_code == 200
    assert client.post(url(story.project, "helped/edit/"), {"text": "Mine"}).status_code == 403
    assert client.get(url(story.project, "sessions.csv")).status_code == 403
    assert client.get(url(story.project, "outcomes.csv")).status_code == 403
    assert client.get(url(story.project, "feedback.csv")).status_code == 403
    assert not ReportEdit.objects.exists()


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))


def test_the_sessions_csv_counts_who_came_by_role(story, client_as):
    rows = read_csv(client_as("lead").get(url(story.project, "sessions.csv")))
    header, *data = rows
    assert header[:5] == ["Date", "Session", "Kind", "Status", "People who came"]
    first = next(r for r in data if r[1] == "First workshop")
    by_role = dict(zip(header[5:], first[5:], strict=True))
    assert first[4] == "3" and by_role["Came: Young person"] == "1"
    assert next(r for r in data if r[1] == "Snowed off")[4] == "0"


def test_the_outcomes_csv_is_safe_from_formulas(story, client_as):
    add_outcome(story.project, story.lead, title='=HYPERLINK("http://x")', we_did="+1")
    rows = read_csv(client_as("lead").get(url(story.project, "outcomes.csv")))
    titles = [r[0] for r in rows[1:]]
    assert '\'=HYPERLINK("http://x")' in titles
    bad = next(r for r in rows if r[0].startswith("'="))
    assert bad[6] == "'+1"
    pack = dict(zip(rows[0], next(r for r in rows if r[0] == "Friends' pack adopted"), strict=True))
    assert pack["Status"] == "Agreed" and pack["Agreed on"] == timezone.localdate().isoformat()
    assert pack["Reviews agreeing"] == "1" and pack["Ideas behind it"] == ""


def test_the_outcomes_csv_and_the_report_name_the_ideas_behind_each_outcome(story, client_as):
    outcome = add_outcome(story.project, story.lead, title="Map in use")
    for title in ("Map", "Bus times"):
        Prototype.objects.create(
            project=story.project, title=title, status="adopted", outcome=outcome
        )
    rows = read_csv(client_as("lead").get(url(story.project, "outcomes.csv")))
    row = dict(zip(rows[0], next(r for r in rows if r[0] == "Map in use"), strict=True))
    assert row["Ideas behind it"] == "Bus times; Map"
    page = client_as("lead").get(url(story.project)).content.decode()
    assert "It came from the ideas: Bus times and Map." in page


def test_anonymous_and_outsiders(story, client, client_as):
    assert client.get(url(story.project))["Location"].startswith("/accounts/login/")
    assert client.get(url(story.project, "feedback.csv"))["Location"].startswith("/accounts/")
    assert client_as("outsider").get(url(story.project)).status_code == 404
    assert client_as("outsider").get(url(story.project, "outcomes.csv")).status_code == 404
    assert client_as("outsider").get(url(story.project, "feedback.csv")).status_code == 404
    assert client_as("lead").post(url(story.project, "feedback.csv")).status_code == 405


def test_query_budget_at_3_and_50_outcomes(story, client_as):
    client = client_as("lead")

    def grow(n):
        while story.project.outcomes.count() < n:
            add_outcome(
                story.project, story.lead, title=f"Outcome {story.project.outcomes.count()}"
            )

    assert_query_budget(fetch=lambda: client.get(url(story.project)), grow=grow, budget=20)


def answer(cast, test_round, who, useful, comment=""):
    return feedback_give(
        test_round=test_round, participant=cast.participants[who], useful=useful, comment=comment
    )


def test_the_lead_finds_the_answers_file_beside_the_others(story, client_as):
    body = client_as("lead").get(url(story.project)).content.decode()
    assert url(story.project, "feedback.csv") in body
    assert "answers to test rounds (CSV)" in body and "It never shows who answered." in body


def test_the_feedback_csv_has_one_row_per_answer_by_role(story, client_as):
    pack = make_prototype(story, title="Friends' pack")
    first = open_round(pack)
    answer(story, first, "young_person", 5, "Really useful")
    answer(story, first, "staff", 3)
    later = open_round(make_prototype(story, title="Map"), opens_in=1, closes_in=48)
    Feedback.objects.create(round=later, participant=None, role="manager", useful=2)
    header, *rows = read_csv(client_as("lead").get(url(story.project, "feedback.csv")))
    assert header == [
        "Answered on",
        "Idea or prototype",
        "Question",
        "Role",
        "How useful (1 to 5)",
        "Comment",
    ]
    question = "Would this pack help you in your first week?"
    # One or two answers in a role: the role and the day are not given with them.
    hidden = ["not shown", "Other roles (fewer than 3)"]
    assert rows == [
        [hidden[0], "Friends' pack", question, hidden[1], "5", "Really useful"],
        [hidden[0], "Friends' pack", question, hidden[1], "3", ""],
        [hidden[0], "Map", question, hidden[1], "2", ""],
    ]


def test_the_feedback_csv_never_names_who_answered(story, client_as):
    for who in ("young_person", "staff", "manager"):
        story.users[who].display_name = f"Rater {who}"
        story.users[who].save()
        story.participants[who].display_name = f"Rater {who}"
        story.participants[who].save()
    test_round = open_round(make_prototype(story))
    for who in ("young_person", "staff", "manager"):
        answer(story, test_round, who, 4, "Good")
    response = client_as("lead").get(url(story.project, "feedback.csv"))
    text = response.content.decode()
    for who in ("young_person", "staff", "manager"):
        assert "Rater" not in text and story.users[who].email not in text
    header, *rows = read_csv(response)
    assert not any(word in " ".join(header).lower() for word in ("name", "person", "email"))
    assert all(len(row) == len(header) for row in rows) and len(rows) == 3
    # The day is kept, not the time: answers cannot be matched to who was in the room when.
    assert all(len(row[0]) == len("2026-01-31") for row in rows)
    assert response["Cache-Control"] == "no-store"
    assert 'filename="care-leavers-feedback.csv"' in response["Content-Disposition"]


def test_the_feedback_csv_is_safe_from_formulas(story, client_as):
    test_round = open_round(make_prototype(story, title="=1+1"))
    answer(story, test_round, "staff", 2, '=HYPERLINK("http://x")')
    answer(story, test_round, "manager", 4, "-2 points")
    rows = read_csv(client_as("lead").get(url(story.project, "feedback.csv")))
    assert {row[1] for row in rows[1:]} == {"'=1+1"}
    assert {row[5] for row in rows[1:]} == {'\'=HYPERLINK("http://x")', "'-2 points"}


def test_the_feedback_csv_holds_only_this_projects_answers(story, client_as):
    elsewhere = make_prototype(story, title="Elsewhere")
    elsewhere.project = ProjectFactory()
    elsewhere.save()
    Feedback.objects.create(round=open_round(elsewhere), role="staff", useful=1)
    rows = read_csv(client_as("lead").get(url(story.project, "feedback.csv")))
    assert rows[1:] == []


def test_query_budget_of_the_feedback_csv_at_3_and_50_answers(story, client_as):
    client = client_as("lead")
    rounds = [open_round(make_prototype(story, title=f"Idea {n}")) for n in range(2)]

    def grow(n):
        for i in range(Feedback.objects.count(), n):
            Feedback.objects.create(
                round=rounds[i % 2], participant=None, role="young_person", useful=1 + i % 5
            )

    fetch = lambda: client.get(url(story.project, "feedback.csv"))  # noqa: E731
    assert_query_budget(fetch=fetch, grow=grow, budget=5)
    assert len(read_csv(fetch())) == 51


def test_the_sessions_csv_says_held_for_sessions_that_went_ahead(story, client_as):
    rows = read_csv(client_as("lead").get(url(story.project, "sessions.csv")))
    statuses = {r[1]: r[3] for r in rows[1:]}
    assert statuses["First workshop"] == "Held"
    assert statuses["Snowed off"] == "Cancelled"


def test_one_visit_reads_once_and_help_in_kind_reads_plainly(cast, client_as):
    council = PartnerFactory(project=cast.project, organisation__name="The council")
    ContributionFactory(
        partner=council, kind="in_kind", amount_pence=None, covers=["venues"], description=""
    )
    held = make_session(cast.project, title="First workshop", days=-10, hour=18)
    reply(held, cast.participants["young_person"], "yes", attended=True)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "People came once in all" in body
    assert "without charging (help in kind)." in body
