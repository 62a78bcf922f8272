"""Spreadsheet exports that are safe to open: text written by the public never becomes a formula.

Wagtail neutralises formulas in its XLSX exports but writes CSV cells as they are, so a search
query or comment such as =HYPERLINK(...) would run when an editor opens the file. `patch` makes
every CSV export of the admin safe at once (Wagtail's own reports, such as search terms, and
ours), in Wagtail's one CSV writer, so a new export cannot forget it.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def patch():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_formula_safe", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_formula(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )

    SpreadsheetExportMixin.write_csv_row = write_csv_row
    SpreadsheetExportMixin._formula_safe = True
