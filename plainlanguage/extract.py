"""The readable text of a Wagtail page or snippet, for the B1 checker.

Protocol: a model can say exactly what readers read by defining `plain_language_text()`
(returning plain text, one paragraph or heading a line). Models without it get a generic walk
over their content fields: the page title, TextFields, longer CharFields, RichTextFields and
StreamFields (text and rich-text blocks, recursively through struct, list and stream blocks).
`b1report` includes every model that defines `plain_language_text()`, so other apps opt in.
"""

from __future__ import annotations

import functools

from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from .analysis import html_to_text

PROTOCOL_METHOD = "plain_language_text"
# CharFields shorter than this are names, codes and labels rather than sentences.
MIN_CHARFIELD_LENGTH = 100
SKIPPED_NAMES = {"slug", "url", "email", "phone", "website", "postal_code", "seo_title"}
SKIPPED_BLOCKS = (
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.RegexBlock,
    blocks.RawHTMLBlock,
    blocks.ChooserBlock,
    blocks.ChoiceBlock,
)


def readable_text(obj) -> str:
    """Plain text of a page or snippet; `plain_language_text()` wins when the model has it."""
    method = getattr(obj, PROTOCOL_METHOD, None)
    if callable(method):
        return method() or ""
    if isinstance(obj, Page):
        obj = obj.specific_deferred if type(obj) is Page else obj
    parts = []
    for field in type(obj)._meta.get_fields():
        if not _is_content_field(obj, field):
            continue
        value = getattr(obj, field.name, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            parts.extend(stream_text(value))
        elif isinstance(field, RichTextField):
            parts.append(html_to_text(value))
        else:
            parts.append(str(value).strip())
    return "\n".join(part for part in parts if part)


@functools.cache
def page_base_fields():
    """Fields of Wagtail's Page (slug, SEO title...): about the page, not text in it."""
    return {field.name for field in Page._meta.get_fields()} - {"title"}


def _is_content_field(obj, field):
    if not isinstance(field, models.Field) or field.name in SKIPPED_NAMES:
        return False
    if isinstance(obj, Page) and field.name in page_base_fields():
        return False
    if field.choices or not field.editable:
        return False
    if isinstance(field, StreamField | RichTextField | models.TextField):
        return True
    if isinstance(field, models.CharField) and not isinstance(
        field, models.SlugField | models.URLField | models.EmailField
    ):
        return field.name == "title" or (field.max_length or 0) >= MIN_CHARFIELD_LENGTH
    return False


def stream_text(stream_value) -> list[str]:
    """Text of every block in a StreamField value, in reading order."""
    parts = []
    for child in stream_value:
        parts.extend(block_text(child.block, child.value))
    return parts


def block_text(block, value) -> list[str]:
    if value is None or isinstance(block, SKIPPED_BLOCKS):
        return []
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        return [html_to_text(value.source if isinstance(value, RichText) else value)]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in block_text(child_block, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return stream_text(value)
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return [str(value).strip()] if str(value).strip() else []
    return []
