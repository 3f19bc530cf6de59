"""Building the site one language per process (``hubdocs build``, ``make site``)."""
