"""Reads that several pages share."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Sum

from projects.models import FundingContribution, OrganisationMember, SpendCategory

CASH = FundingContribution.Kind.CASH
IN_KIND = FundingContribution.Kind.IN_KIND
# Contributions that do not say what they pay for (possible only through the admin site)
# still count, on a line of their own.
UNSAID = ""
CATEGORY_ORDER = {value: index for index, value in enumerate([*SpendCategory.values, UNSAID])}
CATEGORY_LABELS = {**dict(SpendCategory.choices), UNSAID: "Not said what it pays for"}
BAR_STEP = 2  # percent; the CSS has a width class for every step (static/css/funding.css)


def bar_percent(part, whole):
    """How full a bar is, 0 to 100 in steps of BAR_STEP; anything above zero stays visible."""
    if part <= 0:
        return 0
    if whole <= 0 or part >= whole:
        return 100
    steps = int(part * 100 / whole / BAR_STEP + 0.5)
    return max(BAR_STEP, min(100, steps * BAR_STEP))


def percent_of(part, whole):
    """A whole-number percentage for people to read, or None when there is nothing to divide by."""
    if whole <= 0:
        return None
    return round(part * 100 / whole)


def describe_categories(values):
    labels = [CATEGORY_LABELS.get(value, value) for value in values]
    labels = labels[:1] + [label[:1].lower() + label[1:] for label in labels[1:]]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


class SpentAgainstCommitted:
    """What is left, and how full the bar is, for anything with `committed`, `spent` and
    `open_ended` (costs met with no set amount have nothing "left" to show)."""

    @property
    def left(self):
        return None if self.open_ended else self.committed - self.spent

    @property
    def overspent(self):
        return self.left is not None and self.left < 0

    @property
    def percent_spent(self):
        return bar_percent(self.spent, self.committed)

    @property
    def percent_text(self):
        return percent_of(self.spent, self.committed)


@dataclass
class BudgetLine(SpentAgainstCommitted):
    """Spending categories that contributions pay for together, with what came in and went out.

    A £5,000 grant "for facilitators, materials, travel and expenses" cannot honestly be split
    between those four, so they form one line, and spending in any of them comes off it.
    """

    categories: list
    committed: int = 0
    open_ended: bool = False  # a partner meets these costs with no set amount
    in_kind_estimate: int = 0
    in_kind_count: int = 0
    spent: int = 0
    spent_by_category: dict = field(default_factory=dict)

    @property
    def label(self):
        return describe_categories(self.categories)

    @property
    def has_money(self):
        return self.committed > 0 or self.spent > 0 or self.open_ended


@dataclass
class PartnerMoney(SpentAgainstCommitted):
    partner: object
    contributions: list = field(default_factory=list)
    cash: int = 0
    costs_met: int = 0
    costs_met_open: bool = False
    in_kind_estimate: int = 0
    in_kind_count: int = 0
    spent: int = 0
    spend_count: int = 0

    @property
    def label(self):
        return self.partner.organisation.name

    @property
    def committed(self):
        return self.cash + self.costs_met

    @property
    def open_ended(self):
        return self.costs_met_open

    @property
    def has_money(self):
        return bool(self.contributions) or self.spend_count > 0

    @property
    def can_be_removed(self):
        return not self.has_money


@dataclass
class FundingSummary:
    project: object
    partners: list
    contributions: list
    lines: list
    unlinked_spent: int = 0

    @property
    def committed(self):
        return sum(line.committed for line in self.lines)

    @property
    def spent(self):
        return sum(line.spent for line in self.lines)

    @property
    def left(self):
        """What is left of the money with a set amount; open-ended costs met are left out."""
        return sum(line.left for line in self.lines if line.left is not None)

    @property
    def overspent(self):
        return self.left < 0

    @property
    def open_ended(self):
        return [line for line in self.lines if line.open_ended]

    @property
    def in_kind_estimate(self):
        return sum(line.in_kind_estimate for line in self.lines)

    @property
    def in_kind(self):
        return [c for c in self.contributions if c.kind == IN_KIND]

    @property
    def in_kind_unpriced_count(self):
        return sum(1 for c in self.in_kind if c.amount_pence is None)

    @property
    def spending_by_category(self):
        """(label, pence) for each category with spending, in the usual category order."""
        spent = {}
        for line in self.lines:
            spent.update(line.spent_by_category)
        return [
            (CATEGORY_LABELS[value], spent[value])
            for value in sorted(spent, key=CATEGORY_ORDER.get)
            if spent[value]
        ]

    @property
    def money_lines(self):
        return [line for line in self.lines if line.has_money]

    @property
    def money_partners(self):
        return [p for p in self.partners if p.has_money]

    @property
    def has_records(self):
        return bool(self.contributions) or any(line.spent for line in self.lines)


def _group_categories(cover_sets):
    """Join categories that any one contribution pays for together (a small union-find)."""
    parent = {}

    def find(value):
        parent.setdefault(value, value)
        while parent[value] != value:
            parent[value] = parent[parent[value]]
            value = parent[value]
        return value

    for covers in cover_sets:
        covers = list(covers)
        for value in covers:
            find(value)
        for other in covers[1:]:
            parent[find(other)] = find(covers[0])
    groups = {}
    for value in parent:
        groups.setdefault(find(value), []).append(value)
    return sorted(
        (sorted(group, key=CATEGORY_ORDER.get) for group in groups.values()),
        key=lambda group: CATEGORY_ORDER[group[0]],
    )


def funding_summary(project, *, with_leads=False):
    """Partners, contributions and money in, spent and left, by budget line and by partner;
    with each organisation's `network_leads` when asked (the partners page shows them).

    Three queries whatever the number of partners, contributions or spends; four with leads.
    """
    partners = project.partners.select_related("organisation")
    if with_leads:
        network_leads = OrganisationMember.objects.leads().select_related("user").order_by("pk")
        partners = partners.prefetch_related(
            Prefetch("organisation__members", queryset=network_leads, to_attr="network_leads")
        )
    partners = list(partners)
    by_partner = {p.pk: PartnerMoney(partner=p) for p in partners}
    contributions = list(project.funding.order_by("created_at", "pk"))
    spending = list(
        project.spending.order_by()
        .values("category", "partner_id")
        .annotate(total=Sum("amount_pence"), count=Count("pk"))
    )

    cover_sets = [[v for v in c.covers if v in CATEGORY_ORDER] or [UNSAID] for c in contributions]
    for row in spending:
        if row["category"] not in CATEGORY_ORDER:
            row["category"] = UNSAID
    spend_sets = [[row["category"]] for row in spending]
    lines = [BudgetLine(categories=group) for group in _group_categories(cover_sets + spend_sets)]
    line_of = {value: line for line in lines for value in line.categories}

    for contribution, covers in zip(contributions, cover_sets, strict=True):
        money = by_partner[contribution.partner_id]
        contribution.partner = money.partner  # already fetched; saves a query per row
        contribution.covers_text = describe_categories(covers) if covers != [UNSAID] else ""
        money.contributions.append(contribution)
        amount = contribution.amount_pence
        line = line_of[covers[0]]
        if contribution.kind == IN_KIND:
            money.in_kind_count += 1
            money.in_kind_estimate += amount or 0
            line.in_kind_count += 1
            line.in_kind_estimate += amount or 0
            continue
        if contribution.kind == CASH:
            money.cash += amount or 0
        elif amount is None:
            money.costs_met_open = True
        else:
            money.costs_met += amount
        line.committed += amount or 0
        line.open_ended = line.open_ended or amount is None

    unlinked = 0
    for row in spending:
        line = line_of[row["category"]]
        line.spent += row["total"]
        line.spent_by_category[row["category"]] = (
            line.spent_by_category.get(row["category"], 0) + row["total"]
        )
        if row["partner_id"] in by_partner:
            by_partner[row["partner_id"]].spent += row["total"]
            by_partner[row["partner_id"]].spend_count += row["count"]
        else:
            unlinked += row["total"]

    return FundingSummary(
        project=project,
        partners=list(by_partner.values()),
        contributions=contributions,
        lines=lines,
        unlinked_spent=unlinked,
    )
