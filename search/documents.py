"""The site search on Elasticsearch 8, through elasticsearch-dsl.

Wagtail's own Elasticsearch backend keeps one index per model with one analyser for every
language. The site search needs more: one index per language (Dutch, English or German
stemming), makers in the visitor's language with the Dutch version as fallback, fuzzy matching,
highlighting, a completion suggester and facet counts from aggregations. So it keeps its own
indexes here, one per language, each behind an alias (`<prefix>site_nl` → a versioned index) so
`manage.py search_index --rebuild` builds a new index and swaps the alias in one step.

A maker's document id is its translation key, so each language index holds one document per
maker: the translation when it is live, else the live Dutch version.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import (
    Completion,
    Document,
    Index,
    Integer,
    Keyword,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page

from artists.directory import FLAG_NAMES
from artists.models import Discipline, Maker
from kennisbank.models import KennisbankArticlePage, KennisbankTheme

from . import query as q
from .highlight import ES_POST, ES_PRE, from_elasticsearch, plain
from .kinds import ARTICLE, KINDS, MAKER, PAGE, build_hits, excluded_page_models

logger = logging.getLogger(__name__)

SEARCH_ERRORS = (TransportError, ApiError, ESConnectionError, BulkIndexError)
DOWN_KEY = "search:elasticsearch-down"
LIMIT = 500

# The maker facets of the site search (search.engine.MAKER_FACETS) and their document fields.
MAKER_FIELDS = {
    "discipline": "disciplines",
    "city": "city",
    "kind": "maker_kind",
    "offer": "offers",
}
STEMMERS = {"nl": "dutch", "en": "light_english", "de": "light_german"}
STOPWORDS = {"nl": "_dutch_", "en": "_english_", "de": "_german_"}


def config():
    return settings.SEARCH_ELASTICSEARCH


_clients = {}


def client():
    """One client per configuration (tests point some at other servers or closed ports)."""
    conf = config()
    key = (tuple(conf["URLS"]), conf["TIMEOUT"])
    if key not in _clients:
        _clients[key] = Elasticsearch(
            conf["URLS"], request_timeout=conf["TIMEOUT"], max_retries=0, retry_on_timeout=False
        )
    return _clients[key]


def is_outage(error):
    """Elasticsearch is away or overloaded (try again later), not refusing this one request."""
    if isinstance(error, ApiError):
        return error.meta.status >= 500 or error.meta.status == 429
    return isinstance(error, TransportError)  # connection refused, timeouts, TLS


def available():
    return not cache.get(DOWN_KEY)


def mark_unavailable():
    """Skip Elasticsearch for a while after it failed, so a dead server costs one timeout, not
    one per visitor."""
    cache.set(DOWN_KEY, True, config().get("RETRY_AFTER", 30))


def alias_name(language):
    return f"{config()['INDEX_PREFIX']}site_{language}"


def languages():
    return [code for code, _name in settings.LANGUAGES]


# --- mapping and analysers -------------------------------------------------------------------


# Parts of compound words in this field, so "koor" finds "Jeugdkoor" and "Chor" finds
# "Kinderchor". Only whole parts from these lists are split off (Dutch and German write
# compounds as one word; English does not). Applied when indexing, not to what visitors type,
# so "jeugdkoor" still means a youth choir and not every choir.
COMPOUND_PARTS = {
    # Not "band", "beeld", "pop" or "straat": they hide in common words (verband, voorbeeld,
    # populair, Dorpstraat) and would make every such text match.
    "nl": (
        "atelier ballet blaas club cursus dans ensemble fanfare film foto gitaar gospel groep "
        "harmonie jazz jeugd kamer kinder koor kunst mannen muziek musical orkest piano "
        "poëzie repetitie rock ruimte schilder schrijf school senioren studio theater toneel "
        "vereniging verhalen vrijwilliger vrouwen workshop zang"
    ).split(),
    "de": (
        "atelier ballett chor club ensemble film foto frauen gesang gitarre gruppe jugend "
        "kammer kinder kunst kurs männer musik musical orchester probe raum schreib schule "
        "senioren studio tanz theater verein workshop"
    ).split(),
}


def analysers(language):
    """The analysers of one language index. Field mappings refer to them by name."""
    folding = token_filter("site_folding", "asciifolding")
    stemmer = token_filter("site_stemmer", "stemmer", language=STEMMERS[language])
    edge = token_filter("site_edge", "edge_ngram", min_gram=2, max_gram=15)
    indexing = ["lowercase", folding]
    if language in COMPOUND_PARTS:
        indexing.append(
            token_filter(
                "site_compounds",
                "dictionary_decompounder",
                word_list=sorted({q.fold(word) for word in COMPOUND_PARTS[language]}),
                min_subword_size=3,
            )
        )
    return {
        # Stemmed and accent-free: koren and koor, Übung and ubung meet.
        "site_text": analyzer(
            "site_text", tokenizer="standard", filter=["lowercase", folding, stemmer]
        ),
        # The same for indexing, with the parts of compound words added.
        "site_text_index": analyzer(
            "site_text_index", tokenizer="standard", filter=[*indexing, stemmer]
        ),
        # Accent-free words, not stemmed: exact words rank above stems.
        "site_folded": analyzer("site_folded", tokenizer="standard", filter=["lowercase", folding]),
        # Word starts for search-as-you-type matching in titles.
        "site_prefix": analyzer(
            "site_prefix", tokenizer="standard", filter=["lowercase", folding, edge]
        ),
    }


def stemmed_text(**fields):
    return Text(analyzer="site_text_index", search_analyzer="site_text", **fields)


class SiteDocument(Document):
    kind = Keyword()
    pk = Integer()
    title = stemmed_text(
        fields={
            "folded": Text(analyzer="site_folded"),
            "prefix": Text(analyzer="site_prefix", search_analyzer="site_folded"),
        },
    )
    text = stemmed_text(fields={"folded": Text(analyzer="site_folded")})
    keywords = stemmed_text(fields={"folded": Text(analyzer="site_folded")})
    disciplines = Keyword()
    city = Keyword()
    maker_kind = Keyword()
    offers = Keyword()
    themes = Keyword()
    suggest = Completion(analyzer="site_folded", search_analyzer="site_folded")


def new_index(language):
    """A fresh, versioned index for `language` with its analysers and the mapping."""
    name = f"{alias_name(language)}_{timezone.now():%Y%m%d%H%M%S%f}"
    index = Index(name, using=client())
    index.settings(number_of_shards=1, number_of_replicas=0, refresh_interval="1s")
    for item in analysers(language).values():
        index.analyzer(item)
    index.document(SiteDocument)
    index.create()
    return name


def ensure_indexes():
    """Create any missing language index (empty) so incremental updates have somewhere to go."""
    es = client()
    for language in languages():
        if not es.indices.exists_alias(name=alias_name(language)):
            name = new_index(language)
            es.indices.put_alias(index=name, name=alias_name(language))


# --- documents -------------------------------------------------------------------------------


def suggest_inputs(title):
    """The title and each tail of it, so "koor" completes "Gemengd Koor Cantabile"."""
    words = title.split()
    return [" ".join(words[i:]) for i in range(min(len(words), 5))]


class Builder:
    """Builds documents for one language with a fixed number of queries per batch."""

    def __init__(self, language):
        self.language = language
        self.locale = Locale.objects.get(language_code=language)
        self.discipline_names = {}
        self.discipline_slugs = {}
        for d in Discipline.objects.select_related("locale"):
            self.discipline_names.setdefault(d.translation_key, []).append(d.name)
            if d.locale.language_code == settings.LANGUAGE_CODE:
                self.discipline_slugs[d.translation_key] = d.slug
        self.theme_slugs = {
            t.translation_key: t.slug for t in KennisbankTheme.objects.filter(locale=self.locale)
        }

    def maker(self, maker):
        disciplines = [d.translation_key for d in maker.disciplines.all()]
        keywords = [name for key in disciplines for name in self.discipline_names.get(key, [])]
        keywords += [tag.name for tag in maker.tags.all()]
        keywords += [maker.city, maker.neighbourhood]
        return {
            "_id": f"maker-{maker.translation_key}",
            "kind": MAKER,
            "pk": maker.pk,
            "title": maker.name,
            "text": maker_full_text(maker),
            "keywords": " ".join(k for k in keywords if k),
            "disciplines": [
                self.discipline_slugs[k] for k in disciplines if k in self.discipline_slugs
            ],
            "city": maker.city or None,
            "maker_kind": maker.kind,
            "offers": [name for name in FLAG_NAMES if getattr(maker, name)],
            "suggest": {"input": suggest_inputs(maker.name), "weight": 2},
        }

    def article(self, article):
        themes = list(article.themes.all())
        keywords = [t.name for t in themes] + [tag.name for tag in article.tags.all()]
        return {
            "_id": f"page-{article.pk}",
            "kind": ARTICLE,
            "pk": article.pk,
            "title": article.title,
            "text": " ".join([article.summary, streamfield_text(article.body)]),
            "keywords": " ".join(keywords),
            "themes": [
                self.theme_slugs[t.translation_key]
                for t in themes
                if t.translation_key in self.theme_slugs
            ],
            "suggest": {"input": suggest_inputs(article.title), "weight": 3},
        }

    def page(self, page):
        return {
            "_id": f"page-{page.pk}",
            "kind": PAGE,
            "pk": page.pk,
            "title": page.title,
            "text": page_search_text(page),
            "keywords": page.search_description or "",
            "suggest": {"input": suggest_inputs(page.title), "weight": 1},
        }

    # querysets --------------------------------------------------------------------------

    def makers(self, translation_keys=None):
        queryset = Maker.objects.visible_in(self.locale)
        if translation_keys is not None:
            queryset = queryset.filter(translation_key__in=translation_keys)
        return queryset.prefetch_related(
            Prefetch("disciplines", queryset=Discipline.objects.only("translation_key")), "tags"
        ).order_by("pk")

    def articles(self, pks=None):
        queryset = KennisbankArticlePage.objects.live().public().filter(locale=self.locale)
        if pks is not None:
            queryset = queryset.filter(pk__in=pks)
        return queryset.prefetch_related("themes", "tags")

    def pages(self, pks=None):
        queryset = (
            Page.objects.live()
            .public()
            .filter(locale=self.locale)
            .not_type(*excluded_page_models())
        )
        if pks is not None:
            queryset = queryset.filter(pk__in=pks)
        return queryset.specific()

    def all_documents(self, batch=2000):
        makers = self.makers()
        last = 0
        while True:
            chunk = list(makers.filter(pk__gt=last)[:batch])
            if not chunk:
                break
            for maker in chunk:
                yield self.maker(maker)
            last = chunk[-1].pk
        for article in self.articles():
            yield self.article(article)
        for page in self.pages():
            if page.depth > 1:
                yield self.page(page)


def maker_full_text(maker):
    """Intro and description; many makers start the description with the intro again."""
    description = plain(maker.description)
    if maker.intro and maker.intro.strip() in description:
        return description
    return " ".join(part for part in (maker.intro, description) if part)


def streamfield_text(value):
    if not value:
        return ""
    return plain(" ".join(str(t) for t in value.stream_block.get_searchable_content(value)))


def page_search_text(page):
    """The text of a page's own search fields, whatever its type (title is indexed apart)."""
    from wagtail.search import index

    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, "")
        if callable(value):
            value = value()
        parts.append(streamfield_text(value) if isinstance(value, StreamValue) else plain(value))
    return " ".join(p for p in parts if p)


# --- writing ---------------------------------------------------------------------------------


def _actions(language, documents, index=None):
    target = index or alias_name(language)
    for doc in documents:
        doc = dict(doc)
        yield {"_index": target, "_id": doc.pop("_id"), "_source": doc}


def rebuild(log=print):
    """Build every language index anew and swap the aliases; the old indexes stay searchable
    until the swap."""
    es = client()
    timings = {}
    for language in languages():
        start = time.perf_counter()
        name = new_index(language)
        es.indices.put_settings(index=name, settings={"refresh_interval": "-1"})
        count, _errors = bulk(
            es, _actions(language, Builder(language).all_documents(), name), chunk_size=1000
        )
        es.indices.put_settings(index=name, settings={"refresh_interval": "1s"})
        es.indices.refresh(index=name)
        alias = alias_name(language)
        old = (
            list(es.indices.get_alias(name=alias).keys())
            if es.indices.exists_alias(name=alias)
            else []
        )
        if es.indices.exists(index=alias) and not old:
            # An index (not an alias) by that name, e.g. left over from an older setup.
            es.indices.delete(index=alias)
        actions = [{"remove": {"index": o, "alias": alias}} for o in old]
        actions.append({"add": {"index": name, "alias": alias}})
        es.indices.update_aliases(actions=actions)
        for o in old:
            es.indices.delete(index=o, ignore_unavailable=True)
        timings[language] = (count, time.perf_counter() - start)
        log(f"{alias} → {name}: {count} documents in {timings[language][1]:.1f} s")
    return timings


def delete_all():
    """Remove every site-search index (used by tests on a throwaway prefix)."""
    client().indices.delete(index=f"{config()['INDEX_PREFIX']}site_*", ignore_unavailable=True)


def update_maker(translation_key):
    """Put the right version of one maker in every language index, or take it out."""
    es = client()
    for language in languages():
        builder = Builder(language)
        maker = builder.makers([translation_key]).first()
        doc_id = f"maker-{translation_key}"
        if maker is None:
            es.options(ignore_status=404).delete(index=alias_name(language), id=doc_id)
        else:
            doc = builder.maker(maker)
            doc.pop("_id")
            es.index(index=alias_name(language), id=doc_id, document=doc)


def update_page(page):
    """Index a live, public page of a searchable kind in its language; remove it otherwise."""
    language = page.locale.language_code
    if language not in languages():
        return
    es = client()
    builder = Builder(language)
    doc = None
    if isinstance(page, KennisbankArticlePage) or page.specific_class is KennisbankArticlePage:
        article = builder.articles([page.pk]).first()
        doc = builder.article(article) if article else None
    else:
        found = builder.pages([page.pk]).first()
        doc = builder.page(found) if found and found.depth > 1 else None
    if doc is None:
        remove_page(page.pk, language)
        return
    doc.pop("_id")
    es.index(index=alias_name(language), id=f"page-{page.pk}", document=doc)


def remove_page(pk, language=None):
    es = client()
    for code in [language] if language else languages():
        es.options(ignore_status=404).delete(index=alias_name(code), id=f"page-{pk}")


# --- reading ---------------------------------------------------------------------------------


def text_query(params_q, groups, operator="and"):
    """Every typed word (or a synonym of it) must match, with typos forgiven."""
    expanded = q.expand(params_q, groups, stems=False)
    per_word = []
    for options in expanded:
        alternatives = [
            Q(
                "multi_match",
                query=option,
                fields=[
                    "title^4",
                    "title.folded^5",
                    "keywords^2",
                    "keywords.folded^2",
                    "text",
                    "text.folded",
                ],
                fuzziness="AUTO",
                prefix_length=1,
                operator="and",
            )
            for option in options
        ]
        per_word.append(Q("bool", should=alternatives, minimum_should_match=1))
    if not per_word:
        return None
    if operator == "and":
        main = Q("bool", must=per_word)
    else:
        main = Q("bool", should=per_word, minimum_should_match=1)
    # Whole phrase in a title, and word starts in a title, rank first.
    boost = [
        Q("match_phrase", **{"title.folded": {"query": params_q, "boost": 6}}),
        Q("match", **{"title.prefix": {"query": params_q, "operator": "and", "boost": 2}}),
    ]
    return Q("bool", must=[main], should=boost), expanded


class ElasticsearchEngine:
    name = "elasticsearch"

    def _search(self, params, language, text, expanded):
        from .engine import maker_filters

        maker = {
            facet: Q("term", **{MAKER_FIELDS[facet]: value})
            for facet, value in maker_filters(params).items()
            if value
        }
        kind_filter = Q("term", kind=params.kind) if params.kind else None
        theme = Q("term", themes=params.theme) if params.theme else None
        post = [f for f in (kind_filter, theme, *maker.values()) if f is not None]

        search = Search(using=client(), index=alias_name(language)).query(text)
        if post:
            search = search.post_filter(Q("bool", filter=post))
        search.aggs.bucket("kinds", "terms", field="kind", size=10)
        # Each maker facet counts with the other maker facets applied (not itself).
        for facet, field in MAKER_FIELDS.items():
            others = [f for other, f in maker.items() if other != facet]
            search.aggs.bucket(
                facet, "filter", Q("bool", filter=[Q("term", kind=MAKER), *others])
            ).bucket("values", "terms", field=field, size=100)
        search.aggs.bucket("themes", "filter", Q("term", kind=ARTICLE)).bucket(
            "values", "terms", field="themes", size=50
        )
        start = (params.page - 1) * 10
        search = search.extra(from_=start, size=10, track_total_hits=True).source(["kind", "pk"])
        # Highlighting with the fuzzy query costs ten times the search itself; the plain words
        # (and synonyms) mark the same text. The "text" analyser folds accents and stems already.
        words = [option for options in expanded for option in options]
        highlight_query = Q("bool", should=[Q("match", text=word) for word in words])
        search = search.highlight_options(
            pre_tags=[ES_PRE],
            post_tags=[ES_POST],
            fragment_size=200,
            number_of_fragments=1,
            highlight_query=highlight_query.to_dict(),
        ).highlight("text", no_match_size=200)
        return search.execute()

    def search(self, params, locale, request):
        from .engine import MAKER_FACETS, Outcome, facet_options, maker_facets
        from .kinds import discipline_names, theme_names
        from .models import SearchSynonym

        outcome = Outcome(params=params, engine=self.name)
        groups = SearchSynonym.objects.groups()
        built = text_query(params.q, groups)
        if built is None:
            return outcome
        text, expanded = built
        language = locale.language_code
        response = self._search(params, language, text, expanded)
        counts = {b.key: b.doc_count for b in response.aggregations.kinds.buckets}
        if not counts and len(expanded) > 1:
            text, expanded = text_query(params.q, groups, operator="or")
            response = self._search(params, language, text, expanded)
            counts = {b.key: b.doc_count for b in response.aggregations.kinds.buckets}
            outcome.loosened = bool(counts)
        outcome.kind_counts = {kind: counts.get(kind, 0) for kind, _label in KINDS}
        outcome.total = response.hits.total.value
        agg = response.aggregations
        outcome.facets = maker_facets(
            {
                facet: {b.key: b.doc_count for b in agg[facet]["values"].buckets}
                for facet in MAKER_FACETS
            },
            discipline_names(locale),
            params,
        )
        outcome.facets["theme"] = facet_options(
            {b.key: b.doc_count for b in agg.themes["values"].buckets},
            {slug: (slug, name) for _k, (slug, name) in theme_names(locale).items()},
            params.theme,
        )
        pairs, snippets = [], {}
        for hit in response.hits:
            pair = (hit.kind, hit.pk)
            pairs.append(pair)
            fragments = getattr(hit.meta, "highlight", None)
            if fragments:
                best = fragments.to_dict().get("text", [])
                # Without a mark (a typo matched), our own highlighter shows the start of the text.
                if best and ES_PRE in best[0]:
                    snippets[pair] = from_elasticsearch(best[0])
        forms = {q.fold(option) for options in expanded for option in options}
        outcome.hits = build_hits(pairs, locale, request, forms, snippets)
        return outcome


def suggest(term, locale, request, size):
    """Titles that start with what was typed (any word of the title), best first."""
    search = Search(using=client(), index=alias_name(locale.language_code)).source(["kind", "pk"])
    search = search.suggest(
        "titles",
        term,
        completion={
            "field": "suggest",
            "size": size,
            "skip_duplicates": True,
            "fuzzy": {"fuzziness": 1 if len(term) > 3 else 0},
        },
    )
    response = search.execute()
    pairs = []
    for option in response.suggest.titles[0].options:
        pair = (option._source.kind, option._source.pk)
        if pair not in pairs:
            pairs.append(pair)
    from .suggest import as_items

    return as_items(pairs[:size], locale, request)
