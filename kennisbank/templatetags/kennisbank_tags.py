from django import template
from django.apps import apps
from django.urls import NoReverseMatch
from wagtail.models import Locale

register = template.Library()


def maker_profile_url(maker, request):
    """The public profile of a maker snippet, in the visitor's language where there is one.

    A `get_url` on the maker wins; otherwise the makers directory's `profile` route is asked.
    """
    if hasattr(maker, "get_url"):
        return maker.get_url(request)
    try:
        index_model = apps.get_model("artists", "MakersIndexPage")
    except LookupError:
        return None
    indexes = index_model.objects.live()
    index = indexes.filter(locale=Locale.get_active()).first() or indexes.first()
    if index is None:
        return None
    try:
        return index.get_url(request) + index.reverse_subpage(
            "profile", kwargs={"slug": maker.slug}
        )
    except NoReverseMatch:
        return None


@register.simple_tag(takes_context=True)
def maker_link(context, value):
    """{"title", "url"} for a maker block, or None when the maker or page is not public."""
    request = context.get("request")
    maker = value.get("maker")
    if maker is not None:
        maker = maker.localized
        if not getattr(maker, "live", True):
            return None
        return {"title": str(maker), "url": maker_profile_url(maker, request)}
    page = value.get("page")
    if page is not None:
        page = page.localized
        if page.live:
            return {"title": page.title, "url": page.get_url(request)}
    return None
