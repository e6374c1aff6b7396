"""What the presidium should know before going on with a run (`CongressSession.warnings`, app/session.py)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "no-rehearsal": (
        "nhật ký này chưa ghi lần tổng duyệt nào của chương trình",
        "no rehearsal of this program is recorded in this journal",
    ),
    "not-rehearsed": (
        "chương trình khác với chương trình đã tổng duyệt (bản tổng duyệt {rehearsed}, bản hiện tại {now})",
        "the program differs from the one rehearsed (rehearsed {rehearsed}, now {now})",
    ),
    "other-version": (
        "lần chạy số {run} đã bắt đầu với một phiên bản khác của chương trình; nay tiếp tục với phiên bản này",
        "run {run} began with another version of the program; resuming it with this one",
    ),
    "journal-altered": ("nhật ký đã bị sửa đổi: {problem}", "journal altered: {problem}"),
    "unlocked": (
        "thư mục chứa nhật ký không hỗ trợ khóa tệp (ổ mạng?): hãy bảo đảm không có cửa sổ nào khác ghi vào nhật ký "
        "này",
        "the journal's folder cannot lock files (a network share?): make sure no other window writes this journal",
    ),
    "clock-slept-minutes": (
        "máy tính đã ngủ {minutes} phút; đồng hồ đã được đồng bộ lại",
        "the computer slept for {minutes} min; the clock has been re-synchronised",
    ),
    "clock-slept-seconds": (
        "máy tính đã ngủ {seconds} giây; đồng hồ đã được đồng bộ lại",
        "the computer slept for {seconds} s; the clock has been re-synchronised",
    ),
}
