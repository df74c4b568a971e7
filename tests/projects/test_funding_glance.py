"""The funding-at-a-glance snippet other pages (such as the overview) include."""

from django.template.loader import render_to_string
from django.utils.html import strip_tags

from projects.selectors.funding import funding_summary
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory


def render(project):
    return " ".join(
        render_to_string(
            "projects/includes/funding_glance.html", {"summary": funding_summary(project)}
        ).split()
    )


def test_it_shows_committed_spent_and_left_with_a_link(cast):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, amount_pence=500_000, covers=["materials"])
    ContributionFactory(partner=partner, kind="in_kind", amount_pence=120_000, covers=["venues"])
    SpendFactory(project=cast.project, category="materials", amount_pence=24_050)
    html = render(cast.project)
    assert "£5,000.00 committed, £240.50 spent, £4,759.50 left." in html
    assert "estimated value £1,200.00, not money to spend" in html
    assert 'href="/projects/care-leavers/partners/"' in html


def test_overspending_is_said_in_words(cast):
    SpendFactory(project=cast.project, category="materials", amount_pence=1_000)
    html = render(cast.project)
    assert "£0.00 committed, £10.00 spent, £10.00 over." in strip_tags(html)
    assert 'class="money-over"' in html


def test_an_empty_project_says_so(cast):
    html = render(cast.project)
    assert "No funding recorded yet." in html
    assert "Partners and funding" in html
