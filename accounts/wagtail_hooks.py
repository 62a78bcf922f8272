"""The makers' admin: a "My profiles" dashboard panel, a short menu, ownership of what they add."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button as SnippetListingButton
from wagtail.permissions import policy_registry
from wagtail.snippets.action_menu import ActionMenuItem

from artists.models import Maker, MakerOwner
from artists.permissions import forget_owned_makers, is_limited_maker

from .models import Notification
from .profiles import profiles_of

# Menu items a maker keeps; the rest (reports, help, ...) is not for them.
MAKER_MENU = {"makers", "images", "my-data"}


class MyProfilesPanel(Component):
    name = "my_profiles"
    template_name = "accounts/my_profiles_panel.html"
    order = 10  # first on the dashboard

    def __init__(self, profiles):
        self.profiles = profiles

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["profiles"] = self.profiles
        context["edit_url_name"] = Maker.snippet_viewset.get_url_name("edit")
        context["add_url"] = reverse(Maker.snippet_viewset.get_url_name("add"))
        return context


@hooks.register("construct_homepage_panels")
def show_my_profiles(request, panels):
    profiles = profiles_of(request.user)
    if profiles or is_limited_maker(request.user):
        panels.insert(0, MyProfilesPanel(profiles))
    if is_limited_maker(request.user):
        # Only what a maker can act on; Wagtail's page and site summaries mean nothing to them.
        panels[:] = [panel for panel in panels if isinstance(panel, MyProfilesPanel)]


@hooks.register("construct_main_menu")
def trim_menu_for_makers(request, menu_items):
    if is_limited_maker(request.user):
        menu_items[:] = [item for item in menu_items if item.name in MAKER_MENU]


@hooks.register("after_create_snippet")
def creator_owns_new_maker(request, instance):
    """A maker who adds a profile owns it; without this they would lose it on saving."""
    if isinstance(instance, Maker) and is_limited_maker(request.user):
        MakerOwner.objects.get_or_create(
            maker=instance, user=request.user, defaults={"role": MakerOwner.OWNER}
        )
        forget_owned_makers(request.user)


@hooks.register("register_admin_urls")
def invitation_admin_urls():
    from django.urls import path

    from . import views

    return [
        path("makers/<int:pk>/invite/", views.invite_owner, name="accounts_invite_owner"),
        path("my-data/", views.my_data, name="accounts_my_data"),
        path("deletion-requests/", views.deletion_requests, name="accounts_deletion_requests"),
        path(
            "deletion-requests/<int:pk>/confirm/",
            views.confirm_deletion,
            name="accounts_confirm_deletion",
        ),
    ]


@hooks.register("register_admin_menu_item")
def my_data_menu_item():
    return MenuItem(
        _("My data"), reverse("accounts_my_data"), name="my-data", icon_name="user", order=9000
    )


class DeletionRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        from artists.permissions import manages_all_makers

        return manages_all_makers(request.user)


@hooks.register("register_settings_menu_item")
def deletion_requests_menu_item():
    return DeletionRequestsMenuItem(
        _("Deletion requests"),
        reverse("accounts_deletion_requests"),
        name="deletion-requests",
        icon_name="bin",
        order=900,
    )


@hooks.register("register_log_actions")
def account_log_actions(actions):
    actions.register_action("accounts.owner_invited", _("Owner invited"), _("Owner invited"))
    actions.register_action("accounts.owner_added", _("Owner added"), _("Owner added"))
    actions.register_action("accounts.signed_up", _("Signed up"), _("Signed up"))


def may_invite(user, maker):
    return policy_registry.get_by_type(Maker).user_has_permission_for_instance(
        user, "change", maker
    )


@hooks.register("register_snippet_listing_buttons")
def invite_owner_listing_button(snippet, user, next_url=None):
    if isinstance(snippet, Maker) and may_invite(user, snippet):
        yield SnippetListingButton(
            _("Invite owner"),
            reverse("accounts_invite_owner", args=[snippet.pk]),
            icon_name="mail",
            priority=90,
        )


class InviteOwnerMenuItem(ActionMenuItem):
    label = _("Invite owner")
    name = "invite-owner"
    icon_name = "mail"

    def is_shown(self, context):
        instance = context.get("instance")
        return (
            context.get("view") == "edit"
            and isinstance(instance, Maker)
            and may_invite(context["request"].user, instance)
        )

    def get_url(self, parent_context):
        return reverse("accounts_invite_owner", args=[parent_context["instance"].pk])


@hooks.register("register_snippet_action_menu_item")
def invite_owner_menu_item(model):
    return InviteOwnerMenuItem(order=90) if model is Maker else None


class NotificationViewSet(ModelViewSet):
    """E-mails to makers; whether each went out is in Settings → Outgoing e-mail."""

    model = Notification
    icon = "mail"
    menu_label = _("E-mail notifications")
    add_to_settings_menu = True
    list_display = ["recipient", "kind", "created_at", "mail"]
    list_filter = ["kind", "language"]
    search_fields = ["recipient", "subject"]
    form_fields = ["recipient", "subject", "body"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_notifications():
    return NotificationViewSet("accounts_notifications")
