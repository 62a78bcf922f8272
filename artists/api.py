"""Open data: `GET /api/v2/makers/`, published makers only, without private fields.

A plain Django view keeps the output small and the queries countable: one query per facet,
one for the page of makers and one per related list, whatever `limit` is.
"""

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale

from .directory import FLAG_NAMES, Directory, DirectoryForm, Filters
from .models import MakersIndexPage

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
IMAGE_SPEC = "fill-800x600"


class MakersApiForm(forms.Form):
    search = forms.CharField(max_length=200, required=False)
    discipline = forms.SlugField(max_length=80, required=False)
    tag = forms.CharField(max_length=100, required=False)
    city = forms.CharField(max_length=80, required=False)
    wijk = forms.CharField(max_length=80, required=False)
    kind = DirectoryForm.base_fields["kind"]
    language = DirectoryForm.base_fields["language"]
    looking_for_members = forms.NullBooleanField(required=False)
    bookable = forms.NullBooleanField(required=False)
    gives_lessons = forms.NullBooleanField(required=False)
    sort = forms.ChoiceField(
        choices=[("name", "name"), ("newest", "newest"), ("relevance", "relevance")], required=False
    )
    locale = forms.ChoiceField(choices=settings.LANGUAGES, required=False)
    limit = forms.IntegerField(min_value=1, max_value=MAX_LIMIT, required=False)
    # A ceiling keeps absurd offsets a clear 400 instead of a database overflow.
    offset = forms.IntegerField(min_value=0, max_value=1_000_000, required=False)

    BOOLEAN_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}

    def clean(self):
        cleaned = super().clean()
        for flag in FLAG_NAMES:
            raw = self.data.get(flag)
            if raw is not None and raw.lower() not in self.BOOLEAN_WORDS:
                self.add_error(flag, "Use true or false.")
            elif raw is not None:
                cleaned[flag] = self.BOOLEAN_WORDS[raw.lower()]
        return cleaned


def error_response(parameter, message, status=400):
    return JsonResponse(
        {"error": {"code": "invalid_parameter", "parameter": parameter, "message": message}},
        status=status,
    )


@require_GET
def makers(request):
    unknown = sorted(set(request.GET) - set(MakersApiForm.base_fields))
    if unknown:
        return error_response(
            unknown[0], f"Unknown parameter. Allowed: {', '.join(MakersApiForm.base_fields)}."
        )
    repeated = [name for name in request.GET if len(request.GET.getlist(name)) > 1]
    if repeated:
        return error_response(repeated[0], "Give this parameter once.")
    form = MakersApiForm(request.GET)
    # API errors are for developers: always in English, whatever the server's default language.
    with translation.override("en"):
        if not form.is_valid():
            parameter, errors = next(iter(form.errors.items()))
            return error_response(parameter, " ".join(str(e) for e in errors))
    data = form.cleaned_data
    language = data["locale"] or settings.LANGUAGE_CODE
    locale = Locale.objects.get(language_code=language)
    filters = Filters(
        q=data["search"],
        discipline=data["discipline"],
        tag=data["tag"],
        city=data["city"],
        wijk=data["wijk"],
        kind=data["kind"],
        language=data["language"],
        sort=data["sort"],
        **{flag: bool(data.get(flag)) for flag in FLAG_NAMES},
    )
    directory = Directory(filters, locale=locale)
    limit, offset = data["limit"] or DEFAULT_LIMIT, data["offset"] or 0
    total, page = directory.window(offset, limit)
    index_page = MakersIndexPage.objects.filter(locale=locale, live=True).first()
    base_url = index_page.get_full_url(request) if index_page else ""
    response = JsonResponse(
        {
            "meta": {
                "total_count": total,
                "limit": limit,
                "offset": offset,
                "locale": language,
                "facets": facets_for(directory),
                **searched_for(directory),
            },
            "items": [item(request, directory, maker, base_url) for maker in page],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    # Open data: any website may read it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def searched_for(directory):
    """What the search understood of `search` (facets, places) and a spelling it corrected."""
    result = directory.search_result
    if result is None:
        return {}
    return {
        "understood": [
            {"facet": u.facet, "label": str(u.label), "words": u.words, "values": sorted(u.values)}
            for u in result.plan.understood
        ],
        "corrected": result.corrected,
    }


def facets_for(directory):
    facets = directory.facets
    return {
        "discipline": {o["value"]: o["count"] for o in facets["discipline"]},
        "tag": {o["value"]: o["count"] for o in facets["tag"]},
        "city": {o["value"]: o["count"] for o in facets["city"]},
        "kind": {o["value"]: o["count"] for o in facets["kind"]},
        "language": {o["value"]: o["count"] for o in facets["language"]},
        **{o["value"]: o["count"] for o in facets["flags"]},
    }


def item(request, directory, maker, base_url):
    names = directory.discipline_names
    photo = maker.first_photo
    image_url = None
    if photo is not None:
        try:
            image_url = request.build_absolute_uri(photo.image.get_rendition(IMAGE_SPEC).url)
        except SourceImageIOError:
            image_url = None  # the file is missing on disk; leave the image out
    return {
        "id": maker.pk,
        "slug": maker.slug,
        "name": maker.name,
        "kind": maker.kind,
        "locale": maker.locale.language_code,
        "disciplines": [
            {"slug": names[d.pk][0], "name": str(names[d.pk][1])}
            for d in maker.disciplines.all()
            if d.pk in names
        ],
        "tags": sorted(tag.name for tag in maker.tags.all()),
        "city": maker.city,
        "neighbourhood": maker.neighbourhood,
        "looking_for_members": maker.looking_for_members,
        "bookable": maker.bookable,
        "gives_lessons": maker.gives_lessons,
        "wanted_parts": maker.wanted_parts_list,
        "url": f"{base_url}{maker.slug}/" if base_url else None,
        "intro": maker.intro,
        "image": image_url,
    }
