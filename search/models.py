"""Site search: the search page, editor-managed synonyms and the log of searches without results."""

import re

from django.core.cache import cache
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.pages import BasePage

SYNONYM_CACHE_KEY = "search:synonym-groups"


class SearchPage(RoutablePageMixin, BasePage):
    """One per language, right under the home page: /nl/zoeken/, /en/search/, /de/suche/."""

    intro = models.TextField(
        _("introduction"),
        max_length=300,
        blank=True,
        help_text=_("One sentence above the search box, for example what people can find here."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    # The search page itself is never a search result.
    search_fields = []
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("search page")

    @path("")
    def results(self, request):
        from .views import search_view

        return search_view(request, self)

    @path("suggest/", name="suggest")
    def suggest(self, request):
        from .views import suggest_view

        return suggest_view(request, self)

    def get_sitemap_urls(self, request=None):
        # Result pages are endless and thin; the sitemap points at the real content instead.
        return []


class SearchSynonymQuerySet(models.QuerySet):
    def groups(self):
        """Every group as a list of lower-case words or phrases, cached until an editor saves."""
        groups = cache.get(SYNONYM_CACHE_KEY)
        if groups is None:
            groups = [synonym.words() for synonym in self.all()]
            groups = [group for group in groups if len(group) > 1]
            cache.set(SYNONYM_CACHE_KEY, groups, 3600)
        return groups


class SearchSynonym(models.Model):
    """Words that mean the same to visitors, such as "toneel, theater". One group per row."""

    terms = models.CharField(
        _("words with the same meaning"),
        max_length=300,
        help_text=_(
            "Two or more words, split by commas. For example: toneel, theater. "
            "A search for one word also finds the others."
        ),
    )

    objects = SearchSynonymQuerySet.as_manager()
    panels = [FieldPanel("terms")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def save(self, *args, **kwargs):
        self.terms = ", ".join(self.words())
        super().save(*args, **kwargs)
        cache.delete(SYNONYM_CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(SYNONYM_CACHE_KEY)
        return result

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.words()) < 2:
            raise ValidationError(
                {"terms": _("Write at least two words, split by a comma.")}, code="too_few"
            )

    def words(self):
        return [w for w in (" ".join(t.split()).lower() for t in self.terms.split(",")) if w]


def normalise_query(query):
    return " ".join(re.sub(r"\s+", " ", query).lower().split())[:200]


class ZeroResultQuery(models.Model):
    """How often a search found nothing, per day and language, so editors know what to write.

    Wagtail's search promotions keep the daily hits of every query; they do not know whether a
    query found anything, so this table counts only the empty ones.
    """

    query_string = models.CharField(_("search words"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language", "date"], name="search_zero_result_day"
            )
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language):
        query = normalise_query(query)
        if not query:
            return
        row, _created = cls.objects.get_or_create(
            query_string=query, language=language, date=timezone.localdate()
        )
        cls.objects.filter(pk=row.pk).update(hits=F("hits") + 1)


class IndexUpdateQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(done_at__isnull=True, gave_up=False)

    def failed(self):
        return self.filter(done_at__isnull=True, gave_up=True)


class IndexUpdate(models.Model):
    """One change that an Elasticsearch index must take in (search/queue.py).

    Written in the same transaction as the change itself, applied by a background task, and kept
    while Elasticsearch is away, so nothing published, unpublished or deleted meanwhile is lost.
    """

    SITE, WAGTAIL = "site", "wagtail"  # our per-language indexes; Wagtail's own backend
    TARGET_CHOICES = [(SITE, _("site search")), (WAGTAIL, _("admin and directory search"))]

    target = models.CharField(_("index"), max_length=20, choices=TARGET_CHOICES)
    kind = models.CharField(_("kind"), max_length=20)  # maker, page, page-removed, object
    model = models.CharField(_("model"), max_length=100, blank=True)
    key = models.CharField(_("key"), max_length=64)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    done_at = models.DateTimeField(_("applied at"), null=True, blank=True, db_index=True)
    # Elasticsearch answered but refused this one update several times (not an outage).
    gave_up = models.BooleanField(_("failed"), default=False)

    objects = IndexUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("search index update")
        verbose_name_plural = _("search index updates")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_target_display()}: {self.kind} {self.model} {self.key}"


def split_list(value):
    """Words or names in a `|`- or comma-separated list, trimmed, empty ones dropped."""
    return [
        item for item in (" ".join(p.split()) for p in re.split(r"[|,\n]", value or "")) if item
    ]


class RegionQuerySet(models.QuerySet):
    def table(self):
        """[(name, [aliases], [places])], cached until an editor saves a region."""
        rows = cache.get(REGION_CACHE_KEY)
        if rows is None:
            rows = [(r.name, split_list(r.aliases), split_list(r.places)) for r in self.all()]
            cache.set(REGION_CACHE_KEY, rows, 3600)
        return rows


REGION_CACHE_KEY = "search:regions"


class Region(models.Model):
    """A set of places people name as one: Parkstad, Heuvelland, provincie Utrecht.

    A search for a region finds makers in its places; a search for a place finds that place
    first and the other places of its regions next.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    aliases = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_("Other names for the same region, split by commas. For example: South Limburg"),
    )
    places = models.TextField(
        _("places"),
        help_text=_("The towns and villages in this region, split by commas."),
    )

    objects = RegionQuerySet.as_manager()
    panels = [FieldPanel("name"), FieldPanel("aliases"), FieldPanel("places")]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.aliases = ", ".join(split_list(self.aliases))
        self.places = ", ".join(split_list(self.places))
        super().save(*args, **kwargs)
        cache.delete(REGION_CACHE_KEY)  # search/signals.py also tells the query reader

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(REGION_CACHE_KEY)
        return result

    def clean(self):
        from django.core.exceptions import ValidationError

        if not split_list(self.places):
            raise ValidationError({"places": _("Name at least one place.")}, code="no_places")


class SearchDocument(models.Model):
    """What the database engines search: one row per thing a visitor may find, per language.

    Built by the kind that owns the thing (search/registry.py) and kept right by search/index.py.
    The `terms_*` columns hold analysed words (folded, stemmed, compounds split; see
    search/analysis.py), so SQLite and PostgreSQL match the same words. A full-text index over
    them lives beside this table (migration 0004): an FTS5 table kept by triggers on SQLite, a
    generated, weighted tsvector column on PostgreSQL.
    """

    kind = models.CharField(max_length=20)
    language = models.CharField(max_length=10)
    group = models.CharField(max_length=64)  # one document per group: a maker's translation key
    object_id = models.BigIntegerField()
    title = models.CharField(max_length=300)
    # Lower case, accent-free title for suggestions (word starts).
    title_folded = models.CharField(max_length=300)
    keywords = models.TextField(blank=True)
    text = models.TextField(blank=True)
    terms_title = models.TextField(blank=True)
    terms_keywords = models.TextField(blank=True)
    terms_text = models.TextField(blank=True)
    # Facet tokens (search.analysis.facet_token) for matching, and {facet: {value: weight}}.
    facet_terms = models.TextField(blank=True)
    facets = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "language", "group"], name="search_document_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "language", "object_id"], name="search_doc_obj")]

    def __str__(self):
        return f"{self.kind} {self.language} {self.title}"
