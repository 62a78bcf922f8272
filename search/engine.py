"""The site search page's question and answer: what was asked (`SearchParams`), what was found
(`Outcome`), on top of the one search service (service.py).

Results of every registered kind are merged by score: all kinds share one index and one
ranking, so a maker's and an article's text scores compare; a maker also gains from what was
understood (discipline, place, intent). Facets are counted over the matches of a kind with the
other facets applied ("disjunctive"), the same on every engine.
"""

import math
from collections import Counter
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
        return max(1, math.ceil(self.total / PAGE_SIZE))

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


def explicit(facets, facet):
    """Values the owner chose (weight 1), not what the text only suggests."""
    return {value for value, weight in facets.get(facet, {}).items() if weight >= 1.0}


def filtered(kind, ranked, params, locale, outcome):
    """The kind's ranked matches with the chosen facets applied; counts every facet option."""
    labels = {f.name: kind.facet_labels(f.name, locale) for f in kind.facets}
    wanted = {}
    for facet in kind.facets:
        value = params.filters.get(facet.name, "")
        # A value the facet does not know (an old link, a typed URL) is ignored, not an error.
        known = labels[facet.name]
        wanted[facet.name] = value if not known or value in known else ""
    values = [{f: explicit(r.facets, f) for f in wanted} for r in ranked]

    def keeps(row_values, skip=None):
        return all(not v or v in row_values[f] for f, v in wanted.items() if f != skip)

    groups = []
    for facet in kind.facets:
        counts = Counter()
        for row_values in values:
            if keeps(row_values, skip=facet.name):
                counts.update(row_values[facet.name])
        options = facet_options(
            counts,
            labels[facet.name],
            wanted[facet.name],
            getattr(kind, "facet_order", lambda _f: None)(facet.name),
        )
        outcome.facets[facet.name] = options
        groups.append({"id": facet.name, "title": facet.label, "options": options})
    if params.kind == kind.key:
        outcome.facet_groups = groups
    if not any(wanted.values()):
        return ranked
    return [r for r, row_values in zip(ranked, values, strict=True) if keeps(row_values)]


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
    result = service.find(params.q, locale.language_code, literal=params.literal)
    outcome.engine, outcome.degraded = result.engine, result.degraded
    outcome.corrected = result.corrected
    outcome.loosened = bool(result.widened)
    outcome.understood = result.plan.understood
    outcome.kind_counts = {key: len(ranked) for key, ranked in result.ranked.items()}
    chosen = {}
    for kind in registry.kinds():
        chosen[kind.key] = filtered(kind, result.ranked.get(kind.key, []), params, locale, outcome)
    if params.kind:
        merged = [(params.kind, row.object_id) for row in chosen[params.kind]]
    else:
        merged = merge(chosen)
    outcome.total = len(merged)
    start = (params.page - 1) * PAGE_SIZE
    outcome.hits = build_hits(merged[start : start + PAGE_SIZE], locale, request, result.words)
    return outcome
