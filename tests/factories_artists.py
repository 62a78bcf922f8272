import factory
from django.conf import settings

from artists.models import Discipline, Maker
from tests.factories import LocaleFactory


class MakerFactory(factory.django.DjangoModelFactory):
    """A live Dutch maker; call `.build()` and `save_revision` yourself to test drafts."""

    name = factory.Sequence(lambda n: f"Testmaker {n}")
    slug = factory.Sequence(lambda n: f"testmaker-{n}")
    kind = Maker.GROUP
    intro = "Wij maken samen muziek in de wijk."
    city = "Heerlen"
    contact_email = factory.Sequence(lambda n: f"maker{n}@example.org")
    locale = factory.SubFactory(LocaleFactory, language_code=settings.LANGUAGE_CODE)
    live = True

    class Meta:
        model = Maker
        skip_postgeneration_save = True

    @factory.post_generation
    def disciplines(self, create, extracted, **kwargs):
        if create and extracted:
            self.disciplines.set(extracted)

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        # A published maker has a live revision, like one approved in the admin.
        if create and self.live:
            self.save_revision().publish()


def discipline(slug):
    return Discipline.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)
