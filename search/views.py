"""The search page and the suggestions endpoint behind the autocomplete."""

import logging

from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from . import registry
from .engine import PAGE_SIZE, SearchParams, run_search
from .models import ZeroResultQuery
from .suggest import suggestions
from .understanding import chip_links, exact_link

logger = logging.getLogger(__name__)


def promotions(query_string, locale, request):
    """Editors' picks for this query: pages in the visitor's language (or its translation)."""
    picks = []
    query = Query.objects.filter(query_string=normalise_query_string(query_string)).first()
    if query is None:
        return picks
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page_id:
            page = pick.page.localized
            if not page.live or page.locale_id != locale.id:
                continue
            picks.append(
                {"title": page.title, "url": page.get_url(request), "description": pick.description}
            )
        elif pick.external_link_url:
            picks.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return picks


def next_step_links(locale):
    """Where to go when nothing was found: each kind's own overview (the makers directory, the
    kennisbank), as far as it has one."""
    return {f"{kind.key}_browse_url": kind.browse_url(locale) for kind in registry.kinds()}


def log_query(params, outcome, language):
    """Count the search for Wagtail's popular-terms report, and the empty ones for ours.

    Only first pages count: paging through results is not a new search.
    """
    if params.page != 1 or params.kind:
        return
    try:
        Query.get(params.q).add_hit()
        if not outcome.all_count:
            ZeroResultQuery.record(params.q, language)
    except DatabaseError:
        # Statistics must never cost a visitor their results.
        logger.warning("Could not log the search %r", params.q, exc_info=True)


def with_facet_urls(request, facets):
    """Each option links to the same search with that value chosen, or removed when chosen."""
    for name, options in facets.items():
        for option in options:
            query = request.GET.copy()
            query.pop("page", None)
            if option["selected"]:
                query.pop(name, None)
            else:
                query[name] = option["value"]
            option["url"] = "?" + query.urlencode()
    return facets


def chips(request, outcome):
    """What was understood, each with a link that searches again without those words."""
    return chip_links(request, outcome.params.q, outcome.understood)


def search_view(request, search_page):
    params = SearchParams.from_request(request)
    locale = Locale.get_active()
    outcome = run_search(params, locale, request)
    with_facet_urls(request, outcome.facets)
    picks = []
    if params.q:
        log_query(params, outcome, get_language())
        if params.page == 1 and not params.kind:
            picks = promotions(params.q, locale, request)
    context = search_page.get_context(request) | {
        "params": params,
        "outcome": outcome,
        "promotions": picks,
        "kinds": [
            {"value": kind.key, "label": kind.label, "count": outcome.kind_counts.get(kind.key, 0)}
            for kind in registry.kinds()
        ],
        "chips": chips(request, outcome),
        "exact_url": exact_link(request),
        "first_number": (params.page - 1) * PAGE_SIZE + 1,
        "search_url": search_page.url,
        "suggest_url": search_page.url + search_page.reverse_subpage("suggest"),
    }
    if params.q and not outcome.all_count:
        context |= next_step_links(locale)
    return TemplateResponse(request, "search/search_page.html", context)


def suggest_view(request, search_page):
    """JSON for the combobox: [{label, url, kind}] for what has been typed so far."""
    term = " ".join(request.GET.get("q", "").split())[:100]
    items = suggestions(term, Locale.get_active(), request) if len(term) >= 2 else []
    response = JsonResponse({"query": term, "suggestions": items})
    response["Cache-Control"] = "max-age=60"
    return response
