"""Makers (artists, groups, associations, schools) as moderated, translatable snippets.

A maker writes in Dutch; editors translate to English and German with wagtail-localize. Every
change goes through the default moderation workflow, and the public site only ever reads the
live row of a maker, never a revision.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StreamBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from .admin_forms import MakerAdminForm
from .fields import ChoiceListField

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# Languages makers work in; the codes are ISO 639 ("li" is Limburgish, spoken by many makers here).
LANGUAGE_CHOICES = [
    ("nl", _("Dutch")),
    ("li", _("Limburgish")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("pl", _("Polish")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
]

AGE_GROUP_CHOICES = [
    ("children", _("Children (up to 12)")),
    ("youth", _("Young people (12 to 18)")),
    ("adults", _("Adults")),
    ("seniors", _("Older people (65+)")),
]


def validate_not_in_future(year):
    if year and year > datetime.date.today().year:
        raise ValidationError(_("This year is in the future."), code="future_year")


class Discipline(TranslatableMixin, models.Model):
    """An art form such as music, dance or theatre. Editors keep the list short."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Used in web addresses, for example muziek. Keep it the same in every language."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("discipline")
        verbose_name_plural = _("disciplines")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="artists_discipline_slug_locale"
            )
        ]

    def __str__(self):
        return self.name

    NAMES_CACHE_KEY = "artists:discipline-names"

    @classmethod
    def names_by_translation_key(cls):
        """{translation key: [its name in every language]}; a dozen rows, cached until a
        discipline is saved or deleted (signals in apps.py)."""
        names = cache.get(cls.NAMES_CACHE_KEY)
        if names is None:
            names = {}
            for key, name in cls.objects.values_list("translation_key", "name"):
                names.setdefault(str(key), []).append(name)
            cache.set(cls.NAMES_CACHE_KEY, names, 3600)
        return names


class MakerTag(TaggedItemBase):
    content_object = ParentalKey(
        "artists.Maker", related_name="tagged_items", on_delete=models.CASCADE
    )


class MakerQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def visible_in(self, locale):
        """Live makers in `locale`, plus live Dutch makers that have no live translation there.

        This is the fallback rule of the public site: a visitor on /en/ sees the English version
        when it is published, otherwise the Dutch one.
        """
        qs = self.filter(live=True)
        if locale.language_code == settings.LANGUAGE_CODE:
            return qs.filter(locale=locale)
        translated = Maker.objects.filter(locale=locale, live=True).values("translation_key")
        return qs.filter(
            Q(locale=locale)
            | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
        )


class Maker(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    PERSON = "person"
    GROUP = "group"
    ASSOCIATION = "association"
    ORGANISATION = "organisation"
    KIND_CHOICES = [
        (PERSON, _("Person")),
        (GROUP, _("Group or band")),
        (ASSOCIATION, _("Association (vereniging)")),
        (ORGANISATION, _("School or organisation")),
    ]

    name = models.CharField(
        _("name"), max_length=120, help_text=_("Your name or the name of your group.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=KIND_CHOICES,
        default=PERSON,
        help_text=_("Are you one person, a group, an association or a school?"),
    )
    slug = models.SlugField(
        _("web address"),
        max_length=120,
        allow_unicode=False,
        help_text=_(
            "The last part of the web address of your page. Only letters, numbers and dashes."
        ),
    )
    intro = models.TextField(
        _("short introduction"),
        max_length=300,
        help_text=_("One or two sentences about what you do. At most 300 characters."),
    )
    description = RichTextField(
        _("more about you"),
        features=DESCRIPTION_FEATURES,
        blank=True,
        help_text=_("Tell more: what you make, who you are looking for, where people can see you."),
    )
    disciplines = ParentalManyToManyField(
        Discipline,
        verbose_name=_("disciplines"),
        related_name="makers",
        blank=True,
        # Makers always point at the Dutch discipline; the site shows its translation.
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("Choose one or more art forms."),
    )
    tags = ClusterTaggableManager(
        through=MakerTag,
        blank=True,
        verbose_name=_("genres and keywords"),
        help_text=_(
            "Words people search for, such as jazz, pop or street dance. Press Enter after each word."
        ),
    )
    city = models.CharField(
        _("town or city"), max_length=80, blank=True, help_text=_("For example Heerlen.")
    )
    neighbourhood = models.CharField(
        _("neighbourhood"),
        max_length=80,
        blank=True,
        help_text=_("The part of town (wijk), if you want."),
    )
    languages = ChoiceListField(
        _("languages"),
        item_choices=LANGUAGE_CHOICES,
        help_text=_("Which languages do you speak with members and audience?"),
    )
    year_founded = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1000), validate_not_in_future],
        help_text=_("The year you started. Leave empty if you do not know."),
    )
    age_groups = ChoiceListField(
        _("age groups"), item_choices=AGE_GROUP_CHOICES, help_text=_("Who do you work with?")
    )
    looking_for_members = models.BooleanField(
        _("looking for members"),
        default=False,
        help_text=_("Tick this if new members are welcome."),
    )
    bookable = models.BooleanField(
        _("can be booked"),
        default=False,
        help_text=_("Tick this if people can book you for a show or a job."),
    )
    gives_lessons = models.BooleanField(
        _("gives lessons or workshops"), default=False, help_text=_("Tick this if you teach.")
    )
    wanted_parts = models.CharField(
        _("who you are looking for"),
        max_length=200,
        blank=True,
        help_text=_(
            "Which voices, instruments or roles do you need? Split them by commas. "
            "For example: tenor, drummer, light technician."
        ),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Start with https://"))
    contact_email = models.EmailField(
        _("e-mail for messages"),
        blank=True,
        help_text=_(
            "Messages from the contact form go here. We never show this address on the site."
        ),
    )
    rehearsal_place = models.CharField(
        _("rehearsal place"),
        max_length=160,
        blank=True,
        help_text=_("Where do you practise? For example: Wijkcentrum De Nor, Heerlen."),
    )
    media = StreamField(
        StreamBlock([("embed", EmbedBlock(label=_("Video or audio")))], required=False),
        verbose_name=_("video and audio"),
        blank=True,
        help_text=_("Paste a link to YouTube, Vimeo or SoundCloud."),
    )
    external_id = models.CharField(
        _("external id"),
        max_length=80,
        blank=True,
        help_text=_("Only for imports: the id in the other system."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="maker",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="maker",
        for_concrete_model=False,
    )

    objects = MakerQuerySet.as_manager()
    base_form_class = MakerAdminForm

    translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("description"),
        TranslatableField("rehearsal_place"),
        SynchronizedField("name"),
        SynchronizedField("kind"),
        SynchronizedField("slug"),
        SynchronizedField("disciplines"),
        SynchronizedField("tags"),
        SynchronizedField("city"),
        SynchronizedField("neighbourhood"),
        SynchronizedField("languages"),
        SynchronizedField("year_founded"),
        SynchronizedField("age_groups"),
        SynchronizedField("looking_for_members"),
        SynchronizedField("bookable"),
        SynchronizedField("gives_lessons"),
        SynchronizedField("wanted_parts"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("media"),
        SynchronizedField("photos"),
        SynchronizedField("links"),
        SynchronizedField("external_id"),
    ]

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("intro", boost=2),
        index.SearchField("description"),
        index.SearchField("city", boost=2),
        index.SearchField("neighbourhood"),
        index.SearchField("search_keywords", boost=2),
        index.FilterField("live"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("maker")
        verbose_name_plural = _("makers")
        ordering = ["name"]
        permissions = [("manage_all_makers", _("Can manage every maker and its owners"))]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="artists_maker_slug_locale"),
        ]
        indexes = [models.Index(fields=["live", "locale", "name"], name="artists_maker_listing")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120] or "maker"
        super().save(*args, **kwargs)

    def copy_for_translation(self, locale, exclude_fields=None):
        """A translation starts as an unpublished draft that must pass moderation.

        Wagtail copies `live` and `live_revision` from the source, which would publish an unreviewed
        translation at once (see wagtail-localize#724).
        """
        exclude = [
            "live_revision",
            "first_published_at",
            "last_published_at",
            "locked",
            "locked_by",
            "locked_at",
        ]
        translation = super().copy_for_translation(
            locale, exclude_fields=exclude + list(exclude_fields or [])
        )
        translation.live = False
        translation.has_unpublished_changes = True
        return translation

    def search_keywords(self):
        """Disciplines in every language and the tags, so "dance", "Tanz" and "dans" all match.

        No queries when disciplines and tags are prefetched (get_indexed_objects does), so
        indexing 100,000 makers does not run a query per maker for each of Wagtail's vectors."""
        names = Discipline.names_by_translation_key()
        keywords = [
            name for d in self.disciplines.all() for name in names.get(str(d.translation_key), [])
        ]
        return " ".join([*keywords, *(tag.name for tag in self.tags.all())])

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("disciplines", "tags")

    @property
    def wanted_parts_list(self):
        return [part.strip() for part in self.wanted_parts.split(",") if part.strip()]

    @cached_property
    def first_photo(self):
        photos = list(self.photos.all())
        return photos[0] if photos else None

    def get_preview_template(self, request, mode_name):
        return "artists/maker_profile.html"

    def get_preview_context(self, request, mode_name):
        from .views import profile_context

        context = super().get_preview_context(request, mode_name)
        context.update(profile_context(request, self, index_page=None, preview=True))
        # The moderation preview tells the userbar which revision it shows; with the directory
        # page as `page` in the context, the userbar looks that maker revision up as a *page*
        # revision and fails (a 500 for moderators). The userbar needs no revision here.
        if getattr(request, "revision_id", None):
            request.revision_id = None
        return context


class MakerPhoto(Orderable):
    maker = ParentalKey(Maker, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("what is in the photo"),
        max_length=200,
        help_text=_(
            "Describe the photo for people who cannot see it. For example: Five singers on a stage."
        ),
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class MakerLink(Orderable):
    maker = ParentalKey(Maker, related_name="links", on_delete=models.CASCADE)
    url = models.URLField(_("link"), help_text=_("Start with https://"))
    label = models.CharField(
        _("name of the link"), max_length=80, help_text=_("For example Instagram or Facebook.")
    )

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")


class MakerOwner(Orderable):
    """Who may edit a maker. The accounts and their permissions come with the self-service work."""

    OWNER = "owner"
    CO_OWNER = "co_owner"
    ROLE_CHOICES = [(OWNER, _("Owner")), (CO_OWNER, _("Co-owner"))]

    maker = ParentalKey(Maker, related_name="owners", on_delete=models.CASCADE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="maker_ownerships",
    )
    role = models.CharField(_("role"), max_length=20, choices=ROLE_CHOICES, default=OWNER)

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("owner")
        verbose_name_plural = _("owners")
        constraints = [
            models.UniqueConstraint(fields=["maker", "user"], name="artists_makerowner_unique")
        ]


class MakerContactMessage(models.Model):
    """A message sent with the contact form. Kept so nothing is lost if the e-mail bounces."""

    maker = models.ForeignKey(
        Maker, verbose_name=_("maker"), on_delete=models.CASCADE, related_name="contact_messages"
    )
    sender_name = models.CharField(_("name"), max_length=120)
    sender_email = models.EmailField(_("e-mail address"))
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    emailed = models.BooleanField(_("e-mailed"), default=False)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.sender_name} → {self.maker}"


class MakersIndexPage(RoutablePageMixin, BasePage):
    """The public directory: search and filters on /makers/, one profile per maker below it."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences above the list of makers."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("makers directory")

    @path("")
    def directory(self, request):
        from .views import directory_view

        return directory_view(request, self)

    @path("<slug:slug>/")
    def profile(self, request, slug):
        from .views import profile_view

        return profile_view(request, self, slug)

    def get_json_ld(self, request=None):
        maker = getattr(self, "current_maker", None)
        if maker is not None:
            from .structured_data import maker_json_ld

            return [maker_json_ld(maker, request, self)]
        data = super().get_json_ld(request)
        data[0]["@type"] = "CollectionPage"
        return data
