"""What the `presidium simulate` actions-file parser (code "action_script.<key>") says about a line it cannot read (ScriptError,
core/action_messages.py), and the names of what an action refers to ("what.*", filling {what})."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "time": (
        "“{got}” không phải thời điểm tính từ lúc bắt đầu (viết MM:SS hoặc H:MM:SS)",
        "“{got}” is not a time since the start (write MM:SS or H:MM:SS)",
    ),
    "time-far": (
        "“{got}” quá xa: kịch bản chỉ tính trong {hours} giờ kể từ lúc bắt đầu",
        "“{got}” is too far: a script covers at most {hours} hours from the start",
    ),
    "backwards": (
        "{got} sớm hơn dòng trước; thời điểm không được lùi lại",
        "{got} is earlier than the line before; times must not go backwards",
    ),
    "no-action": (
        "thiếu thao tác sau {got} (một trong: {allowed})",
        "an action is missing after {got} (one of: {allowed})",
    ),
    "unknown": ("không có thao tác “{got}” (một trong: {allowed})", "unknown action “{got}” (one of: {allowed})"),
    "in-action": ("{name}: {problem} (cách viết: {usage})", "{name}: {problem} (usage: {usage})"),
    "unreadable": ("không đọc được tệp kịch bản: {detail}", "cannot read the actions file: {detail}"),
    "not-utf8": (
        "tệp kịch bản không được lưu dưới dạng UTF-8; hãy mở bằng Notepad và chọn “Lưu thành” → Mã hoá UTF-8",
        "the actions file is not saved as UTF-8; open it in Notepad and choose “Save as” → Encoding UTF-8",
    ),
    # argument shapes
    "no-arguments": ("không nhận tham số, nhưng có “{got}”", "takes no arguments, got “{got}”"),
    "one-id": ("cần đúng một mã {what}", "needs exactly one {what} id"),
    "whole": ("{key}={got}: cần một số nguyên ≥ 0", "{key}={got}: a whole number ≥ 0 is needed"),
    "too-big": ("{key}={got}: quá lớn (tối đa {limit})", "{key}={got}: too large (at most {limit})"),
    "quotes": ("dấu ngoặc kép không khép ({detail})", "unbalanced quotes ({detail})"),
    "pair": ("“{got}” không có dạng TÊN=GIÁ_TRỊ", "“{got}” is not NAME=VALUE"),
    "note-empty": ("thiếu nội dung ghi chú", "the note's text is missing"),
    "present-missing": ("thiếu số đại biểu có mặt", "the number present is missing"),
    "unknown-field": ("không có trường “{got}”", "unknown field “{got}”"),
    "for-or-unanimous": ("cần for=N, hoặc unanimous", "give for=N, or unanimous"),
    "missing": ("thiếu {names}", "missing {names}"),
    "name-twice": (
        "“{name}” có hai lần trên dòng này; mỗi người chỉ ghi một số phiếu",
        "“{name}” appears twice on this line; give each name one figure",
    ),
    "insert-shape": ("cần thời lượng và tên mục", "needs a duration and a title"),
    "title-missing": ("thiếu tên mục", "the title is missing"),
    "duration": (
        "“{got}” không phải thời lượng; viết như 5m, 1h30m hoặc 90s",
        "“{got}” is not a duration; write it like 5m, 1h30m or 90s",
    ),
    "speaker-missing": ("thiếu tên người phát biểu", "the speaker's name is missing"),
    "places": ("“{got}” không phải số vị trí như +1 hoặc -2", "“{got}” is not a number of places like +1 or -2"),
    "result-missing": ("thiếu tệp kết quả kiểm phiếu", "the result file is missing"),
    "convened-shape": ("cần số đại biểu được triệu tập và reason=LÝ DO", "needs the number convened and reason=TEXT"),
    # what an id names, as {what} above
    "what.item": ("mục", "item"),
    "what.card": ("thẻ tình huống", "card"),
}
