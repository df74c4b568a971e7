"""Writes for partners, funding and spending."""

from django.db import IntegrityError, transaction
from django.db.models.deletion import ProtectedError

from projects.freshness import project_changed
from projects.models import Organisation, Partner, Spend, SpendCategory


class AlreadyPartner(Exception):
    def __init__(self, organisation):
        super().__init__(f"{organisation} is already a partner")
        self.organisation = organisation


class PartnerInUse(Exception):
    """The partner has funding or spending recorded against it, so removing it would lose them."""


def organisation_find_or_create(*, name, kind=Organisation.Kind.OTHER, website=""):
    """The organisation with this name in any case, made if there is none yet.

    An organisation already on Codesign keeps its details: other projects share it.
    """
    existing = Organisation.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Organisation.objects.create(name=name, kind=kind, website=website)
    except IntegrityError:
        # Someone added the same name a moment ago.
        return Organisation.objects.get(name__iexact=name)


@transaction.atomic
def partner_add(
    *,
    project,
    roles,
    contact_name,
    contact_email="",
    contact_phone="",
    postal_address="",
    organisation=None,
    name="",
    kind=Organisation.Kind.OTHER,
    website="",
):
    """Add an organisation to the project as a partner; raise AlreadyPartner if it is one.

    Give either an existing `organisation` or the `name`, `kind` and `website` of a new one.
    """
    if organisation is None:
        organisation = organisation_find_or_create(name=name, kind=kind, website=website)
    if Partner.objects.filter(project=project, organisation=organisation).exists():
        raise AlreadyPartner(organisation)
    try:
        with transaction.atomic():
            partner = Partner.objects.create(
                project=project,
                organisation=organisation,
                roles=list(roles),
                contact_name=contact_name,
                contact_email=contact_email,
                contact_phone=contact_phone,
                postal_address=postal_address,
            )
    except IntegrityError:
        raise AlreadyPartner(organisation) from None
    project_changed(project)
    return partner


@transaction.atomic
def partner_remove(*, partner):
    """Remove a partner with no funding or spending; raise PartnerInUse otherwise."""
    # The lock makes a contribution being saved for this partner at the same moment wait.
    locked = Partner.objects.select_for_update().get(pk=partner.pk)
    if locked.contributions.exists() or locked.spending.exists():
        raise PartnerInUse
    try:
        with transaction.atomic():
            locked.delete()
    except ProtectedError:
        raise PartnerInUse from None
    project_changed(partner.project)


@transaction.atomic
def spend_record(*, project, amount_pence, spent_on, note, by, category=SpendCategory.PARTICIPANTS):
    """Record money the project spent, for upper apps that pay for things (e.g. paid
    involvement marks a claim paid). The caller keeps the row it gets back, so the same payment
    is never recorded twice; deleting the row takes it out of the funding view again.

    When exactly one partner pays for the category (e.g. a charity meets participants' costs),
    the spending is put against that partner; otherwise a lead can say whose money it was."""
    covers = project.funding.values_list("partner_id", "covers")
    payers = sorted({partner for partner, covered in covers if category in covered})
    spend = Spend.objects.create(
        project=project,
        partner_id=payers[0] if len(payers) == 1 else None,
        category=category,
        amount_pence=amount_pence,
        spent_on=spent_on,
        note=note[:300],
        created_by=by,
    )
    project_changed(project)
    return spend
