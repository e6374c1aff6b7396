"""What a counting station's entry log (nhật ký nhập phiếu) says (presidium.infra.export_entry_log).
Its table's header is one entry per column ("header.verdict").
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "committee": ("Ban Kiểm phiếu", "Vote-counting committee"),
    "title": ("Nhật ký nhập phiếu", "Ballot entry log"),
    "subject": ("Bầu {body} (lần {n})", "Election of {body} (round {n})"),
    "station": ("Bàn nhập phiếu: {station}", "Counting station: {station}"),
    "journal": (
        "In từ nhật ký {file}, lượt {run}, {events} sự kiện; mã băm cuối (đối chiếu với biên bản kiểm phiếu):",
        "Printed from the journal {file}, run {run}, {events} events; head hash (check it against the counting "
        "record):",
    ),
    "figures": (
        "Số phiếu đã nhập: {entered}; hợp lệ: {valid}; không hợp lệ: {invalid}.",
        "Ballots entered: {entered}; valid: {valid}; invalid: {invalid}.",
    ),
    "reason": ("Không hợp lệ — {reason}: {n} phiếu.", "Invalid — {reason}: {n} ballots."),
    "header.ballot": ("Phiếu số", "Ballot"),
    "header.time": ("Thời gian", "Time"),
    "header.shown": ("Nội dung phiếu", "What it showed"),
    "header.verdict": ("Kết luận", "Verdict"),
    "header.note": ("Ghi chú", "Note"),
    "sign_operators": ("Người nhập phiếu", "Operators"),
    "sign_head": ("T/M Ban Kiểm phiếu", "For the vote-counting committee"),
    "sign_head_role": ("Trưởng ban", "Chair"),
    "number": ("Bàn {station}", "Station {station}"),
}
