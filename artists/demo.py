"""Demo makers: disciplines in three languages, 60+ fictional makers, a few translations, photos,
owners, and the directory page in every language. Running it twice changes nothing."""

import itertools

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from home.demo import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    ensure_locales,
    ensure_translation,
    make_image,
    publish,
)
from home.models import HomePage, Menu, MenuItem

from . import demo_content as content
from .models import Discipline, Maker, MakerLink, MakerOwner, MakerPhoto, MakersIndexPage


def ensure_disciplines(locales):
    by_slug = {}
    for order, (slug, *names) in enumerate(content.DISCIPLINES):
        names = dict(zip(["nl", "en", "de"], names, strict=True))
        source = Discipline.objects.filter(slug=slug, locale=locales[SOURCE_LANGUAGE]).first()
        if source is None:
            source = Discipline.objects.create(
                slug=slug,
                name=names[SOURCE_LANGUAGE],
                sort_order=order,
                locale=locales[SOURCE_LANGUAGE],
            )
        for code in LANGUAGES:
            if code != SOURCE_LANGUAGE and not source.has_translation(locales[code]):
                translation = source.copy_for_translation(locales[code])
                translation.name = names[code]
                translation.save()
        by_slug[slug] = source
    return by_slug


def ensure_index_pages(locales, stdout):
    home = HomePage.objects.get(locale=locales[SOURCE_LANGUAGE])
    index = MakersIndexPage.objects.filter(locale=locales[SOURCE_LANGUAGE]).first()
    if index is None:
        index = MakersIndexPage(
            locale=locales[SOURCE_LANGUAGE], **content.INDEX_PAGE[SOURCE_LANGUAGE]
        )
        home.add_child(instance=index)
        publish(index)
        stdout.write(f"  page {index.url_path}")
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE:
            ensure_translation(index, locales[code], content.INDEX_PAGE[code], {})
    menu = Menu.objects.filter(handle=Menu.MAIN).first()
    if menu and not menu.items.filter(page=index).exists():
        last = menu.items.order_by("-sort_order").first()
        MenuItem.objects.create(
            menu=menu, page=index, sort_order=(last.sort_order + 1) if last else 0
        )
    return index


def build_maker(spec, number, locale, disciplines):
    name, kind, discipline_slugs, town, tags, flags, languages, year, intro = spec
    neighbourhoods = content.TOWNS[town]
    maker = Maker(
        locale=locale,
        name=name,
        slug=slugify(name),
        kind=kind,
        intro=intro,
        description=f"<p>{intro}</p><p>Wil je meer weten? Stuur ons een bericht via het formulier.</p>",
        city=town,
        neighbourhood=neighbourhoods[number % len(neighbourhoods)],
        languages=languages.split(","),
        age_groups=["children", "youth"] if "jeugd" in tags or "kinderen" in tags else ["adults"],
        year_founded=year,
        looking_for_members="m" in flags,
        bookable="b" in flags,
        gives_lessons="l" in flags,
        website=f"https://{slugify(name)}.example/",
        # Fictional addresses on the reserved .example domain: demo mail never reaches anyone.
        contact_email=f"info@{slugify(name)}.example",
        rehearsal_place=f"Cultuurhuis, {town}"
        if number % 2
        else f"Wijkcentrum {neighbourhoods[0]}, {town}",
        external_id=f"demo-{number:03d}",
    )
    maker.save()
    maker.disciplines.set([disciplines[slug] for slug in discipline_slugs])
    maker.tags.set(tags)
    if number % 3 == 0:
        palette = content.PALETTES[number % len(content.PALETTES)]
        image = make_image(f"Demo: {name}", palette, size=(900, 600), seed=number)
        MakerPhoto.objects.create(
            maker=maker,
            image=image,
            alt_text=f"Vrolijke vormen in de kleuren van {name}",
            sort_order=0,
        )
    if number % 4 == 0:
        MakerLink.objects.create(
            maker=maker,
            label="Instagram",
            url=f"https://instagram.example/{slugify(name)}",
            sort_order=0,
        )
    return maker


def publish_maker(maker):
    maker.save_revision().publish()


def ensure_makers(locales, disciplines, stdout):
    created = 0
    makers = {}
    for number, spec in enumerate(content.MAKERS, start=1):
        maker = Maker.objects.filter(slug=slugify(spec[0]), locale=locales[SOURCE_LANGUAGE]).first()
        if maker is None:
            maker = build_maker(spec, number, locales[SOURCE_LANGUAGE], disciplines)
            publish_maker(maker)
            created += 1
        makers[spec[0]] = maker
    if created:
        stdout.write(f"  {created} makers")
    for name, texts in content.TRANSLATIONS.items():
        source = makers[name]
        for code, intro in texts.items():
            if source.has_translation(locales[code]):
                continue
            translation = source.copy_for_translation(locales[code])
            translation.intro = intro
            translation.description = f"<p>{intro}</p>"
            translation.save()
            publish_maker(translation)
    return makers


def ensure_owners(makers):
    User = get_user_model()
    for email, name in content.OWNERS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        for maker in itertools.chain([makers[name]], makers[name].get_translations()):
            MakerOwner.objects.get_or_create(
                maker=maker, user=user, defaults={"role": MakerOwner.OWNER}
            )


@transaction.atomic
def load(stdout):
    locales = ensure_locales()
    disciplines = ensure_disciplines(locales)
    index = ensure_index_pages(locales, stdout)
    makers = ensure_makers(locales, disciplines, stdout)
    ensure_owners(makers)
    return {"index": index, "makers": makers, "disciplines": disciplines}
