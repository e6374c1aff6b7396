"""What the run says when an action cannot happen now (`InvalidAction`), and the names of the actions
and of their fields that fill its {action} and {field} blanks ("action.skip", "field.present").

An item's state ({status}) is said with the shared words, vocabulary.status.*.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "not-discussion": (
        "“{title}” không phải mục thảo luận: không có danh sách phát biểu",
        "“{title}” is not a discussion: it has no list of speakers",
    ),
    "speaker": ("{reason}", "{reason}"),  # a speaker-queue refusal, said as it is
    "speaker-payload": ("thao tác “{kind}” thiếu thông tin người phát biểu", "“{kind}” lacks the speaker's details"),
    "vote-refused": ("không thể ghi kết quả: {reason}", "cannot record the result: {reason}"),
    "excused-over": (
        "{excused} đại biểu vắng cả đại hội nhưng chỉ có {absent} đại biểu vắng",
        "{excused} delegates absent for the whole congress, but only {absent} are absent",
    ),
    "unknown-action": ("không có thao tác “{kind}”", "unknown action “{kind}”"),
    "clock-gap": ("khoảng lệch đồng hồ “{gap}” không hợp lệ", "invalid clock gap “{gap}”"),
    "sequence": ("sự kiện {seq} sai thứ tự (cần {expected})", "event {seq} out of sequence (expected {expected})"),
    "backwards": (
        "thời gian chạy lùi: {at} trước thao tác trước đó ({last})",
        "time went backwards: {at} is before the previous action ({last})",
    ),
    "finished": ("không thể {action}: phiên họp đã kết thúc", "cannot {action}: the run is finished"),
    "not-started": (
        "không thể {action}: chưa bắt đầu (hãy bắt đầu trước)",
        "cannot {action}: the run has not started yet (start first)",
    ),
    "paused": (
        "không thể {action}: đang tạm dừng (hãy tiếp tục trước)",
        "cannot {action}: the run is paused (resume first)",
    ),
    "already-started": ("không thể bắt đầu: đã bắt đầu rồi", "cannot start: the run has already started"),
    "no-items": ("không thể bắt đầu: chương trình không có mục nào", "cannot start: the program has no items"),
    "last-item": (
        "“{title}” là mục cuối cùng: dùng “kết thúc” để kết thúc",
        "“{title}” is the last item: use finish to end the run",
    ),
    "first-item": (
        "“{title}” là mục đầu tiên: không có mục nào trước đó",
        "“{title}” is the first item: there is nothing to go back to",
    ),
    "skip-last": (
        "không thể bỏ qua “{title}”: đó là mục cuối cùng (dùng “kết thúc”)",
        "cannot skip “{title}”: it is the last item (use finish)",
    ),
    "not-pending": ("không thể bỏ qua “{title}”: mục này {status}", "cannot skip “{title}”: it is already {status}"),
    "unknown-item": (
        "không thể {action}: chương trình không có mục “{id}”",
        "cannot {action}: no item “{id}” in the program",
    ),
    "already-current": ("“{title}” đang là mục hiện tại", "“{title}” is already the current item"),
    "no-title": ("không thể thêm mục không có tên", "cannot insert an item without a title"),
    "bad-kind": (
        "không thể thêm mục: loại “{kind}” không hợp lệ (dùng: {allowed})",
        "cannot insert: unknown kind “{kind}” (one of {allowed})",
    ),
    "bad-duration": (
        "không thể thêm “{title}”: thời lượng phải là số giây dương",
        "cannot insert “{title}”: the duration must be a positive number of seconds",
    ),
    "duplicate-id": ("không thể thêm mục: đã có mục “{id}”", "cannot insert: an item “{id}” already exists"),
    "unknown-card": ("chương trình không có thẻ tình huống “{id}”", "no contingency card “{id}” in the program"),
    "empty-note": ("không thể ghi chú trống", "cannot record an empty note"),
    "bad-category": (
        "loại ghi chú “{category}” không hợp lệ (dùng: {allowed})",
        "unknown note category “{category}” (one of {allowed})",
    ),
    "bad-count": (
        "không thể {action}: “{field}” phải là số nguyên ≥ 0, không phải {got}",
        "cannot {action}: “{field}” must be a whole number ≥ 0, not {got}",
    ),
    "present-over": (
        "không thể ghi số có mặt: {present} có mặt nhiều hơn {convened} được triệu tập",
        "cannot record attendance: {present} present is more than the {convened} convened",
    ),
    "attendance-over": (
        "không thể ghi số có mặt: {present} có mặt + {absent} vắng vượt quá {convened} được triệu tập",
        "cannot record attendance: {present} present + {absent} absent exceeds {convened} convened",
    ),
    "vote-needs-for": (
        "không thể ghi biểu quyết: cần số tán thành (hoặc nhất trí)",
        "cannot record a vote: give the votes for (or unanimous)",
    ),
    "bad-votes": (
        "không thể ghi kết quả bầu: cần số phiếu cho từng người",
        "cannot record a ballot: votes must map each name to a number",
    ),
    "already-paused": ("không thể tạm dừng: đang tạm dừng rồi", "cannot pause: the run is already paused"),
    "not-paused": ("không thể tiếp tục: chưa tạm dừng", "cannot resume: the run is not paused"),
    "nothing-to-undo": (
        "không có gì để hoàn tác: chỉ hoàn tác được việc vừa chuyển mục",
        "nothing to undo: only a move between items, just made, can be undone",
    ),
    "undo-not-last": (
        "không thể hoàn tác sự kiện {target}: chỉ hoàn tác được lần chuyển mục vừa rồi (sự kiện {seq})",
        "cannot undo event {target}: only the last move (event {seq}) can be undone",
    ),
    "undo-too-late": (
        "quá muộn để hoàn tác: đã chuyển mục {waited} giây trước (chỉ hoàn tác trong {window} giây)",
        "too late to undo: the move was {waited} s ago (undo works within {window} s)",
    ),
    "insert-duration": ("không thể thêm “{title}”: {detail}", "cannot insert “{title}”: {detail}"),
    # what the session refuses before anything is written (core.admit)
    "text-control": (
        "không thể {action}: “{field}” có ký tự điều khiển không in được ({char}, ký tự thứ {position}); "
        "hãy xoá ký tự đó rồi nhập lại",
        "cannot {action}: “{field}” holds a control character that cannot be printed ({char}, "
        "character {position}); delete it and type it again",
    ),
    "text-long": (
        "không thể {action}: “{field}” dài {got} ký tự, tối đa là {limit}",
        "cannot {action}: “{field}” is {got} characters long, at most {limit}",
    ),
    "figure-over": (
        "không thể {action}: “{field}” = {got} vượt quá mức có thể có ({limit})",
        "cannot {action}: “{field}” = {got} is beyond what any meeting can have ({limit})",
    ),
    "convened-by-correction": (
        "không thể ghi số có mặt: số đại biểu được triệu tập là {convened}; muốn đổi thành {got} thì dùng "
        "“điều chỉnh số được triệu tập” và ghi rõ lý do",
        "cannot record attendance: {convened} delegates are convened; to make it {got}, use "
        "“correct the number convened” and give the reason",
    ),
    "attendance-sum": (
        "không thể ghi số có mặt: {present} có mặt + {absent} vắng mặt = {total}, khác số "
        "{convened} đại biểu được triệu tập",
        "cannot record attendance: {present} present + {absent} absent = {total}, not the {convened} convened",
    ),
    "with-reason-over": (
        "không thể ghi số có mặt: {with_reason} đại biểu vắng có lý do, nhưng chỉ có {absent} đại biểu vắng mặt",
        "cannot record attendance: {with_reason} absent with a reason, but only {absent} are absent",
    ),
    "alternates-over": (
        "không thể ghi số có mặt: {alternates} đại biểu dự khuyết thay thế, nhưng chỉ có {present} đại biểu có mặt",
        "cannot record attendance: {alternates} alternates seated, but only {present} are present",
    ),
    "issued-over-present": (
        "không thể ghi kết quả bầu: số phiếu phát ra ({issued}) nhiều hơn số đại biểu có mặt "
        "({present}); đề nghị Ban Kiểm phiếu đối chiếu lại",
        "cannot record the ballot: {issued} ballots issued is more than the {present} delegates "
        "present; ask the vote-counting committee to check",
    ),
    "name-twice": (
        "không thể ghi kết quả bầu: “{name}” có hai lần trong kết quả; mỗi người chỉ ghi một số phiếu",
        "cannot record the ballot: “{name}” appears twice in the count; give each name one figure",
    ),
    "correction-bounds": (
        "không thể điều chỉnh số đại biểu được triệu tập thành {got}: phải từ {low} (số đang có mặt) đến {high}",
        "cannot correct the number convened to {got}: it must be between {low} (the number present) and {high}",
    ),
    "correction-reason": (
        "điều chỉnh số đại biểu được triệu tập cần ghi rõ lý do",
        "a correction of the number convened needs its reason",
    ),
    "no-quorum": (
        "Đại hội không đủ số đại biểu theo quy chế: có mặt {present}/{convened}, cần ít nhất {needed}; "
        "chỉ ghi kết quả khi Đoàn Chủ tịch xác nhận vẫn tiến hành biểu quyết",
        "the meeting lacks its quorum: {present} of {convened} present, {needed} needed; the result "
        "is recorded only when the presidium confirms the vote goes ahead",
    ),
    "ballot-not-election": (
        "không thể ghi kết quả bầu: mục “{title}” không phải là mục bầu cử; chuyển đến mục bầu cử "
        "(hoặc ghi rõ mục bầu cử) rồi ghi lại",
        "cannot record the ballot: “{title}” is not an election item; go to the election item "
        "(or name it) and record it there",
    ),
    "ballot-no-item": (
        "không thể ghi kết quả bầu: chưa có mục nào đang diễn ra",
        "cannot record the ballot: no item is under way",
    ),
    "vote-not-vote": (
        "không thể ghi biểu quyết: mục “{title}” không có nội dung biểu quyết; chuyển đến mục biểu quyết "
        "(hoặc ghi rõ mục đó) rồi ghi lại",
        "cannot record a vote: “{title}” is not voted on; go to the item that holds the vote "
        "(or name it) and record it there",
    ),
    "vote-no-item": (
        "không thể ghi biểu quyết: chưa có mục nào đang diễn ra",
        "cannot record a vote: no item is under way",
    ),
    "correction-same": ("số đại biểu được triệu tập đã là {got}", "{got} delegates are already convened"),
    # the names of actions, as they fill {action}
    "action.start": ("bắt đầu", "start"),
    "action.next": ("chuyển mục tiếp theo", "go to the next item"),
    "action.back": ("quay lại mục trước", "go back"),
    "action.pause": ("tạm dừng", "pause"),
    "action.resume": ("tiếp tục", "resume"),
    "action.skip": ("bỏ qua mục", "skip"),
    "action.goto": ("chuyển đến mục khác", "go to another item"),
    "action.insert": ("thêm mục", "insert an item"),
    "action.card": ("dùng thẻ tình huống", "use a card"),
    "action.note": ("ghi chú", "note"),
    "action.present": ("ghi số có mặt", "record attendance"),
    "action.vote": ("ghi biểu quyết", "record a vote"),
    "action.ballot": ("ghi kết quả bầu", "record a ballot"),
    "action.finish": ("kết thúc", "finish"),
    "action.reopened": ("mở lại", "reopen"),
    "action.undo": ("hoàn tác", "undo"),
    "action.speaker": ("mời người phát biểu", "call a speaker"),
    "action.speaker-floor": ("thêm người phát biểu", "add a speaker"),
    "action.speaker-absent": ("ghi vắng mặt", "mark absent"),
    "action.speaker-written": ("ghi tham luận bằng văn bản", "mark a written contribution"),
    "action.speaker-move": ("đổi thứ tự phát biểu", "move a speaker"),
    "action.convened": ("điều chỉnh số đại biểu được triệu tập", "correct the number convened"),
    # the fields of an action, as they fill {field} (a figure is said as vocabulary.figure.*)
    "field.text": ("nội dung", "text"),
    "field.title": ("tên mục", "title"),
    "field.name": ("họ tên", "name"),
    "field.unit": ("đơn vị", "unit"),
    "field.topic": ("chủ đề", "topic"),
    "field.reason": ("lý do", "reason"),
    "field.withdraw": ("người xin rút", "withdrawing"),
    "field.nominate": ("người được đề cử", "nominee"),
    "field.excused": ("số vắng cả đại hội", "absent for the whole meeting"),
    "field.with_reason": ("số vắng có lý do", "absent with a reason"),
    "field.alternates": ("số dự khuyết", "alternates"),
    "field.duration": ("thời lượng (giây)", "duration (seconds)"),
    "field.seconds": ("thời gian (giây)", "time (seconds)"),
    "field.by": ("số vị trí", "places"),
    "field.raw": ("dòng nhập", "entry"),
    "field.category": ("loại ghi chú", "category"),
}
