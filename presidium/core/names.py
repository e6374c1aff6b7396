"""Vietnamese personal names in the order lists are read out: given name first, then middle, then family.

"Nguyễn Văn An" has family name "Nguyễn", middle "Văn", given name "An" (the last word). Candidate lists
and ballots are conventionally alphabetical by given name, so "Lê Văn Anh" comes before "Trần Thị Ánh".

Choices made here (documented because other lists may differ):
- Letters follow the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
  with f, j, w, z (foreign names) placed where the Latin alphabet puts them. Digraphs such as "ch",
  "ng", "th" are compared letter by letter, as dictionaries do.
- Tones are secondary: two words that differ only by tone are ordered no tone, huyền (à), sắc (á),
  hỏi (ả), ngã (ã), nặng (ạ).
- Each word is compared completely (letters, then tone) before moving to the next word, so the given
  name decides before the middle name is looked at.
- Middle names of several words are compared in the order they are written.
- Case does not matter; names that are still equal keep a stable order by their written form.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
_LETTER_INDEX = {letter: i for i, letter in enumerate(ALPHABET)}
# Combining marks that carry the tone, in tone order (no tone = 0).
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
WordKey = tuple[tuple[int, ...], int]


class NameFormatError(ValueError):
    """A name that cannot be placed on a list."""


def split_name(name: str) -> tuple[str, tuple[str, ...], str]:
    """(family, middle words, given). A one-word name is only a given name."""
    words = name.split()
    if not words:
        raise NameFormatError("a name cannot be empty")
    if len(words) == 1:
        return "", (), words[0]
    return words[0], tuple(words[1:-1]), words[-1]


def word_key(word: str) -> WordKey:
    """Letters in alphabet order, then the tone."""
    tone = 0
    letters: list[str] = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if char in _TONES:
            tone = tone or _TONES[char]
        elif unicodedata.combining(char) and letters:
            # breve, circumflex, horn: part of the letter (ă, â, ê, ô, ơ, ư), not a tone
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        else:
            letters.append(char)
    return tuple(_letter_rank(letter) for letter in letters), tone


def name_key(name: str) -> tuple[WordKey, tuple[WordKey, ...], WordKey, str]:
    """Sort key: given name, then middle words, then family name; the written form breaks ties."""
    family, middle, given = split_name(name)
    middle_keys = tuple(word_key(w) for w in middle)
    return word_key(given), middle_keys, word_key(family), name


def sort_names(names: Iterable[str]) -> list[str]:
    return sorted(names, key=name_key)


def _letter_rank(letter: str) -> int:
    # Anything outside the alphabet (hyphen, digits, other scripts) goes after it, by code point.
    return _LETTER_INDEX.get(letter, len(ALPHABET) + ord(letter[0]))
