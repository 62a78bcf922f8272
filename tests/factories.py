import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.models import StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "nl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.django.Password("correct-horse-battery")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Testpagina {n}")
    intro = "Een korte inleiding."
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = StandardPage
