"""One way to page every list that grows with a project: at most PER_PAGE rows a page.

    page = paged(request, project.decisions.order_by("-decided_on", "-pk"))

The page's `paginator.count` is counted by the database, and the links to the pages before
and after keep everything else in the address (a search, a filter), so paging a filtered list
stays filtered. Show it with `{% include "includes/pager.html" with page=page label="…" %}`.
"""

from django.core.paginator import Paginator

PER_PAGE = 50


def paged(request, rows, *, per_page=PER_PAGE, param="page", count=None, number=None):
    """The page of `rows` the address asks for (or page `number`, when the view knows better,
    as after adding a row); a page number out of range or not a number gives the nearest real
    page rather than an error. Give `count` when the database has already counted the rows
    (several lists counted in one query), to save counting again."""
    if per_page > PER_PAGE:
        raise ValueError(f"A page shows at most {PER_PAGE} rows.")
    paginator = Paginator(rows, per_page)
    if count is not None:
        paginator.count = count
    page = paginator.get_page(number if number is not None else request.GET.get(param))
    page.previous_query = _query(request, param, page, -1) if page.has_previous() else ""
    page.next_query = _query(request, param, page, 1) if page.has_next() else ""
    return page


def paged_ids_first(request, rows, **options):
    """paged() for a list whose rows bring other tables with them (select_related,
    prefetch_related): the database first picks the page's ids from `rows`' own table, in its
    order, sorting narrow rows and stopping at the page; then it reads those rows, and what they
    bring, for those ids only. Two queries, however long the list, where joining first would
    join every row of it before the sort and the limit."""
    page = paged(request, rows.prefetch_related(None).values_list("pk", flat=True), **options)
    ids = list(page.object_list)
    found = {row.pk: row for row in rows.filter(pk__in=ids)} if ids else {}
    page.object_list = [found[pk] for pk in ids if pk in found]
    return page


def _query(request, param, page, step):
    query = request.GET.copy()
    number = page.number + step
    if number == 1:
        query.pop(param, None)
    else:
        query[param] = str(number)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else request.path
