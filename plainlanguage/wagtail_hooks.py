from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PlainLanguageTerm
from .userbar import swap_in_readability_item
from .views import analyse_view


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Wagtail wraps admin URLs in require_admin_access: only users with admin access get in.
    return [path("plainlanguage/analyse/", analyse_view, name="plainlanguage_analyse")]


hooks.register("construct_wagtail_userbar", swap_in_readability_item)


@hooks.register("insert_editor_js")
def readability_editor_js():
    labels = {
        "summary": _("Readability: harder than B1 (score %(score)s of 100)"),
        "details": _("%(index)s: %(value)s. %(count)s points to improve."),
    }
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(labels, "plainlanguage-labels"),
        static("plainlanguage/editor.js"),
    )


class PlainLanguageTermViewSet(SnippetViewSet):
    """Editors add officialese to flag, or their own words to accept, without a deploy."""

    model = PlainLanguageTerm
    icon = "edit"
    add_to_settings_menu = True
    menu_label = gettext_lazy("Words for the B1 check")
    list_display = ["term", "kind", "language", "alternative"]
    list_filter = ["language", "kind"]
    search_fields = ["term", "alternative"]


register_snippet(PlainLanguageTermViewSet)
