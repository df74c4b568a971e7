from django.apps import AppConfig


class ParticipantsConfig(AppConfig):
    name = "participants"
    verbose_name = "People"

    def ready(self):
        from participants.notify import notify
        from participants.registries import stage_tasks
        from participants.registries.personal_data import personal_data
        from participants.registries.project_menu import register_people_pages
        from participants.registries.roles_held import roles_held
        from participants.retention import register as register_retention
        from participants.selectors.messages import letters_attention_for
        from participants.selectors.network import organisations_of
        from participants.selectors.outcomes import (
            decision_proposers,
            outcome_recorder,
            outcome_reviewers,
        )
        from participants.selectors.roles import working_group_members_among
        from participants.services.network import future_work_offer, organisation_places_forget
        from projects.registries.outcome_news import news
        from projects.registries.overview_sections import Place, sections
        from projects.registries.project_menu import project_menu
        from projects.registries.stage_moves import stage_moves
        from projects.registries.stage_tasks import registry
        from projects.selectors.reflections import reflections_of
        from projects.services.reflections import reflections_forget

        registry.add_all(
            counts=stage_tasks.COUNTS, moments=stage_tasks.MOMENTS, tasks=stage_tasks.TASKS
        )
        register_people_pages(project_menu)
        register_retention()
        sections.add(
            key="letters",
            place=Place.ATTENTION,
            template="participants/includes/overview_letters.html",
            build=letters_attention_for,
            order=40,
        )
        roles_held.add(key="working_group", find=working_group_members_among)
        stage_moves.on_reaching(key="future_work", run=future_work_offer)
        personal_data.add(
            key="organisations",
            title="Organisations you work for",
            collect=organisations_of,
            forget=organisation_places_forget,
            order=60,
        )
        news.add_contributors("decision_proposers", decision_proposers)
        news.add_contributors("recorded_by", outcome_recorder)
        news.set_messenger(notify)
        news.set_reviewers(outcome_reviewers)
        personal_data.add(
            key="reflections",
            title="Your reflections",
            collect=reflections_of,
            forget=reflections_forget,
            order=50,
        )
