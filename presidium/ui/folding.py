"""Accent-insensitive matching for Vietnamese: "mat dien" finds "Mất điện"."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, tone and vowel marks removed, đ read as d."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, *texts: str) -> bool:
    """Every word of the query appears (folded) somewhere in the texts."""
    haystack = fold(" ".join(texts))
    return all(word in haystack for word in fold(query).split())
