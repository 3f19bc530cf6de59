"""What a word is, for every package that splits normalised text into words."""

from __future__ import annotations

import re

#: letters and digits, plus combining accents left over by NFC (no precomposed form)
WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
