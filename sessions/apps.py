"""The top layer: what happens in a project once people are in it.

This app holds sessions (planning, finding a time, replies and attendance, check-in, photos,
reminders and calendars); ideas and prototypes with their pictures, versions, comments and
moderation, evaluation sheets, test rounds and feedback, and decisions on prototypes; and will
hold paid involvement (rate cards, time and expense claims, which start from attendance).
It sits above `projects` and `participants` and may import from both; they never import from it.

`manage.py seed_demo` lives here because the demo tells the whole story, and only the top layer
may reach every app: it calls each app's chapters (`projects/demo.py`, `participants/demo.py`,
and this app's own as it grows) in the order the story happens.
"""

from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    # django.contrib.sessions already owns the "sessions" label.
    name = "sessions"
    label = "workshops"
    verbose_name = "Sessions and prototypes"

    def ready(self):
        from participants.personal_data import personal_data
        from projects.outcome_links import outcome_links
        from projects.outcome_news import news
        from projects.overview_sections import Place, sections
        from projects.project_menu import EVERYONE, TAKING_PART, project_menu
        from projects.stage_tasks import registry
        from sessions.forms.prototypes import outcome_prototypes_field
        from sessions.selectors import personal_data as held
        from sessions.selectors import prototype_outcomes as behind
        from sessions.selectors.overview import next_session_for, participation_for
        from sessions.selectors.payment_overview import lead_claims_for, own_claims_for
        from sessions.selectors.prototype_overview import idea_participation_for, latest_ideas_for
        from sessions.services.personal_data import (
            claims_forget,
            prototype_data_forget,
            session_data_forget,
        )
        from sessions.services.prototypes import prototypes_link_outcome
        from sessions.stage_tasks import register_prototype_tasks, register_session_tasks

        outcome_links.add(
            key="prototypes",
            field=outcome_prototypes_field,
            initial=behind.prototypes_of,
            save=prototypes_link_outcome,
            shown=behind.prototypes_behind,
            order=10,
        )
        news.add_contributors("prototype_makers", behind.prototype_makers)
        register_session_tasks(registry)
        register_prototype_tasks(registry)
        sections.add(
            key="next_session",
            place=Place.NOW,
            template="sessions/includes/overview_next_session.html",
            build=next_session_for,
            order=10,
        )
        sections.add(
            key="participation",
            place=Place.GLANCE,
            template="sessions/includes/overview_participation.html",
            build=participation_for,
            order=20,
        )
        sections.add(
            key="latest_ideas",
            place=Place.NOW,
            template="sessions/includes/overview_latest_ideas.html",
            build=latest_ideas_for,
            order=30,
        )
        sections.add(
            key="idea_participation",
            place=Place.GLANCE,
            template="sessions/includes/overview_idea_participation.html",
            build=idea_participation_for,
            order=30,
        )
        personal_data.add(
            key="session_replies",
            title="Your replies to sessions",
            collect=held.session_replies_of,
            forget=session_data_forget,
            order=10,
        )
        personal_data.add(
            key="time_answers", title="Times you said you could come", collect=held.time_answers_of
        )
        personal_data.add(
            key="calendar", title="Your calendar and reminders", collect=held.calendar_settings_of
        )
        personal_data.add(
            key="photos_tagged", title="Photos you are tagged in", collect=held.photos_tagged_of
        )
        project_menu.add(
            label="Sessions",
            url_name="sessions:list",
            perm="projects.view_project",
            order=20,
            top_for=EVERYONE,
        )
        project_menu.add(
            label="Working group",
            url_name="working_group:page",
            perm="projects.view_project",
            order=66,
        )
        project_menu.add(
            label="How co-produced is it?",
            url_name="coproduction:page",
            perm="projects.view_project",
            order=86,
        )
        project_menu.add(
            label="Report", url_name="report:page", perm="projects.view_project", order=72
        )
        personal_data.add(
            key="payment_claims",
            title="Your payment claims",
            collect=held.claims_of,
            forget=claims_forget,
            order=50,
        )
        sections.add(
            key="own_claims",
            place=Place.NOW,
            template="sessions/includes/overview_claims.html",
            build=own_claims_for,
            order=30,
        )
        sections.add(
            key="claims_to_decide",
            place=Place.ATTENTION,
            template="sessions/includes/overview_claims_attention.html",
            build=lead_claims_for,
            order=30,
        )
        project_menu.add(
            label="Payments",
            url_name="payments:home",
            perm="workshops.view_payments",
            order=75,
        )
        project_menu.add(
            label="Ideas and prototypes",
            url_name="prototypes:list",
            perm="workshops.view_prototype",
            order=25,
            top_for=TAKING_PART,
        )
        personal_data.add(
            key="ideas",
            title="Ideas you added",
            collect=held.ideas_of,
            forget=prototype_data_forget,
            order=40,
        )
        personal_data.add(key="comments", title="Your comments on ideas", collect=held.comments_of)
        personal_data.add(
            key="feedback", title="Your answers to test rounds", collect=held.feedback_of
        )
        personal_data.add(key="sheets", title="Evaluation sheets you wrote", collect=held.sheets_of)
        personal_data.add(
            key="pitch_scores", title="Your scores as a judge", collect=held.pitch_scores_of
        )
