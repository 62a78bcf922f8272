"""Clean what visitors send before any view sees it."""

from .text import has_control_characters, strip_control_characters


def _cleaned(querydict):
    if not any(has_control_characters(v) for values in querydict.lists() for v in values[1]):
        return querydict
    cleaned = querydict.copy()
    for key, values in querydict.lists():
        cleaned.setlist(key, [strip_control_characters(v) for v in values])
    cleaned._mutable = False
    return cleaned


class ControlCharactersMiddleware:
    """Strip NUL and other control characters from query strings and form posts, at the edge.

    One place for every search box, filter, form and API parameter (a `?q=%00` was a 500 on
    PostgreSQL). Multipart uploads are left alone: reading them here would consume the stream.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = _cleaned(request.GET)
        if request.content_type == "application/x-www-form-urlencoded":
            request.POST = _cleaned(request.POST)
        return self.get_response(request)
