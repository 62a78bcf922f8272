"""The Elasticsearch engine (through elasticsearch-dsl), over copies of the search documents.

Elasticsearch holds the same documents as the database (models.SearchDocument), with the same
analysed words (search/analysis.py), so both engines match the same words and differ only in
ranking (BM25 with field boosts here) and in typos: Elasticsearch also matches the unstemmed,
accent-free words with fuzziness, for words of five letters or more. One index per language,
each behind an alias (`<prefix>site_nl` → a versioned index), so `manage.py search_index
--rebuild` builds a new index and swaps the alias in one step. This is the only set of
Elasticsearch indexes: Wagtail's own backend (the admin) stays on the database.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import (
    Document,
    Index,
    Integer,
    Keyword,
    Object,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)

from .analysis import CHOSEN
from .engines import ALL, MOST, Candidate
from .models import SearchDocument

logger = logging.getLogger(__name__)

SEARCH_ERRORS = (TransportError, ApiError, ESConnectionError, BulkIndexError)
DOWN_KEY = "search:elasticsearch-down"
TERM_FIELDS = ["terms_title^6", "terms_keywords^3", "terms_text"]
FUZZY_FIELDS = ["title.folded^2", "keywords", "text"]
FUZZY_BOOST = 0.3


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


# --- mapping ---------------------------------------------------------------------------------


def analysers():
    folding = token_filter("site_folding", "asciifolding")
    edge = token_filter("site_edge", "edge_ngram", min_gram=2, max_gram=15)
    return {
        # Words as typed, accent-free: for typos (fuzzy) and exact title phrases.
        "site_folded": analyzer("site_folded", tokenizer="standard", filter=["lowercase", folding]),
        # Word starts, for suggestions while typing.
        "site_prefix": analyzer(
            "site_prefix", tokenizer="standard", filter=["lowercase", folding, edge]
        ),
        # Words analysed in Python already (stems, compound parts): only split them.
        "site_terms": analyzer("site_terms", tokenizer="whitespace"),
    }


def terms_field():
    return Text(analyzer="site_terms")


class SiteDocument(Document):
    kind = Keyword()
    group = Keyword()
    pk = Integer()
    title = Text(
        analyzer="site_folded",
        fields={
            "folded": Text(analyzer="site_folded"),
            "prefix": Text(analyzer="site_prefix", search_analyzer="site_folded"),
        },
    )
    keywords = Text(analyzer="site_folded")
    text = Text(analyzer="site_folded")
    terms_title = terms_field()
    terms_keywords = terms_field()
    terms_text = terms_field()
    facet_terms = Keyword()
    # "facet:value" for each value the owner chose: what filters require and facets count.
    chosen = Keyword()
    facets = Object(enabled=False)


def new_index(language):
    """A fresh, versioned index for `language` with its analysers and the mapping."""
    name = f"{alias_name(language)}_{timezone.now():%Y%m%d%H%M%S%f}"
    index = Index(name, using=client())
    index.settings(number_of_shards=1, number_of_replicas=0, refresh_interval="1s")
    for item in analysers().values():
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


# --- writing ---------------------------------------------------------------------------------


def doc_id(kind, group):
    return f"{kind}-{group}"


def chosen_values(facets):
    return [
        f"{facet}:{value}"
        for facet, values in (facets or {}).items()
        for value, weight in values.items()
        if weight >= CHOSEN
    ]


def chosen_filter(facet, value):
    return Q("term", chosen={"value": f"{facet}:{value}", "case_insensitive": True})


def source(row):
    return {
        "kind": row.kind,
        "group": row.group,
        "pk": row.object_id,
        "title": row.title,
        "keywords": row.keywords,
        "text": row.text,
        "terms_title": row.terms_title,
        "terms_keywords": row.terms_keywords,
        "terms_text": row.terms_text,
        "facet_terms": row.facet_terms.split(),
        "chosen": chosen_values(row.facets),
        "facets": row.facets,
    }


def _actions(language, index):
    rows = SearchDocument.objects.filter(language=language).order_by("pk")
    last = 0
    while True:
        chunk = list(rows.filter(pk__gt=last)[:2000])
        if not chunk:
            return
        for row in chunk:
            yield {"_index": index, "_id": doc_id(row.kind, row.group), "_source": source(row)}
        last = chunk[-1].pk


def rebuild(log=print):
    """Copy every search document into new language indexes and swap the aliases; the old
    indexes stay searchable until the swap."""
    es = client()
    timings = {}
    for language in languages():
        start = time.perf_counter()
        name = new_index(language)
        es.indices.put_settings(index=name, settings={"refresh_interval": "-1"})
        count, _errors = bulk(es, _actions(language, name), chunk_size=1000)
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


def apply(kind, group):
    """Copy one group's documents, as the database has them now, into every language index."""
    es = client()
    rows = {row.language: row for row in SearchDocument.objects.filter(kind=kind, group=str(group))}
    # Tests wait until a write is searchable; the worker in production does not need to.
    refresh = config().get("REFRESH", False)
    for language in languages():
        row = rows.get(language)
        target = {"index": alias_name(language), "id": doc_id(kind, group), "refresh": refresh}
        if row is None:
            es.options(ignore_status=404).delete(**target)
        else:
            es.index(**target, document=source(row))


# --- reading ---------------------------------------------------------------------------------


def term_query(term):
    """One typed word: any of its analysed forms, or (for longer words) a near spelling."""
    options = []
    for alternative in term.alternatives:
        if len(alternative) == 1:
            options.append(Q("multi_match", query=alternative[0], fields=TERM_FIELDS))
        else:
            # Parts of a compound or words of a phrase count only next to each other.
            phrase = " ".join(alternative)
            options.append(
                Q("multi_match", query=phrase, fields=TERM_FIELDS, type="phrase", slop=2)
            )
    if term.fuzzy_ok:
        options.append(
            Q(
                "multi_match",
                query=term.folded,
                fields=FUZZY_FIELDS,
                fuzziness="AUTO",
                prefix_length=1,
                boost=FUZZY_BOOST,
            )
        )
    return Q("bool", should=options, minimum_should_match=1)


class ElasticsearchEngine:
    name = "elasticsearch"
    # Filters are applied here and facets counted here (exact), so the service only needs the
    # best matches to rank: the best 100 by the words and the 200 with most understood facets.
    TEXT_LIMIT, STRUCTURED_LIMIT = 100, 200

    def _execute(self, search):
        """Raw hits: elasticsearch-dsl's wrapping of a thousand hits costs more than the search."""
        response = (
            client()
            .options(request_timeout=config()["TIMEOUT"])
            .search(
                index=search._index,
                body=search.to_dict(),
                filter_path=["hits.hits._score", "hits.hits._source"],
            )
        )
        return response.body.get("hits", {}).get("hits", [])

    def _candidates(self, hits):
        return [
            Candidate(
                hit["_source"]["kind"],
                hit["_source"]["pk"],
                hit.get("_score") or 0.0,
                hit["_source"].get("facets", {}),
            )
            for hit in hits
        ]

    def _text_search(self, kinds, language, terms, level, limit, required):
        return (
            Search(using=client(), index=alias_name(language))
            .query(self._text_query(kinds, terms, level, required))
            .source(["kind", "pk", "facets"])
            .extra(size=limit or self.TEXT_LIMIT, track_total_hits=False)
        )

    def text(self, kinds, language, terms, level=ALL, limit=None, required=()):
        if not terms:
            return []
        search = self._text_search(kinds, language, terms, level, limit, required)
        return self._candidates(self._execute(search))

    def round(self, language, terms, level, batches, structured=None, counting=None):
        """The service's questions of one round in one request (msearch): Elasticsearch
        searches them side by side, and there is one round trip instead of one each. With
        `counting` ((kind, tokens, facets, filters)), the facet counts over these words at
        this level come along too."""
        searches = [
            ("text", None, self._text_search(kinds, language, terms, level, None, required))
            for kinds, required in batches
            if terms
        ]
        searches += [
            ("structured", kind, self._structured_search([kind], language, tokens, None, required))
            for kind, (tokens, required) in (structured or {}).items()
            if tokens
        ]
        rows, found, counts = [], {kind: [] for kind in structured or {}}, None
        if not searches:
            return rows, found, counts
        lines = []
        for _what, _kind, search in searches:
            lines += [{"index": alias_name(language)}, search.to_dict()]
        if counting:
            kind, tokens, facets, filters = counting
            searches.append(("counts", kind, None))
            body = self._counts_body(kind, terms, level, tokens, facets, filters)
            lines += [{"index": alias_name(language)}, body]
        response = (
            client()
            .options(request_timeout=config()["TIMEOUT"])
            .msearch(
                searches=lines,
                filter_path=[
                    "responses.hits.hits._score",
                    "responses.hits.hits._source",
                    "responses.aggregations",
                    "responses.error",
                    "responses.status",
                ],
            )
        )
        for (what, kind, _search), answer in zip(
            searches, response.body.get("responses", []), strict=True
        ):
            if "error" in answer:
                raise ApiError(str(answer["error"]), meta=response.meta, body=answer)
            if what == "counts":
                counts = self._counts(answer.get("aggregations", {}), counting[2])
                continue
            candidates = self._candidates(answer.get("hits", {}).get("hits", []))
            if what == "text":
                rows += candidates
            else:
                found[kind] = candidates
        return rows, found, counts

    @staticmethod
    def _filters(kinds, required):
        return [Q("terms", kind=list(kinds))] + [
            chosen_filter(facet, value) for facet, value in (required or {}).items()
        ]

    def _text_query(self, kinds, terms, level, required=None):
        per_word = [term_query(term) for term in terms]
        if level == ALL or len(terms) == 1:
            query = Q("bool", must=per_word)
        else:
            need = len(terms) - 1 if level == MOST and len(terms) >= 3 else 1
            query = Q("bool", should=per_word, minimum_should_match=need)
        # The whole query as a phrase in a title ranks first.
        phrase = " ".join(t.word for t in terms)
        return Q(
            "bool",
            must=[query],
            should=[Q("match_phrase", **{"title.folded": {"query": phrase, "boost": 4}})],
            filter=self._filters(kinds, required),
        )

    def facet_counts(self, kind, language, terms, level, tokens, facets, filters):
        """Exact counts in one request: the matches (words or understood facets) without the
        filters, with one aggregation per facet under the other filters."""
        response = (
            client()
            .options(request_timeout=config()["TIMEOUT"])
            .search(
                index=alias_name(language),
                **self._counts_body(kind, terms, level, tokens, facets, filters),
                filter_path=["aggregations"],
            )
        )
        return self._counts(response.body.get("aggregations", {}), facets)

    def match_ids(self, kind, language, terms, level, tokens, limit, required=None):
        """Ids of up to `limit` matches, unscored (a filter context), only their `pk`."""
        matches = self._matches(kind, terms, level, tokens)
        if not matches:
            return []
        query = Q(
            "constant_score",
            filter=Q(
                "bool",
                should=matches,
                minimum_should_match=1,
                filter=self._filters([kind], required),
            ),
        )
        response = (
            client()
            .options(request_timeout=config()["TIMEOUT"])
            .search(
                index=alias_name(language),
                query=query.to_dict(),
                size=limit,
                source=False,
                docvalue_fields=["pk"],
                track_total_hits=False,
                filter_path=["hits.hits.fields.pk"],
            )
        )
        hits = response.body.get("hits", {}).get("hits", [])
        return [hit["fields"]["pk"][0] for hit in hits]

    @staticmethod
    def _counts(found, facets):
        counts = {}
        for facet in facets:
            buckets = found.get(f"facet_{facet}", {}).get("values", {}).get("buckets", [])
            counts[facet] = {b["key"].split(":", 1)[1]: b["doc_count"] for b in buckets}
        return counts, found.get("total", {}).get("doc_count", 0)

    def _matches(self, kind, terms, level, tokens):
        """What counts as a match for the service: the words at `level`, or any understood
        facet token. Either clause goes in a `should`."""
        matches = []
        if terms:
            matches.append(self._text_query([kind], terms, level))
        if tokens:
            matches.append(Q("bool", filter=[Q("terms", facet_terms=tokens)]))
        return matches

    def _counts_body(self, kind, terms, level, tokens, facets, filters):
        matches = self._matches(kind, terms, level, tokens)
        query = Q("bool", should=matches, minimum_should_match=1, filter=self._filters([kind], {}))

        def under(skip=None):
            return Q(
                "bool",
                filter=[chosen_filter(f, v) for f, v in filters.items() if f != skip]
                or [Q("match_all")],
            )

        aggs = {"total": {"filter": under().to_dict()}}
        for facet in facets:
            aggs[f"facet_{facet}"] = {
                "filter": under(facet).to_dict(),
                "aggs": {
                    "values": {"terms": {"field": "chosen", "include": f"{facet}:.*", "size": 500}}
                },
            }
        return {"query": query.to_dict(), "aggs": aggs, "size": 0, "track_total_hits": False}

    def _structured_search(self, kinds, language, tokens, limit, required):
        # Each token counts one: those with most of the understood values come first.
        query = Q(
            "bool",
            should=[Q("constant_score", filter=Q("term", facet_terms=t)) for t in tokens],
            minimum_should_match=1,
            filter=self._filters(kinds, required),
        )
        return (
            Search(using=client(), index=alias_name(language))
            .query(query)
            .source(["kind", "pk", "facets"])
            .extra(size=limit or self.STRUCTURED_LIMIT, track_total_hits=False)
        )

    def structured(self, kinds, language, tokens, limit=None, required=()):
        if not tokens:
            return []
        search = self._structured_search(kinds, language, tokens, limit, required)
        return self._candidates(self._execute(search))

    def suggest(self, kinds, language, typed, limit):
        query = Q(
            "bool",
            must=[Q("match", **{"title.prefix": {"query": typed, "operator": "and"}})],
            should=[Q("match_phrase_prefix", **{"title.folded": {"query": typed, "boost": 2}})],
            filter=[Q("terms", kind=list(kinds))],
        )
        search = (
            Search(using=client(), index=alias_name(language))
            .query(query)
            .source(["kind", "pk"])
            .extra(size=limit, track_total_hits=False)
        )
        return [(hit["_source"]["kind"], hit["_source"]["pk"]) for hit in self._execute(search)]
