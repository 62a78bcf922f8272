"""Small helpers shared by the tests: find demo pages, translate them."""

from wagtail.models import Locale, Page

from home.models import HomePage


def home(language="nl"):
    return HomePage.objects.get(locale__language_code=language)


def demo_page(slug, language="nl"):
    return Page.objects.get(slug=slug, locale__language_code=language).specific


def translate_page(page, language, **fields):
    """Translate and publish a page the way an editor's finished translation ends up."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
