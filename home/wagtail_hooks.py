from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FooterText, Menu


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    list_display = ["__str__"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__", "locale"]


class NavigationGroup(SnippetViewSetGroup):
    menu_label = _("Navigation")
    menu_icon = "list-ul"
    menu_order = 300
    items = (MenuViewSet, FooterTextViewSet)


register_snippet(NavigationGroup)
