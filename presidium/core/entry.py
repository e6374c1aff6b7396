"""What a person types or pastes into the program editor, checked where it enters.

Durations as people say them ("5 phút", "1h30", "90s", "5m", "1 giờ 30 phút") come back as seconds and
are written to the file in the loader's form ("1h30m"); ids are made from titles with the accents
folded ("Bầu Ban Chấp hành" → "bau-ban-chap-hanh") and kept unique; a pasted candidate list becomes
one name a line in the order the ballot uses. Anything no congress can produce (a 30-hour item, a
5 MB paste, control characters) is refused with a coded message, never stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from presidium.core.catalogue import Refusal
from presidium.core.names import sort_names

MAX_LINE = 500  # a title, a name, a question: far more than any real one
MAX_TEXT = 100_000  # a script or an article: about forty printed pages
MAX_PASTE = 200_000  # a candidate list pasted from Word or Excel
MAX_NAMES = 1_000  # no ballot lists more people
MAX_DURATION = 12 * 3600  # one agenda item longer than a working day is a typing mistake
MAX_ID = 60


class EntryError(Refusal):
    """Input refused where it entered, said in the reader's language (the catalogue's "entry" area)."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")
_UNITS = (  # longest words first, so "phút" is not read as "p" + "hút"
    ("h", ("tiếng", "giờ", "hours", "hour", "hrs", "hr", "g", "h")),
    ("m", ("minutes", "minute", "phút", "mins", "min", "ph", "p", "m", "'")),
    ("s", ("seconds", "second", "giây", "secs", "sec", "s", '"')),
)
_UNIT_OF = {word: unit for unit, words in _UNITS for word in words}
_TOKEN = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(" + "|".join(sorted(map(re.escape, _UNIT_OF), key=len, reverse=True)) + r")?", re.IGNORECASE
)


def clean_line(text: str, limit: int = MAX_LINE) -> str:
    """One line of text: control characters and line breaks dropped (a paste from Word brings them),
    spaces collapsed; EntryError over `limit` characters."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text or "").replace("\r", " ").replace("\n", " "))
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        raise EntryError("entry.too-long", length=len(text), limit=limit)
    return text


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """Several lines (a script, an article): line breaks kept as \\n, other control characters dropped."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    if len(text) > limit:
        raise EntryError("entry.too-long", length=len(text), limit=limit)
    return text


def spoken_duration(text: str) -> int:
    """Seconds in a duration as people write it. A bare number is minutes ("5" → 5 minutes), a number
    after hours is minutes ("1h30"), after minutes seconds ("2m30"). Decimals count ("1,5 giờ")."""
    raw = clean_line(text, 40).lower()
    if not raw:
        raise EntryError("entry.empty-duration")
    total, rest, previous = 0.0, raw, None
    for match in _TOKEN.finditer(raw):
        number = float(match[1].replace(",", "."))
        unit = _UNIT_OF.get(match[2].lower()) if match[2] else None
        if unit is None:  # "1h30", "2m30", or a bare "5"
            unit = {"h": "m", "m": "s"}.get(previous or "", "m" if previous is None else None)
            if unit is None:
                raise EntryError("entry.bad-duration", text=raw)
        total += number * {"h": 3600, "m": 60, "s": 1}[unit]
        previous = unit
        rest = rest.replace(match[0], " ", 1)
    if previous is None or rest.replace("và", " ").replace("and", " ").strip(" ,"):
        raise EntryError("entry.bad-duration", text=raw)
    seconds = round(total)
    if seconds <= 0:
        raise EntryError("entry.zero-duration")
    if seconds > MAX_DURATION:
        raise EntryError("entry.long-duration", text=raw, hours=MAX_DURATION // 3600)
    return seconds


def strip_accents(text: str) -> str:
    """Lower case without tone or vowel marks; đ as d."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(title: str, fallback: str = "muc") -> str:
    """An id from a title: "Bầu Ban Chấp hành" → "bau-ban-chap-hanh" (the loader's id alphabet)."""
    words = re.findall(r"[a-z0-9]+", strip_accents(title or ""))
    text = "-".join(words)[:MAX_ID].strip("-")
    return text or fallback


def unique_id(title: str, taken: Iterable[str], fallback: str = "muc") -> str:
    """slug(title), with -2, -3… added when that id is already used."""
    used = set(taken)
    base = slug(title, fallback)
    ident, number = base, 2
    while ident in used:
        ident, number = f"{base}-{number}", number + 1
    return ident


def candidate_names(paste: str) -> list[str]:
    """A list pasted from Word or Excel, one name a line, in the order the ballot lists them: numbering
    ("1.", "2)"), bullets and the cells after the name dropped; duplicates kept (the checks name them)."""
    if len(paste or "") > MAX_PASTE:
        raise EntryError("entry.too-long", length=len(paste), limit=MAX_PASTE)
    names = []
    for line in (paste or "").splitlines():
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]  # an Excel row: one cell a column
        if not cells:
            continue
        cell = cells[1] if len(cells) > 1 and re.fullmatch(r"\d+[.)]?", cells[0]) else cells[0]
        name = clean_line(re.sub(r"^(?:\d+\s*[.)/-]?\s+|\d+[.)]|[-•*–·]\s*)", "", cell))
        if name:
            names.append(name)
    if len(names) > MAX_NAMES:
        raise EntryError("entry.too-many-names", count=len(names), limit=MAX_NAMES)
    return sort_names(names)
