"""Result snippets with the search words marked.

The indexed text is never trusted: it is escaped first, and only then do we add our own <mark>
tags. Elasticsearch's highlighter is asked to use two private-use characters as tags, which
cannot appear in escaped text, and they are swapped for <mark> after escaping.
"""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from .analysis import fold

SNIPPET_LENGTH = 220
ES_PRE = "\ue000"
ES_POST = "\ue001"
WORD = re.compile(r"\w[\w'’-]*")


def plain(text):
    """Visible text of a value that may hold HTML (rich text), in one line."""
    return " ".join(strip_tags(str(text or "")).split())


def _matches(token, forms):
    folded = fold(token)
    return any(folded == form or (len(form) >= 3 and folded.startswith(form)) for form in forms)


def window(text, forms, length=SNIPPET_LENGTH):
    """A piece of `text` around the first matching word, cut at word boundaries."""
    if len(text) <= length:
        return text
    start = 0
    for match in WORD.finditer(text):
        if _matches(match.group(), forms):
            start = max(0, match.start() - length // 3)
            break
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match.start() else start
    piece = text[start : start + length]
    if start + length < len(text):
        piece = piece.rsplit(" ", 1)[0] + " …"
    return ("… " if start else "") + piece


def highlight(text, forms):
    """Escaped `text` with every word that starts with one of `forms` wrapped in <mark>."""
    text = window(plain(text), forms)
    out = []
    last = 0
    for match in WORD.finditer(text):
        if _matches(match.group(), forms):
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308  (every piece above is escaped)


def from_elasticsearch(fragment):
    """An Elasticsearch highlight fragment (with our private tags) as safe HTML.

    Documents hold plain text (tags are stripped when indexing); anything left that looks
    like HTML is the visitor's or maker's own text and is escaped like the rest.
    """
    escaped = escape(" ".join(fragment.split()))
    return mark_safe(  # noqa: S308  (escaped above; only our own tags are added)
        escaped.replace(ES_PRE, "<mark>").replace(ES_POST, "</mark>")
    )
