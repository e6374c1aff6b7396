"""What `presidium new` and the templates say when a template cannot be listed or a new program cannot be
written: key -> (Vietnamese, English)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "unknown": (
        "không có mẫu “{name}”{hint}; các mẫu hiện có: {known} (xem bằng lệnh presidium templates)",
        "there is no template “{name}”{hint}; the templates are: {known} (list them with presidium templates)",
    ),
    "hint": (" (có phải “{close}”?)", " (did you mean “{close}”?)"),
    "exists": (
        "{path}: tệp đã có, giữ nguyên không ghi đè; hãy chọn tên tệp khác",
        "{path}: the file already exists and is left as it is; choose another name",
    ),
    "is-dir": ("{path}: đây là một thư mục, không phải tệp", "{path}: this is a folder, not a file"),
    "no-dir": ("{path}: thư mục {parent} không tồn tại", "{path}: the folder {parent} does not exist"),
    "cannot-write": ("{path}: không ghi được tệp ({error})", "{path}: cannot write the file ({error})"),
    "catalogue": (
        "danh mục mẫu {path} bị hỏng: {error}",
        "the template catalogue {path} is damaged: {error}",
    ),
    "missing-file": (
        "mẫu “{name}”: không tìm thấy tệp {path}",
        "template “{name}”: the file {path} is missing",
    ),
}
