"""The words every area shares, defined once: vote bases, outcomes, modes, note categories, item states,
the figures of a count, and the sentences for a tie, a void count and seats left unfilled.

A rule's base reads differently for a show of hands and for a ballot: "cast" is the delegates who voted in
a show of hands and the ballots returned in an election; "valid" is the valid ballots (in a show of hands,
where every vote is valid, it is the delegates who voted).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # the base a rule counts against, in a show of hands ("base.vote.*") and in an election ("base.ballot.*")
    "base.vote.convened": ("tổng số đại biểu được triệu tập", "delegates convened"),
    "base.vote.present": ("số đại biểu có mặt", "delegates present"),
    "base.vote.cast": ("số đại biểu tham gia biểu quyết", "delegates voting"),
    "base.vote.valid": ("số đại biểu tham gia biểu quyết", "delegates voting"),
    "base.ballot.convened": ("tổng số đại biểu được triệu tập", "delegates convened"),
    "base.ballot.present": ("số đại biểu có mặt", "delegates present"),
    "base.ballot.cast": ("số phiếu thu về", "ballots returned"),
    "base.ballot.valid": ("số phiếu hợp lệ", "valid ballots"),
    # the base as a counted figure ("9 delegates convened"), in a show of hands and in an election
    "base-count.vote.convened": ("{n} đại biểu được triệu tập", "{n} delegates convened"),
    "base-count.vote.present": ("{n} đại biểu có mặt", "{n} delegates present"),
    "base-count.vote.cast": ("{n} đại biểu tham gia biểu quyết", "{n} delegates voting"),
    "base-count.vote.valid": ("{n} đại biểu tham gia biểu quyết", "{n} delegates voting"),
    "base-count.ballot.convened": ("{n} đại biểu được triệu tập", "{n} delegates convened"),
    "base-count.ballot.present": ("{n} đại biểu có mặt", "{n} delegates present"),
    "base-count.ballot.cast": ("{n} phiếu thu về", "{n} ballots returned"),
    "base-count.ballot.valid": ("{n} phiếu hợp lệ", "{n} valid ballots"),
    # outcomes
    "outcome.passed": ("Thông qua", "Carried"),
    "outcome.rejected": ("Không thông qua", "Not carried"),
    "outcome.undecided": ("Chưa xác định", "Undecided"),
    "outcome.elected": ("Trúng cử", "Elected"),
    "outcome.not-elected": ("Không trúng cử", "Not elected"),
    "outcome.tie": (
        "Các đồng chí {names} có số phiếu bằng nhau cho {seats} vị trí còn lại; đề nghị Đại hội bầu lại "
        "giữa các đồng chí này.",
        "{names} received the same number of votes for {seats} remaining seat(s); a further round among them "
        "is proposed.",
    ),
    "outcome.unfilled": (
        "Số người trúng cử còn thiếu {n} so với số lượng cần bầu ({seats}); đề nghị Đại hội xem xét, "
        "quyết định việc bầu tiếp.",
        "{n} of the {seats} seats remain unfilled; the meeting decides whether to vote again.",
    ),
    "outcome.void": (
        "Kết quả kiểm phiếu không có giá trị; Đại hội tiến hành bỏ phiếu lại.",
        "The count is void; the meeting votes again.",
    ),
    # the two kinds of run
    "mode.live": ("chính thức", "live"),
    "mode.rehearsal": ("tổng duyệt", "rehearsal"),
    # what a note is about (presidium.core.events.NOTE_CATEGORIES), and the review's heading for each
    "note.time": ("Thời gian", "Time"),
    "note.procedure": ("Thủ tục", "Procedure"),
    "note.technical": ("Kỹ thuật", "Technical"),
    "note.personnel": ("Nhân sự", "Personnel"),
    "note.other": ("Khác", "Other"),
    "note-heading.time": ("Về thời gian", "Time"),
    "note-heading.procedure": ("Về thủ tục", "Procedure"),
    "note-heading.technical": ("Về kỹ thuật", "Technical"),
    "note-heading.personnel": ("Về nhân sự", "Personnel"),
    "note-heading.other": ("Nội dung khác", "Other"),
    # an item's state
    "status.done": ("đã xong", "done"),
    "status.skipped": ("đã bỏ qua", "skipped"),
    "status.current": ("đang diễn ra", "current"),
    "status.pending": ("chưa đến", "pending"),
    # how a number is written
    "decimal-mark": (",", "."),
    # the figures of attendance and of a count
    "figure.convened": ("số đại biểu được triệu tập", "delegates convened"),
    "figure.present": ("số đại biểu có mặt", "delegates present"),
    "figure.absent": ("số đại biểu vắng mặt", "delegates absent"),
    "figure.for": ("tán thành", "for"),
    "figure.against": ("không tán thành", "against"),
    "figure.abstain": ("không biểu quyết", "abstaining"),
    "figure.issued": ("số phiếu phát ra", "ballots issued"),
    "figure.returned": ("số phiếu thu về", "ballots returned"),
    "figure.valid": ("số phiếu hợp lệ", "valid ballots"),
    "figure.invalid": ("số phiếu không hợp lệ", "invalid ballots"),
    "figure.seats": ("số lượng cần bầu", "seats"),
}


def base(kind: str, base_name: str) -> str:
    """The code of a rule base's words: kind "vote" (show of hands) or "ballot" (an election)."""
    return f"vocabulary.base.{'ballot' if kind == 'ballot' else 'vote'}.{base_name}"
