"""Localization of our own theme strings (gettext catalogs) and of dates (Babel)."""
