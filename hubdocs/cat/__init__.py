"""Pages out to CAT tools and back: XLIFF 2.0, XLIFF 1.2 and PO, and a translation memory.

A page's translation units are its aligned blocks (:mod:`.units`): each English block with the
Markdown source of its translation, inline Markdown held as placeholder codes (:mod:`.codes`)
so that a CAT tool cannot break it, and the place in the page each unit came from
(:mod:`.spans`). The formats (:mod:`.xliff2`, ...) only write and read units; writing the
translations back into the pages (:mod:`.apply`) edits the units' text and nothing else.
"""
