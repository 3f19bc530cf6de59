"""`make eval`: the checker's recall and false alarms on a labelled corpus of translations.

``eval/cases/`` holds English pages, their correct translations and drifted variants written
for this purpose, each drifted block labelled with its family and the checks expected to catch
it. ``python -m eval.run`` checks every translation with ``hubdocs check`` and scores the
findings by block. See eval/README.md for the format and eval/RESULTS.md for the figures.
"""
