import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.models import FooterText, Menu

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _site_home(request, language_code):
    site = Site.find_for_request(request)
    if not site:
        return None
    home = site.root_page
    try:
        return home.get_translation(Locale.objects.get(language_code=language_code))
    except (Page.DoesNotExist, Locale.DoesNotExist):
        return home


def subpath(request, page):
    """What follows a routable page's own URL: "thema/geld/" on a kennisbank theme, a maker's slug.

    Sub-routes use the same path in every language, so a translation's URL plus this subpath is
    the same view in that language (an untranslated maker shows its Dutch profile there).
    """
    page_url = page.get_url(request) or ""
    if page_url and request.path.startswith(page_url):
        return request.path[len(page_url) :]
    return ""


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language. For a page: its translation, or that language's home page."""
    request = context["request"]
    current = get_language()
    translations = {}
    suffix = ""
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        suffix = subpath(request, page)
    links = []
    for code, name in settings.LANGUAGES:
        fallback = False
        if page is not None and isinstance(page, Page):
            target = translations.get(code)
            if target is None:
                fallback = True
                home = _site_home(request, code)
                url = (home.get_url(request) if home else f"/{code}/") + "?untranslated=1"
            else:
                url = target.get_url(request) + suffix
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "fallback": fallback,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def hreflang_links(context, page):
    """<link rel="alternate" hreflang> for every live translation, plus x-default (Dutch)."""
    request = context["request"]
    if not isinstance(page, Page):
        return ""
    tags = []
    default_url = None
    suffix = subpath(context["request"], page)
    for translation in page.get_translations(inclusive=True).live().select_related("locale"):
        url = translation.get_full_url(request) + suffix
        code = translation.locale.language_code
        if code == settings.LANGUAGE_CODE:
            default_url = url
        tags.append(format_html('<link rel="alternate" hreflang="{}" href="{}">', code, url))
    if default_url:
        tags.append(
            format_html('<link rel="alternate" hreflang="x-default" href="{}">', default_url)
        )
    return mark_safe("\n".join(tags))  # noqa: S308 - every part is escaped by format_html


@register.simple_tag(takes_context=True)
def menu_items(context, handle):
    """Menu items as (title, url, active) in the visitor's language; untranslated pages stay Dutch."""
    request = context["request"]
    current_page = context.get("page")
    menu = Menu.objects.filter(handle=handle).prefetch_related("items__page").first()
    if not menu:
        return []
    chosen = [item.page for item in menu.items.all()]
    # Every item's translation in one query (Page.localized costs a query or two per item).
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale=Locale.get_active(),
            translation_key__in=[page.translation_key for page in chosen],
        )
    }
    items = []
    for page in chosen:
        page = translated.get(page.translation_key, page)
        if not page.live:
            continue
        active = isinstance(current_page, Page) and (
            current_page.pk == page.pk or current_page.path.startswith(page.path)
        )
        items.append({"title": page.title, "url": page.get_url(request), "active": active})
    return items


@register.simple_tag
def footer_text():
    locale = Locale.get_active()
    text = FooterText.objects.filter(locale=locale).first()
    if text is None:
        text = FooterText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    return text


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """schema.org JSON-LD. `<`, `>` and `&` are escaped so the data cannot close the script tag."""
    if not hasattr(page, "get_json_ld"):
        return ""
    data = page.get_json_ld(context.get("request"))
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)
