"""The one search service: the directory, the open-data API, the kennisbank, the site search and
the suggestions all ask here.

    result = service.find("koor zoekt leden heerlen", "nl", kinds=["maker"])

1. understand the query (understanding.py): facets, places and the words left over;
2. match the words on the engine, widening step by step (all words, then all but one, then
   any) while fewer than WIDEN_BELOW things are found;
3. find what has the understood facet values (a region is its places; a town also finds its
   neighbours, lower);
4. rank both together: the text score (normalised per step) plus a weight per understood part;
5. when nothing at all is found, correct words that the index does not know and try again.

Elasticsearch is used when SEARCH_BACKEND says so; when it is down or slow, the database answers
(`degraded`), and Elasticsearch is skipped for a while (documents.mark_unavailable).
"""

import difflib
import logging
from dataclasses import dataclass, field

from . import analysis, registry, understanding
from .engines import ALL, ANY, MOST, DatabaseEngine, vocabulary

logger = logging.getLogger(__name__)

WIDEN_BELOW = 10
TEXT_WEIGHT = 3.0
# When facets or places were understood, they lead and the words sort within them.
TEXT_WEIGHT_UNDERSTOOD = 1.5
LEVEL_FACTOR = {ALL: 1.0, MOST: 0.6, ANY: 0.35}


@dataclass
class Ranked:
    object_id: int
    score: float
    facets: dict
    text_rank: int = 10**6


@dataclass
class Result:
    plan: understanding.Plan
    ranked: dict = field(default_factory=dict)  # {kind: [Ranked]} best first
    corrected: str = ""
    widened: str = ""  # "", MOST or ANY: how far the words were loosened
    degraded: bool = False
    engine: str = ""
    # What the words finally were and how loose, for counting facets over the same matches.
    terms: list = field(default_factory=list)
    level: str = ALL
    tokens: dict = field(default_factory=dict)  # {kind: facet tokens of what was understood}
    filters: dict = field(default_factory=dict)  # {kind: {facet: value}} the visitor chose
    searcher: object = field(default=None, repr=False)
    # Facet counts that came along with the last round, when they were asked for.
    counts: dict = field(default_factory=dict)

    def ids(self, kind):
        return [r.object_id for r in self.ranked.get(kind, [])]

    @property
    def words(self):
        """What to mark in snippets: the words searched and their stems (koren → koor), not
        their synonyms."""
        words = {analysis.fold(w) for w in self.plan.text_words}
        return words | {analysis.stem(w, self.plan.language) for w in self.plan.text_words}


def engine():
    """(engine, degraded): Elasticsearch when chosen and up, else the database."""
    from .index import elasticsearch_enabled

    if elasticsearch_enabled():
        from . import documents

        if documents.available():
            return documents.ElasticsearchEngine(), False
        return DatabaseEngine(), True
    return DatabaseEngine(), False


def find(raw, language, kinds=None, literal=False, groups=None, filters=None, count=None):
    """A `Result` for what a visitor typed, in `language`, over `kinds` (default: all).

    `filters` ({kind: {facet: value}}) are facet values the visitor chose; the engine keeps
    only the things of that kind whose owner gave them that value. `count`: a kind whose
    facets will be counted (facet_counts), which an engine may do in the same request."""
    kinds = kinds or registry.keys()
    filters = {kind: values for kind, values in (filters or {}).items() if values}

    def run(chosen):
        return _find(chosen, raw, language, kinds, literal, groups, filters, count)

    result, chosen, degraded = _with_fallback(run)
    result.degraded = degraded
    result.engine = chosen.name
    result.searcher = chosen
    return result


def _with_fallback(run):
    """(what run(engine) gave, the engine, degraded): the database answers when Elasticsearch
    fails, and Elasticsearch is skipped for a while."""
    chosen, degraded = engine()
    try:
        return run(chosen), chosen, degraded
    except Exception as error:  # noqa: BLE001 (only engine errors are caught, see below)
        from . import documents

        if not isinstance(chosen, documents.ElasticsearchEngine) or not isinstance(
            error, documents.SEARCH_ERRORS
        ):
            raise
        logger.warning("Elasticsearch failed; the database answers", exc_info=True)
        documents.mark_unavailable()
        chosen = DatabaseEngine()
        return run(chosen), chosen, True


def facet_counts(result, kind):
    """({facet: {value: count}}, total) for `kind` over the same matches as `result`: each
    facet counted with the other chosen filters applied (so its other options stay visible),
    the total with all of them. On Elasticsearch these are exact; the database engine counts
    its candidates."""
    facets = [facet.name for facet in registry.get(kind).facets]
    filters = result.filters.get(kind, {})
    if not result.terms and not result.tokens.get(kind):
        return {facet: {} for facet in facets}, 0
    if kind in result.counts:
        return result.counts[kind]

    return _again(
        result, lambda chosen: chosen.facet_counts(*_question(result, kind), facets, filters)
    )


def match_ids(result, kind, limit):
    """Ids of up to `limit` things of `kind` that match `result`'s question, in no order: all
    that `result.ranked` was chosen from (the ranked hold only the best few hundred)."""

    required = result.filters.get(kind, {})
    return _again(
        result, lambda chosen: chosen.match_ids(*_question(result, kind), limit, required=required)
    )


def _question(result, kind):
    """What `result` asked of the engine about `kind`: (kind, language, terms, level, tokens)."""
    return kind, result.plan.language, result.terms, result.level, result.tokens.get(kind, [])


def _again(result, run):
    """run(engine) on the engine that answered `result`; on the database if that failed."""
    if result.searcher is not None and not result.degraded:
        try:
            return run(result.searcher)
        except Exception as error:  # noqa: BLE001 (as in _with_fallback)
            from . import documents

            if not isinstance(error, documents.SEARCH_ERRORS):
                raise
            logger.warning("Elasticsearch failed after the search", exc_info=True)
            documents.mark_unavailable()
            result.degraded = True
    return run(DatabaseEngine())


def synonym_groups():
    """Editors' synonyms and the kinds' own (words for the same thing in nl, en and de)."""
    from .models import SearchSynonym

    groups = list(SearchSynonym.objects.groups())
    for kind in registry.kinds():
        groups += kind.synonyms()
    return groups


@dataclass
class Along:
    """What goes along with the first round of words, in the same request: the understood
    facets per kind (`asked` → `fetched`) and the facet counts of one kind (`counting` →
    `counted`, (terms, level, counts), usable only if the words stay as they were)."""

    asked: dict = field(default_factory=dict)  # {kind: (tokens, required)}
    fetched: dict = field(default_factory=dict)  # {kind: [Candidate]}
    counting: tuple = None  # (kind, tokens, facets, filters)
    counted: tuple = None


def _find(chosen, raw, language, kinds, literal, groups, filters, count=None):
    groups = synonym_groups() if groups is None else groups
    plan = understanding.understand(raw, language, literal=literal)
    result = Result(plan=plan, filters=filters)
    terms = analysis.query_terms(plan.text_words, language, groups)
    result.terms = terms
    text = {}
    along = Along()
    for kind in kinds:
        tokens = structured_tokens(registry.get(kind), plan.wanted(kind))
        if tokens:
            along.asked[kind] = (tokens, filters.get(kind, {}))
    if count:
        facets = [facet.name for facet in registry.get(count).facets]
        tokens = along.asked.get(count, ([], {}))[0]
        along.counting = (count, tokens, facets, filters.get(count, {}))
    corrected_terms, corrected = correct(terms, language, groups) if terms else (None, "")
    if corrected_terms is not None:
        # Words the index does not know, replaced by ones it does; kept only if that finds more.
        text, result.widened = _text(chosen, kinds, language, corrected_terms, filters, along)
        if text:
            result.terms = corrected_terms
            result.corrected = display(corrected, language, text)
            plan.text_words = analysis.words(result.corrected)
            # Search again for the words as shown: their own forms and compound parts.
            shown = analysis.query_terms(plan.text_words, language, groups)
            again, widened = _text(chosen, kinds, language, shown, filters)
            if again:
                text, result.widened, result.terms = again, widened, shown
            # The corrected words may name an art form or an intent ("fotgraaf" → fotograaf).
            again = understanding.understand(result.corrected, language)
            known = {(u.facet, u.kind) for u in plan.understood}
            plan.understood += [u for u in again.understood if (u.facet, u.kind) not in known]
    if not text:
        text, result.widened = _text(chosen, kinds, language, terms, filters, along)
        result.terms = terms
    result.level = result.widened or ALL
    if along.counted and along.counted[0] is result.terms and along.counted[1] == result.level:
        result.counts[count] = along.counted[2]
    for kind in kinds:
        wanted = plan.wanted(kind)
        tokens = structured_tokens(registry.get(kind), wanted)
        result.tokens[kind] = tokens
        if kind in along.fetched and along.asked[kind][0] == tokens:
            found = along.fetched[kind]
        elif tokens:  # a correction understood more than the words as typed
            found = chosen.structured([kind], language, tokens, required=filters.get(kind, {}))
        else:
            found = []
        weight = TEXT_WEIGHT_UNDERSTOOD if wanted else TEXT_WEIGHT
        result.ranked[kind] = rank(text.get(kind, {}), found, wanted, registry.get(kind), weight)
    return result


def display(corrected, language, text):
    """The corrected query in words people write: an index term becomes a word from the found
    titles or text ("toneelverenig" → "toneelvereniging")."""
    from .models import SearchDocument

    firsts = [(kind, pk) for kind, rows in text.items() for pk in list(rows)[:5]][:10]
    rows = SearchDocument.objects.filter(
        language=language,
        kind__in={k for k, _pk in firsts},
        object_id__in=[pk for _k, pk in firsts],
    ).values_list("title", "keywords", "text")
    words = {}
    for row in rows:
        for word in analysis.words(" ".join(row)[:5000]):
            words.setdefault(analysis.stem(word, language), analysis.fold(word))
    shown = []
    for term in corrected.split():
        if term in words:
            shown.append(words[term])
        else:
            close = difflib.get_close_matches(term, list(words.values()), n=1, cutoff=0.6)
            shown.append(close[0] if close else term)
    return " ".join(shown)


def _text(chosen, kinds, language, terms, filters=None, along=None):
    """{kind: {object_id: (score, facets, rank)}} and how far the words had to be loosened.
    What `along` still asks goes with the first round, and its answers into `along`."""
    found, widened = {}, ""
    if not terms:
        return found, widened
    filters = filters or {}
    # Kinds without chosen filters share one query; a filtered kind gets its own.
    batches = [([k for k in kinds if k not in filters], {})]
    batches += [([k], filters[k]) for k in kinds if k in filters]
    levels = [ALL] if len(terms) == 1 else [ALL, MOST, ANY] if len(terms) >= 3 else [ALL, ANY]
    position = 0
    for level in levels:
        pending, counting = {}, None
        if along is not None:
            pending = {k: v for k, v in along.asked.items() if k not in along.fetched}
            counting, along.counting = along.counting, None
        rows, answers, counts = chosen.round(
            language, terms, level, [b for b in batches if b[0]], pending, counting
        )
        if along is not None:
            along.fetched.update(answers)
            if counts is not None:
                along.counted = (terms, level, counts)
        rows.sort(key=lambda row: -row.score)
        # One index and one ranking for every kind, so scores compare across kinds.
        best = max((row.score for row in rows), default=0) or 1.0
        added = False
        for row in rows:
            per_kind = found.setdefault(row.kind, {})
            if row.object_id in per_kind:
                continue
            share = row.score / best
            per_kind[row.object_id] = (LEVEL_FACTOR[level] * max(share, 0.05), row.facets, position)
            position += 1
            added = True
        if added and level != ALL:
            widened = level
        if sum(len(v) for v in found.values()) >= WIDEN_BELOW:
            break
    return found, widened


def structured_tokens(kind, wanted):
    """Facet tokens to fetch candidates by. Nearby places only raise the score of what is
    found anyway, so they are not fetched by themselves."""
    tokens = []
    for item in wanted:
        facet = kind.place_facet if item.facet == understanding.PLACE else item.facet
        if not facet:
            continue
        best = max(item.values.values(), default=0)
        tokens += [
            analysis.facet_token(facet, value)
            for value, share in item.values.items()
            if item.facet != understanding.PLACE or share >= best
        ]
    return list(dict.fromkeys(tokens))


def scorers(wanted, kind):
    """[(facet, {folded value: share}, weight)] for each understood part, folded once."""
    return [
        (
            kind.place_facet if item.facet == understanding.PLACE else item.facet,
            {analysis.fold(value): share for value, share in item.values.items()},
            item.weight,
        )
        for item in wanted
    ]


def structure_score(facets, prepared):
    """The understood parts a thing has: per part, its best value times the part's weight."""
    score = 0.0
    for facet, values, weight in prepared:
        have = facets.get(facet or "", {})
        if have:
            score += weight * max(
                (values.get(analysis.fold(value), 0) * w for value, w in have.items()), default=0
            )
    return score


def rank(text, structured, wanted, kind, text_weight=TEXT_WEIGHT):
    """[Ranked] best first: text and structure together."""
    rows = {}
    for object_id, (share, facets, position) in text.items():
        rows[object_id] = Ranked(object_id, text_weight * share, facets, position)
    for candidate in structured:
        rows.setdefault(candidate.object_id, Ranked(candidate.object_id, 0.0, candidate.facets))
    prepared = scorers(wanted, kind)
    for row in rows.values():
        row.score += structure_score(row.facets, prepared)
    return sorted(rows.values(), key=lambda r: (-r.score, r.text_rank, r.object_id))


def correct(terms, language, groups):
    """(terms, text) with each word the index does not know replaced by the closest one it
    knows, or (None, "") when no word needed or found a correction. A word found in the index
    is never replaced."""
    known, by_start = vocabulary(language)
    if not known:
        return None, ""
    words, changed = [], False
    for term in terms:
        stemmed = term.alternatives[0][0]
        # Known as typed, as a synonym or as compound parts: never replaced.
        is_known = any(all(t in known for t in alt) for alt in term.alternatives)
        if is_known or len(term.folded) < 3 or term.folded.isdigit():
            words.append(term.word)
            continue
        pool = [w for w in by_start.get(stemmed[:1], []) if abs(len(w) - len(stemmed)) <= 2]
        match = difflib.get_close_matches(stemmed, pool, n=1, cutoff=0.75)
        if match:
            words.append(match[0])
            changed = True
        else:
            words.append(term.word)
    if not changed:
        return None, ""
    text = " ".join(words)
    return analysis.query_terms(words, language, groups), text
