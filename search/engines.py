"""Search engines behind one interface: the database ones here, Elasticsearch in documents.py.

An engine answers three questions about the analysed documents (models.SearchDocument):
which match these words (`text`, best first, with a relevance score), which have these facet
values (`structured`), and which titles start with these letters (`suggest`). Ranking the two
together, widening and the fallback are the service's work (service.py), the same for every
engine.

- SQLite: an FTS5 table over the analysed words, ranked with BM25 and column weights.
- PostgreSQL: a generated, weighted tsvector column, ranked with ts_rank_cd.
"""

import itertools
import logging
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import Q

from . import analysis
from .models import SearchDocument

logger = logging.getLogger(__name__)

ALL, MOST, ANY = "all", "most", "any"
MAX_COMBINATIONS = 10


@dataclass
class Candidate:
    kind: str
    object_id: int
    score: float = 0.0
    facets: dict = field(default_factory=dict)


def groups_of_words(terms, level):
    """The word groups that must all match: every word, all but one (any of those), or any."""
    if level == ALL or len(terms) == 1:
        return [terms]
    if level == MOST and len(terms) >= 3:
        return [list(c) for c in itertools.combinations(terms, len(terms) - 1)][:MAX_COMBINATIONS]
    return [[term] for term in terms]


def chosen_tokens(required):
    """{facet: value} the visitor chose → the tokens of values owners chose."""
    return [analysis.chosen_token(facet, value) for facet, value in (required or {}).items()]


def _sqlite_required(required):
    """FTS5: the chosen facet tokens, all of them, in the facet column (tokens are letters)."""
    if not required:
        return ""
    tokens = chosen_tokens(required)
    return " AND {facet_terms} : (" + " AND ".join(f'"{t}"' for t in tokens) + ")"


def _portable_required(required):
    query = Q()
    for token in chosen_tokens(required):
        query &= Q(facet_terms__contains=token)
    return query


def count_facets(candidates, facets, filters):
    """({facet: {value: count}}, total) over candidates, by the values their owners chose:
    each facet with the other filters applied, the total with all of them."""
    chosen = [
        {f: {v for v, w in c.facets.get(f, {}).items() if w >= analysis.CHOSEN} for f in facets}
        for c in candidates
    ]

    def keeps(values, skip=None):
        return all(v in values.get(f, ()) for f, v in filters.items() if f != skip)

    counts = {}
    for facet in facets:
        counter = counts[facet] = {}
        for values in chosen:
            if keeps(values, skip=facet):
                for value in values[facet]:
                    counter[value] = counter.get(value, 0) + 1
    return counts, sum(1 for values in chosen if keeps(values))


class DatabaseEngine:
    name = "database"
    # The best 100 by the words and 200 by understood facets are ranked; pages that need
    # every match (the directory) ask match_ids, and facets are counted in COUNT_LIMIT.
    TEXT_LIMIT, STRUCTURED_LIMIT = 100, 200

    def __init__(self):
        self.vendor = connection.vendor

    # --- matching ------------------------------------------------------------------------

    def text(self, kinds, language, terms, level=ALL, limit=None, required=()):
        """Matches of the words, best first. `required`: {facet: value}, the filters a visitor
        chose; every match must have each value as one its owner chose (chosen_tokens)."""
        if not terms:
            return []
        limit = limit or self.TEXT_LIMIT
        if self.vendor == "sqlite":
            sql, params = self._sqlite_text(kinds, language, terms, level, limit, required)
        elif self.vendor == "postgresql":
            sql, params = self._postgres_text(kinds, language, terms, level, limit, required)
        else:
            return self._portable_text(kinds, language, terms, level, limit, required)
        return self._rows(sql, params)

    def round(self, language, terms, level, batches, structured=None, counting=None):
        """One round of the service's questions: text() for each (kinds, required) in
        `batches`, and structured() for each {kind: (tokens, required)}. Returns (text rows,
        {kind: structured rows}, facet counts or None). The database counts facets only when
        asked (facet_counts), after the last round."""
        rows = []
        for kinds, required in batches:
            rows += self.text(kinds, language, terms, level, required=required)
        found = {
            kind: self.structured([kind], language, tokens, required=required)
            for kind, (tokens, required) in (structured or {}).items()
        }
        return rows, found, None

    def structured(self, kinds, language, tokens, limit=None, required=()):
        """Things with any of the facet tokens, those with the most of them first."""
        if not tokens:
            return []
        limit = limit or self.STRUCTURED_LIMIT
        kind_sql = ", ".join(["%s"] * len(kinds))
        if self.vendor == "sqlite":
            expression = "{facet_terms} : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"
            expression += _sqlite_required(required)
            sql = (
                "SELECT d.kind, d.object_id, -bm25(search_document_fts, 0, 0, 0, 1.0), d.facets "  # noqa: S608 (our own table names and placeholders only)
                "FROM search_document_fts JOIN search_searchdocument d "
                "ON d.id = search_document_fts.rowid "
                f"WHERE search_document_fts MATCH %s AND d.language = %s AND d.kind IN ({kind_sql}) "
                "ORDER BY bm25(search_document_fts, 0, 0, 0, 1.0) LIMIT %s"
            )
        elif self.vendor == "postgresql":
            expression = " | ".join(tokens)
            if required:
                expression = f"({expression}) & " + " & ".join(chosen_tokens(required))
            sql = (
                "SELECT d.kind, d.object_id, ts_rank(d.facet_vector, q), d.facets "  # noqa: S608 (our own table names and placeholders only)
                "FROM search_searchdocument d, to_tsquery('simple', %s) q "
                f"WHERE d.facet_vector @@ q AND d.language = %s AND d.kind IN ({kind_sql}) "
                "ORDER BY 3 DESC LIMIT %s"
            )
        else:
            query = Q()
            for token in tokens:
                query |= Q(facet_terms__contains=token)
            rows = SearchDocument.objects.filter(
                query, _portable_required(required), language=language, kind__in=kinds
            )
            return [
                Candidate(kind, pk, 1.0, facets)
                for kind, pk, facets in rows.values_list("kind", "object_id", "facets")[:limit]
            ]
        return self._rows(sql, [expression, language, *kinds, limit])

    def _ids(self, sql, params):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, params)
                return [row[0] for row in cursor.fetchall()]
        except DatabaseError:
            logger.warning("Database search failed: %s %r", sql, params, exc_info=True)
            return []

    def _rows(self, sql, params):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
        except DatabaseError:
            logger.warning("Database search failed: %s %r", sql, params, exc_info=True)
            return []
        out = []
        for kind, object_id, score, facets in rows:
            if isinstance(facets, str):  # SQLite hands JSON back as text
                import json

                facets = json.loads(facets)
            out.append(Candidate(kind, object_id, float(score or 0), facets or {}))
        return out

    @staticmethod
    def _fts_term(term):
        options = []
        for alternative in term.alternatives:
            quoted = [f'"{t}"' for t in alternative]
            # Parts of a compound or words of a phrase count only next to each other.
            options.append(quoted[0] if len(quoted) == 1 else f"NEAR({' '.join(quoted)}, 0)")
        return "(" + " OR ".join(options) + ")"

    def _fts_words(self, terms, level):
        groups = [
            "(" + " AND ".join(self._fts_term(t) for t in group) + ")"
            for group in groups_of_words(terms, level)
        ]
        return "{terms_title terms_keywords terms_text} : (" + " OR ".join(groups) + ")"

    def _sqlite_text(self, kinds, language, terms, level, limit, required=()):
        expression = self._fts_words(terms, level) + _sqlite_required(required)
        kind_sql = ", ".join(["%s"] * len(kinds))
        # Table names are ours; the visitor's words are only in the bound MATCH expression.
        sql = (
            "SELECT d.kind, d.object_id, -bm25(search_document_fts, 6.0, 3.0, 1.0, 0), d.facets "  # noqa: S608 (our own table names and placeholders only)
            "FROM search_document_fts JOIN search_searchdocument d "
            "ON d.id = search_document_fts.rowid "
            f"WHERE search_document_fts MATCH %s AND d.language = %s AND d.kind IN ({kind_sql}) "
            "ORDER BY bm25(search_document_fts, 6.0, 3.0, 1.0, 0) LIMIT %s"
        )
        return sql, [expression, language, *kinds, limit]

    @staticmethod
    def _ts_term(term):
        options = []
        for alternative in term.alternatives:
            quoted = [f"'{t}'" for t in alternative]
            if len(quoted) == 1:
                options.append(quoted[0])
                continue
            # Next to each other, in either order: compound parts, phrases.
            near = [" <-> ".join(quoted), " <-> ".join(quoted[::-1])]
            options.append("(" + " | ".join(f"({n})" for n in near) + ")")
        return "(" + " | ".join(options) + ")"

    def _ts_words(self, terms, level):
        groups = [
            "(" + " & ".join(self._ts_term(t) for t in group) + ")"
            for group in groups_of_words(terms, level)
        ]
        return " | ".join(groups)

    def _postgres_text(self, kinds, language, terms, level, limit, required=()):
        expression = self._ts_words(terms, level)
        kind_sql = ", ".join(["%s"] * len(kinds))
        # The facet tokens live in their own column; chosen filters must all be there.
        facet_sql, facet_params = "", []
        if required:
            facet_sql = "AND d.facet_vector @@ to_tsquery('simple', %s) "
            facet_params = [" & ".join(chosen_tokens(required))]
        # Weights {D, C, B, A}: title (A) counts most, then keywords, then the text. Rank
        # normalisation 1 divides by the document length's logarithm, as BM25 does.
        sql = (
            "SELECT d.kind, d.object_id, ts_rank_cd('{0, 0.2, 0.5, 1.0}', d.vector, q, 1), "  # noqa: S608 (our own table names and placeholders only)
            "d.facets FROM search_searchdocument d, to_tsquery('simple', %s) q "
            f"WHERE d.vector @@ q AND d.language = %s AND d.kind IN ({kind_sql}) {facet_sql}"
            "ORDER BY 3 DESC, d.id LIMIT %s"
        )
        return sql, [expression, language, *kinds, *facet_params, limit]

    def _portable_text(self, kinds, language, terms, level, limit, required=()):
        """Other databases (not used in production): substring matches, no ranking."""
        query = Q()
        for group in groups_of_words(terms, level):
            part = Q()
            for term in group:
                part &= Q(terms_title__contains=term.alternatives[0][0]) | Q(
                    terms_text__contains=term.alternatives[0][0]
                )
            query |= part
        rows = SearchDocument.objects.filter(
            query, _portable_required(required), language=language, kind__in=kinds
        )
        return [
            Candidate(kind, pk, 1.0, facets)
            for kind, pk, facets in rows.values_list("kind", "object_id", "facets")[:limit]
        ]

    # --- every match ----------------------------------------------------------------------

    def match_ids(self, kind, language, terms, level, tokens, limit, required=None):
        """Ids of up to `limit` things that match the words at `level` or have any of the
        understood facet tokens: the whole set the ranked best come from, ids only, unranked
        (no score is computed)."""
        if not terms and not tokens:
            return []
        if self.vendor == "sqlite":
            either = []
            if terms:
                either.append("(" + self._fts_words(terms, level) + ")")
            if tokens:
                either.append("({facet_terms} : (" + " OR ".join(f'"{t}"' for t in tokens) + "))")
            expression = "(" + " OR ".join(either) + ")" + _sqlite_required(required)
            sql = (
                "SELECT d.object_id FROM search_document_fts JOIN search_searchdocument d "
                "ON d.id = search_document_fts.rowid "
                "WHERE search_document_fts MATCH %s AND d.language = %s AND d.kind = %s LIMIT %s"
            )
            return self._ids(sql, [expression, language, kind, limit])
        if self.vendor == "postgresql":
            either, params = [], []
            if terms:
                either.append("d.vector @@ to_tsquery('simple', %s)")
                params.append(self._ts_words(terms, level))
            if tokens:
                either.append("d.facet_vector @@ to_tsquery('simple', %s)")
                params.append(" | ".join(tokens))
            facet_sql = ""
            if required:
                facet_sql = "AND d.facet_vector @@ to_tsquery('simple', %s) "
                params.append(" & ".join(chosen_tokens(required)))
            sql = (
                "SELECT d.object_id FROM search_searchdocument d "  # noqa: S608 (our own SQL; words are bound)
                f"WHERE ({' OR '.join(either)}) {facet_sql}AND d.language = %s AND d.kind = %s "
                "LIMIT %s"
            )
            return self._ids(sql, [*params, language, kind, limit])
        seen = dict.fromkeys(
            row.object_id
            for row in self.text([kind], language, terms, level, limit=limit, required=required)
        )
        if len(seen) < limit:
            for row in self.structured([kind], language, tokens, limit=limit, required=required):
                seen.setdefault(row.object_id)
        return list(seen)[:limit]

    # --- counting -------------------------------------------------------------------------

    COUNT_LIMIT = 1000

    def facet_counts(self, kind, language, terms, level, tokens, facets, filters):
        """Counted over up to COUNT_LIMIT candidates (words and understood facets), without
        the filters, so each facet can be counted with the others applied."""
        seen = {}
        for row in self.text([kind], language, terms, level, limit=self.COUNT_LIMIT):
            seen.setdefault(row.object_id, row)
        for row in self.structured([kind], language, tokens, limit=self.COUNT_LIMIT):
            seen.setdefault(row.object_id, row)
        return count_facets(list(seen.values()), facets, filters)

    # --- suggestions ---------------------------------------------------------------------

    def suggest(self, kinds, language, typed, limit):
        """(kind, object_id) of titles with a word starting with each typed word."""
        folded = [analysis.fold(w) for w in analysis.words(typed)]
        if not folded:
            return []
        query = Q()
        for word in folded:
            query &= Q(title_folded__startswith=word) | Q(title_folded__contains=" " + word)
        rows = (
            SearchDocument.objects.filter(query, language=language, kind__in=kinds)
            .order_by("title_folded")
            .values_list("kind", "object_id")
        )
        return list(rows[:limit])


def vocabulary_key(language):
    return f"search:vocabulary:{language}"


_vocabularies = {}  # {language: (stamp, words, words by first letter)}, per process


def vocabulary(language):
    """(every analysed word in the index, the same by first letter), for spelling help.

    Kept in this process while the stamp in the shared cache stays the same; index.write
    deletes the stamp when the index of that language changes, so every process reads anew.
    """
    key = vocabulary_key(language)
    stamp = cache.get(key)
    held = _vocabularies.get(language)
    if stamp is not None and held and held[0] == stamp:
        return held[1], held[2]
    words = set()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                cursor.execute(
                    "SELECT term FROM search_document_vocab "
                    "WHERE term NOT LIKE 'zz%' AND term NOT LIKE 'zx%'"
                )
            elif connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT word FROM ts_stat($$SELECT vector FROM search_searchdocument "  # noqa: S608 (our own table names and placeholders only)
                    "WHERE language = '" + language.replace("'", "") + "'$$)"
                )
            else:
                cursor.execute("SELECT terms_title || ' ' || terms_text FROM search_searchdocument")
            for (term,) in cursor.fetchall():
                words.update(term.split())
    except DatabaseError:
        logger.warning("Could not read the search vocabulary", exc_info=True)
    by_start = {}
    for word in words:
        by_start.setdefault(word[:1], []).append(word)
    stamp = uuid.uuid4().hex
    cache.set(key, stamp, 3600)
    _vocabularies[language] = (stamp, words, by_start)
    return words, by_start
