"""What `presidium export` says on the command line and in the window's Export menu: why a document cannot be
made, notes on how it was made, what was written (presidium.app.cli_export, presidium.app.cli_export_script),
and the journal anchor printed at the foot of the minutes and the review. "script_*": the kịch bản's own.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "no_db": ("{db}: không có tệp nhật ký này", "{db}: no such journal"),
    "empty": (
        "{db}: nhật ký chưa có lượt chạy nào (chưa bắt đầu tổng duyệt hay đại hội chính thức)",
        "{db}: the journal holds no runs yet (no rehearsal or live run has started)",
    ),
    "bad_id": (
        "mã lượt chạy phải là một số nguyên, không phải “{run}”",
        "the run id must be a whole number, not “{run}”",
    ),
    "no_run": (
        "{db}: không có lượt chạy số {run}; các lượt chạy có trong nhật ký: {ids}",
        "{db}: there is no run {run}; the journal holds runs {ids}",
    ),
    "not_started": (
        "lượt chạy {run} chưa bắt đầu: chưa có gì để xuất",
        "run {run} has not started: there is nothing to export",
    ),
    "no_program": (
        "không tìm thấy chương trình của lượt chạy {run}: tệp {source} không còn và nhật ký không lưu bản chương trình",
        "the program of run {run} cannot be found: {source} is gone and the journal kept no copy",
    ),
    "changed": (
        "tệp chương trình {source} đã thay đổi so với bản dùng cho lượt chạy {run} (dấu vân tay {was} → {now})",
        "the program file {source} has changed since run {run} (fingerprint {was} → {now})",
    ),
    "minutes_changed": (
        "{reason}; biên bản chỉ được lập từ đúng chương trình đã được thông qua. Hãy khôi phục tệp chương trình gốc",
        "{reason}; minutes are only made from the approved program. Restore the original file",
    ),
    "using_copy": (
        "tệp chương trình {source} {why}; dùng bản chương trình lưu trong nhật ký (dấu vân tay {fp})",
        "the program file {source} {why}; using the copy kept in the journal (fingerprint {fp})",
    ),
    "gone": ("không còn", "is gone"),
    "differs": ("đã thay đổi", "has changed"),
    "review_changed": (
        "{reason}; thời lượng dự kiến trong bản rút kinh nghiệm lấy theo tệp hiện tại",
        "{reason}; the planned durations in the review come from the current file",
    ),
    "bad_program": (
        "chương trình của lượt chạy {run} không đọc được: {error}",
        "the program of run {run} cannot be read: {error}",
    ),
    "unfoldable": (
        "nhật ký của lượt chạy {run} không khớp với chương trình: {error}",
        "the journal of run {run} does not fit the program: {error}",
    ),
    "output_dir": ("{path}: thư mục {parent} không tồn tại", "{path}: the folder {parent} does not exist"),
    "output_journal": (
        "{path}: không ghi đè lên nhật ký hay một cơ sở dữ liệu SQLite; hãy chọn tên tệp khác, ví dụ bien-ban.docx",
        "{path}: will not overwrite a journal or an SQLite database; choose another file name, e.g. minutes.docx",
    ),
    "altered": (
        "{db}: nhật ký không vượt qua kiểm tra ({problem}); không xuất tài liệu từ một nhật ký đã bị sửa — hãy chạy "
        "presidium verify và dùng bản sao lưu còn nguyên vẹn",
        "{db}: the journal failed verification ({problem}); no document is made from an altered journal — run "
        "presidium verify and use an intact backup",
    ),
    "cannot_write": (
        "{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
        "{path}: cannot write the file ({error}); is it open in Word?",
    ),
    "no_charts": (
        "không vẽ được biểu đồ ({error}); bản rút kinh nghiệm được xuất không kèm biểu đồ",
        "the charts could not be drawn ({error}); the review is written without them",
    ),
    "rehearsal_skipped": (
        "bỏ qua lượt tổng duyệt {run}: không khớp với chương trình ({error})",
        "rehearsal {run} left out: it does not fit the program ({error})",
    ),
    "written_minutes": (
        "Đã xuất biên bản lượt chạy {run} ({mode}) vào {path} ({seconds} giây)",
        "Minutes of run {run} ({mode}) written to {path} ({seconds} s)",
    ),
    "written_review": (
        "Đã xuất bản rút kinh nghiệm lượt chạy {run} ({mode}, so sánh với {n} lượt tổng duyệt) vào {path} ({seconds} "
        "giây)",
        "Review of run {run} ({mode}, against {n} rehearsals) written to {path} ({seconds} s)",
    ),
    "written_review.one": (
        "Đã xuất bản rút kinh nghiệm lượt chạy {run} ({mode}, so sánh với {n} lượt tổng duyệt) vào {path} ({seconds} "
        "giây)",
        "Review of run {run} ({mode}, against {n} rehearsal) written to {path} ({seconds} s)",
    ),
    "footer": (
        "Nhật ký: lần chạy {run} · {events} sự kiện · mã cuối {head} · chương trình {fp}",
        "Journal: run {run} · {events} events · head {head} · program {fp}",
    ),
    "warning": ("presidium export: lưu ý: {message}", "presidium export: note: {message}"),
    "needs_db": (
        "biên bản, bản rút kinh nghiệm và nhật ký nhập phiếu lấy từ nhật ký: thêm --db TỆP",
        "the minutes, the review and the entry log come from a journal: add --db FILE",
    ),
    "script_no_program": (
        "thêm --program TỆP: kịch bản được lập từ tệp chương trình",
        "add --program FILE: the script is made from the program file",
    ),
    "script_bad_program": (
        "{file}: chương trình còn {count} lỗi, chưa xuất được kịch bản:",
        "{file}: the program has {count} problems; the script cannot be exported yet:",
    ),
    "script_written": (
        "Đã xuất kịch bản ({sessions} phiên, {items} nội dung) vào {path} ({seconds} giây); dấu vân tay {fingerprint}",
        "Script ({sessions} sessions, {items} items) written to {path} ({seconds} s); fingerprint {fingerprint}",
    ),
}
