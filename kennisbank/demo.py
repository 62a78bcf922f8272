"""Demo kennisbank: the index page, themes and articles in Dutch, English and German.

Like home.demo, every step first looks for what is there, so running it twice changes nothing.
"""

from datetime import date, timedelta

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from home.demo import LANGUAGES, SOURCE_LANGUAGE, ensure_locales, publish, to_wagtail_richtext
from home.models import HomePage, Menu, MenuItem

from . import demo_content as content
from .models import (
    ArticleDailyViews,
    KennisbankArticlePage,
    KennisbankIndexPage,
    KennisbankTheme,
    RelatedArticle,
)

INDEX = {
    "nl": {
        "slug": "kennisbank",
        "title": "Kennisbank",
        "intro": "Praktische antwoorden voor koren, bands, toneelclubs en andere groepen. Zoek op een vraag of kies een thema.",
        "search_description": "Antwoorden op praktische vragen van amateurkunstgroepen: geld, vrijwilligers, privacy, auteursrecht en meer.",
    },
    "en": {
        "slug": "knowledge-base",
        "title": "Knowledge base",
        "intro": "Practical answers for choirs, bands, theatre clubs and other groups. Search for a question or choose a theme.",
        "search_description": "Answers to practical questions from amateur arts groups: money, volunteers, privacy, copyright and more.",
    },
    "de": {
        "slug": "wissensbank",
        "title": "Wissensbank",
        "intro": "Praktische Antworten für Chöre, Bands, Theatergruppen und andere Gruppen. Sucht nach einer Frage oder wählt ein Thema.",
        "search_description": "Antworten auf praktische Fragen von Amateurgruppen: Geld, Ehrenamtliche, Datenschutz, Urheberrecht und mehr.",
    },
}

CONTENT_OWNER = {
    "nl": "Redactie kennisbank",
    "en": "Knowledge base editors",
    "de": "Redaktion Wissensbank",
}

# Made-up reading numbers over the last days, so "most read" has something to show.
DEMO_VIEWS = {
    "subsidie-aanvragen": 64,
    "muziek-spelen-buma-sena": 51,
    "vog-voor-vrijwilligers": 43,
    "fotos-en-videos-van-leden": 37,
    "vrijwilligers-vinden-en-houden": 29,
    "vereniging-of-stichting": 18,
}

# Editors and moderators manage themes and read the feedback report. Migration 0002 grants
# this too; the demo repeats it in case it created the groups after migrating.
GROUP_PERMISSIONS = [
    "add_kennisbanktheme",
    "change_kennisbanktheme",
    "delete_kennisbanktheme",
    "view_kennisbanktheme",
    "view_helpfulfeedback",
]


def ensure_themes(locales):
    """{theme slug: {language: theme}}"""
    themes = {}
    for order, spec in enumerate(content.THEMES):
        source = KennisbankTheme.objects.filter(
            locale=locales[SOURCE_LANGUAGE], slug=spec["slug"]
        ).first()
        if source is None:
            source = KennisbankTheme.objects.create(
                locale=locales[SOURCE_LANGUAGE],
                slug=spec["slug"],
                name=spec[SOURCE_LANGUAGE],
                description=spec["description"][SOURCE_LANGUAGE],
                sort_order=order,
            )
        themes[spec["slug"]] = {SOURCE_LANGUAGE: source}
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            translation = source.get_translation_or_none(locales[code])
            if translation is None:
                translation = source.copy_for_translation(locales[code])
                translation.name = spec[code]
                translation.description = spec["description"][code]
                translation.save()
            themes[spec["slug"]][code] = translation
    return themes


def ensure_index_pages(locales, stdout):
    home = HomePage.objects.get(locale=locales[SOURCE_LANGUAGE])
    source = home.get_children().type(KennisbankIndexPage).first()
    if source is None:
        source = KennisbankIndexPage(locale=locales[SOURCE_LANGUAGE], **INDEX[SOURCE_LANGUAGE])
        home.add_child(instance=source)
        publish(source)
        stdout.write(f"  page {source.url_path}")
    source = source.specific
    pages = {SOURCE_LANGUAGE: source}
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        translation = source.get_translation_or_none(locales[code])
        if translation is None:
            translation = source.copy_for_translation(locales[code])
            for name, value in INDEX[code].items():
                setattr(translation, name, value)
            translation.save()
            publish(translation)
        pages[code] = translation.specific
    return pages


def stream(blocks):
    """demo_content's (type, value) pairs as StreamField data."""
    result = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            value = to_wagtail_richtext(value)
        elif block_type == "faq":
            value = [
                {"question": item["question"], "answer": to_wagtail_richtext(item["answer"])}
                for item in value
            ]
        elif block_type == "steps":
            value = {"title": "", "style": "steps", "items": value}
        elif block_type == "links":
            value = [
                {"title": link["title"], "url": link["url"], "description": ""} for link in value
            ]
        result.append((block_type, value))
    return result


def fill_article(page, spec, code, themes):
    fields = spec[code]
    page.title = fields["title"]
    page.slug = fields["slug"]
    page.summary = fields["summary"]
    page.search_description = fields["search_description"]
    page.body = stream(fields["body"])
    page.last_checked = date.fromisoformat(spec["last_checked"])
    page.content_owner = CONTENT_OWNER[code]
    page.themes = [themes[slug][code] for slug in spec["themes"]]


def ensure_articles(locales, index_pages, themes, stdout):
    """{article key: {language: page}}. New Dutch articles are published once their links exist."""
    source_index = index_pages[SOURCE_LANGUAGE]
    existing = {
        page.slug: page
        for page in KennisbankArticlePage.objects.child_of(source_index).filter(
            locale=locales[SOURCE_LANGUAGE]
        )
    }
    articles, created = {}, []
    for spec in content.ARTICLES:
        page = existing.get(spec[SOURCE_LANGUAGE]["slug"])
        if page is None:
            page = KennisbankArticlePage(locale=locales[SOURCE_LANGUAGE])
            fill_article(page, spec, SOURCE_LANGUAGE, themes)
            page.tags.add(*spec["tags"])
            source_index.add_child(instance=page)
            created.append(spec)
            stdout.write(f"  article {page.url_path}")
        articles[spec["key"]] = {SOURCE_LANGUAGE: page}

    # Second pass: related articles can point at articles made later in the first pass.
    for spec in created:
        page = articles[spec["key"]][SOURCE_LANGUAGE]
        page.related_article_links = [
            RelatedArticle(article=articles[key][SOURCE_LANGUAGE]) for key in spec["related"]
        ]
        publish(page)

    for spec in content.ARTICLES:
        source = articles[spec["key"]][SOURCE_LANGUAGE]
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            translation = source.get_translation_or_none(locales[code])
            if translation is None:
                translation = source.copy_for_translation(locales[code])
                fill_article(translation, spec, code, themes)
                translation.save()
                publish(translation)
            articles[spec["key"]][code] = translation.specific
    return articles


def ensure_view_counts(articles):
    if ArticleDailyViews.objects.exists():
        return
    today = timezone.localdate()
    rows = []
    for key, total in DEMO_VIEWS.items():
        for code, page in articles[key].items():
            # Fewer readers in English and German; spread over the last three days.
            views = total if code == SOURCE_LANGUAGE else total // 3
            for days_ago in range(1, 4):
                rows.append(
                    ArticleDailyViews(
                        page=page, date=today - timedelta(days=days_ago), views=views // 3 + 1
                    )
                )
    ArticleDailyViews.objects.bulk_create(rows)


def ensure_menu_item(index_page):
    menu, _created = Menu.objects.get_or_create(handle=Menu.MAIN)
    if not menu.items.filter(page=index_page).exists():
        order = menu.items.count()
        MenuItem.objects.create(menu=menu, page=index_page, sort_order=order)


def ensure_group_permissions():
    permissions = Permission.objects.filter(
        content_type__app_label="kennisbank", codename__in=GROUP_PERMISSIONS
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


@transaction.atomic
def load(stdout):
    locales = ensure_locales()
    themes = ensure_themes(locales)
    index_pages = ensure_index_pages(locales, stdout)
    articles = ensure_articles(locales, index_pages, themes, stdout)
    ensure_view_counts(articles)
    ensure_menu_item(index_pages[SOURCE_LANGUAGE])
    ensure_group_permissions()
    return {"index_pages": index_pages, "themes": themes, "articles": articles}
