"""Glossary exchange with translation tools and platforms: TBX, CSV and XLSX, export and import.

Export: :mod:`.export` (one language or all, written safely) over :mod:`.tbx_write`,
:mod:`.csv_write` and :mod:`.xlsx_io`, the two tables sharing :mod:`.table_layout` and
:mod:`.table_write`. Import: :mod:`.formats` tells what a file is (:mod:`.reading`) and reads it
into :mod:`.interchange` values (:mod:`.tbx_read` with :mod:`.tbx_lang_sec` for TBX v3 and v2,
:mod:`.csv_read` and :mod:`.xlsx_io` through :mod:`.table_read`), maps language tags
(:mod:`.language_tags`); :mod:`.importer` merges the values into the glossary YAML
(:mod:`.merge`, edited in place by :mod:`.yaml_edit`) and writes all files or none
(:mod:`.atomic_files`). This package builds on :mod:`hubdocs.glossary`; the glossary never
imports it.
"""
