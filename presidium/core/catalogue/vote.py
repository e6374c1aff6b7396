"""What the vote engine says: why it cannot decide given figures (VoteError, BallotError, CandidateListError:
the keys without a prefix), the figure a message is about ("word.*"; the figures of attendance and of a count
are the shared vocabulary.figure.*), and the notes a counted round or a changed candidate list leaves for the
presidium to look at ("note.*", by the codes `ballots` keeps: they are not errors).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # attendance
    "present-over": (
        "số đại biểu có mặt ({present}) nhiều hơn số đại biểu được triệu tập ({convened}); "
        "đề nghị kiểm tra lại số liệu của Ban Thẩm tra tư cách đại biểu",
        "{present} delegates present is more than the {convened} convened; check the credentials figures",
    ),
    "excused-over": (
        "{excused} đại biểu vắng mặt cả Đại hội, nhưng chỉ có {absent} đại biểu vắng mặt "
        "({convened} được triệu tập, {present} có mặt)",
        "{excused} delegates absent for the whole meeting, but only {absent} are absent "
        "({convened} convened, {present} present)",
    ),
    "absent-reason": ("mỗi nhóm đại biểu vắng mặt cần ghi rõ lý do", "every group of absent delegates needs a reason"),
    "reasons-over": (
        "các lý do vắng mặt cộng lại là {listed} đại biểu, nhưng chỉ có {absent} đại biểu vắng mặt "
        "({convened} được triệu tập, {present} có mặt)",
        "the reasons list {listed} absent delegates, but only {absent} are absent "
        "({convened} convened, {present} present)",
    ),
    # rules
    "rule-base": (
        "quy tắc {rule}: cơ sở tính {base} không hợp lệ (dùng một trong: {allowed})",
        "rule {rule}: unknown base {base} (use one of {allowed})",
    ),
    "rule-fraction": (
        "quy tắc {rule}: tỷ lệ phải lớn hơn 0 và không quá 1, không thể là {fraction}",
        "rule {rule}: the fraction must be above 0 and at most 1, not {fraction}",
    ),
    "rule-unreachable": (
        "quy tắc {rule}: điều kiện “trên 100%” không bao giờ đạt được; hãy dùng “từ 1/1 trở lên”",
        "rule {rule}: 'more than 100%' can never be reached; use 'at least 1/1'",
    ),
    "unknown-base": (
        "cơ sở tính {base} không hợp lệ (dùng một trong: {allowed})",
        "unknown base {base} (use one of {allowed})",
    ),
    "no-vote-rule": ("chương trình chưa quy định quy tắc biểu quyết", "the program names no vote rule"),
    "no-election-rule": ("chương trình chưa quy định quy tắc bầu cử", "the program names no election rule"),
    "change-not-election": (
        "việc rút tên hoặc đề cử bổ sung chỉ biểu quyết tại mục bầu cử",
        "a withdrawal or nomination is decided on an election item",
    ),
    # figures
    "not-whole": ("{what} phải là số nguyên, không thể là {got}", "{what} must be a whole number, not {got}"),
    "negative": ("{what} không được là số âm ({got})", "{what} cannot be negative ({got})"),
    "count-whole": (
        "{what} phải là số nguyên từ 0 trở lên, không thể là {got}",
        "{what} must be a whole number, zero or more, not {got}",
    ),
    # show of hands
    "hands-over": (
        "tổng số biểu quyết là {total} ({for_} tán thành, {against} không tán thành, {abstain} không biểu quyết), "
        "nhưng chỉ có {present} đại biểu có mặt; đề nghị kiểm đếm lại",
        "{total} hands counted ({for_} for, {against} against, {abstain} abstaining) but only {present} delegates "
        "are present; count again",
    ),
    "not-unanimous": (
        "đã đánh dấu nhất trí, nhưng chỉ có {for_}/{present} đại biểu có mặt tán thành, "
        "{against} không tán thành và {abstain} không biểu quyết",
        "marked unanimous, but {for_} of {present} present are in favour with {against} against "
        "and {abstain} abstaining",
    ),
    # counting record
    "invalid-over": (
        "có {invalid} phiếu không hợp lệ, nhưng chỉ thu về {returned} phiếu",
        "{invalid} invalid ballots, but only {returned} were returned",
    ),
    "not-listed-votes": (
        "có phiếu bầu cho người không có tên trong danh sách bầu cử: {names}",
        "votes recorded for names not on the candidate list: {names}",
    ),
    "votes-whole": (
        "số phiếu của {name} phải là số nguyên từ 0 trở lên, không thể là {got}",
        "votes for {name} must be a whole number, zero or more, not {got}",
    ),
    "votes-over-valid": (
        "{name} được {votes} phiếu, nhiều hơn số phiếu hợp lệ ({valid})",
        "{name} has {votes} votes, more than the {valid} valid ballots",
    ),
    "votes-over-total": (
        "tổng cộng {total} phiếu bầu, nhưng {valid} phiếu hợp lệ để bầu {seats} người "
        "chỉ cho phép tối đa {most} phiếu bầu",
        "{total} votes in all, but {valid} valid ballots for {seats} seats allow at most {most}",
    ),
    # rounds and seats
    "seats-whole": (
        "số lượng cần bầu phải là số nguyên từ 1 trở lên, không thể là {got}",
        "the number of seats must be a whole number of at least 1, not {got}",
    ),
    "seats-min": (
        "số lượng cần bầu phải từ 1 trở lên, không thể là {seats}",
        "the number of seats must be at least 1, not {seats}",
    ),
    "all-filled": (
        "đã bầu đủ {seats} người vào {body}; không cần bầu thêm lần nữa",
        "all {seats} seats of {body} are filled; no further round is needed",
    ),
    "round-seats": (
        "lần bầu tiếp theo chỉ có thể bầu từ 1 đến {open} người, không thể là {seats}",
        "the next round can fill between 1 and {open} seats, not {seats}",
    ),
    # candidate list
    "already-elected": (
        "đã trúng cử, không thể đưa vào danh sách bầu lần nữa: {names}",
        "already elected, cannot stand again: {names}",
    ),
    "few-candidates": (
        "cần bầu {seats} người nên danh sách phải có ít nhất {seats} người; danh sách hiện có {got} người",
        "{seats} seats need at least {seats} candidates; the list has {got}",
    ),
    "surplus": (
        "danh sách có {got} người để bầu {seats} người, dư {extra} người; số dư không được quá {surplus}, "
        "tức là danh sách có tối đa {limit} người",
        "the list has {got} names for {seats} seats, {extra} more than the seats; the surplus may be at most "
        "{surplus}, that is at most {limit} names",
    ),
    "not-listed-withdraw": (
        "{name} không có tên trong danh sách bầu cử nên không thể xin rút",
        "{name} is not on the candidate list, so cannot withdraw",
    ),
    "nominee-empty": ("chưa nhập tên người được đề cử", "the nominated name is empty"),
    "already-listed": ("{name} đã có tên trong danh sách bầu cử", "{name} is already on the candidate list"),
    "list-empty": ("danh sách bầu cử chưa có tên nào", "the candidate list is empty"),
    "list-blank-name": ("danh sách bầu cử có một tên để trống", "the candidate list has an empty name"),
    "list-twice": ("có tên nhiều hơn một lần trong danh sách: {names}", "listed more than once: {names}"),
    # the figure a message is about
    "word.excused": ("số đại biểu vắng mặt cả Đại hội", "delegates absent for the whole meeting"),
    "word.absent-for": ("số đại biểu vắng mặt ({reason})", "delegates absent ({reason})"),
    "word.base": ("cơ sở tính của biểu quyết", "the base of the vote"),
    "word.votes-for": ("số phiếu tán thành", "votes in favour"),
    "word.hands-for": ("số đại biểu tán thành", "hands in favour"),
    "word.hands-against": ("số đại biểu không tán thành", "hands against"),
    "word.abstentions": ("số đại biểu không biểu quyết", "abstentions"),
    "word.the-body": ("cơ quan cần bầu", "the body"),
    "word.surplus-percent": ("{percent}% số lượng cần bầu", "{percent}% of the seats"),
    "word.surplus-names": ("{count} người", "{count} names"),
    "word.surplus-default": (
        "30% số lượng cần bầu, với cơ quan có 3 đến 5 người là 1 người",
        "30% of the seats, one name for a body of 3 to 5 seats",
    ),
    # notes on a counted round (ElectionResult.warnings, void_reason) and on a changed candidate list
    "note.issued_exceeds_present": (
        "Số phiếu phát ra ({issued}) nhiều hơn số đại biểu có mặt ({present}); đề nghị Ban Kiểm phiếu đối chiếu lại.",
        "More ballots issued ({issued}) than delegates present ({present}); ask the vote-counting committee to check.",
    ),
    "note.returned_exceeds_present": (
        "Số phiếu thu về ({returned}) nhiều hơn số đại biểu có mặt ({present}); đề nghị Ban Kiểm phiếu đối chiếu lại.",
        "More ballots returned ({returned}) than delegates present ({present}); "
        "ask the vote-counting committee to check.",
    ),
    "note.returned_exceeds_issued": (
        "Số phiếu thu về ({returned}) nhiều hơn số phiếu phát ra ({issued}): kết quả kiểm phiếu lần này không có "
        "giá trị và không được loại bỏ phiếu thừa; Đại hội tiến hành bỏ phiếu lại.",
        "More ballots returned ({returned}) than issued ({issued}): the count is void and extra ballots may not "
        "be discarded; the meeting votes again.",
    ),
    "note.over_surplus": (
        "Danh sách bầu cử có {got} người để bầu {seats} người, vượt số dư cho phép (tối đa {limit} người); "
        "đề nghị Đại hội biểu quyết để chọn những người được đưa vào danh sách.",
        "The candidate list has {got} names for {seats} seats, over the allowed surplus (at most {limit}); "
        "the meeting votes to decide who stays on the list.",
    ),
    "note.too_few": (
        "Danh sách bầu cử chỉ còn {got} người, ít hơn số lượng cần bầu ({seats}).",
        "The candidate list has only {got} names, fewer than the {seats} seats.",
    ),
}
