"""projects.change_report and projects.export_report, asked of every role: every member reads
the report; only the lead edits it and downloads its CSV files."""

import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_change_report(cast, who):
    assert user_for(cast, who).has_perm("projects.change_report", cast.project) == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_export_report(cast, who):
    assert user_for(cast, who).has_perm("projects.export_report", cast.project) == (who == "lead")
