"""Allow ``python -m hubdocs``."""

from hubdocs.cli.main import main

raise SystemExit(main())
