"""The site search page's question and answer: what was asked (`SearchParams`), what was found
(`Outcome`), on top of the one search service (service.py).

Results of every registered kind are merged by score: all kinds share one index and one
ranking, so a maker's and an article's text scores compare; a maker also gains from what was
understood (discipline, place, intent). On a kind's tab its chosen filters are applied inside
the engine, and its facets are counted over all its matches with the other filters applied
("disjunctive"): exact on Elasticsearch, over the candidates on the database.
"""

import math
from dataclasses import dataclass, field

from . import registry, service
from .kinds import build_hits

PAGE_SIZE = 10


def facet_names():
    """{facet name: kind key} for every facet of every registered kind."""
    return {facet.name: kind.key for kind in registry.kinds() for facet in kind.facets}


@dataclass
class SearchParams:
    q: str = ""
    kind: str = ""
    filters: dict = field(default_factory=dict)
    page: int = 1
    literal: bool = False

    @classmethod
    def from_request(cls, request):
        get = request.GET
        try:
            page = max(1, min(int(get.get("page", 1)), 1000))
        except ValueError:
            page = 1
        kind = get.get("type", "")
        params = cls(
            q=" ".join(get.get("q", "").split())[:200],
            kind=kind if kind in registry.keys() else "",
            page=page,
            literal=get.get("exact") == "1",
        )
        owners = facet_names()
        for name, owner in owners.items():
            value = get.get(name, "")[:80]
            if value:
                params.filters[name] = value
                # A facet only makes sense among the things that have it.
                params.kind = owner
        return params

    def __getattr__(self, name):
        # Templates ask for params.discipline, params.theme, ...
        if name != "filters" and name in facet_names():
            return self.filters.get(name, "")
        raise AttributeError(name)


@dataclass
class Outcome:
    params: SearchParams
    hits: list = field(default_factory=list)
    total: int = 0
    available: int = 0  # how many of `total` can be paged through (the ranked best)
    kind_counts: dict = field(default_factory=dict)
    facets: dict = field(default_factory=dict)
    facet_groups: list = field(default_factory=list)
    understood: list = field(default_factory=list)
    corrected: str = ""
    loosened: bool = False
    degraded: bool = False
    engine: str = ""

    @property
    def all_count(self):
        return sum(self.kind_counts.values())

    @property
    def num_pages(self):
        return max(1, math.ceil(min(self.total, self.available or self.total) / PAGE_SIZE))

    @property
    def page_numbers(self):
        current, last = self.params.page, self.num_pages
        return [n for n in range(1, last + 1) if n in (1, last) or abs(n - current) <= 2]


def facet_options(counts, labels, selected, order=None):
    """[{value, label, count, selected}], by label (or in `order`)."""
    options = []
    values = list(order) if order else sorted(counts, key=lambda v: str(labels.get(v, v)).lower())
    for value in values:
        count = counts.get(value, 0)
        if count or value == selected:
            options.append(
                {
                    "value": value,
                    "label": labels.get(value, value),
                    "count": count,
                    "selected": value == selected,
                }
            )
    return options


def chosen_filters(kind, params, labels):
    """{facet: value} of the kind's filters in the query string. A value the facet does not
    know (an old link, a typed URL) is ignored, not an error."""
    wanted = {}
    for facet in kind.facets:
        value = params.filters.get(facet.name, "")
        known = labels[facet.name]
        if value and (not known or value in known):
            wanted[facet.name] = value
    return wanted


def facet_groups(kind, result, wanted, labels, outcome):
    """The kind's facets with their options counted (service.facet_counts); the total of
    matches with every chosen filter applied."""
    counts, total = service.facet_counts(result, kind.key)
    order = getattr(kind, "facet_order", lambda _f: None)
    groups = []
    for facet in kind.facets:
        options = facet_options(
            counts.get(facet.name, {}),
            labels[facet.name],
            wanted.get(facet.name, ""),
            order(facet.name),
        )
        outcome.facets[facet.name] = options
        groups.append({"id": facet.name, "title": facet.label, "options": options})
    outcome.facet_groups = groups
    return total


def merge(chosen):
    """All kinds in one list, best score first; on a tie the kinds' own order decides."""
    order = {kind.key: i for i, kind in enumerate(registry.kinds())}
    rows = []
    for key, ranked in chosen.items():
        for position, row in enumerate(ranked):
            rows.append((-row.score, position, order[key], key, row.object_id))
    rows.sort()
    return [(key, pk) for _s, _p, _o, key, pk in rows]


def run_search(params, locale, request):
    outcome = Outcome(params=params)
    if not params.q:
        return outcome
    shown = registry.get(params.kind) if params.kind else None
    labels, wanted = {}, {}
    if shown:
        # Facets are shown, and filters applied, only on the tab of their kind.
        labels = {f.name: shown.facet_labels(f.name, locale) for f in shown.facets}
        wanted = chosen_filters(shown, params, labels)
    result = service.find(
        params.q,
        locale.language_code,
        literal=params.literal,
        filters={shown.key: wanted} if shown else None,
        count=shown.key if shown else None,
    )
    outcome.corrected = result.corrected
    outcome.loosened = bool(result.widened)
    outcome.understood = result.plan.understood
    outcome.kind_counts = {key: len(ranked) for key, ranked in result.ranked.items()}
    if shown:
        merged = [(shown.key, row.object_id) for row in result.ranked.get(shown.key, [])]
        total = facet_groups(shown, result, wanted, labels, outcome)
        if not wanted:
            # The engine counted every match; the ranked list holds the best of them.
            outcome.kind_counts[shown.key] = max(total, len(merged))
    else:
        merged = merge(result.ranked)
    outcome.engine, outcome.degraded = result.engine, result.degraded
    outcome.total = outcome.available = len(merged)
    if shown:
        outcome.total = max(total, len(merged))
    start = (params.page - 1) * PAGE_SIZE
    outcome.hits = build_hits(merged[start : start + PAGE_SIZE], locale, request, result.words)
    return outcome
