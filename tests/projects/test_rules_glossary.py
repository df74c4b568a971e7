"""projects.change_glossary, asked of every role."""

import pytest

from projects.models import GlossaryTerm
from tests.conftest import EVERYONE
from tests.factories import ProjectFactory
from tests.helpers import user_for

EDITORS = {"lead", "facilitator"}


@pytest.mark.parametrize("who", EVERYONE)
def test_change_glossary_on_the_project(cast, who):
    assert user_for(cast, who).has_perm("projects.change_glossary", cast.project) == (
        who in EDITORS
    )


@pytest.mark.parametrize("who", EVERYONE)
def test_change_glossary_on_one_of_its_words(cast, who):
    term = GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="x")
    assert user_for(cast, who).has_perm("projects.change_glossary", term) == (who in EDITORS)


def test_a_facilitator_here_cannot_change_another_project_s_words(cast):
    term = GlossaryTerm.objects.create(project=ProjectFactory(), term="X", plain_meaning="y")
    assert not cast.facilitator.has_perm("projects.change_glossary", term)
