"""Text as the offices type it: accents, Word's typography, times and durations in everyday forms.

Everything here is pure and total: a function given text it cannot read returns None (or the text
unchanged), never raises, so one odd cell never stops an import.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

MAX_TEXT = 20_000  # characters kept of one paragraph or cell: a pasted book is cut, never recorded whole

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)  # soft hyphen, zero widths
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t\v\f"), " ")


def _plain_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


class _PlainTable(dict[int, str]):
    """str.translate table filled on first sight of each character: one C-level pass per text."""

    def __missing__(self, code: int) -> str:
        plain = _plain_char(chr(code))
        self[code] = plain = plain if len(plain) == 1 else chr(code)
        return plain


_PLAIN = _PlainTable()


def strip_accents(text: str) -> str:
    """Lower case without diacritics, character for character ("Đại hội" -> "dai hoi"): the same length
    as `text`, so a match found in it is at the same place in the original."""
    return text.translate(_PLAIN)


def clean(text: str) -> str:
    """One paragraph or cell as typed: NFC, no control or invisible characters, ordinary spaces, no runs
    of spaces, trimmed, at most MAX_TEXT characters. Line breaks inside it are kept."""
    text = unicodedata.normalize("NFC", text[: MAX_TEXT * 2]).translate(_INVISIBLE).translate(_SPACES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = "".join(char for char in text if char == "\n" or unicodedata.category(char) != "Cc")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()[:MAX_TEXT]


def straight_quotes(text: str) -> str:
    """Word's curly quotes and primes as typed on a keyboard (for matching words, not for the text kept)."""
    return text.translate(str.maketrans("“”„‟‘’‚‛′″", "\"\"\"\"''''''"))


# --- times and durations -----------------------------------------------------------------------------

_DASH = r"\s*(?:-|–|—|−|đến|den|to)\s*"
_CLOCK = (
    r"(\d{1,2})\s*(?:h|g|giờ|gio|:|\.)\s*(\d{2})?(?:\s*(?:phút|phut|p|'|’))?"
    r"|(\d{1,2})\s*(?:h|giờ|gio)"
)
_CLOCK_RE = re.compile(_CLOCK, re.IGNORECASE)
_RANGE = re.compile(rf"(?:từ\s+|tu\s+)?({_CLOCK}){_DASH}({_CLOCK})", re.IGNORECASE)


def _clock_of(match_text: str) -> time | None:
    found = re.fullmatch(
        r"\s*(\d{1,2})\s*(?:h|g|giờ|gio|:|\.)?\s*(\d{2})?\s*(?:phút|phut|p|'|’)?\s*", match_text, re.IGNORECASE
    )
    if not found:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_clock_range(text: str) -> tuple[time | None, time | None]:
    """(start, end) of "07:30–07:35", "7h30 - 7h35", "Từ 7 giờ 30 đến 8 giờ", or (start, None) of a
    single time ("7h30", "7 giờ 30", "07:30"); (None, None) when the text holds no time of day."""
    text = straight_quotes(clean(text))
    found = _RANGE.search(text)
    if found:
        start, end = _clock_of(found[1]), _clock_of(found[5])
        if start and end:
            return start, end
    single = re.fullmatch(r"\s*(?:lúc|luc|từ|tu)?\s*(" + _CLOCK + r")\s*", text, re.IGNORECASE)
    if single:
        return _clock_of(single[1]), None
    return None, None


def seconds_between(start: time, end: time) -> int | None:
    """Seconds from start to end on the same day (None when end is not after start, or over 12 hours)."""
    seconds = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) * 60
    return seconds if 0 < seconds <= 12 * 3600 else None


_DURATION_PART = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(giờ|gio|tiếng|tieng|h|hours?|hrs?|phút|phut|ph|p|minutes?|mins?|m|'|’|giây|giay|gi|s|seconds?|secs?|\")",
    re.IGNORECASE,
)
MAX_DURATION = 12 * 3600  # one item of a congress never lasts longer than a working day


def parse_duration_text(text: str) -> int | None:
    """Seconds in "5 phút", "5'", "05 ph", "1 giờ 30 phút", "1h30", "1,5 giờ", "90 giây", "45p", "5m",
    "1h30m", "0:45" (hours:minutes) or a bare number of minutes ("15"). None when it is not a duration
    or not one an agenda item can have (zero, over 12 hours)."""
    text = straight_quotes(clean(text)).strip().rstrip(".")
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", text):
        seconds = round(float(text.replace(",", ".")) * 60)
    elif found := re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text):
        seconds = int(found[1]) * 3600 + int(found[2]) * 60 + int(found[3] or 0)
    elif found := re.fullmatch(r"(\d{1,2})\s*(?:h|giờ|gio)\s*(\d{1,2})", text, re.IGNORECASE):
        seconds = int(found[1]) * 3600 + int(found[2]) * 60
    else:
        rest, seconds = text, 0
        parts = list(_DURATION_PART.finditer(text))
        if not parts:
            return None
        for part in parts:
            value = float(part[1].replace(",", "."))
            unit = strip_accents(part[2])
            factor = (
                3600
                if unit[0] in "gth" and unit not in ("gi", "giay")
                else (1 if unit[0] in 's"' or unit in ("gi", "giay") else 60)
            )
            seconds += round(value * factor)
            rest = rest.replace(part[0], " ", 1)
        if re.sub(r"[\s,;và()a-z]*", "", strip_accents(rest)):  # digits or signs left over: not a duration
            return None
    return seconds if 0 < seconds <= MAX_DURATION else None


def find_duration(text: str) -> int | None:
    """A duration written inside a longer text: "(5 phút)", "thời lượng: 10'", "khoảng 15 phút"."""
    plain = straight_quotes(text)
    for found in re.finditer(
        r"(\d+(?:[.,]\d+)?\s*(?:giờ|gio|tiếng|h)(?:\s*\d+\s*(?:phút|phut|p|'|’)?)?"
        r"|\d+(?:[.,]\d+)?\s*(?:phút|phut|ph|p|'|’|giây|giay|minutes?|mins?)(?!\w))",
        plain,
        re.IGNORECASE,
    ):
        seconds = parse_duration_text(found[1])
        if seconds:
            return seconds
    return None


def format_minutes_vi(seconds: int) -> str:
    """ "5 phút", "1 giờ 30 phút", "1 phút 30 giây": how the kịch bản says a duration."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} giờ" if hours else "", f"{minutes} phút" if minutes else "", f"{secs} giây" if secs else ""]
    return " ".join(part for part in parts if part) or "0 phút"


def format_minutes_en(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h" if hours else "", f"{minutes} min" if minutes else "", f"{secs} s" if secs else ""]
    return " ".join(part for part in parts if part) or "0 min"
