"""StreamField blocks that help editors write plain, well-structured pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Few rich-text features keep pages plain: no headings inside paragraphs, no colours.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        max_length = 120
        help_text = _("A short heading of a few words. It helps readers scan the page.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Button")
        template = "components/blocks/cta.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": [_("Choose a page or fill in a web address.")]}
            )
        return value


class InShortBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label=_("Point"), max_length=200), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("In short")
        template = "components/blocks/in_short.html"
        min_num = 1
        max_num = 5
        help_text = _("Two to four short points with the most important facts.")


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FaqBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(QuestionAnswerBlock(), **kwargs)

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "components/blocks/faq.html"


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        template="components/blocks/paragraph.html",
    )
    image = ImageBlock()
    cta = CallToActionBlock()
    in_short = InShortBlock()
    faq = FaqBlock()
    embed = EmbedBlock(
        label=_("Video or audio"),
        help_text=_("A link to a video or sound clip, for example on YouTube or Vimeo."),
        template="components/blocks/embed.html",
    )
