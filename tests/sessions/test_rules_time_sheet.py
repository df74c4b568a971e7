"""print time sheet (someone else's, from the project), asked of every role: project leads
only. A person's own time sheet needs no permission: it is found through their own places."""

import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_print_time_sheet(cast, who):
    assert user_for(cast, who).has_perm("workshops.print_time_sheet", cast.project) == (
        who == "lead"
    )


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_print_time_sheet_on_a_place(cast, who):
    place = cast.participants["young_person"]
    assert user_for(cast, who).has_perm("workshops.print_time_sheet", place) == (who == "lead")
