"""Site-level transformations of built output that do not depend on MkDocs."""
