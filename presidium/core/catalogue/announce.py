"""What the presiding member reads out after a vote or a count (core/announce.py), in either language.

The base a share is of, the outcome words, and the tie, unfilled and void sentences are the shared
vocabulary; these are the sentences around them.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "lang": (
        "lời công bố chỉ có bằng tiếng Việt (vi) và tiếng Anh (en), không có {lang}",
        "announcements are available in Vietnamese (vi) and English (en), not {lang}",
    ),
    # a rule: "quá 1/2 tổng số đại biểu được triệu tập" / "more than 1/2 of the delegates convened"
    "rule.strict": ("quá {share} {base}", "more than {share} of the {base}"),
    "rule.at-least": ("ít nhất {share} {base}", "at least {share} of the {base}"),
    # a show of hands
    "vote.unanimous": (
        "100% đại biểu có mặt ({present}/{present} đồng chí) biểu quyết tán thành",
        "100% of the delegates present ({present}/{present}) voted in favour",
    ),
    "vote.of-base": (", đạt {share} {base}", ", {share} of the {base}"),
    "vote.for": (
        "Có {for_}/{present} đồng chí có mặt biểu quyết tán thành, đạt {share} {base}",
        "{for_} of the {present} delegates present voted in favour, {share} of the {base}",
    ),
    "vote.short": (
        ", chưa đạt {needed} (cần ít nhất {threshold} đồng chí)",
        ", short of {needed} ({threshold} needed)",
    ),
    "vote.others": ("Có {parts}.", "{parts}."),
    "vote.against": ("{n} đồng chí không tán thành", "{n} against"),
    "vote.abstain": ("{n} đồng chí không biểu quyết", "{n} abstained"),
    "vote.object": ("nội dung “{question}”", "{question}"),
    "vote.passed": ("Như vậy, Đại hội đã biểu quyết thông qua {what}.", "The meeting approved: {what}."),
    "vote.passed-unanimous": (
        "Như vậy, Đại hội đã nhất trí biểu quyết thông qua {what}.",
        "The meeting unanimously approved: {what}.",
    ),
    "vote.rejected": ("Như vậy, Đại hội chưa thông qua {what}.", "Not approved: {what}."),
    # an election
    "election.title": ("Kết quả bầu cử {body} (lần {round})", "Election of {body}, round {round}"),
    "election.excused": (
        " (trừ {excused} đồng chí vắng mặt cả đại hội không có người thay thế, còn {legal})",
        " ({excused} absent for the whole meeting without a substitute, leaving {legal})",
    ),
    "election.attendance": (
        "Tổng số đại biểu được triệu tập: {convened}; có mặt: {present}.",
        "Delegates convened: {convened}; present: {present}.",
    ),
    "election.count": (
        "Số phiếu phát ra: {issued}; số phiếu thu về: {returned}; số phiếu hợp lệ: {valid}; "
        "số phiếu không hợp lệ: {invalid}.",
        "Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}.",
    ),
    "election.standings": (
        "Số phiếu bầu cho từng đồng chí (tỷ lệ so với {base}: {value}):",
        "Votes for each candidate (percentage of the {base}: {value}):",
    ),
    "election.votes": ("{n} phiếu", "{n} votes"),
    "election.vote": ("{n} phiếu", "{n} vote"),
    "election.reached": ("đạt {percent}", "{percent}"),
    "election.elected-one": (
        "Đồng chí sau đây có số phiếu bầu {needed}, trúng cử {body} (xếp theo số phiếu từ cao xuống thấp):",
        "Elected to {body} with {needed}, in order of votes:",
    ),
    "election.elected": (
        "Các đồng chí sau đây có số phiếu bầu {needed}, trúng cử {body} (xếp theo số phiếu từ cao xuống thấp):",
        "Elected to {body} with {needed}, in order of votes:",
    ),
    "election.none": ("Không có đồng chí nào có số phiếu bầu {needed}.", "No candidate received {needed}."),
}
