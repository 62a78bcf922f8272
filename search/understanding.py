"""What a visitor means: "koor zoekt leden in Parkstad" → discipline koor, looking for members,
places in Parkstad, and the words left over for the text search.

The same recogniser reads the things being indexed (index.py): a maker that writes "nieuwe
leden zijn welkom" but left the box unticked is still found, with less weight than one that
ticked it. Concepts come from the registered kinds (search/registry.py), places from the kinds
and the editors' regions (models.Region).
"""

import functools
from dataclasses import dataclass, field

from django.core.cache import cache

from . import analysis, registry

PLACE = "place"
REGION = "region"
PLACE_WEIGHT, NEARBY_WEIGHT = 2.0, 1.0
# A place someone names is a hard wish: it outweighs the words and the art form.
PLACE_FACTOR = 2.0
MAX_PHRASE = 4


@dataclass
class Understood:
    """One recognised part of the query: what it means and the words it came from."""

    facet: str
    values: dict  # {value: weight}: a region is several places
    label: str
    words: str  # as typed, so the chip can take exactly these words away
    weight: float = 1.5
    kind: str = ""  # the registry kind the concept belongs to ("" = any kind with places)


@dataclass
class Plan:
    raw: str
    language: str
    understood: list = field(default_factory=list)
    text_words: list = field(default_factory=list)  # the words left for the text search

    def wanted(self, kind_key):
        return [u for u in self.understood if u.kind in ("", kind_key)]


def _key(words, language):
    return tuple(analysis.stem(w, language) for w in words)


def lexicon(language):
    """{stemmed phrase: [(kind_key, Concept)]}, cached for ten minutes (and per version)."""
    cache_key = f"search:lexicon:{language}:{_version()}"
    table = _local.get(cache_key)
    if table is None:
        table = {}
        for kind in registry.kinds():
            for concept in kind.concepts(language):
                for phrase in concept.phrases.get(language, []) + concept.phrases.get("*", []):
                    key = _key(analysis.words(phrase), language)
                    if key:
                        table.setdefault(key, []).append((kind.key, concept))
        _local.clear()
        _local[cache_key] = table
    return table


_local = {}


def _version():
    """Changes when disciplines, synonyms or regions change (their save clears this key)."""
    version = cache.get("search:understanding-version")
    if version is None:
        version = 1
        cache.set("search:understanding-version", version, None)
    return version


def concepts_changed():
    try:
        cache.incr("search:understanding-version")
    except ValueError:
        cache.set("search:understanding-version", 2, None)
    places.cache_clear()


@functools.lru_cache(maxsize=4)
def places(version=None):
    """({folded place words: name}, {folded region words: (name, [places])}, {place: [regions]})."""
    from .models import Region

    towns = {}
    for kind in registry.kinds():
        for name in kind.places():
            if name:
                towns.setdefault(tuple(analysis.fold(w) for w in analysis.words(name)), name)
    regions, member_of = {}, {}
    for name, aliases, members in Region.objects.table():
        for alias in [name, *aliases]:
            regions[tuple(analysis.fold(w) for w in analysis.words(alias))] = (name, members)
        for member in members:
            member_of.setdefault(analysis.fold(member), []).append(name)
            towns.setdefault(tuple(analysis.fold(w) for w in analysis.words(member)), member)
    return towns, regions, member_of


def place_table():
    return places(_version())


def neighbours(place):
    """{other place: weight} of the regions `place` is in: the smallest region counts most
    (Kerkrade for Heerlen, both in Parkstad), a wider one less (Maastricht, in Zuid-Limburg)."""
    _towns, regions, member_of = place_table()
    containing = {}
    for region in member_of.get(analysis.fold(place), []):
        if analysis.fold(region) == analysis.fold(place):
            continue  # a town's own municipality: its villages count as the town itself
        for name, members in regions.values():
            if name == region:
                containing[name] = members
    found = {}
    for rank, (_name, members) in enumerate(sorted(containing.items(), key=lambda r: len(r[1]))):
        weight = NEARBY_WEIGHT if rank == 0 else NEARBY_WEIGHT / 2
        for member in members:
            if analysis.fold(member) != analysis.fold(place):
                found[member] = max(found.get(member, 0), weight)
    return found


def understand(raw, language, literal=False):
    """A `Plan` for what was typed. `literal` skips understanding (the visitor asked for it)."""
    typed = analysis.words(raw, limit=analysis.MAX_WORDS)
    plan = Plan(raw=raw, language=language)
    if literal:
        plan.text_words = typed
        return plan
    towns, regions, _member_of = place_table()
    table = lexicon(language)
    folded = [analysis.fold(w) for w in typed]
    stems = [analysis.stem(w, language) for w in typed]
    i = 0
    keep = []
    while i < len(typed):
        matched = False
        for size in range(min(MAX_PHRASE, len(typed) - i), 0, -1):
            words = tuple(folded[i : i + size])
            as_typed = " ".join(typed[i : i + size])
            if words in regions or words in towns:
                values, name = {}, ""
                if words in towns:
                    name = towns[words]
                    values = neighbours(name)
                if words in regions:
                    name, members = regions[words]
                    values |= dict.fromkeys(members, PLACE_WEIGHT)
                values[name] = PLACE_WEIGHT
                plan.understood.append(Understood(PLACE, values, name, as_typed, PLACE_FACTOR))
            elif tuple(stems[i : i + size]) in table:
                matches = table[tuple(stems[i : i + size])]
                for kind_key, concept in matches:
                    add_concept(plan, kind_key, concept, as_typed)
                if size == 1:
                    # "tekenles" is an art form, and its part "les" says lessons as well.
                    facets = {c.facet for _k, c in matches}
                    for part in analysis.compound_parts(typed[i], language):
                        for kind_key, concept in table.get((analysis.stem(part, language),), []):
                            if concept.facet not in facets:
                                add_concept(plan, kind_key, concept, as_typed, share=0.8)
                if any(c.keep_words for _k, c in matches):
                    keep += typed[i : i + size]
            else:
                continue
            matched = True
            i += size
            break
        if not matched:
            parts = analysis.compound_parts(typed[i], language)
            for part in parts:
                for kind_key, concept in table.get((analysis.stem(part, language),), []):
                    add_concept(plan, kind_key, concept, typed[i], share=0.8)
            keep.append(typed[i])
            i += 1
    ages = numbered(plan, typed, table)
    plan.text_words = [w for w in keep if not analysis.is_stopword(w, language) and w not in ages]
    return plan


def numbered(plan, typed, table):
    """Numbers that concepts claim (an age: "van 8" → children); they replace what the words
    alone said for the same facet ("zoon van 15" is young people, not a child)."""
    claimed = []
    concepts = list(
        {(k, c.facet, c.value): (k, c) for m in table.values() for k, c in m if c.numbers}.values()
    )
    for word in typed:
        if not word.isdigit() or not 0 < int(word) < 120:
            continue
        for kind_key, concept in concepts:
            low, high = concept.numbers
            if low <= int(word) <= high:
                plan.understood = [
                    u
                    for u in plan.understood
                    if not (u.facet == concept.facet and u.kind == kind_key)
                ]
                add_concept(plan, kind_key, concept, word)
                claimed.append(word)
    return claimed


def add_concept(plan, kind_key, concept, as_typed, share=1.0):
    for existing in plan.understood:
        if existing.facet == concept.facet and existing.kind == kind_key:
            if concept.value not in existing.values:
                existing.values[concept.value] = share
                existing.label = f"{existing.label}, {concept.label}"
            if as_typed not in existing.words.split(" · "):
                existing.words = f"{existing.words} · {as_typed}"
            return
    plan.understood.append(
        Understood(
            concept.facet,
            {concept.value: share},
            str(concept.label),
            as_typed,
            concept.weight,
            kind_key,
        )
    )


def infer_facets(text, language, kind_key):
    """{facet: {value: weight}} that a text itself says (index side), at `INFERRED` weight.

    The same word lists as for queries, read in one pass over the text's stems (no places: a
    text that names a town is not in that town).
    """
    table = lexicon(language)
    typed = analysis.words(text)[:MAX_TEXT_WORDS]
    stems = [analysis.stem(w, language) for w in typed]
    found = {}

    def note(matches, weight):
        for key, concept in matches:
            if key == kind_key:
                current = found.setdefault(concept.facet, {})
                current[concept.value] = max(current.get(concept.value, 0), weight)

    for i, word in enumerate(typed):
        for size in range(1, MAX_PHRASE + 1):
            matches = table.get(tuple(stems[i : i + size]))
            if matches:
                note(matches, INFERRED)
        for part in analysis.compound_parts(word, language):
            note(table.get((analysis.stem(part, language),), ()), INFERRED * 0.8)
    return found


INFERRED = 0.6
MAX_TEXT_WORDS = 800


def without(raw, words):
    """`raw` with the given words taken out (each " · "-separated part, whole words only)."""
    import re

    result = raw
    for part in words.split(" · "):
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in part.split()) + r"(?!\w)"
        result = re.sub(pattern, " ", result, count=1, flags=re.IGNORECASE)
    return " ".join(result.split())


def chip_links(request, raw, understood):
    """[{label, url}] for each understood part: the link searches again without its words."""
    chips = []
    for item in understood:
        query = request.GET.copy()
        query.pop("page", None)
        rest = without(raw, item.words)
        if rest:
            query["q"] = rest
        else:
            query.pop("q", None)
        chips.append({"label": item.label, "facet": item.facet, "url": "?" + query.urlencode()})
    return chips


def exact_link(request):
    query = request.GET.copy()
    query.pop("page", None)
    query["exact"] = "1"
    return "?" + query.urlencode()
