"""Plain-language (B1) checks for Dutch, English and German texts."""

from .analysis import Analysis, Issue, analyse, html_to_text

__all__ = ["Analysis", "Issue", "analyse", "html_to_text"]
