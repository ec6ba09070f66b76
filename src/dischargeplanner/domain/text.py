"""Norwegian text: search keys and alphabetical order (æ, ø, å after z).

SQLite's LIKE and FTS5's default tokenizer fold only a–z; Python's casefold()
and these keys handle Æ/æ, Ø/ø, Å/å and the Sami letters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Norwegian letters are kept whole; NFD would otherwise turn å into a + ring and drop the ring.
_KEPT_LETTERS = frozenset("æøå")
# Letters without a Unicode decomposition, and the Swedish/Kven forms Norwegians read as æ and ø.
_LETTER_MAP = {"đ": "d", "ŋ": "n", "ŧ": "t", "ä": "æ", "ö": "ø"}
_DASHES = str.maketrans({"-": " ", "‐": " ", "–": " ", "—": " "})
# Norwegian alphabetical order puts æ, ø, å after z (code point order would give å, æ, ø).
_SORT_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def fold(text: str) -> str:
    """Search key: case-insensitive, Sami accents removed, æ/ø/å kept, dashes read as spaces."""
    composed = unicodedata.normalize("NFC", text).casefold().translate(_DASHES)
    return " ".join("".join(_fold_letter(letter) for letter in composed).split())


def _fold_letter(letter: str) -> str:
    if letter in _KEPT_LETTERS:
        return letter
    if letter in _LETTER_MAP:
        return _LETTER_MAP[letter]
    decomposed = unicodedata.normalize("NFD", letter)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


@lru_cache(maxsize=65536)
def sort_key(text: str) -> str:
    """Key that sorts names in Norwegian alphabetical order."""
    return fold(text).translate(_SORT_ORDER)
