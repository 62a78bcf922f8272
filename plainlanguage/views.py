"""A small JSON endpoint for the editor: POST text and a language, get the B1 analysis back."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .analysis import LANGUAGES, html_to_text
from .terms import analyse_with_editor_terms

MAX_TEXT_LENGTH = 200_000


def analysis_payload(analysis, text):
    """The analysis as JSON-ready data, with each issue's whole sentence for display."""
    data = analysis.as_dict()
    for issue in data["issues"]:
        start, end = analysis.sentences[issue["sentence"]]
        issue["sentence_text"] = text[start:end]
    return data


def _bad_request(message):
    return JsonResponse({"error": message}, status=400)


@require_POST
def analyse_view(request):
    """Wagtail's admin URL wrapper lets only users with admin access in (see wagtail_hooks)."""
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            return _bad_request(_("The request is not valid JSON."))
        if not isinstance(data, dict):
            return _bad_request(_("Send a JSON object with 'text' and 'language'."))
    else:
        data = request.POST
    text = data.get("text")
    language = str(data.get("language") or "nl").split("-")[0].lower()
    if not isinstance(text, str) or not text.strip():
        return _bad_request(_("Send the text to check in the field 'text'."))
    if len(text) > MAX_TEXT_LENGTH:
        return _bad_request(
            _("The text is too long: at most %(max)d characters.") % {"max": MAX_TEXT_LENGTH}
        )
    if language not in LANGUAGES:
        return _bad_request(
            _("Unknown language '%(language)s'. Use nl, en or de.") % {"language": language[:10]}
        )
    if str(data.get("format", "")) == "html":
        text = html_to_text(text)
    analysis = analyse_with_editor_terms(text, language)
    return JsonResponse(analysis_payload(analysis, text))
