import factory
import wagtail_factories

from kennisbank.models import KennisbankArticlePage, KennisbankTheme
from tests.factories import LocaleFactory


class KennisbankThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testthema {n}")
    slug = factory.Sequence(lambda n: f"testthema-{n}")
    description = "Een thema om mee te testen."
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = KennisbankTheme


class KennisbankArticlePageFactory(wagtail_factories.PageFactory):
    """An article under the given parent (the kennisbank of its language)."""

    title = factory.Sequence(lambda n: f"Testartikel {n}")
    summary = "Een kort antwoord in twee zinnen. Zo weet je snel waar het over gaat."
    locale = factory.SubFactory(LocaleFactory)
    body = factory.LazyFunction(
        lambda: [("heading", "Wat moet je doen?"), ("paragraph", "<p>Lees dit artikel.</p>")]
    )

    class Meta:
        model = KennisbankArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes = extracted
            if create:
                self.save()

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            if create:
                self.save()
