"""What the operating system said when a file could not be read or written, in the reader's language.

Python's `OSError.strerror` is the C library's English ("No such file or directory") whatever `--lang`
says; `reason(error)` gives the common causes as catalogue messages and keeps the system's own text only
for a rare cause this table does not know.
"""

from __future__ import annotations

import errno

ENTRIES: dict[str, tuple[str, str]] = {
    "ENOENT": ("không có tệp hoặc thư mục này", "no such file or folder"),
    "EACCES": ("không có quyền truy cập", "permission denied"),
    "EPERM": ("không được phép", "not permitted"),
    "EISDIR": ("đây là một thư mục, không phải tệp", "it is a folder, not a file"),
    "ENOTDIR": ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
    "ENOSPC": ("ổ đĩa đã đầy", "the disk is full"),
    "EROFS": ("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    "EEXIST": ("tệp đã có", "the file already exists"),
    "EBUSY": ("tệp đang được chương trình khác dùng", "the file is in use by another program"),
}


def reason(error: OSError | Exception) -> object:
    """The cause of `error` as a catalogue message (said in the reader's language), else the system's text."""
    from presidium.core.catalogue import Message  # the package imports this module while it assembles

    name = errno.errorcode.get(getattr(error, "errno", None) or -1)
    if name in ENTRIES:
        return Message(f"system.{name}")
    return getattr(error, "strerror", None) or error
