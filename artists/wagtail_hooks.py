"""Admin for makers and disciplines: one "Makers" menu with both listings."""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_forms import MANAGE_ALL
from .admin_views import OwnedMakerViewSetMixin
from .models import Discipline, Maker, MakerContactMessage


class MakerFilterSet(WagtailFilterSet):
    disciplines = django_filters.ModelMultipleChoiceFilter(
        label=_("Discipline"),
        queryset=Discipline.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    live = django_filters.BooleanFilter(label=_("Published"))
    in_moderation = django_filters.BooleanFilter(
        label=_("Waiting for approval"), method="filter_in_moderation"
    )

    class Meta:
        model = Maker
        fields = ["kind", "disciplines", "live", "looking_for_members", "bookable", "gives_lessons"]

    def filter_in_moderation(self, queryset, name, value):
        in_progress = {"workflow_states__status": "in_progress"}
        if value is None:
            return queryset
        if value:
            return queryset.filter(**in_progress).distinct()
        return queryset.exclude(**in_progress)


class MakerViewSet(OwnedMakerViewSetMixin, SnippetViewSet):
    model = Maker
    icon = "group"
    menu_label = _("Makers")
    list_display = [
        "name",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        "city",
        BooleanColumn("looking_for_members", label=_("Looking for members")),
        BooleanColumn("bookable", label=_("Can be booked")),
        UpdatedAtColumn(),
    ]
    list_per_page = 50
    filterset_class = MakerFilterSet
    list_export = [
        "name",
        "slug",
        "kind",
        "city",
        "neighbourhood",
        "intro",
        "looking_for_members",
        "bookable",
        "gives_lessons",
        "website",
        "year_founded",
        "live",
        "locale",
    ]
    export_headings = {"locale": _("Language")}
    export_filename = "makers"
    # The private contact e-mail is deliberately not in the export.

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    HelpPanel(
                        _(
                            "Fill in who you are and what you do. Short sentences work best. "
                            "Your changes are visible after a moderator approves them."
                        )
                    ),
                    FieldPanel("name"),
                    FieldPanel("kind"),
                    FieldPanel("intro"),
                    FieldPanel("description"),
                    FieldPanel("disciplines", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("tags"),
                ],
                heading=_("About"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("city"), FieldPanel("neighbourhood")]),
                    FieldPanel("rehearsal_place"),
                    FieldPanel("languages"),
                    FieldPanel("age_groups"),
                    FieldPanel("year_founded"),
                    MultiFieldPanel(
                        [
                            FieldPanel("looking_for_members"),
                            FieldPanel("bookable"),
                            FieldPanel("gives_lessons"),
                        ],
                        heading=_("What people can find you for"),
                    ),
                    FieldPanel("wanted_parts"),
                ],
                heading=_("Details"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "photos",
                        label=_("Photos"),
                        help_text=_(
                            "Add photos you may share. Describe each photo in a few words."
                        ),
                    ),
                    FieldPanel("media"),
                ],
                heading=_("Photos and video"),
            ),
            ObjectList(
                [
                    FieldPanel("contact_email"),
                    FieldPanel("website"),
                    InlinePanel("links", label=_("Social media and other links")),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    FieldPanel("slug"),
                    FieldPanel("external_id", permission=MANAGE_ALL),
                    # Only staff may change who owns a maker; the field is left out of the form
                    # for everyone else, so it cannot be posted either.
                    MultiFieldPanel(
                        [InlinePanel("owners", label=_("Owners"))],
                        heading=_("Owners"),
                        permission=MANAGE_ALL,
                    ),
                ],
                heading=_("Settings"),
            ),
        ]
    )


class DisciplineViewSet(SnippetViewSet):
    model = Discipline
    icon = "tag"
    menu_label = _("Disciplines")
    list_display = ["name", "slug", "sort_order"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]


class MakersGroup(SnippetViewSetGroup):
    items = (MakerViewSet, DisciplineViewSet)
    menu_icon = "group"
    menu_label = _("Makers")
    menu_name = "makers"
    add_to_admin_menu = True


register_snippet(MakersGroup)


class ContactMessageViewSet(ModelViewSet):
    """Read-only list of contact form messages, for support questions."""

    model = MakerContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_settings_menu = True
    list_display = ["sender_name", "maker", "created_at", BooleanColumn("emailed")]
    list_filter = ["emailed"]
    search_fields = ["sender_name", "sender_email", "message"]
    form_fields = ["maker", "sender_name", "sender_email", "message"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("maker_contact_messages")
