"""The glossary a build uses: loaded and validated once; in a preview, an invalid glossary is
reported on the page and the last valid one is used."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from hubdocs.checks.config import glossary_levels
from hubdocs.errors import HubdocsError
from hubdocs.glossary import load_glossary
from hubdocs.glossary.model import Glossary
from hubdocs.plugin.mkdocs_context import project_of
from hubdocs.plugin.preview import Preview


def site_glossary(
    config: MkDocsConfig, glossary_dir: str, previewing: Preview | None, last: Glossary
) -> Glossary:
    """The project's glossary; raises :class:`PluginError` when it is invalid, unless
    ``previewing`` (then ``last``, the last valid one, is used)."""
    try:
        project = project_of(config)
        root = project.root
        levels = glossary_levels(project)
        # every language of the site must have its glossary file, as `glossary validate` says
        languages = [language.code for language in project.languages]
        return load_glossary(
            root / glossary_dir, display_root=root, languages=languages, levels=levels
        )
    except HubdocsError as error:
        if previewing is None:
            raise PluginError(f"invalid glossary:\n{error}") from None
        previewing.problem(error, "invalid glossary (the last valid one is used)")
        return last
