"""The text of Wagtail content, for the index: rich text as plain text, StreamField blocks, the
search fields a page type declares."""

from wagtail.blocks import StreamValue

from .highlight import plain

__all__ = ["page_search_text", "plain", "streamfield_text"]


def streamfield_text(value):
    if not value:
        return ""
    return plain(" ".join(str(t) for t in value.stream_block.get_searchable_content(value)))


def page_search_text(page, skip=("title",)):
    """The text of a page's own search fields, whatever its type (the title is indexed apart)."""
    from wagtail.search import index

    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in skip:
            continue
        value = getattr(page, field.field_name, "")
        if callable(value):
            value = value()
        parts.append(streamfield_text(value) if isinstance(value, StreamValue) else plain(value))
    return " ".join(p for p in parts if p)
