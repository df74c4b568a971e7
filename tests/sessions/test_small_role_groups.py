"""Every figure or export by role hides groups under three people: the ladder, the results of a
test round, the feedback CSV and the pitch scores. A group of three is shown; a role with one or
two people is merged into "Other roles", which is not shown while it holds fewer than three."""

import csv
import io
from datetime import date, timedelta

from django.utils import timezone

from projects.models import LadderRating
from sessions.models import Feedback, Pitch, PitchScore
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import make_prototype, open_round

HIDDEN = "fewer than 3: not shown"


def ratings(project, role, rungs):
    for rung in rungs:
        LadderRating.objects.create(project=project, role=role, rung=rung, month=date(2026, 1, 1))


def ladder_part(cast, client_as):
    body = client_as("lead").get(f"/projects/{cast.project.slug}/co-production/").content.decode()
    return body.split("How people see it")[1]


def test_the_ladder_hides_a_manager_who_rated_alone(cast, client_as):
    ratings(cast.project, "young_person", ["co_design", "co_design", "consultation"])
    ratings(cast.project, "manager", ["informing"])
    part = ladder_part(cast, client_as)
    assert "Young people: 3 ratings" in part
    assert "Managers" not in part and "Manager" not in part
    assert f"Other roles: {HIDDEN}." in part
    # The manager's rung is counted nowhere on the page.
    assert '<th scope="row">Informing</th><td>1</td>' not in part


def test_the_ladder_shows_two_small_roles_together_once_they_make_three(cast, client_as):
    ratings(cast.project, "manager", ["informing", "engagement"])
    ratings(cast.project, "staff", ["engagement"])
    part = ladder_part(cast, client_as)
    assert "Other roles: 3 ratings" in part and HIDDEN not in part
    assert "Managers" not in part and "Frontline staff" not in part


def test_the_ladder_shows_a_role_with_three_ratings(cast, client_as):
    ratings(cast.project, "manager", ["informing", "informing", "engagement"])
    part = ladder_part(cast, client_as)
    assert "Managers: 3 ratings" in part and HIDDEN not in part


def closed_round(cast, answers):
    """A round that has closed, with answers given as [(role, useful)]."""
    test_round = open_round(make_prototype(cast), opens_in=-48, closes_in=-1)
    for role, useful in answers:
        Feedback.objects.create(round=test_round, participant=None, role=role, useful=useful)
    return test_round


def round_page(cast, client_as, test_round):
    url = f"/projects/{cast.project.slug}/prototypes/{test_round.prototype_id}/test-rounds/"
    response = client_as("staff").get(f"{url}{test_round.pk}/")
    assert response.status_code == 200
    return response.content.decode().split("Results by role")[1]


def test_a_closed_round_hides_a_role_that_answered_alone(cast, client_as):
    test_round = closed_round(cast, [("young_person", 4)] * 3 + [("manager", 1)])
    part = round_page(cast, client_as, test_round)
    assert '<th scope="row">Young people</th><td>4.0</td><td>3</td>' in part
    assert f'<th scope="row">Other roles</th><td colspan="2">{HIDDEN}</td>' in part
    assert "Managers" not in part and "1.0" not in part


def test_a_closed_round_shows_a_role_with_three_answers(cast, client_as):
    test_round = closed_round(cast, [("manager", 1), ("manager", 2), ("manager", 3)])
    part = round_page(cast, client_as, test_round)
    assert '<th scope="row">Managers</th><td>2.0</td><td>3</td>' in part
    assert HIDDEN not in part


def test_a_closed_round_merges_small_roles_into_other_roles(cast, client_as):
    answers = [("staff", 2), ("staff", 2), ("manager", 5), ("lead", 3)]
    part = round_page(cast, client_as, closed_round(cast, answers))
    assert '<th scope="row">Other roles</th><td>3.0</td><td>4</td>' in part
    assert "Frontline staff" not in part and "Managers" not in part


def feedback_csv(cast, client_as):
    response = client_as("lead").get(f"/projects/{cast.project.slug}/report/feedback.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    return rows[1:]


def test_the_feedback_csv_does_not_say_the_role_of_someone_who_answered_alone(cast, client_as):
    closed_round(cast, [("young_person", 4)] * 3 + [("manager", 1)])
    rows = feedback_csv(cast, client_as)
    roles = [row[3] for row in rows]
    assert roles == ["Young person"] * 3 + ["Other roles (fewer than 3)"]
    assert "Manager" not in " ".join(" ".join(row) for row in rows)
    # The hidden answer carries no day either.
    assert rows[-1][0] == "not shown"


def test_the_feedback_csv_keeps_the_role_and_day_of_a_group_of_three(cast, client_as):
    closed_round(cast, [("manager", 1), ("manager", 2), ("manager", 3)])
    rows = feedback_csv(cast, client_as)
    today = timezone.localdate().isoformat()
    assert [(row[0], row[3], row[4]) for row in rows] == [
        (today, "Manager", "1"),
        (today, "Manager", "2"),
        (today, "Manager", "3"),
    ]


def test_the_feedback_csv_hides_a_day_on_which_fewer_than_three_answered(cast, client_as):
    test_round = closed_round(cast, [("young_person", 4)] * 3)
    earlier = Feedback.objects.filter(round=test_round).first()
    earlier.at = timezone.now() - timedelta(days=3)
    earlier.save()
    Feedback.objects.create(round=test_round, role="young_person", useful=5)
    rows = feedback_csv(cast, client_as)
    assert [row[3] for row in rows] == ["Young person"] * 4
    assert [row[0] for row in rows] == ["not shown"] + [timezone.localdate().isoformat()] * 3


def test_the_feedback_csv_counts_groups_within_each_round(cast, client_as):
    closed_round(cast, [("manager", 1), ("manager", 2)])
    closed_round(cast, [("manager", 3)])
    rows = feedback_csv(cast, client_as)
    assert {row[3] for row in rows} == {"Other roles (fewer than 3)"}


def scored_pitch(cast, judges_by_role):
    """A pitch of one idea, scored by the given number of judges in each role."""
    session = make_session(cast.project, title="Pitch night", kind="pitch", days=-1)
    idea = make_prototype(cast, by="facilitator")
    pitch = Pitch.objects.create(session=session, criteria="Useful?")
    pitch.ideas.add(idea)
    for role, totals in judges_by_role.items():
        for total in totals:
            PitchScore.objects.create(
                pitch=pitch, prototype=idea, role=role, marks=[total], total=total
            )
    return session


def pitch_results(cast, client_as, session):
    url = f"/projects/{cast.project.slug}/sessions/{session.pk}/pitch/"
    body = client_as("staff").get(url).content.decode()
    return body.split("Scores by role of judge")[1].split("</table>")[0]


def test_the_pitch_results_hide_the_score_of_a_lone_manager(cast, client_as):
    session = scored_pitch(cast, {"young_person": [4, 4, 4], "manager": [1]})
    part = pitch_results(cast, client_as, session)
    assert '<th scope="col">Young people</th><th scope="col">Other roles</th>' in part
    assert f"<td>4.0 (3)</td><td>{HIDDEN}</td>" in part
    assert "Managers" not in part and "1.0" not in part


def test_the_pitch_results_show_a_role_with_three_judges(cast, client_as):
    session = scored_pitch(cast, {"manager": [1, 2, 3]})
    part = pitch_results(cast, client_as, session)
    assert '<th scope="col">Managers</th>' in part and "<td>2.0 (3)</td>" in part
    assert HIDDEN not in part


def test_pitch_scores_read_on_the_1_to_5_scale_the_judges_used(cast, client_as):
    session = make_session(cast.project, title="Pitch night", kind="pitch", days=-1)
    idea = make_prototype(cast, by="facilitator")
    pitch = Pitch.objects.create(session=session, criteria="Useful?\nDoable?\nFair?")
    pitch.ideas.add(idea)
    for marks in ([4, 5, 3], [4, 4, 4], [5, 4, 3]):  # totals 12, 12, 12 over 3 questions
        PitchScore.objects.create(
            pitch=pitch, prototype=idea, role="young_person", marks=marks, total=sum(marks)
        )
    part = pitch_results(cast, client_as, session)
    assert "<td>4.0 (3)</td>" in part and "12.0" not in part
    assert "from 1 to 5 for each idea, over its 3 questions" in part
    assert 'class="table table-sm caption-top"' in part
