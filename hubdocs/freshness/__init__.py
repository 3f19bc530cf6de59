"""Translation freshness: which English revision a translation follows, section by section.

Works without git: a translation's front matter records a content hash of each English section
it was translated from; a section whose English hash changed since is outdated.
"""
