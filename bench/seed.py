"""Fast seeding for the benchmark: bulk inserts instead of revisions, then one search index pass."""

import io
import random
import uuid

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

PREFIX = "bench-"
TOWNS = [
    "Heerlen",
    "Kerkrade",
    "Maastricht",
    "Sittard",
    "Landgraaf",
    "Brunssum",
    "Geleen",
    "Valkenburg",
]
WORDS = [
    "samen",
    "muziek",
    "zingen",
    "dansen",
    "spelen",
    "maken",
    "leren",
    "optreden",
    "wijk",
    "jong",
    "oud",
]


def seed(count, reset=False, log=print):
    call_command("migrate", verbosity=0)
    from artists.models import Discipline, Maker, MakersIndexPage

    if not MakersIndexPage.objects.exists():
        log("Loading the demo site (once)...")
        call_command("load_demo", stdout=io.StringIO())
    existing = Maker.objects.filter(slug__startswith=PREFIX)
    if reset:
        existing.delete()
    have = existing.filter(locale__language_code=settings.LANGUAGE_CODE).count()
    if have < count:
        log(f"Seeding {count - have} makers...")
        create(have, count, Discipline, Maker)
    ensure_documents(log)
    return Maker.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).count()


@transaction.atomic
def create(start, count, Discipline, Maker):
    from taggit.models import Tag
    from wagtail.models import Locale

    from artists.models import MakerTag

    rng = random.Random(start)
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    disciplines = list(Discipline.objects.filter(locale=nl))
    tags = [Tag.objects.get_or_create(name=f"genre {n}")[0] for n in range(150)]
    now = timezone.now()
    kinds = [k for k, _label in Maker.KIND_CHOICES]
    makers = []
    for number in range(start, count):
        words = " ".join(rng.sample(WORDS, 6))
        makers.append(
            Maker(
                translation_key=uuid.uuid4(),
                locale=nl,
                name=f"{rng.choice('ABCDEFGHIJKLMNOPRSTVWZ')}{number:05d} Makers",
                slug=f"{PREFIX}{number:05d}",
                kind=rng.choice(kinds),
                intro=f"Wij zijn maker {number}. We {words}.",
                city=rng.choice(TOWNS),
                neighbourhood=rng.choice(["Centrum", "Noord", "Zuid", ""]),
                languages=rng.sample(["nl", "li", "en", "de"], rng.randint(1, 2)),
                looking_for_members=rng.random() < 0.4,
                bookable=rng.random() < 0.5,
                gives_lessons=rng.random() < 0.3,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Maker.objects.bulk_create(makers, batch_size=500)
    created = list(
        Maker.objects.filter(slug__startswith=PREFIX, locale=nl, pk__gt=0).order_by("pk")[
            start:count
        ]
    )
    through = Maker.disciplines.through
    through.objects.bulk_create(
        [
            through(maker_id=maker.pk, discipline_id=discipline.pk)
            for maker in created
            for discipline in rng.sample(disciplines, rng.randint(1, 2))
        ],
        batch_size=1000,
    )
    MakerTag.objects.bulk_create(
        [
            MakerTag(content_object_id=maker.pk, tag=tag)
            for maker in created
            for tag in rng.sample(tags, rng.randint(0, 3))
        ],
        batch_size=1000,
    )
    # One in ten has an English translation, so /en/ exercises the fallback query.
    translations = [
        Maker(
            translation_key=maker.translation_key,
            locale=en,
            name=maker.name,
            slug=maker.slug,
            kind=maker.kind,
            intro=f"We are maker {maker.slug}.",
            city=maker.city,
            languages=maker.languages,
            live=True,
            first_published_at=now,
        )
        for maker in created[::10]
    ]
    Maker.objects.bulk_create(translations, batch_size=500)
    index_makers(slug__startswith=PREFIX, pk__gte=created[0].pk)


def index_makers(**filters):
    """Build the search documents of the makers matching `filters` in every language (what
    publishing does one by one), in chunks of 2,000. Returns how many makers."""
    from artists.models import Maker
    from search import index, registry

    kind = registry.get("maker")
    keys = list(
        Maker.objects.filter(**filters)
        .order_by("translation_key")
        .values_list("translation_key", flat=True)
        .distinct()
    )
    for first in range(0, len(keys), 2000):
        groups = [str(key) for key in keys[first : first + 2000]]
        with transaction.atomic():
            for language in index.languages():
                index.write(kind, groups, language)
    return len(keys)


def ensure_documents(log=print):
    """Seeded files from before the search service have no search documents yet."""
    from artists.models import Maker
    from search.models import SearchDocument

    makers = Maker.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).count()
    if (
        SearchDocument.objects.filter(kind="maker", language=settings.LANGUAGE_CODE).count()
        < makers
    ):
        log(f"Building search documents for {makers} makers...")
        index_makers()
