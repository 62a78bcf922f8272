"""Evaluations of the site: measured against invented, labelled data."""
