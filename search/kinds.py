"""The three kinds of things the site search finds, and what a result of each looks like.

Makers are snippets (their own directory page shows them), kennisbank articles and content pages
are pages. Both engines return (kind, pk) pairs; this module turns a page of them into `Hit`s
with a constant number of queries per kind.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from artists.models import Discipline, Maker, MakersIndexPage
from kennisbank.models import KennisbankArticlePage, KennisbankTheme

from .highlight import highlight, plain

MAKER, ARTICLE, PAGE = "maker", "article", "page"
KINDS = [
    (MAKER, _("Makers")),
    (ARTICLE, _("Kennisbank articles")),
    (PAGE, _("Pages")),
]
KIND_LABELS = dict(KINDS)
# Page types that are found as their own kind, or never (the search page itself).
OWN_KIND_PAGE_MODELS = (KennisbankArticlePage,)


def excluded_page_models():
    from .models import SearchPage

    return (*OWN_KIND_PAGE_MODELS, SearchPage)


@dataclass
class Hit:
    kind: str
    pk: int
    title: str = ""
    url: str = ""
    snippet: str = ""
    meta: list = field(default_factory=list)
    fallback_language: str = ""

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def maker_text(maker):
    return maker.intro or plain(maker.description)


def page_text(page):
    for name in ("summary", "intro", "search_description", "hero_text"):
        value = getattr(page, name, "")
        if value:
            return plain(value)
    return ""


def discipline_names(locale):
    """{translation_key: (slug, name in the visitor's language)} for every discipline."""
    names = {}
    for discipline in Discipline.objects.filter(
        locale__language_code__in={settings.LANGUAGE_CODE, locale.language_code}
    ).order_by("sort_order"):
        if discipline.locale_id == locale.id or discipline.translation_key not in names:
            names[discipline.translation_key] = (discipline.slug, discipline.name)
    return names


def theme_names(locale):
    return {
        theme.translation_key: (theme.slug, theme.name)
        for theme in KennisbankTheme.objects.filter(locale=locale)
    }


def makers_index(locale):
    return MakersIndexPage.objects.live().filter(locale=locale).first()


def build_hits(pairs, locale, request, forms, snippets=None):
    """`Hit`s for an ordered list of (kind, pk), keeping the order. `snippets` maps (kind, pk) to
    HTML an engine highlighted already; the others are highlighted here."""
    from artists.views import profile_url

    snippets = snippets or {}
    wanted = {kind: [pk for k, pk in pairs if k == kind] for kind, _label in KINDS}
    hits = {}
    if wanted[MAKER]:
        index_page = makers_index(locale)
        names = discipline_names(locale)
        makers = (
            # Only what is public now: an index that missed an update must never show a draft.
            Maker.objects.filter(pk__in=wanted[MAKER], live=True)
            .select_related("locale")
            .prefetch_related(
                Prefetch("disciplines", queryset=Discipline.objects.only("translation_key"))
            )
        )
        for maker in makers:
            hit = Hit(MAKER, maker.pk, title=maker.name)
            hit.url = profile_url(index_page, maker) if index_page else ""
            hit.snippet = snippets.get((MAKER, maker.pk)) or highlight(maker_text(maker), forms)
            hit.meta = [names[d.translation_key][1] for d in maker.disciplines.all()]
            if maker.city:
                hit.meta.append(maker.city)
            if maker.locale_id != locale.id:
                hit.fallback_language = maker.locale.get_display_name()
            hits[(MAKER, maker.pk)] = hit
    if wanted[ARTICLE]:
        themes = theme_names(locale)
        articles = (
            KennisbankArticlePage.objects.live().public().filter(pk__in=wanted[ARTICLE])
        ).prefetch_related(
            Prefetch("themes", queryset=KennisbankTheme.objects.only("translation_key"))
        )
        for article in articles:
            hit = Hit(ARTICLE, article.pk, title=article.title, url=article.get_url(request))
            hit.snippet = snippets.get((ARTICLE, article.pk)) or highlight(article.summary, forms)
            hit.meta = [
                themes[t.translation_key][1]
                for t in article.themes.all()
                if t.translation_key in themes
            ]
            hits[(ARTICLE, article.pk)] = hit
    if wanted[PAGE]:
        for page in Page.objects.live().public().filter(pk__in=wanted[PAGE]).specific():
            hit = Hit(PAGE, page.pk, title=page.title, url=page.get_url(request))
            hit.snippet = snippets.get((PAGE, page.pk)) or highlight(page_text(page), forms)
            hits[(PAGE, page.pk)] = hit
    return [hits[pair] for pair in pairs if pair in hits]
