"""What the editor says when a program file cannot be read, parsed or written: key -> (Vietnamese, English)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "unreadable": ("không đọc được {path}: {reason}", "cannot read {path}: {reason}"),
    "syntax": (
        "{path} có lỗi cú pháp TOML nên chưa mở được trong trình soạn thảo: {detail}",
        "{path} has a TOML syntax error and cannot be opened in the editor: {detail}",
    ),
    "unwritable": ("không ghi được {path}: {reason}", "cannot write {path}: {reason}"),
}
