"""The kennisbank: practical articles for amateur-arts groups, grouped by theme and tag."""

import math
from datetime import timedelta

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.models import BasePage

from ..blocks import ArticleStreamBlock
from .stats import ArticleDailyViews
from .themes import KennisbankTheme, localize_themes, themes_by_key

# Plain-language readers read a little slower than the usual 230 words a minute.
WORDS_PER_MINUTE = 200
ARTICLES_PER_PAGE = 12
MOST_READ_DAYS = 30
# How many search hits we look at for facets; more than the kennisbank will hold for years.
SEARCH_LIMIT = 500
CHECK_AFTER_DAYS = 365


class KennisbankArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "kennisbank.KennisbankArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class KennisbankArticleForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the themes of the article's own language.
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id and "themes" in self.fields:
            self.fields["themes"].queryset = KennisbankTheme.objects.filter(locale_id=locale_id)


class KennisbankIndexPage(RoutablePageMixin, BasePage):
    """The start of the kennisbank: themes, new and most-read articles, and search."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro", boost=2)]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["kennisbank.KennisbankArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kennisbank")

    # --- queries ---------------------------------------------------------------------------

    def articles(self):
        """Live, public articles of this language, ready for cards (themes prefetched)."""
        return (
            KennisbankArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .prefetch_related("themes")
        )

    @cached_property
    def theme_map(self):
        return themes_by_key(self.locale_id)

    def subpage_url(self, request, name, slug):
        return self.get_url(request) + self.reverse_subpage(name, kwargs={"slug": slug})

    def themes_with_counts(self, request):
        rows = (
            KennisbankArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            # Pages are ordered by tree path; without clearing that, it joins the GROUP BY.
            .order_by()
            .values("themes__translation_key")
            .annotate(n=Count("pk", distinct=True))
        )
        counts = {row["themes__translation_key"]: row["n"] for row in rows}
        themes = list(self.theme_map.values())
        for theme in themes:
            theme.article_count = counts.get(theme.translation_key, 0)
            theme.url = self.subpage_url(request, "theme", theme.slug)
        return themes

    def most_read(self, limit=5):
        since = timezone.localdate() - timedelta(days=MOST_READ_DAYS)
        return list(
            self.articles()
            .annotate(
                recent_views=Sum("daily_views__views", filter=Q(daily_views__date__gte=since))
            )
            .filter(recent_views__gt=0)
            .order_by("-recent_views", "title")[:limit]
        )

    def newest(self, limit=5):
        return list(self.articles().order_by("-first_published_at", "-pk")[:limit])

    def popular_tags(self, request, limit=20):
        tags = list(
            Tag.objects.filter(
                kennisbank_kennisbankarticletag_items__content_object__locale_id=self.locale_id,
                kennisbank_kennisbankarticletag_items__content_object__live=True,
            )
            .annotate(n=Count("kennisbank_kennisbankarticletag_items", distinct=True))
            .order_by("-n", "name")[:limit]
        )
        tags.sort(key=lambda tag: tag.name.lower())
        for tag in tags:
            tag.url = self.subpage_url(request, "tag", tag.slug)
        return tags

    def search_articles(self, query, theme_key=None):
        """Search this language's articles; return (hits, facet counts per theme key, total).

        The search service (search/service.py) ranks the hits; the facets are counted here.
        """
        from search import service

        result = service.find(query, self.locale.language_code, kinds=["article"])
        ids = result.ids("article")[:SEARCH_LIMIT]
        if not ids:
            return [], {}, 0
        by_id = KennisbankArticlePage.objects.live().filter(locale=self.locale).in_bulk(ids)
        hits = [by_id[pk] for pk in ids if pk in by_id]
        # Search backends don't know about view restrictions; drop private pages here.
        public = set(
            KennisbankArticlePage.objects.filter(pk__in=[hit.pk for hit in hits])
            .public()
            .values_list("pk", flat=True)
        )
        hits = [hit for hit in hits if hit.pk in public]
        through = KennisbankArticlePage.themes.through
        links = list(
            through.objects.filter(kennisbankarticlepage_id__in=[hit.pk for hit in hits])
            .values_list("kennisbankarticlepage_id", "kennisbanktheme__translation_key")
            .distinct()
        )
        facets = {}
        for _page_id, key in links:
            facets[key] = facets.get(key, 0) + 1
        total = len(hits)
        if theme_key:
            in_theme = {page_id for page_id, key in links if key == theme_key}
            hits = [hit for hit in hits if hit.pk in in_theme]
        return hits, facets, total

    # --- views -----------------------------------------------------------------------------

    def paginate(self, request, items):
        paginator = Paginator(items, ARTICLES_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        articles = list(page_obj.object_list)
        models.prefetch_related_objects(articles, "themes")
        localize_themes(articles, self.theme_map)
        return page_obj, articles

    def base_context(self, request):
        return self.get_context(request) | {"index_page": self}

    @path("")
    def index_view(self, request):
        query = request.GET.get("q", "").strip()[:200]
        if query:
            return self.search_view(request, query)
        context = self.base_context(request)
        newest = self.newest()
        most_read = self.most_read()
        localize_themes(newest + most_read, self.theme_map)
        context |= {
            "themes": self.themes_with_counts(request),
            "newest": newest,
            "most_read": most_read,
            "tags": self.popular_tags(request),
        }
        return TemplateResponse(request, "kennisbank/kennisbank_index_page.html", context)

    def search_view(self, request, query):
        theme_slug = request.GET.get("thema", "")
        selected = next((t for t in self.theme_map.values() if t.slug == theme_slug), None)
        hits, facets, total = self.search_articles(
            query, selected.translation_key if selected else None
        )
        page_obj, articles = self.paginate(request, hits)
        themes = list(self.theme_map.values())
        for theme in themes:
            theme.article_count = facets.get(theme.translation_key, 0)
            theme.url = self.subpage_url(request, "theme", theme.slug)
        context = self.base_context(request) | {
            "query": query,
            "selected_theme": selected,
            "facets": [theme for theme in themes if theme.article_count],
            "all_themes": themes,
            "total": total,
            "page_obj": page_obj,
            "articles": articles,
        }
        return TemplateResponse(request, "kennisbank/search_results.html", context)

    @path("thema/<slug:slug>/", name="theme")
    def theme_view(self, request, slug):
        theme = next((t for t in self.theme_map.values() if t.slug == slug), None)
        if theme is None:
            raise Http404
        articles = self.articles().filter(themes__translation_key=theme.translation_key)
        page_obj, page_articles = self.paginate(request, articles.order_by("title").distinct())
        context = self.base_context(request) | {
            "listing_title": theme.name,
            "listing_intro": theme.description,
            "listing_kind": "theme",
            "canonical_url": self.subpage_url(request, "theme", theme.slug),
            "page_obj": page_obj,
            "articles": page_articles,
        }
        return TemplateResponse(request, "kennisbank/listing.html", context)

    # Tag slugs keep letters such as the ë in "kopiëren" (taggit allows unicode), so \w, not <slug>.
    @re_path(r"^tag/(?P<slug>[-\w]+)/$", name="tag")
    def tag_view(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        articles = self.articles().filter(tags=tag)
        page_obj, page_articles = self.paginate(request, articles.order_by("title").distinct())
        if not page_obj.paginator.count:
            raise Http404
        context = self.base_context(request) | {
            "listing_title": tag.name,
            "listing_kind": "tag",
            "canonical_url": self.subpage_url(request, "tag", tag.slug),
            "page_obj": page_obj,
            "articles": page_articles,
        }
        return TemplateResponse(request, "kennisbank/listing.html", context)


class KennisbankArticlePage(BasePage):
    summary = models.TextField(
        _("in short"),
        max_length=400,
        help_text=_("Two or three short sentences with the answer. Readers see this first."),
    )
    themes = ParentalManyToManyField(
        KennisbankTheme, verbose_name=_("themes"), related_name="articles", blank=False
    )
    tags = ClusterTaggableManager(
        through=KennisbankArticleTag,
        verbose_name=_("tags"),
        blank=True,
        help_text=_("A few words readers might search for, such as 'subsidie' or 'vog'."),
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("text"))
    last_checked = models.DateField(
        _("last checked on"),
        default=timezone.localdate,
        help_text=_("The date someone last checked that everything in this article is right."),
    )
    content_owner = models.CharField(
        _("checked by"),
        max_length=120,
        blank=True,
        help_text=_("A team or role, for example 'Kennisbank editors'. Shown on the page."),
    )
    reading_time = models.PositiveSmallIntegerField(
        _("reading time in minutes"), default=1, editable=False
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Themes and tags"),
        ),
        InlinePanel(
            "related_article_links",
            label=_("Related articles"),
            help_text=_("Leave empty to show articles with the same theme or tags."),
            max_num=4,
        ),
        MultiFieldPanel(
            [FieldPanel("last_checked"), FieldPanel("content_owner")],
            heading=_("Up to date"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        # A match in the title counts most, then the short summary, themes and tags.
        index.SearchField("title", boost=10),
        index.SearchField("summary", boost=5),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name", boost=3)]),
        index.RelatedFields("tags", [index.SearchField("name", boost=3)]),
        index.FilterField("last_checked"),
    ]
    parent_page_types = ["kennisbank.KennisbankIndexPage"]
    subpage_types = []
    base_form_class = KennisbankArticleForm

    class Meta:
        verbose_name = _("kennisbank article")
        verbose_name_plural = _("kennisbank articles")

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        super().save(*args, **kwargs)

    def word_count(self):
        texts = [self.title, self.summary]
        if self.body:
            texts += self.body.stream_block.get_searchable_content(self.body)
        return sum(len(str(text).split()) for text in texts)

    def compute_reading_time(self):
        return max(1, math.ceil(self.word_count() / WORDS_PER_MINUTE))

    def is_overdue_for_check(self, today=None):
        today = today or timezone.localdate()
        return self.last_checked < today - timedelta(days=CHECK_AFTER_DAYS)

    def get_json_ld(self, request=None):
        article = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "dateModified": self.last_checked.isoformat(),
        }
        if self.first_published_at:
            article["datePublished"] = self.first_published_at.date().isoformat()
        return [article, *self.faq_json_ld()]

    # --- serving ---------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        from ..feedback import handle_feedback

        if request.method == "POST":
            return handle_feedback(self, request)
        if request.method == "GET" and not getattr(request, "is_preview", False):
            ArticleDailyViews.count_view(self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..feedback import HelpfulForm

        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        theme_map = themes_by_key(self.locale_id)
        localize_themes([self], theme_map)
        for theme in self.display_themes:
            theme.url = index_page.subpage_url(request, "theme", theme.slug)
        tags = list(self.tags.all())
        for tag in tags:
            tag.url = index_page.subpage_url(request, "tag", tag.slug)
        related = self.related_articles()
        localize_themes(related, theme_map)
        context |= {
            "index_page": index_page,
            "article_tags": tags,
            "related_articles": related,
            "helpful_form": kwargs.get("helpful_form") or HelpfulForm(),
            "helpful_thanks": request.GET.get("helpful") == "thanks",
        }
        return context

    def related_articles(self, limit=3):
        """Editors' choices first (in this language); then articles sharing themes or tags."""
        siblings = (
            KennisbankArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
            .prefetch_related("themes")
        )
        chosen_keys = list(
            self.related_article_links.values_list("article__translation_key", flat=True)
        )
        chosen = {
            page.translation_key: page for page in siblings.filter(translation_key__in=chosen_keys)
        }
        related = [chosen[key] for key in chosen_keys if key in chosen][:limit]
        if len(related) < limit:
            theme_keys = [theme.translation_key for theme in self.themes.all()]
            tag_ids = [tag.pk for tag in self.tags.all()]
            shared = (
                siblings.exclude(translation_key__in=chosen_keys)
                .filter(Q(themes__translation_key__in=theme_keys) | Q(tags__in=tag_ids))
                .annotate(
                    shared=Count(
                        "themes",
                        filter=Q(themes__translation_key__in=theme_keys),
                        distinct=True,
                    )
                    + Count(
                        "tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True
                    )
                )
                .order_by("-shared", "title")
            )
            related += list(shared[: limit - len(related)])
        return related


class RelatedArticle(Orderable):
    page = ParentalKey(
        KennisbankArticlePage, on_delete=models.CASCADE, related_name="related_article_links"
    )
    article = models.ForeignKey(
        KennisbankArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("article", page_type="kennisbank.KennisbankArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
