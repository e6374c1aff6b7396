"""What a backup of the journal says when it will not copy (BackupError, infra/backup.py)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "same-file": (
        "{target}: đây chính là nhật ký cần sao lưu; hãy chọn nơi khác (ví dụ một ổ USB)",
        "{target}: this is the journal itself; choose another place (a USB stick, say)",
    ),
    "not-journal": (
        "{target}: tệp đã có và không phải nhật ký Presidium; không ghi đè — hãy chọn tên khác",
        "{target}: exists and is not a Presidium journal; it is not overwritten — choose another name",
    ),
    "ahead": (
        "{target}: bản sao này có những sự kiện mà nhật ký {source} không có (máy dự phòng đã ghi tiếp vào đó?); "
        "không ghi đè",
        "{target}: this copy holds events that {source} lacks (a standby laptop went on recording in it?); "
        "it is not overwritten",
    ),
    "copy-in-use": (
        "{target}: bản sao đang được một cửa sổ Presidium ghi (máy dự phòng đã tiếp quản?); không ghi đè",
        "{target}: the copy is being written by a Presidium window (has a standby taken over?); not overwritten",
    ),
    "no-folder": (
        "{target}: thư mục {folder} không tồn tại hoặc không ghi được",
        "{target}: the folder {folder} does not exist or cannot be written",
    ),
    "failed": ("{target}: không sao lưu được ({detail})", "{target}: the copy failed ({detail})"),
    "copy-altered": (
        "{target}: bản sao không vượt qua kiểm tra ({problem})",
        "{target}: the copy failed verification ({problem})",
    ),
}
