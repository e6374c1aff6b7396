"""What one line of a kịch bản is: a session marker, a numbered heading, the presenter, a time, a note,
a stage direction, part of the document's own header or approval block, or words to read.

Matching is done on `strip_accents` text, so "PHIÊN TRÙ BỊ", "Phien tru bi" and "PHIEN TRU BI" are one
marker; the texts kept are cut from the original at the same places, diacritics and all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from presidium.core.importing.words import find_duration, parse_clock_range, straight_quotes, strip_accents

_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|xi{1,3}|xiv|xv)"
_SEP = r"\s*[.\-–—:/)]\s*"

# Words that make a line a session: "PHIÊN TRÙ BỊ", "PHẦN I", "A. PHẦN TRÙ BỊ", "BUỔI SÁNG", "NGÀY THỨ NHẤT".
_SESSION_WORDS = re.compile(
    r"^(?:[a-h]" + _SEP + r"|" + _ROMAN + _SEP + r")?\s*(phien|phan|buoi|ngay thu|session|part)\b"
)
_LETTER = re.compile(r"^([a-h])" + _SEP + r"(\S.*)$")
_ROMAN_HEAD = re.compile(r"^(" + _ROMAN + r")" + _SEP + r"(\S.*)$")
_ARABIC = re.compile(r"^(\d{1,3})\s*(?:[.)\-–—:/]|\.\s*[-–—])\s*(\S.*)$")
_BULLET = re.compile(r"^[-–—•+*]\s+(\S.*)$")

# Section markers of a program list followed by its detailed steps.
_PROGRAM_PART = re.compile(r"^(?:[a-h]|" + _ROMAN + r")" + _SEP + r"(?:noi dung\s+)?chuong trinh\b")
_STEPS_PART = re.compile(
    r"^(?:[a-h]|"
    + _ROMAN
    + r")"
    + _SEP
    + r"(?:cac buoc|chi tiet|kich ban|dien bien|trinh tu|noi dung chi tiet|phan chi tiet)"
)

_PRESENTER_LABEL = re.compile(
    r"^\s*(nguoi dieu hanh|nguoi thuc hien|nguoi trinh bay|nguoi doc|nguoi phu trach|thuc hien|trinh bay|"
    r"phan cong|dieu hanh|chu tri|presenter|by)\s*:\s*(.+?)\s*\.?$",
    re.S,
)
_PRESENTER_PHRASE = re.compile(
    r"^\s*((?:dong chi|d/c|dc|d\.c)\b\.?\s*.+?)\s*[,;:\-–]?\s*"
    r"(dieu hanh|trinh bay|thuc hien|chu tri|doc|phat bieu|dan chuong trinh|bao cao)\s*[.!]?\s*$"
)
_TIME_LABEL = re.compile(r"^\s*(thoi gian|thoi luong|time|duration|du kien)\s*:\s*(.+)$", re.S)
_NOTE_LABEL = re.compile(r"^\s*(ghi chu|luu y|note|notes)\s*:\s*(.+)$", re.S)
_VOTE_LABEL = re.compile(r"^(bieu quyet|vote)\s*:\s*(.+)$", re.S)
_CANDIDATES_LABEL = re.compile(r"^(danh sach bau cu|candidates)\s*(\(\d+[^)]*\))?\s*:\s*(.+)$", re.S)
_SPEAKERS_LABEL = re.compile(r"^(dang ky phat bieu|danh sach phat bieu|registered speakers)\s*:\s*(.+)$", re.S)
_ELECTION_LABEL = re.compile(r"^(bau cu|election)\s*:\s*(.+)$", re.S)

# The document's own furniture, never part of the program.
_FURNITURE = re.compile(
    r"^(dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|\*+|"
    r"kich ban( dieu hanh| chi tiet)?|so[: ].*-?kb.*|noi nhan\s*:?.*|duyet cua.*|t/?m\.? .*|thay mat .*|"
    r"\(ky,? ghi ro ho (va )?ten\)|\(da ky\)|ky ten|bi thu|pho bi thu|truong ban|luu\s*:?.*|- luu.*|"
    r"trang \d+.*|\d+\s*/\s*\d+|in luc .*|dau van tay.*|ban tham khao.*|mat\b.*|tong thoi gian.*|"
    r"planned time in all.*|running script|kich ban .* dau van tay .*)$"
)
_DATE_WORDS = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_DATE_NUMBERS = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
_CONGRESS_TITLE = re.compile(r"^(dai hoi|hoi nghi|ky hop|annual|general|meeting)\b")


@dataclass(frozen=True)
class Marker:
    """A numbered or lettered heading: its style of number ("roman", "arabic", "letter", "bullet",
    "session"), the number (1 for "I." or "A." or "1."), and the heading's text without it."""

    style: str
    number: int
    text: str


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total, previous = 0, 0
    for char in reversed(text):
        value = values[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def marker(text: str) -> Marker | None:
    """The heading a line starts with, if any ("II- PHIÊN CHÍNH THỨC" -> roman 2)."""
    plain = strip_accents(straight_quotes(text)).strip()
    if found := _ARABIC.match(plain):
        return Marker("arabic", int(found[1]), text[found.start(2) :].strip())
    if found := _ROMAN_HEAD.match(plain):
        return Marker("roman", _roman_value(found[1]), text[found.start(2) :].strip())
    if (found := _LETTER.match(plain)) and (text[:1].isupper() or found[1] in "ab"):
        return Marker("letter", ord(found[1]) - ord("a") + 1, text[found.start(2) :].strip())
    if found := _BULLET.match(plain):
        return Marker("bullet", 0, text[found.start(1) :].strip())
    return None


def is_session_title(text: str) -> bool:
    """ "PHIÊN TRÙ BỊ", "A. PHẦN TRÙ BỊ", "PHẦN I", "Buổi chiều", "Phiên chính thức — ngày thứ nhất"."""
    plain = strip_accents(straight_quotes(text)).strip()
    return (
        bool(_SESSION_WORDS.match(plain))
        and len(plain) <= 160
        and not plain.endswith((";", ","))
        and not _is_sentence(text.strip())
    )


# A heading is not a sentence: words read aloud that open with "Phiên …" ("Phiên trù bị đã hoàn thành
# toàn bộ nội dung đề ra. Thay mặt …") go on past a full stop, or end as a long sentence does.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[^\W\d_]")


def _is_sentence(text: str) -> bool:
    head = marker(text)
    words = head.text if head and head.style in ("letter", "roman") else text
    if _SENTENCE_BREAK.search(words):
        return True
    return words.endswith((".", "!", "?")) and not words.isupper() and len(words.split()) > 8


def session_title(text: str) -> str:
    """The session's own words: "A. PHẦN TRÙ BỊ" -> "PHẦN TRÙ BỊ"; times and dates in brackets dropped."""
    head = marker(text)
    title = head.text if head and head.style in ("letter", "roman") else text
    title = re.sub(r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]\s*$", "", title).strip(" :.-–—")
    return title


def sentence_case(title: str) -> str:
    """ "PHIÊN TRÙ BỊ" -> "Phiên trù bị": a title typed in capitals, as the program files write titles."""
    if title.isupper() and len(title) > 3:
        return title[0] + title[1:].lower()
    return title


def is_program_part(text: str) -> bool:
    return bool(_PROGRAM_PART.match(strip_accents(text).strip()))


def is_steps_part(text: str) -> bool:
    return bool(_STEPS_PART.match(strip_accents(text).strip()))


def presenter(text: str) -> str | None:
    """The presenter a line names: "Đồng chí Nguyễn Văn A điều hành", "(Đ/c Trần B trình bày)",
    "Người thực hiện: Đ/c Lê C". The name is kept as written (with "Đồng chí" dropped)."""
    source = _unwrapped(straight_quotes(text).strip())
    plain = strip_accents(source)
    if len(plain) > 200:
        return None
    if found := _PRESENTER_LABEL.match(plain):  # a label keeps the name as written, "Đ/c" and all
        return source[found.start(2) : found.end(2)].strip()
    if found := _PRESENTER_PHRASE.match(plain):
        return without_title(source[found.start(1) : found.end(1)])
    return None


def _unwrapped(text: str) -> str:
    """ "(Đ/c Trần B trình bày)" -> "Đ/c Trần B trình bày": a line standing in parentheses, opened;
    "- Đồng chí … điều hành" -> without the bullet."""
    text = re.sub(r"^[-–—•+*]\s+", "", text)
    if text.startswith("(") and text.rstrip(".").endswith(")") and text.count("(") == text.count(")"):
        inner = text.rstrip(".")[1:-1]
        if "(" not in inner.split(")")[0] or inner.count("(") == inner.count(")"):
            return inner.strip()
    return text


def without_title(name: str) -> str:
    name = re.sub(r"^(?:đồng chí|đ/c|đc|đ\.c|dong chi|d/c)\.?\s+", "", name.strip(), flags=re.IGNORECASE)
    name = name.strip(" ,;:-–—")
    return name[:-1] if name.endswith(".") and not name.endswith("..") and not name.endswith("…") else name


def timing(text: str) -> tuple[time | None, int | None] | None:
    """(start, seconds) of a line that gives the item's time: "Thời gian: 07:30 – 07:35 (5 phút)",
    "(5 phút)", "Thời lượng: 10'"; None when the line is something else."""
    source = _unwrapped(straight_quotes(text).strip())
    plain = strip_accents(source)
    label = _TIME_LABEL.match(plain)
    if label:
        body = source[label.start(2) : label.end(2)]
    elif re.fullmatch(
        r"(khoang\s+)?\d+(?:[.,]\d+)?\s*(phut|p|'|gio|h|giay)[^()]{0,20}", plain
    ) and text.strip().startswith("("):
        body = source
    else:
        return None
    start, end = parse_clock_range(body.split("(")[0])
    if start is None:
        start, end = parse_clock_range(body)
    seconds = find_duration(body)
    if seconds is None and start and end:
        from presidium.core.importing.words import seconds_between

        seconds = seconds_between(start, end)
    if start is None and seconds is None:
        return None
    return start, seconds


def note(text: str) -> str | None:
    source = _unwrapped(text.strip())
    found = _NOTE_LABEL.match(strip_accents(straight_quotes(source)))
    return source[found.start(2) : found.end(2)].strip() if found else None


def labelled(text: str, kind: str) -> str | None:
    """The rest of a "Biểu quyết: …" or "Bầu cử: …" line (kind "vote" or "election")."""
    pattern = _VOTE_LABEL if kind == "vote" else _ELECTION_LABEL
    found = pattern.match(strip_accents(text.strip()))
    return text.strip()[found.start(2) :].strip() if found else None


def candidates(text: str) -> list[str] | None:
    """The names of a "Danh sách bầu cử (17 người): A; B; C" line."""
    found = _CANDIDATES_LABEL.match(strip_accents(text.strip()))
    if not found:
        return None
    return [name.strip(" .") for name in text.strip()[found.start(3) :].split(";") if name.strip(" .")]


def speakers(text: str) -> list[tuple[str, str]] | None:
    """(name, unit) of each speaker on a "Đăng ký phát biểu: A (đơn vị); B" line."""
    found = _SPEAKERS_LABEL.match(strip_accents(text.strip()))
    if not found:
        return None
    out = []
    for entry in text.strip()[found.start(2) :].split(";"):
        entry = entry.strip(" .")
        if not entry:
            continue
        unit = re.search(r"\s*\(([^()]*)\)$", entry)
        out.append((entry[: unit.start()].strip(), unit[1].strip()) if unit else (entry, ""))
    return out


_BASES = (
    ("duoc trieu tap", "convened"),
    ("convened", "convened"),
    ("co mat", "present"),
    ("present", "present"),
    ("phieu hop le", "valid"),
    ("valid", "valid"),
    ("phieu bau", "cast"),
    ("cast", "cast"),
)


def rule_in(text: str) -> dict[str, Any] | None:
    """The rule a printed vote or election line spells out: "… thông qua khi có trên một phần hai (1/2)
    tổng số đại biểu được triệu tập tán thành" -> {fraction "1/2", base "convened", strict True}."""
    plain = strip_accents(text)
    found = re.search(r"(tren|more than|it nhat|at least)\s+(?:[a-z ]*\()?(\d+)\s*/\s*(\d+)\)?", plain) or re.search(
        r"(tren|more than|it nhat|at least)\s+(\d+(?:[.,]\d+)?)\s*%()", plain
    )
    if not found:
        return None
    base = next((name for words, name in _BASES if words in plain[found.end() :]), None)
    if base is None:
        return None
    fraction = f"{int(found[2])}/{int(found[3])}" if found[3] else _percent_fraction(found[2])
    strict = found[1] in ("tren", "more than")
    clause = next((part for part in re.split(r"\s*;\s*", text) if strip_accents(part).find(found[1]) >= 0), text)
    description = clause.strip(" .")
    return {
        "fraction": fraction,
        "base": base,
        "strict": strict,
        "description": description[:1].upper() + description[1:] + ".",
    }


def _percent_fraction(text: str) -> str:
    from fractions import Fraction

    value = Fraction(text.replace(",", ".")) / 100
    return f"{value.numerator}/{value.denominator}"


def is_direction(text: str) -> bool:
    """A stage direction standing alone: "(Cử nhạc Quốc ca, Quốc tế ca)", "(Vỗ tay)"."""
    source = text.strip()
    return source.startswith("(") and source.endswith((")", ").", ")!")) and source.count("(") == source.count(")")


def is_spoken(text: str) -> bool:
    """Words to read usually open with "Kính thưa…", "Thưa…" or an address to the hall."""
    plain = strip_accents(text.strip())
    return plain.startswith(
        (
            "kinh thua",
            "thua ",
            "xin kinh",
            "xin tran trong",
            "xin moi",
            "de nghi",
            "dear ",
            "good morning",
            "good evening",
            "ladies",
        )
    )


def is_furniture(text: str) -> bool:
    """The document's header, footer, approval block and signature lines."""
    plain = strip_accents(straight_quotes(text)).strip(" .")
    return bool(_FURNITURE.match(plain)) or bool(re.fullmatch(r"[-_=*~.…\s]{3,}", plain))


def date_in(text: str) -> date | None:
    """A date written in the line: "ngày 15 tháng 7 năm 2025", "15/7/2025", "15-07-2025"."""
    plain = strip_accents(text)
    if iso := re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", plain):
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    found = _DATE_WORDS.search(plain) or _DATE_NUMBERS.search(plain)
    if not found:
        return None
    try:
        return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None


_CLOCK_IN = re.compile(r"(?<![\d/.])(\d{1,2})\s*(?:h|giờ|gio|:)\s*(\d{2})?(?![\d/])", re.IGNORECASE)


def clock_in(text: str) -> time | None:
    """The first time of day written in a line: "PHIÊN TRÙ BỊ (7h30, ngày 15/7/2025)" -> 07:30."""
    for found in _CLOCK_IN.finditer(text):
        hour, minute = int(found[1]), int(found[2] or 0)
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    return None


_ENGLISH_DATE = re.compile(
    r"^(.+?),\s*\d{1,2}\s+(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+\d{4}$",
    re.IGNORECASE,
)


def place_and_date(text: str) -> tuple[str, date | None] | None:
    """("Hà Tĩnh", 15/7/2025) of a "Hà Tĩnh, ngày 15 tháng 7 năm 2025" line (the document's date line)."""
    source = text.strip()
    found = re.match(r"^(.{2,60}?),\s*(ngày|ngay)\s", source)
    if found and date_in(source):
        return found[1].strip(), date_in(source)
    english = _ENGLISH_DATE.match(source)
    if english:
        return english[1].strip(), None
    return None


def is_congress_title(text: str) -> bool:
    return bool(_CONGRESS_TITLE.match(strip_accents(text).strip())) and len(text) <= 300
