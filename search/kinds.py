"""What a search result looks like, whatever its kind, and a page of results as `Hit`s.

The kinds themselves (makers, articles, pages, ...) are registered in search/registry.py; each
turns its own ids into hits with a constant number of queries.
"""

from dataclasses import dataclass, field

from . import registry


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
        return registry.get(self.kind).label


def kind_choices():
    return [(kind.key, kind.label) for kind in registry.kinds()]


def build_hits(pairs, locale, request, forms, snippets=None):
    """`Hit`s for an ordered list of (kind, pk), keeping the order. `snippets` maps (kind, pk) to
    HTML an engine highlighted already."""
    snippets = snippets or {}
    hits = {}
    for kind in registry.kinds():
        wanted = [pk for k, pk in pairs if k == kind.key]
        if wanted:
            for pk, hit in kind.hits(wanted, locale, request, forms).items():
                if (kind.key, pk) in snippets:
                    hit.snippet = snippets[(kind.key, pk)]
                hits[(kind.key, pk)] = hit
    return [hits[pair] for pair in pairs if pair in hits]
