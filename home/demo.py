"""Demo content for the culture house: users, images, pages in three languages, menus, settings.

Every step looks for what is already there first, so running it twice changes nothing.
"""

import io
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from . import demo_content as content
from .demo_logins import DEMO_USERS
from .models import FooterText, HomePage, IndexPage, Menu, MenuItem, SiteSettings, StandardPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.LANGUAGE_CODE


def to_wagtail_richtext(html):
    """Wagtail stores bold and italic as <b> and <i>."""
    html = re.sub(r"<(/?)strong>", r"<\1b>", html)
    return re.sub(r"<(/?)em>", r"<\1i>", html)


def make_image(title, colours, size=(1200, 630), seed=0):
    """Draw a simple abstract picture so the demo needs no downloads and copies no photos."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(canvas)
    width, height = size
    for i in range(6):
        radius = max(8, (height // 3) - i * (height // 35) + (seed * 7) % 40)
        x = (width * (i + 1 + seed)) // 7 % width
        y = height // 2 + ((-1) ** i) * (height // 5)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=colours[1 + i % (len(colours) - 1)],
        )
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{slug}.png"))


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def ensure_users(stdout):
    User = get_user_model()
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec["email"]).first()
        if user:
            continue
        # With production settings (load_demo --on-production) nobody gets a published password.
        password = spec["password"] if settings.DEMO_LOGINS_WITH_KNOWN_PASSWORDS else None
        if spec["role"] == "superuser":
            user = User.objects.create_superuser(email=spec["email"], password=password)
        else:
            user = User.objects.create_user(
                email=spec["email"],
                password=password,
                first_name=spec["first_name"],
                last_name=spec["last_name"],
                is_staff=False,
            )
        if spec["group"]:
            group, _created = Group.objects.get_or_create(name=spec["group"])
            user.groups.add(group)
        # The admin speaks Dutch to the demo users, whatever the browser asks for.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = SOURCE_LANGUAGE
        profile.save()
        stdout.write(f"  user {spec['email']} ({spec['role']})")


def set_body(page, blocks, pages_by_key, locale):
    stream = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            value = to_wagtail_richtext(value)
        elif block_type == "faq":
            value = [
                {"question": q["question"], "answer": to_wagtail_richtext(q["answer"])}
                for q in value
            ]
        elif block_type == "cta":
            target = pages_by_key.get(value["page"])
            value = {"text": value["text"], "page": target, "url": ""}
        stream.append((block_type, value))
    page.body = stream


def apply_fields(page, fields, pages_by_key, locale):
    for name in (
        "title",
        "seo_title",
        "search_description",
        "intro",
        "hero_title",
        "hero_text",
        "slug",
    ):
        if name in fields and hasattr(page, name):
            setattr(page, name, fields[name])
    set_body(page, fields.get("body", []), pages_by_key, locale)


def publish(page):
    page.save_revision().publish()


def ensure_home(locales, hero_image, stdout):
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    home = HomePage.objects.filter(locale=locales[SOURCE_LANGUAGE]).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            slug=SOURCE_LANGUAGE,
            locale=locales[SOURCE_LANGUAGE],
            hero_image=hero_image,
            social_image=hero_image,
        )
        apply_fields(home, content.HOME[SOURCE_LANGUAGE], {}, locales[SOURCE_LANGUAGE])
        home.slug = SOURCE_LANGUAGE
        root.add_child(instance=home)
        publish(home)
        old_root = site.root_page if site else None
        # Full URLs (canonical, hreflang, sitemap) point where `make run` serves the demo.
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = site or Site(is_default_site=True)
        site.hostname = base_url.hostname
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = content.SITE_NAME
        site.save()
        # Wagtail's installer leaves a "Welcome" page; it is not part of the demo.
        if old_root and old_root.pk != home.pk and not old_root.specific_class == HomePage:
            old_root.delete()
        stdout.write("  home page")
    return site, home


def ensure_translation(source, locale, fields, pages_by_key):
    existing = source.get_translation_or_none(locale)
    if existing:
        return existing.specific
    translation = source.copy_for_translation(locale)
    apply_fields(translation, fields, pages_by_key, locale)
    if isinstance(translation, HomePage):
        translation.slug = locale.language_code
    translation.save()
    publish(translation)
    return translation


def ensure_pages(home, specs, locales, pages_by_key, stdout, parent=None):
    parent = parent or home
    for spec in specs:
        nl = spec[SOURCE_LANGUAGE]
        page = parent.get_children().filter(slug=nl["slug"]).specific().first()
        if page is None:
            # A page with child pages becomes a section page that lists them.
            page_class = IndexPage if spec.get("children") else StandardPage
            page = page_class(locale=locales[SOURCE_LANGUAGE])
            apply_fields(page, nl, pages_by_key, locales[SOURCE_LANGUAGE])
            parent.add_child(instance=page)
            publish(page)
            stdout.write(f"  page {page.url_path}")
        pages_by_key[spec["key"]] = page
        ensure_pages(home, spec.get("children", []), locales, pages_by_key, stdout, parent=page)


def all_specs(specs):
    for spec in specs:
        yield spec
        yield from all_specs(spec.get("children", []))


def ensure_page_links_and_translations(home, locales, pages_by_key):
    """Second pass: buttons can point to pages created later; then translate top-down."""
    for spec in all_specs(content.PAGES):
        page = pages_by_key[spec["key"]]
        if not page.get_translations().exists():
            # Fill in the call-to-action links now that every page exists.
            set_body(
                page, spec[SOURCE_LANGUAGE].get("body", []), pages_by_key, locales[SOURCE_LANGUAGE]
            )
            publish(page)
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        ensure_translation(home, locales[code], content.HOME[code], pages_by_key)
        for spec in all_specs(content.PAGES):
            ensure_translation(pages_by_key[spec["key"]], locales[code], spec[code], pages_by_key)


def ensure_menus(pages_by_key):
    for handle, keys in ((Menu.MAIN, content.MAIN_MENU), (Menu.FOOTER, content.FOOTER_MENU)):
        menu, created = Menu.objects.get_or_create(handle=handle)
        if created:
            for order, key in enumerate(keys):
                MenuItem.objects.create(menu=menu, page=pages_by_key[key], sort_order=order)


def ensure_footer_texts(locales):
    source = FooterText.objects.filter(locale=locales[SOURCE_LANGUAGE]).first()
    if source is None:
        source = FooterText.objects.create(
            locale=locales[SOURCE_LANGUAGE], body=f"<p>{content.FOOTER_TEXT[SOURCE_LANGUAGE]}</p>"
        )
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE and not source.has_translation(locales[code]):
            translation = source.copy_for_translation(locales[code])
            translation.body = f"<p>{content.FOOTER_TEXT[code]}</p>"
            translation.save()


# Fictional contact details: the house number does not exist.
CONTACT = {
    "street_address": "Pancratiusplein 99",
    "postal_code": "6411 XX",
    "city": "Heerlen",
    "phone": "045 000 0000",
    "email": "info@deschakel.example",
    "instagram_url": "https://www.instagram.com/cultuurhuis.deschakel.example/",
    "mastodon_url": "https://mastodon.example/@deschakel",
}


def ensure_site_settings(site, logo):
    site_settings = SiteSettings.for_site(site)
    if not site_settings.organisation_name:
        contact = CONTACT
        site_settings.organisation_name = content.SITE_NAME
        site_settings.logo = logo
        for field in ("street_address", "postal_code", "city", "phone", "email"):
            setattr(site_settings, field, contact.get(field, ""))
        site_settings.instagram_url = contact.get("instagram_url", "")
        site_settings.mastodon_url = contact.get("mastodon_url", "")
        site_settings.save()


@transaction.atomic
def load(stdout):
    locales = ensure_locales()
    ensure_users(stdout)
    hero = make_image(
        "Demo: mensen maken samen muziek", ["#f4f1ea", "#8a1c4a", "#0b5566", "#e0a526"], seed=1
    )
    logo = make_image(
        "Demo: logo De Schakel", ["#ffffff", "#8a1c4a", "#0b5566"], size=(96, 96), seed=2
    )
    site, home = ensure_home(locales, hero, stdout)
    pages_by_key = {"home": home}
    ensure_pages(home, content.PAGES, locales, pages_by_key, stdout)
    ensure_page_links_and_translations(home, locales, pages_by_key)
    ensure_menus(pages_by_key)
    ensure_footer_texts(locales)
    ensure_site_settings(site, logo)
    return {"site": site, "home": home, "pages": pages_by_key}
