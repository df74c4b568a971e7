"""docs/retention.md, made from the registry so the written schedule and the code never differ
(`manage.py retention_docs` writes it; a test fails when it is out of date)."""

from pathlib import Path

from django.conf import settings

from projects.registries.retention import months_in_words, retention

DOCS_FILE = "docs/retention.md"

INTRODUCTION = """\
# How long Codesign keeps each record

This page is made from the retention schedule in the code (`projects/registries/retention.py`,
filled by each part of the site): run `python manage.py retention_docs` after changing a period.

Every day `python manage.py apply_retention` (queued on the worker, safe to run twice) removes
what is due. `python manage.py apply_retention --dry-run --on 2027-04-06` lists what would go on
that day and changes nothing. People are told 30 and 7 days before their account is removed,
in their inbox and on the channel they chose, and signing in keeps it.

**An organisation's own periods.** The organisation leading a project (its lead partner) may
keep any kind of a project's records for longer, or for a shorter time, except below a legal
minimum (finance). Its leads set them at `/organisations/<slug>/records/` (linked from their
My page and from each project's privacy page), with the reason their data protection officer
will read; site administrators can also use the admin ("Retention periods of organisations").
Each change is in the audit trail. Accounts and messages belong to a person, not to one
project, and safety information's 7 days is a promise made to each person, so these always
follow this schedule. A project's privacy page shows the periods that apply to it.

**Legal holds.** While a hold is in force on a project or a person (a complaint, an
investigation, a court case, a request from the police), nothing of theirs is removed. Site
administrators place and lift holds in the admin; a project's lead may place one on their
project from its privacy page. Each hold and each lifting is in the audit trail.
"""

SOURCES = """\
## Where the periods come from

- **Claims and receipts.** HMRC asks organisations to keep their financial records for six
  years after the end of the financial year they relate to. We count tax years (6 April to 5
  April), so a claim is kept for the rest of its tax year and six more. This is a legal
  minimum: an organisation cannot set a shorter period.
- **Concerns about an adult (allegations).** Statutory guidance in England ("Keeping children
  safe in education", part four) asks that an allegation that was not false or malicious be kept
  until the adult reaches normal pension age, or for 10 years from the allegation, whichever is
  longer, and that false or malicious ones are not kept as part of the adult's record. We keep
  an allegation found unfounded or false 10 years after it closed, the shortest period the
  guidance names for an allegation, and any other allegation 75 years, to cover a working life.
- **Concerns about a young person.** Guidance for schools and services on child protection
  records (the Information and Records Management Society's retention toolkit) keeps them until
  the young person is 25. Care leavers can be older than that when they take part, so we also
  keep each concern at least 6 years after it closed.
- **Accounts, offline people's records, support needs, photos and messages.** The law (UK GDPR,
  storage limitation) says keep personal data no longer than needed for the purpose. These
  periods are our judgement of that need; an organisation can change them.
- **Audit trail.** Kept 6 years, as long as the finance records it helps to explain.
"""


def _row(record_type):
    floor = (
        f" Not less than {months_in_words(record_type.floor_months)}."
        if record_type.floor_months
        else ""
    )
    then = record_type.removal_words + (f": {record_type.remains}" if record_type.remains else "")
    cells = [
        record_type.name,
        f"{record_type.period_words()}.{floor}",
        then,
        record_type.why,
        record_type.who_sees,
        f"`{record_type.key}`",
    ]
    return "| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |"


def schedule_markdown():
    lines = [
        INTRODUCTION,
        "## The schedule",
        "",
        "| Record | Kept for | Then | Why we keep it | Who sees it | Key |",
        "| --- | --- | --- | --- | --- | --- |",
        *[_row(record_type) for record_type in retention.all()],
        "",
        SOURCES,
    ]
    return "\n".join(lines)


def docs_path():
    return Path(settings.BASE_DIR) / DOCS_FILE
