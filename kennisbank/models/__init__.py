from .pages import (
    KennisbankArticleForm,
    KennisbankArticlePage,
    KennisbankArticleTag,
    KennisbankIndexPage,
    RelatedArticle,
)
from .stats import ArticleDailyViews, HelpfulFeedback
from .themes import KennisbankTheme, localize_themes, themes_by_key

__all__ = [
    "ArticleDailyViews",
    "HelpfulFeedback",
    "KennisbankArticleForm",
    "KennisbankArticlePage",
    "KennisbankArticleTag",
    "KennisbankIndexPage",
    "KennisbankTheme",
    "RelatedArticle",
    "localize_themes",
    "themes_by_key",
]
