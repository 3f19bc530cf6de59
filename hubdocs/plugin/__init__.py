"""The MkDocs adapter: a plugin whose handlers delegate to the core library."""
