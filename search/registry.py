"""What apps make searchable: each kind registers here from its `AppConfig.ready()`.

`search` imports no app. An app describes a kind of thing (makers, kennisbank articles, pages;
events, rooms and calls next) by subclassing `SearchKind` in its own `search.py` and calling
`register()`. The engines, the index and the search page work on any registered kind.
"""

from dataclasses import dataclass, field

_kinds = {}


@dataclass
class Document:
    """One thing as the index holds it, in one language."""

    group: str  # stable across versions: a maker's translation key, a page's id
    object_id: int  # the version a visitor in this language sees
    title: str
    keywords: str = ""
    text: str = ""
    # {facet: {value: weight}}: 1.0 for what the owner filled in, less for what the text says.
    facets: dict = field(default_factory=dict)


@dataclass
class Facet:
    """A filter on the site search for one kind: `name` is also the query-string parameter."""

    name: str
    label: str


@dataclass
class Concept:
    """Words that mean a facet value: "zoekt leden" → offer=looking_for_members.

    `phrases` are per language; a phrase of several words matches those words in a row.
    `weight` says how much a match counts in the ranking. `keep_words` keeps the words in the
    text search as well (discipline words do; "zoekt leden" would only add noise).
    """

    facet: str
    value: str
    label: str
    phrases: dict
    weight: float = 1.5
    keep_words: bool = False
    # Numbers that mean this value ("mijn dochter van 8" → children): (lowest, highest).
    numbers: tuple = ()


class SearchKind:
    key = ""
    label = ""
    order = 100
    model = None
    facets: list = []
    # Facets that hold places (their values are place names, matched against regions).
    place_facet = None

    def documents(self, language, groups=None):
        """`Document`s of everything a visitor in `language` may find (only `groups` if given)."""
        raise NotImplementedError

    def groups_for(self, instance):
        """The document groups a changed object belongs to."""
        return [str(instance.pk)]

    def hits(self, pks, locale, request, forms):
        """{pk: search.kinds.Hit} for a page of results."""
        raise NotImplementedError

    def facet_labels(self, facet, locale):
        """{value: label} for a facet's values in the visitor's language ({} = the value itself)."""
        return {}

    def concepts(self, language):
        """`Concept`s that turn what visitors type into facet values."""
        return []

    def places(self):
        """Place names this kind's things are in (for understanding a query)."""
        return []

    def synonyms(self):
        """Groups of words that mean the same thing in any language (["fotograaf",
        "photographer", "Fotograf"]); editors' synonyms (models.SearchSynonym) come on top."""
        return []

    def handles_page(self, page_class):
        return False

    def browse_url(self, locale):
        """Where visitors can look through all things of this kind ("" if nowhere)."""
        return ""


def register(kind):
    _kinds[kind.key] = kind
    return kind


def kinds():
    """Every registered kind, in the order the site search shows them."""
    return sorted(_kinds.values(), key=lambda k: (k.order, k.key))


def get(key):
    return _kinds[key]


def keys():
    return [kind.key for kind in kinds()]


def kind_for_page(page_class):
    for kind in kinds():
        if kind.handles_page(page_class):
            return kind
    return None


def page_kinds():
    """Keys of the kinds whose things are Wagtail pages."""
    return [kind.key for kind in kinds() if getattr(kind, "is_page_kind", False)]
