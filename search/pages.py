"""Content pages as a searchable kind: every live, public page that no other kind claims.

Pages are Wagtail's, not an app's, so this kind lives in `search`. Page types with no search
fields (the search page itself) are never results.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .content import page_search_text, plain
from .highlight import highlight
from .kinds import Hit
from .registry import Document, SearchKind, kinds

SUMMARY_FIELDS = ("summary", "intro", "search_description", "hero_text")


class PageKind(SearchKind):
    key = "page"
    label = _("Pages")
    order = 90
    model = Page
    is_page_kind = True

    def claimed(self, page_class):
        return any(k is not self and k.handles_page(page_class) for k in kinds())

    def handles_page(self, page_class):
        if page_class is None or not issubclass(page_class, Page) or page_class is Page:
            return False
        return bool(page_class.search_fields) and not self.claimed(page_class)

    def documents(self, language, groups=None):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
        if groups is not None:
            pages = pages.filter(pk__in=[int(g) for g in groups])
        for page in pages.specific():
            if not self.handles_page(type(page)):
                continue
            yield Document(
                group=str(page.pk),
                object_id=page.pk,
                title=page.title,
                keywords=page.search_description or "",
                text=page_search_text(page, skip=("title", "search_description")),
            )

    def hits(self, pks, locale, request, forms):
        hits = {}
        for page in Page.objects.live().public().filter(pk__in=pks).specific():
            hit = Hit(self.key, page.pk, title=page.title, url=page.get_url(request))
            hit.snippet = highlight(summary(page), forms)
            hits[page.pk] = hit
        return hits


def summary(page):
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            return plain(value)
    return ""
