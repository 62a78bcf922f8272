"""One search over makers, kennisbank articles and pages, on either engine.

`run_search` picks Elasticsearch when SEARCH_BACKEND says so and falls back to the database
backend when Elasticsearch is down or slow; the views and templates never know which engine
answered, except for the `degraded` flag that tells visitors results may be less complete.
"""

import difflib
import logging
import math
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from artists.directory import FLAG_NAMES, FLAGS
from artists.models import Discipline, Maker
from kennisbank.models import KennisbankArticlePage, KennisbankTheme

from . import query as q
from . import sqlite_fts
from .kinds import (
    ARTICLE,
    KINDS,
    MAKER,
    PAGE,
    build_hits,
    discipline_names,
    excluded_page_models,
    source_locale,
    theme_names,
)
from .models import SearchSynonym

logger = logging.getLogger(__name__)

MAKER_KINDS = {kind for kind, _label in Maker.KIND_CHOICES}
PAGE_SIZE = 10
# Hits per kind that are ranked and counted; nobody pages further through a relevance list.
LIMIT = 500
DATABASE_BACKEND = "database"


@dataclass
class SearchParams:
    q: str = ""
    kind: str = ""
    discipline: str = ""
    city: str = ""
    theme: str = ""
    maker_kind: str = ""
    offer: str = ""
    page: int = 1

    @classmethod
    def from_request(cls, request):
        get = request.GET
        kinds = {kind for kind, _label in KINDS}
        try:
            page = max(1, min(int(get.get("page", 1)), 1000))
        except ValueError:
            page = 1
        params = cls(
            q=" ".join(get.get("q", "").split())[:200],
            kind=get.get("type", "") if get.get("type", "") in kinds else "",
            discipline=get.get("discipline", "")[:80],
            city=get.get("city", "")[:80],
            theme=get.get("theme", "")[:80],
            maker_kind=get.get("kind", "") if get.get("kind", "") in MAKER_KINDS else "",
            offer=get.get("offer", "") if get.get("offer", "") in FLAG_NAMES else "",
            page=page,
        )
        # A maker facet only makes sense among makers, a theme only among articles.
        if params.discipline or params.city or params.maker_kind or params.offer:
            params.kind = MAKER
        elif params.theme:
            params.kind = ARTICLE
        return params


@dataclass
class Outcome:
    params: SearchParams
    hits: list = field(default_factory=list)
    total: int = 0
    kind_counts: dict = field(default_factory=dict)
    facets: dict = field(default_factory=dict)
    corrected: str = ""
    loosened: bool = False
    degraded: bool = False
    engine: str = ""

    @property
    def all_count(self):
        return sum(self.kind_counts.values())

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / PAGE_SIZE))

    @property
    def page_numbers(self):
        current, last = self.params.page, self.num_pages
        return [n for n in range(1, last + 1) if n in (1, last) or abs(n - current) <= 2]


def facet_options(counts, names, selected, sort=True):
    """[{value, label, count, selected}] sorted by label (or in the order of `names`);
    `names` maps key → (slug, label)."""
    options = []
    for key, (slug, label) in names.items():
        count = counts.get(key, 0)
        if count or slug == selected:
            options.append(
                {"value": slug, "label": label, "count": count, "selected": slug == selected}
            )
    return sorted(options, key=lambda o: str(o["label"]).lower()) if sort else options


class DatabaseEngine:
    """Wagtail's database backend (SQLite FTS5 or PostgreSQL), plus our word forms and synonyms."""

    name = "database"

    def __init__(self, backend_name=None):
        self.backend_name = backend_name or database_backend_name()
        self.backend = get_search_backend(self.backend_name)

    def _ranked(self, wagtail_query, queryset):
        """[(pk, score)] best first. A savepoint keeps a rejected query from breaking the request."""
        try:
            with transaction.atomic():
                results = self.backend.search(wagtail_query, queryset).annotate_score("_score")
                # For some queries (only one-digit words) the backend returns rows without scores.
                return [(obj.pk, getattr(obj, "_score", 0) or 0) for obj in results[:LIMIT]]
        except (DatabaseError, TypeError, ValueError):
            # modelsearch's SQLite backend raises TypeError on a query it reduces to nothing.
            logger.warning("Database search failed for %r", wagtail_query, exc_info=True)
            return []

    def _candidates(self, expanded, locale, all_words):
        """{kind: [(pk, score)]} before the visibility rules, from the fastest path we have."""
        nl = source_locale()
        locales = sorted({locale.pk, nl.pk})
        if sqlite_fts.usable(self.backend_name):
            expression = sqlite_fts.match_expression(expanded, all_words)
            page_models = [m for m in get_page_models() if m not in excluded_page_models()]
            try:
                with transaction.atomic():
                    return {
                        MAKER: sqlite_fts.ranked(
                            expression,
                            [Maker],
                            Maker._meta.db_table,
                            f"m.live AND m.locale_id IN ({', '.join(['%s'] * len(locales))})",
                            locales,
                            LIMIT,
                        ),
                        ARTICLE: sqlite_fts.ranked(
                            expression,
                            [KennisbankArticlePage],
                            Page._meta.db_table,
                            "m.live AND m.locale_id = %s",
                            [locale.pk],
                            LIMIT,
                        ),
                        PAGE: sqlite_fts.ranked(
                            expression,
                            page_models,
                            Page._meta.db_table,
                            "m.live AND m.locale_id = %s",
                            [locale.pk],
                            LIMIT,
                        ),
                    }
            except DatabaseError:
                logger.warning("SQLite full-text search failed for %r", expression, exc_info=True)
                return {MAKER: [], ARTICLE: [], PAGE: []}
        wagtail_query = q.wagtail_query(expanded) if all_words else q.any_word_query(expanded)
        return {
            MAKER: self._ranked(wagtail_query, Maker.objects.filter(live=True, locale__in=locales)),
            ARTICLE: self._ranked(
                wagtail_query, KennisbankArticlePage.objects.live().filter(locale=locale)
            ),
            PAGE: self._ranked(wagtail_query, Page.objects.live().filter(locale=locale)),
        }

    def ranked(self, expanded, locale, all_words=True):
        """{kind: [(pk, normalised score)]} for everything a visitor in `locale` may see."""
        found = self._candidates(expanded, locale, all_words)
        makers, articles, pages = found[MAKER], found[ARTICLE], found[PAGE]
        visible = set(
            Maker.objects.visible_in(locale)
            .filter(pk__in=[pk for pk, _s in makers])
            .values_list("pk", flat=True)
        )
        public_articles = set(
            KennisbankArticlePage.objects.filter(pk__in=[pk for pk, _s in articles])
            .public()
            .values_list("pk", flat=True)
        )
        public_pages = set(
            Page.objects.filter(pk__in=[pk for pk, _s in pages])
            .public()
            .not_type(*excluded_page_models())
            .values_list("pk", flat=True)
        )
        return {
            MAKER: normalise([(pk, s) for pk, s in makers if pk in visible]),
            ARTICLE: normalise([(pk, s) for pk, s in articles if pk in public_articles]),
            PAGE: normalise([(pk, s) for pk, s in pages if pk in public_pages]),
        }

    def search(self, params, locale, request):
        outcome = Outcome(params=params, engine=self.name)
        groups = SearchSynonym.objects.groups()
        expanded = q.expand(params.q, groups)
        if not expanded:
            return outcome
        ranked = self.ranked(expanded, locale)
        if not any(ranked.values()):
            corrected = self.correct(params.q, locale)
            if corrected:
                expanded = q.expand(corrected, groups)
                ranked = self.ranked(expanded, locale)
                outcome.corrected = corrected if any(ranked.values()) else ""
        if not any(ranked.values()) and len(expanded) > 1:
            ranked = self.ranked(expanded, locale, all_words=False)
            outcome.loosened = any(ranked.values())
        outcome.kind_counts = {kind: len(ranked[kind]) for kind, _label in KINDS}

        makers = self.filter_makers(ranked[MAKER], params, locale, outcome)
        articles = self.filter_articles(ranked[ARTICLE], params, locale, outcome)
        chosen = {MAKER: makers, ARTICLE: articles, PAGE: ranked[PAGE]}
        if params.kind:
            merged = [(params.kind, pk) for pk, _s in chosen[params.kind]]
        else:
            merged = merge(chosen)
        outcome.total = len(merged)
        start = (params.page - 1) * PAGE_SIZE
        forms = {form for options in expanded for form in options}
        outcome.hits = build_hits(merged[start : start + PAGE_SIZE], locale, request, forms)
        return outcome

    def filter_makers(self, ranked, params, locale, outcome):
        """Apply the maker facets; count each facet with the other ones applied. Two queries
        for any number of results: the facet values of the (at most LIMIT) matches."""
        ids = [pk for pk, _s in ranked]
        names = discipline_names(locale)
        slugs = {key: slug for key, (slug, _n) in names.items()}
        values = {pk: {facet: set() for facet in MAKER_FACETS} for pk in ids}
        rows = Maker.objects.filter(pk__in=ids).values_list("pk", "city", "kind", *FLAG_NAMES)
        for pk, city, kind, *flags in rows:
            values[pk]["city"] = {city} if city else set()
            values[pk]["kind"] = {kind}
            values[pk]["offer"] = {name for name, on in zip(FLAG_NAMES, flags, strict=True) if on}
        links = Maker.disciplines.through.objects.filter(maker_id__in=ids).values_list(
            "maker_id", "discipline__translation_key"
        )
        for pk, key in links:
            if key in slugs:
                values[pk]["discipline"].add(slugs[key])
        wanted = maker_filters(params)
        counts = {facet: Counter() for facet in MAKER_FACETS}
        for pk in ids:
            for facet in MAKER_FACETS:
                if matches(values[pk], wanted, skip=facet):
                    counts[facet].update(values[pk][facet])
        outcome.facets |= maker_facets(counts, names, params)
        if not any(wanted.values()):
            return ranked
        return [(pk, s) for pk, s in ranked if matches(values[pk], wanted)]

    def filter_articles(self, ranked, params, locale, outcome):
        names = theme_names(locale)
        through = KennisbankArticlePage.themes.through
        links = list(
            through.objects.filter(kennisbankarticlepage_id__in=[pk for pk, _s in ranked])
            .values_list("kennisbankarticlepage_id", "kennisbanktheme__translation_key")
            .distinct()
        )
        counts = {}
        for _pk, key in links:
            counts[key] = counts.get(key, 0) + 1
        outcome.facets["theme"] = facet_options(counts, names, params.theme)
        if not params.theme:
            return ranked
        key = next((k for k, (slug, _n) in names.items() if slug == params.theme), None)
        keep = {pk for pk, theme_key in links if theme_key == key}
        return [(pk, s) for pk, s in ranked if pk in keep]

    def correct(self, query, locale):
        """The query with each unknown word replaced by the closest known word, or ""."""
        vocabulary = spelling_vocabulary(locale)
        known = set(vocabulary)
        fixed, changed = [], False
        for word in q.words(query):
            folded = q.fold(word)
            if folded in known or len(folded) < 3:
                fixed.append(word)
                continue
            match = difflib.get_close_matches(folded, vocabulary, n=1, cutoff=0.75)
            if match:
                fixed.append(match[0])
                changed = True
            else:
                fixed.append(word)
        return " ".join(fixed) if changed else ""


MAKER_FACETS = ("discipline", "city", "kind", "offer")


def maker_filters(params):
    """{facet: chosen value} for the maker facets ("" when not chosen)."""
    return {
        "discipline": params.discipline,
        "city": params.city,
        "kind": params.maker_kind,
        "offer": params.offer,
    }


def matches(values, wanted, skip=None):
    return all(
        not value or value in values[facet] for facet, value in wanted.items() if facet != skip
    )


def maker_facets(counts, names, params):
    """The maker facets as option lists, from {facet: {value: count}} (either engine)."""
    return {
        "discipline": facet_options(
            counts["discipline"],
            {slug: (slug, name) for _k, (slug, name) in names.items()},
            params.discipline,
        ),
        "city": facet_options(counts["city"], {c: (c, c) for c in counts["city"]}, params.city),
        "kind": facet_options(
            counts["kind"], {k: (k, label) for k, label in Maker.KIND_CHOICES}, params.maker_kind
        ),
        "offer": facet_options(
            counts["offer"], {f: (f, label) for f, label in FLAGS}, params.offer, sort=False
        ),
    }


def normalise(ranked):
    """Scores as a share of the best one in the same kind, so kinds can be merged.

    Each kind is ranked by its own full-text index; their raw scores do not compare (SQLite's
    bm25 is negative, PostgreSQL's rank is positive and per table), their order does.
    """
    if not ranked:
        return []
    best = ranked[0][1] or 1
    return [(pk, (score / best) if score else 0) for pk, score in ranked]


def merge(chosen):
    """All kinds in one list, best normalised score first; makers win ties, then articles."""
    order = {kind: i for i, (kind, _label) in enumerate(KINDS)}
    rows = []
    for kind, ranked in chosen.items():
        for position, (pk, score) in enumerate(ranked):
            rows.append((-score, position, order[kind], kind, pk))
    rows.sort()
    return [(kind, pk) for _s, _p, _o, kind, pk in rows]


def spelling_vocabulary(locale):
    """Words visitors are likely to mean: names, titles, towns, tags, disciplines, synonyms."""
    key = f"search:vocabulary:{locale.language_code}"
    vocabulary = cache.get(key)
    if vocabulary is not None:
        return vocabulary
    texts = []
    makers = Maker.objects.visible_in(locale)
    texts += makers.values_list("name", flat=True)[:20000]
    texts += makers.order_by().values_list("city", flat=True).distinct()
    texts += makers.order_by().values_list("tags__name", flat=True).distinct()
    texts += Discipline.objects.values_list("name", flat=True)
    texts += KennisbankTheme.objects.filter(locale=locale).values_list("name", flat=True)
    texts += Page.objects.live().filter(locale=locale).values_list("title", flat=True)
    for group in SearchSynonym.objects.groups():
        texts += group
    words = set()
    for text in texts:
        for word in q.words(text or ""):
            if len(word) >= 3:
                words.add(q.fold(word))
    vocabulary = sorted(words)
    cache.set(key, vocabulary, 600)
    return vocabulary


def database_backend_name():
    """The Wagtail backend that lives in the database: the default one, or the fallback."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    if DATABASE_BACKEND in backends:
        return DATABASE_BACKEND
    return "default"


def elasticsearch_enabled():
    return getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch"


def run_search(params, locale, request):
    if not params.q:
        return Outcome(params=params)
    if elasticsearch_enabled():
        from . import documents

        if documents.available():
            try:
                return documents.ElasticsearchEngine().search(params, locale, request)
            except documents.SEARCH_ERRORS:
                logger.warning("Elasticsearch failed; falling back to the database", exc_info=True)
                documents.mark_unavailable()
        outcome = DatabaseEngine().search(params, locale, request)
        outcome.degraded = True
        return outcome
    return DatabaseEngine().search(params, locale, request)
