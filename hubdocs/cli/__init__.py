"""The ``hubdocs`` command line: a thin adapter over the core library."""
