"""Spreadsheet exports that are safe to open: text written by the public never becomes a formula.

Wagtail neutralises formulas in its XLSX exports but writes CSV cells as they are, so a comment
such as =HYPERLINK(...) would run when an editor opens the file in a spreadsheet program.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCSVExportMixin:
    """Mix into a Wagtail view with list_export (before the Wagtail view class)."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_formula(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
