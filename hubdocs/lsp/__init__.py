"""The editor adapter: a language server that shows hubdocs findings as diagnostics."""
