"""Public views of the makers directory, called from the routes of `MakersIndexPage`."""

import hashlib
import logging

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import Http404, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from home.client import client_ip, over_limit
from outbox import delivery
from search.understanding import chip_links, exact_link

from .directory import FLAGS, LETTERS, Directory, Filters
from .forms import ContactForm
from .models import LANGUAGE_CHOICES, Maker, MakerContactMessage, MakersIndexPage

logger = logging.getLogger(__name__)

CONTACT_LIMIT = 5  # messages per visitor per hour
CONTACT_WINDOW = 60 * 60
RELATED_COUNT = 4


def directory_view(request, index_page):
    filters, form = Filters.from_querydict(request.GET)
    directory = Directory(filters, locale=index_page.locale)
    page = directory.page
    context = {
        "directory": directory,
        "filters": filters,
        "form": form,
        "results": page,
        "cards": [card(directory, maker, index_page) for maker in page.object_list],
        "facets": directory.facets,
        "letters": directory.letters,
        "letter_choices": LETTERS,
        "active_filter_links": active_filter_links(request, filters, directory, index_page),
        "letter_off_url": url_without(request, index_page, "letter"),
        "sort": filters.effective_sort,
    }
    result = directory.search_result
    if result is not None:
        context["chips"] = chip_links(request, filters.q, result.plan.understood)
        context["exact_url"] = exact_link(request)
        context["corrected"] = result.corrected
    if page.paginator.count == 0:
        context["suggestion"] = directory.suggestion()
    return index_page.render(
        request, template="artists/makers_index_page.html", context_overrides=context
    )


def url_without(request, index_page, *names):
    query = request.GET.copy()
    for name in (*names, "page"):
        query.pop(name, None)
    encoded = query.urlencode()
    return index_page.url + (f"?{encoded}" if encoded else "")


def active_filter_links(request, filters, directory, index_page):
    """A "remove" link for each choice in use, labelled in the visitor's language."""
    disciplines = {slug: name for slug, name, _order in directory.discipline_names.values()}
    labels = {
        "discipline": lambda v: disciplines.get(v, v),
        "kind": lambda v: dict(Maker.KIND_CHOICES).get(v, v),
        "language": lambda v: dict(LANGUAGE_CHOICES).get(v, v),
        "letter": lambda v: _("Starts with %(letter)s") % {"letter": v},
        **{flag: (lambda v, label=label: label) for flag, label in FLAGS},
    }
    links = []
    if filters.q:
        links.append(
            {
                "label": _("Search: %(q)s") % {"q": filters.q},
                "url": url_without(request, index_page, "q"),
            }
        )
    for name, value in filters.active():
        label = labels.get(name, lambda v: v)(value)
        links.append({"label": label, "url": url_without(request, index_page, name)})
    return links


def card(directory, maker, index_page):
    return {
        "maker": maker,
        "url": profile_url(index_page, maker),
        "disciplines": directory.discipline_labels(maker),
        "photo": maker.first_photo,
        "fallback": maker.locale_id != directory.locale.pk,
        "language": maker.locale.language_code,
    }


def profile_url(index_page, maker):
    return index_page.url + profile_path(index_page, maker)


def profile_path(index_page, maker):
    """The profile's path below the directory page's own URL."""
    return index_page.reverse_subpage("profile", kwargs={"slug": maker.slug})


def find_maker(index_page, slug):
    """The live maker in the page's language, or the live Dutch one (with a note)."""
    locale = index_page.locale
    maker = Maker.objects.live().filter(slug=slug, locale=locale).first()
    if maker is not None:
        return maker, False
    if locale.language_code == settings.LANGUAGE_CODE:
        raise Http404
    source = (
        Maker.objects.live().filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if source is None:
        raise Http404
    translated = source.get_translations().filter(locale=locale, live=True).first()
    if translated is not None:
        # The translation got its own web address; send people there.
        raise _Redirect(profile_url(index_page, translated))
    return source, True


class _Redirect(Exception):
    def __init__(self, url):
        self.url = url


def profile_view(request, index_page, slug):
    try:
        maker, fallback = find_maker(index_page, slug)
    except _Redirect as redirect:
        return HttpResponseRedirect(redirect.url)
    form = ContactForm()
    status = 200
    if request.method == "POST" and maker.contact_email:
        form = ContactForm(request.POST)
        if form.is_valid():
            if form.is_spam:
                # Look the same to a robot as a real success, store nothing.
                return HttpResponseRedirect(profile_url(index_page, maker) + "?sent=1#contact")
            if rate_limited(request):
                form.add_error(
                    None,
                    _("You have sent many messages in a short time. Please try again in an hour."),
                )
                status = 429
            else:
                deliver_message(maker, form.cleaned_data, request)
                return HttpResponseRedirect(profile_url(index_page, maker) + "?sent=1#contact")
        else:
            status = 400
    index_page.current_maker = maker
    context = profile_context(request, maker, index_page, form=form, fallback=fallback)
    response = index_page.render(
        request, template="artists/maker_profile.html", context_overrides=context
    )
    response.status_code = status
    return response


def profile_context(request, maker, index_page, form=None, fallback=False, preview=False):
    if index_page is None:
        index_page = (
            MakersIndexPage.objects.filter(locale=maker.locale).first()
            or MakersIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
    locale = index_page.locale if index_page else maker.locale
    directory = Directory(Filters(), locale=locale)
    related = related_makers(maker, locale)
    return {
        "page": index_page,
        "maker": maker,
        "fallback": fallback,
        "preview": preview,
        "disciplines": directory.discipline_labels(maker),
        "photos": list(maker.photos.select_related("image")),
        "links": list(maker.links.all()),
        "tags": list(maker.tags.all()),
        "related": [card(directory, m, index_page) for m in related] if index_page else [],
        "contact_form": form or ContactForm(),
        "sent": request.GET.get("sent") == "1",
        "profile_url": profile_url(index_page, maker) if index_page else "",
        "maker_language": maker.locale.language_code,
        "language_choices": dict(maker._meta.get_field("languages").item_choices),
        "age_choices": dict(maker._meta.get_field("age_groups").item_choices),
    }


def related_makers(maker, locale):
    discipline_ids = [d.pk for d in maker.disciplines.all()]
    candidates = (
        Maker.objects.visible_in(locale)
        .exclude(translation_key=maker.translation_key)
        .filter(Q(disciplines__in=discipline_ids) | Q(city__iexact=maker.city or "\x00"))
        .annotate(
            same_city=Case(
                When(city__iexact=maker.city or "\x00", then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-same_city", "name")
        .distinct()
    )
    return list(Directory.with_card_data(candidates)[:RELATED_COUNT])


def client_key(request):
    address = client_ip(request)
    return "artists:contact:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def rate_limited(request):
    return over_limit(client_key(request), CONTACT_LIMIT, CONTACT_WINDOW)


def deliver_message(maker, data, request):
    message = MakerContactMessage.objects.create(
        maker=maker,
        sender_name=data["name"],
        sender_email=data["email"],
        message=data["message"],
        language=translation.get_language() or "",
    )
    # Makers write Dutch, so the e-mail around the message is in Dutch.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New message via %(site)s: %(name)s") % {
            "site": getattr(settings, "WAGTAIL_SITE_NAME", "Cultuurhuis"),
            "name": data["name"],
        }
        body = render_to_string(
            "artists/email/contact_message.txt", {"maker": maker, "message": message}
        )
    # Into the outbox, in this transaction: sent by the worker, retried if the server is down.
    delivery.send(subject, body, [maker.contact_email], kind="contact", reply_to=[data["email"]])
    message.emailed = True
    message.save(update_fields=["emailed"])
    return message
