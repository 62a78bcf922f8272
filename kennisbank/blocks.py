"""Blocks for kennisbank articles: plain text plus the practical parts readers look for."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import PARAGRAPH_FEATURES, FaqBlock, HeadingBlock


class StepsBlock(blocks.StructBlock):
    """Numbered steps, or a checklist when the order does not matter."""

    STEPS = "steps"
    CHECKLIST = "checklist"

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    style = blocks.ChoiceBlock(
        label=_("Type of list"),
        choices=[(STEPS, _("Steps (in this order)")), (CHECKLIST, _("Checklist"))],
        default=STEPS,
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=300), label=_("Steps"), min_num=1
    )

    class Meta:
        icon = "list-ol"
        label = _("Steps or checklist")
        template = "kennisbank/blocks/steps.html"


class TipBlock(blocks.TextBlock):
    class Meta:
        icon = "pick"
        label = _("Tip")
        template = "kennisbank/blocks/tip.html"
        max_length = 500
        help_text = _("One short, practical tip.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Short description"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "kennisbank/blocks/document.html"


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=120)
    url = blocks.URLBlock(label=_("Web address"))
    description = blocks.CharBlock(label=_("Short description"), required=False, max_length=200)

    class Meta:
        icon = "link-external"
        label = _("Link")


class ExternalLinksBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ExternalLinkBlock(), **kwargs)

    class Meta:
        icon = "link-external"
        label = _("Links to other websites")
        template = "kennisbank/blocks/links.html"


class ContactBlock(blocks.StructBlock):
    """Who readers can ask. Editors add only people who agreed to be shown."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=120)
    text = blocks.TextBlock(label=_("What you can ask"), required=False, max_length=300)
    email = blocks.EmailBlock(label=_("E-mail address"), required=False)
    phone = blocks.CharBlock(label=_("Phone number"), required=False, max_length=30)

    class Meta:
        icon = "user"
        label = _("Contact person")
        template = "kennisbank/blocks/contact.html"


class MakerBlock(blocks.StructBlock):
    """A maker (a choir, a band, a theatre group) that shares its experience.

    Choosers keep the link intact when a profile moves. The makers directory keeps makers as
    snippets (`artists.Maker`), named by string so this app does not import the makers app;
    a page chooser covers makers with a page of their own elsewhere on the site.
    """

    maker = SnippetChooserBlock("artists.Maker", label=_("Maker"), required=False)
    page = blocks.PageChooserBlock(label=_("Or a page about the maker"), required=False)
    text = blocks.TextBlock(
        label=_("What they share"),
        required=False,
        max_length=300,
        help_text=_("For example: how this choir found its rehearsal space."),
    )

    class Meta:
        icon = "group"
        label = _("Maker")
        template = "kennisbank/blocks/maker.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("maker") and not value.get("page"):
            raise blocks.StructBlockValidationError(
                block_errors={"maker": [_("Choose a maker or a page.")]}
            )
        return value


class ArticleStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        template="components/blocks/paragraph.html",
    )
    steps = StepsBlock()
    # Block type "faq" is what BasePage.faq_json_ld looks for.
    faq = FaqBlock()
    tip = TipBlock()
    document = DocumentBlock()
    links = ExternalLinksBlock()
    contact = ContactBlock()
    maker = MakerBlock()
