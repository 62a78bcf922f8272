"""Mounted at /api/v2/makers/ in config/urls.py (outside the language prefixes)."""

from django.urls import path

from . import api

urlpatterns = [path("", api.makers, name="makers_api")]
