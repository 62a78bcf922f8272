"""Check a text for B1 plain language outside the editor.

    python manage.py b1check --lang nl tekst.txt
    echo "Teneinde ..." | python manage.py b1check --lang nl --json -

Exit code 0 when the text is B1 or easier, 1 when it is harder.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import override

from plainlanguage.analysis import LANGUAGES, html_to_text
from plainlanguage.terms import analyse_with_editor_terms
from plainlanguage.views import analysis_payload


def line_and_column(text, offset):
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


class Command(BaseCommand):
    help = "Check a text for plain language (B1). Exit code 0: B1 or easier; 1: harder."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", default="-", help="a text or HTML file; - reads stdin"
        )
        parser.add_argument("--lang", default="nl", choices=LANGUAGES, help="language of the text")
        parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
        parser.add_argument("--html", action="store_true", help="the input is HTML (also *.html)")

    def handle(self, *args, **options):
        path = options["file"]
        if path == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(path).read_text("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"Cannot read {path}: {error}") from error
        if options["html"] or path.endswith((".html", ".htm")):
            text = html_to_text(text)
        # Messages follow the text's language, so a Dutch text gets Dutch advice.
        with override(options["lang"]):
            analysis = analyse_with_editor_terms(text, options["lang"])
            if options["json"]:
                self.stdout.write(
                    json.dumps(analysis_payload(analysis, text), ensure_ascii=False, indent=2)
                )
            else:
                self.write_report(analysis, text, path)
        sys.exit(0 if analysis.is_b1 else 1)

    def write_report(self, analysis, text, path):
        name = "<stdin>" if path == "-" else path
        for issue in analysis.issues:
            line, column = line_and_column(text, issue.start)
            excerpt = " ".join(issue.excerpt.split())
            if len(excerpt) > 80:
                excerpt = excerpt[:77] + "..."
            self.stdout.write(
                f"{name}:{line}:{column}: [{issue.kind}] {issue.message} \u00ab{excerpt}\u00bb"
            )
        verdict = _("B1 or easier") if analysis.is_b1 else _("harder than B1")
        summary = _(
            "%(verdict)s: score %(score)s of 100, %(index)s %(value)s, "
            "%(sentences)d sentences, %(words)d words, %(issues)d points to improve."
        ) % {
            "verdict": verdict,
            "score": analysis.score,
            "index": analysis.readability_index_name,
            "value": analysis.flesch_douma,
            "sentences": analysis.sentence_count,
            "words": analysis.word_count,
            "issues": len(analysis.issues),
        }
        style = self.style.SUCCESS if analysis.is_b1 else self.style.WARNING
        self.stdout.write(style(summary))
