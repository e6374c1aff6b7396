"""What is refused where a person types or pastes (durations, long texts, pasted lists): key -> (Vietnamese,
English)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "too-long": (
        "văn bản dài {length} ký tự, quá giới hạn {limit}",
        "the text is {length} characters long, over the limit of {limit}",
    ),
    "empty-duration": ("chưa nhập thời lượng", "no duration given"),
    "bad-duration": (
        "'{text}' không phải thời lượng; viết như 5 phút, 1h30, 90s hoặc 5m",
        "'{text}' is not a duration; write it like 5 min, 1h30, 90s or 5m",
    ),
    "zero-duration": ("thời lượng phải lớn hơn 0", "the duration must be longer than zero"),
    "long-duration": (
        "{text} dài hơn {hours} giờ: một mục không thể kéo dài như vậy",
        "{text} is longer than {hours} hours: no single item runs that long",
    ),
    "too-many-names": (
        "danh sách có {count} tên, quá giới hạn {limit}",
        "the list has {count} names, over the limit of {limit}",
    ),
}
