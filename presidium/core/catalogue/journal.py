"""What the journal says: its refusals (JournalError), what `verify` finds, and what it was doing when a
file operation failed ("doing.*", filling {doing})."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "locked": (
        "{path}: nhật ký đang được ghi bởi một cửa sổ Presidium khác (tiến trình {pid} trên máy {host}, từ {since}); "
        "mỗi nhật ký chỉ có một cửa sổ được ghi — hãy dùng cửa sổ đó, hoặc mở nhật ký ở chế độ chỉ xem",
        "{path}: the journal is open for writing in another Presidium window (process {pid} on {host}, since "
        "{since}); only one window may write a journal — use that one, or open the journal read-only",
    ),
    "view-only": (
        "đây là chế độ chỉ xem: nhật ký đang được ghi ở cửa sổ khác, ở đây không ghi được gì",
        "this is a read-only view: the journal is written in another window; nothing can be recorded here",
    ),
    "wal-unreadable": (
        "{path}: những thay đổi sau cùng của nhật ký nằm trong tệp {wal}, không đọc được trên ổ chỉ đọc; hãy chép "
        "cả hai tệp sang một thư mục ghi được (hoặc dùng lệnh presidium backup)",
        "{path}: the journal's last changes are in {wal}, which cannot be read on read-only media; copy both "
        "files to a writable folder (or make copies with presidium backup)",
    ),
    "in-use": (
        "{path}: tệp đang được một chương trình khác sử dụng (một cửa sổ Presidium khác?) — hãy đóng chương trình "
        "đó rồi thử lại ({doing})",
        "{path}: in use by another program (another Presidium window?) — close it and try again ({doing})",
    ),
    "read-only": (
        "{path}: tệp hoặc thư mục chứa tệp chỉ cho phép đọc — không thể {doing}; hãy chép tệp sang nơi ghi được",
        "{path}: the file or its folder is read-only — {doing} is impossible; copy the file somewhere writable",
    ),
    "disk-full": (
        "{path}: ổ đĩa đã đầy — thao tác ({doing}) CHƯA được ghi lại; hãy giải phóng bớt dung lượng rồi làm lại",
        "{path}: the disk is full — {doing} was NOT recorded; free some space and repeat the action",
    ),
    "damaged-file": (
        "{path}: nhật ký bị hỏng ({detail}); tệp được giữ nguyên — hãy sao lưu một bản và khôi phục từ bản dự phòng",
        "{path}: the journal is damaged ({detail}); it was left untouched — keep a copy and restore a backup",
    ),
    "cannot-open": ("{path}: không mở được nhật ký ({detail})", "{path}: cannot open the journal ({detail})"),
    "failed": ("{path}: lỗi khi {doing}: {detail}", "{path}: {doing} failed: {detail}"),
    "folder": ("{path}: đây là một thư mục, không phải tệp nhật ký", "{path}: is a folder, not a journal file"),
    "not-sqlite": (
        "{path}: không phải nhật ký Presidium (không phải cơ sở dữ liệu SQLite); tệp được giữ nguyên",
        "{path}: not a Presidium journal (not an SQLite database); left untouched",
    ),
    "missing": ("{path}: không có tệp nhật ký này", "{path}: no such journal"),
    "file-read-only": (
        "{path}: tệp chỉ cho phép đọc — hãy mở ở chế độ chỉ đọc hoặc chép tệp sang nơi ghi được",
        "{path}: the file is read-only — open it read-only or copy it somewhere writable",
    ),
    "no-folder": ("{path}: không tạo được thư mục chứa tệp ({detail})", "{path}: cannot create its folder ({detail})"),
    "foreign": (
        "{path}: cơ sở dữ liệu SQLite của một chương trình khác, không phải nhật ký Presidium; tệp được giữ nguyên",
        "{path}: an SQLite database of another program, not a Presidium journal; left untouched",
    ),
    "damaged": (
        "{path}: nhật ký bị hỏng ({detail}); tệp được giữ nguyên — hãy sao lưu một bản",
        "{path}: the journal is damaged ({detail}); it was left untouched — keep a copy",
    ),
    "newer": (
        "{path}: nhật ký do phiên bản Presidium mới hơn ghi (lược đồ {version}); hãy cập nhật ứng dụng",
        "{path}: written by a newer Presidium (schema {version}); update the app",
    ),
    "empty": (
        "{path}: cơ sở dữ liệu trống, không phải nhật ký Presidium",
        "{path}: an empty database, not a Presidium journal",
    ),
    "bad-mode": (
        "chế độ chạy “{mode}” không hợp lệ (rehearsal hoặc live)",
        "unknown run mode “{mode}” (rehearsal or live)",
    ),
    "no-run": ("{path}: không có lần chạy số {run}", "{path}: no run {run}"),
    "finished": (
        "lần chạy số {run} đã kết thúc: không thể ghi thêm",
        "run {run} is finished: nothing more can be recorded",
    ),
    "changed-elsewhere": (
        "lần chạy số {run} đã bị thay đổi ở nơi khác (nhật ký đang ở sự kiện {head}, cửa sổ này ở sự kiện {seq}); "
        "hãy mở lại chương trình",
        "run {run} was changed elsewhere (the journal is at event {head}, this window at {seq}); reopen the program",
    ),
    "unreadable-event": (
        "{path}: lần chạy số {run} có sự kiện không đọc được ({detail}); hãy chạy lệnh verify để kiểm tra",
        "{path}: run {run} holds an unreadable event ({detail}); run verify",
    ),
    "not-replayable": (
        "không thể dựng lại lần chạy số {run} với chương trình này: {reason}",
        "run {run} cannot be replayed with this program: {reason}",
    ),
    # what `verify` finds
    "event-missing": ("lần chạy số {run}: thiếu sự kiện {seq}", "run {run}: event {seq} is missing"),
    "record-altered": (
        "lần chạy số {run}, sự kiện {seq} ({kind}): thông tin của lần chạy đã bị sửa (chế độ, chương trình "
        "hoặc thời điểm bắt đầu)",
        "run {run}, event {seq} ({kind}): run record altered (mode, program or start)",
    ),
    "run-record-altered": (
        "lần chạy số {run}: thông tin của lần chạy đã bị sửa (chế độ, tiêu đề, tệp chương trình, thời điểm bắt "
        "đầu) hoặc một lần chạy trước nó đã bị xóa hay tráo đổi",
        "run {run}: its record was altered (mode, title, program file, start) or a run before it was removed "
        "or swapped",
    ),
    "finished-altered": (
        "lần chạy số {run}: thời điểm kết thúc ghi trong lần chạy không khớp với sự kiện kết thúc",
        "run {run}: the recorded finish does not match its finish event",
    ),
    "downgraded": (
        "lần chạy số {run}: được ghi như định dạng cũ sau một lần chạy định dạng mới — nhật ký đã bị sửa",
        "run {run}: marked as the older format after a newer run — the journal was altered",
    ),
    "chain-broken": (
        "lần chạy số {run}, sự kiện {seq} ({kind}): chuỗi liên kết bị đứt trước sự kiện này",
        "run {run}, event {seq} ({kind}): chain broken before it",
    ),
    "event-altered": (
        "lần chạy số {run}, sự kiện {seq} ({kind}): đã bị sửa — nội dung không còn khớp với mã băm",
        "run {run}, event {seq} ({kind}): altered — its content no longer matches its hash",
    ),
    "events-removed": (
        "lần chạy số {run}: các sự kiện sau sự kiện {kept} đã bị xóa (lần chạy đã ghi {head} sự kiện)",
        "run {run}: events after {kept} were removed (the run recorded {head})",
    ),
    "program-altered": (
        "lần chạy số {run}: bản chương trình lưu kèm đã bị sửa",
        "run {run}: the stored program was altered",
    ),
    # what the journal was doing, as {doing} above
    "doing.opening": ("mở nhật ký", "opening"),
    "doing.recording": ("ghi “{kind}”", "recording “{kind}”"),
    "doing.reading-runs": ("đọc danh sách các lần chạy", "reading the runs"),
    "doing.reading-events": ("đọc các sự kiện", "reading the events"),
    "doing.verifying": ("kiểm tra nhật ký", "verifying"),
}
