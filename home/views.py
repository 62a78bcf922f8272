from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_page
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site


@require_GET
@cache_page(60 * 15)
def sitemap(request):
    """All live pages in every language, each with its translations as hreflang alternates.

    Wagtail's own sitemap lists only one language and no alternates (wagtail#12420).
    """
    site = Site.find_for_request(request)
    # Pages of every language live under their own language's home page.
    home_pages = site.root_page.get_translations(inclusive=True) if site else Page.objects.none()
    pages = Page.objects.none()
    for home in home_pages:
        pages = pages | Page.objects.descendant_of(home, inclusive=True)
    pages = pages.live().public().select_related("locale").order_by("path")

    by_key = {}
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        entry = {"url": url, "lastmod": page.last_published_at, "key": page.translation_key}
        entry["language"] = page.locale.language_code
        entries.append(entry)
        by_key.setdefault(page.translation_key, []).append(entry)
    for entry in entries:
        entry["alternates"] = by_key[entry["key"]] if len(by_key[entry["key"]]) > 1 else []
    return render(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # Render without context processors that touch the database: it may be the cause.
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request_path": request.path}), status=500)
