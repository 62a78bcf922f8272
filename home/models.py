from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.pages import BasePage

from .blocks import PARAGRAPH_FEATURES, ContentStreamBlock


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=120, blank=True)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Top of the page"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_json_ld(self, request=None):
        site_settings = SiteSettings.for_request(request) if request else None
        organisation = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": (site_settings.organisation_name if site_settings else "") or self.title,
            "url": self.get_full_url(request),
        }
        if site_settings:
            if site_settings.email:
                organisation["email"] = site_settings.email
            if site_settings.phone:
                organisation["telephone"] = site_settings.phone
            if site_settings.street_address:
                organisation["address"] = {
                    "@type": "PostalAddress",
                    "streetAddress": site_settings.street_address,
                    "postalCode": site_settings.postal_code,
                    "addressLocality": site_settings.city,
                    "addressCountry": "NL",
                }
            same_as = site_settings.social_links()
            if same_as:
                organisation["sameAs"] = [link["url"] for link in same_as]
        website = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": organisation["name"],
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        return [website, organisation, *self.faq_json_ld()]


class StandardPage(BasePage):
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences that say what this page is about."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.IndexPage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class IndexPage(BasePage):
    """A section page that lists its child pages."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro", boost=2)]
    parent_page_types = ["home.HomePage", "home.IndexPage"]

    class Meta:
        verbose_name = _("section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific()
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("name of the organisation"), max_length=120)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    street_address = models.CharField(_("street and number"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("town or city"), max_length=80, blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Name")),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        names = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("Mastodon", self.mastodon_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [{"name": name, "url": url} for name, url in names if url]


class Menu(ClusterableModel):
    """A menu editors arrange once; each item shows the page in the visitor's language."""

    MAIN = "main"
    FOOTER = "footer"
    HANDLE_CHOICES = [(MAIN, _("Main menu")), (FOOTER, _("Footer menu"))]

    handle = models.CharField(_("place"), max_length=20, choices=HANDLE_CHOICES, unique=True)

    panels = [FieldPanel("handle"), InlinePanel("items", label=_("Menu items"))]

    class Meta:
        verbose_name = _("menu")
        verbose_name_plural = _("menus")

    def __str__(self):
        return str(self.get_handle_display())


class MenuItem(Orderable):
    menu = ParentalKey(Menu, related_name="items", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")


class FooterText(TranslatableMixin, models.Model):
    """A short text at the bottom of every page, translated like the pages."""

    body = RichTextField(_("text"), features=PARAGRAPH_FEATURES, max_length=600)

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale})"
