"""Accent-insensitive matching for Vietnamese: "mat dien" finds "Mất điện"."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """Lower case, tone and vowel marks removed, đ read as d."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, *texts: str) -> bool:
    """Every word of the query appears (accents stripped) somewhere in the texts."""
    haystack = strip_accents(" ".join(texts))
    return all(word in haystack for word in strip_accents(query).split())
