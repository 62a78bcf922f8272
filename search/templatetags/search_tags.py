from django import template
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Locale

register = template.Library()

CACHE_SECONDS = 300


@register.simple_tag
def search_urls():
    """(page URL, suggestions URL) of the search page in the active language, or ("", "").

    The header shows the search box on every page; the URLs change only when an editor moves
    the search page, so they are cached for a few minutes instead of queried on every request.
    """
    from search.models import SearchPage

    key = f"search:page-url:{get_language()}"
    urls = cache.get(key)
    if urls is None:
        page = SearchPage.objects.live().filter(locale=Locale.get_active()).first()
        urls = (page.url, page.url + page.reverse_subpage("suggest")) if page else ("", "")
        cache.set(key, urls, CACHE_SECONDS)
    return urls
