"""The theme strings marked in the templates, extracted as ``pybabel extract`` would."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir

METHOD_MAP = [("**.html", "jinja2")]
OPTIONS = {"**.html": {"encoding": "utf-8", "extensions": "jinja2.ext.i18n"}}


def extract_template(templates_dir: Path) -> Catalog:
    """A catalog template of every ``{% trans %}`` string under ``templates_dir``."""
    template = Catalog(project="hubdocs")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(templates_dir), METHOD_MAP, OPTIONS
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template
