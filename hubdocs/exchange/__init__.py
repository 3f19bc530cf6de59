"""Glossary exchange with translation tools: TBX-Basic and CSV, export and import.

Writing: :mod:`.tbx_write`, :mod:`.csv_write`; reading into :mod:`.interchange` values:
:mod:`.tbx_read`, :mod:`.csv_read`; :mod:`.importer` merges what a file says into the glossary
YAML (edited in place by :mod:`.yaml_edit`), all or nothing. This package builds on
:mod:`hubdocs.glossary`; the glossary never imports it.
"""
