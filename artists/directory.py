"""The query behind the public directory and the open-data API.

Everything a visitor chooses lives in the query string, so a URL is a bookmark. Facet counts are
"disjunctive": the count next to a discipline says how many makers you would see if you picked
that discipline instead, with all other filters kept. Each facet is one grouped query, so the
number of queries does not grow with the page size or the number of makers.
"""

import hashlib
import logging
import string
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max, Prefetch, Q
from django.db.models.functions import Substr, Upper
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import LANGUAGE_CHOICES, Discipline, Maker, MakerPhoto

logger = logging.getLogger(__name__)

PAGE_SIZE = 24
FACET_CACHE_SECONDS = 300
# At most this many search matches are used; a broader search should be narrowed with filters.
SEARCH_LIMIT = 1000
FLAGS = [
    ("looking_for_members", _("Looking for members")),
    ("bookable", _("Can be booked")),
    ("gives_lessons", _("Gives lessons or workshops")),
]
FLAG_NAMES = [name for name, _label in FLAGS]
SORT_CHOICES = [
    ("relevance", _("Best match")),
    ("name", _("A to Z")),
    ("newest", _("Newest first")),
]
LETTERS = list(string.ascii_uppercase)
OTHER_LETTER = "0-9"
THUMBNAIL = "fill-480x320"


class DirectoryForm(forms.Form):
    """The visitor's choices. Unknown values are errors (the API reports them as 400)."""

    q = forms.CharField(label=_("Search"), max_length=200, required=False, strip=True)
    discipline = forms.SlugField(label=_("Discipline"), max_length=80, required=False)
    tag = forms.CharField(label=_("Genre or keyword"), max_length=100, required=False)
    city = forms.CharField(label=_("Town or city"), max_length=80, required=False)
    wijk = forms.CharField(label=_("Neighbourhood"), max_length=80, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", "")] + Maker.KIND_CHOICES, required=False
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", "")] + LANGUAGE_CHOICES, required=False
    )
    looking_for_members = forms.BooleanField(required=False)
    bookable = forms.BooleanField(required=False)
    gives_lessons = forms.BooleanField(required=False)
    letter = forms.CharField(label=_("First letter"), max_length=3, required=False)
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    # "Search only for the words as typed": no facets or places read from the words.
    exact = forms.BooleanField(required=False)
    page = forms.IntegerField(min_value=1, required=False)

    FILTER_FIELDS = ["discipline", "tag", "city", "wijk", "kind", "language", *FLAG_NAMES, "letter"]

    def clean_letter(self):
        letter = self.cleaned_data["letter"].upper()
        if letter and letter not in LETTERS and letter != OTHER_LETTER:
            raise forms.ValidationError(_("Choose a letter from A to Z."), code="invalid_letter")
        return letter


@dataclass
class Filters:
    q: str = ""
    discipline: str = ""
    tag: str = ""
    city: str = ""
    wijk: str = ""
    kind: str = ""
    language: str = ""
    looking_for_members: bool = False
    bookable: bool = False
    gives_lessons: bool = False
    letter: str = ""
    sort: str = ""
    exact: bool = False
    page: int = 1
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_form(cls, form):
        data = {name: value for name, value in form.cleaned_data.items() if value not in (None,)}
        data["page"] = data.get("page") or 1
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @classmethod
    def from_querydict(cls, querydict):
        """Lenient parsing for the HTML page: a bad value is dropped, not an error page."""
        form = DirectoryForm(querydict)
        if form.is_valid():
            return cls.from_form(form), form
        cleaned = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
        cleaned["page"] = cleaned.get("page") or 1
        return cls(**{k: v for k, v in cleaned.items() if k in cls.__dataclass_fields__}), form

    def active(self):
        """(field, value) of every filter in use, in form order."""
        return [
            (name, getattr(self, name))
            for name in DirectoryForm.FILTER_FIELDS
            if getattr(self, name)
        ]

    @property
    def effective_sort(self):
        if self.sort == "relevance" and not self.q:
            return "name"
        return self.sort or ("relevance" if self.q else "name")


def apply_filters(queryset, filters, skip=()):
    if filters.discipline and "discipline" not in skip:
        queryset = queryset.filter(disciplines__slug=filters.discipline)
    if filters.tag and "tag" not in skip:
        queryset = queryset.filter(tags__name__iexact=filters.tag)
    if filters.city and "city" not in skip:
        queryset = queryset.filter(city__iexact=filters.city)
    if filters.wijk and "wijk" not in skip:
        queryset = queryset.filter(neighbourhood__iexact=filters.wijk)
    if filters.kind and "kind" not in skip:
        queryset = queryset.filter(kind=filters.kind)
    if filters.language and "language" not in skip:
        queryset = queryset.filter(languages__contains=f",{filters.language},")
    for flag in FLAG_NAMES:
        if getattr(filters, flag) and flag not in skip:
            queryset = queryset.filter(**{flag: True})
    if filters.letter and "letter" not in skip:
        if filters.letter == OTHER_LETTER:
            no_letter = Q()
            for letter in LETTERS:
                no_letter &= ~Q(name__istartswith=letter)
            queryset = queryset.filter(no_letter)
        else:
            queryset = queryset.filter(name__istartswith=filters.letter)
    return queryset


def search_ids(query, locale, literal=False):
    """(ids best first, the service's result) of live makers matching `query` in `locale`.

    The one search service (search/service.py) understands the query, matches on whichever
    engine is configured (falling back to the database), and ranks the best few hundred by
    relevance; every other match (service.match_ids) follows them. The directory's own filters
    are applied afterwards in SQL, keeping that order.
    """
    from search import service

    result = service.find(query, locale.language_code, kinds=["maker"], literal=literal)
    ranked = result.ids("maker")
    # The service ranks the best few hundred; every other match follows them.
    ids = list(dict.fromkeys(ranked + service.match_ids(result, "maker", SEARCH_LIMIT)))
    return ids[:SEARCH_LIMIT], result


def with_ids(queryset, ids):
    """`queryset.filter(pk__in=ids)` for up to SEARCH_LIMIT search results, without Django
    resolving each id as a parameter (about 0.1 ms an id: a tenth of a second for 1,000).
    The ids are integers from our own index, written into the SQL as such."""
    if not ids:
        return queryset.none()
    table = queryset.model._meta.db_table
    listed = ",".join(str(int(pk)) for pk in ids)
    return queryset.extra(where=[f'"{table}"."id" IN ({listed})'])  # noqa: S610 (integers only)


class Directory:
    """One directory request: the filters, the visible makers in a locale, facets and a page."""

    def __init__(self, filters, locale=None, page_size=None):
        self.filters = filters
        self.locale = locale or Locale.get_active()
        self.page_size = page_size or PAGE_SIZE

    @cached_property
    def source_locale(self):
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self.locale
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    @cached_property
    def searched(self):
        if not self.filters.q:
            return None, None
        return search_ids(self.filters.q, self.locale, literal=self.filters.exact)

    @property
    def ranked_ids(self):
        return self.searched[0]

    @property
    def search_result(self):
        return self.searched[1]

    def ordered(self, queryset):
        """The matching ids left after the filters, in the search's order."""
        keep = set(queryset.values_list("pk", flat=True))
        return [pk for pk in self.ranked_ids if pk in keep]

    def base(self):
        queryset = Maker.objects.visible_in(self.locale)
        if self.ranked_ids is not None:
            queryset = with_ids(queryset, self.ranked_ids)
        return queryset

    def results_queryset(self, skip=()):
        return apply_filters(self.base(), self.filters, skip=skip)

    # --- the page of results -------------------------------------------------------------

    @cached_property
    def page(self):
        queryset = self.results_queryset()
        sort = self.filters.effective_sort
        if sort == "relevance":
            # Keep the search's order; fetch one page of makers.
            ordered = self.ordered(queryset)
            paginator = Paginator(ordered, self.page_size)
            page = paginator.get_page(self.filters.page)
            by_id = {
                m.pk: m
                for m in self.with_card_data(Maker.objects.filter(pk__in=list(page.object_list)))
            }
            page.object_list = [by_id[pk] for pk in page.object_list if pk in by_id]
            return page
        ordering = ["-first_published_at", "-pk"] if sort == "newest" else ["name", "pk"]
        paginator = Paginator(self.with_card_data(queryset.order_by(*ordering)), self.page_size)
        return paginator.get_page(self.filters.page)

    def window(self, offset, limit):
        """(total, makers) for an offset/limit slice, in the chosen order (for the API)."""
        queryset = self.results_queryset()
        if self.filters.effective_sort == "relevance":
            ordered = self.ordered(queryset)
            wanted = ordered[offset : offset + limit]
            by_id = {m.pk: m for m in self.with_card_data(Maker.objects.filter(pk__in=wanted))}
            return len(ordered), [by_id[pk] for pk in wanted if pk in by_id]
        ordering = (
            ["-first_published_at", "-pk"]
            if self.filters.effective_sort == "newest"
            else ["name", "pk"]
        )
        total = queryset.count()
        makers = list(self.with_card_data(queryset.order_by(*ordering))[offset : offset + limit])
        return total, makers

    @staticmethod
    def with_card_data(queryset):
        photos = MakerPhoto.objects.select_related("image").prefetch_related("image__renditions")
        return queryset.select_related("locale").prefetch_related(
            "disciplines", "tags", Prefetch("photos", queryset=photos)
        )

    @property
    def total(self):
        return self.page.paginator.count

    # --- names of disciplines in the visitor's language ------------------------------------

    @cached_property
    def discipline_names(self):
        """Dutch discipline id -> (slug, name in the visitor's language); one query."""
        rows = Discipline.objects.filter(locale__in={self.locale, self.source_locale}).values(
            "pk", "slug", "name", "translation_key", "locale_id", "sort_order"
        )
        local = {r["translation_key"]: r["name"] for r in rows if r["locale_id"] == self.locale.pk}
        return {
            r["pk"]: (r["slug"], local.get(r["translation_key"], r["name"]), r["sort_order"])
            for r in rows
            if r["locale_id"] == self.source_locale.pk
        }

    def discipline_labels(self, maker):
        names = self.discipline_names
        return [names[d.pk][1] for d in maker.disciplines.all() if d.pk in names]

    # --- facets ---------------------------------------------------------------------------

    def _grouped(self, facet, field_name):
        queryset = self.results_queryset(skip={facet}).filter(**{f"{field_name}__gt": ""})
        return list(queryset.order_by().values_list(field_name).annotate(n=Count("pk")))

    @cached_property
    def data_version(self):
        """A fingerprint of the live makers: any publish, unpublish or delete changes it.

        Facet counts are cached under it, so they are never stale after a change, also when a
        test rolls a transaction back. Renamed disciplines or tags show after FACET_CACHE_SECONDS.
        """
        version = Maker.objects.aggregate(
            live=Count("pk", filter=Q(live=True)),
            published=Max("last_published_at"),
            newest=Max("pk"),
        )
        return "|".join(str(value) for value in version.values())

    def cache_key(self, part):
        f = self.filters
        state = [
            self.data_version,
            f.q,
            *(str(getattr(f, name)) for name in DirectoryForm.FILTER_FIELDS),
        ]
        digest = hashlib.sha256("\x1f".join(state).encode()).hexdigest()[:40]
        return f"artists:{part}:{self.locale.pk}:{digest}"

    @cached_property
    def facets(self):
        return cache.get_or_set(self.cache_key("facets"), self._facets, FACET_CACHE_SECONDS)

    def _facets(self):
        f = self.filters
        disciplines = dict(
            self.results_queryset(skip={"discipline"})
            .filter(disciplines__isnull=False)
            .order_by()
            .values_list("disciplines")
            .annotate(n=Count("pk"))
        )
        discipline_options = sorted(
            (
                {"value": slug, "label": name, "count": disciplines.get(pk, 0), "order": order}
                for pk, (slug, name, order) in self.discipline_names.items()
            ),
            key=lambda o: (o["order"], str(o["label"])),
        )
        tags = sorted(self._grouped("tag", "tags__name"), key=lambda r: (-r[1], r[0].lower()))
        cities = sorted(self._grouped("city", "city"), key=lambda r: r[0].lower())
        kinds = dict(self._grouped("kind", "kind"))
        wijken = []
        if f.city:
            wijken = sorted(self._grouped("wijk", "neighbourhood"), key=lambda r: r[0].lower())
        language_counts = self.results_queryset(skip={"language"}).aggregate(
            **{
                code: Count("pk", filter=Q(languages__contains=f",{code},"))
                for code, _l in LANGUAGE_CHOICES
            }
        )
        flag_counts = self.results_queryset().aggregate(
            **{flag: Count("pk", filter=Q(**{flag: True})) for flag in FLAG_NAMES}
        )
        return {
            "discipline": [
                o for o in discipline_options if o["count"] or o["value"] == f.discipline
            ],
            "tag": [{"value": name, "label": name, "count": n} for name, n in tags[:30]],
            "city": [{"value": name, "label": name, "count": n} for name, n in cities],
            "wijk": [{"value": name, "label": name, "count": n} for name, n in wijken],
            "kind": [
                {"value": value, "label": label, "count": kinds.get(value, 0)}
                for value, label in Maker.KIND_CHOICES
            ],
            "language": [
                {"value": code, "label": label, "count": language_counts[code]}
                for code, label in LANGUAGE_CHOICES
                if language_counts[code] or code == f.language
            ],
            "flags": [
                {
                    "value": flag,
                    "label": label,
                    "count": flag_counts[flag],
                    "checked": getattr(f, flag),
                }
                for flag, label in FLAGS
            ],
        }

    @cached_property
    def letters(self):
        return cache.get_or_set(self.cache_key("letters"), self._letters, FACET_CACHE_SECONDS)

    def _letters(self):
        """The A–Z jump list: letters with makers link, others are shown but not linked."""
        counts = dict(
            self.results_queryset(skip={"letter"})
            .order_by()
            .annotate(first=Upper(Substr("name", 1, 1)))
            .values_list("first")
            .annotate(n=Count("pk"))
        )
        other = sum(n for letter, n in counts.items() if letter not in LETTERS)
        items = [{"letter": c, "count": counts.get(c, 0)} for c in LETTERS]
        items.append({"letter": OTHER_LETTER, "count": other})
        return items

    # --- help when nothing is found -------------------------------------------------------

    def suggestion(self):
        """A spelling the index knows, when the words as typed found nothing."""
        result = self.search_result
        if result is None or not self.filters.q:
            return None
        from search import service

        terms = service.analysis.query_terms(
            result.plan.text_words, self.locale.language_code, service.synonym_groups()
        )
        _terms, corrected = service.correct(terms, self.locale.language_code, ())
        return corrected or None
