"""Kennisbank articles as a searchable kind (search/registry.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from search.content import streamfield_text
from search.highlight import highlight
from search.kinds import Hit
from search.registry import Document, Facet, SearchKind, register

from .models import KennisbankArticlePage, KennisbankIndexPage, KennisbankTheme


class ArticleKind(SearchKind):
    key = "article"
    label = _("Kennisbank articles")
    order = 20
    model = KennisbankArticlePage
    is_page_kind = True
    facets = [Facet("theme", _("Theme"))]

    def handles_page(self, page_class):
        return page_class is not None and issubclass(page_class, KennisbankArticlePage)

    def documents(self, language, groups=None):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return
        articles = (
            KennisbankArticlePage.objects.live()
            .public()
            .filter(locale=locale)
            .prefetch_related("themes", "tags")
        )
        if groups is not None:
            articles = articles.filter(pk__in=[int(g) for g in groups])
        for article in articles:
            themes = list(article.themes.all())
            keywords = [t.name for t in themes] + [tag.name for tag in article.tags.all()]
            yield Document(
                group=str(article.pk),
                object_id=article.pk,
                title=article.title,
                keywords=" ".join(keywords),
                text=" ".join([article.summary, streamfield_text(article.body)]),
                facets={"theme": {t.slug: 1.0 for t in themes}} if themes else {},
            )

    def hits(self, pks, locale, request, forms):
        labels = self.facet_labels("theme", locale)
        hits = {}
        articles = KennisbankArticlePage.objects.live().public().filter(pk__in=pks)
        for article in articles.prefetch_related("themes"):
            hit = Hit(self.key, article.pk, title=article.title, url=article.get_url(request))
            hit.snippet = highlight(article.summary, forms)
            hit.meta = [labels.get(t.slug, t.name) for t in article.themes.all()]
            hits[article.pk] = hit
        return hits

    def browse_url(self, locale):
        page = KennisbankIndexPage.objects.live().filter(locale=locale).first()
        return page.url if page else ""

    def facet_labels(self, facet, locale):
        if facet != "theme":
            return {}
        return {t.slug: t.name for t in KennisbankTheme.objects.filter(locale=locale)}


def connect():
    register(ArticleKind())
